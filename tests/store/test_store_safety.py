"""Crash safety and concurrency with real processes: kill -9 mid-ingest, readers during a write."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest

from factories import corpus
from tidings.errors import StoreBusy, TidingsError
from tidings.store import EventFilter, Store

TESTS = Path(__file__).resolve().parents[1]  # where factories.py lives
N_ARTICLES = 150

WRITER = textwrap.dedent(f"""
    import sys
    sys.path.insert(0, {str(TESTS)!r})
    from factories import corpus
    from tidings.store import Store

    results = corpus({N_ARTICLES})
    store = Store(sys.argv[1], hold_seconds=float(sys.argv[2]))
    print("ready", flush=True)
    for start in range(0, len(results), 30):
        store.add(results[start:start + 30], batch_size=10)
        print("chunk", start, flush=True)
    print("done", flush=True)
""")


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> dict:
    store = Store(tmp_path_factory.mktemp("ref") / "ref.duckdb")
    store.add(corpus(N_ARTICLES))
    return store.snapshot()


def start_writer(tmp_path: Path, db: Path, hold: float = 2.0) -> subprocess.Popen:
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    return subprocess.Popen([sys.executable, str(script), str(db), str(hold)], stdout=subprocess.PIPE, text=True)


def assert_consistent(db: Path) -> None:
    """No half-stored article, no orphan or unlinked mention, every event backed by mentions."""
    expected = {r.article.id: r for r in corpus(N_ARTICLES)}
    with duckdb.connect(str(db), read_only=True) as conn:
        bad_counts = conn.execute("""
            SELECT a.article_id FROM articles a LEFT JOIN mentions m USING (article_id)
            GROUP BY a.article_id, a.num_mentions HAVING count(m.article_id) <> a.num_mentions
        """).fetchall()
        orphans = conn.execute(
            "SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT article_id FROM articles)").fetchone()
        unlinked = conn.execute(
            "SELECT count(*) FROM mentions WHERE event_id IS NULL OR event_id NOT IN (SELECT event_id FROM events)"
        ).fetchone()
        empty_events = conn.execute(
            "SELECT count(*) FROM events WHERE event_id NOT IN (SELECT event_id FROM mentions)").fetchone()
        stored = [r[0] for r in conn.execute("SELECT article_id FROM articles").fetchall()]
    assert bad_counts == [] and orphans == (0,) and unlinked == (0,) and empty_events == (0,)
    events = Store(db, read_only=True).events(EventFilter(limit=None))
    by_article: dict[str, list] = {}
    for e in events:
        by_article.setdefault(e.article_id, []).append(e)
    for aid in stored:
        stored_events = sorted(by_article.get(aid, []), key=lambda e: e.event_id)
        assert stored_events == sorted(expected[aid].events, key=lambda e: e.event_id)


@pytest.mark.slow
@pytest.mark.parametrize("chunks_before_kill,extra_delay", [(0, 0.1), (1, 0.07), (3, 0.21)])
def test_kill_9_mid_ingest_leaves_store_consistent_and_resume_completes(
    tmp_path: Path, reference: dict, chunks_before_kill: int, extra_delay: float
) -> None:
    db = tmp_path / "k.duckdb"
    proc = start_writer(tmp_path, db)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    for _ in range(chunks_before_kill):
        assert proc.stdout.readline().startswith("chunk")
    time.sleep(extra_delay)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert db.exists()
    assert_consistent(db)
    resumed = start_writer(tmp_path, db)
    out, _ = resumed.communicate(timeout=120)
    assert resumed.returncode == 0 and out.rstrip().endswith("done")
    assert_consistent(db)
    assert Store(db, read_only=True).snapshot() == reference


@pytest.mark.slow
def test_readers_during_a_write_get_answers_or_store_busy_never_errors(tmp_path: Path, reference: dict) -> None:
    db = tmp_path / "c.duckdb"
    Store(db)  # create the schema so readers have something to open
    proc = start_writer(tmp_path, db, hold=0.3)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    answers, busy = 0, 0
    while proc.poll() is None:
        try:
            Store(db, read_only=True, busy_timeout=0.2).stats()
            answers += 1
        except StoreBusy as exc:
            assert str(exc) == "store is busy (another process is writing); retry"
            busy += 1
        time.sleep(0.02)
    assert proc.returncode == 0
    assert answers > 0, f"no reader got in between batches ({busy} busy)"
    assert Store(db, read_only=True).snapshot() == reference


@pytest.mark.slow
def test_second_writer_waits_then_reports_busy(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    Store(db)
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import duckdb, time
        conn = duckdb.connect({str(db)!r})
        print("holding", flush=True)
        time.sleep(30)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        started = time.monotonic()
        with pytest.raises(StoreBusy, match="store is busy"):
            Store(db, busy_timeout=0.5)
        assert 0.4 < time.monotonic() - started < 5
        with pytest.raises(StoreBusy):
            Store(db, read_only=True, busy_timeout=0.1).stats()
    finally:
        holder.kill()
        holder.wait()
    assert Store(db, read_only=True).stats().articles == 0


def test_a_writer_shut_out_by_a_reader_is_told_a_reader_holds_the_store(tmp_path: Path) -> None:
    db = tmp_path / "r.duckdb"
    Store(db)
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import duckdb, time
        conn = duckdb.connect({str(db)!r}, read_only=True)
        print("reading", flush=True)
        time.sleep(30)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "reading"
        with pytest.raises(StoreBusy, match="open for reading"):
            Store(db, busy_timeout=0.3)
        assert Store(db, read_only=True).stats().articles == 0  # readers still share it
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.slow
def test_kill_9_during_cli_ingest_then_resume_matches_a_clean_run(tmp_path: Path, nlp, shared_data: Path) -> None:
    """The real `tidings ingest` killed after its first batch: consistent store, and a re-run
    completes it to exactly what one clean run stores."""
    import shutil

    from tidings.inputs.readers import read_inputs
    from tidings.pipeline import Extractor
    from tidings.records import Article

    corpus_file = tmp_path / "wiki.jsonl"
    lines = (shared_data / "corpora" / "wikinews.jsonl").read_text(encoding="utf-8").splitlines()
    # the shortest articles: five ingest batches of 32, room to kill after the first
    lines = sorted(lines, key=len)[:130]
    corpus_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tidings = shutil.which("tidings") or str(Path(sys.executable).with_name("tidings"))
    db = tmp_path / "cli.duckdb"
    proc = subprocess.Popen([tidings, "ingest", str(corpus_file), "--db", str(db), "-j", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        try:
            if db.exists() and Store(db, read_only=True, busy_timeout=0.05).stats().articles > 0:
                break
        except TidingsError:  # busy or mid-creation: keep polling
            continue
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    killed = Store(db, read_only=True)
    stored = killed.stats().articles
    with duckdb.connect(str(db), read_only=True) as conn:
        assert conn.execute("""
            SELECT count(*) FROM articles a
            WHERE num_mentions <> (SELECT count(*) FROM mentions m WHERE m.article_id = a.article_id)
        """).fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM mentions WHERE event_id IS NULL").fetchone() == (0,)
    resumed = subprocess.run([tidings, "ingest", str(corpus_file), "--db", str(db)],
                             capture_output=True, text=True, check=False)
    assert resumed.returncode in (0, 1), resumed.stderr
    articles = [a for a in read_inputs([corpus_file]) if isinstance(a, Article)]
    reference = Store(tmp_path / "ref.duckdb")
    reference.add(Extractor(nlp=nlp).run(articles))
    final = Store(db, read_only=True)
    assert final.stats().articles == len(articles) > stored > 0
    assert final.snapshot() == reference.snapshot()
