"""The embedding model, loaded once for the tests marked `embed` (one CPU thread)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def embedder():
    from pipeline.cluster.embed import Embedder

    return Embedder(threads=1, device="cpu")
