"""Harm done by a disaster, an accident or a disease is no political event: no actor did it.

* "Typhoon Phanfone made landfall on the central Philippines ..., killing at least 20"
* "The accident in Salaheddin district killed eleven, with a child the sole survivor."
* "At least seven people were killed in the United States yesterday, when a World War II-era bomber
  crashed at Bradley International Airport"
* "Fourteen people were injured in the crash"

A verb of harm (kill, injure, damage, strike...) whose doer is a disaster, accident or disease
noun, whose passive names one as where the harm came ("in the crash"), or that happened "when"
a vehicle crashed, codes nothing."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from tidings.events.constructions.base import SKIP, Context, Outcome

HARM_LEMMAS: Final = frozenset({
    "kill", "injure", "wound", "hurt", "damage", "destroy", "strike", "hit", "devastate", "decimate", "batter",
    "ravage", "flatten", "displace", "claim", "leave",
})
"""Verbs by which something harms people or places ("killing at least 20", "damaged similar regions")."""

DISASTER_NOUNS: Final = frozenset({
    "typhoon", "storm", "hurricane", "cyclone", "tornado", "earthquake", "quake", "tremor", "aftershock", "flood",
    "floods", "flooding", "rain", "rains", "landslide", "landslides", "mudslide", "avalanche", "tsunami", "drought",
    "heatwave", "wildfire", "wildfires", "bushfire", "eruption", "accident", "crash", "collision", "derailment",
    "virus", "coronavirus", "disease", "outbreak", "pandemic", "epidemic", "measles", "flu", "influenza", "covid-19",
    "cholera", "ebola",
})
"""Causes of harm that are no actor: weather, geology, accidents, disease."""

ACCIDENT_VERBS: Final = frozenset({"crash", "collide", "derail", "capsize", "sink", "overturn", "roll", "erupt"})
"""Verbs of an accident or a natural event in the clause that says when the harm came ("when ... crashed")."""


def _is_disaster(token: Token) -> bool:
    """A disaster noun, or a name it heads ("Typhoon Phanfone", "Hurricane Dorian")."""
    words = [token, *(c for c in token.children if c.dep_ in {"compound", "amod"})]
    return any(w.lemma_.lower() in DISASTER_NOUNS or w.lower_ in DISASTER_NOUNS for w in words)


def _doers(verb: Token) -> list[Token]:
    """The verb's subject, its passive agent, or for a participle ("..., killing at least 20") the
    subject of the clause it elaborates."""
    found = [c for c in verb.children if c.dep_ == "nsubj"]
    found += [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    if not found and verb.dep_ in {"advcl", "xcomp", "conj"} and verb.tag_ == "VBG":
        found = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return found


def _settings(verb: Token) -> list[Token]:
    """What a passive harm came "in" or "from" ("injured in the crash")."""
    return [g for p in verb.children if p.dep_ == "prep" and p.lower_ in {"in", "from", "by", "during"}
            for g in p.children if g.dep_ == "pobj"]


def _when_accident(verb: Token) -> bool:
    """"... were killed ..., when a bomber crashed at Bradley International Airport" (the "when"
    clause anywhere under the verb: the parser may hang it on "yesterday")."""
    return any(t.lemma_.lower() in ACCIDENT_VERBS and t.pos_ == "VERB"
               and any(m.dep_ == "advmod" and m.lower_ == "when" for m in t.children) for t in verb.subtree)


def disaster_harm(verb: Token, ctx: Context) -> Outcome:
    """Harm by a disaster, accident or disease ("killing at least 20" after "Typhoon Phanfone made
    landfall"): no event between actors."""
    if ctx.lemma not in HARM_LEMMAS:
        return None
    if any(_is_disaster(t) for t in _doers(verb) + _settings(verb)) or _when_accident(verb):
        return SKIP
    return None
