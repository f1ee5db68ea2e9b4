"""Linking event mentions into events, and spotting near-duplicate articles.

Linking rule (copy into the README)
-----------------------------------

Every stored mention is one :class:`~tidings.records.Event` found in one sentence of one
article. Mentions that report the same real-world event are linked into one *event*:

1. **Blocking.** Two mentions can only be linked when they have the same *block key*:
   the same source actor and the same target actor (the actor code, or the lower-cased
   name when an actor has no code; direction matters unless ``directed=False``), the same
   CAMEO root code (``cameo_root``), the same PLOVER type (or both without one) and the same
   status group (``asserted`` mentions never merge with ``planned``/``negated``/
   ``hypothetical`` ones).
2. **Dates.** Inside a block, mentions are sorted by event date (then mention key) and swept
   once. A mention joins the earliest open event whose *anchor* (its first mention's date)
   is at most ``window_days`` before it and whose place is compatible; otherwise it opens a
   new event anchored at its own date. An event therefore never spans more than
   ``window_days`` days of event dates.
3. **Places.** Two places are compatible unless both are known and name different
   countries (``place_level="country"``, the default) — a mention with no location fits
   any event. ``place_level="none"`` ignores places.
4. **Determinism.** The events are a function of the *set* of mentions, not of the order
   in which they arrived: an event's id is a hash of its block key and its first mention's
   key, so ingesting a corpus twice, or in two halves in either order, gives identical events.
   Incremental linking re-sweeps, in each block that new mentions touch, only the events
   anchored at most ``window_days`` before the earliest new mention plus the run of later
   events within ``window_days`` of those (earlier events closed before the new mentions'
   dates and cannot change), so a chronological ingest re-links only the newest events of a
   block. A full link is one sort and one sweep: O(n log n), never all pairs.

Near-duplicate articles (syndicated copies, the same story from two outlets, a re-run
the next day) are found with MinHash signatures of word ``shingle_size``-shingles of the
normalised text and LSH banding (``lsh_bands`` bands of ``minhash_permutations/lsh_bands``
rows). Two articles whose estimated Jaccard similarity is at least
``duplicate_threshold`` and whose publication dates are at most
``duplicate_window_days`` apart are copies of one *story*; stories are the connected
components of that relation and are named after their smallest article id. An event counts
each (source, story) once: ``num_mentions`` counts mentions in the first article of each
(source, story), ``num_articles`` counts distinct (source, story) pairs, ``num_sources``
distinct sources, ``num_stories`` distinct stories. ``is_root`` is GDELT's IsRootEvent:
some mention sits in the first ``root_sentences`` sentence(s) of its article.

Settings come from :class:`LinkSettings`; ``LinkSettings.from_env()`` reads
``TIDINGS_LINK_<FIELD>`` environment variables (e.g. ``TIDINGS_LINK_WINDOW_DAYS=5``). A store
remembers the settings it was built with; :meth:`tidings.store.Store.relink` re-links
everything under new ones.
"""

from __future__ import annotations

import hashlib
import os
import re
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field

from tidings.records import Actor, Event

if TYPE_CHECKING:
    import numpy as np

_PRIME = 4294967291  # largest prime below 2**32
_WORD = re.compile(r"\w+", re.UNICODE)


