"""ACTORS stage on real sentences with the real spaCy model (no mocks).

Each table row is (sentence, mention, expected code[, article date]); the mention's head
token is handed to ``ArticleActors.actor_for`` exactly as the event coder does.
"""

from __future__ import annotations

import datetime as dt
import re
import time

import pytest

from tidings.actors import ActorDictionary, ArticleActors, describe_actor, find_actors
from tidings.records import Actor, Article

DATE_2019 = dt.date(2019, 4, 19)


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return ActorDictionary.load()


def normalised(text: str) -> str:
    """What the pipeline hands spaCy: ´ and ’ as plain apostrophes."""
    return text.replace("\u00b4", "'").replace("\u2019", "'")


def analyse(nlp, dictionary: ActorDictionary, text: str, on: dt.date = DATE_2019) -> ArticleActors:
    body = normalised(text)
    return find_actors(nlp(body), Article(id="t", date=on, text=body), dictionary)


def head_of(actors: ArticleActors, mention: str, occurrence: int = 0):
    """The syntactic head of the ``occurrence``-th whole-word occurrence of ``mention``."""
    found = list(re.finditer(r"(?<!\w)" + re.escape(mention) + r"(?!\w)", actors.doc.text))
    assert len(found) > occurrence, f"{mention!r} not in text"
    match = found[occurrence]
    span = actors.doc.char_span(match.start(), match.end(), alignment_mode="expand")
    return span.root


def actor_of(nlp, dictionary, text: str, mention: str, on: dt.date = DATE_2019, occurrence: int = 0) -> Actor | None:
    actors = analyse(nlp, dictionary, text, on)
    return actors.actor_for(head_of(actors, mention, occurrence))


COUNTRIES = [
    ("Russia expelled two diplomats on Monday.", "Russia", "RUS"),
    ("Talks with North Korea stalled again.", "North Korea", "PRK"),
    ("The United States imposed new sanctions.", "United States", "USA"),
    ("The US warned Iran against further tests.", "US", "USA"),
    ("Britain summoned the ambassador.", "Britain", "GBR"),
    ("Ivory Coast closed its border with Liberia.", "Ivory Coast", "CIV"),
    ("Burma released several prisoners.", "Burma", "MMR"),
    ("Germany and France agreed on a plan.", "Germany", "DEU"),
    ("The talks between Ethiopia and Eritrea resumed.", "Eritrea", "ERI"),
    ("South Korea proposed new talks.", "South Korea", "KOR"),
]

ADJECTIVES = [
    ("North Korean officials denied the report.", "North Korean officials", "PRKGOV"),
    ("Russian troops crossed the border at dawn.", "Russian troops", "RUSMIL"),
    ("Iraqi police arrested three suspects.", "Iraqi police", "IRQCOP"),
    ("Israeli soldiers shot a man near the fence.", "Israeli soldiers", "ISRMIL"),
    ("Palestinians marched through the city.", "Palestinians", "PSECVL"),
    ("Israel and the Philippines signed a treaty.", "Philippines", "PHL"),
    ("The Japanese government protested.", "Japanese government", "JPNGOV"),
]

CAPITALS = [
    ("Pyongyang said the talks had failed.", "Pyongyang", "PRKGOV"),
    ("Washington rejected the offer on Friday.", "Washington", "USAGOV"),
    ("The Kremlin denied any involvement.", "Kremlin", "RUSGOV"),
    ("The White House declined to comment.", "White House", "USAGOV"),
    ("Downing Street said the talks were constructive.", "Downing Street", "GBRGOV"),
    ("The Élysée announced a new envoy.", "Élysée", "FRAGOV"),
    ("Beijing criticised the decision.", "Beijing", "CHNGOV"),
    ("Ankara recalled its ambassador.", "Ankara", "TURGOV"),
    ("Thousands of farmers protested in Paris on Sunday.", "Paris", "FRACVL"),   # a place: its people
    ("Russia agreed to hold talks with Pyongyang.", "Pyongyang", "PRKGOV"),
    ("Iran warned Washington against new sanctions.", "Washington", "USAGOV"),
    ("Rebels shelled Juba for the first time in a year.", "Juba", "SSDCVL"),
]

INTERNATIONAL = [
    ("The UN condemned the attack.", "UN", "IGOUNO"),
    ("The United Nations Security Council met on Tuesday.", "Security Council", "IGOUNOGOV"),
    ("NATO will send more aircraft.", "NATO", "IGOWSTNAT"),
    ("The EU imposed tariffs on steel.", "EU", "IGOEUREEC"),
    ("The African Union suspended Mali.", "African Union", "IGOAFRAFU"),
    ("ASEAN leaders met in Jakarta.", "ASEAN", "IGOSEAASN"),
    ("The IAEA said Iran had enriched more uranium.", "IAEA", "IGOUNOIAE"),
    ("The WHO declared an emergency.", "WHO", "IGOUNOHLHWHO"),
    ("The IMF approved a new loan for Egypt.", "IMF", "IGOBUSIMF"),
    ("The World Bank cut its growth forecast.", "World Bank", "IGOUNODEVWBK"),
    ("OPEC agreed to cut output.", "OPEC", "IGOBUSOPC"),
    ("The Red Cross delivered aid to the city.", "Red Cross", "NGOHLHIRC"),
    ("Amnesty International accused the army of torture.", "Amnesty International", "NGOHRIAMN"),
    # a person known only by nationality acts for the body the apposition names
    ("Javier Solana, the European Union foreign policy chief, said the talks failed.", "Javier Solana", "IGOEUREEC"),
]

