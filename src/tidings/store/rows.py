"""Flattening records into table rows and back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlparse

import duckdb

from tidings.records import Actor, Article, Event, EventDate, Location, Tone, Trigger
from tidings.store.gdelt_codes import adm1_code, fips_country, geo_type
from tidings.store.link import LinkSettings
from tidings.store.literals import inline, literal


def dict_rows(conn: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """The rows of a read query as dicts keyed by column name (values inlined: see
    :mod:`tidings.store.literals`)."""
    cur = conn.execute(inline(sql, list(params)))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def insert_new(conn: duckdb.DuckDBPyConnection, table: str, rows: Sequence[tuple[Any, ...]]) -> int:
    """Insert ``rows`` into ``table`` (a row whose key is there already is kept as it was);
    returns how many rows were added."""
    if not rows:
        return 0
    before = conn.execute(f"SELECT count(*) FROM {table}").fetchone()
    marks = ", ".join("?" * len(rows[0]))
    conn.executemany(f"INSERT INTO {table} VALUES ({marks}) ON CONFLICT DO NOTHING", rows)
    after = conn.execute(f"SELECT count(*) FROM {table}").fetchone()
    return int(after[0] - before[0]) if after and before else 0


def string_list(values: Sequence[str]) -> str:
    """A DuckDB ``VARCHAR[]`` literal of ``values`` (see :mod:`tidings.store.literals`)."""
    return f"{literal(list(values))}::VARCHAR[]"


def source_key(article: Article) -> str:
    """The outlet an article counts for: its source, else its URL's host, else 'unknown'."""
    if article.source and article.source.strip():
        return article.source.strip().lower()
    if article.url:
        host = urlparse(article.url).netloc.lower()
        if host:
            return host.removeprefix("www.")
    return "unknown"


def article_row(
    article: Article, tone: Tone | None, signature: list[int], num_mentions: int, added_at: dt.datetime
) -> dict[str, Any]:
    return {
        "article_id": article.id, "date": article.date, "title": article.title, "text": article.text,
        "url": article.url, "source": article.source, "origin": article.origin,
        "dateline": article.dateline, "source_key": source_key(article),
        "tone": tone.tone if tone else None,
        "tone_positive": tone.positive if tone else None,
        "tone_negative": tone.negative if tone else None,
        "tone_polarity": tone.polarity if tone else None,
        "tone_activity_density": tone.activity_density if tone else None,
        "tone_word_count": tone.word_count if tone else None,
        "signature": signature, "story_id": article.id, "num_mentions": num_mentions,
        "added_at": added_at,
    }


def _actor_columns(side: str, actor: Actor | None) -> dict[str, Any]:
    return {
        f"{side}_present": actor is not None,
        f"{side}_text": actor.text if actor else None,
        f"{side}_name": actor.name if actor else None,
        f"{side}_code": actor.code if actor else None,
        f"{side}_country": actor.country if actor else None,
        f"{side}_sectors": list(actor.sectors) if actor else None,
    }


def mention_row(article_id: str, ordinal: int, event: Event, settings: LinkSettings) -> dict[str, Any]:
    loc = event.location
    row: dict[str, Any] = {
        "mention_key": f"{article_id}#{ordinal:05d}", "article_id": article_id, "ordinal": ordinal,
        "mention_id": event.event_id, "sentence_index": event.sentence_index,
        "sentence": event.sentence, "trigger_text": event.trigger.text,
        "trigger_start": event.trigger.start, "trigger_end": event.trigger.end,
    }
    row |= _actor_columns("source", event.source)
    row |= _actor_columns("target", event.target)
    row |= {
        "cameo": event.cameo, "cameo_root": event.cameo_root, "cameo_name": event.cameo_name,
        "plover": event.plover, "plover_mode": event.plover_mode, "quad_class": event.quad_class,
        "goldstein": event.goldstein, "status": event.status, "reciprocal": event.reciprocal,
        "date": event.date.value, "date_end": event.date.end,
        "date_granularity": event.date.granularity, "date_kind": event.date.kind,
        "date_text": event.date.text,
        "location_name": loc.name if loc else None,
        "location_country": loc.country if loc else None,
        "location_lat": loc.lat if loc else None, "location_lon": loc.lon if loc else None,
        "location_geonames_id": loc.geonames_id if loc else None,
        "location_feature": loc.feature if loc else None,
        "location_adm1": loc.adm1 if loc else None,
        "location_full_name": loc.full_name if loc else None,
        "location_rule": loc.rule if loc else None,
        "geo_type": geo_type(loc.feature, loc.country) if loc else None,
        "geo_fullname": (loc.full_name or loc.name) if loc else None,
        "geo_country_fips": fips_country(loc.country) if loc else None,
        "geo_adm1_code": adm1_code(loc.country, loc.adm1) if loc else None,
        "confidence": event.confidence, "tone": event.tone,
        "block": "", "place": None,  # computed in SQL on insert (tidings.store.link.block_key_sql)
        "event_id": None, "rule": event.rule,
    }
    return row


def actor_from_row(row: Mapping[str, Any], side: str) -> Actor | None:
    """The ``source``/``target`` actor of a mention or event row (None when the row has none)."""
    present = row[f"{side}_present"] if f"{side}_present" in row else row[f"{side}_text"] is not None
    if not present:
        return None
    return Actor(
        text=row[f"{side}_text"], name=row[f"{side}_name"], code=row[f"{side}_code"],
        country=row[f"{side}_country"], sectors=list(row[f"{side}_sectors"] or []),
    )


def location_from_row(row: Mapping[str, Any]) -> Location | None:
    """The event location of a mention or event row (None when it has none)."""
    if row["location_name"] is None:
        return None
    return Location(
        name=row["location_name"], country=row["location_country"], lat=row["location_lat"],
        lon=row["location_lon"], geonames_id=row["location_geonames_id"],
        feature=row["location_feature"], adm1=row["location_adm1"],
        full_name=row["location_full_name"], rule=row.get("location_rule"),
    )


def event_from_row(row: Mapping[str, Any]) -> Event:
    """Rebuild the :class:`Event` record that was stored as one mention row."""
    location = location_from_row(row)
    return Event(
        event_id=row["mention_id"], article_id=row["article_id"],
        sentence_index=row["sentence_index"], sentence=row["sentence"],
        trigger=Trigger(text=row["trigger_text"], start=row["trigger_start"], end=row["trigger_end"]),
        source=actor_from_row(row, "source"), target=actor_from_row(row, "target"),
        cameo=row["cameo"], cameo_root=row["cameo_root"], cameo_name=row["cameo_name"],
        plover=row["plover"], plover_mode=row["plover_mode"], quad_class=row["quad_class"],
        goldstein=row["goldstein"], status=row["status"],
        reciprocal=bool(row.get("reciprocal") or False),
        date=EventDate(
            value=row["date"], end=row["date_end"], granularity=row["date_granularity"],
            kind=row["date_kind"], text=row["date_text"],
        ),
        location=location, confidence=row["confidence"], tone=row["tone"],
        rule=row["rule"],
    )
