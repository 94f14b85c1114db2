"""Encoding: turn one file's bytes into clean text, or say why they are not text.

The order of attempts is fixed, so the same bytes always give the same text:

1. a byte-order mark (UTF-8, UTF-16 or UTF-32, little or big endian) decides;
2. NUL bytes are only accepted as UTF-16 without a BOM (every other byte NUL);
   otherwise the file is binary;
3. strict UTF-8;
4. UTF-8 with a few bad bytes (many valid multi-byte characters, few invalid
   bytes): the bad bytes become U+FFFD and the rest of the text is kept;
5. a charset the file declares itself (HTML `<meta charset>`, XML declaration);
6. East Asian double-byte encodings (Shift-JIS, EUC-JP, EUC-KR, GB18030, Big5...):
   a reading counts when every non-ASCII character is East Asian and none sits
   inside an ASCII word (Western text never reads so). The reading with clearly
   the most common characters wins; among readings that tie, charset-normalizer's
   guess, when the text is long enough for a guess; otherwise (a few ideographs
   valid in several encodings) the file is undecodable, with a message naming
   the candidates, rather than read as nonsense;
7. the Western single-byte fallbacks (cp1252, then latin-1) when the result
   reads as Western text (accented letters inside mostly ASCII words, judged
   on the first characters of the file);
8. charset-normalizer's best guess (Cyrillic, Greek, Central European...).

Control characters other than tab, line feed and carriage return are then
removed; the result is what record offsets index. Thresholds live in the
`encoding` section of `models/ingest.json`.
"""

from __future__ import annotations

import codecs
import json
import re
from functools import cache
from typing import Any

from pipeline.errors import BinaryFile, EmptyFile, UndecodableFile
from pipeline.resources import models_dir

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Unicode category Cc except tab, line feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# What binary data turns into: controls, replacement characters, private use.
_GARBAGE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff]")
_DECLARED = re.compile(
    rb"""(?:<meta[^>]{0,200}?charset\s*=\s*["']?\s*|<\?xml[^>]{0,100}?encoding\s*=\s*["'])"""
    rb"""([A-Za-z0-9_.:-]{2,40})""",
    re.IGNORECASE,
)
# For the Western check: runs of letters outside ASCII, anything not a letter, non-ASCII.
_NON_ASCII_LETTERS = re.compile(r"[^\W\d_\x00-\x7f]+")
_NOT_LETTERS = re.compile(r"[\W\d_]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_OR_REPLACEMENT = re.compile(r"[\x00-\x7f\ufffd]+")


@cache
def settings() -> dict[str, Any]:
    """The `encoding` section of `models/ingest.json` (read once)."""
    with (models_dir() / "ingest.json").open(encoding="utf-8") as fh:
        return json.load(fh)["encoding"]


def clean_text(text: str) -> str:
    """`text` without control characters (tab, line feed and carriage return stay)."""
    return _CONTROL.sub("", text)


def declared_charset(data: bytes) -> str | None:
    """The charset a document declares near its start (HTML meta or XML declaration)."""
    m = _DECLARED.search(data[: settings()["declared_charset_scan_bytes"]])
    return m.group(1).decode("ascii").lower() if m else None


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> str:
    """The clean text of `data`; raise EmptyFile, BinaryFile or UndecodableFile naming `source`.

    `declared` is a charset the document names for itself (tried after UTF-8).
    """
    if not data.strip():
        raise EmptyFile(source)
    text = _decode(data, source, declared)
    if _garbage_share(text) > settings()["max_garbage_share"]:
        raise BinaryFile(source)
    text = clean_text(text).removeprefix("\ufeff")
    if not text.strip():
        raise EmptyFile(source)
    return text


def _decode(data: bytes, source: str, declared: str | None) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace")
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            raise BinaryFile(source)
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    for attempt in (
        _mostly_utf8,
        lambda d: _declared(d, declared),
        lambda d: _east_asian(d, source),
        _western,
        _detected,
    ):
        text = attempt(data)
        if text is not None:
            return text
    raise UndecodableFile(
        source, f"no text encoding fits; byte 0x{data[first_bad]:02x} at offset {first_bad}"
    )


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text whose NUL bytes all sit on one side of each pair, else None."""
    cfg = settings()
    if len(data) % 2 or len(data) < cfg["utf16_min_bytes"]:
        return None
    nul_even = data[0::2].count(0)
    nul_odd = data[1::2].count(0)
    nuls = nul_even + nul_odd
    if nuls < cfg["utf16_min_nul_share"] * len(data):
        return None
    if nul_odd >= cfg["utf16_parity_share"] * nuls:
        codec = "utf-16-le"
    elif nul_even >= cfg["utf16_parity_share"] * nuls:
        codec = "utf-16-be"
    else:
        return None
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with its few bad bytes replaced, when the valid multi-byte characters dominate."""
    cfg = settings()
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = len(_ASCII_OR_REPLACEMENT.sub("", text))
    if valid >= cfg["utf8_repair_min_valid"] and bad <= cfg["utf8_repair_max_bad_share"] * valid:
        return text
    return None


def _declared(data: bytes, declared: str | None) -> str | None:
    if not declared:
        return None
    try:
        codec = codecs.lookup(declared).name
    except LookupError:
        return None
    if codec.startswith(("utf-16", "utf-32")):  # wrong: the bytes hold no NULs
        return None
    # As browsers do: a page labelled latin-1 or ASCII is read as cp1252.
    if codec in ("latin-1", "iso8859-1", "ascii"):
        codec = "cp1252"
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):  # LookupError: not a text codec (rot13...)
        return None


