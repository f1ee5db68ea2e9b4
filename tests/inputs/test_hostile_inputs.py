"""Hostile input never crashes, hangs or floods the reader, and never costs a good article:
each bad record is one reject with a true reason, and what follows it is still read (issue #18)."""

from __future__ import annotations

import codecs
import io
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.inputs import article_id
from tidings.inputs.files import MAX_CHARS, byte_limit
from tidings.inputs.readers import make_article, parse_date, read_inputs
from tidings.records import Article, Reject

SRC = Path(__file__).resolve().parents[2] / "src"
GOOD = "The foreign minister of France met his German counterpart in Berlin on Monday to discuss trade."


def split(items: object) -> tuple[list[Article], list[Reject]]:
    found = list(items)  # type: ignore[call-overload]
    return [i for i in found if isinstance(i, Article)], [i for i in found if isinstance(i, Reject)]


def good_line(n: int) -> str:
    return json.dumps({"id": f"good-{n}", "date": "2020-01-02", "text": f"{GOOD} Item {n}."})


# (what the bad JSON line is, the line, the start of the reason it must be rejected with)
BAD_JSON_LINES = [
    ("lone surrogate escape", '{"date": "2020-01-02", "text": "\\ud800 ' + GOOD + '"}',
     "text is not valid Unicode (lone surrogate U+D800"),
    ("lone surrogate in the title", '{"date": "2020-01-02", "title": "\\udfff", "text": "' + GOOD + '"}',
     "title is not valid Unicode"),
    ("deeply nested", "[" * 100_000 + "]" * 100_000, "malformed JSON line: nested too deeply"),
    ("nested inside a record", '{"date": "2020-01-02", "text": ' + "[" * 50_000 + "]" * 50_000 + "}",
     "malformed JSON line: nested too deeply"),
    ("numeric date", json.dumps({"date": 20190419, "text": GOOD}), "invalid date 20190419"),
    ("compact date", json.dumps({"date": "20190419", "text": GOOD}), "impossible or malformed date '20190419'"),
    ("date with garbage", json.dumps({"date": "2019-04-19garbage", "text": GOOD}),
     "impossible or malformed date '2019-04-19garbage'"),
    ("Chinese", json.dumps({"date": "2020-01-02", "text": "中国外交部发言人周二表示，双方将继续保持沟通。"}),
     "not English (mostly non-Latin script)"),
    ("over the size cap", json.dumps({"date": "2020-01-02", "text": GOOD + " word" * (MAX_CHARS // 5 + 10)}),
     "article too long ("),
    ("an id that is a list", json.dumps({"id": [1], "date": "2020-01-02", "text": GOOD}), "id is not a string"),
]


@pytest.mark.parametrize(("line", "reason"), [c[1:] for c in BAD_JSON_LINES], ids=[c[0] for c in BAD_JSON_LINES])
def test_bad_json_line_is_one_reject_between_good_ones(tmp_path: Path, line: str, reason: str) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join([good_line(1), line, good_line(2)]) + "\n", encoding="utf-8", errors="surrogatepass")
    articles, rejects = split(read_inputs([path]))
    assert [a.id for a in articles] == ["good-1", "good-2"]
    assert [(r.line, r.reason[: len(reason)]) for r in rejects] == [(2, reason)]


def test_a_json_line_over_the_byte_limit_is_skipped_unread(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    path.write_bytes(f"{good_line(1)}\n{{\"text\": \"{'x' * 100_000}\"}}\n{good_line(2)}\n".encode())
    articles, rejects = split(read_inputs([path], max_chars=1000))
    assert [a.id for a in articles] == ["good-1", "good-2"]
    assert [(r.line, r.reason) for r in rejects] == [(2, f"JSON line too long (over {byte_limit(1000):,} bytes)")]


def test_size_cap_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"date 2020-01-02 T\n\n{GOOD}\n", encoding="utf-8")
    assert split(read_inputs([path]))[0]
    (reject,) = split(read_inputs([path], max_chars=50))[1]
    assert reject.reason.startswith(f"article too long ({len(GOOD)} characters, over the limit of 50;")


def test_a_huge_text_file_is_rejected_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.write(b"date 2020-01-02 Huge\n\n")
        handle.truncate(byte_limit(1000) + 10)
    (reject,) = split(read_inputs([path], max_chars=1000))[1]
    assert reject.reason.startswith("file too large")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_rejected_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    good = tmp_path / "good.txt"
    good.write_text(f"date 2020-01-02 T\n\n{GOOD}\n", encoding="utf-8")
    outcome: list[object] = []
    reader = threading.Thread(target=lambda: outcome.append(split(read_inputs([fifo, good]))), daemon=True)
    reader.start()
    reader.join(timeout=20)
    if reader.is_alive():  # unblock the reader so the test run can end
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("reading a FIFO blocked")
    ((articles, rejects),) = outcome  # type: ignore[misc]
    assert len(articles) == 1
    assert [(r.origin, r.reason) for r in rejects] == [(str(fifo), "not a regular file (a FIFO)")]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")
def test_dev_zero_is_not_a_regular_file() -> None:
    # in a child with 1 GB of address space: reading /dev/zero whole would fail there, not flood this machine
    script = ("import resource; resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30)); "
              "from tidings.inputs.readers import read_inputs; "
              "print([r.reason for r in read_inputs(['/dev/zero'])])")
    child = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                           env={**os.environ, "PYTHONPATH": str(SRC)})
    assert child.stdout.strip() == "['not a regular file (a character device)']", child.stderr[-500:]


def test_missing_path_and_symlink_loop_are_rejects_and_the_rest_is_read(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    dangling = tmp_path / "dangling.txt"
    dangling.symlink_to(tmp_path / "gone.txt")
    good = tmp_path / "good.txt"
    good.write_text(f"date 2020-01-02 T\n\n{GOOD}\n", encoding="utf-8")
    articles, rejects = split(read_inputs([loop, tmp_path / "missing.txt", dangling, good]))
    assert len(articles) == 1
    assert [r.reason for r in rejects] == [
        "symbolic link loop", "no such file, directory or glob match",
        "broken symbolic link (No such file or directory)"]


def test_csv_field_over_the_csv_module_limit_keeps_the_later_rows(tmp_path: Path) -> None:
    long_text = GOOD + " more" * 30_000  # 150,000+ characters: over csv's default 131,072-character field limit
    rows = ["id,date,text", f"r1,2020-01-02,{GOOD}", f'r2,2020-01-02,"{long_text}"', f"r3,2020-01-02,{GOOD}"]
    path = tmp_path / "big.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    articles, rejects = split(read_inputs([path]))
    assert [a.id for a in articles] == ["r1", "r2", "r3"] and rejects == []


def test_csv_invalid_utf8_rejects_that_row_only(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(b"id,date,text\nr1,2020-01-02," + GOOD.encode() + b"\nr2,2020-01-02,caf\xe9 " + GOOD.encode()
                     + b"\nr3,2020-01-02," + GOOD.encode() + b"\n")
    articles, rejects = split(read_inputs([path]))
    assert [a.id for a in articles] == ["r1", "r3"]
    assert [(r.line, r.reason) for r in rejects] == [(3, "invalid UTF-8 in this row (byte 0xE9)")]


def test_utf16_with_a_bom_is_decoded_in_every_format(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(f"date 2020-01-02 T\n\n{GOOD}\n".encode("utf-16"))
    (tmp_path / "b.jsonl").write_bytes((good_line(1) + "\n").encode("utf-16"))
    (tmp_path / "c.csv").write_bytes(f"id,date,text\nr1,2020-01-02,{GOOD}\n".encode("utf-16-be")
                                     .join([codecs.BOM_UTF16_BE, b""]))
    articles, rejects = split(read_inputs([tmp_path]))
    assert rejects == [] and len(articles) == 3


def test_utf16_without_a_bom_is_named() -> None:
    (reject,) = split(read_inputs(["-"], stdin=io.BytesIO(f"date 2020-01-02 T\n\n{GOOD}\n".encode("utf-16-le"))))[1]
    assert reject.reason == "UTF-16 text without a byte-order mark is not supported (save it as UTF-8)"


def test_jsonl_without_a_jsonl_suffix_is_sniffed(tmp_path: Path) -> None:
    for name in ("articles", "articles.data", "articles.txt"):
        (tmp_path / name).write_text(f"\n{good_line(1)}\n{good_line(2)}\n", encoding="utf-8")
        articles, rejects = split(read_inputs([tmp_path / name]))
        assert [a.id for a in articles] == ["good-1", "good-2"] and rejects == [], name


def test_article_id_hashes_a_lone_surrogate() -> None:
    import datetime as dt

    assert article_id("bad \ud800 text", dt.date(2020, 1, 2), None).startswith("a_")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_any_date_string_parses_to_its_prefix_or_is_rejected(value: str) -> None:
    from tidings.errors import ArticleRejected

    try:
        day = parse_date(value)
    except ArticleRejected:
        return
    raw = value.strip()
    assert raw[:10] == day.isoformat()
    assert raw[10:] == "" or (raw[10] in "Tt " and raw[11:13].isdigit())  # a date, or a date and a time


@pytest.mark.parametrize("value", ["2019-04-19T10:00:00Z", "2019-04-19 10:00", "2019-04-19t10:00:00+05:30"])
def test_a_timestamp_gives_its_day(value: str) -> None:
    assert parse_date(value).isoformat() == "2019-04-19"


@pytest.mark.parametrize("value", ["2019-04-19x10:00", "2019-04-19 ", "20190419", "2019-4-19", "19-04-2019"])
def test_near_dates_are_rejected(value: str) -> None:
    from tidings.errors import ArticleRejected

    with pytest.raises(ArticleRejected, match="malformed date"):
        parse_date(value if value.strip() == value else value + "x")


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(blacklist_categories=()), max_size=200))  # surrogates included
def test_make_article_takes_any_text_or_rejects_it(extra: str) -> None:
    from tidings.errors import ArticleRejected

    try:
        article = make_article(text=f"{GOOD} {extra}", date="2020-01-02", origin="t")
    except ArticleRejected:
        return
    article.text.encode("utf-8")  # what the store and every output need
