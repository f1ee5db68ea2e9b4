"""ACTORS stage: recognise and code the actors of an article (CAMEO actor codes).

Public API::

    dictionary = ActorDictionary.load(extra=None)          # packaged data (+ user file)
    entry = dictionary.lookup("Donald Trump", date(2019, 5, 1))
    actors = find_actors(doc, article, dictionary)          # once per parsed article
    actor = actors.actor_for(token)                         # head token of a participant
    actors.mentions                                         # every actor mention found
    describe_actor("Putin", dictionary, on=date(2019, 1, 1))

Coreference within an article: a full name ("Kim Jong Un") links later short mentions
("Kim"); pronouns go to the nearest compatible earlier actor (he/she: a person within two
sentences; it/its: a non-person within one; they/their: a plural group within one;
reflexives: same sentence; a reported "it"/"they" the speaking organisation), never from
inside quoted speech and never to an uncoded role noun; definite role descriptions ("the
Russian leader") go to the nearest earlier person of a previous sentence with the same
country and sector. Anything unclear stays unresolved.

Matching precision: short personal names ("Moon"), bare surnames and one-typo names count
only for people in office on the article date (short and misspelt names), and only if the
article also names them in full, a title agrees, or their country is named in the sentence
or the headline, dateline or first sentence (:mod:`tidings.actors.surnames`).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from tidings.actors.affiliation import spokesperson_of_body, titled_by_body
from tidings.actors.anaphora import is_description, refers_to
from tidings.actors.context import ArticleContext, article_context
from tidings.actors.data import ActorEntry, Role
from tidings.actors.dictionary import ActorDictionary
from tidings.actors.domestic import complete_actor, is_location, title_holder
from tidings.actors.keys import normalise_key
from tidings.actors.match import Match, scan
from tidings.actors.phrase import PhraseCode, code_phrase
from tidings.actors.pronouns import (
    ANY_PRONOUN,
    THING_PRONOUNS,
    agrees,
    in_quotation,
    pleonastic,
    speaker_referent,
    window,
)
from tidings.actors.surnames import confirm_surnames
from tidings.actors.syntax import is_person_role, phrase_head, wrapped_name
from tidings.records import Actor, Article

__all__ = [
    "ActorDictionary",
    "ActorEntry",
    "ActorMention",
    "ArticleActors",
    "Role",
    "find_actors",
]

DESCRIPTION_WINDOW = 5
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "de", "da", "van", "von", "der", "le", "la", "di", "du"})
ENTITY_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One actor mention: character span in ``Article.text``, head token index, coded actor."""

    start: int
    end: int
    text: str
    head: int
    sentence: int
    actor: Actor


@dataclass(frozen=True, slots=True)
class _Antecedent:
    head: int
    sentence: int
    actor: Actor
    person: bool
    plural: bool
    subject: bool = False


