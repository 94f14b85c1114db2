"""The store's side of claim clustering: cached embeddings and the last clustering.

Two tables (migration 3 in `pipeline.store.db`):

- `embeddings`: one float32 vector per (model, text hash), so a re-run embeds only
  texts it has not seen with that model;
- `cluster_members`: claim id -> cluster id, replaced whole by each clustering; the
  `claims.jsonl` view reads it to fill each record's `cluster_id`.

Nothing here knows torch: vectors are stored as raw little-endian float32 bytes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

import numpy as np

from pipeline.store.db import Store

_DTYPE = np.dtype("<f4")
_CHUNK = 500  # SQLite's variable limit is far above; keeps each query small


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def cached_vectors(store: Store, model: str, texts: Iterable[str]) -> dict[str, np.ndarray]:
    """The cached vectors of `texts` under `model`, keyed by text (missing ones left out)."""
    by_hash: dict[str, list[str]] = {}
    for text in texts:
        by_hash.setdefault(text_hash(text), []).append(text)
    found: dict[str, np.ndarray] = {}
    hashes = list(by_hash)
    for i in range(0, len(hashes), _CHUNK):
        part = hashes[i : i + _CHUNK]
        marks = ",".join("?" * len(part))
        rows = store.conn.execute(
            f"SELECT text_hash, vector FROM embeddings WHERE model = ? AND text_hash IN ({marks})",
            (model, *part),
        ).fetchall()
        for digest, blob in rows:
            vector = np.frombuffer(blob, dtype=_DTYPE).astype(np.float32)
            for text in by_hash[digest]:
                found[text] = vector
    return found


def save_vectors(store: Store, model: str, vectors: dict[str, np.ndarray]) -> None:
    """Cache `vectors` (text -> vector) under `model`, in one transaction."""
    with store._tx():
        store.conn.executemany(
            "INSERT OR REPLACE INTO embeddings (model, text_hash, vector) VALUES (?, ?, ?)",
            [
                (model, text_hash(t), np.asarray(v, dtype=_DTYPE).tobytes())
                for t, v in vectors.items()
            ],
        )


def count_vectors(store: Store, model: str | None = None) -> int:
    if model is None:
        return store.conn.execute("SELECT COUNT(*) FROM embeddings").fetchone()[0]
    return store.conn.execute(
        "SELECT COUNT(*) FROM embeddings WHERE model = ?", (model,)
    ).fetchone()[0]


def replace_clusters(store: Store, members: dict[str, str]) -> None:
    """Replace the last clustering with `members` (claim id -> cluster id), atomically."""
    with store._tx():
        store.conn.execute("DELETE FROM cluster_members")
        store.conn.executemany(
            "INSERT INTO cluster_members (claim_id, cluster_id) VALUES (?, ?)",
            sorted(members.items()),
        )


def cluster_ids(store: Store) -> dict[str, str]:
    """Claim id -> cluster id of the last clustering (empty when none was made)."""
    return dict(store.conn.execute("SELECT claim_id, cluster_id FROM cluster_members"))


def replace_known_checks(store: Store, checks: dict[str, str]) -> None:
    """Replace the last matching with `checks` (claim id -> the review CSV's known_checks
    text), atomically."""
    with store._tx():
        store.conn.execute("DELETE FROM known_checks")
        store.conn.executemany(
            "INSERT INTO known_checks (claim_id, checks) VALUES (?, ?)", sorted(checks.items())
        )
