"""Issue #18's done-when test on the command line: a generated corpus of hostile inputs mixed with
good articles through ``python -m tidings ingest``: every good article stored, every bad one in
``rejects`` with a true reason, no traceback, the documented exit code (1: input rejected)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hostile_corpus import build, reject_key
from tidings.store import Store

SRC = Path(__file__).resolve().parents[2] / "src"


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    env.pop("TIDINGS_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "tidings", *args], capture_output=True, text=True, cwd=cwd,
                          env=env, timeout=600, stdin=subprocess.DEVNULL)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="the corpus holds a FIFO")
def test_hostile_corpus_through_the_cli(tmp_path: Path) -> None:
    corpus = build(tmp_path / "corpus")
    db = tmp_path / "hostile.duckdb"
    result = run_cli("ingest", *corpus.inputs, "--db", str(db), "-j", "1", cwd=tmp_path)
    output = result.stdout + result.stderr
    assert "Traceback" not in output
    assert result.returncode == 1, output[-3000:]  # 1: some input was rejected, the rest stored
    with Store(db, read_only=True) as store, store.connect() as conn:
        titles = {row[0] for row in conn.execute("SELECT title FROM articles").fetchall()}
        rejects = store.rejects(limit=1000)
    assert titles == corpus.good_titles
    found = {reject_key(r.origin, r.line): r.reason for r in rejects}
    assert found.keys() == corpus.bad.keys()
    for key, reason in corpus.bad.items():
        assert found[key].startswith(reason), (key, found[key])
    summary = output.strip().splitlines()[-1]
    assert (f"stored {len(corpus.good_titles)}, already stored {corpus.duplicates}, "
            f"rejected {len(corpus.bad)};") in summary
    again = run_cli("ingest", *corpus.inputs, "--db", str(db), "-j", "1", cwd=tmp_path)
    assert again.returncode == 1 and "Traceback" not in again.stderr
    assert f"stored 0, already stored {len(corpus.good_titles) + corpus.duplicates}," in again.stderr