ROLES = [
    ("A Russian deputy foreign minister met the envoy.", "Russian deputy foreign minister", "RUSGOV"),
    ("US Secretary of State Mike Pompeo said talks would go on.", "Mike Pompeo", "USAGOV"),
    ("The Indian foreign ministry summoned the envoy.", "Indian foreign ministry", "INDGOV"),
    ("Turkish police detained 20 people.", "Turkish police", "TURCOP"),
    ("Syrian rebels attacked an army post.", "Syrian rebels", "SYRREB"),
    ("Nigerian militants kidnapped two workers.", "Nigerian militants", "NGAREB"),
    ("Iranian protesters blocked the road.", "Iranian protesters", "IRNOPP"),
    ("The Venezuelan opposition called a strike.", "Venezuelan opposition", "VENOPP"),
    ("Chinese state media reported the visit.", "Chinese state media", "CHNMED"),
    ("Brazilian lawmakers voted against the bill.", "Brazilian lawmakers", "BRALEG"),
    ("Pakistani judges ruled against the government.", "Pakistani judges", "PAKJUD"),
    ("Kenyan businessmen welcomed the decision.", "Kenyan businessmen", "KENBUS"),
    ("A French presidential adviser flew to Beirut.", "French presidential adviser", "FRAGOV"),
    ("The Lebanese special envoy arrived in Damascus.", "Lebanese special envoy", "LBNGOV"),
]

PEOPLE = [
    ("Donald Trump threatened new tariffs on China.", "Donald Trump", dt.date(2019, 5, 1), "USAGOV"),
    ("Donald Trump threatened new tariffs on China.", "Donald Trump", dt.date(2022, 5, 1), "USAELI"),
    ("Donald Trump threatened new tariffs on China.", "Donald Trump", dt.date(2025, 3, 1), "USAGOV"),
    ("Vladimir Putin met the delegation.", "Vladimir Putin", dt.date(2019, 5, 1), "RUSGOV"),
    ("Angela Merkel visited Paris.", "Angela Merkel", dt.date(2015, 5, 1), "DEUGOV"),
    ("Emmanuel Macron spoke to reporters.", "Emmanuel Macron", dt.date(2020, 5, 1), "FRAGOV"),
    ("Xi Jinping received the delegation.", "Xi Jinping", dt.date(2020, 5, 1), "CHNGOV"),
    ("Narendra Modi addressed parliament.", "Narendra Modi", dt.date(2021, 5, 1), "INDGOV"),
    ("Keir Starmer met the French president.", "Keir Starmer", dt.date(2025, 2, 1), "GBRGOV"),
    ("Sergey Lavrov criticised the sanctions.", "Sergey Lavrov", dt.date(2023, 2, 1), "RUSGOV"),
]


@pytest.mark.parametrize(("text", "mention", "code"), COUNTRIES)
def test_country_names(nlp, dictionary, text, mention, code):
    actor = actor_of(nlp, dictionary, text, mention)
    assert actor is not None and actor.code == code and actor.country == code


@pytest.mark.parametrize(("text", "mention", "code"), ADJECTIVES)
def test_country_adjectives_with_roles(nlp, dictionary, text, mention, code):
    actor = actor_of(nlp, dictionary, text, mention)
    assert actor is not None and actor.code == code
    assert actor.country == code[:3]


@pytest.mark.parametrize(("text", "mention", "code"), CAPITALS)
def test_capitals_and_seats_of_power(nlp, dictionary, text, mention, code):
    actor = actor_of(nlp, dictionary, text, mention)
    assert actor is not None and actor.code == code


@pytest.mark.parametrize(("text", "mention", "code"), INTERNATIONAL)
def test_international_bodies(nlp, dictionary, text, mention, code):
    actor = actor_of(nlp, dictionary, text, mention)
    assert actor is not None and actor.code == code
    assert actor.country is None


@pytest.mark.parametrize(("text", "mention", "code"), ROLES)
def test_roles_combine_with_country(nlp, dictionary, text, mention, code):
    actor = actor_of(nlp, dictionary, text, mention)
    assert actor is not None and actor.code == code
    assert actor.sectors[:1] == [code[3:6]]


