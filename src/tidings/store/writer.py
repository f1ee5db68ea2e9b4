"""Writing one batch of pipeline results, finding duplicate stories, and linking mentions.

Everything here runs inside the caller's transaction: a batch's articles, mentions,
story updates and links commit together or not at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import duckdb

if TYPE_CHECKING:
    import pyarrow as pa

from tidings.records import ArticleResult
from tidings.store.link import (
    LinkPoint,
    LinkSettings,
    UnionFind,
    actor_key,
    band_hashes,
    block_key_sql,
    cluster,
    event_id_for,
    minhash,
    place_key_sql,
    similarity,
)
from tidings.store.rows import article_row, mention_row


@dataclass(slots=True)
class BatchOutcome:
    stored: int = 0
    duplicates: int = 0
    mentions: int = 0
    events_touched: int = 0


def _table(rows: Sequence[dict[str, Any]]) -> pa.Table:
    import pyarrow as pa  # imported on first write: re-ingesting stored articles never needs it

    return pa.Table.from_pylist(list(rows))


def write_batch(
    conn: duckdb.DuckDBPyConnection, results: Sequence[ArticleResult], settings: LinkSettings,
    now: dt.datetime,
) -> BatchOutcome:
    """Insert the batch's new articles with their mentions, then update stories and links."""
    outcome = BatchOutcome()
    fresh = _fresh_results(conn, results, outcome)
    if not fresh:
        link_pending(conn, settings, touched_stories=[])
        return outcome
    rows = _batch_rows(fresh, settings, now)
    _insert_articles(conn, rows)
    if rows.mentions:
        _insert_mentions(conn, rows.mentions, settings)
    if rows.actors:
        _upsert_actors(conn, rows.actors)
    changed = update_stories(conn, [r.article.id for r in fresh], settings)
    outcome.stored = len(fresh)
    outcome.mentions = len(rows.mentions)
    outcome.events_touched = link_pending(conn, settings, touched_stories=changed)
    return outcome


def _fresh_results(
    conn: duckdb.DuckDBPyConnection, results: Sequence[ArticleResult], outcome: BatchOutcome,
) -> list[ArticleResult]:
    """The batch's articles not repeated in it nor already stored; counts the others as duplicates."""
    unique: dict[str, ArticleResult] = {}
    for r in results:
        if r.article.id in unique:
            outcome.duplicates += 1
        else:
            unique[r.article.id] = r
    if not unique:  # nothing to look up (and no bound parameter: DuckDB would import pandas)
        return []
    existing = {
        row[0]
        for row in conn.execute(
            "SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
            [list(unique)],
        ).fetchall()
    }
    fresh = [r for aid, r in unique.items() if aid not in existing]
    outcome.duplicates += len(unique) - len(fresh)
    return fresh


@dataclass(slots=True)
class _BatchRows:
    """The rows one batch adds: articles, their LSH bands, mentions, and actor mention counts."""

    articles: list[dict[str, Any]] = field(default_factory=list)
    bands: list[dict[str, Any]] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    actors: dict[str, list[Any]] = field(default_factory=dict)


def _batch_rows(fresh: Sequence[ArticleResult], settings: LinkSettings, now: dt.datetime) -> _BatchRows:
    rows = _BatchRows()
    for r in fresh:
        sig = minhash(r.article.text, settings)
        rows.articles.append(article_row(r.article, r.tone, sig, len(r.events), now))
        rows.bands.extend({"article_id": r.article.id, "band": b} for b in band_hashes(sig, settings))
        for i, ev in enumerate(r.events):
            rows.mentions.append(mention_row(r.article.id, i, ev, settings))
            for actor in (ev.source, ev.target):
                if actor is not None:
                    entry = rows.actors.setdefault(actor_key(actor), [actor.code, actor.name, actor.country, 0])
                    entry[3] += 1
    return rows


def _insert_articles(conn: duckdb.DuckDBPyConnection, rows: _BatchRows) -> None:
    conn.register("batch_articles", _table(rows.articles))
    conn.execute("INSERT INTO articles BY NAME SELECT * FROM batch_articles")
    conn.unregister("batch_articles")
    conn.register("batch_bands", _table(rows.bands))
    conn.execute("INSERT INTO article_bands BY NAME SELECT * FROM batch_bands")
    conn.unregister("batch_bands")


def _insert_mentions(conn: duckdb.DuckDBPyConnection, mentions: list[dict[str, Any]], settings: LinkSettings) -> None:
    conn.register("batch_mentions", _table(mentions))
    conn.execute(
        f"INSERT INTO mentions BY NAME SELECT * REPLACE ({block_key_sql(settings)} AS block, "
        f"{place_key_sql(settings)} AS place) FROM batch_mentions"
    )
    conn.unregister("batch_mentions")


