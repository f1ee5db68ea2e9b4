"""Readable labels of CAMEO actor codes, the same wherever a code is shown.

* a country code is its name in the actor dictionary (``PRK`` -> "North Korea");
* a country with sectors adds the CAMEO role names (``PRKGOV`` -> "North Korea government");
* a code with no country says what it is and keeps the code (``CVL`` -> "civilians (CVL)",
  ``NGOENV`` -> "NGOs: environment (NGOENV)");
* a named organisation's code is the actor dictionary's canonical name for it
  (``IGOUNO`` -> "United Nations").

The names come from ``data/actor_labels.json``, which ``scripts/build_actor_labels.py``
derives from the packaged actor dictionary (a test checks it is current), so a label needs
no dictionary load. :func:`actor_label` returns None for a code it cannot read (an unknown
group); callers then fall back to the name the store sees most often.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from tidings.ontology import load_json

LABELS_FILE = "actor_labels.json"

ROLE_NAMES: Mapping[str, str] = MappingProxyType({
    "COP": "police", "GOV": "government", "INS": "insurgents", "JUD": "judiciary", "MIL": "military",
    "OPP": "opposition", "REB": "rebels", "SEP": "separatists", "SPY": "intelligence",
    "UAF": "armed forces", "AGR": "agriculture", "BUS": "business", "CRM": "criminals",
    "CVL": "civilians", "DEV": "development", "EDU": "education", "ELI": "elites", "ENV": "environment",
    "HLH": "health", "HRI": "human rights", "LAB": "labour", "LEG": "legislature", "MED": "media",
    "REF": "refugees", "PTY": "party", "SOC": "social", "REL": "religious", "MOD": "moderates",
    "RAD": "radicals",
})
"""CAMEO actor role (sector) codes and their names (CAMEO manual, table 3.1 and after)."""

PREFIX_NAMES: Mapping[str, str] = MappingProxyType({
    "IGO": "intergovernmental organisations", "IMG": "international militarised groups",
    "INT": "international actors", "MNC": "multinational corporations", "NGM": "non-governmental movements",
    "NGO": "NGOs", "UIS": "unidentified state actors",
})
"""The first groups of transnational codes (no country)."""

RELIGION_NAMES: Mapping[str, str] = MappingProxyType({
    "CHR": "Christians", "CTH": "Catholics", "PRO": "Protestants", "ORT": "Orthodox",
    "MOS": "Muslims", "SUN": "Sunni", "SHI": "Shia", "JEW": "Jews", "HIN": "Hindus", "BUD": "Buddhists",
    "SIK": "Sikhs", "JAN": "Jains", "DOX": "Orthodox",
})
"""CAMEO religion codes (a code's later groups)."""

REGION_NAMES: Mapping[str, str] = MappingProxyType({
    "AFR": "Africa", "ASA": "Asia", "BLK": "Balkans", "CAS": "Central Asia", "CFR": "Central Africa",
    "CRB": "Caribbean", "EAF": "East Africa", "EEU": "Eastern Europe", "EUR": "Europe",
    "LAM": "Latin America", "MEA": "Middle East", "NAF": "North Africa", "NMR": "North America",
    "SAF": "Southern Africa", "SAM": "South America", "SAS": "South Asia", "SEA": "Southeast Asia",
    "WAF": "West Africa", "WEU": "Western Europe", "WST": "the West", "USR": "Soviet Union",
    "YUG": "Yugoslavia", "CSK": "Czechoslovakia", "SCG": "Serbia and Montenegro",
})
"""CAMEO region and former-state codes the ISO country list has no name for."""


@dataclass(frozen=True, slots=True)
class _Names:
    countries: Mapping[str, str]
    organisations: Mapping[str, str]


@lru_cache(maxsize=1)
def _names() -> _Names:
    raw = load_json(LABELS_FILE)
    return _Names(MappingProxyType(dict(raw["countries"])), MappingProxyType(dict(raw["organisations"])))


def _groups(code: str) -> list[str]:
    return [code[i:i + 3] for i in range(0, len(code), 3)]


def country_name(code: str | None, countries: Mapping[str, str] | None = None) -> str | None:
    """The name of an ISO alpha-3 country (in ``countries``, by default the dictionary's) or of
    a CAMEO region code, or None."""
    if not code:
        return None
    names = _names().countries if countries is None else countries
    return names.get(code.upper()) or REGION_NAMES.get(code.upper())


def _sector_words(groups: list[str], countries: Mapping[str, str] | None) -> list[str] | None:
    words = [ROLE_NAMES.get(g) or RELIGION_NAMES.get(g) or country_name(g, countries) for g in groups]
    return None if any(w is None for w in words) else [w for w in words if w]


def actor_label(code: str | None) -> str | None:
    """A readable label for a CAMEO actor code (see the module docstring), or None."""
    if not code or len(code) % 3:
        return None
    return _names().organisations.get(code.upper()) or composed_label(code)


def composed_label(code: str, countries: Mapping[str, str] | None = None) -> str | None:
    """The label made from the code's groups (country, region, prefix and role names), or None
    if a group has no name (an organisation's own group, such as ``UNO`` in ``IGOUNO``).
    ``countries`` replaces the shipped country names (the build script passes the dictionary's)."""
    if not code or len(code) % 3:
        return None
    code = code.upper()
    first, *rest = _groups(code)
    if first in ROLE_NAMES:  # a role without a country: "civilians (CVL)"
        words = _sector_words(rest, countries)
        return None if words is None else f"{' '.join([ROLE_NAMES[first], *words])} ({code})"
    if first in PREFIX_NAMES:
        words = _sector_words(rest, countries)
        if words is None:
            return None
        return f"{PREFIX_NAMES[first]}{': ' + ', '.join(words) if words else ''} ({code})"
    place = country_name(first, countries)
    words = _sector_words(rest, countries)
    if place is None or words is None:
        return None
    return " ".join([place, *words])
