"""Seeking or applying for cooperation is an appeal for it (02x), as CAMEO's appeal codes mirror
its cooperation codes (023 appeal for aid beside 07 aid, 021 material cooperation beside 06, 022
diplomatic cooperation beside 05, 026 to meet beside 04):

* "Cordovez said Ecuador would seek new loans from multilateral organisations." (0231)
* "Turkey is to apply tomorrow for European Community membership, Foreign Ministry officials said." (022)

Tried after the dictionary's patterns ("sought military aid from the United States" keeps its
pattern), for a verb of seeking whose object, or "for" object, names cooperation; the party
asked is the "from" object, on the verb or on what is sought."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from tidings.events.constructions.base import Context, Outcome, propose
from tidings.events.event_nouns import noun_event_code
from tidings.events.roles import subjects

SEEKING_VERBS: Final = frozenset({"seek", "apply", "request", "solicit", "petition"})
MEMBERSHIP_NOUNS: Final = frozenset({"membership", "accession", "admission", "entry", "recognition"})
"""What a state applies for from a body: diplomatic cooperation (022)."""
APPEAL_BY_CODE: Final = {"071": "0231", "072": "0232", "073": "0233", "074": "0234", "061": "0211",
                         "062": "0212", "063": "0213", "064": "0214"}
APPEAL_BY_ROOT: Final = {"07": "023", "06": "021", "05": "022", "04": "026"}
DIPLOMATIC_APPEAL: Final = "022"


def _sought(verb: Token) -> list[Token]:
    """The direct object, and the objects of "for" ("apply for membership", "seek for talks")."""
    out = [c for c in verb.children if c.dep_ == "dobj"]
    out += [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children if g.dep_ == "pobj"]
    return out


def _appeal_code(noun: Token) -> str | None:
    if noun.lemma_.lower() in MEMBERSHIP_NOUNS:
        return DIPLOMATIC_APPEAL
    code = noun_event_code(noun)
    if not code:
        return None
    return APPEAL_BY_CODE.get(code[:3]) or APPEAL_BY_ROOT.get(code[:2])


def seeking_cooperation(verb: Token, ctx: Context) -> Outcome:
    """"would seek new loans from multilateral organisations": an appeal for what is sought, to
    whom it is sought from."""
    if ctx.lemma not in SEEKING_VERBS:
        return None
    for noun in _sought(verb):
        code = _appeal_code(noun)
        if code is None:
            continue
        asked = [g for h in (verb, noun) for p in h.children if p.dep_ == "prep" and p.lower_ in {"from", "to"}
                 for g in p.children if g.dep_ == "pobj"]
        asked += [g for c in noun.children if c.dep_ == "compound" for g in (c, *c.conjuncts)
                  if noun.lemma_.lower() in MEMBERSHIP_NOUNS]  # "European Community membership"
        return propose(ctx, code, subjects(verb), asked)
    return None
