"""Other spellings of one place name (used by :mod:`tidings.places.mentions`).

Names transliterated from Arabic, Persian, Russian or Spanish reach the news in several spellings
that GeoNames' alternate names do not all list: "Baghdadi was seriously wounded in an airstrike near
Shirkat" is GeoNames' Ash Sharqāt, "escaped ... from a camp at Ain Issa" its ‘Ayn ‘Īsá. Two keys match
when their skeletons do: every vowel (and y) spelt a, q and qu spelt k, doubled consonants single,
a leading Arabic article ("al", "ash", "el" ...) dropped. That is loose, so a skeleton match is only a
candidate when its first letter and number of words agree with the name's, and only places of at
least 15,000 people in a country the article names are taken (see
:meth:`tidings.places.gazetteer.Gazetteer.ranked_by_spelling`): not "Kenner" for "Kinnear" (the vowels
differ in number), not "Hymera" (774 people) for "the town of Hamouria".

An index of the keys of one first letter is built on the first name that needs it (a few
hundredths of a second), then kept for the process.
"""

from __future__ import annotations

import bisect
import re

_ONE_VOWEL = str.maketrans({"e": "a", "i": "a", "o": "a", "u": "a", "y": "a", "q": "k"})
_DOUBLED = re.compile(r"([b-df-hj-np-tv-z])\1+")
ARTICLES = ("al", "el", "as", "ash", "ar", "ad", "an", "at", "az")
_ARTICLE = re.compile(r"^(?:" + "|".join(ARTICLES) + ") ", re.MULTILINE)
MIN_SKELETON = 4
"""Fewest letters a name's skeleton must have to be matched by it."""
MIN_POPULATION = 15000
"""Smallest place taken for a name spelt otherwise; GeoNames' population 0 is unknown, not none (Tall
‘Afar, ‘Ayn ‘Īsá), and such a place is taken."""


def skeletons(keys: str) -> str:
    """The skeletons of lookup keys joined by newlines (same order, same number of lines)."""
    text = _ARTICLE.sub("", keys).replace("qu", "k").replace("ck", "k").translate(_ONE_VOWEL)
    return _DOUBLED.sub(r"\1", text)


def _bare(key: str) -> str:
    return _ARTICLE.sub("", key)


class SpellingIndex:
    """The gazetteer keys whose name (less an Arabic article) starts with one letter, sorted by
    skeleton (read-only once built)."""

    __slots__ = ("_keys", "_skeletons")

    def __init__(self, keys: tuple[str, ...], letter: str) -> None:
        chosen: list[str] = []
        for prefix in ("", *(f"{article} " for article in ARTICLES)):
            low = bisect.bisect_left(keys, prefix + letter)
            high = bisect.bisect_left(keys, prefix + chr(ord(letter) + 1))
            chosen.extend(keys[low:high])
        found = skeletons("\n".join(chosen)).split("\n") if chosen else []
        order = sorted(range(len(found)), key=found.__getitem__)
        self._skeletons = tuple(found[i] for i in order)
        self._keys = tuple(chosen[i] for i in order)

    def keys_like(self, key: str) -> list[str]:
        """The keys spelt like ``key`` (same skeleton and number of words), less ``key``."""
        wanted = skeletons(key)
        found = []
        i = bisect.bisect_left(self._skeletons, wanted)
        while i < len(self._skeletons) and self._skeletons[i] == wanted:
            other = self._keys[i]
            if other != key and _bare(other).count(" ") == _bare(key).count(" "):
                found.append(other)
            i += 1
        return found


def spelling_key(name_key: str) -> str | None:
    """The key less an Arabic article, when its skeleton is long enough to be matched, else None."""
    bare = _bare(name_key)
    if len(skeletons(bare).replace(" ", "")) < MIN_SKELETON or not "a" <= bare[:1] <= "z":
        return None
    return bare
