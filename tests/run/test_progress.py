"""Progress bar and structured logs of `claims extract`."""

from __future__ import annotations

import io
import json
import subprocess
import sys

from pipeline.run.progress import Progress
from pipeline.run.runner import RunSummary
from tests.conftest import CORPUS


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_shows_files_articles_and_claims(monkeypatch):
    err = _Tty()
    monkeypatch.setattr(sys, "stderr", err)
    summary = RunSummary(files_done=3, articles=3, claims=17)
    with Progress(enabled=True, delay=0) as progress:
        progress.start(10)
        progress.update(summary)
        progress.echo("error: [E101] empty.txt: empty file")
    text = err.getvalue()
    assert "3/10" in text and "claims=17" in text and "articles=3" in text
    assert "error: [E101] empty.txt" in text


def test_no_progress_bar_when_stderr_is_not_a_terminal(monkeypatch):
    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    with Progress(enabled=True, delay=0) as progress:
        progress.start(10)
        progress.update(RunSummary(files_done=3))
    assert err.getvalue() == ""


def test_json_logs_are_one_object_per_line(tmp_path):
    cmd = [sys.executable, "-m", "pipeline", "--log-format", "json", "--log-level", "INFO"]
    cmd += ["extract", str(CORPUS), "--out", str(tmp_path), "--quiet"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stderr.splitlines() if line.strip()]
    runner = [x for x in lines if x["logger"] == "pipeline.run.runner"]
    assert len(runner) == 2 and all(x["level"] == "INFO" for x in runner)
    assert "complete" in runner[-1]["message"]
