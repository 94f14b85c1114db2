"""A run that changes nothing writes no view; any change to what a view is made of, or to
the file on disk, writes all three again (pipeline.views.output, "an unchanged store")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import pipeline.views.output as output
from pipeline.run.runner import run_extract
from pipeline.store.db import Review, Store
from tests.run.test_runner import ARMY, NAVY, _write

VIEWS = ("claims.jsonl", "claims.csv", "errors.jsonl")


def _files(out: Path) -> dict[str, tuple[int, bytes]]:
    """Each view's inode (a new one after an atomic rewrite) and bytes."""
    return {name: ((out / name).stat().st_ino, (out / name).read_bytes()) for name in VIEWS}


@pytest.fixture
def extracted(tmp_path: Path) -> tuple[Path, Path]:
    src, out = tmp_path / "in", tmp_path / "out"
    _write(src / "army.txt", ARMY)
    _write(src / "navy.txt", NAVY)
    first = run_extract(src, out)
    assert first.articles == 2 and first.total_claims > 0
    return src, out


def test_an_unchanged_run_leaves_every_view_as_it_was(extracted):
    src, out = extracted
    before = _files(out)
    again = run_extract(src, out)
    assert (again.articles, again.skipped) == (0, 2)
    assert _files(out) == before  # same inodes: not even rewritten with the same bytes
    assert again.total_claims == len(before["claims.jsonl"][1].splitlines())
    assert again.outputs == {name: out / name for name in VIEWS}


def test_a_review_decision_writes_the_views_again(extracted):
    src, out = extracted
    before = _files(out)
    first = json.loads(before["claims.jsonl"][1].splitlines()[0])
    with Store(out / "claims.db") as store:
        store.apply_reviews([(first["claim_id"], Review(status="accepted", reviewer="ana"))])
    run_extract(src, out)
    after = _files(out)
    assert after["claims.csv"][0] != before["claims.csv"][0]
    [row] = [r for r in after["claims.csv"][1].decode().splitlines() if first["claim_id"] in r]
    assert ",accepted,ana," in row


def test_a_changed_article_writes_the_views_again(extracted):
    src, out = extracted
    before = _files(out)
    _write(src / "navy.txt", NAVY + "\nThe yard said 500 jobs were added.\n")
    again = run_extract(src, out)
    after = _files(out)
    assert again.articles == 1
    assert all(after[name][0] != before[name][0] for name in VIEWS)
    assert b"500 jobs" in after["claims.jsonl"][1]


@pytest.mark.parametrize("damage", ["delete", "edit"])
def test_a_view_deleted_or_edited_by_hand_is_written_again(extracted, damage):
    src, out = extracted
    before = _files(out)
    jsonl = out / "claims.jsonl"
    if damage == "delete":
        jsonl.unlink()
    else:
        jsonl.write_bytes(before["claims.jsonl"][1].splitlines(keepends=True)[0])
    run_extract(src, out)
    assert jsonl.read_bytes() == before["claims.jsonl"][1]


def test_another_version_of_the_code_writes_the_views_again(extracted, monkeypatch):
    src, out = extracted
    before = _files(out)
    monkeypatch.setattr(output, "_code_digest", lambda: "another version")
    run_extract(src, out)
    after = _files(out)
    assert all(after[name][0] != before[name][0] for name in VIEWS)
    assert {n: b for n, (_, b) in after.items()} == {n: b for n, (_, b) in before.items()}


def test_views_written_to_another_folder_from_the_same_store(extracted, tmp_path):
    src, out = extracted
    other = tmp_path / "other"
    run_extract(src, other, db=out / "claims.db")  # one store, a second output folder
    assert (other / "claims.jsonl").read_bytes() == (out / "claims.jsonl").read_bytes()
