"""A sentence construction for judgements in reported speech: a statement whose content is
plainly hostile is criticism (111), as coders take it, not a neutral statement (010)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from spacy.tokens import Span, Token

from tidings.events.candidates import Candidate
from tidings.events.constructions.base import Context, propose
from tidings.events.constructions.codes import CRITICIZE
from tidings.events.constructions.nouns import SentenceContext
from tidings.events.roles import statement_targets, subjects
from tidings.events.terms import STATEMENT_VERBS

HOSTILE_VALENCE: Final = -2.0
"""The summed word valence (VADER's, negation flipped) at or below which what is said judges."""
CONTENT_DEPS: Final = frozenset({"ccomp", "parataxis"})


def quoted_criticism(sent: Span, ctx: SentenceContext) -> list[Candidate]:
    """"\"President Trump treats the rule of law with utter contempt,\" said California Attorney
    General Xavier Becerra": what a statement says, when hostile, criticises (111) its object;
    tried only where no verb codes an event, before the bare statement."""
    root = sent.root
    if root.lemma_.lower() not in STATEMENT_VERBS:
        return []
    content = [t for c in root.children if c.dep_ in CONTENT_DEPS for t in c.subtree]
    if not content or content_valence(content, ctx.lexicon.valences) > HOSTILE_VALENCE:
        return []
    return [propose(Context.of(root, ctx.lexicon), CRITICIZE, subjects(root), statement_targets(root))]


def content_valence(tokens: list[Token], valences: Mapping[str, float]) -> float:
    """The summed valence of the words, a word's sign flipped under a negation of it or of its
    head ("is not good")."""
    total = 0.0
    for token in tokens:
        value = valences.get(token.lower_, 0.0)
        if value and any(c.dep_ == "neg" for h in (token, token.head) for c in h.children):
            value = -value
        total += value
    return total
