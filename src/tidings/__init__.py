"""Tidings: dated news articles in, coded political events out."""

from __future__ import annotations

__version__ = "0.1.0"
