"""Choosing the right phrase as an event's source or target where the first one the parse offers
is the channel, the topic or a co-actor, not a party (issue #13's wrong-target families).

Each rule reads the dependency parse only (relations, prepositions, word classes), never a
particular name; the real sentence it exists for is quoted beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from spacy.tokens import Token

from tidings.events.terms import SPEECH_VERBS
from tidings.records import Actor


class ActorLookup(Protocol):
    def actor_for(self, token: Token) -> Actor | None: ...

QUOTING_VERBS = frozenset({"quote", "cite"})
"""Verbs by which a channel passes on what someone else said ("quoted him as saying")."""

SAYING_VERBS = frozenset({"say", "state", "tell", "warn", "describe", "call", "announce", "add", "write"})
"""The verb of saying after "as" in "quoted X as saying ...": what the quoted person did."""

TOPIC_VERBS = frozenset({"discuss", "debate"})
"""Verbs whose direct object is what is talked about, not whom: "to discuss Libya–Turkey relations"."""

ADDRESS_PREPS = frozenset({"to"})
"""The preposition naming the addressee of a verb of writing or speaking ("wrote to the Embassy")."""

ASKING_VERBS = frozenset({"ask", "urge", "request", "demand", "call", "seek", "appeal", "press", "beg"})
"""Requests whose addressee a governing verb of communication may name ("wrote to X asking to ...")."""

WRITING_VERBS = frozenset({"write", "speak", "appeal", "turn", "go", "reach"})
"""Verbs of addressing someone through a "to"-phrase ("wrote to the US Embassy in London")."""


def quoted_saying(verb: Token) -> Token | None:
    """The "saying" of "X quoted/cited Y as saying ...", if the verb is such a quotation.

    "The official Saudi Press Agency quoted him as saying his talks at Riyadh with Nazir had been
    constructive and good." and "The Iranian spokesman was quoted by Tehran radio as saying the
    U.S. was trying to build up its military presence in the region.": the agency and the radio
    are the channel; the one quoted made the statement. The parser may hang the "as" phrase on a
    later clause of the verb ("... as saying the suspects were linked to the Jamaah Ansharut
    Daulah network, which itself was related to the Islamic State": "as" under "related")."""
    if verb.lemma_.lower() not in QUOTING_VERBS:
        return None
    clauses = [verb, *(c for c in verb.children if c.dep_ in {"advcl", "ccomp", "conj"} and c.i > verb.i)]
    for prep in (p for clause in clauses for p in clause.children):
        if prep.dep_ == "prep" and prep.lower_ == "as":
            for comp in prep.children:
                if comp.dep_ == "pcomp" and comp.lemma_.lower() in SAYING_VERBS:
                    return comp
    return None


def quoted_speakers(verb: Token) -> list[Token]:
    """Who is quoted: the object of an active quoting verb, the subject of a passive one
    ("The BBC also cited Budi Gunawan, chief of the Indonesian State Intelligence Agency, as
    saying the suspects were linked to ...": Budi Gunawan)."""
    return [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]


def is_topic(verb: Token, obj: Token) -> bool:
    """A common-noun direct object of a verb of discussing is the topic, and the parties its
    modifiers name ("Libya–Turkey relations") are not the target: "Egyptian foreign minister
    Sameh Shoukry and his Greek, Cypriot and French counterparts ... gathered in Cairo on
    Wednesday to discuss Libya–Turkey relations." (they met one another, not Turkey)."""
    if verb.lemma_.lower() not in TOPIC_VERBS or obj.dep_ != "dobj":
        return False
    return (obj.pos_ == "NOUN" and not obj.ent_type_) or discussed_with(verb)


def discussed_with(verb: Token) -> bool:
    """Whether a verb of discussing names its parties in a "with" phrase, so that its object,
    even a name, is the topic: "Israeli Foreign Minister Shimon Peres discussed the Middle East
    with Palestinian and Soviet officials" (reuters-14809: the officials, not the Middle East)."""
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" for g in c.children)
               for c in verb.children)


