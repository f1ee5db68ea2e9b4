"""What the dictionary says about a name (``tidings actor NAME``): its entry, code on a date, roles."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tidings.actors.data import ActorEntry, Role
from tidings.actors.dictionary import ActorDictionary
from tidings.actors.keys import is_valid_code, normalise_key

__all__ = ["ActorDescription", "describe_actor"]


@dataclass(frozen=True, slots=True)
class ActorDescription:
    """What the dictionary says about a name: the chosen entry, its code on a date, its roles."""

    query: str
    entry: ActorEntry
    code: str | None
    roles: tuple[Role, ...]
    valid_roles: tuple[Role, ...]
    alternatives: tuple[ActorEntry, ...]


def _entries_with_code(code: str, dictionary: ActorDictionary) -> tuple[ActorEntry, ...]:
    """Entries whose default code is exactly ``code`` ("RUSGOV" -> the Kremlin, Moscow ...),
    countries and organisations first."""
    if not (code.isupper() and is_valid_code(code)):
        return ()
    coded = [e for e in dictionary.entries if any(r.code == code and not r.dated for r in e.roles)]
    return tuple(sorted(coded, key=lambda e: e.kind not in ("country", "org")))[:6]


def describe_actor(name: str, dictionary: ActorDictionary, on: dt.date | None = None) -> ActorDescription | None:
    """The dictionary entry for ``name`` (on date ``on`` if given) with its roles; None if unknown."""
    key = normalise_key(name)
    found = dictionary.candidates(key) or _entries_with_code(name.strip(), dictionary)
    if not found:
        return None
    entry = dictionary.best_entry(key, on) or found[0]
    valid = entry.roles_on(on) if on is not None else ()
    return ActorDescription(name, entry, entry.code_on(on), entry.roles, valid,
                            tuple(e for e in found if e is not entry))
