"""Response models of the JSON API (the OpenAPI schema is generated from these)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

from tidings.records import Event, RunSummary
from tidings.store import LinkedEvent


class ErrorBody(BaseModel):
    """Every error the API returns: a status, one line saying what is wrong, and which parameter."""

    status: int
    error: str
    parameter: str | None = None


class EventPage(BaseModel):
    items: list[LinkedEvent]
    next_cursor: str | None = Field(description="pass as ?cursor= to get the next page; null on the last page")


class MentionPage(BaseModel):
    items: list[Event]
    next_cursor: str | None


class Span(BaseModel):
    """A highlighted stretch of a sentence (character offsets into the sentence)."""

    kind: Literal["source", "target", "trigger"]
    start: int
    end: int
    text: str


class ArticleSummary(BaseModel):
    article_id: str
    date: dt.date
    title: str | None
    url: str | None
    source: str | None
    dateline: str | None = None
    num_mentions: int
    tone: float | None = None
    snippet: str | None = None


class ArticleDetail(ArticleSummary):
    text: str
    mentions: list[Event]


class Evidence(BaseModel):
    """One mention of an event: the coded record, its sentence highlights and its article."""

    mention: Event
    spans: list[Span]
    article: ArticleSummary | None


class EventDetail(BaseModel):
    event: LinkedEvent
    mentions: list[Evidence]


class ArticlePage(BaseModel):
    items: list[ArticleSummary]
    next_cursor: str | None = None
    next_offset: int | None = None
    search: Literal["fts", "ilike", "none"] = "none"


class SeriesPoint(BaseModel):
    period: dt.date
    events: int
    mentions: int
    verbal_cooperation: int
    material_cooperation: int
    verbal_conflict: int
    material_conflict: int
    goldstein_sum: float
    goldstein_mean: float


class TimeSeries(BaseModel):
    interval: Literal["day", "week", "month"]
    points: list[SeriesPoint]


class MapPoint(BaseModel):
    name: str
    country: str | None
    lat: float
    lon: float
    events: int
    mentions: int
    goldstein_mean: float
    quad_class: int


class ActorItem(BaseModel):
    key: str
    code: str | None
    name: str | None
    country: str | None
    mentions: int


class IngestResponse(BaseModel):
    summary: RunSummary
    rejects: list[str]
