"""The ordered tables of named constructions, and the walks over them.

Each verb of a sentence's clause spine (governing verbs first) is offered to the verb
constructions in this order; the first that applies decides: it proposes a candidate event, or
says the verb codes nothing (:data:`~tidings.events.constructions.base.SKIP`). The order matters:
specific constructions ("denied the charges") come before the general ones, and the dictionary's
pattern, the light verb and the dictionary's default come last. When no verb of a sentence
proposes an event, the sentence constructions are tried in order, and the first that finds any
speaks for the sentence. Every candidate carries the name of the construction that proposed it.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from spacy.tokens import Span, Token

from tidings.events.candidates import Candidate
from tidings.events.constructions.acts import (
    light_verb,
    message_content,
    no_act,
    occurrence_left_to_noun,
    occurrence_of_event_noun,
    verb_default,
    verb_pattern,
)
from tidings.events.constructions.appeals import seeking_cooperation
from tidings.events.constructions.base import Construction, Context
from tidings.events.constructions.complements import (
    declined_to_comment,
    descriptive_participle,
    hope_for_others,
    intent_complement,
    refusal_complement,
    threat_complement,
)
from tidings.events.constructions.disasters import disaster_harm
from tidings.events.constructions.electoral import electoral_sense
from tidings.events.constructions.measures import enacted_measure, included_demands
from tidings.events.constructions.meetings import meeting_nouns, restates, speaking_at_meeting
from tidings.events.constructions.nouns import (
    SentenceConstruction,
    SentenceContext,
    bare_statement,
    event_noun,
)
from tidings.events.constructions.quotes import quoted_criticism
from tidings.events.constructions.rulings import arrest_warrant, court_ruling
from tidings.events.constructions.speech import (
    accusing_claim,
    agree_with_view,
    characterisation,
    claim_of_responsibility,
    consider_option,
    denied_charges,
    reported_clause,
    reported_demand,
    request_complement,
    speech_event_noun,
    stance_adjective,
)
from tidings.events.constructions.visits import visit_nouns
from tidings.events.constructions.voiced import voiced_from
from tidings.events.lexicon import VerbLexicon
from tidings.events.roles import ActorLookup

VERB_CONSTRUCTIONS: Final[tuple[tuple[str, Construction], ...]] = (
    ("court_ruling", court_ruling),
    ("electoral_sense", electoral_sense),
    ("disaster_harm", disaster_harm),
    ("arrest_warrant", arrest_warrant),
    ("denied_charges", denied_charges),
    ("agree_with_view", agree_with_view),
    ("consider_option", consider_option),
    ("characterisation", characterisation),
    ("speech_event_noun", speech_event_noun),
    ("claim_of_responsibility", claim_of_responsibility),
    ("stance_adjective", stance_adjective),
    ("accusing_claim", accusing_claim),
    ("reported_demand", reported_demand),
    ("reported_clause", reported_clause),
    ("request_complement", request_complement),
    ("descriptive_participle", descriptive_participle),
    ("threat_complement", threat_complement),
    ("declined_to_comment", declined_to_comment),
    ("refusal_complement", refusal_complement),
    ("hope_for_others", hope_for_others),
    ("intent_complement", intent_complement),
    ("included_demands", included_demands),
    ("voiced_from", voiced_from),
    ("speaking_at_meeting", speaking_at_meeting),
    ("occurrence_of_event_noun", occurrence_of_event_noun),
    ("occurrence_left_to_noun", occurrence_left_to_noun),
    ("no_act", no_act),
    ("message_content", message_content),
    ("enacted_measure", enacted_measure),
    ("verb_pattern", verb_pattern),
    ("seeking_cooperation", seeking_cooperation),
    ("light_verb", light_verb),
    ("verb_default", verb_default),
)
"""What a verb codes, in the order the constructions are tried."""

SENTENCE_CONSTRUCTIONS: Final[tuple[tuple[str, SentenceConstruction], ...]] = (
    ("event_noun", event_noun),
    ("quoted_criticism", quoted_criticism),
    ("bare_statement", bare_statement),
)
"""What a sentence codes when none of its verbs does, in the order tried."""

ADDED_CONSTRUCTIONS: Final[tuple[tuple[str, SentenceConstruction], ...]] = (
    ("meeting_noun", meeting_nouns),
    ("visit_noun", visit_nouns),
)
"""What a sentence codes besides its verbs' events, each tried every time."""


class Decision(NamedTuple):
    """The construction that decided a verb, and its candidate (None: the verb codes nothing)."""

    rule: str
    candidate: Candidate | None


def construction_names() -> tuple[str, ...]:
    """Every construction's name: the verb constructions, then the sentence constructions, in order."""
    return (tuple(name for name, _ in VERB_CONSTRUCTIONS) + tuple(name for name, _ in SENTENCE_CONSTRUCTIONS)
            + tuple(name for name, _ in ADDED_CONSTRUCTIONS))


def decide(verb: Token, lexicon: VerbLexicon) -> Decision | None:
    """The first verb construction that applies to the verb, or None when none does."""
    ctx = Context.of(verb, lexicon)
    for name, construction in VERB_CONSTRUCTIONS:
        outcome = construction(verb, ctx)
        if outcome is None:
            continue
        if isinstance(outcome, Candidate):
            outcome.rule = name
            return Decision(name, outcome)
        return Decision(name, None)
    return None


def sentence_candidates(sent: Span, consumed: set[int], actors: ActorLookup, lexicon: VerbLexicon) -> list[Candidate]:
    """The candidates of the first sentence construction that finds any (none: an empty list)."""
    ctx = SentenceContext(consumed=frozenset(consumed), actors=actors, lexicon=lexicon)
    for name, construction in SENTENCE_CONSTRUCTIONS:
        found = construction(sent, ctx)
        if found:
            for candidate in found:
                candidate.rule = name
            return found
    return []


def added_candidates(sent: Span, taken: list[Candidate], consumed: set[int], actors: ActorLookup,
                     lexicon: VerbLexicon) -> list[Candidate]:
    """The candidates of every added construction whose trigger no earlier candidate has and whose
    event the verb's own does not restate."""
    ctx = SentenceContext(consumed=frozenset(consumed), actors=actors, lexicon=lexicon)
    triggers = {c.trigger.i for c in taken}
    out: list[Candidate] = []
    for name, construction in ADDED_CONSTRUCTIONS:
        for candidate in construction(sent, ctx):
            if candidate.trigger.i not in triggers and not restates(candidate, taken):
                candidate.rule = name
                triggers.add(candidate.trigger.i)
                out.append(candidate)
    return out
