"""Choose corpus articles to code by hand and write them sentence by sentence (no system output).

The sentences are those Tidings codes: the normalised body (``make_article``) split by the spaCy
model. The choice is deterministic (SHA-256 of "select:" + the article id), skips articles already in the
shared dev gold, and mixes political and non-political stories. Each article is assigned to the
fixed *test* part when the first hex digit of sha256(id) is below 4 (a quarter), else *train*.

    python scripts/prepare_annotation.py --shared ../shared --out annotation/ --wikinews 60 --reuters 50
    python scripts/prepare_annotation.py --out annotation2/ --wikinews 130 --reuters 60 \
        --exclude data/gold/realnews_tidings_articles.jsonl      # the second batch
    python scripts/prepare_annotation.py --out annotation4/ --wikinews 20 --reuters 0 \
        --min-chars 6001 --max-chars 12000 --exclude data/gold/realnews_tidings_articles.jsonl  # longer Wikinews
    python scripts/prepare_annotation.py --out annotation6/ --wikinews 0 --reuters 100 --political-share 1 \
        --exclude data/gold/realnews_tidings_articles.jsonl      # political Reuters stories only
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

POLITICAL_WORDS = ("government", "minister", "president", "military", "troops", "talks", "police",
                   "election", "parliament", "sanction", "rebels", "embassy", "war", "protest")


def digest(article_id: str) -> str:
    return hashlib.sha256(article_id.encode()).hexdigest()


def split_of(article_id: str) -> str:
    """The fixed split of an article: 'test' for a quarter of ids by hash, never tuned on."""
    return "test" if int(digest(article_id)[0], 16) < 4 else "train"


def political(text: str) -> bool:
    lowered = text.lower()
    return sum(lowered.count(w) for w in POLITICAL_WORDS) >= 3


def choose(records: list[dict[str, object]], count: int, taken: set[str],
           min_chars: int = 300, max_chars: int = 6000, political_share: float = 0.5,
           taken_stories: frozenset[str] = frozenset()) -> list[dict[str, object]]:
    """A share political by keyword count (half by default), in hash order; texts outside the length range
    skipped, and so are stories already coded or chosen under another id (``story_key``: re-sent wire copy)."""
    from tidings.evaluation.files import story_key

    seen = set(taken_stories)
    pool = []
    for r in sorted((r for r in records
                     if str(r["id"]) not in taken and min_chars <= len(str(r["text"])) <= max_chars),
                    key=lambda r: digest("select:" + str(r["id"]))):
        key = story_key(str(r["text"]))
        if key not in seen:
            seen.add(key)
            pool.append(r)
    pol = [r for r in pool if political(str(r["text"]))]
    other = [r for r in pool if not political(str(r["text"]))]
    half = round(count * political_share)
    chosen = pol[:half] + other[: count - half]
    return sorted(chosen, key=lambda r: digest(str(r["id"])))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, default=Path("annotation"))
    parser.add_argument("--wikinews", type=int, default=60)
    parser.add_argument("--reuters", type=int, default=50)
    parser.add_argument("--exclude", type=Path, default=None,
                        help="an articles file already coded (e.g. data/gold/realnews_tidings_articles.jsonl)")
    parser.add_argument("--min-chars", type=int, default=300, help="shortest raw text to choose (characters)")
    parser.add_argument("--max-chars", type=int, default=6000, help="longest raw text to choose (characters)")
    parser.add_argument("--political-share", type=float, default=0.5,
                        help="share of the chosen articles with a political keyword count of 3 or more")
    args = parser.parse_args()

    from tidings.errors import ArticleRejected
    from tidings.evaluation.files import story_key
    from tidings.inputs.readers import make_article
    from tidings.nlp import load_model

    taken: set[str] = set()
    stories: set[str] = set()
    for gold in (args.shared / "data" / "gold" / "realnews_dev_articles.jsonl", args.exclude):
        if gold is not None and gold.is_file():
            coded = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
            taken |= {record["id"] for record in coded}
            stories |= {story_key(record["text"]) for record in coded}
    corpora = args.shared / "data" / "corpora"
    nlp = load_model()
    args.out.mkdir(parents=True, exist_ok=True)
    for corpus, filename, count in (("wikinews", "wikinews", args.wikinews), ("reuters", "reuters21578", args.reuters)):
        lines = (corpora / f"{filename}.jsonl").read_text(encoding="utf-8").splitlines()
        records = [json.loads(line) for line in lines]
        rows = []
        for record in choose(records, count, taken, args.min_chars, args.max_chars, args.political_share,
                             frozenset(stories)):
            try:
                article = make_article(text=str(record["text"]), date=str(record["date"]), title=record.get("title"),
                                       given_id=str(record["id"]), origin=corpus)
            except ArticleRejected:
                continue
            sentences = [s.text for s in nlp(article.text).sents]
            rows.append({"id": article.id, "date": article.date.isoformat(), "title": article.title,
                         "text": article.text, "corpus": corpus, "split": split_of(article.id),
                         "url": record.get("url"), "n_sentences": len(sentences), "sentences": sentences})
        path = args.out / f"{corpus}_to_code.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"{path}: {len(rows)} articles")


if __name__ == "__main__":
    main()
