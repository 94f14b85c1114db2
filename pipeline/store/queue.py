"""The review queue's order: most worth checking first, with memory that does not grow.

`by_score` takes (score, row) pairs in their natural order and yields the rows by score,
highest first, ties in their natural order. Up to `chunk` rows are sorted in memory; beyond
that, sorted runs are spilled to temporary files (one JSON row a line) and merged, so a
10-million-claim store is ordered with `chunk` rows in memory at a time.
"""

from __future__ import annotations

import heapq
import json
import tempfile
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import IO

CHUNK = 100_000

Row = dict[str, str]


def by_score(pairs: Iterable[tuple[float, Row]], chunk: int = CHUNK) -> Iterator[Row]:
    """Rows by descending score; equal scores keep their input order."""
    keyed = ((-score, i, row) for i, (score, row) in enumerate(pairs))
    first = sorted(islice(keyed, chunk), key=_key)
    if len(first) < chunk:  # all of it fits: no temporary file
        yield from (row for *_, row in first)
        return
    runs: list[IO[str]] = [_spill(first)]
    try:
        while block := sorted(islice(keyed, chunk), key=_key):
            runs.append(_spill(block))
        merged = heapq.merge(*(_read(run) for run in runs), key=_key)
        yield from (row for *_, row in merged)
    finally:
        for run in runs:
            run.close()


def _key(item: tuple[float, int, Row]) -> tuple[float, int]:
    return item[0], item[1]


def _spill(block: list[tuple[float, int, Row]]) -> IO[str]:
    fh = tempfile.TemporaryFile("w+", encoding="utf-8")  # removed when closed
    for neg, i, row in block:
        fh.write(json.dumps([neg, i, row], ensure_ascii=False) + "\n")
    fh.seek(0)
    return fh


def _read(fh: IO[str]) -> Iterator[tuple[float, int, Row]]:
    for line in fh:
        neg, i, row = json.loads(line)
        yield neg, i, row
