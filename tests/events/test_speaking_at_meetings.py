"""Speaking at a meeting (issue #13): the meeting is the act (04x), the speaking at it no statement
(010) of its own. Rows are real sentences of the real-news gold's training part (Reuters, 1987), each
with its article's previous sentence where the speaker is named there; the learned layer is off."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tidings.inputs.readers import make_article
from tidings.pipeline import Extractor, ExtractorSettings


@pytest.fixture(scope="module")
def last_sentence(nlp: Language):
    extractor = Extractor(ExtractorSettings(judge=False), nlp=nlp)

    def run(text: str, date: str) -> list[tuple[str, str | None, str | None]]:
        article = make_article(text=text, date=date, origin="test")
        events = [e for e, _ in extractor.scored_candidates(article, extractor.nlp(article.text))]
        last = max(e.sentence_index for e in events)
        return [(e.cameo, e.source.country if e.source else None, e.target.text if e.target else None)
                for e in events if e.sentence_index == last]

    return run


@pytest.mark.parametrize(("text", "date", "event"), [
    # a meeting "of" a body: the speaker meets it
    (("British foreign secretary Sir Geoffrey Howe told his EC colleagues on Monday that Britain wants agreement "
      "by December on a detailed plan to curb EC farm spending. Howe was speaking at a meeting of EC foreign "
      "ministers, which discussed the future of EC finances."), "1987-10-19", ("040", "GBR", "EC foreign ministers")),
    # talks "with" a party: the talks are coded with their parties, the speaking is not
    (("The current crude oil price of between 18 and 20 dlrs a barrel will remain stable over the next couple of "
      "years, OPEC President Rilwanu Lukman said. Lukman, who was speaking during talks with Swedish trade "
      "officials, said the stable price depended upon output restraint by both OPEC and non-OPEC oil producers, "
      "Swedish government officials said."), "1987-06-02", ("040", None, "Swedish trade officials")),
])
def test_speaking_at_a_meeting_is_the_meeting(last_sentence, text: str, date: str,
                                              event: tuple[str, str | None, str]) -> None:
    found = last_sentence(text, date)
    assert any(code == event[0] and (event[1] is None or country == event[1]) and target == event[2]
               for code, country, target in found)
    assert not any(code == "010" and target is None for code, _, target in found)
