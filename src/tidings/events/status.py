"""Status of an event clause (asserted, planned, negated or hypothetical) and the CAMEO code
it implies: an announced visit is an intent (036), announced force a threat (13x), a
refused concession a rejection (12x), and an intent carried out its enacted code."""

from __future__ import annotations

from spacy.tokens import Token

from tidings.events.terms import (
    CONDITIONAL_MARKS,
    FUTURE_AUX,
    HYPOTHETICAL_AUX,
    NEGATING_HEADS,
    NEGATORS,
    PLANNING_HEADS,
    REFUSING_AUX,
    SCHEDULING_HEADS,
)
from tidings.records import Status


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
    return verb.dep_ == "xcomp" and head.lemma_.lower() in NEGATING_HEADS


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
        if token.i != verb.i and token.lemma_.lower() in PLANNING_HEADS:
            return True
        # "is to visit", "was set to meet"
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in SCHEDULING_HEADS:
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


THREAT_BY_ROOT = {"14": "133", "15": "138", "16": "131", "17": "132", "18": "1383", "19": "1384", "20": "1385"}
THREAT_BY_CODE = {"162": "1311", "163": "1312", "161": "1313", "164": "134", "165": "135", "166": "136",
                  "175": "137", "191": "1381", "192": "1382", "172": "132", "173": "132"}
INTENT_BY_ROOT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
ENACTED_INTENT = {
    "030": "060", "031": "060", "032": "050", "033": "070", "034": "083", "035": "080", "0351": "081",
    "0352": "082", "0353": "084", "0354": "085", "0355": "086", "0356": "087", "036": "040", "039": "045",
}


def announced_code(code: str, status: Status) -> str:
    """CAMEO codes announced cooperation as intent ("will visit" -> 036) and announced
    force or sanctions as a threat ("will impose a curfew" -> 132)."""
    if status != "planned":
        return code
    if code[:2] in INTENT_BY_ROOT:
        return INTENT_BY_ROOT[code[:2]]
    if code[:2] in THREAT_BY_ROOT:
        return THREAT_BY_CODE.get(code[:3], THREAT_BY_ROOT[code[:2]])
    return code


def enacted_code(code: str) -> str:
    """The CAMEO code of doing what an intent code (03x) promises: 0333 -> 073, 036 -> 040."""
    if code in ENACTED_INTENT:
        return ENACTED_INTENT[code]
    if len(code) == 4 and code[:3] in {"031", "033"}:
        return ("06" if code[2] == "1" else "07") + code[3]
    return ENACTED_INTENT.get(code[:3], code)
