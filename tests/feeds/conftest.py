"""The fixture news site, served for each test (see :mod:`feeds.newsite`)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from feeds.newsite import Site, serving


@pytest.fixture()
def site() -> Iterator[Site]:
    with serving() as served:
        yield served
