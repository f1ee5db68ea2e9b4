"""Reading articles: text files, directories, globs, JSON Lines, CSV and stdin.

Every input yields :class:`~tidings.records.Article` or, for unusable input,
:class:`~tidings.records.Reject` — bad input never stops the batch.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import io
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from tidings.errors import ArticleRejected, InputError
from tidings.inputs.files import (
    CSV_SUFFIXES,
    JSONL_SUFFIXES,
    MAX_CHARS,
    bounded_lines,
    byte_limit,
    display,
    expand_inputs,
    open_regular,
    read_bounded,
    sniffed_format,
    utf8_handle,
)
from tidings.inputs.text import language_problem
from tidings.inputs.text import looks_english as looks_english  # re-exported
from tidings.inputs.text import normalise_text as normalise_text  # re-exported
from tidings.records import Article, Reject

_HEADER = re.compile(r"^\s*date\s+(\S+)\s*(.*)$")
_DATELINE = re.compile(
    r"^\s*([A-Z][A-Z .'\-]{1,40}?)(?:,\s*[A-Z][A-Za-z .]+)?\s*(?:\([^)]{1,30}\))?\s*(?::|-{1,2}|\u2014)\s+"
)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MIN_WORDS = 3
_ESCAPED_BYTES = re.compile("[\udc80-\udcff]")  # how errors="surrogateescape" keeps an undecodable byte
def find_dateline(text: str) -> str | None:
    """The dateline place of a body that opens with one (``MOSCOW:``, ``LONDON (Reuters) -``)."""
    match = _DATELINE.match(text)
    if not match:
        return None
    place = match.group(1).strip()
    return place if place.upper() == place and any(c.isalpha() for c in place) else None


_MONTH_DAY = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}$", re.I)


def given_dateline(value: Any) -> str | None:
    """The place of a dateline given as a field, as Reuters-21578 gives it: "SALVADOR, Feb 26 -"
    is "SALVADOR", "SUFFIELD, Conn., March 3 -" is "SUFFIELD, Conn."; None when it names no place."""
    if not isinstance(value, str):
        return None
    parts = [part.strip() for part in value.strip().rstrip("-\u2013\u2014 ").split(",")]
    while parts and (_MONTH_DAY.match(parts[-1]) or not parts[-1]):
        parts.pop()
    place = ", ".join(parts)
    return place if any(c.isalpha() for c in place) and len(place) <= 80 else None


def article_id(text: str, date: dt.date, title: str | None) -> str:
    """A stable id for an article without one: hash of its normalised content (any string
    hashes, even one holding a lone surrogate)."""
    content = f"{date.isoformat()}\n{title or ''}\n{text}"
    return f"a_{hashlib.sha256(content.encode('utf-8', 'surrogatepass')).hexdigest()[:16]}"


def parse_date(value: Any) -> dt.date:
    """Parse an ISO date: ``YYYY-MM-DD``, or a timestamp starting with one (``2019-04-19T10:00Z``).

    Nothing else: not ``20190419``, not ``2019-04-19garbage``, not a number."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ArticleRejected("missing date")
    if not isinstance(value, str):
        raise ArticleRejected(f"invalid date {value!r}: a date is a YYYY-MM-DD string")
    raw = value.strip()
    try:
        if not _ISO_DATE.match(raw):
            raise ValueError(raw)
        day = dt.date.fromisoformat(raw[:10])
        if len(raw) > 10 and (raw[10] not in "Tt " or dt.datetime.fromisoformat(raw) is None):
            raise ValueError(raw)  # the rest must be a time of day, after a T or a space
    except ValueError:
        raise ArticleRejected(f"impossible or malformed date {raw!r} (expected YYYY-MM-DD)") from None
    return day


