"""Quoted speech: whether a pronoun stands inside a quotation (and so refers to no earlier actor)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from test_actors import analyse, head_of

from tidings.actors.article import ActorDictionary
from tidings.actors.pronouns import in_quotation

# (text, the word whose position is tested, its occurrence, inside a quotation?)
QUOTATION_CASES = [
    # wire copy that wraps its lines and sets no paragraph apart (reuters-925)
    (('"China can further\ndevelop its foreign trade system so as to gain the maximum\n'
     'benefit from its GATT participation," he said.'), "he", 0, False),
    # a closing mark, then a new quotation opened on the same line (reuters-5717)
    (('"And above all, Europe and the United States have too many\ncommon interests to make it '
     'worthwhile to engage in trade wars\nand competitive export subsidies which end by benefitting no\n'
     'one." He added, "It is crucial that the United States and the\nEuropean Community remain friends."'),
     "He", 0, False),
    ('one." He added, "It is crucial that the United States and the\nEuropean Community remain friends."',
     "United", 0, True),
    # a quotation still open on its second wrapped line: inside
    ('"We cannot continue to pile up stocks while world\ndemand shrinks," he said.', "demand", 0, True),
    # curly marks say which way they go (wikinews-032c1acb146345a3)
    ("\u201cThe agreement assumes that our islands do not have an exclusive economic zone\u201d, he added.",
     "he", 0, False),
    ("He said, \u201cwe will not accept it\u201d.", "we", 0, True),
    # a quotation closed before a blank line does not reach into the next paragraph
    ('He said "no".\n\nShe replied that he was wrong.', "he", 0, False),
    ("Johnson said the talks went well.", "talks", 0, False),
]


@pytest.mark.parametrize(("text", "word", "occurrence", "inside"), QUOTATION_CASES)
def test_in_quotation(text, word, occurrence, inside):
    at = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text)][occurrence]
    assert in_quotation(text, at) is inside


def test_a_pronoun_after_a_wrapped_quotation_is_the_speaker(nlp):
    """reuters-925: "he" after a quotation wrapped over three lines is Shultz."""
    text = ("U.S. Secretary of State George Shultz said his country welcomed China's interest.\n"
            '"China can further\ndevelop its foreign trade system so as to gain the maximum\n'
            'benefit from its GATT participation," he said.')
    actors = analyse(nlp, ActorDictionary.load(), text, dt.date(1987, 3, 3))
    actor = actors.actor_for(head_of(actors, "he"))
    assert actor is not None and actor.name == "George Shultz"
