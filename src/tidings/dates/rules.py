"""Calendar helpers and word tables for :mod:`tidings.dates.resolve`.

Pure functions over :class:`datetime.date`; no state, no parsing of free text
beyond small word tables.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Literal

from tidings.records import Granularity

Tense = Literal["past", "future"] | None

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "a couple of": 2, "a few": 3, "several": 3,
}
ORDINALS: dict[str, int] = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "final": 4}
SEASONS: dict[str, int] = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
"""Northern-hemisphere meteorological seasons: name -> first month."""
HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas eve": (12, 24),
    "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26),
    "valentine's day": (2, 14), "halloween": (10, 31),
}
MAX_YEARS_AWAY = 200
"""Years further than this from the publication date are not read as dates."""


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """``date(year, month, day)`` or None when it does not exist."""
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def shift_days(day: dt.date, days: int) -> dt.date | None:
    """``day + days`` or None when it leaves the calendar."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


def month_end(year: int, month: int) -> dt.date:
    """Last day of a month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    """(year, month) shifted by a number of months."""
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def week_start(day: dt.date) -> dt.date:
    """Monday of the ISO week containing ``day``."""
    return day - dt.timedelta(days=day.weekday())


def plausible_year(year: int, published: dt.date) -> bool:
    """Whether a year can be a date in an article published on ``published``."""
    return 1 <= year <= 9999 and abs(year - published.year) <= MAX_YEARS_AWAY


def weekday_date(weekday: int, published: dt.date, direction: str) -> dt.date | None:
    """The weekday nearest ``published`` in a direction.

    ``past``: the most recent such day, today included ("the Kremlin said Thursday").
    ``future``: the coming one, today included ("they will meet on Thursday").
    ``last``/``next``: strictly before / in the next week.
    """
    delta = weekday - published.weekday()
    if direction == "past":
        return shift_days(published, delta if delta <= 0 else delta - 7)
    if direction == "future":
        return shift_days(published, delta if delta >= 0 else delta + 7)
    if direction == "last":
        return shift_days(published, delta if delta < 0 else delta - 7)
    if direction == "next":
        return shift_days(published, delta + 7 if delta <= 0 else delta)
    return shift_days(published, delta)  # "this": the day of the current week


def year_for_month(month: int, day: int, published: dt.date, tense: Tense) -> int:
    """Year of a day-month without a year.

    With a tense: the article's year, moved one year when the date would lie on the wrong
    side of publication by more than a month.  Without one: the occurrence nearest to
    publication ("December" in a February article is the December just past).
    """
    candidate = safe_date(published.year, month, min(day, 28)) or published
    if tense == "past" and (candidate - published).days > 31:
        return published.year - 1
    if tense == "future" and (published - candidate).days > 31:
        return published.year + 1
    if tense is None:
        options = [y for y in (published.year - 1, published.year, published.year + 1) if 1 <= y <= 9999]
        return min(options, key=lambda y: (abs(((safe_date(y, month, min(day, 28)) or published) - published).days),
                                           y != published.year))
    return published.year


def season_span(name: str, year: int) -> tuple[dt.date, dt.date]:
    """First and last day of a season starting in ``year`` (winter runs into the next year)."""
    first = SEASONS[name]
    end_year, end_month = add_months(year, first, 2)
    return dt.date(year, first, 1), month_end(end_year, end_month)


def season_near(name: str, published: dt.date, which: str) -> tuple[dt.date, dt.date] | None:
    """The season meant by ``this``/``last``/``next``/past/future relative to publication."""
    candidates = [season_span(name, y) for y in (published.year - 2, published.year - 1,
                                                 published.year, published.year + 1)
                  if plausible_year(y + 1, published) and 1 <= y < 9999]
    current = [s for s in candidates if s[0] <= published <= s[1]]
    before = [s for s in candidates if s[1] < published]
    after = [s for s in candidates if s[0] > published]
    if which == "last":
        return before[-1] if before else None
    if which == "next":
        return after[0] if after else None
    if current:
        return current[0]
    if which == "future":
        return after[0] if after else None
    if which == "past":
        return before[-1] if before else None
    # "this" outside the season: the nearer one
    if before and after:
        return before[-1] if (published - before[-1][1]) <= (after[0][0] - published) else after[0]
    if before:
        return before[-1]
    return after[-1] if after else None


_YEAR_PARTS: dict[str, tuple[int, int]] = {
    "early": (1, 4), "mid": (5, 8), "middle": (5, 8), "late": (9, 12), "beginning": (1, 3),
    "start": (1, 3), "end": (10, 12), "first half": (1, 6), "second half": (7, 12),
}


def part_of_year(year: int, part: str) -> tuple[dt.date, dt.date]:
    """A part of a calendar year in whole months (early 2018 = January-April ...)."""
    first, last = _YEAR_PARTS.get(part, (1, 12))
    return dt.date(year, first, 1), month_end(year, last)


def part_of_span(start: dt.date, end: dt.date, part: str) -> tuple[dt.date, dt.date]:
    """A part of a span: early/mid/late (thirds), first/second half, end/beginning."""
    days = (end - start).days + 1
    third = max(days // 3, 1)
    quarter = max(days // 4, 1)
    half = days // 2
    if part == "early":
        return start, start + dt.timedelta(days=third - 1)
    if part in ("beginning", "start"):
        return start, start + dt.timedelta(days=quarter - 1)
    if part in ("mid", "middle"):
        return start + dt.timedelta(days=third), end - dt.timedelta(days=third)
    if part == "late":
        return end - dt.timedelta(days=third - 1), end
    if part == "end":
        return end - dt.timedelta(days=quarter - 1), end
    if part == "first half":
        return start, start + dt.timedelta(days=half - 1)
    if part == "second half":
        return start + dt.timedelta(days=half), end
    return start, end


def month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    """First and last day of a month."""
    return dt.date(year, month, 1), month_end(year, month)


# --- rule handlers -----------------------------------------------------------------------

def unit_span(unit: str, which: str, published: dt.date) -> tuple[dt.date, dt.date] | None:
    """The week/month/quarter/year/weekend meant by this/last/next relative to publication."""
    offset = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(which, 0)
    try:
        if unit == "week":
            start = week_start(published) + dt.timedelta(weeks=offset)
            return start, start + dt.timedelta(days=6)
        if unit == "weekend":
            saturday = week_start(published) + dt.timedelta(days=5 + 7 * offset)
            return saturday, saturday + dt.timedelta(days=1)
        if unit == "month":
            y, mo = add_months(published.year, published.month, offset)
            return month_span(y, mo)
        if unit == "quarter":
            first = 3 * ((published.month - 1) // 3) + 1
            y, mo = add_months(published.year, first, 3 * offset)
            ey, emo = add_months(y, mo, 2)
            return dt.date(y, mo, 1), month_end(ey, emo)
        if unit == "year":
            y = published.year + offset
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
    except (ValueError, OverflowError):
        return None
    return None


GRANULARITY_OF_UNIT: dict[str, Granularity] = {"week": "week", "weekend": "week", "month": "month",
                                 "quarter": "quarter", "year": "year"}


def weekend_by_tense(published: dt.date, tense: Tense) -> tuple[dt.date, dt.date]:
    """The Saturday-Sunday just past ("over the weekend", said) or coming (will)."""
    if tense == "future":
        sat = weekday_date(5, published, "future") or published
    else:
        sat = weekday_date(5, published, "past") or published
        if published.weekday() == 6:
            sat = published - dt.timedelta(days=1)
    return sat, sat + dt.timedelta(days=1)


def unit_days(unit: str, n: int) -> int:
    """Approximate length in days of n units (a month is 30 days)."""
    return n * {"day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365, "decade": 3650}[unit]


def unit_granularity(unit: str) -> Granularity:
    """The EventDate granularity of a unit word."""
    granularity: dict[str, Granularity] = {"day": "day", "week": "week", "fortnight": "week", "month": "month"}
    return granularity.get(unit, "year")
