"""A kill -9 during the search-index rebuild that ends an ingest must not lose the index for
good: the next ingest rebuilds it, even when it stores nothing new."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from factories import corpus
from tidings.errors import QueryError
from tidings.store import Store
from tidings.store.search import extension_path, index_state

TESTS = Path(__file__).resolve().parents[1]
N_FIRST, N_MORE = 300, 600

# Builds an index, stores more articles (so the index is stale), times one rebuild in a copy,
# then rebuilds for real and SIGKILLs itself half-way through it.
KILLED_REBUILD = textwrap.dedent(f"""
    import os, shutil, signal, sys, threading, time
    sys.path.insert(0, {str(TESTS)!r})
    from factories import corpus
    from tidings.store import Store

    db = sys.argv[1]
    results = corpus({N_FIRST + N_MORE})
    store = Store(db)
    store.add(results[:{N_FIRST}])
    store.build_search_index()
    store.add(results[{N_FIRST}:])
    shutil.copy(db, db + ".timing")
    started = time.monotonic()
    Store(db + ".timing").build_search_index()
    half = (time.monotonic() - started) / 2
    threading.Timer(half, os.kill, (os.getpid(), signal.SIGKILL)).start()
    store.build_search_index()
    print("rebuild finished before the kill", flush=True)
""")


def state(db: Path) -> str:
    with duckdb.connect(str(db), read_only=True) as conn:
        return index_state(conn)


@pytest.mark.slow
def test_the_next_ingest_rebuilds_an_index_a_kill_left_half_built(tmp_path: Path) -> None:
    if extension_path() is None:
        pytest.skip("the duckdb-extension-fts package is not installed")
    db = tmp_path / "s.duckdb"
    script = tmp_path / "killed_rebuild.py"
    script.write_text(KILLED_REBUILD)
    child = subprocess.run([sys.executable, str(script), str(db)], capture_output=True, text=True, timeout=300)
    assert child.returncode == -9, child.stdout + child.stderr
    assert state(db) != "current", "the kill did not interrupt the rebuild"
    store = Store(db)
    if state(db) == "missing":
        with pytest.raises(QueryError, match="interrupted; the next ingest rebuilds it"):
            store.search("talks")
    again = store.add(corpus(N_FIRST + N_MORE)[:10])  # an ingest of articles already stored
    assert again.articles_stored == 0
    assert state(db) == "current"
    assert store.search("talks")


def test_an_ordinary_build_leaves_no_repair_to_do(tmp_path: Path) -> None:
    if extension_path() is None:
        pytest.skip("the duckdb-extension-fts package is not installed")
    store = Store(tmp_path / "s.duckdb")
    results = corpus(30)
    store.add(results[:20])
    store.build_search_index()
    store.add(results[20:])  # stale now: only an ingest's own rebuild refreshes it, as before
    assert state(tmp_path / "s.duckdb") == "stale"