def _upsert_actors(conn: duckdb.DuckDBPyConnection, actors: dict[str, list[Any]]) -> None:
    rows = [{"actor_key": k, "code": v[0], "name": v[1], "country": v[2], "num_mentions": v[3]}
            for k, v in actors.items()]
    conn.register("batch_actors", _table(rows))
    conn.execute("""
        INSERT INTO actors BY NAME SELECT * FROM batch_actors
        ON CONFLICT (actor_key) DO UPDATE SET
            num_mentions = actors.num_mentions + excluded.num_mentions,
            name = coalesce(least(actors.name, excluded.name), actors.name, excluded.name),
            country = coalesce(least(actors.country, excluded.country), actors.country, excluded.country)
    """)
    conn.unregister("batch_actors")


def update_stories(conn: duckdb.DuckDBPyConnection, article_ids: Sequence[str], settings: LinkSettings) -> list[str]:
    """Merge the new articles into near-duplicate stories; return the story ids that changed."""
    pairs = conn.execute("""
        SELECT DISTINCT n.article_id, o.article_id
        FROM article_bands n JOIN article_bands o ON n.band = o.band AND n.article_id <> o.article_id
        WHERE n.article_id IN (SELECT unnest(?::VARCHAR[]))
    """, [list(article_ids)]).fetchall()
    if not pairs:
        return []
    involved = sorted({a for pair in pairs for a in pair})
    info = {
        row[0]: row[1:]
        for row in conn.execute(
            "SELECT article_id, date, signature, story_id FROM articles "
            "WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
            [involved],
        ).fetchall()
    }
    uf = UnionFind()
    for a, b in pairs:
        (da, sa, story_a), (db, sb, story_b) = info[a], info[b]
        if abs((da - db).days) > settings.duplicate_window_days:
            continue
        if similarity(sa, sb) >= settings.duplicate_threshold:
            uf.union(story_a, story_b)
    stories = {row[2] for row in info.values()}
    moves = [{"old": s, "new": uf.find(s)} for s in sorted(stories) if uf.find(s) != s]
    if not moves:
        return []
    conn.register("story_moves", _table(moves))
    conn.execute("UPDATE articles SET story_id = m.new FROM story_moves m WHERE articles.story_id = m.old")
    conn.unregister("story_moves")
    return sorted({m["new"] for m in moves})


def link_pending(conn: duckdb.DuckDBPyConnection, settings: LinkSettings, touched_stories: Sequence[str]) -> int:
    """Link every unlinked mention, re-sweeping only the part of each block they can change.

    Also re-aggregates events whose articles changed story. Returns the number of events
    written.
    """
    if not _mark_link_scope(conn, settings.window_days) and not touched_stories:
        return 0  # nothing unlinked: re-ingesting stored articles stops here
    scope = _relink_scope(conn, settings)
    if touched_stories:
        scope.update(_events_of_stories(conn, touched_stories))
    if scope:
        aggregate_events(conn, sorted(scope), settings)
    return len(scope)


def _mark_link_scope(conn: duckdb.DuckDBPyConnection, w: int) -> int:
    """Fill ``link_scope`` (per block, the days to re-sweep) and ``absorbed`` (the events in them).

    Returns the number of blocks with unlinked mentions."""
    # In a block, a new mention on day d can only change events anchored on or after d - w
    # (earlier events closed before d), and the chain of later events overlapping them.
    conn.execute(f"""
        CREATE OR REPLACE TEMP TABLE link_scope AS
        SELECT block, min(date) - {w} AS lo, max(date) AS hi FROM mentions WHERE event_id IS NULL GROUP BY block
    """)
    pending = conn.execute("SELECT count(*) FROM link_scope").fetchone()
    reach = f"e.block = s.block AND e.lo_day >= s.lo AND e.lo_day <= s.hi + {w}"
    if pending and pending[0]:
        while True:  # extend rightwards while an event anchored within reach ends later
            grown = conn.execute(f"""
                UPDATE link_scope SET hi = x.hi
                FROM (SELECT s.block, max(e.hi_day) AS hi FROM link_scope s JOIN events e ON {reach}
                      GROUP BY s.block) x
                WHERE link_scope.block = x.block AND x.hi > link_scope.hi
            """).fetchone()
            if not grown or not grown[0]:
                break
    conn.execute(f"""
        CREATE OR REPLACE TEMP TABLE absorbed AS
        SELECT e.event_id FROM events e JOIN link_scope s ON {reach}
    """)
    return int(pending[0]) if pending else 0


