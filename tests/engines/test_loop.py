"""The one ingest loop, with the real local engine and a real store: duplicates (stored or seen
in this run), failed coding as inline rejects, one summary, the search index refreshed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.engines.local import coding_with
from tidings.engines.loop import combined, ingest, store_outcomes
from tidings.inputs.readers import make_article
from tidings.pipeline import Extractor
from tidings.records import Article, ArticleResult, Reject, RunSummary
from tidings.store import Store


class FailsOnPoison(Extractor):
    """A real Extractor whose coding raises on articles mentioning poison, as a stage bug would."""

    def process(self, article, doc):  # type: ignore[no-untyped-def]
        if "poison" in article.text:
            raise ValueError("stage exploded")
        return super().process(article, doc)


@pytest.fixture(scope="module")
def extractor(nlp: object) -> FailsOnPoison:
    return FailsOnPoison(nlp=nlp)  # type: ignore[arg-type]


def _article(text: str, origin: str) -> Article:
    return make_article(text=text, date="2020-01-06", origin=origin)


GOOD = "Russia condemned Ukraine on Monday."
OTHER = "Japan provided food aid to North Korea."
POISON = "The poison article says Russia condemned Ukraine."


def test_duplicates_within_one_run_are_counted_and_coded_once(tmp_path: Path, extractor: FailsOnPoison) -> None:
    coded: list[str] = []
    code = coding_with(extractor)

    def counting(articles):  # type: ignore[no-untyped-def]
        for article in articles:
            coded.append(article.id)
            yield from code([article])

    good = _article(GOOD, "a")
    store = Store(tmp_path / "s.duckdb")
    summary = ingest([good, _article(OTHER, "b"), good.model_copy(update={"origin": "again"})], store, counting,
                     batch_size=8)
    assert (summary.articles_read, summary.articles_stored, summary.articles_duplicate) == (3, 2, 1)
    assert coded == [good.id, _article(OTHER, "b").id]
    assert summary.events == len(store.events())  # the events stored, not just coded

    again = ingest([good], store, counting, batch_size=8)
    assert (again.articles_read, again.articles_stored, again.articles_duplicate, again.events) == (1, 0, 1, 0)


def test_failed_coding_and_unreadable_input_come_through_one_channel(tmp_path: Path, extractor: FailsOnPoison) -> None:
    unreadable = Reject(origin="feed.jsonl", line=3, reason="malformed JSON")
    heard: list[Reject] = []
    progress: list[ArticleResult] = []
    store = Store(tmp_path / "s.duckdb")
    items: list[Article | Reject] = [_article(POISON, "bad"), unreadable, _article(GOOD, "good")]
    summary = ingest(items, store, coding_with(extractor), batch_size=8, on_progress=progress.append,
                     on_reject=heard.append)
    assert (summary.articles_read, summary.articles_stored, summary.articles_failed, summary.rejected) == (2, 1, 1, 2)
    assert summary.articles_read == summary.articles_stored + summary.articles_duplicate + summary.articles_failed
    assert [r.origin for r in heard] == ["feed.jsonl", "bad"] and "ValueError: stage exploded" in heard[1].reason
    assert [r.article.origin for r in progress] == ["good"]
    assert sorted(r.origin for r in store.rejects()) == ["bad", "feed.jsonl"]
    assert extractor.failures == []


def test_new_articles_refresh_the_search_index(tmp_path: Path, extractor: FailsOnPoison) -> None:
    store = Store(tmp_path / "s.duckdb")
    summary = ingest([_article("Kim Jong Un met Vladimir Putin in Vladivostok.", "kim")], store,
                     coding_with(extractor), batch_size=8)
    assert summary.articles_stored == 1 and summary.notes == []
    (hit,) = store.search("Vladivostok")
    assert not hit.stale_index


def test_outcomes_coded_elsewhere_are_stored_and_counted_alike(tmp_path: Path, extractor: FailsOnPoison) -> None:
    outcomes = list(coding_with(extractor)([_article(GOOD, "good"), _article(POISON, "bad")]))
    store = Store(tmp_path / "s.duckdb")
    first = store_outcomes(outcomes, store, batch_size=8)
    again = store_outcomes(outcomes, store, batch_size=8)
    assert (first.articles_read, first.articles_stored, first.articles_failed, first.rejected) == (2, 1, 1, 1)
    assert (again.articles_stored, again.articles_duplicate) == (0, 1)
    assert [r.origin for r in store.rejects()] == ["bad"]


def test_combined_adds_every_field() -> None:
    first = RunSummary(articles_read=2, articles_stored=1, articles_failed=1, rejected=1, events=3,
                       elapsed_seconds=0.5, notes=["a"])
    second = RunSummary(articles_read=1, articles_duplicate=1, elapsed_seconds=0.25, notes=["b"])
    total = combined(first, second)
    assert total == RunSummary(articles_read=3, articles_stored=1, articles_duplicate=1, articles_failed=1,
                               rejected=1, events=3, elapsed_seconds=0.75, notes=["a", "b"])


def test_a_different_article_under_a_repeated_id_is_a_reject_not_a_duplicate(
        tmp_path: Path, extractor: FailsOnPoison) -> None:
    first = make_article(text=GOOD, date="2020-01-06", given_id="feed-1", origin="feed.jsonl:1")
    same = first.model_copy(update={"origin": "feed.jsonl:2"})
    other = make_article(text=OTHER, date="2020-01-06", given_id="feed-1", origin="feed.jsonl:3")
    heard: list[Reject] = []
    summary = ingest([first, same, other], Store(tmp_path / "s.duckdb"), coding_with(extractor), batch_size=8,
                     on_reject=heard.append)
    counts = (summary.articles_read, summary.articles_stored, summary.articles_duplicate, summary.rejected)
    assert counts == (2, 1, 1, 1)  # the same article twice is a duplicate; another one under its id is not
    assert [(r.origin, r.line, r.reason) for r in heard] == [
        ("feed.jsonl", 3, "id 'feed-1' is used by a different article earlier in this input")]