@pytest.mark.parametrize(("text", "mention", "on", "code"), PEOPLE)
def test_people_are_coded_for_the_article_date(nlp, dictionary, text, mention, on, code):
    actor = actor_of(nlp, dictionary, text, mention, on)
    assert actor is not None and actor.code == code


def test_lookup_follows_dates(dictionary):
    assert dictionary.lookup("Donald Trump", dt.date(2019, 6, 1)).code_on(dt.date(2019, 6, 1)) == "USAGOV"
    in_between = dictionary.lookup("Trump", dt.date(2022, 6, 1))
    assert in_between is not None and in_between.code_on(dt.date(2022, 6, 1)) != "USAGOV"
    assert dictionary.lookup("Putin", dt.date(2019, 6, 1)).code_on(dt.date(2019, 6, 1)) == "RUSGOV"
    assert dictionary.lookup("Nobody Inparticular", dt.date(2019, 6, 1)) is None


def test_describe_actor_lists_date_valid_roles(dictionary):
    described = describe_actor("Trump", dictionary, dt.date(2019, 1, 1))
    assert described is not None and described.entry.name == "Donald Trump"
    assert described.code == "USAGOV" and described.valid_roles
    assert describe_actor("Trump", dictionary, dt.date(2022, 1, 1)).code == "USAELI"
    assert describe_actor("zzqx unknown", dictionary) is None
    by_code = describe_actor("RUS", dictionary)
    assert by_code is not None and by_code.entry.name == "Russia" and by_code.code == "RUS"


def test_former_title_marks_an_elite(nlp, dictionary):
    actor = actor_of(nlp, dictionary, "Former president Barack Obama criticised the plan.", "Barack Obama",
                     dt.date(2019, 1, 1))
    assert actor is not None and actor.country == "USA" and actor.sectors == ["ELI"]


UNKNOWN = [
    # (text, mention, country, sectors, code)
    ("Kenyan opposition leader Wanjiku Otieno called for calm.", "Wanjiku Otieno", "KEN", ["OPP"], "KENOPP"),
    ("Local police said the road was closed.", "police", None, ["COP"], "COP"),
    ("Mbeki Ngwenya said he would appeal.", "Mbeki Ngwenya", None, [], None),
    # "pro-"/"anti-" state a stance toward a country, not a nationality
    ("Pro-Russian separatists shelled the town.", "Pro-Russian separatists", None, ["REB"], "REB"),
    ("Anti-American protesters marched on Friday.", "Anti-American protesters", None, ["OPP"], "OPP"),
]


@pytest.mark.parametrize(("text", "mention", "country", "sectors", "code"), UNKNOWN)
def test_unknown_actors_keep_only_their_evidence(nlp, dictionary, text, mention, country, sectors, code):
    actor = actor_of(nlp, dictionary, text, mention)
    assert actor is not None
    assert (actor.country, actor.sectors, actor.code) == (country, sectors, code)


def test_phrases_without_actors_give_none(nlp, dictionary):
    actors = analyse(nlp, dictionary, "The weather improved and the harvest was good.")
    assert actors.actor_for(head_of(actors, "weather")) is None
    assert actors.actor_for(head_of(actors, "harvest")) is None


def test_conjuncts_are_not_part_of_the_phrase(nlp, dictionary):
    actor = actor_of(nlp, dictionary, "Russia and China vetoed the resolution.", "Russia")
    assert actor is not None and actor.code == "RUS"


def test_mentions_carry_character_offsets(nlp, dictionary):
    actors = analyse(nlp, dictionary, "Pyongyang said on Friday that Washington had lied.")
    found = {m.text: m.actor.code for m in actors.mentions}
    assert found == {"Pyongyang": "PRKGOV", "Washington": "USAGOV"}
    for mention in actors.mentions:
        assert actors.doc.text[mention.start:mention.end] == mention.text


def test_matching_is_cheap_next_to_parsing(nlp, dictionary, seed_path):
    body = normalised(seed_path.read_text(encoding="utf-8").split("\n", 2)[2])
    started = time.perf_counter()
    doc = nlp(body)
    parse_seconds = time.perf_counter() - started
    started = time.perf_counter()
    actors = find_actors(doc, Article(id="seed", date=DATE_2019, text=body), dictionary)
    for token in doc:
        actors.actor_for(token)
    actor_seconds = time.perf_counter() - started
    assert actor_seconds < max(parse_seconds, 0.05)


@pytest.mark.parametrize("text", ["", "   ", "...", "Hello.", "\u00b4\u00b4 \u2019"])
def test_degenerate_texts(nlp, dictionary, text):
    actors = analyse(nlp, dictionary, text)
    assert actors.mentions == [] or all(m.actor is not None for m in actors.mentions)
    for token in actors.doc:
        actors.actor_for(token)


def test_tokens_of_another_doc_give_none(nlp, dictionary):
    first = analyse(nlp, dictionary, "Russia protested.")
    second = analyse(nlp, dictionary, "Russia protested.")
    assert first.actor_for(second.doc[0]) is None