def governing_addressees(verb: Token) -> list[Token]:
    """A request in a participial clause with no addressee of its own is addressed to whom the
    governing verb of writing or speaking addresses: "Northamptonshire's chief constable Nick
    Adderley wrote to the US Embassy in London asking to waive her diplomatic immunity." (the
    Embassy is asked)."""
    head = verb.head
    if (verb.dep_ not in {"advcl", "xcomp", "conj"} or verb.tag_ != "VBG" or head is verb
            or verb.lemma_.lower() not in ASKING_VERBS or head.lemma_.lower() not in WRITING_VERBS):
        return []
    if any(c.dep_ in {"dobj", "dative", "iobj"} for c in verb.children):
        return []
    return [g for p in head.children if p.dep_ == "prep" and p.lower_ in ADDRESS_PREPS
            for g in p.children if g.dep_ == "pobj"]


NAME_PARTICLES = frozenset({"al", "el", "abu", "bin", "ibn", "ben", "ould", "van", "von", "de"})
"""Words that begin a hyphenated name rather than the first of two parties: "Al-Qaeda", "Al-Shabaab"."""


def hyphen_pair(left: Token, right: Token) -> bool:
    """Whether "left-right" before an event noun names two parties ("the Kim-Putin meeting",
    "US-China talks") rather than one hyphenated name: "In 2006, Abqaiq was the target of an
    Al-Qaeda suicide attack." (one group, not "Al" attacking "Qaeda"). A hyphen inside one
    named entity, or after a name particle, joins a name."""
    between = left.doc[left.i + 1:right.i]
    if not any(t.text in {"-", "\u2013", "/"} for t in between):
        return False
    if left.lower_ in NAME_PARTICLES:
        return False
    return not (left.ent_type_ and all(t.ent_iob_ == "I" for t in (*between, right)))


VICTIM_NOUNS = frozenset({"target", "victim", "object", "focus"})
"""Nouns by which a copula's subject is what an event is done to ("X was the target of an attack")."""


def copula_victims(noun: Token) -> list[Token]:
    """The subject of "X was the target of an ... attack", for the event noun "attack": "In 2006,
    Abqaiq was the target of an Al-Qaeda suicide attack." (Abqaiq is attacked)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head is prep:
        return []
    victim = prep.head
    if victim.lemma_.lower() not in VICTIM_NOUNS or victim.dep_ != "attr":
        return []
    return [c for c in victim.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]


EXPLETIVES = frozenset({"it", "this", "that"})


def cleft_event(verb: Token) -> Token | None:
    """The event noun of a cleft "It was X's N of Y ...": "It was the NCA's investigation of Matthew
    Falder which led to the discovery of the South Korean website." (the NCA investigated Falder:
    the possessor does it, the "of" object undergoes it)."""
    if verb.lemma_.lower() != "be" or not any(c.dep_ == "nsubj" and c.lower_ in EXPLETIVES for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "attr"
                 and any(p.dep_ == "poss" and p.pos_ != "PRON" for p in c.children)), None)


def cleft_doer(noun: Token) -> list[Token]:
    return [p for p in noun.children if p.dep_ == "poss" and p.pos_ != "PRON"]


FIRST_PERSON = frozenset({"i", "we"})
QUOTE_VERBS = SPEECH_VERBS | frozenset({"tweet", "respond", "reply", "post", "tell", "warn"})
"""Verbs introducing a quotation whose first person is their subject."""
QUOTE_LINKS = frozenset({"ccomp", "parataxis", "conj", "xcomp", "advcl"})
PARTY_ENTITIES = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def names_party(verb: Token, speaker_clause: Token) -> bool:
    """Whether the verb's clause, outside the speaker's own, names someone ("Turkey", "#US")."""
    outside = set() if speaker_clause.is_ancestor(verb) else {t.i for t in speaker_clause.subtree}
    return any((t.pos_ == "PROPN" or t.ent_type_ in PARTY_ENTITIES) and t.i not in outside and t.i != verb.i
               for t in verb.subtree)


def quote_speaker(verb: Token) -> Token | None:
    """Who "I" or "we" is in a quotation: the subject of the verb of saying that introduces it,
    whether the parse hangs the quotation under it or it under the quotation:
    ""I call upon President Reagan to signal immediately that he will veto any tax increase on
    stock transfers," Kemp said." (Kemp calls on Reagan) and "Bruno Parrilla, the foreign affairs
    minister of Cuba, responded to the new rules via Twitter: "I strongly reject new #US blockade
    measure ..."" (the minister rejects it).

    Only when the quoted clause names a party of its own (a name): the first person of "The mother
    said "I really look forward to the day I can see them"" or ""We expect that this number will
    increase", he noted" acts on no one, and a quotation is no event of its speaker's."""
    token, steps = verb, 0
    while True:
        for clause in (token, *(c for c in token.children if c.dep_ in {"ccomp", "parataxis"} and c.i != verb.i)):
            if clause is verb or clause.lemma_.lower() not in QUOTE_VERBS:
                continue
            speaker = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if speaker is not None and speaker.lower_ not in FIRST_PERSON:
                return speaker if names_party(verb, clause) else None
        if token.dep_ not in QUOTE_LINKS or token.head is token or steps >= 4:
            return None
        token, steps = token.head, steps + 1


