"""The pipeline's own guard: an article longer than the model parses (spaCy's E088) fails alone,
not the batch, whoever built the Article (the readers' size cap rejects it earlier)."""

from __future__ import annotations

import datetime as dt

from tidings.pipeline import Extractor
from tidings.records import Article


def test_an_article_over_the_model_limit_fails_alone(nlp: object) -> None:
    extractor = Extractor(nlp=nlp)  # type: ignore[arg-type]
    long_text = "Russia condemned Ukraine on Monday. " * 30_000  # over 1,000,000 characters
    articles = [Article(id=name, date=dt.date(2020, 3, 2), text=text, origin=name) for name, text in
                [("before", "Russia condemned Ukraine on Monday."), ("long", long_text),
                 ("after", "France met Germany in Berlin on Tuesday.")]]
    results = list(extractor.run(articles))
    assert [r.article.id for r in results] == ["before", "after"]
    (failure,) = extractor.failures
    assert failure.article_id == "long" and failure.reason.startswith("article too long for the NLP model (1,080,000")
