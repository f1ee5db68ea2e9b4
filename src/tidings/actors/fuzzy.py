"""One-typo tolerance for long single-word names ("Bouteflicka", "Khatmandu").

A symmetric-deletion index: every known long name and each of its one-letter deletions
point to the name; a query does the same, so any name within one insertion, deletion,
substitution or transposition is found with a few dictionary lookups. Only used where
spaCy tags an entity that no exact dictionary key matched, and only when exactly one
known name is that close.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from tidings.actors.dictionary import ActorDictionary

MIN_FUZZY_CHARS = 8
PLACE_KINDS = frozenset({"country", "capital", "place"})


@dataclass(frozen=True)
class FuzzyIndex:
    """Deletion variants -> known names, separately for people (surnames, one-word names)
    and places."""

    people: Mapping[str, tuple[str, ...]]
    places: Mapping[str, tuple[str, ...]]


def _variants(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


def _index(words: list[str]) -> Mapping[str, tuple[str, ...]]:
    found: dict[str, set[str]] = {}
    for word in words:
        for variant in _variants(word):
            found.setdefault(variant, set()).add(word)
    return MappingProxyType({k: tuple(sorted(v)) for k, v in found.items()})


def within_one_edit(a: str, b: str) -> bool:
    """True if ``a`` becomes ``b`` by at most one insertion, deletion, substitution or swap."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (len(diffs) == 2 and diffs[1] == diffs[0] + 1
                and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]])
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    return any(longer[:i] + longer[i + 1:] == shorter for i in range(len(longer)))


@lru_cache(maxsize=4)
def fuzzy_index(dictionary: ActorDictionary) -> FuzzyIndex:
    """The deletion index of a dictionary (built once per loaded dictionary)."""
    long_words = {key: dictionary.entries[indices[0]].kind for key, indices in dictionary.aliases.items()
                  if len(key) >= MIN_FUZZY_CHARS and key.isalpha()}
    people = [k for k in dictionary.surnames if len(k) >= MIN_FUZZY_CHARS and k.isalpha()]
    people += [k for k, kind in long_words.items() if kind == "person"]
    places = [k for k, kind in long_words.items() if kind in PLACE_KINDS]
    return FuzzyIndex(_index(people), _index(places))


def closest(word: str, index: Mapping[str, tuple[str, ...]]) -> str | None:
    """The one indexed name within one edit of ``word``; None if none or several."""
    if len(word) < MIN_FUZZY_CHARS - 1:
        return None
    candidates = {name for variant in _variants(word) for name in index.get(variant, ())}
    close = [name for name in candidates if within_one_edit(word, name)]
    return close[0] if len(close) == 1 else None
