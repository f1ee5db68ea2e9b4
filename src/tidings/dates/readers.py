"""Readers of one kind of date phrase each, for the rule table of :mod:`tidings.dates.resolve`.

Each ``read_*`` function takes its rule's regular-expression match, the publication date, the
tense the phrase is read in and the phrase's original text, and returns an :class:`EventDate`, or
None when the match names no date on the calendar ("February 30", a year too far from
publication). The named groups the rule patterns share (``MON``, ``DAY``, ``YEAR``, ``WD``,
``NUM``, ``UNIT``...) are defined here beside the readers that read them.
"""

from __future__ import annotations

import datetime as dt
import re

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

MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
MON2 = MON.replace("?P<mon>", "?P<mon2>")
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
DAY2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>\d{4})"
WD = r"(?P<wd>" + "|".join(sorted((w for w in WEEKDAYS if len(w) > 3), key=len, reverse=True)) + r")"
WD2 = WD.replace("?P<wd>", "?P<wd2>")
NUM = r"(?P<num>\d{1,4}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
UNIT = r"(?P<unit>day|week|month|year|fortnight|decade)s?"
SPAN_SEP = r"\s*(?:-|–|to|and|through|until|till)\s*"
PART = r"(?P<part>early|mid|middle|late|end|beginning|start|first half|second half)"



def event_date(value: dt.date | None, end: dt.date | None, granularity: Granularity, kind: str,
        text: str) -> EventDate | None:
    """Build an EventDate, or None when the value fell off the calendar."""
    if value is None:
        return None
    if end is not None and end <= value:
        end = None if end == value else end
        if end is not None:
            value, end = end, value
    return EventDate(value=value, end=end, granularity=granularity, kind=kind, text=text)  # type: ignore[arg-type]


def number_of(word: str) -> int:
    """'two' -> 2, '14' -> 14 (capped so arithmetic stays on the calendar)."""
    value = NUMBER_WORDS.get(word) if not word.isdigit() else int(word)
    return min(value or 1, 1000)


def span_days(unit: str, word: str) -> int | None:
    """``word`` units in days, or None when that is further than any date a story gives
    ("over the last 9999 years" names no date)."""
    days = unit_days(unit, number_of(word))
    too_many = word.isdigit() and int(word) > 1000
    return None if too_many or days > MAX_YEARS_AWAY * 366 else days


def year_of_match(m: re.Match[str], key: str, published: dt.date, fallback: int) -> int | None:
    """The year group of a match if present and plausible, else ``fallback``."""
    raw = m.groupdict().get(key)
    if raw is None:
        return fallback
    year = int(raw)
    return year if plausible_year(year, published) else None


