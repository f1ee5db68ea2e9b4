"""Word lists for stances, judgements and gatherings (general English, not tuned to any sentence).

They complement :mod:`tidings.events.terms` (kept separate so that neither grows past a readable
size): adjectives of a stance ("was critical of"), nouns an actor expresses ("expressed concern"),
verbs of allegation, the crowds whose gathering is a demonstration, and the phone as a channel.
"""

from __future__ import annotations

# "Germany was highly critical of the Russian decision": an adjective of the subject's stance towards
# the object of its preposition, with the CAMEO code that stance is.
STANCE_ADJECTIVES: dict[str, str] = {
    "critical": "111", "scathing": "111", "dismissive": "111", "contemptuous": "111", "disdainful": "111",
    "hostile": "111", "opposed": "120", "averse": "120", "resistant": "120",
    "supportive": "051", "appreciative": "051", "grateful": "051", "complimentary": "051",
    "sympathetic": "018", "apologetic": "055", "pessimistic": "012", "optimistic": "013", "skeptical": "012",
    "sceptical": "012", "doubtful": "012", "wary": "012",
}
STANCE_COPULAS = frozenset({"be", "remain", "become", "seem", "appear", "sound", "stay", "grow"})
STANCE_PREPS = frozenset({"of", "to", "toward", "towards", "about", "on", "with", "over"})

# "expressed concern that ...", "voiced reservations about ...": a noun of attitude an actor expresses.
EXPRESS_VERBS = frozenset({"express", "voice", "convey", "register", "air", "extend"})
EXPRESSED_NOUNS: dict[str, str] = {
    "concern": "012", "worry": "012", "fear": "012", "pessimism": "012", "doubt": "012", "skepticism": "012",
    "scepticism": "012", "optimism": "013", "confidence": "013", "hope": "013",
    "sympathy": "018", "condolence": "018", "condolences": "018", "solidarity": "018",
    "regret": "055", "remorse": "055",
    "support": "051", "gratitude": "051", "thanks": "051", "appreciation": "051", "admiration": "051",
    "congratulations": "051",
    "reservation": "120", "reservations": "120", "opposition": "120", "objection": "120", "objections": "120",
    "disapproval": "110", "disappointment": "110", "dismay": "110", "displeasure": "110", "dissatisfaction": "110",
    "anger": "111", "outrage": "111", "indignation": "111", "condemnation": "111", "criticism": "111",
    "protest": "114", "desire": "030", "willingness": "030", "readiness": "030", "interest": "030",
}

# "His associates have alleged Navalny was poisoned": alleging that others did wrong accuses them (112);
# "claimed violent protesters were sent by the government" too, when what is claimed is bad.
ALLEGING_VERBS = frozenset({"allege", "claim", "charge", "contend", "assert", "insinuate"})
ALWAYS_ACCUSING_VERBS = frozenset({"allege", "insinuate"})
"""Verbs whose complement is an accusation whatever its words; the others only when it is negative."""

# "Thousands of people had gathered outside the National Congress", "Several thousand people
# rallied at Freedom Plaza": a crowd that gathers demonstrates (141).
GATHERING_VERBS = frozenset({"gather", "rally", "assemble", "converge", "march", "amass", "congregate", "throng"})
CROWD_NOUNS = frozenset({
    "people", "protester", "demonstrator", "supporter", "crowd", "thousand", "thousands", "hundred", "hundreds",
    "activist", "student", "resident", "opponent", "citizen", "marcher", "worker", "farmer", "teacher",
    "opposition", "mourner", "villager", "youth", "woman", "man", "voter", "fan",
})

# "Trump and Erdogan spoke on the phone": speaking by phone is a telephone call (041).
CONVERSING_VERBS = frozenset({"speak", "talk", "chat", "confer", "converse"})
PHONE_NOUNS = frozenset({"phone", "telephone", "telephones", "phones"})
PHONE_PREPS = frozenset({"on", "by", "over", "via"})

# "Iran said reports that it intended to threaten shipping were baseless": calling a charge false denies it (016).
DENIAL_ADJECTIVES = frozenset({
    "baseless", "false", "untrue", "groundless", "unfounded", "fabricated", "absurd", "ridiculous", "nonsense",
    "wrong", "incorrect", "inaccurate", "fake", "misleading", "lie", "lies",
})

# "Last week a Kabul car bombing killed five": the harm done by an event of violence is that event.
HARM_VERBS = frozenset({
    "kill", "wound", "injure", "destroy", "damage", "hit", "level", "flatten", "devastate", "claim",
})
# "journalists were attacked by protesters": an attack by people who bear no arms assaults (182).
ASSAULT_VERBS = frozenset({"attack", "assault", "beat", "stab", "punch", "kick", "assail"})
UNARMED_ATTACKERS = frozenset({
    "protester", "demonstrator", "mob", "crowd", "assailant", "attacker", "man", "woman", "men", "gang", "rioter",
    "youth", "fan", "supporter", "student", "resident", "villager", "thug", "hooligan", "passer-by",
})

# Violent events named by a noun and its modifier ("a car bombing", "a chemical attack"), by CAMEO's
# kinds: non-military bombings (183x), aerial weapons (195), weapons of mass destruction (204x).
VIOLENCE_NOUNS: dict[str, str] = {
    "car bomb": "1832", "car bombing": "1832", "truck bomb": "1832", "suicide bombing": "1831",
    "suicide attack": "1831", "suicide bomber": "1831", "suicide blast": "1831", "roadside bomb": "1833",
    "bomb attack": "183", "bomb blast": "183", "knife attack": "182",
    "drone attack": "195", "missile attack": "195", "rocket attack": "195", "air raid": "195",
    "chemical attack": "2041", "gas attack": "2041", "chemical weapons": "2041", "nerve agent": "2041",
}

FIGURATIVE_FIGHTS: frozenset[str] = frozenset({
    "court", "legal", "custody", "election", "electoral", "political", "price", "trade", "tariff", "currency",
    "bidding", "takeover", "proxy", "uphill", "budget", "ratings", "culture", "turf",
})
"""Modifiers that make a fight no violence: "following a court battle over attempts to delay the voting",
"a heavily publicized custody battle", "an uphill election battle", "a costly and damaging trade war"."""
FIGHT_NOUNS: frozenset[str] = frozenset({"battle", "battles", "fight", "fighting", "war", "wars", "clash", "clashes"})
