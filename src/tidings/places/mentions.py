"""Geocoding the place mentions of one article (used by :mod:`tidings.places.locate`).

The fall-backs for names the gazetteer lacks are in :mod:`tidings.places.unknown`.  Two passes: the
first geocodes every GPE/LOC/FAC entity without context and keeps the unambiguous answers; those
(with demonyms such as "Russian", and the dateline) become the article's :class:`PlaceContext`.  The
second pass geocodes every mention with that context, leaving out what the mention's own name
contributed, so a name cannot vote for itself.

When a name is not in the gazetteer, general fall-backs apply, coarsest last:
"Babyninsky, Russia" -> the qualifier (Russia); "South London", "northern Syria" -> the base
place as a region; "San Diego County", "Idlib province" -> the base place as an area;
otherwise a name the gazetteer does not know, or only knows as a small place in a country the
article never mentions (Norfolk, Virginia in a London story), is placed in the article's
dominant country, without coordinates or GeoNames id.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from tidings.places.attach import PLACE_NOUNS
from tidings.places.dateline import dateline_place, dateline_prefix, detect_dateline
from tidings.places.gazetteer import Gazetteer, Place, PlaceContext
from tidings.places.names import name_key
from tidings.places.qualifiers import qualifier_region, qualifier_span, qualifying_place
from tidings.places.spans import FACILITY, PLACE_LABELS, Hint, SpanCandidate, demonym_countries, place_candidates
from tidings.places.territory import territories
from tidings.places.unknown import AREA_NAME, aimed_unknown, as_area, country_after, in_facility, town_in, unknown_town
from tidings.records import Article, Location

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["AREA_NAME", "PLACE_LABELS", "ArticlePlaces", "PlaceMention", "article_places", "detect_dateline",
           "mention_text"]
CONFIDENT_MARGIN = 1.5
"""Score lead over the runner-up for a context-free answer to count as article context."""
DOMINANT_SHARE = 0.5
"""Share of the article's country mentions that makes a country its dominant one."""
FOREIGN_SMALL_PLACE = 500_000
"""A non-capital place smaller than this, in a country the article never mentions, is doubted."""
_DIRECTION = re.compile(r"^(?:(?:north|south|east|west|central|upper|lower|greater|inner|outer)(?:ern)?"
                        r"(?:[- ]?(?:east|west)(?:ern)?)?)\s+(?P<base>.+)$", re.IGNORECASE)
_AREA = re.compile(r"^(?P<base>.+?)\s+(?P<kind>county|province|governorate|district|region|oblast|"
                   r"state|prefecture|municipality|city)$", re.IGNORECASE)
_ADM1_KINDS = frozenset({"province", "governorate", "region", "oblast", "state", "prefecture"})
RECOVERED_SMALL = 15000
"""A place recovered from a span the model did not label as one ("met in Niamey", an ORG) must be at
least this large, unless a place noun or a qualifying place beside it says it is one."""


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """One place mention: entity text, character and token offsets, its geocoded location."""

    text: str
    start: int
    end: int
    token_start: int
    token_end: int
    root: int
    location: Location | None


@dataclass(frozen=True)
class ArticlePlaces:
    """All geocoded place mentions of one article, its dateline location and context."""

    mentions: tuple[PlaceMention, ...]
    dateline: Location | None
    context: PlaceContext
    dateline_end: int = 0
    """Where the dateline prefix of the text ends ("LONDON (Reuters) - "): mentions before it are the dateline."""

    def mention_at(self, token_index: int) -> PlaceMention | None:
        """The mention covering a token, if any."""
        for mention in self.mentions:
            if mention.token_start <= token_index < mention.token_end:
                return mention
        return None


def mention_text(span: Span) -> str:
    """An entity's text without possessive ('s) or a leading 'the'."""
    text = re.sub(r"(?:'s|’s|')$", "", span.text.strip()).strip()
    return re.sub(r"^[Tt]he\s+", "", text)


def _split_qualified(gazetteer: Gazetteer, name: str, key: str, qualifier: Place | None,
                     context: _ArticleContext) -> tuple[str, str, Place | None]:
    """ "Winchester, Hampshire" or "Karipur, Kerala" as one entity: the first name, qualified by the
    second when the gazetteer knows it as a region (else by the qualifier beside the entity)."""
    head, comma, tail = name.partition(", ")
    if not comma or gazetteer.ranked(name) or not head or not tail:
        return name, key, qualifier
    inner = qualifying_place(gazetteer, head, gazetteer.resolve(tail, context.without(name_key(tail))))
    return head, name_key(head), inner or qualifier


def _base_name(name: str) -> str | None:
    """ "South London" -> "London", "Idlib province" -> "Idlib"; None when neither pattern fits."""
    for pattern in (_DIRECTION, _AREA):
        match = pattern.match(name)
        if match:
            return match["base"]
    return None


