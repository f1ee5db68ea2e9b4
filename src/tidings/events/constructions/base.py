"""What every construction works with: the verb's context, the verdict that a verb codes nothing,
and the proposal of a candidate event with the adjustments every proposal gets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Final, final

from spacy.tokens import Token

from tidings.events.candidates import Candidate
from tidings.events.clause import complement, is_phone_call, light_code, trigger_token
from tidings.events.constructions.codes import COOPERATION_ROOTS, DEMAND_ROOT, TELEPHONE
from tidings.events.lexicon import Match, VerbLexicon
from tidings.events.roles import condition_subjects
from tidings.events.status import (
    THREAT_BY_CODE,
    THREAT_BY_ROOT,
    announced_code,
    is_refusal,
    refused_code,
    status_of,
)
from tidings.events.terms import DEMAND_VERBS


@dataclass(frozen=True)
class Context:
    """What the constructions ask about one verb: its lemma, its complement clause (the folded
    "to ..."/"that ..." predicate, if any) and the lexicon; the lexicon's match and the light-verb
    code are worked out once, when a construction first asks."""

    verb: Token
    lexicon: VerbLexicon
    lemma: str
    comp: Token | None

    @classmethod
    def of(cls, verb: Token, lexicon: VerbLexicon) -> Context:
        return cls(verb=verb, lexicon=lexicon, lemma=verb.lemma_.lower(), comp=complement(verb))

    @cached_property
    def match(self) -> Match | None:
        """The verb dictionary's best pattern or default for the verb in its clause."""
        return self.lexicon.match(self.verb)

    @cached_property
    def light(self) -> str | None:
        """The event noun's code when the verb is light ("held talks") or unknown to the lexicon."""
        return light_code(self.verb, self.lexicon)


@final
class Skip:
    """The verdict of a construction that applies and says the verb codes nothing: the walk stops
    there ("expected to be joined by ...": a participle describing a noun)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "SKIP"


SKIP: Final = Skip()

Outcome = Candidate | Skip | None
"""A candidate event, :data:`SKIP`, or None when the construction does not apply (try the next)."""

Construction = Callable[[Token, Context], Outcome]


def propose(ctx: Context, code: str, sources: list[Token], targets: list[Token], *,
            consume: list[Token] | None = None, pattern: bool = False) -> Candidate:
    """A candidate for the verb, with the adjustments every verb's code gets: a demand verb's
    appeal becomes a demand, a refused concession a refusal, an announced act an intent or a
    threat, a conditional sanction a threat, a call to a person a telephone call."""
    verb = ctx.verb
    status = status_of(verb)
    if ctx.lemma in DEMAND_VERBS and code.startswith("02"):
        code = DEMAND_ROOT + code[2:]  # CAMEO's demand codes (10x) parallel its appeal codes (02x)
    if status == "negated" and code[:2] in COOPERATION_ROOTS and is_refusal(verb):
        code, status = refused_code(code), "asserted"  # "will not lift the ban": a refusal (124)
    code = announced_code(code, status)
    if status == "hypothetical" and code[:2] in THREAT_BY_ROOT and condition_subjects(verb):
        # "may halt mediation if cooperation founders": a conditional sanction is a threat
        code, status = THREAT_BY_CODE.get(code[:3], THREAT_BY_ROOT[code[:2]]), "asserted"
    if is_phone_call(verb):
        code = TELEPHONE  # "telephoned Russian Foreign Minister Kozyrev"
    return Candidate(trigger=trigger_token(verb, ctx.lexicon), clause=verb, code=code, sources=sources,
                     targets=targets, status=status, pattern=pattern, consumed=consume or [])
