"""PLACE stage: geocode an article's place mentions and locate each event.

:func:`article_places` (see :mod:`tidings.places.mentions`) geocodes every place mention and the
dateline with the article's context, so "Tripoli" in an article about Lebanon is Tripoli, Lebanon
and "Georgia" next to "Utah" and "Florida" is the US state; "Paris, Texas" restricts the first name
to the second; one name keeps one meaning within an article.  :class:`Gazetteer` (see
:mod:`tidings.places.gazetteer`) is the offline GeoNames-based lookup.

:func:`locate_event` looks for the event's own place first, then wider (``Location.rule`` names the choice):

1. a place the event's clause names (see :mod:`tidings.places.attach`): "would take place in
   Vladivostok", "talks in Moscow", "visit Russia", "the northern town of Garissa", "near Tehran"
   -> ``"clause"``; the place an attack or capture is aimed at ("Russian forces shelled Kharkiv",
   "launched an attack on the nearby city of Afrin") -> ``"attack_target"``;
2. the most specific place the event's sentence names that no other clause claims ("the mayor of
   the Polish city of Gdansk, was stabbed") -> ``"sentence"`` (not a country or capital there: it
   stands for its government, "talks with Washington");
3. a place another clause of the sentence names inside an actor's or the dateline's country ("A
   police spokesman in the western Kyushu city of Miyazaki said walls cracked"; "Soldiers killed one
   man ... land seized from Canadian missionaries in northern Haiti"), or, when the actors are unknown,
   inside the country the article is about ("LONDON - ... The radio said flooding around Zahedan ...
   caused heavy damage") -> ``"sentence_other_clause"``;
4. with a dateline, the place where the event of one of the two sentences before happened (a verb's,
   not a noun's), inside the dateline's or an actor's country (or the article's, as in 3), unless the
   event is a saying: "ALMATY - Police opened fire on striking oil workers in the western town of
   Zhanaozen on Friday. At least ten people were killed" -> ``"article_context"`` (the dateline is
   where the reporter is);
   then the dateline city when the actors are unknown or from the dateline's country -> ``"dateline"``;
5. the nearest place an earlier sentence says something happened at, in an actor's country when
   the actors are known ("a rally in Charlottesville" ... "In that event, Fields killed a woman")
   -> ``"article_context"`` (for a response, "dismissed the claim from Berlin", only in the source's);
6. the target's country for an attack ("planes from Afghanistan attacked Pakistani villages")
   -> ``"target_country"``, else the source's, else the target's -> ``"actor_country"``;
7. the country the article is mostly about -> ``"article_country"``.

A name only the fall-back placed (not in the gazetteer, no place noun beside it) is weak: it never
wins over a gazetteer place of the same clause ("The second International Student Olympiad in
Neurosurgery ... at the Federal Center for Neurosurgery in Tyumen"), and alone in a sentence outside
any locative phrase it is not taken at all ("In that event, Fields, a self-described Neo-Nazi, killed").

The most specific place wins among equals ("in Afrin, northern Syria" -> Afrin; "Turbat in
Balochistan" -> Turbat; a small named area the gazetteer lacks, "near Santa Cruz Island off the coast
of California", before its state).  Within a clause, a place describing the subject ("the suspect in a
shooting in Kenosha ... was released from a Wisconsin jail") ranks after the verb's own, and a street
("in the neighborhood of Strickland Street") is placed in the town the article named before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tidings.dates.clause import CHAINED_DEPS, clause_head, parent_clause
from tidings.places.attach import ATTACK_LEMMAS, ATTACK_NOUNS, PLACE_NOUNS, WEAK, governor, is_descriptor
from tidings.places.attribution import in_attribution, responding
from tidings.places.gazetteer import Gazetteer, Place, PlaceContext
from tidings.places.landmark import city_around
from tidings.places.mentions import ArticlePlaces, PlaceMention, article_places, detect_dateline
from tidings.places.purpose import purpose_parent
from tidings.places.standing import is_actor
from tidings.places.unknown import AREA_NAME
from tidings.records import Actor, Location

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "ArticlePlaces",
    "Gazetteer",
    "PlaceContext",
    "PlaceMention",
    "article_places",
    "detect_dateline",
    "locate_event",
]

SUBORDINATE_DEPS = frozenset({"acl", "relcl", "advcl"})
_SPECIFICITY = {"landmark": 0, "city": 1, "adm1": 2, "region": 3, "country": 4}
NAMED_AREA = 1.5
"""Specificity of an area the gazetteer lacks whose name says it is a small one (an island, a river, a
county): finer than a first-level region, coarser than a town ("A deadly boat fire earlier this week
near Santa Cruz Island off the coast of California"; "stolen on Saturday from Blenheim Palace in
Oxfordshire, England")."""
Item = tuple[int, float, Location, str, int]  # distance, specificity, location, rule, the word it says where for


def _specificity(location: Location) -> float:
    if (location.feature == "region" and location.geonames_id is None and AREA_NAME.search(location.name)
            and not Gazetteer.load().candidates(location.name)):
        return NAMED_AREA
    return _SPECIFICITY.get(location.feature or "country", 4)


def _only_describes(doc: Doc, mention: PlaceMention, places: ArticlePlaces) -> bool:
    """A mention that only describes the place an "of" names ("the Red Sea port of Djibouti", "the western
    Kyushu city of Miyazaki"), not one whose "of" names the wider place it lies in ("killed seven people
    in Khuzdar district of Balochistan province")."""
    token = doc[mention.root]
    if not is_descriptor(token):
        return False
    noun = token.head if token.dep_ in ("compound", "amod", "nmod") else token
    named = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    words = [named[0], *(c for c in named[0].children if c.dep_ == "compound")] if named else []
    inner = next((m for m in map(places.mention_at, (w.i for w in words)) if m is not None), None)
    if inner is None or inner.location is None or mention.location is None:
        return True
    return _specificity(inner.location) <= _specificity(mention.location)


def is_known(location: Location) -> bool:
    """Whether the gazetteer (or a place noun beside the name) placed it, not only the fall-back that
    puts an unknown name in the article's country ("Fields", "Neurosurgery")."""
    return location.geonames_id is not None or location.feature is not None


def _clause_places(trigger: Token, places: ArticlePlaces) -> dict[int, list[Item]]:
    """Located mentions of the trigger's sentence grouped by the clause they attach to."""
    doc = trigger.doc
    sentence = trigger.sent
    by_clause: dict[int, list[Item]] = {}
    for mention in places.mentions:
        if mention.location is None or not sentence.start <= mention.root < sentence.end:
            continue
        if _only_describes(doc, mention, places) or in_attribution(doc[mention.root], trigger):
            continue  # "the Red Sea port of Djibouti": the port is Djibouti; "according to the U.S. embassy in Beijing"
        found = governor(doc[mention.root], trigger)
        if found is None:
            continue
        word = found.word
        head = trigger if word.i == trigger.i else clause_head(word)
        rule = "attack_target" if found.how == "target" else "clause"
        penalty = (ORIGIN_PENALTY if found.how in WEAK else 0) + (SUBJECT_PENALTY if _in_subject(word, head) else 0)
        item = (abs(mention.root - trigger.i) + penalty, _specificity(mention.location), mention.location, rule, word.i)
        by_clause.setdefault(head.i, []).append(item)
    return by_clause


ORIGIN_PENALTY = 100
"""Distance added to where the clause's event departs from: it loses to the places of the verb."""
SUBJECT_PENALTY = 200
"""Distance added to a place that describes a noun of the clause's subject: it says where the subject
is or was, and loses to the places of the verb ("Kyle Rittenhouse, the suspect in a shooting of
protesters in Kenosha, Wisconsin, United States that left two people dead, was released from a
Wisconsin jail Friday"), even to where it departs from."""


def _in_subject(word: Token, head: Token) -> bool:
    """Whether ``word`` lies inside the subject of clause ``head`` (and is not the head itself)."""
    current = word
    for _ in range(32):
        if current.i == head.i or current.head.i == current.i:
            return False
        if current.head.i == head.i:
            return current.dep_ in ("nsubj", "nsubjpass")
        current = current.head
    return False


def _from_clause(trigger: Token, places: ArticlePlaces) -> tuple[Location, str] | None:
    """A place said to be where the trigger's clause happens: its own clause first, then the
    clauses it is chained to (xcomp/conj), then clauses modifying it ("a woman fighting in
    Afrin was killed"); gazetteer places before names only the fall-back placed."""
    by_clause = _clause_places(trigger, places)
    if not by_clause:
        return None
    chain = [trigger, clause_head(trigger)]
    while chain[-1].dep_ in CHAINED_DEPS:
        parent = parent_clause(chain[-1])
        if parent is None or parent in chain:
            break
        chain.append(parent)
    own = chain[1]
    doc = trigger.doc
    subordinate = [item for key, items in by_clause.items() for item in items
                   if doc[key].dep_ in SUBORDINATE_DEPS and parent_clause(doc[key]) == own
                   and not _own_event(doc[key])]
    groups = [by_clause.get(head.i, []) for head in chain]
    served = purpose_parent(own)
    if served is not None:  # "made their way to the Russian city of Sochi to attend a conference ... in Syria"
        verbs = [item for item in by_clause.get(own.i, []) if item[4] == own.i]
        groups = [verbs if head.i == own.i else group for head, group in zip(chain, groups, strict=True)]
        groups[2:2] = [[item for item in by_clause.get(served.i, []) if item[0] < ORIGIN_PENALTY],
                       by_clause.get(own.i, [])]
    for known_only in (True, False):
        for found in [*groups, subordinate]:
            usable = [item for item in found if is_known(item[2]) or not known_only]
            if usable:
                return _best(usable)
    return None


def _own_event(clause: Token) -> bool:
    """An adverbial clause with its own subject is another event: "met ... after U.S. naval forces
    destroyed one Iranian oil platform in the Gulf" (not "a woman fighting in Afrin was killed")."""
    return clause.dep_ == "advcl" and any(child.dep_ in ("nsubj", "nsubjpass") for child in clause.children)


def _best(items: list[Item]) -> tuple[Location, str]:
    """The nearest place, or a more specific place inside the same country ("in Afrin, northern
    Syria" -> Afrin) and of the same standing (not one that describes the subject, see SUBJECT_PENALTY)."""
    distance, specificity, nearest, rule, _ = min(items, key=lambda item: (item[0], item[1]))
    inside = [item for item in items if item[1] < specificity and item[0] // 100 == distance // 100 and (
        item[2].country == nearest.country or nearest.country is None)]  # "in the Aegean Sea near Samos"
    best = min(inside, key=lambda item: (item[1], item[0])) if inside else (0, 0, nearest, rule, 0)
    return city_around(best[2], (item[2] for item in items)) or best[2], best[3]


