"""Actor dictionary: typed entries with dated roles, and the user dictionary format.

User dictionary format (``tidings ... --actors FILE``), UTF-8, one entry line each::

    # comments and blank lines are ignored
    # name <TAB> code <TAB> start <TAB> end <TAB> aliases [<TAB> kind [<TAB> office [<TAB> reference]]]
    Donald Trump	USAGOV	2017-01-20	2021-01-20	Trump|President Trump	person	president
    Donald Trump	USAGOV	2025-01-20
    Donald Trump	USAELI
    lawmaker	LEG

* ``name``: canonical name, also used as an alias.
* ``code``: CAMEO actor code made of three-character groups (``RUSGOV``, ``IGOUNO``).
  A code made only of role groups (``GOV``, ``LEG``) defines a role noun ("agent"), whose
  sectors combine with a country found next to it ("Russian lawmaker" -> ``RUSLEG``).
* ``start``/``end``: ISO dates (``YYYY-MM-DD``), inclusive; empty = open. A line with
  neither is the entry's default code, used when no dated role covers the article date.
* ``aliases``: other names separated by ``|`` (optional).
* ``kind``: ``person``, ``org``, ``country``, ``capital`` or ``agent`` (optional; guessed).
* ``office``: the office a dated role is ("president", "prime minister", "foreign minister",
  "defence minister", ...; optional). "the president" in an article resolves to whoever holds
  that office in the article's country on its date.
* ``reference``: where the row's facts come from (optional; kept for review, not used).

Several lines with the same name form one entry (their roles are tried in file order).
User entries override packaged entries that share any of their names or aliases; a user
entry with the same canonical name as a packaged one ("Vladimir Putin") also takes over
all of that entry's packaged aliases ("Putin", "President Putin").
Malformed lines raise :class:`tidings.errors.OntologyError` naming the file and line.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from tidings.actors.keys import is_valid_code, normalise_key, split_code
from tidings.errors import OntologyError

KINDS = frozenset({"person", "org", "country", "capital", "agent", "place"})
MAX_FIELDS = 8


@dataclass(frozen=True, slots=True)
class Role:
    """One CAMEO code an entry carries, optionally limited to a date range (inclusive)."""

    code: str | None
    start: dt.date | None = None
    end: dt.date | None = None
    office: str | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def covers(self, on: dt.date) -> bool:
        """True if this role holds on ``on``."""
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """A named actor (person, organisation, country, seat of power) with its dated roles."""

    name: str
    kind: str
    roles: tuple[Role, ...]

    def code_on(self, on: dt.date | None) -> str | None:
        """The CAMEO code valid on ``on``: first dated role covering it, else the default."""
        if on is not None:
            for role in self.roles:
                if role.dated and role.covers(on):
                    return role.code
        for role in self.roles:
            if not role.dated:
                return role.code
        return None

    def holds_title(self, sectors: tuple[str, ...], country: str | None) -> bool:
        """True if one of the entry's dated roles has exactly these sectors in ``country``: the
        title before the name names that role, whatever the date. "Iranian President Hassan
        Rouhani" (wikinews-e0368cc6b2dc35e0) in a sentence dated 2000-01-01 (the PLOVER gold's
        placeholder date, inside his 1980-2000 seat in the Majlis, IRNGOVLEG) is the president
        the title says he is, IRNGOV."""
        return any(r.dated and r.code and r.code[:3] == country and r.code[3:] == "".join(sectors)
                   for r in self.roles)

    def roles_on(self, on: dt.date) -> tuple[Role, ...]:
        """Dated roles covering ``on``."""
        return tuple(r for r in self.roles if r.dated and r.covers(on))


@dataclass(slots=True)
class UserLine:
    """One parsed line of a user dictionary."""

    name: str
    code: str
    start: dt.date | None
    end: dt.date | None
    aliases: list[str] = field(default_factory=list)
    kind: str | None = None
    office: str | None = None
    reference: str = ""


def _parse_date(text: str, where: str, label: str) -> dt.date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise OntologyError(f"{where}: bad {label} date {text!r} (expected YYYY-MM-DD)") from None


def parse_user_line(line: str, where: str) -> UserLine | None:
    """Parse one user-dictionary line; None for blank and comment lines."""
    stripped = line.rstrip("\r\n")
    if not stripped.strip() or stripped.lstrip().startswith("#"):
        return None
    fields = stripped.split("\t")
    if len(fields) < 2 or len(fields) > MAX_FIELDS:
        raise OntologyError(f"{where}: expected 2 to {MAX_FIELDS} tab-separated fields, got {len(fields)}")
    fields += [""] * (MAX_FIELDS - len(fields))
    name, code, start_text, end_text, alias_text, kind_text, office, reference = (f.strip() for f in fields)
    if not normalise_key(name):
        raise OntologyError(f"{where}: empty actor name")
    if not is_valid_code(code):
        raise OntologyError(f"{where}: bad CAMEO code {code!r} (three-character groups A-Z/0-9)")
    start = _parse_date(start_text, where, "start")
    end = _parse_date(end_text, where, "end")
    if start and end and start > end:
        raise OntologyError(f"{where}: start {start} is after end {end}")
    kind = kind_text.lower() or None
    if kind is not None and kind not in KINDS:
        raise OntologyError(f"{where}: unknown kind {kind_text!r} (one of {', '.join(sorted(KINDS))})")
    aliases = [a.strip() for a in alias_text.split("|") if normalise_key(a)]
    return UserLine(name, code, start, end, aliases, kind, office.lower() or None, reference)


def parse_user_dictionary(path: Path) -> list[UserLine]:
    """Read a user dictionary file; raises OntologyError naming file and line on any problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise OntologyError(f"{path}: cannot read actor dictionary: {exc}") from exc
    lines: list[UserLine] = []
    for number, line in enumerate(text.splitlines(), start=1):
        parsed = parse_user_line(line, f"{path}:{number}")
        if parsed is not None:
            lines.append(parsed)
    return lines


def guess_kind(name: str, code: str) -> str:
    """Kind of a user entry without an explicit kind column."""
    parts = split_code(code)
    if not parts.prefix:
        return "agent"
    words = name.split()
    if len(words) >= 2 and all(w[:1].isupper() for w in words) and parts.sectors:
        return "person"
    return "org"


def group_user_lines(lines: list[UserLine]) -> list[tuple[str, str, tuple[Role, ...], tuple[str, ...]]]:
    """Merge lines by name into (name, kind, roles, aliases), in first-seen order."""
    order: list[str] = []
    merged: dict[str, tuple[list[UserLine], list[str]]] = {}
    for line in lines:
        key = normalise_key(line.name)
        if key not in merged:
            order.append(key)
            merged[key] = ([], [])
        group, aliases = merged[key]
        group.append(line)
        aliases.extend(a for a in line.aliases if a not in aliases)
    result = []
    for key in order:
        group, aliases = merged[key]
        first = group[0]
        kind = next((g.kind for g in group if g.kind), None) or guess_kind(first.name, first.code)
        roles = tuple(Role(g.code, g.start, g.end, g.office) for g in group)
        result.append((first.name, kind, roles, tuple(aliases)))
    return result
