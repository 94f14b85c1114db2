"""The review round trip: claims out to a CSV a reviewer edits, decisions back in.

The CSV has the extracted values (read-only) with a correction column beside each
value a reviewer may correct, and the review columns `review_status`, `reviewer`
and `review_note`. Cells that a spreadsheet would run as a formula (starting with
`=`, `+`, `-`, `@`, a tab or a carriage return) are written with a leading `'`,
which import removes again; a cell that itself starts with `'` gets one more.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from .output import atomic_file, comparison_text, quantity_text
from .store import StoredClaim

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
)
EDITABLE = frozenset(REVIEW_COLUMNS) | frozenset(CORRECTABLE.values())
READ_ONLY = tuple(c for c in COLUMNS if c not in EDITABLE)

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")


def neutralise(cell: str) -> str:
    """Make a cell safe to open in a spreadsheet; `restore` undoes it exactly."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def restore(cell: str) -> str:
    return cell[1:] if cell.startswith("'") else cell


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
        "quantities": "; ".join(quantity_text(q) for q in r.quantities),
        "comparison": comparison_text(r.comparison) if r.comparison else "",
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
    }
    for value_col, corr_col in CORRECTABLE.items():
        row[corr_col] = corrections.get(value_col, "")
    return row


def write_review_csv(items: Iterable[StoredClaim], path: str | Path) -> int:
    """Write the review CSV atomically (UTF-8, no BOM, LF line ends); return the row count."""
    count = 0
    with atomic_file(path) as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for item in items:
            writer.writerow({k: neutralise(v) for k, v in claim_row(item).items()})
            count += 1
    return count
