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
from tidings.dates.rules import (
    GRANULARITY_OF_UNIT,
    HOLIDAYS,
    MAX_YEARS_AWAY,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    WEEKDAYS,
    Tense,
    add_months,
    month_end,
    month_span,
    part_of_span,
    part_of_year,
    plausible_year,
    safe_date,
    season_near,
    season_span,
    shift_days,
    unit_days,
    unit_granularity,
    unit_span,
    weekday_date,
    weekend_by_tense,
    year_for_month,
)
from tidings.records import EventDate, Granularity

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["date_for_event", "resolve_phrase", "unresolved"]

_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_MON2 = _MON.replace("?P<mon>", "?P<mon2>")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WD = r"(?P<wd>" + "|".join(sorted((w for w in WEEKDAYS if len(w) > 3), key=len, reverse=True)) + r")"
_WD2 = _WD.replace("?P<wd>", "?P<wd2>")
_NUM = r"(?P<num>\d{1,4}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_UNIT = r"(?P<unit>day|week|month|year|fortnight|decade)s?"
_SPAN_SEP = r"\s*(?:-|–|to|and|through|until|till)\s*"
_PART = r"(?P<part>early|mid|middle|late|end|beginning|start|first half|second half)"

Rule = tuple["re.Pattern[str]", Callable[[re.Match[str], dt.date, Tense, str], EventDate | None]]


def _ed(value: dt.date | None, end: dt.date | None, granularity: Granularity, kind: str,
        text: str) -> EventDate | None:
    """Build an EventDate, or None when the value fell off the calendar."""
    if value is None:
        return None
    if end is not None and end <= value:
        end = None if end == value else end
        if end is not None:
            value, end = end, value
    return EventDate(value=value, end=end, granularity=granularity, kind=kind, text=text)  # type: ignore[arg-type]


def _number(word: str) -> int:
    """'two' -> 2, '14' -> 14 (capped so arithmetic stays on the calendar)."""
    value = NUMBER_WORDS.get(word) if not word.isdigit() else int(word)
    return min(value or 1, 1000)


def _days(unit: str, word: str) -> int | None:
    """``word`` units in days, or None when that is further than any date a story gives
    ("over the last 9999 years" names no date)."""
    days = unit_days(unit, _number(word))
    too_many = word.isdigit() and int(word) > 1000
    return None if too_many or days > MAX_YEARS_AWAY * 366 else days


def _year(m: re.Match[str], key: str, published: dt.date, fallback: int) -> int | None:
    """The year group of a match if present and plausible, else ``fallback``."""
    raw = m.groupdict().get(key)
    if raw is None:
        return fallback
    year = int(raw)
    return year if plausible_year(year, published) else None