def _from_sentence(trigger: Token, places: ArticlePlaces) -> Location | None:
    """The most specific place of the trigger's sentence that no other clause claims ("the mayor of
    the Polish city of Gdansk, was stabbed"; not "Biden attacked Trump ... Trump brought up his son's
    dealings in Ukraine"), nearest first among equals."""
    sentence = trigger.sent
    doc = trigger.doc
    items = []
    for m in places.mentions:
        if (m.location is None or not sentence.start <= m.root < sentence.end or not is_known(m.location)
                or is_actor(m, trigger, places.dateline_end) or _only_describes(doc, m, places)
                or in_attribution(doc[m.root], trigger)):
            continue
        if governor(doc[m.root], trigger) is not None:
            continue  # where another clause's event happens
        items.append((_specificity(m.location), abs(m.root - trigger.i), m.location))
    return min(items, key=lambda item: (item[0], item[1]))[2] if items else None


def _from_other_clause(trigger: Token, places: ArticlePlaces, countries: set[str]) -> Location | None:
    """The most specific place another clause of the sentence names, inside one of ``countries``
    (the actors' and the dateline's): "A police spokesman in the western Kyushu city of Miyazaki ...
    said walls cracked all over town" (dateline TOKYO)."""
    sentence = trigger.sent
    doc = trigger.doc
    items = []
    for m in places.mentions:
        if (m.location is None or not sentence.start <= m.root < sentence.end or not is_known(m.location)
                or m.location.country not in countries or m.start < places.dateline_end
                or _only_describes(doc, m, places) or in_attribution(doc[m.root], trigger)):
            continue
        found = governor(doc[m.root], trigger)
        if found is not None and found.how == "locative":  # not where someone goes: "Kim will visit Russia"
            items.append((_specificity(m.location), abs(m.root - trigger.i), m.location))
    return min(items, key=lambda item: (item[0], item[1]))[2] if items else None


