"""A place inside an attribution ("according to police in Baytown", "citing ... in Washington") is the
source's, not the event's (issue 15): :func:`tidings.places.attribution.in_attribution` on real sentences
of Wikinews and Reuters, parsed with the real model.

Each row: the sentence, the event's verb, the place word, and whether the place is the attribution's.
"""

from __future__ import annotations

import pytest

from tidings.places.attribution import in_attribution

CASES = [
    ("According to police in Baytown, Texas, Zhukovskyy has been involved in traffic collisions before.",
     "involved", "Baytown", True),
    (("Johnson at First Chicago agreed, citing political opposition in Washington to a dollar-defense package "
      "at a time when Congress sees further dollar depreciation as the key."), "agreed", "Washington", True),
    (("Taiwan's property market is also set to turn around after five years, according to property developers "
      "in Taipei."), "turn", "Taipei", True),
    (("Zhukovskyy was arrested Monday at his home in the neighboring state of Massachusetts and waived extradition "
      "to New Hampshire."), "arrested", "Massachusetts", False),
    (("Mugabe was hospitalized in Singapore for several months this year and according to the Ministry of Foreign "
      "Affairs he died at Gleneagles Hospital in the morning."), "hospitalized", "Singapore", False),
    # where a broadcast was monitored is the report's, not the event's
    (("North Korea unveiled plans to boost industrial and agricultural production over the next seven years and "
      "to greatly expand trade with other nations, the official North Korean Central News Agency, monitored in "
      "Tokyo, reported."), "unveiled", "Tokyo", True),
    (("IRNA, monitored in London, quoted a senior Industry Ministry official as saying non-oil exports included "
      "carpets, animal skins, pistachios, fruit and industrial goods."), "included", "London", True),
]


@pytest.mark.parametrize(("text", "trigger", "place", "expected"), CASES, ids=[c[2] for c in CASES])
def test_in_attribution(nlp, text, trigger, place, expected) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    word = next(t for t in doc if t.text == place)
    assert in_attribution(word, token) is expected

