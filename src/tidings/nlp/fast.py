"""Faster drop-in versions of the model's two rule components, giving identical annotations.

spaCy's ``attribute_ruler`` and rule ``lemmatizer`` are about a fifth of the parse's CPU time on
news text (measured on 60 Wikinews articles: 0.76 s and 1.10 s of 8.9 s), though neither learns
anything: both are pure functions of a few token attributes.

- :class:`CachedAttributeRuler` runs the ruler's patterns of one token only once per distinct
  (LOWER, TAG, DEP, IS_SPACE, ...) combination (the attributes its patterns read), remembers which
  rules matched, and runs spaCy's ``Matcher`` on each Doc only for the few patterns of two or more
  tokens, and only when some token can start one ("gon" of "gonna", "let" of "let's"; most news
  articles have none). The matches are then applied as the stock code applies them (its
  ``set_token_attrs``), in the stock order (by rule), without making a Span per match.
- :class:`CachedLemmatizer` looks each token's (ORTH, POS, MORPH) up in a table filled by the
  stock rule lemmatizer (the rule lemma is a function of those three) and writes all lemmas with
  one ``Doc.from_array``.

:func:`use_fast_rules` swaps them into a loaded pipeline in place of the stock ones (same names,
same patterns and lookups); ``tests/nlp/test_fast.py`` checks the annotations are the same.
Each table grows with the distinct keys seen (like spaCy's own lemmatizer cache).
"""

from __future__ import annotations

import re
from typing import Any

import numpy
from spacy.attrs import IDS  # type: ignore[import-not-found]  # a Cython module without stubs
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs
from spacy.vocab import Vocab

RULER = "attribute_ruler"
LEMMATIZER = "lemmatizer"
_RULER_FACTORY = "tidings_cached_attribute_ruler"
_LEMMATIZER_FACTORY = "tidings_cached_lemmatizer"


class CachedAttributeRuler(AttributeRuler):
    """An :class:`AttributeRuler` whose one-token patterns are matched once per kind of token.

    A token's kind is the values of the attributes its one-token patterns read, except that a value
    no pattern names (in ``==``, ``IN``, ``NOT_IN``) nor matches (``REGEX``) counts as "other": all
    such values pass and fail the same predicates, so the kind decides which rules match."""

    def __init__(self, vocab: Vocab, name: str = RULER, *, validate: bool = False) -> None:
        super().__init__(vocab, name, validate=validate)
        self._reset()

    def _reset(self) -> None:
        self._single = Matcher(self.vocab, validate=self.validate)
        self._multi = Matcher(self.vocab, validate=self.validate)
        self._starters = Matcher(self.vocab, validate=self.validate)
        """The first tokens of the patterns of several tokens, as one-token patterns."""
        self._multi_always = False
        """Some pattern of several tokens can start anywhere (its first token is optional)."""
        self._read: dict[str, _Values] = {}
        self._rules_for: dict[tuple[int, ...], tuple[tuple[tuple[int, int], ...], bool]] = {}
        """A kind of token's one-token rules (rule, match id), and whether it can start a longer pattern."""

    def clear(self) -> None:
        super().clear()
        self._reset()

    def add(self, patterns: Any, attrs: dict[Any, Any], index: int = 0) -> None:
        key = str(len(self.attrs))
        super().add(patterns, attrs, index)  # the stock matcher keeps every pattern (serialisation, .patterns)
        single = [p for p in patterns if len(p) == 1]
        multi = [p for p in patterns if len(p) != 1]
        match_id = self.vocab.strings.add(key)
        if single:
            self._single.add(match_id, single)
            self._learn([pattern[0] for pattern in single])
        if multi:
            self._multi.add(match_id, multi)
            firsts = [pattern[0] for pattern in multi if pattern and "OP" not in pattern[0]]
            self._multi_always = self._multi_always or len(firsts) < len(multi)
            if firsts:
                self._starters.add(match_id, [[first] for first in firsts])
                self._learn(firsts)

    def _learn(self, tokens: list[dict[str, Any]]) -> None:
        """Tell apart the values the one-token patterns ``tokens`` name or match."""
        for name, predicate in ((n.upper(), v) for token in tokens for n, v in token.items()):
            if name not in IDS:
                raise ValueError(f"attribute ruler pattern reads {name!r}, not a token attribute")
            self._read.setdefault(name, _Values(self.vocab)).learn(predicate)
        self._rules_for.clear()

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The stock ``match``'s result: (rule, match id, start, end), sorted by rule."""
        strings = self.vocab.strings
        found: list[tuple[int, int, int, int]] = []
        starts = self._multi_always
        if self._read and len(doc):
            columns = doc.to_array(list(self._read)).reshape(len(doc), -1).T.tolist()
            kinds = zip(*(values.kinds(column) for values, column in zip(self._read.values(), columns, strict=True)),
                        strict=True)
            for i, kind in enumerate(kinds):
                known = self._rules_for.get(kind)
                if known is None:
                    known = self._rules_for[kind] = self._one_token_rules(doc, i)
                rules, starter = known
                starts = starts or starter
                found.extend((rule, match_id, i, i + 1) for rule, match_id in rules)
        elif len(doc):
            starts = True  # nothing to tell tokens apart by: let the Matcher look
        if starts:
            found.extend((int(strings[m]), m, s, e) for m, s, e in self._multi(doc, allow_missing=True, as_spans=False))
        found.sort()
        return found

    def _one_token_rules(self, doc: Doc, i: int) -> tuple[tuple[tuple[int, int], ...], bool]:
        token = doc[i:i + 1]
        matches = self._single(token, allow_missing=True, as_spans=False) if len(self._single) else []
        rules = tuple(sorted({(int(self.vocab.strings[m]), m) for m, _, _ in matches}))
        return rules, bool(len(self._starters) and self._starters(token, allow_missing=True, as_spans=False))

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        """The stock ``set_annotations`` without a Span per match (which it makes only to index the
        target token); an index outside the match goes to the stock code, which raises its error."""
        for attr_id, match_id, start, end in matches:
            index = self.indices[attr_id]
            position = start + index if index >= 0 else end + index
            if not start <= position < end:
                super().set_annotations(doc, [(attr_id, match_id, start, end)])  # type: ignore[no-untyped-call]
                continue
            set_token_attrs(doc[position], self.attrs[attr_id])


