"""Benchmark: dyad time series and top-actors queries on 10 million synthetic linked events.

The events are generated inside DuckDB with one INSERT ... SELECT over range(N) (about a
minute), in date order as an ingest would write them, into a real store file; the queries
are the library's (tidings.store.analysis), each timed over several runs (best and median
wall time, and process CPU time). Target: < 1 s each.

  python bench/bench_queries.py --n 10000000 --db /tmp/bench_queries.duckdb
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ACTORS = ["USA", "RUS", "CHN", "PRK", "JPN", "GBR", "FRA", "DEU", "IRN", "ISR", "IND", "PAK", "TUR", "SYR",
          "UKR", "EGY", "SAU", "BRA", "MEX", "NGA", "USAGOV", "RUSGOV", "CHNGOV", "USAMIL", "RUSMIL", "PRKGOV"]
CODES = ["010", "036", "042", "043", "051", "057", "061", "071", "090", "111", "112", "120", "138", "141",
         "163", "173", "190", "193"]


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def generate(db: Path, n: int) -> None:
    import duckdb

    from tidings.ontology import cameo
    from tidings.store import Store

    Store(db)
    actors = "[" + ", ".join(f"'{a}'" for a in ACTORS) + "]"
    k = len(ACTORS)
    with duckdb.connect(str(db)) as conn:
        conn.execute("CREATE TEMP TABLE codes (ci INT, code VARCHAR, root VARCHAR, name VARCHAR, plover VARCHAR, "
                     "quad INT, gold DOUBLE)")
        conn.executemany("INSERT INTO codes VALUES (?, ?, ?, ?, ?, ?, ?)", [
            (i, c, cameo(c).root, cameo(c).name, cameo(c).plover, cameo(c).quad_class, cameo(c).goldstein)
            for i, c in enumerate(CODES)
        ])
        conn.execute(f"""
            INSERT INTO events BY NAME
            WITH g AS (
                SELECT i, DATE '2015-01-01' + CAST(i * 3650 // {n} AS INTEGER) AS d,
                       {actors}[1 + (hash(i, 1) % {k})::INTEGER] AS s,
                       {actors}[1 + (hash(i, 2) % {k})::INTEGER] AS t,
                       (hash(i, 3) % {len(CODES)})::INTEGER AS ci, (hash(i, 4) % 5)::INTEGER AS m
                FROM range({n}) r(i)
            )
            SELECT 'ev-' || lpad(to_hex(i), 16, '0') AS event_id, i AS global_event_id, '' AS block,
                   d AS lo_day, d AS hi_day, s AS source_text, s AS source_name, s AS source_code,
                   left(s, 3) AS source_country, t AS target_text, t AS target_name, t AS target_code,
                   left(t, 3) AS target_country, c.code AS cameo, c.root AS cameo_root, c.name AS cameo_name,
                   c.plover, c.quad AS quad_class, c.gold AS goldstein, 'asserted' AS status, d AS date,
                   1 + m AS num_mentions, 1 + m // 2 AS num_articles, 1 + m // 3 AS num_sources,
                   1 AS num_stories, d AS first_seen, d AS last_seen, -1.5 AS avg_tone, m = 0 AS is_root,
                   0.8 AS confidence, 'a' || i AS source_article, 'a' || i || '#00000' AS representative
            FROM g JOIN codes c USING (ci)  -- range() is in date order and inserts keep it
        """)


def timed(fn: Callable[[], object], runs: int) -> dict[str, float]:
    fn()  # warm the OS file cache
    walls, cpus = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), cpu_seconds()
        fn()
        walls.append(time.perf_counter() - t0)
        cpus.append(cpu_seconds() - c0)
    return {"best_s": round(min(walls), 3), "median_s": round(statistics.median(walls), 3),
            "median_cpu_s": round(statistics.median(cpus), 3)}


def main() -> None:
    from tidings.store import Store
    from tidings.store.analysis import dyad_series, top

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000_000)
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "bench_queries.duckdb")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--reuse", action="store_true", help="keep an existing --db of the right size")
    parser.add_argument("--cold", action="store_true", help="open the file for every query (no keep_open)")
    args = parser.parse_args()
    store = Store(args.db) if args.reuse and args.db.exists() else None
    if store is None or store.stats().events != args.n:
        args.db.unlink(missing_ok=True)
        t0 = time.perf_counter()
        generate(args.db, args.n)
        print(json.dumps({"generated_events": args.n, "seconds": round(time.perf_counter() - t0, 1)}), flush=True)
        store = Store(args.db, read_only=True)
    import datetime as dt

    store = Store(args.db, read_only=True, keep_open=not args.cold)

    queries: dict[str, Callable[[], object]] = {
        "dyad_series PRK:USA month": lambda: dyad_series(store, "PRK", "USA", interval="month"),
        "dyad_series USA:RUS week directed": lambda: dyad_series(store, "USA", "RUS", interval="week", directed=True),
        "dyad_series CHN:JPN day 2019": lambda: dyad_series(store, "CHN", "JPN", interval="day",
                                                             since=dt.date(2019, 1, 1), until=dt.date(2019, 12, 31)),
        "top actors (all)": lambda: top(store, "actors", n=20),
        "top actors 2020": lambda: top(store, "actors", n=20, since=dt.date(2020, 1, 1), until=dt.date(2020, 12, 31)),
        "top dyads (all)": lambda: top(store, "dyads", n=20),
        "top codes (all)": lambda: top(store, "codes", n=20),
    }
    for name, fn in queries.items():
        print(json.dumps({"query": name, "events": args.n, "cold": args.cold, **timed(fn, args.runs)}), flush=True)


if __name__ == "__main__":
    main()
