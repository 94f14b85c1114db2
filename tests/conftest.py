"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "corpus"
DATA = ROOT / "tests" / "data"
DEV = DATA / "dev"
ASSESS = DATA / "assess"  # articles where the text disputes, corroborates or hedges claims
FORMATS = DATA / "formats"


@pytest.fixture(scope="session")
def nlp():
    from pipeline.nlp.model import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def seed_outputs(tmp_path_factory):
    """The seed corpus extracted once: (output folder, summary)."""
    from pipeline.run.runner import run_extract

    out = tmp_path_factory.mktemp("seed-out")
    summary = run_extract(CORPUS, out)
    return out, summary


@pytest.fixture
def small_store(tmp_path):
    """A store of two hand-made articles and their records (tests/views/test_export.py)."""
    from tests.views.test_export import SHELLS, TANKS, build_store, shells_records, tanks_records

    store = build_store(
        tmp_path / "small.db", [(TANKS, tanks_records()), (SHELLS, shells_records())]
    )
    yield store
    store.close()


@pytest.fixture
def seed_db(seed_outputs, tmp_path):
    """A private copy of the seed corpus database (tests may add reviews to it)."""
    import shutil

    out, _summary = seed_outputs
    db = tmp_path / "claims.db"
    shutil.copyfile(out / "claims.db", db)
    return db
