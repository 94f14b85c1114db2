"""The views of the store written after each complete run: claims.jsonl, claims.csv, errors.jsonl.

Each file is written atomically (`pipeline.store.atomic`), so an interrupted run
leaves the previous outputs intact. Same records in, same bytes out.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from pipeline.records import ClaimRecord
from pipeline.store.atomic import atomic_file
from pipeline.store.db import Store
from pipeline.store.review import write_review_csv

JSONL_NAME = "claims.jsonl"
CSV_NAME = "claims.csv"
ERRORS_NAME = "errors.jsonl"


def record_json(r: ClaimRecord) -> str:
    return json.dumps(r.model_dump(mode="json"), ensure_ascii=False, sort_keys=False)


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
    out_dir = Path(out_dir)
    paths = {name: out_dir / name for name in (JSONL_NAME, CSV_NAME, ERRORS_NAME)}
    count = write_jsonl(store.records(), paths[JSONL_NAME])
    write_review_csv(store.claims(include_stale=True), paths[CSV_NAME])
    with atomic_file(paths[ERRORS_NAME]) as fh:
        for row in errors:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return paths, count
