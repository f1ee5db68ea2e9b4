"""Finding dictionary names and role nouns in a parsed document.

One left-to-right pass over the tokens; at each token the candidate span is extended
word by word while it is still a prefix of some dictionary key (a set lookup), and
the longest span that is a key wins. Cost is a few set lookups per token.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from tidings.actors.data import ActorEntry
from tidings.actors.dictionary import ActorDictionary
from tidings.actors.embedded import place_in_name
from tidings.actors.fuzzy import closest, fuzzy_index
from tidings.actors.keys import normalise_key

SHORT_ALIAS_CHARS = 3
SHORT_NAME_CHARS = 4
FUZZY_ENTITY_TYPES = frozenset({"PERSON", "GPE", "LOC", "NORP"})


@dataclass(frozen=True, slots=True)
class Match:
    """A dictionary hit on tokens ``start``..``end`` (exclusive): a named entry or a role noun."""

    start: int
    end: int
    key: str
    entry: ActorEntry | None
    sectors: tuple[str, ...]
    weak: bool = False       # a bare surname, short name or misspelt name: kept only if the article agrees

    @property
    def is_agent(self) -> bool:
        return self.entry is None

    @property
    def kind(self) -> str:
        return "agent" if self.entry is None else self.entry.kind

    def covers(self, index: int) -> bool:
        return self.start <= index < self.end


_TABLE_ATTRS: list[int | str] = ["IDX", "LENGTH", "IS_PUNCT", "IS_SPACE", "IS_TITLE", "POS", "ENT_TYPE"]


@dataclass(frozen=True, slots=True)
class TokenTable:
    """What the scan reads of each token, read once per Doc with one ``Doc.to_array``: the scan
    looks at every token several times, and each ``doc[i]`` makes a new Token object (on 60
    Wikinews articles that was a third of the actor stage's time)."""

    text: str
    starts: list[int]
    ends: list[int]
    punct: list[bool]
    space: list[bool]
    fuzzy: list[bool]
    """A proper noun in title case inside an entity of a type :func:`_fuzzy_at` looks at."""

    @classmethod
    def of(cls, doc: Doc, text: str | None = None) -> TokenTable:
        """``text``: ``doc.text`` if the caller has it (spaCy joins it anew from the tokens at each access)."""
        strings = doc.vocab.strings
        fuzzy_types = {strings.add(label) for label in FUZZY_ENTITY_TYPES | {"ORG"}}
        propn = strings["PROPN"]  # a symbol: its ID is the POS value
        rows = doc.to_array(_TABLE_ATTRS).reshape(-1, len(_TABLE_ATTRS)).tolist()  # uint64: exact Python ints
        return cls(text=doc.text if text is None else text,
                   starts=[int(r[0]) for r in rows], ends=[int(r[0] + r[1]) for r in rows],
                   punct=[bool(r[2]) for r in rows], space=[bool(r[3]) for r in rows],
                   fuzzy=[bool(r[4]) and r[5] == propn and int(r[6]) in fuzzy_types for r in rows])

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` (tokens and their whitespace tile the text)."""
        return self.text[self.starts[start]:self.ends[end - 1]]


def _has_capital(span: Span) -> bool:
    return any(t.text[:1].isupper() for t in span)


def _plausible_name(span: Span, key: str, entry: ActorEntry, on: dt.date | None) -> bool:
    """Reject lowercase words, sentence-initial stop words and lowercase short acronyms, and
    common-noun phrases capitalised only by the sentence start ("Security service said")."""
    if not _has_capital(span):
        return False
    words = [t for t in span if t.is_alpha]
    capitalised = [t for t in words if t.text[:1].isupper()]
    if len(words) > 1 and capitalised == [span[0]] and span[0].is_sent_start:
        return False
    if len(span) == 1:
        token = span[0]
        if token.is_sent_start and token.is_stop and not token.text.isupper():
            return False
        letters = key.replace(" ", "")
        if len(letters) <= SHORT_ALIAS_CHARS and not token.text.replace(".", "").isupper():
            return entry.kind == "person" and token.is_title and not token.is_stop and _in_office(entry, on)
        if entry.kind == "person" and len(letters) <= SHORT_NAME_CHARS and not _in_office(entry, on):
            return False                 # "Moon", "Abe": only while that person holds office
    return True


def _keys_from(tokens: TokenTable, start: int, dictionary: ActorDictionary) -> list[tuple[int, str]]:
    """All (end, key) with doc[start:end] a dictionary prefix, shortest first."""
    found: list[tuple[int, str]] = []
    limit = min(len(tokens.starts), start + dictionary.max_words + 2)
    for end in range(start + 1, limit + 1):
        if tokens.space[end - 1]:
            if tokens.span_text(end - 1, end).count("\n") > 1:
                break  # a paragraph break ends every name
            continue   # a wrapped line inside one: "West German Economics Minister Martin\nBangemann"
        key = normalise_key(tokens.span_text(start, end))
        if not key:
            continue
        if not dictionary.is_prefix(key):
            break
        if not tokens.punct[end - 1]:
            found.append((end, key))
    return found


def _match_at(doc: Doc, tokens: TokenTable, start: int, dictionary: ActorDictionary, on: dt.date | None,
              after_match: bool = False) -> Match | None:
    """Longest acceptable match starting at token ``start`` (``after_match``: right after another)."""
    for end, key in reversed(_keys_from(tokens, start, dictionary)):
        span = doc[start:end]
        entry = dictionary.best_entry(key, on, require_code=False) if key in dictionary.aliases else None
        if (entry is not None and _plausible_name(span, key, entry, on)
                and consistent_with_entity(doc, start, end, entry)
                and not place_in_name(span, entry, dictionary, after_match)):
            weak = entry.kind == "person" and len(span) == 1 and not dictionary.is_user_entry(entry) and (
                len(key) <= SHORT_NAME_CHARS or key != normalise_key(entry.name))
            return Match(start, end, key, entry, (), weak)
        sectors = dictionary.agent_sectors(key)
        if sectors is None and span.root.lemma_:
            lemma_key = normalise_key(" ".join(t.text for t in span[:-1]) + " " + span[-1].lemma_)
            sectors = dictionary.agent_sectors(lemma_key)
        if sectors:
            return Match(start, end, key, None, sectors)
    return None


def _in_office(entry: ActorEntry, on: dt.date | None) -> bool:
    """A dated, non-elite role covers ``on``: the person is likely the one meant by a bare
    surname or a misspelt name (not a namesake)."""
    return on is not None and any(r.code and not r.code.endswith("ELI") for r in entry.roles_on(on))


def _surname_at(doc: Doc, index: int, dictionary: ActorDictionary, on: dt.date | None) -> Match | None:
    """A surname of exactly one known person, where spaCy sees a PERSON ("Menem"), unless the
    text gives the person another first name ("Wanjiku Otieno" is not "Dalmas Otieno")."""
    token = doc[index]
    if token.ent_type_ != "PERSON" or token.pos_ != "PROPN" or not token.is_title:
        return None
    if index + 1 < len(doc) and doc[index + 1].ent_iob_ == "I":
        return None                      # "Brenton Tarrant": a first name, not a surname
    key = normalise_key(token.text)
    entry = dictionary.surname_entry(key)
    if entry is None or not _in_office(entry, on):
        return None
    if not consistent_with_entity(doc, index, index + 1, entry):
        return None
    return Match(index, index + 1, key, entry, (), True)


def consistent_with_entity(doc: Doc, start: int, end: int, entry: ActorEntry) -> bool:
    """False when the PERSON entity around a one-word match names someone else: its other
    proper nouns are not in the entry's name ("Mbeki Ngwenya" is not Thabo Mbeki)."""
    if entry.kind != "person" or end - start != 1 or doc[start].ent_type_ != "PERSON":
        return True
    known = set(normalise_key(entry.name).split(" "))
    first = _entity_start(doc[start])
    last = start
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        last += 1
    others = [t for t in doc[first:last + 1] if t.i != start and t.pos_ == "PROPN"]
    return all(normalise_key(t.text) in known for t in others)


def _fuzzy_at(doc: Doc, index: int, dictionary: ActorDictionary, on: dt.date | None) -> Match | None:
    """A misspelt long name ("Bouteflicka", "Khatmandu") one edit from exactly one known name."""
    token = doc[index]
    if token.pos_ != "PROPN" or not token.is_title or token.ent_type_ not in FUZZY_ENTITY_TYPES | {"ORG"}:
        return None
    key = normalise_key(token.text)
    if key in dictionary.aliases:
        return None
    index_of = fuzzy_index(dictionary)
    if token.ent_type_ == "PERSON":
        name = closest(key, index_of.people)
        entry = (
            (dictionary.surname_entry(name) or dictionary.best_entry(name, on, require_code=False)) if name else None
        )
        if entry is not None and not _in_office(entry, on):
            return None
    else:
        name = closest(key, index_of.places)
        entry = dictionary.best_entry(name, on, require_code=False) if name else None
    if entry is None or not name or not consistent_with_entity(doc, index, index + 1, entry):
        return None
    return Match(index, index + 1, name, entry, (), True)


def _entity_start(token: Token) -> int:
    """Index of the first token of the named entity ``token`` belongs to."""
    start = token.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    return start


def scan(doc: Doc, dictionary: ActorDictionary, on: dt.date | None, text: str | None = None) -> list[Match]:
    """Non-overlapping longest matches, left to right; weak ones (bare surnames, short or
    misspelt names) still to be confirmed by :func:`tidings.actors.surnames.confirm_surnames`."""
    matches: list[Match] = []
    tokens = TokenTable.of(doc, text)
    index = 0
    while index < len(doc):
        if tokens.punct[index] or tokens.space[index]:
            index += 1
            continue
        key = normalise_key(tokens.span_text(index, index + 1))
        after_match = bool(matches) and matches[-1].end == index
        match = _match_at(doc, tokens, index, dictionary, on, after_match) if dictionary.is_prefix(key) else None
        if match is None and key in dictionary.surnames:
            match = _surname_at(doc, index, dictionary, on)
        if match is None and tokens.fuzzy[index]:
            match = _fuzzy_at(doc, index, dictionary, on)
        if match is None:
            index += 1
            continue
        if not _stance_prefixed(doc, match.start):
            matches.append(match)
        index = match.end
    return matches


STANCE_PREFIXES = frozenset({"pro", "anti"})


def _stance_prefixed(doc: Doc, start: int) -> bool:
    """"pro-Iranian Hizbollah", "anti-American protesters": a stance toward a country, not its nationality."""
    return start >= 2 and doc[start - 1].text in {"-", "–"} and doc[start - 2].lower_ in STANCE_PREFIXES
