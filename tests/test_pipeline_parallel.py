"""The local engine gives the same results with worker processes as without."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.inputs.readers import read_inputs
from tidings.records import Article


@pytest.fixture(scope="module")
def sample(shared_data: Path) -> list[Article]:
    items = read_inputs([shared_data / "corpora" / "wikinews.jsonl"])
    articles = [item for item in items if isinstance(item, Article)]
    return sorted(articles, key=lambda a: len(a.text))[:18]  # the short ones: a fast test


def test_two_processes_equal_one(sample: list[Article]) -> None:
    from tidings.pipeline import Extractor, ExtractorSettings

    serial = [r.model_dump_json() for r in Extractor(ExtractorSettings(batch_size=4, n_process=1)).run(sample)]
    parallel = [r.model_dump_json() for r in Extractor(ExtractorSettings(batch_size=4, n_process=2)).run(iter(sample))]
    assert parallel == serial  # same results, same (input) order
    assert sum(r.count('"event_id"') for r in serial) > 0
