"""The review round trip: claims out to a CSV a reviewer edits, decisions back in.

The CSV has the extracted values (read-only) with a correction column beside each
value a reviewer may correct, and the review columns `review_status`, `reviewer`
and `review_note`. Cells that a spreadsheet would run as a formula (starting with
`=`, `+`, `-`, `@`, a tab or a carriage return) are written with a leading `'`,
which import removes again; a cell that itself starts with `'` gets one more.

`claims review import FILE` reads such a file back (as a spreadsheet saves it: BOM
or not, CRLF or LF, columns in any order, extra columns, UTF-8 or Windows-1252),
checks every row against the database and applies the decisions in one
transaction, or nothing at all when a row is wrong. `claims review status` counts
the decisions. Problems name the spreadsheet row: the header is row 1 and the
first claim row 2; a cell holding line breaks does not add rows, because rows are
counted as CSV records, the way a spreadsheet numbers them.

Rows are keyed on `claim_id`. Read-only columns are views of the database, never
imported: a cell that differs from the database gives a warning, not an error, after
forgiving what a spreadsheet does on its own (line ends, surrounding spaces, a `'` it
swallowed, '0.70' saved as '0.7' or '0,7', '2026-07-11' shown as '07/11/2026'). One
check blocks a row: its `sentence` must still be the claim's sentence, compared on its
ASCII letters and digits only (so a file saved in a lossy encoding still matches), or
the row is not the claim its claim_id names (a sort of one column, a pasted row).
The `stale` column is not compared: the store sets it, and a claim may go stale between
export and import without its decision losing meaning. A file that was not saved as
UTF-8 (a '≥' that came back as '?', or 'â‰¥') is named in a note saying to save it as
"CSV UTF-8".

`corrected_quantities` and `corrected_comparison` are written in the notation the
`quantities` and `comparison` columns show (`pipeline.records.notation`); a cell that
does not parse, or a quoted figure that is not in the sentence, is an error naming the
row and column. `none` corrects to no quantity or no comparison.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from pipeline.records.notation import (
    NotationError,
    comparison_text,
    parse_comparison_or_none,
    parse_quantities,
    place_quantities,
    quantities_text,
)
from pipeline.store.atomic import atomic_file
from pipeline.store.db import REVIEW_STATUSES, Review, Store, StoredClaim
from pipeline.store.queue import by_score

REVIEW_COLUMNS = ("review_status", "reviewer", "review_note")
# extracted value -> the correction column written beside it
CORRECTABLE = {
    "speaker": "corrected_speaker",
    "role": "corrected_role",
    "organization": "corrected_organization",
    "quantities": "corrected_quantities",
    "comparison": "corrected_comparison",
}
COLUMNS = (
    "claim_id",
    "review_status",
    "reviewer",
    "review_note",
    "stale",
    "known_checks",
    "source",
    "sentence",
    "speaker",
    "corrected_speaker",
    "role",
    "corrected_role",
    "organization",
    "corrected_organization",
    "quantities",
    "corrected_quantities",
    "comparison",
    "corrected_comparison",
    "times",
    "speaker_mention",
    "mode",
    "cue",
    "stance",
    "types",
    "confidence",
    "claim_text",
    "char_start",
    "char_end",
    "article_id",
    "title",
    "published",
    "checkworthiness",
    "assessment",
)
EDITABLE = frozenset(REVIEW_COLUMNS) | frozenset(CORRECTABLE.values())
READ_ONLY = tuple(c for c in COLUMNS if c not in EDITABLE)
REQUIRED = ("claim_id", "review_status")

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")
_NUMERIC = frozenset({"confidence", "char_start", "char_end", "checkworthiness"})
# the key itself, and `stale` and `known_checks`, which the store sets (a claim may go
# stale, or `claims match` run, after export)
_NOT_COMPARED = frozenset({"claim_id", "stale", "known_checks"})
_DELIMITERS = (",", ";", "\t")
_CLIP = 60
READ_ONLY_HINT = (
    "read-only columns are not imported: put corrections in the corrected_* columns; "
    "if the claims were re-extracted after this file was written, start from the new claims.csv"
)
LOST_CHARACTER = "a '?' may be a ≥, ≤ or × lost when the file was saved in another encoding"
SAVE_AS_UTF8 = (
    'save it as "CSV UTF-8 (comma delimited)" (Excel) or as CSV with character set '
    '"Unicode (UTF-8)" (LibreOffice), so that characters such as ≥, × and non-Latin '
    "names survive"
)


def neutralise(cell: str) -> str:
    """Make a cell safe to open in a spreadsheet; `restore` undoes it exactly."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def restore(cell: str) -> str:
    """Undo `neutralise`: drop the `'` it puts before a risky first character.

    A `'` followed by anything else was not added by `neutralise` and is kept."""
    return cell[1:] if cell[:1] == "'" and cell[1:2] in _FORMULA_START else cell


