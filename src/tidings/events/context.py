"""Context the sentence leaves implicit: the country of domestic actors and the target
of protests, taken from where the event happens."""

from __future__ import annotations

from tidings.records import Actor

INTERNATIONAL_PREFIXES = ("IGO", "NGO", "IMG", "MNC", "UIS")


def with_context_country(actor: Actor | None, country: str | None) -> Actor | None:
    """Give a country-less domestic actor ("demonstrators", "police") the country the event
    happens in; international actors and actors with a country are left as they are."""
    if actor is None or actor.country or not country or (actor.code or "").startswith(INTERNATIONAL_PREFIXES):
        return actor
    return actor.model_copy(update={"country": country, "code": country + (actor.code or "")})


def protest_target(source: Actor | None, place_country: str | None) -> Actor | None:
    """A protest that names no target is aimed at the government where it happens (as CAMEO
    coders take it): that country's government, from the place, else the protesters' country."""
    country = place_country or (source.country if source else None)
    if not country:
        return None
    return Actor(text=f"{country} government (implied)", name=None, code=f"{country}GOV", country=country,
                 sectors=["GOV"])
