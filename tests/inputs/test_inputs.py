"""Reading inputs: every format, every bad-input case, stable ids, normalisation."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.errors import InputError
from tidings.inputs.readers import (
    expand_paths,
    find_dateline,
    make_article,
    normalise_text,
    parse_text_article,
    read_handle,
    read_inputs,
    read_jsonl_stream,
)
from tidings.records import Article, Reject

GOOD_BODY = "The foreign minister of France met his German counterpart in Berlin on Monday to discuss trade."


def split(items):
    items = list(items)
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Reject)]


def test_seed_article_is_parsed_and_normalised(seed_path: Path) -> None:
    articles, rejects = split(read_inputs([seed_path]))
    assert rejects == []
    (article,) = articles
    assert article.date == dt.date(2019, 4, 19)
    assert article.title == "North Korea's Kim to meet Putin as tensions rise with US"
    assert article.text.startswith("MOSCOW: North Korea's leader Kim Jong Un")
    assert "´" not in article.text and "’" not in article.text
    assert article.dateline == "MOSCOW"
    assert article.id.startswith("a_")


def test_same_content_gives_same_id(tmp_path: Path, seed_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_bytes(seed_path.read_bytes())
    (a,), _ = split(read_inputs([seed_path]))
    (b,), _ = split(read_inputs([copy]))
    assert a.id == b.id


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x00\x01\x02binary", "binary file"),
        (b" date 2019-04-19 T\n\n\xff\xfe invalid utf8 here and more words", "invalid UTF-8"),
        (b"no header line\n\nbody text here with words", "first line is not"),
        (b" date 2019-02-30 Title\n\n" + GOOD_BODY.encode(), "impossible or malformed date"),
        (b" date  \n\n" + GOOD_BODY.encode(), "first line is not"),
        (b" date 2019-04-19 Title\n\n   ", "empty body"),
        ((b" date 2019-04-19 Title\n\nDer Aussenminister hat am Montag in Berlin mit seinem Kollegen ueber Handel "
          b"gesprochen und sagte, dass"), "not English"),
        (b" date 2999-01-01 Title\n\n" + GOOD_BODY.encode(), "impossible date"),
    ],
)
def test_bad_text_files_are_rejected_with_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(" date 2020-01-02 Good\n\n" + GOOD_BODY, encoding="utf-8")
    articles, rejects = split(read_inputs([tmp_path]))
    assert [a.title for a in articles] == ["Good"]
    assert len(rejects) == 1 and reason in rejects[0].reason
    assert rejects[0].origin.endswith("bad.txt")


def test_unreadable_file_is_rejected(tmp_path: Path) -> None:
    folder = tmp_path / "a_directory.txt"
    folder.mkdir()
    target = tmp_path / "locked.txt"
    target.write_text(" date 2020-01-02 T\n\n" + GOOD_BODY)
    target.chmod(0)
    items = list(read_inputs([target]))
    target.chmod(0o644)
    # root can read anything; then the article simply comes through
    assert len(items) == 1 and (isinstance(items[0], Article) or "unreadable" in items[0].reason)


def test_jsonl_keeps_good_lines_and_rejects_bad_ones_with_line_numbers(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "date": "2020-05-01", "title": "One", "text": GOOD_BODY}),
        "{not json",
        json.dumps({"id": "a2", "date": "", "text": GOOD_BODY}),
        json.dumps({"id": "a3", "date": "2020-05-01", "text": ""}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "a4", "date": "2020-05-02", "text": GOOD_BODY, "url": "http://x", "source": "wire"}),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, rejects = split(read_inputs([path]))
    assert [a.id for a in articles] == ["a1", "a4"]
    assert articles[1].source == "wire"
    assert [(r.line, r.reason.split(":")[0]) for r in rejects] == [
        (2, "malformed JSON"), (3, "missing date"), (4, "empty body"), (5, "record is not a JSON object"),
    ]


def test_csv_input(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text(f'id,date,title,text\nc1,2021-03-04,Title,"{GOOD_BODY}"\nc2,bad-date,T,"{GOOD_BODY}"\n')
    articles, rejects = split(read_inputs([path]))
    assert [a.id for a in articles] == ["c1"]
    assert rejects[0].line == 3 and "date" in rejects[0].reason


def test_glob_and_missing_path(tmp_path: Path) -> None:
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(f" date 2020-01-0{n + 1} T{n}\n\n{GOOD_BODY}")
    articles, _ = split(read_inputs([str(tmp_path / "*.txt")]))
    assert len(articles) == 3
    missing = str(tmp_path / "nothing-*.txt")
    articles, rejects = split(read_inputs([missing, str(tmp_path / "0.txt")]))
    assert len(articles) == 1  # the path after the missing one is still read
    assert [(r.origin, r.reason) for r in rejects] == [(missing, "no such file, directory or glob match")]
    with pytest.raises(InputError, match="no such file"):
        list(expand_paths([missing]))  # the Ray driver still refuses it before starting


def test_stdin_text_and_jsonl() -> None:
    text = io.BytesIO(f" date 2020-01-02 T\n\n{GOOD_BODY}".encode())
    (article,), _ = split(read_inputs(["-"], stdin=text))
    assert article.title == "T"
    jsonl = io.BytesIO(json.dumps({"id": "s", "date": "2020-01-02", "text": GOOD_BODY}).encode() + b"\n")
    (article,), _ = split(read_inputs(["-"], stdin=jsonl))
    assert article.id == "s"


@pytest.mark.parametrize(
    ("text", "dateline"),
    [("MOSCOW: Russia said", "MOSCOW"), ("WASHINGTON (Reuters) - The US", "WASHINGTON"),
     ("NEW YORK, April 3 -- Shares", None), ("Moscow: not a dateline", None), ("The UN said", None)],
)
def test_dateline(text: str, dateline: str | None) -> None:
    assert find_dateline(text) == dateline


@pytest.mark.parametrize(
    ("text", "english"),
    [
        (("Le président de la République a annoncé mardi que le gouvernement allait présenter une loi sur les "
          "retraites."), False),
        (("El presidente del gobierno anunció el martes que las elecciones se celebrarán en mayo y que no habrá "
          "cambios."), False),
        ("Владимир Путин заявил во вторник, что Россия готова к переговорам с Украиной по всем вопросам.", False),
        ("Shr one dlr vs 73 cts Net 12.6 mln vs 15.8 mln Revs 337.3 mln vs 315.2 mln Nine mths Reuter", True),
        ("Qtly div eights cts vs eight cts prior Pay April one Record March 13 Reuter", True),
        ("The French president met the German chancellor in Berlin on Monday to discuss trade and the war.", True),
    ],
)
def test_language_check_needs_evidence_of_another_language(text: str, english: bool) -> None:
    from tidings.inputs.readers import looks_english

    assert looks_english(text) is english


def test_normalise_apostrophes_and_spaces() -> None:
    assert normalise_text("Korea´s  leader’s\r\n\r\n\r\nnext") == "Korea's leader's\n\nnext"


@pytest.mark.parametrize(("raw", "normal"), [
    # Reuters-21578 (reuters-925): wrapped lines, paragraphs indented -> a blank line between paragraphs
    ("ease restrictions on exports of high technology.\n    But the U.S. Embassy replied that Chinese\nfigures",
     "ease restrictions on exports of high technology.\n\nBut the U.S. Embassy replied that Chinese\nfigures"),
    # a text that already sets paragraphs apart by blank lines keeps its indented lines as lines
    ("First paragraph.\n\nSecond\n  line of it.", "First paragraph.\n\nSecond\nline of it."),
])
def test_indented_paragraphs_of_wire_copy_become_blank_lines(raw: str, normal: str) -> None:
    assert normalise_text(raw) == normal


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_jsonl_reader_never_raises_and_accounts_for_every_line(data: bytes) -> None:
    items = list(read_jsonl_stream(io.BytesIO(data), "fuzz"))
    non_blank = [line for line in data.split(b"\n") if line.strip()]
    assert len(items) == len(non_blank)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2026, 1, 1)))
def test_text_parser_returns_article_or_typed_rejection(body: str, date: dt.date) -> None:
    from tidings.errors import ArticleRejected

    try:
        article = parse_text_article(f" date {date.isoformat()} Title\n\n{body}", "fuzz")
    except ArticleRejected as exc:
        assert exc.reason
    else:
        assert article.date == date and article.text == normalise_text(body)


def test_make_article_keeps_given_id() -> None:
    article = make_article(text=GOOD_BODY, date="2020-01-01", given_id=17, origin="x")
    assert article.id == "17"


@pytest.mark.parametrize(("field", "place"), [
    ("SALVADOR, Feb 26 -", "SALVADOR"),  # Reuters-21578's dateline field
    ("SUFFIELD, Conn., March 3 -", "SUFFIELD, Conn."),
    ("NEW YORK, Sept 12 -", "NEW YORK"),
    ("  BAHRAIN ", "BAHRAIN"),
    ("Feb 26 -", None),
    ("", None),
    (26, None),
])
def test_a_dateline_field_gives_the_articles_dateline_place(field: object, place: str | None) -> None:
    record = {"id": "r1", "date": "1987-02-26", "text": "Showers continued throughout the week in the Bahia "
              "cocoa zone, alleviating the drought since early January.", "dateline": field}
    [article] = list(read_handle(io.BytesIO(json.dumps(record).encode()), "r.jsonl", ".jsonl"))
    assert isinstance(article, Article) and article.dateline == place


def test_a_dateline_in_the_body_wins_over_the_field() -> None:
    record = {"date": "2019-04-19", "dateline": "PARIS, Apr 19 -",
              "text": "MOSCOW: North Korean leader Kim Jong Un will visit Russia this month, the Kremlin said."}
    [article] = list(read_handle(io.BytesIO(json.dumps(record).encode()), "r.jsonl", ".jsonl"))
    assert isinstance(article, Article) and article.dateline == "MOSCOW"
