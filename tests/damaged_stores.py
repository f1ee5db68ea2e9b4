"""Damaged and foreign store files, made from a real store, for the store, CLI and API tests.

Each maker takes a good store file and a path, writes the damaged copy there and returns it.
``DAMAGES`` maps a name to (maker, exit code the CLI must give).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb

HEADER_BYTES = 3 * 4096
"""DuckDB's file header and its two database headers; blocks follow."""
BLOCK_BYTES = 262144


def truncated(good: Path, path: Path) -> Path:
    shutil.copy(good, path)
    with path.open("r+b") as fh:
        fh.truncate(path.stat().st_size // 2)
    return path


def _corrupt_block(path: Path, block: int) -> None:
    with path.open("r+b") as fh:
        fh.seek(HEADER_BYTES + block * BLOCK_BYTES + 100)
        fh.write(b"\xff" * 64)


def corrupt_blocks(good: Path, path: Path) -> Path:
    """Every block's checksum broken: the store fails as soon as it is opened."""
    shutil.copy(good, path)
    for block in range((path.stat().st_size - HEADER_BYTES) // BLOCK_BYTES):
        _corrupt_block(path, block)
    return path


def blocks_damaged_one_at_a_time(good: Path, path: Path) -> Iterator[Path]:
    """Copies of ``good`` at ``path``, each with one more block in turn broken (and only that one)."""
    for block in range((good.stat().st_size - HEADER_BYTES) // BLOCK_BYTES):
        shutil.copy(good, path)
        _corrupt_block(path, block)
        yield path


def _edited(good: Path, path: Path, *statements: str) -> Path:
    shutil.copy(good, path)
    with duckdb.connect(str(path)) as conn:
        for sql in statements:
            conn.execute(sql)
    return path


def missing_table(good: Path, path: Path) -> Path:
    return _edited(good, path, "DROP TABLE mentions")


def missing_column(good: Path, path: Path) -> Path:
    return _edited(good, path, "ALTER TABLE articles DROP COLUMN story_id")


def text_schema_version(good: Path, path: Path) -> Path:
    return _edited(good, path, "UPDATE meta SET value = 'three' WHERE key = 'schema_version'")


def bad_link_settings(good: Path, path: Path) -> Path:
    return _edited(good, path, "UPDATE meta SET value = '{not json' WHERE key = 'link_settings'")


def foreign_meta(_: Path, path: Path) -> Path:
    """Another program's database that happens to have a table named ``meta``."""
    with duckdb.connect(str(path)) as conn:
        conn.execute("CREATE TABLE meta (id INTEGER, name VARCHAR)")
        conn.execute("INSERT INTO meta VALUES (1, 'schema_version')")
    return path


def not_duckdb(_: Path, path: Path) -> Path:
    path.write_bytes(b"this is not a database\n" * 500)
    return path


DAMAGES: dict[str, tuple[Callable[[Path, Path], Path], int]] = {
    "truncated": (truncated, 5),
    "corrupt blocks": (corrupt_blocks, 5),
    "not a DuckDB file": (not_duckdb, 5),
    "missing table": (missing_table, 7),
    "missing column": (missing_column, 7),
    "non-numeric schema_version": (text_schema_version, 7),
    "unreadable link settings": (bad_link_settings, 7),
    "foreign meta table": (foreign_meta, 7),
}
