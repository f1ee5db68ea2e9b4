"""Exports of stored events: parquet, csv, jsonl, GDELT 2.0 tables, PLOVER/POLECAT records.

``table="events"`` exports linked events, ``table="mentions"`` every stored mention.

* ``parquet``: a directory of Hive partitions ``year=YYYY/month=M/*.parquet``.
* ``csv``: one file with a header.
* ``jsonl``: mentions are the public :class:`~tidings.records.Event` JSON, one per line
  (csv/parquet mention rows are flat and add ``linked_event_id``); events are flat rows of the
  ``events`` table. Mentions carry ``rule``, the construction that coded them, in every one of
  these three formats (empty for mentions stored before schema version 3).
* ``gdelt``: tab-separated, no header, exactly GDELT 2.0's columns (:data:`GDELT_EVENT_COLUMNS`,
  61, for events; :data:`GDELT_MENTION_COLUMNS`, 16, for mentions). What we put there:
  GLOBALEVENTID is a 63-bit hash of the event's content (stable across re-ingests);
  FractionDate is ``year + (day_of_year - 1) / days_in_year`` to 4 decimals; Actor*KnownGroup/Ethnic/
  Religion codes are empty (not coded); Actor*Type1-3Code are the actor's first three sector
  codes; Actor1Geo/Actor2Geo are empty with type 0 (we geolocate only the action);
  ActionGeo_* come from the event's location with FIPS 10-4 country codes
  (:mod:`tidings.store.gdelt_codes`), ADM2 empty, FeatureID the GeoNames id; DATEADDED is the
  first publication date of the event at 000000 (deterministic, unlike GDELT's crawl time);
  SOURCEURL is the representative article's URL (or its id). In the mentions table
  MentionType is 1 (WEB), actor offsets are -1 (not tracked), ActionCharOffset is the trigger
  offset, Confidence is a percentage and SentenceID is 1-based.
* ``plover``: POLECAT/PLOVER-style JSON lines for events that have a PLOVER type (plus a
  ``reciprocal`` flag: source and target act together, e.g. a meeting).

Every export is all or nothing (:mod:`tidings.store.atomic`): it is written beside ``out`` under a
hidden temporary name and renamed over ``out`` when complete, so a killed or failed export leaves
the previous one intact. A Parquet export replaces the whole folder (only a folder holding
nothing but an earlier Parquet export is replaced).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

from tidings.errors import QueryError
from tidings.store.atomic import atomic_output
from tidings.store.core import Store
from tidings.store.query import EventFilter, where_clause

Format = Literal["parquet", "csv", "jsonl", "gdelt", "plover"]
Table = Literal["events", "mentions"]
FORMATS: tuple[str, ...] = ("parquet", "csv", "jsonl", "gdelt", "plover")

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")
_GEO = (("Type", "INTEGER"), ("FullName", "VARCHAR"), ("CountryCode", "VARCHAR"), ("ADM1Code", "VARCHAR"),
        ("ADM2Code", "VARCHAR"), ("Lat", "DOUBLE"), ("Long", "DOUBLE"), ("FeatureID", "VARCHAR"))

GDELT_EVENT_COLUMNS: tuple[tuple[str, str], ...] = tuple(
    [("GLOBALEVENTID", "BIGINT"), ("SQLDATE", "INTEGER"), ("MonthYear", "INTEGER"), ("Year", "INTEGER"),
     ("FractionDate", "DOUBLE")]
    + [(f"Actor1{c}", "VARCHAR") for c in _ACTOR]
    + [(f"Actor2{c}", "VARCHAR") for c in _ACTOR]
    + [("IsRootEvent", "INTEGER"), ("EventCode", "VARCHAR"), ("EventBaseCode", "VARCHAR"),
       ("EventRootCode", "VARCHAR"), ("QuadClass", "INTEGER"), ("GoldsteinScale", "DOUBLE"),
       ("NumMentions", "INTEGER"), ("NumSources", "INTEGER"), ("NumArticles", "INTEGER"), ("AvgTone", "DOUBLE")]
    + [(f"{who}Geo_{name}", typ) for who in ("Actor1", "Actor2", "Action") for name, typ in _GEO]
    + [("DATEADDED", "BIGINT"), ("SOURCEURL", "VARCHAR")]
)
"""GDELT 2.0 event table: (column, DuckDB type) in file order — 61 columns."""

GDELT_MENTION_COLUMNS: tuple[tuple[str, str], ...] = (
    ("GLOBALEVENTID", "BIGINT"), ("EventTimeDate", "BIGINT"), ("MentionTimeDate", "BIGINT"),
    ("MentionType", "INTEGER"), ("MentionSourceName", "VARCHAR"), ("MentionIdentifier", "VARCHAR"),
    ("SentenceID", "INTEGER"), ("Actor1CharOffset", "INTEGER"), ("Actor2CharOffset", "INTEGER"),
    ("ActionCharOffset", "INTEGER"), ("InRawText", "INTEGER"), ("Confidence", "INTEGER"),
    ("MentionDocLen", "INTEGER"), ("MentionDocTone", "DOUBLE"), ("MentionDocTranslationInfo", "VARCHAR"),
    ("Extras", "VARCHAR"),
)
"""GDELT 2.0 mentions table: (column, DuckDB type) in file order — 16 columns."""


_FRACTION_DATE = (
    "round(year(date) + (dayofyear(date) - 1) / (CASE WHEN (year(date) % 4 = 0 AND year(date) % 100 <> 0)"
    " OR year(date) % 400 = 0 THEN 366.0 ELSE 365.0 END), 4)"
)


def _actor_sql(side: str) -> list[str]:
    return [
        f"{side}_code", f"upper(coalesce({side}_name, {side}_text))", f"{side}_country", "NULL", "NULL", "NULL",
        "NULL", f"{side}_sectors[1]", f"{side}_sectors[2]", f"{side}_sectors[3]",
    ]


def _gdelt_events_sql(where: str) -> str:
    empty_geo = ["0", "NULL", "NULL", "NULL", "NULL", "NULL", "NULL", "NULL"]
    action_geo = ["coalesce(geo_type, 0)", "geo_fullname", "geo_country_fips", "geo_adm1_code", "NULL",
                  "location_lat", "location_lon", "location_geonames_id::VARCHAR"]
    exprs = [
        "global_event_id", "strftime(date, '%Y%m%d')::INTEGER", "(year(date) * 100 + month(date))",
        "year(date)", _FRACTION_DATE,
        *_actor_sql("source"), *_actor_sql("target"),
        "is_root::INTEGER", "cameo", "left(cameo, 3)", "cameo_root", "quad_class", "goldstein",
        "num_mentions", "num_sources", "num_articles", "avg_tone",
        *empty_geo, *empty_geo, *action_geo,
        "(strftime(first_seen, '%Y%m%d') || '000000')::BIGINT", "coalesce(source_url, source_article)",
    ]
    assert len(exprs) == len(GDELT_EVENT_COLUMNS) == 61
    return f"SELECT {_gdelt_columns(exprs, GDELT_EVENT_COLUMNS)} FROM events WHERE {where} ORDER BY date, event_id"


def _gdelt_columns(exprs: list[str], columns: tuple[tuple[str, str], ...]) -> str:
    """The select list, each text field with tabs, newlines and carriage returns made spaces:
    GDELT's TSV has no quoting, so one of them inside a field would break the row's columns."""
    return ", ".join(
        f'{_one_line(e) if typ == "VARCHAR" else e} AS "{name}"' for e, (name, typ) in zip(exprs, columns, strict=True)
    )


def _one_line(expr: str) -> str:
    return rf"regexp_replace({expr}, '[\t\n\r]+', ' ', 'g')"


def _gdelt_mentions_sql(where: str) -> str:
    exprs = [
        "e.global_event_id", "(strftime(e.first_seen, '%Y%m%d') || '000000')::BIGINT",
        "(strftime(a.date, '%Y%m%d') || '000000')::BIGINT", "1", "a.source_key",
        "coalesce(a.url, a.article_id)", "m.sentence_index + 1", "-1", "-1", "m.trigger_start", "1",
        "round(m.confidence * 100)::INTEGER", "length(a.text)", "coalesce(a.tone, m.tone)", "NULL", "NULL",
    ]
    return (
        f"SELECT {_gdelt_columns(exprs, GDELT_MENTION_COLUMNS)} FROM (SELECT * FROM mentions WHERE {where}) m "
        "JOIN articles a ON a.article_id = m.article_id JOIN events e ON e.event_id = m.event_id "
        "ORDER BY m.date, m.mention_key"
    )


def _plover_sql(where: str) -> str:
    return f"""
        SELECT e.event_id AS id, e.global_event_id AS gdelt_id, e.date AS event_date,
               e.plover AS event_type, e.plover_mode AS mode, '' AS context,
               e.cameo AS cameo_code, e.goldstein AS goldstein,
               coalesce(e.source_name, e.source_text) AS source_actor, e.source_code AS source_code,
               array_to_string(e.source_sectors, ';') AS source_agent, e.source_country AS source_country,
               coalesce(e.target_name, e.target_text) AS target_actor, e.target_code AS target_code,
               array_to_string(e.target_sectors, ';') AS target_agent, e.target_country AS target_country,
               CASE WHEN e.location_name IS NULL THEN [] ELSE [{{'name': e.location_name,
                    'country': e.location_country, 'lat': e.location_lat, 'lon': e.location_lon,
                    'geonameID': e.location_geonames_id, 'featureClass': e.location_feature}}] END AS location,
               m.sentence AS event_text, m.status AS status,
               coalesce(e.reciprocal, false) AS reciprocal, e.first_seen AS publication_date,
               e.last_seen AS last_seen, e.source_url AS url, e.num_mentions AS num_mentions,
               e.num_articles AS num_articles, e.num_sources AS num_sources, e.avg_tone AS avg_tone,
               e.is_root AS is_root
        FROM (SELECT * FROM events WHERE {where} AND plover IS NOT NULL) e
        JOIN mentions m ON m.mention_key = e.representative
        ORDER BY e.date, e.event_id
    """


def _limit(f: EventFilter) -> str:
    return (f" LIMIT {int(f.limit)}" if f.limit is not None else "") + (f" OFFSET {int(f.offset)}" if f.offset else "")


def export(store: Store, fmt: Format | str, out: str | Path, f: EventFilter | None = None,
           table: Table = "events") -> int:
    """Write the filtered events (or mentions) to ``out`` in ``fmt``; returns rows written."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if table not in ("events", "mentions"):
        raise QueryError(f"unknown table {table!r}; choose events or mentions")
    f = f or EventFilter(limit=None)
    out = Path(out)
    key = "mention_key" if table == "mentions" else "event_id"
    where, params = where_clause(f, key, mentions=table == "mentions")
    if fmt == "jsonl" and table == "mentions":
        with atomic_output(out) as temp:
            return _mentions_jsonl(store, f, temp)
    if fmt == "gdelt":
        sql = _gdelt_mentions_sql(where) if table == "mentions" else _gdelt_events_sql(where)
        options = "FORMAT csv, DELIMITER '\t', HEADER false, QUOTE ''"
    elif fmt == "plover":
        if table == "mentions":
            raise QueryError("plover export is of linked events; use --table events")
        sql, options = _plover_sql(where), "FORMAT json"
    else:
        drop = ("EXCLUDE (block, place, event_id), event_id AS linked_event_id" if table == "mentions"
                else "EXCLUDE (block, lo_day, hi_day)")
        base = f"SELECT * {drop} FROM {table} WHERE {where} ORDER BY date, {key}"
        if fmt == "parquet":
            sql = f"SELECT *, year(date) AS year, month(date) AS month FROM ({base}{_limit(f)})"
            options = "FORMAT parquet, PARTITION_BY (year, month), OVERWRITE_OR_IGNORE"
        elif fmt == "csv":
            sql, options = base, "FORMAT csv, HEADER true"
        else:
            sql, options = base, "FORMAT json"
    if fmt != "parquet":
        sql += _limit(f)
    sql = _inline(sql, params)  # COPY takes no prepared parameters
    with atomic_output(out, folder=fmt == "parquet") as temp, store.connect() as conn:
        conn.execute(f"COPY ({sql}) TO '{_escape(str(temp))}' ({options})")
        count = conn.execute(f"SELECT count(*) FROM ({sql})").fetchone()
    return int(count[0]) if count else 0


