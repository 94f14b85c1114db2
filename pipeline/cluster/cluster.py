"""Group the same claim across articles: clusters, their first appearance, figure drift.

`cluster_records` is pure (records and their unit vectors in, clusters out):

1. candidate pairs are the claim pairs whose cosine can still reach the threshold
   once the speaker and figure checks add their most (blocked matrix products, so
   10,000 claims never hold a 10,000 x 10,000 matrix);
2. each candidate gets `pair_score` (`pipeline.cluster.similarity`);
3. pairs at or above the threshold are merged best first, average linkage: two
   groups join only when the mean score over all their cross pairs is at or above
   the threshold too, so one loose pair cannot chain two different claims together.

A cluster's id comes from its first appearance's claim id, its canonical claim is
the appearance closest on average to the others (ties: the first), and
`figures_disagree` is set when two appearances have figures of one kind with
different values ("three times" / "four times"); `figure_variants` lists each
distinct set of figures with the claims that give it. Same records, same clusters,
same bytes.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from pipeline.cluster.similarity import (
    Features,
    Weights,
    adjustment,
    features,
    figure_relation,
    pair_score,
    weights,
)
from pipeline.records import ClaimRecord
from pipeline.records.notation import comparison_text, quantity_text
from pipeline.store.atomic import atomic_file
from pipeline.store.review import neutralise

JSONL_NAME = "clusters.jsonl"
CSV_NAME = "clusters.csv"
_BLOCK = 1024
CSV_COLUMNS = (
    "cluster_id",
    "size",
    "articles",
    "canonical_claim",
    "first_claim_id",
    "first_source",
    "first_outlet",
    "first_published",
    "speakers",
    "figures_disagree",
    "figure_variants",
    "claim_ids",
    "sources",
)


@dataclass
class Cluster:
    cluster_id: str
    members: list[int]  # indexes into the records, first appearance first
    canonical: int
    figures_disagree: bool
    variants: list[tuple[str, list[int]]] = field(default_factory=list)


def candidate_pairs(vectors: np.ndarray, floor: float) -> list[tuple[int, int, float]]:
    """Every pair i < j whose cosine is at least `floor`, computed block by block."""
    n = len(vectors)
    pairs: list[tuple[int, int, float]] = []
    for start in range(0, n, _BLOCK):
        block = vectors[start : start + _BLOCK] @ vectors.T
        rows, cols = np.nonzero(block >= floor)
        for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
            i = start + r
            if c > i:
                pairs.append((i, c, float(block[r, c])))
    return pairs


def _order_key(record: ClaimRecord, index: int) -> tuple:
    """First appearance: the earliest publication date; undated after dated; then input order."""
    return (record.published is None, record.published or "", index)


def _figures_text(record: ClaimRecord) -> str:
    parts = [quantity_text(q) for q in record.quantities]
    if record.comparison is not None and record.comparison.ratio is not None:
        parts.append(comparison_text(record.comparison))
    return "; ".join(parts)


def cluster_id_of(claim_id: str) -> str:
    return "k_" + hashlib.sha256(claim_id.encode("utf-8")).hexdigest()[:16]


class _Groups:
    """Union-find whose roots remember their members."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.members = {i: [i] for i in range(n)}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        a, b = sorted((a, b))
        self.parent[b] = a
        self.members[a].extend(self.members.pop(b))


def cluster_records(
    records: Sequence[ClaimRecord],
    vectors: np.ndarray,
    w: Weights | None = None,
    feats: Sequence[Features] | None = None,
) -> list[Cluster]:
    """Clusters of `records` (vectors: one unit row per record), ordered by size (largest
    first), then by their first appearance."""
    w = w or weights()
    feats = list(feats) if feats is not None else [features(r, w) for r in records]
    n = len(records)
    if n == 0:
        return []
    vectors = np.asarray(vectors, dtype=np.float32)

    def score(i: int, j: int, cosine: float | None = None) -> float:
        cos = float(vectors[i] @ vectors[j]) if cosine is None else cosine
        return pair_score(cos, feats[i], feats[j], w)

    scored = []
    for i, j, cos in candidate_pairs(vectors, w.threshold - w.max_bonus):
        s = score(i, j, cos)
        if s >= w.threshold:
            scored.append((-round(s, 6), i, j))
    scored.sort()
    groups = _Groups(n)
    for _neg, i, j in scored:
        a, b = groups.find(i), groups.find(j)
        if a == b:
            continue
        if _mean_cross(vectors, feats, groups.members[a], groups.members[b], w) >= w.threshold:
            groups.union(a, b)

    clusters = []
    for members in groups.members.values():
        members.sort(key=lambda k: _order_key(records[k], k))
        clusters.append(_describe(records, vectors, feats, members, w))
    clusters.sort(key=lambda c: (-len(c.members), _order_key(records[c.members[0]], c.members[0])))
    return clusters