def _check_unicode(value: Any, field: str) -> None:
    """Reject a string no UTF-8 can hold: a lone surrogate, as a JSON ``\\ud800`` escape decodes."""
    if not isinstance(value, str):
        return
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ArticleRejected(f"{field} is not valid Unicode (lone surrogate U+{ord(value[exc.start]):04X} "
                              f"at character {exc.start})") from None


def make_article(
    *,
    text: Any,
    date: Any,
    title: Any = None,
    given_id: Any = None,
    url: Any = None,
    source: Any = None,
    origin: str,
    max_chars: int = MAX_CHARS,
    dateline: Any = None,
) -> Article:
    """Validate and normalise one raw record into an :class:`Article` (or raise ArticleRejected).

    A body longer than ``max_chars`` characters is rejected, not split: say so, and raise the cap.
    A dateline at the start of the body wins over a ``dateline`` field (:func:`given_dateline`)."""
    published = parse_date(date)
    if published.year < 1900 or published > dt.date.today() + dt.timedelta(days=2):
        raise ArticleRejected(f"impossible date {published.isoformat()}")
    if not isinstance(text, str):
        raise ArticleRejected("missing text")
    if isinstance(given_id, (bool, list, dict)):
        raise ArticleRejected("id is not a string or a number")
    for field, value in (("text", text), ("title", title), ("id", given_id), ("url", url), ("source", source)):
        _check_unicode(value, field)
    body = normalise_text(text)
    if len(body) > max_chars:
        raise ArticleRejected(f"article too long ({len(body):,} characters, over the limit of {max_chars:,}; "
                              "raise it with --max-chars or split the article)")
    problem = language_problem(body)
    if problem is None and len(body.split()) < _MIN_WORDS:
        problem = "empty body"
    if problem is not None:
        raise ArticleRejected(problem)
    clean_title = normalise_text(title) if isinstance(title, str) and title.strip() else None
    ident = str(given_id).strip() if given_id not in (None, "") else article_id(body, published, clean_title)
    return Article(
        id=ident, date=published, title=clean_title, text=body,
        url=url if isinstance(url, str) and url else None,
        source=source if isinstance(source, str) and source else None,
        origin=origin, dateline=find_dateline(body) or given_dateline(dateline),
    )


