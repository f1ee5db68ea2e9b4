"""Engines that run the pipeline over many articles and store the results.

:func:`~tidings.engines.loop.ingest` is the one ingest loop; its coding engine is the local
engine (:mod:`tidings.engines.local`: one Extractor, worker processes) or Ray
(:mod:`tidings.engines.raydata`), chosen by name with :func:`engine_runner`. Watch mode
(:mod:`tidings.engines.watch`) runs the loop over new files, remembered in a file ledger.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tidings.engines.loop import CodeFn, ingest
from tidings.errors import InputError

if TYPE_CHECKING:
    from tidings.engines.raydata import RayOptions
    from tidings.pipeline import ExtractorSettings

__all__ = ["ENGINES", "CodeFn", "engine_runner", "ingest"]

ENGINES = ("local", "ray")


def engine_runner(engine: str, settings: ExtractorSettings, options: RayOptions | None = None) -> CodeFn:
    """The coding engine for ``--engine local|ray``: ``code(articles)``, results in input order,
    an article whose coding failed as a :class:`~tidings.records.Reject` in its place.

    ``local`` builds its Extractor now; ``ray`` checks Ray is installed and connects (or starts
    a local Ray) now, and both are reused by every call (watch mode, a server).
    """
    if engine == "local":
        from tidings.engines.local import local_engine

        return local_engine(settings)
    if engine == "ray":
        from tidings.engines.raydata import ray_engine

        return ray_engine(settings, options)
    raise InputError(f"unknown engine {engine!r}; choose one of: {', '.join(ENGINES)}")
