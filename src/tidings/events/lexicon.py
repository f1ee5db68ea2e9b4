"""Verb and noun lexicons for event coding, matched against the dependency parse.

The verb lexicon is PETRARCH2's CAMEO verb dictionary (MIT, Open Event Data
Alliance) converted by ``scripts/build_verb_lexicon.py``; each verb block has a
default CAMEO code and patterns of words that must appear before the verb, after
it, or in a prepositional phrase attached to it. Tidings' own additions for
common verbs the dictionary lacks and for event nouns live in
:mod:`tidings.events.codes`; event nouns are read by :mod:`tidings.events.event_nouns`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from tidings.events.codes import VERB_ADDITIONS, VERB_OBJECT_CODES
from tidings.events.event_nouns import noun_event_code
from tidings.events.stance_terms import (
    ASSAULT_VERBS,
    CROWD_NOUNS,
    GATHERING_VERBS,
    HARM_VERBS,
    UNARMED_ATTACKERS,
)
from tidings.events.terms import (
    APPEAL_FOR_VERBS,
    ARRIVAL_VERBS,
    DEPARTURE_VERBS,
    EXPULSION_PARTICLES,
    EXPULSION_VERBS,
    FIRE_PREPS,
    NOT_RETURNED,
    PEACEKEEPING,
    PHYSICAL_TARGETS,
    QUANTITY_HEADS,
    REFLEXIVES,
    RETURN_VERBS,
    RETURNED_PEOPLE,
    TROOP_NOUNS,
)
from tidings.ontology import load_json
from tidings.tone import lexicon as word_valences

CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis", "csubj", "acl"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


@dataclass(frozen=True, slots=True)
class Pattern:
    pre: tuple[str, ...]
    post: tuple[str, ...]
    preps: tuple[tuple[frozenset[str], tuple[str, ...]], ...]
    code: str | None
    code2: str | None
    anchor: str | None = None
    """A single literal word the pattern needs, to skip it cheaply when the clause lacks it."""

    @property
    def size(self) -> int:
        return len(self.pre) + len(self.post) + sum(1 + len(words) for _, words in self.preps)


@dataclass(frozen=True, slots=True)
class Block:
    name: str
    default: str | None
    patterns: tuple[Pattern, ...]


@dataclass(frozen=True, slots=True)
class Match:
    code: str | None
    code2: str | None
    score: int
    block: str


@dataclass(frozen=True)
class VerbLexicon:
    """What the event coder looks words up in: the verb dictionary's synsets, blocks and verbs, and
    word valences (VADER's, from :mod:`tidings.tone`) by which a characterisation judges its object
    ("described Pompeo as reckless"). Load it once with :meth:`load` and pass it to the coder."""

    synsets: dict[str, frozenset[str]]
    blocks: dict[str, Block]
    verbs: dict[str, tuple[tuple[str | None, str], ...]]
    valences: Mapping[str, float]

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> VerbLexicon:
        raw = load_json("verb_lexicon.json")
        blocks = {
            name: Block(
                name=name,
                default=body["default"],
                patterns=tuple(
                    Pattern(
                        pre=tuple(p["pre"]), post=tuple(p["post"]),
                        preps=tuple((frozenset(prep.split("|")), tuple(words)) for prep, words in p["preps"]),
                        code=p["code"], code2=p["code2"], anchor=_anchor(p),
                    )
                    for p in body["patterns"]
                ),
            )
            for name, body in raw["blocks"].items()
        }
        verbs = {lemma: tuple((p, b) for p, b in entries) for lemma, entries in raw["verbs"].items()}
        for lemma, particle, code in VERB_ADDITIONS:
            name = f"TIDINGS:{lemma}:{particle or ''}"
            blocks[name] = Block(name=name, default=code, patterns=())
            # Tidings' additions come first so that they take precedence over an empty default.
            verbs[lemma] = ((particle, name), *verbs.get(lemma, ()))
        return cls(synsets={k: frozenset(v) for k, v in raw["synsets"].items()}, blocks=blocks, verbs=verbs,
                   valences=word_valences())

    def has_verb(self, lemma: str) -> bool:
        return lemma in self.verbs

    def match(self, verb: Token) -> Match | None:
        """The best CAMEO code for a verb token in its parse context, or None."""
        lemma = verb.lemma_.lower()
        object_code = _verb_object_code(verb, lemma)
        if object_code is not None:
            return Match(object_code, None, 10, "TIDINGS:verb-object")
        entries = self.verbs.get(lemma)
        if not entries:
            return None
        context = VerbContext.of(verb)
        best: Match | None = None
        fallback: Match | None = None
        for particle, block_name in entries:
            if particle is not None and not context.has_particle(particle):
                continue
            block = self.blocks[block_name]
            bonus = 2 if particle else 0
            for pattern in block.patterns:
                if pattern.anchor is not None and pattern.anchor not in context.all_words:
                    continue
                score = self._score(pattern, context)
                if score and (best is None or score + bonus > best.score):
                    best = Match(pattern.code, pattern.code2, score + bonus, block.name)
            if block.default and (fallback is None or bonus > fallback.score):
                fallback = Match(block.default, None, bonus, block.name)
        if best is not None and (fallback is None or best.score > fallback.score):
            return best
        return fallback

    def _has(self, word: str, words: frozenset[str], text: str) -> bool:
        if word.startswith("&"):
            members = self.synsets.get(word, frozenset())
            return any(m in words or (" " in m and f" {m} " in text) for m in members)
        if " " in word:
            return f" {word} " in text
        return word in words

    def _score(self, pattern: Pattern, ctx: VerbContext) -> int:
        if not (pattern.pre or pattern.post or pattern.preps):
            return 0
        for word in pattern.pre:
            if not self._has(word, ctx.pre_words, ctx.pre_text):
                return 0
        for word in pattern.post:
            if not self._has(word, ctx.post_words, ctx.post_text):
                return 0
        for preps, words in pattern.preps:
            if not any(
                prep in preps and all(self._has(w, obj_words, obj_text) for w in words)
                and (words or named)  # a bare "(WITH)" stands for "with <actor>"
                for prep, obj_words, obj_text, named in ctx.preps
            ):
                return 0
        return pattern.size


@dataclass(frozen=True, slots=True)
class VerbContext:
    """The words around a verb that its patterns may test."""

    pre_words: frozenset[str]
    pre_text: str
    post_words: frozenset[str]
    post_text: str
    preps: tuple[tuple[str, frozenset[str], str, bool], ...]
    particles: frozenset[str]
    all_words: frozenset[str] = frozenset()

    @classmethod
    def of(cls, verb: Token) -> VerbContext:
        pre: list[Token] = []
        post: list[Token] = []
        preps: list[tuple[str, frozenset[str], str, bool]] = []
        particles: set[str] = set()
        for child in verb.children:
            if child.dep_ in CLAUSE_DEPS or child.dep_ in {"punct", "cc", "mark"}:
                continue
            if child.dep_ in {"prt", "prep", "agent", "dative"}:
                particles.add(child.lower_)
            if child.i < verb.i:
                if child.dep_ not in {"aux", "auxpass"}:
                    pre.extend(clause_subtree(child))
                continue
            phrase = clause_subtree(child)
            post.extend(phrase)
            if child.dep_ in {"prep", "agent"}:
                preps.append(_prep_entry(child, phrase))
            elif child.dep_ in {"dobj", "attr", "oprd", "xcomp", "acomp", "npadvmod"}:
                for grandchild in child.children:
                    if grandchild.dep_ == "prep":
                        preps.append(_prep_entry(grandchild, clause_subtree(grandchild)))
        pre_words, post_words = _words(pre), _words(post)
        every = pre_words | post_words | {w for _, words, _, _ in preps for w in words}
        return cls(
            pre_words=pre_words, pre_text=_text(pre), post_words=post_words, post_text=_text(post),
            preps=tuple(preps), particles=frozenset(particles), all_words=frozenset(every),
        )

    def has_particle(self, particle: str) -> bool:
        return particle.split()[0] in self.particles


def _anchor(raw: dict[str, Any]) -> str | None:
    literals: list[str] = [*raw["pre"], *raw["post"], *(w for _, words in raw["preps"] for w in words)]
    for word in literals:
        if not word.startswith("&") and " " not in word:
            return word
    return None


def clause_subtree(token: Token, max_depth: int = 3) -> list[Token]:
    """The token's phrase near the verb: its subtree to ``max_depth`` levels, without nested
    clauses (relative, adverbial, complement) or verbs of their own ("of restoring ...")."""
    out: list[Token] = []
    stack = [(token, 0)]
    while stack:
        tok, depth = stack.pop()
        out.append(tok)
        if depth >= max_depth:
            continue
        stack.extend(
            (c, depth + 1) for c in tok.children
            if (c.dep_ not in CLAUSE_DEPS or (tok.i == token.i and c.dep_ == "conj"))
            and not (c.dep_ in {"pcomp", "acl"} and c.pos_ in {"VERB", "AUX"})
        )
    out.sort(key=lambda t: t.i)
    return out


def _prep_entry(prep: Token, phrase: list[Token]) -> tuple[str, frozenset[str], str, bool]:
    rest = [t for t in phrase if t.i != prep.i]
    named = any(t.pos_ == "PROPN" or t.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"} for t in rest)
    return prep.lower_, _words(rest), _text(rest), named


def _verb_object_code(verb: Token, lemma: str) -> str | None:
    if lemma in ARRIVAL_VERBS and any(_words(list(c.subtree)) & PEACEKEEPING for c in _subject_heads(verb)):
        return "074"  # "peacekeeping troops arrived in Bosnia": peacekeeping, not a visit
    if lemma == "go":  # "went on (a hunger) strike": the event noun's code, not a trip
        for noun in (g for p in verb.children if p.dep_ == "prep" and p.lower_ == "on" for g in p.children):
            if (code := noun_event_code(noun)) is not None:
                return code
    if lemma in GATHERING_VERBS and _crowd(_subject_heads(verb)):
        return "141"  # "Thousands of people had gathered outside the National Congress": a demonstration
    if (code := _violence_by_doer(verb, lemma)) is not None:
        return code
    if lemma in DEPARTURE_VERBS and _words(_subject_heads(verb)) & TROOP_NOUNS:
        return "0874"  # "American troops began leaving Afghanistan": a military withdrawal
    if lemma in EXPULSION_VERBS and any(c.dep_ == "prt" and c.lower_ in EXPULSION_PARTICLES for c in verb.children):
        return "174"  # "forced out 1,000 refugees from their homes": expelled
    heads = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if lemma == "set" and any(h.lower_ == "fire" for h in heads):  # "set fire to the offices of ..."
        heads = [g for h in (*heads, verb) for p in h.children if p.dep_ == "prep" and p.lower_ in FIRE_PREPS
                 for g in p.children if g.dep_ == "pobj"]
    if not heads:  # "provided support worth $50m": the parser takes the object for a recipient
        heads = [c for c in verb.children if c.dep_ == "dative" and c.pos_ == "NOUN"]
    if lemma in APPEAL_FOR_VERBS:  # "called for sanctions against Nigeria"
        heads.extend(g for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
                     for g in p.children if g.dep_ == "pobj")
    for head in list(heads):  # "captured part of a stronghold": the stronghold
        if head.lemma_.lower() in QUANTITY_HEADS or head.lower_ in QUANTITY_HEADS:  # "doses": lemma "dos"
            heads.extend(g for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children)
    heads.extend(c for h in list(heads) for c in h.conjuncts)  # "sent experts, equipment and drugs"
    objects = {c.lemma_.lower() for c in heads}
    objects |= {g.lemma_.lower() for c in heads for g in c.children if g.dep_ == "compound"}  # "mediation efforts"
    objects |= {g.lemma_.lower() for c in verb.children if c.dep_ == "prt" for g in c.children}
    if not objects:
        return None
    if lemma == "defend" and heads and not objects & (PHYSICAL_TARGETS | REFLEXIVES):
        return "052"  # "defended Mexico's immigration policy": defend verbally, not protect
    if lemma in RETURN_VERBS and heads and not objects & NOT_RETURNED:
        people = any(h.ent_type_ in {"PERSON", "NORP"} or h.lemma_.lower() in RETURNED_PEOPLE for h in heads)
        return "0841" if people else "0842"  # "returned the artifacts to Peru": return property
    for verbs, nouns, code in VERB_OBJECT_CODES:
        if lemma in verbs and objects & nouns:
            if code == "154" and _words(list(verb.subtree)) & PEACEKEEPING:
                return "074"  # "deploying 300 troops to the UN peacekeeping mission": protection
            return code
    return None


def _violence_by_doer(verb: Token, lemma: str) -> str | None:
    """"Last week a Kabul car bombing killed five" (1832): the harm an event of violence does is
    that event; "journalists were attacked by protesters" (182): people who bear no arms assault."""
    doers = _subject_heads(verb)
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if lemma in HARM_VERBS:
        for doer in doers:
            code = noun_event_code(doer)
            if code and code[:2] in {"18", "19", "20"}:
                return code
    if lemma in ASSAULT_VERBS and any(d.lemma_.lower() in UNARMED_ATTACKERS or d.lower_ in UNARMED_ATTACKERS
                                      for d in doers):
        return "182"
    return None


def _crowd(heads: list[Token]) -> bool:
    """A subject that is a crowd: "thousands of people", "protesters", "several thousand supporters"."""
    for head in heads:
        words = {head.lemma_.lower(), head.lower_}
        words |= {g.lemma_.lower() for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"}
        if words & CROWD_NOUNS:
            return True
    return False


def _subject_heads(verb: Token) -> list[Token]:
    """The verb's subject, or that of the verb it complements ("began leaving")."""
    for token in (verb, verb.head):
        found = [c for c in token.children if c.dep_ == "nsubj"]
        if found or token.dep_ not in {"xcomp", "conj"}:
            return found
    return []


def _words(tokens: list[Token]) -> frozenset[str]:
    return frozenset(w for t in tokens for w in (t.lower_, t.lemma_.lower()))


def _text(tokens: list[Token]) -> str:
    return " " + " ".join(t.lower_ for t in tokens) + " "
