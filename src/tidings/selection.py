"""Which sentences can carry an event: the first pass's choice of what to parse fully.

A sentence can carry an event when it has an **event word** (any inflection of a verb in the
event lexicon or Tidings' own verb lists, or an event noun; not "be") and an **actor cue**: a
capitalised word that starts a name in the actor dictionary (the actor stage matches names
only when capitalised), a role noun of the dictionary in any case ("police", "rebels"), a
personal pronoun, or a capitalised word inside the sentence (how names the dictionary lacks
look). Such a sentence is parsed
together with the context the later stages read: the sentence before it (pronouns, "the
meeting", dates such as "the same day") and the article's first sentence (title, dateline).

The test is a few set lookups per token on the first pass's tokens (no tagger, no parser).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from tidings.actors import ActorDictionary
from tidings.events import VerbLexicon, codes, terms
from tidings.events.clause import verbs_top_down
from tidings.events.event_nouns import noun_event_code

PRONOUNS = frozenset({
    "he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "we", "our", "us", "i",
})
BE_FORMS = frozenset({"be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m"})
"""Not event words: "be" codes only in a construction around another event word."""
CONTEXT_BEFORE = 1
"""Sentences before a chosen one that are parsed with it."""


@dataclass(frozen=True)
class EventCues:
    """The word forms that make a sentence worth a full parse (lowercase)."""

    event_words: frozenset[str]
    name_words: frozenset[str]
    """First words of dictionary names, lowercase; a cue only when the token is capitalised."""
    agent_words: frozenset[str]
    """First words of role nouns, and pronouns: a cue in any case."""

    @classmethod
    def build(cls, lexicon: VerbLexicon, dictionary: ActorDictionary, nlp: Language) -> EventCues:
        irregular = _irregular_forms(nlp)
        lemmas = {*lexicon.verbs, *(lemma for lemma, _, _ in codes.VERB_ADDITIONS), *_term_verbs()} - {"be"}
        words: set[str] = set()
        for lemma in lemmas:
            for part in lemma.lower().split():
                words.update(verb_forms(part))
                words.update(irregular.get(part, ()))
        for noun in _event_nouns():
            last = noun.lower().split()[-1]
            words.update((last, last + "s", last + "es"))
        names = {first for key in dictionary.aliases if (first := _first_content(key))}
        agents = {first for key in dictionary.agents if (first := _first_content(key))}
        return cls(event_words=frozenset(words - BE_FORMS), name_words=frozenset(names),
                   agent_words=frozenset(agents | PRONOUNS))

    def can_carry_event(self, sentence: Span) -> bool:
        event = actor = False
        for token in sentence:
            lower = token.lower_
            if not event and lower in self.event_words:
                event = True
            if not actor and self._actor_cue(token, lower, sentence):
                actor = True
            if event and actor:
                return True
        return False

    def _actor_cue(self, token: Token, lower: str, sentence: Span) -> bool:
        if lower in self.agent_words:
            return True
        if not token.text[:1].isupper():
            return False
        return lower in self.name_words or (token.i != sentence.start and not token.is_stop)

    def choose(self, doc: Doc) -> list[bool]:
        """One flag per sentence of ``doc``: parse it fully (it or the next can carry an event,
        or it opens the article)."""
        return chosen_sentences(doc, self.can_carry_event, CONTEXT_BEFORE)


def verb_forms(lemma: str) -> set[str]:
    """Regular English inflections of a verb (over-generating is harmless: it only parses more)."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if lemma.endswith("y"):
        forms.update((lemma[:-1] + "ies", lemma[:-1] + "ied"))
    if len(lemma) > 2:
        forms.update((lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"))
    return forms


def _irregular_forms(nlp: Language) -> dict[str, list[str]]:
    """Lemma -> irregular verb forms, from the model's lemmatizer exception table."""
    out: dict[str, list[str]] = {}
    if "lemmatizer" not in nlp.component_names:
        return out
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc", {})  # type: ignore[attr-defined]
    for form, lemmas in dict(table.get("verb", {})).items():
        for lemma in lemmas:
            out.setdefault(lemma, []).append(form)
    return out


def _term_verbs() -> Iterable[str]:
    for name in dir(terms):
        value = getattr(terms, name)
        if name.endswith("_VERBS") and isinstance(value, frozenset):
            yield from value
    for verbs, _, _ in codes.VERB_OBJECT_CODES:
        yield from verbs


def _event_nouns() -> Iterable[str]:
    yield from codes.NOUN_EVENTS
    for nouns in (terms.ATTACK_NOUNS, terms.CHARGE_NOUNS, terms.INTENT_NOUNS, terms.PROPOSAL_NOUNS):
        yield from nouns


def _first_content(key: str) -> str | None:
    return next((word for word in key.split() if word not in STOP_WORDS), None)


@dataclass(frozen=True)
class EntityChooser:
    """Which sentences of a parsed Doc (no entities yet) get NER: those with a verb of the clause
    spine that the event lexicon codes or an event noun (where events come from), with
    ``context_before`` sentences before each and the article's first sentence (title, dateline)."""

    lexicon: VerbLexicon
    context_before: int = 0

    def __call__(self, doc: Doc) -> list[bool]:
        return chosen_sentences(doc, self.can_carry_event, self.context_before)

    def can_carry_event(self, sentence: Span) -> bool:
        return (any(self.lexicon.match(verb) is not None for verb in verbs_top_down(sentence))
                or any(noun_event_code(token) is not None for token in sentence))


def chosen_sentences(doc: Doc, can_carry_event: Callable[[Span], bool], context_before: int) -> list[bool]:
    """One flag per sentence of ``doc``: the article's first (title, dateline), each sentence that can
    carry an event, and the ``context_before`` sentences before each."""
    sentences = list(doc.sents)
    chosen = [False] * len(sentences)
    if chosen:
        chosen[0] = True
    for number, sentence in enumerate(sentences):
        if can_carry_event(sentence):
            for k in range(max(0, number - context_before), number + 1):
                chosen[k] = True
    return chosen
