"""Stores and servers for the API and browser tests (import the fixtures you need from here).

``web_seed_db`` is a real store built by the pipeline from the seed article and, when the
shared data folder is there, the first wikinews articles of the shared corpus. Without it the
store holds the seed alone: a test that needs the sample asks for ``wikinews_sample``, which
skips then. ``web_synthetic_db`` is a larger store from ``factories.corpus`` for pagination.
Each is built once per test session.
"""

from __future__ import annotations

import itertools
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Self

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "000_9412593e3c0903a8.txt"
SHARED_DATA = ROOT.parent / "shared" / "data"
WIKINEWS = SHARED_DATA / "corpora" / "wikinews.jsonl"
WIKINEWS_LINES = 20
SEED_TITLE_WORDS = "Kim to meet Putin"
"""Words of the seed article's title (its quotes are normalised on ingest)."""


_EXTRACTORS: dict[int, object] = {}


def shared_extractor(nlp: object) -> object:
    """One pipeline per spaCy model for the whole session (its dictionaries load once)."""
    from tidings.pipeline import Extractor

    if id(nlp) not in _EXTRACTORS:
        _EXTRACTORS[id(nlp)] = Extractor(nlp=nlp)  # type: ignore[arg-type]
    return _EXTRACTORS[id(nlp)]


def build_pipeline_store(path: Path, inputs: list[Path], nlp: object) -> Path:
    """Run the real pipeline over ``inputs`` into a new store at ``path``."""
    from tidings.inputs.readers import read_inputs
    from tidings.records import Article
    from tidings.store import Store

    extractor = shared_extractor(nlp)
    articles = [a for a in read_inputs([str(p) for p in inputs]) if isinstance(a, Article)]
    Store(path).add(extractor.run(iter(articles)))  # type: ignore[attr-defined]
    return path


def web_stores(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session's folder for the web test stores and their inputs."""
    base = tmp_path_factory.getbasetemp() / "web-stores"
    base.mkdir(exist_ok=True)
    return base


def copy_wikinews_sample(base: Path) -> Path | None:
    """The first ``WIKINEWS_LINES`` articles of the shared wikinews corpus, copied into ``base``;
    None when the shared corpus is not there."""
    if not WIKINEWS.is_file():
        return None
    sample = base / "wikinews-sample.jsonl"
    if not sample.exists():
        with WIKINEWS.open(encoding="utf-8") as source:
            sample.write_text("".join(itertools.islice(source, WIKINEWS_LINES)), encoding="utf-8")
    return sample


@pytest.fixture(scope="session")
def wikinews_sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wikinews sample that ``web_seed_db`` holds besides the seed; skips without ../shared."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data folder not found at {SHARED_DATA}")
    sample = copy_wikinews_sample(web_stores(tmp_path_factory))
    if sample is None:
        pytest.skip(f"wikinews corpus not found at {WIKINEWS}")
    return sample


@pytest.fixture(scope="session")
def web_seed_db(tmp_path_factory: pytest.TempPathFactory, nlp: object) -> Path:
    """The seed article, plus the wikinews sample when the shared data folder is there."""
    base = web_stores(tmp_path_factory)
    path = base / "seed.duckdb"
    if path.exists():
        return path
    sample = copy_wikinews_sample(base)
    return build_pipeline_store(path, [SEED] if sample is None else [SEED, sample], nlp)


@pytest.fixture(scope="session")
def web_synthetic_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from factories import corpus
    from tidings.store import Store

    path = web_stores(tmp_path_factory) / "synthetic.duckdb"
    if path.exists():
        return path
    Store(path).add(corpus(240))
    return path


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LiveServer:
    """A real uvicorn server for an app, on a free localhost port, in a thread, configured as
    ``tidings serve`` configures it."""

    def __init__(self, app: object) -> None:
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        from tidings.api.security import server_options

        # the settings `tidings serve` runs with
        self.server = uvicorn.Server(uvicorn.Config(app, **server_options("127.0.0.1", self.port)))  # type: ignore[arg-type]
        self.thread = threading.Thread(target=self.server.run, name="tidings-test-server", daemon=True)

    def __enter__(self) -> Self:
        self.thread.start()
        deadline = time.monotonic() + 15
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError(f"test server did not start on port {self.port}")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def live_seed_server(web_seed_db: Path) -> Iterator[LiveServer]:
    from tidings.api import create_app

    with LiveServer(create_app(web_seed_db)) as server:
        yield server
