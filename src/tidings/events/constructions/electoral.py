"""Electoral competition is no event between actors (the real-news protocol: "Not coded: elections,
leadership votes and ordinary votes on bills"). Campaign verbs take dictionary senses that are
events ("held" 17 coerce, "defeated" 19 force, "led" 06 cooperate, "ended" 16, "called" 02):

* "On Monday, Canada held a general election to select the members of the House of Commons"
* "On Wednesday, United States Senator from Vermont Bernie Sanders ended his bid for the Democratic
  Party's nomination in the 2020 United States presidential election."
* "Three months ago, I entered the race for President to defeat Donald Trump."
* "Biden led Trump 47 percent to 38 percent" (in a poll)

A verb of the campaign whose object, or object of a preposition, is an electoral noun ("election",
"race", "nomination", "poll"), or that defeats, beats or leads a rival in a clause about such a
contest, codes nothing."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from tidings.events.constructions.base import SKIP, Context, Outcome

ELECTORAL_NOUNS: Final = frozenset({
    "election", "elections", "race", "primary", "primaries", "nomination", "candidacy", "poll", "polls",
    "ballot", "ballots", "runoff", "run-off", "caucus", "caucuses", "delegate", "delegates", "seat", "seats",
    "referendum", "plebiscite", "by-election",
})
"""Nouns of an electoral contest (lemmas or forms)."""

CAMPAIGN_VERBS: Final = frozenset({
    "hold", "win", "lose", "contest", "enter", "end", "suspend", "drop", "quit", "abandon", "launch", "lead",
    "amass", "call", "run", "seek", "fill", "defeat", "beat", "trail", "clinch", "sweep", "concede", "compete",
    "vie",
})
"""Verbs by which a candidate or a state competes for or holds an election ("held a referendum",
"ended his bid", "won the seat", "called the election for Biden")."""

OFFICE_NOUNS: Final = frozenset({
    "post", "role", "leadership", "presidency", "premiership", "chairmanship", "governorship", "mayoralty",
    "speakership",
})
"""Offices competed for ("Johnson competed for the role against Jeremy Hunt"), by the verbs of
competing for one (not "call", "lead": "called the presidency", "led the party's leadership")."""
OFFICE_VERBS: Final = frozenset({"compete", "vie", "run", "seek", "win", "lose", "contest", "hold", "fill"})

RIVAL_VERBS: Final = frozenset({"defeat", "beat", "lead", "trail", "oust", "unseat"})
"""Verbs that set one candidate against another ("defeated incumbent Senator Elizabeth Dole")."""

CONTEST_PREPS: Final = frozenset({"for", "of"})
"""Prepositions naming the contest on the verb or its object ("ended his bid for the nomination");
not "during", "in" or "after", which name the time of another act ("arrested during the election")."""


def _is_electoral(token: Token) -> bool:
    return token.lemma_.lower() in ELECTORAL_NOUNS or token.lower_ in ELECTORAL_NOUNS


def _contest_words(verb: Token) -> list[Token]:
    """The verb's direct object and the objects of "for"/"of" on the object, and, but for "call"
    ("called for elections" is a demand), on the verb ("ran for the seat")."""
    out = [] if verb.lemma_.lower() == "call" else _pobjs(verb)
    for child in verb.children:
        if child.dep_ in {"dobj", "attr", "nsubjpass"}:
            out += [child, *_pobjs(child)]
    return out


def _pobjs(head: Token) -> list[Token]:
    return [g for p in head.children if p.dep_ == "prep" and p.lower_ in CONTEST_PREPS
            for g in p.children if g.dep_ == "pobj"]


def _in_contest(verb: Token) -> bool:
    """The clause or the clause it serves is about an electoral contest ("entered the race for
    President to defeat Donald Trump", "to become the first female Democratic US Senator")."""
    clauses = [verb, *([verb.head] if verb.dep_ in {"xcomp", "advcl", "conj", "relcl"} else [])]
    return any(_is_electoral(t) for c in clauses for t in _contest_words(c)) or any(
        c.dep_ == "xcomp" and c.lemma_.lower() == "become" for c in verb.children)


def electoral_sense(verb: Token, ctx: Context) -> Outcome:
    """A campaign verb with an electoral object ("held a general election", "ended his bid for the
    nomination"), or a rival verb in an electoral clause ("entered the race ... to defeat Trump"):
    competition for office, not an act between actors."""
    if ctx.lemma not in CAMPAIGN_VERBS:
        return None
    contested = _contest_words(verb)
    if any(_is_electoral(t) for t in contested):
        return SKIP
    if ctx.lemma in OFFICE_VERBS and any(t.lemma_.lower() in OFFICE_NOUNS for t in contested):
        return SKIP  # "competed for the role against Jeremy Hunt", "who held the post of Speaker"
    if ctx.lemma in RIVAL_VERBS and _in_contest(verb):
        return SKIP
    return None
