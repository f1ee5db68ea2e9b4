"""Two-pass parsing (issue #17): the re-assembled Doc is the whole article's, the selection
keeps the sentences that carry events, and long articles split into chunks code the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.inputs.readers import make_article, read_inputs
from tidings.inputs.text import normalise_text
from tidings.nlp.twopass import first_pass, parse_selected, pieces
from tidings.pipeline import Extractor, ExtractorSettings, _chunked
from tidings.records import Article


@pytest.fixture(scope="module")
def seed(seed_path: Path) -> Article:
    (article,) = [a for a in read_inputs([seed_path]) if isinstance(a, Article)]
    return article


def _starts(doc) -> list[int]:
    return [s.start for s in doc.sents]


def test_choosing_every_sentence_gives_the_full_parse(seed: Article, nlp) -> None:
    full = nlp(seed.text)
    ((_, doc),) = list(parse_selected([seed], nlp, lambda d: [True] * len(list(d.sents))))
    assert doc.text == full.text == seed.text
    assert len(doc) == len(full)
    assert _starts(doc) == _starts(full)
    assert [(t.dep_, t.head.i, t.tag_, t.ent_type_) for t in doc] == [(t.dep_, t.head.i, t.tag_, t.ent_type_)
                                                                       for t in full]


def test_unchosen_paragraphs_keep_text_tokens_and_first_pass_sentences(seed: Article, nlp) -> None:
    (first,) = list(first_pass(nlp, [seed.text]))
    sentences = list(first.sents)
    keep = [number < 3 for number in range(len(sentences))]  # the title and first paragraphs only
    ((_, doc),) = list(parse_selected([seed], nlp, lambda d: keep))
    assert doc.text == seed.text and len(doc) == len(first)
    parsed = [p for p in pieces(first, keep) if p.parse]
    end = parsed[-1].end
    assert end < len(doc)  # something was left unparsed
    assert all(t.dep_ for t in doc[:end] if not t.is_space) and not any(t.dep_ for t in doc[end:])
    assert [s for s in _starts(doc) if s >= end] == [s for s in _starts(first) if s >= end]
    assert _starts(doc)[: len([s for s in _starts(doc) if s < end])] == [s for s in _starts(nlp(seed.text)) if s < end]


def test_seed_events_are_the_same_under_both_parse_modes(seed: Article, nlp) -> None:
    def events(parse: str) -> list[str]:
        (result,) = list(Extractor(ExtractorSettings(parse=parse), nlp=nlp).run([seed]))  # type: ignore[arg-type]
        return [e.model_dump_json() for e in result.events]

    selected = events("selected")
    assert selected and selected == events("all")


def test_a_long_article_split_into_chunks_codes_the_same_events(seed: Article, nlp) -> None:
    extractor = Extractor(nlp=nlp)
    whole = parse_selected([seed], nlp, extractor.cues.choose, max_tokens=100_000)
    split = parse_selected([seed], nlp, extractor.cues.choose, max_tokens=120)
    ((_, one),), ((_, many),) = list(whole), list(split)
    (first,) = list(first_pass(nlp, [seed.text]))
    assert len([p for p in pieces(first, extractor.cues.choose(first), 120) if p.parse]) > 2
    assert many.text == one.text and _starts(many) == _starts(one)
    as_one = [e.model_dump_json() for e in extractor.process(seed, one).events]
    assert as_one and [e.model_dump_json() for e in extractor.process(seed, many).events] == as_one


@pytest.mark.parametrize(("sentence", "can_carry"), [
    ("Russia condemned the missile strike on Monday.", True),
    ("He accused the ministry of lying.", True),
    ("Talks between Iran and the European Union resumed in Vienna.", True),
    ("The recipe calls for two cups of flour.", False),
    ("It was a cold and wet week.", False),
    ("Snow fell overnight in the hills.", False),
])
def test_first_pass_marks_the_sentences_that_can_carry_an_event(sentence: str, can_carry: bool, nlp) -> None:
    cues = Extractor(nlp=nlp).cues
    (doc,) = list(first_pass(nlp, [sentence]))
    assert cues.can_carry_event(doc[:]) is can_carry


def test_the_first_pass_keeps_the_sentence_before_an_event_and_the_opening(nlp) -> None:
    cues = Extractor(nlp=nlp).cues
    text = ("Markets were calm. The weather was mild. The sky was grey. Prices were stable. "
            "Farmers were waiting. The minister met them on Friday.")
    (doc,) = list(first_pass(nlp, [text]))
    assert cues.choose(doc) == [True, False, False, True, True, True]


def test_work_chunks_are_bounded_by_characters_as_well_as_articles() -> None:
    articles = [make_article(text="word " * n, date="2020-01-01", origin=str(k)) for k, n in
                enumerate([10, 10, 40_000, 10, 10, 10])]
    sizes = [len(chunk) for chunk in _chunked(articles, 4, max_chars=50_000)]
    assert sizes == [2, 1, 3]  # the long article alone, the short ones around it together
    assert [len(c) for c in _chunked(articles, 4, max_chars=10**9)] == [4, 2]


def test_cli_parse_option_chooses_the_mode_and_rejects_others(seed_path: Path) -> None:
    from typer.testing import CliRunner

    from tidings.cli.app import app

    runner = CliRunner()
    outputs = [runner.invoke(app, ["extract", str(seed_path), "--parse", mode, "-j", "1"])
               for mode in ("all", "selected")]
    assert [r.exit_code for r in outputs] == [0, 0]
    assert outputs[0].stdout.count('"event_id"') > 0 and outputs[0].stdout == outputs[1].stdout
    bad = runner.invoke(app, ["extract", str(seed_path), "--parse", "some"])
    assert bad.exit_code == 2 and "some" in bad.output


def test_a_model_without_senter_is_parsed_whole(seed: Article) -> None:
    import spacy

    model = spacy.blank("en")
    model.add_pipe("sentencizer")
    ((_, doc),) = list(Extractor(ExtractorSettings(parse="selected"), nlp=model).parsed([seed]))
    assert doc.text == seed.text and _starts(doc) == _starts(model(seed.text))


REUTERS_1 = ("Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since early\n"
             "January and improving prospects for the coming temporao,\nalthough normal humidity levels have not "
             "been restored,\nComissaria Smith said in its weekly review.\n    The dry period means the temporao "
             "will be late this year.\n    Arrivals for the week ended February 22 were 155,221 bags\nof 60 kilos "
             "making a cumulative total for the season of 5.93\nmln against 5.81 at the same stage last year.")


@pytest.mark.parametrize(("chosen", "parsed_paragraphs"), [
    ([True, False, False], [0]),
    ([False, True, False], [1]),
    ([True, False, True], [0, 2]),
])
def test_an_indented_line_opens_a_paragraph(nlp, chosen: list[bool], parsed_paragraphs: list[int]) -> None:
    """Reuters-21578 has no blank lines: a line break before an indented line opens its paragraphs
    (ingest turns it into a blank line, :func:`tidings.inputs.text.normalise_text`), so an unchosen
    one is left unparsed (a single line break stays inside a sentence)."""
    (doc,) = list(first_pass(nlp, [normalise_text(REUTERS_1)]))
    sentences = list(doc.sents)
    assert [s[0].text for s in sentences] == ["Showers", "The", "Arrivals"]
    paragraphs = [(s.start, s.end) for s in sentences]
    plan = pieces(doc, chosen)
    assert [(p.start, p.end) for p in plan if p.parse] == [paragraphs[k] for k in parsed_paragraphs]
