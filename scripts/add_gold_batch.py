"""Check a batch of hand-coded articles and append it to Tidings' own whole-article gold.

The batch is what ``prepare_annotation.py`` wrote (articles with their sentences), the coder's
events file (one line per event, the format of the shared ``realnews_dev.jsonl``) and the coder's
list of finished article ids. Only finished articles are added, every event is checked against its
article's sentences, and an article already in the gold is refused.

    python scripts/add_gold_batch.py --articles annotation6/batch_a.jsonl \\
        --events annotation6/gold_a.jsonl --done annotation6/done_a.txt --coder helper-r4a
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

GOLD = Path("data/gold")
STATUSES = {"asserted", "planned", "negated", "hypothetical"}
ACTOR_FIELDS = {"text", "code", "country", "alt_countries"}


class BatchError(ValueError):
    """A record of the batch breaks the gold format; the message names the article and sentence."""


def read_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def check_event(event: dict[str, object], sentences: list[str]) -> None:
    """Raise BatchError when the event does not fit its article or the record format."""
    where = f"{event.get('article_id')} sentence {event.get('sentence_index')}"
    index = event.get("sentence_index")
    if not isinstance(index, int) or not 0 <= index < len(sentences):
        raise BatchError(f"{where}: no such sentence")
    if event.get("sentence") != sentences[index]:
        raise BatchError(f"{where}: the sentence text differs from the article's sentence")
    root = event.get("root")
    if not (isinstance(root, str) and len(root) == 2 and root.isdigit() and 1 <= int(root) <= 20):
        raise BatchError(f"{where}: root {root!r} is not 01..20")
    if event.get("status") not in STATUSES:
        raise BatchError(f"{where}: status {event.get('status')!r}")
    for role in ("source", "target"):
        actor = event.get(role)
        if not isinstance(actor, dict) or set(actor) != ACTOR_FIELDS:
            raise BatchError(f"{where}: {role} must have exactly {sorted(ACTOR_FIELDS)}")
    if not isinstance(event.get("optional"), bool):
        raise BatchError(f"{where}: optional must be true or false")


def article_record(article: dict[str, object], events: list[dict[str, object]], coder: str) -> dict[str, object]:
    record = {key: article[key] for key in ("id", "date", "title", "text", "corpus", "split", "url", "n_sentences")}
    record["n_events"] = len(events)
    record["n_core"] = sum(1 for e in events if not e["optional"])
    record["coder"] = coder
    return record


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, required=True, help="prepare_annotation.py's output")
    parser.add_argument("--events", type=Path, required=True, help="the coder's events (JSON Lines)")
    parser.add_argument("--done", type=Path, required=True, help="the coder's finished article ids, one a line")
    parser.add_argument("--coder", required=True)
    parser.add_argument("--gold", type=Path, default=GOLD)
    args = parser.parse_args()

    done = [line.strip() for line in args.done.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = {str(a["id"]): a for a in read_jsonl(args.articles)}
    events = read_jsonl(args.events)
    present = {str(a["id"]) for a in read_jsonl(args.gold / "realnews_tidings_articles.jsonl")}
    new_articles, new_events = [], []
    for article_id in dict.fromkeys(done):
        if article_id not in articles:
            raise BatchError(f"{article_id}: finished but not in {args.articles}")
        if article_id in present:
            raise BatchError(f"{article_id}: already in the gold")
        own = [e for e in events if e["article_id"] == article_id]
        sentences = [str(s) for s in articles[article_id]["sentences"]]  # type: ignore[attr-defined]
        for event in own:
            check_event(event, sentences)
        new_events += sorted(own, key=lambda e: int(e["sentence_index"]))  # type: ignore[call-overload]
        new_articles.append(article_record(articles[article_id], own, args.coder))
    stray = {str(e["article_id"]) for e in events} - set(done)
    with (args.gold / "realnews_tidings_articles.jsonl").open("a", encoding="utf-8") as out:
        out.writelines(json.dumps(a, ensure_ascii=False) + "\n" for a in new_articles)
    with (args.gold / "realnews_tidings.jsonl").open("a", encoding="utf-8") as out:
        out.writelines(json.dumps(e, ensure_ascii=False) + "\n" for e in new_events)
    core = sum(1 for e in new_events if not e["optional"])
    print(f"added {len(new_articles)} articles, {len(new_events)} events ({core} core); "
          f"{len(stray)} articles with events but not finished were left out")


if __name__ == "__main__":
    main()
