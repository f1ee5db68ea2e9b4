"""Pronouns: which earlier actors a pronoun may refer to, and which pronouns refer to none.

he/she look two sentences back for one person, it/its and they/them one sentence back for one
non-person or a plural group, reflexives stay in their sentence; "it is expected that ..." and
quoted speech refer to no earlier actor of the article.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from tidings.records import Actor

PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
THING_PRONOUNS = frozenset({"it", "its", "itself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
ANY_PRONOUN = PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS
PRONOUN_WINDOW = 2
AGENTIVE_ADJECTIVES = frozenset({
    "ready", "prepared", "willing", "unwilling", "determined", "eager", "keen", "committed", "reluctant",
    "able", "unable", "poised", "set", "open", "happy", "prepare", "commit", "determine",
})


def window(pronoun: str) -> int:
    """How many sentences back a pronoun may look: reflexives stay in their sentence,
    "it"/"they" look one sentence back, "he"/"she" two."""
    if pronoun.endswith(("self", "selves")):
        return 0
    return PRONOUN_WINDOW if pronoun in PERSON_PRONOUNS else 1


def agrees(pronoun: str, person: bool, plural: bool) -> bool:
    """he/she: one person; it/its: one non-person; they/them/their: a plural group."""
    if pronoun in PERSON_PRONOUNS:
        return person and not plural
    if pronoun in THING_PRONOUNS:
        return not person and not plural
    if pronoun in PLURAL_PRONOUNS:
        return plural
    return False


def paragraph_start(text: str, offset: int) -> int:
    """Where the paragraph holding ``offset`` starts: after the last blank line where the text
    sets its paragraphs apart by blank lines (a single line break is then a wrapped line), else
    after the last line break."""
    if "\n\n" in text:
        found = text.rfind("\n\n", 0, offset)
        return 0 if found < 0 else found + 2
    return text.rfind("\n", 0, offset) + 1


QUOTE_MARKS = '"\u201c\u201d'
CLOSING_NEIGHBOURS = frozenset(",.;:!?)")


def in_quotation(text: str, offset: int) -> bool:
    """True if ``offset`` lies inside quoted speech: the last quote mark before it opens a quote.

    Whether a straight mark opens or closes is read from its neighbours (a space before it
    opens, a space or punctuation after it closes), so a quote wrapped over several lines of
    wire copy that sets no paragraph apart still closes where it closes: '"China can further\n
    develop its foreign trade system so as to gain the maximum\nbenefit from its GATT
    participation," he said.' (reuters-925) and 'which end by benefitting no\none." He added,
    "It is crucial that the United States and the European Community remain friends."'
    (reuters-5717): "he" and "He" are outside the quote. A mark neither way falls back on
    counting the marks of the paragraph (an odd count: inside)."""
    start = paragraph_start(text, offset) if "\n\n" in text else 0
    at = max(text.rfind(mark, start, offset) for mark in QUOTE_MARKS)
    if at < 0:
        return False
    mark = text[at]
    if mark != '"':
        return mark == "\u201c"
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    if before.isspace() or before in "([":
        return True
    if after.isspace() or after in CLOSING_NEIGHBOURS:
        return False
    marks = text[paragraph_start(text, offset):offset]
    return (marks.count('"') + marks.count("\u201c") + marks.count("\u201d")) % 2 == 1


def pleonastic(token: Token) -> bool:
    """"it is expected that ...", "it seems": an "it" subject of a clause-taking predicate."""
    if token.lower_ != "it" or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if any(c.dep_ == "acomp" and c.lemma_.lower() in AGENTIVE_ADJECTIVES for c in token.head.children):
        return False  # "it is prepared to impose martial law": someone is
    return any(child.dep_ in ("ccomp", "xcomp", "acomp") for child in token.head.children) and \
        token.head.lemma_ in ("be", "seem", "appear", "expect", "say", "report", "believe", "remain")


REPORTING_VERBS = frozenset({"say", "report", "announce", "state", "claim", "confirm", "add", "insist",
                             "deny", "warn", "tell", "explain", "note", "declare", "write", "tweet"})
ORGANISATION_KINDS = frozenset({"igo", "ngo", "government", "company", "media", "armed_group", "party",
                                "state", "education", "sports"})


def reporting_subject(token: Token) -> Token | None:
    """The subject of the reporting verb whose reported clause ``token`` is the subject of:
    "UNICEF" in "UNICEF reported they had delivered over 105 thousand doses of vaccine to Samoa"
    (wikinews-32bb6b92daaa1afa), "RKO General" in "Gencorp's RKO General said it has asked the
    Federal Communication scommission to reverse" (reuters-21434)."""
    if token.lower_ not in ("it", "they") or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = token.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_VERBS:
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj" and c.i < token.i), None)


def speaker_referent(token: Token, actor_for: Callable[[Token], Actor | None],
                     is_plural: Callable[[Token], bool]) -> Actor | None:
    """The speaking organisation a reported "it"/"they" stands for: "it" one organisation,
    "they" an organisation (spoken of as its people) or a plural group; None otherwise."""
    subject = reporting_subject(token)
    if subject is None:
        return None
    speaker, speaker_plural = actor_for(subject), is_plural(subject)
    if speaker is None or speaker.kind in ("person", "political_person") or not (speaker.code or speaker.country):
        return None
    fits = speaker.kind in ORGANISATION_KINDS and not speaker_plural if token.lower_ == "it" else (
        speaker.kind in ORGANISATION_KINDS or speaker_plural)
    return speaker.model_copy(update={"text": token.text, "name": speaker.name or speaker.text}) if fits else None
