"""Opening inputs safely: paths that name nothing, symbolic-link loops, FIFOs, devices and huge
files become rejects with a true reason instead of an exception, a hang or a memory blow-up.

Every read is bounded: a file or a line is read to at most :func:`byte_limit` bytes (derived
from the article size cap), and a file is opened without blocking and checked to be a regular
file before a byte is read, so a FIFO or ``/dev/zero`` never stalls or floods the run. The format of
a file is its suffix or, for any other suffix, its content (JSON Lines opens with ``{``); UTF-16 with a
byte-order mark is transcoded to UTF-8.
"""

from __future__ import annotations

import codecs
import errno
import glob
import io
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from tidings.errors import ArticleRejected

TEXT_SUFFIXES = {".txt", ".text", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
CSV_SUFFIXES = {".csv", ".tsv"}
MAX_CHARS = 200_000
"""The default article size cap, in characters of normalised body (``--max-chars``)."""
_BYTES_PER_CHAR = 12  # a character escaped in JSON as a surrogate pair (\\ud83d\\ude00) takes 12 bytes
_SLACK_BYTES = 64 * 1024  # the other fields of a JSON line or CSV row, a text file's header line
_UTF16_LIMIT = 64 * 1024 * 1024  # a UTF-16 JSONL or CSV file is transcoded whole, so bound it
_KINDS = {
    stat.S_IFIFO: "a FIFO", stat.S_IFCHR: "a character device", stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket", stat.S_IFDIR: "a directory",
}


def byte_limit(max_chars: int) -> int:
    """The most bytes one article's file, JSON line or CSV row may take: anything larger cannot
    hold a body of at most ``max_chars`` characters, so it is rejected unread."""
    return _BYTES_PER_CHAR * max_chars + _SLACK_BYTES


def display(path: str | Path) -> str:
    """A path as text that can be printed and stored (undecodable bytes of a file name shown as U+FFFD)."""
    return os.fsencode(path).decode("utf-8", "replace")


def open_regular(path: Path) -> IO[bytes]:
    """Open ``path`` for reading without blocking; raise ArticleRejected unless it is a regular file.

    ``O_NONBLOCK`` makes opening a FIFO return at once (a plain open waits for a writer), and
    ``fstat`` on the open descriptor checks what was opened, not what the name pointed to before.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise ArticleRejected(_os_reason(exc)) from None
    kind = stat.S_IFMT(os.fstat(fd).st_mode)
    if kind != stat.S_IFREG:
        os.close(fd)
        raise ArticleRejected(f"not a regular file ({_KINDS.get(kind, 'a special file')})")
    return os.fdopen(fd, "rb")


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno == errno.ENOENT:
        return "no such file"
    return f"unreadable file: {exc.strerror or exc}"


def read_bounded(handle: IO[bytes], limit: int, what: str) -> bytes:
    """All of ``handle`` if it holds at most ``limit`` bytes, else ArticleRejected "file too large"."""
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise ArticleRejected(f"file too large (over {limit:,} bytes, the limit for {what})")
    return data


def bounded_lines(handle: IO[bytes], limit: int) -> Iterator[bytes | None]:
    """The lines of ``handle`` (with their newline), each read to at most ``limit`` bytes; a longer
    line is skipped to its end and yields ``None`` in its place, so memory stays bounded."""
    while line := handle.readline(limit + 1):
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := handle.readline(limit + 1)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def expand_inputs(specs: Iterable[str | Path]) -> Iterator[Path | ArticleRejected]:
    """Files, directories (recursively, sorted) and glob patterns as paths; an argument that names
    nothing, a broken symbolic link or a link loop as an ArticleRejected (with its origin) in its place."""
    for spec in specs:
        path = Path(spec)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        elif path.exists():
            yield path
        elif path.is_symlink():
            try:
                os.stat(path)
                reason = "broken symbolic link"
            except OSError as exc:
                reason = "symbolic link loop" if exc.errno == errno.ELOOP else f"broken symbolic link ({exc.strerror})"
            yield ArticleRejected(reason, origin=display(spec))
        else:
            matches = sorted(Path(m) for m in glob.glob(str(spec), recursive=True))
            files = [m for m in matches if m.is_file()]
            if not files:
                yield ArticleRejected("no such file, directory or glob match", origin=display(spec))
            yield from files


def utf8_handle(handle: IO[bytes]) -> IO[bytes]:
    """``handle`` itself, or its content transcoded to UTF-8 when it starts with a UTF-16 byte-order mark."""
    head = peek(handle, 4)
    if head[:2] not in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) or head[:4] == codecs.BOM_UTF32_LE:
        return handle
    data = read_bounded(handle, _UTF16_LIMIT, "a UTF-16 file")
    try:
        return io.BufferedReader(io.BytesIO(data.decode("utf-16").encode("utf-8", "surrogatepass")))
    except UnicodeDecodeError as exc:
        raise ArticleRejected(f"invalid UTF-16 at byte {exc.start}") from None


def peek(handle: IO[bytes], size: int) -> bytes:
    peek = getattr(handle, "peek", None)
    return bytes(peek(size)[:size]) if peek is not None else b""


def sniffed_format(suffix: str, handle: IO[bytes]) -> str:
    """``csv``, ``jsonl`` or ``text``: CSV and JSON Lines by suffix, else JSON Lines when the content
    opens with ``{`` (a text article opens with ``date``)."""
    if suffix in CSV_SUFFIXES:
        return "csv"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    head = peek(handle, 4096).removeprefix(codecs.BOM_UTF8).lstrip()
    return "jsonl" if head[:1] == b"{" else "text"