ARTICLE_WINDOW = 5
"""How many sentences back an earlier place still counts as the article's context for an event."""
STORY_WINDOW = 2
"""How many sentences back the place of an earlier event still beats the dateline: "ALMATY - Police opened
fire on striking oil workers in the western town of Zhanaozen on Friday. At least ten people were
killed, officials said." (the dateline is where the reporter is)."""
SPEECH_LEMMAS = frozenset({"say", "tell", "announce", "state", "add", "report", "claim", "note", "comment", "quote"})
"""Verbs of saying, whose place stays the dateline's: "NEW YORK - ... It said it is acquiring the title to
that center" is said in New York, wherever the center is."""


def _from_article(trigger: Token, places: ArticlePlaces, window: int = ARTICLE_WINDOW, *,
                  of_a_verb: bool = False) -> Location | None:
    """The most specific place the nearest earlier sentence (of the last few) says something happened
    at, finer than a country and inside one (not "the Mediterranean Sea"): "... a rally in
    Charlottesville, Virginia" before "In that event, Fields ... killed a woman"."""
    doc = trigger.doc
    sentence = trigger.sent
    for _ in range(window):
        if sentence.start == 0:
            return None
        sentence = doc[sentence.start - 1].sent
        items = []
        for m in places.mentions:
            location, token = m.location, doc[m.root]
            if (not sentence.start <= m.root < sentence.end or location is None or not is_known(location)
                    or location.feature == "country" or location.country is None
                    or m.start < places.dateline_end or _only_describes(doc, m, places)):
                continue
            found = governor(token, sentence.root)
            hows = ("locative", "target", "destination") if of_a_verb else ("locative", "target")
            if found is not None and found.how in hows and (not of_a_verb or _of_a_verb(found.word)):
                items.append((_specificity(location), -m.root, location))
        if items:
            return min(items, key=lambda item: (item[0], item[1]))[2]
    return None


