"""Outputs: claim records as JSONL (the contract), CSV (flat, for reviewers) and errors.

`OutputWriter` streams records into temporary files beside the targets and
moves them into place only when `commit()` is called, so an interrupted run
leaves the previous outputs intact. `write_outputs` writes all three views of
the store that way. Same records in, same bytes out.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from .records import ClaimRecord, Comparison, Quantity

if TYPE_CHECKING:
    from .store import Store

CSV_COLUMNS = [
    "claim_id",
    "source",
    "sentence",
    "speaker",
    "role",
    "organization",
    "speaker_mention",
    "mode",
    "cue",
    "stance",
    "quantities",
    "comparison",
    "types",
    "confidence",
    "char_start",
    "char_end",
    "claim_text",
    "article_id",
    "title",
    "published",
]
JSONL_NAME = "claims.jsonl"
CSV_NAME = "claims.csv"
ERRORS_NAME = "errors.jsonl"


def _fmt_number(value: float) -> str:
    return f"{value:g}" if abs(value) < 1e15 else f"{value:.0f}"


def quantity_text(q: Quantity) -> str:
    """'about 1.5 million shells = 1500000 shell (approx.)' style readable text."""
    bound = {"at_least": "≥ ", "at_most": "≤ ", "exact": ""}[q.bound]
    approx = "~" if q.approximate else ""
    unit = f" {q.unit}" if q.unit else ""
    rng = f" [{_fmt_number(q.low)}–{_fmt_number(q.high)}]" if q.low is not None else ""
    return f'"{q.text}" = {bound}{approx}{_fmt_number(q.value)}{unit}{rng}'


def comparison_text(c: Comparison) -> str:
    """'Russia > NATO ×3 (P3M vs P1Y: rate ×12)' style readable text."""
    sign = {"more": ">", "less": "<", "equal": "="}[c.direction]
    text = f"{c.subject or '?'} {sign} {c.object or '(all others)'}"
    if c.ratio is not None:
        text += f" ×{_fmt_number(c.ratio)}"
    if c.subject_period or c.object_period:
        text += f" ({c.subject_period or '?'} vs {c.object_period or '?'}"
        if c.rate_ratio is not None:
            text += f": rate ×{_fmt_number(c.rate_ratio)}"
        text += ")"
    return text


def csv_row(r: ClaimRecord) -> dict[str, str]:
    sp, at = r.speaker, r.attribution
    return {
        "claim_id": r.claim_id,
        "source": r.source,
        "sentence": r.sentence,
        "speaker": sp.name if sp else "",
        "role": (sp.role or "") if sp else "",
        "organization": (sp.organization or "") if sp else "",
        "speaker_mention": (sp.mention or "") if sp else "",
        "mode": at.mode if at else "none",
        "cue": at.cue if at else "",
        "stance": at.stance if at else "",
        "quantities": "; ".join(quantity_text(q) for q in r.quantities),
        "comparison": comparison_text(r.comparison) if r.comparison else "",
        "types": "|".join(r.types),
        "confidence": f"{r.confidence:.2f}",
        "char_start": str(r.char_start),
        "char_end": str(r.char_end),
        "claim_text": r.claim_text,
        "article_id": r.article_id,
        "title": r.title or "",
        "published": r.published or "",
    }


def record_json(r: ClaimRecord) -> str:
    return json.dumps(r.model_dump(mode="json"), ensure_ascii=False, sort_keys=False)


class OutputWriter:
    """Streams records to temporary files; `commit()` moves both into place."""

    def __init__(self, out_dir: str | Path) -> None:
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self._tmp = {}
        for name in (JSONL_NAME, CSV_NAME):
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=self.out_dir)
            self._tmp[name] = (tmp, os.fdopen(fd, "w", encoding="utf-8", newline=""))
        self._jsonl = self._tmp[JSONL_NAME][1]
        self._csv = csv.DictWriter(self._tmp[CSV_NAME][1], fieldnames=CSV_COLUMNS)
        self._csv.writeheader()
        self.count = 0

    def write(self, records: list[ClaimRecord]) -> None:
        for r in records:
            self._jsonl.write(record_json(r) + "\n")
            self._csv.writerow(csv_row(r))
            self.count += 1

    def commit(self) -> dict[str, Path]:
        paths = {}
        for _tmp, fh in self._tmp.values():
            fh.flush()
            os.fsync(fh.fileno())
            fh.close()
        for name, (tmp, _fh) in self._tmp.items():
            os.replace(tmp, self.out_dir / name)
            paths[name] = self.out_dir / name
        self._tmp = {}
        return paths

    def abort(self) -> None:
        for tmp, fh in self._tmp.values():
            fh.close()
            Path(tmp).unlink(missing_ok=True)
        self._tmp = {}

    def __enter__(self) -> OutputWriter:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if self._tmp:
            self.abort()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def atomic_file(path: str | Path, mode: str = "w") -> Iterator:
    """Write to a temporary file beside `path`; move it into place only on success."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    kwargs = {"encoding": "utf-8", "newline": ""} if "b" not in mode else {}
    try:
        with os.fdopen(fd, mode, **kwargs) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual mode
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_jsonl(records: Iterable[ClaimRecord], path: str | Path) -> int:
    count = 0
    with atomic_file(path) as fh:
        for r in records:
            fh.write(record_json(r) + "\n")
            count += 1
    return count


def write_outputs(
    store: Store, out_dir: str | Path, errors: list[dict[str, str]]
) -> tuple[dict[str, Path], int]:
    """claims.jsonl, claims.csv (with review columns) and errors.jsonl from the store."""
    from .review import write_review_csv

    out_dir = Path(out_dir)
    paths = {name: out_dir / name for name in (JSONL_NAME, CSV_NAME, ERRORS_NAME)}
    count = write_jsonl(store.records(), paths[JSONL_NAME])
    write_review_csv(store.claims(include_stale=True), paths[CSV_NAME])
    with atomic_file(paths[ERRORS_NAME]) as fh:
        for row in errors:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return paths, count
