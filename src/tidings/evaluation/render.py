"""Terminal tables for the whole-article report (``tidings eval realnews_dev.jsonl``)."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table

from tidings.evaluation.realnews import RealNewsReport

_SCORES = ("precision", "strict precision", "core recall by root", "core tuple recall", "events per no-event article",
           "source country right (root matches)", "target country right (root matches)")
_SHORT = ("P", "strict P", "core R root", "core R tuple", "ev/empty art.", "src ctry", "tgt ctry")


def _slice_table(title: str, rows: dict[str, dict[str, float]]) -> Table:
    table = Table(title=title)
    table.add_column("")
    table.add_column("articles", justify="right")
    for name in _SHORT:
        table.add_column(name, justify="right")
    for key, scores in rows.items():
        table.add_row(key, str(int(scores.get("articles", 0))), *(f"{scores[name]:.3f}" for name in _SCORES))
    return table


def render_realnews(report: RealNewsReport) -> Group:
    c = report.counts
    head = Table(title=f"{report.gold_file}: {report.articles} articles, {report.sentences} sentences, "
                       f"{c.core} core gold events, {c.predicted} predicted events")
    head.add_column("score")
    head.add_column("value", justify="right")
    for name, value in report.scores.items():
        head.add_row(name, f"{value:.3f}")
    parts: list[Table] = [head, _slice_table("per corpus", report.per_corpus)]
    if report.per_split:
        parts.append(_slice_table("per split", report.per_split))
    roots = Table(title="per CAMEO root")
    for column in ("root", "core gold", "core recall", "predicted", "precision"):
        roots.add_column(column, justify="right")
    for root, r in report.per_root.items():
        roots.add_row(root, str(int(r["core"])), f"{r['core recall']:.2f}", str(int(r["predicted"])),
                      f"{r['precision']:.2f}")
    parts.append(roots)
    if report.failed:
        failed = Table(title=f"{len(report.failed)} articles failed coding and are scored with no event")
        failed.add_column("article: why")
        for line in report.failed:
            failed.add_row(line)
        parts.append(failed)
    return Group(*parts)
