"""Who took part in an event: finding source and target heads in the dependency parse,
and choosing the actors they name."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from tidings.actors.keys import INTERNATIONAL_PREFIXES
from tidings.events.attackers import attack_owners
from tidings.events.event_nouns import noun_event_code
from tidings.events.lexicon import clause_subtree
from tidings.events.targets import (
    FIRST_PERSON,
    aim_complements,
    cleft_doer,
    cleft_event,
    copula_victims,
    governing_addressees,
    is_stranded_subject,
    is_topic,
    misparsed_prep_objects,
    quote_speaker,
    quoted_saying,
    quoted_speakers,
    stranded_subject,
)
from tidings.events.targets import ActorLookup as ActorLookup  # re-exported: the coder's lookup
from tidings.events.targets import participants as participants  # re-exported: the constructions use it
from tidings.events.terms import (
    AGENT_PREPS,
    AUTHOR_PREPS,
    CHARGE_NOUNS,
    EVALUATIVE_VERBS,
    GRIEVANCE_PREPS,
    GRIEVANCE_VERBS,
    IMPOSED_ON_PREPS,
    LATER_TARGET_PREPS,
    OWN_POSSESSIVES,
    PLACE_PREPS,
    PROPOSAL_NOUNS,
    PROVISO_MARKS,
    SPEECH_VERBS,
    STANCE_NOUNS,
    STATE_PARTICIPLES,
    TARGET_PREPS,
    TOPIC_PREPS,
    TRANSFER_VERBS,
)
from tidings.events.venues import is_setting
from tidings.records import Actor


def condition_subjects(verb: Token) -> list[Token]:
    """Subjects of an "if/unless" clause attached to the verb."""
    return [g for c in verb.children if c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in PROVISO_MARKS for m in c.children)
            for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}]


def clause_subjects(verb: Token) -> list[Token]:
    """Who a complement clause is about: its subject, active or passive ("he be removed")."""
    return [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}] or subjects(verb)


def misparsed_predicate(sent: Span) -> Token | None:
    """When the parser roots a sentence at a noun ("The Iraqi air force [ROOT] carried out [acl]
    ..."), the first verb hanging off the root's phrase as a modifier is the real predicate."""
    root = sent.root
    if root.pos_ in {"VERB", "AUX"}:
        return None
    queue = [(c, 0) for c in root.children if c.dep_ in {"acl", "relcl", "appos", "conj"}]
    while queue:
        token, depth = queue.pop(0)
        if token.dep_ in {"acl", "relcl"} and token.pos_ == "VERB" and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in token.children
        ):
            return token
        if depth < 2:
            queue.extend((c, depth + 1) for c in token.children
                         if c.dep_ in {"acl", "relcl", "appos", "conj", "prep", "pobj"})
    return None


def subjects(verb: Token, depth: int = 0) -> list[Token]:
    """Source heads: the subject, the passive agent, or the governing clause's subject; for a
    misparsed predicate, the noun phrase the parser made the root."""
    if verb.dep_ in {"acl", "relcl"} and verb == misparsed_predicate(verb.sent):
        return [verb.sent.root]
    if quoted_saying(verb) is not None and (speakers := quoted_speakers(verb)):
        return speakers  # "quoted him as saying": he spoke, the agency only passed it on
    if (cleft := cleft_event(verb)) is not None:
        return cleft_doer(cleft)  # "It was the NCA's investigation of X": the NCA
    for child in verb.children:
        if child.dep_ == "nsubj":  # before any "by" phrase: "shortened by one hour the curfew"
            if child.lower_ == "who" and verb.dep_ == "relcl":
                return [verb.head]  # "Moi, who afterwards appealed for ...": Moi
            if child.lower_ in FIRST_PERSON and (speaker := quote_speaker(verb)) is not None:
                return [speaker]  # ""I call upon President Reagan ...," Kemp said": Kemp
            return [child]
    for child in verb.children:
        if child.dep_ == "agent":
            return [g for g in child.children if g.dep_ == "pobj"]
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        if verb.lemma_.lower() in STATE_PARTICIPLES:  # "Vietnam is committed to opening up"
            return [c for c in verb.children if c.dep_ == "nsubjpass"]
        return attack_owners(verb)  # "killed in an Israeli airstrike"
    if (stranded := stranded_subject(verb)) is not None:
        return [stranded]  # "defeated ISIS and Turkey would be moving": Turkey moves
    if depth < 3 and verb.dep_ in {"xcomp", "advcl", "conj", "acl", "ccomp"} and verb.head is not verb:
        if verb.dep_ == "ccomp":
            return []
        return subjects(verb.head, depth + 1)
    return []


