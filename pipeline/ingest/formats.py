"""Formats: one file's bytes in, its articles (with metadata) or errors out.

`parse_file` reads plain text, Markdown with YAML front matter, HTML, JSON,
JSON Lines and CSV, chosen by the file's suffix. Every article's `text` is the
decoded, cleaned text that record offsets index; its metadata (title,
publication date as ISO YYYY-MM-DD, outlet, URL, author) comes from front
matter, meta tags, JSON-LD or record fields, with the plain-text headline and
dateline heuristics as a fallback. A bad file, record, line or row becomes an
`IngestError` in the returned list and the file's other articles are still read.
Defaults (size limit, field names, HTML meta tags) are in `models/ingest.json`.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import hashlib
import io
import json
import logging
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, fields
from functools import cache
from pathlib import Path
from typing import Any

from pipeline.errors import (
    EmptyFile,
    FileTooLarge,
    IngestError,
    MalformedRecord,
    MissingTextField,
    NoArticleText,
)
from pipeline.ingest.encoding import clean_text, declared_charset, decode_bytes
from pipeline.records import Article
from pipeline.resources import models_dir

log = logging.getLogger(__name__)

_MAX_TITLE_CHARS = 200
_MONTHS = {name.lower()[:3]: i for i, name in enumerate(calendar.month_name) if name}
_MONTH_RE = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE_LINE = re.compile(
    r"^\s*(?:published|date|posted)?\s*:?\s*(\d{4}-\d{2}-\d{2})\b", re.IGNORECASE
)
_DATELINE = re.compile(
    rf"^[A-Z][A-Za-z .'-]{{1,40}},\s+"
    rf"(?:(?P<m1>{_MONTH_RE})\s+(?P<d1>\d{{1,2}}),?|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH_RE}))"
    rf"\s+(?P<y>\d{{4}})\b"
)
_YMD = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s_])")
_COMPACT_YMD = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:$|T)")
_NUMERIC_DMY = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?:$|[T\s,])")
_NAMED_DMY = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?[\s-]+(?P<m>{_MONTH_RE}),?[\s-]+(?P<y>\d{{4}})\b",
    re.IGNORECASE,
)
_NAMED_MDY = re.compile(
    rf"\b(?P<m>{_MONTH_RE})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b",
    re.IGNORECASE,
)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*>")


# -- options --------------------------------------------------------------------------


@cache
def _ingest_config() -> dict[str, Any]:
    with (models_dir() / "ingest.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def _default(name: str) -> Callable[[], Any]:
    def make() -> Any:
        value = _ingest_config()["options"][name]
        return tuple(value) if isinstance(value, list) else value

    return make


@dataclass(frozen=True)
class IngestOptions:
    """How files are found and read; the defaults are the `options` of `models/ingest.json`.

    The `*_fields` lists name the JSON keys and CSV columns (matched without regard
    to case, first name found wins) that hold each part of an article.
    """

    max_bytes: int = field(default_factory=_default("max_bytes"))
    suffixes: tuple[str, ...] = field(default_factory=_default("suffixes"))
    text_fields: tuple[str, ...] = field(default_factory=_default("text_fields"))
    title_fields: tuple[str, ...] = field(default_factory=_default("title_fields"))
    date_fields: tuple[str, ...] = field(default_factory=_default("date_fields"))
    url_fields: tuple[str, ...] = field(default_factory=_default("url_fields"))
    outlet_fields: tuple[str, ...] = field(default_factory=_default("outlet_fields"))
    author_fields: tuple[str, ...] = field(default_factory=_default("author_fields"))
    list_keys: tuple[str, ...] = field(default_factory=_default("list_keys"))
    csv_delimiters: tuple[str, ...] = field(default_factory=_default("csv_delimiters"))

    @classmethod
    def load(cls, path: str | Path | None = None) -> IngestOptions:
        """Options from a JSON file (its `options` object, or the top level); missing keys
        keep their defaults. Raise ValueError on an unknown key or a wrong type."""
        if path is None:
            return cls()
        with Path(path).open(encoding="utf-8") as fh:
            data = json.load(fh)
        if isinstance(data, dict) and isinstance(data.get("options"), dict):
            data = data["options"]
        if not isinstance(data, dict):
            raise ValueError(f"{path}: expected a JSON object of ingest options")
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, value in data.items():
            if key.startswith("_"):
                continue
            if key not in known:
                raise ValueError(f"{path}: unknown ingest option '{key}'")
            if key == "max_bytes":
                if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                    raise ValueError(f"{path}: max_bytes must be a positive integer")
                values[key] = value
            else:
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    raise ValueError(f"{path}: {key} must be a list of strings")
                values[key] = tuple(value)
        return cls(**values)


# -- plain-text heuristics --------------------------------------------------------------


def article_id(text: str) -> str:
    """Stable id from the normalised text: NFC, whitespace collapsed, SHA-256."""
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return "a_" + hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


def headline(text: str) -> str | None:
    """The first line when it reads as a headline: short, no final full stop, more text follows."""
    lines = text.strip().splitlines()
    if len(lines) < 2:
        return None
    first = lines[0].strip().lstrip("#").strip()
    if len(first) > _MAX_TITLE_CHARS or not any(c.isalnum() for c in first):
        return None
    if first[-1] in ".!?:;,":
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


def normalize_date(value: object) -> str | None:
    """A publication date in any common form as ISO YYYY-MM-DD; None when it cannot be read.

    Accepts date objects, Unix timestamps (seconds or milliseconds), ISO 8601 with
    or without time, YYYYMMDD, RFC 2822 ("Tue, 04 Mar 2025 09:30:00 GMT"), month
    names ("4 March 2025", "March 4, 2025") and numeric day/month orders when they
    are unambiguous (dotted dates are day first). The date part is kept as written,
    with no time-zone conversion.
    """
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_timestamp(float(value))
    if not isinstance(value, str):
        return None
    s = value.strip()
    if m := _YMD.match(s):
        return _iso(int(m[1]), int(m[2]), int(m[3]))
    if m := _COMPACT_YMD.match(s):
        return _iso(int(m[1]), int(m[2]), int(m[3]))
    if m := _NUMERIC_DMY.match(s):
        a, sep, b, year = int(m[1]), m[2], int(m[3]), int(m[4])
        if sep == "." or a > 12:
            return _iso(year, b, a)
        if b > 12:
            return _iso(year, a, b)
        return _iso(year, a, b) if a == b else None
    for pattern in (_NAMED_DMY, _NAMED_MDY):
        if m := pattern.search(s):
            month = _MONTHS.get(m["m"].lower()[:3])
            return _iso(int(m["y"]), month, int(m["d"])) if month else None
    if re.fullmatch(r"\d{9,13}(?:\.\d+)?", s):
        return _from_timestamp(float(s))
    return None


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _from_timestamp(value: float) -> str | None:
    if 1e11 <= value < 1e14:  # milliseconds
        value /= 1000
    if not 1e8 <= value < 1e11:
        return None
    return dt.datetime.fromtimestamp(value, dt.UTC).date().isoformat()


# -- parse_file --------------------------------------------------------------------------


def parse_file(
    data: bytes, source: str, options: IngestOptions | None = None
) -> list[Article | IngestError]:
    """Every article in one file's bytes, in file order; a bad file or record is an error.

    `source` is the file's path relative to the input folder; its suffix selects the
    format (an unknown suffix is read as plain text). Never raises for bad input.
    """
    options = options or IngestOptions()
    if len(data) > options.max_bytes:
        return [FileTooLarge(source, len(data), options.max_bytes)]
    parser = _PARSERS.get(Path(source).suffix.lower(), _parse_text)
    try:
        return list(parser(data, source, options))
    except IngestError as exc:
        return [exc]
    except Exception as exc:  # a parser bug must not stop the batch
        log.exception("reading %s failed", source)
        return [IngestError(source, f"could not be read ({type(exc).__name__}: {exc})")]


Parsed = Iterator[Article | IngestError]


def _parse_text(data: bytes, source: str, options: IngestOptions) -> Parsed:
    yield _article(source, decode_bytes(data, source), {})


def _parse_markdown(data: bytes, source: str, options: IngestOptions) -> Parsed:
    meta, body = split_front_matter(decode_bytes(data, source))
    if not body.strip():
        raise EmptyFile(source)
    yield _article(source, body, _metadata(meta, options))


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """YAML front matter (a mapping between `---` lines at the very start) and the body.

    Values are read as plain strings, lists and mappings (no YAML type guessing, so a
    date stays text for `normalize_date`). Text whose opening block is not a YAML
    mapping is returned whole, with no metadata.
    """
    import yaml

    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    try:
        meta = yaml.load(m.group(1), Loader=yaml.BaseLoader)  # builds no objects
    except (yaml.YAMLError, RecursionError):
        return {}, text
    if not isinstance(meta, dict):
        return {}, text
    return {str(k): v for k, v in meta.items()}, text[m.end() :]


def _parse_html(data: bytes, source: str, options: IngestOptions) -> Parsed:
    text = decode_bytes(data, source, declared=declared_charset(data))
    body, meta = html_article(text)
    if not any(c.isalnum() for c in body):
        raise NoArticleText(source, "no readable paragraphs; the page may be truncated or not HTML")
    if not has_main_text(body):
        raise NoArticleText(
            source,
            "no main text: only navigation, cookie or sign-in text, or no paragraph "
            "that reads as sentences",
        )
    yield _article(source, body, meta)


def has_main_text(body: str) -> bool:
    """Whether a page's text has a paragraph that reads as prose: `main_text_min_words`
    words or more, a sentence end, and none of the boilerplate phrases of
    `models/ingest.json` (cookie banners, sign-in and subscription prompts)."""
    cfg = _html_config()
    phrases = _boilerplate(tuple(cfg["boilerplate_phrases"]))
    for paragraph in re.split(r"\n\s*\n|\n", body):
        words = paragraph.split()
        if len(words) < cfg["main_text_min_words"]:
            continue
        if not re.search(r"[.!?…][\"'”’)\]]*\s*$|[.!?…][\"'”’)\]]*\s", paragraph):
            continue
        if phrases.search(paragraph):
            continue
        return True
    return False


@cache
def _boilerplate(phrases: tuple[str, ...]) -> re.Pattern:
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _parse_json(data: bytes, source: str, options: IngestOptions) -> Parsed:
    text = decode_bytes(data, source)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MalformedRecord(
            source, f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from exc
    except (ValueError, RecursionError) as exc:  # too deep, or a number too long
        raise MalformedRecord(source, f"not valid JSON ({type(exc).__name__})") from exc
    yield from _json_document(doc, source, options)


def _json_document(doc: object, source: str, options: IngestOptions) -> Parsed:
    if isinstance(doc, dict):
        if _pick(doc, options.text_fields) is not None:
            yield _record_article(doc, source, options)
            return
        items = _pick(doc, options.list_keys)
        if not isinstance(items, list):
            raise MissingTextField(
                source,
                f"no text field ({', '.join(options.text_fields)}) "
                f"and no list of articles ({', '.join(options.list_keys)})",
            )
    elif isinstance(doc, list):
        items = doc
    else:
        raise MalformedRecord(source, "expected a JSON object or a list of objects")
    for i, item in enumerate(items, 1):
        where = f"{source}#{i}"
        if not isinstance(item, dict):
            yield MalformedRecord(where, f"item {i} is not a JSON object")
            continue
        yield _guard(_record_article, item, where, options)


def _parse_jsonl(data: bytes, source: str, options: IngestOptions) -> Parsed:
    text = decode_bytes(data, source)
    out: list[Article | IngestError] = []
    failed = False
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{source}#{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            out.append(MalformedRecord(where, f"line {n}: not valid JSON ({exc.msg})"))
            failed = True
            continue
        except (ValueError, RecursionError) as exc:  # too deep, or a number too long
            out.append(MalformedRecord(where, f"line {n}: not valid JSON ({type(exc).__name__})"))
            continue
        if not isinstance(obj, dict):
            out.append(MalformedRecord(where, f"line {n}: not a JSON object"))
            continue
        out.append(_guard(_record_article, obj, where, options))
    if failed:  # perhaps one JSON document spread over several lines
        try:
            doc = json.loads(text)
        except (ValueError, RecursionError):
            pass
        else:
            out = list(_json_document(doc, source, options))
    yield from out


def _parse_csv(data: bytes, source: str, options: IngestOptions) -> Parsed:
    import pandas as pd

    text = decode_bytes(data, source)
    delimiter = _csv_delimiter(text, options.csv_delimiters)
    if csv.field_size_limit() <= len(text):  # one field may hold a whole long article
        csv.field_size_limit(len(text) + 1)
    rows = [r for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter) if r]
    if not rows:
        raise EmptyFile(source)
    width = max(len(r) for r in rows)
    try:
        frame = pd.read_csv(
            io.StringIO(text, newline=""),
            sep=delimiter,
            header=None,
            names=list(range(width)),
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=True,
            engine="python",
        )
        table = [[v if isinstance(v, str) else "" for v in row] for row in frame.itertuples(False)]
        unclosed = False
    except pd.errors.ParserError:  # a quoted field left open: the last record runs to the end
        table = [r + [""] * (width - len(r)) for r in rows]
        unclosed = True
    if not table:
        raise EmptyFile(source)
    header = [h.strip() for h in table[0]]
    columns: dict[str, int] = {}
    for i, name in enumerate(header):
        if name:
            columns.setdefault(name.casefold(), i)
    names = {role: _column(columns, getattr(options, f"{role}_fields")) for role in _META_ROLES}
    text_col = _column(columns, options.text_fields)
    if text_col is None:
        raise MissingTextField(source, f"no text column ({', '.join(options.text_fields)})")
    n_fields = len(rows[0])
    data_rows = table[1:]
    for n, row in enumerate(data_rows, 1):
        where = f"{source}#{n}"
        if unclosed and n == len(data_rows):
            yield MalformedRecord(where, f"row {n}: a quoted field is never closed")
            continue
        if any(v.strip() for v in row[n_fields:]):
            yield MalformedRecord(where, f"row {n} has more fields than the header ({n_fields})")
            continue
        body = clean_text(row[text_col])
        if not body.strip():
            yield MissingTextField(where, f"row {n}: the '{header[text_col]}' column is empty")
            continue
        meta = {role: (row[i] if i is not None else None) for role, i in names.items()}
        yield _article(where, body, _normalize_meta(meta))


def _csv_delimiter(text: str, candidates: tuple[str, ...]) -> str:
    """The candidate appearing most often in the header line (the earlier one wins a tie)."""
    first = text.split("\n", 1)[0]
    best = max(candidates, key=lambda c: (first.count(c), -candidates.index(c)), default=",")
    return best if first.count(best) else ","


def _column(columns: Mapping[str, int], names: tuple[str, ...]) -> int | None:
    """The index of the first of `names` among the (case-folded) header names."""
    for name in names:
        if name.casefold() in columns:
            return columns[name.casefold()]
    return None


_PARSERS: dict[str, Callable[[bytes, str, IngestOptions], Parsed]] = {
    ".txt": _parse_text,
    ".md": _parse_markdown,
    ".markdown": _parse_markdown,
    ".html": _parse_html,
    ".htm": _parse_html,
    ".json": _parse_json,
    ".jsonl": _parse_jsonl,
    ".ndjson": _parse_jsonl,
    ".csv": _parse_csv,
}


# -- records and metadata -----------------------------------------------------------------

_META_ROLES = ("title", "date", "url", "outlet", "author")


def _guard(make: Callable[..., Article], *args: Any) -> Article | IngestError:
    try:
        return make(*args)
    except IngestError as exc:
        return exc


def _record_article(obj: Mapping[str, Any], where: str, options: IngestOptions) -> Article:
    body = _text_value(_pick(obj, options.text_fields))
    if body is None or not body.strip():
        raise MissingTextField(where, f"no text in any of {', '.join(options.text_fields)}")
    return _article(where, body, _metadata(obj, options))


def _metadata(obj: Mapping[str, Any], options: IngestOptions) -> dict[str, str | None]:
    raw = {role: _pick(obj, getattr(options, f"{role}_fields")) for role in _META_ROLES}
    return _normalize_meta(raw)


def _normalize_meta(raw: Mapping[str, Any]) -> dict[str, str | None]:
    meta = {role: _meta_text(raw.get(role)) for role in _META_ROLES if role != "date"}
    date = raw.get("date")
    meta["date"] = normalize_date(date if not isinstance(date, str) else clean_text(date))
    return meta


def _pick(obj: Mapping[str, Any], names: tuple[str, ...]) -> Any:
    """The first non-empty value under one of `names` (keys compared without case)."""
    folded: dict[str, Any] = {}
    for key, value in obj.items():
        folded.setdefault(str(key).casefold(), value)
    for name in names:
        value = folded.get(name.casefold())
        if value not in (None, "", [], {}):
            return value
    return None


def _text_value(value: Any) -> str | None:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return clean_text("\n\n".join(value))
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _meta_text(value: Any) -> str | None:
    """A metadata value as one clean line: names of objects, lists joined with commas."""
    if isinstance(value, dict):
        value = value.get("name") or value.get("@id") or value.get("url")
    if isinstance(value, list):
        parts = [_meta_text(v) for v in value]
        value = ", ".join(p for p in parts if p)
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    text = " ".join(clean_text(value).split())
    return text or None


def _article(source: str, text: str, meta: Mapping[str, str | None]) -> Article:
    return Article(
        article_id=article_id(text),
        source=source,
        title=meta.get("title") or headline(text),
        text=text,
        published=meta.get("date") or published_date(text),
        outlet=meta.get("outlet"),
        url=meta.get("url"),
        author=meta.get("author"),
    )


# -- HTML ---------------------------------------------------------------------------------


@cache
def _html_config() -> dict[str, Any]:
    return _ingest_config()["html"]


def html_article(html: str) -> tuple[str, dict[str, str | None]]:
    """The main text of a page (paragraphs separated by blank lines) and its metadata.

    trafilatura finds the main content and the metadata it knows; the page's own
    meta tags and JSON-LD fill what it leaves out, and their publication date is
    preferred to trafilatura's guess. Nothing is fetched. When trafilatura finds
    no main content, the page's paragraphs are read directly.
    """
    import trafilatura

    doc = None
    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # the page is read directly below instead
        log.debug("trafilatura could not read the page: %s", exc)
    paragraphs = list(_xml_blocks(doc.body)) if doc is not None and doc.body is not None else []
    tree = _html_tree(html)
    if not paragraphs and tree is not None:
        paragraphs = list(_page_blocks(tree))
    meta: dict[str, Any] = {}
    if doc is not None:
        meta = {
            "title": doc.title,
            "date": doc.date,
            "outlet": doc.sitename,
            "url": doc.url,
            "author": doc.author,
        }
    if tree is not None:
        own = _page_metadata(tree)
        if own.get("date"):  # a declared date does not depend on the day the page is read
            meta["date"] = own["date"]
        for key, value in own.items():
            if not meta.get(key):
                meta[key] = value
    text = clean_text("\n\n".join(paragraphs))
    return text, _normalize_meta(meta)


def _html_tree(html: str):
    import lxml.html
    from lxml import etree

    html = _XML_DECLARATION.sub("", html)
    if not html.strip():
        return None
    try:
        return lxml.html.document_fromstring(html)
    except (ValueError, etree.LxmlError):
        return None


_XML_CONTAINERS = frozenset({"list", "quote", "div", "section", "main"})
_XML_BLOCKS = frozenset({"p", "head", "item", "list", "quote", "table", "code", "div"})


def _xml_blocks(elem) -> Iterator[str]:
    """Paragraph texts of trafilatura's output tree, in order."""
    for child in elem:
        if child.tag == "table":
            for row in child.iter("row"):
                line = " | ".join(t for t in (_inline(c) for c in row) if t)
                if line:
                    yield line
        elif child.tag in _XML_CONTAINERS and any(g.tag in _XML_BLOCKS for g in child):
            yield from _xml_blocks(child)
        else:
            text = _inline(child)
            if text:
                yield text