def _decode(data: bytes, origin: str) -> str:
    """UTF-8 (a BOM allowed) or UTF-16 with a byte-order mark; anything else is rejected with why."""
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) and data[:4] != codecs.BOM_UTF32_LE:
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ArticleRejected(f"invalid UTF-16 at byte {exc.start}", origin=origin) from None
    head = data[:8192]
    if b"\x00" in head:
        if head[:4] in (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE):
            raise ArticleRejected("UTF-32 text is not supported (save it as UTF-8)", origin=origin)
        if len(head) >= 16 and max(head[0::2].count(0), head[1::2].count(0)) >= 0.8 * (len(head) // 2):
            raise ArticleRejected("UTF-16 text without a byte-order mark is not supported (save it as UTF-8)",
                                  origin=origin)
        raise ArticleRejected("binary file", origin=origin)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleRejected(f"invalid UTF-8 at byte {exc.start}", origin=origin) from None


def parse_text_article(raw: str, origin: str, *, max_chars: int = MAX_CHARS) -> Article:
    """Parse the plain-text format: ``date YYYY-MM-DD TITLE``, a blank line, the body."""
    head, _, body = raw.lstrip("\ufeff").partition("\n")
    match = _HEADER.match(head)
    if not match:
        raise ArticleRejected("first line is not 'date YYYY-MM-DD TITLE'", origin=origin, line=1)
    date_text, title = match.groups()
    return make_article(text=body, date=date_text, title=title, origin=origin, max_chars=max_chars)


def _reject(exc: ArticleRejected, origin: str, line: int | None) -> Reject:
    return Reject(origin=exc.origin if exc.origin != "<input>" else origin, line=exc.line or line, reason=exc.reason)


def _record_article(record: Any, origin: str, max_chars: int) -> Article:
    if not isinstance(record, dict):
        raise ArticleRejected("record is not a JSON object")
    return make_article(
        text=record.get("text"), date=record.get("date"), title=record.get("title"),
        given_id=record.get("id"), url=record.get("url"), source=record.get("source"), origin=origin,
        max_chars=max_chars, dateline=record.get("dateline"),
    )


def _json_record(data: bytes, origin: str) -> Any:
    line = _decode(data, origin)
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise ArticleRejected(f"malformed JSON: {exc.msg} at column {exc.colno}") from None
    except RecursionError:
        raise ArticleRejected("malformed JSON line: nested too deeply") from None


def read_jsonl_stream(stream: IO[bytes], origin: str, *, max_chars: int = MAX_CHARS) -> Iterator[Article | Reject]:
    """Read one article per JSON line; malformed or overlong lines become rejects."""
    limit = byte_limit(max_chars)
    for number, data in enumerate(bounded_lines(stream, limit), start=1):
        if data is None:
            yield Reject(origin=origin, line=number, reason=f"JSON line too long (over {limit:,} bytes)")
            continue
        if not data.strip():
            continue
        try:
            yield _record_article(_json_record(data, origin), f"{origin}:{number}", max_chars)
        except ArticleRejected as exc:
            yield Reject(origin=origin, line=number, reason=exc.reason)


def _csv_lines(stream: IO[bytes], limit: int, overlong: list[int]) -> Iterator[str]:
    """The lines of a CSV file decoded one by one: an undecodable byte is kept as a surrogate
    escape (for its row to be rejected), an overlong line is noted in ``overlong`` and read as blank."""
    for number, line in enumerate(bounded_lines(stream, limit), start=1):
        if line is None:
            overlong.append(number)
            yield "\n"
        else:
            yield line.decode("utf-8-sig" if number == 1 else "utf-8", "surrogateescape")


def _check_row_bytes(row: dict[str | Any, Any]) -> None:
    for value in row.values():
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str) and (bad := _ESCAPED_BYTES.search(text)):
                byte = ord(bad.group()) - 0xDC00
                raise ArticleRejected(f"invalid UTF-8 in this row (byte 0x{byte:02X})")


def read_csv_stream(stream: IO[bytes], origin: str, delimiter: str = ",", *,
                    max_chars: int = MAX_CHARS) -> Iterator[Article | Reject]:
    """Read CSV with a header row naming ``id, date, title, text[, url, source]``; a bad row
    (invalid UTF-8, an overlong field or line, bad CSV) is rejected alone and reading goes on."""
    limit = byte_limit(max_chars)
    if csv.field_size_limit() < limit:
        csv.field_size_limit(limit)  # the module's limit is process-wide; only ever raised, to the size cap
    overlong: list[int] = []
    reader = csv.DictReader(_csv_lines(stream, limit, overlong), delimiter=delimiter)
    while True:
        try:
            row = next(reader)
            failure = None
        except StopIteration:
            break
        except csv.Error as exc:
            row, failure = None, f"unreadable CSV row: {exc}"
        yield from (Reject(origin=origin, line=n, reason=f"CSV line too long (over {limit:,} bytes)")
                    for n in overlong)
        overlong.clear()
        number = reader.line_num
        if row is None:
            yield Reject(origin=origin, line=number, reason=failure or "unreadable CSV row")
            continue
        try:
            _check_row_bytes(row)
            yield _record_article(row, f"{origin}:{number}", max_chars)
        except ArticleRejected as exc:
            yield Reject(origin=origin, line=number, reason=exc.reason)
    yield from (Reject(origin=origin, line=n, reason=f"CSV line too long (over {limit:,} bytes)") for n in overlong)


