"""Constructions that fold a complement into one event: verbs of threat, refusal and intent take
the event of their "to ..." predicate ("threatened to close the Strait" 13x, "refused to allow"
12x, "agreed to meet" 03x); a participle describing a noun reports no act at all."""

from __future__ import annotations

from spacy.tokens import Token

from tidings.events.candidates import Candidate
from tidings.events.clause import light_code
from tidings.events.constructions.base import SKIP, Context, Outcome, propose
from tidings.events.constructions.codes import (
    APPEAL,
    DECLINE_COMMENT,
    EXPRESS_INTENT_TO_COOPERATE,
    FORCE_ROOTS,
    REJECT,
    SHOW_FORCE,
    THREATEN,
)
from tidings.events.roles import condition_subjects, misparsed_predicate, objects, others_intent, subjects
from tidings.events.status import (
    INTENT_BY_ROOT,
    THREAT_BY_CODE,
    THREAT_BY_ROOT,
    status_of,
)
from tidings.events.terms import (
    COMMENT_WORDS,
    COMMITMENT_VERBS,
    INTENT_ADJECTIVES,
    INTENT_NOUNS,
    INTENT_VERBS,
    REFUSAL_VERBS,
    THREAT_VERBS,
)


def descriptive_participle(verb: Token, ctx: Context) -> Outcome:
    """"The warships began exercises on Monday, expected to be joined later by Italian and German
    vessels": a participle describing a noun is neither an intent nor an act. Not the predicate of a
    sentence the parser rooted at its subject noun ("A Black Lives Matter group [ROOT] protested
    [acl] outside the White House on the last day of the convention.")."""
    if verb == misparsed_predicate(verb.sent):
        return None
    if any(t.tag_ == "VBN" and t.dep_ in {"acl", "advcl", "amod"} for t in (verb, verb.head)
           if t is verb or verb.dep_ == "xcomp"):
        return SKIP
    return None


def threat_complement(verb: Token, ctx: Context) -> Outcome:
    """"Iran threatened to close the Strait of Hormuz if the United States imposed sanctions": a
    threat (13x) aimed first at whoever must comply."""
    comp = ctx.comp
    if comp is None or ctx.lemma not in THREAT_VERBS:
        return None
    match = ctx.match
    code = match.code if match and match.code else THREATEN
    targets = condition_subjects(comp) + condition_subjects(verb) + objects(comp) + objects(verb)
    return _folded(verb, ctx, comp, code, targets)


def declined_to_comment(verb: Token, ctx: Context) -> Outcome:
    """"declined to comment": a statement refusing comment (011), not a rejection."""
    comp = ctx.comp
    if comp is None or ctx.lemma not in REFUSAL_VERBS:
        return None
    if comp.lemma_.lower() not in COMMENT_WORDS or comp.head.i != verb.i:
        return None
    return _folded(verb, ctx, comp, DECLINE_COMMENT, objects(verb) + objects(comp))


def refusal_complement(verb: Token, ctx: Context) -> Outcome:
    """"Rebels refused to allow UN planes to land and evacuate the wounded", "The United Nations
    rejected Prime Minister Shinzo Abe's request to speak": a rejection (120) of the requester first."""
    comp = ctx.comp
    if comp is None or ctx.lemma not in REFUSAL_VERBS:
        return None
    return _folded(verb, ctx, comp, REJECT, objects(verb) + objects(comp))


HOPING_VERBS = frozenset({"hope", "wish", "trust"})
"""Verbs of hope: hoping that someone else acts appeals to them."""


def hope_for_others(verb: Token, ctx: Context) -> Outcome:
    """"Johnson continued, \"And I hope that Anne Sacoolas will come back and will engage properly
    with the processes of law\"": hoping that a named other acts is an appeal to them (02x), not
    the speaker's own intent."""
    comp = ctx.comp
    if ctx.lemma not in HOPING_VERBS or comp is None or comp.dep_ != "ccomp":
        return None
    others = [c for c in comp.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ in {"PROPN", "NOUN"}]
    own = {s.lemma_.lower() for s in subjects(verb)}
    if not others or others[0].lemma_.lower() in own:
        return None
    return propose(ctx, APPEAL, subjects(verb), others, consume=[comp])


def intent_complement(verb: Token, ctx: Context) -> Outcome:
    """"Egypt and Israel agreed to meet in Cairo", "Iraq's government said it is ready to impose a
    curfew": an intent (03x) of the complement's act, or a threat (13x) when the act is force or a
    sanction; "The Macedonian army prepared to resume shelling": readying force shows it (150), now.
    An intent verb whose complement codes no act codes nothing."""
    comp = ctx.comp
    if comp is None or not (ctx.lemma in INTENT_VERBS or _states_intent(verb)):
        return None
    inner = ctx.lexicon.match(comp)
    inner_code = inner.code if inner and inner.code else light_code(comp, ctx.lexicon)
    if ctx.lemma == "prepare" and inner_code and inner_code[:2] in FORCE_ROOTS:
        code = SHOW_FORCE
    elif inner_code and inner_code[:2] in THREAT_BY_ROOT and ctx.lemma not in COMMITMENT_VERBS:
        code = THREAT_BY_CODE.get(inner_code[:3], THREAT_BY_ROOT[inner_code[:2]])  # intent to use force
    elif inner_code:
        code = INTENT_BY_ROOT.get(inner_code[:2], EXPRESS_INTENT_TO_COOPERATE)
    elif ctx.lemma in COMMITMENT_VERBS or _states_intent(verb):
        code = EXPRESS_INTENT_TO_COOPERATE  # "agreed to undertake ...", "expressed a desire to work with X"
    else:
        return SKIP
    return _folded(verb, ctx, comp, code, objects(comp) + objects(verb))


def _states_intent(verb: Token) -> bool:
    """"is ready to", "expressed its willingness to": an adjective or noun of the subject's own intent."""
    return any(
        (c.dep_ == "acomp" and c.lemma_.lower() in INTENT_ADJECTIVES)
        or (c.dep_ == "dobj" and c.lemma_.lower() in INTENT_NOUNS and not others_intent(c))
        for c in verb.children
    )


def _folded(verb: Token, ctx: Context, comp: Token, code: str, targets: list[Token]) -> Candidate:
    """The folded event; announced by a verb or word of intent it is planned (or negated), unless
    it is a show of force done now."""
    cand = propose(ctx, code, subjects(verb), targets, consume=[comp])
    if (ctx.lemma in INTENT_VERBS or _states_intent(verb)) and code != SHOW_FORCE:
        cand.status = "negated" if status_of(verb) == "negated" else "planned"
    return cand
