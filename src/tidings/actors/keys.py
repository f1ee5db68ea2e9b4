"""Shared helpers for actor dictionary keys and CAMEO actor codes.

Used both by ``scripts/build_actor_data.py`` (when it writes the packaged
dictionary) and at run time (when text spans are looked up), so the two
always normalise names the same way.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

INTERNATIONAL_PREFIXES = frozenset({"IGO", "IMG", "INT", "MNC", "NGM", "NGO", "UIS"})
"""First code groups that mark a transnational actor (no country)."""

ROLE_CODES = frozenset({
    # primary role codes (CAMEO manual table 3.1)
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF",
    # secondary role codes
    "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED",
    "REF", "PTY", "SOC",
    # generic religious, for a priest, monk or cleric of no named faith (CAMEO manual ch. 10)
    "REL",
    # tertiary codes
    "MOD", "RAD",
})
"""Three-letter CAMEO agent (sector) codes reported in ``Actor.sectors``."""

_APOSTROPHES = str.maketrans({"\u00b4": "'", "\u2019": "'", "\u2018": "'", "`": "'"})
_SEPARATORS = re.compile(r"[\s_\-\u2010-\u2015]+")
_DROPPED = re.compile(r"[.\"()\[\]{}]")
_LEADING_THE = re.compile(r"^the ")
_CODE_PATTERN = re.compile(r"^[A-Z0-9]{3}(?:[A-Z0-9]{3})*$")


@functools.lru_cache(maxsize=65536)
def normalise_key(text: str) -> str:
    """Canonical lookup key of a name: lowercase, no periods, single spaces, no leading "the".

    >>> normalise_key("The U.S._State-Department ")
    'us state department'
    """
    lowered = text.translate(_APOSTROPHES).lower()
    cleaned = _DROPPED.sub("", lowered)
    key = _SEPARATORS.sub(" ", cleaned).strip(" ,;:")
    return _LEADING_THE.sub("", key)


def is_valid_code(code: str) -> bool:
    """True if ``code`` is made of whole three-character CAMEO groups."""
    return bool(_CODE_PATTERN.match(code))


@dataclass(frozen=True, slots=True)
class CodeParts:
    """A CAMEO actor code split into its country (or international prefix) and sectors."""

    country: str | None
    prefix: str
    sectors: tuple[str, ...]


def split_code(code: str) -> CodeParts:
    """Split ``"RUSGOVMIL"`` into country ``RUS`` and sectors ``("GOV", "MIL")``.

    International codes (``IGOUNO``) have no country; their prefix is ``IGO``.
    A code made only of a role (``"GOV"``) has neither country nor prefix.
    """
    groups = [code[i:i + 3] for i in range(0, len(code) - len(code) % 3, 3)]
    if not groups:
        return CodeParts(None, "", ())
    first = groups[0]
    if first in ROLE_CODES:
        return CodeParts(None, "", tuple(g for g in groups if g in ROLE_CODES))
    sectors = tuple(g for g in groups[1:] if g in ROLE_CODES)
    country = None if first in INTERNATIONAL_PREFIXES else first
    return CodeParts(country, first, sectors)
