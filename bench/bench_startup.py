"""Benchmark: start-up of the ``tidings`` command line, as whole processes.

Each command runs ``--runs`` times as a fresh ``python -m tidings ...`` process; the median
and best wall times and the median and best CPU time (user + system of the child) are printed,
with the load average before and after (the targets are for the best wall time; on a loaded
machine wall time includes waiting for a core, so compare CPU times there). The
byte-code cache goes to a temporary ``PYTHONPYCACHEPREFIX`` that one warm-up run fills (as an
installed package has its ``.pyc`` files), so the figures are start-up, not compilation.
On a busy machine wall time includes waiting for a core; CPU time does not.

Commands: ``tidings --help``, ``tidings events`` (the first page of a store, as a table) and
re-ingesting an article that is already stored (which must load no model). Targets:
``--help`` < 0.3 s, ``events`` < 0.6 s.

  python bench/bench_startup.py [--runs 7] [--db STORE]   # default: a fresh store of the seed article
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "000_9412593e3c0903a8.txt"


def child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one ``python -m tidings ARGS`` process."""
    cpu = child_cpu()
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "tidings", *args], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started, child_cpu() - cpu


def measure(name: str, args: list[str], env: dict[str, str], runs: int) -> dict[str, float | str]:
    timed(args, env)  # warm-up: fills the byte-code cache and the OS file cache
    walls, cpus = zip(*(timed(args, env) for _ in range(runs)), strict=True)
    return {"command": name, "median_s": round(statistics.median(walls), 3), "best_s": round(min(walls), 3),
            "median_cpu_s": round(statistics.median(cpus), 3), "best_cpu_s": round(min(cpus), 3), "runs": runs}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path, default=None, help="a store for `events` (default: the seed's)")
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))
        seed_db = Path(tmp) / "seed.duckdb"
        subprocess.run([sys.executable, "-m", "tidings", "ingest", str(SEED), "--db", str(seed_db), "-j", "1"],
                       env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        db = args.db or seed_db
        rows = [
            measure("tidings --help", ["--help"], env, args.runs),
            measure("tidings events", ["events", "--db", str(db)], env, args.runs),
            measure("tidings events --dyad PRK:USA", ["events", "--db", str(db), "--dyad", "PRK:USA"], env, args.runs),
            measure("re-ingest a stored article", ["ingest", str(SEED), "--db", str(seed_db), "-j", "1"], env,
                    args.runs),
        ]
    print(f"{'command':34} {'median s':>9} {'best s':>7} {'median CPU s':>13} {'best CPU s':>11}")
    for row in rows:
        print(f"{row['command']:34} {row['median_s']:>9} {row['best_s']:>7} {row['median_cpu_s']:>13} "
              f"{row['best_cpu_s']:>11}")
    print(json.dumps({"load_average_1min": [round(load_before, 2), round(os.getloadavg()[0], 2)],
                      "cores": os.cpu_count(), "rows": rows}))


if __name__ == "__main__":
    main()
