"""A surname alone: which bare surnames and short names name the known person.

"Johnson criticised the United States." in a story that never names Boris Johnson nor
Britain is some Johnson, not the British government; "Lloyds Bank's Johnson" is a banker.
A one-word name that is a word of a known person's name ("Johnson", "Ortega", "Muscat",
"Moon") stands for that person only when

- the article names the person more fully anywhere ("Boris Johnson ... Johnson said");
- a title before the name or in apposition agrees with the person's role on the date
  ("Prime Minister Johnson", "Ortega, the president,");
- a place of the person's country is named in the same sentence ("In London, Johnson"),
  or the article's headline, dateline or first sentence names that country.

Otherwise the word stays an uncoded person, or, where it is also a place ("Muscat", the
capital of Oman), the place: "talks in Muscat" is where, "Muscat said" Oman's government.
One-word nicknames that are no word of the person's name ("Farmaajo" for Mohamed
Abdullahi Mohamed, "Prachanda" for Pushpa Kamal Dahal) name no namesake and stay
unrestricted, as long as they are longer than a short name ("Bibi").
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from tidings.actors.context import dateline_country, entry_country, title_countries
from tidings.actors.data import ActorEntry
from tidings.actors.dictionary import ActorDictionary
from tidings.actors.keys import normalise_key
from tidings.actors.match import SHORT_NAME_CHARS, Match

PLACE_KINDS = frozenset({"country", "capital", "place"})
TITLE_WORDS = 3


def confirm_surnames(doc: Doc, matches: list[Match], dictionary: ActorDictionary, on: dt.date | None,
                     title: str | None = None, dateline: str | None = None) -> list[Match]:
    """Keep each weak match the article confirms; replace an unconfirmed one by the place it
    also names, or drop it (the word is then coded from its phrase as an unknown person)."""
    if not any(m.weak for m in matches):
        return matches           # most articles: nothing to confirm, so no lead countries to read
    full_names = {m.entry.name for m in matches if m.entry is not None and not m.weak}
    lead = _lead_countries(doc, matches, dictionary, on, title, dateline)
    kept = []
    for match in matches:
        entry = match.entry
        if not match.weak or entry is None or entry.name in full_names or _nickname(doc, match, entry) \
                or _titled(doc, match, entry, dictionary, on) \
                or _country_agrees(doc, match, entry, matches, on, lead):
            kept.append(match)
            continue
        place = _place_reading(match.key, dictionary, on)
        if place is not None:
            kept.append(Match(match.start, match.end, match.key, place, ()))
    return kept


def _nickname(doc: Doc, match: Match, entry: ActorEntry) -> bool:
    """A one-word alias spelt as written that is no word of the person's name ("Farmaajo")."""
    key = normalise_key(doc[match.start:match.end].text)
    return (match.end - match.start == 1 and key == match.key and len(key) > SHORT_NAME_CHARS
            and key not in normalise_key(entry.name).split(" "))


def _place_reading(key: str, dictionary: ActorDictionary, on: dt.date | None) -> ActorEntry | None:
    """The place or capital the word also names ("Muscat" -> the capital of Oman)."""
    return next((e for e in dictionary.candidates(key) if e.kind in PLACE_KINDS and e.code_on(on)), None)


def _titled(doc: Doc, match: Match, entry: ActorEntry, dictionary: ActorDictionary, on: dt.date | None) -> bool:
    """A role noun right before the name ("President Ortega"), or in apposition to it
    ("Johnson, the prime minister,"), whose sector the person has on the date."""
    code = entry.code_on(on) or ""
    first = match.start          # before the whole name: "President Abdelaziz Bouteflicka"
    while first > 0 and doc[first].ent_iob_ == "I" and doc[first - 1].pos_ == "PROPN":
        first -= 1
    phrases = [doc[start - size:start] for start in {match.start, first}
               for size in range(TITLE_WORDS, 0, -1) if start >= size]
    name = doc[match.end - 1]
    appositions = [child for child in name.children if child.dep_ == "appos"]
    if name.dep_ == "appos":
        appositions.append(name.head)
    for noun in appositions:
        phrases.extend(doc[first:noun.i + 1] for first in range(noun.left_edge.i, noun.i + 1))
    for phrase in phrases:
        sectors = dictionary.agent_sectors(normalise_key(phrase.text))
        if sectors and any(s in code[3:] for s in sectors):
            return True
    return False


def _country_agrees(doc: Doc, match: Match, entry: ActorEntry, matches: list[Match], on: dt.date | None,
                    lead: set[str]) -> bool:
    """The person's country is the lead's, or a place of it is named in the same sentence."""
    country = entry_country(entry, on)
    if country is None:
        return False
    if country in lead:
        return True
    sentence = doc[match.start].sent
    return any(other.entry is not None and other.entry.kind in PLACE_KINDS and not other.weak
               and sentence.start <= other.start < sentence.end and entry_country(other.entry, on) == country
               for other in matches)


def _lead_countries(doc: Doc, matches: list[Match], dictionary: ActorDictionary, on: dt.date | None,
                    title: str | None, dateline: str | None) -> set[str]:
    """Countries of the headline, the dateline and the places of the first sentence."""
    found = set(title_countries(title, dictionary, on))
    lead = dateline_country(doc.text, dateline, dictionary, on)
    if lead is not None:
        found.add(lead)
    first = next(iter(doc.sents), None)
    for match in matches:
        if first is not None and match.start < first.end and match.entry is not None \
                and match.entry.kind in PLACE_KINDS and not match.weak:
            country = entry_country(match.entry, on)
            if country is not None:
                found.add(country)
    return found