def _confident(gazetteer: Gazetteer, name: str) -> Place | None:
    """The context-free answer for a name when it is unambiguous (or its base's, "South London")."""
    ranked = gazetteer.ranked(name)
    if not ranked:
        base = _base_name(name)
        ranked = gazetteer.ranked(base) if base else []
    if not ranked:
        return None
    if len(ranked) == 1 or ranked[0][0] - ranked[1][0] >= CONFIDENT_MARGIN:
        return ranked[0][1]
    if ranked[0][1].iso3 and ranked[0][1].iso3 == ranked[1][1].iso3 and (
            len(ranked) == 2 or ranked[0][0] - ranked[2][0] >= CONFIDENT_MARGIN):
        return ranked[0][1]  # unsure which place, sure which country: a vote for the country
    return None


def _is_local(place: Place) -> bool:
    """Whether a mention is evidence that the story happens inside a country: a sub-national
    place, but not a capital, which mostly stands for its government ("Washington said")."""
    return bool(place.iso3) and place.feature != "country" and not place.capital


class _ArticleContext:
    """Context votes of an article, able to leave out one name's own votes."""

    def __init__(self, votes: list[tuple[str, Place]], demonyms: list[str], dateline: Place | None) -> None:
        self.votes = votes
        self.countries: Counter[str] = Counter(p.iso3 for _, p in votes if p.iso3)
        self.countries.update(demonyms)
        self.local: Counter[str] = Counter(p.iso3 for _, p in votes if p.iso3 and _is_local(p))
        if dateline is not None and dateline.iso3:
            self.countries[dateline.iso3] += 1
        self.dateline = dateline

    def without(self, key: str, within: str | None = None) -> PlaceContext:
        """The context for geocoding name ``key``: everything but that name's own votes."""
        countries, local = Counter(self.countries), Counter(self.local)
        for k, place in self.votes:
            if k == key and place.iso3:
                countries[place.iso3] -= 1
                if _is_local(place):
                    local[place.iso3] -= 1
        return PlaceContext(countries={c: n for c, n in countries.items() if n > 0},
                            local={c: n for c, n in local.items() if n > 0},
                            adm1s=frozenset(p.adm1_key for k, p in self.votes if p.adm1_key and k != key),
                            dateline_country=self.dateline.iso3 if self.dateline else None, within=within)

    def dominant(self) -> str | None:
        """The country most mentioned, if it has a clear share of the mentions."""
        if not self.countries:
            return None
        country, count = self.countries.most_common(1)[0]
        return country if count >= 2 and count >= DOMINANT_SHARE * sum(self.countries.values()) else None


def _doubtful(place: Place, context: PlaceContext) -> bool:
    """A small non-capital place in a country the article never mentions."""
    return (place.feature == "city" and not place.capital and place.population < FOREIGN_SMALL_PLACE
            and bool(context.countries) and not context.countries.get(place.iso3 or ""))


def _fallback(gazetteer: Gazetteer, name: str, context: PlaceContext, qualifier: Place | None,
              dominant: str | None) -> Location | None:
    """A location for a name the gazetteer does not know (see the module docstring)."""
    if qualifier is not None and qualifier.feature == "adm1":
        return town_in(gazetteer, name, qualifier)
    if qualifier is not None:
        return gazetteer.location(qualifier)
    for pattern, feature in ((_DIRECTION, "region"), (_AREA, None)):
        match = pattern.match(name)
        if match:
            base = gazetteer.resolve(match["base"], context)
            if base is not None and not _doubtful(base, context):
                kind = match.groupdict().get("kind", "").lower()
                return as_area(gazetteer, base, name, feature or ("adm1" if kind in _ADM1_KINDS else "region"))
    country = gazetteer.country(dominant)
    if country is None:  # an area without a country yet: the event's actors may say ("the Java Sea")
        return Location(name=name, feature="region") if AREA_NAME.search(name) else None
    return Location(name=name, country=country.iso3, feature="region" if AREA_NAME.search(name) else None)