def _relink_scope(conn: duckdb.DuckDBPyConnection, settings: LinkSettings) -> set[str]:
    """Cluster the unlinked and absorbed mentions, replace the absorbed events; return the new event ids."""
    found = conn.execute("""
        SELECT mention_key, block, date, place FROM mentions
        WHERE event_id IS NULL OR event_id IN (SELECT event_id FROM absorbed)
    """).fetchall()
    points = [LinkPoint(key=k, block=b, day=d.toordinal(), place=p) for k, b, d, p in found]
    assignment = cluster(points, settings)
    blocks = {p.key: p.block for p in points}
    ids: dict[str, str] = {}
    for first in set(assignment.values()):
        ids[first] = event_id_for(blocks[first], first)[0]
    rows = {"mention_key": list(assignment), "event_id": [ids[first] for first in assignment.values()]}
    conn.execute("DELETE FROM events WHERE event_id IN (SELECT event_id FROM absorbed)")
    if rows["mention_key"]:
        import pyarrow as pa

        conn.register("link_assignment", pa.table(rows))
        conn.execute("""
            UPDATE mentions SET event_id = a.event_id FROM link_assignment a
            WHERE mentions.mention_key = a.mention_key AND mentions.event_id IS DISTINCT FROM a.event_id
        """)
        conn.unregister("link_assignment")
    return set(ids.values())


def _events_of_stories(conn: duckdb.DuckDBPyConnection, story_ids: Sequence[str]) -> set[str]:
    """The linked events with a mention in an article of these stories."""
    return {
        r[0] for r in conn.execute("""
            SELECT DISTINCT m.event_id FROM mentions m JOIN articles a ON a.article_id = m.article_id
            WHERE a.story_id IN (SELECT unnest(?::VARCHAR[])) AND m.event_id IS NOT NULL
        """, [list(story_ids)]).fetchall()
    }


def aggregate_events(conn: duckdb.DuckDBPyConnection, event_ids: Sequence[str], settings: LinkSettings) -> None:
    """(Re)write the ``events`` rows of the given linked events from their mentions."""
    scope = [{"event_id": e, "global_event_id": int(e[3:], 16)} for e in event_ids]
    conn.register("agg_scope", _table(scope))
    conn.execute("DELETE FROM events WHERE event_id IN (SELECT event_id FROM agg_scope)")
    root = settings.root_sentences
    rank = f"sentence_index < {root} DESC, confidence DESC, date, mention_key"
    conn.execute(f"""
        INSERT INTO events BY NAME
        WITH m AS (
            SELECT m.*, a.date AS pub_date, a.source_key, a.story_id, a.url AS article_url,
                   coalesce(a.tone, m.tone) AS doc_tone,
                   min(m.article_id) OVER (PARTITION BY m.event_id, a.source_key, a.story_id) AS canon
            FROM mentions m JOIN articles a ON a.article_id = m.article_id
            WHERE m.event_id IN (SELECT event_id FROM agg_scope)
        ),
        rep AS (SELECT * FROM m QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY {rank}) = 1),
        loc AS (
            SELECT * FROM m WHERE location_name IS NOT NULL
            QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY {rank}) = 1
        ),
        tones AS (
            -- exact DECIMAL sums, so the average does not depend on summation order
            SELECT event_id, (sum(t) / count(t))::DOUBLE AS avg_tone
            FROM (SELECT event_id, canon, min(doc_tone)::DECIMAL(18, 6) AS t
                  FROM m WHERE article_id = canon GROUP BY ALL)
            GROUP BY event_id
        ),
        agg AS (
            SELECT event_id, min(date) AS lo_day, max(date) AS hi_day,
                   count(*) FILTER (WHERE article_id = canon) AS num_mentions,
                   count(DISTINCT source_key || chr(31) || story_id) AS num_articles,
                   count(DISTINCT source_key) AS num_sources, count(DISTINCT story_id) AS num_stories,
                   min(pub_date) AS first_seen, max(pub_date) AS last_seen,
                   bool_or(sentence_index < {root}) AS is_root, max(confidence) AS confidence
            FROM m GROUP BY event_id
        )
        SELECT agg.event_id, s.global_event_id, rep.block, agg.lo_day, agg.hi_day,
               rep.source_text, rep.source_name, rep.source_code, rep.source_country, rep.source_sectors,
               rep.target_text, rep.target_name, rep.target_code, rep.target_country, rep.target_sectors,
               rep.cameo, rep.cameo_root, rep.cameo_name, rep.plover, rep.plover_mode, rep.quad_class,
               rep.goldstein, rep.status, rep.reciprocal, agg.lo_day AS date,
               loc.location_name, loc.location_country, loc.location_lat, loc.location_lon,
               loc.location_geonames_id, loc.location_feature, loc.location_adm1, loc.location_full_name,
               loc.geo_type, loc.geo_fullname, loc.geo_country_fips, loc.geo_adm1_code,
               agg.num_mentions, agg.num_articles, agg.num_sources, agg.num_stories,
               agg.first_seen, agg.last_seen, tones.avg_tone, agg.is_root, agg.confidence,
               rep.article_url AS source_url, rep.article_id AS source_article, rep.mention_key AS representative
        FROM agg JOIN agg_scope s USING (event_id) JOIN rep USING (event_id)
        LEFT JOIN loc USING (event_id) LEFT JOIN tones USING (event_id)
    """)
    conn.unregister("agg_scope")
