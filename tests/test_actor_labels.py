"""Readable labels of CAMEO actor codes, and the shipped label data being current."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from tidings.actors.keys import INTERNATIONAL_PREFIXES, ROLE_CODES
from tidings.ontology.actor_labels import LABELS_FILE, PREFIX_NAMES, ROLE_NAMES, actor_label, country_name

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "build_actor_labels.py"
SHIPPED = ROOT / "src" / "tidings" / "ontology" / "data" / LABELS_FILE


@pytest.mark.parametrize(("code", "label"), [
    ("USA", "United States"),
    ("USAGOV", "United States government"),
    ("PRKGOV", "North Korea government"),
    ("RUSMIL", "Russia military"),
    ("CVL", "civilians (CVL)"),
    ("GOVMIL", "government military (GOVMIL)"),
    ("IGOUNO", "United Nations"),
    ("NGOENV", "NGOs: environment (NGOENV)"),
    ("MNCDEU", "multinational corporations: Germany (MNCDEU)"),
    ("IGO", "intergovernmental organisations (IGO)"),
    ("MEA", "Middle East"),
    ("usagov", "United States government"),
    ("QQQ", None), ("USAQQQ", None), ("", None), ("US", None),
])
def test_actor_labels(code: str, label: str | None) -> None:
    assert actor_label(code) == label


def test_every_role_and_prefix_has_a_name() -> None:
    assert ROLE_NAMES.keys() >= ROLE_CODES
    assert PREFIX_NAMES.keys() >= INTERNATIONAL_PREFIXES
    assert country_name("KOR") == "South Korea" and country_name(None) is None


def test_shipped_labels_are_current() -> None:
    spec = importlib.util.spec_from_file_location("build_actor_labels", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    from tidings.actors.dictionary import ActorDictionary

    fresh = module.render(module.build(ActorDictionary.load()))
    assert fresh == SHIPPED.read_text(encoding="utf-8"), "re-run python scripts/build_actor_labels.py"