def article_places(doc: Doc, article: Article, gazetteer: Gazetteer) -> ArticlePlaces:
    """Geocode every place mention of an article (see the module docstring)."""
    candidates = place_candidates(doc)
    spans = [c.span for c in candidates]
    names = [mention_text(c.span) for c in candidates]
    keys = [name_key(n) for n in names]
    dateline = dateline_place(gazetteer, article.dateline or detect_dateline(article.text))
    confident = ((k, _confident(gazetteer, n) if c.entity and c.place_meant else None)
                 for k, n, c in zip(keys, names, candidates, strict=True))
    votes = [(k, p) for k, p in confident if p is not None]
    demonyms = demonym_countries(gazetteer, doc)
    context = _ArticleContext(votes, demonyms, dateline)
    dominant = context.dominant()
    resolved: dict[tuple[str, str | None, Hint | None, bool], Location | None] = {}
    regions: dict[int, Place] = {}
    mentions: list[PlaceMention] = []
    for i, (candidate, name, key) in enumerate(zip(candidates, names, keys, strict=True)):
        qualifier = _qualifier_of(gazetteer, doc, spans, i, name, context, regions)
        name, key, qualifier = _split_qualified(gazetteer, name, key, qualifier, context)
        within = None if qualifier is None else (qualifier.adm1_key if qualifier.feature == "adm1" else qualifier.iso3)
        memo = (key, within, candidate.hint, candidate.entity and candidate.place_meant)
        if memo not in resolved:
            resolved[memo] = _geocode_candidate(gazetteer, candidate, name, context.without(key, within),
                                                qualifier, dominant)
        location = resolved[memo] if candidate.span.start not in regions else gazetteer.location(
            regions[candidate.span.start])  # "Wilmington, Delaware": the state that qualified the town
        if location is None and not candidate.entity:
            continue
        ent = candidate.span
        mentions.append(PlaceMention(ent.text, ent.start_char, ent.end_char, ent.start, ent.end, _content_root(ent),
                                     location))
    mentions.extend(_territory_mentions(doc, gazetteer, mentions))
    mentions.sort(key=lambda m: m.token_start)
    prefix = dateline_prefix(article.text)
    return ArticlePlaces(tuple(mentions), None if dateline is None else gazetteer.location(dateline),
                         replace(context.without(""), within=None), prefix.end() if prefix else 0)