def _inline(elem) -> str:
    """An element's text with `<lb/>` as a line break, spaces collapsed on each line."""
    parts: list[str] = []

    def walk(e) -> None:
        if e.text:
            parts.append(e.text)
        for child in e:
            if child.tag == "lb":
                parts.append("\n")
            elif isinstance(child.tag, str):
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(elem)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _page_blocks(tree) -> Iterator[str]:
    """Paragraph texts read straight from the page when no main content was found."""
    cfg = _html_config()
    skip = set(cfg["skip_tags"])
    blocks = set(cfg["block_tags"])
    root = tree.find("body")
    if root is None:
        return
    found = False
    for el in root.iter(*blocks):
        if any(a.tag in blocks or a.tag in skip for a in el.iterancestors()):
            continue
        text = " ".join(" ".join(_visible_text(el, skip)).split())
        if text:
            found = True
            yield text
    if not found:
        for line in "".join(_visible_text(root, skip)).splitlines():
            line = " ".join(line.split())
            if line:
                yield line


def _visible_text(el, skip: set[str]) -> Iterator[str]:
    if isinstance(el.tag, str) and el.tag in skip:
        return
    if el.text and isinstance(el.tag, str):
        yield el.text
    for child in el:
        yield from _visible_text(child, skip)
        if child.tail:
            yield child.tail


