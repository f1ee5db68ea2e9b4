"""The learned layer: the shipped model, its features on real sentences, and its training."""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

import pytest

from factories import make_article, make_event
from tidings.judge import EventJudge, actor_kind
from tidings.pipeline import Extractor, ExtractorSettings
from tidings.records import Actor, Article

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def every_candidate(nlp) -> Extractor:
    return Extractor(ExtractorSettings(min_confidence=0.0), nlp=nlp)


def _confidences(extractor: Extractor, text: str, title: str) -> list[tuple[str, float]]:
    article = Article(id="t", date=dt.date(2019, 4, 19), title=title, text=text)
    (result,) = list(extractor.run([article]))
    return [(e.cameo, e.confidence) for e in result.events]


def test_the_shipped_model_loads_fast_with_its_operating_point_and_figures() -> None:
    started = time.perf_counter()
    judge = EventJudge.load()
    assert time.perf_counter() - started < 1.0
    assert 0.0 < judge.threshold < 1.0
    assert judge.info["cross_validated"]["core recall by root"] > 0.3
    assert judge.info["folds"] == 5


@pytest.mark.parametrize(("text", "title", "political"), [
    # a government's act against another government
    ("Russia's foreign ministry condemned the new US sanctions on Tuesday.", "Russia condemns US sanctions", True),
    ("North Korea's leader Kim Jong Un will visit Russia for talks with Vladimir Putin this month.",
     "North Korea's Kim to meet Putin", True),
    # Reuters business news: a company and a market analyst
    ("Shares of the company rose 3 pct after analysts said profits would beat forecasts, a dealer said.",
     "Company shares rise on profit forecast", False),
    ("The team said it had signed the striker on a three-year contract.", "Club signs striker", False),
])
def test_political_candidates_score_above_business_and_sports_ones(
    every_candidate: Extractor, text: str, title: str, political: bool,
) -> None:
    scores = [p for _, p in _confidences(every_candidate, text, title)]
    threshold = every_candidate.judge.threshold
    if political:
        assert scores and max(scores) >= threshold
    else:
        assert all(p < 0.5 for p in scores)


def test_confidence_is_the_model_probability_and_the_threshold_filters(nlp, every_candidate: Extractor) -> None:
    text = ("North Korea's leader Kim Jong Un will visit Russia for talks with Vladimir Putin this month. "
            "Shares of the company rose 3 pct after analysts said profits would beat forecasts, a dealer said.")
    every = _confidences(every_candidate, text, "Kim to visit Russia")
    strict = _confidences(Extractor(ExtractorSettings(min_confidence=0.99), nlp=nlp), text, "Kim to visit Russia")
    default = _confidences(Extractor(nlp=nlp), text, "Kim to visit Russia")
    assert len(strict) <= len(default) <= len(every)
    assert all(p >= every_candidate.judge.threshold for _, p in default)


@pytest.mark.parametrize(("actor", "kind"), [
    (None, "none"),
    (Actor(text="officials"), "uncoded"),
    (Actor(text="the Kremlin", code="RUSGOV", country="RUS", sectors=["GOV"]), "government"),
    (Actor(text="the UN", code="IGOUNO"), "igo"),
    (Actor(text="Raqqa", code="SYR", country="SYR", kind="location"), "location"),
])
def test_actor_kinds(actor: Actor | None, kind: str) -> None:
    assert actor_kind(actor) == kind


def test_training_is_deterministic(tmp_path: Path) -> None:
    """Two fits on the same examples write the same bytes."""
    pytest.importorskip("sklearn")
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_event_filter as training

    article = make_article()
    examples = [
        training.Example(f"a{i % 7}", ["bias", f"root={i % 4}", f"w={i % 5}"], int(i % 3 == 0), 1.0,
                         make_event(article, i), True)
        for i in range(60)
    ]
    paths = [tmp_path / "one.json.gz", tmp_path / "two.json.gz"]
    for path in paths:
        judge = training.fit(examples, 0.3)
        EventJudge(judge.weights, judge.intercept, 0.5, {"C": 0.3}).save(path)
    assert paths[0].read_bytes() == paths[1].read_bytes()
    assert EventJudge.load(paths[0]).probability(["bias", "root=0"]) != 0.5



