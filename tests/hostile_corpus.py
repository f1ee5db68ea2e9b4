"""A generated corpus of hostile inputs mixed with good articles (issue #18), for the CLI and
the HTTP upload tests: :func:`build` writes it under a folder and says what must come of it."""

from __future__ import annotations

import codecs
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

BODY = ("The foreign minister of France met his German counterpart in Berlin on Monday to discuss trade. "
        "Both sides said the talks were useful.")


@dataclass
class Corpus:
    """What :func:`build` wrote: the inputs to give (files and special paths), the titles of the
    good articles among them, and the reject expected for each bad one."""

    inputs: list[str] = field(default_factory=list)
    uploads: list[Path] = field(default_factory=list)
    """The regular files (what can be uploaded over HTTP)."""
    good_titles: set[str] = field(default_factory=set)
    bad: dict[tuple[str, int | None], str] = field(default_factory=dict)
    """(file name, line or None) -> the start of the true reason."""
    special: set[tuple[str, int | None]] = field(default_factory=set)
    """The bad inputs that are not files one can upload (FIFO, device, missing path, link loop)."""
    duplicates: int = 0


def _good(title: str, corpus: Corpus) -> str:
    corpus.good_titles.add(title)
    return f"{BODY} ({title})"


def _line(n: int, corpus: Corpus, **fields: object) -> str:
    title = f"good line {n}"
    return json.dumps({"id": f"g{n}", "date": "2020-01-02", "title": title, "text": _good(title, corpus), **fields})


def build(root: Path) -> Corpus:
    """Write the corpus under ``root``; every class of issue #18's input side is in it."""
    corpus = Corpus()
    root.mkdir(parents=True, exist_ok=True)

    def text_file(name: str, data: bytes, reason: str | None = None) -> None:
        path = root / name
        path.write_bytes(data)
        corpus.inputs.append(str(path))
        corpus.uploads.append(path)
        if reason is not None:
            corpus.bad[(name, None)] = reason

    for n in range(2):
        title = f"good text {n}"
        text_file(f"good{n}.txt", f"date 2020-01-0{n + 1} {title}\n\n{_good(title, corpus)}\n".encode())
    utf16_title = "good utf16"
    text_file("utf16.txt", f"date 2020-01-03 {utf16_title}\n\n{_good(utf16_title, corpus)}\n".encode("utf-16"))
    text_file("utf16-nobom.txt", f"date 2020-01-03 T\n\n{BODY}\n".encode("utf-16-le"),
              "UTF-16 text without a byte-order mark is not supported")
    text_file("chinese.txt", "date 2020-01-03 新闻\n\n中国外交部发言人周二表示，双方将继续保持沟通与合作。\n".encode(),
              "not English (mostly non-Latin script)")
    text_file("too-long.txt", b"date 2020-01-03 Long\n\n" + (BODY.encode() + b" ") * 9_000,
              "article too long (")  # over 1,000,000 characters: spaCy's E088 once crashed the run
    sparse = root / "huge.txt"
    with sparse.open("wb") as handle:
        handle.write(b"date 2020-01-03 Huge\n\n")
        handle.truncate(3_000_000)  # over the byte limit of one article: refused unread
    corpus.inputs.append(str(sparse))
    corpus.uploads.append(sparse)
    corpus.bad[("huge.txt", None)] = "file too large"

    lines = [
        (_line(1, corpus), None),
        ('{"id": "s1", "date": "2020-01-02", "text": "\\ud800 ' + BODY + '"}', "text is not valid Unicode"),
        ("[" * 50_000 + "]" * 50_000, "malformed JSON line: nested too deeply"),
        (json.dumps({"id": "d1", "date": 20190419, "text": BODY}), "invalid date 20190419"),
        (json.dumps({"id": "d2", "date": "20190419", "text": BODY}), "impossible or malformed date '20190419'"),
        (json.dumps({"id": "d3", "date": "2019-04-19garbage", "text": BODY}), "impossible or malformed date"),
        (_line(2, corpus), None),
        (_line(2, corpus), None),  # the same article again: a duplicate, not a reject
        (json.dumps({"id": "g1", "date": "2020-01-02", "text": f"{BODY} Another article."}),
         "id 'g1' is used by a different article earlier in this input"),
    ]
    corpus.duplicates += 1
    data = "\n".join(line for line, _ in lines) + "\n"
    # a JSON Lines file without a .jsonl suffix: sniffed by content
    text_file("articles.data", data.encode("utf-8", "surrogatepass"))
    for number, (_, reason) in enumerate(lines, start=1):
        if reason is not None:
            corpus.bad[("articles.data", number)] = reason

    csv_rows = [
        "id,date,title,text,notes",
        f"c1,2020-01-02,good csv 1,{_good('good csv 1', corpus)},",
        f'c2,2020-01-02,good csv 2,{_good("good csv 2", corpus)},"{"n" * 140_000}"',  # over csv's 131,072 limit
    ]
    csv_data = "\n".join(csv_rows).encode() + b"\nc3,2020-01-02,bad,caf\xe9 " + BODY.encode() + b",\n"
    csv_data += f"c4,2020-01-02,good csv 4,{_good('good csv 4', corpus)},\n".encode()
    text_file("rows.csv", csv_data)
    corpus.bad[("rows.csv", 4)] = "invalid UTF-8 in this row (byte 0xE9)"
    utf16_csv = f"id,date,title,text\nu1,2020-01-02,good utf16 csv,{_good('good utf16 csv', corpus)}\n"
    text_file("utf16.csv", codecs.BOM_UTF16_LE + utf16_csv.encode("utf-16-le"))

    def special(name: str, reason: str) -> None:
        corpus.inputs.append(str(root / name) if not name.startswith("/") else name)
        corpus.bad[(name, None)] = reason
        corpus.special.add((name, None))

    os.mkfifo(root / "pipe.jsonl")
    special("pipe.jsonl", "not a regular file (a FIFO)")
    (root / "loop.txt").symlink_to(root / "loop.txt")
    special("loop.txt", "symbolic link loop")
    special("missing.txt", "no such file, directory or glob match")
    if Path("/dev/zero").exists():
        special("/dev/zero", "not a regular file (a character device)")
    title = "good last"  # read after every bad argument above
    text_file("zz-last.txt", f"date 2020-01-04 {title}\n\n{_good(title, corpus)}\n".encode())
    return corpus


def reject_key(origin: str, line: int | None) -> tuple[str, int | None]:
    """The corpus key of a stored or reported reject: its file name (or the special path) and line."""
    name = origin if origin == "/dev/zero" else Path(origin.removeprefix("upload:")).name
    return name, line
