"""A bare statement (issue #13): a report of what someone said, when no verb of it codes an event,
is a statement (010) about what it names; one that names nothing it is about is no event a coder
codes. Rows are real sentences of the real-news gold's training part (Reuters); the learned layer
is off (these are the rules' own candidates)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tidings.inputs.readers import make_article
from tidings.pipeline import Extractor, ExtractorSettings


@pytest.fixture(scope="module")
def statements(nlp: Language):
    extractor = Extractor(ExtractorSettings(judge=False), nlp=nlp)

    def run(text: str) -> list[tuple[str, str | None]]:
        article = make_article(text=text, date="1987-03-20", origin="test")
        return [(e.cameo, e.target.text if e.target else None)
                for e, _ in extractor.scored_candidates(article, extractor.nlp(article.text))
                if e.rule == "bare_statement"]

    return run


@pytest.mark.parametrize(("sentence", "target"), [
    # nothing the statement is about: a comment on one's own plans
    ('"We have to study this more," Reagan said.', None),
    # a statement about an actor it names
    ("He said the Reagan administration has yet to decide on a retaliation list.", "the Reagan administration"),
    ("The diplomat said that, to join GATT, China had much to do.", "China"),
])
def test_a_bare_statement_needs_what_it_is_about(statements, sentence: str, target: str | None) -> None:
    found = statements(sentence)
    if target is None:
        assert found == []
    else:
        assert ("010", target) in found
