"""Name forms: display names, role-noun plurals and variants, modern country codes, ASCII folding."""

from __future__ import annotations

import re
import unicodedata

from tidings.actors.keys import normalise_key

_STEM_EXPANSIONS = {"minist": ("minister", "ministry")}
FUNCTION_WORDS = frozenset({"a", "an", "the", "in", "of", "for", "to", "and", "on", "at", "with", "by"})
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
LEGACY_COUNTRY_CODES = {"TMP": "TLS", "ANG": "AGO", "ROM": "ROU", "ZAR": "COD"}
"""Pre-ISO CAMEO country groups in the sources, rewritten to today's ISO alpha-3."""


def display_name(raw: str, person: bool) -> str:
    """``"VLADIMIR_PUTIN_"`` -> ``"Vladimir Putin"``; keeps short acronyms upper-case."""
    words = [w for w in re.split(r"[_\s]+", raw.strip("_ ")) if w]
    shown: list[str] = []
    for word in words:
        if shown and word.lower() in FUNCTION_WORDS:
            shown.append(word.lower())
            continue
        keep_upper = not person and ((len(word) <= 4 and not re.search(r"[AEIOU]", word[1:])) or "." in word)
        shown.append(word if keep_upper else word.capitalize() if word.isalpha() else word.title())
    return " ".join(shown)


def modern_code(code: str | None) -> str | None:
    """``TMPGOV`` -> ``TLSGOV``: legacy country groups replaced by ISO alpha-3."""
    if code and code[:3] in LEGACY_COUNTRY_CODES:
        return LEGACY_COUNTRY_CODES[code[:3]] + code[3:]
    return code


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


def ascii_fold(name: str) -> str:
    """``"Herāt"`` -> ``"Herat"``."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
