"""Filtering stored mentions and linked events: :class:`EventFilter` and its SQL."""

from __future__ import annotations

import base64
import datetime as dt
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from tidings.errors import QueryError
from tidings.ontology import normalise_plover
from tidings.records import Actor, Location

_CODE = re.compile(r"^[A-Za-z0-9~_ .-]{1,40}$")
STATUSES: tuple[str, ...] = ("asserted", "planned", "negated", "hypothetical")
"""The statuses an event can have (:data:`tidings.records.Status`)."""
ANY_STATUS = "all"
"""The ``status`` value that keeps events of every status (the same as leaving it unset in a listing)."""
ANALYSIS_STATUS = "asserted"
"""What the analyses (top, dyad series, network, time series, map) count when no status is given:
events that happened, not planned, negated or hypothetical ones."""
MAX_ROWS = 1_000_000_000
"""The largest ``limit`` or ``offset`` a filter takes (DuckDB's LIMIT is a 64-bit integer)."""


class EventFilter(BaseModel):
    """Which mentions or events to return. All given conditions must hold.

    ``actor`` matches an actor code prefix (``USA`` matches ``USAGOV``) or a case-insensitive
    name substring on either side; ``country`` an alpha-3 actor country on either side;
    ``dyad`` ``("PRK", "USA")`` or ``"PRK:USA"``: each side matches a code prefix or a country,
    in either direction unless ``directed`` (a ``reciprocal`` event matches both directions);
    ``cameo`` is a code prefix, ``root`` a CAMEO root, ``plover`` a PLOVER type, ``status`` one of
    :data:`STATUSES` or ``"all"`` (listings keep every status when it is unset; the analyses
    count only :data:`ANALYSIS_STATUS` then, see :meth:`for_analysis`). ``since``/``until``
    bound the event date (inclusive). Results come in (date, id) order; page with ``offset`` or
    with the ``cursor`` a page returned.
    """

    model_config = ConfigDict(extra="forbid")

    actor: str | None = None
    country: str | None = None
    dyad: tuple[str, str] | None = None
    directed: bool = False
    cameo: str | None = None
    root: str | None = None
    plover: str | None = None
    status: str | None = None
    min_confidence: float | None = Field(default=None, ge=0.0, le=1.0,
                                         description="only events the learned layer gives at least this probability")
    text: str | None = Field(default=None, description="substring of the sentence (mentions only)")
    since: dt.date | None = None
    until: dt.date | None = None
    limit: int | None = Field(default=100, ge=1, le=MAX_ROWS)
    offset: int = Field(default=0, ge=0, le=MAX_ROWS)
    cursor: str | None = None

    @field_validator("dyad", mode="before")
    @classmethod
    def _parse_dyad(cls, value: Any) -> Any:
        if isinstance(value, str):
            parts = value.split(":")
            if len(parts) != 2 or not all(p.strip() for p in parts):
                raise ValueError(f"dyad {value!r} must look like 'PRK:USA' (two codes joined by ':')")
            return tuple(p.strip().upper() for p in parts)
        return value

    @field_validator("root", mode="before")
    @classmethod
    def _pad_root(cls, value: Any) -> Any:
        if isinstance(value, (int, str)) and str(value).isdigit():
            return str(value).zfill(2)
        return value

    @field_validator("status", mode="before")
    @classmethod
    def _check_status(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip().lower()
            if value not in (*STATUSES, ANY_STATUS):
                raise ValueError(f"status {value!r} must be one of {', '.join(STATUSES)} or {ANY_STATUS}")
        return value

    def for_analysis(self) -> EventFilter:
        """This filter unpaged, counting :data:`ANALYSIS_STATUS` events unless a status is set."""
        changes: dict[str, Any] = {"limit": None, "offset": 0, "cursor": None}
        if self.status is None:
            changes["status"] = ANALYSIS_STATUS
        return self.model_copy(update=changes)

    @model_validator(mode="after")
    def _check(self) -> EventFilter:
        for name in ("country", "cameo"):
            value = getattr(self, name)
            if value is not None and not _CODE.match(value):
                raise ValueError(f"{name} {value!r} has characters no code uses")
        if self.actor is not None and (not self.actor.strip() or len(self.actor) > 200):
            raise ValueError("actor must be a code or a name of 1 to 200 characters")
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"since {self.since} is after until {self.until}")
        return self

    @classmethod
    def parse(cls, **values: Any) -> EventFilter:
        """Build a filter, turning validation errors into one-line :class:`QueryError`s."""
        from pydantic import ValidationError

        try:
            return cls(**values)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "filter"
            raise QueryError(f"{where}: {first['msg'].removeprefix('Value error, ')}") from None


