"""Which spans of a parse are place mentions, and what they say about the kind of place.

Used by :mod:`tidings.places.mentions`.  GPE, LOC and FAC entities are place mentions.  The small
model also labels places as organisations or people, or leaves them unlabelled, where the sentence
says plainly that a place is meant: "the Syrian city of Kobane" (ORG), "the Turkish province of
Kilis" (PERSON), "met in Niamey" (ORG), "Surigao del Sur, Philippines" (ORG), "in Reading,
Berkshire" (no entity).  Those spans are recovered as *candidates*: a candidate becomes a mention
only when the gazetteer knows the name (see :func:`tidings.places.mentions.article_places`).

A bare name of a body of water is also the name of a magazine or a company ("comment reported in
The Atlantic"): it means the ocean only after a lower-case "the" ("across the Atlantic").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from tidings.places.attach import ATTACK_LEMMAS, LISTING_PREPS, MOVEMENT_LEMMAS, TARGET_NOUNS
from tidings.places.gazetteer import Gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
RECOVERABLE_LABELS = frozenset({"ORG", "PERSON", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT"})
Hint = Literal["adm1", "town", "city", "area", "part"]
ADM1_WORDS = frozenset({"province", "governorate", "state", "oblast", "prefecture", "region", "provinces"})
_HINT_BEFORE: dict[str, Hint] = {"province": "adm1", "governorate": "adm1", "state": "adm1", "oblast": "adm1",
                                 "prefecture": "adm1", "town": "town", "village": "town", "city": "city",
                                 "port": "town", "capital": "city", "resort": "town", "hometown": "town",
                                 "township": "town", "oasis": "town", "island": "area", "district": "area"}
_CUE_NOUNS = frozenset(_HINT_BEFORE) | {"region", "district", "enclave", "county", "suburb", "outskirts", "island"}
_GENERIC_WORDS = frozenset({"market", "street", "square", "park", "hall", "house", "centre", "center", "station",
                            "airport", "church", "mosque", "hospital", "university", "court", "bridge", "road"})
_RELOCATION = frozenset({"move", "relocate", "flee", "travel", "fly", "return", "migrate", "deploy", "retreat"})
_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "into", "across", "throughout"})
FACILITY = re.compile(r"^(?:the\s+)?(?P<base>.+?)\s+(?:cathedral|mosque|church|hospital|district hospital|university|"
                      r"prison|stadium|station|market|hotel|air base|base|port|refinery|district|"
                      r"(?:district |city |high |supreme |magistrates'? |crown |county )?court|"
                      r"(?:medical )?college|(?:international )?airport)$", re.IGNORECASE)
"""A facility named after its place: "the Jolo Cathedral", "appeared in Christchurch District Court",
"rushed to Kozhikode Medical College", "the airstrike at Baghdad International Airport"."""


VESSEL_NOUNS = frozenset({"tanker", "supertanker", "ship", "vessel", "freighter", "frigate", "destroyer", "ferry",
                          "liner", "warship", "cruiser", "carrier", "yacht", "trawler", "tug", "barge"})
"""Nouns a ship's name follows, and ships are often named after places: "Iran attacked the Saudi Arabian
supertanker Arabian Sea off the United Arab Emirates last night" (the place is the Emirates)."""


@dataclass(frozen=True, slots=True)
class SpanCandidate:
    """A span that may name a place: ``entity`` (a GPE/LOC/FAC), ``cued`` (recovered, with a
    place noun or a qualifying place beside it), ``place_meant`` (False for "The Atlantic")."""

    span: Span
    entity: bool
    cued: bool
    place_meant: bool
    hint: Hint | None
    aimed: bool = False
    """The object of a bombardment, a visit or an armed attack (see :func:`aimed_at`): a place even when
    the gazetteer lacks it ("the six planes attacked Angur Adar in the South Waziristan area")."""


def words_before(doc: Doc, start: int, count: int) -> list[Token]:
    """The ``count`` tokens before ``start``, line breaks skipped (Reuters wraps its lines: "the Red Sea
    port of\nDjibouti")."""
    found: list[Token] = []
    i = start - 1
    while i >= 0 and len(found) < count:
        if not doc[i].is_space:
            found.insert(0, doc[i])
        i -= 1
    return found


