"""Constructions of a whole sentence, tried only when none of its verbs codes an event: event
nouns with their own participants, and a bare statement."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from tidings.events.candidates import Candidate
from tidings.events.constructions.base import Context, propose
from tidings.events.constructions.codes import MAKE_STATEMENT
from tidings.events.event_nouns import noun_event_code
from tidings.events.lexicon import VerbLexicon
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

RECIPROCAL_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations", "meeting", "consultation", "summit"})
"""Event nouns of parties meeting each other, named "between" them or "with" the other."""


@dataclass(frozen=True)
class SentenceContext:
    """What the sentence constructions ask: the tokens the verbs' events already consumed, who the
    actors are, and the lexicon."""

    consumed: frozenset[int]
    actors: ActorLookup
    lexicon: VerbLexicon


SentenceConstruction = Callable[[Span, SentenceContext], list[Candidate]]


MEANS_PREPS = frozenset({"through", "in", "by", "via", "during"})
"""Prepositions by which a clause does something by way of an event noun ("seeking through negotiations")."""


def _objects_of(prep_word: str, head: Token) -> list[Token]:
    return [g for p in head.children if p.dep_ == "prep" and p.lower_ == prep_word
            for g in p.children if g.dep_ == "pobj"]


def _between_parties(noun: Token) -> list[Token]:
    """"talks were going on between the two countries": the parties of a reciprocal event noun,
    named on the noun or on the verb it is the subject of."""
    heads = _objects_of("between", noun)
    if not heads and noun.dep_ == "nsubj":
        heads = _objects_of("between", noun.head)
    return [t for h in heads for t in (h, *h.conjuncts)]


def _with_parties(noun: Token) -> tuple[list[Token], list[Token]]:
    """"the talks he began Tuesday with creditor banks" (the clause on the noun), "is seeking
    through negotiations with private foreign banks" (the clause the noun is the means of): the
    clause's subject talks with the object of "with"."""
    for clause in noun.children:
        if (clause.dep_ == "relcl" and clause.lemma_.lower() in LIGHT_VERBS
                and (partners := _objects_of("with", clause)) and (sources := subjects(clause))):
            return sources, partners
    partners = _objects_of("with", noun)
    head = noun.head
    if partners and noun.dep_ == "pobj" and head.lower_ in MEANS_PREPS and head.head.pos_ in {"VERB", "AUX"}:
        return subjects(head.head), partners
    return [], []


def _noun_roles(token: Token, ctx: SentenceContext) -> tuple[list[Token], list[Token]] | None:
    parties = [c for c in participants(token, {"compound", "poss", "nmod", "amod"})
               if (a := ctx.actors.actor_for(c)) and (c.dep_ != "amod" or has_home(a))]  # not "naval"
    targets = prep_objects(token)
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in MOTION_VERBS:
        return subjects(head.head), targets
    if len(parties) >= 1:
        return parties[:1], parties[1:] + targets
    # "since the collapse of a summit between Kim and President Donald Trump": a meeting named as
    # what another event befell is that event's matter, not news of its own
    if token.lemma_.lower() in RECIPROCAL_NOUNS and not (token.dep_ == "pobj" and head.lower_ == "of"):
        if len(between := _between_parties(token)) >= 2:
            return between[:1], between[1:]
        sources, partners = _with_parties(token)
        if sources:
            return sources, partners
    return None


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
        roles = _noun_roles(token, ctx)
        if roles is None or not any(ctx.actors.actor_for(t) for t in roles[0] + roles[1]):
            continue
        status = status_of(head if head.pos_ in {"VERB", "AUX"} else token)
        out.append(Candidate(trigger=token, clause=head, code=announced_code(code, status), sources=roles[0],
                             targets=roles[1], status=status))
    return out


def bare_statement(sent: Span, ctx: SentenceContext) -> list[Candidate]:
    """"The United States has said it is skeptical of a Russian announcement": a report of an
    attitude and of no other event is a statement (010) about its object; one that names nothing it
    is about ("\"We have to study this more,\" Reagan said") is no event a coder codes."""
    root = sent.root
    if root.lemma_.lower() not in STATEMENT_VERBS:
        return []
    targets = statement_targets(root)
    if not targets:
        return []
    return [propose(Context.of(root, ctx.lexicon), MAKE_STATEMENT, subjects(root), targets)]
