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

``--base SRC`` also runs every command from another source tree (the ``src`` folder of an older
commit, e.g. ``git archive BASE src | tar -x -C /tmp/base``), alternating with this one run by
run, so that before and after share the machine's load; it prints after ÷ before.

  python bench/bench_startup.py [--runs 7] [--db STORE] [--base /tmp/base/src]
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
from typing import Any

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


def summary(name: str, times: list[tuple[float, float]]) -> dict[str, float | str]:
    walls, cpus = zip(*times, strict=True)
    return {"command": name, "median_s": round(statistics.median(walls), 3), "best_s": round(min(walls), 3),
            "median_cpu_s": round(statistics.median(cpus), 3), "best_cpu_s": round(min(cpus), 3),
            "runs": len(times)}


def measure(name: str, args: list[str], envs: dict[str, dict[str, str]], runs: int) -> dict[str, Any]:
    """The command's figures for each source tree in ``envs``, run alternately."""
    for env in envs.values():
        timed(args, env)  # warm-up: fills the byte-code cache and the OS file cache
    times: dict[str, list[tuple[float, float]]] = {tree: [] for tree in envs}
    for _ in range(runs):
        for tree, env in envs.items():
            times[tree].append(timed(args, env))
    return {tree: summary(name, t) for tree, t in times.items()}


def environment(src: Path, cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(src), os.environ.get("PYTHONPATH")]))
    return env


def print_rows(title: str, rows: list[dict[str, Any]]) -> None:
    print(f"{title:34} {'median s':>9} {'best s':>7} {'median CPU s':>13} {'best CPU s':>11}")
    for row in rows:
        print(f"{row['command']:34} {row['median_s']:>9} {row['best_s']:>7} {row['median_cpu_s']:>13} "
              f"{row['best_cpu_s']:>11}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path, default=None, help="a store for `events` (default: the seed's)")
    parser.add_argument("--base", type=Path, default=None, help="another src folder to compare with, run by run")
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        envs = {"this": environment(ROOT / "src", Path(tmp) / "pycache")}
        if args.base:
            envs["base"] = environment(args.base.resolve(), Path(tmp) / "pycache-base")
        seed_db = Path(tmp) / "seed.duckdb"
        subprocess.run([sys.executable, "-m", "tidings", "ingest", str(SEED), "--db", str(seed_db), "-j", "1"],
                       env=envs["this"], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        db = args.db or seed_db
        commands = {
            "tidings --help": ["--help"],
            "tidings events": ["events", "--db", str(db)],
            "tidings events --dyad PRK:USA": ["events", "--db", str(db), "--dyad", "PRK:USA"],
            "re-ingest a stored article": ["ingest", str(SEED), "--db", str(seed_db), "-j", "1"],
        }
        results = [measure(name, argv, envs, args.runs) for name, argv in commands.items()]
    print_rows("command", [r["this"] for r in results])
    report: dict[str, Any] = {"load_average_1min": [round(load_before, 2), round(os.getloadavg()[0], 2)],
                              "cores": os.cpu_count(), "rows": [r["this"] for r in results]}
    if args.base:
        print_rows(f"base {args.base}", [r["base"] for r in results])
        print(f"{'after / before':34} {'median':>9} {'best':>7} {'median CPU':>13} {'best CPU':>11}")
        for r in results:
            ratios = [r["this"][k] / r["base"][k] for k in ("median_s", "best_s", "median_cpu_s", "best_cpu_s")]
            print(f"{r['this']['command']:34} " + " ".join(f"{x:>{w}.2f}" for x, w in zip(ratios, (9, 7, 13, 11),
                                                                                         strict=True)))
        report["base_rows"] = [r["base"] for r in results]
    print(json.dumps(report))


if __name__ == "__main__":
    main()
