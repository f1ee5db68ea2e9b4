"""Coding one noun phrase from the dictionary matches inside it.

A phrase is the head token plus its compound/amod/poss/appos/nmod/flat dependents
(never conjuncts or relative clauses). Named entries (people, organisations) give a
full code; otherwise a country (name, adjective, possessor, capital) and a role noun
combine ("Russian" + "deputy foreign minister" -> RUSGOV). Objects of "of"/"in"/"from"
only supply a country the core phrase lacks ("King Hassan of Morocco"); relational heads
("a member of the Syrian parliament") take the coding of their "of" object.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Token

from tidings.actors.data import ActorEntry
from tidings.actors.dictionary import ActorDictionary
from tidings.actors.keys import normalise_key, split_code
from tidings.actors.match import Match
from tidings.actors.spans import (
    char_text,
    distance,
    in_apposition,
    inside,
    nearest,
    office_in_apposition,
    premodifies,
    span_text,
    specific_role,
)
from tidings.actors.syntax import (
    RELATIONAL_HEADS,
    SECONDARY_PREPS,
    core_tokens,
    is_metonymic,
    names_an_event,
    prep_objects,
    secondary_tokens,
)

FORMER_WORDS = frozenset({"former", "ex", "ousted", "deposed", "late"})
PLACE_KINDS = frozenset({"country", "capital", "place"})
TITLE_WORDS = 3
NEW_STATES = {
    "SSD": (dt.date(2011, 7, 9), "SDN"),
    "ERI": (dt.date(1993, 5, 24), "ETH"),
    "KSV": (dt.date(2008, 2, 17), "SRB"),
}
"""Places of states that became independent belong to the former state before that date."""


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
    kind: str            # person, org, country, capital, place, agent, entity, modifier, none
    has_name: bool       # a named entry or named entity (not just role nouns)
    plural: bool
    definite: bool


@dataclass(frozen=True, slots=True)
class _Context:
    """Everything the coding helpers need about one phrase."""

    head: Token
    matches: list[Match]
    dictionary: ActorDictionary
    on: dt.date | None
    text: str
    start: int
    end: int
    former: bool
    plural: bool
    definite: bool

    def result(self, name: str | None, country: str | None, sectors: tuple[str, ...], kind: str,
               has_name: bool, code: str | None = None) -> PhraseCode:
        return PhraseCode(self.text, self.start, self.end, name, code or compose(country, sectors),
                          country, sectors, kind, has_name, self.plural, self.definite)


def compose(country: str | None, sectors: tuple[str, ...]) -> str | None:
    """CAMEO code from a country (or prefix) and sectors: ``RUS`` + ``GOV`` -> ``RUSGOV``."""
    if country is None and not sectors:
        return None
    return (country or "") + (sectors[0] if sectors else "")


def _entry_country(entry: ActorEntry | None, on: dt.date | None) -> str | None:
    """Country of an entry on a date, else of its first role (a person out of office)."""
    if entry is None:
        return None
    code = entry.code_on(on) or next((r.code for r in entry.roles if r.code), None)
    country = split_code(code).country if code else None
    if entry.kind in PLACE_KINDS and country in NEW_STATES and on is not None:
        independence, former = NEW_STATES[country]
        return former if on < independence else country
    return country


def _is_place(match: Match, ctx: _Context) -> bool:
    """Countries, capitals, cities, and organisations coded with a bare country code."""
    if match.is_agent:
        return False
    if match.kind in PLACE_KINDS:
        roles = {i for m in ctx.matches if m.is_agent for i in range(m.start, m.end)}
        return not names_an_event(ctx.head.doc[match.end - 1], roles)
    code = match.entry.code_on(ctx.on) if match.entry else None
    return match.kind != "person" and code is not None and len(code) == 3 and code in ctx.dictionary.countries


def _first_country(places: list[Match], ctx: _Context) -> str | None:
    for match in sorted(places, key=lambda m: (distance(m, ctx.head), m.start)):
        country = _entry_country(match.entry, ctx.on)
        if country:
            return country
    return None


def _edge_role(match: Match, ctx: _Context, at_end: bool) -> tuple[str, ...]:
    """Sectors of a role noun at the start (or end) of a multi-word match: "President Levy
    Mwanawasa", "U.N. Secretary-General", "Bush administration"."""
    words = ctx.head.doc[match.start:match.end]
    for size in range(min(TITLE_WORDS, len(words) - 1), 0, -1):
        part = words[len(words) - size:] if at_end else words[:size]
        sectors = ctx.dictionary.agent_sectors(normalise_key(part.text))
        if sectors:
            return sectors
    return ()


