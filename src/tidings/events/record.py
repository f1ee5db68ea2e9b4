"""An event mention made a record: its CAMEO/PLOVER type, the context the sentence leaves implicit
(the country of domestic actors, a protest's target), its status against its date, and its id."""

from __future__ import annotations

import hashlib

from tidings.events.candidates import EventMention
from tidings.events.context import implied_authority, protest_target, with_context_country
from tidings.events.terms import RESIGNATION_WORDS
from tidings.ontology import cameo
from tidings.records import Article, Event, EventDate, Location, Trigger

CONTEXT_PLACE_RULES = frozenset({"clause", "dateline"})
"""Location rules that say where the event happens (not guessed from its actors' countries)."""


def event_record(article: Article, mention: EventMention, sentence_index: int, date: EventDate,
                 location: Location | None, tone: float | None) -> Event:
    """The :class:`Event` of a coded mention, dated and located by the caller's stages."""
    token = mention.trigger
    code = cameo(mention.code)
    place_country = location.country if location is not None and location.rule in CONTEXT_PLACE_RULES else None
    source = with_context_country(mention.source, place_country)
    target = with_context_country(mention.target, place_country or (source.country if source else None))
    if target is None and code.root == "14":
        target = protest_target(source, place_country)
    if source is None:  # "Chirac was convicted of corruption": by a court of the place, or of Chirac's country
        source = implied_authority(token, place_country or (target.country if target else None))
    # the PLOVER manual types a resignation as RETREAT (mode "resign"), whatever CAMEO code carries it
    resignation = code.code.startswith("083") and token.lemma_.lower() in RESIGNATION_WORDS
    status = mention.status
    if status == "asserted" and date.kind != "unresolved" and date.value > article.date:
        status = "planned"  # "before the Russian leader heads to China for an April 26-27 summit"
    return Event(
        event_id=event_id(article, token.idx, code.code, source.code if source else None,
                          target.code if target else None),
        article_id=article.id,
        sentence_index=sentence_index,
        sentence=token.sent.text.strip(),  # no trailing paragraph break
        trigger=Trigger(text=token.text, start=token.idx, end=token.idx + len(token.text)),
        source=source,
        target=target,
        cameo=code.code,
        cameo_root=code.root,
        cameo_name=code.name,
        plover="RETREAT" if resignation else code.plover,
        plover_mode="resign" if resignation else code.plover_mode,
        quad_class=code.quad_class,
        goldstein=code.goldstein,
        status=status,
        reciprocal=mention.reciprocal,
        date=date,
        location=location,
        confidence=mention.confidence,
        tone=tone,
        rule=mention.rule,
    )


def event_id(article: Article, trigger_start: int, cameo_code: str, source: str | None, target: str | None) -> str:
    """A stable id: the article, where the trigger starts, the code and the actor codes."""
    key = "|".join([article.id, str(trigger_start), cameo_code, source or "", target or ""])
    return hashlib.sha1(key.encode()).hexdigest()[:16]
