"""Locations for names the gazetteer lacks (used by :mod:`tidings.places.mentions`).

A part of a known place ("South London", "Idlib province"), a town named with its state ("in
Randolph, New Hampshire"), a facility named after its town ("the Jolo Cathedral"), and a town or
area the text says is one ("the Syrian town of Baghuz", "at Chacapalca, where ...").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tidings.places.gazetteer import Gazetteer, Place, PlaceContext
from tidings.places.spans import PLACE_LABELS, VISIT_LEMMAS, SpanCandidate, where_follows
from tidings.records import Location

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["AREA_NAME", "aimed_unknown", "as_area", "country_after", "in_facility", "keeps_aimed", "town_in",
           "unknown_town"]

AREA_NAME = re.compile(r"(?:islands?|isles|archipelago|river|sea|lake|bay|valley|mountains|peninsula|shire|"
                       r"straits?|gulf|channel|ocean)$", re.IGNORECASE)
"""A name that says it is an area, not a town: "the Abaco Islands", "the Velliyar River", "Oxfordshire"."""


def as_area(gazetteer: Gazetteer, base: Place, name: str, feature: str) -> Location:
    """A named part of a known place ("South London", "Idlib province") at the base's position."""
    location = gazetteer.location(base)
    return location.model_copy(update={"name": name, "geonames_id": None, "feature": feature,
                                       "full_name": f"{name}, {location.full_name}"})


def town_in(gazetteer: Gazetteer, name: str, region: Place) -> Location:
    """A town the gazetteer lacks, named with its state or province ("in Randolph, New Hampshire"):
    the town, at the region's position, without GeoNames id."""
    location = gazetteer.location(region)
    return location.model_copy(update={"name": name, "geonames_id": None,
                                       "feature": "region" if AREA_NAME.search(name) else "city",
                                       "full_name": f"{name}, {location.full_name}"})


def in_facility(gazetteer: Gazetteer, base_name: str, context: PlaceContext) -> Location | None:
    """ "the Jolo Cathedral" is in Jolo: the base city when the article is about its country."""
    base = gazetteer.resolve(base_name, context)
    if base is not None and base.feature == "city" and context.countries.get(base.iso3 or ""):
        return gazetteer.location(base)
    return None


AFTER_WINDOW = 3
"""How many words after "in" a town's country may start ("in the town of Hamouria in northern Syria")."""


def country_after(gazetteer: Gazetteer, span: Span, context: PlaceContext) -> str | None:
    """The country of the place an unknown town is said to be in: "a doctor in the town of Hamouria in
    Syria" (ISO alpha-3), else None."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ != "in":
        return None
    after = next((e for e in doc.ents if span.end < e.start <= span.end + AFTER_WINDOW and e.label_ in ("GPE", "LOC")),
                 None)
    place = None if after is None else gazetteer.resolve(re.sub(r"^[Tt]he\s+", "", after.text), context)
    return None if place is None or place.feature not in ("country", "adm1") else place.iso3


def unknown_town(gazetteer: Gazetteer, candidate: SpanCandidate, name: str, context: PlaceContext,
                  dominant: str | None) -> Location | None:
    """A town or area the gazetteer lacks but the text says is one: "the Syrian town of Baghuz" is in
    Syria (the adjective), "the village of Keshma", "the township of KwaMashu", "the district of Chow
    Kit" and "at Chacapalca, where the explosion wrecked the train" in the article's country."""
    span = candidate.span
    doc = span.doc
    noun = doc[span.start - 2] if span.start >= 2 and doc[span.start - 1].lower_ == "of" else None
    country = None
    for word in ([] if noun is None else [t for t in noun.children if t.dep_ in ("amod", "compound")]):
        country = gazetteer.demonym_country(word.text) or country
    most = max(context.countries.items(), key=lambda pair: (pair[1], pair[0]))[0] if context.countries else None
    place = gazetteer.country(country or country_after(gazetteer, span, context) or dominant or most)
    if place is None or (candidate.hint not in ("town", "city", "area") and not where_follows(doc, span.end)):
        return None
    if candidate.hint == "area":  # "the Spanish island of Majorca"
        return Location(name=name, country=place.iso3, feature="region", full_name=f"{name}, {place.name}")
    return Location(name=name, country=place.iso3, feature="city", full_name=f"{name}, {place.name}")


def aimed_unknown(candidate: SpanCandidate, name: str) -> Location | None:
    """A name the gazetteer lacks that is bombarded, attacked by armed forces or reached (see
    :func:`tidings.places.spans.aimed_at`): a town whose country the event says ("Over a thousand were
    reported to have reached Rachel"; "the six planes attacked Angur Adar", see
    :func:`tidings.places.locate.locate_event`)."""
    if not keeps_aimed(candidate):
        return None
    return Location(name=name, feature="city", full_name=name)


SIGN_OFFS = frozenset({"reuter", "reuters"})
"""A news agency's sign-off, which the model may hang from the last verb ("... reached a record high of more
than 51 billion U.S. Dlrs Wednesday. REUTER")."""


def keeps_aimed(candidate: SpanCandidate) -> bool:
    """Whether an aimed name the gazetteer lacks (see :func:`aimed_unknown`) is kept as a place: not a
    people's name ("Iraqi troops had surrounded the Iranians") or a sign-off; and the object of a visit
    or a reach only when the article also says where it lies ("The nearest settlement to Area 51 is Rachel
    in Lincoln County" before "Over a thousand were reported to have reached Rachel"; not "will visit U.S.
    Treasury Secretary James Baker next week")."""
    span = candidate.span
    if span.label_ == "NORP" or span.text.strip().lower() in SIGN_OFFS:
        return False
    if span.root.head.lemma_.lower() not in VISIT_LEMMAS:
        return True
    return _placed_elsewhere(span)


def _placed_elsewhere(span: Span) -> bool:
    """Whether the article names ``span``'s text once followed by "in" and a place entity ("Rachel in
    Lincoln County")."""
    doc = span.doc
    size = len(span)
    starts = {e.start: e for e in doc.ents if e.label_ in PLACE_LABELS}
    for token in doc:
        end = token.i + size
        if end + 1 >= len(doc) or doc[end].lower_ != "in" or doc[token.i:end].text != span.text:
            continue
        if end + 1 in starts or (doc[end + 1].lower_ == "the" and end + 2 in starts):
            return True
    return False