def _fmt(value: float) -> str:
    return f"{value:g}"


def claim_row(item: StoredClaim) -> dict[str, str]:
    """The CSV row of one stored claim, before neutralisation."""
    r, review = item.record, item.review
    sp, at = r.speaker, r.attribution
    corrections = review.corrections
    row = {
        "claim_id": r.claim_id,
        "review_status": review.status,
        "reviewer": review.reviewer,
        "review_note": review.note,
        "stale": review.stale_reason if review.stale else "",
        "source": r.source,
        "sentence": r.sentence,
        "speaker": sp.name if sp else "",
        "role": (sp.role or "") if sp else "",
        "organization": (sp.organization or "") if sp else "",
        "quantities": quantities_text(r.quantities),
        "comparison": comparison_text(r.comparison) if r.comparison else "",
        "times": "; ".join(
            f"{t.text} = {t.relation} {t.value}" if t.value else t.text for t in r.times
        ),
        "speaker_mention": (sp.mention or "") if sp else "",
        "mode": at.mode if at else "none",
        "cue": at.cue if at else "",
        "stance": at.stance if at else "",
        "types": "|".join(r.types),
        "confidence": f"{r.confidence:.2f}",
        "claim_text": r.claim_text,
        "char_start": str(r.char_start),
        "char_end": str(r.char_end),
        "article_id": r.article_id,
        "title": r.title or "",
        "published": r.published or "",
        "known_checks": item.known_checks,
        "checkworthiness": f"{r.checkworthiness.score:.2f}" if r.checkworthiness else "",
        "assessment": r.assessment.label,
    }
    for value_col, corr_col in CORRECTABLE.items():
        row[corr_col] = corrections.get(value_col, "")
    return row


def write_review_rows(items: Iterable[StoredClaim], fh: TextIO) -> int:
    """Write the review CSV to the open text file `fh`; return the row count.

    Rows come most worth checking first (`checkworthiness`), ties in the store's order."""
    count = 0
    scored = ((_score(item), claim_row(item)) for item in items)
    writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in by_score(scored):
        writer.writerow({k: neutralise(v) for k, v in row.items()})
        count += 1
    return count


def write_review_csv(items: Iterable[StoredClaim], path: str | Path) -> int:
    """Write the review CSV atomically (UTF-8, no BOM, LF line ends); return the row count."""
    with atomic_file(path) as fh:
        return write_review_rows(items, fh)


def _score(item: StoredClaim) -> float:
    worth = item.record.checkworthiness
    return worth.score if worth is not None else 0.0


# -- reading a reviewed file back ------------------------------------------------------


class ReviewFileError(Exception):
    """The file as a whole cannot be imported (encoding, header); no row was looked at."""


@dataclass(frozen=True)
class Problem:
    """One reason a row cannot be imported: its spreadsheet row and column.

    `kind` is one of claim_id, duplicate, status, mismatch, correction, row."""

    row: int
    column: str
    message: str
    kind: str

    def __str__(self) -> str:
        return f"row {self.row}, column {self.column}: {self.message}"


@dataclass
class ReviewTable:
    """A decoded review file: normalised header names and every record after it."""

    header: list[str]
    records: list[list[str]]
    notes: list[str] = field(default_factory=list)
    utf8: bool = True  # False: read with the Windows-1252 fallback


@dataclass
class ImportResult:
    """What an import read, changed and left out."""

    rows: int = 0  # data rows read, blank ones not counted
    blank: int = 0  # rows with every cell empty (ignored)
    changed: int = 0
    unchanged: int = 0
    skipped: int = 0  # invalid rows not applied
    # decisions of the valid rows by status; a stale claim counts as stale, whatever its status
    by_status: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys((*REVIEW_STATUSES, "stale"), 0)
    )
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # read-only cells that differ
    notes: list[str] = field(default_factory=list)
    applied: bool = False
    not_utf8: bool = False  # the file was not saved as UTF-8