def _of_a_verb(word: Token) -> bool:
    """Whether a place says where a verb's event happened, through the places it names ("blew himself up at
    a market in Gao"), not where a noun's will ("preparations were underway for a summit in Russia's Far East")."""
    for _ in range(8):
        if word.lemma_.lower() not in PLACE_NOUNS or word.dep_ != "pobj":
            break
        word = word.head.head
    return word.pos_ in ("VERB", "AUX")


STREET_WINDOW = 10
"""How many sentences back the town of a street may be named."""
STREET_NAME = re.compile(r"\s(?:street|road|avenue|lane|boulevard|drive|highway)$", re.IGNORECASE)


def _town_of_street(trigger: Token, places: ArticlePlaces, location: Location) -> Location | None:
    """For a street the gazetteer cannot know, the town an earlier sentence names in its country
    ("Police arrested the accused in the neighborhood of Strickland Street, 36 minutes after the mass
    shooting in Al Noor Mosque" is in the Christchurch of the article), else None."""
    if is_known(location) or not STREET_NAME.search(location.name):
        return None
    earlier = _from_article(trigger, places, STREET_WINDOW)
    if earlier is None or earlier.country != location.country:
        return None
    return earlier.model_copy(update={"rule": "article_context"})


def _actor_countries(gazetteer: Gazetteer, actors: tuple[Actor | None, ...]) -> list[Place]:
    """The countries of the actors (ISO alpha-3 codes; IGO and other non-country codes are ignored)."""
    found = [gazetteer.country(a.country) for a in actors
             if a is not None and a.country and len(a.country) == 3 and a.country.isalpha()]
    return [p for p in found if p is not None]


def _is_attack(trigger: Token) -> bool:
    return trigger.lemma_.lower() in ATTACK_LEMMAS or trigger.lemma_.lower() in ATTACK_NOUNS


