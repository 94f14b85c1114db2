"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "corpus"
DEV = ROOT / "tests" / "data" / "dev"


@pytest.fixture(scope="session")
def nlp():
    from pipeline.nlp import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def seed_outputs(tmp_path_factory):
    """The seed corpus extracted once: (output folder, summary)."""
    from pipeline.runner import run_extract

    out = tmp_path_factory.mktemp("seed-out")
    summary = run_extract(CORPUS, out)
    return out, summary
