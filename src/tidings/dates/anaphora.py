"""Date phrases relative to a date the story has named: "Ten years later, he led the Soviet part of
the Apollo-Soyuz mission" (after "On March 18, 1965, he performed the first spacewalk"), "U.S.
troops left Iraq in 2011, then ... returned three years later", "diagnosed with colon cancer four
years earlier" (than the Friday he died).

Such a phrase counts from the date in context, never from the publication date: without one it
names no date.  Used by :mod:`tidings.dates.clause`.
"""

from __future__ import annotations

import datetime as dt
import re

from tidings.dates.rules import NUMBER_WORDS, add_months, safe_date, shift_days
from tidings.records import EventDate, Granularity

_NUM = r"(?P<num>\d{1,4}|an?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
RELATIVE = re.compile(
    rf"\b(?:(?P<fuzz>less than|more than|nearly|almost|about|around|some|exactly|just|only|a few|several)\s+)?"
    rf"(?:{_NUM}\s+(?:and a half\s+)?)?(?P<unit>day|week|month|year|decade)s?\s+(?:and a half\s+)?"
    rf"(?P<dir>later|earlier|before|after(?:wards)?|on)\b(?!\s+(?:yesterday|tomorrow))")
"""'N units later/earlier': counted from the date in context ("a few years later", "one year earlier")."""
FOLLOWING = re.compile(r"\bthe\s+(?P<dir>following|next|previous|preceding|same)\s+(?P<unit>day|week|month|year)\b")


def is_relative(text: str) -> bool:
    """Whether a phrase counts from a date in context."""
    lowered = text.lower()
    return bool(RELATIVE.search(lowered) or FOLLOWING.search(lowered))


def _count(match: re.Match[str]) -> int:
    raw = match.groupdict().get("num")
    if raw is None:
        return 3 if match.groupdict().get("fuzz") in ("a few", "several") else 1
    return min(int(raw), 1000) if raw.isdigit() else NUMBER_WORDS.get(raw, 1)


_FINE_ENOUGH = {"day": ("day", "week"), "week": ("day", "week"), "month": ("day", "week", "month")}
"""An anchor precise enough to count days, weeks or months from: "several days later" does not count
from "in 2015"."""


def shift_from(text: str, anchor: EventDate) -> EventDate | None:
    """The date ``text`` names counted from ``anchor`` (None when it is not a relative phrase, or the
    anchor is too coarse for the unit)."""
    lowered = text.lower()
    match = RELATIVE.search(lowered) or FOLLOWING.search(lowered)
    if match is not None and anchor.granularity not in _FINE_ENOUGH.get(match["unit"], (anchor.granularity,)):
        return None
    match = RELATIVE.search(lowered)
    if match is not None:
        sign = -1 if match["dir"] in ("earlier", "before") else 1
        return _shifted(anchor.value, match["unit"], sign * _count(match), text)
    match = FOLLOWING.search(lowered)
    if match is not None:
        sign = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "same": 0}[match["dir"]]
        return _shifted(anchor.value, match["unit"], sign, text)
    return None


def _shifted(day: dt.date, unit: str, n: int, text: str) -> EventDate | None:
    if unit in ("year", "decade"):
        years = n * (10 if unit == "decade" else 1)
        value = safe_date(day.year + years, day.month, min(day.day, 28))
        return None if value is None else EventDate(value=value, granularity="year", kind="approximate", text=text)
    if unit == "month":
        y, m = add_months(day.year, day.month, n)
        value = safe_date(y, m, min(day.day, 28))
        return None if value is None else EventDate(value=value, granularity="month", kind="approximate", text=text)
    value = shift_days(day, n * (7 if unit == "week" else 1))
    granularity: Granularity = "week" if unit == "week" else "day"
    return None if value is None else EventDate(value=value, granularity=granularity, kind="approximate", text=text)
