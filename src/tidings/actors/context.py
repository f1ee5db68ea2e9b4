"""What an article is about: the country its domestic actors belong to.

"police" in a New Zealand story is New Zealand's police (``NZLCOP``); "the government" in a
Syria story is Syria's. The article's country is the one most mentioned in the article
(places, capitals, demonyms, people in office), where the dateline's country and each
country the headline names count as several mentions and the first sentence's count
triple; ties go to the first mentioned. A sentence that mentions only one country gives
that country to its own domestic actors when the article gives none.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from tidings.actors.data import ActorEntry
from tidings.actors.dictionary import ActorDictionary
from tidings.actors.keys import normalise_key, split_code
from tidings.actors.match import Match

US = "USA"
FIRST_SENTENCE_WEIGHT = 3
DATELINE_WEIGHT = 5
TITLE_WEIGHT = 5
"""A headline names what the story is about: "SRI LANKAN GOVERNMENT TO STOP IMPORTING SUGAR"
(reuters-9163) makes "He said the government has finalised an agreement with E.D.F.Man (Sugar)
Ltd" Sri Lanka's government, though the body names London firms and no Sri Lankan place."""
TITLE_WORDS = re.compile(r"[^\W\d_][\w.'\-]*")
TITLE_KINDS = frozenset({"country", "capital", "place"})
LEADING_DATELINE = re.compile(r"^\s*([A-Z][A-Z .'\-]{2,40}?)\s*(?:,|\(|-|\u2014)")
"""A wire dateline opening the text: "WASHINGTON, March 3 - ", "KABUL (Reuters) - "."""


def entry_country(entry: ActorEntry | None, on: dt.date | None) -> str | None:
    """The country an entry stands for on a date (first role's country otherwise)."""
    if entry is None:
        return None
    code = entry.code_on(on) or next((r.code for r in entry.roles if r.code), None)
    return split_code(code).country if code else None


@dataclass(frozen=True)
class ArticleContext:
    """The article's own country and the one country each sentence mentions, if any."""

    country: str | None
    sentence_country: dict[int, str] = field(default_factory=dict)
    mentions: Counter[str] = field(default_factory=Counter)

    def country_for(self, sentence: int, noun: str | None = None) -> str | None:
        """Country of a domestic actor in ``sentence``: the article's, else the sentence's.

        "the administration" with no country of its own is the United States' whenever the article
        names the United States, as in English news it is: "The administration finally gave up on
        July 11" (wikinews-5887d760ee6b240b), "the administration's trade policy" in a story
        datelined Moscow (reuters-2511); so are its officials: "Administration officials familiar with
        the negotiations said Brazil's new economic measures did not make much sense" (reuters-15362)."""
        if noun == "administration" and US in self.mentions:
            return US
        return self.country or self.sentence_country.get(sentence)


def dateline_country(text: str, dateline: str | None, dictionary: ActorDictionary,
                     on: dt.date | None) -> str | None:
    """Country of the article's dateline ("MOSCOW" -> RUS), given or opening the text."""
    candidates = [dateline] if dateline else []
    found = LEADING_DATELINE.match(text[:80])
    if found:
        candidates.append(found.group(1))
    for place in candidates:
        for key in (normalise_key(place), normalise_key(place.split(",")[0])):
            entry = dictionary.best_entry(key, on, require_code=False)
            if entry is not None and entry.kind in ("country", "capital", "place"):
                return entry_country(entry, on)
    return None


def title_countries(title: str | None, dictionary: ActorDictionary, on: dt.date | None) -> list[str]:
    """Countries a headline names, in order: places and demonyms ("SRI LANKAN", "BANK OF CANADA"
    gives CAN), and people in office named in full or by a surname the dictionary knows
    ("NAKASONE TO MEET REAGAN": JPN, USA). Longest names first, left to right."""
    words = TITLE_WORDS.findall(title or "")
    found: list[str] = []
    index = 0
    while index < len(words):
        for size in (4, 3, 2, 1):
            part = words[index:index + size]
            key = normalise_key(" ".join(part))
            named = len(part) == size and part[0][:1].isupper() and part[-1][:1].isupper()  # not "tell us"
            country = _title_country(key, dictionary, on) if named else None
            if country is not None:
                if country not in found:
                    found.append(country)
                index += size
                break
        else:
            index += 1
    return found


def _title_country(key: str, dictionary: ActorDictionary, on: dt.date | None) -> str | None:
    entry = dictionary.best_entry(key, on, require_code=False) if key in dictionary.aliases else None
    if entry is not None and entry.kind not in TITLE_KINDS and entry.kind != "person":
        entry = None
    if entry is None and key in dictionary.surnames:
        entry = dictionary.surname_entry(key)
    if entry is None or (entry.kind == "person" and not (on and entry.roles_on(on))):
        return None
    country = entry_country(entry, on)
    return country if country in dictionary.countries else None


def article_context(matches: list[Match], sentence_of: list[int], dictionary: ActorDictionary,
                    on: dt.date | None, text: str, dateline: str | None,
                    title: str | None = None) -> ArticleContext:
    """Count the countries the matches name (``sentence_of[i]`` is match i's sentence)."""
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    per_sentence: dict[int, set[str]] = {}
    for number, (match, sentence) in enumerate(zip(matches, sentence_of, strict=True)):
        country = _match_country(match, dictionary, on)
        if country is None:
            continue
        counts[country] += FIRST_SENTENCE_WEIGHT if sentence == 0 else 1
        first_seen.setdefault(country, number)
        per_sentence.setdefault(sentence, set()).add(country)
    for position, country in enumerate(title_countries(title, dictionary, on)):
        counts[country] += TITLE_WEIGHT
        first_seen[country] = min(first_seen.get(country, position), -10 + position)
    lead = dateline_country(text, dateline, dictionary, on)
    if lead is not None:
        counts[lead] += DATELINE_WEIGHT
        first_seen[lead] = -1
    best = max(counts, key=lambda c: (counts[c], -first_seen[c]), default=None)
    single = {s: next(iter(c)) for s, c in per_sentence.items() if len(c) == 1}
    return ArticleContext(best, single, counts)


def _match_country(match: Match, dictionary: ActorDictionary, on: dt.date | None) -> str | None:
    """The country a match points the article to: places and states, and people or bodies
    of a state (not transnational ones)."""
    if match.entry is None or match.weak:
        return None
    country = entry_country(match.entry, on)
    return country if country in dictionary.countries else None
