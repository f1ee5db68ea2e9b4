"""Who carried out an attack that a passive names only as its means: "killed in an Israeli
airstrike" -- the nation or force that modifies the attack noun is the source."""

from __future__ import annotations

from spacy.tokens import Token

ATTACK_NOUNS = frozenset({
    "attack", "airstrike", "strike", "raid", "operation", "bombing", "bombardment", "shelling", "offensive",
    "assault", "ambush", "crackdown", "shootout", "barrage",
})
MEANS_PREPS = frozenset({"in", "during"})
OWNER_ENTITIES = frozenset({"NORP", "GPE", "ORG"})


def attack_owners(verb: Token) -> list[Token]:
    """The owners of the attack a passive verb happens in: "Hamza bin Laden, son of the late
    Al-Qaeda founder Osama bin Laden, has been killed in a US counter-terrorism operation"
    (wikinews-3659e6ad8ababc7c): "US"; "Three Palestinians were killed in an Israeli airstrike on
    Gaza": "Israeli", never "Gaza", which is what was struck. Only names before the noun count."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in MEANS_PREPS:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in ATTACK_NOUNS:
                continue
            owners = [t for t in noun.subtree if t.i < noun.i and t.ent_type_ in OWNER_ENTITIES
                      and t.dep_ in {"amod", "compound", "poss", "nmod", "npadvmod"}]
            heads = [t for t in owners if t.head not in owners]  # "United States": the name's head
            if heads:
                return heads[:1]
    return []
