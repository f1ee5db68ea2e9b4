"""Reading one clause for the coder: its complement, its event noun, the code a light verb or
a demand takes, the trigger word, and whether an "attack" is verbal."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from tidings.events.event_nouns import noun_event_code
from tidings.events.lexicon import VerbLexicon
from tidings.events.roles import misparsed_predicate, objects, of_objects, others_intent
from tidings.events.stance_terms import (
    CONVERSING_VERBS,
    EXPRESS_VERBS,
    EXPRESSED_NOUNS,
    PHONE_NOUNS,
    PHONE_PREPS,
)
from tidings.events.terms import (
    ATTACK_NOUNS,
    ATTACK_VERBS,
    ATTACKERS,
    CIRCUMSTANCE_MARKERS,
    COMING_GOING_VERBS,
    DESTINATION_WORDS,
    INTENT_ADJECTIVES,
    INTENT_NOUNS,
    LIGHT_VERBS,
    MEASURE_NOUNS,
    MESSAGE_NOUNS,
    NEGOTIATION_VERBS,
    OBLIGATION_MODALS,
    PHONE_VERBS,
    PHYSICAL_TARGETS,
    RELEASE_VERBS,
    REMOVAL_VERBS,
    TEST_RESULTS,
    UTTERANCE_NOUNS,
    VERBAL_MODIFIERS,
    VERBAL_TARGETS,
)


def complement(verb: Token) -> Token | None:
    children = list(verb.children)  # each walk of Token.children makes its Tokens anew
    for child in children:
        if child.dep_ == "dobj" and child.lemma_.lower() in INTENT_NOUNS and not others_intent(child):
            for grandchild in child.children:
                if grandchild.dep_ in {"acl", "xcomp", "relcl"} and grandchild.pos_ == "VERB":
                    return grandchild
    for child in children:
        if child.dep_ == "acomp" and child.lemma_.lower() in INTENT_ADJECTIVES:
            for grandchild in child.children:
                if grandchild.dep_ == "xcomp" and grandchild.pos_ in {"VERB", "AUX"}:
                    return grandchild
    for child in children:
        if child.dep_ in {"xcomp", "ccomp"} and child.pos_ in {"VERB", "AUX"}:
            return child
    for child in children:  # "committed to opening up the economy"
        if child.dep_ == "prep" and child.lower_ == "to":
            for grandchild in child.children:
                if grandchild.dep_ == "pcomp" and grandchild.pos_ == "VERB":
                    return grandchild
    for child in children:  # "called for NATO members to increase spending"
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in child.children):
            return child
    for child in children:  # "urged X to ...": xcomp hangs off the object
        if child.dep_ == "dobj":
            for grandchild in child.children:
                if grandchild.dep_ in {"xcomp", "acl", "relcl"} and grandchild.pos_ == "VERB":
                    return grandchild
    return None


def has_modal(verb: Token, words: frozenset[str]) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in words for c in verb.children)


def event_subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "nsubj" and noun_event_code(child) and (noun_event_code(child) or "")[:2] in {"03", "04"}:
            return child
    return None


def event_object(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "dobj" and noun_event_code(child):
            return child
    return None


def light_code(verb: Token, lex: VerbLexicon) -> str | None:
    """The event noun's code for a light verb ("held talks"), or for a verb the lexicon
    does not know ("renewed negotiations")."""
    if (code := expressed_code(verb)) is not None:
        return code
    if verb.lemma_.lower() not in LIGHT_VERBS and lex.has_verb(verb.lemma_.lower()):
        return None
    for child in verb.children:
        if child.dep_ in {"dobj", "attr"}:
            code = noun_event_code(child) or next(  # "launched 10 days of war games", "a new round of talks"
                (c for g in of_objects(child)
                 if child.lemma_.lower() in MEASURE_NOUNS and (c := noun_event_code(g))), None)
            if code:
                return code
    return None


def expressed_code(verb: Token) -> str | None:
    """"expressed concern that protectionism might spread" (012), "voiced strong reservations about
    the idea" (120): the attitude an actor expresses is the event."""
    if verb.lemma_.lower() not in EXPRESS_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "dobj" and (code := EXPRESSED_NOUNS.get(child.lemma_.lower())):
            return code
    return None


def request_code(comp: Token, lex: VerbLexicon, base: str) -> str:
    lemma = comp.lemma_.lower()
    if lemma in REMOVAL_VERBS:
        return "1041" if base.startswith("10") else "0241" if base.startswith("02") else base
    if lemma in RELEASE_VERBS:
        return "1053" if base.startswith("10") else base
    if lemma in NEGOTIATION_VERBS:
        return "106" if base.startswith("10") else base
    return base


def has_phrase(verb: Token, aux: str, mark: str) -> bool:
    return verb.lemma_.lower() == aux and any(c.lower_ == mark for c in verb.children)


def trigger_token(verb: Token, lex: VerbLexicon) -> Token:
    """The light verb's event noun is the trigger ("launched an attack" -> "attack")."""
    if verb.lemma_.lower() in LIGHT_VERBS or not lex.has_verb(verb.lemma_.lower()):
        for child in verb.children:
            if child.dep_ in {"dobj", "attr"} and noun_event_code(child):
                return child
    return verb


def attack_code(verb: Token, code: str, lex: VerbLexicon) -> str:
    """The verbal (111) or material (190) sense of an attack verb's code."""
    if code[:2] in {"18", "19"} and is_verbal_attack(verb, lex):
        return "111"
    if code[:2] == "11" and verb.lemma_.lower() in ATTACK_VERBS and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in ATTACKERS for c in verb.children):
        return "190"
    return code


