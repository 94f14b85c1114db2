"""The review queue's order: highest check-worthiness first, ties in input order, spilled runs
merged exactly as an in-memory sort would order them."""

from __future__ import annotations

import random

import pytest

from pipeline.store.queue import by_score


def _pairs(n: int, seed: int) -> list[tuple[float, dict[str, str]]]:
    rng = random.Random(seed)
    return [(rng.choice([0.0, 0.15, 0.35, 0.9]), {"id": str(i)}) for i in range(n)]


@pytest.mark.parametrize("n, chunk", [(0, 4), (3, 4), (4, 4), (5, 4), (50, 7), (200, 1)])
def test_order_matches_a_stable_sort(n, chunk):
    pairs = _pairs(n, seed=n)
    expected = [row for _, row in sorted(pairs, key=lambda p: -p[0])]  # sorted() is stable
    assert list(by_score(pairs, chunk=chunk)) == expected


def test_ties_keep_input_order():
    pairs = [(0.5, {"id": "a"}), (0.9, {"id": "b"}), (0.5, {"id": "c"}), (0.9, {"id": "d"})]
    assert [r["id"] for r in by_score(pairs, chunk=2)] == ["b", "d", "a", "c"]
