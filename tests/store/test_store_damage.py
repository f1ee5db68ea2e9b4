"""Damaged and foreign store files give the store's typed errors (exit codes 5-7), never a raw
DuckDB error, and a damaged file is never mistaken for a busy one."""

from __future__ import annotations

from pathlib import Path

import pytest

from damaged_stores import DAMAGES, blocks_damaged_one_at_a_time
from factories import corpus
from tidings.errors import SchemaMismatch, StoreBusy, StoreError
from tidings.store import EventFilter, Store
from tidings.store.export import export


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("good") / "good.duckdb"
    Store(path).add(corpus(200))
    return path


@pytest.mark.parametrize("read_only", [True, False], ids=["read-only", "writable"])
@pytest.mark.parametrize("kind", list(DAMAGES))
def test_a_damaged_or_foreign_store_is_refused_with_its_exit_code(
        good: Path, tmp_path: Path, kind: str, read_only: bool) -> None:
    make, code = DAMAGES[kind]
    path = make(good, tmp_path / "bad.duckdb")
    with pytest.raises(StoreError) as caught:
        Store(path, read_only=read_only, busy_timeout=0.5)
    error = caught.value
    assert not isinstance(error, StoreBusy)
    assert error.exit_code == code, str(error)
    assert isinstance(error, SchemaMismatch) == (code == 7)
    assert str(path) in str(error) and "\n" not in str(error)


def _opens(path: Path) -> bool:
    try:
        Store(path, read_only=True).close()
    except StoreError:
        return False
    return True


def _failed_reads(store: Store, out: Path) -> list[tuple[str, StoreError]]:
    reads = {
        "stats": store.stats, "events": lambda: store.events(EventFilter(limit=None)),
        "linked": lambda: store.linked_events(EventFilter(limit=None)), "rejects": store.rejects,
        "export": lambda: export(store, "csv", out, EventFilter(limit=None)),
    }
    failures = []
    for name, read in reads.items():
        try:
            read()
        except StoreError as exc:
            failures.append((name, exc))
    return failures


def test_a_damaged_block_found_by_a_query_is_a_store_error(good: Path, tmp_path: Path) -> None:
    """DuckDB reads a block only when a query needs it: the damage must still come out typed."""
    failures: list[tuple[str, StoreError]] = []
    for path in blocks_damaged_one_at_a_time(good, tmp_path / "damaged.duckdb"):
        if not _opens(path):
            continue
        failures += _failed_reads(Store(path, read_only=True), tmp_path / "out.csv")
        if failures:
            break
    assert failures, "no block of the test store is read by a query but not by opening it"
    for _, exc in failures:
        assert exc.exit_code == 5 and "is damaged" in str(exc) and "\n" not in str(exc)
