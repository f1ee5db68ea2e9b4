"""Constructions of saying, judging and asking: what a verb of speech, opinion or request codes
given its object or complement ("denied the charges", "said Libya must ...", "urged X to ...")."""

from __future__ import annotations

from spacy.tokens import Token

from tidings.events.candidates import Candidate
from tidings.events.characterisation import characterisation_code, characterised
from tidings.events.clause import event_object, has_modal, has_phrase, request_code
from tidings.events.constructions.base import SKIP, Context, Outcome, propose
from tidings.events.constructions.codes import (
    ACCUSE,
    APPEAL,
    CLAIM_RESPONSIBILITY,
    CONSIDER_POLICY_OPTION,
    DEMAND,
    DENY_RESPONSIBILITY,
    MAKE_STATEMENT,
    REQUEST_ROOTS,
)
from tidings.events.event_nouns import noun_event_code
from tidings.events.roles import (
    agents,
    agrees_with_view,
    clause_subjects,
    objects,
    of_objects,
    prep_objects,
    reporters,
    subjects,
)
from tidings.events.stance_terms import (
    ALLEGING_VERBS,
    ALWAYS_ACCUSING_VERBS,
    DENIAL_ADJECTIVES,
    STANCE_ADJECTIVES,
    STANCE_COPULAS,
    STANCE_PREPS,
)
from tidings.events.status import status_of
from tidings.events.terms import (
    CHARACTERISE_VERBS,
    CHARGE_NOUNS,
    CLAIM_VERBS,
    CONSIDER_VERBS,
    DEMAND_VERBS,
    DENIAL_VERBS,
    OBLIGATION_MODALS,
    OPTION_NOUNS,
    PERSONAL_PRONOUNS,
    REQUEST_VERBS,
    SPEECH_VERBS,
)

FIRST_SECOND_PERSON = frozenset({"i", "you", "we", "they"})
"""Subjects whose bare verb is no subjunctive ("insist they go" looks like "insist they are")."""


def denied_charges(verb: Token, ctx: Context) -> Outcome:
    """"The Chinese government has denied charges by the Japanese government that it hacked
    ministry computers": denying a charge denies responsibility (016)."""
    if ctx.lemma in DENIAL_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in CHARGE_NOUNS for c in verb.children):
        return propose(ctx, DENY_RESPONSIBILITY, subjects(verb), objects(verb))
    return None


def agree_with_view(verb: Token, ctx: Context) -> Outcome:
    """"The Trudeau government has agreed with the Senate that Canadians suffering from mental
    illnesses should be eligible": sharing someone's view is a statement (010), not an agreement."""
    if ctx.lemma == "agree" and agrees_with_view(verb):
        return propose(ctx, MAKE_STATEMENT, subjects(verb), prep_objects(verb), consume=[ctx.comp] if ctx.comp else [])
    return None


def consider_option(verb: Token, ctx: Context) -> Outcome:
    """"Japan is considering sending aid to North Korea", "explored the possibility of ...":
    deliberating an option is CAMEO 014, aimed at the option's target."""
    comp = ctx.comp
    if ctx.lemma not in CONSIDER_VERBS or not ((comp is not None and comp.dep_ == "xcomp") or any(
            c.dep_ == "dobj" and c.lemma_.lower() in OPTION_NOUNS for c in verb.children)):
        return None
    targets = objects(comp) + objects(verb) if comp is not None else objects(verb)
    return propose(ctx, CONSIDER_POLICY_OPTION, subjects(verb), targets, consume=[comp] if comp else [])


def characterisation(verb: Token, ctx: Context) -> Outcome:
    """"Trump called the Iranian leaders reckless and dangerous", "Trump referred to the riots as
    acts of "domestic terror"": a judgement of the object, criticism (111) or praise (051); "called
    it unlikely" judges no one and codes nothing."""
    if ctx.lemma not in CHARACTERISE_VERBS:
        return None
    judgement = characterisation_code(verb, ctx.lexicon.valences)
    if judgement is None:
        return None
    return propose(ctx, judgement, subjects(verb), characterised(verb) or objects(verb)) if judgement else SKIP


def speech_event_noun(verb: Token, ctx: Context) -> Outcome:
    """"The Kremlin announced the talks": a verb of saying with an event noun as object and no
    complement reports the noun's event (a statement, 010, if the noun has no code of its own)."""
    if ctx.lemma not in SPEECH_VERBS or ctx.comp is not None or (noun := event_object(verb)) is None:
        return None
    return Candidate(trigger=noun, clause=verb, code=noun_event_code(noun) or MAKE_STATEMENT, sources=subjects(verb),
                     targets=prep_objects(noun) + of_objects(noun) + prep_objects(verb), status=status_of(verb))


def claim_of_responsibility(verb: Token, ctx: Context) -> Outcome:
    """"Sri Lankan military officials in Colombo claimed that they had attacked two LTTE camps":
    claiming one's own act is a claim of responsibility (015)."""
    comp = ctx.comp
    if ctx.lemma in CLAIM_VERBS and comp is not None and comp.dep_ == "ccomp" and any(
            c.dep_ == "nsubj" and c.lower_ in PERSONAL_PRONOUNS for c in comp.children):
        return propose(ctx, CLAIM_RESPONSIBILITY, subjects(verb), objects(comp), consume=[comp])
    return None


