"""The local engine: one Extractor reused across calls, its failures yielded inline in input
order and never left to pile up in ``Extractor.failures``."""

from __future__ import annotations

import pytest

from tidings.engines import engine_runner
from tidings.engines.local import coding_with, local_engine
from tidings.inputs.readers import make_article
from tidings.pipeline import Extractor, ExtractorSettings
from tidings.records import Article, ArticleResult, Reject


class FailsOnPoison(Extractor):
    """A real Extractor whose coding raises on articles mentioning poison, as a stage bug would."""

    def process(self, article, doc):  # type: ignore[no-untyped-def]
        if "poison" in article.text:
            raise ValueError("stage exploded")
        return super().process(article, doc)


def _articles(*texts: str) -> list[Article]:
    return [make_article(text=text, date="2020-01-06", origin=f"a{n}") for n, text in enumerate(texts)]


TEXTS = ("Russia condemned Ukraine on Monday.", "The poison article says Russia condemned Ukraine.",
         "Japan provided food aid to North Korea.", "Another poison article: China criticised Japan.")


def _origin(outcome: ArticleResult | Reject) -> str:
    return outcome.origin if isinstance(outcome, Reject) else str(outcome.article.origin)


def test_failures_come_inline_in_input_order(nlp: object) -> None:
    code = coding_with(FailsOnPoison(nlp=nlp))  # type: ignore[arg-type]
    outcomes = list(code(_articles(*TEXTS)))
    assert [_origin(o) for o in outcomes] == ["a0", "a1", "a2", "a3"]
    assert [type(o).__name__ for o in outcomes] == ["ArticleResult", "Reject", "ArticleResult", "Reject"]


def test_the_failures_list_does_not_grow_across_calls(nlp: object) -> None:
    extractor = FailsOnPoison(nlp=nlp)  # type: ignore[arg-type]
    code = coding_with(extractor)
    for _ in range(3):
        rejects = [o for o in code(_articles(*TEXTS)) if isinstance(o, Reject)]
        assert len(rejects) == 2
        assert extractor.failures == []


def test_a_caller_that_stops_early_leaves_no_failures_behind(nlp: object) -> None:
    extractor = FailsOnPoison(nlp=nlp)  # type: ignore[arg-type]
    outcomes = coding_with(extractor)(_articles(TEXTS[1], TEXTS[0], TEXTS[2]))
    next(outcomes)  # the store gave up after the first outcome (e.g. it was busy)
    outcomes.close()  # type: ignore[attr-defined]
    assert extractor.failures == []
    assert [_origin(o) for o in coding_with(extractor)(_articles(TEXTS[0]))] == ["a0"]


def test_failures_of_another_caller_are_left_alone(nlp: object) -> None:
    extractor = FailsOnPoison(nlp=nlp)  # type: ignore[arg-type]
    assert list(extractor.run(_articles(TEXTS[1]))) == []  # Extractor.run keeps its failure in the list
    (theirs,) = extractor.failures
    outcomes = list(coding_with(extractor)(_articles(*TEXTS)))
    assert sum(isinstance(o, Reject) for o in outcomes) == 2
    assert extractor.failures == [theirs]


def test_engine_runner_local_codes_like_the_extractor() -> None:
    settings = ExtractorSettings(batch_size=4)
    articles = _articles(TEXTS[0], TEXTS[2])
    expected = [r.model_dump_json() for r in Extractor(settings).run(articles)]
    for code in (local_engine(settings), engine_runner("local", settings)):
        assert [o.model_dump_json() for o in code(articles)] == expected


@pytest.mark.parametrize("engine", ["spark", ""])
def test_unknown_engine_names_the_choices(engine: str) -> None:
    from tidings.errors import InputError

    with pytest.raises(InputError, match="local, ray"):
        engine_runner(engine, ExtractorSettings())