LIKE_ESCAPE = "ESCAPE '\\'"
"""Append to ``x ILIKE ?`` when the parameter comes from :func:`contains_pattern`."""


def contains_pattern(text: str) -> str:
    """An ILIKE pattern matching ``text`` as a literal substring: ``%`` and ``_`` in it are
    characters, not wildcards (use with :data:`LIKE_ESCAPE`)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def encode_cursor(date: dt.date, key: str) -> str:
    return base64.urlsafe_b64encode(f"{date.isoformat()}|{key}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[dt.date, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        day, key = raw.split("|", 1)
        return dt.date.fromisoformat(day), key
    except (ValueError, UnicodeDecodeError):
        raise QueryError(f"cursor {cursor!r} is not one this store returned") from None


def where_clause(f: EventFilter, key_column: str, *, mentions: bool) -> tuple[str, list[Any]]:
    """SQL condition (without WHERE) and parameters for a filter on ``mentions`` or ``events``."""
    conds: list[str] = []
    params: list[Any] = []

    def side(prefix: str, value: str) -> str:
        params.extend([value.upper(), value.upper()])
        return f"(starts_with({prefix}_code, ?) OR {prefix}_country = ?)"

    if f.actor:
        name_cols = ["source_name", "target_name"] + (["source_text", "target_text"] if mentions else [])
        names = " OR ".join(f"{c} ILIKE ? {LIKE_ESCAPE}" for c in name_cols)
        conds.append(f"(starts_with(source_code, ?) OR starts_with(target_code, ?) OR {names})")
        params += [f.actor.upper(), f.actor.upper()] + [contains_pattern(f.actor)] * len(name_cols)
    if f.country:
        conds.append("(source_country = ? OR target_country = ?)")
        params += [f.country.upper()] * 2
    if f.dyad:
        a, b = f.dyad
        forward = f"({side('source', a)} AND {side('target', b)})"
        reverse = f"({side('source', b)} AND {side('target', a)})"
        # directed: only a reciprocal event (a meeting of equals) also counts the other way
        conds.append(f"({forward} OR ({'coalesce(reciprocal, false) AND ' if f.directed else ''}{reverse}))")
    if f.cameo:
        conds.append("starts_with(cameo, ?)")
        params.append(f.cameo)
    if f.root:
        conds.append("cameo_root = ?")
        params.append(f.root)
    if f.plover:
        conds.append("plover = ?")
        params.append(normalise_plover(f.plover))
    if f.status and f.status != ANY_STATUS:
        conds.append("status = ?")
        params.append(f.status)
    if f.min_confidence is not None:
        conds.append("confidence >= ?")
        params.append(f.min_confidence)
    if f.text and mentions:
        conds.append(f"sentence ILIKE ? {LIKE_ESCAPE}")
        params.append(contains_pattern(f.text))
    if f.since:
        conds.append("date >= ?")
        params.append(f.since)
    if f.until:
        conds.append("date <= ?")
        params.append(f.until)
    if f.cursor:
        day, key = decode_cursor(f.cursor)
        conds.append(f"(date, {key_column}) > (?, ?)")
        params += [day, key]
    return (" AND ".join(conds) or "TRUE"), params


def page_clause(f: EventFilter, key_column: str) -> str:
    sql = f" ORDER BY date, {key_column}"
    if f.limit is not None:
        sql += f" LIMIT {int(f.limit)}"
    if f.offset:
        sql += f" OFFSET {int(f.offset)}"
    return sql


class LinkedEvent(BaseModel):
    """One real-world event: the mentions linked together, counted GDELT-style."""

    model_config = ConfigDict(extra="forbid")

    event_id: str
    global_event_id: int
    date: dt.date
    source: Actor | None
    target: Actor | None
    cameo: str
    cameo_root: str
    cameo_name: str
    plover: str | None
    plover_mode: str | None
    quad_class: int
    goldstein: float
    status: str
    reciprocal: bool = False
    location: Location | None
    num_mentions: int
    num_articles: int
    num_sources: int
    num_stories: int
    first_seen: dt.date
    last_seen: dt.date
    avg_tone: float | None
    is_root: bool
    confidence: float
    source_url: str | None
    source_article: str


def linked_event_from_row(row: dict[str, Any]) -> LinkedEvent:
    from tidings.store.rows import actor_from_row, location_from_row

    location = location_from_row(row)
    derived = ("source", "target", "location", "reciprocal")
    fields = {k: row[k] for k in LinkedEvent.model_fields if k not in derived}
    fields["reciprocal"] = bool(row.get("reciprocal") or False)  # NULL/absent in older rows
    return LinkedEvent(**fields, source=actor_from_row(row, "source"), target=actor_from_row(row, "target"),
                       location=location)
