"""Read queries with their values written into the SQL as literals, not bound as parameters.

DuckDB's Python client imports pandas (a third of a second or more) the first time any query
binds a parameter, to check whether the value is a pandas object. A short command such as
``tidings events --dyad PRK:USA`` should not pay that, so the read path (listings, analyses,
labels) writes its values as SQL literals with :func:`inline`. Only the value types the
store's filters use are accepted; strings are quoted by doubling ``'`` (DuckDB strings have no
backslash escapes), so a value can never end its literal.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import Any


def literal(value: Any) -> str:
    """``value`` as a DuckDB SQL literal (None, bool, int, float, str, date, datetime, or a list of them)."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return f"{value!r}::DOUBLE" if math.isfinite(value) else f"'{value}'::DOUBLE"  # not a DECIMAL
    if isinstance(value, str):
        return "'" + value.replace("\x00", "").replace("'", "''") + "'"
    if isinstance(value, dt.datetime):
        return f"TIMESTAMP '{value.isoformat(sep=' ')}'"
    if isinstance(value, dt.date):
        return f"DATE '{value.isoformat()}'"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    raise TypeError(f"no SQL literal for a {type(value).__name__}")


def inline(sql: str, params: Sequence[Any]) -> str:
    """``sql`` with each ``?`` placeholder (outside quoted strings, identifiers and ``--`` comments)
    replaced by the literal of the next parameter; the counts must match."""
    out: list[str] = []
    values = iter(params)
    used = 0
    quote: str | None = None  # the quote or comment we are in: ', " or \n (a comment ends at the line's end)
    for i, char in enumerate(sql):
        if quote is not None:
            quote = None if char == quote else quote  # a doubled quote closes and reopens: same result
        elif char in "'\"":
            quote = char
        elif char == "-" and sql.startswith("--", i):
            quote = "\n"
        elif char == "?":
            try:
                out.append(literal(next(values)))
            except StopIteration:
                raise ValueError("more placeholders than parameters") from None
            used += 1
            continue
        out.append(char)
    if used != len(params):
        raise ValueError(f"{len(params)} parameters for {used} placeholders")
    return "".join(out)
