"""Read-only JSON endpoints: events, mentions, articles, actors, analysis and statistics."""

from __future__ import annotations

import datetime as dt
from pathlib import PurePath
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from tidings.api.deps import MAX_PAGE, AnalysisFilterDep, FilterDep, StoreDep, reject_unknown_parameters
from tidings.api.errors import ApiError
from tidings.api.evidence import event_detail
from tidings.api.models import (
    ActorItem,
    ArticleDetail,
    ArticlePage,
    ErrorBody,
    EventDetail,
    EventPage,
    MapPoint,
    MentionPage,
    SeriesPoint,
    TimeSeries,
)
from tidings.store import StoreStats
from tidings.store.analysis import Interval, TopKind, TopRow
from tidings.store.analysis import top as store_top
from tidings.store.articles import ArticleQuery, article_detail, article_page
from tidings.store.network import Network, with_quad_classes
from tidings.store.network import network as store_network
from tidings.store.overview import actor_counts, time_series
from tidings.store.overview import map_points as store_map_points

ERRORS = {
    404: {"model": ErrorBody, "description": "unknown id"},
    422: {"model": ErrorBody, "description": "a parameter is invalid or unknown; `parameter` names it"},
    503: {"model": ErrorBody, "description": "the store is busy or unavailable; retry"},
}
router = APIRouter(prefix="/api", responses=ERRORS, dependencies=[Depends(reject_unknown_parameters)])  # type: ignore[arg-type]
IdPath = Annotated[str, Path(min_length=1, max_length=200)]


@router.get("/events", response_model=EventPage, tags=["events"])
def list_events(store: StoreDep, f: FilterDep) -> EventPage:
    """Linked events (one per real-world event, with GDELT-style mention counts), by date.

    Filters are the CLI's. Pages hold at most `limit` events; follow `next_cursor`.
    """
    page = store.linked_events_page(f.model_copy(update={"text": None}))
    return EventPage(items=page.items, next_cursor=page.next_cursor)


@router.get("/events/{event_id}", response_model=EventDetail, tags=["events"])
def get_event(store: StoreDep, event_id: IdPath) -> EventDetail:
    """One linked event with all its mentions: each sentence with the source, target and
    trigger highlighted (`spans`), and the article it came from."""
    detail = event_detail(store, event_id)
    if detail is None:
        raise ApiError(404, f"no event with id {event_id!r}", "event_id")
    return detail


@router.get("/mentions", response_model=MentionPage, tags=["events"])
def list_mentions(store: StoreDep, f: FilterDep) -> MentionPage:
    """Event mentions as the public `Event` records the pipeline emitted (`text` searches sentences)."""
    page = store.events_page(f)
    return MentionPage(items=page.items, next_cursor=page.next_cursor)


@router.get("/articles", response_model=ArticlePage, tags=["articles"])
def articles(
    store: StoreDep,
    q: Annotated[
        str | None, Query(description="full-text search over titles and bodies", min_length=1, max_length=200)
    ] = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    source: Annotated[str | None, Query(max_length=200, description="outlet, e.g. reuters")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
    cursor: Annotated[str | None, Query(max_length=400, description="next_cursor (browsing by date)")] = None,
    offset: Annotated[int, Query(ge=0, le=100_000, description="next_offset (search results)")] = 0,
) -> ArticlePage:
    """Articles by date, or ranked by relevance to `q` (BM25 full-text index when the store
    has one, else substring match; `search` in the reply says which)."""
    if since and until and since > until:
        raise ApiError(422, f"invalid parameter 'since': {since} is after until {until}", "since")
    query = ArticleQuery(q=q, since=since, until=until, source=source, limit=limit, cursor=cursor, offset=offset)
    return article_page(store, query)


@router.get("/articles/{article_id}", response_model=ArticleDetail, tags=["articles"])
def article(store: StoreDep, article_id: IdPath) -> ArticleDetail:
    """One article's full text and every event mention coded from it."""
    found = article_detail(store, article_id)
    if found is None:
        raise ApiError(404, f"no article with id {article_id!r}", "article_id")
    return found


@router.get("/actors", response_model=list[ActorItem], tags=["actors"])
def actors(
    store: StoreDep,
    q: Annotated[str | None, Query(max_length=100, description="code prefix, name substring or country")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
    offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
) -> list[ActorItem]:
    """Actors seen in the store, most mentioned first."""
    return [ActorItem(**a.model_dump()) for a in actor_counts(store, q, limit, offset)]


@router.get("/timeseries", response_model=TimeSeries, tags=["analysis"])
def timeseries(
    store: StoreDep, f: AnalysisFilterDep,
    interval: Annotated[Interval, Query(description="day, week or month")] = "week",
) -> TimeSeries:
    """Conflict and cooperation over time for the filtered events (use `dyad` or `actor`):
    counts per quad class and the Goldstein sum and mean per period. Asserted events only
    unless `status` says otherwise."""
    points = time_series(store, f, interval)
    return TimeSeries(interval=interval, points=[SeriesPoint(**p.model_dump()) for p in points])


@router.get("/top/{kind}", response_model=list[TopRow], tags=["analysis"])
def top(
    store: StoreDep, f: AnalysisFilterDep,
    kind: Annotated[TopKind, Path(description="actors, dyads, codes, roots or countries")],
    n: Annotated[int, Query(ge=1, le=200)] = 20,
) -> list[TopRow]:
    """The most frequent actors, directed dyads (`SOURCE:TARGET`), CAMEO codes, CAMEO roots or
    countries (asserted events unless `status` says otherwise). Actors without a code are keyed `~name`."""
    return store_top(store, kind, n=n, base=f)


@router.get("/network", response_model=Network, tags=["analysis"])
def network(store: StoreDep, f: AnalysisFilterDep, edges: Annotated[int, Query(ge=1, le=1000)] = 150) -> Network:
    """The actor network: the strongest source→target edges and the actors they join
    (asserted events unless `status` says otherwise; actors without a code are keyed `~name`)."""
    return with_quad_classes(store, store_network(store, max_edges=edges, base=f), base=f)


@router.get("/map", response_model=list[MapPoint], tags=["analysis"])
def map_points(store: StoreDep, f: AnalysisFilterDep, n: Annotated[int, Query(ge=1, le=5000)] = 1000) -> list[MapPoint]:
    """Event locations with coordinates, one point per place, busiest first (asserted events
    unless `status` says otherwise)."""
    return store_map_points(store, f, n)


@router.get("/stats", response_model=StoreStats, tags=["store"])
def stats(store: StoreDep) -> StoreStats:
    """Counts of articles, mentions, events, actors and rejects; date range; link settings.

    ``path`` is the store's file name only: where it lives on the server's disk is not the
    client's business."""
    stats = store.stats()
    return stats.model_copy(update={"path": PurePath(stats.path).name})
