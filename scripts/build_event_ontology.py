"""Build Tidings' packaged CAMEO/PLOVER event ontology from the shared sources.

Usage: python scripts/build_event_ontology.py [SHARED_ONTOLOGY_DIR] [OUT_JSON]

Reads GDELT's CAMEO codes/Goldstein table (cameo_event_codes.tsv), the CAMEO
1.1b3 codebook descriptions (cameo_codebook.json) and the CAMEO->PLOVER 2021
table (plover/CAMEO2PLOVER-2021.txt), and writes one JSON object keyed by
CAMEO code. Deterministic: the test suite re-runs it and compares.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SRC = ROOT.parent / "shared" / "data" / "ontology"
DEFAULT_OUT = ROOT / "src" / "tidings" / "ontology" / "data" / "cameo_events.json"


def read_plover_table(path: Path) -> dict[str, dict[str, str | None]]:
    table: dict[str, dict[str, str | None]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or ":" not in line or not line[0].isdigit():
            continue
        code, rest = (part.strip() for part in line.split(":", 1))
        fields = [f.strip() for f in rest.split(",")]
        plover = fields[0] or None
        mode = fields[1].replace(" ", "") if len(fields) > 1 and fields[1] else None
        context = fields[2] if len(fields) > 2 and fields[2] else None
        table.setdefault(code, {"plover": plover, "mode": mode or None, "context": context})
    return table


def build(src: Path) -> dict[str, dict[str, object]]:
    plover = read_plover_table(src / "plover" / "CAMEO2PLOVER-2021.txt")
    descriptions = {
        entry["code"]: entry for entry in json.loads((src / "cameo_codebook.json").read_text(encoding="utf-8"))
    }
    out: dict[str, dict[str, object]] = {}
    with (src / "cameo_event_codes.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            code = row["code"]
            mapped = None
            for length in range(len(code), 1, -1):  # nearest mapped ancestor
                if code[:length] in plover and plover[code[:length]]["plover"]:
                    mapped = plover[code[:length]]
                    break
            if row["root"] in {"01", "02"}:
                mapped = None  # PLOVER has no type for statements and appeals
            book = descriptions.get(code, {})
            out[code] = {
                "name": row["name"],
                "root": row["root"],
                "goldstein": float(row["goldstein"]),
                "quad_class": int(row["quad_class_gdelt"]),
                "pentaclass": int(row["pentaclass"]),
                "plover": mapped["plover"] if mapped else None,
                "plover_mode": mapped["mode"] if mapped else None,
                "plover_context": mapped["context"] if mapped else None,
                "description": (book.get("description") or "").strip() or None,
            }
    return dict(sorted(out.items()))


def main(argv: list[str]) -> int:
    src = Path(argv[1]) if len(argv) > 1 else DEFAULT_SRC
    out = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUT
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(build(src), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
