"""Watch mode and the file ledger, on real files in tmp_path with the real pipeline and store."""

from __future__ import annotations

import os
import shutil
import threading
import time
from pathlib import Path

import pytest

from tidings.engines.ledger import FileLedger, capture
from tidings.engines.local import coding_with
from tidings.engines.watch import FilesSummary, candidate_files, ingest_files, watch
from tidings.errors import InputError

# Short Wikinews articles in the plain-text format (date line, blank line, body).
SHORT = ["293_3fccb10a5ba9ab2e.txt", "195_216dbfc598e5aba4.txt", "174_7f1682913205877d.txt"]


@pytest.fixture(scope="module")
def code():
    from tidings.pipeline import Extractor, ExtractorSettings

    return coding_with(Extractor(ExtractorSettings(batch_size=8)))


@pytest.fixture()
def feed(tmp_path: Path, shared_data: Path) -> Path:
    folder = tmp_path / "feed"
    folder.mkdir()
    for name in SHORT[:2]:
        _arrive(shared_data / "corpora" / "wikinews_txt" / name, folder / name)
    return folder


def _arrive(source: Path, target: Path) -> None:
    """Copy a file and date it a minute back, as a settled file in a feed folder."""
    shutil.copyfile(source, target)
    past = time.time() - 60
    os.utime(target, (past, past))


def _stored_ids(db: Path) -> set[str]:
    from tidings.store import Store

    with Store(db, read_only=True) as store, store.connect() as conn:
        return {row[0] for row in conn.execute("SELECT article_id FROM articles").fetchall()}


def test_ledger_skips_unchanged_and_rehashes_touched_files(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("date 2020-01-01 T\n\nSome words here.\n", encoding="utf-8")
    ledger = FileLedger(tmp_path / "ledger.sqlite")
    assert ledger.status(path) == "new"
    ledger.mark(path, capture(path), articles=1)
    assert ledger.status(path) == "unchanged"
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 5_000_000_000))
    assert ledger.status(path) == "unchanged"  # same bytes: touched, not changed
    recorded = ledger.known(path)
    assert recorded is not None and recorded.mtime_ns == path.stat().st_mtime_ns
    path.write_text("date 2020-01-01 T\n\nSome other words here.\n", encoding="utf-8")
    assert ledger.status(path) == "changed"
    assert list(ledger.pending([path])) == [path]
    assert len(ledger) == 1


def test_candidate_files_ignores_hidden_partial_and_unsettled(tmp_path: Path) -> None:
    for name in ["a.txt", "b.jsonl", "c.tmp", ".hidden.txt", "d.part"]:
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "e.txt").write_text("x", encoding="utf-8")
    later = time.time() + 60
    assert [p.name for p in candidate_files(tmp_path, settle_seconds=0, now=later)] == ["a.txt", "b.jsonl"]
    assert candidate_files(tmp_path, settle_seconds=30) == []  # just written: still settling
    with pytest.raises(InputError):
        candidate_files(tmp_path / "missing")


def test_watch_picks_up_new_files_and_skips_unchanged(feed: Path, tmp_path: Path, shared_data: Path, code) -> None:
    db = tmp_path / "store.duckdb"
    polls: list[FilesSummary] = []
    first = watch(feed, db=db, code=code, interval=0, settle_seconds=0, max_polls=2, on_poll=polls.append)
    assert first.polls == 2 and first.files_ingested == 2 and first.run.articles_stored == 2
    assert polls[1].files_unchanged == 2 and polls[1].run.articles_read == 0  # second poll: nothing to do
    assert len(_stored_ids(db)) == 2

    _arrive(shared_data / "corpora" / "wikinews_txt" / SHORT[2], feed / SHORT[2])
    second = watch(feed, db=db, code=code, interval=0, settle_seconds=0, max_polls=1)
    assert second.files_ingested == 1 and second.run.articles_stored == 1
    assert second.last_ingest is not None and second.last_ingest.files_unchanged == 2
    assert len(_stored_ids(db)) == 3


def test_changed_file_reparses_only_new_articles(tmp_path: Path, shared_data: Path, code) -> None:
    from tidings.store import Store

    corpus = (shared_data / "corpora" / "wikinews.jsonl").read_text(encoding="utf-8").splitlines()
    feed = tmp_path / "feed"
    feed.mkdir()
    daily = feed / "day.jsonl"
    daily.write_text("\n".join(corpus[:3]) + "\n", encoding="utf-8")
    store = Store(tmp_path / "store.duckdb")
    ledger = FileLedger.for_store(store.path)
    first = ingest_files([daily], store=store, code=code, ledger=ledger)
    assert (first.files_new, first.run.articles_stored) == (1, 3)

    with daily.open("a", encoding="utf-8") as handle:  # the feed appends one article
        handle.write(corpus[3] + "\n")
    second = ingest_files([daily], store=store, code=code, ledger=ledger)
    assert second.files_changed == 1
    assert (second.run.articles_read, second.run.articles_duplicate, second.run.articles_stored) == (4, 3, 1)

    third = ingest_files([daily], store=store, code=code, ledger=ledger)
    assert third.files_unchanged == 1 and third.run.articles_read == 0

    no_ledger = ingest_files([daily], store=store, code=code, ledger=None)  # reads, skips by id
    assert (no_ledger.run.articles_read, no_ledger.run.articles_duplicate, no_ledger.run.articles_stored) == (4, 4, 0)


def test_watch_stops_on_event_from_another_thread(feed: Path, tmp_path: Path, code) -> None:
    stop = threading.Event()
    result: list[object] = []
    thread = threading.Thread(
        target=lambda: result.append(
            watch(feed, db=tmp_path / "s.duckdb", code=code, interval=0.05, settle_seconds=0, stop=stop)
        )
    )
    thread.start()
    deadline = time.monotonic() + 60
    while not _ledger_has(tmp_path / "s.duckdb", 2) and time.monotonic() < deadline:
        time.sleep(0.05)
    stop.set()
    thread.join(timeout=30)
    assert not thread.is_alive()
    summary = result[0]
    assert summary.files_ingested == 2 and summary.polls >= 1  # type: ignore[attr-defined]


def _ledger_has(db: Path, count: int) -> bool:
    ledger_file = db.with_name(db.name + ".files.sqlite")
    return ledger_file.exists() and len(FileLedger(ledger_file)) >= count


def test_watch_rejects_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        watch(tmp_path / "nope", db=tmp_path / "s.duckdb", max_polls=1)


def test_a_file_that_vanished_since_listing_is_skipped(tmp_path: Path, code) -> None:
    from tidings.store import Store

    store = Store(tmp_path / "s.duckdb")
    summary = ingest_files([tmp_path / "gone.txt"], store=store, code=code, ledger=FileLedger.for_store(store.path))
    assert (summary.files_ingested, summary.files_unchanged, summary.run.articles_read) == (0, 0, 0)


def test_coding_failures_are_recorded_as_rejects(feed: Path, tmp_path: Path) -> None:
    from tidings.engines import engine_runner
    from tidings.pipeline import ExtractorSettings
    from tidings.store import Store

    broken = engine_runner("local", ExtractorSettings(actors_file=tmp_path / "missing.tsv"))
    store = Store(tmp_path / "s.duckdb")
    summary = ingest_files(sorted(feed.iterdir()), store=store, code=broken, ledger=None)
    assert (summary.run.articles_read, summary.run.articles_stored, summary.run.rejected) == (2, 0, 2)
    assert summary.run.articles_failed == 2
    assert len(store.rejects()) == 2
