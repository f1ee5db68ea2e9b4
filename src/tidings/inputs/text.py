"""Article text: Unicode and whitespace normalisation, and a cheap language check."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"\u00b4": "'", "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_SPACES = re.compile(r"[ \t\u00a0]+")
# Common function words of English and of other languages written in Latin script.
_ENGLISH_WORDS = frozenset(
    "the a an and of to in on for with by at from is are was were has have had that this it as be "
    "he she they we said will would not or but its their his her".split()
)
_OTHER_LANGUAGE_WORDS = frozenset(
    # German
    "der die das und ist nicht mit sich des dem den auch auf ein eine einer dass wurde hat am zu im von vom bei nach "
    "le la les et est une des du pour dans qui sur pas au aux avec ce sont été "  # French
    "el los las y es del por con una para como más pero sus fue este "  # Spanish
    "il della di che non sono gli nel alla anche "  # Italian
    "não uma os como mais ao pelo pela são foi "  # Portuguese
    "het een niet zijn voor dat ook maar bij nog".split()  # Dutch
)
_INDENTED_LINE = re.compile(r"\n[ \t]+(?=\S)")


def normalise_text(text: str) -> str:
    """Unicode-normalise, unify apostrophes, collapse runs of spaces, strip ends. Wire copy that
    wraps its lines and indents each paragraph (Reuters-21578: "... ease restrictions on exports
    of high technology.\n    But the U.S. Embassy replied ...") gets a blank line between
    paragraphs, so that paragraphs stay told apart from wrapped lines."""
    text = unicodedata.normalize("NFC", text).translate(_APOSTROPHES)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\n\n" not in text.strip():
        text = _INDENTED_LINE.sub("\n\n", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return re.sub(r"(?<=[.!?\"'])[\s\-\u2013\u2014]+$", "", text)  # a stray dash after the last sentence


def looks_english(text: str) -> bool:
    """A cheap language check that needs evidence of another language: mostly non-Latin
    letters, or many more function words of German, French, Spanish, Italian, Portuguese or
    Dutch than of English. Tables of figures and headline shorthand pass."""
    return language_problem(text) is None


def language_problem(text: str) -> str | None:
    """Why ``text`` is not English, or None when it may be."""
    sample = text.lower()[:4000]
    letters = [c for c in sample if c.isalpha()]
    non_latin = sum(1 for c in letters if c > "\u024f")
    share = non_latin / max(len(letters), 1)
    if (len(letters) >= 40 and share > 0.3) or (len(letters) >= 2 and share > 0.5):
        return "not English (mostly non-Latin script)"
    words = re.findall(r"[^\W\d_]+", sample)
    if len(words) < 8:
        return None  # too short to judge; let it through
    english = sum(1 for word in words if word in _ENGLISH_WORDS)
    foreign = sum(1 for word in words if word in _OTHER_LANGUAGE_WORDS)
    if foreign >= 5 and foreign > 3 * english:
        return "not English (too few English function words)"
    return None
