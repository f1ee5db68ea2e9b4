"""The packaged actor dictionary is exactly what scripts/build_actor_data.py produces."""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "build_actor_data.py"
SHIPPED = ROOT / "src" / "tidings" / "ontology" / "data" / "actors.json.gz"


def load_script():
    spec = importlib.util.spec_from_file_location("build_actor_data", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


def test_shipped_actor_data_is_current(tmp_path, shared_data):
    ontology = shared_data / "ontology"
    if not (ontology / "petrarch2_dictionaries").is_dir():
        pytest.skip("PETRARCH-2 dictionaries not available")
    built = load_script().write(ontology, tmp_path)
    fresh = json.loads(gzip.decompress(built.read_bytes()))
    shipped = json.loads(gzip.decompress(SHIPPED.read_bytes()))
    assert fresh.keys() == shipped.keys()
    for part in fresh:
        assert fresh[part] == shipped[part], f"{part} differs: re-run python scripts/build_actor_data.py"
    assert built.read_bytes() == SHIPPED.read_bytes()
    assert "Open Event Data Alliance" in fresh["about"]
