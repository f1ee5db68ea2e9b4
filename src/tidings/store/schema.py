"""The store's tables, its schema version, and migrations between versions."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from types import MappingProxyType

import duckdb

from tidings.errors import SchemaMismatch

SCHEMA_VERSION = 4
"""Bump when a table changes; add a migration from the previous version to ``MIGRATIONS``."""

_ACTOR_COLUMNS = """
    {side}_present BOOLEAN NOT NULL,
    {side}_text VARCHAR, {side}_name VARCHAR, {side}_code VARCHAR,
    {side}_country VARCHAR, {side}_sectors VARCHAR[],"""

_LOCATION_COLUMNS = """
    location_name VARCHAR, location_country VARCHAR, location_lat DOUBLE, location_lon DOUBLE,
    location_geonames_id BIGINT, location_feature VARCHAR, location_adm1 VARCHAR,
    location_full_name VARCHAR, location_rule VARCHAR,
    geo_type INTEGER, geo_fullname VARCHAR, geo_country_fips VARCHAR, geo_adm1_code VARCHAR,"""

FEED_TABLES: Mapping[str, str] = MappingProxyType({
    # One row per feed item link fetched (or refused for good): a re-poll skips these.
    "seen_urls": """
CREATE TABLE IF NOT EXISTS seen_urls (
    url VARCHAR PRIMARY KEY, canonical_url VARCHAR, article_id VARCHAR, outcome VARCHAR NOT NULL,
    seen_at TIMESTAMP NOT NULL
)""",
    # What each feed last answered, for conditional GETs (ETag / Last-Modified).
    "feed_state": """
CREATE TABLE IF NOT EXISTS feed_state (
    feed_url VARCHAR PRIMARY KEY, etag VARCHAR, last_modified VARCHAR, checked_at TIMESTAMP NOT NULL
)""",
})

TABLES: Mapping[str, str] = MappingProxyType({
    "meta": """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)""",
    "articles": """
CREATE TABLE IF NOT EXISTS articles (
    article_id VARCHAR PRIMARY KEY,
    date DATE NOT NULL,
    title VARCHAR, text VARCHAR NOT NULL, url VARCHAR, source VARCHAR, origin VARCHAR, dateline VARCHAR,
    source_key VARCHAR NOT NULL,
    tone DOUBLE, tone_positive DOUBLE, tone_negative DOUBLE, tone_polarity DOUBLE,
    tone_activity_density DOUBLE, tone_word_count INTEGER,
    signature UINTEGER[] NOT NULL,
    story_id VARCHAR NOT NULL,
    num_mentions INTEGER NOT NULL,
    added_at TIMESTAMP NOT NULL
)""",
    "article_bands": """
CREATE TABLE IF NOT EXISTS article_bands (article_id VARCHAR NOT NULL, band BIGINT NOT NULL)""",
    "mentions": f"""