AREA_WORDS = frozenset({"area", "district", "camp", "neighbourhood", "neighborhood"})
"""Nouns after a name that say it is an area: "one helicopter was apparently shot down by heavy
anti-aircraft fire as it attacked targets in the Ain al-Hilweh area east of the port of Sidon"."""


def word_after(doc: Doc, end: int) -> Token | None:
    """The first token from ``end`` on that is no line break (Reuters wraps its lines: "large durian
    orchards in eastern Chanthaburi\nprovince have suffered heavy losses"), else None."""
    while end < len(doc) and doc[end].is_space:
        end += 1
    return doc[end] if end < len(doc) else None


PART_WORDS = re.compile(r"^(?:north|south|east|west|central)(?:ern)?(?:-?(?:east|west)(?:ern)?)?$", re.IGNORECASE)
"""Direction adjectives before a name that say a part of a region is meant: "Residents of central
Oklahoma returned to their homes over the weekend after a week of heavy rains" (the state)."""


def kind_hint(doc: Doc, start: int, end: int) -> Hint | None:
    """ "the province of Idlib", "Idlib province" -> adm1; "the town of Madrid" -> town; "the Ain
    al-Hilweh area" -> area; "central Oklahoma" -> part."""
    after = word_after(doc, end)
    if after is not None and after.lower_ in ADM1_WORDS:
        return "adm1"
    if after is not None and after.lower_ in AREA_WORDS:
        return "area"
    before = words_before(doc, start, 2)
    if len(before) == 2 and before[1].lower_ == "of":
        return _HINT_BEFORE.get(before[0].lemma_.lower())
    noun = appositive_place_noun(doc[start:end]) if end < len(doc) and doc[end].text == "," else None
    if noun is not None:
        return _HINT_BEFORE.get(noun)
    return "part" if before and PART_WORDS.match(before[-1].text) else None


def appositive_place_noun(span: Span) -> str | None:
    """The place noun of an apposition that says what a name is: "Gunmen killed four laborers in
    Turbat, a town in Balochistan province" -> "town"; "in Cap-Haitien, Haiti's second city" -> "city"."""
    root = span.root
    for child in root.children:
        if child.dep_ == "appos" and child.i >= span.end and child.lemma_.lower() in _CUE_NOUNS:
            return str(child.lemma_.lower())
    return None


def where_follows(doc: Doc, end: int) -> bool:
    """A name followed by ", where": the text says it is a place ("Damages was estimated at 800,000 dlrs
    in the dynamite blast yesterday at Chacapalca, where the explosion wrecked the train")."""
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "where"


def _place_meant(doc: Doc, span: Span) -> bool:
    """False for "The Atlantic", "told The Atlantic": a capitalised "The" opens a title."""
    first = span[0]
    before = doc[span.start - 1] if span.start > 0 else None
    if first.text == "The" or (before is not None and before.text == "The"):
        return False
    return not (before is not None and before.lower_ in ("told", "to", "by") and span.label_ == "ORG")


def _cued(doc: Doc, span: Span, entities: list[Span]) -> bool:
    """A place noun before ("the city of X"), or a place entity after ("X, Philippines")."""
    before = words_before(doc, span.start, 2)
    if len(before) == 2 and before[1].lower_ in ("of", ",") and before[0].lemma_.lower() in _CUE_NOUNS:
        return True  # "the city of Kobane", "Yemen's capital, Sana'a"
    if where_follows(doc, span.end) or (span.end < len(doc) and doc[span.end].text == ","
                                        and appositive_place_noun(span) is not None):
        return True  # "at Chacapalca, where the explosion wrecked the train"; "in Turbat, a town in"
    if span.end < len(doc) and doc[span.end].lower_ in TRAILING_CUES:
        return True  # "injured at least 50 in northeastern Bangladesh's Sunamganj district"
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in LISTING_PREPS and root.head.head.lemma_.lower() in _CUE_NOUNS:
        return True  # "at least two towns—including Makilala in the province of North Cotabato"
    follow = span.end + 1
    return (span.end < len(doc) and doc[span.end].text == ","
            and any(e.start == follow and e.label_ == "GPE" for e in entities))


