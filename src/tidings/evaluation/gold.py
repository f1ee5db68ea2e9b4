"""The evaluation harness behind ``tidings eval``.

Two gold formats are scored:

* PLOVER gold (``plover_gsr_dev.jsonl``): one sentence per line with ``id``,
  ``text``, ``date`` and ``events`` (``plover`` type, ``source``/``target`` actor
  lists with ``code``). Micro-averaged over sentences: **type** P/R/F1 on the set
  of PLOVER types per sentence, **tuple** P/R/F1 on the set of (type, source
  country, target country) triples (country = first three letters of an actor
  code, ``---`` where an actor is missing, one triple per actor of a compound
  actor; CAMEO's legacy country codes in the gold such as ``JAP`` read as ISO
  ``JPN``), a per-type table and the most frequent confusions. Predictions with
  status ``negated`` or ``hypothetical`` are not events. Actor accuracy (country
  and sector parts of the gold actors) comes from :mod:`tidings.evaluation.actors`.
* Role gold (``cameo_ner_train.jsonl``: ``tokens``, ``spans`` with role source,
  target or reciprocal): how often the main event's source and target overlap the
  gold spans.
* CAMEO class gold (``cameo_class_train.jsonl``: ``text``, ``label`` 0-4): the
  accuracy of the PentaClass of the sentence's main event.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field
from rich.console import Group
from rich.table import Table

from tidings.errors import InputError
from tidings.evaluation.files import read_gold
from tidings.evaluation.realnews import RealNewsReport, evaluate_realnews
from tidings.evaluation.render import render_realnews
from tidings.inputs.readers import normalise_text
from tidings.ontology import cameo, normalise_plover
from tidings.pipeline import Extractor, ExtractorSettings
from tidings.records import Actor, Article, Event

Triple = tuple[str, str, str]
NOT_EVENTS = frozenset({"negated", "hypothetical"})


class PRF(BaseModel):
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, gold: set[Any], predicted: set[Any]) -> None:
        self.tp += len(gold & predicted)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)

    def summary(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


class EvalReport(BaseModel):
    gold_file: str
    kind: str
    sentences: int
    type_scores: dict[str, float] = Field(default_factory=dict[str, Any])
    tuple_scores: dict[str, float] = Field(default_factory=dict[str, Any])
    per_type: dict[str, dict[str, float]] = Field(default_factory=dict[str, Any])
    confusions: list[tuple[str, str, int]] = Field(default_factory=list)
    class_accuracy: float | None = None
    actor_scores: dict[str, float] = Field(default_factory=dict[str, Any])


NON_STATE_PREFIXES = frozenset({"IGO", "NGO", "IMG", "MNC", "UIS", "REB", "INS"})


def actor_country(actor: Actor | None) -> str:
    """The country part of an actor: its ISO country, else the first three letters of an
    international code (``IGO``, ``NGO``...), else ``---``."""
    if actor is None:
        return "---"
    if actor.country:
        return actor.country.upper()
    if actor.code and actor.code[:3].upper() in NON_STATE_PREFIXES:
        return actor.code[:3].upper()
    return "---"


def gold_country(code: str | None) -> str:
    """The country part of a gold actor code, with CAMEO's legacy country codes as ISO (JAP -> JPN)."""
    from tidings.evaluation.actors import LEGACY_COUNTRY_CODES

    part = (code or "---")[:3].upper() or "---"
    return LEGACY_COUNTRY_CODES.get(part, part)


def gold_types(record: dict[str, Any]) -> set[str]:
    return {t for t in (normalise_plover(e.get("plover")) for e in record.get("events", [])) if t}


def gold_triples(record: dict[str, Any]) -> set[Triple]:
    out: set[Triple] = set()
    for event in record.get("events", []):
        kind = normalise_plover(event.get("plover"))
        if not kind:
            continue
        sources = [gold_country(a.get("code")) for a in event.get("source") or []] or ["---"]
        targets = [gold_country(a.get("code")) for a in event.get("target") or []] or ["---"]
        out.update((kind, s, t) for s in sources for t in targets)
    return out


