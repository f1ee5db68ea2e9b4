"""GDELT TSV exports keep their 61 (events) and 16 (mentions) columns whatever the text fields
hold: tabs, newlines and carriage returns in a field become spaces (the format has no quoting)."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factories import make_actor, make_article, make_event, make_result
from tidings.store import EventFilter, Store
from tidings.store.export import GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, export

_numbers = itertools.count()
field = st.text(alphabet=st.sampled_from(list("ab Z,\"'\\\t\n\r\x0b\u2028é")), min_size=1, max_size=12)


def _rows(path: Path) -> list[list[str]]:
    # split on "\n" only: that is GDELT's row separator (str.splitlines would split on more)
    return [line.split("\t") for line in path.read_text(encoding="utf-8").split("\n")[:-1]]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(source_text=field, target_name=field, url=field, source=field)
def test_gdelt_rows_keep_their_columns_whatever_the_fields_hold(
        tmp_path: Path, source_text: str, target_name: str, url: str, source: str) -> None:
    n = next(_numbers)
    art = make_article(f"hostile-{n}", url=f"https://x.example/{url}", source=source)
    event = make_event(art, 0, source=None, target=None)
    event = event.model_copy(update={
        "source": make_actor("RUS", text=source_text, name=None),
        "target": make_actor("USA", name=target_name),
    })
    db = tmp_path / f"s{n}.duckdb"
    store = Store(db)
    store.add([make_result(art, [event])])
    for table, columns in (("events", GDELT_EVENT_COLUMNS), ("mentions", GDELT_MENTION_COLUMNS)):
        out = tmp_path / f"{table}{n}.tsv"
        assert export(store, "gdelt", out, EventFilter(limit=None), table=table) == 1  # type: ignore[arg-type]
        rows = _rows(out)
        assert len(rows) == 1 and len(rows[0]) == len(columns)
        assert not any(c in f for f in rows[0] for c in "\r\n\t")
    row = _rows(tmp_path / f"events{n}.tsv")[0]
    names = [name for name, _ in GDELT_EVENT_COLUMNS]
    assert row[names.index("Actor1Name")] == re.sub(r"[\t\n\r]+", " ", source_text.upper())
