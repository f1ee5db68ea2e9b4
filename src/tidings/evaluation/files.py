"""Reading gold files: JSON Lines, every malformed line an error that names the file and line."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from tidings.errors import InputError


def read_gold(path: Path) -> list[dict[str, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read gold file {path}: {exc.strerror or exc}") from None
    records = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}: malformed JSON ({exc.msg})") from None
    if not records:
        raise InputError(f"gold file {path} has no records")
    return records


STORY_KEY_WORDS = 60


def story_key(text: str) -> str:
    """The story's first words, lower-cased, without punctuation or line breaks: a wire story re-sent
    under a new id keeps them (Reuters-21578's reuters-5895 repeats reuters-5786 word for word), so
    a gold article's copy can be kept out of the other split and out of what is chosen to code."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower())[:STORY_KEY_WORDS])
