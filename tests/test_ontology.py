"""The packaged CAMEO/PLOVER ontology: generated data is current, codes look up right."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tidings.errors import OntologyError
from tidings.ontology import PLOVER_TYPES, cameo, cameo_codes, normalise_plover, quad_class

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "tidings" / "ontology" / "data"


@pytest.mark.parametrize(
    ("script", "source", "shipped"),
    [
        ("build_event_ontology.py", "ontology", "cameo_events.json"),
        ("build_verb_lexicon.py", "ontology/petrarch2_dictionaries/CAMEO.2.0.txt", "verb_lexicon.json"),
    ],
)
def test_shipped_data_is_the_scripts_output(
    tmp_path: Path, shared_data: Path, script: str, source: str, shipped: str
) -> None:
    out = tmp_path / shipped
    subprocess.run([sys.executable, str(ROOT / "scripts" / script), str(shared_data / source), str(out)], check=True)
    assert out.read_bytes() == (DATA / shipped).read_bytes(), f"run scripts/{script} to regenerate {shipped}"


@pytest.mark.parametrize(
    ("code", "root", "plover", "quad", "goldstein"),
    [
        ("010", "01", None, 1, 0.0),          # statements: no PLOVER type
        ("0233", "02", None, 1, 3.4),         # appeals: no PLOVER type
        ("036", "03", "AGREE", 1, 4.0),
        ("042", "04", "CONSULT", 1, 1.9),
        ("073", "07", "AID", 2, 7.4),
        ("111", "11", "ACCUSE", 3, -2.0),
        ("1041", "10", "REQUEST", 3, -5.0),
        ("150", "15", "MOBILIZE", 4, -7.2),
        ("163", "16", "COERCE", 4, -8.0),
        ("190", "19", "ASSAULT", 4, -10.0),
    ],
)
def test_cameo_codes(code: str, root: str, plover: str | None, quad: int, goldstein: float) -> None:
    entry = cameo(code)
    assert (entry.root, entry.plover, entry.quad_class, entry.goldstein) == (root, plover, quad, goldstein)
    assert quad_class(root) == quad


def test_every_code_maps_to_a_2021_plover_type_or_none() -> None:
    codes = cameo_codes()
    assert len(codes) == 311
    assert {c.plover for c in codes.values()} - {None} <= set(PLOVER_TYPES)
    assert all(c.plover is None for c in codes.values() if c.root in {"01", "02"})


@pytest.mark.parametrize(("label", "expected"), [("DEMAND", "REQUEST"), ("disapprove", "ACCUSE"),
                                                 ("INVESTIGATE", "ACCUSE"), ("FIGHT", "ASSAULT"), ("AID", "AID")])
def test_legacy_plover_labels(label: str, expected: str) -> None:
    assert normalise_plover(label) == expected


def test_unknown_code_is_a_typed_error() -> None:
    with pytest.raises(OntologyError, match="unknown CAMEO event code '999'"):
        cameo("999")
