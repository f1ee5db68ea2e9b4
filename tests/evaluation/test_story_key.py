"""A re-sent wire story is the same story: ``story_key`` sees it under a new id and new line breaks."""

from __future__ import annotations

import json
from pathlib import Path

from tidings.evaluation.files import story_key

GOLD_ARTICLES = Path(__file__).resolve().parents[2] / "data" / "gold" / "realnews_tidings_articles.jsonl"


def test_a_rewrapped_copy_has_the_same_key() -> None:
    sent = "Japan's Finance Minister Kiichi Miyazawa said\nhe would meet U.S. Treasury Secretary James Baker."
    resent = "JAPAN'S FINANCE MINISTER Kiichi Miyazawa said he would\n  meet U.S. Treasury Secretary James Baker"
    assert story_key(sent) == story_key(resent)


def test_another_story_has_another_key() -> None:
    assert story_key("Miyazawa said he would meet Baker.") != story_key("Miyazawa said he would not meet Baker.")


def test_only_the_words_of_the_opening_count() -> None:
    opening = " ".join(f"w{i}" for i in range(60))
    assert story_key(opening + " one ending") == story_key(opening + " another ending")


def test_the_gold_shares_one_known_story_across_its_splits() -> None:
    """reuters-17149 (train) is reuters-17142 (test) re-sent; training skips it
    (scripts/train_event_filter.py ``train_part``). A new pair means a copy of a test article was coded."""
    records = [json.loads(line) for line in GOLD_ARTICLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    test = {story_key(r["text"]): r["id"] for r in records if r["split"] == "test"}
    crossing = sorted((test[story_key(r["text"])], r["id"]) for r in records
                      if r["split"] == "train" and story_key(r["text"]) in test)
    assert crossing == [("reuters-17142", "reuters-17149")]