def predicted_types(events: Iterable[Event]) -> set[str]:
    return {e.plover for e in events if e.plover and e.status not in NOT_EVENTS}


def predicted_triples(events: Iterable[Event]) -> set[Triple]:
    """(type, source country, target country) per counted event; a reciprocal event stands for
    the gold's compound source without a target: one (type, party, ``---``) per party."""
    out: set[Triple] = set()
    for e in events:
        if not e.plover or e.status in NOT_EVENTS:
            continue
        if e.reciprocal:
            out.update((e.plover, actor_country(party), "---") for party in (e.source, e.target))
        else:
            out.add((e.plover, actor_country(e.source), actor_country(e.target)))
    return out


def _articles(records: list[dict[str, Any]]) -> list[Article]:
    articles = []
    for number, record in enumerate(records):
        date_text = record.get("date") or "2000-01-01"
        articles.append(Article(
            id=f"{number}:{record.get('id', '')}", date=dt.date.fromisoformat(date_text[:10]),
            text=normalise_text(record["text"]),
        ))
    return articles


def extract_all(records: list[dict[str, Any]], extractor: Extractor) -> list[list[Event]]:
    """Events per gold record, aligned by position (a record the pipeline rejects has none)."""
    by_id = {result.article.id: result.events for result in extractor.run(_articles(records))}
    return [by_id.get(f"{number}:{record.get('id', '')}", []) for number, record in enumerate(records)]


def evaluate_plover(records: list[dict[str, Any]], extractor: Extractor, gold_file: str = "") -> EvalReport:
    predictions = extract_all(records, extractor)
    types, triples = PRF(), PRF()
    per_type: dict[str, PRF] = {}
    confusions: Counter[tuple[str, str]] = Counter()
    for record, events in zip(records, predictions, strict=True):
        gold, predicted = gold_types(record), predicted_types(events)
        types.add(gold, predicted)
        triples.add(gold_triples(record), predicted_triples(events))
        for kind in gold | predicted:
            per_type.setdefault(kind, PRF()).add({kind} & gold, {kind} & predicted)
        for missed in gold - predicted:
            for wrong in (predicted - gold) or {"(none)"}:
                confusions[(missed, wrong)] += 1
    return EvalReport(
        gold_file=gold_file, kind="plover", sentences=len(records),
        type_scores=types.summary(), tuple_scores=triples.summary(),
        per_type={k: {**v.summary(), "support": v.tp + v.fn} for k, v in sorted(per_type.items())},
        confusions=[(g, p, n) for (g, p), n in confusions.most_common(15)],
    )


def main_event_class(events: list[Event]) -> int | None:
    """PentaClass of the sentence's main event: the first asserted or planned event, by confidence."""
    candidates = [e for e in events if e.status not in NOT_EVENTS] or events
    if not candidates:
        return None
    best = max(candidates, key=lambda e: (e.confidence, -e.trigger.start))
    return cameo(best.cameo).pentaclass


def evaluate_cameo_class(records: list[dict[str, Any]], extractor: Extractor, gold_file: str = "") -> EvalReport:
    predictions = extract_all(records, extractor)
    correct = 0
    confusions: Counter[tuple[str, str]] = Counter()
    for record, events in zip(records, predictions, strict=True):
        predicted = main_event_class(events)
        if predicted == int(record["label"]):
            correct += 1
        else:
            confusions[(str(record["label"]), str(predicted))] += 1
    return EvalReport(
        gold_file=gold_file, kind="cameo_class", sentences=len(records),
        class_accuracy=round(correct / len(records), 4),
        confusions=[(g, p, n) for (g, p), n in confusions.most_common(10)],
    )


def _words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", (text or "").lower()) if w not in {"the", "a", "an", "of", "s", "and"}}


def _role_outcome(predicted: Actor | None, gold_spans: list[dict[str, Any]]) -> str:
    if not gold_spans:
        return "correct" if predicted is None else "extra"
    if predicted is None:
        return "missing"
    said = _words(predicted.text) | _words(predicted.name)  # "him" names Michel Aoun: the referent counts
    hit = any(said & _words(span.get("text")) for span in gold_spans)
    return "correct" if hit else "wrong"