def _territory_mentions(doc: Doc, gazetteer: Gazetteer, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """ "into Pakistani territory" as a mention of Pakistan (see :mod:`tidings.places.territory`), where no
    other mention covers the words."""
    taken = {i for m in mentions for i in range(m.token_start, m.token_end)}
    return [PlaceMention(doc[t.first.i:t.noun.i + 1].text, t.first.idx, t.noun.idx + len(t.noun), t.first.i,
                         t.noun.i + 1, t.noun.i, gazetteer.location(t.country))
            for t in territories(doc, gazetteer) if not taken & set(range(t.first.i, t.noun.i + 1))]


def _qualifier_of(gazetteer: Gazetteer, doc: Doc, spans: list[Span], i: int, name: str, context: _ArticleContext,
                  regions: dict[int, Place]) -> Place | None:
    """The region qualifying ``spans[i]`` (see :mod:`tidings.places.qualifiers`); a region that holds a place
    of that name is recorded in ``regions`` by its span's start, as what that span means."""
    span = qualifier_span(doc, spans, i)
    if span is None:
        return None
    text = mention_text(span)
    around = context.without(name_key(text))
    region = qualifier_region(gazetteer, name, text, around)
    qualifier = qualifying_place(gazetteer, name, region or gazetteer.resolve(text, around))
    if region is not None and qualifier is region:
        regions[span.start] = region
    return qualifier


def _content_root(span: Span) -> int:
    """The root of a span less a leading "the": of "the Ain al-Hilweh" (in "targets in the Ain
    al-Hilweh area") the model may pick "the", whose head is the noun, as the root."""
    inner = span[1:] if len(span) > 1 and span[0].lower_ == "the" else span
    return inner.root.i


def _by_hint(ranked: list[tuple[float, Place]], hint: Hint | None, context: PlaceContext) -> list[tuple[float, Place]]:
    """Candidates of the kind the text names: "the province of Kilis" is the province, "the town of
    Madrid" in a story about the Philippines is the Philippine town."""
    if hint == "adm1":
        chosen = [pair for pair in ranked if pair[1].feature == "adm1"]
    elif hint == "town":
        named = {p.iso3 for _, p in ranked if p.feature == "country"}  # "the Red Sea port of Djibouti"
        chosen = [pair for pair in ranked if pair[1].feature == "city" and (
            context.countries.get(pair[1].iso3 or "") or pair[1].iso3 in named)]
    elif hint == "city":
        chosen = [pair for pair in ranked if pair[1].feature == "city"]
    elif hint == "part":  # "central Oklahoma", "eastern Washington": a US state before its namesake city
        chosen = [pair for pair in ranked if pair[1].feature == "adm1" and pair[1].iso3 == "USA"]
        chosen = chosen if ranked and ranked[0][1].iso3 == "USA" else []
    else:
        chosen = []
    return chosen or ranked


def _geocode_candidate(gazetteer: Gazetteer, candidate: SpanCandidate, name: str, context: PlaceContext,
                       qualifier: Place | None, dominant: str | None) -> Location | None:
    """An entity's location (with the fall-backs), or a recovered span's when the gazetteer knows it."""
    if not candidate.place_meant and gazetteer.is_bare_name(name):
        return None  # "The Atlantic": the magazine
    ranked = gazetteer.ranked(name, context, place_meant=candidate.place_meant)
    if not ranked and (candidate.entity or candidate.cued) and candidate.place_meant:
        ranked = gazetteer.ranked_by_spelling(name, context)  # "an airstrike near Shirkat": Ash Sharqāt
    ranked = _by_hint(ranked, candidate.hint, context)
    facility = None if _says_where(gazetteer, candidate, context) else FACILITY.match(name)
    if candidate.entity:
        around = country_after(gazetteer, candidate.span, context) or dominant  # "Keshma in northern Afghanistan"
        location = _geocode_mention(gazetteer, name, context, qualifier, around, ranked, facility)
        if location is None and candidate.hint == "area":  # "in Kurram district": its country from the event's actors
            return Location(name=name, feature="region")
        if location is None and candidate.hint in ("town", "city"):  # "fell on the village of Sargazan"
            return unknown_town(gazetteer, candidate, name, context, dominant)
        if location is not None and location.feature is None and candidate.hint == "area":
            return location.model_copy(update={"feature": "region"})  # "in the Ain al-Hilweh area"
        return location
    if facility and not ranked:
        return in_facility(gazetteer, facility["base"], context)
    if not ranked and candidate.cued:
        return unknown_town(gazetteer, candidate, name, context, dominant)
    if not ranked and candidate.aimed and candidate.place_meant:
        return aimed_unknown(candidate, name)  # "the six planes attacked Angur Adar"
    if not ranked or (context.within and context.within not in (ranked[0][1].iso3, ranked[0][1].adm1_key)):
        return None
    best = ranked[0][1]
    if (best.feature in ("city", "landmark") and best.population < RECOVERED_SMALL and not candidate.cued
            and context.local.get(best.iso3 or "", 0) < 2 and not _inside_building(candidate.span)):
        return None  # not "in La Llagosta" unless the article names other places in Spain ("Badalona")

    return gazetteer.location(best)


BUILDING_NOUNS = PLACE_NOUNS | {"flat", "apartment", "block"}
"""Nouns of buildings and sites, whose "in X" names a place."""


def _inside_building(span: Span) -> bool:
    """A span the model did not label as a place that a building or site is said to be in: "A car bomb
    was on Monday rammed into a military base in Maidan Shahr" (PERSON), "A second fire on Saturday,
    eighteen kilometres away in a another block of flats in La Llagosta, killed another person"."""
    root = span.root
    prep = root.head
    return (root.dep_ == "pobj" and prep.lower_ in ("in", "at", "near") and prep.head.i != prep.i
            and prep.head.lemma_.lower() in BUILDING_NOUNS)


def _says_where(gazetteer: Gazetteer, candidate: SpanCandidate, context: PlaceContext) -> bool:
    """A facility followed by its own town: "crashed at Bradley International Airport in Windsor Locks"
    is in Windsor Locks, not in a town called Bradley (but "the Jolo Cathedral in Mindanao" is in Jolo);
    a town the gazetteer lacks said with its state in one entity does too ("a landing at Calicut International
    Airport at Karipur, Kerala in India")."""
    span = candidate.span
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in ("in", "at", "near"):
        return False
    after = next((e for e in doc.ents if e.start == span.end + 1), None)
    if after is None:
        return False
    ranked = gazetteer.ranked(mention_text(after), context)
    head, _, state = mention_text(after).partition(", ")
    if not ranked and state and not gazetteer.ranked(head, context):
        region = gazetteer.resolve(state, context)
        return region is not None and region.feature == "adm1"  # not "the Jolo Cathedral in Mindanao, Philippines"
    return bool(ranked) and ranked[0][1].feature == "city"


def _geocode_mention(gazetteer: Gazetteer, name: str, context: PlaceContext, qualifier: Place | None,
                     dominant: str | None, ranked: list[tuple[float, Place]],
                     facility: re.Match[str] | None) -> Location | None:
    if context.within and ranked and context.within not in (ranked[0][1].iso3, ranked[0][1].adm1_key):
        ranked = []  # nothing of that name inside the qualifier: fall back to the qualifier
    if ranked and not (_doubtful(ranked[0][1], context) and dominant):
        return gazetteer.location(ranked[0][1])
    area = _AREA.match(name)
    if area and area["kind"].lower() in _ADM1_KINDS:
        regions = [p for _, p in gazetteer.ranked(area["base"], context) if p.feature == "adm1"]
        if regions:
            return gazetteer.location(regions[0])  # "Sulaymaniyah province"
    located = in_facility(gazetteer, facility["base"], context) if facility else None
    return located or _fallback(gazetteer, name, context, qualifier, dominant)
