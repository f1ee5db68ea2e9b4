"""The actors stage: who is named in an article, coded with CAMEO actor codes for its date.

``find_actors(doc, article, dictionary)`` reads a parsed article once and answers, token by
token, which actor a noun phrase names (``ArticleActors.actor_for``), with the article's
context: domestic actors take the article's country, bare titles the office-holder on the
article's date, pronouns the nearest compatible earlier actor. ``Actor.kind`` says what the
actor is (state, government, igo, ngo, armed_group, party, company, media, education, sports,
political_person, person, group, or ``location`` for a place named as where something happens;
``ArticleActors.is_location(token)`` asks the same). The dictionary is loaded explicitly by the
caller (``ActorDictionary.load(extra)``) and passed in.
"""

from __future__ import annotations

from tidings.actors.article import ArticleActors, find_actors
from tidings.actors.describe import ActorDescription, describe_actor
from tidings.actors.dictionary import ActorDictionary

__all__ = ["ActorDescription", "ActorDictionary", "ArticleActors", "describe_actor", "find_actors"]
