"""The clustering step: the store's current claims -> cached embeddings -> clusters ->
clusters.jsonl, clusters.csv, the cluster table, and claims.jsonl with `cluster_id`.

A claim its cluster finds in other articles is `repeated`: the store adds that feature to
its check-worthiness whenever it is read (`pipeline.normalize.checkworthiness`), so the
review view claims.csv is written again here, still ordered by the score (and, like every
run's, kept aside as claims.new.csv when a reviewer has edited claims.csv since).

What `claims cluster` and the last step of `claims extract` run.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.cluster.cluster import cluster_item, cluster_records, write_clusters
from pipeline.cluster.embed import Embedder, embed_cached
from pipeline.cluster.similarity import Weights, claim_text, weights
from pipeline.store.clusters import replace_clusters
from pipeline.store.db import Store
from pipeline.views.output import CSV_NAME, JSONL_NAME, write_jsonl, write_review_view


@dataclass
class ClusterSummary:
    claims: int = 0
    clusters: int = 0
    repeated: int = 0  # clusters with more than one appearance
    drifted: int = 0  # clusters whose figures disagree
    embedded: int = 0  # texts encoded now (the others came from the cache)
    embed_seconds: float = 0.0
    cluster_seconds: float = 0.0
    outputs: dict[str, Path] = field(default_factory=dict)
    note: str = ""  # why claims.csv was not overwritten (a reviewer edited it), if so


def run_cluster(
    store: Store, out_dir: str | Path, embedder: Embedder, w: Weights | None = None
) -> ClusterSummary:
    w = w or weights()
    out_dir = Path(out_dir)
    summary = ClusterSummary()
    records = list(store.records())
    summary.claims = len(records)
    t0 = time.perf_counter()
    vectors, summary.embedded = embed_cached(embedder, store, [claim_text(r) for r in records])
    t1 = time.perf_counter()
    clusters = cluster_records(records, vectors, w)
    items = [cluster_item(c, records) for c in clusters]
    summary.cluster_seconds = time.perf_counter() - t1
    summary.embed_seconds = t1 - t0
    summary.clusters = len(clusters)
    summary.repeated = sum(1 for c in clusters if len(c.members) > 1)
    summary.drifted = sum(1 for c in clusters if c.figures_disagree)
    replace_clusters(
        store, {records[m].claim_id: c.cluster_id for c in clusters for m in c.members}
    )
    summary.outputs = write_clusters(items, out_dir)
    summary.outputs["claims"] = out_dir / JSONL_NAME
    write_jsonl(store.records(), summary.outputs["claims"])
    view = write_review_view(store, out_dir / CSV_NAME)
    summary.outputs["review"] = view.path
    summary.note = view.note
    return summary
