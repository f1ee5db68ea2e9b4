"""Event candidates: a coded event with its participants still as parse tokens, and how a
sentence's candidates become :class:`EventMention` records (actors chosen, symmetric events paired,
duplicates dropped)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from tidings.events.antecedents import ArticleAuthors, implied_targets
from tidings.events.clause import is_purpose
from tidings.events.pairs import is_symmetric, joint_action, pair_actors
from tidings.events.roles import ActorLookup, expand, first_actors, later_phrases, objects, reporters
from tidings.events.targets import named_counterpart, outside_party, own_side, without_channels
from tidings.events.terms import CONVENING_VERBS, PERSONAL_PRONOUNS
from tidings.records import Actor, Status

DELEGATION_PREPS = frozenset({"from", "of"})
"""Prepositions of the parties that send delegates ("representatives from Brazil, Colombia and Mexico")."""


@dataclass(slots=True)
class EventMention:
    """One coded event before dates, places and ids are attached."""

    trigger: Token
    code: str
    source: Actor | None
    target: Actor | None
    status: Status
    confidence: float
    clause: Token
    rule: str
    """The named construction that proposed the event (see :mod:`tidings.events.constructions`)."""
    matched_pattern: bool = False
    reciprocal: bool = False


@dataclass(slots=True)
class Candidate:
    """A coded event with its participants still as parse tokens."""

    trigger: Token
    clause: Token
    code: str
    sources: list[Token]
    targets: list[Token]
    status: Status
    pattern: bool = False
    anaphoric: bool = False
    consumed: list[Token] = field(default_factory=list)
    places: list[Token] = field(default_factory=list)
    rule: str = ""
    """The construction that proposed it; set by the walk over the construction table."""


EventMemory = dict[str, tuple[Actor | None, Actor | None]]
"""The participants of the latest event of each CAMEO root in an article, for "the meeting"."""


def prune_subordinate(candidates: list[Candidate], actors: ActorLookup) -> list[Candidate]:
    """An adverbial clause ("... to demand reforms", "..., calling for independence") adds an
    event of its own only when it names its own target; otherwise it elaborates the main event."""
    if len(candidates) < 2:
        return candidates
    kept = [candidates[0]]
    for cand in candidates[1:]:
        if cand.clause.dep_ == "advcl" and not any(actors.actor_for(t) for t in expand(cand.targets)):
            continue
        aim = next((c for c in (cand.clause, cand.clause.head) if is_purpose(c)), None)
        if aim is not None and (aim.dep_ == "advcl" or any(k.code[:2] == cand.code[:2] for k in kept)):
            continue  # "offered troops to help him oust X", "met ... to discuss ...": the aim, not a second act
        kept.append(cand)
    return kept


def _delegations(heads: list[Token], actors: ActorLookup) -> list[Token]:
    """"Representatives from Brazil, Colombia, Mexico and Nicaragua will meet here Friday": people
    sent by several coordinated parties act for each of them, when the head is no actor of its
    own (its actor, if any, only borrows the first party's country)."""
    out: list[Token] = []
    for head in heads:
        senders = [g for p in head.children if p.dep_ == "prep" and p.lower_ in DELEGATION_PREPS
                   for g in p.children if g.dep_ == "pobj" and g.conjuncts]
        own, first = actors.actor_for(head), (actors.actor_for(senders[0]) if senders else None)
        borrowed = own is None or (first is not None and own.country == first.country)
        out.extend(senders[:1] if first is not None and borrowed else [head])
    return out


def _speakers_for_pronoun(cand: Candidate) -> list[Token]:
    """"Yesterday, Thames Valley Police said they had arrested a second man": a pronoun subject
    the actors stage leaves unresolved, in a clause reported by its speaker, is the speaker's own
    (a group's "they", "it", "we"; a person's "he", "she")."""
    if not cand.sources or not all(s.lower_ in PERSONAL_PRONOUNS for s in cand.sources):
        return []
    return reporters(cand.clause)


GROUP_PRONOUNS = frozenset({"it", "they", "we"})
PERSON_KINDS = frozenset({"person", "political_person"})


def _speaking_body(cand: Candidate, speakers: list[Token], actors: ActorLookup) -> bool:
    """Whether the pronoun subject of a reported clause is the body that reports it, whoever the
    actors stage took it for: "UNICEF reported they had delivered over 105 thousand doses of vaccine
    to Samoa by November 22." (UNICEF delivered). Only a group's "it", "they" or "we" reported by
    an organisation or state: a person's "he" may be anyone ("Biden said he ...")."""
    if not all(s.lower_ in GROUP_PRONOUNS for s in cand.sources):
        return False
    speaker = actors.actor_for(speakers[0])
    return speaker is not None and speaker.kind is not None and speaker.kind not in PERSON_KINDS


def _main_act_targets(cand: Candidate, targets: list[Actor | None], sources: list[Actor | None],
                      actors: ActorLookup) -> list[Actor | None]:
    """A participle clause that elaborates how the main act was done is aimed where the main act
    is, and a party on the source's own side in it is its means, not its target: "In 2015, Saudi
    Arabia started supporting the government of Abdrabbuh Mansur Hadi against the Houthi
    rebellion, providing airstrikes with the Royal Saudi Air Force." (the airstrikes hit the
    Houthis; the air force is Saudi Arabia's own)."""
    clause = cand.clause
    if clause.dep_ != "advcl" or clause.tag_ != "VBG" or not targets or not all(own_side(t, sources) for t in targets):
        return targets
    head = clause.head
    heads = objects(head) + [t for x in head.children if x.dep_ == "xcomp" for t in objects(x)]
    other: list[Actor | None] = first_actors(heads, actors, target=True) if heads else [None]
    if all(a is not None and a.country and not own_side(a, sources) for a in other):
        return other
    return targets


def realise(candidates: list[Candidate], actors: ActorLookup, memory: EventMemory,
            authors: ArticleAuthors | None = None) -> list[EventMention]:
    """Turn candidates into events: one per source/target actor pair, deduplicated. A definite
    event noun without participants ("the meeting") takes those of the article's latest event
    of its kind; without one it is dropped. A target phrase that is a definite event noun naming
    no party ("characterized the attack as ...") stands for the author of the article's earlier
    act of its kind (see :mod:`tidings.events.antecedents`)."""
    events: list[EventMention] = []
    seen: set[tuple[str | None, str | None, str]] = set()
    for cand in candidates:
        sources = first_actors(_delegations(cand.sources, actors), actors)
        if (speakers := _speakers_for_pronoun(cand)) and (
                sources == [None] or _speaking_body(cand, speakers, actors)):
            sources = first_actors(speakers, actors)
        heads = without_channels(cand.code, cand.targets or later_phrases(cand.clause), actors)
        targets = outside_party(heads, first_actors(heads, actors, target=True), sources, actors,
                                lambda rest: first_actors(rest, actors, target=True))
        targets = _main_act_targets(cand, targets, sources, actors)
        if targets == [None] and cand.places:  # where it happened stands for whom it affected
            targets = first_actors(cand.places, actors, target=True)
        if targets == [None] and authors is not None and any(s is not None for s in sources):
            targets = implied_targets(heads, sources, authors)
        if cand.anaphoric and sources == [None] and targets == [None]:
            remembered = memory.get(cand.code[:2]) or memory.get("04") or memory.get("03")
            if remembered is None:
                continue
            sources, targets = [remembered[0]], [remembered[1]]
        words = [cand.trigger, cand.clause, *cand.consumed,
                 *(c for c in cand.clause.children if c.dep_ in {"dobj", "xcomp"})]
        symmetric = is_symmetric(cand.code, words)
        if (symmetric and targets == [None] and len([s for s in sources if s]) < 2
                and cand.trigger.lemma_ in CONVENING_VERBS):
            continue  # "the cabinet met on Sunday": a body meeting by itself consults no one
        joint = joint_action(cand.code, words) and not named_counterpart(heads, targets)
        pairs = pair_actors(sources, targets, symmetric=symmetric, joint=joint)
        for source, target, reciprocal in pairs:
            if source is None and target is None:
                continue  # an event needs at least one actor
            if cand.status == "negated" and cand.code[:2] == "01":
                continue  # "provided no details": no statement was made
            if source is not None and target is not None and (source.text == target.text or (
                    target.text.lower() in PERSONAL_PRONOUNS and target.code == source.code)):
                target = None  # the same mention, or "said it is surprised": keep the event, drop the echo
            key = (source.code if source else None, target.code if target else None, cand.code[:2])
            if key in seen:
                continue
            seen.add(key)
            confidence = 0.45 + 0.2 * cand.pattern + 0.15 * (source is not None) + 0.1 * (target is not None)
            events.append(EventMention(
                trigger=cand.trigger, code=cand.code, source=source, target=target, status=cand.status,
                confidence=round(min(confidence, 0.95), 2), clause=cand.clause, rule=cand.rule,
                matched_pattern=cand.pattern,
                reciprocal=reciprocal and target is not None,
            ))
    return events