def _title_sectors(match: Match, ctx: _Context) -> tuple[str, ...]:
    """Sectors of a title that starts a named match ("President Levy Mwanawasa")."""
    return _edge_role(match, ctx, at_end=False)


def code_phrase(head: Token, matches: list[Match], dictionary: ActorDictionary,
                on: dt.date | None) -> PhraseCode:
    """Code the noun phrase headed by ``head`` from the dictionary matches of the document."""
    core = core_tokens(head)
    text, start, end = span_text(core)
    ctx = _Context(head, matches, dictionary, on, text, start, end,
                   former=any(t.lower_ in FORMER_WORDS for t in core),
                   plural=head.tag_ in ("NNS", "NNPS"),
                   definite=any(t.dep_ == "det" and t.lower_ in ("the", "this", "that") for t in core))
    relational = _code_relational(core, ctx)
    if relational is not None:
        return relational
    indices = {t.i for t in core}
    inner = [m for m in matches if inside(m, indices) or m.covers(head.i) or premodifies(m, indices, head)]
    role = specific_role([m for m in inner if m.is_agent], head)
    places = [m for m in inner if _is_place(m, ctx)]
    named = [m for m in inner if not m.is_agent and m not in places and m.kind not in PLACE_KINDS]
    entry_match = nearest(named, head)
    head_place = next((m for m in places if m.covers(head.i)), None)
    head_is_thing = head.pos_ == "NOUN" and not any(m.covers(head.i) for m in inner) \
        and not (entry_match is not None and in_apposition(entry_match, head))
    if entry_match is not None and head_is_thing:
        country = _first_country(places, ctx) or _entry_country(entry_match.entry, on)
        code = None if country else (entry_match.entry.code_on(on) if entry_match.entry else None)
        return ctx.result(None, country, (), "modifier", False, code)
    entry_match = office_in_apposition(entry_match, named, head, on)
    if entry_match is not None and (entry_match.covers(head.i) or head_place is None):
        coded = _code_named(entry_match, role, places, ctx)
        if coded is not None:
            return coded
    return _code_evidence(core, role, places, head_place, ctx)


def _code_relational(core: list[Token], ctx: _Context) -> PhraseCode | None:
    """"a member of the Syrian parliament": code the "of" object instead of the head."""
    if ctx.head.lemma_.lower() not in RELATIONAL_HEADS:
        return None
    objects = prep_objects([ctx.head], frozenset({"of"}))
    if not objects:
        return None
    inner = code_phrase(objects[0], ctx.matches, ctx.dictionary, ctx.on)
    if inner.code is None:
        return None
    end = max(ctx.end, inner.end)
    text = char_text(ctx.head, ctx.start, end)
    code: str | None = inner.code
    country: str | None = inner.country
    if country is None and not inner.has_name:
        indices = {t.i for t in core}
        country = _first_country([m for m in ctx.matches if _is_place(m, ctx) and inside(m, indices)], ctx)
        code = compose(country, inner.sectors) if country else code
    return PhraseCode(text, ctx.start, end, inner.name, code, country, inner.sectors,
                      inner.kind, inner.has_name, ctx.plural, ctx.definite)


def _tail_sectors(match: Match, ctx: _Context) -> tuple[str, ...]:
    """Sectors of a role noun ending a named match whose last word heads the phrase
    ("Bush administration", "Kremlin spokesman")."""
    if match.end - match.start < 2 or match.end - 1 != ctx.head.i or match.kind != "person":
        return ()
    return _edge_role(match, ctx, at_end=True)


def _office_sectors(match: Match, ctx: _Context) -> tuple[str, ...]:
    """Sectors of an office named next to a person ("U.S. Secretary of State Warren Christopher"):
    an organisation match in the same phrase whose code carries sectors."""
    indices = {t.i for t in core_tokens(ctx.head)}
    for other in ctx.matches:
        if other is match or other.is_agent or other.kind == "person" or \
                not any(i in indices for i in range(other.start, other.end)):
            continue
        code = other.entry.code_on(ctx.on) if other.entry else None
        sectors = split_code(code).sectors if code else ()
        if sectors or (sectors := _edge_role(other, ctx, at_end=True)):
            return sectors
    return ()


