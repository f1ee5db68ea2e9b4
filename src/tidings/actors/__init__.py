"""The actors stage: who is named in an article, coded with CAMEO actor codes for its date.

``find_actors(doc, article, dictionary)`` reads a parsed article once and answers, token by
token, which actor a noun phrase names (``ArticleActors.actor_for``). The dictionary is loaded
explicitly by the caller (``ActorDictionary.load(extra)``) and passed in.
"""

from __future__ import annotations

from tidings.actors.article import ActorDescription, ArticleActors, describe_actor, find_actors
from tidings.actors.dictionary import ActorDictionary

__all__ = ["ActorDescription", "ActorDictionary", "ArticleActors", "describe_actor", "find_actors"]
