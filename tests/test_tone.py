"""Tests of the TONE stage with real news-like sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.tone import article_tone, lexicon

SEED = Path(__file__).parents[1] / "examples" / "000_9412593e3c0903a8.txt"

NEGATIVE = [
    "Gunmen killed at least 12 people and wounded dozens in a bomb attack on a crowded market, police said.",
    "The government condemned the deadly airstrikes, which destroyed a hospital and left hundreds homeless.",
    "Protesters clashed with riot police and several were arrested after the violent crackdown.",
    "The minister warned of a humanitarian crisis as famine and disease spread through the besieged city.",
]
POSITIVE = [
    "The two countries signed a landmark peace agreement and pledged to expand friendly cooperation.",
    "Leaders welcomed the successful talks and praised the progress toward a lasting settlement.",
    "Aid workers celebrated as the rescue brought relief and hope to thousands of grateful families.",
]


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_negative_news_scores_negative(sentence: str) -> None:
    tone = article_tone(sentence)
    assert tone.tone < 0
    assert tone.negative > tone.positive


@pytest.mark.parametrize("sentence", POSITIVE)
def test_positive_news_scores_positive(sentence: str) -> None:
    assert article_tone(sentence).tone > 0


def test_negation_flips_a_word() -> None:
    assert article_tone("The talks were successful.").tone > 0
    assert article_tone("The talks were not successful.").tone < 0


def test_seed_article_about_rising_tensions_is_negative() -> None:
    tone = article_tone(SEED.read_text(encoding="utf-8"))
    assert tone.tone < 0
    assert tone.word_count > 250
    assert tone.polarity == pytest.approx(tone.positive + tone.negative)
    assert 0 < tone.activity_density < 100


def test_empty_text_is_neutral() -> None:
    tone = article_tone("")
    assert (tone.tone, tone.word_count) == (0.0, 0)


def test_lexicon_is_loaded_once_and_read_only() -> None:
    assert lexicon() is lexicon()
    assert lexicon()["war"] < 0
    with pytest.raises(TypeError):
        lexicon()["war"] = 1.0  # type: ignore[index]
