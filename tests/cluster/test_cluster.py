"""The clustering algorithm on hand-made records and vectors (no embedding model)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from pipeline.cluster.cluster import (
    candidate_pairs,
    cluster_id_of,
    cluster_item,
    cluster_records,
    write_clusters,
)
from pipeline.cluster.similarity import weights
from pipeline.records import ClaimRecord, Quantity, Speaker

W = weights()


def record(n: int, text: str, *, speaker=None, times=None, published=None, source=None):
    quantities = []
    if times is not None:
        quantities.append(
            Quantity(text=f"{times} times", value=times, unit="times", char_start=0, char_end=1)
        )
    return ClaimRecord(
        claim_id=f"c_{n:02d}",
        article_id=f"a_{n:02d}",
        source=source or f"art{n:02d}.txt",
        published=published,
        sentence=text,
        char_start=0,
        char_end=len(text),
        claim_text=text,
        types=["quantitative"] if quantities else ["attributed"],
        speaker=Speaker(name=speaker) if speaker else None,
        quantities=quantities,
        confidence=0.8,
    )


def unit(*xs: float) -> np.ndarray:
    v = np.array(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


def angle(cos: float) -> np.ndarray:
    """A unit vector at cosine `cos` from (1, 0, 0)."""
    return unit(cos, float(np.sqrt(1 - cos * cos)), 0.0)


def test_candidate_pairs_are_blocked_and_complete():
    rng = np.random.default_rng(0)
    v = rng.normal(size=(2500, 8)).astype(np.float32)
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    got = {(i, j) for i, j, _ in candidate_pairs(v, 0.9)}
    full = v @ v.T
    want = {(i, j) for i in range(len(v)) for j in range(i + 1, len(v)) if full[i, j] >= 0.9}
    assert got == want and got


def test_drifted_figure_joins_the_cluster_and_is_flagged():
    recs = [
        record(0, "Russia makes 3 times more shells than NATO", speaker="Mark Rutte", times=3,
               published="2025-03-04"),
        record(1, "Russia makes 4 times more shells than NATO", speaker="Mark Rutte", times=4,
               published="2025-03-01"),
        record(2, "Allies must spend more on defence", speaker="Mark Rutte"),
    ]  # fmt: skip
    vectors = np.stack([angle(1.0), angle(0.97), unit(0.0, 0.0, 1.0)])
    clusters = cluster_records(recs, vectors, W)
    assert [c.members for c in clusters] == [[1, 0], [2]]  # earliest published first
    big = clusters[0]
    assert big.figures_disagree
    assert big.cluster_id == cluster_id_of("c_01")
    item = cluster_item(big, recs)
    assert item["first_appearance"]["claim_id"] == "c_01"
    assert item["speakers"] == ["Mark Rutte"]
    assert [v["claim_ids"] for v in item["figure_variants"]] == [["c_01"], ["c_00"]]
    assert not clusters[1].figures_disagree


def test_parties_keep_apart_claims_with_the_same_wording_shape():
    recs = [
        record(0, "Russia makes 3 times more shells than NATO", times=3),
        record(1, "China makes 3 times more shells than NATO", times=3),
    ]
    vectors = np.stack([angle(1.0), angle(0.9)])  # 0.9 - parties penalty < threshold
    assert [c.members for c in cluster_records(recs, vectors, W)] == [[0], [1]]
    w = weights(parties_differ=0.0)
    assert [c.members for c in cluster_records(recs, vectors, w)] == [[0, 1]]


def test_average_linkage_stops_a_chain():
    # a ~ b and b ~ c above the threshold, but a and c far apart: not one cluster
    recs = [record(k, f"claim {k}") for k in range(3)]
    a = unit(1.0, 0.0, 0.0)
    c = unit(0.5, 0.866, 0.0)  # cos(a, c) = 0.5
    b = unit(*(a + c))  # cos(a, b) = cos(b, c) = 0.866
    clusters = cluster_records(recs, np.stack([a, b, c]), weights(threshold=0.85))
    assert sorted(len(c.members) for c in clusters) == [1, 2]


def test_undated_appearances_come_after_dated_then_in_input_order():
    recs = [
        record(0, "x", published=None),
        record(1, "x", published="2025-05-01"),
        record(2, "x", published=None),
        record(3, "x", published="2025-04-01"),
    ]
    clusters = cluster_records(recs, np.stack([angle(1.0)] * 4), W)
    assert [c.members for c in clusters] == [[3, 1, 0, 2]]


def test_outputs_are_deterministic(tmp_path):
    rng = np.random.default_rng(1)
    base = rng.normal(size=(20, 16)).astype(np.float32)
    v = np.repeat(base, 3, axis=0) + rng.normal(scale=0.05, size=(60, 16)).astype(np.float32)
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    recs = [record(k, f"claim {k // 3}", times=k % 2 + 1) for k in range(60)]
    outs = []
    for run in range(2):
        clusters = cluster_records(recs, v, W)
        paths = write_clusters([cluster_item(c, recs) for c in clusters], tmp_path / str(run))
        outs.append((paths["jsonl"].read_bytes(), paths["csv"].read_bytes()))
    assert outs[0] == outs[1]
    items = [json.loads(line) for line in outs[0][0].decode().splitlines()]
    assert sum(i["size"] for i in items) == 60
    assert max(i["size"] for i in items) == 3  # each base claim's three copies


@pytest.mark.parametrize("cell", ["=SUM(A1)", "+1", "-2", "@x"])
def test_csv_cells_are_neutralised(tmp_path, cell):
    recs = [record(0, cell)]
    clusters = cluster_records(recs, np.stack([angle(1.0)]), W)
    paths = write_clusters([cluster_item(c, recs) for c in clusters], tmp_path)
    assert f",'{cell}," in paths["csv"].read_text()