class ArticleActors:
    """All actors of one parsed article; answers ``actor_for(token)`` with coreference."""

    def __init__(self, doc: Doc, article: Article, dictionary: ActorDictionary, matches: list[Match],
                 text: str | None = None) -> None:
        self.doc = doc
        self.article = article
        self.dictionary = dictionary
        self.matches = matches
        self._text = doc.text if text is None else text  # spaCy joins doc.text from the tokens at each access
        self._sentence_starts = [s.start for s in doc.sents]
        self._ents = doc.ents  # Doc.ents builds its Spans anew at each access
        self._sentence_matches: dict[int, list[Match]] = {}
        for match in matches:
            self._sentence_matches.setdefault(self._sentence_of(match.start), []).append(match)
        self.context: ArticleContext = article_context(
            matches, [self._sentence_of(m.start) for m in matches], dictionary, article.date, self._text,
            article.dateline, article.title)
        self._phrases: dict[int, PhraseCode] = {}
        self._resolved: dict[int, Actor | None] = {}
        self._antecedents: list[_Antecedent] = []
        self._short_names: dict[str, list[tuple[int, _Antecedent]]] = {}
        self.mentions: list[ActorMention] = []
        self._collect()

    # ---- public -------------------------------------------------------------------------
    def actor_for(self, token: Token) -> Actor | None:
        """The coded actor of the noun phrase headed by ``token`` (or None if it names no actor)."""
        if token.doc is not self.doc:
            return None
        if token.i not in self._resolved:
            self._resolved[token.i] = None  # no cycle: the body in "Lloyds Bank chief executive X" is resolved apart
            self._resolved[token.i] = self._resolve(token)
        return self._resolved[token.i]

    # ---- building -----------------------------------------------------------------------
    def _collect(self) -> None:
        heads = {phrase_head(self.doc[m.start:m.end].root).i for m in self.matches}
        heads |= {phrase_head(ent.root).i for ent in self._ents if ent.label_ in ENTITY_LABELS}
        heads |= self._name_word_tokens()
        pronouns = {t.i for t in self.doc if t.lower_ in ANY_PRONOUN and t.pos_ == "PRON"}
        heads = self._outermost(heads)
        for index in sorted(heads | pronouns):
            token = self.doc[index]
            actor = self.actor_for(token)
            if actor is None:
                continue
            sentence = self._sentence_of(index)
            if index in heads:
                phrase = self._phrase(token)
                start, end, text = phrase.start, phrase.end, phrase.text
                self._remember(token, phrase, actor, sentence)
            else:
                start, end, text = token.idx, token.idx + len(token.text), token.text
            self.mentions.append(ActorMention(start, end, text, index, sentence, actor))

    def _name_word_tokens(self) -> set[int]:
        """Proper nouns spelt as a word of a full personal name the article gives, whatever
        entity the tagger sees: "Soleimani" (tagged LOC) in "the United States government
        labeled Soleimani as a terrorist" after "Qasem Soleimani" (wikinews-79a96e60592aff45)."""
        words = {w for m in self.matches if m.entry is not None and m.entry.kind == "person" and m.end - m.start > 1
                 for w in normalise_key(self.doc[m.start:m.end].text).split(" ") if w not in NAME_PARTICLES}
        if not words:
            return set()
        return {t.i for t in self.doc if t.pos_ == "PROPN" and t.is_title and normalise_key(t.text) in words}

    def _outermost(self, heads: set[int]) -> set[int]:
        """Drop heads whose token lies inside another head's phrase ("State" in "Secretary of State X")."""
        by_sentence: dict[int, list[tuple[int, int, int, int]]] = {}
        for i in heads:
            phrase = self._phrase(self.doc[i])
            by_sentence.setdefault(self._sentence_of(i), []).append((phrase.start, phrase.end, i, self.doc[i].idx))
        kept = set()
        for spans in by_sentence.values():  # a phrase never crosses a sentence: compare within one
            for start, end, index, token_start in spans:
                if not any(s <= token_start < e and (e - s) > (end - start)
                           for s, e, other, _ in spans if other != index):
                    kept.add(index)
        return kept

    def _remember(self, head: Token, phrase: PhraseCode, actor: Actor, sentence: int) -> None:
        named_person = (head.ent_type_ == "PERSON" or bool(wrapped_name(head))) and head.pos_ == "PROPN"
        # a short name linked to a person is that person, however the tagger labels it: "In 2007,
        # the United States government labeled Soleimani as a terrorist and levied sanctions
        # against him." (wikinews-79a96e60592aff45; "Soleimani" tagged ORG)
        linked_person = actor.kind in ("person", "political_person") and actor.name is not None
        if (phrase.kind in ("modifier", "none") and not linked_person) or (
                actor.code is None and actor.country is None and not (phrase.kind == "person" or named_person)):
            return
        person = phrase.kind == "person" or named_person or linked_person or (
            not phrase.has_name and is_person_role(head) and not phrase.plural)
        antecedent = _Antecedent(head.i, sentence, actor, person, phrase.plural, head.dep_ in ("nsubj", "nsubjpass"))
        self._antecedents.append(antecedent)
        named_head = any(m.covers(head.i) for m in self._matches_near(head.i) if not m.is_agent)
        if person and (phrase.kind == "person" or named_person or (phrase.has_name and named_head)):
            for word in self._name_words(head, phrase):
                self._short_names.setdefault(word, []).append((head.i, antecedent))

    def _name_words(self, head: Token, phrase: PhraseCode) -> list[str]:
        """Words of the multi-word personal name heading a phrase, usable later as short names."""
        named = next((m for m in self._matches_near(head.i) if not m.is_agent and m.covers(head.i)), None)
        if named is not None:
            tokens = list(self.doc[named.start:named.end])
        else:
            entity = next((e for e in self._ents if e.start <= head.i < e.end and e.label_ == "PERSON"), None)
            tokens = list(entity) if entity is not None else wrapped_name(head)
        words = [normalise_key(t.text) for t in tokens if t.pos_ == "PROPN" and t.text[:1].isupper()]
        if len(words) < 2:
            return []
        return [w for w in words if w and w not in NAME_PARTICLES]

    # ---- resolving ----------------------------------------------------------------------
    def _matches_near(self, index: int) -> list[Match]:
        """Dictionary matches of the sentence containing token ``index``."""
        return self._sentence_matches.get(self._sentence_of(index), [])

    def _phrase(self, head: Token) -> PhraseCode:
        if head.i not in self._phrases:
            self._phrases[head.i] = code_phrase(head, self._matches_near(head.i), self.dictionary, self.article.date)
        return self._phrases[head.i]

    def _sentence_of(self, index: int) -> int:
        return bisect_right(self._sentence_starts, index) - 1

    def _resolve(self, token: Token) -> Actor | None:
        lower = token.lower_
        if token.pos_ == "PRON" or token.tag_ in ("PRP", "PRP$"):
            return self._resolve_pronoun(token, lower)
        phrase = self._phrase(token)
        linked = self._short_name_link(token, phrase)
        if linked is not None:
            return linked
        if (not phrase.has_name or phrase.code is None or titled_by_body(token)) and (
                served := spokesperson_of_body(token, phrase.text, self.actor_for)):
            return served
        sentence = self._sentence_of(token.i)
        titled = title_holder(token, phrase, self.dictionary, self.article.date,
                              self.context.country_for(sentence), self._earlier_people(token))
        if titled is not None:
            return titled
        if not phrase.has_name and phrase.definite and not phrase.plural and is_person_role(token):
            described = self._resolve_description(token, phrase)
            if described is not None:
                return described
        referred = self._resolve_organisation(token, phrase)
        if referred is not None:
            return referred
        if phrase.kind == "none":
            return None
        modified = self._modified_actor(token, phrase)
        if modified is not None:
            return modified
        noun = next((c.lower_ for c in token.children if c.dep_ == "compound" and c.lower_ == "administration"),
                    token.lemma_.lower())  # "administration officials": the administration's
        owner = self._possessor_country(token)
        actor = complete_actor(token, phrase, owner or self.context.country_for(sentence, noun))
        if is_location(token, phrase):
            # "a drone strike in Raqqa": where, not who; never the one who acts
            return actor.model_copy(update={"kind": "location"})
        return actor

    def _modified_actor(self, token: Token, phrase: PhraseCode) -> Actor | None:
        """A nationality word modifying an actor noun stands for that actor: "British" in "The
        British government on Monday outlawed the largest Protestant extremist organization"
        is the British government (GBRGOV), "Mexican" in "illegal Mexican immigrants" the
        immigrants; the whole phrase's actor when it has the word's country and a sector."""
        if token.dep_ not in ("amod", "compound") or phrase.kind != "country" or phrase.sectors:
            return None
        if token.head.pos_ not in ("NOUN", "PROPN") or token.head.i == token.i:
            return None
        whole = self.actor_for(token.head)
        if whole is None or whole.country != phrase.country or not whole.sectors or whole.kind == "location":
            return None
        return whole

    def _possessor_country(self, token: Token) -> str | None:
        """The country of whom a possessive pronoun before the noun stands for: "Iraq said tonight its
        forces were battling to dislodge Iranian troops" (reuters-14538) are Iraq's forces, and
        "Nakasone and his party" (reuters-17305) Nakasone's, whatever the article is most about."""
        for child in token.children:
            if child.dep_ == "poss" and child.tag_ == "PRP$":
                owner = self.actor_for(child)
                return owner.country if owner is not None else None
        return None

    def is_location(self, token: Token) -> bool:
        """True if ``token`` heads a place named as where something happens ("in Raqqa",
        "the strike on Raqqa"): such a place may be a target's location but never a source."""
        actor = self.actor_for(token)
        return actor is not None and actor.kind == "location"

    def _earlier_people(self, token: Token) -> list[Actor]:
        """Named people mentioned shortly before ``token``, nearest first."""
        sentence = self._sentence_of(token.i)
        return [a.actor for a in reversed(self._antecedents)
                if a.person and a.head < token.i and sentence - a.sentence <= DESCRIPTION_WINDOW and a.actor.name]

    def _short_name_link(self, token: Token, phrase: PhraseCode) -> Actor | None:
        """"Kim" after "Kim Jong Un": a lone proper name matching an earlier full name.

        The tagger may take an unfamiliar surname for a common noun or adjective: in "While the
        World Bank has a role to play in helping Brazil, it canot replace the IMF as an overseer
        of the economy, Conable said." (reuters-9788, after "World Bank president Barber
        Conable") "Conable" is tagged NOUN; a capitalised word spelt as an earlier full name's
        word is that name all the same."""
        if token.pos_ != "PROPN" and not (token.pos_ in ("NOUN", "ADJ") and token.is_title
                                          and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss")):
            return None
        covering = next((m for m in self._matches_near(token.i) if m.covers(token.i)), None)
        if covering is not None and covering.end - covering.start > 1:
            return None
        earlier = [a for i, a in self._short_names.get(normalise_key(token.text), []) if i < token.i]
        if not earlier:
            return None
        target = earlier[-1].actor
        return target.model_copy(update={"text": phrase.text})

    def _resolve_description(self, token: Token, phrase: PhraseCode) -> Actor | None:
        """"the Russian leader": nearest earlier person, in an earlier sentence, that fits."""
        sentence = self._sentence_of(token.i)
        for antecedent in reversed(self._antecedents):
            if antecedent.sentence >= sentence or not antecedent.person or antecedent.plural:
                continue
            if sentence - antecedent.sentence > DESCRIPTION_WINDOW:
                break
            actor = antecedent.actor
            if phrase.country and actor.country != phrase.country:
                continue
            if phrase.sectors and actor.sectors and not set(phrase.sectors) & set(actor.sectors):
                continue
            if actor.name is None:
                continue
            return actor.model_copy(update={"text": phrase.text})
        return None

    def _resolve_organisation(self, token: Token, phrase: PhraseCode) -> Actor | None:
        """"the Bank", "the company": the nearest earlier organisation it fits (see
        :mod:`tidings.actors.anaphora`). In "Conable said that the Bank was constantly reviewing
        new ways for assisting the region" (reuters-13046) "the Bank" is the World Bank."""
        if phrase.country is not None or not is_description(token):
            return None
        if any(m.covers(token.i) and not m.is_agent for m in self._matches_near(token.i)):
            return None
        sentence = self._sentence_of(token.i)
        earlier = [(a.head, a.actor) for a in self._antecedents
                   if a.head < token.i and sentence - a.sentence <= DESCRIPTION_WINDOW and not a.person]
        # an organisation named inside another phrase counts too ("World Bank President Barber Conable")
        for match in self.matches:
            last = match.end - 1
            if match.entry is not None and match.entry.kind == "org" and last < token.i \
                    and sentence - self._sentence_of(last) <= DESCRIPTION_WINDOW \
                    and (named := self.actor_for(self.doc[last])) is not None:
                earlier.append((last, named))
        actor = refers_to(token, [a for _, a in sorted(earlier, key=lambda pair: -pair[0])])
        if actor is None:
            return None
        return actor.model_copy(update={"text": phrase.text, "name": actor.name or actor.text,
                                         "country_from_context": False})

    def _resolve_pronoun(self, token: Token, lower: str) -> Actor | None:
        """Nearest compatible earlier actor within the pronoun's window
        (:func:`tidings.actors.pronouns.window`), else None."""
        if lower in THING_PRONOUNS and (token.dep_ == "expl" or pleonastic(token)):
            return None
        if in_quotation(self._text, token.idx):
            return None                  # quoted speech has its own speakers and addressees
        said = speaker_referent(token, self.actor_for, lambda t: self._phrase(t).plural)
        if said is not None:
            return said          # "UNICEF reported they had delivered": the speaker
        sentence = self._sentence_of(token.i)
        compatible = []
        for antecedent in reversed(self._antecedents):
            if antecedent.head >= token.i:
                continue
            if sentence - antecedent.sentence > window(lower):
                break
            if agrees(lower, antecedent.person, antecedent.plural):
                compatible.append(antecedent)
        if not compatible:
            return None
        chosen = compatible[0]
        if token.dep_ in ("nsubj", "nsubjpass") and chosen.sentence < sentence:
            # a subject pronoun opening a new sentence continues the previous one's subject
            # the main clause's subject first ("Rod Blagojevich was jailed ... after Obama was elected")
            same = [a for a in compatible if a.subject and a.sentence == chosen.sentence]
            main = [a for a in same if self.doc[a.head].head.dep_ == "ROOT"]
            chosen = (main or same or [chosen])[0]
        actor = chosen.actor
        if actor.country is None and actor.name is None:
            return None          # nearest referent is an uncoded role noun: not clear
        if actor.code is None and actor.country is None:
            return None          # "He was sentenced" after an executive we cannot code: not Trump
        # keep the mention's own text; name what it refers to ("it" -> the foreign ministry)
        return actor.model_copy(update={"text": token.text, "name": actor.name or actor.text})


def find_actors(doc: Doc, article: Article, dictionary: ActorDictionary) -> ArticleActors:
    """Find and code every actor mention of ``article`` (parsed as ``doc``)."""
    text = doc.text
    matches = confirm_surnames(doc, scan(doc, dictionary, article.date, text), dictionary, article.date,
                               article.title, article.dateline)
    return ArticleActors(doc, article, dictionary, matches, text)
