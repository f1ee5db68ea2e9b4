"""Which root-matched events of the real-news training articles have the wrong source or target.

    python scripts/role_errors.py [--shared ../shared] [--cache DIR] [--bucket NAME] [--examples 5]

Reads only what training may read (as ``scripts/missed_events.py``): the Wikinews and Reuters
articles of the shared ``realnews_dev.jsonl`` and the ``train`` part of
``data/gold/realnews_tidings.jsonl``. The events are those ``tidings eval`` scores (the learned
layer at its operating point, negated and hypothetical events left out), paired with gold events
as the evaluation pairs them (tuple matches first, then matches by root). For every pair whose
source or target country is wrong, it prints the gold span text beside the predicted span text,
the sentence, and a bucket:

* ``no target found`` / ``no source found``: the gold side has an actor, the prediction none
  (``implied in gold`` when the coder's phrase is in parentheses: not in the sentence);
* ``source and target swapped``: each predicted actor is the other gold side;
* ``reporter as source``: the predicted source is who reports the event ("a source said ...");
* ``co-actor as target``: the predicted target is on the source's side (the gold source, or
  the predicted source's country);
* ``actor-side country error``: the predicted span is the gold span, its country is wrong
  (the actor layer's error, not the span choice's);
* ``wrong span chosen``: another phrase of the sentence was taken.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from missed_events import parsed, training_articles  # noqa: E402

from tidings.evaluation.matching import matching_pairs  # noqa: E402
from tidings.evaluation.realnews import NOT_EVENTS, GoldActor, GoldEvent, same_sentence  # noqa: E402
from tidings.events.terms import SPEECH_VERBS  # noqa: E402
from tidings.pipeline import Extractor, ExtractorSettings  # noqa: E402
from tidings.records import Actor, Event  # noqa: E402

SIDES = ("source", "target")


def root_pairs(gold: list[GoldEvent], predicted: list[Event]) -> list[tuple[GoldEvent, Event]]:
    """Gold and predicted events paired as ``actor_agreement`` pairs them: tuple matches, then root."""
    def options(golds: list[int], preds: list[int], tuple_match: bool) -> list[list[int]]:
        return [[k for k, j in enumerate(preds) if same_sentence(gold[i], predicted[j]) and (
            gold[i].accepts_tuple(predicted[j]) if tuple_match else gold[i].accepts_root(predicted[j]))]
            for i in golds]

    all_gold, all_pred = list(range(len(gold))), list(range(len(predicted)))
    first = [(all_gold[a], all_pred[b]) for a, b in matching_pairs(options(all_gold, all_pred, True), len(all_pred))]
    rest_gold = [i for i in all_gold if i not in {g for g, _ in first}]
    rest_pred = [j for j in all_pred if j not in {p for _, p in first}]
    second = [(rest_gold[a], rest_pred[b])
              for a, b in matching_pairs(options(rest_gold, rest_pred, False), len(rest_pred))]
    return [(gold[g], predicted[p]) for g, p in first + second]


def _words(text: str | None) -> set[str]:
    return {w.strip("().,'\"").lower() for w in (text or "").split()} - {"", "the", "a", "an", "of", "'s"}


def same_span(gold: GoldActor, actor: Actor | None) -> bool:
    """The predicted phrase is (part of) the gold phrase: they share a content word."""
    return actor is not None and bool(_words(gold.text) & _words(actor.text))


def is_reporter(event: Event, sentence_text: str) -> bool:
    """The predicted source's phrase is followed or preceded by a verb of saying (", a source said")."""
    if event.source is None:
        return False
    words = " ".join(sentence_text.split()).lower()
    name = event.source.text.lower()
    at = words.find(name)
    if at < 0:
        return False
    after = words[at + len(name):].split()[:2]
    before = words[:at].split()[-2:]
    lemmas = {w.strip(",.").removesuffix("ed").removesuffix("s") for w in after + before}
    return bool(lemmas & ({v.removesuffix("e") for v in SPEECH_VERBS} | {"said", "told", "sa"}))


