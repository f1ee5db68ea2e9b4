"""The country of an event's place that the gazetteer gives none (a sea), on real Reuters sentences (issue
15), parsed with the real model: an attack in a sea is in the target's waters, not the attacker's.

Each row: the text, its dateline, the trigger word, the actor countries, and the place name and country
expected.
"""

from __future__ import annotations

import datetime as dt

import pytest

CASES = [
    # the attacked platform is Iran's: the Gulf is Iran's waters here, not the United States'
    (("U.S. warships destroyed an Iranian oil\nplatform in the Gulf on Monday and the Navy also raided a\nsecond "
      "oil rig in retaliation for Friday's Iranian missile\nattack on a U.S. flag tanker, the Pentagon said."),
     "WASHINGTON", "destroyed", ("USA", "IRN"), "Persian Gulf", "IRN"),
    # no target known: the sea keeps the attacker's country as before (a place is never left without one)
    (("U.S. warships destroyed an Iranian oil\nplatform in the Gulf on Monday and the Navy also raided a\nsecond "
      "oil rig in retaliation for Friday's Iranian missile\nattack on a U.S. flag tanker, the Pentagon said."),
     "WASHINGTON", "destroyed", ("USA", None), "Persian Gulf", "USA"),
]


@pytest.mark.parametrize(("text", "dateline", "trigger", "actors", "name", "country"), CASES,
                         ids=[f"{c[3][1]}-{c[5]}" for c in CASES])
def test_event_place_country(event_location, text, dateline, trigger, actors, name, country) -> None:
    location = event_location(text, dt.date(1987, 10, 19), dateline, trigger, actors)
    assert (location.name, location.country) == (name, country)
