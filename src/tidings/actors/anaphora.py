"""Definite descriptions of organisations: "the Bank", "the company", "the ministry", "the group".

Such a phrase names no actor by itself; it refers back to the nearest earlier organisation it
fits, within a few sentences:

* by the name's last word: "the Bank" after "the World Bank", "the ministry" after "the Foreign
  Ministry", "the Fund" after "the International Monetary Fund";
* or by the kind of actor the noun denotes: "the company" after "Chrysler Corp", "the group"
  after "the Syrian Democratic Forces".

Every other word of the description must appear in the earlier name ("the foreign ministry"
after "Japan's Foreign Ministry"). Nothing fits: the phrase stays as it was (unresolved).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from tidings.actors.keys import normalise_key
from tidings.records import Actor

CLASS_NOUNS: dict[str, frozenset[str]] = {
    "company": frozenset({"company"}), "firm": frozenset({"company"}), "corporation": frozenset({"company"}),
    "bank": frozenset({"company"}), "fund": frozenset(), "lender": frozenset({"company"}),
    "group": frozenset({"armed_group", "ngo"}), "organisation": frozenset({"igo", "ngo", "armed_group"}),
    "organization": frozenset({"igo", "ngo", "armed_group"}), "militia": frozenset({"armed_group"}),
    "movement": frozenset({"armed_group", "party"}), "party": frozenset({"party"}),
    "ministry": frozenset(), "department": frozenset(), "agency": frozenset(), "body": frozenset({"igo"}),
    "alliance": frozenset({"igo"}), "bloc": frozenset({"igo"}), "charity": frozenset({"ngo"}),
    "newspaper": frozenset({"media"}), "broadcaster": frozenset({"media"}), "university": frozenset({"education"}),
}
"""Nouns a definite description of an organisation is headed by, and the kinds of actor each
may refer to by kind alone (an empty set: only by the name's last word)."""
DETERMINERS = frozenset({"the", "this", "that"})


def is_description(head: Token) -> bool:
    """"the Bank", "the company": a singular definite noun phrase headed by a class noun, with
    no modifiers but adjectives and compounds."""
    if head.lemma_.lower() not in CLASS_NOUNS or head.tag_ in ("NNS", "NNPS"):
        return False
    dets = [c for c in head.children if c.dep_ == "det"]
    if not dets or dets[0].lower_ not in DETERMINERS:
        return False
    return all(c.dep_ in ("det", "amod", "compound", "punct") for c in head.children if c.i < head.i)


def _words(actor: Actor) -> set[str]:
    return set(normalise_key(f"{actor.name or ''} {actor.text}").split(" "))


def refers_to(head: Token, earlier: Iterable[Actor]) -> Actor | None:
    """The nearest earlier organisation (``earlier`` is nearest first) the description fits."""
    noun = head.lemma_.lower()
    modifiers = {normalise_key(c.text) for c in head.children if c.i < head.i and c.dep_ in ("amod", "compound")}
    fitting = [a for a in earlier if a.kind not in ("person", "political_person", "location")
               and a.code is not None and modifiers <= _words(a)]
    # the name's own word first: "the Bank" is the World Bank even after "the IMF"
    by_name = (a for a in fitting if normalise_key(a.name or a.text).split(" ")[-1] in (noun, head.lower_))
    by_kind = (a for a in fitting if a.kind in CLASS_NOUNS[noun])
    return next(by_name, None) or next(by_kind, None)
