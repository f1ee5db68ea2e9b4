"""The learned layer's model: logistic regression over named features, shipped as JSON.

``scripts/train_event_filter.py`` trains it (deterministically, from gold files) and writes
``tidings/judge/data/event_filter.json.gz``: the weight of every feature seen in training, the
intercept, the default operating point and the cross-validated figures it was chosen by. Scoring
is a sum of weights and a logistic function: no scikit-learn at run time.
"""

from __future__ import annotations

import gzip
import json
import math
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from tidings.errors import OntologyError

MODEL_FILE = "event_filter.json.gz"


@dataclass(frozen=True)
class EventJudge:
    """Probability that a candidate is an event a careful coder would code."""

    weights: dict[str, float]
    intercept: float
    threshold: float
    info: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | None = None) -> EventJudge:
        """The packaged model (or the one at ``path``)."""
        source = path if path is not None else Path(str(resources.files("tidings.judge") / "data" / MODEL_FILE))
        try:
            with gzip.open(source, "rt", encoding="utf-8") as stream:
                data = json.load(stream)
        except (OSError, json.JSONDecodeError) as exc:
            raise OntologyError(f"cannot load the event model {source}: {exc}") from None
        return cls(weights={k: float(v) for k, v in data["weights"].items()}, intercept=float(data["intercept"]),
                   threshold=float(data["threshold"]), info=dict(data.get("info", {})))

    def probability(self, features: list[str]) -> float:
        score = self.intercept + sum(self.weights.get(name, 0.0) for name in features)
        return 1.0 / (1.0 + math.exp(-max(min(score, 30.0), -30.0)))

    def save(self, path: Path) -> None:
        data = {"intercept": self.intercept, "threshold": self.threshold, "info": self.info,
                "weights": {k: round(v, 5) for k, v in sorted(self.weights.items()) if abs(v) >= 1e-5}}
        payload = json.dumps(data, sort_keys=True, separators=(",", ":")).encode()
        with path.open("wb") as out, gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0) as raw:
            raw.write(payload)  # no name nor time in the header: the same model gives the same bytes