CREATE TABLE IF NOT EXISTS mentions (
    mention_key VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    ordinal INTEGER NOT NULL,
    mention_id VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL, sentence VARCHAR NOT NULL,
    trigger_text VARCHAR NOT NULL, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
    {_ACTOR_COLUMNS.format(side="source")}
    {_ACTOR_COLUMNS.format(side="target")}
    cameo VARCHAR NOT NULL, cameo_root VARCHAR NOT NULL, cameo_name VARCHAR NOT NULL,
    plover VARCHAR, plover_mode VARCHAR, quad_class INTEGER NOT NULL, goldstein DOUBLE NOT NULL,
    status VARCHAR NOT NULL, reciprocal BOOLEAN NOT NULL DEFAULT false,
    date DATE NOT NULL, date_end DATE, date_granularity VARCHAR NOT NULL, date_kind VARCHAR NOT NULL,
    date_text VARCHAR,
    {_LOCATION_COLUMNS}
    confidence DOUBLE NOT NULL, tone DOUBLE,
    block VARCHAR NOT NULL, place VARCHAR,
    event_id VARCHAR,
    rule VARCHAR
)""",
    "events": """
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR NOT NULL, global_event_id BIGINT NOT NULL, block VARCHAR NOT NULL,
    lo_day DATE NOT NULL, hi_day DATE NOT NULL,
    source_text VARCHAR, source_name VARCHAR, source_code VARCHAR, source_country VARCHAR,
    source_sectors VARCHAR[],
    target_text VARCHAR, target_name VARCHAR, target_code VARCHAR, target_country VARCHAR,
    target_sectors VARCHAR[],
    cameo VARCHAR NOT NULL, cameo_root VARCHAR NOT NULL, cameo_name VARCHAR NOT NULL,
    plover VARCHAR, plover_mode VARCHAR, quad_class INTEGER NOT NULL, goldstein DOUBLE NOT NULL,
    status VARCHAR NOT NULL, reciprocal BOOLEAN NOT NULL DEFAULT false, date DATE NOT NULL,
    location_name VARCHAR, location_country VARCHAR, location_lat DOUBLE, location_lon DOUBLE,
    location_geonames_id BIGINT, location_feature VARCHAR, location_adm1 VARCHAR,
    location_full_name VARCHAR,
    geo_type INTEGER, geo_fullname VARCHAR, geo_country_fips VARCHAR, geo_adm1_code VARCHAR,
    num_mentions INTEGER NOT NULL, num_articles INTEGER NOT NULL, num_sources INTEGER NOT NULL,
    num_stories INTEGER NOT NULL, first_seen DATE NOT NULL, last_seen DATE NOT NULL,
    avg_tone DOUBLE, is_root BOOLEAN NOT NULL, confidence DOUBLE NOT NULL,
    source_url VARCHAR, source_article VARCHAR NOT NULL, representative VARCHAR NOT NULL
)""",
    "actors": """
CREATE TABLE IF NOT EXISTS actors (
    actor_key VARCHAR PRIMARY KEY, code VARCHAR, name VARCHAR, country VARCHAR,
    num_mentions BIGINT NOT NULL
)""",
    "rejects": """
CREATE TABLE IF NOT EXISTS rejects (
    reject_key VARCHAR PRIMARY KEY, origin VARCHAR NOT NULL, line INTEGER, reason VARCHAR NOT NULL,
    article_id VARCHAR, added_at TIMESTAMP NOT NULL
)""",
    **FEED_TABLES,
})

Migration = Callable[[duckdb.DuckDBPyConnection], None]


def _add_reciprocal(conn: duckdb.DuckDBPyConnection) -> None:
    """1 -> 2: ``reciprocal`` on mentions and events, false for everything already stored.

    DuckDB cannot add a column with a NOT NULL constraint, so in a migrated store the column
    is nullable and comes last; every write fills it, and all inserts go by column name.
    """
    for table in ("mentions", "events"):
        conn.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS reciprocal BOOLEAN DEFAULT false")


def _add_rule(conn: duckdb.DuckDBPyConnection) -> None:
    """2 -> 3: ``rule`` on mentions, the construction that coded each event (``Event.rule``).

    Mentions stored before are NULL: nobody recorded which construction coded them. The column
    comes last, as it does in a new store, so exports list the same columns either way.
    """
    conn.execute("ALTER TABLE mentions ADD COLUMN IF NOT EXISTS rule VARCHAR")


def _add_feed_tables(conn: duckdb.DuckDBPyConnection) -> None:
    """3 -> 4: the feed tables (``seen_urls``, ``feed_state``), empty: nothing was fetched before."""
    for ddl in FEED_TABLES.values():
        conn.execute(ddl)


MIGRATIONS: Mapping[int, Migration] = MappingProxyType({1: _add_reciprocal, 2: _add_rule, 3: _add_feed_tables})
"""``MIGRATIONS[v]`` upgrades a store from schema version ``v`` to ``v + 1`` in place."""


def existing_tables(conn: duckdb.DuckDBPyConnection) -> set[str]:
    rows = conn.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
    ).fetchall()
    return {r[0] for r in rows}


def _columns(conn: duckdb.DuckDBPyConnection) -> dict[str, set[str]]:
    rows = conn.execute(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'main'"
    ).fetchall()
    out: dict[str, set[str]] = {}
    for table, column in rows:
        out.setdefault(table, set()).add(column)
    return out


@cache
def expected_columns() -> Mapping[str, frozenset[str]]:
    """Each table's columns in a store of this :data:`SCHEMA_VERSION` (read from a fresh one)."""
    with duckdb.connect(":memory:") as conn:
        for ddl in TABLES.values():
            conn.execute(ddl)
        return MappingProxyType({t: frozenset(c) for t, c in _columns(conn).items()})


