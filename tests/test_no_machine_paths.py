"""No file of the repository names a folder of one machine (a home, root's home, a work folder):
paths are relative to the repository root, or options whose default is ``../shared``."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHECKED = ("src", "tests", "bench", "scripts", "docs", "README.md")
# An absolute path starting at one of these folders; not the path part of a URL (a host, then the folder).
MACHINE_PATH = re.compile(r"(?<![\w./:-])/(?:work|root|home)/[^\s\"'`)]*")
# Paths that stand for no machine: test data (none today).
ALLOWED: set[tuple[str, str]] = set()


def _checked_files() -> list[str]:
    git = shutil.which("git")
    if git is not None and (ROOT / ".git").exists():
        listed = subprocess.run([git, "ls-files", "--", *CHECKED], cwd=ROOT, capture_output=True, text=True, check=True)
        return listed.stdout.splitlines()
    found = [ROOT / name for name in CHECKED if (ROOT / name).is_file()]
    found += [p for name in CHECKED if (ROOT / name).is_dir() for p in (ROOT / name).rglob("*") if p.is_file()]
    return [p.relative_to(ROOT).as_posix() for p in found if "__pycache__" not in p.parts]


def machine_paths(name: str, text: str) -> list[str]:
    """The machine paths in ``text`` (of repository file ``name``) not in ALLOWED."""
    return [m.group() for m in MACHINE_PATH.finditer(text) if (name, m.group()) not in ALLOWED]


def test_the_pattern_finds_machine_paths_and_not_urls() -> None:
    work, root, home = ("/" + folder for folder in ("work", "root", "home"))  # not spelt out: this file is checked too
    text = f'default=Path("{work}/shared/data") `{root}/.cache` {home}/me/x https://example.org{home}/page'
    assert machine_paths("x.py", text) == [f"{work}/shared/data", f"{root}/.cache", f"{home}/me/x"]
    assert machine_paths("x.py", "at server/app.py line 3") == []


def test_no_tracked_file_names_a_machine_path() -> None:
    names = _checked_files()
    assert "README.md" in names and "src/tidings/__init__.py" in names
    offenders = {}
    for name in names:
        try:
            text = (ROOT / name).read_text(encoding="utf-8")
        except (UnicodeDecodeError, FileNotFoundError):
            continue  # packaged binary data (gzip), or a file deleted but not yet committed
        if found := machine_paths(name, text):
            offenders[name] = found
    assert offenders == {}, f"absolute paths of one machine: {offenders}"
