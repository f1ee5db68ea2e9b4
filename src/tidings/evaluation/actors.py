"""Actor accuracy on gold sentences (PLOVER GSR style JSONL).

For every gold source/target actor of every event: find its text in the sentence, take
the head token of that span in the spaCy parse, call :meth:`ArticleActors.actor_for`,
and compare.

Scoring rules
-------------
* Country part: the first three letters of the gold ``code`` against our country (or,
  for transnational actors, our code's prefix such as ``IGO``). Legacy CAMEO country codes
  in the gold are mapped to ISO (``JAP``->``JPN``, ``ITL``->``ITA``, ``VTN``->``VNM``).
  ``IGO`` and ``NGO`` count as the same "international organisation" class in the main
  score (the gold codes NGOs such as Amnesty International as ``IGO``); ``country_strict``
  does not merge them.
* Sector part: the first three letters of the gold ``sector`` (``CIV`` read as ``CVL``)
  must be among our sectors. A null gold sector expects no sector from us (strict); the
  lenient variant accepts anything for a null gold sector. Gold ``***`` (coder's "unknown")
  is left out of the sector denominator. A missing actor is wrong on both parts.
* The head token is the span's spaCy root, or, when that root is not nominal (the gold
  span is not one phrase), the span's highest noun/proper noun/pronoun/adjective.
* Gold spans that cannot be located in the sentence are counted as wrong.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from tidings.actors.article import find_actors
from tidings.actors.dictionary import ActorDictionary
from tidings.actors.keys import split_code
from tidings.errors import InputError
from tidings.records import Actor, Article

LEGACY_COUNTRY_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU", "ZAR": "COD", "YUG": "SRB"}
INTERNATIONAL_CLASS = {"IGO": "IGO", "NGO": "IGO"}
SECTOR_ALIASES = {"CIV": "CVL"}
UNKNOWN_SECTOR = "***"
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "ADJ"})


@dataclass(frozen=True, slots=True)
class ActorOutcome:
    """One gold actor and what we returned for it."""

    sentence_id: str
    text: str
    gold_code: str
    gold_sector: str | None
    actor: Actor | None
    country_ok: bool
    country_strict_ok: bool
    sector_ok: bool | None
    sector_lenient_ok: bool | None


@dataclass(slots=True)
class ActorScores:
    """Fractions of gold actors whose country part and sector part we got right."""

    total: int = 0
    country_correct: int = 0
    country_strict_correct: int = 0
    sector_total: int = 0
    sector_correct: int = 0
    sector_lenient_correct: int = 0
    outcomes: list[ActorOutcome] = field(default_factory=list)

    @property
    def country_accuracy(self) -> float:
        return self.country_correct / self.total if self.total else 0.0

    @property
    def country_strict_accuracy(self) -> float:
        return self.country_strict_correct / self.total if self.total else 0.0

    @property
    def sector_accuracy(self) -> float:
        return self.sector_correct / self.sector_total if self.sector_total else 0.0

    @property
    def sector_lenient_accuracy(self) -> float:
        return self.sector_lenient_correct / self.sector_total if self.sector_total else 0.0

    def add(self, outcome: ActorOutcome) -> None:
        self.outcomes.append(outcome)
        self.total += 1
        self.country_correct += outcome.country_ok
        self.country_strict_correct += outcome.country_strict_ok
        if outcome.sector_ok is not None:
            self.sector_total += 1
            self.sector_correct += outcome.sector_ok
            self.sector_lenient_correct += bool(outcome.sector_lenient_ok)

    def summary(self) -> str:
        return (f"actors={self.total} country={self.country_accuracy:.3f} "
                f"(strict {self.country_strict_accuracy:.3f}) sector={self.sector_accuracy:.3f} "
                f"(lenient {self.sector_lenient_accuracy:.3f}, n={self.sector_total})")


def _normalise_text(text: str) -> str:
    return text.replace("\u00b4", "'").replace("\u2019", "'")


def _read_gold(path: Path) -> Iterator[dict[str, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"{path}: cannot read gold file: {exc}") from exc
    for number, line in enumerate(lines, start=1):
        if line.strip():
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{number}: bad JSON: {exc}") from exc


def _find(text: str, part: str, cursor: int) -> tuple[int, int] | None:
    """First whole-word occurrence of ``part`` at or after ``cursor`` (case-sensitive first)."""
    words = [re.escape(w) for w in part.split()]
    if not words:
        return None
    pattern = r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)"
    for flags in (0, re.IGNORECASE):
        found = re.compile(pattern, flags).search(text, cursor)
        if found:
            return found.start(), found.end()
    return None


def locate(doc: Doc, text: str) -> Span | None:
    """The span of ``doc`` for a gold actor text, or None.

    ``...`` marks a gap in gold texts; when the whole text is not found, the span from its
    first word to its last word is tried ("French warships" in "French and Egyptian warships").
    """
    parts = [p for p in re.split(r"\s*\.\.+\s*", _normalise_text(text).strip()) if p]
    if len(parts) == 1 and _find(doc.text, parts[0], 0) is None and len(parts[0].split()) > 1:
        words = parts[0].split()
        parts = [words[0], words[-1]]
    positions = []
    cursor = 0
    for part in parts:
        found = _find(doc.text, part, cursor)
        if found is None:
            return None
        positions.append(found)
        cursor = found[1]
    start, end = min(p[0] for p in positions), max(p[1] for p in positions)
    return doc.char_span(start, end, alignment_mode="expand")


def head_token(span: Span) -> Token:
    """The span's syntactic head; when that is not nominal (a gold span that is not one
    phrase, e.g. "Red Cross operating in Iraq"), its highest noun, proper noun or adjective."""
    root = span.root
    if root.pos_ in NOMINAL:
        return root
    nominal = [t for t in span if t.pos_ in NOMINAL]
    return min(nominal, key=lambda t: (len(list(t.ancestors)), t.i)) if nominal else root


def country_part(code: str | None) -> str | None:
    """First group of a gold code, legacy codes mapped to ISO."""
    if not code:
        return None
    head = code[:3].upper()
    return LEGACY_COUNTRY_CODES.get(head, head)


def our_country_part(actor: Actor | None) -> str | None:
    """Our country, or our code's transnational prefix."""
    if actor is None:
        return None
    if actor.country:
        return actor.country
    return split_code(actor.code).prefix or None if actor.code else None


