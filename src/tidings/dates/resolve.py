"""TIME stage: resolve date phrases against the publication date.

:func:`resolve_phrase` reads one phrase ("the Kremlin said Thursday" -> the past Thursday,
"next week", "April 26-27", "earlier this year") with a table of regular-expression rules,
no per-token calls to dateparser.  :func:`date_for_event` picks the phrase attached to an
event trigger's clause in the dependency parse (see :mod:`tidings.dates.clause`).

``EventDate.kind`` means:

* ``exact``: the phrase names one calendar unit at its granularity (a day, a week, a month,
  a quarter, a year: "Thursday", "next week", "this month", "in 2018");
* ``range``: an explicit span of named days ("April 26-27", "on Monday and Tuesday",
  "in the second half of April");
* ``approximate``: a fuzzy part of a unit or a relative distance ("earlier this year",
  "mid-May", "two weeks ago", "this spring");
* ``unresolved``: no phrase, the publication date stands in.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from tidings.dates.anaphora import is_relative
from tidings.dates.clock import mask_non_years, with_year_number
from tidings.dates.readers import (
    DAY,
    DAY2,
    DAY_WORDS,
    MON,
    MON2,
    NUM,
    PART,
    SPAN_SEP,
    UNIT,
    WD,
    WD2,
    YEAR,
    read_ago,
    read_bare_year,
    read_coming,
    read_coming_n,
    read_day,
    read_day_range,
    read_day_word,
    read_decade,
    read_holiday,
    read_in_n,
    read_iso,
    read_month,
    read_part_of_month,
    read_part_of_year,
    read_past_n,
    read_quarter,
    read_recent,
    read_relative_part,
    read_relative_unit,
    read_season,
    read_weekday,
    read_which_month,
)
from tidings.dates.rules import HOLIDAYS, Tense
from tidings.records import EventDate

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["date_for_event", "resolve_phrase", "unresolved"]


Rule = tuple["re.Pattern[str]", Callable[[re.Match[str], dt.date, Tense, str], EventDate | None]]

_WHICH = r"(?P<which>this|next|last|past|coming)"
"""("the following year", "the previous week" are anaphoric: relative to the story, not to publication.)"""
_RULES: tuple[Rule, ...] = tuple((re.compile(p), f) for p, f in (
    (rf"\b{MON}\s+{DAY}{SPAN_SEP}{MON2}\s+{DAY2}\b(?:,?\s+{YEAR})?", read_day_range),
    (rf"\b{DAY}\s+{MON}{SPAN_SEP}{DAY2}\s+{MON2}\b(?:,?\s+{YEAR})?", read_day_range),
    (rf"\b{MON}\s+{DAY}{SPAN_SEP}{DAY2}\b(?!\s*{MON2})(?:,?\s+{YEAR})?", read_day_range),
    (rf"\b{DAY}{SPAN_SEP}{DAY2}\s+(?:of\s+)?{MON}\b(?:,?\s+{YEAR})?", read_day_range),
    (r"\b(?P<year>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b", read_iso),
    (rf"\b{DAY}\s+(?:of\s+)?{MON}\b(?:,?\s+{YEAR})?", read_day),
    (rf"\b{MON}\s+{DAY}\b(?![\d:])(?:,?\s+{YEAR})?", read_day),
    (rf"\b(?:the\s+)?{PART}[\s-]+(?:of\s+)?{MON}\b(?:,?\s+{YEAR})?", read_part_of_month),
    ((r"\b(?P<part>earlier|later|early|late|mid|the end of|the beginning of|the start of|the middle of"
      r"|the first half of|the second half of|end of|beginning of|start of)[\s-]*"
      r"(?P<which>this|next|last|the|past|coming)?\s*(?P<unit>week|month|year|quarter)\b"), read_relative_part),
    (rf"\b(?:the\s+)?{PART}[\s-]+(?:of\s+)?{YEAR}\b", read_part_of_year),
    ((r"\b(?:the\s+)?(?P<q>first|second|third|fourth|final|last)\s+quarter(?:\s+of)?"
      r"(?:\s+(?P<year>\d{4}))?"), read_quarter),
    (r"\bq(?P<q>[1-4])(?:\s+(?P<year>\d{4}))?\b", read_quarter),
    ((rf"\b(?:(?P<which>this|next|last|past|coming)\s+)?(?P<season>spring|summer|autumn|fall|winter)\b"
      rf"(?:\s+(?:of\s+)?{YEAR})?"), read_season),
    (r"\bthe\s+(?P<dec>\d{3}0)s\b", read_decade),
    (rf"\b{NUM}\s+{UNIT}\s+(?:ago|earlier|before)\b", read_ago),
    (rf"\b(?:in|after)\s+{NUM}\s+{UNIT}\b(?!\s+ago)", read_in_n),
    (rf"\b{NUM}\s+{UNIT}\s+(?:from now|later|hence)\b", read_in_n),
    (rf"\b(?:the\s+)?(?:past|last|previous)\s+{NUM}\s+{UNIT}\b", read_past_n),
    (rf"\bthe\s+(?:past|last|previous)\s+{UNIT}\b", read_past_n),
    (rf"\b(?:(?:the\s+)?(?:next|coming)|within)\s+{NUM}\s+{UNIT}\b", read_coming_n),
    (rf"\b{_WHICH}\s+{MON}\b", read_which_month),
    (r"\b(?:in\s+)?recent\s+(?P<unit>days|weeks|months)\b", read_recent),
    (r"\b(?:in\s+)?the\s+coming\s+(?P<unit>days|weeks|months)\b", read_coming),
    ((rf"\b(?:(?P<which>this|next|last|past|coming)\s+)?{WD}(?:'s)?\b"
      rf"(?:\s+(?:and|or|to|through|-)\s+{WD2}\b)?"), read_weekday),
    (r"\b(?P<w>" + "|".join(sorted(map(re.escape, DAY_WORDS), key=len, reverse=True)) + r")\b", read_day_word),
    (rf"\b{_WHICH}\s+(?P<unit>week|weekend|month|quarter|year)\b", read_relative_unit),
    (r"\b(?P<which>over the|the)\s+(?P<unit>weekend)\b", read_relative_unit),
    (r"\b(?P<h>" + "|".join(sorted(map(re.escape, HOLIDAYS), key=len, reverse=True))
     + rf")\b(?:\s+{YEAR})?", read_holiday),
    (rf"\b(?:mid-|in\s+|of\s+)?{MON}\b(?:,?\s+{YEAR})?", read_month),
    (r"(?<![\d.,$£€-])\b(?P<year>[12]\d{3})\b(?![\d.,%-]\d|-[a-z])", read_bare_year),
))

_NORMALISE = str.maketrans({"’": "'", "´": "'", "—": "-", "‑": "-"})


def resolve_phrase(text: str, published: dt.date, tense: Tense = None) -> EventDate | None:
    """Resolve one date phrase against the publication date.

    ``tense`` tells which side of publication an under-specified phrase lies on
    ("Thursday" after "said" is the past Thursday, after "will meet" the coming one);
    without it weekdays are read in the past sense, as news reports mostly do.
    Returns None when no rule reads the phrase.
    """
    if not text or not text.strip():
        return None
    original = " ".join(text.translate(_NORMALISE).split())
    lowered = with_year_number(mask_non_years(original.lower()), published)
    if is_relative(lowered):
        return None  # "ten years later": counted from the story's date (tidings.dates.anaphora), not publication
    if tense is None:
        tense = _tense_of_phrase(lowered)
    for pattern, handler in _RULES:
        match = pattern.search(lowered)
        if match is None:
            continue
        result = handler(match, published, tense, original)
        if result is not None:
            return result
    return None


_FUTURE_WORDS = re.compile(
    r"\b(?:will|would|shall|going to|plans?|planned|planning|scheduled|expected|due|set to|to be held"
    r"|next|coming|upcoming|later|from now|'ll)\b")


def _tense_of_phrase(lowered: str) -> Tense:
    """A tense read from the words of a longer phrase ("they will meet on Thursday")."""
    return "future" if _FUTURE_WORDS.search(lowered) else None


def unresolved(published: dt.date) -> EventDate:
    """The stand-in date of an event without a date phrase: the publication day."""
    return EventDate(value=published, granularity="day", kind="unresolved")


def date_for_event(trigger: Token, published: dt.date) -> EventDate:
    """The date of the event whose trigger is ``trigger`` (see :mod:`tidings.dates.clause`)."""
    from tidings.dates.clause import clause_date

    return clause_date(trigger, published, resolve_phrase) or unresolved(published)
