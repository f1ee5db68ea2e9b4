"""Benchmark: linking time at 25%, 50% and 100% of a synthetic set of mentions.

The mentions (and their articles) are generated inside DuckDB with SQL; each fraction is a
random subset over the same two years, so blocks get denser as the fraction grows — the
case where an all-pairs linker would grow quadratically. Linking (block keys, the sorted
sweep, event aggregation) is timed with Store.relink-style full linking (stories skipped).

  python bench/bench_link.py --n 1000000 --dir /tmp/bench_link

Growth from 25% to 100% should be close to 4x (n log n), far from 16x (n^2).
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import tempfile
import time
from pathlib import Path

ACTORS = ["USA", "RUS", "CHN", "PRK", "JPN", "GBR", "FRA", "DEU", "IRN", "ISR", "IND", "PAK", "TUR", "SYR",
          "UKR", "USAGOV", "RUSGOV", "CHNGOV", "USAMIL", "RUSMIL"]
CODES = ["010", "036", "042", "043", "051", "057", "061", "071", "090", "111", "112", "120", "138", "141",
         "163", "173", "190", "193"]


def cpu_seconds() -> float:
    """CPU time of this process and its threads (wall time is noisy on a shared machine)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def fill(conn: object, n: int, pct: int) -> int:
    """Insert the ``pct`` percent subset of ``n`` synthetic mentions (2 per article)."""
    from tidings.ontology import cameo

    codes = [(c, cameo(c).root, cameo(c).name, cameo(c).plover, cameo(c).quad_class, cameo(c).goldstein) for c in CODES]
    conn.execute(  # type: ignore[attr-defined]
        "CREATE TEMP TABLE codes (ci INT, code VARCHAR, root VARCHAR, name VARCHAR, plover VARCHAR, quad INT, "
        "gold DOUBLE)"
    )
    conn.executemany("INSERT INTO codes VALUES (?, ?, ?, ?, ?, ?, ?)", [(i, *c) for i, c in enumerate(codes)])  # type: ignore[attr-defined]
    actors = "[" + ", ".join(f"'{a}'" for a in ACTORS) + "]"
    conn.execute(f"""
        CREATE TEMP TABLE gen AS
        SELECT i, i // 2 AS art, DATE '2020-01-01' + CAST((i // 2) * 730 / {n // 2} AS INTEGER) AS pub,
               {actors}[1 + (hash(i, 1) % {len(ACTORS)})::INTEGER] AS src,
               {actors}[1 + (hash(i, 2) % {len(ACTORS)})::INTEGER] AS tgt,
               (hash(i, 3) % {len(CODES)})::INTEGER AS ci, (hash(i, 4) % 6)::INTEGER AS pi,
               (hash(i, 5) % 2)::INTEGER AS back
        FROM range({n}) t(i) WHERE hash(i, 9) % 100 < {pct}
    """)  # type: ignore[attr-defined]
    conn.execute("""
        INSERT INTO articles BY NAME
        SELECT DISTINCT 'a' || art AS article_id, pub AS date, 'synthetic' AS text, 'src' || (art % 7) AS source_key,
               []::UINTEGER[] AS signature, 'a' || art AS story_id, 2 AS num_mentions, now() AS added_at
        FROM gen
    """)  # type: ignore[attr-defined]
    conn.execute("""
        INSERT INTO mentions BY NAME
        SELECT 'a' || art || '#' || (i % 2) AS mention_key, 'a' || art AS article_id, i % 2 AS ordinal,
               'm' || i AS mention_id, i % 2 AS sentence_index, 'synthetic sentence' AS sentence,
               'met' AS trigger_text, 0 AS trigger_start, 3 AS trigger_end,
               true AS source_present, src AS source_text, src AS source_name, src AS source_code,
               left(src, 3) AS source_country, true AS target_present, tgt AS target_text, tgt AS target_name,
               tgt AS target_code, left(tgt, 3) AS target_country,
               c.code AS cameo, c.root AS cameo_root, c.name AS cameo_name, c.plover AS plover,
               c.quad AS quad_class, c.gold AS goldstein, 'asserted' AS status,
               pub - CAST(back AS INTEGER) AS date, 'day' AS date_granularity, 'exact' AS date_kind,
               CASE pi WHEN 0 THEN 'US' WHEN 1 THEN 'RU' WHEN 2 THEN 'CN' ELSE NULL END AS location_country,
               CASE WHEN pi < 3 THEN 'Somewhere' ELSE NULL END AS location_name,
               0.8 AS confidence, '' AS block
        FROM gen JOIN codes c USING (ci)
    """)  # type: ignore[attr-defined]
    count = conn.execute("SELECT count(*) FROM mentions").fetchone()  # type: ignore[attr-defined]
    return int(count[0])


