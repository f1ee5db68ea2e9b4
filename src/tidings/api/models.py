"""Response models of the JSON API (the OpenAPI schema is generated from these).

Records the store returns as they are (articles, map points) are re-exported from it."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from tidings.records import Event, RunSummary
from tidings.store import LinkedEvent
from tidings.store.articles import ArticleDetail, ArticlePage, ArticleSummary
from tidings.store.overview import ActorCount, MapPoint, PeriodPoint

__all__ = [
    "ActorItem", "ArticleDetail", "ArticlePage", "ArticleSummary", "ErrorBody", "EventDetail", "EventPage",
    "Evidence", "IngestResponse", "MapPoint", "MentionPage", "SeriesPoint", "Span", "TimeSeries",
]


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


class Evidence(BaseModel):
    """One mention of an event: the coded record, its sentence highlights and its article."""

    mention: Event
    spans: list[Span]
    article: ArticleSummary | None


class EventDetail(BaseModel):
    event: LinkedEvent
    mentions: list[Evidence]


class SeriesPoint(PeriodPoint):
    """One period of ``/api/timeseries`` (the store's :class:`~tidings.store.overview.PeriodPoint`
    under the name the OpenAPI schema has always given it)."""


class TimeSeries(BaseModel):
    interval: Literal["day", "week", "month"]
    points: list[SeriesPoint]


class ActorItem(ActorCount):
    """One actor of ``/api/actors`` (the store's :class:`~tidings.store.overview.ActorCount`
    under the name the OpenAPI schema has always given it)."""


class IngestResponse(BaseModel):
    summary: RunSummary
    rejects: list[str]
