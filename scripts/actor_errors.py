"""List the actor-country errors of root-matched events on the real-news gold, by cause.

For the TRAIN part of ``data/gold/realnews_tidings.jsonl`` and the Wikinews/Reuters articles of
``../shared/data/gold/realnews_dev.jsonl`` (never the test part, never Guardian articles), every
prediction matched to a gold event by root (as ``tidings eval`` matches them) whose source or
target country is wrong is printed with the gold and predicted text/code/country, the sentence,
and a cause bucket:

* ``pronoun``: the predicted actor is a pronoun resolved to the wrong (or no) antecedent;
* ``wrong span (events/roles)``: the predicted phrase is not the gold actor's phrase (not fixed here);
* ``no actor found``: no predicted actor where the gold has one;
* ``actor with no country``: an actor found but coded without a country;
* ``wrong context country``: the country was the article's (``country_from_context``);
* ``title``: a bare title resolved to an office-holder;
* ``wrong country from dictionary``: anything else (a dictionary entry or a place in the phrase).

Usage: ``PYTHONPATH=src python scripts/actor_errors.py [--limit N] [--only source|target]``.
The last lines give the train-part figures (source/target country right among root matches).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from spacy.tokens import Doc

from tidings.actors import ActorDictionary, ArticleActors, find_actors
from tidings.actors.syntax import phrase_head
from tidings.evaluation.realnews import (
    NOT_EVENTS,
    GoldActor,
    GoldEvent,
    countries_right,
    gold_article,
    read_realnews,
    root_match_pairs,
)
from tidings.pipeline import Extractor
from tidings.records import Actor, Event

ROOT = Path(__file__).resolve().parent.parent
OWN_GOLD = ROOT / "data" / "gold" / "realnews_tidings.jsonl"
SHARED_GOLD = ROOT.parent / "shared" / "data" / "gold" / "realnews_dev.jsonl"
PRONOUNS = frozenset({"he", "him", "his", "she", "her", "it", "its", "they", "them", "their",
                      "himself", "herself", "itself", "themselves"})
WORD = re.compile(r"[a-z0-9]+")
STOP = frozenset({"the", "a", "an", "of", "and", "s", "in", "for"})


def _words(text: str | None) -> set[str]:
    text = re.sub(r"^\([^)]*\)\s*", "", text or "")  # "(Madagascar) Antananarivo": the coder's note
    return {w for w in WORD.findall(text.lower()) if w not in STOP}


def gold_phrase_actor(gold: GoldActor, sentence: str, doc: Doc, actors: ArticleActors) -> Actor | str | None:
    """What the actors stage codes the gold actor's own phrase as ("implied" when the coder
    named no phrase, "absent" when the phrase is not found in the text)."""
    text = re.sub(r"^\([^)]*\)\s*", "", gold.text or "").strip()
    if not text or text.startswith("("):
        return "implied"
    at = doc.text.find(" ".join(sentence.split())[:40])
    base = doc.text.find(text, max(at, 0))
    if base < 0:
        base = doc.text.find(text)
    span = doc.char_span(base, base + len(text), alignment_mode="expand") if base >= 0 else None
    if span is None or not len(span):
        return "absent"
    return actors.actor_for(phrase_head(span.root))


def cause(gold: GoldActor, actor: Actor | None, own: Actor | str | None) -> str:
    """The bucket of one wrong actor (see the module docstring); ``own`` is what the actors
    stage codes the gold phrase as."""
    if actor is not None and actor.text.lower() in PRONOUNS:
        return "pronoun"
    if actor is None or (gold.text and not (_words(gold.text) & _words(actor.text))):
        where = "no actor found" if actor is None else "wrong span"
        if own == "implied":
            return f"{where}: implied actor (events/roles)"
        if isinstance(own, Actor) and gold.accepts(own):
            return f"{where}: gold phrase coded right, not chosen (events/roles)"
        if isinstance(own, Actor):
            return f"{where}: gold phrase coded wrong ({'no country' if own.country is None else 'country'})"
        return f"{where}: gold phrase {'not found' if own == 'absent' else 'no actor'}"
    if actor.country is None and not (actor.code or "")[:3].isalpha():
        return "actor with no country"
    if actor.country is None and actor.code is None:
        return "actor with no country"
    if actor.country_from_context:
        return "wrong context country"
    if actor.kind == "political_person" and actor.name and not (_words(actor.name) & _words(actor.text)):
        return "title"
    return "wrong country from dictionary"


def _show(actor: Actor | None) -> str:
    if actor is None:
        return "-"
    return f"{actor.text!r} {actor.code} {actor.country}{' (ctx)' if actor.country_from_context else ''} [{actor.kind}]"


def _gold_show(actor: GoldActor) -> str:
    alternatives = f" alt {','.join(actor.alt_countries)}" if actor.alt_countries else ""
    return f"{actor.text!r} {actor.code} {actor.country}{alternatives}"


def articles_to_read(events_file: Path) -> tuple[list[dict[str, object]], list[GoldEvent]]:
    """Articles allowed for error analysis: train split of our gold, Wikinews/Reuters of the shared one."""
    records, gold = read_realnews(events_file)
    if any("split" in r for r in records):
        records = [r for r in records if r.get("split") == "train"]
    records = [r for r in records if str(r.get("corpus") or r["id"]).split("-")[0] in ("wikinews", "reuters")]
    keep = {str(r["id"]) for r in records}
    return records, [g for g in gold if g.article_id in keep]


def analyse(events_file: Path, extractor: Extractor, dictionary: ActorDictionary, only: str | None,
            limit: int) -> tuple[Counter[str], Counter[str], list[str]]:
    records, gold = articles_to_read(events_file)
    by_article: dict[str, list[GoldEvent]] = defaultdict(list)
    for g in gold:
        by_article[g.article_id].append(g)
    figures: Counter[str] = Counter()
    buckets: Counter[str] = Counter()
    lines: list[str] = []
    for article, doc in extractor.parsed(gold_article(r) for r in records):
        result = extractor.process(article, doc)
        actors = find_actors(doc, article, dictionary)
        events: list[Event] = [e for e in result.events if e.status not in NOT_EVENTS]
        golds = by_article.get(result.article.id, [])
        for g_index, p_index in root_match_pairs(golds, events):
            g, e = golds[g_index], events[p_index]
            source_ok, target_ok = countries_right(g, e)
            figures["root matches"] += 1
            figures["source right"] += source_ok
            figures["target right"] += target_ok
            for role, ok, gold_actor, actor in (("source", source_ok, g.source, e.source),
                                                ("target", target_ok, g.target, e.target)):
                if ok or (only and role != only):
                    continue
                own = gold_phrase_actor(gold_actor, g.sentence, doc, actors)
                bucket = cause(gold_actor, actor, own)
                buckets[f"{role}: {bucket}"] += 1
                if len(lines) < limit:
                    lines.append(f"[{role}] {bucket} | {result.article.id} root {g.root}\n"
                                 f"  gold: {_gold_show(gold_actor)}\n  pred: {_show(actor)}\n"
                                 f"  gold phrase coded: {own if isinstance(own, str) else _show(own)}\n"
                                 f"  sent: {' '.join(g.sentence.split())}")
    return figures, buckets, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=10_000, help="most error lines to print")
    parser.add_argument("--only", choices=("source", "target"), default=None)
    parser.add_argument("--quiet", action="store_true", help="figures and buckets only")
    args = parser.parse_args()
    extractor = Extractor()
    dictionary = ActorDictionary.load()
    for events_file in (OWN_GOLD, SHARED_GOLD):
        if not events_file.is_file():
            print(f"# {events_file.name}: not found, skipped")
            continue
        limit = 0 if args.quiet else args.limit
        figures, buckets, lines = analyse(events_file, extractor, dictionary, args.only, limit)
        print(f"# {events_file.name} (train / Wikinews+Reuters articles only)")
        for line in lines:
            print(line)
        for bucket, count in buckets.most_common():
            print(f"# {count:4d} {bucket}")
        n = figures["root matches"] or 1
        print(f"# root matches {figures['root matches']}: source country right {figures['source right'] / n:.3f}, "
              f"target country right {figures['target right'] / n:.3f}")


if __name__ == "__main__":
    main()
