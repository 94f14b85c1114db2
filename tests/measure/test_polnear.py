"""`claims eval --polnear`: the benchmark's own scorer is run, never copied."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.measure import polnear

# A stand-in for the benchmark's score.py: prints what it was called with.
STUB = """import sys
print("scored", *sys.argv[1:])
sys.exit(int("--fail" in sys.argv))
"""


@pytest.fixture
def bench(tmp_path: Path) -> Path:
    folder = tmp_path / "shared" / "benchmarks" / "polnear"
    (folder / "articles").mkdir(parents=True)
    (folder / "score.py").write_text(STUB, encoding="utf-8")
    return folder


def test_benchmark_is_found_next_to_the_repository(tmp_path):
    repo = tmp_path / "defense-claims"
    assert polnear.benchmark_dir(repo) == tmp_path / "shared" / "benchmarks" / "polnear"


def test_default_root_is_this_repository():
    assert (polnear.repo_root() / "pipeline" / "measure" / "polnear.py").is_file()


SENTENCE = ["claims.jsonl", "--span", "sentence"]


@pytest.mark.parametrize(
    "kwargs, expected",
    [
        ({}, ["claims.jsonl", "--span", "sentence"]),
        ({"span": "claim"}, ["claims.jsonl", "--span", "claim"]),
        ({"only": "nyt,politico"}, [*SENTENCE, "--only", "nyt,politico"]),
        ({"errors": Path("e.jsonl")}, [*SENTENCE, "--errors", "e.jsonl"]),
    ],
)
def test_score_runs_the_benchmark_script_with_this_python(bench, kwargs, expected):
    result = polnear.score(Path("claims.jsonl"), bench, **kwargs)
    assert result.returncode == 0
    assert result.output.split() == ["scored", *expected]


def test_score_passes_the_exit_code_on(bench):
    result = polnear.score(Path("--fail"), bench)
    assert result.returncode == 1


def test_missing_benchmark_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        polnear.run_polnear(tmp_path / "out", bench=tmp_path / "nowhere")


def test_eval_needs_gold_and_pred_without_polnear():
    result = CliRunner().invoke(main, ["eval"])
    assert result.exit_code == 2
    assert "--gold and --pred are required" in result.output


def test_scorer_is_called_with_the_current_interpreter(bench, monkeypatch):
    calls = []

    def fake_run(cmd, **kwargs):
        calls.append(cmd)

        class Done:
            stdout, stderr, returncode = "ok\n", "", 0

        return Done()

    monkeypatch.setattr(polnear.subprocess, "run", fake_run)
    polnear.score(Path("x.jsonl"), bench)
    assert calls == [[sys.executable, str(bench / "score.py"), "x.jsonl", "--span", "sentence"]]


def test_polnear_is_scored_on_the_records_content_then_their_sentence(bench, monkeypatch):
    extracted = []
    monkeypatch.setattr(polnear, "run_extract", lambda *a, **k: extracted.append(a))
    result = polnear.run_polnear(bench.parent / "out", bench=bench, errors=Path("e.jsonl"))
    assert len(extracted) == 1  # one extraction, two scorings
    first, second = [line.split() for line in result.output.splitlines() if line]
    claims = str(bench.parent / "out" / "claims.jsonl")
    assert first[1:] == [claims, "--span", "claim", "--errors", "e.jsonl"]
    assert second[1:] == [claims, "--span", "sentence"]
    assert result.returncode == 0
