"""Constructions of a verb's own act: an event noun that "takes place", verbs that report no act,
a message delivered, and the default: the verb dictionary's pattern, the light verb's event noun
("held talks"), or the dictionary's default code for the verb."""

from __future__ import annotations

from spacy.tokens import Token

from tidings.events.candidates import Candidate
from tidings.events.clause import (
    attack_code,
    event_subject,
    message_clause,
    reports_no_act,
    request_code,
)
from tidings.events.constructions.base import SKIP, Context, Outcome, propose
from tidings.events.constructions.codes import (
    AUTHORITY_ROOTS,
    COERCION_ROOTS,
    CONSULT,
    DEMAND,
    DISPATCH_ROOTS,
    FORCE_ROOTS,
    INVESTIGATE,
    PLACE_TARGET_CODES,
    PLACE_TARGET_ROOTS,
    PROTEST_ROOT,
    STATEMENT_ROOTS,
)
from tidings.events.event_nouns import noun_event_code
from tidings.events.lexicon import SUBJECT_DEPS, Match
from tidings.events.roles import (
    clause_subjects,
    objects,
    participants,
    place_targets,
    prep_objects,
    purpose_clauses,
    reporters,
    shared_objects,
    subjects,
)
from tidings.events.status import announced_code, enacted_code, status_of
from tidings.events.terms import (
    DEFINITE_DETERMINERS,
    INQUIRY_VERBS,
    LIGHT_VERBS,
    OCCURRENCE_VERBS,
    PROMISING_VERBS,
    REPORTING_VERBS,
    THREAT_VERBS,
    VAGUE_VERBS,
)


def occurrence_of_event_noun(verb: Token, ctx: Context) -> Outcome:
    """"Kim Jong Un arrived in Moscow. The Kim-Putin meeting would be the first between the two
    leaders": a meeting or an intent noun that takes place, begins or ends is the event; its
    modifiers name the parties, and "the meeting" without any refers back to an earlier one."""
    if ctx.lemma not in OCCURRENCE_VERBS or (noun := event_subject(verb)) is None:
        return None
    code = noun_event_code(noun) or CONSULT
    parties = participants(noun, {"compound", "poss", "nmod"})
    status = status_of(verb)
    return Candidate(trigger=noun, clause=verb, code=announced_code(code, status), sources=parties[:1],
                     targets=parties[1:] + prep_objects(noun), status=status,
                     anaphoric=any(c.lower_ in DEFINITE_DETERMINERS for c in noun.children))


def occurrence_left_to_noun(verb: Token, ctx: Context) -> Outcome:
    """"The first attack reportedly was in Al Noor Mosque at about 13:40 local time": the verb of
    occurrence of any other event noun codes nothing; the noun may speak for the sentence itself."""
    if ctx.lemma in OCCURRENCE_VERBS and any(c.dep_ == "nsubj" and noun_event_code(c) for c in verb.children):
        return SKIP
    return None


def no_act(verb: Token, ctx: Context) -> Outcome:
    """"A Red Cross worker went missing in Baghdad", "The Brazilian president tested positive",
    "The summit took place in Osaka": verbs that look like an act but report none."""
    return SKIP if reports_no_act(verb) else None


def message_content(verb: Token, ctx: Context) -> Outcome:
    """"The EU sent a message to Serbia that it should free the prisoners": a message that X
    must/should ... demands it of X."""
    if ctx.lemma not in LIGHT_VERBS or (content := message_clause(verb)) is None:
        return None
    code = request_code(content, ctx.lexicon, DEMAND)
    return propose(ctx, code, subjects(verb), clause_subjects(content), consume=[content])


