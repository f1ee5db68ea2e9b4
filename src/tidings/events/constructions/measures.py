"""Constructions of enacted measures and stated demands: a decree or law that bans, restricts or
eases is the act it enacts, and "their demands include X" is a demand by their author."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from tidings.events.candidates import Candidate
from tidings.events.constructions.base import Context, Outcome, propose
from tidings.events.constructions.codes import REQUEST_ROOTS
from tidings.events.event_nouns import noun_event_code
from tidings.events.roles import objects, place_targets, subjects
from tidings.events.status import status_of

ENACTING_VERBS: Final = frozenset({"sign", "issue", "enact", "pass", "adopt", "approve", "decree", "promulgate"})
MEASURE_NOUNS: Final = frozenset({
    "decree", "law", "act", "bill", "order", "ordinance", "legislation", "regulation", "directive", "edict",
})
ENACTED_ROOTS: Final = frozenset({"08", "16", "17"})
"""What a measure can enact: yield (ease, lift), reduce relations, coerce (ban, curfew, arrest)."""
INCLUDING_VERBS: Final = frozenset({"include", "be", "remain", "involve"})


def enacted_measure(verb: Token, ctx: Context) -> Outcome:
    """"On Friday, Youssef Chahed, the Prime Minister of Tunisia, signed a government decree banning
    anyone wearing a niqab from entering a public institution", "Governor Kay Ivey signed the Alabama
    Human Life Protection Act, officially outlawing nearly all circumstances of abortion": signing
    (issuing, passing) a measure that bans, restricts or eases is that act (172, 08x, 16x)."""
    if ctx.lemma not in ENACTING_VERBS:
        return None
    measures = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in MEASURE_NOUNS]
    if not measures:
        return None
    contents = [c for m in measures for c in m.children if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"]
    contents += [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                 and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)]
    for content in contents:
        match = ctx.lexicon.match(content)
        if match is not None and match.code and match.code[:2] in ENACTED_ROOTS:
            return propose(ctx, match.code, subjects(verb), objects(content) + place_targets(content),
                           consume=[content])
    return None


def included_demands(verb: Token, ctx: Context) -> Outcome:
    """"Their demands have included dissolving Parliament, appointing an election committee ...":
    demands or calls that include (are) something are a demand (appeal) by their author."""
    if ctx.lemma not in INCLUDING_VERBS:
        return None
    for noun in (c for c in verb.children if c.dep_ == "nsubj"):
        code = noun_event_code(noun)
        if code is None or code[:2] not in REQUEST_ROOTS:
            continue
        authors = [c for c in noun.children if c.dep_ == "poss"]
        if not authors:
            return None
        content = [c for c in verb.children if c.dep_ in {"xcomp", "dobj", "attr", "ccomp"}]
        return Candidate(trigger=noun, clause=verb, code=code, sources=authors,
                         targets=[t for c in content for t in objects(c)] if content else [],
                         status=status_of(verb), consumed=content)
    return None
