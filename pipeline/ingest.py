"""Ingest: read `.txt` and `.md` articles from a folder into `Article` records.

Files are found recursively and returned in a stable order (by their relative
path). Text is decoded as UTF-8 (a BOM is dropped) and kept exactly as read, so
record offsets index it. A file that cannot be read raises an `IngestError`
subclass naming the file; callers report it and go on with the rest.
"""

from __future__ import annotations

import calendar
import hashlib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import (
    BinaryFile,
    EmptyFile,
    IngestError,
    InputFolderError,
    UndecodableFile,
    UnreadableFile,
)
from .records import Article

ARTICLE_SUFFIXES = (".txt", ".md")

_DATE_LINE = re.compile(
    r"^\s*(?:published|date|posted)?\s*:?\s*(\d{4}-\d{2}-\d{2})\b", re.IGNORECASE
)
_MAX_TITLE_CHARS = 200
_MONTHS = {name.lower()[:3]: i for i, name in enumerate(calendar.month_name) if name}
_MONTH_RE = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    rf"^[A-Z][A-Za-z .'-]{{1,40}},\s+"
    rf"(?:(?P<m1>{_MONTH_RE})\s+(?P<d1>\d{{1,2}}),?|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH_RE}))"
    rf"\s+(?P<y>\d{{4}})\b"
)


def find_articles(root: str | Path) -> list[Path]:
    """Every article file under `root` (recursively), sorted by relative POSIX path."""
    root = Path(root)
    if not root.exists():
        raise InputFolderError(str(root), "no such folder")
    if not root.is_dir():
        raise InputFolderError(str(root), "not a folder")
    found = [
        p
        for p in root.rglob("*")
        if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file() and not _hidden(p, root)
    ]
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def article_id(text: str) -> str:
    """Stable id from the normalised text: NFC, whitespace collapsed, SHA-256."""
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return "a_" + hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


def decode(data: bytes, source: str) -> str:
    """UTF-8 text of `data`, BOM dropped; raise an IngestError naming `source` otherwise."""
    if not data.strip():
        raise EmptyFile(source)
    if b"\x00" in data:
        raise BinaryFile(source)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UndecodableFile(
            source, f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
        ) from exc
    if not text.strip():
        raise EmptyFile(source)
    return text


def read_article(path: str | Path, root: str | Path) -> Article:
    """Read one article file; `source` is its path relative to `root`."""
    path, root = Path(path), Path(root)
    source = path.relative_to(root).as_posix()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(source, exc.strerror or str(exc)) from exc
    text = decode(data, source)
    return Article(
        article_id=article_id(text),
        source=source,
        title=headline(text),
        text=text,
        published=published_date(text),
    )


@dataclass
class IngestOptions:
    """How files are read (the formats stage fills this in from `models/ingest.json`)."""

    max_bytes: int = 20_000_000


def find_files(root: str | Path, options: IngestOptions | None = None) -> Iterator[Path]:
    """Every article file under `root`, in stable order."""
    yield from find_articles(root)


def read_file(
    path: str | Path, root: str | Path, options: IngestOptions | None = None
) -> list[Article | IngestError]:
    """The articles of one file (a bad file gives its error instead)."""
    try:
        return [read_article(path, root)]
    except IngestError as exc:
        return [exc]


def iter_articles(
    root: str | Path, options: IngestOptions | None = None
) -> Iterator[Article | IngestError]:
    """Articles under `root` in stable order; a bad file is yielded as its error."""
    for path in find_files(root, options):
        yield from read_file(path, root, options)


def headline(text: str) -> str | None:
    """The first line when it reads as a headline: short, no final full stop, more text follows."""
    lines = text.strip().splitlines()
    if len(lines) < 2:
        return None
    first = lines[0].strip().lstrip("#").strip()
    if not first or len(first) > _MAX_TITLE_CHARS or first[-1] in ".!?:;,":
        return None
    return first


def published_date(text: str) -> str | None:
    """The date an article gives on one of its first lines, as ISO, else None.

    Accepts "Published: 2024-11-18" and datelines such as "TALLINN, March 4, 2025 –"
    or "SEOUL, 12 June 2025".
    """
    for line in text.strip().splitlines()[:3]:
        m = _DATE_LINE.match(line)
        if m:
            return m.group(1)
        m = _DATELINE.search(line[:80])
        if m:
            month = _MONTHS.get((m.group("m1") or m.group("m2")).lower()[:3])
            day = int(m.group("d1") or m.group("d2"))
            if month and 1 <= day <= 31:
                return f"{int(m.group('y')):04d}-{month:02d}-{day:02d}"
    return None
