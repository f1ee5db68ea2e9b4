"""Exports: GDELT 2.0 tables read back with GDELT's names and types, parquet partitions, jsonl."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from factories import corpus, make_article, make_event, make_result
from tidings.errors import QueryError
from tidings.records import Event
from tidings.store import EventFilter, Store
from tidings.store.export import GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, export
from tidings.store.gdelt_codes import adm1_code, fips_country, geo_type

ALL = EventFilter(limit=None)


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Store:
    s = Store(tmp_path_factory.mktemp("exp") / "e.duckdb")
    s.add(corpus(150))
    a = make_article("texas-1", dt.date(2021, 6, 1), url="https://example.com/tx")
    s.add([make_result(a, [make_event(a, source="USAGOV", target="RUSMIL", code="1823", place=3,
                                                rule="intent_complement")])])
    return s


def read_gdelt(path: Path, columns: tuple[tuple[str, str], ...]) -> pd.DataFrame:
    cols = dict(columns)
    return duckdb.sql(
        f"SELECT * FROM read_csv('{path}', delim='\t', header=false, quote='', columns={cols!r})"
    ).df()


def test_gdelt_events_have_the_61_gdelt_columns_and_types(store: Store, tmp_path: Path) -> None:
    assert len(GDELT_EVENT_COLUMNS) == 61 and len(GDELT_MENTION_COLUMNS) == 16
    out = tmp_path / "events.tsv"
    n = export(store, "gdelt", out, ALL)
    assert n == store.stats().events
    assert all(len(line.split("\t")) == 61 for line in out.read_text().splitlines())
    df = read_gdelt(out, GDELT_EVENT_COLUMNS)
    assert list(df.columns) == [c for c, _ in GDELT_EVENT_COLUMNS] and len(df) == n
    row = df[df.SOURCEURL == "https://example.com/tx"].iloc[0]
    assert (row.SQLDATE, row.MonthYear, row.Year) == (20210601, 202106, 2021)
    assert row.FractionDate == pytest.approx(2021 + 151 / 365, abs=1e-4)
    assert (row.Actor1Code, row.Actor1CountryCode, row.Actor1Type1Code) == ("USAGOV", "USA", "GOV")
    assert (row.Actor2Code, row.Actor2Name, row.Actor2Type1Code) == ("RUSMIL", "RUSSIAN ARMY", "MIL")
    assert (row.EventCode, row.EventBaseCode, row.EventRootCode, row.QuadClass) == ("1823", "182", "18", 4)
    assert row.IsRootEvent == 1 and row.NumMentions == 1 and row.NumSources == 1 and row.NumArticles == 1
    assert (row.ActionGeo_Type, row.ActionGeo_CountryCode, row.ActionGeo_FeatureID) == (2, "US", "4736286")
    assert row.ActionGeo_Lat == pytest.approx(31.0) and row.Actor1Geo_Type == 0
    assert row.DATEADDED == 20210601000000
    linked = {e.global_event_id: e for e in store.linked_events(ALL)}
    assert set(df.GLOBALEVENTID) == set(linked)


def test_gdelt_mentions_table(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "mentions.tsv"
    n = export(store, "gdelt", out, ALL, table="mentions")
    df = read_gdelt(out, GDELT_MENTION_COLUMNS)
    assert n == len(df) == store.stats().mentions
    assert set(df.MentionType) == {1} and df.SentenceID.min() >= 1 and df.Confidence.between(0, 100).all()
    events = read_gdelt(_events(store, tmp_path), GDELT_EVENT_COLUMNS)
    assert set(df.GLOBALEVENTID) == set(events.GLOBALEVENTID)


def _events(store: Store, tmp_path: Path) -> Path:
    out = tmp_path / "ev.tsv"
    export(store, "gdelt", out, ALL)
    return out


def test_parquet_is_partitioned_by_year_and_month(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "pq"
    n = export(store, "parquet", out, ALL)
    parts = sorted(p.relative_to(out).parts[:2] for p in out.rglob("*.parquet"))
    assert ("year=2021", "month=6") in parts and ("year=2020", "month=1") in parts
    df = duckdb.sql(f"SELECT * FROM read_parquet('{out}/**/*.parquet', hive_partitioning=true)").df()
    assert len(df) == n and {"event_id", "num_mentions", "year", "month"} <= set(df.columns)


def test_jsonl_mentions_are_event_records_and_csv_has_header(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "m.jsonl"
    n = export(store, "jsonl", out, EventFilter(limit=None, dyad="USA:RUS"), table="mentions")
    events = [Event.model_validate_json(line) for line in out.read_text().splitlines()]
    assert len(events) == n and events == store.events(EventFilter(limit=None, dyad="USA:RUS"))
    csv = tmp_path / "e.csv"
    assert export(store, "csv", csv, EventFilter(limit=5)) == 5
    df = pd.read_csv(csv)
    assert len(df) == 5 and "num_sources" in df.columns


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_mention_exports_carry_the_rule(store: Store, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"mentions.{fmt}"
    n = export(store, fmt, out, ALL, table="mentions")
    if fmt == "jsonl":
        rows = [json.loads(line) for line in out.read_text().splitlines()]
    else:
        source = f"read_parquet('{out}/**/*.parquet')" if fmt == "parquet" else f"read_csv('{out}')"
        rows = duckdb.sql(f"SELECT * FROM {source}").df().to_dict("records")
    assert len(rows) == n == store.stats().mentions
    rules = {r["article_id"]: r["rule"] for r in rows}
    assert rules.pop("texas-1") == "intent_complement"
    assert rules and all(pd.isna(rule) for rule in rules.values())  # the corpus records no rule


def test_gdelt_mentions_keep_their_16_columns_without_the_rule(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "mentions.tsv"
    export(store, "gdelt", out, EventFilter(limit=None, since=dt.date(2021, 6, 1)), table="mentions")
    lines = out.read_text().splitlines()
    assert lines and all(len(line.split("\t")) == 16 for line in lines)
    assert "intent_complement" not in out.read_text()


def test_plover_records(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "p.jsonl"
    n = export(store, "plover", out, ALL)
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == n > 0
    rec = next(r for r in records if r["url"] == "https://example.com/tx")
    assert rec["event_type"] == "ASSAULT" and rec["source_country"] == "USA" and rec["location"][0]["name"] == "Texas"


def test_bad_format_and_quotes_in_filters(store: Store, tmp_path: Path) -> None:
    with pytest.raises(QueryError, match="unknown export format"):
        export(store, "xml", tmp_path / "x", ALL)
    assert export(store, "csv", tmp_path / "q.csv", EventFilter(limit=None, actor="O'Brien")) == 0


def test_fips_and_geo_codes() -> None:
    assert fips_country("GB") == "UK" and fips_country("DEU") == "GM" and fips_country("XX") is None
    assert adm1_code("US", "TX") == "USTX" and adm1_code("JP", "Kanto region") == "JA"
    assert [geo_type("country", "FR"), geo_type("adm1", "US"), geo_type("city", "US"), geo_type("city", "FR"),
            geo_type("adm1", "FR"), geo_type(None, None)] == [1, 2, 3, 4, 5, 0]
