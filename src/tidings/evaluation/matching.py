"""Maximum one-to-one matching between gold and predicted events (Kuhn's augmenting paths).

The sets are a sentence's or an article's events, so a simple O(V·E) search is plenty; a greedy
pairing would undercount when one prediction could serve two gold events and another only one.
"""

from __future__ import annotations


def max_matching(candidates: list[list[int]], n_right: int) -> int:
    """Size of a maximum matching; ``candidates[i]`` lists the right-hand items left item ``i`` may take."""
    return len(matching_pairs(candidates, n_right))


def matching_pairs(candidates: list[list[int]], n_right: int) -> list[tuple[int, int]]:
    """A maximum matching as (left, right) pairs, sorted by left item."""
    owner: list[int | None] = [None] * n_right

    def augment(left: int, seen: list[bool]) -> bool:
        for right in candidates[left]:
            if seen[right]:
                continue
            seen[right] = True
            holder = owner[right]
            if holder is None or augment(holder, seen):
                owner[right] = left
                return True
        return False

    for left in range(len(candidates)):
        augment(left, [False] * n_right)
    return sorted((left, right) for right, left in enumerate(owner) if left is not None)