def read_handle(handle: IO[bytes], origin: str, suffix: str = "", *,
                max_chars: int = MAX_CHARS) -> Iterator[Article | Reject]:
    """Read an open binary stream (a file, standard input, an upload) in the format its suffix
    names or its content shows; every read is bounded by the size cap ``max_chars``."""
    if not hasattr(handle, "peek"):
        handle = io.BufferedReader(handle)  # type: ignore[type-var]
    try:
        handle = utf8_handle(handle)
        kind = sniffed_format(suffix, handle)
        if kind == "jsonl":
            yield from read_jsonl_stream(handle, origin, max_chars=max_chars)
        elif kind == "csv":
            yield from read_csv_stream(handle, origin, "\t" if suffix == ".tsv" else ",", max_chars=max_chars)
        else:
            data = read_bounded(handle, byte_limit(max_chars), "one text article under the size cap")
            yield parse_text_article(_decode(data, origin), origin, max_chars=max_chars)
    except ArticleRejected as exc:
        yield _reject(exc, origin, None)
    except OSError as exc:
        yield Reject(origin=origin, reason=f"unreadable file: {exc.strerror or exc}")


def read_path(path: Path, *, max_chars: int = MAX_CHARS) -> Iterator[Article | Reject]:
    """Read one file, choosing the format from its suffix or its content; a FIFO, a device or an
    unreadable file is rejected without blocking."""
    origin = display(path)
    try:
        handle = open_regular(path)
    except ArticleRejected as exc:
        yield Reject(origin=origin, reason=exc.reason)
        return
    with handle:
        yield from read_handle(handle, origin, path.suffix.lower(), max_chars=max_chars)


def expand_paths(specs: Iterable[str | Path]) -> Iterator[Path]:
    """Expand files, directories (recursively, sorted) and glob patterns; raise for a path that matches nothing."""
    for found in expand_inputs(specs):
        if isinstance(found, ArticleRejected):
            raise InputError(f"{found.reason}: {found.origin}")
        yield found


def count_records(specs: Iterable[str | Path], *, max_chars: int = MAX_CHARS) -> int | None:
    """How many records (articles or rejects) :func:`read_inputs` will yield, counted cheaply up
    front for a progress bar: a text file is one, a JSON Lines file its non-blank lines, a CSV
    file its rows, anything that is not a regular file (a FIFO, a device) or names nothing one.
    Lines are read as the readers read them, bounded by the size cap, so memory stays flat.
    None when it cannot be known (standard input)."""
    total = 0
    try:
        for spec in specs:
            if str(spec) == "-":
                return None
            for found in expand_inputs([spec]):
                total += 1 if isinstance(found, ArticleRejected) else _count_path(found, byte_limit(max_chars))
    except (InputError, OSError, csv.Error):
        return None
    return total


def _count_path(path: Path, limit: int) -> int:
    suffix = path.suffix.lower()
    if not path.is_file() or suffix not in JSONL_SUFFIXES | CSV_SUFFIXES:
        return 1
    with path.open("rb") as handle:
        if suffix in JSONL_SUFFIXES:  # an overlong line is one reject
            return sum(1 for line in bounded_lines(handle, limit) if line is None or line.strip())
        rows = csv.reader(_csv_lines(handle, limit, []), delimiter="\t" if suffix == ".tsv" else ",")
        return max(sum(1 for row in rows if row) - 1, 0)


def read_inputs(specs: Iterable[str | Path], stdin: IO[bytes] | None = None, *,
                max_chars: int = MAX_CHARS) -> Iterator[Article | Reject]:
    """Read every input; ``-`` reads stdin (JSON Lines if it starts with ``{``, else one text article).

    An argument that names nothing (or a link loop) is a reject, and the other arguments are read."""
    for spec in specs:
        if str(spec) == "-":
            if stdin is None:
                raise InputError("'-' given but no standard input available")
            yield from read_handle(stdin, "stdin", max_chars=max_chars)
            continue
        for found in expand_inputs([spec]):
            if isinstance(found, ArticleRejected):
                yield Reject(origin=found.origin, reason=found.reason)
            else:
                yield from read_path(found, max_chars=max_chars)
