"""Request dependencies: the app's store and the event filter built from query parameters."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Query, Request
from pydantic import ValidationError

from tidings.api.errors import QUERY_PARAMETERS, ApiError
from tidings.api.gate import StoreGate
from tidings.store import EventFilter, Store

MAX_PAGE = 500


def get_store(request: Request) -> Iterator[Store]:
    """The read-only store, held as a reader of the process's store gate for the request."""
    gate: StoreGate = request.app.state.gate
    with gate.reading():
        yield request.app.state.store


StoreDep = Annotated[Store, Depends(get_store)]


def event_filter(
    actor: Annotated[str | None, Query(
        description="actor code prefix (USA matches USAGOV) or name substring, either side")] = None,
    country: Annotated[str | None, Query(description="alpha-3 country of either actor", max_length=3)] = None,
    dyad: Annotated[str | None, Query(description="two actors as 'PRK:USA' (code prefix or country each)")] = None,
    directed: Annotated[bool, Query(description="dyad only source->target, not both ways")] = False,
    cameo: Annotated[str | None, Query(description="CAMEO code prefix, e.g. 04 or 042")] = None,
    root: Annotated[str | None, Query(description="CAMEO root 01-20", pattern=r"^\d{1,2}$")] = None,
    plover: Annotated[str | None, Query(description="PLOVER event type, e.g. CONSULT")] = None,
    status: Annotated[str | None, Query(pattern="^(asserted|planned|negated|hypothetical)$")] = None,
    min_confidence: Annotated[float | None, Query(
        ge=0.0, le=1.0, description="only events the learned layer gives at least this probability")] = None,
    text: Annotated[str | None, Query(description="substring of the sentence (mentions only)", max_length=200)] = None,
    since: Annotated[dt.date | None, Query(description="first event date, YYYY-MM-DD")] = None,
    until: Annotated[dt.date | None, Query(description="last event date, YYYY-MM-DD")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="page size")] = 100,
    cursor: Annotated[str | None, Query(description="next_cursor of the previous page", max_length=400)] = None,
) -> EventFilter:
    """The store's :class:`EventFilter` from query parameters; a bad value is a 422 naming it."""
    try:
        return EventFilter(
            actor=actor, country=country, dyad=dyad, directed=directed, cameo=cameo, root=root,  # type: ignore[arg-type]
            plover=plover, status=status, text=text, since=since, until=until, limit=limit, cursor=cursor,
            min_confidence=min_confidence,
        )
    except ValidationError as exc:
        first = exc.errors()[0]
        message = str(first["msg"]).removeprefix("Value error, ")
        loc = [str(p) for p in first["loc"]]
        name = loc[0] if loc else message.split(" ", 1)[0]
        raise ApiError(422, f"invalid parameter '{name}': {message}",
                       name if name in QUERY_PARAMETERS else None) from None


FilterDep = Annotated[EventFilter, Depends(event_filter)]