def accusing_claim(verb: Token, ctx: Context) -> Outcome:
    """"His associates have alleged Navalny was poisoned", "Some members of opposition parties have
    claimed violent protesters were sent by the government": alleging that others did wrong accuses
    them (112), aimed at the doer of the claimed act; the claimed act is still coded on its own."""
    comp = ctx.comp
    if ctx.lemma not in ALLEGING_VERBS or comp is None or comp.dep_ != "ccomp":
        return None
    if ctx.lemma not in ALWAYS_ACCUSING_VERBS:
        valence = sum(ctx.lexicon.valences.get(t.lower_, 0.0) for t in comp.subtree)
        if valence > -1.0:
            return None
    return propose(ctx, ACCUSE, subjects(verb), agents(comp) or clause_subjects(comp))


def stance_adjective(verb: Token, ctx: Context) -> Outcome:
    """"Some members of the local LGBT community have been critical of the police", "Britain was
    opposed to the measure": an adjective of the subject's stance towards the object of its
    preposition is that stance's event (criticism 111, rejection 120, praise 051, ...)."""
    if ctx.lemma not in STANCE_COPULAS:  # "was opposed to" is the verb's own: a state participle
        return None
    if (denial := _charge_called_false(verb)) is not None:
        return denial
    for child in verb.children:
        # "were opposed to the measure": the parser may lemmatise the adjective as a participle
        if child.dep_ == "acomp" and (code := STANCE_ADJECTIVES.get(child.lemma_.lower(),
                                                                    STANCE_ADJECTIVES.get(child.lower_))):
            targets = [g for p in child.children if p.dep_ == "prep" and p.lower_ in STANCE_PREPS
                       for g in p.children if g.dep_ == "pobj"]
            return propose(ctx, code, _speaker_if_pronoun(verb, subjects(verb)), targets)
    return None


def _charge_called_false(verb: Token) -> Candidate | None:
    """"Iran said reports that it intended to threaten shipping were baseless": calling a charge
    false denies it (016), the speaker's denial."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_.lower() not in SPEECH_VERBS:
        return None
    if not any(c.dep_ == "acomp" and c.lemma_.lower() in DENIAL_ADJECTIVES for c in verb.children):
        return None
    charges = [c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in CHARGE_NOUNS]
    if not charges:
        return None
    authors = [g for c in charges for p in c.children if p.dep_ == "prep" and p.lower_ in {"by", "from", "of"}
               for g in p.children if g.dep_ == "pobj"]
    return Candidate(trigger=verb, clause=verb, code=DENY_RESPONSIBILITY, sources=subjects(head), targets=authors,
                     status=status_of(head))


def _speaker_if_pronoun(verb: Token, sources: list[Token]) -> list[Token]:
    """"The United States has said it is skeptical of ...": a pronoun subject of a reported stance
    is the speaker's own."""
    if all(s.lower_ in PERSONAL_PRONOUNS for s in sources):
        return reporters(verb) or sources
    return sources


def reported_demand(verb: Token, ctx: Context) -> Outcome:
    """"Britain said Libya must hand over the suspects": X said Y must (should, has to) ... is X's
    demand of Y (10x)."""
    comp = ctx.comp
    if ctx.lemma not in SPEECH_VERBS or comp is None or comp.dep_ != "ccomp":
        return None
    if not (has_modal(comp, OBLIGATION_MODALS) or has_phrase(comp, "have", "to") or _mandative(verb, comp)):
        return None
    return propose(ctx, request_code(comp, ctx.lexicon, DEMAND), subjects(verb), clause_subjects(comp), consume=[comp])


def _mandative(verb: Token, comp: Token) -> bool:
    """"The President insists that the budget include funding for the wall": a verb of demand with
    a subjunctive complement: a bare verb (or "be" + participle) with its own third-person subject
    and no modal; the tagger may call the bare verb a plural present ("include")."""
    subject = [c for c in comp.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.lemma_.lower() not in REQUEST_VERBS or not subject or subject[0].lower_ in FIRST_SECOND_PERSON:
        return False
    auxes = [c for c in comp.children if c.dep_ in {"aux", "auxpass"}]
    if auxes:
        return all(a.lower_ == "be" for a in auxes)  # "insists that Taiwan be returned"
    return comp.tag_ == "VB" or (comp.tag_ == "VBP" and subject[0].tag_ in {"NN", "NNP"})


def reported_clause(verb: Token, ctx: Context) -> Outcome:
    """"Officials in Kabul said Pakistani troops attacked an Afghan border post": the reported
    clause is coded on its own, the saying is no event; "claimed to have tested": the complement is."""
    return SKIP if ctx.lemma in SPEECH_VERBS and ctx.comp is not None else None


def request_complement(verb: Token, ctx: Context) -> Outcome:
    """"Brazil pressured Venezuela to release the prisoners", "Protesters in Sudan demanded that
    President Omar al-Bashir be removed": a demand (10x) or an appeal (02x) of whoever must act."""
    comp = ctx.comp
    if comp is None or ctx.lemma not in REQUEST_VERBS:
        return None
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in comp.children)
    if not (own_subject or comp.dep_ == "ccomp" or any(c.dep_ == "dobj" for c in verb.children)):
        return None
    match = ctx.match
    base = match.code if match is not None and match.code else DEMAND
    if base[:2] not in REQUEST_ROOTS:  # "ordered X to ...": a demand; "called for X to ...": an appeal
        base = DEMAND if ctx.lemma in DEMAND_VERBS else APPEAL
    targets = clause_subjects(comp) if own_subject else objects(verb)
    return propose(ctx, request_code(comp, ctx.lexicon, base), subjects(verb), targets, consume=[comp])
