"""Named entities only where they are read: the full parse without NER, then NER on chosen sentences.

NER is the dearest component of the model (it has its own tok2vec; about half of the parse's CPU
time on news: ``bench/bench_components.py``). The other components do not read its output, so
the pipeline can run without it and NER can then run on runs of chosen sentences only, each run
as a small Doc of its own (NER reads nothing but the tokens' text); the entities found are put
back on the whole article's Doc, whose other tokens are outside any entity.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc, Span

from tidings.nlp.twopass import SentenceChooser
from tidings.records import Article

NER = "ner"


def has_ner(nlp: Language) -> bool:
    return NER in nlp.pipe_names


def chosen_runs(doc: Doc, chosen: Sequence[bool]) -> list[tuple[int, int]]:
    """Token ranges (start, end) of the runs of consecutive chosen sentences."""
    runs: list[tuple[int, int]] = []
    for sentence, flag in zip(doc.sents, chosen, strict=True):
        if not flag:
            continue
        if runs and runs[-1][1] == sentence.start:
            runs[-1] = (runs[-1][0], sentence.end)
        else:
            runs.append((sentence.start, sentence.end))
    return runs


def _words(doc: Doc, start: int, end: int) -> Doc:
    tokens = doc[start:end]
    return Doc(doc.vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens])


def recognise_in(docs: list[Doc], nlp: Language, choose: SentenceChooser, *, batch_size: int = 32) -> None:
    """Run NER on the chosen sentences of each parsed Doc (runs of them as one Doc) and set the
    entities found on it; every other token is outside any entity."""
    plans = [chosen_runs(doc, choose(doc)) for doc in docs]
    pieces = [_words(doc, start, end) for doc, plan in zip(docs, plans, strict=True) for start, end in plan]
    found = iter(list(nlp.get_pipe(NER).pipe(pieces, batch_size=batch_size)))  # type: ignore[attr-defined]
    for doc, plan in zip(docs, plans, strict=True):
        entities: list[Span] = []
        for start, _ in plan:
            piece = next(found)
            entities.extend(Span(doc, start + e.start, start + e.end, label=e.label) for e in piece.ents)
        doc.set_ents(entities, default="outside")


def parse_entities_selected(
    articles: Iterable[Article],
    nlp: Language,
    choose: SentenceChooser,
    *,
    batch_size: int = 32,
) -> Iterator[tuple[Article, Doc]]:
    """Parse every article with all components but NER, then NER on the sentences ``choose``
    marks (it sees the parsed Doc); yields each article with its Doc, in order."""
    iterator = iter(articles)
    while batch := list(islice(iterator, batch_size)):
        docs = list(nlp.pipe((a.text for a in batch), batch_size=batch_size, disable=[NER]))
        recognise_in(docs, nlp, choose, batch_size=batch_size)
        yield from zip(batch, docs, strict=True)