def evaluate_roles(records: list[dict[str, Any]], extractor: Extractor, gold_file: str = "") -> EvalReport:
    """Source/target span gold (``tokens``/``spans`` with roles source, target, reciprocal):
    does the main event's source (target) overlap a gold source (target) span?"""
    predictions = extract_all(records, extractor)
    outcomes: Counter[str] = Counter()
    for record, events in zip(records, predictions, strict=True):
        spans = record.get("spans") or []
        sources = [s for s in spans if s.get("role") in {"source", "reciprocal"}]
        targets = [s for s in spans if s.get("role") in {"target", "reciprocal"}]
        asserted = [e for e in events if e.status not in NOT_EVENTS]
        if not asserted:
            outcomes["no event"] += 1
            continue
        main = max(asserted, key=lambda e: (e.confidence, -e.trigger.start))
        outcomes[f"source {_role_outcome(main.source, sources)}"] += 1
        outcomes[f"target {_role_outcome(main.target, targets)}"] += 1
    coded = len(records) - outcomes["no event"]
    scores = {
        "event found": round(coded / len(records), 4),
        "source correct": round(outcomes["source correct"] / coded, 4) if coded else 0.0,
        "target correct": round(outcomes["target correct"] / coded, 4) if coded else 0.0,
    }
    return EvalReport(gold_file=gold_file, kind="roles", sentences=len(records), actor_scores=scores,
                      confusions=[("role", k, v) for k, v in sorted(outcomes.items())])


def evaluate_file(
    path: Path, *, actors_file: Path | None = None, extractor: Extractor | None = None,
) -> EvalReport | RealNewsReport:
    """Score a gold file, choosing the scoring by its format."""
    records = read_gold(path)
    runner = extractor or Extractor(ExtractorSettings(actors_file=actors_file))
    if "article_id" in records[0] and "root" in records[0]:
        return evaluate_realnews(path, runner, str(path))
    if "spans" in records[0] and "events" not in records[0]:
        return evaluate_roles(records, runner, str(path))
    if "label" in records[0] and "events" not in records[0]:
        return evaluate_cameo_class(records, runner, str(path))
    if "events" not in records[0]:
        raise InputError(f"{path}: records have neither 'events' (PLOVER gold) nor 'label' (CAMEO class gold)")
    report = evaluate_plover(records, runner, str(path))
    from tidings.evaluation.actors import evaluate_actors

    scores = evaluate_actors(path, runner.nlp)
    report.actor_scores = {
        "gold actors": scores.total,
        "country part accuracy": round(scores.country_accuracy, 4),
        "sector part accuracy": round(scores.sector_accuracy, 4),
    }
    return report


def render_report(report: EvalReport | RealNewsReport) -> Group:
    """Rich tables for the terminal."""
    if isinstance(report, RealNewsReport):
        return render_realnews(report)
    parts: list[Table] = []
    head = Table(title=f"{report.gold_file}: {report.sentences} sentences")
    head.add_column("score")
    head.add_column("value", justify="right")
    if report.class_accuracy is not None:
        head.add_row("main-event class accuracy", f"{report.class_accuracy:.3f}")
    for name, scores in (("type", report.type_scores), ("tuple", report.tuple_scores)):
        for metric, value in scores.items():
            head.add_row(f"{name} {metric}", f"{value:.3f}")
    for metric, value in report.actor_scores.items():
        head.add_row(metric, f"{value:.3f}" if isinstance(value, float) else str(value))
    parts.append(head)
    if report.per_type:
        table = Table(title="per PLOVER type")
        for column in ("type", "P", "R", "F1", "support"):
            table.add_column(column, justify="right" if column != "type" else "left")
        for kind, s in report.per_type.items():
            table.add_row(kind, f"{s['precision']:.2f}", f"{s['recall']:.2f}", f"{s['f1']:.2f}", str(int(s["support"])))
        parts.append(table)
    if report.confusions:
        table = Table(title="most frequent confusions (gold -> predicted)")
        for column in ("gold", "predicted", "count"):
            table.add_column(column)
        for gold, predicted, count in report.confusions:
            table.add_row(gold, predicted, str(count))
        parts.append(table)
    return Group(*parts)
