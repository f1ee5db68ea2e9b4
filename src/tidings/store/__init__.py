"""The event store: DuckDB tables of articles, mentions and linked events, with queries,
exports and analysis. See :mod:`tidings.store.core` for concurrency and
:mod:`tidings.store.link` for the linking rule."""

from __future__ import annotations

from tidings.store.core import Page, Store, StoreStats, StoreWriteSummary
from tidings.store.query import EventFilter, LinkedEvent
from tidings.store.schema import SCHEMA_VERSION

__all__ = [
    "SCHEMA_VERSION", "EventFilter", "LinkedEvent", "Page", "Store", "StoreStats", "StoreWriteSummary",
]
