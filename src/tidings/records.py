"""Typed records passed between pipeline stages and emitted to users.

The JSON shape of :class:`Event` is a public contract: fields may be added,
never renamed or removed.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Status = Literal["asserted", "planned", "negated", "hypothetical"]
Granularity = Literal["day", "week", "month", "quarter", "year"]
DateKind = Literal["exact", "approximate", "range", "unresolved"]


class Record(BaseModel):
    """Base for all records: strict field names, JSON-friendly."""

    model_config = ConfigDict(extra="forbid", frozen=False)


class Article(Record):
    """One dated news article after ingest and normalisation."""

    id: str
    date: dt.date
    title: str | None = None
    text: str
    url: str | None = None
    source: str | None = None
    origin: str | None = Field(default=None, description="file path or 'stdin', with line number")
    dateline: str | None = Field(default=None, description="dateline place such as 'MOSCOW', if any")


class Reject(Record):
    """An input record that was skipped, and why."""

    origin: str
    line: int | None = None
    reason: str
    article_id: str | None = None

    def describe(self) -> str:
        where = self.origin if self.line is None else f"{self.origin}:{self.line}"
        return f"{where}: {self.reason}"


class Trigger(Record):
    text: str
    start: int
    end: int


class Actor(Record):
    """A coded participant of an event (GDELT/CAMEO style)."""

    text: str
    name: str | None = None
    code: str | None = None
    country: str | None = None
    sectors: list[str] = Field(default_factory=list)
    kind: str | None = Field(
        default=None,
        description="state, government, igo, ngo, armed_group, party, company, media, education, sports, "
                    "political_person, person or group")
    country_from_context: bool = Field(
        default=False,
        description="the country is the article's, not named in the phrase ('police' in a New Zealand story)")
    foreign: bool = Field(
        default=False,
        description="the phrase says the actor is not of the story's country ('foreign governments', "
                    "'the international community', 'creditors'), so it never takes that country")


class EventDate(Record):
    value: dt.date
    end: dt.date | None = None
    granularity: Granularity = "day"
    kind: DateKind = "unresolved"
    text: str | None = None


class Location(Record):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    feature: Literal["country", "adm1", "city", "landmark", "region"] | None = None
    adm1: str | None = None
    full_name: str | None = None
    rule: str | None = Field(default=None, description="which rule chose this location")


class Tone(Record):
    """Article-level tone in GDELT's spirit (percentages of words)."""

    tone: float
    positive: float
    negative: float
    polarity: float
    activity_density: float
    word_count: int


class Event(Record):
    """One coded event mention: who did what to whom, when and where."""

    event_id: str
    article_id: str
    sentence_index: int
    sentence: str
    trigger: Trigger
    source: Actor | None = None
    target: Actor | None = None
    cameo: str
    cameo_root: str
    cameo_name: str
    plover: str | None = None
    plover_mode: str | None = None
    quad_class: int
    goldstein: float
    status: Status = "asserted"
    reciprocal: bool = False
    """A symmetric event ("Israel and Lebanon renewed negotiations", "X telephoned Y"): source and
    target act together, and which is which carries no meaning. Gold sets in the PLOVER/CAMEO
    tradition code such an event as one compound source with no target."""
    date: EventDate
    location: Location | None = None
    confidence: float = Field(ge=0.0, le=1.0)
    tone: float | None = None
    rule: str | None = None
    """The named construction of the event coder that produced this event (see
    ``tidings.events.constructions``), e.g. ``"verb_pattern"`` or ``"intent_complement"``."""


class RunSummary(Record):
    """What an ingest or extract run did.

    ``articles_read = articles_stored + articles_duplicate + articles_failed``; ``rejected``
    counts every reject: unreadable input records and the articles whose coding failed."""

    articles_read: int = 0
    articles_stored: int = 0
    articles_duplicate: int = 0
    rejected: int = 0
    events: int = 0
    elapsed_seconds: float = 0.0
    articles_failed: int = 0
    """Articles whose coding raised (each also counted in ``rejected`` and recorded as a reject)."""
    notes: list[str] = Field(default_factory=list)
    """What went wrong without failing the run, e.g. the search index could not be rebuilt."""

    @property
    def articles_per_second(self) -> float:
        return self.articles_read / self.elapsed_seconds if self.elapsed_seconds else 0.0


class ArticleResult(Record):
    """Everything the pipeline produced for one article."""

    article: Article
    events: list[Event] = Field(default_factory=list)
    tone: Tone | None = None


class FeedState(Record):
    """What a feed last answered, for a conditional GET on the next poll."""

    feed_url: str
    etag: str | None = None
    last_modified: str | None = None
    checked_at: dt.datetime | None = None


SeenOutcome = Literal["article", "rejected", "duplicate"]


class SeenUrl(Record):
    """One feed item's link that was fetched (or refused for good), so a re-poll skips it."""

    url: str
    canonical_url: str | None = None
    article_id: str | None = None
    outcome: SeenOutcome