def _decode(data: bytes, name: str) -> tuple[str, list[str]]:
    """The file's text: UTF-8 (BOM or not) first, UTF-16 when it has that BOM, else cp1252."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), [f"{name}: read as UTF-16"]
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        where = f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc2:
            raise ReviewFileError(
                f"{name}: neither UTF-8 nor Windows-1252 text ({where}); {SAVE_AS_UTF8}"
            ) from exc2
        text = text.removeprefix("\u00ef\u00bb\u00bf")  # a UTF-8 BOM seen through cp1252
        return text, [
            f"{name} is not UTF-8 ({where}); read it as Windows-1252 (cp1252), which has no "
            f"≥, × or non-Latin letters: {SAVE_AS_UTF8}"
        ]


def _header_name(cell: str) -> str:
    return cell.replace("\ufeff", "").strip().lower()


def _first_record(text: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), [])
    except csv.Error:
        return []


def read_review_table(path: str | Path) -> ReviewTable:
    """Decode and parse a review file; the delimiter (comma, semicolon or tab) is the one
    whose header holds the required columns. Raises ReviewFileError for file-level faults."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReviewFileError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    text, notes = _decode(data, str(path))
    if not text.strip():
        raise ReviewFileError(f"{path}: empty file (expected a header row and claim rows)")
    delimiter = ","
    for candidate in _DELIMITERS:
        names = {_header_name(c) for c in _first_record(text, candidate)}
        if all(r in names for r in REQUIRED):
            delimiter = candidate
            break
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise ReviewFileError(f"{path}: not a readable CSV file ({exc})") from exc
    header = [_header_name(c) for c in rows[0]]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise ReviewFileError(
            f"{path}: missing required column(s) {', '.join(missing)} in the header (row 1)"
        )
    doubled = sorted(c for c, n in Counter(header).items() if c and n > 1)
    if doubled:
        raise ReviewFileError(f"{path}: column(s) {', '.join(doubled)} appear more than once")
    extra = [c or "(unnamed)" for c in header if c not in COLUMNS]
    if extra:
        notes.append(f"ignoring column(s) that are not part of the review CSV: {', '.join(extra)}")
    utf8 = not any("Windows-1252" in n for n in notes)
    return ReviewTable(header=header, records=rows[1:], notes=notes, utf8=utf8)


def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


_DIGITS = re.compile(r"\d+")
_ISO_DATE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")


def _same(column: str, cell: str, value: str) -> bool:
    """Whether a read-only cell still holds `value`, allowing for what spreadsheets do
    on their own: line ends, surrounding spaces, a dropped `'`, '0.70' saved as '0.7'
    or '0,7', an ISO date shown in the local date format ('07/11/2026', '11.07.2026')."""
    want = _norm(value)
    got = _norm(restore(cell))
    if got == want or _norm(cell) == want:
        return True
    if column in _NUMERIC:
        try:
            return float(got.replace(",", ".")) == float(want)
        except ValueError:
            return False
    if _ISO_DATE.fullmatch(want):  # the same numbers, in any order and separators
        return sorted(map(int, _DIGITS.findall(got))) == sorted(map(int, _DIGITS.findall(want)))
    return False


def _letters(text: str) -> str:
    """The ASCII letters and digits of `text`, case-folded: what survives any encoding."""
    folded = unicodedata.normalize("NFKC", restore(text)).casefold()
    return "".join(ch for ch in folded if ch.isascii() and ch.isalnum())


def not_utf8_damage(cell: str, value: str) -> bool:
    """Whether `cell` is `value` after a save in a non-UTF-8 encoding: characters that
    encoding lacks became '?' (Windows-1252, Latin-1, ASCII), or UTF-8 was read as
    Windows-1252 and saved again ('≥' as 'â‰¥')."""
    cell, value = _norm(restore(cell)), _norm(value)
    if cell == value:
        return False
    for codec in ("cp1252", "latin-1", "ascii"):
        if value.encode(codec, errors="replace").decode(codec) == cell:
            return True
    try:
        return cell.encode("cp1252").decode("utf-8") == value
    except UnicodeError:
        return False


def _clip(text: str) -> str:
    text = text.replace("\r\n", "\n")
    return repr(text if len(text) <= _CLIP else text[: _CLIP - 1] + "…")


