"""Choosing the right phrase as an event's source or target where the first one the parse offers
is the channel, the topic or a co-actor, not a party (issue #13's wrong-target families).

Each rule reads the dependency parse only (relations, prepositions, word classes), never a
particular name; the real sentence it exists for is quoted beside it.
"""

from __future__ import annotations

from spacy.tokens import Token

QUOTING_VERBS = frozenset({"quote", "cite"})
"""Verbs by which a channel passes on what someone else said ("quoted him as saying")."""

SAYING_VERBS = frozenset({"say", "state", "tell", "warn", "describe", "call", "announce", "add", "write"})
"""The verb of saying after "as" in "quoted X as saying ...": what the quoted person did."""

TOPIC_VERBS = frozenset({"discuss", "debate"})
"""Verbs whose direct object is what is talked about, not whom: "to discuss Libya–Turkey relations"."""

ADDRESS_PREPS = frozenset({"to"})
"""The preposition naming the addressee of a verb of writing or speaking ("wrote to the Embassy")."""

ASKING_VERBS = frozenset({"ask", "urge", "request", "demand", "call", "seek", "appeal", "press", "beg"})
"""Requests whose addressee a governing verb of communication may name ("wrote to X asking to ...")."""

WRITING_VERBS = frozenset({"write", "speak", "appeal", "turn", "go", "reach"})
"""Verbs of addressing someone through a "to"-phrase ("wrote to the US Embassy in London")."""


def quoted_saying(verb: Token) -> Token | None:
    """The "saying" of "X quoted/cited Y as saying ...", if the verb is such a quotation.

    "The official Saudi Press Agency quoted him as saying his talks at Riyadh with Nazir had been
    constructive and good." and "The Iranian spokesman was quoted by Tehran radio as saying the
    U.S. was trying to build up its military presence in the region.": the agency and the radio
    are the channel; the one quoted made the statement. The parser may hang the "as" phrase on a
    later clause of the verb ("... as saying the suspects were linked to the Jamaah Ansharut
    Daulah network, which itself was related to the Islamic State": "as" under "related")."""
    if verb.lemma_.lower() not in QUOTING_VERBS:
        return None
    clauses = [verb, *(c for c in verb.children if c.dep_ in {"advcl", "ccomp", "conj"} and c.i > verb.i)]
    for prep in (p for clause in clauses for p in clause.children):
        if prep.dep_ == "prep" and prep.lower_ == "as":
            for comp in prep.children:
                if comp.dep_ == "pcomp" and comp.lemma_.lower() in SAYING_VERBS:
                    return comp
    return None


def quoted_speakers(verb: Token) -> list[Token]:
    """Who is quoted: the object of an active quoting verb, the subject of a passive one
    ("The BBC also cited Budi Gunawan, chief of the Indonesian State Intelligence Agency, as
    saying the suspects were linked to ...": Budi Gunawan)."""
    return [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]


def is_topic(verb: Token, obj: Token) -> bool:
    """A common-noun direct object of a verb of discussing is the topic, and the parties its
    modifiers name ("Libya–Turkey relations") are not the target: "Egyptian foreign minister
    Sameh Shoukry and his Greek, Cypriot and French counterparts ... gathered in Cairo on
    Wednesday to discuss Libya–Turkey relations." (they met one another, not Turkey)."""
    return (verb.lemma_.lower() in TOPIC_VERBS and obj.dep_ == "dobj"
            and obj.pos_ == "NOUN" and not obj.ent_type_)


def governing_addressees(verb: Token) -> list[Token]:
    """A request in a participial clause with no addressee of its own is addressed to whom the
    governing verb of writing or speaking addresses: "Northamptonshire's chief constable Nick
    Adderley wrote to the US Embassy in London asking to waive her diplomatic immunity." (the
    Embassy is asked)."""
    head = verb.head
    if (verb.dep_ not in {"advcl", "xcomp", "conj"} or verb.tag_ != "VBG" or head is verb
            or verb.lemma_.lower() not in ASKING_VERBS or head.lemma_.lower() not in WRITING_VERBS):
        return []
    if any(c.dep_ in {"dobj", "dative", "iobj"} for c in verb.children):
        return []
    return [g for p in head.children if p.dep_ == "prep" and p.lower_ in ADDRESS_PREPS
            for g in p.children if g.dep_ == "pobj"]
