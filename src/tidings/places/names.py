"""Lookup keys of place names, shared by the gazetteer build and the lookups."""

from __future__ import annotations

import re
import unicodedata

_KEY_DROP = re.compile(r"[.'’´`‘ʿʾ]")
_KEY_SPACE = re.compile(r"[\s\-–_/,]+")
_SAINT = re.compile(r"^(?:st|ste) ")


def name_key(name: str) -> str:
    """Lookup key of a place name: accents off, lower case, no dots/apostrophes/leading 'the'."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"(?:'s|s')$", "", text.strip())
    text = _KEY_SPACE.sub(" ", _KEY_DROP.sub("", text)).strip()
    text = text.removeprefix("the ")
    return _SAINT.sub("saint ", text)
