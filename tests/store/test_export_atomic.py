"""Exports are all or nothing: a kill -9 in the middle of one leaves the previous export intact
and nothing partial under the final name; a failed one leaves no file behind."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from damaged_stores import blocks_damaged_one_at_a_time
from factories import corpus
from tidings.errors import QueryError, StoreError
from tidings.store import EventFilter, Store
from tidings.store.export import export

# Exports in a child process that kills itself with SIGKILL the moment anything in the output's
# folder changes: the first byte of the new export written anywhere.
KILLED_EXPORT = textwrap.dedent("""
    import os, signal, sys, threading
    from pathlib import Path
    from tidings.store import EventFilter, Store
    from tidings.store.export import export

    db, fmt, out, table = sys.argv[1:5]
    out = Path(out)

    def listing():
        entries = {}
        for path in out.parent.rglob("*"):
            try:
                stat = path.stat()
            except FileNotFoundError:
                continue
            entries[path] = (stat.st_size, stat.st_mtime_ns)
        return entries

    before = listing()

    def watch():
        while listing() == before:
            pass
        os.kill(os.getpid(), signal.SIGKILL)

    store = Store(db, read_only=True)
    threading.Thread(target=watch, daemon=True).start()
    export(store, fmt, out, EventFilter(limit=None), table=table)
    print("finished before the kill", flush=True)
""")

CASES = [("csv", "events"), ("csv", "mentions"), ("jsonl", "events"), ("jsonl", "mentions"),
         ("gdelt", "events"), ("gdelt", "mentions"), ("plover", "events"), ("parquet", "events"),
         ("parquet", "mentions")]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("store") / "s.duckdb"
    Store(path).add(corpus(300))
    return path


def contents(out: Path) -> dict[str, bytes]:
    if out.is_dir():
        return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    return {"": out.read_bytes()}


@pytest.mark.slow
@pytest.mark.parametrize(("fmt", "table"), CASES)
def test_a_killed_export_leaves_the_previous_one_intact(db: Path, tmp_path: Path, fmt: str, table: str) -> None:
    out = tmp_path / "exports" / ("events" if fmt == "parquet" else f"events.{fmt}")
    export(Store(db, read_only=True), fmt, out, EventFilter(limit=40), table=table)  # type: ignore[arg-type]
    previous = contents(out)
    assert previous and all(previous.values())
    script = tmp_path / "killed_export.py"
    script.write_text(KILLED_EXPORT)
    child = subprocess.run([sys.executable, str(script), str(db), fmt, str(out), table],
                           capture_output=True, text=True, timeout=120)
    assert child.returncode == -9, child.stdout + child.stderr
    assert contents(out) == previous
    assert [p.name for p in out.parent.iterdir() if not p.name.startswith(".")] == [out.name]
    if fmt == "parquet":
        rows = duckdb.sql(f"SELECT count(*) FROM read_parquet('{out}/**/*.parquet', hive_partitioning = true)")
        assert rows.fetchone() == (40,)


@pytest.mark.parametrize(("fmt", "table"), CASES)
def test_a_finished_export_replaces_the_previous_one_and_leaves_nothing_else(
        db: Path, tmp_path: Path, fmt: str, table: str) -> None:
    out = tmp_path / ("events" if fmt == "parquet" else f"events.{fmt}")
    store = Store(db, read_only=True)
    export(store, fmt, out, EventFilter(limit=40), table=table)  # type: ignore[arg-type]
    small = contents(out)
    written = export(store, fmt, out, EventFilter(limit=None), table=table)  # type: ignore[arg-type]
    assert written > 40 and contents(out) != small
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_a_failed_export_leaves_no_file_under_the_final_name(tmp_path: Path) -> None:
    good = tmp_path / "good.duckdb"
    Store(good).add(corpus(200))
    for path in blocks_damaged_one_at_a_time(good, tmp_path / "damaged.duckdb"):
        try:
            store = Store(path, read_only=True)
        except StoreError:
            continue
        out_dir = tmp_path / "out"
        out_dir.mkdir(exist_ok=True)
        failed = []
        for fmt in ("csv", "gdelt", "jsonl", "plover"):
            out = out_dir / f"e.{fmt}"
            try:
                export(store, fmt, out, EventFilter(limit=None), table="mentions" if fmt == "jsonl" else "events")
            except StoreError:
                failed.append(fmt)
                assert not out.exists(), f"a failed {fmt} export left {out}"
        assert not [p for p in out_dir.iterdir() if p.name.startswith(".")], "temporary files left behind"
        if failed:
            return
        for leftover in out_dir.iterdir():
            leftover.unlink()
    pytest.fail("no damaged block made an export fail")


def test_a_parquet_export_never_replaces_a_folder_of_other_files(db: Path, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(QueryError, match="not a Parquet export"):
        export(Store(db, read_only=True), "parquet", tmp_path, EventFilter(limit=5))
    assert (tmp_path / "notes.txt").read_text() == "mine"
