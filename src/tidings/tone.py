"""TONE stage: article tone in the spirit of GDELT's GKG tone fields.

Word scores come from the VADER lexicon shipped in the ``vaderSentiment`` package
(Hutto & Gilbert 2014, MIT licence); no model, no network.  For an article:

* ``positive`` / ``negative``: percentage of words with a positive / negative lexicon score
  (a score is flipped when one of the three preceding words negates it: "not good");
* ``tone`` = positive - negative (GDELT's overall tone, roughly -10 .. +10 for news);
* ``polarity`` = positive + negative (how emotionally charged the text is);
* ``activity_density``: percentage of words that are activity (event) verbs or nouns,
  GDELT's "activity reference density", from a small built-in list;
* ``word_count``: the number of words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from types import MappingProxyType

from tidings.errors import OntologyError
from tidings.records import Tone

__all__ = ["article_tone", "lexicon"]

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_NEGATORS = frozenset({
    "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot",
    "n't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't",
    "wouldn't", "can't", "couldn't", "shouldn't", "hasn't", "haven't", "hadn't", "lack", "lacks",
})
_NOT_SENTIMENT = frozenset({
    "like", "no", "yes", "please", "ok", "okay", "well", "pretty", "kind", "play", "special",
    "respective", "party", "parties", "united", "free", "share", "shares", "interest", "interests",
    "security", "fund", "funds", "credit", "natural", "justice",
})
"""Lexicon entries that are mostly function words or neutral institutional terms in news prose
("a new kind of", "special envoy", "United Nations", "Free Syrian Army", "security forces")."""
_THRESHOLD = 1.0
"""Minimum absolute VADER valence for a word to count as positive or negative."""
_ACTIVITY_STEMS = (
    "attack", "kill", "arrest", "protest", "meet", "sign", "negotiat", "talk", "visit", "vote",
    "strike", "bomb", "shoot", "shot", "fight", "clash", "invade", "march", "demonstrat",
    "announc", "accus", "condemn", "threat", "warn", "sanction", "agree", "reject", "deman",
    "request", "appeal", "urge", "support", "aid", "help", "cooperat", "deploy", "mobiliz",
    "mobilis", "launch", "fire", "seiz", "captur", "detain", "releas", "withdr", "retreat",
    "evacuat", "invest", "impos", "ban", "block", "raid", "assault", "wound", "injur", "execut",
    "abduct", "kidnap", "riot", "boycott", "host", "summit", "elect", "appoint", "resign",
    "accept", "promis", "pledg", "offer", "mediat", "ceasefire", "truce", "war", "battle",
    "siege", "shell", "airstrike", "explo", "destroy", "rescue", "deliver", "send", "sent",
    "expel", "deport", "charg", "convict", "sentenc", "investigat", "probe", "criticis", "criticiz",
    "denounc", "praise", "welcom", "thank", "apolog", "forgiv", "pardon", "surrender", "yield",
)
_ACTIVITY = re.compile(r"^(?:" + "|".join(_ACTIVITY_STEMS) + r")")


@lru_cache(maxsize=1)
def lexicon() -> Mapping[str, float]:
    """VADER word valences (-4 .. +4), alphabetic entries only, read once."""
    try:
        raw = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise OntologyError("the vaderSentiment lexicon is missing; reinstall vaderSentiment") from exc
    scores: dict[str, float] = {}
    for line in raw.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and _WORD.fullmatch(parts[0]) and parts[0] not in _NOT_SENTIMENT:
            scores[parts[0]] = float(parts[1])
    return MappingProxyType(scores)


def _is_negated(words: list[str], index: int) -> bool:
    return any(w in _NEGATORS or w.endswith("n't") for w in words[max(0, index - 3):index])


def article_tone(text: str) -> Tone:
    """GDELT-style tone of a text (see the module docstring); an empty text scores 0."""
    words = _WORD.findall(text.lower().replace("’", "'").replace("´", "'"))
    if not words:
        return Tone(tone=0.0, positive=0.0, negative=0.0, polarity=0.0, activity_density=0.0, word_count=0)
    scores = lexicon()
    positive = negative = active = 0
    for index, word in enumerate(words):
        if _ACTIVITY.match(word):
            active += 1
        valence = scores.get(word)
        if valence is None or abs(valence) < _THRESHOLD:
            continue
        if _is_negated(words, index):
            valence = -valence
        if valence > 0:
            positive += 1
        else:
            negative += 1
    total = len(words)
    pos, neg = 100.0 * positive / total, 100.0 * negative / total
    return Tone(tone=round(pos - neg, 4), positive=round(pos, 4), negative=round(neg, 4),
                polarity=round(pos + neg, 4), activity_density=round(100.0 * active / total, 4),
                word_count=total)
