"""Putting the model to work on an article's candidates: features, probability, operating point."""

from __future__ import annotations

from collections import Counter

from tidings.events import EventMention
from tidings.judge.article import article_features
from tidings.judge.features import candidate_features
from tidings.judge.model import EventJudge
from tidings.records import Article, Event

Candidate = tuple[Event, list[str]]


def article_candidates(article: Article, mentions: list[EventMention], events: list[Event]) -> list[Candidate]:
    """Each event with the features the model sees of it (``events[i]`` is ``mentions[i]`` made a record):
    its own (:mod:`tidings.judge.features`) and its article's and sentence rivals' (:mod:`tidings.judge.article`)."""
    per_sentence = Counter(event.sentence_index for event in events)
    seen: Counter[tuple[int, str]] = Counter()
    out: list[Candidate] = []
    for mention, event, context in zip(mentions, events, article_features(article, events), strict=True):
        key = (event.sentence_index, event.cameo_root)
        out.append((event, candidate_features(
            rule=mention.rule, code=event.cameo, status=event.status, reciprocal=event.reciprocal,
            trigger=mention.trigger, clause=mention.clause, source=event.source, target=event.target,
            sentence_number=event.sentence_index, candidates_in_sentence=per_sentence[event.sentence_index],
            title=article.title, same_root_before=seen[key]) + context))
        seen[key] += 1
    return out


def judged(candidates: list[Candidate], judge: EventJudge, min_confidence: float) -> list[Event]:
    """The events whose probability reaches ``min_confidence``, with it as their ``confidence``."""
    kept: list[Event] = []
    for event, features in candidates:
        probability = round(judge.probability(features), 3)
        if probability >= min_confidence:
            kept.append(event.model_copy(update={"confidence": probability}))
    return kept
