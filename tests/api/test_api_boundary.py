"""The API's boundary with the store: the store owns all SQL. Every module under
``src/tidings/api/`` asks typed store methods; none imports DuckDB, opens a connection,
executes a statement or holds a SQL string."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

API = Path(__file__).resolve().parents[2] / "src" / "tidings" / "api"
FORBIDDEN_IMPORTS = ("duckdb", "duckdb_extension_fts", "pyarrow")
STORE_INTERNALS = ("query", "rows", "schema", "writer", "relink", "search", "link")
"""Modules of :mod:`tidings.store` that build SQL or rows; the API uses the store's typed answers instead."""
DATABASE_CALLS = ("execute", "executemany", "sql", "connect", "cursor", "fetchall", "fetchone")
TABLES = "mentions|events|articles|actors|rejects|meta|article_bands|fts_main_articles"
SQL = re.compile(
    r"\bSELECT\b|\bINSERT\s+INTO\b|\bUPDATE\s+\w+\s+SET\b|\bDELETE\s+FROM\b|\bPRAGMA\b|\bCOPY\s*\("
    r"|\b(CREATE|DROP|ALTER)\s+(TABLE|INDEX|SCHEMA|VIEW)\b"
    # the project writes SQL keywords in capitals; lower-case SQL is caught by what it names
    rf"|(?i:\bselect\s+(\*|count\s*\(|distinct\b)|\bpragma\s+\w+|\bfrom\s+({TABLES})\b\s*(where|order|group|limit|join|\)|$))",
)


def api_sources() -> list[Path]:
    sources = sorted(API.rglob("*.py"))
    assert len(sources) > 5, f"no API sources found under {API}"
    return sources


def _imported(tree: ast.AST) -> list[str]:
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
            names += [f"{node.module}.{alias.name}" for alias in node.names]
    return names


def sql_in(source: str) -> list[str]:
    """What in ``source`` talks to the database directly: imports, calls and SQL strings."""
    tree = ast.parse(source)
    found = [f"imports {name}" for name in _imported(tree)
             if name.split(".")[0] in FORBIDDEN_IMPORTS
             or any(name.startswith(f"tidings.store.{m}") for m in STORE_INTERNALS)]
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in DATABASE_CALLS:
            found.append(f"line {node.lineno}: calls .{node.func.attr}()")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value):
            found.append(f"line {node.lineno}: SQL string {node.value.strip()[:60]!r}")
    return found


@pytest.mark.parametrize("path", api_sources(), ids=lambda p: str(p.relative_to(API)))
def test_api_module_holds_no_sql(path: Path) -> None:
    found = sql_in(path.read_text(encoding="utf-8"))
    assert not found, f"{path.relative_to(API.parent)} talks to the database itself: {found}"


@pytest.mark.parametrize("snippet", [
    "import duckdb",
    "from duckdb import DuckDBPyConnection",
    "from tidings.store.query import where_clause",
    "from tidings.store import rows",
    "with store.connect() as conn:\n    pass",
    "conn.execute(sql)",
    'sql = "SELECT * FROM mentions WHERE event_id = ?"',
    'sql = f"select count(*) from {table}"',
    "x = 'DELETE FROM events'",
    "q = 'select article_id from articles where date > ?'",
    "q = 'pragma create_fts_index'",
])
def test_the_scan_catches_each_kind_of_database_access(snippet: str) -> None:
    assert sql_in(snippet)


def test_the_scan_lets_typed_store_calls_and_prose_through() -> None:
    source = '''
"""Select the events a user asked for from the store's answers."""
from tidings.store import Store
from tidings.store.articles import ArticleQuery, article_page

def page(store: Store) -> object:
    return article_page(store, ArticleQuery(q="from select"))
'''
    assert sql_in(source) == []


def test_no_loaded_api_module_holds_duckdb() -> None:
    import tidings.api

    for info in pkgutil.walk_packages(tidings.api.__path__, "tidings.api."):
        importlib.import_module(info.name)
    modules = {name: m for name, m in sys.modules.items() if name.startswith("tidings.api") and m is not None}
    assert "tidings.api.routes" in modules
    for name, module in modules.items():
        for attr, value in vars(module).items():
            home = value.__name__ if isinstance(value, ModuleType) else getattr(value, "__module__", None)
            assert not str(home or "").startswith("duckdb"), f"{name}.{attr} is DuckDB's {home}"
