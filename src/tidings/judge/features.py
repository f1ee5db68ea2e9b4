"""What the learned layer sees of a candidate event: a set of named binary features.

The features describe the candidate the rules proposed (its construction, CAMEO code, trigger
and object lemmas), its actors' kinds (state, government sector, IGO, armed group, named person,
uncoded text), its clause (main, reported, conditional, relative, purpose, quoted), the
sentence's words and the article's title words, which tell a business or sports story from a
political one ("Shares of Lloyds rose 3 pct, Johnson said" is no statement of Boris Johnson's).
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.records import Actor
from tidings.tone import lexicon

STOP_WORDS = frozenset({
    "the", "a", "an", "of", "to", "in", "on", "and", "or", "for", "with", "at", "by", "from", "as", "is",
    "was", "were", "be", "been", "are", "that", "this", "it", "its", "he", "she", "they", "his", "her",
    "their", "has", "have", "had", "will", "would", "said", "says", "say", "which", "who", "but", "not",
})
REPORTING_LEMMAS = frozenset({"say", "tell", "report", "add", "state", "claim", "according", "told"})
GROUP_PREFIXES = ("IGO", "NGO", "IMG", "MNC", "REB", "INS", "UIS")
ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "UAF", "COP", "SPY"})
POLITICAL_SECTORS = frozenset({"GOV", "LEG", "JUD", "ELI", "PTY", "OPP", "MIL", "COP", "SPY"})


def actor_kind(actor: Actor | None) -> str:
    """A coarse kind: none, uncoded (text only), state, government, armed, political, IGO, NGO,
    business, media, civilian or other sector."""
    if actor is None:
        return "none"
    if actor.kind:
        return actor.kind
    code = (actor.code or "").upper()
    if not code and not actor.country:
        return "uncoded"
    for prefix in GROUP_PREFIXES:
        if code.startswith(prefix):
            return prefix.lower()
    sectors = set(actor.sectors)
    if not sectors:
        return "state" if len(code) == 3 or not code else "other"
    if "GOV" in sectors:
        return "government"
    if sectors & ARMED_SECTORS:
        return "armed"
    if sectors & POLITICAL_SECTORS:
        return "political"
    if "BUS" in sectors:
        return "business"
    if "MED" in sectors:
        return "media"
    if sectors & {"CVL", "LAB", "EDU", "REF", "HLH", "AGR"}:
        return "civilian"
    return "other"


def _clause_type(clause: Token) -> str:
    """Main, reported (under a speech verb), conditional, relative, purpose, adverbial, coordinated."""
    if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in clause.children):
        return "conditional"
    dep = clause.dep_
    if dep == "ROOT":
        return "main"
    if dep == "relcl":
        return "relative"
    if dep in {"ccomp", "parataxis"} and clause.head.lemma_.lower() in REPORTING_LEMMAS:
        return "reported"
    if dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return "purpose"
    if dep in {"advcl", "acl", "xcomp", "ccomp", "conj", "pcomp", "pobj"}:
        return dep
    return "other"


def _quoted(trigger: Token) -> bool:
    """Inside quotation marks: an odd number of quote characters before the trigger."""
    sent = trigger.sent
    before = sent.text[:trigger.idx - sent.start_char]  # the sentence's text, not the whole article's
    return before.count('"') % 2 == 1


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if value <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def _object_lemma(clause: Token) -> str:
    for child in clause.children:
        if child.dep_ in {"dobj", "attr", "nsubjpass"}:
            return child.lemma_.lower()
    return "-"


def candidate_features(*, rule: str, code: str, status: str, reciprocal: bool, trigger: Token, clause: Token,
                       source: Actor | None, target: Actor | None, sentence_number: int,
                       candidates_in_sentence: int, title: str | None, same_root_before: int = 0) -> list[str]:
    """The named features of one candidate event (each present feature has value 1)."""
    root = code[:2]
    lemma = trigger.lemma_.lower()
    src, tgt = actor_kind(source), actor_kind(target)
    clause_type = _clause_type(clause)
    obj = f"obj={_object_lemma(clause)}"
    features = [
        "bias", f"rule={rule}", f"root={root}", f"code={code}", f"rule*root={rule}*{root}",
        f"lemma={lemma}", f"lemma*root={lemma}*{root}", obj,
        f"clause_lemma={clause.lemma_.lower()}", f"trigger_pos={trigger.pos_}", f"status={status}",
        f"src={src}", f"tgt={tgt}", f"src*tgt={src}*{tgt}", f"root*src={root}*{src}", f"root*tgt={root}*{tgt}",
        f"rule*src={rule}*{src}", f"rule*tgt={rule}*{tgt}",
        f"clause={clause_type}", f"clause*root={clause_type}*{root}", f"tag={clause.tag_}",
        f"sentence={_bucket(sentence_number, (0, 2, 5, 10))}",
        f"candidates={_bucket(candidates_in_sentence, (1, 2, 4))}",
        f"sentence_words={_bucket(len(trigger.sent), (10, 20, 35, 60))}",
    ]
    heads = (f"src_head={_head_word(source)}", f"tgt_head={_head_word(target)}", obj)
    features.extend(heads[:2])  # "website", "analyst"
    features.extend(f"{head}*r{root}" for head in heads)  # an "analyst" quoted (010) is no analyst protesting (14)
    if reciprocal:
        features.append("reciprocal")
    if _quoted(trigger):
        features.append("quoted")
    if source is not None and target is not None and source.country and source.country == target.country:
        features.append("same_country")
    if source is not None and source.text.lower() in {"he", "she", "it", "they", "we", "i"}:
        features.append("source_pronoun")
    if "?" in trigger.sent.text:
        features.append("question")
    words = {t.lemma_.lower() for t in trigger.sent if t.is_alpha and t.lower_ not in STOP_WORDS}
    features.extend(f"w={w}" for w in sorted(words))
    # a word tells each root something else: "shares" beside a 010 statement marks a market quote
    # ("Shares of Lloyds rose 3 pct, Johnson said"); beside an 18 or 19 it tells little
    features.extend(f"w={w}*r{root}" for w in sorted(words))
    features.extend(f"t={w}" for w in sorted({w.lower() for w in (title or "").split() if w.isalpha()} - STOP_WORDS))
    if any(t.like_num for t in trigger.sent) and any(t.lower_ in {"pct", "percent", "%", "mln", "billion", "dlrs"}
                                                     for t in trigger.sent):
        features.append("amounts")
    features.append(f"valence*root={_valence(trigger)}*{root}")  # "treats the law with utter contempt": 111, not 010
    features.append(f"same_root_before={min(same_root_before, 2)}")  # the scorer matches one event per gold event
    features.extend(f"{name}*root={root}" for name in clause_context(clause, source))
    return features


def _head_word(actor: Actor | None) -> str:
    """The last word of the actor's phrase: what it is ("The Internal Revenue Service website advises
    citizens…": a website, no political actor; "a market analyst": no statement of a state's)."""
    if actor is None:
        return "none"
    words = [w for w in actor.text.lower().split() if w.isalpha()]
    return words[-1] if words else "-"