class LinkSettings(BaseModel):
    """Window and thresholds for linking mentions and detecting duplicate articles."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    window_days: int = Field(default=3, ge=0, description="max days between an event's first and last mention date")
    directed: bool = Field(default=True, description="treat A->B and B->A as different dyads")
    place_level: Literal["country", "none"] = Field(default="country", description="what makes two places incompatible")
    root_sentences: int = Field(default=1, ge=1, description="mentions in the first N sentences are root events")
    shingle_size: int = Field(default=5, ge=1, description="words per shingle for near-duplicate detection")
    minhash_permutations: int = Field(default=64, ge=8, description="MinHash signature length")
    lsh_bands: int = Field(default=16, ge=1, description="LSH bands (must divide minhash_permutations)")
    duplicate_threshold: float = Field(default=0.8, gt=0.0, le=1.0, description="min estimated Jaccard of copies")
    duplicate_window_days: int = Field(default=3, ge=0, description="max days between publication of copies")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> LinkSettings:
        """Defaults overridden by ``TIDINGS_LINK_<FIELD>`` environment variables."""
        env = os.environ if environ is None else environ
        values = {
            name: env[f"TIDINGS_LINK_{name.upper()}"]
            for name in cls.model_fields
            if f"TIDINGS_LINK_{name.upper()}" in env
        }
        return cls.model_validate(values)

    @property
    def rows_per_band(self) -> int:
        return max(1, self.minhash_permutations // self.lsh_bands)


# ---------------------------------------------------------------- block keys and ids


def actor_key(actor: Actor | None) -> str:
    """The dyad-side key of an actor: its code, else its lower-cased name or text."""
    if actor is None:
        return ""
    if actor.code:
        return actor.code.upper()
    return "~" + " ".join((actor.name or actor.text).lower().split())


def block_key(event: Event, settings: LinkSettings) -> str:
    """Mentions can only be linked when their block keys are equal."""
    return block_key_of(event.source, event.target, event.cameo_root, event.plover, event.status, settings)


def block_key_of(
    source: Actor | None, target: Actor | None, cameo_root: str, plover: str | None, status: str,
    settings: LinkSettings,
) -> str:
    """:func:`block_key` from the parts of a mention."""
    src, tgt = actor_key(source), actor_key(target)
    if not settings.directed and tgt < src:
        src, tgt = tgt, src
    group = "A" if status == "asserted" else "O"
    return f"{src}|{tgt}|{cameo_root}|{plover or '-'}|{group}"


def _actor_key_sql(side: str) -> str:
    return (
        f"CASE WHEN NOT {side}_present THEN '' "
        f"WHEN coalesce({side}_code, '') <> '' THEN upper({side}_code) "
        f"ELSE '~' || lower(regexp_replace(trim(coalesce(nullif({side}_name, ''), {side}_text)), '\\s+', ' ', 'g')) END"
    )


def block_key_sql(settings: LinkSettings) -> str:
    """SQL over a ``mentions`` row computing :func:`block_key` (what the store uses)."""
    src, tgt = _actor_key_sql("source"), _actor_key_sql("target")
    if not settings.directed:
        src, tgt = f"least({src}, {tgt})", f"greatest({src}, {tgt})"
    return (
        f"({src} || '|' || {tgt} || '|' || cameo_root || '|' || coalesce(plover, '-') || '|' || "
        "CASE WHEN status = 'asserted' THEN 'A' ELSE 'O' END)"
    )


def place_key_sql(settings: LinkSettings) -> str:
    """SQL over a ``mentions`` row computing :func:`place_key`."""
    if settings.place_level == "none":
        return "NULL::VARCHAR"
    return "CASE WHEN coalesce(location_country, '') = '' THEN NULL ELSE upper(location_country) END"


def place_key(event: Event, settings: LinkSettings) -> str | None:
    """The place used for compatibility, or None when unknown or ignored."""
    if settings.place_level == "none" or event.location is None or not event.location.country:
        return None
    return event.location.country.upper()


def event_id_for(block: str, first_mention_key: str) -> tuple[str, int]:
    """A deterministic (string id, positive 63-bit integer id) for a linked event."""
    digest = hashlib.blake2b(f"{block}\x1f{first_mention_key}".encode(), digest_size=8).digest()
    number = int.from_bytes(digest, "big") & ((1 << 63) - 1)
    return f"ev-{number:016x}", number


# ---------------------------------------------------------------- clustering


@dataclass(frozen=True, slots=True)
class LinkPoint:
    """What linking needs to know about one mention."""

    key: str
    block: str
    day: int  # event date as a proleptic ordinal
    place: str | None


def cluster(points: Iterable[LinkPoint], settings: LinkSettings) -> dict[str, str]:
    """Assign every mention key the key of its event's first mention (see module docstring)."""
    by_block: dict[str, list[LinkPoint]] = {}
    for p in points:
        by_block.setdefault(p.block, []).append(p)
    assignment: dict[str, str] = {}
    for block_points in by_block.values():
        assignment.update(_sweep(block_points, settings.window_days))
    return assignment