def _day_range(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"April 26-27", "26-27 April", "from April 26 to May 2": a span of days."""
    month = MONTHS[m["mon"]]
    mon2 = MONTHS[m["mon2"]] if m.groupdict().get("mon2") else month
    year = _year(m, "year", published, year_for_month(month, int(m["day"]), published, tense))
    if year is None:
        return None
    start, end = safe_date(year, month, int(m["day"])), safe_date(year, mon2, int(m["day2"]))
    if start is None or end is None:
        return None
    if end < start:
        end = safe_date(year + 1, mon2, int(m["day2"]))
    return _ed(start, end, "day", "range", text)


def _day(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"on April 26", "26 April 2019", "May 5th": one day."""
    month, day = MONTHS[m["mon"]], int(m["day"])
    year = _year(m, "year", published, year_for_month(month, day, published, tense))
    return None if year is None else _ed(safe_date(year, month, day), None, "day", "exact", text)


def _iso(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"2019-04-01": an ISO date."""
    year = int(m["year"])
    if not plausible_year(year, published):
        return None
    return _ed(safe_date(year, int(m["m"]), int(m["d"])), None, "day", "exact", text)


def _part_of_month(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"mid-May", "the end of April", "the second half of April"."""
    month = MONTHS[m["mon"]]
    year = _year(m, "year", published, year_for_month(month, 15, published, tense))
    if year is None:
        return None
    start, end = part_of_span(*month_span(year, month), m["part"])
    return _ed(start, end, "month", "range" if "half" in m["part"] else "approximate", text)


def _month(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"in December", "April 2019": a whole month (the year from tense when missing)."""
    if m["mon"] in ("may", "march") and m["mon"].capitalize() not in text:
        return None  # the modal verb or the walk, not the month
    month = MONTHS[m["mon"]]
    year = _year(m, "year", published, year_for_month(month, 15, published, tense))
    if year is None:
        return None
    start, end = month_span(year, month)
    return _ed(start, end, "month", "exact", text)


def _which_month(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """last December, next March, this June."""
    month, which = MONTHS[m["mon"]], m["which"]
    year = published.year
    if which in ("last", "past", "previous") and month >= published.month:
        year -= 1
    elif which in ("next", "coming", "following") and month <= published.month:
        year += 1
    elif which == "this":
        year = year_for_month(month, 15, published, tense)
    if not plausible_year(year, published):
        return None
    start, end = month_span(year, month)
    return _ed(start, end, "month", "exact", text)


def _relative_part(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """earlier this year, later this month, early next month, the end of the year ..."""
    unit = m["unit"]
    span = unit_span(unit, m["which"] or "this", published)
    if span is None:
        return None
    part = m["part"].removeprefix("the ").removesuffix(" of")
    if unit == "year" and part not in ("earlier", "later"):
        start, end = part_of_year(span[0].year, part)
    elif part == "earlier":
        start, end = span[0], min(span[1], published)
    elif part == "later":
        start, end = max(span[0], published), span[1]
    else:
        start, end = part_of_span(span[0], span[1], part)
    return _ed(start, end, GRANULARITY_OF_UNIT[unit], "range" if "half" in part else "approximate", text)


def _part_of_year(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"late 2018", "mid-2017", "the second half of 2019"."""
    year = _year(m, "year", published, published.year)
    if year is None:
        return None
    start, end = part_of_year(year, m["part"])
    return _ed(start, end, "year", "range" if "half" in m["part"] else "approximate", text)


def _quarter(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"the first quarter", "Q3 2018"."""
    q = ORDINALS.get(m["q"]) or int(m["q"])
    year = _year(m, "year", published, published.year)
    if year is None:
        return None
    ey, emo = add_months(year, 3 * q - 2, 2)
    return _ed(dt.date(year, 3 * q - 2, 1), month_end(ey, emo), "quarter", "exact", text)


def _season(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"this spring", "last summer", "winter 2018" (northern-hemisphere seasons)."""
    name = m["season"]
    span: tuple[dt.date, dt.date] | None
    if m.groupdict().get("year"):
        year = _year(m, "year", published, published.year)
        if year is None:
            return None
        span = season_span(name, year)
    else:
        span = season_near(name, published, m["which"] or tense or "this")
    return None if span is None else _ed(span[0], span[1], "quarter", "approximate", text)


def _decade(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"the 1990s"."""
    year = int(m["dec"])
    if not plausible_year(year, published) or not plausible_year(year + 9, published):
        return None
    return _ed(dt.date(year, 1, 1), dt.date(year + 9, 12, 31), "year", "approximate", text)


def _relative_unit(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"next week", "this month", "last year", "over the weekend"."""
    unit = m["unit"]
    span = unit_span(unit, m["which"], published)
    if span is None:
        return None
    if unit == "weekend" and m["which"] in ("the", "over the"):
        span = weekend_by_tense(published, tense)
    return _ed(span[0], span[1], GRANULARITY_OF_UNIT[unit], "exact", text)


def _ago(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"two days ago", "a week earlier": a point back from publication."""
    days = _days(m["unit"], m["num"])
    if days is None:
        return None
    return _ed(shift_days(published, -days), None, unit_granularity(m["unit"]),
               "exact" if m["unit"] == "day" else "approximate", text)


def _in_n(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"in three weeks", "two days from now": a point ahead of publication."""
    days = _days(m["unit"], m["num"])
    if days is None:
        return None
    return _ed(shift_days(published, days), None, unit_granularity(m["unit"]),
               "exact" if m["unit"] == "day" else "approximate", text)


def _past_n(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"the past two weeks": the span up to publication."""
    days = _days(m["unit"], m.groupdict().get("num") or "1")
    if days is None:
        return None
    return _ed(shift_days(published, -days), published, unit_granularity(m["unit"]), "approximate", text)


def _coming_n(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"the next two weeks", "within 30 days": the span from publication."""
    days = _days(m["unit"], m["num"] or "1")
    if days is None:
        return None
    return _ed(published, shift_days(published, days), unit_granularity(m["unit"]), "approximate", text)


def _recent(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"in recent days/weeks"."""
    days = 7 if m["unit"].startswith("day") else 30
    return _ed(shift_days(published, -days), published, "week", "approximate", text)


def _coming(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"in the coming days/weeks"."""
    days = 7 if m["unit"].startswith("day") else 30
    return _ed(published, shift_days(published, days), "week", "approximate", text)


def _weekday(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"Thursday", "last Friday", "on Monday and Tuesday" (past or future by tense)."""
    which = m["which"]
    direction = {"last": "last", "past": "last", "next": "next", "coming": "future",
                 "this": "this" if tense is None else tense}.get(which or "", tense or "past")
    first = weekday_date(WEEKDAYS[m["wd"]], published, direction)
    if first is None:
        return None
    if m.groupdict().get("wd2"):
        second = shift_days(first, (WEEKDAYS[m["wd2"]] - first.weekday()) % 7)
        return _ed(first, second, "day", "range", text)
    return _ed(first, None, "day", "exact", text)


_DAY_WORDS: dict[str, int] = {
    "the day before yesterday": -2, "day before yesterday": -2, "the day after tomorrow": 2,
    "day after tomorrow": 2, "yesterday": -1, "last night": -1, "tomorrow": 1, "tonight": 0,
    "today": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "earlier today": 0,
    "later today": 0, "overnight": 0, "now": 0,
}


def _day_word(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"yesterday", "today", "tomorrow", "last night", "tonight"."""
    offset = _DAY_WORDS[m["w"]]
    kind = "approximate" if m["w"] in ("now", "overnight") else "exact"
    return _ed(shift_days(published, offset), None, "day", kind, text)


def _holiday(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"Christmas Day", "New Year's Eve"."""
    month, day = HOLIDAYS[m["h"]]
    year = _year(m, "year", published, year_for_month(month, day, published, tense))
    return None if year is None else _ed(safe_date(year, month, day), None, "day", "exact", text)


BARE_YEARS_AHEAD = 50
"""A bare number is a year at most this far after publication ("by 2050"); clock times such as
"2100 UTC" are blanked out before (:mod:`tidings.dates.clock`)."""


def _bare_year(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"in 2018": a whole year."""
    year = int(m["year"])
    if not plausible_year(year, published) or not 1000 <= year <= published.year + BARE_YEARS_AHEAD:
        return None
    return _ed(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", "exact", text)


_WHICH = r"(?P<which>this|next|last|past|coming)"
"""("the following year", "the previous week" are anaphoric: relative to the story, not to publication.)"""
_RULES: tuple[Rule, ...] = tuple((re.compile(p), f) for p, f in (
    (rf"\b{_MON}\s+{_DAY}{_SPAN_SEP}{_MON2}\s+{_DAY2}\b(?:,?\s+{_YEAR})?", _day_range),
    (rf"\b{_DAY}\s+{_MON}{_SPAN_SEP}{_DAY2}\s+{_MON2}\b(?:,?\s+{_YEAR})?", _day_range),
    (rf"\b{_MON}\s+{_DAY}{_SPAN_SEP}{_DAY2}\b(?!\s*{_MON2})(?:,?\s+{_YEAR})?", _day_range),
    (rf"\b{_DAY}{_SPAN_SEP}{_DAY2}\s+(?:of\s+)?{_MON}\b(?:,?\s+{_YEAR})?", _day_range),
    (r"\b(?P<year>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b", _iso),
    (rf"\b{_DAY}\s+(?:of\s+)?{_MON}\b(?:,?\s+{_YEAR})?", _day),
    (rf"\b{_MON}\s+{_DAY}\b(?![\d:])(?:,?\s+{_YEAR})?", _day),
    (rf"\b(?:the\s+)?{_PART}[\s-]+(?:of\s+)?{_MON}\b(?:,?\s+{_YEAR})?", _part_of_month),
    ((r"\b(?P<part>earlier|later|early|late|mid|the end of|the beginning of|the start of|the middle of"
      r"|the first half of|the second half of|end of|beginning of|start of)[\s-]*"
      r"(?P<which>this|next|last|the|past|coming)?\s*(?P<unit>week|month|year|quarter)\b"), _relative_part),
    (rf"\b(?:the\s+)?{_PART}[\s-]+(?:of\s+)?{_YEAR}\b", _part_of_year),
    (r"\b(?:the\s+)?(?P<q>first|second|third|fourth|final|last)\s+quarter(?:\s+of)?(?:\s+(?P<year>\d{4}))?", _quarter),
    (r"\bq(?P<q>[1-4])(?:\s+(?P<year>\d{4}))?\b", _quarter),
    ((rf"\b(?:(?P<which>this|next|last|past|coming)\s+)?(?P<season>spring|summer|autumn|fall|winter)\b"
      rf"(?:\s+(?:of\s+)?{_YEAR})?"), _season),
    (r"\bthe\s+(?P<dec>\d{3}0)s\b", _decade),
    (rf"\b{_NUM}\s+{_UNIT}\s+(?:ago|earlier|before)\b", _ago),
    (rf"\b(?:in|after)\s+{_NUM}\s+{_UNIT}\b(?!\s+ago)", _in_n),
    (rf"\b{_NUM}\s+{_UNIT}\s+(?:from now|later|hence)\b", _in_n),
    (rf"\b(?:the\s+)?(?:past|last|previous)\s+{_NUM}\s+{_UNIT}\b", _past_n),
    (rf"\bthe\s+(?:past|last|previous)\s+{_UNIT}\b", _past_n),
    (rf"\b(?:(?:the\s+)?(?:next|coming)|within)\s+{_NUM}\s+{_UNIT}\b", _coming_n),
    (rf"\b{_WHICH}\s+{_MON}\b", _which_month),
    (r"\b(?:in\s+)?recent\s+(?P<unit>days|weeks|months)\b", _recent),
    (r"\b(?:in\s+)?the\s+coming\s+(?P<unit>days|weeks|months)\b", _coming),
    ((rf"\b(?:(?P<which>this|next|last|past|coming)\s+)?{_WD}(?:'s)?\b"
      rf"(?:\s+(?:and|or|to|through|-)\s+{_WD2}\b)?"), _weekday),
    (r"\b(?P<w>" + "|".join(sorted(map(re.escape, _DAY_WORDS), key=len, reverse=True)) + r")\b", _day_word),
    (rf"\b{_WHICH}\s+(?P<unit>week|weekend|month|quarter|year)\b", _relative_unit),
    (r"\b(?P<which>over the|the)\s+(?P<unit>weekend)\b", _relative_unit),
    (r"\b(?P<h>" + "|".join(sorted(map(re.escape, HOLIDAYS), key=len, reverse=True))
     + rf")\b(?:\s+{_YEAR})?", _holiday),
    (rf"\b(?:mid-|in\s+|of\s+)?{_MON}\b(?:,?\s+{_YEAR})?", _month),
    (r"(?<![\d.,$£€-])\b(?P<year>[12]\d{3})\b(?![\d.,%-]\d|-[a-z])", _bare_year),
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
