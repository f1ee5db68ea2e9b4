"""How a place mention hangs from an event's clause in the dependency parse.

Used by :mod:`tidings.places.locate`.  :func:`governor` follows a mention's root up to the word it
says where something happens for:

* a locative preposition: "would take place in Vladivostok", "crashed near Fairfield";
* through a place noun: "in the Red Sea port town of Mokha", "the Croydon custody centre";
* the target of an attack or a capture: "Russian forces shelled Kharkiv", "invaded Afrin",
  "launched an attack on the nearby city of Afrin", "a US-led bombing of the Iraqi city of Mosul";
* the destination of a movement: "visit Russia", "moved to Douma";
* the origin of a departure: "ousting the YPG from the town of Afrin".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from spacy.tokens import Token

How = Literal["locative", "target", "destination", "origin", "reference"]
WEAK: frozenset[How] = frozenset({"origin", "reference"})
"""Attachments that lose to the verb's own places: where the event departs from; a reference point ("a power
pylon 20 km north of Lima"), the place only when the clause names none nearer."""
DIRECTIONS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                        "north-east", "north-west", "south-east", "south-west"})

LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "throughout",
                            "within", "on", "off", "along", "over", "through", "into"})
"""Prepositions that say where something happens ("from" says where someone comes from, so not it)."""
PLACE_NOUNS = frozenset({
    "city", "town", "village", "province", "region", "capital", "district", "area", "state", "country", "port",
    "enclave", "governorate", "county", "outskirts", "suburb", "center", "centre", "border", "island", "camp",
    "neighbourhood", "neighborhood", "resort", "base", "stronghold", "commune", "municipality", "hometown",
    "settlement", "valley", "prefecture", "oblast", "territory", "zone", "strip", "coast", "frontier", "outpost",
    "store", "market", "hospital", "prison", "school", "station", "airport", "mosque", "church", "hotel", "office",
    "refinery", "plant", "factory", "field", "fields", "street", "square", "building", "home", "house", "lodge",
    "court", "headquarters", "jail", "oasis", "township", "college", "garrison", "embassy", "consulate",
})
"""Nouns a place hangs from while the noun says where: "in the besieged city of Afrin",
"at a Walmart store in the U.S. border city of El Paso"."""
ATTACK_LEMMAS = frozenset({
    "attack", "shell", "bomb", "strike", "hit", "raid", "storm", "capture", "seize", "invade", "besiege",
    "target", "overrun", "occupy", "liberate", "recapture", "retake", "surround", "encircle", "bombard", "pound",
    "ambush", "assault", "blockade", "defend", "rock", "shake", "hammer", "destroy", "damage", "flood", "batter",
    "lash", "devastate", "take", "control", "enter", "clear",
})
"""Verbs whose object is the place acted on: "shelled Kharkiv", "an earthquake struck Surigao del Sur"."""
ATTACK_NOUNS = frozenset({
    "attack", "assault", "offensive", "strike", "airstrike", "raid", "bombing", "bombardment", "shelling",
    "incursion", "operation", "siege", "invasion", "capture", "battle", "fight", "fighting", "push", "advance",
    "campaign", "bombings", "attacks", "strikes", "airstrikes", "raids",
})
LISTING_PREPS = frozenset({"including", "like"})
"""Prepositions that name one of the places a place noun means: "Reportedly, at least two towns—including
Makilala in the province of North Cotabato—declared a state of calamity"."""
DIRECTIONAL_PREPS = frozenset({"to", "into", "toward", "towards"})
MOVEMENT_LEMMAS = frozenset({"visit", "travel", "go", "head", "arrive", "fly", "return", "come", "move", "deploy",
                             "send", "trip", "tour", "journey", "enter", "invade", "reach", "land", "flee", "march",
                             "advance", "withdraw", "retreat", "relocate", "migrate", "drive", "way", "spread"})
DEPARTURE_LEMMAS = frozenset({"oust", "expel", "drive", "push", "evict", "withdraw", "deploy", "evacuate", "airlift",
                              "fire", "launch", "flee", "leave", "depart", "escape", "retreat", "pull", "rescue",
                              "release", "free"})
