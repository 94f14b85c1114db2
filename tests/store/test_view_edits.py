"""claims.csv is the file reviewers edit: no run and no import overwrites it with their
edits in it (issue 12, item 5). The fresh view goes to claims.new.csv beside it."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import main
from pipeline.run.runner import run_extract
from pipeline.store.db import Store
from tests.run.test_runner import ARMY, NAVY, _write


def _rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def _save(path: Path, rows: list[dict[str, str]]) -> None:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")


def _extracted(tmp_path: Path) -> tuple[Path, Path]:
    src, out = tmp_path / "in", tmp_path / "out"
    _write(src / "army.txt", ARMY)
    _write(src / "navy.txt", NAVY)
    run_extract(src, out)
    return src, out


def _import(out: Path, *args: str):
    return CliRunner().invoke(
        main, ["review", "import", str(out / "claims.csv"), "--db", str(out / "claims.db"), *args]
    )


def test_a_run_imports_an_edited_claims_csv_first(tmp_path):
    src, out = _extracted(tmp_path)
    view = out / "claims.csv"
    rows = _rows(view)
    rows[0]["review_status"], rows[0]["review_note"] = "accepted", "seen in the report"
    _save(view, rows)
    (src / "navy.txt").write_text(NAVY + "\nThe yard said 500 jobs were added.\n")

    summary = run_extract(src, out)  # a re-run while the reviewer is at work

    assert [n for n in summary.notes if "imported first (1 changed)" in n]
    assert summary.outputs["claims.csv"] == view and not (out / "claims.new.csv").exists()
    [decided] = [r for r in _rows(view) if r["claim_id"] == rows[0]["claim_id"]]
    assert (decided["review_status"], decided["review_note"]) == ("accepted", "seen in the report")
    assert len(_rows(view)) == summary.total_claims


def test_a_run_keeps_an_edited_claims_csv_it_cannot_import(tmp_path):
    src, out = _extracted(tmp_path)
    view = out / "claims.csv"
    rows = _rows(view)
    rows[0]["review_status"], rows[0]["review_note"] = "acepted", "typo in the status"
    rows[1]["review_status"] = "rejected"
    _save(view, rows)
    edited = view.read_bytes()

    summary = run_extract(src, out)

    assert view.read_bytes() == edited  # the reviewer's file, untouched
    fresh = out / "claims.new.csv"
    assert summary.outputs["claims.csv"] == fresh
    assert len(_rows(fresh)) == summary.total_claims
    assert [n for n in summary.notes if "could not be imported" in n]
    assert [n for n in summary.notes if str(view) in n and str(fresh) in n]
    with Store(out / "claims.db") as store:  # nothing of it imported: all rows or none
        assert store.get_claim(rows[1]["claim_id"]).review.status == "unreviewed"

    # fixed and imported: the decisions go in, claims.csv is the view again
    rows[0]["review_status"] = "accepted"
    _save(view, rows)
    result = _import(out)
    assert result.exit_code == 0, result.output
    assert not fresh.exists()
    decided = {r["claim_id"]: r["review_status"] for r in _rows(view)}
    assert (decided[rows[0]["claim_id"]], decided[rows[1]["claim_id"]]) == ("accepted", "rejected")
    again = run_extract(src, out)  # ours again: rewritten in place
    assert again.notes == [] and again.outputs["claims.csv"] == view and not fresh.exists()


def test_an_unedited_claims_csv_is_rewritten_in_place(tmp_path):
    src, out = _extracted(tmp_path)
    (src / "navy.txt").write_text(NAVY + "\nThe yard said 500 jobs were added.\n")
    summary = run_extract(src, out)
    assert summary.notes == [] and summary.outputs["claims.csv"] == out / "claims.csv"
    assert len(_rows(out / "claims.csv")) == summary.total_claims
    assert not (out / "claims.new.csv").exists()


def test_skip_invalid_keeps_the_skipped_rows_edits_in_the_file(tmp_path):
    _src, out = _extracted(tmp_path)
    view = out / "claims.csv"
    rows = _rows(view)
    rows[0]["review_status"] = "accepted"
    rows[1]["review_status"], rows[1]["review_note"] = "maybe", "ask the desk"  # invalid
    _save(view, rows)
    edited = view.read_bytes()

    result = _import(out, "--skip-invalid")

    assert result.exit_code == 3, result.output
    assert view.read_bytes() == edited  # the skipped row's edits are still there to fix
    fresh = out / "claims.new.csv"
    assert "not overwritten" in result.output and str(fresh) in result.output
    decided = {r["claim_id"]: r["review_status"] for r in _rows(fresh)}
    assert decided[rows[0]["claim_id"]] == "accepted"
    with Store(out / "claims.db") as store:
        assert store.get_claim(rows[0]["claim_id"]).review.status == "accepted"
    # fixed and imported again: every row is in, so claims.csv becomes the view again
    rows[1]["review_status"] = "rejected"
    _save(view, rows)
    again = _import(out)
    assert again.exit_code == 0, again.output
    assert not fresh.exists()
    decided = {r["claim_id"]: r["review_status"] for r in _rows(view)}
    assert decided[rows[1]["claim_id"]] == "rejected"
    assert decided[rows[0]["claim_id"]] == "accepted"


def test_importing_another_file_keeps_an_edited_claims_csv(tmp_path):
    _src, out = _extracted(tmp_path)
    view = out / "claims.csv"
    rows = _rows(view)
    other = tmp_path / "reviewed.csv"
    first = dict(rows[0], review_status="rejected")
    _save(other, [first])
    rows[2]["review_note"] = "half done"  # the reviewer is also editing claims.csv
    _save(view, rows)
    edited = view.read_bytes()
    result = CliRunner().invoke(
        main, ["review", "import", str(other), "--db", str(out / "claims.db")]
    )
    assert result.exit_code == 0, result.output
    assert view.read_bytes() == edited
    decided = {r["claim_id"]: r["review_status"] for r in _rows(out / "claims.new.csv")}
    assert decided[rows[0]["claim_id"]] == "rejected"
