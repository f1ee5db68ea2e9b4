"""Which core gold events of the real-news training articles get no candidate with the right root.

    python scripts/missed_events.py [--shared ../shared] [--cache DIR] [--examples 3] [--root 11] [--unmatched]

Reads only what training may read: the Wikinews and Reuters articles of the shared
``realnews_dev.jsonl`` and the ``train`` part of ``data/gold/realnews_tidings.jsonl`` (never the
Guardian articles, never the ``test`` part). Every candidate the rules propose (the learned layer
off) is compared with each core gold event of its sentence; a gold event is *missed* when no
candidate of its sentence has its root (or an alternative root). The misses are listed grouped by
gold root, and within a root by the lemmas of the sentence's verbs and event nouns, with what the
rules proposed there instead (``wrong root``) or that they proposed nothing (``no candidate``).

``--unmatched`` lists the other side instead: candidates (asserted or planned) that match no gold
event of their sentence by root, core or optional, grouped by construction and root, then counted by
family (``--family NAME`` shows one family's sentences). ``--judged`` takes the events the learned
layer keeps at its operating point instead of every candidate (what ``tidings eval`` scores).

``--cache DIR`` keeps the spaCy parses (DocBin) there, so that re-running after a change to the
event rules does not parse again (delete the folder when the model or the texts change).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from spacy.tokens import Doc, DocBin  # noqa: E402

from tidings.evaluation.realnews import GoldEvent, gold_article, read_realnews, same_sentence  # noqa: E402
from tidings.pipeline import Extractor, ExtractorSettings  # noqa: E402
from tidings.records import Article, Event  # noqa: E402

COUNTED = frozenset({"asserted", "planned"})


def training_articles(shared: Path) -> tuple[list[Article], dict[str, list[GoldEvent]]]:
    """The articles training may read, with their gold events."""
    chosen: list[Article] = []
    gold: dict[str, list[GoldEvent]] = {}
    sources = (
        (shared / "data" / "gold" / "realnews_dev.jsonl", lambda r: r.get("corpus") in {"wikinews", "reuters"}),
        (ROOT / "data" / "gold" / "realnews_tidings.jsonl", lambda r: r.get("split") == "train"),
    )
    for path, keep in sources:
        records, events = read_realnews(path)
        kept: list[dict[str, Any]] = [r for r in records if keep(r)]
        for record in kept:
            gold[record["id"]] = []
            chosen.append(gold_article(record))
        for event in events:
            if event.article_id in gold:
                gold[event.article_id].append(event)
    return chosen, gold


def parsed(extractor: Extractor, articles: list[Article], cache: Path | None) -> Iterator[tuple[Article, Doc]]:
    """The articles' parses, from the cache when it has them."""
    nlp = extractor.nlp
    store = cache / "docs.spacy" if cache else None
    if store is not None and store.is_file():
        docs = list(DocBin().from_disk(store).get_docs(nlp.vocab))
        if len(docs) == len(articles):
            yield from zip(articles, docs, strict=True)
            return
    docs = list(nlp.pipe((a.text for a in articles), batch_size=32))
    if store is not None:
        store.parent.mkdir(parents=True, exist_ok=True)
        DocBin(store_user_data=False, docs=docs).to_disk(store)
    yield from zip(articles, docs, strict=True)


def words_of(sentence: str, doc: Doc) -> list[str]:
    """The lemmas of the verbs and nouns of the doc's sentence with this text."""
    folded = " ".join(sentence.split())
    for sent in doc.sents:
        text = " ".join(sent.text.split())
        if text and (text in folded or folded in text):
            return [t.lemma_.lower() for t in sent if t.pos_ in {"VERB", "NOUN"}]
    return []


def misses(extractor: Extractor, articles: list[Article], gold: dict[str, list[GoldEvent]],
           cache: Path | None) -> tuple[list[dict[str, Any]], int]:
    out: list[dict[str, Any]] = []
    core_total = 0
    for article, doc in parsed(extractor, articles, cache):
        events: list[Event] = [e for e, _ in extractor.scored_candidates(article, doc)]
        for g in gold[article.id]:
            if g.optional:
                continue
            core_total += 1
            here = [e for e in events if same_sentence(g, e)]
            if any(g.accepts_root(e) and e.status in COUNTED for e in here):
                continue
            uncounted = [e for e in here if g.accepts_root(e)]
            out.append({
                "article": article.id, "root": g.root, "cameo": g.cameo, "sentence": " ".join(g.sentence.split()),
                "words": words_of(g.sentence, doc),
                "found": sorted({f"{e.cameo}/{e.rule}/{e.status}" for e in here}),
                "kind": "not counted" if uncounted else ("wrong root" if here else "no candidate"),
            })
    return out, core_total


