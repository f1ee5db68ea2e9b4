"""Re-linking a whole store, e.g. after changing :class:`~tidings.store.link.LinkSettings`."""

from __future__ import annotations

import duckdb
import pyarrow as pa

from tidings.store.link import (
    LinkSettings,
    band_hashes,
    block_key_sql,
    minhash,
    place_key_sql,
)
from tidings.store.writer import link_pending, update_stories

_CHUNK = 2048


def recompute_blocks(conn: duckdb.DuckDBPyConnection, settings: LinkSettings) -> None:
    """Rewrite every mention's block and place keys and unlink it."""
    conn.execute(
        f"UPDATE mentions SET block = {block_key_sql(settings)}, place = {place_key_sql(settings)}, event_id = NULL"
    )


def recompute_stories(conn: duckdb.DuckDBPyConnection, settings: LinkSettings) -> None:
    """Recompute every article's MinHash signature, LSH bands and story."""
    ids = [r[0] for r in conn.execute("SELECT article_id FROM articles ORDER BY article_id").fetchall()]
    conn.execute("DELETE FROM article_bands")
    conn.execute("UPDATE articles SET story_id = article_id")
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        texts = conn.execute(
            "SELECT article_id, text FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [chunk]
        ).fetchall()
        sig_ids, sigs, band_ids, bands = [], [], [], []
        for aid, text in texts:
            sig = minhash(text, settings)
            sig_ids.append(aid)
            sigs.append(sig)
            for b in band_hashes(sig, settings):
                band_ids.append(aid)
                bands.append(b)
        conn.register("sigs", pa.table({"article_id": sig_ids, "signature": pa.array(sigs, pa.list_(pa.uint32()))}))
        conn.execute("UPDATE articles SET signature = s.signature FROM sigs s WHERE articles.article_id = s.article_id")
        conn.unregister("sigs")
        conn.register("bands", pa.table({"article_id": band_ids, "band": pa.array(bands, pa.int64())}))
        conn.execute("INSERT INTO article_bands SELECT article_id, band FROM bands")
        conn.unregister("bands")
    for start in range(0, len(ids), _CHUNK):
        update_stories(conn, ids[start : start + _CHUNK], settings)


def relink_all(conn: duckdb.DuckDBPyConnection, settings: LinkSettings, *, stories: bool = True) -> int:
    """Recompute stories (optional), blocks and every link; returns the number of events."""
    if stories:
        recompute_stories(conn, settings)
    recompute_blocks(conn, settings)
    conn.execute("DELETE FROM events")
    return link_pending(conn, settings, touched_stories=[])
