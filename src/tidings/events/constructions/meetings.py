"""Meeting nouns with their own parties: "talks", "meetings", "negotiations", "consultations", a
"summit" or "contacts" held "with" a party or "between" parties are a consultation (04x) of their
own, also when the sentence's verb codes another event ("Speaking to reporters after talks with
President Suharto, he said ..."; "Baker and Volcker gave these views at closed-door talks yesterday
with Speaker Jim Wright")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from tidings.events.candidates import Candidate
from tidings.events.constructions.base import SKIP, Context, Outcome, propose
from tidings.events.constructions.nouns import SentenceContext
from tidings.events.roles import subjects
from tidings.events.status import status_of

MEETING_NOUNS: dict[str, str] = {
    "talk": "040", "talks": "040", "meeting": "040", "consultation": "040", "consultations": "040",
    "contact": "040", "contacts": "040", "negotiation": "046", "negotiations": "046", "summit": "043",
}
"""Nouns of parties meeting each other, with the CAMEO codebook's code (040 consult, 046 engage in
negotiation, 043 a summit hosted)."""

PHONE_WORDS = frozenset({"telephone", "phone"})
"""Modifiers that make contact or talks a telephone call (041): "in telephone contact with"."""

PARTITIVE_HEADS = frozenset({
    "round", "rounds", "series", "session", "sessions", "last", "first", "next", "latest", "final", "second",
    "third", "resumption",
})
"""Heads that name some of the meetings themselves ("The last of the talks leading up to the main event
will be in Washington next Wednesday between U.S. Secretary of State George Shultz and Foreign Minister
Tadashi Kuranari"), not another event that befell them."""

SETTING_PREPS = frozenset({"at", "in", "during", "after", "before", "following", "for", "through", "via", "by"})
"""Prepositions by which a clause places itself at a meeting ("after talks with", "at talks with")."""


def _pobjs(head: Token, words: frozenset[str]) -> list[Token]:
    found = [g for p in head.children if p.dep_ == "prep" and p.lower_ in words
             for g in p.children if g.dep_ == "pobj"]
    return [t for g in found for t in (g, *g.conjuncts)]


def _governing_verb(noun: Token) -> Token | None:
    """The verb the meeting noun is the object of, or the setting of ("held talks in Moscow with",
    "speaking after talks with")."""
    if noun.dep_ in {"dobj", "nsubj", "nsubjpass", "attr"} and noun.head.pos_ in {"VERB", "AUX"}:
        return noun.head
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in SETTING_PREPS and prep.head.pos_ in {"VERB", "AUX"}:
        return prep.head
    return None


def _parties(noun: Token, verb: Token | None) -> tuple[list[Token], list[Token]] | None:
    """(sources, partners): "between" parties, or the clause's subject and the "with" party named
    on the noun or on its verb."""
    between = _pobjs(noun, frozenset({"between"})) or (_pobjs(verb, frozenset({"between"})) if verb else [])
    if len(between) >= 2:
        return between[:1], between[1:]
    partners = _pobjs(noun, frozenset({"with"})) or (_pobjs(verb, frozenset({"with"})) if verb else [])
    if not partners or verb is None:
        return None
    sources = subjects(verb)
    return (sources, partners) if sources else None


def _code(noun: Token) -> str:
    lemma = noun.lemma_.lower()
    if any(c.lower_ in PHONE_WORDS for c in noun.children if c.dep_ in {"compound", "amod"}):
        return "041"
    return MEETING_NOUNS.get(lemma) or MEETING_NOUNS[noun.lower_]


CONSULT_ROOT = "04"
INTENT_TO_MEET = "036"


def restates(candidate: Candidate, taken: list[Candidate]) -> bool:
    """Whether the meeting is the event its verb already codes: "Kim Jong Un will visit Russia for
    talks with Vladimir Putin this month" (the visit, 036, is the talks)."""
    return any(c.clause.i == candidate.clause.i and (c.code[:2] == CONSULT_ROOT or c.code == INTENT_TO_MEET)
               for c in taken)


def meeting_nouns(sent: Span, ctx: SentenceContext) -> list[Candidate]:
    """Each meeting noun of the sentence the verbs' events did not take, with "with" or "between"
    parties of whom at least one is an actor."""
    out: list[Candidate] = []
    for noun in sent:
        if noun.i in ctx.consumed or noun.pos_ != "NOUN":
            continue
        if noun.lemma_.lower() not in MEETING_NOUNS and noun.lower_ not in MEETING_NOUNS:
            continue
        anchor = noun
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            if noun.head.head.lemma_.lower() not in PARTITIVE_HEADS:
                continue  # "the collapse of a summit between Kim and Trump": the matter of another event
            anchor = noun.head.head  # "the last of the talks", "a new round of talks": the talks themselves
        verb = _governing_verb(anchor)
        roles = _parties(noun, verb)
        if roles is None or not any(ctx.actors.actor_for(t) for t in roles[0] + roles[1]):
            continue
        clause = verb if verb is not None else noun.head
        status = status_of(clause if clause.pos_ in {"VERB", "AUX"} else noun)
        out.append(Candidate(trigger=noun, clause=clause, code=_code(noun), sources=roles[0], targets=roles[1],
                             status=status, rule="meeting_noun"))
    return out


SPEAKING_VERBS = frozenset({"speak", "talk", "comment", "remark"})
ATTENDANCE_PREPS = frozenset({"at", "during", "in"})


def speaking_at_meeting(verb: Token, ctx: Context) -> Outcome:
    """"Howe was speaking at a meeting of EC foreign ministers, which discussed the future of EC
    finances", "Lukman, who was speaking during talks with Swedish trade officials, said ...": the
    meeting is the act (04x), the speaking at it no statement of its own. A meeting with or between
    parties is coded by :func:`meeting_nouns`; one "of" a body is the speaker's meeting with it."""
    if ctx.lemma not in SPEAKING_VERBS:
        return None
    for noun in _pobjs(verb, ATTENDANCE_PREPS):
        if noun.lemma_.lower() not in MEETING_NOUNS and noun.lower_ not in MEETING_NOUNS:
            continue
        if _pobjs(noun, frozenset({"with", "between"})):
            return SKIP
        if members := _pobjs(noun, frozenset({"of"})):
            return propose(ctx, _code(noun), subjects(verb), members)
    return None
