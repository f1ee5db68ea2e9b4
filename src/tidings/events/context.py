"""Context the sentence leaves implicit: the country of domestic actors, the target of protests
and the authority behind an agentless legal act, taken from where the event happens."""

from __future__ import annotations

from spacy.tokens import Token

from tidings.records import Actor

INTERNATIONAL_PREFIXES = ("IGO", "NGO", "IMG", "MNC", "UIS")


def with_context_country(actor: Actor | None, country: str | None) -> Actor | None:
    """Give a country-less domestic actor ("demonstrators", "police") the country the event
    happens in; international actors, actors with a country and foreign ones ("about 40 foreign
    governments") are left as they are."""
    if (actor is None or actor.country or actor.foreign or not country
            or (actor.code or "").startswith(INTERNATIONAL_PREFIXES)):
        return actor
    return actor.model_copy(update={"country": country, "code": country + (actor.code or ""),
                                    "country_from_context": True})


def protest_target(source: Actor | None, place_country: str | None) -> Actor | None:
    """A protest that names no target is aimed at the government where it happens (as CAMEO
    coders take it): that country's government, from the place, else the protesters' country."""
    country = place_country or (source.country if source else None)
    if not country:
        return None
    return Actor(text=f"{country} government (implied)", name=None, code=f"{country}GOV", country=country,
                 sectors=["GOV"])


AUTHORITY_OF_ACT: dict[str, tuple[str, str]] = {
    "arrest": ("COP", "police"), "detain": ("COP", "police"), "apprehend": ("COP", "police"),
    "convict": ("JUD", "court"), "acquit": ("JUD", "court"), "sentence": ("JUD", "court"),
    "jail": ("JUD", "court"), "imprison": ("JUD", "court"),
    "charge": ("JUD", "prosecutors"), "indict": ("JUD", "prosecutors"),
}
"""Who does a legal act the passive leaves without an agent: the police arrest, courts convict and
sentence, prosecutors charge."""


def implied_authority(trigger: Token, country: str | None) -> Actor | None:
    """The authority behind an agentless passive legal act, as CAMEO coders code it: "More than
    1000 people have been arrested since the protests began in June" (the Hong Kong police),
    "Chirac was convicted of corruption, stemming from his years as mayor, in 2011." (a French
    court), "Dr. Joel Smithers was found guilty in May on 859 counts of illegally distributing
    opioids." (a court). The country is where the act happens, else the country of whom it is done
    to; without one, no actor."""
    lemma = trigger.lemma_.lower()
    if lemma == "find" and any(c.dep_ in {"oprd", "acomp"} and c.lower_ == "guilty" for c in trigger.children):
        lemma = "convict"
    authority = AUTHORITY_OF_ACT.get(lemma)
    passive = any(c.dep_ == "nsubjpass" for c in trigger.children) or (
        trigger.dep_ == "acl" and trigger.tag_ == "VBN")
    if authority is None or not country or not passive or any(c.dep_ == "agent" for c in trigger.children):
        return None
    sector, name = authority
    return Actor(text=f"{country} {name} (implied)", name=None, code=country + sector, country=country,
                 sectors=[sector], kind="government", country_from_context=True)
