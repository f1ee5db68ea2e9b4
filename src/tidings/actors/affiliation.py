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
BODY_SECTORS = frozenset({"BUS", "MED", "EDU"})


def _is_non_state_body(actor: Actor) -> bool:
    """A company, medium, school or club: by its kind, a multinational code or its sector."""
    return (actor.kind in SERVED_KINDS or (actor.code or "").startswith("MNC")
            or bool(BODY_SECTORS & set(actor.sectors)))


def served_body(role: Token, actor_for: Callable[[Token], Actor | None]) -> Actor | None:
    """The company, medium, school or club a leadership noun serves ("chairman of the Bank of
    Montreal", "an economist at Lloyds Bank"), coded as the body; None for a state body ("the
    president of the republic", "a spokesman for the PMF")."""
    if role.lemma_.lower() not in LEADERSHIP_NOUNS:
        return None
    for prep in role.children:
        if prep.dep_ != "prep" or prep.lower_ not in SERVING_PREPS:
            continue
        for body in (c for c in prep.children if c.dep_ == "pobj"):
            actor = actor_for(body)
            if actor is not None and _is_non_state_body(actor):
                return actor
    return None


def spokesperson_of_body(token: Token, text: str, actor_for: Callable[[Token], Actor | None]) -> Actor | None:
    """The phrase headed by ``token`` coded as the body it serves: the role itself ("the president
    of the Philippine Chamber of Commerce") or a person named with it in apposition ("William
    Mulholland, chairman of the Bank of Montreal")."""
    roles = [token] + [c for c in token.children if c.dep_ == "appos"]
    for role in roles:
        body = served_body(role, actor_for)
        if body is not None:
            return body.model_copy(update={"text": text, "name": None})
    return None
