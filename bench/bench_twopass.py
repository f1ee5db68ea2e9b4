"""Two-pass benchmark (issue #17): the pipeline with ``parse="selected"`` and ``"all"`` against
spaCy's ``nlp.pipe`` alone, each figure a ratio measured in one run.

Run from the repository root:

    python bench/bench_twopass.py                          # wikinews (all) + reuters (first 1000)
    python bench/bench_twopass.py --curve 1000,5000 --json bench/twopass.json

Per corpus and worker count (1 and 2): spaCy alone, the pipeline with ``--parse all`` and with
``--parse selected``, each in a fresh child process (``bench_throughput.py``'s phases and memory
sampling): articles/s, articles per CPU-second, articles/s per core, peak PSS of the process
tree. Ratios are pipeline ÷ spaCy by CPU-second and by wall clock. Also: the share of sentences
and tokens the first pass sends to the full parse; the cost curve (CPU-seconds per article) of
the selected pipeline over the first N Reuters articles for each N of ``--curve``; and the
start-up cost (model, resources, first-pass word lists, worker pool) before the first article.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_throughput as bt  # the sibling benchmark's child phases and sampler

ROOT = bt.ROOT


# --------------------------------------------------------------------------- child phases
def phase_pipeline(path: Path, processes: int, batch_size: int, parse: str) -> dict[str, Any]:
    from tidings.pipeline import Extractor, ExtractorSettings

    articles = bt._load_articles(path)
    extractor = Extractor(ExtractorSettings(batch_size=batch_size, n_process=processes, parse=parse))  # type: ignore[arg-type]
    _ = extractor.nlp  # the model is loaded before the clock starts, as for spaCy alone
    started, cpu = time.perf_counter(), bt._cpu_seconds()
    count = events = 0
    for result in extractor.run(iter(articles)):
        count += 1
        events += len(result.events)
    return {"articles": count, "words": bt._words(articles), "events": events,
            "seconds": time.perf_counter() - started, "cpu_seconds": bt._cpu_seconds() - cpu}


def phase_selection(path: Path, batch_size: int) -> dict[str, Any]:
    from tidings.nlp.twopass import first_pass
    from tidings.pipeline import Extractor

    articles = bt._load_articles(path)
    extractor = Extractor()
    cues = extractor.cues
    sentences = chosen_sentences = tokens = chosen_tokens = 0
    started = time.process_time()
    for doc in first_pass(extractor.nlp, (a.text for a in articles), batch_size=batch_size):
        for sentence, chosen in zip(doc.sents, cues.choose(doc), strict=True):
            sentences += 1
            tokens += len(sentence)
            if chosen:
                chosen_sentences += 1
                chosen_tokens += len(sentence)
    return {"articles": len(articles), "sentences": sentences, "sentence_share": chosen_sentences / sentences,
            "token_share": chosen_tokens / tokens, "first_pass_cpu_seconds": time.process_time() - started}


def phase_startup(processes: int) -> dict[str, Any]:
    """Seconds to load each resource, then to start the worker pool and code one short article."""
    import datetime as dt

    out: dict[str, Any] = {}
    started = time.perf_counter()
    from tidings.pipeline import Extractor, ExtractorSettings
    from tidings.records import Article

    out["import_seconds"] = time.perf_counter() - started
    extractor = Extractor(ExtractorSettings(n_process=processes))
    for name, load in (("model", lambda: extractor.nlp), ("dictionaries_gazetteer_lexicon", extractor._resources),
                       ("judge", lambda: extractor.judge), ("first_pass_cues", lambda: extractor.cues)):
        started = time.perf_counter()
        load()
        out[f"{name}_seconds"] = time.perf_counter() - started
    article = Article(id="startup", text="Russia and China signed a trade deal in Beijing on Monday.",
                      date=dt.date(2020, 1, 6))
    started = time.perf_counter()
    list(extractor.run([article] * processes))
    out[f"pool_of_{processes}_first_result_seconds"] = time.perf_counter() - started
    return out


# --------------------------------------------------------------------------- parent side
def _args(phase: str, path: Path | None, opts: argparse.Namespace, processes: int, *extra: str) -> list[str]:
    args = [sys.executable, str(Path(__file__).resolve()), "--phase", phase, "--processes", str(processes),
            "--batch-size", str(opts.batch_size), *extra]
    return args + (["--corpus-file", str(path)] if path is not None else [])


def _spacy_args(path: Path, opts: argparse.Namespace, processes: int) -> list[str]:
    return [sys.executable, str(Path(bt.__file__).resolve()), "--phase", "spacy", "--corpus-file", str(path),
            "--processes", str(processes), "--batch-size", str(opts.batch_size)]


def _measure(args: list[str], log: Path, processes: int, src: Path | None = None) -> dict[str, Any]:
    """One child run; ``src``: import Tidings from that source folder (an older checkout's ``src``)."""
    env = None if src is None else {**os.environ, "PYTHONPATH": str(src.resolve())}
    result, wall, peak = bt.run_child(args, log, env=env)
    cpu = result["cpu_seconds"] or 1e-9
    return {**result, "articles_per_s": result["articles"] / result["seconds"],
            "articles_per_cpu_s": result["articles"] / cpu,
            "articles_per_s_per_core": result["articles"] / result["seconds"] / processes,
            "peak_pss_mb": peak / 2**20, "child_wall_seconds": wall}


def bench_corpus(name: str, path: Path, opts: argparse.Namespace, log: Path) -> dict[str, Any]:
    report: dict[str, Any] = {"file": path.name}
    selection, _, _ = bt.run_child(_args("selection", path, opts, 1), log)
    report["selection"] = selection
    _say(f"{name}: first pass sends {selection['sentence_share']:.0%} of sentences, "
         f"{selection['token_share']:.0%} of tokens to the full parse")
    for processes in opts.workers:
        runs = {"spacy": _measure(_spacy_args(path, opts, processes), log, processes)}
        modes = list(opts.modes)
        for parse in opts.modes:  # an older checkout's run just before this one's: same load
            if opts.before is not None:
                runs[f"before_{parse}"] = _measure(_args("pipeline", path, opts, processes, "--parse", parse),
                                                   log, processes, opts.before)
            runs[parse] = _measure(_args("pipeline", path, opts, processes, "--parse", parse), log, processes)
        if opts.before is not None:
            modes = [key for parse in opts.modes for key in (f"before_{parse}", parse)]
        for key in modes:
            runs[f"ratio_{key}_cpu"] = runs[key]["articles_per_cpu_s"] / runs["spacy"]["articles_per_cpu_s"]
            runs[f"ratio_{key}_wall"] = runs[key]["articles_per_s"] / runs["spacy"]["articles_per_s"]
        report[f"j{processes}"] = runs
        for key in ("spacy", *modes):
            run = runs[key]
            _say(f"  -j {processes} {key:15s} {run['articles_per_s']:7.1f} articles/s "
                 f"{run['articles_per_cpu_s']:6.2f}/CPU-s {run['articles_per_s_per_core']:6.1f}/s/core "
                 f"peak PSS {run['peak_pss_mb']:6.0f} MB  events {run.get('events', '-')}")
        ratios = "; ".join(f"{key} {runs[f'ratio_{key}_cpu']:.2f} (CPU) {runs[f'ratio_{key}_wall']:.2f} (wall)"
                           for key in modes)
        _say(f"  -j {processes} ratio to spaCy: {ratios}; load average {os.getloadavg()[0]:.1f}")
    return report


def bench_curve(opts: argparse.Namespace, folder: Path, log: Path) -> dict[str, Any]:
    curve: dict[str, Any] = {}
    processes = max(opts.workers)
    for size in opts.curve:
        path = bt._sample(opts.corpora / "reuters21578.jsonl", size, folder)
        run = _measure(_args("pipeline", path, opts, processes, "--parse", "selected"), log, processes)
        run["cpu_seconds_per_article"] = run["cpu_seconds"] / run["articles"]
        curve[str(size)] = run
        _say(f"  curve reuters first {size}: {run['cpu_seconds_per_article'] * 1000:.1f} CPU-ms/article, "
             f"{run['articles_per_s']:.1f} articles/s, peak PSS {run['peak_pss_mb']:.0f} MB")
    sizes = [str(s) for s in opts.curve]
    if len(sizes) > 1:
        curve["linearity"] = curve[sizes[-1]]["cpu_seconds_per_article"] / curve[sizes[0]]["cpu_seconds_per_article"]
        _say(f"  CPU-s per article, {sizes[-1]} vs {sizes[0]} articles: x{curve['linearity']:.2f} (1.00 = linear)")
    return curve


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--processes", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=lambda s: [int(x) for x in s.split(",")], default=[1, 2],
                        help="worker counts (default 1,2)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--limit", type=int, default=1000, help="reuters articles for the ratios (default 1000)")
    parser.add_argument("--curve", type=lambda s: [int(x) for x in s.split(",")], default=[1000, 5000],
                        help="reuters sizes for the cost curve (default 1000,5000; 19000 takes long)")
    parser.add_argument("--skip", action="append", default=[], choices=["wikinews", "reuters", "curve", "startup"])
    parser.add_argument("--modes", type=lambda s: s.split(","), default=["all", "selected"],
                        help="--parse modes to measure, in this order (default all,selected; also: entities)")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--before", type=Path, help="also run the pipeline phases with Tidings imported from this "
                        "src folder (an older checkout, e.g. from git archive), each just before this tree's run")
    parser.add_argument("--corpora", type=Path, default=bt.CORPORA)
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--corpus-file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--parse", default="selected", help=argparse.SUPPRESS)
    opts = parser.parse_args(argv)
    if opts.phase:
        phases = {
            "pipeline": lambda: phase_pipeline(opts.corpus_file, opts.processes, opts.batch_size, opts.parse),
            "selection": lambda: phase_selection(opts.corpus_file, opts.batch_size),
            "startup": lambda: phase_startup(opts.processes),
        }
        sys.stdout.write(json.dumps(phases[opts.phase]()) + "\n")
        return 0
    folder = Path(tempfile.mkdtemp(prefix="tidings-twopass-"))
    log = folder / "children.log"
    report: dict[str, Any] = {"cpus": os.cpu_count(), "started": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
                              "load_average_at_start": os.getloadavg(), "batch_size": opts.batch_size}
    _say(f"two-pass benchmark: workers {opts.workers}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}; "
         f"logs in {log}")
    try:
        if "startup" not in opts.skip:
            report["startup"], _, _ = bt.run_child(_args("startup", None, opts, max(opts.workers)), log)
            _say("start-up: " + ", ".join(f"{k} {v:.2f}" for k, v in report["startup"].items()))
        corpora = [("wikinews", opts.corpora / "wikinews.jsonl", None),
                   ("reuters", opts.corpora / "reuters21578.jsonl", opts.limit)]
        for name, source, limit in corpora:
            if name not in opts.skip:
                report[name] = bench_corpus(name, bt._sample(source, limit, folder), opts, log)
        if "curve" not in opts.skip:
            report["curve"] = bench_curve(opts, folder, log)
    finally:
        report["load_average_at_end"] = os.getloadavg()
        if opts.json:
            opts.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    shutil.rmtree(folder, ignore_errors=True)
    return 0


def _say(line: str) -> None:
    print(line, flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
