"""Reported judgements (issue #13): what a speaker says of someone is criticism (111) or praise
(051), not a neutral statement (010), also where the parser hangs the judging words oddly. Rows are
real sentences of the real-news gold's training part (Wikinews); each names the verb, the code its
construction proposes and the head of the target, or (the learned layer off) the event the rules
propose for the text."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tidings.events import VerbLexicon
from tidings.events.constructions import decide
from tidings.inputs.readers import make_article
from tidings.pipeline import Extractor, ExtractorSettings


@pytest.fixture(scope="module")
def lexicon() -> VerbLexicon:
    return VerbLexicon.load()


@pytest.mark.parametrize(("sentence", "verb", "code", "target"), [
    # "referred to X as Y": the words after "as" judge the object of "to"
    (('Trump referred to the riots as acts of "domestic terror" and placed further emphasis on maintaining '
      '"law and order."'), "referred", "111", "riots"),
    # insulting someone as something is a characterisation too
    ("Trump insulted Biden as unintelligent.", "insulted", "111", "Biden"),
    # a quoted adjective the parser hangs after the object noun is still what the object is called
    (('Tom Watson called Prime Minister Theresa May\'s proposed Brexit deal "lousy" and said he would only vote '
      "for it if the British people could also vote for or against it."), "called", "111", "May"),
])
def test_a_characterisation_judges_its_object(nlp: Language, lexicon: VerbLexicon, sentence: str, verb: str,
                                              code: str, target: str) -> None:
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == verb)
    decision = decide(token, lexicon)
    assert decision is not None and decision.rule == "characterisation"
    assert decision.candidate is not None
    assert decision.candidate.code == code
    assert target in [t.text for t in decision.candidate.targets]


@pytest.fixture(scope="module")
def candidates(nlp: Language):
    extractor = Extractor(ExtractorSettings(judge=False), nlp=nlp)

    def run(text: str, date: str) -> list[tuple[str, str | None]]:
        article = make_article(text=text, date=date, origin="test")
        return [(e.cameo, e.target.text if e.target else None)
                for e, _ in extractor.scored_candidates(article, extractor.nlp(article.text))]

    return run


@pytest.mark.parametrize(("text", "date", "event"), [
    # what a speech said is the act, the speech its channel ("... a speech in which he ...")
    (('Biden delivered a speech in Delaware in which he called Trump a "climate arsonist," citing the recent '
     "California wildfires, flooding and Atlantic hurricanes."), "2020-09-15", ("111", "Trump")),
    (("President Trump traveled to South Dakota to take part in a celebration at Mount Rushmore on the eve of "
     "Independence Day. He delivered a speech in which he condemned rioters who desecrate statues and memorials "
     "throughout the nation."), "2020-07-04", ("111", "rioters")),
])
def test_what_a_speech_said_is_coded(candidates, text: str, date: str, event: tuple[str, str]) -> None:
    assert event in candidates(text, date)
