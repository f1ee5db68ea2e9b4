"""The codebase's size rules: no function over 60 lines, no module over 400 lines.

Long functions and modules are where PETRARCH2's habits grow back; this test names each one
that crosses a limit, so a change that makes one must split it.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "tidings"
MAX_FUNCTION_LINES = 60
MAX_MODULE_LINES = 400


def _sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _long_functions(path: Path, root: Path = ROOT) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        f"{path.relative_to(root)}:{node.lineno} {node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for node in ast.walk(tree)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]


def test_the_package_has_sources() -> None:
    assert len(_sources()) > 50


def test_no_function_is_longer_than_the_limit() -> None:
    long = [line for path in _sources() for line in _long_functions(path)]
    assert long == []


def test_the_size_check_sees_a_long_function(tmp_path: Path) -> None:
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_FUNCTION_LINES))
    source = tmp_path / "long.py"
    source.write_text(f"def short() -> None:\n    pass\n\n\ndef long() -> None:\n{body}\n", encoding="utf-8")
    assert _long_functions(source, tmp_path) == [f"long.py:5 long ({MAX_FUNCTION_LINES + 1} lines)"]


def test_no_module_is_longer_than_the_limit() -> None:
    long = {
        path.relative_to(PACKAGE).as_posix()
        for path in _sources()
        if len(path.read_text(encoding="utf-8").splitlines()) > MAX_MODULE_LINES
    }
    assert long == set()
