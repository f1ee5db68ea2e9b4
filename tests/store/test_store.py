"""The DuckDB event store on real files: round trips, idempotency, linking, counts, filters."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest

from factories import corpus, make_article, make_event, make_result
from tidings.errors import QueryError, SchemaMismatch, StoreError
from tidings.records import Reject
from tidings.store import SCHEMA_VERSION, EventFilter, Store
from tidings.store.link import LinkSettings

ALL = EventFilter(limit=None)


@pytest.fixture(scope="module")
def small_corpus():
    return corpus(240)


def key(e):
    return (e.article_id, e.event_id)


def test_events_round_trip_equal_to_what_was_added(tmp_path: Path, small_corpus) -> None:
    store = Store(tmp_path / "t.duckdb")
    summary = store.add(small_corpus, batch_size=50)
    added = sorted((e for r in small_corpus for e in r.events), key=key)
    assert summary.articles_stored == 240 and summary.mentions_stored == len(added)
    assert sorted(store.events(ALL), key=key) == added
    stats = store.stats()
    assert stats.articles == 240 and stats.unlinked_mentions == 0 and stats.schema_version == SCHEMA_VERSION


def test_adding_twice_or_in_halves_in_either_order_gives_the_same_events(tmp_path: Path, small_corpus) -> None:
    once = Store(tmp_path / "once.duckdb")
    once.add(small_corpus)
    expected = once.snapshot()
    assert expected
    twice = Store(tmp_path / "twice.duckdb")
    twice.add(small_corpus)
    second = twice.add(small_corpus)
    assert second.articles_stored == 0 and second.articles_duplicate == 240
    assert twice.snapshot() == expected
    for name, halves in [("ab", (small_corpus[:120], small_corpus[120:])),
                         ("ba", (small_corpus[120:], small_corpus[:120])),
                         ("odd", (small_corpus[1::2], small_corpus[::2]))]:
        store = Store(tmp_path / f"{name}.duckdb")
        for half in halves:
            store.add(half, batch_size=37)
        assert store.snapshot() == expected, name


def test_same_event_in_two_outlets_links_and_counts_sources(tmp_path: Path) -> None:
    a1 = make_article("a1", dt.date(2020, 3, 1), source="reuters", text="Completely different wording one.")
    a2 = make_article("a2", dt.date(2020, 3, 2), source="afp", text="Another report in other words here.")
    a3 = make_article("a3", dt.date(2020, 3, 20), source="afp", text="Weeks later a new meeting.")
    store = Store(tmp_path / "t.duckdb")
    store.add([make_result(a1, [make_event(a1, 0)]), make_result(a2, [make_event(a2, 2, date=dt.date(2020, 3, 2))]),
               make_result(a3, [make_event(a3, 0)])])
    events = store.linked_events(ALL)
    assert len(events) == 2
    first = events[0]
    assert (first.num_mentions, first.num_articles, first.num_sources) == (2, 2, 2)
    assert first.first_seen == dt.date(2020, 3, 1) and first.last_seen == dt.date(2020, 3, 2)
    assert first.is_root and first.avg_tone == pytest.approx(-2.0)
    assert {e.article_id for e in store.mentions_of(first.event_id)} == {"a1", "a2"}
    assert store.linked_event(first.event_id) == first and store.linked_event("ev-nope") is None


def test_syndicated_copy_from_same_source_counts_once(tmp_path: Path) -> None:
    text = " ".join(f"w{i} v{i % 9}" for i in range(150))
    a1 = make_article("a1", dt.date(2020, 3, 1), source="reuters", text=text)
    a2 = make_article("a2", dt.date(2020, 3, 2), source="reuters", text=text + " Corrected.")
    a3 = make_article("a3", dt.date(2020, 3, 2), source="bbc", text=text)
    store = Store(tmp_path / "t.duckdb")
    store.add([make_result(a, [make_event(a)]) for a in (a1, a2)])
    (ev,) = store.linked_events(ALL)
    assert (ev.num_mentions, ev.num_articles, ev.num_sources, ev.num_stories) == (1, 1, 1, 1)
    store.add([make_result(a3, [make_event(a3)])])
    (ev,) = store.linked_events(ALL)
    assert (ev.num_mentions, ev.num_articles, ev.num_sources, ev.num_stories) == (2, 2, 2, 1)


def test_article_without_events_and_empty_input(tmp_path: Path) -> None:
    store = Store(tmp_path / "t.duckdb")
    assert store.add([]).articles_stored == 0
    store.add([make_result(events=[], tone=None)])
    assert store.has_article("art-1") and not store.has_article("nope")
    assert store.stats().mentions == 0


def test_filters(tmp_path: Path, small_corpus) -> None:
    store = Store(tmp_path / "t.duckdb")
    store.add(small_corpus)
    mentions = [e for r in small_corpus for e in r.events]

    def count(**kw):
        return len(store.events(EventFilter(limit=None, **kw)))

    def side(a, code):
        return a is not None and ((a.code or "").startswith(code) or a.country == code)

    assert count(dyad="USA:RUS") == sum(1 for e in mentions if (side(e.source, "USA") and side(e.target, "RUS"))
                                        or (side(e.source, "RUS") and side(e.target, "USA")))
    assert count(dyad=("USA", "RUS"), directed=True) == sum(
        1 for e in mentions if side(e.source, "USA") and side(e.target, "RUS"))
    assert count(cameo="04") == sum(1 for e in mentions if e.cameo.startswith("04"))
    assert count(root=4) == count(cameo="04")
    assert count(plover="consult") == sum(1 for e in mentions if e.plover == "CONSULT")
    assert count(country="JPN") == sum(
        1 for e in mentions if "JPN" in {e.source and e.source.country, e.target and e.target.country})
    assert count(actor="russia") == sum(
        1 for e in mentions if any(a and "russia" in a.name.lower() for a in (e.source, e.target)))
    since = dt.date(2020, 1, 10)
    assert count(since=since) == sum(1 for e in mentions if e.date.value >= since)
    assert len(store.linked_events(EventFilter(dyad="USA:RUS", limit=None))) > 0


def test_cursor_pages_cover_everything_once(tmp_path: Path, small_corpus) -> None:
    store = Store(tmp_path / "t.duckdb")
    store.add(small_corpus)
    seen, cursor = [], None
    while True:
        page = store.linked_events_page(EventFilter(limit=97, cursor=cursor))
        seen += [e.event_id for e in page.items]
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert len(seen) == len(set(seen)) == store.stats().events


def test_bad_filters_raise_query_error() -> None:
    with pytest.raises(QueryError, match="dyad"):
        EventFilter.parse(dyad="USA")
    with pytest.raises(QueryError, match="since"):
        EventFilter.parse(since="2020-02-01", until="2020-01-01")
    with pytest.raises(QueryError, match="cursor"):
        from tidings.store.query import decode_cursor
        decode_cursor("!!!")


def test_rejects_are_stored_once(tmp_path: Path) -> None:
    store = Store(tmp_path / "t.duckdb")
    rejects = [Reject(origin="a.jsonl", line=3, reason="no date"), Reject(origin="b.jsonl", reason="empty")]
    assert store.add_rejects(rejects) == 2
    assert store.add_rejects(rejects) == 0
    assert [r.describe() for r in store.rejects()] == ["a.jsonl:3: no date", "b.jsonl: empty"]


def test_relink_with_other_settings_and_settings_mismatch(tmp_path: Path, small_corpus) -> None:
    path = tmp_path / "t.duckdb"
    store = Store(path)
    store.add(small_corpus)
    before = store.stats().events
    incremental = store.snapshot()
    wide = LinkSettings(window_days=10, directed=False)
    with pytest.raises(StoreError, match="relink"):
        Store(path, settings=wide)
    store.relink(wide)
    assert store.stats().events < before
    fresh = Store(tmp_path / "fresh.duckdb", settings=wide)
    fresh.add(small_corpus)
    assert fresh.snapshot() == Store(path).snapshot()
    store.relink(LinkSettings())
    assert store.stats().events == before
    assert store.snapshot() == incremental  # batch-by-batch linking equals linking everything at once


def test_schema_version_newer_or_foreign_files(tmp_path: Path) -> None:
    path = tmp_path / "t.duckdb"
    Store(path)
    with duckdb.connect(str(path)) as conn:
        conn.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    with pytest.raises(SchemaMismatch, match="newer than this Tidings"):
        Store(path)
    other = tmp_path / "other.duckdb"
    with duckdb.connect(str(other)) as conn:
        conn.execute("CREATE TABLE x (a INT)")
    with pytest.raises(SchemaMismatch, match="not a Tidings store"):
        Store(other)
    with pytest.raises(StoreError, match="no store at"):
        Store(tmp_path / "missing.duckdb", read_only=True)
    garbage = tmp_path / "garbage.duckdb"
    garbage.write_bytes(b"not a database" * 100)
    with pytest.raises(StoreError, match="is damaged or not a database file"):
        Store(garbage)


def test_older_schema_is_migrated(tmp_path: Path, monkeypatch) -> None:
    from tidings.store import schema

    path = tmp_path / "t.duckdb"
    Store(path)
    with duckdb.connect(str(path)) as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION - 1)])
    monkeypatch.setattr(schema, "MIGRATIONS", {})
    with pytest.raises(SchemaMismatch, match="cannot be migrated"):
        Store(path)
    calls = []
    monkeypatch.setattr(schema, "MIGRATIONS", {SCHEMA_VERSION - 1: lambda conn: calls.append(conn)})
    with pytest.raises(SchemaMismatch, match="open it once for writing"):
        Store(path, read_only=True)
    assert Store(path).stats().schema_version == SCHEMA_VERSION and len(calls) == 1


def _columns(conn: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
        [table]).fetchall()]


def test_reciprocal_events_round_trip(tmp_path: Path) -> None:
    art = make_article()
    meeting = make_event(art, 0, code="036", reciprocal=True)
    statement = make_event(art, 1, source="RUS", target="CHN", code="010")
    store = Store(tmp_path / "t.duckdb")
    store.add([make_result(art, [meeting, statement])])
    got = {e.event_id: e for e in store.events(ALL)}
    assert got == {meeting.event_id: meeting, statement.event_id: statement}
    assert got[meeting.event_id].reciprocal and not got[statement.event_id].reciprocal
    linked = {e.source.code: e for e in store.linked_events(ALL) if e.source}
    assert linked["USA"].reciprocal and not linked["RUS"].reciprocal
    assert store.mentions_of(linked["USA"].event_id) == [meeting]
    with store.connect() as conn:
        for table in ("mentions", "events"):
            cols = _columns(conn, table)
            assert cols[cols.index("status") + 1] == "reciprocal", table
        assert conn.execute("SELECT count(*) FROM events WHERE reciprocal").fetchone() == (1,)


@pytest.mark.parametrize(("dyad", "expected"), [
    (("USA", "PRK"), {"meeting", "attack"}),
    (("PRK", "USA"), {"meeting"}),           # a meeting of equals goes both ways, an attack one way
])
def test_directed_dyad_reads_reciprocal_events_both_ways(tmp_path: Path, dyad: tuple[str, str], expected: set) -> None:
    art = make_article()
    meeting = make_event(art, 0, code="036", reciprocal=True, event_id="meeting")
    attack = make_event(art, 1, code="190", event_id="attack")
    store = Store(tmp_path / "t.duckdb")
    store.add([make_result(art, [meeting, attack])])
    found = store.events(EventFilter(dyad=dyad, directed=True, limit=10))
    assert {e.event_id for e in found} == expected


def test_version_1_store_gains_reciprocal_in_place(tmp_path: Path) -> None:
    path = tmp_path / "v1.duckdb"
    art = make_article()
    old = [make_event(art, 0), make_event(art, 1, source="RUS", target="CHN", code="010")]
    Store(path).add([make_result(art, old)])
    with duckdb.connect(str(path)) as conn:  # what a version-1 store looked like
        for table in ("mentions", "events"):
            conn.execute(f"ALTER TABLE {table} DROP COLUMN reciprocal")
        conn.execute("ALTER TABLE mentions DROP COLUMN rule")
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    with pytest.raises(SchemaMismatch, match="open it once for writing"):
        Store(path, read_only=True)
    store = Store(path)
    assert store.stats().schema_version == SCHEMA_VERSION
    with store.connect() as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (str(SCHEMA_VERSION),)
        for table in ("mentions", "events"):
            assert "reciprocal" in _columns(conn, table)
            assert conn.execute(f"SELECT list(reciprocal) FROM {table}").fetchone() == ([False, False],)
        assert _columns(conn, "mentions")[-2:] == ["reciprocal", "rule"]  # v1 -> v2 -> v3, in order
    assert sorted(store.events(ALL), key=key) == old
    assert [e.reciprocal for e in store.linked_events(ALL)] == [False, False]
    later = make_article("later")
    meeting = make_event(later, 0, code="036", reciprocal=True)
    store.add([make_result(later, [meeting])])  # the migrated store takes new reciprocal events
    assert Store(path, read_only=True).mentions_of(
        next(e.event_id for e in store.linked_events(ALL) if e.reciprocal)) == [meeting]


def test_rule_of_each_event_round_trips(tmp_path: Path) -> None:
    art = make_article()
    events = [make_event(art, 0, rule="intent_complement"), make_event(art, 1, code="010", rule="verb_pattern"),
              make_event(art, 2, code="190")]
    store = Store(tmp_path / "t.duckdb")
    store.add([make_result(art, events)])
    assert sorted(store.events(ALL), key=key) == events
    assert [e.rule for e in sorted(store.events(ALL), key=key)] == ["intent_complement", "verb_pattern", None]
    linked = store.linked_events(ALL)
    assert sorted((m.rule or "") for e in linked for m in store.mentions_of(e.event_id)) == [
        "", "intent_complement", "verb_pattern"]
    with store.connect() as conn:
        assert _columns(conn, "mentions")[-1] == "rule"  # last, as in a migrated store
        assert "rule" not in _columns(conn, "events")


def test_version_2_store_gains_rule_in_place(tmp_path: Path) -> None:
    path = tmp_path / "v2.duckdb"
    art = make_article()
    old = [make_event(art, 0), make_event(art, 1, source="RUS", target="CHN", code="010", reciprocal=True)]
    Store(path).add([make_result(art, old)])
    with duckdb.connect(str(path)) as conn:  # what a version-2 store looked like
        conn.execute("ALTER TABLE mentions DROP COLUMN rule")
        conn.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
        before = _columns(conn, "mentions")
    with pytest.raises(SchemaMismatch, match=f"has schema version 2 and needs migrating to {SCHEMA_VERSION}"):
        Store(path, read_only=True)
    store = Store(path)
    assert store.stats().schema_version == SCHEMA_VERSION
    with store.connect() as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (str(SCHEMA_VERSION),)
        assert _columns(conn, "mentions") == [*before, "rule"]
        assert conn.execute("SELECT list(rule) FROM mentions").fetchone() == ([None, None],)
    assert sorted(store.events(ALL), key=key) == old  # nobody recorded their rule: it stays None
    later = make_article("later")
    coded = make_event(later, 0, code="036", rule="intent_complement")
    store.add([make_result(later, [coded])])  # the migrated store takes the rule of new events
    reader = Store(path, read_only=True)
    assert [e.rule for e in reader.events(ALL) if e.article_id == "later"] == ["intent_complement"]
    assert reader.events(ALL) == store.events(ALL)


def test_read_only_store_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "t.duckdb"
    Store(path).add([make_result()])
    ro = Store(path, read_only=True)
    assert ro.stats().articles == 1
    with pytest.raises(StoreError, match="read-only"):
        ro.add([make_result(make_article("x"))])


def test_block_keys_computed_in_sql_match_python(tmp_path: Path) -> None:
    from factories import make_actor
    from tidings.store.link import block_key, place_key

    art = make_article()
    events = [
        make_event(art, 0),
        make_event(art, 1, source=None, status="planned"),
        make_event(art, 2, place=None, source="USA", target="RUS", code="010"),
        make_event(art, 3, target=None).model_copy(update={
            "source": make_actor("X").model_copy(update={"code": None, "name": "  The  Rebels "})}),
        make_event(art, 4).model_copy(update={
            "target": make_actor("X").model_copy(update={"code": "", "name": "", "text": "Some Group"})}),
    ]
    for settings in (LinkSettings(), LinkSettings(directed=False, place_level="none")):
        store = Store(tmp_path / f"{settings.directed}.duckdb", settings=settings)
        store.add([make_result(art, events)])
        with store.connect() as conn:
            got = conn.execute("SELECT block, place FROM mentions ORDER BY ordinal").fetchall()
        assert got == [(block_key(e, settings), place_key(e, settings)) for e in events]


def test_keep_open_store_holds_one_connection_until_closed(tmp_path: Path) -> None:
    path = tmp_path / "t.duckdb"
    Store(path).add([make_result()])
    with pytest.raises(StoreError, match="read-only"):
        Store(path, keep_open=True)
    with Store(path, read_only=True, keep_open=True) as ro:
        assert ro.stats().articles == 1 and len(ro.events()) == 1
    assert ro._held is None
    Store(path).add([make_result(make_article("b"))])


def test_keep_open_checks_the_schema_on_its_own_connection_and_drops_it_when_the_check_fails(
        tmp_path: Path) -> None:
    path = tmp_path / "t.duckdb"
    duckdb.connect(str(path)).close()  # an empty database, not a store
    with pytest.raises(StoreError, match="empty database") as failed:
        Store(path, read_only=True, keep_open=True)
    # the failed store (alive in the traceback) holds no connection: a writer may open the file
    assert failed.value is not None and Store(path, busy_timeout=0.5).stats().articles == 0


def test_full_text_search_over_articles(tmp_path: Path) -> None:
    store = Store(tmp_path / "t.duckdb")
    a = make_article("nuke", text="Talks on the nuclear programme resumed in Geneva.", title="Nuclear talks")
    b = make_article("trade", text="Soybean exports rose sharply this quarter.", title="Trade")
    store.add([make_result(a), make_result(b)])
    with pytest.raises(QueryError, match="no search index"):
        store.search("nuclear")
    assert store.build_search_index() == 2
    hits = Store(tmp_path / "t.duckdb", read_only=True).search("nuclear geneva")
    assert [h.article_id for h in hits] == ["nuke"] and not hits[0].stale_index
    store.add([make_result(make_article("c", text="More nuclear news."))])
    assert store.search("nuclear")[0].stale_index


def test_shuffled_ingest_order_and_batch_sizes_give_the_same_events(tmp_path: Path) -> None:
    import random

    settings = LinkSettings(window_days=5, place_level="none")
    results = corpus(150, per_day=6, seed=11)
    reference = Store(tmp_path / "ref.duckdb", settings=settings)
    reference.add(results)
    rng = random.Random(5)
    shuffled = list(results)
    rng.shuffle(shuffled)
    store = Store(tmp_path / "shuffled.duckdb", settings=settings)
    start = 0
    while start < len(shuffled):
        size = rng.randint(1, 40)
        store.add(shuffled[start:start + size], batch_size=rng.randint(1, 16))
        start += size
    assert store.snapshot() == reference.snapshot()
