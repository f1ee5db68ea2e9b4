"""Coreference within an article, on the project's seed article and short texts."""

from __future__ import annotations

import datetime as dt

import pytest
from test_actors import analyse, head_of, normalised

from tidings.actors.article import ActorDictionary, ArticleActors, find_actors
from tidings.records import Article

SEED_DATE = dt.date(2019, 4, 19)

SEED_ACTORS = [
    # (mention, occurrence, expected code, expected canonical name or None)
    ("Kim Jong Un", 0, "PRKGOV", "Kim Jong Un"),
    ("Vladimir Putin", 0, "RUSGOV", "Vladimir Putin"),
    ("Kremlin", 0, "RUSGOV", "Kremlin"),
    ("Pyongyang", 0, "PRKGOV", None),
    ("Washington", 0, "USAGOV", None),
    ("Mike Pompeo", 0, "USAGOV", "Mike Pompeo"),
    ("Fiona Hill", 0, "USAGOV", "Fiona Hill"),
    ("Stephen Biegun", 0, "USAGOV", "Stephen Biegun"),
    ("Biegun", 1, "USAGOV", "Stephen Biegun"),
    ("Russian deputy foreign minister", 0, "RUSGOV", None),
    ("Izvestia", 0, "RUSMED", "Izvestia"),
    ("foreign ministry", 0, "PRKGOV", None),
    ("Donald Trump", 0, "USAGOV", "Donald Trump"),
    ("Pompeo", 1, "USAGOV", "Mike Pompeo"),
]

SEED_REFERENCES = [
    # (mention, occurrence, who it must resolve to)
    ("Kim", 1, "Kim Jong Un"),                 # "Putin had invited Kim"
    ("Kim", 2, "Kim Jong Un"),                 # "between Kim and President Donald Trump"
    ("the Russian leader", 0, "Vladimir Putin"),
    ("the regime leader", 0, "Kim Jong Un"),
    ("he", 0, "Mike Pompeo"),                  # "demanding he be removed"
    ("his", 0, "Vladimir Putin"),              # "Putin has long expressed his readiness"
    ("him", 0, "Mike Pompeo"),                 # "it wanted him replaced"
]


@pytest.fixture(scope="module")
def seed_actors(nlp, seed_path) -> ArticleActors:
    raw = seed_path.read_text(encoding="utf-8")
    body = normalised(raw.split("\n", 2)[2])
    return find_actors(nlp(body), Article(id="seed", date=SEED_DATE, text=body), ActorDictionary.load())


@pytest.mark.parametrize(("mention", "occurrence", "code", "name"), SEED_ACTORS)
def test_seed_actors(seed_actors, mention, occurrence, code, name):
    actor = seed_actors.actor_for(head_of(seed_actors, mention, occurrence))
    assert actor is not None and actor.code == code
    if name is not None:
        assert actor.name == name


@pytest.mark.parametrize(("mention", "occurrence", "name"), SEED_REFERENCES)
def test_seed_references_resolve(seed_actors, mention, occurrence, name):
    actor = seed_actors.actor_for(head_of(seed_actors, mention, occurrence))
    assert actor is not None and actor.name == name
    assert actor.text.lower() == mention.lower()


def test_its_resolves_to_the_country(seed_actors):
    actor = seed_actors.actor_for(head_of(seed_actors, "its", 0))  # "its banned nuclear programme"
    assert actor is not None and actor.code == "PRK"


def test_seed_mentions_cover_the_main_actors(seed_actors):
    codes = {m.actor.code for m in seed_actors.mentions}
    assert {"PRKGOV", "RUSGOV", "USAGOV", "RUSMED", "PRK", "RUS"} <= codes


def test_plural_description_is_not_resolved_to_one_person(seed_actors):
    actor = seed_actors.actor_for(head_of(seed_actors, "leaders", 0))  # "the two leaders"
    assert actor is not None and actor.name is None and actor.sectors == ["GOV"]


UNRESOLVABLE = [
    ("He said the plan would fail.", "He"),
    ("They rejected the offer on Monday.", "They"),
    ("The minister said the plan would fail.", "minister"),
]


@pytest.mark.parametrize(("text", "mention"), UNRESOLVABLE)
def test_unresolvable_references_stay_unresolved(nlp, text, mention):
    actors = analyse(nlp, ActorDictionary.load(), text)
    actor = actors.actor_for(head_of(actors, mention))
    assert actor is None or actor.name is None


def test_pronoun_too_far_back_is_not_resolved(nlp):
    text = ("Angela Merkel arrived on Monday. The weather was cold. The roads were icy. "
            "Schools were closed. She said the talks went well.")
    actors = analyse(nlp, ActorDictionary.load(), text, dt.date(2015, 1, 12))
    assert actors.actor_for(head_of(actors, "She")) is None


def test_short_name_links_to_the_full_name_of_this_article(nlp):
    text = "Moon Jae-in arrived in Tokyo. Moon said he hoped for progress."
    actors = analyse(nlp, ActorDictionary.load(), text, dt.date(2018, 6, 1))
    actor = actors.actor_for(head_of(actors, "Moon", 1))
    assert actor is not None and actor.name == "Moon Jae-in" and actor.code == "KORGOV"


def test_definite_description_needs_matching_country(nlp):
    text = "Vladimir Putin arrived in Beijing on Monday. The Chinese leader welcomed him."
    actors = analyse(nlp, ActorDictionary.load(), text, dt.date(2019, 6, 1))
    actor = actors.actor_for(head_of(actors, "Chinese leader"))
    assert actor is not None and actor.name is None and actor.code == "CHNGOV"


@pytest.mark.parametrize(("pronoun", "name"), [("He", "Hassan Rouhani"), ("him", "Michel Aoun")])
def test_a_subject_pronoun_continues_the_previous_subject(nlp, pronoun, name):
    text = "Hassan Rouhani telephoned Michel Aoun on Tuesday. He urged him to stay calm."
    actors = analyse(nlp, ActorDictionary.load(), text, dt.date(2019, 6, 1))
    actor = actors.actor_for(head_of(actors, pronoun))
    assert actor is not None and actor.name == name
