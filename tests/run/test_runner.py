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


# -- nothing lost across re-runs (issue 12) --------------------------------------------------

ARMY = (
    "Army orders more tanks\n\n"
    "General Maria Lopez said the army will buy 40 new tanks by 2027.\n\n"
    "The ministry said spending rose 12 percent last year.\n\n"
    "Officials said the plant employs 2,000 workers.\n"
)
# the same article after an edit: a note added before the claims, one figure changed
ARMY_EDITED = ARMY.replace("\n\nGeneral", "\n\nEditor's note: figures updated.\n\nGeneral").replace(
    "2,000", "2,500"
)
NAVY = (
    "Navy budget\n\n"
    "Admiral John Reyes said the navy will order 3 frigates next year.\n\n"
    "The shipyard said output doubled since 2022.\n"
)


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _accept_all(db: Path, note: str = "checked") -> dict[str, str]:
    """Accept every current claim; return claim id -> sentence."""
    from pipeline.store.db import Review, Store

    with Store(db) as store:
        items = list(store.claims(include_stale=False))
        store.apply_reviews(
            [(c.record.claim_id, Review("accepted", "ana", note)) for c in items], "test"
        )
    return {c.record.claim_id: c.record.sentence for c in items}


def _reviews(db: Path) -> dict[str, tuple[str, str, bool]]:
    """sentence -> (status, note, stale) of every claim that has a review."""
    from pipeline.store.db import Store

    with Store(db) as store:
        return {
            c.record.sentence: (c.review.status, c.review.note, c.review.stale)
            for c in store.claims(include_stale=True)
            if c.review.status != "unreviewed"
        }


def test_an_article_that_leaves_and_comes_back_returns_with_its_reviews(tmp_path):
    """Issue 12, item 3: extract, review, move the article out, extract, move it back,
    extract: its claims are back in claims.jsonl with their reviews, without --force."""
    src, out, away = tmp_path / "in", tmp_path / "out", tmp_path / "away"
    army = _write(src / "army.txt", ARMY)
    _write(src / "navy.txt", NAVY)
    run_extract(src, out)
    first = (out / "claims.jsonl").read_bytes()
    reviewed = _accept_all(out / "claims.db")
    away.mkdir()
    shutil.move(army, away / "army.txt")
    gone = run_extract(src, out)
    assert "army.txt" not in set(_sources(out))
    stale = {s for s, (_status, _note, is_stale) in _reviews(out / "claims.db").items() if is_stale}
    assert stale == {s for s in reviewed.values() if s in ARMY} != set()
    shutil.move(away / "army.txt", army)
    back = run_extract(src, out)
    assert (gone.articles, back.articles) == (0, 1)  # the returning article is read again
    assert (out / "claims.jsonl").read_bytes() == first
    assert _reviews(out / "claims.db") == {
        s: ("accepted", "checked", False) for s in reviewed.values()
    }


def test_a_run_on_a_subfolder_does_not_lose_the_other_articles(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    _write(src / "land" / "army.txt", ARMY)
    _write(src / "sea" / "navy.txt", NAVY)
    run_extract(src, out)
    first = (out / "claims.jsonl").read_bytes()
    reviewed = _accept_all(out / "claims.db")
    run_extract(src / "land", out)  # once, on a subfolder
    again = run_extract(src, out)
    assert again.failures == []
    assert (out / "claims.jsonl").read_bytes() == first
    assert _reviews(out / "claims.db") == {
        s: ("accepted", "checked", False) for s in reviewed.values()
    }


def test_an_edited_article_keeps_the_reviews_of_its_unchanged_claims(tmp_path):
    """Issue 12, item 4: only the claim whose sentence changed goes stale."""
    src, out = tmp_path / "in", tmp_path / "out"
    army = _write(src / "army.txt", ARMY)
    run_extract(src, out)
    reviewed = _accept_all(out / "claims.db")
    changed = "Officials said the plant employs 2,000 workers."
    assert changed in reviewed.values() and len(reviewed) >= 3
    army.write_text(ARMY_EDITED, encoding="utf-8")
    run_extract(src, out)
    reviews = _reviews(out / "claims.db")
    for sentence in reviewed.values():
        expected = sentence == changed  # stale only for the changed sentence
        assert reviews[sentence] == ("accepted", "checked", expected), sentence
    assert reviews.get(changed.replace("2,000", "2,500")) is None  # the new claim: unreviewed


def _two_interrupts(_summary) -> None:
    """Ctrl-C twice, as an impatient user does: the second one lands mid-run."""
    os.kill(os.getpid(), signal.SIGINT)
    os.kill(os.getpid(), signal.SIGINT)


def _run_statuses(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute("SELECT status FROM runs ORDER BY run_id")]


def test_a_second_ctrl_c_stops_at_once_and_the_run_is_interrupted_not_failed(tmp_path):
    """Issue 12, item 8 (library level)."""
    src, out = tmp_path / "in", tmp_path / "out"
    _write(src / "army.txt", ARMY)
    _write(src / "navy.txt", NAVY)
    summary = run_extract(src, out, batch_size=1, on_progress=_two_interrupts)
    assert summary.interrupted == "SIGINT"
    assert _run_statuses(out / "claims.db") == ["interrupted"]
    assert not (out / "claims.jsonl").exists()  # no outputs from a stopped run
    resumed = run_extract(src, out)
    assert resumed.interrupted is None and resumed.articles + resumed.skipped == 2
    assert _run_statuses(out / "claims.db") == ["interrupted", "complete"]


def test_a_second_ctrl_c_exits_130(tmp_path, monkeypatch):
    """Issue 12, item 8 (command level): exit 130 as the README says, not 1 'Aborted!'."""
    from click.testing import CliRunner

    from pipeline.cli import main
    from pipeline.run.progress import Progress

    src, out = tmp_path / "in", tmp_path / "out"
    _write(src / "army.txt", ARMY)
    _write(src / "navy.txt", NAVY)
    monkeypatch.setattr(Progress, "update", lambda self, summary: _two_interrupts(summary))
    cmd = ["extract", str(src), "--out", str(out), "--batch-size", "1"]
    result = CliRunner().invoke(main, cmd)
    assert result.exit_code == 130, result.output
    assert "Aborted" not in result.output and "interrupted" in result.output
    assert _run_statuses(out / "claims.db") == ["interrupted"]


def test_ctrl_c_before_the_run_starts_exits_130(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from pipeline.cli import main

    src, out = tmp_path / "in", tmp_path / "out"
    _write(src / "army.txt", ARMY)

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("pipeline.run.runner.find_files", interrupted)
    result = CliRunner().invoke(main, ["extract", str(src), "--out", str(out)])
    assert result.exit_code == 130, result.output


@pytest.mark.parametrize(
    "batch_size, size", [(1, 1), (2, 1), (3, 1), (4, 1), (8, 2), (16, 4), (17, 4), (64, 16)]
)
def test_workers_get_chunks_of_a_quarter_batch(batch_size, size):
    from pipeline.run.runner import _chunks, dispatch_size

    assert dispatch_size(batch_size) == size
    chunks = list(_chunks(iter(range(2 * batch_size + 1)), dispatch_size(batch_size)))
    assert [x for c in chunks for x in c] == list(range(2 * batch_size + 1))  # order kept
    assert all(len(c) == size for c in chunks[:-1]) and 1 <= len(chunks[-1]) <= size
