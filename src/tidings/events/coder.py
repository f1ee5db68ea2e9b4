"""The events stage: which events a sentence reports, between whom, with what status.

Method (documented in the README): every verb is looked up in the PETRARCH2
verb lexicon, whose patterns are matched against the words of its own clause in
the dependency parse (:mod:`tidings.events.lexicon`). Around that, general
constructions decide the event and its roles: light verbs take the code of their
event noun ("held talks"), verbs of intent, demand, threat and refusal fold the
event of their complement into one 03x/10x/13x/12x event, reported speech codes
the reported clause (with "X said Y must ..." as X's demand of Y), passives swap
roles, coordination gives one event per actor, and negation, modality and
conditionals set the status. The constructions are an ordered table of named
functions (:mod:`tidings.events.constructions`); each event names the one that coded it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from tidings.events.antecedents import ArticleAuthors
from tidings.events.candidates import (
    Candidate,
    EventMemory,
    EventMention,
    prune_subordinate,
    realise,
)
from tidings.events.clause import circumstantial, same_predicate, verbs_top_down
from tidings.events.constructions import added_candidates, decide, sentence_candidates
from tidings.events.lexicon import VerbLexicon
from tidings.events.roles import ActorLookup


def code_events(doc: Doc, actors: ActorLookup, lexicon: VerbLexicon) -> list[EventMention]:
    """Code every sentence of a parsed article (the lexicon from ``VerbLexicon.load()``)."""
    out: list[EventMention] = []
    memory: EventMemory = {}
    authors = ArticleAuthors()
    for sent in doc.sents:
        events = code_sentence(sent, actors, lexicon, memory, authors)
        for event in events:
            if event.source is not None and event.target is not None:
                memory[event.code[:2]] = (event.source, event.target)
        for event in events:
            authors.remember(event.code[:2], event.source)
        out.extend(events)
    return out


def code_sentence(sent: Span, actors: ActorLookup, lexicon: VerbLexicon,
                  memory: EventMemory | None = None, authors: ArticleAuthors | None = None) -> list[EventMention]:
    """The events of one sentence: each verb's construction, top down, a verb folded into a
    governing verb's event skipped; event nouns or a bare statement when no verb codes any."""
    consumed: set[int] = set()
    candidates: list[Candidate] = []
    for verb in verbs_top_down(sent):
        if verb.i in consumed:
            continue
        decision = decide(verb, lexicon)
        if decision is not None and decision.candidate is not None:
            candidate = decision.candidate
            consumed.update(t.i for c in candidate.consumed for t in same_predicate(c))
            candidates.append(candidate)
    candidates = prune_subordinate(candidates, actors)
    foreground = [c for c in candidates if not circumstantial(c.clause)]
    if foreground:  # "..., as street battles raged in Baghdad": the setting, not the news
        candidates = foreground
    if not candidates:  # event nouns speak for a sentence only when no verb does; then "said it is skeptical"
        candidates = sentence_candidates(sent, consumed, actors, lexicon)
    candidates += added_candidates(sent, candidates, consumed, actors, lexicon)  # "after talks with X, he said"
    return realise(candidates, actors, memory or {}, authors)
