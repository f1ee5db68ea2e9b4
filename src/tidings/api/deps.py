"""Request dependencies: the app's store, the event filters built from query parameters, and
the check that every query parameter is one the endpoint takes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import Depends, Query, Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from pydantic import ValidationError

from tidings.api.errors import QUERY_PARAMETERS, ApiError
from tidings.api.gate import StoreGate
from tidings.store import EventFilter, Store

MAX_PAGE = 500
STATUS_PATTERN = "^(asserted|planned|negated|hypothetical|all)$"


def get_store(request: Request) -> Iterator[Store]:
    """The read-only store, held as a reader of the process's store gate for the request."""
    gate: StoreGate = request.app.state.gate
    with gate.reading():
        yield request.app.state.store


StoreDep = Annotated[Store, Depends(get_store)]


def _query_names(dependant: Dependant) -> set[str]:
    """The query parameter names an endpoint declares, through all its dependencies."""
    names = {field.alias for field in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def reject_unknown_parameters(request: Request) -> None:
    """A 422 naming the first query parameter the endpoint does not take (a typo such as
    ``?contry=RUS`` would otherwise be silently ignored and answer for everything)."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return
    known = _query_names(route.dependant)
    unknown = [name for name in request.query_params if name not in known]
    if unknown:
        takes = ", ".join(sorted(known)) or "no query parameters"
        raise ApiError(422, f"unknown parameter '{unknown[0]}'; {route.path} takes: {takes}", unknown[0])


ActorQ = Annotated[str | None, Query(
    description="actor code prefix (USA matches USAGOV) or name substring, either side")]
CountryQ = Annotated[str | None, Query(description="alpha-3 country of either actor", max_length=3)]
DyadQ = Annotated[str | None, Query(description="two actors as 'PRK:USA' (code prefix or country each)")]
DirectedQ = Annotated[bool, Query(description="dyad only source->target, not both ways")]
CameoQ = Annotated[str | None, Query(description="CAMEO code prefix, e.g. 04 or 042")]
RootQ = Annotated[str | None, Query(description="CAMEO root 01-20", pattern=r"^\d{1,2}$")]
PloverQ = Annotated[str | None, Query(description="PLOVER event type, e.g. CONSULT")]
ConfidenceQ = Annotated[float | None, Query(
    ge=0.0, le=1.0, description="only events the learned layer gives at least this probability")]
SinceQ = Annotated[dt.date | None, Query(description="first event date, YYYY-MM-DD")]
UntilQ = Annotated[dt.date | None, Query(description="last event date, YYYY-MM-DD")]


def _build_filter(**values: Any) -> EventFilter:
    """The store's :class:`EventFilter`; a bad value is a 422 naming its parameter."""
    try:
        return EventFilter(**values)
    except ValidationError as exc:
        first = exc.errors()[0]
        message = str(first["msg"]).removeprefix("Value error, ")
        loc = [str(p) for p in first["loc"]]
        name = loc[0] if loc else message.split(" ", 1)[0]
        raise ApiError(422, f"invalid parameter '{name}': {message}",
                       name if name in QUERY_PARAMETERS else None) from None


def event_filter(
    actor: ActorQ = None, country: CountryQ = None, dyad: DyadQ = None, directed: DirectedQ = False,
    cameo: CameoQ = None, root: RootQ = None, plover: PloverQ = None,
    status: Annotated[str | None, Query(
        pattern=STATUS_PATTERN,
        description="asserted, planned, negated or hypothetical; all (the default) for every status")] = None,
    min_confidence: ConfidenceQ = None,
    text: Annotated[str | None, Query(description="substring of the sentence (mentions only)", max_length=200)] = None,
    since: SinceQ = None, until: UntilQ = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="page size")] = 100,
    cursor: Annotated[str | None, Query(description="next_cursor of the previous page", max_length=400)] = None,
) -> EventFilter:
    """The filter of the listing endpoints (events, mentions): every status unless asked, paged."""
    return _build_filter(
        actor=actor, country=country, dyad=dyad, directed=directed, cameo=cameo, root=root, plover=plover,
        status=status, text=text, since=since, until=until, limit=limit, cursor=cursor, min_confidence=min_confidence)


def analysis_filter(
    actor: ActorQ = None, country: CountryQ = None, dyad: DyadQ = None, directed: DirectedQ = False,
    cameo: CameoQ = None, root: RootQ = None, plover: PloverQ = None,
    status: Annotated[str, Query(
        pattern=STATUS_PATTERN,
        description="count only events of this status: asserted (the default: events said to have happened), "
        "planned, negated, hypothetical, or all")] = "asserted",
    min_confidence: ConfidenceQ = None, since: SinceQ = None, until: UntilQ = None,
) -> EventFilter:
    """The filter of the analysis endpoints (time series, top, network, map): asserted events
    unless ``status`` says otherwise, and not paged (each endpoint has its own size parameter)."""
    return _build_filter(
        actor=actor, country=country, dyad=dyad, directed=directed, cameo=cameo, root=root, plover=plover,
        status=status, since=since, until=until, limit=None, min_confidence=min_confidence)


FilterDep = Annotated[EventFilter, Depends(event_filter)]
AnalysisFilterDep = Annotated[EventFilter, Depends(analysis_filter)]