# Kana, hangul, CJK ideographs and symbols, full-width forms, and the general punctuation,
# Latin-1 signs and shapes that these character sets also hold.
_EAST_ASIAN = re.compile(
    r"[\u3000-\u303f\u3040-\u30ff\u3130-\u318f\u1100-\u11ff\u3200-\u33ff\u3400-\u4dbf"
    r"\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff01-\uff60\uffe0-\uffe6"
    r"\u2010-\u205e\u2100-\u218f\u2190-\u21ff\u2200-\u22ff\u2460-\u24ff\u2500-\u27bf"
    r"\u00a7\u00a8\u00b0\u00b1\u00b4\u00b6\u00b7\u00d7\u00f7\u0391-\u03c9\u0401-\u0451]"
)


def _east_asian_reading(text: str) -> bool:
    """Every non-ASCII character East Asian, and none wedged between ASCII letters."""
    for m in _NON_ASCII.finditer(text):
        if not _EAST_ASIAN.match(m.group()):
            return False
        i = m.start()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if before.isascii() and before.isalpha() and after.isascii() and after.isalpha():
            return False
    return True


def _common_share(text: str, core: str, ranges: list[list[int]]) -> float:
    """The share of non-ASCII characters that are common ones of the core charset."""
    chars = [c for c in text if not c.isascii()]
    common = 0
    for ch in chars:
        try:
            raw = ch.encode(core)
        except UnicodeEncodeError:
            continue
        common += len(raw) == 2 and any(lo <= raw[0] <= hi for lo, hi in ranges)
    return common / len(chars) if chars else 0.0


def _east_asian(data: bytes, source: str) -> str | None:
    """The East Asian double-byte reading of `data`, None when there is none; raises
    UndecodableFile when several read alike (see the module's step 6)."""
    cfg = settings()
    scored: dict[str, tuple[float, str]] = {}  # text -> (common share, codec)
    for codec, (core, ranges) in cfg["cjk_encodings"].items():
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if not _NON_ASCII.search(text) or not _east_asian_reading(text):
            continue
        share = _common_share(text, core, ranges)
        if text not in scored or scored[text][0] < share:
            scored[text] = (share, codec)
    if not scored:
        return None
    ranked = sorted(scored.items(), key=lambda kv: (-kv[1][0], kv[1][1]))
    top = ranked[0][1][0]
    tied = {text: codec for text, (share, codec) in ranked if share > top - cfg["cjk_min_lead"]}
    if len(tied) == 1:
        return ranked[0][0]
    if len(_NON_ASCII.findall(ranked[0][0])) >= cfg["cjk_min_chars_to_guess"]:
        guess = _detected(data)
        if guess in tied:
            return guess
    raise UndecodableFile(
        source,
        "not UTF-8, and its East Asian text reads alike as "
        + ", ".join(tied.values())
        + "; save it as UTF-8",
    )


def _western(data: bytes) -> str | None:
    """The first fallback single-byte decoding that reads as Western text, else None."""
    for codec in settings()["fallback_encodings"]:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        sample = text[: settings()["western_sample_chars"]]
        return text if _reads_as_western(sample) else None
    return None


def _reads_as_western(text: str) -> bool:
    """Mostly ASCII words with the odd accented letter; no symbols wedged inside words."""
    cfg = settings()
    runs = [len(m.group()) for m in _NON_ASCII_LETTERS.finditer(text)]
    letters = len(_NOT_LETTERS.sub("", text))
    if sum(runs) > cfg["western_max_accented_share"] * max(letters, 1):
        return False
    if runs and max(runs) > cfg["western_max_accented_run"]:
        return False
    marks = set(cfg["western_in_word_marks"])
    non_ascii = odd = 0
    for m in _NON_ASCII.finditer(text):
        non_ascii += 1
        ch, i = m.group(), m.start()
        if not ch.isalpha() and ch not in marks:
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            odd += before.isalpha() and after.isalpha()
    return odd <= cfg["western_max_odd_share"] * non_ascii


def _detected(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return None if best is None else str(best)


def _garbage_share(text: str) -> float:
    return len(_GARBAGE.findall(text)) / max(len(text), 1)
