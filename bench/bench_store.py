"""Benchmark: ingest throughput (articles/s) and peak memory of the event store.

Modes:
  ingest     pipeline + store end to end on a corpus (writes the results to --cache as JSONL)
  store      the store side alone: stream cached results (from a previous `ingest`) into Store.add
  synthetic  the store side alone on N synthetic results from tests/factories.py

Examples:
  python bench/bench_store.py ingest --corpus ../shared/data/corpora/reuters21578.jsonl \
      --db /tmp/bench.duckdb --cache /tmp/reuters_results.jsonl
  python bench/bench_store.py store --cache /tmp/reuters_results.jsonl --db /tmp/bench2.duckdb
  python bench/bench_store.py synthetic --n 20000 --db /tmp/bench3.duckdb

Peak memory is the process' maximum resident set size (getrusage), which must stay under
1.5 GB: results stream through bounded batches and nothing holds the corpus in memory.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cached_results(path: Path) -> Iterator[object]:
    from tidings.records import ArticleResult

    with path.open(encoding="utf-8") as fh:
        for line in fh:
            yield ArticleResult.model_validate_json(line)


def run_ingest(args: argparse.Namespace) -> dict[str, object]:
    from tidings.inputs.readers import read_inputs
    from tidings.pipeline import Extractor
    from tidings.records import Reject
    from tidings.store import Store

    counts = {"read": 0, "rejected": 0, "events": 0}
    cache = args.cache.open("w", encoding="utf-8") if args.cache else None

    def articles() -> Iterator[object]:
        for item in read_inputs([str(args.corpus)]):
            if isinstance(item, Reject):
                counts["rejected"] += 1
                continue
            if args.limit and counts["read"] >= args.limit:
                return
            counts["read"] += 1
            yield item

    def tee(results: Iterator[object]) -> Iterator[object]:
        for r in results:
            counts["events"] += len(r.events)  # type: ignore[attr-defined]
            if cache:
                cache.write(r.model_dump_json() + "\n")  # type: ignore[attr-defined]
            yield r

    store = Store(args.db)
    started = time.perf_counter()
    summary = store.add(tee(Extractor().run(articles())), batch_size=args.batch)
    elapsed = time.perf_counter() - started
    if cache:
        cache.close()
    return {"mode": "ingest", "articles": summary.articles_stored, "events": counts["events"],
            "rejected": counts["rejected"], "seconds": round(elapsed, 1),
            "articles_per_s": round(summary.articles_stored / elapsed, 1)}


def run_store(args: argparse.Namespace, results: Iterator[object], mode: str) -> dict[str, object]:
    from tidings.store import Store

    store = Store(args.db)
    started = time.perf_counter()
    summary = store.add(results, batch_size=args.batch)  # type: ignore[arg-type]
    elapsed = time.perf_counter() - started
    stats = store.stats()
    return {"mode": mode, "articles": summary.articles_stored, "mentions": summary.mentions_stored,
            "events": stats.events, "stories": stats.stories, "seconds": round(elapsed, 1),
            "articles_per_s": round(summary.articles_stored / elapsed, 1),
            "mentions_per_s": round(summary.mentions_stored / elapsed, 1), "db_mb": round(stats.size_bytes / 2**20, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["ingest", "store", "synthetic"])
    parser.add_argument("--shared", type=Path, default=SHARED, help=f"shared data folder (default {SHARED})")
    parser.add_argument("--corpus", type=Path, help="corpus JSONL (default SHARED/data/corpora/reuters21578.jsonl)")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--cache", type=Path, help="results JSONL written by `ingest`, read by `store`")
    parser.add_argument("--n", type=int, default=20000, help="synthetic articles")
    parser.add_argument("--limit", type=int, default=0, help="ingest at most this many articles")
    parser.add_argument("--batch", type=int, default=64)
    args = parser.parse_args()
    args.corpus = args.corpus or args.shared / "data" / "corpora" / "reuters21578.jsonl"
    if args.db.exists():
        sys.exit(f"{args.db} exists; pass a new --db so the benchmark starts from an empty store")
    if args.mode == "ingest":
        report = run_ingest(args)
    elif args.mode == "store":
        if not args.cache or not args.cache.exists():
            sys.exit("store mode needs --cache FILE written by a previous `ingest` run")
        report = run_store(args, cached_results(args.cache), "store (cached reuters results)")
    else:
        sys.path.insert(0, str(ROOT / "tests"))
        from factories import corpus

        def synthetic() -> Iterator[object]:
            for start in range(0, args.n, 5000):  # build in slices: bounded memory
                yield from corpus(min(5000, args.n - start), seed=start, prefix=f"s{start}",
                                  start=__import__("datetime").date(2020, 1, 1)
                                  + __import__("datetime").timedelta(days=start // 20))

        report = run_store(args, synthetic(), "synthetic")
    report["cpu_seconds"] = round(cpu_seconds(), 1)
    report["peak_rss_mb"] = round(peak_rss_mb(), 1)
    print(json.dumps(report))


if __name__ == "__main__":
    main()