def locate_event(trigger: Token, places: ArticlePlaces, source: Actor | None,
                 target: Actor | None) -> Location | None:
    """Where an event happened (see the module docstring for the order)."""
    gazetteer = Gazetteer.load()
    countries = _actor_countries(gazetteer, (source, target))
    dateline = places.dateline
    found = _from_clause(trigger, places)
    if found is not None:
        town = _town_of_street(trigger, places, found[0])
        location = found[0]
        if location.country is None and (found[1] == "attack_target" or (
                _is_attack(trigger) and _actor_countries(gazetteer, (target,)))):
            # "the six planes attacked Angur Adar"; "its forces destroyed an Iranian oil platform in the Gulf"
            location = _in_target_country(location, target, places.context)
        return town or _in_country(location, countries, dateline).model_copy(update={"rule": found[1]})
    in_sentence = _from_sentence(trigger, places)
    if in_sentence is not None:
        return _in_country(in_sentence, countries, dateline).model_copy(update={"rule": "sentence"})
    codes = {c.iso3 for c in countries} | ({dateline.country} if dateline is not None else set())
    if not countries:  # "LONDON - ... The radio ... said flooding around Zahedan ... caused heavy damage" (Iran's)
        codes |= {c for c in (_main_country(places.context),) if c}
    other = _from_other_clause(trigger, places, {c for c in codes if c})
    if other is not None:
        return other.model_copy(update={"rule": "sentence_other_clause"})
    continues = dateline is not None and trigger.lemma_.lower() not in SPEECH_LEMMAS
    story = _from_article(trigger, places, STORY_WINDOW, of_a_verb=True) if continues else None
    if story is not None and story.country in codes:
        return story.model_copy(update={"rule": "article_context"})  # the story's place, not the reporter's
    earlier = _from_article(trigger, places)
    if dateline is not None and (not countries or dateline.country in {c.iso3 for c in countries}):
        return dateline.model_copy(update={"rule": "dateline"})
    answers = countries[:1] if responding(trigger) else countries  # the source's country, or the only one
    hinted = {c.iso3 for c in answers} | _attribution_countries(trigger, places)
    if earlier is not None and (not countries or earlier.country in hinted):
        return earlier.model_copy(update={"rule": "article_context"})
    if _is_attack(trigger):
        aimed = _actor_countries(gazetteer, (target,))
        if aimed:
            return gazetteer.location(aimed[0], rule="target_country")
    if countries:
        return gazetteer.location(countries[0], rule="actor_country")
    main = gazetteer.country(_main_country(places.context))
    return None if main is None else gazetteer.location(main, rule="article_country")


def _attribution_countries(trigger: Token, places: ArticlePlaces) -> set[str]:
    """The countries of the sentence's places that belong to an attribution: "According to the U.S. embassy
    in Beijing, the infected 60-year-old western man died" is likely in China, where the article named Wuhan."""
    doc = trigger.doc
    sentence = trigger.sent
    return {m.location.country for m in places.mentions
            if m.location is not None and m.location.country and sentence.start <= m.root < sentence.end
            and in_attribution(doc[m.root], trigger)}


def _in_target_country(location: Location, target: Actor | None, context: PlaceContext) -> Location:
    """An attacked place without a country, put in the target's country, else in the article's most named
    one, never in the attacker's: "The radio said the six planes attacked Angur Adar in the South Waziristan
    area" (planes from Afghanistan, the village in Pakistan)."""
    aimed = _actor_countries(Gazetteer.load(), (target,))
    most = max(context.countries.items(), key=lambda pair: (pair[1], pair[0]))[0] if context.countries else None
    country = aimed[0].iso3 if aimed else most
    return location if country is None else location.model_copy(update={"country": country})


def _in_country(location: Location, countries: list[Place], dateline: Location | None) -> Location:
    """An area the gazetteer lacks, in an article of no one country, put in the event's actors' country
    (else the dateline's): "The National Transportation Safety Committee of Indonesia on Monday announced
    the cockpit voice recorder ... has been recovered from the Java Sea"."""
    if location.country is not None:
        return location
    country = countries[0].iso3 if countries else (dateline.country if dateline is not None else None)
    return location.model_copy(update={"country": country})


def _main_country(context: PlaceContext) -> str | None:
    """The country the article is mostly about: at least two mentions and half of all."""
    if not context.countries:
        return None
    country, count = max(context.countries.items(), key=lambda pair: (pair[1], pair[0]))
    return country if count >= 2 and count >= 0.5 * sum(context.countries.values()) else None
