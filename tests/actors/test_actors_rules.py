"""Finer phrase rules: locations vs governments, typos, surnames, relational heads, regions."""

from __future__ import annotations

import datetime as dt

import pytest
from test_actors import actor_of

from tidings.actors.article import ActorDictionary
from tidings.actors.fuzzy import within_one_edit

OLD = dt.date(2000, 1, 1)


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return ActorDictionary.load()


RULES = [
    # capital as an actor vs as a location
    ("Berlin rejected the calls for aid.", "Berlin", OLD, "DEUGOV"),
    ("Saddam Hussein arrived in Amman on Wednesday.", "Amman", OLD, "JORCVL"),
    # title in the text wins over an out-of-office dictionary role
    ("President Bill Clinton met the Israeli prime minister.", "Bill Clinton", OLD, "USAGOV"),
    ("President Levy Mwanawasa dissolved the cabinet.", "Levy Mwanawasa", OLD, "ZMBGOV"),
    # ... and over an in-office role the title does not name (his 1980-2000 Majlis seat, IRNGOVLEG;
    # wikinews-e0368cc6b2dc35e0, dated here as the PLOVER gold dates its sentences)
    (("Iranian President Hassan Rouhani said, \"The Islamic Republic of Iran deeply regrets this disastrous "
     "mistake.\""), "Hassan Rouhani", OLD, "IRNGOV"),
    # places of new states belong to the former state before independence
    ("Rebels shelled Juba on Sunday.", "Juba", OLD, "SDNCVL"),
    # one typo in a long name
    ("President Abdelaziz Bouteflicka threatened a curfew in Algiers.", "Abdelaziz Bouteflicka", OLD, "DZAGOV"),
    # ... supported by the title before it, which agrees with his office on the date (issue 14)
    ("President Abdelaziz Bouteflicka threatened to impose a curfew.", "Abdelaziz Bouteflicka", OLD, "DZAGOV"),
    # full name without middle name, surname of a known person
    ("An Argentine judge ordered Carlos Menem to appear in court.", "Carlos Menem", OLD, "ARGELI"),
    # "of" object: country and sector of the group
    ("A member of the Syrian parliament started a hunger strike.", "member", OLD, "SYRLEG"),
    ("Thousands of Iraqi Kurds fled to the border.", "Thousands", OLD, "IRQCVL"),  # a people: civilians
    ("The Nigerian Union of Teachers called a strike.", "Nigerian Union of Teachers", OLD, "NGAEDU"),
    ("King Hassan of Morocco offered to host the talks.", "King Hassan", OLD, "MARGOV"),
    # people named by a demonym live where the modifier says
    ("Bosnian Serbs shelled the town.", "Bosnian Serbs", OLD, "BIHCVL"),
    ("Ethnic Albanians in south Serbia protested.", "Ethnic Albanians", OLD, "SRBCVL"),
    # the possessor of "ally" is another actor
    ("Israel's militia ally in southern Lebanon shelled a village.", "ally", OLD, "LBNREB"),
    # head role noun of a named organisation
    ("The Bush administration declared new tariffs.", "Bush administration", dt.date(2002, 1, 1), "USAGOV"),
    ("Hamas fighters fired rockets.", "Hamas fighters", OLD, "PSEREB"),
    # regions and agencies
    ("Europe condemned the coup.", "Europe", OLD, "EUR"),
    ("The FBI arrested two men.", "FBI", OLD, "USACOP"),
]


@pytest.mark.parametrize(("text", "mention", "on", "code"), RULES)
def test_phrase_rules(nlp, dictionary, text, mention, on, code):
    actor = actor_of(nlp, dictionary, text, mention, on)
    assert actor is not None and actor.code == code


def test_another_first_name_blocks_a_surname_match(nlp, dictionary):
    actor = actor_of(nlp, dictionary, "Thabo Ngcobo Mbeki-Zulu said he would appeal.", "Thabo Ngcobo Mbeki-Zulu")
    assert actor is None or actor.code is None


def test_short_acronyms_need_capitals(nlp, dictionary):
    actor = actor_of(nlp, dictionary, "The police told us to leave.", "us")
    assert actor is None


@pytest.mark.parametrize(("a", "b", "close"), [
    ("bouteflika", "bouteflicka", True), ("katmandu", "khatmandu", True), ("kathmandu", "khatmandu", False),
    ("habyarimana", "habyariman", True), ("santos", "sontas", False), ("mitterrand", "mitterand", True),
    ("kabul", "kabul", True), ("paris", "pariss!", False),
])
def test_within_one_edit(a, b, close):
    assert within_one_edit(a, b) is close
