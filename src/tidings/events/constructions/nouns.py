"""Constructions of a whole sentence, tried only when none of its verbs codes an event: event
nouns with their own participants, and a bare statement."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span

from tidings.events.candidates import Candidate
from tidings.events.constructions.base import Context, propose
from tidings.events.constructions.codes import MAKE_STATEMENT
from tidings.events.lexicon import VerbLexicon, noun_event_code
from tidings.events.roles import (
    ActorLookup,
    has_home,
    participants,
    prep_objects,
    statement_targets,
    subjects,
)
from tidings.events.status import announced_code, status_of
from tidings.events.terms import LIGHT_VERBS, MOTION_VERBS, STATEMENT_VERBS


@dataclass(frozen=True)
class SentenceContext:
    """What the sentence constructions ask: the tokens the verbs' events already consumed, who the
    actors are, and the lexicon."""

    consumed: frozenset[int]
    actors: ActorLookup
    lexicon: VerbLexicon


SentenceConstruction = Callable[[Span, SentenceContext], list[Candidate]]


def event_noun(sent: Span, ctx: SentenceContext) -> list[Candidate]:
    """"The Kim-Putin meeting", "in Moscow for talks with ...": event nouns with their own
    participants speak for a sentence when no verb does."""
    out: list[Candidate] = []
    for token in sent:
        if token.i in ctx.consumed or token.pos_ != "NOUN":
            continue
        code = noun_event_code(token)
        if not code:
            continue
        head = token.head
        if token.dep_ in {"dobj", "attr"} and head.lemma_.lower() in LIGHT_VERBS:
            continue  # coded with its light verb
        parties = [c for c in participants(token, {"compound", "poss", "nmod", "amod"})
                   if (a := ctx.actors.actor_for(c)) and (c.dep_ != "amod" or has_home(a))]  # not "naval"
        targets = prep_objects(token)
        if token.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in MOTION_VERBS:
            sources = subjects(head.head)
        elif len(parties) >= 1:
            sources, targets = parties[:1], parties[1:] + targets
        else:
            continue
        if not any(ctx.actors.actor_for(t) for t in sources + targets):
            continue
        status = status_of(head if head.pos_ in {"VERB", "AUX"} else token)
        out.append(Candidate(trigger=token, clause=head, code=announced_code(code, status), sources=sources,
                             targets=targets, status=status))
    return out


def bare_statement(sent: Span, ctx: SentenceContext) -> list[Candidate]:
    """"The United States has said it is skeptical of a Russian announcement": a report of an
    attitude and of no other event is a statement (010) about its object."""
    root = sent.root
    if root.lemma_.lower() not in STATEMENT_VERBS:
        return []
    return [propose(Context.of(root, ctx.lexicon), MAKE_STATEMENT, subjects(root), statement_targets(root))]