class _Values:
    """What the one-token patterns ask of one attribute: the values they name and their regexes.
    Maps a token's value to itself when a predicate can tell it apart, else to -1 ("other")."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.named: set[int] = set()
        self.regexes: list[re.Pattern[str]] = []
        self.exact = False
        """Some predicate is neither a named value nor a regex: keep every value apart."""
        self._kind_of: dict[int, int] = {}

    def learn(self, predicate: Any) -> None:
        self._kind_of.clear()
        if isinstance(predicate, str):
            self.named.add(self.vocab.strings.add(predicate))
        elif isinstance(predicate, dict) and set(predicate) <= {"IN", "NOT_IN", "REGEX"}:
            for value in (*predicate.get("IN", ()), *predicate.get("NOT_IN", ())):
                self.learn(value)
            if "REGEX" in predicate:
                self.regexes.append(re.compile(predicate["REGEX"]))
        else:
            self.exact = True

    def kinds(self, values: list[Any]) -> list[Any]:
        if self.exact:
            return values
        kind_of = self._kind_of
        return [kind_of[v] if v in kind_of else self._learn_value(v) for v in values]

    def _learn_value(self, value: int) -> int:
        text = self.vocab.strings[value] if value in self.vocab.strings else ""  # type: ignore[operator]  # noqa: SIM401
        telling = value in self.named or any(regex.search(text) for regex in self.regexes)
        self._kind_of[value] = kind = value if telling else -1  # no hash is negative
        return kind


class CachedLemmatizer(EnglishLemmatizer):
    """The English rule lemmatizer, applied through a table keyed by (ORTH, POS, MORPH)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._lemma_for: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule" or not len(doc):
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables()
        rows = doc.to_array(["ORTH", "POS", "MORPH", "LEMMA"]).tolist()
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not self.overwrite:
                lemmas.append(lemma)
                continue
            key = (orth, pos, morph)
            found = self._lemma_for.get(key)
            if found is None:
                found = self.vocab.strings.add(self.lemmatize(doc[i])[0])
                self._lemma_for[key] = found
            lemmas.append(found)
        doc.from_array(["LEMMA"], numpy.array(lemmas, dtype=numpy.uint64).reshape(-1, 1))  # type: ignore[arg-type]  # Ints2d is a numpy int array
        return doc


@Language.factory(_RULER_FACTORY, default_config={"validate": False})
def _make_ruler(nlp: Language, name: str, validate: bool) -> CachedAttributeRuler:
    return CachedAttributeRuler(nlp.vocab, name, validate=validate)


@Language.factory(_LEMMATIZER_FACTORY, default_config={"mode": "rule", "overwrite": False})
def _make_lemmatizer(nlp: Language, name: str, mode: str, overwrite: bool) -> CachedLemmatizer:
    return CachedLemmatizer(nlp.vocab, None, name, mode=mode, overwrite=overwrite)


def use_fast_rules(nlp: Language) -> Language:
    """Swap the stock English ``attribute_ruler`` and rule ``lemmatizer`` for the cached ones.

    A pipeline without them, or with other kinds of component under those names, is left as is."""
    if RULER in nlp.component_names and type(nlp.get_pipe(RULER)) is AttributeRuler:
        rules: AttributeRuler = nlp.get_pipe(RULER)  # type: ignore[assignment]
        ruler = nlp.replace_pipe(RULER, _RULER_FACTORY, config={"validate": rules.validate})
        ruler.add_patterns(rules.patterns)  # type: ignore[attr-defined]
    if LEMMATIZER in nlp.component_names and type(nlp.get_pipe(LEMMATIZER)) is EnglishLemmatizer:
        stock = nlp.get_pipe(LEMMATIZER)
        if stock.mode == "rule":  # type: ignore[attr-defined]
            lemmatizer = nlp.replace_pipe(LEMMATIZER, _LEMMATIZER_FACTORY,
                                          config={"mode": "rule", "overwrite": stock.overwrite})  # type: ignore[attr-defined]
            lemmatizer.lookups = _indexed(stock.lookups)  # type: ignore[attr-defined]
            lemmatizer._validate_tables()  # type: ignore[attr-defined]
    return nlp


class _IndexList(list[str]):
    """A lemma-index list whose membership test is a set lookup (the rule lemmatizer only ever
    asks ``form in index``; spaCy keeps the index as a list of up to 57k words and scans it)."""

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        self._members = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return word in self._members


def _indexed(lookups: Lookups) -> Lookups:
    """A copy of the lemmatizer's tables with the lemma index as :class:`_IndexList`."""
    out = Lookups()
    for name in lookups.tables:
        table = lookups.get_table(name)
        data = {key: _IndexList(value) if name == "lemma_index" else value for key, value in table.items()}
        out.add_table(name, data)
    return out