def _code_named(match: Match, role: Match | None, places: list[Match], ctx: _Context) -> PhraseCode | None:
    """A phrase naming a dictionary entry: its dated code, title and adjective as evidence.

    None when a one-word personal name contradicts the country the text gives.
    """
    entry = _prefer_local(match, places, ctx)
    if entry is None:
        return None
    code = entry.code_on(ctx.on)
    parts = split_code(code) if code else None
    country = parts.country if parts else _entry_country(entry, ctx.on)
    prefix = parts.prefix if parts else (country or "")
    sectors = parts.sectors if parts else ()
    text_country = _first_country(places, ctx)
    if text_country and (country is None or country not in ctx.dictionary.countries) and prefix not in ("IGO", "NGO"):
        country = prefix = text_country
    in_office = code is not None and (bool(ctx.on and entry.roles_on(ctx.on)) or not any(r.dated for r in entry.roles))
    title = role.sectors if role is not None and not role.covers(ctx.head.i) else _title_sectors(match, ctx)
    if not title and entry.kind == "person":
        title = _office_sectors(match, ctx)
    head_is_role = role is not None and role.covers(ctx.head.i) and not match.covers(ctx.head.i)
    tail = _tail_sectors(match, ctx)
    affiliated = entry.kind != "person" and ctx.head.pos_ == "PROPN" and not match.covers(ctx.head.i)
    if ctx.former:
        sectors = ("ELI",)
    elif affiliated and title:
        sectors = title
    elif tail:
        sectors = tail
    elif head_is_role and role is not None:
        sectors = role.sectors
    elif entry.kind == "person" and title and (not in_office or set(sectors) <= {"ELI"}
                                               or entry.holds_title(title, country)):
        sectors = title
    changed = parts is None or sectors != parts.sectors or country != parts.country
    if changed and code and country is None and prefix in ("IGO", "NGO") and sectors:
        code = code + sectors[0]
    elif changed:
        code = compose(prefix or country, sectors)
    return ctx.result(entry.name, country, sectors, entry.kind, True, code)


def _prefer_local(match: Match, places: list[Match], ctx: _Context) -> ActorEntry | None:
    """Among entries sharing the matched name, prefer one of the country the text names
    ("King Hassan of Morocco" is not King Hussein's Jordanian namesake)."""
    entry = match.entry
    assert entry is not None
    core_indices = {t.i for t in core_tokens(ctx.head)}
    nearby = {t.i for t in secondary_tokens(ctx.head, core_tokens(ctx.head))} | core_indices
    text_country = _first_country([m for m in ctx.matches if _is_place(m, ctx) and inside(m, nearby)], ctx)
    if text_country is None or _entry_country(entry, ctx.on) == text_country:
        return entry
    for other in ctx.dictionary.candidates(match.key):
        if _entry_country(other, ctx.on) == text_country:
            return other
    if entry.kind == "person" and match.end - match.start == 1:
        return None
    return entry


def _code_evidence(core: list[Token], role: Match | None, places: list[Match], head_place: Match | None,
                   ctx: _Context) -> PhraseCode:
    """No named entry: combine a country (or capital) with role nouns."""
    sectors = ("ELI",) if ctx.former and role else (role.sectors if role else ())
    country = None
    kind = "agent" if role else "none"
    name = None
    if head_place is not None:
        country = _modifier_location(core, places, head_place, ctx) or _entry_country(head_place.entry, ctx.on)
        kind = head_place.kind if head_place.kind in PLACE_KINDS else "country"
        if not sectors:
            sectors = _place_sectors(head_place, ctx)
        name = (head_place.entry.name if head_place.entry and head_place.kind != "country"
                else ctx.dictionary.country_name(country))
    if country is None:
        country = _first_country(places, ctx)
    if country is None and kind != "none":
        secondary = {t.i for t in secondary_tokens(ctx.head, core)}
        country = _first_country([m for m in ctx.matches if _is_place(m, ctx) and inside(m, secondary)], ctx)
    if country is None and role is not None:
        country = _affiliation_country(core, ctx)
    if country is None and not sectors:
        return _code_entity(core, ctx)
    if not sectors and head_place is None and ctx.plural and ctx.head.ent_type_ == "NORP":
        # a people named by a plural the dictionary lacks: "Thousands of Iraqi Kurds demonstrated
        # in the northern city of Kirkuk on Sunday calling for independence from Iraq" (IRQCVL)
        sectors = ("CVL",)
    return ctx.result(name, country, sectors, "group" if kind == "none" else kind, head_place is not None)


AFFILIATION_PREPS = frozenset({"for", "at", "of"})


