"""Linking rule and near-duplicate detection, on plain values."""

from __future__ import annotations

import random

import pytest

from factories import make_article, make_event
from tidings.store.link import (
    LinkPoint,
    LinkSettings,
    UnionFind,
    block_key,
    cluster,
    event_id_for,
    minhash,
    segments,
    similarity,
)

S = LinkSettings()


def pts(*specs: tuple[str, int, str | None], block: str = "A|B|04|CONSULT|A") -> list[LinkPoint]:
    return [LinkPoint(key=k, block=block, day=d, place=p) for k, d, p in specs]


def test_mentions_within_window_link_and_later_ones_open_a_new_event() -> None:
    out = cluster(pts(("a", 0, None), ("b", 2, None), ("c", 3, None), ("d", 4, None)), S)
    assert out == {"a": "a", "b": "a", "c": "a", "d": "d"}


def test_event_span_is_capped_so_dense_blocks_do_not_chain() -> None:
    out = cluster(pts(*[(f"m{d:03d}", d, None) for d in range(30)]), S)
    assert len(set(out.values())) == 8  # anchors every 4 days


def test_different_countries_do_not_link_but_unknown_place_fits_any() -> None:
    out = cluster(pts(("a", 0, "US"), ("b", 0, "RU"), ("c", 1, None)), S)
    assert out["a"] != out["b"] and out["c"] == out["a"]
    none = S.model_copy(update={"place_level": "none"})
    assert len(set(cluster(pts(("a", 0, None), ("b", 0, None)), none).values())) == 1


def test_different_blocks_never_link() -> None:
    points = pts(("a", 0, None)) + pts(("b", 0, None), block="B|A|04|CONSULT|A")
    assert cluster(points, S) == {"a": "a", "b": "b"}


def test_clustering_does_not_depend_on_input_order() -> None:
    rng = random.Random(3)
    points = [LinkPoint(f"k{i}", f"b{rng.randrange(3)}", rng.randrange(40), rng.choice([None, "US", "FR"]))
              for i in range(300)]
    expected = cluster(points, S)
    for _ in range(5):
        rng.shuffle(points)
        assert cluster(list(points), S) == expected


def test_block_key_uses_dyad_root_plover_and_status() -> None:
    art = make_article()
    a = block_key(make_event(art, source="USA", target="PRK", code="042"), S)
    assert a == block_key(make_event(art, 1, source="USA", target="PRK", code="043"), S)
    assert a != block_key(make_event(art, source="PRK", target="USA", code="042"), S)
    assert a != block_key(make_event(art, source="USA", target="PRK", code="042", status="negated"), S)
    undirected = S.model_copy(update={"directed": False})
    assert block_key(make_event(art, source="PRK", target="USA"), undirected) == block_key(make_event(art), undirected)


def test_event_ids_are_deterministic_and_positive() -> None:
    sid, num = event_id_for("USA|PRK|04|CONSULT|A", "x#00000")
    assert (sid, num) == event_id_for("USA|PRK|04|CONSULT|A", "x#00000")
    assert 0 < num < 2**63 and sid == f"ev-{num:016x}"


def test_segments_split_at_gaps_longer_than_window() -> None:
    assert segments([9, 0, 3, 5, 20], 3) == [(0, 5), (9, 9), (20, 20)]


def test_minhash_finds_near_duplicates_and_not_different_texts() -> None:
    base = " ".join(f"word{i % 50} token{i}" for i in range(200))
    copy = base + " (Reporting by staff)"
    other = " ".join(f"other{i} thing{i % 7}" for i in range(200))
    assert similarity(minhash(base, S), minhash(copy, S)) >= S.duplicate_threshold
    assert similarity(minhash(base, S), minhash(other, S)) < 0.2


def test_union_find_representative_is_smallest() -> None:
    uf = UnionFind()
    uf.union("c", "b")
    uf.union("d", "a")
    uf.union("b", "d")
    assert {uf.find(x) for x in "abcd"} == {"a"}


def test_settings_from_environment() -> None:
    s = LinkSettings.from_env({"TIDINGS_LINK_WINDOW_DAYS": "5", "TIDINGS_LINK_DIRECTED": "false"})
    assert s.window_days == 5 and s.directed is False
    with pytest.raises(ValueError):
        LinkSettings.from_env({"TIDINGS_LINK_WINDOW_DAYS": "-1"})