"""Verbs whose "from X" is a place of the event: "ousted from the town of Afrin", "deployed from Tartus",
"Kyle Rittenhouse ... was released from a Wisconsin jail Friday"."""
SPEAKING_FROM = frozenset({"speak", "address", "broadcast", "testify", "appear", "tweet", "deliver", "report"})
"""Verbs whose "from X" is where the speaker is: "From Israel, Secretary of State Mike Pompeo spoke, defending
Trump's America First foreign policy" (a convention speech given from abroad)."""
TARGET_NOUNS = frozenset({"target", "scene", "site"})
"""Nouns whose "X was the N of an attack" makes X the attack's place: "In 2006, Abqaiq was the target of an
Al-Qaeda suicide attack"."""
_NOUNS = frozenset({"NOUN", "PROPN"})


@dataclass(frozen=True, slots=True)
class Attachment:
    """The word a place says where about, and how."""

    word: Token
    how: How


def is_descriptor(token: Token) -> bool:
    """Whether a mention's root only describes the place an "of" names: "the Red Sea port of Djibouti",
    "the Indian Ocean city of Durban", "the western Kyushu city of Miyazaki"."""
    noun = token.head if token.dep_ in ("compound", "amod", "nmod") else token
    if noun.i == token.i and any(child.dep_ == "compound" and child.pos_ == "PROPN" for child in noun.children):
        return False  # the mention names the place: "killed five militants in Kupwara district of Indian Kashmir"
    return noun.lemma_.lower() in PLACE_NOUNS and any(
        child.dep_ == "prep" and child.lower_ == "of" and any(g.dep_ == "pobj" for g in child.children)
        for child in noun.children)


def governor(token: Token, trigger: Token, depth: int = 0) -> Attachment | None:
    """The word whose place ``token`` (a mention's root) names, or None (see the module docstring)."""
    if depth > 8:
        return None
    dep, head = token.dep_, token.head
    if dep == "pobj" and head.dep_ in ("prep", "agent", "prt") and head.i != token.i:
        # a preposition the model calls a particle: "after it capsized off the Belgian coast last night"
        return _through_preposition(token, head, trigger, depth)
    if dep in ("dobj", "nsubjpass") and head.lemma_.lower() in ATTACK_LEMMAS:
        return Attachment(head, "target")
    if dep == "nsubj" and head.lemma_ == "be":
        return _target_of(head)
    if dep == "dobj" and head.lemma_.lower() in MOVEMENT_LEMMAS:
        return Attachment(head, "destination")
    if dep in ("compound", "amod", "nmod", "npadvmod", "conj", "appos") and head.i != token.i:
        if head.lemma_.lower() in ATTACK_NOUNS or (dep == "npadvmod" and head.pos_ != "PROPN"):
            return None  # the attacker: "a US-led bombing", "Russian air strikes"
        if head.i == trigger.i:
            return Attachment(trigger, "locative")
        if dep in ("conj", "appos", "npadvmod") or (head.pos_ in _NOUNS and head.lemma_.lower() in PLACE_NOUNS) or (
                dep == "compound" and head.lower_ in DIRECTIONS):  # "in Baguio north of Manila" (parsed so)
            return governor(head, trigger, depth + 1)  # "the Croydon, South London custody centre"
    return None


def _through_preposition(token: Token, prep: Token, trigger: Token, depth: int) -> Attachment | None:
    word, head = prep.lower_, prep.head
    lemma = head.lemma_.lower()
    if word == "of" and head.lower_ in DIRECTIONS and head.i != token.i:
        return _reference(head, trigger, depth)
    if word == "of" and (lemma in PLACE_NOUNS or lemma in ATTACK_NOUNS) and head.i != token.i:
        return governor(head, trigger, depth + 1)  # "the town of X", "a bombing of the city of X"
    if word in ("on", "against", "of") and lemma in ATTACK_NOUNS:
        return _event_of_noun(head, trigger, depth)  # "an attack on the city of Afrin"
    if word in LOCATIVE_PREPS and head.dep_ == "appos" and lemma in PLACE_NOUNS:
        return None  # describes a place: "The governor of Louisiana, a U.S. state on the Gulf of Mexico"
    if word in LOCATIVE_PREPS and lemma in PLACE_NOUNS and head.dep_ == "pobj" and _people_from(head.head):
        return None  # where people come from: "attended by 46 people from cities within Russia"
    if word in LOCATIVE_PREPS or (word in LISTING_PREPS and lemma in PLACE_NOUNS):
        return Attachment(head, "locative")  # a noun stands for its clause: "held talks in Moscow"
    if word in DIRECTIONAL_PREPS and (lemma in MOVEMENT_LEMMAS or _makes_way(head)):
        return Attachment(head, "destination")
    if word == "from" and lemma in DEPARTURE_LEMMAS:
        return Attachment(head, "origin")
    if word == "from" and lemma == "return" and _during_visit(trigger):
        return Attachment(trigger, "locative")  # "on his return to Tehran from Moscow ... signed during his visit"
    if word == "from" and lemma in SPEAKING_FROM and head.pos_ in ("VERB", "AUX"):
        return Attachment(head, "locative")  # "From Israel, Secretary of State Mike Pompeo spoke"
    return None


