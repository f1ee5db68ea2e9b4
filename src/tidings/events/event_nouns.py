"""Event nouns: the CAMEO code a noun names ("talks", "a hunger strike", "a joint exercise").

Used by the constructions that read nominal events ("held talks", "an attack on", "sanctions
against") and by the verb lexicon where a verb's subject or object is an event noun.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.events.codes import NOUN_EVENTS
from tidings.events.stance_terms import FIGHT_NOUNS, FIGURATIVE_FIGHTS, VIOLENCE_NOUNS
from tidings.events.terms import EFFORT_NOUNS, JOINT_MODIFIERS, PEACEKEEPING, STRIKE_VERBS


def noun_event_code(noun: Token) -> str | None:
    """CAMEO code of an event noun ("meeting", "hunger strike", "aid"), or None."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    lemma = noun.lemma_.lower()
    if lemma in FIGHT_NOUNS and any(c.dep_ in {"compound", "amod"} and c.lower_ in FIGURATIVE_FIGHTS
                                    for c in noun.children):
        return None  # "a court battle", "a trade war": no violence
    for child in noun.children:
        if child.dep_ in {"compound", "amod"} and child.i == noun.i - 1:
            pair = f"{child.lower_} {lemma}"
            code = VIOLENCE_NOUNS.get(pair) or NOUN_EVENTS.get(pair)  # "a car bombing", "a chemical attack"
            if code:
                return _joint_exercise(noun, code)
        if child.i == noun.i - 2 and noun.doc[noun.i - 1].text == "-":  # "cease-fire"
            code = NOUN_EVENTS.get(f"{child.lower_}-{lemma}")
            if code:
                return code
    if lemma == "strike" and noun.head.lemma_.lower() in STRIKE_VERBS:
        return "190"
    code = None
    if lemma in EFFORT_NOUNS:  # "a mediation effort", "a mediation mission": the compound's event
        code = next((NOUN_EVENTS[c.lemma_.lower()] for c in noun.children  # "went on a stabbing spree"
                     if c.dep_ in {"compound", "amod"} and c.lemma_.lower() in NOUN_EVENTS), None)
    code = code or NOUN_EVENTS.get(lemma) or NOUN_EVENTS.get(noun.lower_)
    return _peacekeeping(noun, _joint_exercise(noun, code)) if code else None


def _peacekeeping(noun: Token, code: str) -> str:
    """"the deployment of 230 troops to Liberia on a peacekeeping mission": protection (074)."""
    return "074" if code == "154" and _sentence_words(noun) & PEACEKEEPING else code


def _joint_exercise(noun: Token, code: str) -> str:
    """"A joint military exercise": military cooperation (062), not a show of force (150)."""
    if code != "150":
        return code
    if any(c.dep_ == "amod" and c.lower_ in JOINT_MODIFIERS for c in noun.children):
        return "062"
    verb = noun
    for _ in range(4):  # "launched 10 days of war games": up to the verb
        if verb.pos_ in {"VERB", "AUX"} or verb.head is verb:
            break
        verb = verb.head
    partners = any(c.dep_ == "prep" and c.lower_ == "with" for c in (*noun.children, *verb.children))
    allies = any(_conjuncts(s) or any(m.dep_ in {"amod", "compound"} and _conjuncts(m) for m in s.children)
                 for s in verb.children if s.dep_ in {"nsubj", "nsubjpass"})  # "French and Egyptian warships"
    return "062" if partners or allies else code  # "X and Y held war games", "drills with Russia"


def _conjuncts(token: Token) -> tuple[Token, ...]:
    """The words coordinated with ``token`` ("French" in "French and Egyptian warships"); often none.

    spaCy's stub declares ``Token.conjuncts`` as ``Tuple[Token]``, a tuple of exactly one word, so a
    type checker takes it as always true; at run time it is empty when nothing is coordinated.
    """
    return tuple(token.conjuncts)


def _sentence_words(noun: Token) -> frozenset[str]:
    """The noun's sentence's words and their lemmas."""
    return frozenset(w for t in noun.sent for w in (t.lower_, t.lemma_.lower()))
