"""Ingest: find the article files under a folder and read each into `Article` records.

`find_files` walks the folder (hidden entries skipped, symbolic links followed
unless they loop) and lists supported files in a stable order, by relative POSIX
path. `read_file` reads one file's bytes within the size limit and hands them to
`pipeline.formats.parse_file`, which knows the formats and encodings. Nothing
here raises for a bad file or folder entry: each problem is an `IngestError`
naming the file, which callers report before going on with the rest. Only a
missing input folder raises (`InputFolderError`).
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from pipeline.errors import (
    FileTooLarge,
    IngestError,
    InputFolderError,
    UnreadableFile,
    UnreadableFolder,
    VanishedFile,
)
from pipeline.ingest.formats import IngestOptions, article_id, headline, parse_file, published_date
from pipeline.records import Article

__all__ = [
    "IngestOptions",
    "article_id",
    "find_files",
    "headline",
    "iter_articles",
    "parse_file",
    "published_date",
    "read_file",
]


def find_files(
    root: str | Path, options: IngestOptions | None = None
) -> Iterator[Path | IngestError]:
    """Every supported file under `root` (as `root / relative path`), sorted by relative path.

    A folder that cannot be listed, a symbolic link that loops or points nowhere, and
    a supported name that is not a regular file are yielded as errors in their place.
    """
    options = options or IngestOptions()
    root = Path(root)
    if not root.exists():
        raise InputFolderError(str(root), "no such folder")
    if not root.is_dir():
        raise InputFolderError(str(root), "not a folder")
    suffixes = {s.lower() for s in options.suffixes}
    found: list[tuple[str, Path | IngestError]] = []
    try:
        top = root.stat()
    except OSError as exc:
        raise InputFolderError(str(root), exc.strerror or str(exc)) from exc
    # Each entry: (folder path, its relative parts, identities of the folders above and itself).
    stack: list[tuple[Path, tuple[str, ...], frozenset[tuple[int, int]]]] = [
        (root, (), frozenset({(top.st_dev, top.st_ino)}))
    ]
    while stack:
        folder, parts, seen = stack.pop()
        rel_folder = "/".join(parts) or "."
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            found.append((rel_folder, UnreadableFolder(rel_folder, _why(exc))))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            rel_parts = (*parts, entry.name)
            rel = "/".join(rel_parts)
            supported = Path(entry.name).suffix.lower() in suffixes
            try:
                st = os.stat(entry.path)  # follows symbolic links
            except OSError as exc:
                if exc.errno == errno.ELOOP:
                    found.append((rel, UnreadableFolder(rel, "symbolic link loop")))
                elif supported:
                    detail = "broken symbolic link" if entry.is_symlink() else _why(exc)
                    found.append((rel, UnreadableFile(rel, detail)))
                continue
            if stat.S_ISDIR(st.st_mode):
                ident = (st.st_dev, st.st_ino)
                if ident in seen:
                    found.append(
                        (rel, UnreadableFolder(rel, "symbolic link loop (points to a parent)"))
                    )
                else:
                    stack.append((folder / entry.name, rel_parts, seen | {ident}))
            elif supported:
                if stat.S_ISREG(st.st_mode):
                    found.append((rel, folder / entry.name))
                else:
                    found.append((rel, UnreadableFile(rel, "not a regular file")))
    found.sort(key=lambda item: item[0])
    for _, item in found:
        yield item


def read_file(
    path: str | Path, root: str | Path, options: IngestOptions | None = None
) -> list[Article | IngestError]:
    """The articles of one file; every problem is an `IngestError` in the list, never raised.

    A file larger than `options.max_bytes` is refused before it is read.
    """
    options = options or IngestOptions()
    path, root = Path(path), Path(root)
    try:
        source = path.relative_to(root).as_posix()
    except ValueError:
        source = path.as_posix()
    try:
        st = os.stat(path)
        if stat.S_ISDIR(st.st_mode):
            return [UnreadableFile(source, "is a folder")]
        if not stat.S_ISREG(st.st_mode):
            return [UnreadableFile(source, "not a regular file")]
        if st.st_size > options.max_bytes:
            return [FileTooLarge(source, st.st_size, options.max_bytes)]
        with open(path, "rb") as fh:
            data = fh.read(options.max_bytes + 1)
    except FileNotFoundError:
        return [VanishedFile(source)]
    except IsADirectoryError:
        return [UnreadableFile(source, "is a folder")]
    except OSError as exc:
        return [UnreadableFile(source, _why(exc))]
    if len(data) > options.max_bytes:  # it grew after the size check
        return [FileTooLarge(source, len(data), options.max_bytes)]
    return parse_file(data, source, options)


def iter_articles(
    root: str | Path, options: IngestOptions | None = None
) -> Iterator[Article | IngestError]:
    """Articles under `root` in stable order; a bad file or record is yielded as its error."""
    for item in find_files(root, options):
        if isinstance(item, IngestError):
            yield item
        else:
            yield from read_file(item, root, options)


def _why(exc: OSError) -> str:
    return exc.strerror.lower() if exc.strerror else str(exc)
