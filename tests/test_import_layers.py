"""The import contracts of ``pyproject.toml`` (``[tool.importlinter]``) hold: each contract is run
with ``lint-imports`` on this test's copy of the source, one test per contract."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import tidings

ROOT = Path(__file__).resolve().parents[1]
CONTRACTS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]


def _lint_imports() -> str:
    if importlib.util.find_spec("importlinter") is None:
        pytest.skip("import-linter is not installed (pip install -e '.[lint]')")
    found = Path(sys.executable).with_name("lint-imports")
    command = str(found) if found.exists() else shutil.which("lint-imports")
    if command is None:
        pytest.skip("import-linter is installed but its lint-imports command is not on PATH")
    return command


def test_contracts_are_declared() -> None:
    kinds = {contract["type"] for contract in CONTRACTS}
    assert {"layers", "independence", "forbidden", "acyclic_siblings"} <= kinds


@pytest.mark.parametrize("contract", CONTRACTS, ids=[contract["id"] for contract in CONTRACTS])
def test_import_contract_is_kept(contract: dict[str, object]) -> None:
    source = Path(tidings.__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(source), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run(
        [_lint_imports(), str(ROOT / "pyproject.toml"), "--no-cache", "--contract", str(contract["id"])],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, f"contract {contract['name']!r} is broken:\n{done.stdout[-3000:]}{done.stderr[-2000:]}"
    assert "KEPT" in done.stdout
