"""Results that go on to pandas or Arrow, where analysts take them next.

:class:`Rows` is a plain ``list`` of records (so every existing use keeps working) with
``.arrow()`` (a ``pyarrow.Table``) and ``.df()`` (a ``pandas.DataFrame``); nested records
become flat columns as in the CSV export (``source.code`` -> ``source_code``).
:meth:`tidings.store.Store.events_table` reads a listing straight from DuckDB into Arrow.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from pydantic import BaseModel

from tidings.errors import TidingsError

if TYPE_CHECKING:
    import pyarrow as pa

RowT = TypeVar("RowT", bound=BaseModel)


class MissingExtra(TidingsError):
    """An optional library a conversion needs is not installed."""


def flat(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested fields as flat columns (``{"source": {"code": ..}}`` -> ``source_code``); lists stay lists."""
    out: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, dict):
            out.update(flat(value, f"{prefix}{key}_"))
        else:
            out[f"{prefix}{key}"] = value
    return out


def pandas_module() -> Any:
    try:
        import pandas
    except ImportError:
        raise MissingExtra("a DataFrame needs pandas, which is not installed: pip install 'pandas<3'") from None
    return pandas


class Rows(list[RowT], Generic[RowT]):
    """A list of records that converts to a ``pyarrow.Table`` (:meth:`arrow`) or a
    ``pandas.DataFrame`` (:meth:`df`)."""

    def __init__(self, items: Iterable[RowT] = (), model: type[RowT] | None = None) -> None:
        super().__init__(items)
        self.model = model

    def records(self) -> list[dict[str, Any]]:
        """The rows as flat dicts."""
        return [flat(row.model_dump()) for row in self]

    def arrow(self) -> pa.Table:
        import pyarrow as pa

        if not self and self.model is not None:  # no rows: still the columns
            return pa.table({name: pa.array([], pa.null()) for name in self.model.model_fields})
        return pa.Table.from_pylist(self.records())

    def df(self) -> Any:
        """A ``pandas.DataFrame`` of the rows (typed ``Any``: pandas ships no type hints)."""
        pandas = pandas_module()
        if not self and self.model is not None:
            return pandas.DataFrame(columns=list(self.model.model_fields))
        return pandas.DataFrame.from_records(self.records())
