"""Writing an export all or nothing: into a hidden temporary file or folder beside the final
name, flushed to disk, then renamed over it.

A killed or failed export therefore leaves the previous export as it was and nothing partial
under the final name (only a hidden ``.NAME.tmp-*`` entry, removed on an ordinary failure).
A folder (Parquet) cannot be renamed over an existing one in one step: the old folder is first
renamed aside to a hidden ``.NAME.old-*``, the new one renamed in, and the old one removed — so
a kill between those two renames, a window of two system calls, leaves the old export there.
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tidings.errors import QueryError


def _hidden(out: Path, kind: str) -> Path:
    return out.parent / f".{out.name}.{kind}-{os.getpid()}-{secrets.token_hex(4)}"


def _fsync(path: Path) -> None:
    flags = os.O_RDONLY | (os.O_DIRECTORY if path.is_dir() else 0)
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_tree(path: Path) -> None:
    if path.is_dir():
        for root, _, files in os.walk(path):
            for name in files:
                _fsync(Path(root) / name)
            _fsync(Path(root))
    else:
        _fsync(path)


def _looks_like_parquet_export(folder: Path) -> bool:
    """Only a folder of ``*.parquet`` files (under Hive ``key=value`` folders) may be replaced."""
    for root, dirs, files in os.walk(folder):
        if root != str(folder) and "=" not in Path(root).name:
            return False
        if any(not name.endswith(".parquet") for name in files):
            return False
        if root == str(folder) and any("=" not in d for d in dirs):
            return False
    return True


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


@contextmanager
def atomic_output(out: Path, *, folder: bool = False) -> Iterator[Path]:
    """Yield a temporary path to write the export to; on success it replaces ``out``."""
    out.parent.mkdir(parents=True, exist_ok=True)
    if folder and out.exists() and not (out.is_dir() and _looks_like_parquet_export(out)):
        raise QueryError(f"{out} exists and is not a Parquet export; refusing to replace it (pick a new folder)")
    if not folder and out.is_dir():
        raise QueryError(f"{out} is a folder; give a file name to export to")
    temp = _hidden(out, "tmp")
    if folder:
        temp.mkdir()
    try:
        yield temp
        if not temp.exists():  # nothing written (e.g. no rows for a partitioned export)
            temp.mkdir() if folder else temp.touch()
        _fsync_tree(temp)
        if folder and out.exists():
            old = _hidden(out, "old")
            out.rename(old)
            temp.rename(out)
            _remove(old)
        else:
            temp.replace(out)
        _fsync(out.parent)
    finally:
        if temp.exists():
            _remove(temp)
