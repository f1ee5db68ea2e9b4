"""Scoring whole real articles coded by hand (``realnews_dev.jsonl`` and its articles file).

The gold is one line per event a careful coder codes (``article_id``, ``sentence_index``,
``sentence``, ``source``/``target`` with ``code``, ``country``, ``alt_countries``, ``root``,
``alt_roots``, ``status``, ``optional``) beside an articles file holding every article, also
those with no event (``<stem>_articles.jsonl``). The scores are those of the shared data's
README: each gold and each predicted event is matched at most once, within the same sentence;
predictions with status ``negated`` or ``hypothetical`` are not events.

* **precision**: share of predicted events matching a gold event, core or optional, by root;
* **strict precision**: by root and both actors' countries;
* **core recall** by root, and by (root, source country, target country);
* **events per article** on articles with no gold event;
* the same per corpus, per split (where articles carry ``split``) and per root.

Sentences are aligned by text: a predicted event is in a gold event's sentence when the two
sentence texts are equal (whitespace folded), or when the indices agree and one text contains
the other (the sentence splitting changed since the gold was written).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from tidings.errors import ArticleRejected, InputError
from tidings.evaluation.files import read_gold
from tidings.evaluation.matching import matching_pairs, max_matching
from tidings.inputs import make_article
from tidings.pipeline import Extractor
from tidings.records import Actor, Article, Event

NOT_EVENTS = frozenset({"negated", "hypothetical"})


class GoldActor(BaseModel):
    text: str | None = None
    code: str | None = None
    country: str | None = None
    alt_countries: list[str] = Field(default_factory=list)

    def accepts(self, actor: Actor | None) -> bool:
        """A predicted actor's country (else its code's first three letters) is one the coder
        accepts; a missing predicted actor matches only a gold actor with no code."""
        predicted = _country_of(actor)
        if self.code is None:
            return predicted is None
        allowed = {self.country} if self.country else {self.code[:3]}
        return predicted is not None and predicted in allowed | set(self.alt_countries)


class GoldEvent(BaseModel):
    article_id: str
    sentence_index: int
    sentence: str
    source: GoldActor = Field(default_factory=GoldActor)
    target: GoldActor = Field(default_factory=GoldActor)
    root: str
    alt_roots: list[str] = Field(default_factory=list)
    cameo: str | None = None
    status: str = "asserted"
    optional: bool = False

    def accepts_root(self, event: Event) -> bool:
        return event.cameo_root == self.root or event.cameo_root in self.alt_roots

    def accepts_tuple(self, event: Event) -> bool:
        """Root and both countries; a symmetric event (reciprocal, or a 04x gold event) also
        matches with its actors swapped."""
        if not self.accepts_root(event):
            return False
        if self.source.accepts(event.source) and self.target.accepts(event.target):
            return True
        swappable = event.reciprocal or self.root == "04"
        return swappable and self.source.accepts(event.target) and self.target.accepts(event.source)


class Tally(BaseModel):
    """Counts behind the scores of one slice (all, a corpus, a split)."""

    articles: int = 0
    articles_without_events: int = 0
    predicted: int = 0
    predicted_in_empty_articles: int = 0
    matched_by_root: int = 0
    matched_strict: int = 0
    core: int = 0
    core_by_root: int = 0
    core_by_tuple: int = 0
    root_matches: int = 0
    source_country_right: int = 0
    target_country_right: int = 0

    def add(self, other: Tally) -> None:
        for name in type(self).model_fields:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def scores(self) -> dict[str, float]:
        def ratio(a: int, b: int) -> float:
            return round(a / b, 4) if b else 0.0

        return {
            "precision": ratio(self.matched_by_root, self.predicted),
            "strict precision": ratio(self.matched_strict, self.predicted),
            "core recall by root": ratio(self.core_by_root, self.core),
            "core tuple recall": ratio(self.core_by_tuple, self.core),
            "events per no-event article": ratio(self.predicted_in_empty_articles, self.articles_without_events),
            "source country right (root matches)": ratio(self.source_country_right, self.root_matches),
            "target country right (root matches)": ratio(self.target_country_right, self.root_matches),
        }


class RealNewsReport(BaseModel):
    gold_file: str
    kind: str = "realnews"
    sentences: int
    articles: int
    scores: dict[str, float]
    counts: Tally
    per_corpus: dict[str, dict[str, float]] = Field(default_factory=dict)
    per_split: dict[str, dict[str, float]] = Field(default_factory=dict)
    per_root: dict[str, dict[str, float]] = Field(default_factory=dict)
    failed: list[str] = Field(default_factory=list)
    """Articles whose coding failed ("id: reason"); each is scored as an article with no event."""


def _country_of(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    if actor.country:
        return actor.country.upper()
    return actor.code[:3].upper() if actor.code else None


def _fold(text: str) -> str:
    return " ".join(text.split())


def same_sentence(gold: GoldEvent, event: Event) -> bool:
    a, b = _fold(gold.sentence), _fold(event.sentence)
    if a == b:
        return True
    return gold.sentence_index == event.sentence_index and bool(a) and bool(b) and (a in b or b in a)


def articles_file_for(events_file: Path) -> Path:
    """``realnews_dev.jsonl`` -> ``realnews_dev_articles.jsonl`` (the file with every article)."""
    return events_file.with_name(f"{events_file.stem}_articles{events_file.suffix}")


def read_realnews(events_file: Path) -> tuple[list[dict[str, Any]], list[GoldEvent]]:
    """The articles and the gold events of a whole-article gold set."""
    articles_file = articles_file_for(events_file)
    if not articles_file.is_file():
        raise InputError(f"whole-article gold {events_file} needs its articles file {articles_file}")
    articles = read_gold(articles_file)
    events = [GoldEvent.model_validate(r) for r in read_gold(events_file)]
    return articles, events


def gold_article(record: dict[str, Any]) -> Article:
    """An article of a whole-article gold file, normalised as ingest does."""
    return make_article(text=record["text"], date=record["date"], title=record.get("title"),
                        given_id=record["id"], origin=str(record.get("corpus") or "gold"))


def _gold_articles(records: list[dict[str, Any]]) -> tuple[list[Article], list[str]]:
    """The gold file's articles as ingest makes them, and "id: reason" for each ingest rejects."""
    articles: list[Article] = []
    failed: list[str] = []
    for record in records:
        try:
            articles.append(gold_article(record))
        except ArticleRejected as exc:
            failed.append(f"{record['id']}: {exc}")
    return articles, failed


