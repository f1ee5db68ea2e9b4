"""The command line end to end: contract of extract's JSON, ingest summaries, rejects, errors."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tidings.cli.app import app

runner = CliRunner()
RECORD_FIELDS = {
    "event_id", "article_id", "sentence_index", "sentence", "trigger", "source", "target", "cameo", "cameo_root",
    "cameo_name", "plover", "quad_class", "goldstein", "status", "date", "location", "confidence",
}


def test_extract_prints_the_documented_record(seed_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(seed_path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert len(records) >= 6
    for record in records:
        assert record.keys() >= RECORD_FIELDS
        assert set(record["trigger"]) >= {"text", "start", "end"}
        assert set(record["date"]) >= {"value", "end", "granularity", "kind", "text"}
        for side in ("source", "target"):
            if record[side] is not None:
                assert set(record[side]) >= {"text", "name", "code", "country", "sectors"}
        if record["location"] is not None:
            assert set(record["location"]) >= {"name", "country", "lat", "lon", "geonames_id"}


def test_extract_reads_jsonl_sentences_without_a_store(tmp_path: Path) -> None:
    gold = tmp_path / "sentences.jsonl"
    sentence = {"id": "s1", "date": "2020-03-02", "text": "Russia condemned Ukraine on Monday."}
    gold.write_text(json.dumps(sentence) + "\n")
    result = runner.invoke(app, ["extract", str(gold)])
    assert result.exit_code == 0
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["article_id"] == "s1" and record["cameo"] == "111" and record["date"]["value"] == "2020-03-02"
    assert not list(tmp_path.glob("*.duckdb"))


def test_ingest_twice_stores_once_and_records_rejects(tmp_path: Path, seed_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(seed_path, corpus / "seed.txt")
    (corpus / "broken.txt").write_bytes(b"\x00\x01 not text")
    db = tmp_path / "t.duckdb"
    first = runner.invoke(app, ["ingest", str(corpus), "--db", str(db)])
    assert first.exit_code == 1  # something was rejected; the good article is still stored
    assert "stored 1" in first.output and "rejected 1" in first.output and "broken.txt: binary file" in first.output
    second = runner.invoke(app, ["ingest", str(corpus / "seed.txt"), "--db", str(db)])
    assert second.exit_code == 0 and "already stored 1" in second.output
    rejects = runner.invoke(app, ["rejects", "--db", str(db)], env={"COLUMNS": "200"})
    assert "binary file" in rejects.output
    events = runner.invoke(app, ["events", "--db", str(db), "--dyad", "PRK:USA", "--format", "jsonl"])
    assert events.exit_code == 0 and events.stdout.strip()


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["extract", "no/such/file.txt"], 1, "no such file"),  # a reject (the other inputs are read), not exit 2
        (["eval", "no/such/gold.jsonl"], 2, "cannot read gold file"),
        (["events", "--db", "{db}", "--since", "yesterday"], 2, "since"),
    ],
)
def test_errors_are_one_line_with_an_exit_code(tmp_path: Path, args: list[str], code: int, message: str) -> None:
    args = [a.replace("{db}", str(tmp_path / "x.duckdb")) for a in args]
    result = runner.invoke(app, args)
    assert result.exit_code == code, result.output
    assert message in result.output and "Traceback" not in result.output


def test_eval_reports_type_and_tuple_scores(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    records = [
        {"id": "g1", "text": "Russia condemned Ukraine on Monday.", "date": "2020-01-01",
         "events": [{"plover": "ACCUSE", "source": [{"text": "Russia", "code": "RUS"}],
                     "target": [{"text": "Ukraine", "code": "UKR"}]}]},
        {"id": "g2", "text": "Japan provided food aid to North Korea.", "date": "2020-01-01",
         "events": [{"plover": "AID", "source": [{"text": "Japan", "code": "JPN"}],
                     "target": [{"text": "North Korea", "code": "PRK"}]}]},
    ]
    gold.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    out = tmp_path / "scores.json"
    result = runner.invoke(app, ["eval", str(gold), "--json", str(out)], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    scores = json.loads(out.read_text())
    assert scores["type_scores"]["f1"] == 1.0 and scores["tuple_scores"]["f1"] == 1.0
    assert "type f1" in result.output


def test_store_commands_answer_the_users_questions(tmp_path: Path, seed_path: Path) -> None:
    db = tmp_path / "q.duckdb"
    assert runner.invoke(app, ["ingest", str(seed_path), "--db", str(db)]).exit_code == 0
    dyad = runner.invoke(app, ["dyad", "PRK", "USA", "--by", "week", "--db", str(db), "--format", "jsonl"])
    assert dyad.exit_code == 0, dyad.output
    weeks = [json.loads(line) for line in dyad.stdout.splitlines()]
    assert weeks and all(w["period"] == "2019-04-15" for w in weeks) and {w["quad_class"] for w in weeks} == {3}
    csv_out = runner.invoke(app, ["events", "--db", str(db), "--mentions", "--format", "csv", "-n", "100"])
    header = csv_out.stdout.splitlines()[0].split(",")
    assert {"event_id", "cameo", "source_code", "target_code", "date_value"} <= set(header)
    top = runner.invoke(app, ["top", "actors", "--db", str(db), "--format", "jsonl"])
    assert top.exit_code == 0 and "PRKGOV" in top.stdout
    from tidings.store import Store

    (hit,) = Store(db, read_only=True).search("Vladivostok")  # ingest built the full-text index
    assert hit.title.startswith("North Korea's Kim") and not hit.stale_index


def test_exports_of_the_seed_have_clean_sentences_and_a_root_event(tmp_path: Path, seed_path: Path) -> None:
    import csv

    from tidings.store.export import GDELT_EVENT_COLUMNS

    db = tmp_path / "seed.duckdb"
    assert runner.invoke(app, ["ingest", str(seed_path), "--db", str(db)]).exit_code == 0
    for fmt, name in (("jsonl", "m.jsonl"), ("csv", "m.csv")):
        args = ["export", fmt, str(tmp_path / name), "--db", str(db), "--table", "mentions"]
        assert runner.invoke(app, args).exit_code == 0
    mentions = [json.loads(line) for line in (tmp_path / "m.jsonl").read_text().splitlines()]
    with (tmp_path / "m.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    sentences = [m["sentence"] for m in mentions] + [r["sentence"] for r in rows]
    assert sentences and all(s == s.strip() for s in sentences)
    lead = [m for m in mentions if m["sentence_index"] == 0]  # "MOSCOW:" is no sentence: Kim's visit leads
    assert lead and lead[0]["sentence"].startswith("North Korea")
    assert runner.invoke(app, ["export", "gdelt", str(tmp_path / "e.tsv"), "--db", str(db)]).exit_code == 0
    column = [name for name, _ in GDELT_EVENT_COLUMNS].index("IsRootEvent")
    roots = [line.split("\t")[column] for line in (tmp_path / "e.tsv").read_text().splitlines()]
    assert "1" in roots


def test_an_article_a_stage_fails_on_is_rejected_and_the_rest_is_kept(tmp_path: Path, nlp) -> None:
    from tidings.inputs.readers import make_article
    from tidings.pipeline import Extractor

    class OneBadArticle(Extractor):
        """A real Extractor whose coding raises on one article, as a stage bug would."""

        def process(self, article, doc):  # type: ignore[override]
            if "poison" in article.text:
                raise ValueError("stage exploded")
            return super().process(article, doc)

    good = make_article(text="Russia condemned Ukraine on Monday.", date="2020-01-06", origin="good")
    bad = make_article(text="The poison article says Russia condemned Ukraine.", date="2020-01-06", origin="bad")
    extractor = OneBadArticle(nlp=nlp)
    results = list(extractor.run([bad, good]))
    assert [r.article.origin for r in results] == ["good"]
    (failure,) = extractor.failures
    assert failure.origin == "bad" and "ValueError: stage exploded" in failure.reason


def test_ingest_records_an_article_whose_coding_fails(tmp_path: Path, seed_path: Path) -> None:
    db = tmp_path / "f.duckdb"
    missing = tmp_path / "missing.tsv"  # the actor dictionary cannot load: coding fails for every article
    result = runner.invoke(app, ["ingest", str(seed_path), "--db", str(db), "--actors", str(missing), "-j", "1"])
    assert result.exit_code == 1, result.output
    assert "stored 0" in result.output and "rejected 1" in result.output
    assert "skipped" in result.output and "internal error while coding" in result.output
    rejects = runner.invoke(app, ["rejects", "--db", str(db)], env={"COLUMNS": "200"})
    assert "internal error while coding" in rejects.output


def test_min_confidence_trades_events_for_precision(tmp_path: Path, seed_path: Path) -> None:
    """--min-confidence on extract, ingest and events: 0 keeps every candidate, 0.99 almost none."""
    counts = {}
    for threshold in ("0", "0.99"):
        result = runner.invoke(app, ["extract", str(seed_path), "--min-confidence", threshold])
        assert result.exit_code == 0, result.output
        events = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
        assert all(e["confidence"] >= float(threshold) for e in events)
        counts[threshold] = len(events)
    default = runner.invoke(app, ["extract", str(seed_path)])
    n_default = sum(1 for line in default.stdout.splitlines() if line.startswith("{"))
    assert counts["0.99"] < n_default <= counts["0"]
    db = tmp_path / "t.duckdb"
    assert runner.invoke(app, ["ingest", str(seed_path), "--db", str(db), "--min-confidence", "0"]).exit_code == 0
    every = runner.invoke(app, ["events", "--db", str(db), "--mentions", "-f", "jsonl", "--limit", "100"])
    high = runner.invoke(app, ["events", "--db", str(db), "--mentions", "-f", "jsonl", "--min-confidence", "0.7"])
    n_every = sum(1 for line in every.stdout.splitlines() if line.startswith("{"))
    n_high = sum(1 for line in high.stdout.splitlines() if line.startswith("{"))
    assert n_every == counts["0"] and 0 < n_high < n_every


def test_table_shows_the_rule_of_each_event(seed_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(seed_path), "--format", "table"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "rule" in result.stdout and "characterisation" in result.stdout and "verb_pattern" in result.stdout
