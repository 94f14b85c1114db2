"""Batch runs: incremental re-runs, duplicates, workers, errors.jsonl, interrupts."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.run.runner import run_extract
from tests.conftest import CORPUS, DEV


def _copy_articles(dst: Path, *folders: Path) -> list[Path]:
    dst.mkdir(parents=True, exist_ok=True)
    copied = []
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            copied.append(Path(shutil.copy(path, dst / path.name)))
    return copied


def _sources(out: Path) -> list[str]:
    lines = (out / "claims.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["source"] for line in lines]


def test_rerun_skips_unchanged_articles_and_gives_the_same_bytes(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    _copy_articles(src, CORPUS)
    first = run_extract(src, out)
    before = {n: (out / n).read_bytes() for n in ("claims.jsonl", "claims.csv")}
    second = run_extract(src, out)
    assert first.articles == 2 and first.skipped == 0
    assert second.articles == 0 and second.skipped == 2
    assert second.total_claims == first.total_claims > 0
    assert {n: (out / n).read_bytes() for n in before} == before


def test_force_re_extracts_everything(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    _copy_articles(src, CORPUS)
    run_extract(src, out)
    again = run_extract(src, out, force=True)
    assert again.articles == 2 and again.skipped == 0


def test_only_the_changed_article_is_extracted_again(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    files = _copy_articles(src, CORPUS)
    run_extract(src, out)
    files[0].write_text(files[0].read_text(encoding="utf-8") + "\nOne more line.\n")
    again = run_extract(src, out)
    assert (again.articles, again.skipped) == (1, 1)


def test_touched_but_identical_file_is_not_parsed_again(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    files = _copy_articles(src, CORPUS)
    run_extract(src, out)
    os.utime(files[0], ns=(time.time_ns(), time.time_ns()))  # new mtime, same text
    again = run_extract(src, out)
    assert (again.articles, again.skipped) == (0, 2)


def test_same_text_under_two_paths_is_processed_once(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    files = _copy_articles(src, CORPUS)
    (src / "mirror").mkdir()
    shutil.copy(files[0], src / "mirror" / "copy.txt")
    summary = run_extract(src, out)
    assert summary.articles == 2 and summary.duplicates == 1
    records = [json.loads(x) for x in (out / "claims.jsonl").read_text().splitlines()]
    first = [r for r in records if r["source"] == files[0].name]
    assert first and all(r["other_sources"] == ["mirror/copy.txt"] for r in first)
    assert not any(r["source"] == "mirror/copy.txt" for r in records)


def test_removed_file_drops_its_claims(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    files = _copy_articles(src, CORPUS)
    run_extract(src, out)
    files[1].unlink()
    run_extract(src, out)
    assert set(_sources(out)) == {files[0].name}


def test_errors_jsonl_lists_bad_files_with_stage_and_code(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    _copy_articles(src, CORPUS)
    (src / "empty.txt").write_text("")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02" * 20)
    summary = run_extract(src, out, on_error=lambda e: None)
    rows = [json.loads(x) for x in (out / "errors.jsonl").read_text().splitlines()]
    assert len(summary.failures) == 2
    assert {r["file"] for r in rows} == {"empty.txt", "binary.txt"}
    assert all(r["stage"] == "ingest" and r["error"].startswith("E1") for r in rows)
    assert all(r["message"] for r in rows)
    clean = run_extract(src.parent / "in", tmp_path / "out2", on_error=lambda e: None)
    assert len(clean.failures) == 2  # failed files are tried again, not remembered as done


def test_two_workers_give_the_same_outputs_as_one(tmp_path):
    src = tmp_path / "in"
    _copy_articles(src, CORPUS, DEV)
    one = run_extract(src, tmp_path / "one", batch_size=4)
    two = run_extract(src, tmp_path / "two", batch_size=4, workers=2)
    assert one.articles == two.articles == 22  # 2 seed and 20 development articles
    for name in ("claims.jsonl", "claims.csv"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def _saved_articles(db: Path) -> int:
    try:
        with sqlite3.connect(db) as conn:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_signal_mid_run_keeps_finished_articles_and_previous_outputs(tmp_path, signum):
    src, out = tmp_path / "in", tmp_path / "out"
    files = _copy_articles(src, CORPUS)
    assert run_extract(src, out).articles == 2
    before = {n: (out / n).read_bytes() for n in ("claims.jsonl", "claims.csv")}
    # enough new distinct articles that the run is still busy when the signal comes
    dev = sorted(DEV.glob("*.txt"))
    for i in range(40):
        text = dev[i % len(dev)].read_text(encoding="utf-8")
        (src / f"extra-{i:02d}.txt").write_text(f"{text}\nEdition {i}.\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "pipeline.cli", "extract", str(src), "--out", str(out)]
    cmd += ["--quiet", "--batch-size", "1"]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 120
    while _saved_articles(out / "claims.db") < 4 and time.time() < deadline:
        time.sleep(0.05)
    proc.send_signal(signum)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stderr
    assert "interrupted" in stderr
    saved = _saved_articles(out / "claims.db")
    assert 4 <= saved < 42
    assert {n: (out / n).read_bytes() for n in before} == before
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temp files left
    resumed = run_extract(src, out)
    assert resumed.skipped >= saved - 1 and resumed.articles == 42 - resumed.skipped
    assert len(set(_sources(out))) > len(files)