def misparsed_prep_objects(prep: Token) -> list[Token]:
    """The party a target preposition names when the parser gave it no object of its own.

    * its clause's subject: "Morocco reached an agreement here last week with the Paris Club of
      western creditor governments to reschedule over 10 years the 900 mln dlrs of debt" ("Club"
      parsed as the subject of "reschedule" under "with"); only an infinitive's, for "with X doing"
      says what goes on meanwhile: "declared a state of emergency for the state on Thursday, with
      Tropical Storm Barry approaching the coast";
    * with nothing under it, the first noun phrase head after it: "Chrysler Corp is negotiating
      with the Chinese Government owned First Autoworks about a project" ("Government" parsed as
      the subject of "owned")."""
    children = list(prep.children)
    if any(c.dep_ == "pobj" for c in children):
        return []
    clause_subjects = [g for c in children if c.dep_ == "pcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in
                       c.children) for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}]
    if clause_subjects or children:
        return clause_subjects
    for token in prep.doc[prep.i + 1:min(prep.i + 7, prep.sent.end)]:
        if token.pos_ in {"VERB", "AUX", "ADP"} or token.is_punct:
            return []
        if token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}:
            return [token]
    return []


def own_side(actor: Actor | None, sources: list[Actor | None]) -> bool:
    """A target named with the country of one of the event's sources (not one borrowed from the article)."""
    return (actor is not None and actor.country is not None and not actor.country_from_context
            and actor.country in {s.country for s in sources if s is not None and s.country})


def outside_party(heads: list[Token], chosen: list[Actor | None], sources: list[Actor | None],
                  actors: ActorLookup, choose: Callable[[list[Token]], list[Actor | None]]) -> list[Actor | None]:
    """A target on the source's own side gives way to a party of another country that the
    event's other target phrases name: "Last year US President Donald Trump withdrew the US from a
    nuclear nonproliferation treaty with Iran" (the US is withdrawn by its own president; the
    treaty's other party, Iran, is the target). Without such a party the own-side target stays
    ("police arrested a man")."""
    if not chosen or not all(own_side(a, sources) for a in chosen):
        return chosen
    rest = [h for h in heads if not own_side(actors.actor_for(h), sources)]
    if not rest or len(rest) == len(heads):
        return chosen
    other = choose(rest)
    if other and all(a is not None and a.country and not own_side(a, sources)
                     and not a.country_from_context for a in other):
        return other
    return chosen


