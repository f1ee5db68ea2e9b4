"""NER only where it is read (``--parse entities``): entities land at the whole article's offsets,
unchosen sentences have none, and the chooser marks the sentences events come from."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.events import VerbLexicon
from tidings.inputs.readers import read_inputs
from tidings.nlp.entities import NER, chosen_runs, parse_entities_selected, recognise_in
from tidings.pipeline import Extractor, ExtractorSettings
from tidings.records import Article
from tidings.selection import EntityChooser

# Reuters-21578 and the clause module's docstring; neither is a sentence of the dev or test gold.
REAGAN = ("President Reagan today had talks with Kenyan President Daniel Arap Moi, who afterwards appealed for "
          "more U.S. investment in Kenya.")
COCOA = "Cocoa prices were little changed in quiet trading."


@pytest.fixture(scope="module")
def seed(seed_path: Path) -> Article:
    (article,) = [a for a in read_inputs([seed_path]) if isinstance(a, Article)]
    return article


@pytest.fixture(scope="module")
def chooser() -> EntityChooser:
    return EntityChooser(VerbLexicon.load())


def _ents(doc) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.label_) for e in doc.ents]


def test_choosing_every_sentence_gives_the_full_ner(seed: Article, nlp) -> None:
    full = nlp(seed.text)
    ((_, doc),) = list(parse_entities_selected([seed], nlp, lambda d: [True] * len(list(d.sents))))
    assert doc.text == seed.text and _ents(doc) and _ents(doc) == _ents(full)
    assert [(t.dep_, t.head.i, t.tag_, t.lemma_) for t in doc] == [(t.dep_, t.head.i, t.tag_, t.lemma_) for t in full]


@pytest.mark.parametrize("chosen", [[True, False], [False, True]])
def test_only_chosen_sentences_get_entities_at_the_whole_docs_offsets(nlp, chosen: list[bool]) -> None:
    text = f"{COCOA} {REAGAN}"
    (doc,) = list(nlp.pipe([text], disable=[NER]))
    assert len(list(doc.sents)) == 2
    recognise_in([doc], nlp, lambda d: chosen)
    sentences = list(doc.sents)
    for sentence, flag in zip(sentences, chosen, strict=True):
        alone = nlp(sentence.text)
        expected = [(e.start + sentence.start, e.end + sentence.start, e.label_) for e in alone.ents] if flag else []
        assert [e for e in _ents(doc) if sentence.start <= e[0] < sentence.end] == expected
        assert all(t.ent_iob_ in ("B", "I", "O") for t in sentence)  # outside, not "missing"
    assert ("PERSON" in {e[2] for e in _ents(doc)}) is chosen[1]  # "Daniel Arap Moi"


def test_runs_join_consecutive_chosen_sentences(nlp) -> None:
    (doc,) = list(nlp.pipe([f"{COCOA} {REAGAN} {COCOA}"], disable=[NER]))
    sentences = list(doc.sents)
    assert chosen_runs(doc, [True, True, False]) == [(0, sentences[1].end)]
    assert chosen_runs(doc, [True, False, True]) == [(0, sentences[0].end), (sentences[2].start, len(doc))]


@pytest.mark.parametrize(("sentence", "can_carry"), [
    ("Russia condemned the missile strike on Monday.", True),
    ("He accused the ministry of lying.", True),
    ("Talks between Iran and the European Union resumed in Vienna.", True),
    (REAGAN, True),
    ("It was a cold and wet week.", False),
    ("Snow fell overnight in the hills.", False),
    (COCOA, False),
])
def test_the_chooser_marks_sentences_with_a_coded_verb_or_event_noun(
        nlp, chooser: EntityChooser, sentence: str, can_carry: bool) -> None:
    (doc,) = list(nlp.pipe([sentence], disable=[NER]))
    assert chooser.can_carry_event(doc[:]) is can_carry


@pytest.mark.parametrize(("context_before", "expected"), [
    (0, [True, False, False, True]),
    (1, [True, False, True, True]),
])
def test_the_chooser_keeps_the_opening_and_the_context_asked_for(nlp, context_before: int,
                                                                 expected: list[bool]) -> None:
    chooser = EntityChooser(VerbLexicon.load(), context_before=context_before)
    (doc,) = list(nlp.pipe([f"{COCOA} It was a cold and wet week. {COCOA} {REAGAN}"], disable=[NER]))
    assert chooser(doc) == expected


def test_seed_events_are_the_same_with_entities_only_where_read(seed: Article, nlp) -> None:
    def events(parse: str) -> list[str]:
        (result,) = list(Extractor(ExtractorSettings(parse=parse), nlp=nlp).run([seed]))  # type: ignore[arg-type]
        return [e.model_dump_json() for e in result.events]

    lean = events("entities")
    assert lean and lean == events("all")


def test_cli_takes_parse_entities(seed_path: Path) -> None:
    from typer.testing import CliRunner

    from tidings.cli.app import app

    runner = CliRunner()
    lean, full = (runner.invoke(app, ["extract", str(seed_path), "--parse", mode, "-j", "1"])
                  for mode in ("entities", "all"))
    assert (lean.exit_code, full.exit_code) == (0, 0)
    assert lean.stdout.count('"event_id"') > 0 and lean.stdout == full.stdout