def reporters(verb: Token) -> list[Token]:
    """Who reports the verb's clause: the subject of the verb of saying it complements, if any."""
    head = verb.head
    if verb.dep_ == "ccomp" and head.lemma_.lower() in SPEECH_VERBS:
        return subjects(head)
    return []


def agents(verb: Token) -> list[Token]:
    """The "by X" agent of a passive verb ("were sent by the government"), if any."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def objects(verb: Token) -> list[Token]:
    """Target heads in order of preference: passive subject, indirect object, a named direct
    object, the object of "to/with/on/against..." (on the verb or its object noun), then a
    common-noun direct object (what is given or sent is rarely the target: "offered troops to").
    A quotation's targets are those of what the quoted person said; a discussion's topic is no
    target; a request in a participial clause takes its governing verb's addressee (see
    :mod:`tidings.events.targets`)."""
    if (saying := quoted_saying(verb)) is not None:
        return statement_targets(saying)
    if (cleft := cleft_event(verb)) is not None:
        return of_objects(cleft) + prep_objects(cleft)
    first: list[Token] = []
    things: list[Token] = []
    for child in verb.children:
        if child.dep_ in {"nsubjpass", "dative", "iobj"} and not (
                child.dep_ == "nsubjpass" and verb.lemma_.lower() in STATE_PARTICIPLES):
            first.extend(noun_of(child))
    for child in verb.children:
        if child.dep_ in {"dobj", "attr", "oprd"} and not is_topic(verb, child):
            if noun_event_code(child) or child.lemma_.lower() in PROPOSAL_NOUNS | CHARGE_NOUNS:
                first.extend(authors(child))  # "rejected Croatia's request": the requester
                first.extend(g for p in verb.children if p.dep_ == "prep" and p.lower_ in AGENT_PREPS
                             for g in p.children if g.dep_ == "pobj")  # "denied charges [by X]" misattached
                first.extend(prep_objects(child))
                things.append(child)
            elif child.pos_ not in {"PROPN", "NOUN", "PRON"}:
                first.extend(prep_objects(child))
            elif child.pos_ in {"PROPN", "PRON"} or child.ent_type_:
                first.append(child)
            else:
                things.append(child)
                first.extend(prep_objects(child))
    preps = prep_objects(verb)
    if verb.lemma_.lower() in GRIEVANCE_VERBS:  # "complained to the UN over Israeli raids": the raids' author
        grievances = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in GRIEVANCE_PREPS
                      for g in c.children if g.dep_ == "pobj"]
        preps = grievances + [p for p in preps if p.head.lower_ != "to"] + [p for p in preps if p.head.lower_ == "to"]
    return first + preps + governing_addressees(verb) + things


def shared_objects(verb: Token) -> list[Token]:
    """Objects of a coordinated verb that a following verb without objects shares."""
    found = list(objects(verb))
    for child in verb.children:
        if child.dep_ == "dobj":
            found.extend(prep_objects(child))
    return [t for t in found if t.pos_ in {"PROPN", "PRON"} or t.ent_type_]


def prep_objects(head: Token) -> list[Token]:
    """Objects of the head's target prepositions, and for a noun those of a participle describing
    it ("lifted a travel ban imposed on Chadian citizens")."""
    out: list[Token] = copula_victims(head) if head.pos_ == "NOUN" else []
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
            out.extend(g for g in child.children if g.dep_ == "pobj")
            out.extend(misparsed_prep_objects(child))
        elif child.dep_ == "prep" and child.lower_ == "in":  # "in defiance of Chinese authorities"
            out.extend(g for g in child.children if g.dep_ == "pobj" and g.lemma_.lower() in STANCE_NOUNS)
        elif child.dep_ == "prep" and child.lower_ in TOPIC_PREPS and head.pos_ == "NOUN":
            out.extend(g for g in child.children if g.dep_ == "pobj")  # "concern over Iran's programme"
        elif child.dep_ in {"acl", "ccomp"} and head.pos_ == "NOUN" and any(
                g.dep_ in {"nsubj", "nsubjpass"} for g in child.children):  # "hopes the government will change"
            out.extend(g for g in child.children if g.dep_ in {"nsubj", "nsubjpass"} and g.pos_ != "PRON")
        elif child.dep_ == "dative":
            out.extend(noun_of(child))
        elif child.dep_ == "acl" and child.tag_ == "VBN" and head.pos_ == "NOUN":
            out.extend(g for p in child.children if p.dep_ == "prep" and p.lower_ in IMPOSED_ON_PREPS
                       for g in p.children if g.dep_ == "pobj")
    return out


def of_objects(noun: Token) -> list[Token]:
    """"a suspension of air links with Serbia": the things an event noun acts on, searched for a party."""
    return [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


def authors(noun: Token) -> list[Token]:
    """Who made a request, decision or offer: its possessor or its "by/from/of" object."""
    out = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]  # "its attacks on X": not "its"
    out += [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]  # "a Security Council resolution"
    for child in noun.children:
        if child.dep_ in {"prep", "agent"} and child.lower_ in AUTHOR_PREPS:
            out.extend(g for g in child.children if g.dep_ == "pobj")
        elif child.dep_ == "acl":  # "the proposal submitted by X"
            for grandchild in child.children:
                if grandchild.dep_ == "agent":
                    out.extend(g for g in grandchild.children if g.dep_ == "pobj")
    return out


def noun_of(token: Token) -> list[Token]:
    """A dative "to" (ADP) stands for its object."""
    if token.pos_ == "ADP":
        return [g for g in token.children if g.dep_ == "pobj"]
    return [token]


def expand(heads: list[Token]) -> list[Token]:
    out: list[Token] = []
    for head in heads:
        group = [head] if is_stranded_subject(head) else [
            head, *(t for t in head.conjuncts if not is_stranded_subject(t))]
        for token in group:
            if token not in out:
                out.append(token)
    return out


def first_actors(heads: list[Token], actors: ActorLookup, *, target: bool = False) -> list[Actor | None]:
    """The actors of the first head that names one, one per coordinated conjunct; failing
    that, the nearest actor inside a head's phrase ("Turkey's efforts", "refugees in Liberia").

    A target prefers a party with a country of its own to a bare sector noun that would only
    borrow the source's ("sent troops to a force in Liberia": Liberia, not the troops), and is
    never the subject's own ("strengthened its forces in Lebanon": Lebanon)."""
    if not target:  # "a drone strike in Raqqa": where it happened does not act
        return (_direct(heads, actors, acts) or _inside(heads, actors, lambda t, a: acts(a)) or [None])
    own = {h.i for h in heads if any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in h.children)}
    others = [h for h in heads if h.i not in own and not is_setting(h)]

    def not_own(token: Token) -> bool:
        return not (token.dep_ == "poss" and token.lower_ in OWN_POSSESSIVES) and not is_setting(token)

    return (
        _direct(others, actors, has_home)
        or _inside(heads, actors, lambda t, a: not_own(t) and has_home(a))
        or _direct([h for h in others if not sent(h)], actors, lambda a: True)
        or _inside(heads, actors, lambda t, a: not_own(t) and t.pos_ != "ADJ")
        or [None]
    )


