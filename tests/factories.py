"""Builders of real Tidings records for store, link and export tests (not mocks).

``make_article``/``make_event``/``make_result`` build one record with sensible defaults;
``corpus(n)`` builds a deterministic synthetic corpus with repeated dyads, near-duplicate
(syndicated and re-run) articles, locations and tone, as the pipeline would emit it.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from tidings.ontology import cameo
from tidings.records import (
    Actor,
    Article,
    ArticleResult,
    Event,
    EventDate,
    Location,
    Tone,
    Trigger,
)

ACTORS: list[tuple[str, str, str, list[str]]] = [
    ("USA", "United States", "USA", []), ("USAGOV", "Washington", "USA", ["GOV"]),
    ("RUS", "Russia", "RUS", []), ("RUSMIL", "Russian army", "RUS", ["MIL"]),
    ("PRK", "North Korea", "PRK", []), ("CHN", "China", "CHN", []), ("JPN", "Japan", "JPN", []),
    ("GBR", "Britain", "GBR", []), ("FRA", "France", "FRA", []), ("IRN", "Iran", "IRN", []),
    ("ISR", "Israel", "ISR", []), ("DEU", "Germany", "DEU", []),
]
CODES = ["036", "042", "043", "051", "057", "061", "071", "090", "111", "112", "120", "138", "141",
         "163", "173", "190", "193"]
PLACES: list[tuple[str, str, float, float, int, str]] = [
    ("Geneva", "CH", 46.2, 6.15, 2660646, "city"), ("Moscow", "RU", 55.75, 37.62, 524901, "city"),
    ("Washington", "US", 38.9, -77.04, 4140963, "city"), ("Texas", "US", 31.0, -100.0, 4736286, "adm1"),
    ("Japan", "JP", 36.0, 138.0, 1861060, "country"),
]
SOURCES = ["reuters", "apnews", "afp", "bbc"]
WORDS = [
    "talks", "minister", "said", "on", "the", "government", "officials", "market", "trade", "meeting", "leaders",
    "border", "troops", "agreement", "sanctions", "statement", "visit", "capital", "week", "president", "spokesman",
    "ministry", "report", "told", "foreign", "economic", "security", "council", "nuclear", "oil", "prices", "deal",
    "vote", "parliament", "election", "rebels",
]


def make_actor(code: str = "USA", **overrides: Any) -> Actor:
    base = next((a for a in ACTORS if a[0] == code), (code, code.title(), code[:3], []))
    values: dict[str, Any] = {"text": base[1], "name": base[1], "code": base[0], "country": base[2],
                              "sectors": list(base[3])}
    values.update(overrides)
    return Actor(**values)


def make_article(article_id: str = "art-1", date: dt.date = dt.date(2020, 1, 10), **overrides: Any) -> Article:
    values: dict[str, Any] = {
        "id": article_id, "date": date, "title": f"Title of {article_id}",
        "text": f"Body of {article_id}. The United States met North Korea in Geneva on Monday.",
        "url": f"https://news.example.org/{article_id}", "source": "reuters", "origin": "factory:1",
    }
    values.update(overrides)
    return Article(**values)


def make_event(article: Article, index: int = 0, *, source: str | None = "USA", target: str | None = "PRK",
               code: str = "042", date: dt.date | None = None, place: int | None = 0,
               **overrides: Any) -> Event:
    info = cameo(code)
    p = PLACES[place] if place is not None else None
    values: dict[str, Any] = {
        "event_id": f"{article.id}-e{index}", "article_id": article.id, "sentence_index": index,
        "sentence": f"Sentence {index} of {article.id}.",
        "trigger": Trigger(text="met", start=10 * index, end=10 * index + 3),
        "source": make_actor(source) if source else None, "target": make_actor(target) if target else None,
        "cameo": info.code, "cameo_root": info.root, "cameo_name": info.name, "plover": info.plover,
        "plover_mode": info.plover_mode, "quad_class": info.quad_class, "goldstein": info.goldstein,
        "date": EventDate(value=date or article.date, kind="exact", granularity="day", text="Monday"),
        "location": Location(name=p[0], country=p[1], lat=p[2], lon=p[3], geonames_id=p[4], feature=p[5],  # type: ignore[arg-type]
                             full_name=f"{p[0]}, {p[1]}", rule="factory") if p else None,
        "confidence": 0.8, "tone": -1.5,
    }
    values.update(overrides)
    return Event(**values)


def make_result(
    article: Article | None = None, events: list[Event] | None = None, tone: float | None = -2.0
) -> ArticleResult:
    article = article or make_article()
    evs = events if events is not None else [make_event(article)]
    t = Tone(tone=tone, positive=2.0, negative=2.0 - tone, polarity=4.0, activity_density=20.0, word_count=200) \
        if tone is not None else None
    return ArticleResult(article=article, events=evs, tone=t)


def corpus(n: int, *, seed: int = 7, start: dt.date = dt.date(2020, 1, 1), per_day: int = 20,
           dup_rate: float = 0.15, max_events: int = 4, prefix: str = "syn") -> list[ArticleResult]:
    """A deterministic synthetic corpus of ``n`` article results (ids ``{prefix}-000000`` ...).

    About ``dup_rate`` of the articles are near-duplicates of an earlier one (the same story
    from another outlet, or a re-run the next day) carrying the same events.
    """
    rng = random.Random(seed)
    out: list[ArticleResult] = []
    for i in range(n):
        aid = f"{prefix}-{i:06d}"
        day = start + dt.timedelta(days=i // per_day)
        if out and rng.random() < dup_rate:
            orig = out[rng.randrange(max(0, len(out) - per_day * 2), len(out))]
            rerun = rng.random() < 0.5
            article = orig.article.model_copy(update={
                "id": aid, "date": orig.article.date + dt.timedelta(days=1 if rerun else 0),
                "source": orig.article.source if rerun else rng.choice(SOURCES),
                "url": f"https://copy.example.org/{aid}", "text": orig.article.text + " (Reporting by staff)",
            })
            events = [e.model_copy(update={"event_id": f"{aid}-e{j}", "article_id": aid})
                      for j, e in enumerate(orig.events)]
            out.append(ArticleResult(article=article, events=events, tone=orig.tone))
            continue
        words = [rng.choice(WORDS) for _ in range(rng.randint(60, 120))]
        article = make_article(aid, day, text=" ".join(words) + f" ref {aid}.", source=rng.choice(SOURCES))
        events = []
        for j in range(rng.randint(0, max_events)):
            src, tgt = rng.sample(ACTORS[:8], 2)
            events.append(make_event(
                article, j, source=src[0], target=tgt[0] if rng.random() > 0.05 else None,
                code=rng.choice(CODES), date=day - dt.timedelta(days=rng.choice([0, 0, 0, 1])),
                place=rng.choice([None, 0, 1, 2, 3, 4]), confidence=round(rng.uniform(0.3, 1.0), 3),
                status=rng.choice(["asserted"] * 9 + ["planned"]),
            ))
        out.append(make_result(article, events, tone=round(rng.uniform(-8, 4), 3)))
    return out
