"""Remembering which input files were already ingested, so unchanged files are skipped cheaply.

A :class:`FileLedger` is a small SQLite file (by default beside the store: ``<db>.files.sqlite``)
holding, per absolute path, the size, modification time and SHA-256 of the content that was
ingested. Deciding whether a file needs ingesting costs one ``stat`` when size and mtime are
unchanged; only when the mtime moved but the size did not (a ``touch``, a copy that kept the
bytes) is the content hashed. Changed or new files are ingested again — the store's article-id
check is the second line of defence against duplicates inside a changed file.

Mark a file only after its results were stored (:meth:`FileLedger.mark`); a crash between the
two just means the file is read again next time.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from tidings.errors import StoreError

FileStatus = Literal["new", "changed", "unchanged"]
_HASH_CHUNK = 1 << 20

_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    articles INTEGER NOT NULL DEFAULT 0,
    ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
)
"""


@dataclass(frozen=True)
class FileState:
    """What a file looked like when it was ingested."""

    path: str
    size: int
    mtime_ns: int
    sha256: str


def file_digest(path: Path) -> str:
    """SHA-256 of a file's content, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def ledger_path_for(db: Path) -> Path:
    """Where the ledger of the store at ``db`` lives by default."""
    return db.with_name(db.name + ".files.sqlite")


class FileLedger:
    """Seen-file bookkeeping in one SQLite file; open a short connection per call."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            with closing(self._connect()) as conn, conn:
                conn.execute(_SCHEMA)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open file ledger {self.path}: {exc}") from None

    @classmethod
    def for_store(cls, db: str | Path) -> FileLedger:
        return cls(ledger_path_for(Path(db)))

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=30.0)

    def known(self, path: Path) -> FileState | None:
        """The recorded state of ``path``, if it was ingested before."""
        with closing(self._connect()) as conn:
            row = conn.execute(
                "SELECT path, size, mtime_ns, sha256 FROM files WHERE path = ?", [_key(path)]
            ).fetchone()
        return FileState(*row) if row else None

    def status(self, path: Path) -> FileStatus:
        """``unchanged`` if the file's content was ingested before, else ``new`` or ``changed``."""
        previous = self.known(path)
        if previous is None:
            return "new"
        stat = path.stat()
        if stat.st_size != previous.size:
            return "changed"
        if stat.st_mtime_ns == previous.mtime_ns:
            return "unchanged"
        if file_digest(path) != previous.sha256:
            return "changed"
        self._record(FileState(previous.path, stat.st_size, stat.st_mtime_ns, previous.sha256), None)
        return "unchanged"

    def pending(self, paths: Iterable[Path]) -> Iterator[Path]:
        """The paths among ``paths`` that are new or changed since they were last marked."""
        for path in paths:
            if self.status(path) != "unchanged":
                yield path

    def mark(self, path: Path, state: FileState | None = None, articles: int = 0) -> FileState:
        """Record ``path`` as ingested (with ``state`` captured before reading, if given)."""
        recorded = state or capture(path)
        self._record(recorded, articles)
        return recorded

    def _record(self, state: FileState, articles: int | None) -> None:
        with closing(self._connect()) as conn, conn:
            conn.execute(
                "INSERT INTO files (path, size, mtime_ns, sha256, articles) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns, "
                "sha256 = excluded.sha256, "
                "articles = CASE WHEN ? IS NULL THEN files.articles ELSE excluded.articles END, "
                "ingested_at = excluded.ingested_at",
                [state.path, state.size, state.mtime_ns, state.sha256, articles or 0, articles],
            )

    def forget(self, path: Path) -> None:
        with closing(self._connect()) as conn, conn:
            conn.execute("DELETE FROM files WHERE path = ?", [_key(path)])

    def __len__(self) -> int:
        with closing(self._connect()) as conn:
            row = conn.execute("SELECT count(*) FROM files").fetchone()
        return int(row[0]) if row else 0


def capture(path: Path) -> FileState:
    """The current state of ``path`` (stat, then hash). Capture before reading, mark after storing."""
    stat = path.stat()
    return FileState(_key(path), stat.st_size, stat.st_mtime_ns, file_digest(path))


def _key(path: Path) -> str:
    return os.path.abspath(path)
