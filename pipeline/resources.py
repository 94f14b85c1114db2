"""Where pipeline data lives and how it is loaded: lexicons and configuration under `models/`.

Lexicons are JSON files under `models/lexicons/`; each is read once per process.
Set `CLAIMS_MODELS_DIR` to use another folder of the same layout.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import Any


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
