"""Two-pass parsing: a cheap first pass, then the full pipeline only where it is needed.

The first pass is the tokenizer and the model's own small sentence recogniser (``senter``,
shipped disabled), plus one rule the parser mostly follows too: a blank line starts a sentence. A
caller's chooser marks the first-pass sentences worth a full parse; runs of marked sentences
become chunk Docs that the enabled pipeline (tagger, parser, NER, ...) parses, and
``Doc.from_docs`` puts parsed chunks and unparsed stretches back together as one Doc with the
whole article's text and tokens. Inside a chunk the parser sets the sentence boundaries (as
it would on the whole article); an unparsed stretch keeps the first pass's.

Chunks are capped in length (cut at a blank line where one is near, else at a sentence
start), so one very long article never makes one very long parse: memory stays flat.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Span

from tidings.records import Article

SENTER = "senter"
MAX_CHUNK_TOKENS = 1500
"""Longest run of sentences parsed as one Doc; a longer run is cut at a blank line if possible."""

SentenceChooser = Callable[[Doc], Sequence[bool]]
"""Given a first-pass Doc, one flag per sentence (``doc.sents`` order): parse it fully or not."""


@dataclass(frozen=True, slots=True)
class Piece:
    """Tokens ``start``..``end`` (exclusive) of a first-pass Doc, to parse fully or not."""

    start: int
    end: int
    parse: bool


def has_first_pass(nlp: Language) -> bool:
    """Whether the model ships the sentence recogniser the first pass needs (enabled or not)."""
    return SENTER in nlp.component_names


def first_pass(nlp: Language, texts: Iterable[str], *, batch_size: int = 32) -> Iterator[Doc]:
    """Tokenise and split into sentences cheaply (the model's disabled ``senter``, line breaks)."""
    senter = nlp.get_pipe(SENTER)
    docs = (nlp.make_doc(text) for text in texts)
    for doc in senter.pipe(docs, batch_size=batch_size):  # type: ignore[attr-defined]
        yield _line_breaks_start_sentences(doc)


def _line_breaks_start_sentences(doc: Doc) -> Doc:
    """The parser mostly starts a sentence after a blank line (not after a single line break:
    hard-wrapped text has those inside sentences) and keeps whitespace in the sentence before
    it; make the first pass agree."""
    for token in doc:
        if token.i == 0 or not token.is_space:
            continue
        token.is_sent_start = False
        if _is_blank_line(token.text) and token.i + 1 < len(doc) and not doc[token.i + 1].is_space:
            doc[token.i + 1].is_sent_start = True
    return doc


def _is_blank_line(whitespace: str) -> bool:
    return whitespace.count("\n") >= 2


def pieces(doc: Doc, chosen: Sequence[bool], max_tokens: int = MAX_CHUNK_TOKENS) -> list[Piece]:
    """Cover ``doc`` with runs of sentences that share their flag; cut long parsed runs."""
    sentences = list(doc.sents)
    out: list[Piece] = []
    run: list[Span] = []
    flag = False
    for sentence, parse in zip(sentences, by_paragraph(sentences, chosen), strict=True):
        if run and parse != flag:
            out.extend(_cut(run, parse=flag, max_tokens=max_tokens))
            run = []
        run.append(sentence)
        flag = parse
    if run:
        out.extend(_cut(run, parse=flag, max_tokens=max_tokens))
    return out


def by_paragraph(sentences: list[Span], chosen: Sequence[bool]) -> list[bool]:
    """Widen the choice to whole paragraphs (sentences between line breaks): the parser always
    mostly ends a sentence at a blank line, so a parsed paragraph parses as it would in the whole article."""
    if len(chosen) != len(sentences):
        raise ValueError(f"{len(chosen)} flags for {len(sentences)} sentences")
    out = list(chosen)
    first = 0
    for end in range(1, len(sentences) + 1):
        if end == len(sentences) or _opens_line(sentences[end]):
            if any(chosen[first:end]):
                out[first:end] = [True] * (end - first)
            first = end
    return out


def _cut(run: list[Span], *, parse: bool, max_tokens: int) -> Iterator[Piece]:
    """One piece for the run, or (parsed and too long) several, each cut before the last sentence
    that opens a paragraph when there is one in the piece's second half."""
    if not parse:
        yield Piece(run[0].start, run[-1].end, False)
        return
    first = 0
    while first < len(run):
        last = first
        while last + 1 < len(run) and run[last + 1].end - run[first].start <= max_tokens:
            last += 1
        if last + 1 < len(run):
            breaks = [k for k in range(first + 1, last + 2) if _opens_line(run[k])]
            half = [k for k in breaks if run[k].start - run[first].start >= max_tokens // 2]
            last = (half[-1] if half else last + 1) - 1
        yield Piece(run[first].start, run[last].end, True)
        first = last + 1


def _opens_line(sentence: Span) -> bool:
    """Whether a blank line comes just before the sentence (it opens a paragraph)."""
    doc = sentence.doc
    return sentence.start > 0 and doc[sentence.start - 1].is_space and _is_blank_line(doc[sentence.start - 1].text)


def _fresh(doc: Doc, piece: Piece) -> Doc:
    """The piece's tokens as a new, unannotated Doc (the parser then sets its sentences)."""
    tokens = doc[piece.start:piece.end]
    return Doc(doc.vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens])


def parse_selected(
    articles: Iterable[Article],
    nlp: Language,
    choose: SentenceChooser,
    *,
    batch_size: int = 32,
    max_tokens: int = MAX_CHUNK_TOKENS,
) -> Iterator[tuple[Article, Doc]]:
    """Parse each article in two passes; yields each article with its whole-article Doc, in order.
    ``choose`` marks the first-pass sentences to parse fully (:data:`SentenceChooser`)."""
    iterator = iter(articles)
    while batch := list(islice(iterator, batch_size)):
        firsts = list(first_pass(nlp, (a.text for a in batch), batch_size=batch_size))
        plans = [pieces(doc, choose(doc), max_tokens) for doc in firsts]
        chunks = [_fresh(doc, p) for doc, plan in zip(firsts, plans, strict=True) for p in plan if p.parse]
        parsed = iter(list(nlp.pipe(chunks, batch_size=batch_size)))
        for article, doc, plan in zip(batch, firsts, plans, strict=True):
            parts = [next(parsed) if p.parse else doc[p.start:p.end].as_doc() for p in plan]
            yield article, assemble(doc, parts)


def assemble(first: Doc, parts: list[Doc]) -> Doc:
    """Join the parts into one Doc with ``first``'s text and tokens, each part's sentences kept
    (``Doc.from_docs`` alone would drop the unparsed parts' sentence starts: it recomputes them
    from the dependency heads)."""
    if len(parts) == 1:
        return parts[0]
    whole = Doc.from_docs(parts, ensure_whitespace=False,  # type: ignore[call-arg]  # stub lacks exclude
                          exclude=["tensor", "user_data"])
    assert whole is not None and len(whole) == len(first)
    starts = numpy.concatenate([part.to_array(["SENT_START"]) for part in parts]).reshape(-1, 1)
    whole.from_array(["SENT_START"], starts)  # type: ignore[arg-type]  # Ints2d is a numpy int array
    return whole
