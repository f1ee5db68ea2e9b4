"""The loaded actor dictionary: packaged data plus an optional user file, as fast lookups."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from tidings.actors.data import ActorEntry, Role, group_user_lines, parse_user_dictionary
from tidings.actors.keys import ROLE_CODES, normalise_key, split_code
from tidings.errors import OntologyError

PACKAGED_FILE = "actors.json.gz"


@dataclass(frozen=True, eq=False)
class ActorDictionary:
    """Immutable name -> entry index (with dated roles) and role-noun -> sectors index.

    ``prefixes`` holds every word prefix of every key, so a scan over a text can stop
    extending a candidate span as soon as it is no key's prefix.
    """

    entries: tuple[ActorEntry, ...]
    aliases: Mapping[str, tuple[int, ...]]
    agents: Mapping[str, tuple[str, ...]]
    countries: Mapping[str, str]
    prefixes: frozenset[str]
    max_words: int
    surnames: Mapping[str, tuple[int, ...]]
    about: str = ""
    extra: str | None = None          # the user dictionary file merged in, if any
    shared_names: Mapping[str, str] = field(default_factory=dict)
    offices: Mapping[tuple[str, str], tuple[tuple[int, Role], ...]] = field(default_factory=dict)
    first_user_entry: int | None = None   # entries from this index on come from the user's file

    def __reduce__(self) -> tuple[Any, tuple[str | None]]:
        """Pickle as "load the same files again" (worker processes rebuild from package data)."""
        return (_reload, (self.extra,))

    @classmethod
    def load(cls, extra: Path | None = None) -> ActorDictionary:
        """Packaged dictionary, plus the user dictionary ``extra`` (overriding) if given."""
        if extra is None:
            return _packaged()
        path = Path(extra)
        try:
            stat = path.stat()
        except OSError as exc:
            raise OntologyError(f"{path}: cannot read actor dictionary: {exc}") from exc
        return _with_extra(str(path.resolve()), stat.st_mtime_ns, stat.st_size)

    def candidates(self, key: str) -> tuple[ActorEntry, ...]:
        """Entries whose normalised name or alias is ``key``, in precedence order."""
        return tuple(self.entries[i] for i in self.aliases.get(key, ()))

    def best_entry(self, key: str, on: dt.date | None, require_code: bool = True) -> ActorEntry | None:
        """Entry for ``key`` on date ``on``: one with a dated role covering it, else the first coded.

        With ``require_code=False`` an entry without any code valid on ``on`` (a person
        out of office, without a default code) is returned rather than None.
        """
        found = self.candidates(key)
        if on is not None:
            for entry in found:
                if entry.kind == "person" and entry.roles_on(on):
                    return entry
        for entry in found:
            if entry.code_on(on) is not None:
                return entry
        return None if require_code or not found else found[0]

    def lookup(self, name: str, on: dt.date) -> ActorEntry | None:
        """The dictionary entry named ``name`` that has a code valid on ``on`` (or None)."""
        return self.best_entry(normalise_key(name), on)

    def surname_entry(self, key: str) -> ActorEntry | None:
        """The one person whose surname is ``key`` (only surnames no other person shares)."""
        found = self.surnames.get(key, ())
        return self.entries[found[0]] if found else None

    def agent_sectors(self, key: str) -> tuple[str, ...] | None:
        """Sectors of a role noun phrase ("foreign minister" -> ("GOV",)), or None."""
        return self.agents.get(key)

    def country_name(self, code: str | None) -> str | None:
        """Display name of an ISO alpha-3 country code."""
        return self.countries.get(code) if code else None

    def is_prefix(self, key: str) -> bool:
        return key in self.prefixes

    def is_user_entry(self, entry: ActorEntry) -> bool:
        """True if ``entry`` comes from the user's dictionary (whose names are the user's word)."""
        first = self.first_user_entry
        return first is not None and any(entry is e for e in self.entries[first:])

    def office_holder(self, country: str, office: str, on: dt.date) -> tuple[ActorEntry, Role] | None:
        """Who held ``office`` ("president", "foreign minister") in ``country`` on ``on``."""
        for index, role in self.offices.get((country, office), ()):
            if role.covers(on):
                return self.entries[index], role
        return None


def _office_index(entries: tuple[ActorEntry, ...]) -> Mapping[tuple[str, str], tuple[tuple[int, Role], ...]]:
    """(country, office) -> dated roles of that office, latest user entries first."""
    found: dict[tuple[str, str], list[tuple[int, Role]]] = {}
    for index in range(len(entries) - 1, -1, -1):
        for role in entries[index].roles:
            country = split_code(role.code).country if role.code else None
            if role.office and country and role.dated:
                for office in role.office.split("|"):
                    found.setdefault((country, office.strip()), []).append((index, role))
    return MappingProxyType({k: tuple(v) for k, v in found.items()})


def _word_prefixes(keys: list[str]) -> frozenset[str]:
    prefixes: set[str] = set()
    for key in keys:
        words = key.split(" ")
        for n in range(1, len(words) + 1):
            prefixes.add(" ".join(words[:n]))
    return frozenset(prefixes)


def _role(raw: list[Any]) -> Role:
    code, start, end = raw[:3]
    return Role(code, dt.date.fromisoformat(start) if start else None,
                dt.date.fromisoformat(end) if end else None, raw[3] if len(raw) > 3 else None)


def _reload(extra: str | None) -> ActorDictionary:
    return ActorDictionary.load(Path(extra) if extra else None)


def _assemble(entries: list[ActorEntry], aliases: dict[str, tuple[int, ...]],
              agents: dict[str, tuple[str, ...]], countries: dict[str, str], about: str,
              surnames: Mapping[str, tuple[int, ...]], extra: str | None = None,
              shared_names: Mapping[str, str] | None = None, first_user_entry: int | None = None) -> ActorDictionary:
    keys = list(aliases) + list(agents)
    frozen = tuple(entries)
    return ActorDictionary(
        shared_names=MappingProxyType(dict(shared_names or {})),
        first_user_entry=first_user_entry,
        offices=_office_index(frozen),
        entries=frozen,
        aliases=MappingProxyType(aliases),
        agents=MappingProxyType(agents),
        countries=MappingProxyType(countries),
        prefixes=_word_prefixes(keys),
        max_words=max((k.count(" ") + 1 for k in keys), default=1),
        about=about,
        surnames=MappingProxyType(dict(surnames)),
        extra=extra,
    )


def _read_packaged() -> dict[str, Any]:
    try:
        raw = resources.files("tidings.ontology").joinpath("data", PACKAGED_FILE).read_bytes()
    except FileNotFoundError as exc:
        raise OntologyError(f"packaged actor dictionary {PACKAGED_FILE!r} is missing; reinstall tidings") from exc
    try:
        data: dict[str, Any] = json.loads(gzip.decompress(raw))
    except (OSError, ValueError) as exc:
        raise OntologyError(f"packaged actor dictionary {PACKAGED_FILE!r} is corrupt: {exc}") from exc
    return data


@dataclass(frozen=True)
class _PackagedParts:
    entries: tuple[ActorEntry, ...]
    aliases: Mapping[str, tuple[int, ...]]
    agents: Mapping[str, tuple[str, ...]]
    countries: Mapping[str, str]
    surnames: Mapping[str, tuple[int, ...]]
    about: str
    shared_names: Mapping[str, str]


@lru_cache(maxsize=1)
def _packaged_parts() -> _PackagedParts:
    data = _read_packaged()
    entries = tuple(ActorEntry(name, kind, tuple(_role(r) for r in roles)) for name, kind, roles in data["entries"])
    return _PackagedParts(
        entries=entries,
        aliases=MappingProxyType({k: tuple(v) for k, v in data["aliases"].items()}),
        agents=MappingProxyType({k: tuple(v) for k, v in data["agents"].items()}),
        countries=MappingProxyType(dict(data["countries"])),
        surnames=MappingProxyType({k: tuple(v) for k, v in data.get("surnames", {}).items()}),
        about=data.get("about", ""),
        shared_names=MappingProxyType(dict(data.get("shared_names", {}))),
    )


@lru_cache(maxsize=1)
def _packaged() -> ActorDictionary:
    parts = _packaged_parts()
    return _assemble(list(parts.entries), dict(parts.aliases), dict(parts.agents), dict(parts.countries),
                     parts.about, parts.surnames, shared_names=parts.shared_names)


@lru_cache(maxsize=8)
def _with_extra(path: str, mtime_ns: int, size: int) -> ActorDictionary:
    """Packaged data overridden by the user file at ``path`` (cache keyed by mtime and size)."""
    parts = _packaged_parts()
    all_entries = list(parts.entries)
    aliases = dict(parts.aliases)
    agents = dict(parts.agents)
    surnames = dict(parts.surnames)
    overridden: set[str] = set()
    replaced: dict[int, int] = {}
    by_name = _packaged_by_name()
    for name, kind, roles, extra_aliases in group_user_lines(parse_user_dictionary(Path(path))):
        keys = [k for k in dict.fromkeys(normalise_key(a) for a in (name, *extra_aliases)) if k]
        if kind == "agent":
            sectors = tuple(_sector_groups(roles[0].code or ""))
            agents.update(dict.fromkeys(keys, sectors))
            continue
        index = len(all_entries)
        all_entries.append(ActorEntry(name, kind, roles))
        replaced.update(dict.fromkeys(by_name.get(keys[0], ()), index))
        for key in keys:
            aliases[key] = (aliases[key] + (index,)) if key in overridden else (index,)
            overridden.add(key)
            surnames.pop(key, None)
    if replaced:
        aliases = {k: _replace(v, replaced) for k, v in aliases.items()}
        surnames = {k: _replace(v, replaced) for k, v in surnames.items()}
    return _assemble(all_entries, aliases, agents, dict(parts.countries), parts.about, surnames, path,
                     parts.shared_names, len(parts.entries))


def _replace(indices: tuple[int, ...], replaced: dict[int, int]) -> tuple[int, ...]:
    """Entry indices with overridden packaged entries swapped for the user's (order kept)."""
    if not any(i in replaced for i in indices):
        return indices
    return tuple(dict.fromkeys(replaced.get(i, i) for i in indices))


@lru_cache(maxsize=1)
def _packaged_by_name() -> Mapping[str, tuple[int, ...]]:
    """Normalised canonical name -> packaged entries with that name (a user entry of the same
    name replaces them under every alias, so "Putin" follows a user's "Vladimir Putin")."""
    found: dict[str, list[int]] = {}
    for index, entry in enumerate(_packaged_parts().entries):
        found.setdefault(normalise_key(entry.name), []).append(index)
    return MappingProxyType({k: tuple(v) for k, v in found.items()})


def _sector_groups(code: str) -> list[str]:
    return [code[i:i + 3] for i in range(0, len(code), 3) if code[i:i + 3] in ROLE_CODES]