def counted_and_matched(extractor: Extractor, article: Article, doc: Any, golds: list[GoldEvent],
                        judged: bool) -> tuple[list[Event], set[int]]:
    """The article's counted candidates (or, ``judged``, kept events) and the indices of those that
    match a gold event of their sentence by root, one to one."""
    from tidings.evaluation.matching import matching_pairs

    found = extractor.process(article, doc).events if judged else [
        e for e, _ in extractor.scored_candidates(article, doc)]
    events = [e for e in found if e.status in COUNTED]
    options = [[j for j, e in enumerate(events) if same_sentence(g, e) and g.accepts_root(e)] for g in golds]
    return events, {j for _, j in matching_pairs(options, len(events))}


def unmatched(extractor: Extractor, articles: list[Article], gold: dict[str, list[GoldEvent]],
              cache: Path | None, judged: bool = False) -> list[dict[str, Any]]:
    """Counted candidates (or, ``judged``, kept events) matching no gold event of their sentence by root."""
    from tidings.judge.article import topic_shares

    out: list[dict[str, Any]] = []
    for article, doc in parsed(extractor, articles, cache):
        golds = gold[article.id]
        events, matched = counted_and_matched(extractor, article, doc, golds, judged)
        shares = topic_shares(article)[0]
        topic = max(sorted(shares), key=lambda k: shares[k])
        out.extend({"article": article.id, "rule": e.rule, "root": e.cameo_root, "cameo": e.cameo,
                    "sentence": " ".join(e.sentence.split()), "empty": not golds,
                    "family": family(e, golds, topic if shares[topic] > 0.01 else "none"),
                    "actors": f"{e.source.text if e.source else '-'} -> {e.target.text if e.target else '-'}"}
                   for j, e in enumerate(events) if j not in matched)
    return out


def family(event: Event, golds: list[GoldEvent], topic: str) -> str:
    """A rough family for an unmatched event: another root coded in its sentence (wrong root),
    a business or sports story, an event with no state-like actor, or a sentence with no gold event."""
    if any(same_sentence(g, event) for g in golds):
        return "wrong root (sentence has a gold event)"
    if topic in {"business", "sports", "obituary"}:
        return f"{topic} story"
    kinds = {a.kind or ("coded" if a.code else "uncoded") for a in (event.source, event.target) if a is not None}
    if kinds <= {"person", "uncoded", "company", "media", "education", "sports", "group"}:
        return "no political actor"
    return "political actor, no gold event in sentence"


def report_unmatched(found: list[dict[str, Any]], examples: int, only_family: str | None = None) -> None:
    print(f"{len(found)} unmatched candidates ({sum(f['empty'] for f in found)} in articles with no gold event)")
    print("families: " + "; ".join(f"{k} {v}" for k, v in Counter(f["family"] for f in found).most_common()))
    if only_family:
        found = [f for f in found if f["family"].startswith(only_family)]
    groups = Counter((f["rule"], f["root"]) for f in found)
    for (rule, root), n in groups.most_common(30):
        print(f"\n== {rule} root {root}: {n}")
        for f in [f for f in found if (f["rule"], f["root"]) == (rule, root)][:max(examples, 0)]:
            print(f"   - [{f['cameo']}] ({f['actors']}) {f['sentence'][:200]}")


def report(found: list[dict[str, Any]], core_total: int, examples: int, only_root: str | None) -> None:
    kinds = Counter(m["kind"] for m in found)
    print(f"{len(found)} of {core_total} core gold events missed: " + ", ".join(f"{k} {v}" for k, v in kinds.items()))
    by_root: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in found:
        by_root[m["root"]].append(m)
    for root, items in sorted(by_root.items(), key=lambda kv: -len(kv[1])):
        if only_root and root != only_root:
            continue
        print(f"\n== root {root}: {len(items)} missed ({Counter(m['kind'] for m in items).most_common()})")
        lemmas = Counter(w for m in items for w in set(m["words"]))
        print("   words: " + ", ".join(f"{w} {n}" for w, n in lemmas.most_common(25)))
        for m in items[:examples] if examples >= 0 else items:
            print(f"   - [{m['cameo']}] {m['kind']} {m['found']}: {m['sentence'][:220]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--examples", type=int, default=3, help="sentences shown per root (-1: all)")
    parser.add_argument("--root", default=None, help="show only this gold root")
    parser.add_argument("--unmatched", action="store_true", help="list candidates matching no gold event")
    parser.add_argument("--judged", action="store_true", help="with --unmatched: events kept at the operating point")
    parser.add_argument("--family", default=None, help="with --unmatched: show only this family (its first words)")
    args = parser.parse_args()
    extractor = Extractor(ExtractorSettings(judge=args.judged))
    articles, gold = training_articles(args.shared)
    if args.unmatched:
        report_unmatched(unmatched(extractor, articles, gold, args.cache, args.judged), args.examples, args.family)
        return
    found, core_total = misses(extractor, articles, gold, args.cache)
    report(found, core_total, args.examples, args.root)


if __name__ == "__main__":
    main()
