"""Done when: a reviewer's decisions survive re-runs.

A reviewer opens claims.csv with pandas (as a spreadsheet would), accepts one claim,
rejects one, corrects a speaker and adds notes, saves the file back the way Excel
does (BOM, CRLF, columns moved, a column of their own) and imports it. Then the
corpus changes: one article is added, one reviewed article is edited, and the
extraction runs again. Every decision must still be there: on unchanged claims as
they were, on the edited article's claims kept but marked stale when their claim
changed, and carried to the new claim when it did not (issue 12, item 4).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from pipeline.cli import review_group
from pipeline.run.runner import run_extract
from pipeline.store.db import Store
from pipeline.store.review import COLUMNS
from tests.conftest import CORPUS

HARBOUR = "harbour-patrol-boats.txt"
HARBOUR_TEXT = """Harbour fleet to get twelve patrol boats by 2027

Coast guard commander Ingrid Vatne said on Monday that the service will take \
delivery of twelve new patrol boats by 2027.

"We now patrol twice as much coastline as we did five years ago," Vatne told \
reporters at the naval base.

According to the defence ministry, the boats will cost about 340 million euros in total.
"""
DEPOT = "depot-shells.txt"
DEPOT_TEXT = """Depot output up by a third

The plant director, Tomas Varga, said the depot now fills 4,000 artillery shells a \
month, a third more than last spring.

