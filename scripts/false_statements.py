"""False statements (01x) of the real-news training articles, by the gold root of their sentence.

    python scripts/false_statements.py [--shared ../shared] [--cache DIR] [--judged] [--examples 2]

Reads only what training may read (the articles of ``scripts/missed_events.py``: the Wikinews and
Reuters articles of the shared ``realnews_dev.jsonl`` and the ``train`` part of
``data/gold/realnews_tidings.jsonl``). A counted 01x event that matches no gold event of its
sentence by root is *false*; it is listed by the gold roots of its sentence ("none": a sentence with
no gold event, where the saying itself is no event) and by the sentence's construction (a quote and
"said"; "said (that)" and a clause; "said ... will/would"; "called for/urged"; a verb of accusing,
warning, denying or praising), so that a reported act coded as its saying (issue #13: the gold event
has another root) stands apart from a saying that is no event at all. ``--judged`` takes the events
the learned layer keeps at its operating point (on training articles its own fit: optimistic).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from missed_events import counted_and_matched, parsed, training_articles  # noqa: E402

from tidings.evaluation.realnews import same_sentence  # noqa: E402
from tidings.pipeline import Extractor, ExtractorSettings  # noqa: E402

CONSTRUCTIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("called for/urged/asked", re.compile(r"\b(call(ed|s|ing)? (on|for|upon)|urg(ed|es|ing)|appeal(ed)?|ask(ed)?)\b")),
    ("accuse/warn/vow/deny/condemn/praise", re.compile(
        r"\b(accus|warn|vow|threaten|condemn|denounc|den(y|ied|ies)|reject|criticis|prais|welcom|thank)")),
    ("said ... will/would", re.compile(r"\b(said|says|say|told|announced)\b.*\b(will|would|plan(s|ned)? to|intend)"
                                       r"|\b(will|would|plan(s|ned)? to|intend).*\b(said|says|told)\b")),
    ("quote + said", re.compile(r"[\"“”]")),
    ("said (that) + clause", re.compile(r"\b(said|says|told|stated|added|announced)\b")),
)


@dataclass(frozen=True)
class FalseStatement:
    """A false 01x event with what its sentence's gold says."""

    gold_roots: str
    construction: str
    rule: str
    cameo: str
    sentence: str


def construction(sentence: str) -> str:
    low = sentence.lower()
    return next((name for name, pattern in CONSTRUCTIONS if pattern.search(low)), "other")


def false_statements(shared: Path, cache: Path | None, judged: bool) -> list[FalseStatement]:
    extractor = Extractor(ExtractorSettings(judge=judged))
    articles, gold = training_articles(shared)
    out: list[FalseStatement] = []
    for article, doc in parsed(extractor, articles, cache):
        golds = gold[article.id]
        events, matched = counted_and_matched(extractor, article, doc, golds, judged)
        for j, event in enumerate(events):
            if j in matched or event.cameo_root != "01":
                continue
            roots = ",".join(sorted({g.root for g in golds if same_sentence(g, event)})) or "none"
            sentence = " ".join(event.sentence.split())
            out.append(FalseStatement(roots, construction(sentence), event.rule or "", event.cameo, sentence))
    return out


def report(found: list[FalseStatement], examples: int) -> None:
    print(f"{len(found)} false 01x events; in sentences with a gold event of another root: "
          f"{sum(f.gold_roots != 'none' for f in found)}")
    print("by rule: " + ", ".join(f"{k} {v}" for k, v in Counter(f.rule for f in found).most_common()))
    print("by gold root: " + ", ".join(f"{k} {v}" for k, v in Counter(f.gold_roots for f in found).most_common()))
    table = Counter((f.gold_roots, f.construction) for f in found)
    print(f"\n{'gold root':10s} {'construction':38s} n")
    for (roots, name), n in sorted(table.items(), key=lambda kv: (kv[0][0] == "none", -kv[1], kv[0])):
        print(f"{roots:10s} {name:38s} {n}")
        for f in [f for f in found if (f.gold_roots, f.construction) == (roots, name)][:max(examples, 0)]:
            print(f"    - [{f.cameo} {f.rule}] {f.sentence[:180]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--judged", action="store_true", help="events kept at the operating point")
    parser.add_argument("--examples", type=int, default=0, help="sentences shown per row")
    args = parser.parse_args()
    report(false_statements(args.shared, args.cache, args.judged), args.examples)


if __name__ == "__main__":
    main()
