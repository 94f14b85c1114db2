"""Worker processes (`claims extract --workers N`): on Linux they are forked from the run's
process with the pipeline already loaded (issue 13). A forked worker must not keep the
run lock, must not outlive its parent, and a bad article in it must not sink the run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time

import pytest

from pipeline.run import runner
from pipeline.run.runner import run_extract
from pipeline.store.lock import RunLock
from tests.conftest import CORPUS, DEV, ROOT
from tests.run.test_runner import _copy_articles

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork on Linux")


def _python(script: str, *args: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip


def _ended(pid: int) -> bool:
    """True once `pid` is gone or a zombie (it may be nobody's child to reap)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except FileNotFoundError:
        return True


def _wait_ended(pid: int, seconds: float = 10) -> bool:
    deadline = time.time() + seconds
    while time.time() < deadline:
        if _ended(pid):
            return True
        time.sleep(0.02)
    return False


@linux_only
@pytest.mark.parametrize(("threads", "method"), [(0, "fork"), (1, None)])
def test_workers_are_forked_only_from_a_process_without_other_threads(threads, method):
    script = """
        import threading
        from pipeline.run.runner import _fork_context
        stop = threading.Event()
        for _ in range(int(__import__("sys").argv[1])):
            threading.Thread(target=stop.wait, daemon=True).start()
        ctx = _fork_context()
        print(ctx.get_start_method() if ctx else None)
        stop.set()
    """
    proc = _python(script, str(threads))
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert out.strip() == str(method)


@linux_only
def test_a_worker_forked_during_a_run_does_not_keep_the_run_lock(tmp_path):
    """The run's process ends without releasing the lock (as when it is killed) while a
    process it forked lives on: the store is free at once, not when that process ends.
    The parent ends only once the child has started (a pipe says so): until the kernel
    first runs the child, the child has not yet closed its copy of the descriptor, and on
    a loaded machine the parent could otherwise end before that."""
    db = tmp_path / "out" / "claims.db"
    script = """
        import os, sys, time
        from pipeline.store.lock import RunLock
        RunLock(sys.argv[1]).acquire()
        started_r, started_w = os.pipe()
        child = os.fork()
        if child == 0:
            os.write(started_w, b"x")
            time.sleep(60)
            os._exit(0)
        assert os.read(started_r, 1) == b"x"
        print(child, flush=True)
        os._exit(0)
    """
    proc = _python(script, str(db))
    child = int(proc.stdout.readline())  # the child keeps the pipe open: no communicate()
    try:
        assert proc.wait(timeout=60) == 0, proc.stderr.read()
        assert not _ended(child)
        with RunLock(db):  # StoreBusy while the child kept the lock
            pass
    finally:
        os.kill(child, 9)


@linux_only
def test_a_forked_worker_ends_with_its_parent(tmp_path):
    """A worker whose parent was killed would otherwise wait for chunks for ever."""
    script = """
        import os, signal, time
        from pipeline.run.runner import _worker_forked
        parent = os.getpid()
        child = os.fork()
        if child == 0:
            _worker_forked(parent)
            print("ready", flush=True)
            time.sleep(60)
            os._exit(0)
        time.sleep(0.5)
        print(child, flush=True)
        os.kill(parent, signal.SIGKILL)
    """
    proc = _python(script)
    out, _ = proc.communicate(timeout=60)
    child = int(out.split()[-1])
    try:
        assert "ready" in out  # it got past its set-up before the parent died
        assert _wait_ended(child), "the worker outlived its parent"
    finally:
        if not _ended(child):
            os.kill(child, 9)


@linux_only
@pytest.mark.slow
def test_a_bad_article_in_a_worker_does_not_sink_the_run(tmp_path):
    """One article fails inside a forked worker: it is reported in errors.jsonl, and the
    outputs are those of one worker with the same failure. In a process of its own, where
    no other thread keeps the workers from being forked (`_fork_context`)."""
    src = tmp_path / "in"
    _copy_articles(src, CORPUS, DEV)
    bad = sorted(p.name for p in src.iterdir())[5]
    script = """
        import json, sys
        from pipeline.process.processor import Processor
        from pipeline.run import runner
        src, out, bad = sys.argv[1:]
        real = Processor._tokenize

        def tokenize(self, article):
            if article.source == bad:
                raise MemoryError("out of memory")
            return real(self, article)

        Processor._tokenize = tokenize  # in the forked workers too
        forked = runner._fork_context() is not None
        runs = {}
        for n in (1, 2):
            summary = runner.run_extract(
                src, f"{out}/w{n}", batch_size=4, workers=n, on_error=lambda e: None
            )
            runs[n] = [summary.articles, [type(e).__name__ for e in summary.failures]]
        print(json.dumps({"forked": forked, "runs": runs}))
    """
    proc = _python(script, str(src), str(tmp_path), bad)
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    report = json.loads(out.splitlines()[-1])
    assert report["forked"]
    assert report["runs"] == {"1": [21, ["ExtractionError"]], "2": [21, ["ExtractionError"]]}
    two = tmp_path / "w2"
    rows = [json.loads(x) for x in (two / "errors.jsonl").read_text().splitlines()]
    assert [(r["file"], r["stage"]) for r in rows] == [(bad, "extract")]
    assert "MemoryError" in rows[0]["message"]
    for name in ("claims.jsonl", "claims.csv", "errors.jsonl"):
        assert (tmp_path / "w1" / name).read_bytes() == (two / name).read_bytes()


def test_the_pipeline_loaded_for_the_workers_is_let_go_after_the_run(tmp_path):
    src = tmp_path / "in"
    _copy_articles(src, CORPUS)
    assert run_extract(src, tmp_path / "out", batch_size=1, workers=2).articles == 2
    assert runner._worker is None
