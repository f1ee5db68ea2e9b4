"""What parsing fewer sentences could save (issue #17), measured with ``--parse all``.

For each article the whole pipeline runs with ``--parse all``; the events it keeps (after the
learned layer) are placed in the first pass's sentences by their trigger offset. Printed per file:

- ``event_sentence_share``: sentences that hold at least one kept event;
- ``ceiling_token_share``: tokens of those sentences, the sentence before each and the article's
  first sentence — the least a selector that keeps every event (with that context) must parse;
- ``chooser_token_share`` / ``chooser_widened_token_share``: tokens today's chooser
  (``EventCues.choose``) sends to the full parse, without and with the widening to paragraphs;
- ``chooser_event_recall``: kept events whose sentence the chooser marks.

    python scripts/selection_ceiling.py ../shared/data/corpora/wikinews.jsonl --limit 150
"""

from __future__ import annotations

import argparse
import bisect
import json
from dataclasses import dataclass
from pathlib import Path

from tidings.inputs.readers import read_path
from tidings.nlp.twopass import by_paragraph, first_pass
from tidings.pipeline import Extractor, ExtractorSettings
from tidings.records import Article


@dataclass
class Tally:
    articles: int = 0
    sentences: int = 0
    tokens: int = 0
    event_sentences: int = 0
    ceiling_tokens: int = 0
    chooser_tokens: int = 0
    widened_tokens: int = 0
    kept_events: int = 0
    events_chosen: int = 0

    def shares(self) -> dict[str, float | int]:
        tokens, sentences = max(self.tokens, 1), max(self.sentences, 1)
        return {"articles": self.articles, "sentences": self.sentences, "kept_events": self.kept_events,
                "event_sentence_share": round(self.event_sentences / sentences, 4),
                "ceiling_token_share": round(self.ceiling_tokens / tokens, 4),
                "chooser_token_share": round(self.chooser_tokens / tokens, 4),
                "chooser_widened_token_share": round(self.widened_tokens / tokens, 4),
                "chooser_event_recall": round(self.events_chosen / max(self.kept_events, 1), 4)}


def measure(path: Path, limit: int) -> Tally:
    articles = [a for a in read_path(path) if isinstance(a, Article)][:limit]
    extractor = Extractor(ExtractorSettings(parse="all"))
    cues = extractor.cues
    firsts = list(first_pass(extractor.nlp, (a.text for a in articles)))
    tally = Tally(articles=len(articles))
    for (article, doc), first in zip(extractor.parsed(articles), firsts, strict=True):
        sentences = list(first.sents)
        starts = [s.start_char for s in sentences]
        held = [bisect.bisect_right(starts, e.trigger.start) - 1 for e in extractor.process(article, doc).events]
        chosen = cues.choose(first)
        ceiling = {0, *held, *(max(0, k - 1) for k in held)} if sentences else set()
        tally.sentences += len(sentences)
        tally.tokens += len(first)
        tally.event_sentences += len(set(held))
        tally.ceiling_tokens += sum(len(sentences[k]) for k in ceiling)
        tally.chooser_tokens += sum(len(s) for s, c in zip(sentences, chosen, strict=True) if c)
        widened = by_paragraph(sentences, chosen)
        tally.widened_tokens += sum(len(s) for s, c in zip(sentences, widened, strict=True) if c)
        tally.kept_events += len(held)
        tally.events_chosen += sum(1 for k in held if chosen[k])
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", type=Path, nargs="+", help="JSONL articles (corpus or a gold *_articles file)")
    parser.add_argument("--limit", type=int, default=150, help="first N articles of each file")
    opts = parser.parse_args(argv)
    for path in opts.files:
        print(json.dumps({"file": str(path), **measure(path, opts.limit).shares()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