def acts(actor: Actor) -> bool:
    """Whether an actor can be a source: a place named as where something happens cannot."""
    return actor.kind != "location"


def sent(head: Token) -> bool:
    """"sent 200 troops", "deployed peacekeepers": what is sent is the source's means, not its target."""
    return head.dep_ == "dobj" and head.head.lemma_.lower() in TRANSFER_VERBS


def has_home(actor: Actor) -> bool:
    """An actor with a country of its own (not only the article's), or an international one: a
    party in its own right ("mobilized reservists for a possible conflict with Belarus": Belarus)."""
    own_country = bool(actor.country) and not actor.country_from_context
    return own_country or (actor.code or "")[:3] in INTERNATIONAL_PREFIXES


def _direct(heads: list[Token], actors: ActorLookup, accept: Callable[[Actor], bool]) -> list[Actor | None]:
    for head in heads:
        named = [possessors_country(t, a, actors) for t in expand([head])
                 for a in coordinated_nationals(t, actors) if a is not None]
        if named and all(accept(a) for a in named):
            return list(named)
    return []


def _inside(heads: list[Token], actors: ActorLookup, accept: Callable[[Token, Actor], bool]) -> list[Actor | None]:
    for head in heads:
        for token in sorted(clause_subtree(head, max_depth=4), key=lambda t: abs(t.i - head.i)):
            if token.i != head.i and token.pos_ in {"PROPN", "NOUN", "ADJ", "PRON"}:
                actor = actors.actor_for(token)
                if actor is not None and accept(token, actor):
                    return [actor]
    return []