def incremental(path: Path, settings: object) -> dict[str, object]:
    """Unlink the newest 10% of mentions (as if just ingested) and time linking them in."""
    import duckdb

    from tidings.store.writer import link_pending

    with duckdb.connect(str(path)) as conn:
        cutoff = conn.execute("SELECT quantile_disc(date, 0.9) FROM mentions").fetchone()[0]  # type: ignore[index]
        conn.execute("DELETE FROM events WHERE event_id IN (SELECT event_id FROM mentions WHERE date >= ?)", [cutoff])
        conn.execute("""UPDATE mentions SET event_id = NULL WHERE event_id NOT IN (SELECT event_id FROM events)""")
        pending = conn.execute("SELECT count(*) FROM mentions WHERE event_id IS NULL").fetchone()[0]  # type: ignore[index]
        started, cpu0 = time.perf_counter(), cpu_seconds()
        conn.execute("BEGIN TRANSACTION")
        written = link_pending(conn, settings, touched_stories=[])  # type: ignore[arg-type]
        conn.execute("COMMIT")
        return {"incremental": "newest 10% linked into a store holding the rest", "pending_mentions": pending,
                "events_written": written, "seconds": round(time.perf_counter() - started, 2),
                "cpu_seconds": round(cpu_seconds() - cpu0, 2)}


def main() -> None:
    import duckdb

    from tidings.store import Store
    from tidings.store.link import LinkSettings
    from tidings.store.relink import relink_all

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1_000_000, help="mentions at 100%%")
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "bench_link")
    args = parser.parse_args()
    shutil.rmtree(args.dir, ignore_errors=True)
    args.dir.mkdir(parents=True)
    settings = LinkSettings()
    rows = []
    for pct in (25, 50, 100):
        path = args.dir / f"link{pct}.duckdb"
        Store(path)
        with duckdb.connect(str(path)) as conn:
            mentions = fill(conn, args.n, pct)
            started, cpu0 = time.perf_counter(), cpu_seconds()
            conn.execute("BEGIN TRANSACTION")
            events = relink_all(conn, settings, stories=False)
            conn.execute("COMMIT")
            seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu0
        rows.append({"percent": pct, "mentions": mentions, "events": events, "seconds": round(seconds, 2),
                     "cpu_seconds": round(cpu, 2), "us_per_mention": round(seconds / mentions * 1e6, 2)})
        print(json.dumps(rows[-1]), flush=True)
    print(json.dumps(incremental(args.dir / "link100.duckdb", settings)), flush=True)
    growth = rows[-1]["seconds"] / rows[0]["seconds"]  # type: ignore[operator]
    cpu_growth = rows[-1]["cpu_seconds"] / rows[0]["cpu_seconds"]  # type: ignore[operator]
    print(json.dumps({"growth_25_to_100": round(growth, 2), "cpu_growth_25_to_100": round(cpu_growth, 2),
                      "linear": 4.0, "quadratic": 16.0}))


if __name__ == "__main__":
    main()