def aim_complements(verb: Token) -> list[Token]:
    """The "to ..." complement of a verb of acting with no object of its own names whom the act
    is aimed at: "Iraq said its forces were battling to dislodge Iranian troops from territory they
    gained during a new three-pronged offensive" (the forces battle the Iranian troops)."""
    if any(c.dep_ in {"dobj", "dative", "iobj", "nsubjpass"} for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


COUNTERPART_PREPS = frozenset({"with", "against"})


def named_counterpart(heads: list[Token], targets: list[Actor | None]) -> bool:
    """Whether the event names its other party in a "with"/"against" phrase, so that coordinated
    subjects act together on it rather than on each other: "Nakasone and his party last week
    reached a compromise accord with opposition parties over a controversial sales tax plan" (an
    accord with the opposition, not between Nakasone and his own party)."""
    return any(t is not None for t in targets) and any(
        h.dep_ == "pobj" and h.head.lower_ in COUNTERPART_PREPS for h in heads)


ADDRESSEE_PREPS = frozenset({"to", "on"})


def is_channel(head: Token, actors: ActorLookup) -> bool:
    """Whether a statement's target phrase is the medium it was made to or on, not whom it is
    about: "Speaking on al-Masirah TV in Yemen, Houthi military spokesperson Yahya Sarea said it
    had carried out the attack using ten drones." and "told reporters": the channel, not the target."""
    addressed = head.dep_ in {"dobj", "dative"} or (head.dep_ == "pobj" and head.head.lower_ in ADDRESSEE_PREPS)
    if not addressed:
        return False
    actor = actors.actor_for(head)
    return actor is not None and (actor.kind == "media" or (actor.code or "")[3:6] == "MED"
                                  or (actor.code or "")[:3] == "MED")


def without_channels(code: str, heads: list[Token], actors: ActorLookup) -> list[Token]:
    """A statement's (01) target phrases without the media it was made to (see :func:`is_channel`)."""
    if code[:2] != "01":
        return heads
    return [h for h in heads if not is_channel(h, actors)]


BETWEEN_SUBJECT_AND_VERB = frozenset({"aux", "auxpass", "neg", "advmod"})


def stranded_subject(verb: Token) -> Token | None:
    """The subject the parser took for a second object: in "The statement also said US troops had
    defeated ISIS and Turkey would be moving into Northern Syria." "Turkey" hangs as a conjunct of
    "ISIS", and "would be moving", a conjunct of "defeated", has no subject. A coordinated object
    followed at once by the auxiliaries of a subjectless coordinated verb is that verb's subject."""
    if verb.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return None
    first = min((c.i for c in verb.children if c.dep_ in BETWEEN_SUBJECT_AND_VERB and c.i < verb.i), default=verb.i)
    if first == verb.i or first == 0:
        return None
    before = verb.doc[first - 1]
    if (before.dep_ == "conj" and before.pos_ in {"PROPN", "NOUN"} and before.head.dep_ == "dobj"
            and before.head.head.i == verb.head.i):
        return before
    return None


def is_stranded_subject(noun: Token) -> bool:
    """Whether a coordinated object is in fact the subject of the next verb (see :func:`stranded_subject`)."""
    head_verb = noun.head.head if noun.dep_ == "conj" else None
    return head_verb is not None and any(
        c.dep_ == "conj" and stranded_subject(c) == noun for c in head_verb.children)


def participants(noun: Token, deps: set[str]) -> list[Token]:
    """Modifiers naming an event's parties, with hyphenated pairs split ("the Kim-Putin meeting")."""
    found: list[Token] = []
    for child in noun.children:
        if child.dep_ not in deps:
            continue
        for grandchild in child.children:
            if grandchild.dep_ == "compound" and hyphen_pair(grandchild, child):
                found.append(grandchild)
        found.append(child)
    return sorted(found, key=lambda t: t.i)
