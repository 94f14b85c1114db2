"""One run at a time per store (issue 12, item 1): a second `claims extract` on the same
database refuses at once, naming the database and the run that holds it; `claims review
import` goes on working during a run."""

from __future__ import annotations

import csv
import io
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.run.runner import run_extract
from pipeline.store.db import Store
from pipeline.store.lock import RunLock, StoreBusy, lock_path
from tests.conftest import ROOT
from tests.run.test_runner import ARMY, NAVY, _write


def _corpus(src: Path, n: int) -> None:
    for i in range(n):
        base = (ARMY, NAVY)[i % 2]
        _write(src / f"a{i:03d}.txt", f"{base}\nEdition {i}: the desk said {i + 2} ships sailed.\n")


def test_a_second_run_refuses_at_once_and_names_the_holder(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    _corpus(src, 1)
    db = out / "claims.db"
    with RunLock(db):
        started = time.perf_counter()
        with pytest.raises(StoreBusy) as caught:
            run_extract(src, out)
        assert time.perf_counter() - started < 5  # at once, not after a timeout
        message = str(caught.value)
        assert str(db) in message and f"pid {os.getpid()}" in message
        result = CliRunner().invoke(main, ["extract", str(src), "--out", str(out), "--quiet"])
        assert result.exit_code == 1
        assert result.output.count("\n") == 1 and "Traceback" not in result.output
        assert str(db) in result.output and f"pid {os.getpid()}" in result.output
    assert not db.exists()  # the refused runs wrote nothing
    assert run_extract(src, out).articles == 1  # the lock is free again
    assert not lock_path(db).exists()  # removed by its holder


def test_the_lock_is_released_when_a_run_fails(tmp_path, monkeypatch):
    src, out = tmp_path / "in", tmp_path / "out"
    _corpus(src, 1)

    def boom(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("pipeline.run.runner.write_outputs", boom)
    with pytest.raises(RuntimeError):
        run_extract(src, out)
    monkeypatch.undo()
    assert run_extract(src, out).articles == 0  # saved before the failure; not refused


def _saved_articles(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def _holder(db: Path) -> str:
    try:
        return lock_path(db).read_text()
    except FileNotFoundError:  # no run holds it
        return ""


def _claims(*args: str, **kwargs) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        capture_output=True, text=True, timeout=120, env=env, **kwargs,
    )  # fmt: skip


@pytest.mark.slow
def test_two_real_runs_on_one_store(tmp_path):
    """Run A holds the store; run B, started meanwhile, exits 1 at once naming A's pid;
    a review import during A works; A completes with every article and the review.
    (Without the lock both exit 0 and the store ends up without the articles.)"""
    src, out = tmp_path / "in", tmp_path / "out"
    _corpus(src, 2)
    run_extract(src, out)  # a store with claims to review
    _corpus(src, 60)
    db = out / "claims.db"
    cmd = [sys.executable, "-m", "pipeline", "extract", str(src), "--out", str(out)]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    first = subprocess.Popen(
        [*cmd, "--quiet", "--batch-size", "1"], stderr=subprocess.PIPE, text=True, env=env
    )
    try:
        deadline = time.time() + 60
        while f"pid {first.pid}" not in _holder(db) and time.time() < deadline:
            time.sleep(0.01)
        # A holds the lock: pause it so that B surely starts while A is mid-run
        os.kill(first.pid, signal.SIGSTOP)
        try:
            second = _claims("extract", str(src), "--out", str(out), "--quiet")
        finally:
            os.kill(first.pid, signal.SIGCONT)
        assert second.returncode == 1, second.stderr
        assert "Traceback" not in second.stderr and second.stderr.count("\n") == 1
        assert str(db) in second.stderr and f"pid {first.pid}" in second.stderr

        view = out / "claims.csv"
        rows = list(csv.DictReader(io.StringIO(view.read_text(encoding="utf-8"))))
        rows[0]["review_status"] = "accepted"
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        reviewed = tmp_path / "reviewed.csv"
        reviewed.write_text(buf.getvalue(), encoding="utf-8")
        imported = _claims("review", "import", str(reviewed), "--db", str(db))
        assert first.poll() is None, "the first run ended too soon for this test"
        assert imported.returncode == 0, imported.stderr
    finally:
        _, stderr = first.communicate(timeout=300)
    assert first.returncode == 0, stderr
    with Store(db) as store:
        runs = store.runs()
        assert [r["status"] for r in runs] == ["complete", "complete"]
        assert store.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 60
        assert store.get_claim(rows[0]["claim_id"]).review.status == "accepted"
        assert not store.get_claim(rows[0]["claim_id"]).review.stale
    sources = {line.split('"source": "')[1].split('"')[0] for line in
               (out / "claims.jsonl").read_text(encoding="utf-8").splitlines()}  # fmt: skip
    assert len(sources) == 60