def verb_pattern(verb: Token, ctx: Context) -> Outcome:
    """"Russia condemned Ukraine on Monday", "Croatia has opened its borders to refugees": the verb
    dictionary's pattern (or verb-object sense) for the verb in its clause, made more specific by
    the event noun of a light verb where that says more ("provides food aid": 073, not 070)."""
    match = _own_match(ctx)
    if match is None or match.score <= 0 or not match.code:
        return None
    code, light = match.code, ctx.light
    if code.startswith("03") and ctx.lemma not in PROMISING_VERBS:
        code = enacted_code(code)  # "sent a team", "accepted refugees": done, not promised
    if light and light[:2] == code[:2] and len(light) >= len(code) and light != code and light[2:3] != "0":
        code = light  # "provides food aid": the noun is more specific (073) than the pattern (070)
    if (light and match.score <= 1 and ctx.lemma in LIGHT_VERBS and light[:2] != code[:2]
            and code[:2] in STATEMENT_ROOTS):
        code = light  # "launched a mediation effort": the event noun says more than a one-word pattern
    if light and light[:2] in FORCE_ROOTS and code[:2] in COERCION_ROOTS and ctx.lemma not in THREAT_VERBS:
        code = light  # "stepped up attacks on X": the attacks happen, no mere threat or show of force
    if light and light[:2] in FORCE_ROOTS and code[:2] in FORCE_ROOTS and light != code and light[2:3] != "0":
        code = light  # "carried out a chemical attack": the noun says which force (2041), not the verb (190)
    return _verb_event(verb, ctx, code, pattern=True)


def light_verb(verb: Token, ctx: Context) -> Outcome:
    """"Iran held talks with Iraq on Sunday", "Israel launched an attack on the Gaza town of Rafah":
    a light verb (or one the dictionary lacks) takes the code of its event noun."""
    return _verb_event(verb, ctx, ctx.light, pattern=False) if ctx.light else None


def verb_default(verb: Token, ctx: Context) -> Outcome:
    """"Kim Jong Un visited Russia last week": the dictionary's default code for the verb, unless
    the verb is too general to code alone ("served in the Auckland police force")."""
    match = _own_match(ctx)
    if match is None or not match.code or ctx.lemma in VAGUE_VERBS:
        return None
    return _verb_event(verb, ctx, match.code, pattern=False)


def _own_match(ctx: Context) -> Match | None:
    """The lexicon's match, except a reporting verb's non-statement code: "citing domestic
    opposition", "reports aid agencies" are reports, not acts."""
    match = ctx.match
    if ctx.lemma in REPORTING_VERBS and match is not None and match.code and match.code[:2] != "01":
        return None
    return match


def _verb_event(verb: Token, ctx: Context, code: str, *, pattern: bool) -> Candidate:
    """The verb's event with its roles: objects shared with a coordinated verb, the aim of a
    purpose clause, the authorities of the place, the place as target, and an attack's sense."""
    targets = objects(verb)
    if verb.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        targets += shared_objects(verb.head)  # "has ties with Pyongyang and provides food aid"
    cand = propose(ctx, code, subjects(verb), targets, pattern=pattern)
    for purpose in purpose_clauses(verb, cand.trigger):  # "blocked roads to demand the resignation of X"
        cand.targets = cand.targets + objects(purpose)
        if cand.code[:2] == PROTEST_ROOT:  # a protest's aim is part of the protest
            cand.consumed.append(purpose)
        if cand.code[:2] in DISPATCH_ROOTS and purpose.lemma_.lower() in INQUIRY_VERBS:
            cand.code = INVESTIGATE  # "sent inspectors to Bosnia to investigate ...": an investigation
    if not cand.sources and cand.code[:2] in AUTHORITY_ROOTS and any(c.dep_ == "nsubjpass" for c in verb.children):
        # "was arrested in Lebanon": by the authorities there; "authorities announced that 337 users
        # were arrested": by those who announce it
        cand.sources = place_targets(verb) or reporters(verb)
    if cand.code[:2] in PLACE_TARGET_ROOTS or cand.code in PLACE_TARGET_CODES:  # "sought refuge in Germany"
        cand.places = place_targets(verb)
    # "a blistering attack on Pompeo" (111) vs "jets attacked the court" (190)
    cand.code = attack_code(verb, cand.code, ctx.lexicon)
    return cand
