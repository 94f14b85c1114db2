"""The review CSV round trip: `claims review import` and `claims review status`.

A small database of hand-made claims (no spaCy) whose sentences hold what trips up
spreadsheets and CSV readers: line breaks, quotes, commas, cells that would run as
formulas, non-ASCII names. Each test exports it with `write_review_csv`, edits the
file the way a reviewer and a spreadsheet would, and imports it with the CLI.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from pipeline.cli import review_group
from pipeline.records import CheckWorthiness, ClaimRecord
from pipeline.store.db import Review, Store, StoredClaim
from pipeline.store.review import COLUMNS, neutralise, restore, write_review_csv
from tests.store.test_db import make_article, make_record, run

TEXT_A = (
    "=SUM(A1:A9) came to 12 shells, the clerk said.\n"
    'Output rose 12 percent\nin the second half, "roughly", the ministry said, adding: costs.\n'
    "-12 percent is the drop in orders.\n"
)
TEXT_B = (
    "@12 units per day is the goal.\n"
    "\t12 crews trained this year.\n"
    "'12 more,' Zoë Müller said.\n"
    "+12 percent on last year, the report says.\n"
)


@dataclass
class Exported:
    db: Path
    csv: Path
    ids: list[str]  # claim ids in file order


def _inputs() -> dict:
    a, b = make_article(TEXT_A, "a.txt"), make_article(TEXT_B, "b.txt")
    a_records = [
        make_record(a, "=SUM(A1:A9) came to 12 shells, the clerk said.", "the clerk"),
        make_record(
            a,
            'Output rose 12 percent\nin the second half, "roughly", the ministry said, '
            "adding: costs.",
            "the ministry",
        ),
        make_record(a, "-12 percent is the drop in orders."),
    ]
    b_records = [
        make_record(b, "@12 units per day is the goal."),
        make_record(b, "\t12 crews trained this year."),
        make_record(b, "'12 more,' Zoë Müller said.", "Zoë Müller", "Minister"),
        make_record(b, "+12 percent on last year, the report says."),
    ]
    return {"a.txt": (a, a_records), "b.txt": (b, b_records)}


@pytest.fixture
def exported(tmp_path) -> Exported:
    db, path = tmp_path / "claims.db", tmp_path / "claims.csv"
    with Store(db) as store:
        run(store, _inputs())
        write_review_csv(store.claims(), path)
        ids = [c.record.claim_id for c in store.claims()]
    return Exported(db, path, ids)


def _read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


def _write(
    path: Path,
    header: list[str],
    rows: list[dict[str, str]],
    *,
    encoding: str = "utf-8",
    bom: bool = False,
    crlf: bool = False,
    delimiter: str = ",",
) -> Path:
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n" if crlf else "\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([row.get(c, "") for c in header])
    path.write_bytes((("\ufeff" if bom else "") + buf.getvalue()).encode(encoding))
    return path


def _import(exported: Exported, path: Path, *args: str):
    return CliRunner().invoke(review_group, ["import", str(path), "--db", str(exported.db), *args])


def _reviews(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT claim_id, status, reviewer, note, corrections, stale, stale_reason "
            "FROM reviews ORDER BY claim_id"
        ).fetchall()
    finally:
        conn.close()


def _log(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT claim_id, status, origin FROM review_log ORDER BY id"
        ).fetchall()
    finally:
        conn.close()


def _review(db: Path, claim_id: str):
    with Store(db) as store:
        return store.get_claim(claim_id).review


# -- neutralise / restore -------------------------------------------------------------------


@given(st.text())
def test_restore_undoes_neutralise_and_no_cell_starts_a_formula(cell):
    safe = neutralise(cell)
    assert restore(safe) == cell
    assert not safe.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_restore_only_drops_the_apostrophe_neutralise_adds():
    assert neutralise("=1+1") == "'=1+1"
    assert neutralise("'=1") == "''=1"
    assert restore("'tis true") == "'tis true"  # typed by a reviewer, kept
    assert restore("''=1") == "'=1"


# -- round trips ------------------------------------------------------------------------------


def test_export_is_neutralised_and_imports_unchanged(exported):
    header, rows = _read(exported.csv)
    assert tuple(header) == COLUMNS
    assert [r["claim_id"] for r in rows] == exported.ids
    first_cells = {r["sentence"][:2] for r in rows}
    assert {"'=", "'-", "'@", "'\t", "''", "'+"} <= first_cells
    result = _import(exported, exported.csv)
    assert result.exit_code == 0, result.output
    assert "7 rows read: 0 changed, 7 unchanged, 0 skipped" in result.output
    assert _reviews(exported.db) == []


def test_spreadsheet_round_trip_applies_decisions_once(exported, tmp_path):
    header, rows = _read(exported.csv)
    rows[0]["review_status"] = "accepted"
    rows[0]["reviewer"] = "ana"
    rows[1]["review_status"] = "rejected"
    rows[1]["review_note"] = 'says "roughly",\nso no exact figure, see p. 2'
    rows[5]["review_status"] = "corrected"
    rows[5]["corrected_speaker"] = "Zoë Müller-Lang"
    rows[6]["review_note"] = "'=not a formula"  # neutralised by the reviewer's tool
    for row in rows:
        row["my scratch"] = "todo"
    saved = _write(
        tmp_path / "saved.csv",
        [*reversed(header), "my scratch"],
        rows,
        bom=True,
        crlf=True,
    )
    data = saved.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data

    result = _import(exported, saved, "--reviewer", "bo")
    assert result.exit_code == 0, result.output
    assert "7 rows read: 4 changed, 3 unchanged, 0 skipped" in result.output
    assert "unreviewed 4, accepted 1, rejected 1, corrected 1" in result.output
    assert result.output.count("my scratch") == 1
    ids = exported.ids
    assert _review(exported.db, ids[0]).reviewer == "ana"
    rejected = _review(exported.db, ids[1])
    assert (rejected.status, rejected.reviewer) == ("rejected", "bo")
    assert rejected.note == 'says "roughly",\nso no exact figure, see p. 2'
    corrected = _review(exported.db, ids[5])
    assert corrected.corrections == {"speaker": "Zoë Müller-Lang"}
    assert _review(exported.db, ids[6]).note == "=not a formula"
    log = _log(exported.db)
    assert len(log) == 4 and {origin for *_, origin in log} == {"import saved.csv"}

    before = _reviews(exported.db)
    again = _import(exported, saved, "--reviewer", "bo")
    assert again.exit_code == 0, again.output
    assert "0 changed, 7 unchanged" in again.output
    assert _reviews(exported.db) == before
    assert len(_log(exported.db)) == 4


def test_what_spreadsheets_do_to_read_only_cells_is_not_an_edit(exported, tmp_path):
    header, rows = _read(exported.csv)
    assert rows[0]["sentence"].startswith("'=") and rows[0]["confidence"] == "0.70"
    rows[0]["sentence"] = restore(rows[0]["sentence"])  # the quote prefix eaten on load
    rows[0]["title"] = restore(rows[0]["title"])
    rows[0]["confidence"] = "0.7"  # a number re-formatted
    rows[1]["sentence"] = rows[1]["sentence"].replace("\n", "\r\n")
    rows[2]["source"] = " a.txt "
    rows[3]["review_status"] = "accepted"
    result = _import(exported, _write(tmp_path / "x.csv", header, rows))
    assert result.exit_code == 0, result.output
    assert "1 changed" in result.output


def test_cp1252_file_is_read_with_a_note(exported, tmp_path):
    header, rows = _read(exported.csv)
    rows[5]["review_status"] = "accepted"
    rows[5]["review_note"] = "café – checked"
    path = _write(tmp_path / "win.csv", header, rows, encoding="cp1252", crlf=True)
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")
    result = _import(exported, path)
    assert result.exit_code == 0, result.output
    assert "Windows-1252 (cp1252)" in result.output
    assert _review(exported.db, exported.ids[5]).note == "café – checked"


def test_semicolon_separated_file_is_read(exported, tmp_path):
    header, rows = _read(exported.csv)
    rows[2]["review_status"] = "rejected"
    path = _write(tmp_path / "semi.csv", header, rows, delimiter=";")
    result = _import(exported, path)
    assert result.exit_code == 0, result.output
    assert _review(exported.db, exported.ids[2]).status == "rejected"


def test_status_is_case_and_space_insensitive_and_blank_is_unreviewed(exported, tmp_path):
    header, rows = _read(exported.csv)
    rows[0]["review_status"] = " Accepted "
    rows[1]["review_status"] = "REJECTED"
    rows[2]["review_status"] = ""
    result = _import(exported, _write(tmp_path / "x.csv", header, rows))
    assert result.exit_code == 0, result.output
    statuses = [_review(exported.db, i).status for i in exported.ids[:3]]
    assert statuses == ["accepted", "rejected", "unreviewed"]


# -- validation ------------------------------------------------------------------------------


def _unknown_id(rows):
    rows[1]["claim_id"] = "c_0000000000000000"


def _bad_status(rows):
    rows[0]["review_status"] = "approved"


def _edited_sentence(rows):
    rows[2]["sentence"] = "Orders fell by half, the report says."


def _banana_quantities(rows):
    rows[0]["review_status"] = "corrected"
    rows[0]["corrected_quantities"] = "banana"


def _banana_comparison(rows):
    rows[3]["review_status"] = "corrected"
    rows[3]["corrected_comparison"] = "banana"


def _figure_not_in_sentence(rows):
    rows[4]["review_status"] = "corrected"
    rows[4]["corrected_quantities"] = '"13 crews" = 13 crew'


def _corrected_without_correction(rows):
    rows[3]["review_status"] = "corrected"


def _correction_without_corrected(rows):
    rows[0]["review_status"] = "accepted"
    rows[0]["corrected_role"] = "Chief Clerk"


def _duplicate(rows):
    rows[4]["review_status"] = "accepted"
    rows.append(dict(rows[4]))


def _empty_id(rows):
    rows[6]["claim_id"] = ""


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (_unknown_id, ["row 3, column claim_id: unknown claim_id"]),
        (_bad_status, ["row 2, column review_status: unknown status 'approved'"]),
        (_edited_sentence, ["row 4, column sentence: the row does not match claim"]),
        (_banana_quantities, ["row 2, column corrected_quantities: cannot read 'banana'"]),
        (_banana_comparison, ["row 5, column corrected_comparison: cannot read 'banana'"]),
        (_figure_not_in_sentence, ["row 6, column corrected_quantities: '13 crews' is not in"]),
        (_corrected_without_correction, ["row 5, column review_status: status is 'corrected'"]),
        (_correction_without_corrected, ["row 2, column corrected_role: a correction is filled"]),
        (_duplicate, ["row 6, column claim_id: ", "row 9, column claim_id: "]),
        (_empty_id, ["row 8, column claim_id: empty"]),
    ],
)
def test_invalid_rows_are_listed_and_nothing_is_applied(exported, tmp_path, edit, expected):
    header, rows = _read(exported.csv)
    rows[0]["review_note"] = "a valid change that must not be applied"
    edit(rows)
    result = _import(exported, _write(tmp_path / "bad.csv", header, rows))
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error: row")]
    assert len(errors) == len(expected), result.output
    for line, want in zip(errors, expected, strict=True):
        assert line.startswith(f"error: {want}"), line
    assert "nothing was imported" in result.output
    assert _reviews(exported.db) == []
    assert _log(exported.db) == []


def test_row_numbers_count_records_not_lines(exported, tmp_path):
    header, rows = _read(exported.csv)
    assert "\n" in rows[1]["sentence"]  # row 3 of the sheet spans two lines of the file
    rows[2]["review_status"] = "maybe"
    path = _write(tmp_path / "x.csv", header, rows)
    lines = path.read_text(encoding="utf-8").splitlines()
    [line_no] = [i for i, line in enumerate(lines, 1) if rows[2]["claim_id"] in line]
    assert line_no > 4  # the file line, pushed down by the line breaks in row 3
    result = _import(exported, path)
    assert result.exit_code == 1
    assert "error: row 4, column review_status: unknown status 'maybe'" in result.output


def test_a_row_pasted_under_another_claim_id_is_one_problem(exported, tmp_path):
    header, rows = _read(exported.csv)
    rows[3]["claim_id"] = rows[0]["claim_id"]
    rows[0]["claim_id"] = exported.ids[3]
    result = _import(exported, _write(tmp_path / "x.csv", header, rows))
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 2
    assert all("the row does not match claim" in line for line in errors)
    assert "hint: read-only columns are not imported" in result.output


def test_more_cells_than_columns_is_an_error(exported, tmp_path):
    header, rows = _read(exported.csv)
    path = _write(tmp_path / "x.csv", header, rows)
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[-2] += ",stray"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = _import(exported, path)
    assert result.exit_code == 1
    assert f"row 8, column {len(header) + 1}+: the row has more cells" in result.output


def test_blank_rows_are_ignored(exported, tmp_path):
    header, rows = _read(exported.csv)
    rows.insert(2, {})
    rows[0]["review_status"] = "accepted"
    result = _import(exported, _write(tmp_path / "x.csv", header, rows))
    assert result.exit_code == 0, result.output
    assert "7 rows read (1 blank rows ignored): 1 changed" in result.output


@pytest.mark.parametrize("column", ["claim_id", "review_status"])
def test_missing_required_column_is_a_file_error(exported, tmp_path, column):
    header, rows = _read(exported.csv)
    rows[0]["review_status"] = "accepted"
    header.remove(column)
    result = _import(exported, _write(tmp_path / "x.csv", header, rows))
    assert result.exit_code == 1
    assert f"missing required column(s) {column}" in result.output
    assert _reviews(exported.db) == []


def test_duplicated_header_column_is_a_file_error(exported, tmp_path):
    header, rows = _read(exported.csv)
    result = _import(exported, _write(tmp_path / "x.csv", [*header, "review_note"], rows))
    assert result.exit_code == 1
    assert "review_note appear more than once" in result.output


def test_undecodable_file_is_a_file_error(exported, tmp_path):
    path = tmp_path / "x.csv"
    path.write_bytes(b"claim_id,review_status\n\x81\x8d,accepted\n\xff\xfe\xfd\x00\x81\n")
    result = _import(exported, path)
    assert result.exit_code == 1
    assert "neither UTF-8 nor Windows-1252" in result.output


def test_skip_invalid_applies_the_valid_rows(exported, tmp_path):
    header, rows = _read(exported.csv)
    rows[0]["review_status"] = "accepted"
    rows[1]["review_status"] = "nope"
    rows[2]["sentence"] = "rewritten"
    result = _import(exported, _write(tmp_path / "x.csv", header, rows), "--skip-invalid")
    assert result.exit_code == 3
    assert "error: row 3, column review_status" in result.output
    assert "error: row 4, column sentence" in result.output
    assert "7 rows read: 1 changed, 4 unchanged, 2 skipped" in result.output
    assert [r[:2] for r in _reviews(exported.db)] == [(exported.ids[0], "accepted")]


def test_missing_database_is_an_error_and_not_created(tmp_path, exported):
    db = tmp_path / "nowhere" / "claims.db"
    result = CliRunner().invoke(review_group, ["import", str(exported.csv), "--db", str(db)])
    assert result.exit_code == 1
    assert "no claims database" in result.output
    assert not db.exists()
    status = CliRunner().invoke(review_group, ["status", "--db", str(db)])
    assert status.exit_code == 1 and not db.exists()


def test_file_that_is_not_a_database_is_an_error(tmp_path, exported):
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(exported.csv.read_bytes())
    result = CliRunner().invoke(review_group, ["status", "--db", str(bogus)])
    assert result.exit_code == 1
    assert "not a usable claims database" in result.output


# -- what is kept --------------------------------------------------------------------------------


def test_missing_editable_columns_keep_stored_values(exported, tmp_path):
    header, rows = _read(exported.csv)
    rows[5]["review_status"] = "corrected"
    rows[5]["corrected_role"] = "Defence Minister"
    rows[5]["review_note"] = "role from the ministry site"
    assert _import(exported, _write(tmp_path / "a.csv", header, rows)).exit_code == 0
    slim = ["claim_id", "review_status", "sentence"]
    result = _import(exported, _write(tmp_path / "b.csv", slim, rows))
    assert result.exit_code == 0, result.output
    assert "0 changed" in result.output
    review = _review(exported.db, exported.ids[5])
    assert review.corrections == {"role": "Defence Minister"}
    assert review.note == "role from the ministry site"
    # clearing the status: a correction no longer applies
    rows[5]["review_status"] = "accepted"
    assert _import(exported, _write(tmp_path / "c.csv", slim, rows)).exit_code == 0
    assert _review(exported.db, exported.ids[5]).corrections == {}


def test_reviewer_option_names_who_changed_a_decision(exported, tmp_path):
    header, rows = _read(exported.csv)
    rows[0]["review_status"] = "accepted"
    rows[1]["review_status"] = "rejected"
    rows[1]["reviewer"] = "dee"
    path = _write(tmp_path / "x.csv", header, rows)
    assert _import(exported, path, "--reviewer", "bo").exit_code == 0
    assert [_review(exported.db, i).reviewer for i in exported.ids[:3]] == ["bo", "dee", ""]
    # the same file without --reviewer: a blank cell keeps the name of an unchanged decision
    again = _import(exported, path)
    assert "0 changed" in again.output
    assert _review(exported.db, exported.ids[0]).reviewer == "bo"
    rows[0]["review_note"] = "second look"
    assert _import(exported, _write(path, header, rows), "--reviewer", "cy").exit_code == 0
    assert _review(exported.db, exported.ids[0]).reviewer == "cy"


def test_stale_claims_can_be_re_reviewed_and_stay_stale(exported, tmp_path):
    header, rows = _read(exported.csv)
    rows[5]["review_status"] = "accepted"
    old_file = _write(tmp_path / "old.csv", header, rows)
    assert _import(exported, old_file).exit_code == 0
    inputs = _inputs()
    with Store(exported.db) as store:  # b.txt is removed from the input
        run(store, {"a.txt": inputs["a.txt"]})
        write_review_csv(store.claims(), exported.csv)
    header, rows = _read(exported.csv)
    [stale_row] = [r for r in rows if r["stale"]]
    assert stale_row["claim_id"] == exported.ids[5]
    assert stale_row["stale"] == "article no longer in the input (b.txt)"
    stale_row["review_status"] = "rejected"
    stale_row["review_note"] = "the article was withdrawn"
    result = _import(exported, _write(tmp_path / "new.csv", header, rows))
    assert result.exit_code == 0, result.output
    review = _review(exported.db, exported.ids[5])
    assert (review.status, review.note, review.stale) == (
        "rejected",
        "the article was withdrawn",
        True,
    )
    assert review.stale_reason == "article no longer in the input (b.txt)"


# -- status ----------------------------------------------------------------------------------------


def test_status_table_and_json(exported, tmp_path):
    header, rows = _read(exported.csv)
    rows[0]["review_status"] = "accepted"
    rows[3]["review_status"] = "rejected"
    rows[5]["review_status"] = "corrected"
    rows[5]["corrected_speaker"] = "Zoe Mueller"
    assert _import(exported, _write(tmp_path / "x.csv", header, rows)).exit_code == 0

    as_json = CliRunner().invoke(review_group, ["status", "--db", str(exported.db), "--json"])
    assert as_json.exit_code == 0
    summary = json.loads(as_json.output)
    assert summary["total"] == {
        "unreviewed": 4,
        "accepted": 1,
        "rejected": 1,
        "corrected": 1,
        "stale": 0,
    }
    assert summary["articles"]["a.txt"]["accepted"] == 1
    assert summary["articles"]["b.txt"]["unreviewed"] == 2

    table = CliRunner().invoke(review_group, ["status", "--db", str(exported.db)])
    assert table.exit_code == 0
    lines = table.output.splitlines()
    assert lines[0].split() == ["article", *summary["total"], "total"]
    assert lines[1].split() == ["a.txt", "2", "1", "0", "0", "0", "3"]
    assert lines[2].split() == ["b.txt", "2", "0", "1", "1", "0", "4"]
    assert lines[3].split() == ["all", "articles", "4", "1", "1", "1", "0", "7"]


# -- spreadsheets as people use them (issue 12, items 6, 7 and 14) ----------------------------

RICH = (
    "At least 1,500 drones, or ≥ 90% of the fleet, were delivered on July 11, "
    "the minister said.\n"
    "The navy has twice as many ships as the coast guard, the admiral said.\n"
)


@pytest.fixture
def rich(tmp_path) -> Exported:
    """One article whose claims show what spreadsheets and encodings change: '≥', '×',
    a decimal confidence, a publication date and a date in `times`."""
    from pipeline.records.models import Comparison, Quantity, TimeExpression

    article = make_article(RICH, "rich.txt").model_copy(update={"published": "2026-07-14"})
    first = RICH.split("\n")[0]
    second = RICH.split("\n")[1]
    a = make_record(article, first, "the minister")
    a_start = a.char_start
    drones = first.index("1,500 drones")
    share = first.index("90%")
    july = first.index("July 11")
    a = a.model_copy(
        update={
            "published": "2026-07-14",
            "confidence": 0.75,
            "quantities": [
                Quantity(
                    text="1,500 drones",
                    value=1500,
                    unit="drone",
                    bound="at_least",
                    char_start=a_start + drones,
                    char_end=a_start + drones + 12,
                ),
                Quantity(
                    text="90%",
                    value=90,
                    unit="percent",
                    bound="at_least",
                    char_start=a_start + share,
                    char_end=a_start + share + 3,
                ),
            ],
            "times": [
                TimeExpression(
                    text="July 11",
                    char_start=a_start + july,
                    char_end=a_start + july + 7,
                    value="2026-07-11",
                    granularity="day",
                )
            ],
        }
    )
    b = make_record(article, second, "the admiral")
    b = b.model_copy(
        update={
            "published": "2026-07-14",
            "types": ["attributed", "comparative"],
            "quantities": [],
            "comparison": Comparison(
                subject="The navy", object="the coast guard", direction="more", ratio=2.0
            ),
        }
    )
    db, path = tmp_path / "rich.db", tmp_path / "rich.csv"
    with Store(db) as store:
        run(store, {"rich.txt": (article, [a, b])})
        write_review_csv(store.claims(), path)
        ids = [c.record.claim_id for c in store.claims()]
    return Exported(db, path, ids)


def _as_libreoffice_shows_it(row: dict[str, str]) -> None:
    """What a spreadsheet in a day-first, decimal-comma locale writes back on its own."""
    row["published"] = "14/07/2026"
    row["confidence"] = row["confidence"].replace(".", ",")
    row["times"] = "07/11/2026"  # a cell that looked like a date, reformatted
    row["title"] = row["title"] + " (copy)"  # an edit to a read-only column


def test_reformatted_read_only_columns_warn_and_never_block(rich, tmp_path):
    header, rows = _read(rich.csv)
    for row in rows:
        _as_libreoffice_shows_it(row)
    rows[0]["review_status"] = "accepted"
    rows[1]["review_status"] = "rejected"
    result = _import(rich, _write(tmp_path / "lo.csv", header, rows))
    assert result.exit_code == 0, result.output
    assert "2 changed" in result.output
    warnings = [line for line in result.output.splitlines() if line.startswith("warning:")]
    # the date and the decimal comma are the same values; `times` and `title` differ
    assert sorted(w.split()[2] for w in warnings) == ["times", "title"], warnings
    assert "row 2 and 1 more row(s)" in warnings[0]
    assert "hint: read-only columns are not imported" in result.output
    assert [_review(rich.db, i).status for i in rich.ids] == ["accepted", "rejected"]


def test_file_saved_as_windows_1252_is_imported_and_named(rich, tmp_path):
    header, rows = _read(rich.csv)
    assert "≥" in rows[0]["quantities"]
    rows[0]["review_status"] = "accepted"
    rows[0]["review_note"] = "vérifié"
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([row[c] for c in header])
    path = tmp_path / "win.csv"
    path.write_bytes(buf.getvalue().encode("cp1252", errors="replace"))  # '≥' -> '?'
    assert b"? 90" in path.read_bytes()
    result = _import(rich, path)
    assert result.exit_code == 0, result.output
    assert "warning:" not in result.output  # '?' for '≥' is the encoding, not an edit
    assert "win.csv was not saved as UTF-8" in result.output
    assert 'save it as "CSV UTF-8' in result.output
    assert _review(rich.db, rich.ids[0]).note == "vérifié"


def test_utf8_read_as_windows_1252_and_saved_again_is_named(rich, tmp_path):
    header, rows = _read(rich.csv)
    for row in rows:
        for column in header:
            row[column] = row[column].encode("utf-8").decode("cp1252", errors="replace")
    rows[1]["review_status"] = "accepted"
    result = _import(rich, _write(tmp_path / "moji.csv", header, rows))
    assert result.exit_code == 0, result.output
    assert "moji.csv was not saved as UTF-8" in result.output


def test_lossy_correction_in_a_non_utf8_file_says_to_save_as_utf8(rich, tmp_path):
    header, rows = _read(rich.csv)
    rows[0]["review_status"] = "corrected"
    rows[0]["corrected_quantities"] = '"1,500 drones" = ≥ 1600 drone'
    path = tmp_path / "win.csv"
    text = _write(tmp_path / "u.csv", header, rows).read_text(encoding="utf-8")
    path.write_bytes(text.encode("cp1252", errors="replace"))  # what Excel's plain "CSV" does
    assert b"= ? 1600" in path.read_bytes()
    result = _import(rich, path)
    assert result.exit_code == 1
    assert "error: row 2, column corrected_quantities: cannot read" in result.output
    assert "a '?' may be a ≥, ≤ or × lost" in result.output
    assert "hint: the file is not UTF-8" in result.output


def test_a_correction_that_is_just_wrong_gets_no_encoding_hint(rich, tmp_path):
    header, rows = _read(rich.csv)
    rows[0]["review_status"] = "corrected"
    rows[0]["corrected_quantities"] = "banana"
    rows[0]["review_note"] = "café"
    path = tmp_path / "win.csv"
    text = _write(tmp_path / "u.csv", header, rows).read_text(encoding="utf-8")
    path.write_bytes(text.encode("cp1252", errors="replace"))
    result = _import(rich, path)
    assert result.exit_code == 1
    assert "cannot read 'banana'" in result.output
    assert "hint: the file is not UTF-8" not in result.output


@pytest.mark.parametrize(
    ("column", "typed", "stored"),
    [
        (
            "corrected_quantities",
            '"1,500 drones" = >= ~1500 drone; "90%" = 91 percent',
            '"1,500 drones" = ≥ ~1500 drone; "90%" = 91 percent',
        ),
        ("corrected_quantities", "None", "none"),
        ("corrected_comparison", "The navy > the coast guard x3", "The navy > the coast guard ×3"),
        ("corrected_comparison", "none", "none"),
    ],
)
def test_corrections_are_parsed_and_stored_in_the_notation(rich, tmp_path, column, typed, stored):
    header, rows = _read(rich.csv)
    row = 0 if column == "corrected_quantities" else 1
    rows[row]["review_status"] = "corrected"
    rows[row][column] = typed
    result = _import(rich, _write(tmp_path / "c.csv", header, rows))
    assert result.exit_code == 0, result.output
    key = column.removeprefix("corrected_")
    assert _review(rich.db, rich.ids[row]).corrections == {key: stored}


def test_import_summary_counts_stale_claims_as_stale(rich, tmp_path):
    header, rows = _read(rich.csv)
    rows[0]["review_status"] = "accepted"
    rows[1]["review_status"] = "accepted"
    first = _import(rich, _write(tmp_path / "a.csv", header, rows))
    assert "accepted 2, rejected 0, corrected 0, stale 0" in first.output
    with Store(rich.db) as store:  # the article changes: its reviewed claims go stale
        edited = make_article(RICH.replace("twice", "three times"), "rich.txt")
        run(store, {"rich.txt": (edited, [])})
        assert all(c.review.stale for c in store.claims(include_stale=True))
    again = _import(rich, _write(tmp_path / "b.csv", header, rows))
    assert again.exit_code == 0, again.output
    assert "unreviewed 0, accepted 0, rejected 0, corrected 0, stale 2" in again.output


def test_review_csv_is_ordered_by_checkworthiness(tmp_path):
    def item(claim_id: str, score: float | None) -> StoredClaim:
        sentence = "Russia produces three times more shells than NATO."
        record = ClaimRecord(
            claim_id=claim_id,
            article_id="a_1",
            source="a.txt",
            sentence=sentence,
            char_start=0,
            char_end=len(sentence),
            claim_text=sentence,
            types=["comparative"],
            confidence=0.5,
            checkworthiness=None if score is None else CheckWorthiness(score=score),
        )
        return StoredClaim(record=record, review=Review(), current=True)

    items = [item("c_low", 0.15), item("c_old", None), item("c_top", 0.9), item("c_mid", 0.35)]
    path = tmp_path / "claims.csv"
    assert write_review_csv(items, path) == 4
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["claim_id"] for r in rows] == ["c_top", "c_mid", "c_low", "c_old"]
    assert [r["checkworthiness"] for r in rows] == ["0.90", "0.35", "0.15", ""]
    assert {r["assessment"] for r in rows} == {"none"}
