"""The event coder's named constructions, as ordered tables (see :mod:`.table`).

``decide(verb, lexicon)`` walks the verb constructions and names the one that decided the verb;
``sentence_candidates(...)`` walks the sentence constructions; ``added_candidates(...)`` the ones
tried besides the verbs' events; ``construction_names()`` lists
every name in order.
"""

from __future__ import annotations

from tidings.events.constructions.table import (
    ADDED_CONSTRUCTIONS,
    SENTENCE_CONSTRUCTIONS,
    VERB_CONSTRUCTIONS,
    Decision,
    added_candidates,
    construction_names,
    decide,
    sentence_candidates,
)

__all__ = [
    "ADDED_CONSTRUCTIONS", "SENTENCE_CONSTRUCTIONS", "VERB_CONSTRUCTIONS", "Decision", "added_candidates",
    "construction_names", "decide", "sentence_candidates",
]