def _valence(trigger: Token) -> str:
    """The sentence's words' summed VADER valence, in three bands."""
    scores = lexicon()
    total = sum(scores.get(t.lower_, 0.0) for t in trigger.sent)
    return "negative" if total <= -2.0 else "positive" if total >= 2.0 else "neutral"


def clause_context(clause: Token, source: Actor | None) -> list[str]:
    """How the clause is framed: how many verbs of saying it sits under, its modals, a pluperfect
    (background: "had arrested"), a time adverb of the past, and whether the source is named."""
    depth = sum(1 for t in (clause, *clause.ancestors)
                if t.dep_ in {"ccomp", "parataxis"} and t.head.lemma_.lower() in REPORTING_LEMMAS)
    out = [f"report_depth={min(depth, 2)}"]
    out.extend(f"modal={c.lower_}" for c in clause.children if c.tag_ == "MD")
    if any(c.lower_ == "had" and c.dep_ == "aux" for c in clause.children) and clause.tag_ == "VBN":
        out.append("pluperfect")
    if any(c.dep_ == "npadvmod" and c.lemma_.lower() in {"year", "month", "decade"} for c in clause.children):
        out.append("past_period")
    if source is not None:
        out.append("source_named" if any(c.isupper() for c in source.text[:1]) else "source_common")
        if source.country_from_context:
            out.append("source_country_from_context")
    return out
