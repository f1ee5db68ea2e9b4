"""Implied targets: a definite event noun that names an act reported earlier in the article
stands for that act's author ("characterized the attack as ...": whoever attacked).

CAMEO codes the party an evaluation or response is aimed at, and a coder reading "The Foreign
Ministry of Iraq characterized the attack as "a serious violation of Iraqi sovereignty"." after
"The move follows the United States' killing of Qasem Soleimani in an airstrike last week." codes
the United States as the target. The parse of the sentence alone names no party; the article's
earlier events do.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from tidings.events.event_nouns import noun_event_code
from tidings.records import Actor

ACT = "act"
"""What :func:`definite_event_noun` says of a noun of any act ("the move")."""

DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
"""Determiners that point back to something already told ("the attack", "this strike")."""


ACT_NOUNS = frozenset({"move", "decision", "step", "action", "measure"})
"""Nouns that refer back to whatever someone did, of any kind: "Labour Party leader Jeremy Corbyn
called the move a "smash and grab on our democracy"." (the prorogation Johnson asked for)."""

WORD_ROOTS = frozenset({"01", "02"})
"""Statements and appeals: words, not the acts a "move" or "decision" refers back to."""


@dataclass(slots=True)
class ArticleAuthors:
    """The source of the latest event of each CAMEO root told so far in an article, and of its
    latest act (anything but words)."""

    by_root: dict[str, Actor] = field(default_factory=dict)
    latest_act: Actor | None = None

    def remember(self, root: str, source: Actor | None) -> None:
        if source is not None and (source.country or source.code):
            self.by_root[root] = source
            if root not in WORD_ROOTS:
                self.latest_act = source

    def author_of(self, noun: Token, source: Actor | None) -> Actor | None:
        """The author of the earlier act a definite event noun refers back to, if the article
        told one of its root (for "the move", "the decision": of any kind but words) by someone
        other than the event's own source."""
        code = definite_event_noun(noun)
        author = self.latest_act if code == ACT else (self.by_root.get(code[:2]) if code else None)
        if author is None or (source is not None and (author.code == source.code or author.text == source.text)):
            return None
        return author.model_copy(update={"text": f"{author.text} (implied: {noun_phrase(noun)})"})


def implied_targets(heads: list[Token], sources: list[Actor | None], authors: ArticleAuthors) -> list[Actor | None]:
    """For an event whose target phrases name no party: the author of the earlier act the first
    definite event noun among them refers back to (see :class:`ArticleAuthors`), else none."""
    for head in heads:
        found = [authors.author_of(head, s) for s in sources or [None]]
        if found and all(a is not None for a in found):
            return [found[0]]
    return [None]


def definite_event_noun(noun: Token) -> str | None:
    """The event code of a common noun with a definite determiner and no possessor, compound
    or modifier naming its own party ("the attack", not "an attack" nor "Iran's attack")."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return None
    children = list(noun.children)
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in children):
        return None
    if any(c.dep_ in {"poss", "compound", "amod", "nmod"} and (c.pos_ == "PROPN" or c.ent_type_) for c in children):
        return None
    if any(c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "of", "on", "against", "from"} for c in children):
        return None
    return ACT if noun.lemma_.lower() in ACT_NOUNS else noun_event_code(noun)


def noun_phrase(noun: Token) -> str:
    words = [t for t in noun.subtree if t.i <= noun.i]
    return " ".join(t.text for t in words)