def not_a_store(path: str, what: str) -> SchemaMismatch:
    return SchemaMismatch(f"{path} is not a Tidings store, or a damaged one ({what}); pass another --db file")


def stored_version(conn: duckdb.DuckDBPyConnection, path: str) -> int | None:
    """The schema version recorded in the store, None for an empty database.

    Raises :class:`SchemaMismatch` for a database that is not a Tidings store: no ``meta``
    table, a ``meta`` table of other columns, or a version that is not a number.
    """
    tables = existing_tables(conn)
    if not tables:
        return None
    if "meta" not in tables:
        raise SchemaMismatch(
            f"{path} is a DuckDB database but not a Tidings store (no 'meta' table); "
            "pass another --db file"
        )
    meta_columns = _columns(conn).get("meta", set())
    if not {"key", "value"} <= meta_columns:
        raise not_a_store(path, f"its 'meta' table has columns {', '.join(sorted(meta_columns))}, not key and value")
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if row is None:
        raise SchemaMismatch(f"{path} has no schema version in its 'meta' table; it is not a Tidings store")
    text = str(row[0]).strip()
    if not text.isdigit():
        raise not_a_store(path, f"its schema_version {str(row[0])[:40]!r} is not a number")
    return int(text)


def check_tables(conn: duckdb.DuckDBPyConnection, path: str) -> None:
    """Raise :class:`SchemaMismatch` unless every table and column of this schema version is there."""
    present = _columns(conn)
    missing_tables = sorted(set(TABLES) - set(present))
    if missing_tables:
        raise not_a_store(path, f"table {', '.join(missing_tables)} missing")
    for table, columns in expected_columns().items():
        missing = sorted(columns - present[table])
        if missing:
            raise not_a_store(path, f"table {table} lacks column {', '.join(missing)}")


def check_version(version: int, path: str, *, read_only: bool) -> bool:
    """True when the store needs migrating; raises SchemaMismatch when it cannot be."""
    if version == SCHEMA_VERSION:
        return False
    if version > SCHEMA_VERSION:
        raise SchemaMismatch(
            f"{path} has schema version {version}, newer than this Tidings' {SCHEMA_VERSION}; "
            "upgrade Tidings (pip install -U tidings) or use another --db file"
        )
    missing = [v for v in range(version, SCHEMA_VERSION) if v not in MIGRATIONS]
    if missing:
        raise SchemaMismatch(
            f"{path} has schema version {version} and cannot be migrated to {SCHEMA_VERSION}; "
            "export it with the Tidings version that wrote it, then re-ingest into a new --db file"
        )
    if read_only:
        raise SchemaMismatch(
            f"{path} has schema version {version} and needs migrating to {SCHEMA_VERSION}; "
            "open it once for writing (e.g. `tidings stats --db FILE --migrate`)"
        )
    return True


def create(conn: duckdb.DuckDBPyConnection) -> None:
    for ddl in TABLES.values():
        conn.execute(ddl)
    conn.execute(
        "INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [str(SCHEMA_VERSION)],
    )


def migrate(conn: duckdb.DuckDBPyConnection, version: int) -> None:
    """Apply migrations from ``version`` up to :data:`SCHEMA_VERSION` in one transaction."""
    conn.execute("BEGIN TRANSACTION")
    for v in range(version, SCHEMA_VERSION):
        MIGRATIONS[v](conn)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)])
    conn.execute("COMMIT")