def _duplicates(table: ReviewTable, id_col: int) -> dict[str, list[int]]:
    rows_of: dict[str, list[int]] = {}
    for index, record in enumerate(table.records):
        if id_col < len(record):
            claim_id = restore(record[id_col]).strip()
            if claim_id:
                rows_of.setdefault(claim_id, []).append(index + 2)
    return {k: v for k, v in rows_of.items() if len(v) > 1}


@dataclass
class _Differences:
    """Read-only cells that differ from the database, by column: (row, database, file)."""

    by_column: dict[str, list[tuple[int, str, str]]] = field(default_factory=dict)
    not_utf8: tuple[int, str, str, str] | None = None  # row, column, database, file

    def add(self, row: int, column: str, value: str, cell: str) -> None:
        if not_utf8_damage(cell, value):
            if self.not_utf8 is None:
                self.not_utf8 = (row, column, value, cell)
            return
        self.by_column.setdefault(column, []).append((row, value, cell))

    def warnings(self) -> list[str]:
        out = []
        for column, rows in self.by_column.items():
            row, value, cell = rows[0]
            more = f" and {len(rows) - 1} more row(s)" if len(rows) > 1 else ""
            out.append(
                f"column {column} differs from the database in row {row}{more} (the database "
                f"has {_clip(value)}, the file {_clip(cell)}); read-only columns are not "
                "imported, the database keeps its value"
            )
        return out


def _check_correction(column: str, text: str, stored: StoredClaim | None) -> tuple[str, str]:
    """The canonical text of a quantities or comparison correction, or ('', reason)."""
    try:
        if column == "quantities":
            notes = parse_quantities(text)
            if stored is not None:
                r = stored.record
                place_quantities(notes, r.sentence, r.char_start, r.quantities)
            return quantities_text(notes) or "none", ""
        if column == "comparison":
            comparison = parse_comparison_or_none(text)
            return (comparison_text(comparison) if comparison else "none"), ""
    except NotationError as exc:
        if "?" in text:
            return "", f"{exc}; {LOST_CHARACTER}"
        return "", str(exc)
    return text, ""


def _check_row(
    store: Store,
    row_no: int,
    values: dict[str, str],
    doubles: dict[str, list[int]],
    reviewer: str | None,
    differences: _Differences,
) -> tuple[str, Review | None, list[Problem], bool]:
    """Validate one row; return its claim id, the review to store (None when invalid),
    its problems and whether the claim is stale."""
    problems: list[Problem] = []

    def problem(column: str, message: str, kind: str) -> None:
        problems.append(Problem(row_no, column, message, kind))

    claim_id = restore(values["claim_id"]).strip()
    stored = None
    if not claim_id:
        problem("claim_id", "empty; every row needs the claim_id it was exported with", "claim_id")
    else:
        stored = store.get_claim(claim_id)
        if stored is None:
            problem(
                "claim_id",
                f"unknown claim_id {claim_id!r} (not in the database; a re-run drops "
                "unreviewed claims its articles no longer have)",
                "claim_id",
            )
        if claim_id in doubles:
            others = ", ".join(str(r) for r in doubles[claim_id] if r != row_no)
            problem(
                "claim_id", f"{claim_id} appears more than once (also row(s) {others})", "duplicate"
            )

    raw_status = restore(values["review_status"]).strip().lower()
    status = raw_status or "unreviewed"
    if status not in REVIEW_STATUSES:
        problem(
            "review_status",
            f"unknown status {values['review_status']!r} "
            f"(allowed: {', '.join(REVIEW_STATUSES)}; blank means unreviewed)",
            "status",
        )

    if stored is not None:
        current = claim_row(stored)
        if "sentence" in values and _letters(values["sentence"]) != _letters(current["sentence"]):
            problem(
                "sentence",
                f"the row does not match claim {claim_id}: the database has the sentence "
                f"{_clip(current['sentence'])}, the file {_clip(values['sentence'])}; was the "
                "claim_id or the row changed (a sort of one column, a pasted row)?",
                "mismatch",
            )
        else:
            for column in READ_ONLY:
                if column in _NOT_COMPARED or column not in values:
                    continue
                if not _same(column, values[column], current[column]):
                    differences.add(row_no, column, current[column], values[column])

    given = {
        value_col: restore(values[corr_col]).strip()
        for value_col, corr_col in CORRECTABLE.items()
        if corr_col in values
    }
    corrections: dict[str, str] = {}
    if status == "corrected":
        corrections = dict(stored.review.corrections) if stored is not None else {}
        for value_col, text in given.items():
            if not text:
                corrections.pop(value_col, None)
                continue
            canonical, error = _check_correction(value_col, text, stored)
            if error:
                problem(CORRECTABLE[value_col], error, "correction")
            corrections[value_col] = canonical
        if not corrections:
            problem(
                "review_status",
                "status is 'corrected' but no correction is filled in "
                f"({', '.join(CORRECTABLE.values())})",
                "correction",
            )
    elif status in REVIEW_STATUSES:
        for value_col, text in given.items():
            if text:
                problem(
                    CORRECTABLE[value_col],
                    f"a correction is filled in but review_status is {status!r}; "
                    "set the status to 'corrected' or clear the cell",
                    "correction",
                )

    if problems or stored is None:
        return claim_id, None, problems, False

    old = stored.review
    note = restore(values["review_note"]).strip() if "review_note" in values else old.note
    name = restore(values.get("reviewer", "")).strip()
    if not name:
        decided = (status, note, corrections) != (old.status, old.note, old.corrections)
        name = (reviewer or "") if decided else old.reviewer
    review = Review(status=status, reviewer=name, note=note, corrections=corrections)
    return claim_id, review, [], old.stale


