"""Dependency-tree helpers for actor phrases: what belongs to a noun phrase, where it
attaches, and which heads are relational ("a member of ...") or locative ("in Tokyo")."""

from __future__ import annotations

from spacy.tokens import Token

CORE_DEPS = frozenset({"compound", "amod", "poss", "appos", "nmod", "flat", "nn", "det", "nummod",
                       "quantmod", "case", "npadvmod", "punct", "hyph"})
SECONDARY_PREPS = frozenset({"of", "in", "from"})
CLIMB_DEPS = frozenset({"compound", "amod", "poss", "nmod", "flat", "nn", "appos"})
RELATIONAL_HEADS = frozenset({"member", "head", "chief", "representative", "delegation", "part",
                              "wing", "unit", "faction", "group", "members", "leadership", "side",
                              # quantities of people: "thousands of Iraqi Kurds"
                              "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens",
                              "million", "millions", "score", "scores", "ten", "tens", "number",
                              "crowd", "crowds", "some", "many", "most", "several", "all", "none",
                              # organisations named after their members: "Nigerian Union of Teachers"
                              "union", "association", "federation", "syndicate", "league"})
NON_IDENTITY_HEADS = frozenset({"ally", "enemy", "rival", "opponent", "neighbour", "neighbor",
                                "partner", "foe", "critic", "adversary", "counterpart"})
PERSON_ROLE_LEMMAS = frozenset({
    "leader", "president", "premier", "chancellor", "minister", "secretary", "envoy", "adviser",
    "advisor", "aide", "ambassador", "king", "queen", "emperor", "monarch", "prince", "spokesman",
    "spokeswoman", "spokesperson", "official", "commander", "general", "diplomat", "judge",
    "dictator", "ruler", "chief", "head", "governor", "mayor", "negotiator", "lawmaker",
})
PARTNER_PREPS = frozenset({"with", "between", "by", "against", "on", "to", "toward", "towards", "from",
                           "of", "for", "and"})
MATERIAL_VERBS = frozenset({"shell", "bomb", "attack", "blockade", "besiege", "storm", "shut", "paralyse",
                            "paralyze", "hit", "strike", "raid", "capture", "seize", "enter", "occupy",
                            "flood", "rock", "surround", "invade", "liberate", "bombard", "pound",
                            "encircle", "evacuate", "cripple", "target"})
EVENT_NOUNS = frozenset({"war", "wars", "conflict", "crisis", "revolution", "invasion", "occupation",
                         "genocide", "uprising", "election", "elections", "referendum", "campaign",
                         "olympics", "games", "earthquake", "disaster", "scandal", "affair"})
EVENT_WINDOW = 3


def names_an_event(token: Token, role_words: set[int]) -> bool:
    """A country naming an event, not an actor's country: "Adam Kokesh, an Iraq War veteran"
    (wikinews-b9285f87ec3c69f9) is American, "Congressional investigators of the Iran-contra
    scandal" (reuters-5405) are not Iranian. ``token`` is the place's last word; the event noun
    follows it in the same compound ("a Vietnam war veteran", "the Syrian civil war"), unless
    it belongs to a role noun (``role_words``: "the Syrian election commission") or a participle
    makes the country a party to it ("the US-led war against Iraq", PLOVER dev REJECT-0008)."""
    doc = token.doc
    index = token.i + 1
    while index < len(doc) and index - token.i <= EVENT_WINDOW:
        word = doc[index]
        if word.lower_ in EVENT_NOUNS:
            return index not in role_words and _describes_another_noun(word, role_words)
        if word.tag_ == "VBN":
            return False             # "the US-led war against Iraq": the US wages it
        if word.dep_ not in ("compound", "amod", "hyph", "punct") or (word.dep_ == "punct" and word.text != "-"):
            return False
        index += 1
    return False


def _describes_another_noun(event_noun: Token, role_words: set[int]) -> bool:
    """The event noun describes someone else ("an Iraq War veteran", "investigators of the
    Iran-contra scandal"), so its country is not theirs; where the event is itself the phrase
    ("Russia questioned the legitimacy of the Ukrainian elections") the country owns it."""
    if event_noun.dep_ == "compound":
        return True
    prep = event_noun.head
    return event_noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i in role_words


def core_tokens(head: Token) -> list[Token]:
    """The head and its phrase-internal dependents (recursively), in document order.

    The possessor of a relation noun is another actor ("Israel's ally") and is left out.
    """
    found = [head]
    stack = [head]
    skip_poss = head.lemma_.lower() in NON_IDENTITY_HEADS
    while stack:
        token = stack.pop()
        for child in token.children:
            if child.dep_ == "poss" and skip_poss:
                continue
            if child.dep_ in CORE_DEPS:
                found.append(child)
                stack.append(child)
    return sorted(found, key=lambda t: t.i)


def prep_objects(tokens: list[Token], preps: frozenset[str]) -> list[Token]:
    """Objects of the given prepositions attached to ``tokens``."""
    return [obj for token in tokens for child in token.children
            if child.dep_ == "prep" and child.lower_ in preps
            for obj in child.children if obj.dep_ == "pobj"]


def secondary_tokens(head: Token, core: list[Token]) -> list[Token]:
    """Objects of of/in/from attached to the core (two levels: "workers of the X Company of
    Tehran"), and the phrase an appositive hangs on."""
    first = [t for obj in prep_objects(core, SECONDARY_PREPS) for t in core_tokens(obj)]
    second = [t for obj in prep_objects(first, SECONDARY_PREPS) for t in core_tokens(obj)]
    extra = first + second
    if head.dep_ == "appos" and head.head.pos_ in ("NOUN", "PROPN"):
        extra.extend(t for t in core_tokens(head.head) if t not in core)
    return extra


def phrase_head(token: Token) -> Token:
    """Climb from a token inside a noun phrase to the phrase head."""
    current = token
    while current.dep_ in CLIMB_DEPS and current.head is not current and current.head.pos_ in ("NOUN", "PROPN"):
        current = current.head
    return current


def is_metonymic(token: Token) -> bool:
    """A capital used for its government: subject, possessor, agent, partner ("talks with
    Pyongyang"), or object of a non-material verb ("warned Washington")."""
    if token.dep_ in ("nsubj", "nsubjpass", "poss", "ROOT", "appos", "conj"):
        return token.dep_ != "conj" or is_metonymic(token.head)
    if token.dep_ == "pobj":
        return token.head.lower_ in PARTNER_PREPS
    if token.dep_ == "dobj":
        return token.head.lemma_.lower() not in MATERIAL_VERBS
    return False


def is_person_role(head: Token) -> bool:
    """True if the head noun denotes one person by role ("leader", "minister")."""
    return head.lemma_.lower() in PERSON_ROLE_LEMMAS


def wrapped_name(head: Token) -> list[Token]:
    """A personal name the tagger cut at a wrapped line: "West German President Richard von\n
    Weizsaecker said both debtor and creditor nations share responsibility" (reuters-5864) tags
    "Richard von" a person and "Weizsaecker" nothing; the whole name, so that "Weizsaecker" later
    in the article is the West German president. Empty if ``head`` ends no such name."""
    doc = head.doc
    if head.ent_type_ or not head.is_title or head.i < 2:
        return []
    gap, before = doc[head.i - 1], doc[head.i - 2]
    if not (gap.is_space and "\n" in gap.text and before.ent_type_ == "PERSON"):
        return []
    start = before.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return [*doc[start:before.i + 1], head]