def _mean_cross(
    vectors: np.ndarray, feats: Sequence[Features], xs: list[int], ys: list[int], w: Weights
) -> float:
    """The mean pair score between two groups: cosines by one matrix product, the
    record checks pair by pair (skipped when all their weights are zero)."""
    mean = float((vectors[xs] @ vectors[ys].T).mean())
    if (
        w.same_speaker
        or w.other_speaker
        or w.figures_agree
        or w.figures_differ
        or (w.parties_differ)
    ):
        mean += sum(adjustment(feats[x], feats[y], w) for x in xs for y in ys) / (len(xs) * len(ys))
    return mean


def _describe(
    records: Sequence[ClaimRecord],
    vectors: np.ndarray,
    feats: Sequence[Features],
    members: list[int],
    w: Weights,
) -> Cluster:
    if len(members) > 2:
        sub = vectors[members] @ vectors[members].T
        centrality = sub.sum(axis=1)
        canonical = members[int(np.argmax(np.round(centrality, 5)))]
    else:
        canonical = members[0]
    disagree = any(
        figure_relation(feats[x], feats[y], w.tolerance) == "differ"
        for k, x in enumerate(members)
        for y in members[k + 1 :]
    )
    variants: dict[tuple, tuple[str, list[int]]] = {}
    for m in members:
        sig = feats[m].figures
        if sig:
            variants.setdefault(sig, (_figures_text(records[m]), []))[1].append(m)
    return Cluster(
        cluster_id=cluster_id_of(records[members[0]].claim_id),
        members=members,
        canonical=canonical,
        figures_disagree=disagree,
        variants=list(variants.values()),
    )


def _speaker(record: ClaimRecord) -> str | None:
    return record.speaker.name if record.speaker else None


def cluster_item(cluster: Cluster, records: Sequence[ClaimRecord]) -> dict:
    """The clusters.jsonl object of one cluster."""
    appearances = []
    for m in cluster.members:
        r = records[m]
        appearances.append(
            {
                "claim_id": r.claim_id,
                "article_id": r.article_id,
                "source": r.source,
                "outlet": r.outlet,
                "published": r.published,
                "url": r.url,
                "speaker": _speaker(r),
                "claim_text": r.claim_text,
                "figures": _figures_text(r),
            }
        )
    speakers = list(
        dict.fromkeys(s for s in map(_speaker, (records[m] for m in cluster.members)) if s)
    )
    return {
        "cluster_id": cluster.cluster_id,
        "size": len(cluster.members),
        "articles": len({records[m].article_id for m in cluster.members}),
        "canonical_claim": records[cluster.canonical].claim_text,
        "canonical_claim_id": records[cluster.canonical].claim_id,
        "first_appearance": appearances[0],
        "appearances": appearances,
        "speakers": speakers,
        "figures_disagree": cluster.figures_disagree,
        "figure_variants": [
            {"figures": text, "claim_ids": [records[m].claim_id for m in ms]}
            for text, ms in cluster.variants
        ],
    }


def write_clusters(items: list[dict], out_dir: str | Path) -> dict[str, Path]:
    """clusters.jsonl and clusters.csv in `out_dir`, each written atomically."""
    out_dir = Path(out_dir)
    paths = {"jsonl": out_dir / JSONL_NAME, "csv": out_dir / CSV_NAME}
    with atomic_file(paths["jsonl"]) as fh:
        for item in items:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    with atomic_file(paths["csv"]) as fh:
        writer = csv.DictWriter(fh, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for item in items:
            first = item["first_appearance"]
            row = {
                "cluster_id": item["cluster_id"],
                "size": str(item["size"]),
                "articles": str(item["articles"]),
                "canonical_claim": item["canonical_claim"],
                "first_claim_id": first["claim_id"],
                "first_source": first["source"],
                "first_outlet": first["outlet"] or "",
                "first_published": first["published"] or "",
                "speakers": "; ".join(item["speakers"]),
                "figures_disagree": "yes" if item["figures_disagree"] else "no",
                "figure_variants": " | ".join(v["figures"] for v in item["figure_variants"]),
                "claim_ids": "; ".join(a["claim_id"] for a in item["appearances"]),
                "sources": "; ".join(a["source"] for a in item["appearances"]),
            }
            writer.writerow({k: neutralise(v) for k, v in row.items()})
    return paths
