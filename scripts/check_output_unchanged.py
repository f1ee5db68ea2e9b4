"""Check that the pipeline's output is unchanged by a refactoring, apart from allowed new fields.

Record the output once before a change, then compare after it:

    python scripts/check_output_unchanged.py record baseline.jsonl
    python scripts/check_output_unchanged.py compare baseline.jsonl [--ignore rule]

Both run ``python -m tidings extract --format jsonl`` over the Wikinews corpus of the shared data
folder (``--shared``, default ``../shared``) and the bundled example. ``compare`` drops the
``--ignore`` fields from both sides (default: ``rule``, the field the restructure added), compares
the events line by line and prints the first differences; it exits 1 when anything differs.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "000_9412593e3c0903a8.txt"


def extract(shared: Path) -> list[str]:
    corpus = shared / "data" / "corpora" / "wikinews.jsonl"
    if not corpus.is_file():
        sys.exit(f"no Wikinews corpus at {corpus}; give --shared DIR")
    command = [sys.executable, "-m", "tidings", "extract", str(corpus), str(EXAMPLE), "--format", "jsonl"]
    done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)
    if done.returncode not in (0, 1):  # 1: some input rejected (the corpus has one empty article)
        sys.exit(f"extract failed ({done.returncode}): {done.stderr[-2000:]}")
    return done.stdout.splitlines()


def without(line: str, ignored: set[str]) -> str:
    record = json.loads(line)
    for name in ignored:
        record.pop(name, None)
    return json.dumps(record, sort_keys=True, ensure_ascii=False)


def compare(baseline: list[str], current: list[str], ignored: set[str]) -> int:
    old = [without(line, ignored) for line in baseline]
    new = [without(line, ignored) for line in current]
    if old == new:
        print(f"unchanged: {len(new)} events (ignoring {', '.join(sorted(ignored)) or 'nothing'})")
        return 0
    print(f"CHANGED: {len(old)} events before, {len(new)} after")
    shown = 0
    for number, (a, b) in enumerate(zip(old, new, strict=False)):
        if a != b:
            print(f"line {number + 1}:\n  before {a[:400]}\n  after  {b[:400]}")
            shown += 1
            if shown == 5:
                break
    return 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["record", "compare"])
    parser.add_argument("baseline", type=Path)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--ignore", action="append", default=None, help="field to ignore (repeatable)")
    args = parser.parse_args()
    current = extract(args.shared)
    if args.action == "record":
        args.baseline.write_text("\n".join(current) + "\n", encoding="utf-8")
        print(f"recorded {len(current)} events in {args.baseline}")
        return
    ignored = set(args.ignore) if args.ignore is not None else {"rule"}
    sys.exit(compare(args.baseline.read_text(encoding="utf-8").splitlines(), current, ignored))


if __name__ == "__main__":
    main()
