"""The events stage: which events a sentence reports, between whom, with what status.

Method (documented in the README): every verb is looked up in the PETRARCH2
verb lexicon, whose patterns are matched against the words of its own clause in
the dependency parse (:mod:`tidings.events.lexicon`). Around that, general
constructions decide the event and its roles: light verbs take the code of their
event noun ("held talks"), verbs of intent, demand, threat and refusal fold the
event of their complement into one 03x/10x/13x/12x event, reported speech codes
the reported clause (with "X said Y must ..." as X's demand of Y), passives swap
roles, coordination gives one event per actor, and negation, modality and
conditionals set the status.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from tidings.events.candidates import (
    Candidate,
    EventMemory,
    EventMention,
    prune_subordinate,
    realise,
)
from tidings.events.clause import (
    attack_code,
    circumstantial,
    complement,
    event_object,
    event_subject,
    has_modal,
    has_phrase,
    is_phone_call,
    light_code,
    message_content,
    no_act,
    request_code,
    same_predicate,
    trigger_token,
    verbs_top_down,
)
from tidings.events.lexicon import SUBJECT_DEPS, VerbLexicon, noun_event_code
from tidings.events.roles import (
    ActorLookup,
    agrees_with_view,
    characterisation_code,
    clause_subjects,
    condition_subjects,
    has_home,
    objects,
    of_objects,
    others_intent,
    participants,
    place_targets,
    prep_objects,
    purpose_clauses,
    shared_objects,
    statement_targets,
    subjects,
)
from tidings.events.status import (
    INTENT_BY_ROOT,
    THREAT_BY_CODE,
    THREAT_BY_ROOT,
    announced_code,
    enacted_code,
    is_refusal,
    refused_code,
    status_of,
)
from tidings.events.terms import (
    CHARACTERISE_VERBS,
    CHARGE_NOUNS,
    COMMENT_WORDS,
    COMMITMENT_VERBS,
    COMMUNICATION_CODES,
    CONSIDER_VERBS,
    DEMAND_VERBS,
    INQUIRY_VERBS,
    INTENT_ADJECTIVES,
    INTENT_NOUNS,
    INTENT_VERBS,
    LIGHT_VERBS,
    MOTION_VERBS,
    OCCURRENCE_VERBS,
    OPTION_NOUNS,
    PROPOSING_VERBS,
    REFUSAL_VERBS,
    REPORTING_VERBS,
    REQUEST_VERBS,
    SPEECH_VERBS,
    STATEMENT_VERBS,
    THREAT_VERBS,
    VAGUE_VERBS,
)

PLACE_TARGET_ROOTS = frozenset({"08", "14", "15", "16", "17", "18", "19", "20"})


def code_events(doc: Doc, actors: ActorLookup, lexicon: VerbLexicon | None = None) -> list[EventMention]:
    """Code every sentence of a parsed article."""
    lex = lexicon or VerbLexicon.load()
    out: list[EventMention] = []
    memory: EventMemory = {}
    for sent in doc.sents:
        events = code_sentence(sent, actors, lex, memory)
        for event in events:
            if event.source is not None and event.target is not None:
                memory[event.code[:2]] = (event.source, event.target)
        out.extend(events)
    return out


def code_sentence(sent: Span, actors: ActorLookup, lex: VerbLexicon, memory: EventMemory | None = None) -> list[EventMention]:
    consumed: set[int] = set()
    candidates: list[Candidate] = []
    for verb in verbs_top_down(sent):
        if verb.i in consumed:
            continue
        candidate = _code_verb(verb, lex, consumed)
        if candidate is not None:
            consumed.update(t.i for c in candidate.consumed for t in same_predicate(c))
            candidates.append(candidate)
    candidates = prune_subordinate(candidates, actors)
    foreground = [c for c in candidates if not circumstantial(c.clause)]
    if foreground:  # "..., as street battles raged in Baghdad": the setting, not the news
        candidates = foreground
    if not candidates:  # event nouns speak for a sentence only when no verb does
        candidates.extend(_nominal_events(sent, consumed, actors))
    if not candidates and sent.root.lemma_.lower() in STATEMENT_VERBS:  # "said it is skeptical": a statement
        candidates.append(_candidate(sent.root, "010", subjects(sent.root), statement_targets(sent.root)))
    return realise(candidates, actors, memory or {})


def _code_verb(verb: Token, lex: VerbLexicon, consumed: set[int]) -> Candidate | None:
    lemma = verb.lemma_.lower()
    comp = complement(verb)
    if lemma in {"deny", "reject", "dismiss", "refute"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in CHARGE_NOUNS for c in verb.children
    ):
        return _candidate(verb, "016", subjects(verb), objects(verb))  # "denied the charges": deny responsibility
    if lemma == "agree" and agrees_with_view(verb):  # "agree with Scott that ...": an opinion, not a deal
        return _candidate(verb, "010", subjects(verb), prep_objects(verb), consume=[comp] if comp else [])
    if lemma in CONSIDER_VERBS and (comp is not None and comp.dep_ == "xcomp" or any(
            c.dep_ == "dobj" and c.lemma_.lower() in OPTION_NOUNS for c in verb.children)):
        targets = objects(comp) + objects(verb) if comp is not None else objects(verb)
        return _candidate(verb, "014", subjects(verb), targets, consume=[comp] if comp else [])
    if lemma in CHARACTERISE_VERBS and (judgement := characterisation_code(verb)) is not None:
        return _candidate(verb, judgement, subjects(verb), objects(verb)) if judgement else None
    if lemma in SPEECH_VERBS and comp is None and (noun := event_object(verb)) is not None:
        return Candidate(trigger=noun, clause=verb, code=noun_event_code(noun) or "010", sources=subjects(verb),
                          targets=prep_objects(noun) + of_objects(noun) + prep_objects(verb), status=status_of(verb))
    if lemma in {"claim", "admit"} and comp is not None and comp.dep_ == "ccomp" and any(
            c.dep_ == "nsubj" and c.lower_ in {"they", "it", "we", "he", "she"} for c in comp.children):
        # "the Houthis claimed that they had attacked the airport": a claim of responsibility (015)
        return _candidate(verb, "015", subjects(verb), objects(comp), consume=[comp])
    if lemma in SPEECH_VERBS and comp is not None and comp.dep_ == "ccomp":
        if has_modal(comp, frozenset({"must", "should"})) or has_phrase(comp, "have", "to"):
            code = request_code(comp, lex, "100")
            return _candidate(verb, code, subjects(verb), clause_subjects(comp), consume=[comp])
        return None  # the reported clause is coded on its own
    if lemma in SPEECH_VERBS and comp is not None:
        return None  # "claimed to have tested": the complement is the event
    if comp is not None and lemma in REQUEST_VERBS:
        own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in comp.children)
        if own_subject or comp.dep_ == "ccomp" or any(c.dep_ == "dobj" for c in verb.children):
            match = lex.match(verb)
            base = match.code if match is not None and match.code else "100"
            if base[:2] not in {"02", "10"}:  # "ordered X to ...": a demand; "called for X to ...": an appeal
                base = "100" if lemma in DEMAND_VERBS else "020"
            code = request_code(comp, lex, base)
            targets = clause_subjects(comp) if own_subject else objects(verb)
            return _candidate(verb, code, subjects(verb), targets, consume=[comp])
    if any(t.tag_ == "VBN" and t.dep_ in {"acl", "advcl", "amod"} for t in (verb, verb.head) if t is verb or verb.dep_ == "xcomp"):
        return None  # "expected to be joined": a participle describing a noun, not an intent nor an act
    intent_adj = any(
        (c.dep_ == "acomp" and c.lemma_.lower() in INTENT_ADJECTIVES) or (c.dep_ == "dobj" and c.lemma_.lower() in INTENT_NOUNS and not others_intent(c))
        for c in verb.children
    )
    if comp is not None and (lemma in INTENT_VERBS | THREAT_VERBS | REFUSAL_VERBS or intent_adj):
        inner = lex.match(comp)
        inner_code = inner.code if inner and inner.code else light_code(comp, lex)
        if lemma in THREAT_VERBS:
            match = lex.match(verb)
            code = match.code if match and match.code else "130"
        elif lemma in REFUSAL_VERBS and comp.lemma_.lower() in COMMENT_WORDS and comp.head.i == verb.i:
            code = "011"  # "declined to comment"
        elif lemma in REFUSAL_VERBS:
            code = "120"
        elif lemma == "prepare" and inner_code and inner_code[:2] in {"18", "19", "20"}:
            code = "150"  # "the army prepared to resume shelling": readying force is a show of it, done now
        elif inner_code and inner_code[:2] in THREAT_BY_ROOT and lemma not in COMMITMENT_VERBS:
            code = THREAT_BY_CODE.get(inner_code[:3], THREAT_BY_ROOT[inner_code[:2]])  # intent to use force
        elif inner_code:
            code = INTENT_BY_ROOT.get(inner_code[:2], "030")
        elif lemma in COMMITMENT_VERBS:
            code = "030"  # "agreed to undertake ...": an agreement whatever the act
        else:
            return None
        if lemma in REFUSAL_VERBS:  # "rejected a U.S. request to ...": the requester first
            targets = objects(verb) + objects(comp)
        else:
            targets = objects(comp) + objects(verb)
        if lemma in THREAT_VERBS:  # "... unless Baghdad accepted": who must comply
            targets = condition_subjects(comp) + condition_subjects(verb) + targets
        cand = _candidate(verb, code, subjects(verb), targets, consume=[comp])
        if (lemma in INTENT_VERBS or intent_adj) and code != "150":
            cand.status = "negated" if status_of(verb) == "negated" else "planned"
        return cand
    if lemma in OCCURRENCE_VERBS and (noun := event_subject(verb)) is not None:
        # "the meeting would take place in Vladivostok": the noun is the event, an earlier one
        code = noun_event_code(noun) or "040"
        parties = participants(noun, {"compound", "poss", "nmod"})
        return Candidate(trigger=noun, clause=verb, code=announced_code(code, status_of(verb)),
                          sources=parties[:1], targets=parties[1:] + prep_objects(noun),
                          status=status_of(verb), anaphoric=any(c.lower_ in {"the", "this", "that"} for c in noun.children))
    if lemma in OCCURRENCE_VERBS and any(c.dep_ == "nsubj" and noun_event_code(c) for c in verb.children):
        return None
    if no_act(verb):
        return None  # "a staff member went missing", "... to take place": no trip, no seizure
    if lemma in LIGHT_VERBS and (content := message_content(verb)) is not None:  # "a reminder that it must ..."
        return _candidate(verb, request_code(content, lex, "100"), subjects(verb), clause_subjects(content), consume=[content])
    light = light_code(verb, lex)
    match = lex.match(verb)
    if lemma in REPORTING_VERBS and match is not None and match.code and match.code[:2] != "01":
        match = None  # "citing domestic opposition", "reports aid agencies": a report, not an act
    if match is not None and match.score > 0 and match.code:
        code, pattern = match.code, True
        if code.startswith("03") and lemma not in INTENT_VERBS | COMMITMENT_VERBS | PROPOSING_VERBS:
            code = enacted_code(code)  # "sent a team", "accepted refugees": done, not promised
        if light and light[:2] == code[:2] and len(light) >= len(code) and light != code and light[2:3] != "0":
            code = light  # "provides food aid": the noun is more specific (073) than the pattern (070)
        if light and match.score <= 1 and lemma in LIGHT_VERBS and light[:2] != code[:2] and code[:2] in {"01", "02"}:
            code = light  # "launched a mediation effort": the event noun says more than a one-word pattern
        if light and light[:2] in {"18", "19", "20"} and code[:2] in {"13", "15"} and lemma not in THREAT_VERBS:
            code = light  # "stepped up attacks on X": the attacks happen, no mere threat or show of force
    elif light:
        code, pattern = light, False
    elif match is not None and match.code and lemma not in VAGUE_VERBS:
        code, pattern = match.code, False
    else:
        return None  # no code for this verb, or a pattern blocks it
    targets = objects(verb)
    if verb.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        targets += shared_objects(verb.head)  # "has ties with Pyongyang and provides food aid"
    cand = _candidate(verb, code, subjects(verb), targets, pattern=pattern)
    for purpose in purpose_clauses(verb, cand.trigger):  # "blocked roads to demand the resignation of X"
        cand.targets = cand.targets + objects(purpose)
        if cand.code[:2] == "14":  # a protest's aim is part of the protest
            cand.consumed.append(purpose)
        if cand.code[:2] in {"04", "06", "07", "15"} and purpose.lemma_.lower() in INQUIRY_VERBS:
            cand.code = "090"  # "sent inspectors to Bosnia to investigate ...": an investigation
    if not cand.sources and cand.code[:2] in {"09", "17"} and any(c.dep_ == "nsubjpass" for c in verb.children):
        cand.sources = place_targets(verb)  # "was arrested in Lebanon": by the authorities there
    if cand.code[:2] in PLACE_TARGET_ROOTS or cand.code in {"1033", "074", "042"}:  # "sought refuge in Germany"
        cand.places = place_targets(verb)
    cand.code = attack_code(verb, cand.code)  # "a blistering attack on Pompeo" (111) vs "jets attacked the court" (190)
    return None if lemma in SPEECH_VERBS and cand.code in COMMUNICATION_CODES and comp is not None else cand


def _candidate(verb: Token, code: str, sources: list[Token], targets: list[Token], *,
               consume: list[Token] | None = None, pattern: bool = False) -> Candidate:
    status = status_of(verb)
    if verb.lemma_.lower() in DEMAND_VERBS and code.startswith("02"):
        code = "10" + code[2:]  # CAMEO's demand codes (10x) parallel its appeal codes (02x)
    if status == "negated" and code[:2] in {"04", "05", "06", "07", "08"} and is_refusal(verb):
        code, status = refused_code(code), "asserted"  # "will not lift the ban": a refusal (124)
    code = announced_code(code, status)
    if status == "hypothetical" and code[:2] in THREAT_BY_ROOT and condition_subjects(verb):
        # "may halt mediation if cooperation founders": a conditional sanction is a threat
        code, status = THREAT_BY_CODE.get(code[:3], THREAT_BY_ROOT[code[:2]]), "asserted"
    if is_phone_call(verb):
        code = "041"  # "telephoned Russian Foreign Minister Kozyrev"
    return Candidate(trigger=trigger_token(verb), clause=verb, code=code, sources=sources,
                      targets=targets, status=status, pattern=pattern, consumed=consume or [])


def _nominal_events(sent: Span, consumed: set[int], actors: ActorLookup) -> list[Candidate]:
    """Event nouns with their own participants: "the Kim-Putin meeting", "in Moscow for talks with ..."."""
    out: list[Candidate] = []
    for token in sent:
        if token.i in consumed or token.pos_ != "NOUN":
            continue
        code = noun_event_code(token)
        if not code:
            continue
        head = token.head
        if token.dep_ in {"dobj", "attr"} and head.lemma_.lower() in LIGHT_VERBS:
            continue  # coded with its light verb
        parties = [c for c in participants(token, {"compound", "poss", "nmod", "amod"})
                   if (a := actors.actor_for(c)) and (c.dep_ != "amod" or has_home(a))]  # not "naval"
        targets = prep_objects(token)
        if token.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in MOTION_VERBS:
            sources = subjects(head.head)
        elif len(parties) >= 1:
            sources, targets = parties[:1], parties[1:] + targets
        else:
            continue
        if not any(actors.actor_for(t) for t in sources + targets):
            continue
        status = status_of(head if head.pos_ in {"VERB", "AUX"} else token)
        out.append(Candidate(trigger=token, clause=head, code=announced_code(code, status), sources=sources,
                              targets=targets, status=status))
    return out