def _matched(gold: list[GoldEvent], predicted: list[Event], accepts: Callable[[GoldEvent, Event], bool]) -> int:
    return max_matching(_options(gold, predicted, accepts), len(predicted))


def root_match_pairs(gold: list[GoldEvent], predicted: list[Event]) -> list[tuple[int, int]]:
    """(gold index, predicted index) of predictions matched to a gold event by root, in tiers:
    tuple matches first, then pairs with one country right, then the rest, so an event is never
    paired with the wrong gold event of its root when a better pairing exists ("blamed both
    Israel and the US": two gold events, each prediction paired with its own country)."""
    def one_side_right(g: GoldEvent, e: Event) -> bool:
        return g.accepts_root(e) and any(countries_right(g, e))

    pairs: list[tuple[int, int]] = []
    for accepts in (GoldEvent.accepts_tuple, one_side_right, GoldEvent.accepts_root):
        used_gold, used_pred = {g for g, _ in pairs}, {p for _, p in pairs}
        rest_gold = [i for i in range(len(gold)) if i not in used_gold]
        rest_pred = [j for j in range(len(predicted)) if j not in used_pred]
        options = [[k for k, j in enumerate(rest_pred) if same_sentence(gold[i], predicted[j])
                    and accepts(gold[i], predicted[j])] for i in rest_gold]
        pairs += [(rest_gold[a], rest_pred[b]) for a, b in matching_pairs(options, len(rest_pred))]
    return pairs


def countries_right(g: GoldEvent, e: Event) -> tuple[bool, bool]:
    """Whether a root-matched prediction has the source's and the target's country right
    (either order for a symmetric event)."""
    direct = (g.source.accepts(e.source), g.target.accepts(e.target))
    swapped = (g.source.accepts(e.target), g.target.accepts(e.source))
    return max(direct, swapped, key=sum) if e.reciprocal or g.root == "04" else direct


