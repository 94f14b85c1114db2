"""Sentence embeddings of claims, cached in the store by text.

The model and its loading are `pipeline.nlp.embedding` (re-exported here); this module
keeps the vectors in the store, so a re-run embeds only texts it has not seen.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from pipeline.nlp.embedding import (
    BATCH_SIZE,
    DEFAULT_PACKAGE,
    INSTALL_HINT,
    Embedder,
    EmbeddingUnavailable,
    default_model_dir,
    model_key,
    shared_embedder,
)
from pipeline.store.clusters import cached_vectors, save_vectors
from pipeline.store.db import Store

__all__ = [
    "BATCH_SIZE",
    "DEFAULT_PACKAGE",
    "INSTALL_HINT",
    "Embedder",
    "EmbeddingUnavailable",
    "default_model_dir",
    "embed_cached",
    "model_key",
    "shared_embedder",
]


def embed_cached(
    embedder: Embedder, store: Store | None, texts: Sequence[str]
) -> tuple[np.ndarray, int]:
    """Vectors of `texts` in order, from the store's cache where present; the others are
    encoded in batches and cached batch by batch (an interrupt keeps the finished ones).
    Returns the matrix and how many texts were encoded now."""
    unique = list(dict.fromkeys(texts))
    known = cached_vectors(store, embedder.key, unique) if store is not None else {}
    missing = [t for t in unique if t not in known]
    step = max(embedder.batch_size * 8, 1)
    for i in range(0, len(missing), step):
        part = missing[i : i + step]
        fresh = dict(zip(part, embedder.encode(part), strict=True))
        if store is not None:
            save_vectors(store, embedder.key, fresh)
        known.update(fresh)
    if not texts:
        return np.zeros((0, 0), dtype=np.float32), 0
    return np.stack([known[t] for t in texts]).astype(np.float32), len(missing)