def _affiliation_country(core: list[Token], ctx: _Context) -> str | None:
    """The country of the organisation a role serves: "Ahmed al-Assadi, a spokesman for the PMF"
    (wikinews-79a96e60592aff45), "Phil Chetwynd, director of global news for AFP"
    (wikinews-7bf038ded32686e4). Organisations of a country only, the nearest first."""
    first = [t for obj in prep_objects(core, AFFILIATION_PREPS) for t in core_tokens(obj)]
    second = [t for obj in prep_objects(first, frozenset({"for", "at"})) for t in core_tokens(obj)]
    indices = {t.i for t in first + second}
    named = [m for m in ctx.matches if not m.is_agent and m.kind != "person" and inside(m, indices)
             and (m.kind not in PLACE_KINDS or _is_place(m, ctx))]
    for match in sorted(named, key=lambda m: m.start):
        country = _entry_country(match.entry, ctx.on)
        if country in ctx.dictionary.countries:
            return country
    return None


def _place_sectors(place: Match, ctx: _Context) -> tuple[str, ...]:
    """What a place heading a participant phrase stands for: a capital used for its government
    ("Pyongyang said", "talks with Washington") is GOV; a city otherwise stands for its people
    ("shelled Juba", "a curfew in Algiers"), CVL; nationality plurals ("Palestinians",
    "Bosnian Serbs") are people, CVL; a country name stays without sector."""
    if place.kind == "capital":
        return ("GOV",) if is_metonymic(ctx.head) else ("CVL",)
    if place.kind == "place":
        region = _entry_country(place.entry, ctx.on) not in ctx.dictionary.countries
        return () if region else ("CVL",)
    if ctx.plural and place.covers(ctx.head.i) and _is_nationality_plural(place, ctx):
        return ("CVL",)
    return ()


def _is_nationality_plural(place: Match, ctx: _Context) -> bool:
    """"Palestinians", "Serbs": a plural whose singular is a name of the same country and which
    is not itself the country's name ("Philippines")."""
    key = place.key
    if not key.endswith("s") or key in {normalise_key(n) for n in ctx.dictionary.countries.values()}:
        return False
    singular = ctx.dictionary.candidates(key[:-1])
    return place.entry is not None and any(e is place.entry or e.name == place.entry.name for e in singular)


def _modifier_location(core: list[Token], places: list[Match], head_place: Match, ctx: _Context) -> str | None:
    """Where a people named by a demonym lives: "Bosnian Serbs" (BIH), "ethnic Albanians in
    south Serbia" (SRB). The head demonym names the group, the modifier or "in/of" the place."""
    others = [m for m in places if m is not head_place and m.end <= head_place.start]
    if others:
        return _first_country(others, ctx)
    if (head_place.covers(ctx.head.i) and ctx.head.tag_ in ("NNS", "NNPS")) or any(t.lower_ == "ethnic" for t in core):
        for obj in prep_objects(core, SECONDARY_PREPS):
            inner = {t.i for t in core_tokens(obj)}
            found = [m for m in ctx.matches if _is_place(m, ctx) and inside(m, inner)]
            heading = [m for m in found if m.covers(obj.i)]
            country = _first_country(heading or found, ctx)
            if country:
                return country
    return None


OF_PREPS = frozenset({"of", "from"})


def _of_country(core: list[Token], ctx: _Context) -> str | None:
    """The country an unknown name belongs to by "of"/"from": "The Federal Aviation Office of
    Germany has suspended Mahan's permit" (wikinews-419061272204d009), "Nikki Holland of the
    UK's National Crime Agency (NCA) said" (wikinews-a051148fe6c028c2)."""
    inner = {t.i for obj in prep_objects(core, OF_PREPS) for t in core_tokens(obj)}
    return _first_country([m for m in ctx.matches if _is_place(m, ctx) and inside(m, inner)], ctx) if inner else None


def _code_entity(core: list[Token], ctx: _Context) -> PhraseCode:
    """No dictionary evidence: a named entity keeps its name, anything else names no actor."""
    head = ctx.head
    entity_types = {t.ent_type_ for t in core if t.ent_type_}
    if head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or (
            head.pos_ == "PROPN" and entity_types & {"PERSON", "ORG", "NORP", "GPE"}):
        names = [t for t in core if t.ent_type_ == head.ent_type_ and t.pos_ == "PROPN"] or [head]
        name, _, _ = span_text(names)
        kind = "person" if head.ent_type_ == "PERSON" else "entity"
        country = _of_country(core, ctx) or (_affiliation_country(core, ctx) if kind == "person" else None)
        return ctx.result(name, country, (), kind, True)
    return ctx.result(None, None, (), "none", False)
