"""Place names inside the names of people and organisations, which do not name the place.

"a suspect named Amman" is not Jordan's capital, "Nikki Holland of the UK's National Crime
Agency" not the Netherlands, and "Thames Valley Police" not the police of Anguilla (whose
capital is "The Valley"). A one-word place that continues a longer proper name the
dictionary does not know is a word of that name.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from tidings.actors.data import ActorEntry
from tidings.actors.dictionary import ActorDictionary
from tidings.actors.keys import normalise_key

PLACE_KINDS = frozenset({"country", "capital", "place"})
PERSON_CUES = frozenset({"named", "called", "mr", "mrs", "ms", "miss", "dr", "identified", "suspect"})
NAME_ENTITIES = frozenset({"PERSON", "ORG", "FAC"})
GEOGRAPHIC_QUALIFIERS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "upper", "lower", "greater", "inner", "outer", "new", "old", "metropolitan", "mount", "port",
    "lake", "cape", "saint", "st", "san", "santa", "fort", "el", "al", "la", "le", "los", "las",
})
"""Words that make a longer name of the same place ("Greater Manchester", "Port Sudan")."""
MIN_FIRST_NAME_CHARS = 3


@lru_cache(maxsize=4)
def first_names(dictionary: ActorDictionary) -> frozenset[str]:
    """First words of the full names of the people the dictionary knows ("abdullah" from
    Abdullah Abdullah), less any word that is itself a name in the dictionary ("jordan") or
    begins a role noun ("acting" president, "air" marshal)."""
    role_words = {key.split(" ")[0] for key in dictionary.agents}
    found = set()
    for entry in dictionary.entries:
        if entry.kind != "person":
            continue
        words = normalise_key(entry.name).split(" ")
        if len(words) > 1 and len(words[0]) >= MIN_FIRST_NAME_CHARS and words[0].isalpha():
            found.add(words[0])
    return frozenset(word for word in found if word not in dictionary.aliases and word not in role_words)


def place_in_name(span: Span, entry: ActorEntry, dictionary: ActorDictionary, after_match: bool) -> bool:
    """True if a one-word place match is a word of a person's or organisation's name.

    ``after_match`` says the token before the span ended another dictionary match (then it is
    not an unknown name: "Kurdish Iraq", "President Chad")."""
    if entry.kind not in PLACE_KINDS or len(span) != 1:
        return False
    token = span[0]
    return _person_cued(token, entry) or (not after_match and _continues_name(token, entry, dictionary))


def _continues_name(token: Token, entry: ActorEntry, dictionary: ActorDictionary) -> bool:
    """The place word follows an unknown capitalised word of the same PERSON/ORG/FAC entity:
    any such word before a city ("Thames Valley Police"), a known first name before a country
    ("Nikki Holland", spaCy's ORG)."""
    if token.i == 0 or token.ent_iob_ != "I" or token.ent_type_ not in NAME_ENTITIES:
        return False
    before = token.doc[token.i - 1]
    if before.pos_ != "PROPN" or not before.is_title or before.lower_ in GEOGRAPHIC_QUALIFIERS:
        return False
    if entry.kind == "country":
        return token.ent_type_ == "PERSON" or before.lower_ in first_names(dictionary)
    return True


def _person_cued(token: Token, entry: ActorEntry) -> bool:
    """"a suspect named Amman", "Mr Jordan", "Ahmed Amman": spaCy's PERSON with a cue or a
    first name."""
    if token.ent_type_ != "PERSON":
        return False
    doc = token.doc
    cued = token.i > 0 and doc[token.i - 1].lower_.strip(".") in PERSON_CUES
    neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc) and doc[i].ent_type_ == "PERSON"
                  and (doc[i].ent_iob_ == "I" if i > token.i else token.ent_iob_ == "I")]
    # "Ahmed Amman" is a person; "Bosnian Serbs" (tagged PERSON) is a people of a country
    first_name = any(t.pos_ == "PROPN" and t.is_title and not t.text.lower().startswith(entry.name.lower()[:4])
                     and t.tag_ == "NNP" and not t.text.endswith(("an", "ian", "ese", "ish", "i"))
                     for t in neighbours)
    return cued or first_name
