"""The views of the store written after each complete run: claims.jsonl, claims.csv, errors.jsonl.

Each file is written atomically (`pipeline.store.atomic`), so an interrupted run
leaves the previous outputs intact. Same records in, same bytes out.

`claims.csv` is also the file reviewers edit, so it is never overwritten with their
edits in it: the store keeps the SHA-256 of the claims.csv it last wrote. A run
first imports an edited claims.csv (`import_edited_view`: every row valid, or
nothing); when the file on disk is then neither what was written, nor what was
imported, nor the fresh view, the fresh view goes to `claims.new.csv` beside it and
the edited file is left alone (`ViewWrite.kept`).

A run that changed nothing writes nothing: the views on disk are already the ones the
store would give (see "an unchanged store" below).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pipeline.records import ClaimRecord
from pipeline.store.atomic import atomic_file
from pipeline.store.db import Store, StoredClaim
from pipeline.store.review import ImportResult, ReviewFileError, import_reviews, write_review_csv

JSONL_NAME = "claims.jsonl"
CSV_NAME = "claims.csv"
NEW_CSV_NAME = "claims.new.csv"
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


@dataclass
class ViewWrite:
    """Where the review view went: `path`; `kept` is the edited file left in place."""

    path: Path
    kept: Path | None = None

    @property
    def note(self) -> str:
        if self.kept is None:
            return ""
        return (
            f"{self.kept} was edited since it was written, so it was not overwritten; the "
            f"fresh view is {self.path}. Import your edits with `claims review import "
            f"{self.kept}` (which then rewrites it), or delete it to get the fresh view."
        )


def _sha256(path: Path) -> str | None:
    try:
        with path.open("rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except FileNotFoundError:
        return None


def _meta_key(path: Path) -> str:
    return f"view-sha256:{path.resolve()}"


def view_edited(store: Store, path: str | Path) -> str | None:
    """The SHA-256 of the review view at `path` when it differs from what `store` last
    wrote there (a reviewer edited it), else None."""
    path = Path(path)
    on_disk = _sha256(path)
    if on_disk is None or on_disk == store.get_meta(_meta_key(path)):
        return None
    return on_disk


@dataclass
class ViewImport:
    """What `import_edited_view` did: the file's digest and the import (or why not)."""

    digest: str
    result: ImportResult | None = None
    error: str = ""
    path: Path = Path(CSV_NAME)

    @property
    def note(self) -> str:
        if self.result is not None and self.result.applied:
            if not self.result.changed:  # nothing in it the store did not have
                return ""
            return (
                f"{self.path} was edited: its decisions were imported first "
                f"({self.result.changed} changed)"
            )
        problems = self.error or f"{len(self.result.problems) if self.result else 0} problem(s)"
        return (
            f"{self.path} was edited but could not be imported ({problems}); run "
            f"`claims review import {self.path}` to see why"
        )


def import_edited_view(store: Store, path: str | Path) -> ViewImport | None:
    """Import the decisions of a review view edited since it was written, all rows or
    none, before a run changes the claims it names. None when it was not edited."""
    path = Path(path)
    digest = view_edited(store, path)
    if digest is None:
        return None
    try:
        return ViewImport(digest, import_reviews(store, path), path=path)
    except ReviewFileError as exc:
        return ViewImport(digest, error=str(exc), path=path)


def write_review_view(
    store: Store,
    path: str | Path,
    *,
    overwrite: bool = False,
    imported: str | None = None,
    items: Iterable[StoredClaim] | None = None,
) -> ViewWrite:
    """Write the review CSV of `store` to `path` unless the file there was edited since
    this store last wrote it (then to claims.new.csv beside it). `overwrite` is for a
    file whose edits were all just imported; `imported` the digest of such a file;
    `items` the store's claims with the stale ones, when the caller reads them anyway."""
    path = Path(path)
    fresh = path.with_name(NEW_CSV_NAME)
    write_review_csv(store.claims(include_stale=True) if items is None else items, fresh)
    digest = _sha256(fresh)
    assert digest is not None
    on_disk = _sha256(path)
    ours = on_disk is None or on_disk in (digest, store.get_meta(_meta_key(path)), imported)
    if not (ours or overwrite):
        return ViewWrite(fresh, kept=path)
    os.replace(fresh, path)
    store.set_meta(_meta_key(path), digest)
    return ViewWrite(path)


def write_outputs(
    store: Store, out_dir: str | Path, errors: list[dict[str, str]], imported: str | None = None
) -> tuple[dict[str, Path], int, ViewWrite]:
    """claims.jsonl, claims.csv (with review columns) and errors.jsonl from the store;
    `imported` is the digest of a claims.csv whose decisions this run imported first."""
    out_dir = Path(out_dir)
    paths = {name: out_dir / name for name in (JSONL_NAME, CSV_NAME, ERRORS_NAME)}
    state = _views_state(store, errors)
    written = _written(store, out_dir)
    if imported is None and written.get("state") == state:
        files = written.get("files", {})
        if all(_sha256(path) == files.get(name) for name, path in paths.items()):
            return paths, int(written.get("claims", 0)), ViewWrite(paths[CSV_NAME])
    count = 0
    with atomic_file(paths[JSONL_NAME]) as fh:

        def current_written(items: Iterable[StoredClaim]) -> Iterator[StoredClaim]:
            # one pass over the store for both files: the JSONL takes the current claims
            # as they go by to the CSV (the same rows, in the same order, as `records`)
            nonlocal count
            for item in items:
                if item.current:
                    fh.write(record_json(item.record) + "\n")
                    count += 1
                yield item

        view = write_review_view(
            store,
            paths[CSV_NAME],
            imported=imported,
            items=current_written(store.claims(include_stale=True)),
        )
    paths[CSV_NAME] = view.path
    with atomic_file(paths[ERRORS_NAME]) as fh:
        for row in errors:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    if view.kept is None:  # the three files are the views of `state`
        files = {name: _sha256(path) for name, path in paths.items()}
        record = {"state": state, "files": files, "claims": count}
        store.set_meta(_written_key(out_dir), json.dumps(record, sort_keys=True))
    return paths, count, view


# -- an unchanged store: its views are not written again ---------------------------------
#
# A run that changed nothing (an unchanged corpus run again) would rewrite the same bytes:
# for a large store that is most of a re-run's time. So after writing the three views the
# store keeps, per output folder, a digest of what they were made of (`_views_state`) and
# each file's SHA-256; the next run writes nothing when the digest is the same and every
# file on disk is still what was written. Anything else (a claim, a review, a cluster, a
# path, an error, this package's code, a view edited, moved or deleted) writes them all.


@cache
def _code_digest() -> str:
    """SHA-256 of this package's code: another version may write other bytes."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent.parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def _views_state(store: Store, errors: list[dict[str, str]]) -> str:
    blob = json.dumps(errors, ensure_ascii=False, sort_keys=True)
    parts = (_code_digest(), store.claims_digest(), blob)
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


def _written_key(out_dir: Path) -> str:
    return f"views-written:{out_dir.resolve()}"


def _written(store: Store, out_dir: Path) -> dict:
    """What the store last wrote to `out_dir`: its state digest and the files' digests."""
    saved = store.get_meta(_written_key(out_dir))
    try:
        found = json.loads(saved) if saved else {}
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}