def actor_agreement(gold: list[GoldEvent], predicted: list[Event]) -> tuple[int, int, int]:
    """Among predictions matched to a gold event by root (tuple matches first): how many there
    are, and how many have the source's and the target's country right (either order for a
    symmetric event)."""
    pairs = root_match_pairs(gold, predicted)
    source_right = target_right = 0
    for g_index, p_index in pairs:
        source, target = countries_right(gold[g_index], predicted[p_index])
        source_right += source
        target_right += target
    return len(pairs), source_right, target_right


def _options(gold: list[GoldEvent], predicted: list[Event],
             accepts: Callable[[GoldEvent, Event], bool]) -> list[list[int]]:
    return [[j for j, event in enumerate(predicted) if same_sentence(g, event) and accepts(g, event)] for g in gold]


def score_article(gold: list[GoldEvent], predicted: list[Event]) -> Tally:
    """The counts for one article (``predicted`` already without negated/hypothetical events)."""
    core = [g for g in gold if not g.optional]
    matches, source_right, target_right = actor_agreement(gold, predicted)
    return Tally(
        root_matches=matches, source_country_right=source_right, target_country_right=target_right,
        articles=1, articles_without_events=int(not gold), predicted=len(predicted),
        predicted_in_empty_articles=len(predicted) if not gold else 0,
        matched_by_root=_matched(gold, predicted, GoldEvent.accepts_root),
        matched_strict=_matched(gold, predicted, GoldEvent.accepts_tuple),
        core=len(core),
        core_by_root=_matched(core, predicted, GoldEvent.accepts_root),
        core_by_tuple=_matched(core, predicted, GoldEvent.accepts_tuple),
    )


def _per_root(gold: Iterable[GoldEvent], predictions: dict[str, list[Event]],
              by_article: dict[str, list[GoldEvent]]) -> dict[str, dict[str, float]]:
    """Per CAMEO root: core gold events and their recall by root, predicted events and precision."""
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for g in gold:
        if not g.optional:
            out[g.root]["core"] += 1
    for article_id, events in predictions.items():
        golds = by_article.get(article_id, [])
        for root in {e.cameo_root for e in events}:
            mine = [e for e in events if e.cameo_root == root]
            out[root]["predicted"] += len(mine)
            out[root]["matched"] += _matched(golds, mine, GoldEvent.accepts_root)
            core_here = [g for g in golds if not g.optional and g.root == root]
            out[root]["core found"] += _matched(core_here, mine, GoldEvent.accepts_root)
    table: dict[str, dict[str, float]] = {}
    for root, c in sorted(out.items()):
        table[root] = {
            "core": c["core"], "core recall": round(c["core found"] / c["core"], 3) if c["core"] else 0.0,
            "predicted": c["predicted"],
            "precision": round(c["matched"] / c["predicted"], 3) if c["predicted"] else 0.0,
        }
    return table


def evaluate_realnews(events_file: Path, extractor: Extractor, gold_file: str = "") -> RealNewsReport:
    records, gold = read_realnews(events_file)
    by_article: dict[str, list[GoldEvent]] = defaultdict(list)
    for g in gold:
        by_article[g.article_id].append(g)
    predictions: dict[str, list[Event]] = {r["id"]: [] for r in records}
    failures_before = len(extractor.failures)
    articles, failed = _gold_articles(records)
    for result in extractor.run(articles):
        predictions[result.article.id] = [e for e in result.events if e.status not in NOT_EVENTS]
    total = Tally()
    slices: dict[str, dict[str, Tally]] = {"corpus": defaultdict(Tally), "split": defaultdict(Tally)}
    for record in records:
        tally = score_article(by_article.get(record["id"], []), predictions[record["id"]])
        total.add(tally)
        slices["corpus"][str(record.get("corpus") or record["id"].split("-")[0])].add(tally)
        if record.get("split"):
            slices["split"][str(record["split"])].add(tally)
    return RealNewsReport(
        gold_file=gold_file or str(events_file), sentences=sum(int(r.get("n_sentences") or 0) for r in records),
        articles=len(records), scores=total.scores(), counts=total,
        per_corpus={k: v.scores() | {"articles": v.articles} for k, v in sorted(slices["corpus"].items())},
        per_split={k: v.scores() | {"articles": v.articles} for k, v in sorted(slices["split"].items())},
        per_root=_per_root(gold, predictions, by_article),
        failed=failed + [f"{f.article_id}: {f.reason}" for f in extractor.failures[failures_before:]],
    )
