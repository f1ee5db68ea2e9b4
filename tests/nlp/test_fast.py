"""The cached rule components give exactly the stock components' annotations."""

from __future__ import annotations

import json
from itertools import islice
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from tidings.nlp import DEFAULT_MODEL
from tidings.nlp.fast import CachedAttributeRuler, CachedLemmatizer, _Values, use_fast_rules

SENTENCES = [
    # the two-token patterns (index 0 and 1) and the lemmas the ruler sets itself
    "We're gonna win, and I ain't stopping now; let's go, y' all.",
    "There is no deal and there were no talks, nothin' at all.",
    "Russia's foreign minister said on Monday that Moscow would not accept the sanctions.",
    "Police fired tear gas at protesters who had gathered outside parliament in Nairobi.",
    "He served in the Auckland police force for a decade.",
    "He'd have met them if they'd asked; she doesn't, they didn't, it's done.",
    "The talks, which began in 2019 ,  broke down.\n\nAfterwards   the envoys left.",
    "Ministers are meeting; the meeting was postponed because the ministers were ill.",
    "",
]


@pytest.fixture(scope="module")
def stock() -> Language:
    return spacy.load(DEFAULT_MODEL)


def _annotations(doc: Doc) -> list[tuple[object, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_)
            for t in doc]


def test_load_model_uses_the_cached_components(nlp: Language) -> None:
    assert isinstance(nlp.get_pipe("attribute_ruler"), CachedAttributeRuler)
    assert isinstance(nlp.get_pipe("lemmatizer"), CachedLemmatizer)
    assert nlp.pipe_names == spacy.load(DEFAULT_MODEL).pipe_names


@pytest.mark.parametrize("text", SENTENCES)
def test_same_annotations_as_stock(stock: Language, nlp: Language, text: str) -> None:
    assert _annotations(nlp(text)) == _annotations(stock(text))
    assert _annotations(nlp(text)) == _annotations(stock(text))  # again, from the filled tables


def test_same_annotations_on_news(stock: Language, nlp: Language, shared_data: Path) -> None:
    with (shared_data / "corpora" / "wikinews.jsonl").open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in islice(lines, 25)]
    for ours, theirs in zip(nlp.pipe(texts), stock.pipe(texts), strict=True):
        assert _annotations(ours) == _annotations(theirs)


def test_unnamed_values_are_one_kind_apart_from_named_ones(stock: Language) -> None:
    values = _Values(stock.vocab)
    values.learn({"NOT_IN": ["", "det"]})
    values.learn({"REGEX": "^n'?t$"})
    strings = stock.vocab.strings
    empty, det, nt, nsubj, dobj = (strings.add(s) for s in ("", "det", "n't", "nsubj", "dobj"))
    kinds = values.kinds([empty, det, nt, nsubj, dobj])
    assert kinds[:3] == [empty, det, nt]  # named or matched: told apart
    assert kinds[3] == kinds[4] and kinds[3] not in (empty, det, nt)  # neither: "other", not the empty string


def test_a_pipeline_without_the_rule_components_is_left_alone() -> None:
    blank = spacy.blank("en")
    assert use_fast_rules(blank).pipe_names == []


def test_networks_use_numpy_matrix_products(nlp: Language) -> None:
    for name in ("tok2vec", "parser", "ner"):
        assert nlp.get_pipe(name).model.ops.use_blis is False  # type: ignore[attr-defined]


LONGER_PATTERNS = [
    # (patterns, attrs, index): a first token that must be there, and one that may be missing
    ([[{"LOWER": "tear"}, {"LOWER": "gas"}]], {"TAG": "NN", "LEMMA": "teargas"}, 1),
    ([[{"LOWER": "riot", "OP": "?"}, {"LOWER": "police"}]], {"TAG": "NNS"}, -1),
]


@pytest.mark.parametrize("text", SENTENCES)
def test_longer_patterns_match_as_stock(text: str) -> None:
    """The Matcher for patterns of several tokens runs only when a token can start one, unless a
    pattern's first token is optional (then it always runs)."""
    docs = []
    for factory in ("attribute_ruler", "tidings_cached_attribute_ruler"):
        pipeline = spacy.blank("en")
        ruler = pipeline.add_pipe(factory)
        for patterns, attrs, index in LONGER_PATTERNS:
            ruler.add(patterns, attrs, index)  # type: ignore[attr-defined]
        docs.append(pipeline(text))
    assert _annotations(docs[1]) == _annotations(docs[0])