def _escape(text: str) -> str:
    return text.replace("'", "''")


def _inline(sql: str, params: list[object]) -> str:
    """Replace each ``?`` placeholder with a safely quoted literal."""
    parts = sql.split("?")
    if len(parts) != len(params) + 1:
        raise QueryError("internal error: export query placeholders do not match parameters")
    out = [parts[0]]
    for value, rest in zip(params, parts[1:], strict=True):
        if isinstance(value, (bool, int, float)):
            literal = repr(value)
        elif isinstance(value, dt.date):
            literal = f"DATE '{value.isoformat()}'"
        else:
            literal = f"'{_escape(str(value))}'"
        out += [literal, rest]
    return "".join(out)


def _mentions_jsonl(store: Store, f: EventFilter, out: Path) -> int:
    """Mentions as public Event JSON, streamed page by page (bounded memory)."""
    remaining = f.limit
    cursor = f.cursor
    written = 0
    offset = f.offset
    with out.open("w", encoding="utf-8") as fh:
        while remaining is None or remaining > 0:
            size = 5000 if remaining is None else min(5000, remaining)
            page = store.events_page(f.model_copy(update={"limit": size, "cursor": cursor, "offset": offset}))
            offset = 0
            for event in page.items:
                fh.write(event.model_dump_json() + "\n")
            written += len(page.items)
            if remaining is not None:
                remaining -= len(page.items)
            if page.next_cursor is None:
                break
            cursor = page.next_cursor
    return written
