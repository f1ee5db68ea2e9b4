"""Scoring the extractor against gold files (PLOVER, CAMEO class, source/target spans, actors)."""

from __future__ import annotations

from tidings.evaluation.gold import EvalReport, evaluate_file, render_report

__all__ = ["EvalReport", "evaluate_file", "render_report"]
