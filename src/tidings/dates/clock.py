"""Numbers in date phrases that are not years (clock times, amounts, ages), and years said in words.

Used by :mod:`tidings.dates.resolve` before its rules read a phrase.  Real sentences the rules
exist for: "PG&E announced via Twitter around 11:30 am (1830 UTC)", "sworn in at 5 p.m. local time
(2100 UTC)", "launched its first crewed mission at 1922 UTC yesterday", "At 4:42 local time on
Saturday (2024 Friday, UTC)", "lifted off at 1805 local time (2305 GMT)".
"""

from __future__ import annotations

import datetime as dt
import re

from tidings.dates.rules import MONTHS

_ZONES = (r"utc|gmt|z|hrs|hours|h|local(?:\s+time)?|est|edt|cst|cdt|mst|mdt|pst|pdt|bst|cet|cest|eet|eest|ist|"
          r"jst|ast|aest|et|pt|ct|msk|wib|pht|sast|eat|wat|gst")
_CONVERSION = re.compile(r"[({]\s*\d{3,4}\b[^()]*?\b(?:utc|gmt)\b[^()]*\)?")
"""A conversion to UTC in brackets: "(2100 UTC, yesterday)", "(0300 UTC Monday morning)" -- the UTC
day is not the local day, so the whole bracket goes."""
_CLOCK = re.compile(rf"\b\d{{1,2}}[:.]\d{{2}}(?:\s*(?:a\.?\s?m\.?|p\.?\s?m\.?))?(?:\s+(?:{_ZONES})\b)?"
                    rf"|\b\d{{1,2}}\s*(?:a\.?m\.?|p\.?m\.?)(?=\W|$)"
                    rf"|\b\d{{3,4}}\s*(?:{_ZONES})\b")
_AMOUNT = re.compile(
    r"\b[12]\d{3}\s+(?:people|persons|men|women|children|soldiers|troops|fighters|police|officers|refugees|"
    r"migrants|residents|civilians|families|homes|houses|buildings|cases|deaths|votes|seats|members|workers|"
    r"students|jobs|km|kilometres|kilometers|miles|metres|meters|feet|acres|hectares|tonnes|tons|barrels|dollars|"
    r"dlrs|euros|pounds|yuan|rupees|units|cars|vehicles|shares|pct|percent|points|delegates|attendees|"
    r"participants|protesters|demonstrators|supporters|prisoners|inmates|patients|victims|rockets|missiles|"
    r"years|days|hours|minutes)\b")
"""A four-digit number counting things ("1846 persons were hospitalized") is an amount, not a year."""
_AGE = re.compile(r"\b(?:aged?|at the age of)\s+\d{1,3}\b|\b\d{1,3}-year-old\b")


def mask_non_years(lowered: str) -> str:
    """The phrase with clock times, UTC conversions, amounts and ages blanked out."""
    for pattern in (_CONVERSION, _CLOCK, _AMOUNT, _AGE):
        lowered = pattern.sub(lambda m: " " * len(m.group(0)), lowered)
    return lowered


_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_OF_YEAR = re.compile(rf"(?P<head>\b{_MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and)\s*\d{{1,2}})?)?)"
                      r",?\s+(?:of\s+)?(?P<which>this|last|next|the same)\s+year\b")
"""'June of this year', 'March of last year', 'July 13 to 17 of last year', 'August last year'."""


def with_year_number(lowered: str, published: dt.date) -> str:
    """'in March of this year' -> 'in March 2019' (so the month rule dates it, not the year rule)."""
    def replace(match: re.Match[str]) -> str:
        offset = {"last": -1, "next": 1}.get(match["which"], 0)
        return f"{match['head']} {published.year + offset}"
    return _OF_YEAR.sub(replace, lowered)



ZONE_WORDS = frozenset(_ZONES.replace(r"(?:\s+time)?", "").split("|")) - {"h", "z"}
"""Time-zone words that follow a clock time ("1830 UTC"): a date entity followed by one is a time."""