TRAILING_CUES = ADM1_WORDS | {"district", "county", "municipality"}
"""Nouns after a name that say it is a division: "Sunamganj district", "Idlib province" (not "camp" or
"area": "the Biden camp said")."""
SIEGE_LEMMAS = frozenset({"shell", "bomb", "bombard", "besiege", "invade", "occupy", "overrun", "encircle", "storm",
                          "pound", "blockade", "recapture", "retake", "liberate"})
"""Verbs whose object is a place, never a person: "Russian forces shelled Kharkiv" (the model says PERSON).
Not "attack", "hit" or "capture", whose object is often a person ("Trump attacked Biden")."""


ARMED_NOUNS = frozenset({"force", "troop", "soldier", "army", "military", "militant", "rebel", "insurgent",
                         "fighter", "jet", "aircraft", "plane", "warplane", "helicopter", "drone", "missile", "rocket",
                         "artillery", "shell", "bomber", "gunship", "navy", "warship"})
"""Subjects whose attack is aimed at a place: "Russian missiles hit Odesa on Monday"."""


VISIT_LEMMAS = frozenset({"visit", "reach", "tour"})
"""Verbs whose object is a place ("The prime minister visited Cox's Bazar on Monday", the model: an organisation)."""


def aimed_at(span: Span) -> bool:
    """The object of a verb of bombing or besieging (see SIEGE_LEMMAS) or visiting (VISIT_LEMMAS), or of an
    attack by armed forces or their weapons ("Russian missiles hit Odesa"; not "Trump attacked Biden")."""
    root = span.root
    if root.dep_ not in ("dobj", "nsubjpass") or any(c.dep_ == "nummod" for c in root.children):
        return False  # a level, not a place: "Hurricane Lorenzo reached Category 5"
    verb = root.head
    lemma = verb.lemma_.lower()
    return lemma in SIEGE_LEMMAS or (root.dep_ == "dobj" and lemma in VISIT_LEMMAS) or (
        lemma in ATTACK_LEMMAS and _armed(verb))


def _armed(verb: Token) -> bool:
    """An attack by armed forces or with weapons: "Russian missiles hit Odesa", "when he attacked Shayrat
    with 60 missiles"."""
    return any(child.dep_ == "nsubj" and child.lemma_.lower() in ARMED_NOUNS for child in verb.children) or any(
        child.dep_ == "prep" and child.lower_ == "with" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in ARMED_NOUNS for g in child.children) for child in verb.children)


def _leading_name(ent: Span) -> Span | None:
    """The capitalised words an entity of another kind starts with: the model reads "in the western
    town of Zhanaozen" as a number and "the southern city of Osh overnight" as a time."""
    if ent.doc[ent.start].pos_ != "PROPN":
        return None
    end = ent.start
    while end < ent.end and ent.doc[end].text[:1].isupper() and not ent.doc[end].like_num:
        end += 1
    return ent.doc[ent.start:end] if end > ent.start else None


def _locative(span: Span, *, person: bool = False) -> bool:
    """The object of "in", "at", "near" ... or of a movement's "to" ("Zaitouneh moved to Douma"; a
    name the model calls a person only after verbs of moving house: not "reached out to Walker")."""
    root = span.root
    if root.dep_ != "pobj":
        return False
    prep = root.head
    movers = _RELOCATION if person or span.label_ == "" else MOVEMENT_LEMMAS
    return prep.lower_ in _LOCATIVE or (prep.lower_ in ("to", "into") and prep.head.lemma_.lower() in movers)


def _surname(span: Span, surnames: set[str]) -> bool:
    """A one-word place entity that is the surname of a person the article names, outside a locative phrase
    and with no place noun beside it: "Former US Senator Kay Hagan dies ... A decade later, in 2008, Hagan
    defeated incumbent Republican US Senator Elizabeth Dole" (Hagan, Georgia is a town)."""
    return (len(span) == 1 and span.label_ in PLACE_LABELS and span.text in surnames and not _locative(span)
            and kind_hint(span.doc, span.start, span.end) is None)


def _vessel_name(doc: Doc, span: Span) -> bool:
    """A ship's name right after its kind: "the Saudi Arabian supertanker Arabian Sea"."""
    before = words_before(doc, span.start, 1)
    return bool(before) and before[0].lower_ in VESSEL_NOUNS  # the word: the model lemmatises "supertank"


