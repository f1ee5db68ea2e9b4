"""Build ``src/tidings/ontology/data/actor_labels.json`` from the packaged actor dictionary.

The file holds what :mod:`tidings.ontology.actor_labels` needs to label a code without
loading the whole dictionary: the dictionary's country names, and for each code whose
groups do not spell a label (an organisation's own group, such as ``UNO`` in ``IGOUNO``) the
canonical name of the first organisation in the dictionary carrying that code (the
dictionary lists Tidings' own table first, then PETRARCH-2, whose first entry for a code is
mostly the organisation itself: "United Nations" for ``IGOUNO``).

Usage::

    python scripts/build_actor_labels.py [--out DIR]

Re-run it after ``scripts/build_actor_data.py``; ``tests/test_actor_labels.py`` checks the
shipped file is current.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from tidings.actors.dictionary import ActorDictionary
from tidings.ontology.actor_labels import LABELS_FILE, composed_label

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "src" / "tidings" / "ontology" / "data"


def build(dictionary: ActorDictionary) -> dict[str, Any]:
    """The labels document: ``countries`` (alpha-3 -> name) and ``organisations`` (code -> name)."""
    organisations: dict[str, str] = {}
    for entry in dictionary.entries:
        if entry.kind != "org":  # a person or a city is not what a code means
            continue
        for code in sorted({role.code for role in entry.roles if role.code}):
            if code not in organisations and len(code) % 3 == 0 \
                    and composed_label(code, dictionary.countries) is None:
                organisations[code] = entry.name
    return {"countries": dict(sorted(dictionary.countries.items())),
            "organisations": dict(sorted(organisations.items()))}


def render(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    path = args.out / LABELS_FILE
    path.write_text(render(build(ActorDictionary.load())), encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
