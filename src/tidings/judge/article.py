"""What the learned layer sees of a candidate's article and of its rivals in the sentence.

A sentence is read in its article: "Shares rose 3 pct, Johnson said" is a market quote in a
business story and "the club signed the striker" a transfer in a sports story, whatever the verb.
These features are corpus-independent: the share of the article's words that are business,
sports, obituary or political words (general English lists, below), the share of the article's
candidates that have a state, government, armed or IGO actor, and a year named in the sentence
that is older than the article ("In 1985, Day invited former co-star Hudson…": background).
Where several candidates share a sentence, each is told how many there are of other roots, whether
another shares its trigger word, and whether a rival has a state actor where it has none.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from tidings.judge.features import actor_kind
from tidings.records import Article, Event

WORD = re.compile(r"[a-z]+")
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
TOPICS: dict[str, frozenset[str]] = {
    "business": frozenset({
        "shares", "share", "stock", "stocks", "profit", "profits", "revenue", "revenues", "earnings", "dividend",
        "quarter", "quarterly", "pct", "percent", "dlrs", "mln", "billion", "million", "investors", "investor",
        "analysts", "analyst", "company", "companies", "corp", "inc", "ltd", "shareholders", "acquisition",
        "merger", "sales", "prices", "price", "market", "markets", "trading", "traders", "bank", "banks",
        "loan", "loans", "debt", "bonds", "futures", "crude", "barrels", "tonnes", "net", "subsidiary",
        "customers", "products", "fiscal", "cts", "oil", "sugar", "wheat", "rates", "interest", "exports",
    }),
    "sports": frozenset({
        "match", "matches", "team", "teams", "season", "game", "games", "coach", "league", "goal", "goals",
        "championship", "player", "players", "score", "scored", "cup", "tournament", "club", "clubs", "fans",
        "win", "won", "final", "finals", "race", "olympic", "olympics", "medal", "striker", "football",
        "soccer", "cricket", "tennis", "rugby", "basketball", "baseball", "athlete", "athletes", "stadium",
    }),
    "obituary": frozenset({
        "died", "dies", "death", "funeral", "career", "born", "album", "film", "films", "actor", "actress",
        "singer", "musician", "band", "novel", "tribute", "tributes", "aged", "age", "married", "daughter",
        "son", "wife", "husband", "award", "awards", "songs", "music", "television", "show", "star",
    }),
    "political": frozenset({
        "government", "minister", "ministers", "president", "prime", "military", "troops", "army", "war",
        "election", "parliament", "police", "embassy", "sanctions", "talks", "treaty", "forces", "attack",
        "attacks", "protest", "protesters", "opposition", "rebels", "foreign", "security", "diplomatic",
        "officials", "party", "senate", "congress", "court", "united", "nations", "ceasefire", "killed",
        "arrested", "state", "leader", "leaders", "authorities", "ministry", "border", "nuclear", "peace",
    }),
}
STATE_KINDS = frozenset({"state", "government", "armed", "armed_group", "igo", "political_person", "party"})


def _band(value: float, edges: tuple[float, ...]) -> str:
    for edge in edges:
        if value <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def topic_shares(article: Article) -> tuple[dict[str, float], int]:
    """The share of the article's words (title and text) in each topic list, and its word count."""
    counts = Counter(WORD.findall(f"{article.title or ''} {article.text}".lower()))
    total = max(sum(counts.values()), 1)
    return {topic: sum(counts[w] for w in lexicon) / total for topic, lexicon in TOPICS.items()}, total


def topic_features(shares: dict[str, float], total: int) -> list[str]:
    """Each topic's share banded, the leading topic (over 1% of the words) and the article's length."""
    out = [f"topic_{topic}={_band(share, (0.01, 0.025, 0.05))}" for topic, share in shares.items()]
    leading = max(sorted(shares), key=lambda topic: shares[topic])
    out.append(f"topic_lead={leading if shares[leading] > 0.01 else 'none'}")
    out.append(f"article_words={_band(total, (150, 400, 900))}")
    return out


def has_state_actor(event: Event) -> bool:
    """Whether the event's source or target is a state, government, armed, IGO or political actor."""
    return actor_kind(event.source) in STATE_KINDS or actor_kind(event.target) in STATE_KINDS


def _older_year(event: Event, article: Article) -> bool:
    """The sentence names a year before the article's ("Stevens retired from the court in 2010")."""
    return any(int(year) < article.date.year for year in YEAR.findall(event.sentence))


def article_features(article: Article, events: list[Event]) -> list[list[str]]:
    """The article and competition features of each of ``events`` (the article's candidates)."""
    topics = topic_features(*topic_shares(article))
    leading = topics[-2]  # "topic_lead=..."
    with_state = sum(has_state_actor(e) for e in events)
    state_share = f"article_state_share={_band(with_state / len(events), (0.2, 0.4, 0.6)) if events else 'none'}"
    by_sentence: dict[int, list[Event]] = defaultdict(list)
    for event in events:
        by_sentence[event.sentence_index].append(event)
    out: list[list[str]] = []
    for event in events:
        root, kind = event.cameo_root, actor_kind(event.source)
        rivals = [e for e in by_sentence[event.sentence_index] if e is not event]
        other_roots = {e.cameo_root for e in rivals} - {root}
        features = [*topics, f"{leading}*root={root}", state_share,
                    f"{state_share}*src={kind}", f"other_roots={min(len(other_roots), 2)}"]
        if any(e.trigger.text.lower() == event.trigger.text.lower() for e in rivals):
            features.append("rival_same_trigger")
        if not has_state_actor(event) and any(has_state_actor(e) for e in rivals):
            features.append("rival_has_state_actor")
        if _older_year(event, article):
            features.extend(["older_year", f"older_year*root={root}"])
        out.append(features)
    return out
