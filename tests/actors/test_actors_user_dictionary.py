"""User actor dictionaries (``--actors FILE``): format, overrides, errors."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_actors import actor_of

from tidings.actors.article import ActorDictionary
from tidings.actors.data import parse_user_dictionary, parse_user_line
from tidings.errors import OntologyError

USER_FILE = """\
# my project's actors
Jane Example\tFRAGOV\t2020-01-01\t\tExample|J. Example\tperson
Jane Example\tFRAELI
Vladimir Putin\tRUSELI\t\t\tPutin
Ruritania\tRUR\t\t\tRuritanian|Ruritanians\tcountry
peacemaker\tGOV
Angela Merkel\tDEUELI
"""


@pytest.fixture(scope="module")
def user_dictionary(tmp_path_factory) -> ActorDictionary:
    path = tmp_path_factory.mktemp("actors") / "mine.tsv"
    path.write_text(USER_FILE, encoding="utf-8")
    return ActorDictionary.load(extra=path)


USER_CASES = [
    ("Jane Example met the press.", "Jane Example", dt.date(2021, 1, 1), "FRAGOV"),
    ("Example met the press.", "Example", dt.date(2021, 1, 1), "FRAGOV"),
    ("Jane Example met the press.", "Jane Example", dt.date(2019, 1, 1), "FRAELI"),
    ("Putin met the press.", "Putin", dt.date(2021, 1, 1), "RUSELI"),          # overridden
    ("Vladimir Putin met the press.", "Vladimir Putin", dt.date(2021, 1, 1), "RUSELI"),
    ("Ruritania closed its border.", "Ruritania", dt.date(2021, 1, 1), "RUR"),
    ("The Ruritanian peacemaker arrived.", "Ruritanian peacemaker", dt.date(2021, 1, 1), "RURGOV"),
    ("Xi Jinping met the press.", "Xi Jinping", dt.date(2021, 1, 1), "CHNGOV"),  # packaged still there
    ("Merkel met the press.", "Merkel", dt.date(2015, 1, 1), "DEUELI"),  # same name: all aliases follow
]


@pytest.mark.parametrize(("text", "mention", "on", "code"), USER_CASES)
def test_user_entries_add_and_override(nlp, user_dictionary, text, mention, on, code):
    actor = actor_of(nlp, user_dictionary, text, mention, on)
    assert actor is not None and actor.code == code


def test_packaged_dictionary_is_unchanged_by_a_user_file(user_dictionary):
    packaged = ActorDictionary.load()
    assert packaged is not user_dictionary
    assert packaged.lookup("Putin", dt.date(2021, 1, 1)).code_on(dt.date(2021, 1, 1)) == "RUSGOV"


BAD_LINES = [
    ("Jane\tfragov", "bad CAMEO code"),
    ("Jane\tFRAGO", "bad CAMEO code"),
    ("Jane\tFRAGOV\t2020-13-01", "bad start date"),
    ("Jane\tFRAGOV\t\tyesterday", "bad end date"),
    ("Jane\tFRAGOV\t2021-01-01\t2020-01-01", "is after end"),
    ("Jane", "expected 2 to 8"),
    ("\tFRAGOV", "empty actor name"),
    ("Jane\tFRAGOV\t\t\t\tpolitician", "unknown kind"),
    ("a\tb\tc\td\te\tf\tg\th\ti", "expected 2 to 8"),
]


@pytest.mark.parametrize(("line", "message"), BAD_LINES)
def test_malformed_lines_name_file_and_line(tmp_path, line, message):
    path = tmp_path / "bad.tsv"
    path.write_text("# header\nGood Name\tUSAGOV\n" + line + "\n", encoding="utf-8")
    with pytest.raises(OntologyError) as caught:
        ActorDictionary.load(extra=path)
    assert f"{path}:3" in str(caught.value) and message in str(caught.value)


def test_dictionaries_pickle_for_worker_processes(user_dictionary):
    import pickle

    restored = pickle.loads(pickle.dumps(user_dictionary))
    assert restored.lookup("Putin", dt.date(2021, 1, 1)).code_on(dt.date(2021, 1, 1)) == "RUSELI"
    assert pickle.loads(pickle.dumps(ActorDictionary.load())) is ActorDictionary.load()


def test_missing_user_file_is_an_ontology_error(tmp_path):
    with pytest.raises(OntologyError, match="cannot read"):
        ActorDictionary.load(extra=tmp_path / "absent.tsv")


names = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll"), max_codepoint=0x24F),
                min_size=1, max_size=12).map(str.strip).filter(bool)
codes = st.lists(st.sampled_from(["USA", "RUS", "IGO", "GOV", "MIL", "UNO", "REB", "FRA"]),
                 min_size=1, max_size=3).map("".join)
dates = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)))


@given(name=st.lists(names, min_size=1, max_size=3).map(" ".join), code=codes, start=dates, end=dates,
       aliases=st.lists(names, max_size=3), kind=st.sampled_from(["", "person", "org", "country"]))
def test_valid_lines_round_trip(name, code, start, end, aliases, kind):
    if start and end and start > end:
        start, end = end, start
    line = "\t".join([name, code, start.isoformat() if start else "", end.isoformat() if end else "",
                      "|".join(aliases), kind])
    parsed = parse_user_line(line, "mem:1")
    assert parsed is not None
    assert (parsed.name, parsed.code, parsed.start, parsed.end) == (name, code, start, end)
    assert parsed.aliases == [a for a in aliases if a.strip()]
    assert parsed.kind == (kind or None)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=200)
@given(text=st.text(alphabet=st.sampled_from(list("ab AB\t|#-019GOVUSA\n")), max_size=60))
def test_arbitrary_files_parse_or_raise_ontology_error(tmp_path, text):
    path = tmp_path / "fuzz.tsv"
    path.write_text(text, encoding="utf-8")
    try:
        lines = parse_user_dictionary(path)
    except OntologyError as error:
        assert str(path) in str(error)
    else:
        assert all(line.name.strip() and line.code for line in lines)