def read_day_range(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"April 26-27", "26-27 April", "from April 26 to May 2": a span of days."""
    month = MONTHS[m["mon"]]
    mon2 = MONTHS[m["mon2"]] if m.groupdict().get("mon2") else month
    year = year_of_match(m, "year", published, year_for_month(month, int(m["day"]), published, tense))
    if year is None:
        return None
    start, end = safe_date(year, month, int(m["day"])), safe_date(year, mon2, int(m["day2"]))
    if start is None or end is None:
        return None
    if end < start:
        end = safe_date(year + 1, mon2, int(m["day2"]))
    return event_date(start, end, "day", "range", text)


def read_day(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"on April 26", "26 April 2019", "May 5th": one day."""
    month, day = MONTHS[m["mon"]], int(m["day"])
    year = year_of_match(m, "year", published, year_for_month(month, day, published, tense))
    return None if year is None else event_date(safe_date(year, month, day), None, "day", "exact", text)


def read_iso(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"2019-04-01": an ISO date."""
    year = int(m["year"])
    if not plausible_year(year, published):
        return None
    return event_date(safe_date(year, int(m["m"]), int(m["d"])), None, "day", "exact", text)


def read_part_of_month(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"mid-May", "the end of April", "the second half of April"."""
    month = MONTHS[m["mon"]]
    year = year_of_match(m, "year", published, year_for_month(month, 15, published, tense))
    if year is None:
        return None
    start, end = part_of_span(*month_span(year, month), m["part"])
    return event_date(start, end, "month", "range" if "half" in m["part"] else "approximate", text)


def read_month(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"in December", "April 2019": a whole month (the year from tense when missing)."""
    if m["mon"] in ("may", "march") and m["mon"].capitalize() not in text:
        return None  # the modal verb or the walk, not the month
    month = MONTHS[m["mon"]]
    year = year_of_match(m, "year", published, year_for_month(month, 15, published, tense))
    if year is None:
        return None
    start, end = month_span(year, month)
    return event_date(start, end, "month", "exact", text)


def read_which_month(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
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
    return event_date(start, end, "month", "exact", text)


def read_relative_part(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
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
    return event_date(start, end, GRANULARITY_OF_UNIT[unit], "range" if "half" in part else "approximate", text)


def read_part_of_year(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"late 2018", "mid-2017", "the second half of 2019"."""
    year = year_of_match(m, "year", published, published.year)
    if year is None:
        return None
    start, end = part_of_year(year, m["part"])
    return event_date(start, end, "year", "range" if "half" in m["part"] else "approximate", text)


def read_quarter(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"the first quarter", "Q3 2018"."""
    q = ORDINALS.get(m["q"]) or int(m["q"])
    year = year_of_match(m, "year", published, published.year)
    if year is None:
        return None
    ey, emo = add_months(year, 3 * q - 2, 2)
    return event_date(dt.date(year, 3 * q - 2, 1), month_end(ey, emo), "quarter", "exact", text)


def read_season(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"this spring", "last summer", "winter 2018" (northern-hemisphere seasons)."""
    name = m["season"]
    span: tuple[dt.date, dt.date] | None
    if m.groupdict().get("year"):
        year = year_of_match(m, "year", published, published.year)
        if year is None:
            return None
        span = season_span(name, year)
    else:
        span = season_near(name, published, m["which"] or tense or "this")
    return None if span is None else event_date(span[0], span[1], "quarter", "approximate", text)


def read_decade(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"the 1990s"."""
    year = int(m["dec"])
    if not plausible_year(year, published) or not plausible_year(year + 9, published):
        return None
    return event_date(dt.date(year, 1, 1), dt.date(year + 9, 12, 31), "year", "approximate", text)


def read_relative_unit(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"next week", "this month", "last year", "over the weekend"."""
    unit = m["unit"]
    span = unit_span(unit, m["which"], published)
    if span is None:
        return None
    if unit == "weekend" and m["which"] in ("the", "over the"):
        span = weekend_by_tense(published, tense)
    return event_date(span[0], span[1], GRANULARITY_OF_UNIT[unit], "exact", text)


def read_ago(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"two days ago", "a week earlier": a point back from publication."""
    days = span_days(m["unit"], m["num"])
    if days is None:
        return None
    return event_date(shift_days(published, -days), None, unit_granularity(m["unit"]),
               "exact" if m["unit"] == "day" else "approximate", text)


def read_in_n(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"in three weeks", "two days from now": a point ahead of publication."""
    days = span_days(m["unit"], m["num"])
    if days is None:
        return None
    return event_date(shift_days(published, days), None, unit_granularity(m["unit"]),
               "exact" if m["unit"] == "day" else "approximate", text)


def read_past_n(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"the past two weeks": the span up to publication."""
    days = span_days(m["unit"], m.groupdict().get("num") or "1")
    if days is None:
        return None
    return event_date(shift_days(published, -days), published, unit_granularity(m["unit"]), "approximate", text)


def read_coming_n(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"the next two weeks", "within 30 days": the span from publication."""
    days = span_days(m["unit"], m["num"] or "1")
    if days is None:
        return None
    return event_date(published, shift_days(published, days), unit_granularity(m["unit"]), "approximate", text)


def read_recent(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"in recent days/weeks"."""
    days = 7 if m["unit"].startswith("day") else 30
    return event_date(shift_days(published, -days), published, "week", "approximate", text)


def read_coming(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"in the coming days/weeks"."""
    days = 7 if m["unit"].startswith("day") else 30
    return event_date(published, shift_days(published, days), "week", "approximate", text)


def read_weekday(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"Thursday", "last Friday", "on Monday and Tuesday" (past or future by tense)."""
    which = m["which"]
    direction = {"last": "last", "past": "last", "next": "next", "coming": "future",
                 "this": "this" if tense is None else tense}.get(which or "", tense or "past")
    first = weekday_date(WEEKDAYS[m["wd"]], published, direction)
    if first is None:
        return None
    if m.groupdict().get("wd2"):
        second = shift_days(first, (WEEKDAYS[m["wd2"]] - first.weekday()) % 7)
        return event_date(first, second, "day", "range", text)
    return event_date(first, None, "day", "exact", text)


DAY_WORDS: dict[str, int] = {
    "the day before yesterday": -2, "day before yesterday": -2, "the day after tomorrow": 2,
    "day after tomorrow": 2, "yesterday": -1, "last night": -1, "tomorrow": 1, "tonight": 0,
    "today": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "earlier today": 0,
    "later today": 0, "overnight": 0, "now": 0,
}


def read_day_word(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"yesterday", "today", "tomorrow", "last night", "tonight"."""
    offset = DAY_WORDS[m["w"]]
    kind = "approximate" if m["w"] in ("now", "overnight") else "exact"
    return event_date(shift_days(published, offset), None, "day", kind, text)


def read_holiday(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"Christmas Day", "New Year's Eve"."""
    month, day = HOLIDAYS[m["h"]]
    year = year_of_match(m, "year", published, year_for_month(month, day, published, tense))
    return None if year is None else event_date(safe_date(year, month, day), None, "day", "exact", text)


BARE_YEARS_AHEAD = 50
"""A bare number is a year at most this far after publication ("by 2050"); clock times such as
"2100 UTC" are blanked out before (:mod:`tidings.dates.clock`)."""


def read_bare_year(m: re.Match[str], published: dt.date, tense: Tense, text: str) -> EventDate | None:
    """"in 2018": a whole year."""
    year = int(m["year"])
    if not plausible_year(year, published) or not 1000 <= year <= published.year + BARE_YEARS_AHEAD:
        return None
    return event_date(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", "exact", text)
