"""Convert the PETRARCH2 CAMEO verb dictionary into Tidings' verb lexicon.

Usage: python scripts/build_verb_lexicon.py [CAMEO.2.0.txt] [OUT_JSON]

PETRARCH2's ``CAMEO.2.0.txt`` (MIT, (c) 2015 Open Event Data Alliance) groups
verbs into blocks with a default CAMEO code and patterns such as
``- * (WITH LEADERS) [036:036]``. We keep, per block, its default code and its
patterns as word lists (words before the verb, words after it, prepositional
groups), and index blocks by verb lemma (plus particle for phrasal verbs such as
``meet with``). The matching itself runs over the dependency parse in
``tidings.events.lexicon``. Deterministic: a test re-runs this and compares.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SRC = ROOT.parent / "shared" / "data" / "ontology" / "petrarch2_dictionaries" / "CAMEO.2.0.txt"
DEFAULT_OUT = ROOT / "src" / "tidings" / "ontology" / "data" / "verb_lexicon.json"
CODES = ROOT / "src" / "tidings" / "ontology" / "data" / "cameo_events.json"

_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_PATTERN = re.compile(r"^-\s+(.*?)\s*\[([^\]]*)\]")
_FORMS = re.compile(r"\{[^}]*\}")


def clean_word(word: str) -> str:
    """``CASH_`` -> ``cash``; ``STIR_UP`` -> ``stir up``."""
    return word.strip("+").rstrip("_").replace("_", " ").lower().strip()


def valid_code(code: str, known: set[str]) -> str | None:
    code = code.strip()
    if not code or code.startswith("-"):
        return None
    for length in range(len(code), 1, -1):
        if code[:length] in known:
            return code[:length]
    return None


def parse_pattern(text: str) -> dict[str, list]:
    """Split a pattern into words before ``*``, words after it, and (PREP WORDS) groups."""
    pre: list[str] = []
    post: list[str] = []
    preps: list[list] = []
    text = re.sub(r"\{([^}]*)\}", lambda m: m.group(1).strip().replace(" ", "~"), text)
    seen_verb = False
    for group, word in re.findall(r"\(([^)]*)\)|(\S+)", text):
        if group:
            words = [w for w in group.split() if w not in {"$", "+", "^", "%"}]
            if words:
                prep = "|".join(clean_word(p) for p in words[0].split("/"))
                objects = [clean_word(w.replace("~", " ")) if not w.startswith("&") else w.lower() for w in words[1:]]
                preps.append([prep, objects])
            continue
        if word == "*":
            seen_verb = True
            continue
        if word in {"$", "+", "^", "%"} or not any(c.isalpha() for c in word):
            continue
        token = word.lower() if word.startswith("&") else clean_word(word.replace("~", " "))
        (post if seen_verb else pre).append(token)
    return {"pre": pre, "post": post, "preps": preps}


def build(src: Path) -> dict[str, object]:
    known = set(json.loads(CODES.read_text(encoding="utf-8")))
    synsets: dict[str, list[str]] = {}
    blocks: dict[str, dict[str, object]] = {}
    index: dict[str, list[list]] = {}
    current_set: str | None = None
    current_block: str | None = None
    for raw in src.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line.startswith("&"):
            current_set, current_block = line.strip().lower(), None
            synsets[current_set] = []
            continue
        block = _BLOCK.match(line)
        if block:
            current_set = None
            name = block.group(1)
            current_block = name if name not in blocks else f"{name}#{len(blocks)}"
            blocks[current_block] = {"default": valid_code(block.group(2), known), "patterns": []}
            continue
        if current_set is not None and line.startswith("+"):
            synsets[current_set].append(clean_word(line.strip()))
            continue
        if current_block is None:
            continue
        pattern = _PATTERN.match(line)
        if pattern:
            codes = pattern.group(2).split(":")
            parsed = parse_pattern(pattern.group(1))
            parsed["code"] = valid_code(codes[0], known)
            parsed["code2"] = valid_code(codes[1], known) if len(codes) > 1 else None
            blocks[current_block]["patterns"].append(parsed)  # type: ignore[union-attr]
            continue
        if line.startswith("-"):
            continue
        base = _FORMS.sub("", line).split()
        if not base:
            continue
        words = clean_word(base[0]).split()
        lemma, particle = words[0], " ".join(words[1:]) or None
        entries = index.setdefault(lemma, [])
        if [particle, current_block] not in entries:
            entries.append([particle, current_block])
    return {
        "source": "PETRARCH2 CAMEO.2.0.txt (MIT, (c) 2015 Open Event Data Alliance)",
        "synsets": dict(sorted(synsets.items())),
        "blocks": blocks,
        "verbs": dict(sorted(index.items())),
    }


def main(argv: list[str]) -> int:
    src = Path(argv[1]) if len(argv) > 1 else DEFAULT_SRC
    out = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUT
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(build(src), separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