def bucket(gold: GoldEvent, event: Event, side: str) -> str:
    g: GoldActor = getattr(gold, side)
    p: Actor | None = getattr(event, side)
    other_gold: GoldActor = gold.target if side == "source" else gold.source
    other_pred: Actor | None = event.target if side == "source" else event.source
    if p is None:  # a gold phrase in parentheses is implied, not in the sentence
        return f"no {side} found" + (" (implied in gold)" if (g.text or "").startswith("(") else "")
    if other_gold.accepts(p) and g.accepts(other_pred) and other_gold.code is not None:
        return "source and target swapped"
    if side == "source" and is_reporter(event, event.sentence) and not same_span(g, p):
        return "reporter as source"
    if side == "target" and not same_span(g, p) and (
            (gold.source.code is not None and gold.source.accepts(p))
            or (event.source is not None and p.country is not None and p.country == event.source.country)):
        return "co-actor as target"
    if same_span(g, p):
        return "actor-side country error"
    return "wrong span chosen"


def role_errors(extractor: Extractor, shared: Path, cache: Path | None) -> tuple[list[dict[str, Any]], Counter[str]]:
    articles, gold = training_articles(shared)
    found: list[dict[str, Any]] = []
    tally: Counter[str] = Counter()
    for article, doc in parsed(extractor, articles, cache):
        events = [e for e in extractor.process(article, doc).events if e.status not in NOT_EVENTS]
        golds = gold[article.id]
        tally["core"] += sum(not g.optional for g in golds)
        for g, e in root_pairs(golds, events):
            tally["root matches"] += 1
            swap = e.reciprocal or g.root == "04"
            direct = (g.source.accepts(e.source), g.target.accepts(e.target))
            crossed = (g.source.accepts(e.target), g.target.accepts(e.source))
            right = max(direct, crossed, key=sum) if swap else direct
            tally["source right"] += right[0]
            tally["target right"] += right[1]
            tally["tuple"] += int(all(right))
            for side, ok in zip(SIDES, right, strict=True):
                if ok:
                    continue
                gold_side: GoldActor = getattr(g, side)
                pred_side: Actor | None = getattr(e, side)
                found.append({
                    "article": article.id, "side": side, "root": g.root, "cameo": e.cameo, "rule": e.rule,
                    "bucket": bucket(g, e, side), "sentence": " ".join(g.sentence.split()),
                    "gold": f"{gold_side.text} [{gold_side.country or gold_side.code}]",
                    "predicted": f"{pred_side.text} [{pred_side.code}]" if pred_side else "-",
                    "other": other.text if (other := e.target if side == "source" else e.source) else "-",
                })
    return found, tally


def report(found: list[dict[str, Any]], tally: Counter[str], examples: int, only: str | None) -> None:
    matches = tally["root matches"] or 1
    print(f"{tally['root matches']} root matches, {tally['core']} core gold events: "
          f"source right {tally['source right'] / matches:.3f}, target right {tally['target right'] / matches:.3f}, "
          f"both {tally['tuple'] / matches:.3f}")
    groups = Counter((f["side"], f["bucket"]) for f in found)
    for (side, name), n in groups.most_common():
        if only and name != only:
            continue
        print(f"\n== {side}: {name}: {n}")
        items = [f for f in found if (f["side"], f["bucket"]) == (side, name)]
        for f in items[:examples] if examples >= 0 else items:
            print(f"   - {f['article']} [{f['cameo']} {f['rule']}] gold {f['gold']} | predicted {f['predicted']}"
                  f" | other side {f['other']}\n     {f['sentence'][:260]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--cache", type=Path, default=None, help="keep the spaCy parses here (see missed_events.py)")
    parser.add_argument("--examples", type=int, default=5, help="events shown per bucket (-1: all)")
    parser.add_argument("--bucket", default=None, help="show only this bucket")
    args = parser.parse_args()
    found, tally = role_errors(Extractor(ExtractorSettings()), args.shared, args.cache)
    report(found, tally, args.examples, args.bucket)


if __name__ == "__main__":
    main()