"Our line runs two shifts instead of one," Varga said.
"""
RUTTE = "rutte-nato-ammunition.txt"
CHEMEZOV = "chemezov-rostec-production.txt"
REVIEW_QUERY = "SELECT claim_id, status, reviewer, note, corrections FROM reviews ORDER BY 1"


@dataclass
class Scenario:
    out: Path
    db: Path
    first: pd.DataFrame  # claims.csv after the first run
    saved: Path  # the reviewer's file
    decisions: dict[str, dict[str, str]]  # claim_id -> the columns the reviewer set
    import_output: str
    reviews_before: list[tuple]  # reviews table after the import
    log_before: int
    second: pd.DataFrame  # claims.csv after the re-run


def _read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def _query(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _one(df: pd.DataFrame, source: str, speaker: str) -> int:
    """The index of the single row of `source` whose speaker is `speaker`."""
    [index] = df.index[(df["source"] == source) & (df["speaker"] == speaker)].tolist()
    return index


@pytest.fixture(scope="module")
def scenario(tmp_path_factory) -> Scenario:
    root = tmp_path_factory.mktemp("reviewer")
    src, out = root / "articles", root / "out"
    shutil.copytree(CORPUS, src)
    (src / HARBOUR).write_text(HARBOUR_TEXT, encoding="utf-8")
    run_extract(src, out)
    first = _read_csv(out / "claims.csv")

    df = first.copy()
    accept = _one(df, RUTTE, "Mark Rutte")
    reject = _one(df, CHEMEZOV, "U.S. officials")
    correct = _one(df, HARBOUR, "Ministry of Defence")
    [accept_harbour] = df.index[
        (df["source"] == HARBOUR) & df["sentence"].str.contains("twelve new patrol boats")
    ].tolist()
    decisions = {
        accept: {"review_status": "accepted", "reviewer": "ana"},
        reject: {
            "review_status": "rejected",
            "reviewer": "ana",
            "review_note": 'vague: "at times conceded",\nno figure given',
        },
        correct: {
            "review_status": "Corrected",  # as typed
            "corrected_speaker": "Norwegian Ministry of Defence",
            "review_note": "=the ministry, not a person",
        },
        accept_harbour: {"review_status": "accepted", "review_note": "checked the release"},
    }
    for index, cells in decisions.items():
        for column, value in cells.items():
            df.loc[index, column] = value
    df["my flags"] = ""
    columns = [*reversed(df.columns[:-1].tolist()), "my flags"]
    saved = root / "reviewed.csv"
    df[columns].to_csv(saved, index=False, encoding="utf-8-sig", lineterminator="\r\n")

    db = out / "claims.db"
    result = CliRunner().invoke(
        review_group, ["import", str(saved), "--db", str(db), "--reviewer", "bo"]
    )
    assert result.exit_code == 0, result.output
    reviews_before = _query(db, REVIEW_QUERY)
    log_before = _query(db, "SELECT COUNT(*) FROM review_log")[0][0]

    (src / DEPOT).write_text(DEPOT_TEXT, encoding="utf-8")
    (src / HARBOUR).write_text(HARBOUR_TEXT.replace("340 million", "360 million"), encoding="utf-8")
    summary = run_extract(src, out)
    assert summary.articles == 2 and summary.skipped == 2  # only the changed files re-read
    return Scenario(
        out=out,
        db=db,
        first=first,
        saved=saved,
        decisions={first.loc[i, "claim_id"]: cells for i, cells in decisions.items()},
        import_output=result.output,
        reviews_before=reviews_before,
        log_before=log_before,
        second=_read_csv(out / "claims.csv"),
    )


def test_the_saved_file_looks_like_a_spreadsheet_saved_it(scenario):
    data = scenario.saved.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\r\n") >= len(scenario.first) + 1
    header = data[3:].split(b"\r\n", 1)[0].decode("utf-8").split(",")
    assert header[0] == COLUMNS[-1] and header[-1] == "my flags"  # columns reversed
    assert "ignoring column(s) that are not part of the review CSV: my flags" in (
        scenario.import_output
    )
    assert f"{len(scenario.first)} rows read: 4 changed" in scenario.import_output


def _carried(scenario) -> dict[str, str]:
    """Old claim id -> new claim id of the decisions that followed their unchanged claim
    into the edited article (same source and sentence, a new id)."""
    first = scenario.first.set_index("claim_id")
    second = scenario.second
    moved = {}
    for claim_id in set(scenario.decisions) - set(second["claim_id"]):
        old = first.loc[claim_id]
        [new] = second.loc[
            (second["source"] == old["source"]) & (second["sentence"] == old["sentence"]),
            "claim_id",
        ].tolist()
        moved[claim_id] = new
    return moved


def test_every_decision_survives_the_re_run(scenario):
    second = scenario.second.set_index("claim_id")
    carried = _carried(scenario)
    assert len(carried) == 1  # the harbour claim whose sentence the edit left alone
    for claim_id, cells in scenario.decisions.items():
        row = second.loc[carried.get(claim_id, claim_id)]
        assert row["review_status"] == cells["review_status"].lower()
        assert row["reviewer"] == cells.get("reviewer", "bo")
        note = cells.get("review_note", "")
        assert row["review_note"] == ("'" + note if note.startswith("=") else note)
        assert row["corrected_speaker"] == cells.get("corrected_speaker", "")
    # and in the database, as they were right after the import (the carried one re-keyed)
    renamed = sorted((carried.get(r[0], r[0]), *r[1:]) for r in scenario.reviews_before)
    assert _query(scenario.db, REVIEW_QUERY) == renamed
    assert len(scenario.reviews_before) == 4


def test_edited_article_claims_are_stale_and_the_others_are_not(scenario):
    second = scenario.second.set_index("claim_id")
    stale = second[second["stale"] != ""]
    harbour_reviewed = {
        claim_id
        for claim_id in scenario.decisions
        if scenario.first.set_index("claim_id").loc[claim_id, "source"] == HARBOUR
    }
    carried = _carried(scenario)
    assert len(harbour_reviewed) == 2
    assert set(stale.index) == harbour_reviewed - set(carried) and len(stale) == 1
    assert set(stale["stale"]) == {f"article text changed ({HARBOUR})"}
    assert "340 million" in stale["sentence"].iloc[0]  # the claim the edit changed
    # the edited text was extracted again: its claims are new; the unchanged one kept
    # its review, the others are unreviewed
    fresh = second[(second["source"] == HARBOUR) & (second["stale"] == "")]
    assert len(fresh) >= 3
    [kept] = carried.values()
    assert fresh.loc[kept, "review_note"] == "checked the release"
    assert set(fresh.drop(index=kept)["review_status"]) == {"unreviewed"}
    assert not set(fresh.index) & set(scenario.first["claim_id"])
    assert any("360 million" in s for s in fresh["sentence"])
    # the new article is there, unreviewed
    depot = second[second["source"] == DEPOT]
    assert len(depot) >= 1 and set(depot["review_status"]) == {"unreviewed"}
    # the claims of untouched articles kept their ids
    untouched = scenario.first[scenario.first["source"].isin([RUTTE, CHEMEZOV])]
    assert set(untouched["claim_id"]) <= set(second.index)


def test_review_status_counts_the_stale_claims(scenario):
    result = CliRunner().invoke(review_group, ["status", "--db", str(scenario.db), "--json"])
    assert result.exit_code == 0, result.output
    with Store(scenario.db) as store:
        summary = store.review_summary()
    assert json.loads(result.output) == summary
    assert summary["total"]["stale"] == 1  # the harbour correction: its claim changed
    assert summary["total"]["accepted"] == 2  # the harbour acceptance followed its claim
    assert summary["total"]["rejected"] == 1
    assert summary["total"]["corrected"] == 0
    assert summary["articles"][HARBOUR]["stale"] == 1
    assert summary["articles"][RUTTE]["accepted"] == 1
    assert sum(summary["total"].values()) == len(scenario.second)
    table = CliRunner().invoke(review_group, ["status", "--db", str(scenario.db)])
    [harbour_line] = [line for line in table.output.splitlines() if line.startswith(HARBOUR)]
    assert harbour_line.split()[5] == "1"  # the stale column


def test_review_log_has_every_change(scenario):
    log = _query(scenario.db, "SELECT claim_id, status, reviewer, origin FROM review_log")
    assert len(log) == scenario.log_before + 1 == 5  # the import, then one carried review
    assert {row[0] for row in log[:4]} == set(scenario.decisions)
    assert {row[3] for row in log[:4]} == {"import reviewed.csv"}
    [(old, new)] = _carried(scenario).items()
    assert log[4][0] == new and f"carried over from {old} (article edited)" in log[4][3]


def test_bad_rows_are_refused_by_row_and_change_nothing(scenario, tmp_path):
    db = tmp_path / "claims.db"
    shutil.copy(scenario.db, db)
    before = _query(db, "SELECT * FROM reviews ORDER BY claim_id")
    df = scenario.second.copy()
    df.loc[1, "review_status"] = "approve"
    df.loc[3, "claim_id"] = "c_does_not_exist"
    df.loc[4, "review_status"] = "accepted"  # valid, but must not be applied
    bad = tmp_path / "bad.csv"
    df.to_csv(bad, index=False, encoding="utf-8-sig", lineterminator="\r\n")
    result = CliRunner().invoke(review_group, ["import", str(bad), "--db", str(db)])
    assert result.exit_code == 1
    assert "error: row 3, column review_status: unknown status 'approve'" in result.output
    assert "error: row 5, column claim_id: unknown claim_id 'c_does_not_exist'" in result.output
    assert "nothing was imported" in result.output
    assert _query(db, "SELECT * FROM reviews ORDER BY claim_id") == before
    assert _query(db, "SELECT COUNT(*) FROM review_log")[0][0] == scenario.log_before + 1


def test_the_old_file_after_the_re_run_changes_nothing(scenario, tmp_path):
    """Its rows for the claims the edit dropped are unknown now; every decision in it
    matches the database, stale ones included."""
    db = tmp_path / "claims.db"
    shutil.copy(scenario.db, db)
    before = _query(db, "SELECT * FROM reviews ORDER BY claim_id")
    result = CliRunner().invoke(
        review_group,
        ["import", str(scenario.saved), "--db", str(db), "--reviewer", "bo", "--skip-invalid"],
    )
    dropped = set(scenario.first["claim_id"]) - set(scenario.second["claim_id"])
    # the carried decision's old id is gone too: its decision lives on the new id
    assert dropped and dropped & set(scenario.decisions) == set(_carried(scenario))
    assert result.exit_code == 3
    assert f"0 changed, {len(scenario.first) - len(dropped)} unchanged, {len(dropped)} skipped" in (
        result.output
    )
    assert result.output.count("unknown claim_id") == len(dropped)
    assert _query(db, "SELECT * FROM reviews ORDER BY claim_id") == before
