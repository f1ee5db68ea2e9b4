"""Reading gold files: JSON Lines, every malformed line an error that names the file and line."""

from __future__ import annotations

import json
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
