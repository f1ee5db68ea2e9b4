"""What the learned layer costs, as a share of spaCy's parse time, measured in one run.

    python bench/bench_judge.py [--shared ../shared] [--limit 120]

Parses Wikinews articles with the pipeline's spaCy model (``nlp.pipe``), then, on the same parsed
documents, times the rules (actors, events, dates, places, composed as ``Extractor.process`` does)
and, separately, the learned layer alone (features and probability of every candidate). CPU time. Prints both as
ratios to the parse time, and the model's load time.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from spacy.tokens import Doc

from tidings.actors import find_actors
from tidings.dates import date_for_event
from tidings.events import EventMention, code_events, event_record
from tidings.inputs import make_article
from tidings.judge import EventJudge, article_candidates, judged
from tidings.nlp import sentence_index
from tidings.pipeline import Extractor, ExtractorSettings
from tidings.places import article_places, locate_event
from tidings.records import Article, Event

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--limit", type=int, default=120)
    args = parser.parse_args()
    lines = (args.shared / "data" / "corpora" / "wikinews.jsonl").read_text(encoding="utf-8").splitlines()
    articles = []
    for line in lines[: args.limit]:
        record = json.loads(line)
        if len(str(record.get("text") or "").split()) >= 20:
            articles.append(make_article(text=record["text"], date=record["date"], title=record.get("title"),
                                         given_id=record["id"], origin="bench"))
    extractor = Extractor(ExtractorSettings(judge=False))
    nlp = extractor.nlp
    extractor.scored_candidates(articles[0], nlp(articles[0].text))  # load the dictionaries first
    started = time.perf_counter()
    judge = EventJudge.load()
    load_seconds = time.perf_counter() - started

    started = time.process_time()
    docs = list(nlp.pipe((a.text for a in articles), batch_size=32))
    parse_seconds = time.process_time() - started

    started = time.process_time()
    coded = [(a, *_coded(extractor, a, d)) for a, d in zip(articles, docs, strict=True)]
    rules_seconds = time.process_time() - started

    started = time.process_time()
    for article, mentions, events in coded:
        judged(article_candidates(article, mentions, events), judge, judge.threshold)
    judge_seconds = time.process_time() - started

    n = sum(len(events) for _, _, events in coded)
    print(f"{len(articles)} articles, {n} candidates; CPU seconds: parse {parse_seconds:.2f}, "
          f"rules {rules_seconds:.2f}, learned layer (features and scoring) {judge_seconds:.3f}")
    print(f"learned layer / parse = {judge_seconds / parse_seconds:.4f}; rules / parse = "
          f"{rules_seconds / parse_seconds:.3f}; model load {load_seconds:.3f} s")


def _coded(extractor: Extractor, article: Article, doc: Doc) -> tuple[list[EventMention], list[Event]]:
    """The pipeline's stages up to the learned layer, as ``Extractor.process`` composes them."""
    dictionary, gazetteer, lexicon = extractor._resources()
    actors = find_actors(doc, article, dictionary)
    places = article_places(doc, article, gazetteer)
    numbers = sentence_index(doc)
    mentions = code_events(doc, actors, lexicon)
    events = [event_record(article, m, numbers.get(m.trigger.sent.start, 0), date_for_event(m.clause, article.date),
                           locate_event(m.clause, places, m.source, m.target), None) for m in mentions]
    return mentions, events


if __name__ == "__main__":
    main()
