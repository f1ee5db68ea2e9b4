"""The dictionary scan's token table reads what ``doc[i]`` and ``doc[i:j].text`` would give."""

from __future__ import annotations

import pytest

from tidings.actors.match import FUZZY_ENTITY_TYPES, TokenTable

SENTENCES = [
    # the bundled article (an odd apostrophe, quotes, a blank line)
    ("MOSCOW: North Korea\u00b4s leader Kim Jong Un will visit Russia for talks with Vladimir Putin this month, "
     "the Kremlin said Thursday.\n\nPyongyang also claimed to have tested a new kind of weapon with a "
     "\"powerful warhead\"."),
    # Reuters-21578 (hard-wrapped lines, an indented paragraph)
    ("Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since early\n"
     "January and improving prospects for the coming temporao,\nalthough normal humidity levels have not been "
     "restored,\nComissaria Smith said in its weekly review.\n    The dry period means the temporao will be late "
     "this year."),
    # Wikinews
    ("A fire yesterday afternoon killed five girls, all aged fifteen, at an escape room the group was visiting to "
     "celebrate a birthday in Koszalin, North Poland."),
    "",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_table_agrees_with_tokens(nlp, text: str) -> None:
    doc = nlp(text)
    table = TokenTable.of(doc)
    assert len(table.starts) == len(doc)
    for token in doc:
        i = token.i
        assert table.span_text(i, i + 1) == token.text
        assert (table.punct[i], table.space[i]) == (token.is_punct, token.is_space)
        fuzzy = token.pos_ == "PROPN" and token.is_title and token.ent_type_ in FUZZY_ENTITY_TYPES | {"ORG"}
        assert table.fuzzy[i] == fuzzy
        for end in range(i + 1, min(len(doc), i + 6) + 1):
            assert table.span_text(i, end) == doc[i:end].text
