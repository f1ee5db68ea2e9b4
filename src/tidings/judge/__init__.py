"""The learned layer: rules propose candidate events, a model decides which a coder would code.

``candidate_features(...)`` names what the model sees of a candidate; ``EventJudge.load()``
loads the packaged logistic model and gives ``probability(features)``, which becomes the
event's ``confidence``. ``scripts/train_event_filter.py`` trains it.
"""

from __future__ import annotations

from tidings.judge.decide import Candidate, article_candidates, judged
from tidings.judge.features import actor_kind, candidate_features
from tidings.judge.model import EventJudge

__all__ = ["Candidate", "EventJudge", "actor_kind", "article_candidates", "candidate_features", "judged"]
