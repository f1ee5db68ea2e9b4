"""Status of an event clause: asserted, planned, negated or hypothetical."""

from __future__ import annotations

from spacy.tokens import Token

from tidings.records import Status

FUTURE_AUX = frozenset({"will", "shall", "'ll", "would", "wo"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "should"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
NEGATING_HEADS = frozenset({"fail", "refuse", "decline", "deny", "cancel", "postpone", "call"})
PLANNING_HEADS = frozenset({
    "plan", "intend", "agree", "expect", "schedule", "set", "prepare", "promise", "pledge", "vow",
    "aim", "want", "hope", "seek", "offer", "threaten",
})
NEGATORS = frozenset({"not", "n't", "never", "no"})


def _clause_chain(verb: Token, limit: int = 3) -> list[Token]:
    """The verb and the verbs governing it through xcomp/aux links (for "did not agree to meet")."""
    chain = [verb]
    current = verb
    for _ in range(limit):
        if current.dep_ in {"xcomp", "conj"} and current.head is not current:
            current = current.head
            chain.append(current)
        else:
            break
    return chain


def is_negated(verb: Token) -> bool:
    if any(c.dep_ == "neg" or (c.dep_ in {"advmod", "det"} and c.lower_ in NEGATORS) for c in verb.children):
        return True
    if any(c.dep_ == "dobj" and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children) for c in verb.children):
        return True  # "provided no details"
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in NEGATING_HEADS - {"call"}


def is_conditional(verb: Token) -> bool:
    token = verb
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in token.children):
            return True
        if token.dep_ not in {"xcomp", "conj", "ccomp", "advcl"} or token.head is token:
            return False
        token = token.head
    return False


def is_planned(verb: Token) -> bool:
    for token in _clause_chain(verb):
        children = list(token.children)
        if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in FUTURE_AUX for c in children):
            return True
        if any(c.lower_ == "going" and c.dep_ == "aux" for c in children):
            return True
        if token is not verb and token.lemma_.lower() in PLANNING_HEADS:
            return True
        # "is to visit", "was set to meet"
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in {"be", "set", "due", "scheduled"}:
            return True
    return False


def status_of(verb: Token) -> Status:
    """Negation wins over condition, which wins over future or intent."""
    if any(is_negated(t) for t in _clause_chain(verb)):
        return "negated"
    if is_conditional(verb) or any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in verb.children):
        return "hypothetical"
    if is_planned(verb):
        return "planned"
    return "asserted"


REFUSING_AUX = frozenset({"will", "wo", "would", "shall", "can", "ca"})
REFUSAL_BY_PREFIX = {
    "081": "1241", "082": "1242", "083": "123", "084": "1243", "085": "1244", "086": "1245", "087": "1246",
    "061": "1211", "062": "1212", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124",
}


def is_refusal(verb: Token) -> bool:
    """"will not lift the ban", "cannot accept more refugees": a cooperative act negated with a
    modal of will or ability is announced as refused, not merely absent."""
    children = list(verb.children)
    return any(c.dep_ == "neg" for c in children) and any(
        c.dep_ == "aux" and c.lower_ in REFUSING_AUX for c in children
    )


def refused_code(code: str) -> str:
    """The CAMEO refusal (12x) matching a cooperative code: lift sanctions 085 -> 1244."""
    return REFUSAL_BY_PREFIX.get(code[:3]) or REFUSAL_BY_PREFIX.get(code[:2], code)
