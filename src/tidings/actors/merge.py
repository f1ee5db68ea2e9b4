"""One entry per real-world actor: merging the dictionary's sources at build time.

The packaged dictionary is built from several sources (Tidings' own table, then the
PETRARCH-2 Phoenix dictionaries, country names, capitals, cities). Two entries with the same
canonical name, the same kind and the same home country are one actor ("Joe Biden" from
Tidings' table and from Phoenix): they become one entry whose roles are the first source's
roles plus those of later sources that do not overlap them, so an old open-ended role
(Phoenix's ``USAGOV 2009-01-20-``) never outlives the updated one (``2009-01-20..2017-01-20``).

A name may still lead to several entries when they are different actors ("Georgia" the
country and the US state); the dictionary records why under ``shared_names`` and
:func:`shared_reason` recomputes it, so an integrity test can check every shared name.
Entries here are the packaged JSON form: ``[name, kind, [[code, start, end, office], ...]]``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tidings.actors.keys import INTERNATIONAL_PREFIXES, normalise_key, split_code

REASONS = frozenset({"different people", "different kinds", "different countries"})
"""Why two entries may share a name: they are different actors in one of these ways."""

RawEntry = list[Any]


def home(entry: RawEntry) -> str | None:
    """Country (or transnational prefix) of an entry's first coded role."""
    code = next((role[0] for role in entry[2] if role[0]), None)
    if not code:
        return None
    parts = split_code(code)
    return parts.country or parts.prefix or None


def homes(entry: RawEntry) -> frozenset[str]:
    """Every country or transnational prefix any of an entry's roles carries."""
    found = set()
    for role in entry[2]:
        if role[0]:
            parts = split_code(role[0])
            found.add(parts.country or parts.prefix)
    return frozenset(h for h in found if h)


SUCCESSOR_STATES = {"SSD": "SDN", "SCG": "SRB", "YUG": "SRB", "MNE": "SRB", "USR": "RUS", "ERI": "ETH",
                    "KSV": "SRB", "CSK": "CZE", "SVK": "CZE", "TLS": "IDN"}
"""States that broke away from another: a career may span both ("Salva Kiir": SDN, then SSD)."""


def _lineage(found: frozenset[str]) -> set[str]:
    return set(found) | {SUCCESSOR_STATES[h] for h in found if h in SUCCESSOR_STATES}