def _target_subject(span: Span) -> bool:
    """The subject of "was the target of": "In 2006, Abqaiq was the target of an Al-Qaeda suicide attack" (ORG)."""
    root = span.root
    return root.dep_ == "nsubj" and root.head.lemma_ == "be" and any(
        child.dep_ == "attr" and child.lemma_.lower() in TARGET_NOUNS for child in root.head.children)


def _facility(span: Span) -> bool:
    """An organisation named after its place: "the Jolo Cathedral", "Madrid District Hospital"."""
    return span.label_ in ("ORG", "FAC") and FACILITY.match(span.text) is not None


def _proper_chunks(doc: Doc, covered: set[int]) -> list[Span]:
    """Runs of capitalised proper nouns outside every entity and not touching one ("in Reading,
    Berkshire"; not "Market" of "Bhera Market" or "Super" of "Super Tuesday")."""
    chunks, start = [], None
    for token in doc:
        inside = token.pos_ == "PROPN" and token.text[:1].isupper() and token.i not in covered
        if inside and start is None:
            start = token.i
        elif not inside and start is not None:
            chunks.append(doc[start:token.i])
            start = None
    if start is not None:
        chunks.append(doc[start:len(doc)])
    return [c for c in chunks if c.start - 1 not in covered and c.end not in covered
            and not (len(c) == 1 and c[0].lower_ in _CUE_NOUNS | _GENERIC_WORDS)]


def _inner_place(ent: Span) -> Span | None:
    """The place at the end of an organisation's name: "White Medical Center in College Station"."""
    if ent.label_ not in ("ORG", "FAC"):
        return None
    for token in ent[:-1]:
        rest = ent.doc[token.i + 1:ent.end]
        if token.lower_ in ("in", "at") and all(t.pos_ == "PROPN" for t in rest):
            return rest
    return None


def place_candidates(doc: Doc) -> list[SpanCandidate]:
    """Place entities and recoverable spans of a parse, in text order."""
    entities = list(doc.ents)
    surnames = {e[-1].text for e in entities if e.label_ == "PERSON" and len(e) > 1}
    out = []
    covered: set[int] = set()
    for ent in entities:
        covered.update(range(ent.start, ent.end))
        if _vessel_name(doc, ent) or _surname(ent, surnames):
            continue
        hint = kind_hint(doc, ent.start, ent.end)
        if ent.label_ in PLACE_LABELS:
            out.append(SpanCandidate(ent, True, False, _place_meant(doc, ent), hint))
        elif ent.label_ in RECOVERABLE_LABELS:
            cued, aimed = _cued(doc, ent, entities), aimed_at(ent)
            if cued or _locative(ent, person=ent.label_ == "PERSON") or _facility(ent) or _target_subject(ent) or aimed:
                out.append(SpanCandidate(ent, False, cued, _place_meant(doc, ent), hint, aimed))
        else:
            name = _leading_name(ent)
            if name is not None and _cued(doc, name, entities):  # only a name the text says is a place
                out.append(SpanCandidate(name, False, True, True, kind_hint(doc, name.start, name.end)))
    for ent in entities:
        inner = _inner_place(ent)
        if inner is not None:
            out.append(SpanCandidate(inner, False, False, True, None))
    for chunk in _proper_chunks(doc, covered):
        cued, aimed = _cued(doc, chunk, entities), aimed_at(chunk)
        if cued or _locative(chunk) or aimed:
            out.append(SpanCandidate(chunk, False, cued, True, kind_hint(doc, chunk.start, chunk.end), aimed))
    return sorted(out, key=lambda c: c.span.start)


def demonym_countries(gazetteer: Gazetteer, doc: Doc) -> list[str]:
    """The countries of the article's demonyms: NORP entities ("Israeli aircraft"), and a demonym
    modifying the head of an organisation's name ("the Palestinian health ministry said", "the Syrian
    army"), not a name's first word ("American Airlines", "British Petroleum")."""
    found = []
    for ent in doc.ents:
        if ent.label_ == "NORP":
            found.append(gazetteer.demonym_country(ent.text))
        elif ent.label_ == "ORG":
            found.extend(gazetteer.demonym_country(t.text) for t in ent
                         if t.dep_ == "amod" and t.head.i == ent.root.i and t.i > ent.start and ent[0].lower_ == "the")
    return [c for c in found if c]


def root_of(span: Span) -> Token:
    """The span's syntactic root."""
    return span.root