def import_reviews(
    store: Store,
    path: str | Path,
    *,
    skip_invalid: bool = False,
    reviewer: str | None = None,
) -> ImportResult:
    """Validate every row of the review file at `path`, then apply the decisions in one
    transaction. When a row is invalid nothing is applied, unless `skip_invalid`: then the
    valid rows are. `reviewer` names whoever changed a decision in a row whose reviewer
    cell is blank; a blank reviewer cell on an unchanged decision keeps the stored name.
    A missing editable column keeps the stored values. Read-only cells that differ from
    the database are listed in `warnings` and never block. Raises ReviewFileError."""
    table = read_review_table(path)
    result = ImportResult(notes=list(table.notes), not_utf8=not table.utf8)
    index = {name: i for i, name in enumerate(table.header) if name in COLUMNS}
    doubles = _duplicates(table, index["claim_id"])
    differences = _Differences()
    updates: list[tuple[str, Review]] = []
    width = len(table.header)
    for k, record in enumerate(table.records):
        row_no = k + 2
        if not any(cell.strip() for cell in record):
            result.blank += 1
            continue
        result.rows += 1
        cells = record + [""] * (width - len(record))
        values = {name: cells[i] for name, i in index.items()}
        claim_id, review, problems, stale = _check_row(
            store, row_no, values, doubles, reviewer, differences
        )
        if any(cell.strip() for cell in record[width:]):
            extra = "the row has more cells than the header has columns"
            problems.append(Problem(row_no, f"{width + 1}+", extra, "row"))
        if problems:
            result.problems.extend(problems)
            result.skipped += 1
        elif review is not None:
            updates.append((claim_id, review))
            result.by_status["stale" if stale else review.status] += 1
    result.warnings = differences.warnings()
    if differences.not_utf8 is not None:
        result.not_utf8 = True
        row, column, value, cell = differences.not_utf8
        result.notes.append(
            f"{Path(path).name} was not saved as UTF-8: row {row}, column {column} has "
            f"{_clip(cell)} where the database has {_clip(value)}; check the notes and "
            f"corrections typed in it, and {SAVE_AS_UTF8}"
        )
    if result.problems and not skip_invalid:
        return result
    counts = store.apply_reviews(updates, origin=f"import {Path(path).name}")
    result.changed, result.unchanged = counts["changed"], counts["unchanged"]
    result.applied = True
    return result


# -- status --------------------------------------------------------------------------

_STATUS_COLUMNS = (*REVIEW_STATUSES, "stale")


def format_status(summary: dict) -> str:
    """The review summary of `Store.review_summary` as a plain-text table."""
    articles: dict[str, dict[str, int]] = summary["articles"]
    if not articles:
        return "no claims in the database"
    rows = [(source, counts) for source, counts in articles.items()]
    rows.append(("all articles", summary["total"]))
    width = max(len("article"), *(len(source) for source, _ in rows))
    heads = (*_STATUS_COLUMNS, "total")
    lines = ["  ".join([f"{'article':<{width}}", *(f"{h:>10}" for h in heads)])]
    for source, counts in rows:
        cells = [counts.get(c, 0) for c in _STATUS_COLUMNS]
        lines.append("  ".join([f"{source:<{width}}", *(f"{n:>10}" for n in (*cells, sum(cells)))]))
    return "\n".join(lines)
