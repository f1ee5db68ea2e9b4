"""Putting the model to work on an article's candidates: features, probability, operating point."""

from __future__ import annotations

from collections import Counter

from tidings.events import EventMention
from tidings.judge.article import article_features, has_state_actor
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
    """The events whose probability reaches ``min_confidence``, with it as their ``confidence``.

    An article none of whose candidates has a state, government, armed, IGO or political actor,
    nor an actor of a country of its own (not one the story's context lent it), is a business,
    sports, science or culture story ("Speaking to BBC Sport, Warholm said, \"This was a very
    tough race.\""; "Mike McCready of Pearl Jam likened his first time hearing the solo to first
    hearing classical composer Mozart"): its candidates get probability 0, so only
    ``min_confidence`` 0 (every candidate) keeps them."""
    political = any(has_state_actor(event) or _has_country(event) for event, _ in candidates)
    kept: list[Event] = []
    for event, features in candidates:
        probability = round(judge.probability(features), 3) if political else 0.0
        if probability >= min_confidence:
            kept.append(event.model_copy(update={"confidence": probability}))
    return kept


def _has_country(event: Event) -> bool:
    """Whether an actor of the event has a country of its own ("Palestinians", "three Iraqi
    civilians"): a country's civilians protest and are attacked, the stuff of political news too."""
    return any(actor is not None and actor.country and not actor.country_from_context
               for actor in (event.source, event.target))
