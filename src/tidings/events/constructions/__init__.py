"""The event coder's named constructions, as ordered tables (see :mod:`.table`).

``decide(verb, lexicon)`` walks the verb constructions and names the one that decided the verb;
``sentence_candidates(...)`` walks the sentence constructions; ``construction_names()`` lists
every name in order.
"""

from __future__ import annotations

from tidings.events.constructions.table import (
    SENTENCE_CONSTRUCTIONS,
    VERB_CONSTRUCTIONS,
    Decision,
    construction_names,
    decide,
    sentence_candidates,
)

__all__ = [
    "SENTENCE_CONSTRUCTIONS", "VERB_CONSTRUCTIONS", "Decision", "construction_names", "decide", "sentence_candidates",
]
