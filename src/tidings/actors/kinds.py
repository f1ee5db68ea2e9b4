"""Kinds of actor, for the learned layer and for users who filter.

``state``, ``government`` (a state's sectors: GOV, MIL, LEG, JUD, COP, SPY), ``igo``, ``ngo``,
``armed_group``, ``party``, ``company`` (BUS), ``media`` (MED), ``education`` (EDU),
``sports``, ``political_person`` (a person with a political role), ``person`` (without
one), ``group`` (other social groups: civilians, protesters, workers, refugees).
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.actors.keys import split_code

KINDS = ("state", "government", "igo", "ngo", "armed_group", "party", "company", "media",
         "education", "sports", "political_person", "person", "group")
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
POLITICAL_SECTORS = STATE_SECTORS | frozenset({"ELI", "OPP", "PTY", "REB", "INS"})
ARMED_SECTORS = frozenset({"REB", "INS", "SEP", "UAF"})
ARMED_PREFIXES = frozenset({"IMG", "UIS"})
SECTOR_KINDS = (("PTY", "party"), ("BUS", "company"), ("MED", "media"), ("EDU", "education"))

ORGANISATION_MARKERS = {
    # "Lloyds Bank", "Northwest Airlines", "Cumhuriyet University", "Real Madrid CF"
    "bank": "company", "inc": "company", "corp": "company", "corporation": "company", "ltd": "company",
    "plc": "company", "co": "company", "company": "company", "airlines": "company", "airline": "company",
    "airways": "company", "motors": "company", "group": "company", "holdings": "company",
    "industries": "company", "energy": "company", "oil": "company", "petroleum": "company",
    "university": "education", "college": "education", "school": "education", "academy": "education",
    "institute": "education",
    "times": "media", "post": "media", "news": "media", "tribune": "media", "herald": "media",
    "gazette": "media", "journal": "media", "telegraph": "media", "guardian": "media", "radio": "media",
    "television": "media", "tv": "media", "press": "media",
    "fc": "sports", "cf": "sports", "united": "sports", "city": "sports", "club": "sports",
    "rovers": "sports", "wanderers": "sports", "athletic": "sports", "olympic committee": "sports",
}
KIND_SECTORS = {"company": ("BUS",), "education": ("EDU",), "media": ("MED",), "sports": ()}


def organisation_kind(tokens: list[Token]) -> str | None:
    """Kind of a named organisation from its last word ("Lloyds Bank" -> company), when the
    name is a proper-noun entity (ORG/FAC), not a common noun."""
    words = [t for t in tokens if not t.is_punct]
    if len(words) < 2 or words[-1].ent_type_ not in ("ORG", "FAC", "PERSON"):
        return None
    last = words[-1].lower_.strip(".")
    if not words[-1].text[:1].isupper():
        return None
    return ORGANISATION_MARKERS.get(last)


def actor_kind(code: str | None, country: str | None, sectors: tuple[str, ...] | list[str],
               entry_kind: str) -> str | None:
    """Kind of a coded actor from its dictionary kind and code."""
    prefix = split_code(code).prefix if code else ""
    found = set(sectors)
    if entry_kind == "person":
        return "political_person" if found & POLITICAL_SECTORS or prefix in ("IGO", "IMG") else "person"
    if prefix == "IGO":
        return "igo"
    if prefix == "NGO":
        return "ngo"
    if prefix in ARMED_PREFIXES or found & ARMED_SECTORS:
        return "armed_group"
    for sector, kind in SECTOR_KINDS:
        if sector in found:
            return kind
    if found & STATE_SECTORS:
        return "government"
    if found:
        return "group"
    if country and entry_kind in ("country", "capital", "place", "agent", "group"):
        return "state"
    return None
