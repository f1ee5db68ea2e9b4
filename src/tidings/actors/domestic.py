"""Finishing an actor from its phrase and the article's context.

* Domestic actors take the article's country: "police" in a New Zealand story is
  ``NZLCOP``, "the government" in a Syria story ``SYRGOV``, "Congress" in a US story ``USALEG``.
* Named organisations say what they are by their last word: "Lloyds Bank" is a company,
  "Cumhuriyet University" a university, "Real Madrid CF" a club; none is a government.
* Places are actors only where they act: "Washington said", "Raqqa's council", not
  "a drone strike in Raqqa" or "the strike on Raqqa".
* Bare titles resolve to the office-holder (see :mod:`tidings.actors.offices`).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from tidings.actors.dictionary import ActorDictionary
from tidings.actors.keys import INTERNATIONAL_PREFIXES, split_code
from tidings.actors.kinds import KIND_SECTORS, actor_kind, organisation_kind
from tidings.actors.offices import office_holder, title_office
from tidings.actors.phrase import PhraseCode
from tidings.records import Actor

LOCATIVE_PREPS = frozenset({"in", "at", "near", "on", "across", "around", "outside", "inside", "within",
                            "into", "throughout", "over", "onto", "towards", "toward", "via", "through"})
LOCATION_KINDS = frozenset({"place", "capital"})
CONTEXT_KINDS = frozenset({"agent", "group", "person", "entity"})
"""Phrase kinds that may take the article's country: role nouns ("police"), social groups,
people and organisations we do not know."""


def is_location(token: Token, phrase: PhraseCode) -> bool:
    """A city, region or capital that is where something happens: the object of a locative
    preposition ("in Raqqa", "the strike on Raqqa"), not a possessor or a subject."""
    if phrase.kind not in LOCATION_KINDS:
        return False
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS


def _entity_tokens(token: Token) -> list[Token]:
    """The named entity ``token`` belongs to (a PROPN head's ORG/FAC/GPE name)."""
    if not token.ent_type_:
        return []
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return list(doc[start:end])


NOT_DOMESTIC = frozenset({"foreign", "international", "overseas", "global", "world"})
EXTERNAL_PARTIES = frozenset({"creditor", "donor", "lender"})
"""Nouns for parties outside the country they deal with: "Sudan has been told by its main creditors"
(reuters-8796), "private foreign banks", "the donors": not the debtor's own."""
LENDERS = frozenset({"bank", "banker"})
"""Banks named as a group, by no country or name, lend across borders: "The bankers also expressed
disappointment Gros could not give assurances as to when interest payments on the 68 billion dlrs of
medium- and long-term debt would restart." (reuters-8121, Brazil's debt talks), "Funaro said the
commercial banks agreed on Brazil's need for economic growth" (reuters-15362): not Brazil's own."""
FOREIGN_OFFICES = frozenset({"minister", "ministry", "secretary", "office", "affair", "affairs", "service",
                             "policy", "correspondent", "desk"})


def _foreign(token: Token) -> bool:
    """"foreign governments", "international lenders": by its own words not the article's country.
    "Ecuador has also appealed for emergency aid from about 40 foreign governments." (reuters-4126)"""
    if token.lemma_.lower() in FOREIGN_OFFICES:
        return False  # "the foreign ministers", "the foreign office": the foreign service of a state
    if token.lemma_.lower() in EXTERNAL_PARTIES:
        return True
    if token.pos_ == "NOUN" and token.tag_ == "NNS" and token.lemma_.lower() in LENDERS:
        return True
    if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in EXTERNAL_PARTIES for c in token.children):
        return True  # "the creditor banks", "donor countries"
    return any(c.dep_ in ("amod", "compound") and c.lower_ in NOT_DOMESTIC for c in token.children)


def complete_actor(token: Token, phrase: PhraseCode, context_country: str | None) -> Actor:
    """The phrase's actor, with the article's country for domestic actors and the kind."""
    code, country, sectors = phrase.code, phrase.country, tuple(phrase.sectors)
    entity_kind = organisation_kind(_entity_tokens(token)) if token.pos_ == "PROPN" else None
    if entity_kind is not None and phrase.kind in ("entity", "capital", "place", "country", "org"):
        prefix = split_code(code).prefix if code else ""
        if prefix not in INTERNATIONAL_PREFIXES and not (phrase.kind == "org" and sectors):
            sectors = KIND_SECTORS[entity_kind]
            code = (country or "") + (sectors[0] if sectors else "") or None
        elif prefix in INTERNATIONAL_PREFIXES:
            entity_kind = None  # "World Bank president Barber Conable said" (reuters-9788): an IGO, not a bank
    prefix = split_code(code).prefix if code else ""
    borrowed = False
    foreign = country is None and not prefix and _foreign(token)
    if country is None and not prefix and context_country and not foreign and (
            phrase.kind in CONTEXT_KINDS or entity_kind is not None):
        country, borrowed = context_country, True
        code = country + (sectors[0] if sectors else "")
    # "Environment Minister Tom McMillan said" (reuters-6829): a person with a role, not a body
    named_person = phrase.kind == "agent" and token.pos_ == "PROPN" and token.ent_type_ == "PERSON"
    kind = entity_kind or actor_kind(code, country, sectors, "person" if named_person else phrase.kind)
    return Actor(text=phrase.text, name=phrase.name, code=code, country=country, sectors=list(sectors),
                 kind=kind, country_from_context=borrowed, foreign=foreign)


def title_holder(token: Token, phrase: PhraseCode, dictionary: ActorDictionary, on: dt.date | None,
                 context_country: str | None, earlier_people: list[Actor]) -> Actor | None:
    """ "the president", "the Slovak prime minister": the person who held that office in that
    country on the article's date; an earlier-named holder of the office first."""
    if on is None or phrase.has_name or phrase.plural or phrase.kind != "agent":
        return None
    if any(t.ent_type_ == "PERSON" for t in token.subtree if t.i <= token.i):
        return None                      # "President Dos Santos": a named person, not a title
    if not (phrase.definite or token.text[:1].isupper()):
        return None
    office = title_office(token)
    if office is None:
        return None
    for person in earlier_people:
        entry = dictionary.lookup(person.name or "", on)
        if entry is not None and any(r.office and office in r.office.split("|") and
                                     (phrase.country is None or split_code(r.code or "").country == phrase.country)
                                     for r in entry.roles_on(on)):
            return person.model_copy(update={"text": phrase.text})
    country = phrase.country or context_country
    held = office_holder(dictionary, country, office, on) if country else None
    if held is None:
        return None
    entry, role = held
    parts = split_code(role.code or "")
    return Actor(text=phrase.text, name=entry.name, code=role.code, country=parts.country,
                 sectors=list(parts.sectors), kind="political_person")
