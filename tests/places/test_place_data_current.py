"""The shipped gazetteer equals the output of scripts/build_place_data.py."""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_shipped_places_match_the_build_script() -> None:
    spec = importlib.util.spec_from_file_location("build_place_data", ROOT / "scripts" / "build_place_data.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = json.loads(json.dumps(module.build(), ensure_ascii=False))
    shipped = json.loads(gzip.decompress(module.OUT.read_bytes()))
    assert shipped == built, "run: python scripts/build_place_data.py"