def same_person(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two people of one name are one person when their careers meet: a country in common, or
    an international office ("Ursula von der Leyen": DEU, then the European Commission)."""
    return bool(_lineage(a) & _lineage(b)) or any(h in INTERNATIONAL_PREFIXES for h in a | b) or not a or not b


def name_key(name: str) -> str:
    """Canonical name without accents ("António Guterres" is "Antonio Guterres")."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return normalise_key(folded) or normalise_key(name)


def identity(entry: RawEntry) -> tuple[str, str, str | None]:
    """What makes two non-person entries the same actor: canonical name, kind, home country."""
    return name_key(entry[0]), entry[1], home(entry)


def shared_reason(entries: Sequence[RawEntry]) -> str | None:
    """Why these entries (sharing a name) are different actors; None if two are the same."""
    if len({(e[1], home(e)) for e in entries}) < len(entries):
        return None
    people = [homes(e) for e in entries if e[1] == "person"]
    if any(same_person(a, b) for i, a in enumerate(people) for b in people[i + 1:]):
        return None
    if all(e[1] == "person" for e in entries):
        return "different people"
    if len({e[1] for e in entries}) == len(entries):
        return "different kinds"
    return "different countries" if len({home(e) for e in entries}) == len(entries) else "different kinds"


def _overlaps(a: list[Any], b: list[Any]) -> bool:
    """Two dated roles (ISO strings, None = open) share a day."""
    a_start, a_end, b_start, b_end = a[1] or "", a[2] or "9999", b[1] or "", b[2] or "9999"
    return a_start <= b_end and b_start <= a_end


def merge_roles(groups: Sequence[list[list[Any]]]) -> list[list[Any]]:
    """Roles of the first source, then each later source's roles that overlap none already kept
    (and its default role only if there is none yet)."""
    kept: list[list[Any]] = []
    for roles in groups:
        earlier = [r for r in kept if r[1] or r[2]]
        has_default = any(not (r[1] or r[2]) for r in kept)
        for role in roles:
            dated = bool(role[1] or role[2])
            if dated and any(_overlaps(role, other) for other in earlier):
                continue
            if not dated and has_default:
                continue
            if role not in kept:
                kept.append(role)
    return kept


def clip_open_roles(roles: list[list[Any]], horizon: str) -> list[list[Any]]:
    """Open-ended dated roles end at ``horizon`` (the last date a source was kept up to)."""
    return [[r[0], r[1], horizon, *r[3:]] if r[1] and not r[2] and r[1] <= horizon else r for r in roles]


@dataclass
class Merged:
    """Merged entries, their alias index, which old entry went where, and shared names."""

    entries: list[RawEntry]
    aliases: dict[str, list[int]]
    new_index: list[int]
    shared_names: dict[str, str]


def merge_entries(entries: Sequence[RawEntry], aliases: dict[str, list[int]], curated: int,
                  horizon: str) -> Merged:
    """One entry per actor. Entries before index ``curated`` come from Tidings' own table;
    a person known only from older sources keeps no open-ended role past ``horizon``."""
    members, new_index = _group(entries)
    merged: list[RawEntry] = []
    for group in members:
        first = entries[group[0]]
        roles = merge_roles([entries[i][2] for i in group])
        if first[1] == "person" and group[0] >= curated:
            roles = clip_open_roles(roles, horizon)
        merged.append([first[0], first[1], roles])
    new_aliases, shared = _one_actor_per_name(merged, aliases, new_index)
    return Merged(merged, new_aliases, new_index, shared)


def _group(entries: Sequence[RawEntry]) -> tuple[list[list[int]], list[int]]:
    """Indices of the entries naming each actor, and each entry's actor."""
    order: dict[tuple[str, str, str | None], int] = {}
    people: dict[str, list[tuple[int, set[str]]]] = {}
    members: list[list[int]] = []
    new_index: list[int] = []
    for index, entry in enumerate(entries):
        target: int | None = None
        mine = homes(entry)
        clusters = people.setdefault(name_key(entry[0]), [])
        if entry[1] == "person" or (entry[1] == "org" and clusters):
            # a Phoenix "org" named as a person already known ("Barack Obama") is that person
            target = next((c for c, seen in clusters if same_person(frozenset(seen), mine)), None)
            if target is None and entry[1] == "person":
                clusters.append((len(members), set(mine)))
            elif target is not None:
                next(seen for c, seen in clusters if c == target).update(mine)
        if target is None and entry[1] != "person":
            name, kind, where = identity(entry)
            target = order.get((name, kind, where))
            if target is None and kind == "org":
                # "AFP" as FRAMED and as bare MED: one agency, the located entry first
                target = order.get((name, kind, None)) if where else next(
                    (t for (n, k, _), t in order.items() if n == name and k == kind), None)
            if target is None:
                order[(name, kind, where)] = len(members)
        if target is None:
            target = len(members)
            members.append([])
        members[target].append(index)
        new_index.append(target)
    return members, new_index


def _one_actor_per_name(merged: list[RawEntry], aliases: dict[str, list[int]],
                        new_index: list[int]) -> tuple[dict[str, list[int]], dict[str, str]]:
    """Re-point aliases at merged entries; a name shared by two entries of one kind and home
    stays with the first (precedence), otherwise the reason is recorded."""
    result: dict[str, list[int]] = {}
    shared: dict[str, str] = {}
    for key, indices in aliases.items():
        kept: list[int] = []
        seen: set[tuple[str, str | None]] = set()
        for old in indices:
            index = new_index[old]
            entry = merged[index]
            mark = (entry[1], home(entry))
            if index in kept or mark in seen or (entry[1] == "person" and any(
                    merged[k][1] == "person" and same_person(homes(merged[k]), homes(entry)) for k in kept)):
                continue
            kept.append(index)
            seen.add(mark)
        result[key] = kept
        if len(kept) > 1:
            reason = shared_reason([merged[i] for i in kept])
            assert reason is not None
            shared[key] = reason
    return result, shared
