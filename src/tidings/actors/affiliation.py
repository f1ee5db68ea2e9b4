"""People who speak for a company, a newspaper or a university are coded as that body: "The
president of the Philippine Chamber of Commerce said ..." is the chamber (PHLBUS), not the
Philippine government; "William Mulholland, chairman of the Bank of Montreal, said ..." is the
bank, not the country the article is about."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from tidings.records import Actor

LEADERSHIP_NOUNS = frozenset({
    "president", "chairman", "chairwoman", "chair", "chief", "head", "director", "executive", "spokesman",
    "spokeswoman", "spokesperson", "manager", "economist", "analyst", "treasurer", "official", "founder",
    "editor", "owner", "partner", "governor",
})
SERVED_KINDS = frozenset({"company", "media", "education", "sports"})
SERVING_PREPS = frozenset({"of", "for", "at"})
PREMODIFIER_DEPS = frozenset({"compound", "nmod", "poss"})
BODY_SECTORS = frozenset({"BUS", "MED", "EDU"})


def _is_non_state_body(actor: Actor) -> bool:
    """A company, medium, school or club: by its kind, a multinational code or its sector."""
    if "GOV" in actor.sectors:
        return False  # "Federal Reserve Board Chairman Paul Volcker": a state's bank (USAGOVBUS)
    return (actor.kind in SERVED_KINDS or (actor.code or "").startswith("MNC")
            or bool(BODY_SECTORS & set(actor.sectors)))


def served_body(role: Token, actor_for: Callable[[Token], Actor | None]) -> Actor | None:
    """The company, medium, school or club a leadership noun serves ("chairman of the Bank of
    Montreal", "an economist at Lloyds Bank"), coded as the body; None for a state body ("the
    president of the republic", "a spokesman for the PMF")."""
    if role.lemma_.lower() not in LEADERSHIP_NOUNS:
        return None
    for body in _bodies_served(role):
        actor = actor_for(body)
        if actor is not None and _is_non_state_body(actor):
            return actor
    return None


def _bodies_served(role: Token) -> list[Token]:
    """The words naming what a role serves: after it ("chairman of the Bank of Montreal") or before
    it ("Barclays chairman John Varley"; "Lloyds Bank chief executive Brian Pitman", where the parser
    hangs "Bank" on "Pitman" beside "executive")."""
    after = [c for prep in role.children if prep.dep_ == "prep" and prep.lower_ in SERVING_PREPS
             for c in prep.children if c.dep_ == "pobj"]
    return after + _capitalised_before(role)


def _capitalised_before(role: Token) -> list[Token]:
    """Capitalised premodifiers before a role noun, its own or, for a title before a name, the name's."""
    words = [c for c in role.children if c.dep_ in PREMODIFIER_DEPS and c.i < role.i and c.text[:1].isupper()]
    if role.dep_ == "compound":
        words += [c for c in role.head.children
                  if c.dep_ in PREMODIFIER_DEPS and c.i < role.i and c.text[:1].isupper()]
    return words


def titled_by_body(token: Token) -> bool:
    """A name after a leadership noun that a capitalised word qualifies ("Toyota president Shoichiro
    Toyoda"): the body decides, even where the whole phrase holds a dictionary name."""
    return any(c.dep_ == "compound" and c.i < token.i and c.lemma_.lower() in LEADERSHIP_NOUNS
               and _capitalised_before(c) for c in token.children)


def spokesperson_of_body(token: Token, text: str, actor_for: Callable[[Token], Actor | None]) -> Actor | None:
    """The phrase headed by ``token`` coded as the body it serves: the role itself ("the president
    of the Philippine Chamber of Commerce"), a person named with it in apposition ("William
    Mulholland, chairman of the Bank of Montreal") or after it ("Barclays chairman John Varley")."""
    roles = [token] + [c for c in token.children if c.dep_ == "appos" or (c.dep_ == "compound" and c.i < token.i)]
    for role in roles:
        body = served_body(role, actor_for)
        if body is not None:
            return body.model_copy(update={"text": text, "name": None})
    return None