def _reference(direction: Token, trigger: Token, depth: int) -> Attachment | None:
    """The clause a reference point says where for: "Iran said it launched a fresh offensive today north of
    Baghdad" (the direction modifies the verb), "crashed into a mountain north of Tokyo" (through the
    preposition), not a place's description ("Mendoza, 600 miles west of Buenos Aires"; "a bomb had exploded at
    0200 gmt at the academy, in Baguio north of Manila", where the model makes Baguio a compound of "north")."""
    if any(child.dep_ == "compound" and child.pos_ == "PROPN" for child in direction.children):
        return None
    if direction.dep_ in ("advmod", "npadvmod") and direction.head.pos_ in ("VERB", "AUX"):
        return Attachment(direction.head, "reference")
    if direction.dep_ == "pobj":
        found = governor(direction, trigger, depth + 1)
        return None if found is None else Attachment(found.word, "reference")
    return None


VISIT_NOUNS = frozenset({"visit", "trip", "tour", "stay"})


def _during_visit(trigger: Token) -> bool:
    """Whether the event happened "during his visit" (or trip, tour, stay): then a return's "from X" names the
    place visited ("quoted Oil Minister Gholamreza Aqazadeh as saying on his return to Tehran from Moscow that
    the agreement was part of a protocol on economic cooperation signed during his visit")."""
    return any(prep.lower_ == "during" and any(g.dep_ == "pobj" and g.lemma_.lower() in VISIT_NOUNS
                                               for g in prep.children) for prep in trigger.children)


def _makes_way(verb: Token) -> bool:
    """ "make one's way to X" is a movement to X: "As the 1,500 delegates made their way to the Russian city
    of Sochi to attend a conference"."""
    return verb.lemma_.lower() == "make" and any(c.dep_ == "dobj" and c.lemma_.lower() == "way" for c in verb.children)


PEOPLE_NOUNS = frozenset({"people", "person", "delegate", "participant", "student", "visitor", "resident",
                          "team", "contestant", "athlete", "worker", "man", "woman"})


def _people_from(prep: Token) -> bool:
    """A "from" that says where people come from: after a verb that is no departure ("The competition
    was attended by 46 people from cities within Russia", where the model hangs "from" on the verb)
    or after a noun of people; not "launched via a Falcon 9 rocket from the Kennedy Space Center"."""
    if prep.lower_ != "from" or prep.head.i == prep.i:
        return False
    head = prep.head
    lemma = head.lemma_.lower()
    if head.pos_ in ("VERB", "AUX"):  # and the people are its object or agent
        objects = [c for c in head.children if c.dep_ == "dobj"] + [
            g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return lemma not in DEPARTURE_LEMMAS and any(o.lemma_.lower() in PEOPLE_NOUNS for o in objects)
    return lemma in PEOPLE_NOUNS


def _target_of(copula: Token) -> Attachment | None:
    """The attack of "X was the target of an attack" (see TARGET_NOUNS), else None."""
    for attr in copula.children:
        if attr.dep_ == "attr" and attr.lemma_.lower() in TARGET_NOUNS:
            for prep in attr.children:
                nouns = [g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in ATTACK_NOUNS]
                if prep.lower_ == "of" and nouns:
                    return Attachment(nouns[0], "target")
    return None


def _event_of_noun(noun: Token, trigger: Token, depth: int) -> Attachment:
    """An attack noun's own event: the verb it is subject or object of ("launched an attack on X",
    "a Turkish military assault on the city of Afrin continued"), else the noun itself."""
    if noun.i != trigger.i and noun.dep_ in ("dobj", "nsubj", "nsubjpass"):
        return Attachment(noun.head, "target")
    if noun.i != trigger.i and noun.dep_ == "pobj":
        found = governor(noun, trigger, depth + 1)
        if found is not None:
            return Attachment(found.word, "target")
    return Attachment(noun, "target")
