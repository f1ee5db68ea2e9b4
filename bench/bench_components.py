"""CPU time of each spaCy component (issue #17): where the parse's cost sits.

Run from the repository root:

    python bench/bench_components.py --wikinews 40 --reuters 200
    python bench/bench_components.py --stock        # the model as shipped, not load_model's

Each corpus' first N articles are tokenised, then every enabled component runs over the batch
of Docs in pipeline order (``component.pipe``, batch size 32, as ``nlp.pipe`` does) with the
process CPU clock read around it. ``--repeat`` runs the whole thing again and keeps each
component's smallest time (the machine is shared). Prints a table of CPU seconds and shares.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_throughput as bt  # the sibling benchmark's corpus reader


def time_components(nlp: Any, texts: list[str], batch_size: int) -> dict[str, float]:
    """CPU seconds of the tokenizer and of each enabled component over ``texts``."""
    out: dict[str, float] = {}
    cpu = time.process_time()
    docs = [nlp.make_doc(text) for text in texts]
    out["tokenizer"] = time.process_time() - cpu
    for name, component in nlp.pipeline:
        cpu = time.process_time()
        docs = list(component.pipe(docs, batch_size=batch_size))
        out[name] = time.process_time() - cpu
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", type=Path, default=bt.ROOT.parent / "shared" / "data" / "corpora")
    parser.add_argument("--wikinews", type=int, default=40)
    parser.add_argument("--reuters", type=int, default=200)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--stock", action="store_true", help="spacy.load, not tidings.nlp.load_model")
    args = parser.parse_args()

    if args.stock:
        import spacy

        from tidings.nlp import DEFAULT_MODEL
        nlp = spacy.load(DEFAULT_MODEL)
    else:
        from tidings.nlp import load_model
        nlp = load_model()
    for corpus, limit in (("wikinews", args.wikinews), ("reuters21578", args.reuters)):
        articles = bt._load_articles(args.corpora / f"{corpus}.jsonl")[:limit]
        texts = [a.text for a in articles]
        runs = [time_components(nlp, texts, args.batch_size) for _ in range(args.repeat)]
        best = {name: min(run[name] for run in runs) for name in runs[0]}
        total = sum(best.values())
        tokens = sum(len(nlp.make_doc(t)) for t in texts)
        print(f"\n{corpus}: {len(texts)} articles, {tokens} tokens, best of {args.repeat}")
        print("| component | CPU s | share |\n|---|---|---|")
        for name, seconds in best.items():
            print(f"| {name} | {seconds:.2f} | {seconds / total:.1%} |")
        print(f"| total | {total:.2f} | |")


if __name__ == "__main__":
    main()
