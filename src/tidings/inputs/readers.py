"""Reading articles: text files, directories, globs, JSON Lines, CSV and stdin.

Every input yields :class:`~tidings.records.Article` or, for unusable input,
:class:`~tidings.records.Reject` — bad input never stops the batch.
"""

from __future__ import annotations

import csv
import datetime as dt
import glob
import hashlib
import io
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from tidings.errors import ArticleRejected, InputError
from tidings.records import Article, Reject

TEXT_SUFFIXES = {".txt", ".text", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
CSV_SUFFIXES = {".csv", ".tsv"}

_APOSTROPHES = str.maketrans({"\u00b4": "'", "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_HEADER = re.compile(r"^\s*date\s+(\S+)\s*(.*)$")
_DATELINE = re.compile(
    r"^\s*([A-Z][A-Z .'\-]{1,40}?)(?:,\s*[A-Z][A-Za-z .]+)?\s*(?:\([^)]{1,30}\))?\s*(?::|-{1,2}|\u2014)\s+"
)
_SPACES = re.compile(r"[ \t\u00a0]+")
_MIN_WORDS = 3
# Common function words of English and of other languages written in Latin script.
_ENGLISH_WORDS = frozenset(
    "the a an and of to in on for with by at from is are was were has have had that this it as be "
    "he she they we said will would not or but its their his her".split()
)
_OTHER_LANGUAGE_WORDS = frozenset(
    # German
    "der die das und ist nicht mit sich des dem den auch auf ein eine einer dass wurde hat am zu im von vom bei nach "
    "le la les et est une des du pour dans qui sur pas au aux avec ce sont été "  # French
    "el los las y es del por con una para como más pero sus fue este "  # Spanish
    "il della di che non sono gli nel alla anche "  # Italian
    "não uma os como mais ao pelo pela são foi "  # Portuguese
    "het een niet zijn voor dat ook maar bij nog".split()  # Dutch
)


def normalise_text(text: str) -> str:
    """Unicode-normalise, unify apostrophes, collapse runs of spaces, strip ends."""
    text = unicodedata.normalize("NFC", text).translate(_APOSTROPHES)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return re.sub(r"(?<=[.!?\"'])[\s\-\u2013\u2014]+$", "", text)  # a stray dash after the last sentence


def find_dateline(text: str) -> str | None:
    """The dateline place of a body that opens with one (``MOSCOW:``, ``LONDON (Reuters) -``)."""
    match = _DATELINE.match(text)
    if not match:
        return None
    place = match.group(1).strip()
    return place if place.upper() == place and any(c.isalpha() for c in place) else None


def article_id(text: str, date: dt.date, title: str | None) -> str:
    """A stable id for an article without one: hash of its normalised content."""
    digest = hashlib.sha256(f"{date.isoformat()}\n{title or ''}\n{text}".encode()).hexdigest()
    return f"a_{digest[:16]}"


def parse_date(value: Any) -> dt.date:
    """Parse an ISO date (``YYYY-MM-DD``, or a timestamp starting with one)."""
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        raise ArticleRejected("missing date")
    raw = value.strip()
    try:
        return dt.date.fromisoformat(raw[:10])
    except ValueError:
        raise ArticleRejected(f"impossible or malformed date {raw!r} (expected YYYY-MM-DD)") from None


def looks_english(text: str) -> bool:
    """A cheap language check that needs evidence of another language: mostly non-Latin
    letters, or many more function words of German, French, Spanish, Italian, Portuguese or
    Dutch than of English. Tables of figures and headline shorthand pass."""
    sample = text.lower()[:4000]
    letters = [c for c in sample if c.isalpha()]
    if len(letters) >= 40 and sum(1 for c in letters if c > "\u024f") > 0.3 * len(letters):
        return False
    words = re.findall(r"[^\W\d_]+", sample)
    if len(words) < 8:
        return True  # too short to judge; let it through
    english = sum(1 for word in words if word in _ENGLISH_WORDS)
    foreign = sum(1 for word in words if word in _OTHER_LANGUAGE_WORDS)
    return not (foreign >= 5 and foreign > 3 * english)


def make_article(
    *,
    text: Any,
    date: Any,
    title: Any = None,
    given_id: Any = None,
    url: Any = None,
    source: Any = None,
    origin: str,
) -> Article:
    """Validate and normalise one raw record into an :class:`Article` (or raise ArticleRejected)."""
    published = parse_date(date)
    if published.year < 1900 or published > dt.date.today() + dt.timedelta(days=2):
        raise ArticleRejected(f"impossible date {published.isoformat()}")
    if not isinstance(text, str):
        raise ArticleRejected("missing text")
    body = normalise_text(text)
    if len(body.split()) < _MIN_WORDS:
        raise ArticleRejected("empty body")
    if not looks_english(body):
        raise ArticleRejected("not English (too few English function words)")
    clean_title = normalise_text(title) if isinstance(title, str) and title.strip() else None
    ident = str(given_id).strip() if given_id not in (None, "") else article_id(body, published, clean_title)
    return Article(
        id=ident, date=published, title=clean_title, text=body,
        url=url if isinstance(url, str) and url else None,
        source=source if isinstance(source, str) and source else None,
        origin=origin, dateline=find_dateline(body),
    )


def _decode(data: bytes, origin: str) -> str:
    if b"\x00" in data[:8192]:
        raise ArticleRejected("binary file", origin=origin)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleRejected(f"invalid UTF-8 at byte {exc.start}", origin=origin) from None


def parse_text_article(raw: str, origin: str) -> Article:
    """Parse the plain-text format: ``date YYYY-MM-DD TITLE``, a blank line, the body."""
    head, _, body = raw.lstrip("\ufeff").partition("\n")
    match = _HEADER.match(head)
    if not match:
        raise ArticleRejected("first line is not 'date YYYY-MM-DD TITLE'", origin=origin, line=1)
    date_text, title = match.groups()
    return make_article(text=body, date=date_text, title=title, origin=origin)


def _reject(exc: ArticleRejected, origin: str, line: int | None) -> Reject:
    return Reject(origin=exc.origin if exc.origin != "<input>" else origin, line=exc.line or line, reason=exc.reason)


def read_text_file(path: Path) -> Iterator[Article | Reject]:
    origin = str(path)
    try:
        yield parse_text_article(_decode(path.read_bytes(), origin), origin)
    except ArticleRejected as exc:
        yield _reject(exc, origin, None)
    except OSError as exc:
        yield Reject(origin=origin, reason=f"unreadable file: {exc.strerror or exc}")


def _record_article(record: Any, origin: str) -> Article:
    if not isinstance(record, dict):
        raise ArticleRejected("record is not a JSON object")
    return make_article(
        text=record.get("text"), date=record.get("date"), title=record.get("title"),
        given_id=record.get("id"), url=record.get("url"), source=record.get("source"), origin=origin,
    )


def read_jsonl_stream(stream: IO[bytes], origin: str) -> Iterator[Article | Reject]:
    """Read one article per JSON line; malformed lines become rejects."""
    for number, data in enumerate(stream, start=1):
        if not data.strip():
            continue
        try:
            line = _decode(data, origin)
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ArticleRejected(f"malformed JSON: {exc.msg} at column {exc.colno}") from None
            yield _record_article(record, f"{origin}:{number}")
        except ArticleRejected as exc:
            yield Reject(origin=origin, line=number, reason=exc.reason)


def read_csv_stream(stream: IO[bytes], origin: str, delimiter: str = ",") -> Iterator[Article | Reject]:
    """Read CSV with a header row naming ``id, date, title, text[, url, source]``."""
    text = io.TextIOWrapper(stream, encoding="utf-8", errors="strict", newline="")
    reader = csv.DictReader(text, delimiter=delimiter)
    number = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except (UnicodeDecodeError, csv.Error) as exc:
            yield Reject(origin=origin, line=reader.line_num or number, reason=f"unreadable CSV: {exc}")
            return
        number = reader.line_num
        try:
            yield _record_article(row, f"{origin}:{number}")
        except ArticleRejected as exc:
            yield Reject(origin=origin, line=number, reason=exc.reason)


def read_path(path: Path) -> Iterator[Article | Reject]:
    """Read one file, choosing the format from its suffix."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        try:
            with path.open("rb") as handle:
                yield from read_jsonl_stream(handle, str(path))
        except OSError as exc:
            yield Reject(origin=str(path), reason=f"unreadable file: {exc.strerror or exc}")
    elif suffix in CSV_SUFFIXES:
        try:
            with path.open("rb") as handle:
                yield from read_csv_stream(handle, str(path), "\t" if suffix == ".tsv" else ",")
        except OSError as exc:
            yield Reject(origin=str(path), reason=f"unreadable file: {exc.strerror or exc}")
    else:
        yield from read_text_file(path)


def expand_paths(specs: Iterable[str | Path]) -> Iterator[Path]:
    """Expand files, directories (recursively, sorted) and glob patterns; raise for a path that matches nothing."""
    for spec in specs:
        path = Path(spec)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        elif path.exists():
            yield path
        else:
            matches = sorted(Path(m) for m in glob.glob(str(spec), recursive=True))
            files = [m for m in matches if m.is_file()]
            if not files:
                raise InputError(f"no such file, directory or glob match: {spec}")
            yield from files


def count_records(specs: Iterable[str | Path]) -> int | None:
    """How many records (articles or rejects) :func:`read_inputs` will yield, counted cheaply up
    front for a progress bar: a text file is one, a JSON Lines file its non-blank lines, a CSV
    file its rows. None when it cannot be known (standard input) or a path matches nothing."""
    total = 0
    try:
        for spec in specs:
            if str(spec) == "-":
                return None
            for path in expand_paths([spec]):
                total += _count_path(path)
    except (InputError, OSError, csv.Error):
        return None
    return total


def _count_path(path: Path) -> int:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        with path.open("rb") as handle:
            return sum(1 for line in handle if line.strip())
    if suffix in CSV_SUFFIXES:
        with path.open("r", encoding="utf-8", errors="replace", newline="") as handle:
            return max(sum(1 for row in csv.reader(handle, delimiter="\t" if suffix == ".tsv" else ",") if row) - 1, 0)
    return 1


def read_inputs(specs: Iterable[str | Path], stdin: IO[bytes] | None = None) -> Iterator[Article | Reject]:
    """Read every input; ``-`` reads stdin (JSON Lines if it starts with ``{``, else one text article)."""
    for spec in specs:
        if str(spec) == "-":
            if stdin is None:
                raise InputError("'-' given but no standard input available")
            yield from read_stdin(stdin)
        else:
            for path in expand_paths([spec]):
                yield from read_path(path)


def read_stdin(stream: IO[bytes]) -> Iterator[Article | Reject]:
    data = stream.read()
    if data.lstrip()[:1] == b"{":
        yield from read_jsonl_stream(io.BytesIO(data), "stdin")
        return
    try:
        yield parse_text_article(_decode(data, "stdin"), "stdin")
    except ArticleRejected as exc:
        yield _reject(exc, "stdin", None)