def test_the_other_sets_weight_is_a_training_choice() -> None:
    """PLV and CAMEO-class sentences train at the weight cross-validation chose among non-zero
    weights (at 0 they would be left out, which lowered the held-out PLOVER dev figures), and
    real-news candidates always weigh 1."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_event_filter as training

    article = make_article()
    examples = [training.Example(f"a{i}", ["bias"], i % 2, 1.0, make_event(article, i), i < 3) for i in range(6)]
    assert [e.weight for e in training.weighted(examples, 0.05)] == [1.0, 1.0, 1.0, 0.05, 0.05, 0.05]
    assert [e.group for e in training.weighted(examples, 0.0)] == ["a0", "a1", "a2"]
    assert [e.weight for e in examples] == [1.0] * 6  # the caller's examples are not changed
    assert min(training.AUX_WEIGHTS) > 0.0

def _features(nlp, every_candidate: Extractor, text: str) -> list[tuple[str, list[str]]]:
    article = Article(id="f", date=dt.date(2019, 4, 19), title="News", text=text)
    return [(event.cameo_root, features) for event, features in every_candidate.scored_candidates(article, nlp(text))]


@pytest.mark.parametrize(("text", "root", "expected", "absent"), [
    # a second candidate of the same root in a sentence can match only a second gold event
    ("Russia and China condemned Ukraine on Monday.", "11", {"same_root_before=0", "same_root_before=1"}, set()),
    # the clause's framing: under two verbs of saying, with a modal
    ("Officials said Britain said Russia would attack Ukraine.", "13", {"report_depth=2*root=13"}, set()),
    ("Russia attacked Ukraine on Monday.", "19", {"report_depth=0*root=19", "source_named*root=19"},
     {"pluperfect*root=19"}),
    ("Russia said troops had attacked a Ukrainian town.", "19", {"pluperfect*root=19"}, set()),
])
def test_candidate_features_describe_framing_and_rank(nlp, every_candidate: Extractor, text: str, root: str,
                                                     expected: set[str], absent: set[str]) -> None:
    seen = {f for r, features in _features(nlp, every_candidate, text) if r == root for f in features}
    assert expected <= seen, sorted(seen)
    assert not absent & seen


def _article_features(every_candidate: Extractor, nlp, text: str, title: str) -> set[str]:
    article = Article(id="a", date=dt.date(2019, 5, 14), title=title, text=text)
    return {f for _, features in every_candidate.scored_candidates(article, nlp(text)) for f in features}


BUSINESS = ("Shares of the company rose 3 pct after the bank said quarterly profits would beat forecasts. "
            "Analysts said revenue and earnings grew, and the company said it plans to raise its dividend. "
            "Chief executive John Smith said the company had signed an agreement with the bank.")
POLITICAL = ("Russia's foreign ministry condemned the new US sanctions on Tuesday. "
             "The government said troops and police would protect the border, the minister said.")


@pytest.mark.parametrize(("text", "title", "expected", "absent"), [
    # the whole article's words tell a business story from a political one
    (BUSINESS, "Company shares rise on profit forecast", {"topic_lead=business"}, {"topic_lead=political"}),
    (POLITICAL, "Russia condemns US sanctions", {"topic_lead=political"}, {"topic_lead=business"}),
    # a year before the article's: background ("In 1985, Day invited former co-star Hudson ...")
    ("In 2010, Russia invited Ukraine to talks in Minsk.", "Talks", {"older_year"}, set()),
    ("On Monday, Russia invited Ukraine to talks in Minsk.", "Talks", {"src_head=russia"}, {"older_year"}),
])
def test_article_features_read_the_whole_article(nlp, every_candidate: Extractor, text: str, title: str,
                                                 expected: set[str], absent: set[str]) -> None:
    seen = _article_features(every_candidate, nlp, text, title)
    assert expected <= seen, sorted(seen)
    assert not absent & seen


@pytest.mark.parametrize(("text", "title"), [
    # a sports story (Wikinews, 2019, training part): only athletes speak
    (('Speaking to BBC Sport, Warholm said, "This was a very tough race." He also commented on the future, '
     '"This is only the beginning and I am very lucky to win."'),
     "Norway's Warholm wins gold in 400 m hurdles at World Championships in Doha"),
    # an obituary (Wikinews, 2020, training part): musicians and their tributes
    (("Mike McCready of Pearl Jam likened his first time hearing the solo to first hearing classical composer "
     'Mozart. In an interview with Rolling Stone, McCready commented, "he gets sounds that aren\'t necessarily '
     'guitar sounds."'), "Guitarist Eddie Van Halen dies, aged 65"),
])
def test_an_article_with_no_political_actor_codes_no_event(
    nlp, every_candidate: Extractor, text: str, title: str,
) -> None:
    candidates = _confidences(every_candidate, text, title)
    assert candidates and all(p == 0.0 for _, p in candidates)
    assert _confidences(Extractor(nlp=nlp), text, title) == []


def test_an_article_with_a_political_actor_still_codes_its_events(nlp) -> None:
    text = ("Speaking to BBC Sport, Warholm said, \"This was a very tough race.\" "
            "Russia's foreign ministry condemned the new US sanctions on Tuesday.")
    assert [code for code, _ in _confidences(Extractor(nlp=nlp), text, "Russia condemns US sanctions")]