def judge(sentence_id: str, gold: dict[str, Any], actor: Actor | None) -> ActorOutcome:
    """Compare one gold actor with ours under the module's scoring rules."""
    gold_country = country_part(gold.get("code"))
    ours = our_country_part(actor)
    strict = ours is not None and ours == gold_country
    gold_class = INTERNATIONAL_CLASS.get(gold_country or "", gold_country)
    merged = ours is not None and INTERNATIONAL_CLASS.get(ours, ours) == gold_class
    raw_sector = gold.get("sector")
    sector_ok: bool | None
    lenient: bool | None
    if raw_sector == UNKNOWN_SECTOR:
        sector_ok = lenient = None
    elif actor is None:
        sector_ok = lenient = False
    elif raw_sector is None:
        sector_ok, lenient = not actor.sectors, True
    else:
        wanted = SECTOR_ALIASES.get(raw_sector[:3].upper(), raw_sector[:3].upper())
        sector_ok = lenient = wanted in actor.sectors
    return ActorOutcome(sentence_id, gold.get("text", ""), gold.get("code", ""), raw_sector, actor,
                        merged, strict, sector_ok, lenient)


def evaluate_actors(gold_path: Path, nlp: Language, dictionary: ActorDictionary | None = None) -> ActorScores:
    """Score ``actor_for`` on every gold source/target actor of ``gold_path``."""
    dictionary = dictionary or ActorDictionary.load()
    scores = ActorScores()
    for record in _read_gold(Path(gold_path)):
        text = _normalise_text(record["text"])
        doc = nlp(text)
        date = dt.date.fromisoformat(record.get("date") or "2000-01-01")
        article = Article(id=str(record.get("id", "gold")), date=date, text=text)
        actors = find_actors(doc, article, dictionary)
        for event in record.get("events", []):
            for gold in [*event.get("source", []), *event.get("target", [])]:
                span = locate(doc, gold.get("text", ""))
                actor = actors.actor_for(head_token(span)) if span is not None else None
                scores.add(judge(str(record.get("id")), gold, actor))
    return scores
