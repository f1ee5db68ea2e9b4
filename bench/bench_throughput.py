"""Throughput benchmark: the full pipeline against spaCy alone, `tidings ingest`, Ray scaling, profile.

Run from the repository root (takes a few minutes on 2 cores):

    python bench/bench_throughput.py                      # wikinews (all) + reuters (first 2000)
    python bench/bench_throughput.py --limit 500 --processes 2 --json bench/results.json

Every measurement runs in a fresh child process (so start-up and memory are its own) while the
parent samples the memory (PSS: shared pages counted once) of the child's whole process tree (worker processes, Ray's
raylet and actors included) every 0.1 s. Rates are measured from after the parent process has
loaded the model: they include starting worker processes (and, for the pipeline, the parent
loading the actor dictionary, gazetteer and lexicon once before forking them), which is the real
cost of a run.

Phases per corpus:
  spacy     ``nlp.pipe`` alone, same model, batch size and process count
  pipeline  ``Extractor.run`` (same n_process, batch size)
  ingest    ``tidings ingest FILE --db TMP -j P`` as a subprocess (wall clock incl. imports)
Then, on the first corpus sample: ``ray`` (run_ray with 1 then 2 workers on a local Ray), and
``profile`` (cProfile of the per-article coding after parsing: where non-parse time goes).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import multiprocessing
import os
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "data" / "corpora"
STAGES = {  # cProfile (file suffix, function) -> stage name, for the per-stage breakdown
    ("actors.py", "find_actors"): "actors (find_actors)",
    ("place.py", "article_places"): "place (article_places)",
    ("place.py", "locate_event"): "place (locate_event)",
    ("tone.py", "article_tone"): "tone (article_tone)",
    ("events.py", "code_events"): "events (code_events)",
    ("time.py", "date_for_event"): "time (date_for_event)",
    ("pipeline.py", "_event"): "pipeline (_event: Event record, incl. time+locate)",
}


# --------------------------------------------------------------------------- child phases
def _load_articles(path: Path) -> list[Any]:
    from tidings.inputs.readers import read_inputs
    from tidings.records import Article

    return [item for item in read_inputs([path]) if isinstance(item, Article)]


def _cpu_seconds() -> float:
    """CPU time of this process and its reaped children (worker processes), user + system."""
    for child in multiprocessing.active_children():  # reap finished workers so their time counts
        child.join(1)
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _words(articles: list[Any]) -> int:
    return sum(len(article.text.split()) for article in articles)


def phase_spacy(path: Path, processes: int, batch_size: int) -> dict[str, Any]:
    import spacy

    from tidings.nlp import DEFAULT_MODEL

    articles = _load_articles(path)
    nlp = spacy.load(DEFAULT_MODEL)  # the model as shipped (Tidings' load_model swaps in faster rule components)
    texts = [article.text for article in articles]
    started, cpu = time.perf_counter(), _cpu_seconds()
    count = sum(1 for _ in nlp.pipe(texts, batch_size=batch_size, n_process=processes))
    seconds = time.perf_counter() - started
    return {"articles": count, "words": _words(articles), "seconds": seconds, "cpu_seconds": _cpu_seconds() - cpu}


def phase_pipeline(path: Path, processes: int, batch_size: int) -> dict[str, Any]:
    from tidings.pipeline import Extractor, ExtractorSettings

    articles = _load_articles(path)
    extractor = Extractor(ExtractorSettings(batch_size=batch_size, n_process=processes))
    _ = extractor.nlp  # the parent loads the model before the clock starts, as for spaCy alone
    started, cpu = time.perf_counter(), _cpu_seconds()
    events = 0
    count = 0
    for result in extractor.run(iter(articles)):
        count += 1
        events += len(result.events)
    seconds = time.perf_counter() - started
    return {"articles": count, "words": _words(articles), "events": events, "seconds": seconds,
            "cpu_seconds": _cpu_seconds() - cpu}


def phase_ray(path: Path, batch_size: int, worker_counts: list[int]) -> dict[str, Any]:
    import ray

    from tidings.engines.raydata import RayOptions, run_ray
    from tidings.pipeline import ExtractorSettings

    articles = _load_articles(path)
    settings = ExtractorSettings(batch_size=batch_size)
    started = time.perf_counter()
    ray.init(num_cpus=max(worker_counts), include_dashboard=False, log_to_driver=False)
    runs: dict[str, Any] = {"ray_init_seconds": time.perf_counter() - started}
    try:
        for workers in worker_counts:
            started = time.perf_counter()
            count = sum(1 for _ in run_ray(articles, settings, RayOptions(workers=workers)))
            seconds = time.perf_counter() - started
            runs[str(workers)] = {"articles": count, "words": _words(articles), "seconds": seconds}
    finally:
        ray.shutdown()
    return runs


def phase_store(path: Path, processes: int, batch_size: int) -> dict[str, Any]:
    """Time Store.add alone (the single DuckDB writer) on results coded beforehand, off the clock."""
    from tidings.pipeline import Extractor, ExtractorSettings
    from tidings.store import Store

    articles = _load_articles(path)
    results = list(Extractor(ExtractorSettings(batch_size=batch_size, n_process=processes)).run(iter(articles)))
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "store.duckdb")
        started = time.perf_counter()
        written = store.add(results, batch_size=64)
        seconds = time.perf_counter() - started
        started = time.perf_counter()
        duplicates = sum(1 for article in articles if store.has_article(article.id))
        lookup_seconds = time.perf_counter() - started
    return {"articles": written.articles_stored, "events": sum(len(r.events) for r in results), "seconds": seconds,
            "has_article_calls": duplicates, "has_article_seconds": lookup_seconds}


def phase_profile(path: Path, batch_size: int, top: int) -> dict[str, Any]:
    from tidings.pipeline import Extractor, ExtractorSettings

    articles = _load_articles(path)
    extractor = Extractor(ExtractorSettings(batch_size=batch_size))
    extractor.process(articles[0], extractor.nlp(articles[0].text))  # load resources off the clock
    started = time.perf_counter()
    docs = list(extractor.nlp.pipe([a.text for a in articles], batch_size=batch_size))
    parse_seconds = time.perf_counter() - started
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    for article, doc in zip(articles, docs, strict=True):
        extractor.process(article, doc)
    profiler.disable()
    coding_seconds = time.perf_counter() - started
    stats = pstats.Stats(profiler)
    raw: dict[tuple[str, int, str], tuple[int, int, float, float, Any]] = stats.stats  # type: ignore[attr-defined]
    total = sum(entry[2] for entry in raw.values()) or 1.0
    stages: dict[str, float] = {}
    hotspots: list[tuple[float, float, str]] = []
    for (filename, line, function), (_, _, own, cumulative, _) in raw.items():
        for (suffix, name), stage in STAGES.items():
            if function == name and filename.endswith(f"tidings/{suffix}"):
                stages[stage] = stages.get(stage, 0.0) + cumulative
        hotspots.append((own, cumulative, f"{_short(filename)}:{line}:{function}"))
    hotspots.sort(reverse=True)
    return {
        "articles": len(articles), "words": _words(articles),
        "parse_seconds": parse_seconds, "coding_seconds": coding_seconds,
        "stages_share_of_coding": {k: v / total for k, v in sorted(stages.items(), key=lambda kv: -kv[1])},
        "hotspots_own_time": [
            {"where": where, "own_share": own / total, "cumulative_share": cum / total}
            for own, cum, where in hotspots[:top]
        ],
    }


def _short(filename: str) -> str:
    for marker in ("/site-packages/", "/src/", "/lib/python3.11/"):
        if marker in filename:
            return filename.split(marker, 1)[1]
    return filename


# --------------------------------------------------------------------------- parent side
class TreeMemory:
    """Samples the memory of a process and all its descendants; keeps the peaks.

    ``peak_pss`` sums the proportional set size (shared pages such as a forked model counted once
    across processes) and is the figure to quote; ``peak_rss`` sums resident sizes (shared pages
    counted in every process, so it overstates a forked process tree).
    """

    def __init__(self, pid: int, every: float = 0.2) -> None:
        self.pid = pid
        self.every = every
        self.peak_pss = 0
        self.peak_rss = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                root = psutil.Process(self.pid)
                processes = [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                return
            pss = rss = 0
            for process in processes:
                try:
                    info = process.memory_full_info()
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    continue
                pss += getattr(info, "pss", info.rss)
                rss += info.rss
            self.peak_pss = max(self.peak_pss, pss)
            self.peak_rss = max(self.peak_rss, rss)
            self._stop.wait(self.every)


def run_child(args: list[str], log: Path, ok_codes: tuple[int, ...] = (0,),
              env: dict[str, str] | None = None) -> tuple[dict[str, Any], float, int]:
    """Run a child command (``env``: its environment, default this one's); return its JSON result
    (last stdout line), wall seconds, peak tree PSS."""
    started = time.perf_counter()
    with log.open("ab") as err:
        child = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=err, cwd=ROOT, env=env)
        with TreeMemory(child.pid) as memory:
            out, _ = child.communicate()
    wall = time.perf_counter() - started
    if child.returncode not in ok_codes:
        tail = log.read_text(errors="replace")[-3000:]
        raise RuntimeError(f"{' '.join(args)} failed with {child.returncode}:\n{tail}")
    lines = [line for line in out.decode().splitlines() if line.strip()]
    return (json.loads(lines[-1]) if lines and lines[-1].startswith("{") else {}), wall, memory.peak_pss


def _phase_args(phase: str, path: Path, opts: argparse.Namespace, *extra: str) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), "--phase", phase, "--corpus-file", str(path),
            "--processes", str(opts.processes), "--batch-size", str(opts.batch_size), *extra]


def _sample(source: Path, limit: int | None, folder: Path) -> Path:
    if limit is None:
        return source
    target = folder / f"{source.stem}.first{limit}.jsonl"
    with source.open("rb") as src, target.open("wb") as dst:
        for number, line in enumerate(src):
            if number >= limit:
                break
            dst.write(line)
    return target


def _rate(result: dict[str, Any]) -> tuple[float, float]:
    seconds = result["seconds"] or 1e-9
    return result["articles"] / seconds, result["words"] / seconds


def bench_corpus(name: str, path: Path, opts: argparse.Namespace, folder: Path, log: Path) -> dict[str, Any]:
    report: dict[str, Any] = {"corpus": name, "file": str(path)}
    for phase in ("spacy", "pipeline"):
        result, wall, peak = run_child(_phase_args(phase, path, opts), log)
        aps, wps = _rate(result)
        per_cpu = result["articles"] / (result["cpu_seconds"] or 1e-9)
        report[phase] = {**result, "articles_per_s": aps, "words_per_s": wps, "articles_per_cpu_s": per_cpu,
                         "words_per_cpu_s": result["words"] / (result["cpu_seconds"] or 1e-9),
                         "peak_pss_mb": peak / 2**20, "child_wall_seconds": wall}
        _say(f"  {name:9s} {phase:8s} {aps:7.1f} articles/s {wps:9.0f} words/s  peak PSS {peak / 2**20:6.0f} MB"
             f"  ({result['seconds']:.1f}s wall, {result['cpu_seconds']:.1f} CPU-s = {per_cpu:.2f} articles/CPU-s)")
    report["ratio_pipeline_to_spacy"] = report["pipeline"]["articles_per_s"] / report["spacy"]["articles_per_s"]
    report["ratio_pipeline_to_spacy_cpu"] = (
        report["pipeline"]["articles_per_cpu_s"] / report["spacy"]["articles_per_cpu_s"]
    )
    db = folder / f"{name}.duckdb"
    tidings = shutil.which("tidings", path=str(Path(sys.executable).parent)) or "tidings"
    _, wall, peak = run_child([tidings, "ingest", str(path), "--db", str(db), "-j", str(opts.processes)], log, (0, 1))
    articles, words = report["pipeline"]["articles"], report["pipeline"]["words"]
    report["ingest"] = {"articles": articles, "seconds": wall, "articles_per_s": articles / wall,
                        "words_per_s": words / wall, "peak_pss_mb": peak / 2**20}
    _say(f"  {name:9s} ingest   {articles / wall:7.1f} articles/s {words / wall:9.0f} words/s  peak PSS "
         f"{peak / 2**20:6.0f} MB  ({wall:.1f}s wall, incl. imports + model load + store)")
    _, rewall, _ = run_child([tidings, "ingest", str(path), "--db", str(db), "-j", str(opts.processes)], log, (0, 1))
    report["ingest_again_seconds"] = rewall
    _say(f"  {name:9s} re-ingest of the same file (all duplicates): {rewall:.1f}s wall")
    _say(f"  {name:9s} ratio pipeline/spaCy = {report['ratio_pipeline_to_spacy']:.2f} (wall), "
         f"{report['ratio_pipeline_to_spacy_cpu']:.2f} (per CPU-second); load average {os.getloadavg()[0]:.1f}")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--processes", "-j", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--limit", type=int, default=2000, help="articles of reuters21578.jsonl (default 2000)")
    parser.add_argument("--ray-articles", type=int, default=300, help="articles for the Ray 1->2 worker scaling")
    parser.add_argument("--profile-articles", type=int, default=80, help="articles to profile (wikinews)")
    parser.add_argument("--store-articles", type=int, default=500, help="reuters articles for the Store.add timing")
    parser.add_argument("--skip", action="append", default=[],
                        choices=["wikinews", "reuters", "ray", "profile", "store"])
    parser.add_argument("--json", type=Path, help="also write the full report here")
    parser.add_argument("--corpora", type=Path, default=CORPORA, help=f"corpus folder (default {CORPORA})")
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--corpus-file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--top", type=int, default=15, help=argparse.SUPPRESS)
    parser.add_argument("--workers", default="1,2", help="Ray worker counts to compare (default 1,2)")
    opts = parser.parse_args(argv)

    if opts.phase:  # child mode: one measurement, one JSON line on stdout
        phases = {
            "spacy": lambda: phase_spacy(opts.corpus_file, opts.processes, opts.batch_size),
            "pipeline": lambda: phase_pipeline(opts.corpus_file, opts.processes, opts.batch_size),
            "ray": lambda: phase_ray(opts.corpus_file, opts.batch_size, [int(w) for w in opts.workers.split(",")]),
            "profile": lambda: phase_profile(opts.corpus_file, opts.batch_size, opts.top),
            "store": lambda: phase_store(opts.corpus_file, opts.processes, opts.batch_size),
        }
        sys.stdout.write(json.dumps(phases[opts.phase]()) + "\n")
        return 0

    folder = Path(tempfile.mkdtemp(prefix="tidings-bench-"))
    log = folder / "children.log"
    import tidings

    report: dict[str, Any] = {"tidings_source": str(Path(tidings.__file__).parent), "processes": opts.processes,
                              "batch_size": opts.batch_size, "cpus": os.cpu_count(),
                              "started": time.strftime("%Y-%m-%d %H:%M:%S %Z")}
    report["load_average_at_start"] = os.getloadavg()
    _say(f"benchmark: {opts.processes} processes, batch size {opts.batch_size}, {os.cpu_count()} CPUs; logs in {log}")
    corpora = [("wikinews", opts.corpora / "wikinews.jsonl", None),
               ("reuters", opts.corpora / "reuters21578.jsonl", opts.limit)]
    try:
        for name, source, limit in corpora:
            if name in opts.skip:
                continue
            report[name] = bench_corpus(name, _sample(source, limit, folder), opts, folder, log)
        if "ray" not in opts.skip:
            report["ray"] = bench_ray(opts, folder, log)
        if "store" not in opts.skip:
            report["store"] = bench_store(opts, folder, log)
        if "profile" not in opts.skip:
            report["profile"] = bench_profile(opts, folder, log)
    finally:
        report["load_average_at_end"] = os.getloadavg()
        if opts.json:
            opts.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    shutil.rmtree(folder, ignore_errors=True)
    return 0


def bench_ray(opts: argparse.Namespace, folder: Path, log: Path) -> dict[str, Any]:
    path = _sample(opts.corpora / "reuters21578.jsonl", opts.ray_articles, folder)
    result, _, peak = run_child(_phase_args("ray", path, opts, "--workers", opts.workers), log)
    counts = opts.workers.split(",")
    base = result[counts[0]]["articles"] / result[counts[0]]["seconds"]
    _say(f"  ray (reuters first {opts.ray_articles}; ray.init {result['ray_init_seconds']:.1f}s, "
         f"peak PSS {peak / 2**20:.0f} MB)")
    for workers in counts:
        aps = result[workers]["articles"] / result[workers]["seconds"]
        result[workers]["articles_per_s"] = aps
        result[workers]["speedup"] = aps / base
        _say(f"    {workers} worker(s): {aps:6.1f} articles/s ({result[workers]['seconds']:.1f}s incl. actor start-up)"
             f"  speed-up x{aps / base:.2f}")
    result["peak_pss_mb"] = peak / 2**20
    return result


def bench_store(opts: argparse.Namespace, folder: Path, log: Path) -> dict[str, Any]:
    path = _sample(opts.corpora / "reuters21578.jsonl", opts.store_articles, folder)
    result, _, _ = run_child(_phase_args("store", path, opts), log)
    result["articles_per_s"] = result["articles"] / result["seconds"]
    result["has_article_per_s"] = result["has_article_calls"] / result["has_article_seconds"]
    _say(f"  store (reuters first {opts.store_articles}): Store.add {result['articles_per_s']:.1f} articles/s "
         f"({result['events']} events, {result['seconds']:.1f}s); "
         f"has_article {result['has_article_per_s']:.0f} calls/s")
    return result


def bench_profile(opts: argparse.Namespace, folder: Path, log: Path) -> dict[str, Any]:
    path = _sample(opts.corpora / "wikinews.jsonl", opts.profile_articles, folder)
    result, _, _ = run_child(_phase_args("profile", path, opts, "--top", str(opts.top)), log)
    parse, coding = result["parse_seconds"], result["coding_seconds"]
    _say(f"  profile ({result['articles']} wikinews articles, 1 process): parse {parse:.1f}s, "
         f"coding {coding:.1f}s under cProfile = {coding / (parse + coding):.0%} of the total")
    _say("    share of coding time by stage (cumulative):")
    for stage, share in result["stages_share_of_coding"].items():
        _say(f"      {share:6.1%}  {stage}")
    _say("    top functions by own time (share of coding time):")
    for spot in result["hotspots_own_time"]:
        _say(f"      {spot['own_share']:6.1%} own {spot['cumulative_share']:6.1%} cum  {spot['where']}")
    return result


def _say(line: str) -> None:
    print(line, flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
