"""Coding one noun phrase from the dictionary matches inside it.

A phrase is the head token plus its compound/amod/poss/appos/nmod/flat dependents
(never conjuncts or relative clauses). Named entries (people, organisations) give a
full code; otherwise a country (name, adjective, possessor, capital) and a role noun
combine ("Russian" + "deputy foreign minister" -> RUSGOV). Objects of "of"/"in"/"from"
only supply a country the core phrase lacks ("King Hassan of Morocco").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Token

from tidings.actor_dictionary import ActorDictionary
from tidings.actor_keys import split_code
from tidings.actor_match import Match

CORE_DEPS = frozenset({"compound", "amod", "poss", "appos", "nmod", "flat", "nn", "det", "nummod",
                       "quantmod", "case", "npadvmod", "punct", "hyph"})
SECONDARY_PREPS = frozenset({"of", "in", "from"})
CLIMB_DEPS = frozenset({"compound", "amod", "poss", "nmod", "flat", "nn", "appos"})
FORMER_WORDS = frozenset({"former", "ex", "ousted", "deposed", "late"})
PLACE_KINDS = frozenset({"country", "capital", "place"})
PERSON_ROLE_LEMMAS = frozenset({
    "leader", "president", "premier", "chancellor", "minister", "secretary", "envoy", "adviser",
    "advisor", "aide", "ambassador", "king", "queen", "emperor", "monarch", "prince", "spokesman",
    "spokeswoman", "spokesperson", "official", "commander", "general", "diplomat", "judge",
    "dictator", "ruler", "chief", "head", "governor", "mayor", "negotiator", "lawmaker",
})


@dataclass(frozen=True, slots=True)
class PhraseCode:
    """What a phrase says about its actor, before coreference."""

    text: str
    start: int
    end: int
    name: str | None
    code: str | None
    country: str | None
    sectors: tuple[str, ...]
    kind: str            # person, org, country, capital, place, agent, entity, none
    has_name: bool       # a named entry or named entity (not just role nouns)
    plural: bool
    definite: bool


def core_tokens(head: Token) -> list[Token]:
    """The head and its phrase-internal dependents (recursively), in document order."""
    found = [head]
    stack = [head]
    while stack:
        token = stack.pop()
        for child in token.children:
            if child.dep_ in CORE_DEPS:
                found.append(child)
                stack.append(child)
    return sorted(found, key=lambda t: t.i)


def secondary_tokens(head: Token, core: list[Token]) -> list[Token]:
    """Objects of of/in/from attached to the core, and the phrase an appositive hangs on."""
    extra: list[Token] = []
    for token in core:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in SECONDARY_PREPS:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        extra.extend(core_tokens(obj))
    if head.dep_ == "appos" and head.head.pos_ in ("NOUN", "PROPN"):
        extra.extend(t for t in core_tokens(head.head) if t not in core)
    return extra


def phrase_head(token: Token) -> Token:
    """Climb from a token inside a noun phrase to the phrase head."""
    current = token
    while current.dep_ in CLIMB_DEPS and current.head is not current and current.head.pos_ in ("NOUN", "PROPN"):
        current = current.head
    return current


def _inside(match: Match, indices: set[int]) -> bool:
    return all(i in indices for i in range(match.start, match.end))


def _distance(match: Match, head: Token) -> int:
    if match.covers(head.i):
        return 0
    return head.i - match.end + 1 if match.end <= head.i else match.start - head.i + 100


def _nearest(matches: list[Match], head: Token) -> Match | None:
    return min(matches, key=lambda m: (_distance(m, head), m.start), default=None)


def _country_of(match: Match, on: dt.date | None) -> str | None:
    code = match.entry.code_on(on) if match.entry else None
    return split_code(code).country if code else None


def _span_text(tokens: list[Token]) -> tuple[str, int, int]:
    doc = tokens[0].doc
    words = [t for t in tokens if not (t.is_punct and t.dep_ in ("punct", "hyph"))] or tokens
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    return doc.text[start:end], start, end


def _compose(country: str | None, sectors: tuple[str, ...]) -> str | None:
    if country is None and not sectors:
        return None
    return (country or "") + (sectors[0] if sectors else "")


def code_phrase(head: Token, matches: list[Match], dictionary: ActorDictionary,
                on: dt.date | None) -> PhraseCode:
    """Code the noun phrase headed by ``head`` from the dictionary matches of the document."""
    core = core_tokens(head)
    indices = {t.i for t in core}
    inner = [m for m in matches if _inside(m, indices)]
    text, start, end = _span_text(core)
    former = any(t.lower_ in FORMER_WORDS for t in core)
    plural = head.tag_ in ("NNS", "NNPS")
    definite = any(t.dep_ == "det" and t.lower_ in ("the", "this", "that") for t in core)
    agents = [m for m in inner if m.is_agent]
    role = _nearest(agents, head)
    role_sectors = ("ELI",) if former and role else (role.sectors if role else ())
    named = [m for m in inner if not m.is_agent and m.kind not in PLACE_KINDS]
    places = [m for m in inner if not m.is_agent and m.kind in PLACE_KINDS]
    entry_match = _nearest(named, head)
    head_place = next((m for m in places if m.covers(head.i)), None)
    head_is_thing = head.pos_ == "NOUN" and not any(m.covers(head.i) for m in inner)
    if entry_match is not None and head_is_thing:
        return _code_modifier(entry_match, places, head, text, start, end, plural, definite, on)
    if entry_match is not None and (entry_match.covers(head.i) or head_place is None):
        return _code_named(entry_match, text, start, end, role, former, plural, definite, on, head.i)
    country = None
    if head_place is not None:
        country = _country_of(head_place, on)
        if head_place.kind == "capital" and not role_sectors:
            role_sectors = ("GOV",)
        kind = head_place.kind
    else:
        kind = "agent" if role else "none"
    if country is None:
        country = _first_country(places, head, on)
    if country is None and (role or kind != "none"):
        secondary = secondary_tokens(head, core)
        second_indices = {t.i for t in secondary}
        country = _first_country([m for m in matches if not m.is_agent and m.kind in PLACE_KINDS
                                  and _inside(m, second_indices)], head, on)
    if country is None and not role_sectors:
        return _code_entity(head, core, text, start, end, plural, definite)
    name = dictionary.country_name(country) if kind in PLACE_KINDS and head_place and head_place.kind != "capital" else None
    if head_place is not None and head_place.kind == "capital" and head_place.entry:
        name = head_place.entry.name
    return PhraseCode(text, start, end, name, _compose(country, role_sectors), country, role_sectors,
                      kind if kind != "none" else "agent", head_place is not None, plural, definite)


def _code_modifier(entry_match: Match, places: list[Match], head: Token, text: str, start: int, end: int,
                   plural: bool, definite: bool, on: dt.date | None) -> PhraseCode:
    """A thing qualified by an actor ("the Kim-Putin meeting"): only the country is evidence."""
    country = _first_country(places, head, on) or _country_of(entry_match, on)
    return PhraseCode(text, start, end, None, country, country, (), "modifier", False, plural, definite)


def _first_country(places: list[Match], head: Token, on: dt.date | None) -> str | None:
    for match in sorted(places, key=lambda m: (_distance(m, head), m.start)):
        country = _country_of(match, on)
        if country:
            return country
    return None


def _code_named(match: Match, text: str, start: int, end: int, role: Match | None, former: bool,
                plural: bool, definite: bool, on: dt.date | None, head_index: int) -> PhraseCode:
    """A phrase naming a dictionary entry: its dated code, with title evidence as a tie-breaker."""
    entry = match.entry
    assert entry is not None
    code = entry.code_on(on)
    parts = split_code(code) if code else None
    country = parts.country if parts else None
    sectors = parts.sectors if parts else ()
    in_office = bool(on and entry.roles_on(on)) or not any(r.dated for r in entry.roles)
    head_is_role = role is not None and not match.covers(head_index) and role.covers(head_index)
    if former:
        sectors = ("ELI",)
    elif role is not None and role.sectors and not in_office and entry.kind == "person":
        sectors = role.sectors
    elif role is not None and head_is_role and not sectors and entry.kind != "person":
        sectors = role.sectors
    if parts is not None and (former or sectors != parts.sectors):
        code = (country or parts.prefix) + (sectors[0] if sectors else "")
    return PhraseCode(text, start, end, entry.name, code, country, sectors, entry.kind, True,
                      plural, definite)


def _code_entity(head: Token, core: list[Token], text: str, start: int, end: int, plural: bool,
                 definite: bool) -> PhraseCode:
    """No dictionary evidence: a named entity keeps its name, anything else names no actor."""
    entity_types = {t.ent_type_ for t in core if t.ent_type_}
    if head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or (
            head.pos_ == "PROPN" and entity_types & {"PERSON", "ORG", "NORP", "GPE"}):
        names = [t for t in core if t.ent_type_ == head.ent_type_ and t.pos_ == "PROPN"] or [head]
        name, _, _ = _span_text(names)
        kind = "person" if head.ent_type_ == "PERSON" else "entity"
        return PhraseCode(text, start, end, name, None, None, (), kind, True, plural, definite)
    return PhraseCode(text, start, end, None, None, None, (), "none", False, plural, definite)


def is_person_role(head: Token) -> bool:
    """True if the head noun denotes one person by role ("leader", "minister")."""
    return head.lemma_.lower() in PERSON_ROLE_LEMMAS
