"""The target a kept event leaves implicit: the story's country.

Coders of whole articles fill a target the sentence does not name with the party the article
makes plain, in parentheses: "Barr and Ross, however, refused to hand over the documents." is
coded with "(the committee, implied)", a United States body, in a story about the census
question; "The government will fully withdraw the bill in order to fully allay public concerns,"
with "(the public, implied)" of Hong Kong. Most such targets are in the country the article is
about, so an event the learned layer keeps with no target takes that country as its target.

Only statements, appeals, intentions and political acts take one. Meetings (04), investigations
(09), protests (14, whose implied target is the government, :func:`protest_target`), military
posture (15) and violence (18-20) name their targets, or have none to imply. A one-sentence
article gives no context to go by. The step runs after the learned layer has decided: the layer
was trained on the rules' own targets, and an implied one is no evidence of an event.
"""

from __future__ import annotations

from tidings.records import Actor, Event

IMPLIED_TARGET_ROOTS = frozenset({"01", "02", "03", "05", "06", "07", "08", "10", "11", "12", "13", "16", "17"})


def implied_target(country: str) -> Actor:
    """The story's country as an implied target, marked as such in its text."""
    return Actor(text=f"{country} (implied: the story's country)", name=None, code=country, country=country,
                 kind="state", country_from_context=True)


def with_implied_targets(events: list[Event], country: str | None, sentences: int) -> list[Event]:
    """The events, each one with no target and a root that implies one given ``country``."""
    if country is None or sentences < 2:
        return events
    return [event.model_copy(update={"target": implied_target(country)})
            if event.target is None and event.cameo_root in IMPLIED_TARGET_ROOTS else event
            for event in events]