@dataclass(slots=True)
class _OpenEvent:
    anchor: int
    first_key: str
    place: str | None


def _sweep(points: list[LinkPoint], window: int) -> dict[str, str]:
    points.sort(key=lambda p: (p.day, p.key))
    open_events: list[_OpenEvent] = []  # in anchor order
    out: dict[str, str] = {}
    for p in points:
        while open_events and p.day - open_events[0].anchor > window:
            open_events.pop(0)
        home = next(
            (ev for ev in open_events if ev.place is None or p.place is None or ev.place == p.place), None
        )
        if home is None:
            home = _OpenEvent(p.day, p.key, p.place)
            open_events.append(home)
        elif home.place is None and p.place is not None:
            home.place = p.place
        out[p.key] = home.first_key
    return out


def segments(days: Sequence[int], window: int) -> list[tuple[int, int]]:
    """Maximal runs [lo, hi] of sorted days with no gap longer than ``window``."""
    runs: list[tuple[int, int]] = []
    for d in sorted(days):
        if runs and d - runs[-1][1] <= window:
            runs[-1] = (runs[-1][0], d)
        else:
            runs.append((d, d))
    return runs


# ---------------------------------------------------------------- near-duplicates


def _permutations(settings: LinkSettings) -> tuple[np.ndarray, np.ndarray]:
    import numpy as np  # here, not at import: reading a store needs no numpy

    rng = np.random.default_rng(20240229)
    n = settings.minhash_permutations
    a = rng.integers(1, _PRIME - 1, size=n, dtype=np.uint64)
    b = rng.integers(0, _PRIME - 1, size=n, dtype=np.uint64)
    return a, b


def shingles(text: str, size: int) -> set[int]:
    """Stable 32-bit hashes of the word ``size``-grams of lower-cased text."""
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {zlib.crc32(" ".join(words).encode())} if words else set()
    return {zlib.crc32(" ".join(words[i : i + size]).encode()) for i in range(len(words) - size + 1)}


def minhash(text: str, settings: LinkSettings) -> list[int]:
    """MinHash signature (``minhash_permutations`` values below 2**32) of a text."""
    sh = shingles(text, settings.shingle_size)
    if not sh:
        return [0] * settings.minhash_permutations
    import numpy as np

    a, b = _permutations(settings)
    prime = np.uint64(_PRIME)
    x = np.fromiter(sh, dtype=np.uint64, count=len(sh)) % prime
    values = ((a[:, None] * x[None, :]) % prime + b[:, None]) % prime  # a, x < 2**32: no overflow
    return [int(v) for v in values.min(axis=1)]


def band_hashes(signature: Sequence[int], settings: LinkSettings) -> list[int]:
    """One signed 64-bit hash per LSH band; articles sharing any band are candidates."""
    rows = settings.rows_per_band
    out: list[int] = []
    for band in range(settings.lsh_bands):
        chunk = signature[band * rows : (band + 1) * rows]
        digest = hashlib.blake2b(
            band.to_bytes(2, "big") + b"".join(v.to_bytes(8, "big") for v in chunk), digest_size=8
        ).digest()
        out.append(int.from_bytes(digest, "big", signed=True))
    return out


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two MinHash signatures."""
    if not a or len(a) != len(b):
        return 0.0
    return sum(1 for x, y in zip(a, b, strict=True) if x == y) / len(a)


class UnionFind:
    """Union-find whose representative is always the smallest member."""

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        parent = self._parent.setdefault(x, x)
        if parent != x:
            parent = self.find(parent)
            self._parent[x] = parent
        return parent

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = (ra, rb) if ra < rb else (rb, ra)
            self._parent[hi] = lo