def is_verbal_attack(verb: Token, lex: VerbLexicon) -> bool:
    """"A blistering attack on the Secretary of State" is criticism, not violence."""
    trigger = trigger_token(verb, lex)
    if trigger.lemma_.lower() not in ATTACK_NOUNS:
        return False  # "killed Abdullah" is violence whoever the victim
    words = {c.lower_ for c in trigger.children if c.dep_ in {"amod", "advmod"}}
    words |= {c.lower_ for c in verb.children if c.dep_ == "advmod"}
    if words & VERBAL_MODIFIERS:
        return True
    targets = objects(verb)
    if any(t.lemma_.lower() in PHYSICAL_TARGETS for t in targets):
        return False
    return any(t.ent_type_ == "PERSON" or t.lemma_.lower() in VERBAL_TARGETS
               for t in targets)


SPINE_DEPS = frozenset({"conj", "ccomp", "xcomp", "advcl", "parataxis", "acomp"})


def circumstantial(verb: Token) -> bool:
    """Whether the verb sits in a clause of attendant circumstance ("as ...", "while ...")."""
    token, steps = verb, 0
    while token.head is not token and steps < 6:
        if token.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CIRCUMSTANCE_MARKERS for m in token.children):
            return True
        token, steps = token.head, steps + 1
    return False


def same_predicate(verb: Token) -> list[Token]:
    """A folded complement with the verbs that complete it ("be ready to mediate")."""
    out, queue = [], [verb]
    while queue:
        token = queue.pop()
        out.append(token)
        queue.extend(c for c in token.children
                     if c.dep_ in {"xcomp", "acomp", "ccomp"} or (c.dep_ == "conj" and token is not verb))
    return out


def is_purpose(verb: Token) -> bool:
    return verb.dep_ in {"advcl", "xcomp"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def verbs_top_down(sent: Span) -> Iterator[Token]:
    """Verbs of the sentence's clause spine (root, coordinated, complement and adverbial
    clauses) in breadth-first order, so that governing verbs come first. Verbs inside noun
    phrases (relative clauses, participles) describe their noun, not a new event; except the
    relative clause of a named person, which reports what that person does: "President Reagan
    today had talks with Kenyan President Daniel Arap Moi, who afterwards appealed for more U.S.
    investment in Kenya" (after the spine)."""
    queue = [sent.root]
    predicate = misparsed_predicate(sent)
    if predicate is not None:
        queue.append(predicate)
    queue.extend(t for t in sent if (is_named_relative(t) or is_content_relative(t))
                 and (predicate is None or t.i != predicate.i))
    while queue:
        token = queue.pop(0)
        if token.pos_ in {"VERB", "AUX"} or token.i == sent.root.i:
            yield token
        queue.extend(c for c in token.children if c.dep_ in SPINE_DEPS)


def is_named_relative(verb: Token) -> bool:
    """A "..., who ..." clause of a name: the relative pronoun is its subject, the name its antecedent."""
    return (verb.dep_ == "relcl" and verb.pos_ == "VERB" and verb.head.pos_ == "PROPN"
            and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children))


def is_content_relative(verb: Token) -> bool:
    """A "... in which ..." clause of a speech, statement or letter says what was said in it, and
    that is the news: "He delivered a speech in which he condemned rioters who desecrate statues",
    "Biden delivered a speech in Delaware in which he called Trump a "climate arsonist"" (the speech is
    the channel, the condemnation the act)."""
    if verb.dep_ != "relcl" or verb.pos_ != "VERB" or verb.head.lemma_.lower() not in UTTERANCE_NOUNS:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "which" for g in c.children)
               for c in verb.children) or any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children)


def message_clause(verb: Token) -> Token | None:
    """The "that ... must/should" clause of a message the verb delivers ("sent a message that it should ...")."""
    for noun in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in MESSAGE_NOUNS):
        for clause in (c for c in noun.children if c.dep_ in {"acl", "ccomp"}):
            if has_modal(clause, OBLIGATION_MODALS):
                return clause
    return None


def reports_no_act(verb: Token) -> bool:
    """Verbs that look like an act but report none: "went missing" (motion with no destination
    makes no trip), "tested positive" (no weapons test), "took place" (no seizure)."""
    lemma = verb.lemma_.lower()
    if lemma == "test" and any(c.lower_ in TEST_RESULTS for c in verb.children):
        return True
    if lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children):
        return True  # "... to take place": an occurrence, not a seizure
    return lemma in COMING_GOING_VERBS and not any(
        c.dep_ in {"prep", "advmod", "dobj", "prt"} and c.lower_ in DESTINATION_WORDS for c in verb.children)


def is_phone_call(verb: Token) -> bool:
    """"telephoned Kozyrev", "called his Lebanese counterpart": a call to a person; "Trump and
    Erdogan spoke on the phone": a conversation by phone."""
    lemma = verb.lemma_.lower()
    if lemma in CONVERSING_VERBS and any(
            p.dep_ == "prep" and p.lower_ in PHONE_PREPS and any(g.lower_ in PHONE_NOUNS for g in p.children)
            for p in verb.children):
        return True
    if any(c.dep_ in {"oprd", "xcomp", "acomp"} for c in verb.children):
        return False  # "called D'Souza humble": a description, not a call
    return lemma in PHONE_VERBS and any(
        c.dep_ == "dobj" and (lemma != "call" or c.ent_type_ == "PERSON" or c.pos_ == "PROPN"
                              or c.lemma_.lower() == "counterpart")
        for c in verb.children)