def _page_metadata(tree) -> dict[str, Any]:
    """Title, date, outlet, URL and author from JSON-LD, then meta tags, then `<title>`."""
    cfg = _html_config()
    meta: dict[str, Any] = dict(_jsonld_metadata(tree, set(cfg["jsonld_types"])))
    tags: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = el.get("content")
        if key and content and key not in tags:
            tags[key] = content
    for role, names in cfg["meta"].items():
        if meta.get(role):
            continue
        for name in names:
            if tags.get(name):
                meta[role] = tags[name]
                break
    if not meta.get("url"):
        for link in tree.iter("link"):
            if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
                meta["url"] = link.get("href")
                break
    if not meta.get("title"):
        title = tree.find(".//title")
        if title is not None and title.text:
            meta["title"] = title.text
    return meta


def _jsonld_metadata(tree, types: set[str]) -> dict[str, Any]:
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "", strict=False)
        except (json.JSONDecodeError, RecursionError):
            continue
        for node in _jsonld_nodes(data):
            kinds = node.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(isinstance(k, str) and k in types for k in kinds):
                page = node.get("mainEntityOfPage")
                return {
                    "title": node.get("headline") or node.get("name"),
                    "date": node.get("datePublished") or node.get("dateCreated"),
                    "outlet": node.get("publisher"),
                    "url": node.get("url") or (page.get("@id") if isinstance(page, dict) else page),
                    "author": node.get("author"),
                }
    return {}


def _jsonld_nodes(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _jsonld_nodes(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _jsonld_nodes(data["@graph"], depth + 1)
