"""The region that qualifies a place name: "Paris, Texas", "near Bajaur, in Khyber Pakhtunkhwa province",
"Russia's Far East" (used by :mod:`tidings.places.mentions`).

The qualifier is read as a region (a country, a state or province, a named region), and among the
regions of that name the one a place of the first name lies in: "Biden delivered his acceptance speech at
Chase Center in Wilmington, Delaware" is the state of Delaware (not the town of Delaware, Ohio), so
Wilmington is Wilmington, Delaware (not the larger Wilmington, North Carolina).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tidings.places.gazetteer import Gazetteer, Place, PlaceContext

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["QUALIFYING_FEATURES", "qualifier_region", "qualifier_span", "qualifying_place"]

QUALIFYING_FEATURES = frozenset({"country", "adm1", "region"})


def qualifier_span(doc: Doc, ents: list[Span], i: int) -> Span | None:
    """The entity that may name the region of ``ents[i]`` in "Paris, Texas", "X in Y" or "Russia's Far East"
    (whether it does is decided by :func:`qualifying_place`)."""
    ent = ents[i]
    if i + 1 < len(ents):
        after = ents[i + 1]
        between = [t.lower_ for t in doc[ent.end:after.start] if not t.is_space]
        if after.label_ == "GPE" and between in ([","], ["in"], [",", "in"]):
            return after  # "Paris, Texas"; "near Bajaur, in Khyber Pakhtunkhwa province"
    if i > 0:
        before = ents[i - 1]
        if before.end == ent.start and before.label_ == "GPE" and before.text.endswith(("'s", "’s")):
            return before
    return None


def qualifying_place(gazetteer: Gazetteer, name: str, qualifier: Place | None) -> Place | None:
    """The qualifier of "Paris, Texas" or "Victoria, Australia" -- a country, state or region
    that is not just the next item of a list ("Jordan, Lebanon and Turkey")."""
    if qualifier is None or qualifier.feature not in QUALIFYING_FEATURES:
        return None
    ranked = gazetteer.ranked(name)
    if ranked and ranked[0][1].feature == "country":
        return None
    return qualifier


def qualifier_region(gazetteer: Gazetteer, name: str, qualifier: str, context: PlaceContext) -> Place | None:
    """The best-ranked region called ``qualifier`` that a place called ``name`` lies in, else None
    (see the module docstring)."""
    inside = {(p.iso3, p.adm1_key) for _, p in gazetteer.ranked(name) if p.feature not in QUALIFYING_FEATURES}
    for _, region in gazetteer.ranked(qualifier, context):
        if region.feature == "adm1" and any(adm1 == region.adm1_key for _, adm1 in inside):
            return region
        if region.feature == "country" and any(iso3 == region.iso3 for iso3, _ in inside):
            return region
    return None
