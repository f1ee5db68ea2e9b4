"""Places that are only the setting of an event: where a gathering is held or where a journey
starts. A place named there is no party to the event, so it is never taken as its target."""

from __future__ import annotations

from spacy.tokens import Token

from tidings.events.stance_terms import GATHERING_VERBS
from tidings.events.terms import ARRIVAL_VERBS, MOTION_VERBS

GATHERING_NOUNS = frozenset({
    "meeting", "meetings", "talk", "talks", "summit", "conference", "session", "negotiation", "negotiations",
    "consultation", "consultations", "ceremony", "forum", "gathering", "rally", "convention",
})
"""Nouns of gatherings, whose "in X" / "at X" says where they happen (not of visits: the host of
"a visit to Amman" is its target)."""
SETTING_PREPS = frozenset({"in", "at", "near", "inside", "outside"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
JOURNEY_VERBS = MOTION_VERBS | ARRIVAL_VERBS | GATHERING_VERBS | {"depart", "leave", "fly", "drive", "travel"}


def is_setting(token: Token) -> bool:
    """Whether a place name is only the setting of its phrase: the venue of a gathering ("Six
    major industrial countries agreed at a meeting in Paris in February to foster currency
    stability", reuters-5778; "Catholic bishops from around the world attended a summit in Rome"),
    or where a journey or march starts ("Shultz ... arrived from Helsinki aboard a U.S. Air Force
    plane and went straight into a closed-door meeting with Shevardnadze", reuters-16218). Where
    one arrives is the host ("Iraqi President Saddam Hussein arrived in Amman": Jordan)."""
    if token.dep_ != "pobj" or token.ent_type_ not in PLACE_ENTITIES:
        return False
    prep = token.head
    host = prep.head.lemma_.lower()
    if prep.lower_ in SETTING_PREPS and prep.head.pos_ in {"NOUN", "PROPN"}:
        return host in GATHERING_NOUNS or prep.head.lower_ in GATHERING_NOUNS
    return prep.lower_ == "from" and prep.head.pos_ == "VERB" and host in JOURNEY_VERBS
