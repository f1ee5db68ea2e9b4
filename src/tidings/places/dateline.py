"""The dateline of an article: the city a wire story was filed from ("MOSCOW:", "NEW YORK, Feb 26
(Reuters) -", "SUFFIELD, Conn."), read from the text and placed in the gazetteer (used by
:mod:`tidings.places.mentions`)."""

from __future__ import annotations

import re

from tidings.places.gazetteer import Gazetteer, Place, PlaceContext
from tidings.places.names import name_key

_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'\- ]{1,40}?)(?:,\s*(?P<qual>[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?))?"
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([A-Za-z ]+\)\s*)?(?:[:\-–—](?:\s|$)|\n|$)")
SEAT_DATELINES: dict[str, tuple[str, str]] = {"united nations": ("New York City", "US")}
"""Datelines that name an organisation, not a place: the city of its seat, within its country
("UNITED NATIONS, Oct 19 - ... Members of the Security Council met behind closed doors on Monday")."""


def dateline_prefix(text: str) -> re.Match[str] | None:
    """The dateline prefix at the start of ``text`` ("LONDON (Reuters) - "), if there is one."""
    return _DATELINE.match(text[:120])


def detect_dateline(text: str) -> str | None:
    """The dateline place of ``MOSCOW:``, ``NEW YORK, Feb 26 (Reuters) -`` or ``BEIRUT, June 1 -``."""
    match = dateline_prefix(text)
    if match is None:
        return None
    place = match["place"].strip(" .-")
    if len(place) < 3 or place.upper() != place:
        return None
    return f"{place}, {match['qual']}" if match["qual"] else place


def dateline_place(gazetteer: Gazetteer, raw: str | None) -> Place | None:
    """A dateline names a city: prefer city candidates; "SUFFIELD, Conn." restricts to the state."""
    name = detect_dateline(raw) if raw else None
    name = name or (raw.split(",")[0].strip(" -") if raw else None)
    if not name:
        return None
    city, _, qualifier = name.partition(",")
    seat = SEAT_DATELINES.get(name_key(city))
    if seat is not None:
        city, qualifier = seat
    q = gazetteer.resolve(qualifier.strip().title()) if qualifier.strip() else None
    within = None if q is None else (q.adm1_key if q.feature == "adm1" else q.iso3)
    ranked = gazetteer.ranked(city.strip().title(), PlaceContext(within=within))
    if within:
        ranked = [(score, p) for score, p in ranked if within in (p.iso3, p.adm1_key)]
    cities = [p for _, p in ranked if p.feature == "city"]
    return cities[0] if cities else (ranked[0][1] if ranked else q)