def possessors_country(head: Token, actor: Actor, actors: ActorLookup) -> Actor:
    """"their forces", "its army": a country-less sector actor belongs to its possessor's country."""
    if actor.country:
        return actor
    for child in head.children:
        if child.dep_ == "poss" and child.pos_ == "PRON" and (owner := actors.actor_for(child)) and owner.country:
            return actor.model_copy(update={"country": owner.country, "code": owner.country + (actor.code or "")})
    return actor


def coordinated_nationals(head: Token, actors: ActorLookup) -> list[Actor | None]:
    """"the Turkish and Greek sides": one actor per coordinated nationality adjective."""
    actor = actors.actor_for(head)
    adjectives = [c for c in head.children
                  if c.dep_ in {"amod", "compound", "nmod"} and any(g.dep_ == "conj" for g in c.children)]
    if actor is None or not adjectives:
        return [actor]
    sector = (actor.code or "")[3:] if actor.country else (actor.code or "")
    out: list[Actor | None] = []
    for adjective in (adjectives[0], *adjectives[0].conjuncts):
        national = actors.actor_for(adjective)
        if national is None or not national.country:
            return [actor]
        out.append(actor.model_copy(update={
            "text": f"{adjective.text} {head.text}", "country": national.country, "code": national.country + sector,
        }))
    return out


def later_phrases(verb: Token) -> list[Token]:
    """Without an explicit object, the other party is the nearest actor in the verb's own
    phrases after it (PETRARCH's "first actor in the verb phrase")."""
    return [c for c in verb.children
            if c.i > verb.i and c.dep_ == "prep" and c.lower_ in LATER_TARGET_PREPS]


def purpose_clauses(verb: Token, trigger: Token) -> list[Token]:
    """"to ..." clauses giving the aim of the verb or of its event noun ("began a hunger strike to protest ...");
    for a verb with no object, also its "to" complement (see :func:`tidings.events.targets.aim_complements`)."""
    heads = [verb] if trigger.i == verb.i else [verb, trigger]
    return [c for head in heads for c in head.children
            if c.dep_ in {"advcl", "acl", "relcl"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            ] + aim_complements(verb)


def place_targets(verb: Token) -> list[Token]:
    """Where a material event happens stands for whom it affects ("imposed a curfew in Cizre")."""
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS
            for g in c.children if g.dep_ == "pobj"]


def statement_targets(verb: Token) -> list[Token]:
    """What a bare statement is about: the addressee ("told reporters"), else in the reported
    clause the object of its adjective ("said it is skeptical of the plan"), its objects, its
    named (non-pronoun) subject ("said they hoped that Gambari would ..."), or the named subject
    of its condition: "Volcker said he would be pleased if Congress decided to give banks a tax
    writeoff" (the statement is about what Congress should do)."""
    out = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    for comp in (c for c in verb.children if c.dep_ == "ccomp"):
        for clause in (comp, *(c for c in comp.children if c.dep_ == "ccomp")):
            out.extend(g for a in clause.children if a.dep_ == "acomp" for p in a.children
                       if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj")
            out.extend(objects(clause))
            out.extend(s for s in clause.children if s.dep_ in {"nsubj", "nsubjpass"} and s.pos_ != "PRON")
            out.extend(s for s in condition_subjects(clause) if s.pos_ != "PRON")
    return out


def agrees_with_view(verb: Token) -> bool:
    """"agree with X that ...": sharing someone's view, a statement rather than an agreement."""
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children) and any(
        c.dep_ in {"ccomp", "advcl"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in verb.children
    )


def others_intent(noun: Token) -> bool:
    """"praised Trump's decision to ...", "supports its decision to ...": an intent that is judged
    (or has a named owner) is the verb's object, not the subject's own intent."""
    return noun.head.lemma_.lower() in EVALUATIVE_VERBS or any(
        c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children)
