"""Reading the PETRARCH-2 / Phoenix dictionaries (TABARI ``.actors`` and ``agents`` files)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from tidings.actors.keys import ROLE_CODES, is_valid_code

_BRACKET = re.compile(r"\[([^\]]*)\]")
_BRACES = re.compile(r"\{([^}]*)\}")
_MACRO = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")


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
