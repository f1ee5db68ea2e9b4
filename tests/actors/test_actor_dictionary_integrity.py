"""The packaged dictionary is one entry per real-world actor, with dated roles merged.

Two entries may share a name only when the dictionary records why (two different people,
a country and a city, bodies of two countries) and the reason holds.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tidings.actors import ActorDictionary, describe_actor
from tidings.actors.data import parse_user_dictionary
from tidings.actors.merge import REASONS, home, same_person

UPDATES = Path(__file__).resolve().parents[2] / "scripts" / "actor_updates.tsv"


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return ActorDictionary.load()


def _raw(entry) -> list:
    return [entry.name, entry.kind, [[r.code, r.start, r.end] for r in entry.roles]]


def test_every_shared_name_records_a_true_reason(dictionary):
    shared = {key: indices for key, indices in dictionary.aliases.items() if len(indices) > 1}
    assert shared, "the dictionary has no shared names at all: the test would prove nothing"
    assert set(shared) == set(dictionary.shared_names)
    for key, indices in shared.items():
        entries = [dictionary.entries[i] for i in indices]
        reason = dictionary.shared_names[key]
        assert reason in REASONS, key
        marks = {(e.kind, home(_raw(e))) for e in entries}
        assert len(marks) == len(entries), f"{key!r}: two entries of one kind and country"
        people = [e for e in entries if e.kind == "person"]
        if reason == "different people":
            assert len(people) == len(entries), key


def test_no_person_is_two_entries(dictionary):
    by_name: dict[str, list] = {}
    for entry in dictionary.entries:
        if entry.kind == "person":
            by_name.setdefault(entry.name.lower(), []).append(entry)
    for name, entries in by_name.items():
        homes = [frozenset(h for h in (home(_raw(e)),) if h) for e in entries]
        for i, a in enumerate(homes):
            for b in homes[i + 1:]:
                assert not (a and b and same_person(a, b) and a == b), f"{name}: two entries of one person"


# (name, date, code): the stale roles, and what the merged entry says
STALE_ROLES = [
    ("Joe Biden", "2018-06-01", "USAELI"),
    ("Joe Biden", "2019-06-03", "USAELI"),
    ("Joe Biden", "2022-03-01", "USAGOV"),
    ("Angela Merkel", "2023-05-01", "DEUELI"),
    ("Angela Merkel", "2015-05-01", "DEUGOV"),
    ("Theresa May", "2021-01-01", "GBRELI"),
    ("Li Keqiang", "2024-01-01", "CHNELI"),
    ("Li Keqiang", "2019-01-01", "CHNGOV"),
]


@pytest.mark.parametrize(("name", "day", "code"), STALE_ROLES)
def test_updated_roles_win_over_stale_ones(dictionary, name, day, code):
    on = dt.date.fromisoformat(day)
    assert len(dictionary.candidates(name.lower())) == 1
    described = describe_actor(name, dictionary, on=on)
    assert described is not None and described.code == code


def test_full_name_and_surname_agree(dictionary):
    on = dt.date(2019, 6, 3)
    full = describe_actor("Joe Biden", dictionary, on=on)
    short = describe_actor("Biden", dictionary, on=on)
    assert full is not None and short is not None and full.entry is short.entry and full.code == short.code


def test_cities_listed_under_a_country_are_places(dictionary):
    for city, country in (("raqqa", "SYR"), ("virginia", "USA"), ("aleppo", "SYR")):
        entries = dictionary.candidates(city)
        assert entries and entries[0].kind in ("place", "capital"), city
        assert entries[0].code_on(None)[:3] == country


def test_samoan_is_samoa_not_american_samoa(dictionary):
    assert dictionary.candidates("samoan")[0].code_on(None) == "WSM"


def test_every_office_row_has_a_reference():
    rows = [line for line in parse_user_dictionary(UPDATES) if line.office]
    assert len(rows) > 300
    assert all(line.reference for line in rows)
    assert all(line.start for line in rows), "an office is held from a date"


# (country, office, date, holder): coverage of heads of state and government, foreign and
# defence ministers 2015-2026
OFFICES = [
    ("USA", "head of state", "2020-10-15", "Donald Trump"),
    ("USA", "head of state", "2022-10-15", "Joe Biden"),
    ("SVK", "head of government", "2020-12-21", "Igor Matovič"),
    ("GBR", "head of government", "2021-05-01", "Boris Johnson"),
    ("DEU", "head of government", "2023-01-01", "Olaf Scholz"),
    ("RUS", "foreign minister", "2022-03-01", "Sergey Lavrov"),
    ("CHN", "defence minister", "2020-01-01", "Wei Fenghe"),
    ("NZL", "head of government", "2019-03-17", "Jacinda Ardern"),
    ("IND", "head of government", "2016-01-01", "Narendra Modi"),
]


@pytest.mark.parametrize(("country", "office", "day", "holder"), OFFICES)
def test_office_holders(dictionary, country, office, day, holder):
    held = dictionary.office_holder(country, office, dt.date.fromisoformat(day))
    assert held is not None and held[0].name == holder


GROUPS = [("Houthis", "YEM"), ("SDF", "SYR"), ("YPG", "SYR"), ("Hezbollah", "LBN"), ("Hamas", "PSE"),
          ("al-Shabaab", "SOM"), ("Boko Haram", "NGA"), ("ISWAP", "NGA"), ("ISKP", "AFG"),
          ("Wagner Group", "RUS"), ("Rapid Support Forces", "SDN"), ("Hayat Tahrir al-Sham", "SYR")]


@pytest.mark.parametrize(("name", "country"), GROUPS)
def test_armed_groups_of_current_conflicts(dictionary, name, country):
    entry = dictionary.lookup(name, dt.date(2024, 1, 1))
    assert entry is not None
    code = entry.code_on(dt.date(2024, 1, 1))
    assert code is not None and code.startswith(country) and code[3:6] in ("REB", "MIL", "UAF")


def test_taliban_govern_afghanistan_after_august_2021(dictionary):
    entry = dictionary.lookup("Taliban", dt.date(2022, 1, 1))
    assert entry is not None
    assert entry.code_on(dt.date(2022, 1, 1)) == "AFGGOV" and entry.code_on(dt.date(2019, 1, 1)) == "AFGREB"
