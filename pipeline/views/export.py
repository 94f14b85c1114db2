"""Exports of the claims store for fact-checkers, analysts and annotators.

`claims export --format F` writes one file from the store (`claims.db`), atomically:

- `jsonl`: claim records, one per line, exactly as in `claims.jsonl` (the contract);
- `csv`: the review CSV (the same file `claims extract` writes as `claims.csv`);
- `parquet`: one flat row per claim for analysts (quantities and times as lists of structs);
- `claimreview`: a JSON array of schema.org `Claim` objects (JSON-LD);
- `labelstudio`: a JSON list of Label Studio tasks, one per article, with the claims as
  predictions (pre-annotations) matching `models/labelstudio/labeling-config.xml`.

Which claims: `jsonl`, `claimreview` and `labelstudio` hold the current claims, `csv` and
`parquet` also the stale reviewed ones (flagged, as in `claims.csv`). `status` narrows any
format to current claims with that review status, or (`stale`) to the stale ones.

`claim_spans` places the parts of a claim (speaker mention, cue, figures, comparison cue,
claim content) in the article text; the HTML report uses it too. Same store, same bytes.

A reviewer's corrections (status `corrected`) reach the `jsonl`, `claimreview` and
`labelstudio` records: speaker, role and organisation, and the figures and comparison
written in the review CSV's notation (`pipeline.records.notation`). `csv` and `parquet`
keep the extracted values beside the correction columns. Only http(s) URLs leave the
store (a `javascript:` or `data:` URL from an article's metadata is left out).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from pipeline import __version__
from pipeline.records import Article, ClaimRecord, Speaker
from pipeline.records.notation import (
    NotationError,
    parse_comparison_or_none,
    parse_quantities,
    place_quantities,
)
from pipeline.store.atomic import atomic_file
from pipeline.store.db import REVIEW_STATUSES, Store, StoredClaim
from pipeline.store.review import write_review_rows
from pipeline.views.output import record_json

log = logging.getLogger(__name__)

FORMATS = ("jsonl", "csv", "parquet", "claimreview", "labelstudio")
STATUSES = (*REVIEW_STATUSES, "stale")
EXTENSIONS = {
    "jsonl": "jsonl",
    "csv": "csv",
    "parquet": "parquet",
    "claimreview": "jsonld",
    "labelstudio": "labelstudio.json",
}
# formats that, with no status given, also carry stale reviewed claims (flagged as such)
_WITH_STALE = frozenset({"csv", "parquet"})

# the article's assessment of a claim, as a ClaimReview rating and a Label Studio label
RATING_NAMES = {"disputed": "Disputed", "corroborated": "Corroborated", "hedged": "Hedged"}
# Label Studio names: they must match models/labelstudio/labeling-config.xml
LS_FROM_NAME = "label"
LS_TO_NAME = "text"
LS_RELATION = "said"
LS_ASSESSES = "assesses"  # from the evaluative sentence to the claim it evaluates
LS_LABELS = ("Speaker", "Cue", "Claim", "Quantity", "Comparison", *RATING_NAMES.values())
LS_PATH_KEY = "article_path"  # `source` is a field Label Studio sets on tasks itself
MODEL_VERSION = f"defense-claims {__version__}"

Span = tuple[int, int]


# -- where the parts of a claim are ----------------------------------------------------


@dataclass
class ClaimSpans:
    """Absolute offsets (into the article text) of the parts of one claim.

    `cue` and `comparison` are lists because a cue may be split ("more ... than")."""

    sentence: Span
    claim: Span
    speaker: Span | None = None
    cue: list[Span] = field(default_factory=list)
    figures: list[Span] = field(default_factory=list)
    comparison: list[Span] = field(default_factory=list)


def _occurrences(text: str, needle: str) -> list[Span]:
    """Where `needle` occurs in `text` as whole words (exact case, else any case)."""
    needle = needle.strip()
    if not needle:
        return []
    pattern = re.escape(needle)
    if re.match(r"\w", needle):
        pattern = r"(?<!\w)" + pattern
    if re.search(r"\w$", needle):
        pattern += r"(?!\w)"
    for flags in (0, re.IGNORECASE):
        found = [(m.start(), m.end()) for m in re.finditer(pattern, text, flags)]
        if found:
            return found
    return []


def _inside(span: Span, outer: Span) -> bool:
    return outer[0] <= span[0] and span[1] <= outer[1]


def _overlaps(span: Span, other: Span) -> bool:
    return span[0] < other[1] and other[0] < span[1]


def _split_cue(sentence: str, cue: str, prefer: Callable[[Span], bool]) -> list[Span]:
    """A cue, possibly in parts ('more ... than'), placed in order in `sentence`.

    The first placement of the first part for which `prefer` holds wins, else the first
    placement at all; an empty list when some part cannot be placed."""
    parts = [p for p in (s.strip() for s in cue.split("...")) if p]
    if not parts:
        return []
    placements: list[list[Span]] = []
    for first in _occurrences(sentence, parts[0]):
        spans = [first]
        for part in parts[1:]:
            after = [s for s in _occurrences(sentence, part) if s[0] >= spans[-1][1]]
            if not after:
                break
            spans.append(after[0])
        if len(spans) == len(parts):
            placements.append(spans)
    if not placements:
        return []
    for spans in placements:
        if prefer(spans[0]):
            return spans
    return placements[0]


def _claim_in_sentence(record: ClaimRecord) -> Span | None:
    """The claim content's offsets relative to its sentence: its own offsets cut to the
    sentence, else the first occurrence of its text there; None when neither places it."""
    if record.claim_start is not None and record.claim_end is not None:
        start = max(record.claim_start, record.char_start) - record.char_start
        end = min(record.claim_end, record.char_end) - record.char_start
        if end > start:
            return (start, end)
    if record.claim_text:
        found = record.sentence.find(record.claim_text)
        if found >= 0:
            return (found, found + len(record.claim_text))
    return None


def claim_spans(record: ClaimRecord) -> ClaimSpans:
    """Place the parts of `record` in its sentence; offsets are absolute.

    The claim content is where `claim_start`..`claim_end` say, within the sentence (a
    quotation of several sentences runs past it); in a record without them, the first
    occurrence of `claim_text` in the sentence (the whole sentence when it is not
    found). The attribution cue is its first occurrence outside the claim content (else
    anywhere). The speaker mention is looked for as a whole word: preferably outside the
    claim content, then the occurrence nearest before the cue, else the first one after
    it. Figures keep their own offsets when they hold
    their text. The comparison cue is placed preferably inside the claim content. Any
    part that cannot be found in the sentence is left out."""
    base, sentence = record.char_start, record.sentence
    rel_claim = _claim_in_sentence(record) or (0, len(sentence))

    cue: list[Span] = []
    if record.attribution is not None:
        cue = _split_cue(sentence, record.attribution.cue, lambda s: not _overlaps(s, rel_claim))

    speaker: Span | None = None
    if record.speaker is not None and record.speaker.mention:
        candidates = _occurrences(sentence, record.speaker.mention)
        cue_start = cue[0][0] if cue else None

        def rank(span: Span) -> tuple[int, int, int]:
            inside = int(_overlaps(span, rel_claim) and rel_claim != (0, len(sentence)))
            if cue_start is None:
                return (inside, 0, span[0])
            if span[1] <= cue_start:
                return (inside, 0, cue_start - span[1])
            return (inside, 1, span[0])

        if candidates:
            speaker = min(candidates, key=rank)

    figures: list[Span] = []
    for q in record.quantities:
        rel = (q.char_start - base, q.char_end - base)
        if 0 <= rel[0] <= rel[1] <= len(sentence) and sentence[rel[0] : rel[1]] == q.text:
            figures.append(rel)

    comparison: list[Span] = []
    if record.comparison is not None and record.comparison.cue:
        comparison = _split_cue(sentence, record.comparison.cue, lambda s: _inside(s, rel_claim))

    def shift(span: Span) -> Span:
        return (span[0] + base, span[1] + base)

    return ClaimSpans(
        sentence=(base, record.char_end),
        claim=shift(rel_claim),
        speaker=shift(speaker) if speaker else None,
        cue=[shift(s) for s in cue],
        figures=[shift(s) for s in figures],
        comparison=[shift(s) for s in comparison],
    )


# -- choosing the claims ---------------------------------------------------------------


def select_claims(
    store: Store, status: str | None = None, *, with_stale: bool = False
) -> Iterator[StoredClaim]:
    """Current claims with review `status` (all when None; `with_stale` adds the stale
    reviewed ones); `status='stale'` selects only the stale ones."""
    if status is not None and status not in STATUSES:
        raise ValueError(f"unknown review status {status!r}; expected one of {STATUSES}")
    if status == "stale":
        return store.claims(include_stale=True, status="stale")
    return store.claims(include_stale=with_stale and status is None, status=status)


class _Articles:
    """Article lookups from the store; claims come grouped by article, so only the
    last article is kept (memory does not grow with the store)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._last: tuple[str, Article | None] | None = None

    def __call__(self, article_id: str) -> Article | None:
        if self._last is None or self._last[0] != article_id:
            self._last = (article_id, self.store.article(article_id))
        return self._last[1]


def web_url(url: str | None) -> str | None:
    """`url` when it is an http(s) address with a host, else None (no `javascript:`)."""
    if not url or not url.strip():
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url.strip()


def corrected_record(item: StoredClaim) -> ClaimRecord:
    """The record with a reviewer's corrections applied (status `corrected`): speaker,
    role and organisation; figures and comparison in the review CSV's notation ('none'
    removes them). The types follow: `quantitative` with figures, `comparative` with a
    comparison (a record keeps its types when none would be left). A correction that
    does not parse (one stored before import checked them) is left out, with a log line."""
    review = item.review
    fix = {k: v.strip() for k, v in review.corrections.items() if v and v.strip()}
    if review.status != "corrected" or not fix:
        return item.record
    record = item.record.model_copy(deep=True)
    if fix.keys() & {"speaker", "role", "organization"}:
        speaker = record.speaker or Speaker(name=fix.get("speaker", ""), kind="person")
        if "speaker" in fix:
            speaker.name = fix["speaker"]
        if "role" in fix:
            speaker.role = fix["role"]
        if "organization" in fix:
            speaker.organization = fix["organization"]
        if speaker.name:
            record.speaker = speaker
    try:
        if "quantities" in fix:
            notes = parse_quantities(fix["quantities"])
            record.quantities = place_quantities(
                notes, record.sentence, record.char_start, record.quantities
            )
        if "comparison" in fix:
            comparison = parse_comparison_or_none(fix["comparison"])
            old = record.comparison
            if comparison is not None and old is not None and old.direction == comparison.direction:
                comparison.cue = old.cue  # the cue still reads that way
            record.comparison = comparison
    except NotationError as exc:
        log.warning("claim %s: correction left out (%s)", record.claim_id, exc)
        return item.record if not fix.keys() & {"speaker", "role", "organization"} else record
    types = {t for t in record.types if t == "attributed"}
    if record.quantities:
        types.add("quantitative")
    if record.comparison is not None:
        types.add("comparative")
    if types:
        record.types = [t for t in ("attributed", "quantitative", "comparative") if t in types]
    return ClaimRecord.model_validate(record.model_dump())


# -- where an export goes ----------------------------------------------------------------

Target = Path | IO[bytes]  # a file written atomically, or an open binary stream (stdout)


@contextmanager
def _output(target: Target, binary: bool = False) -> Iterator[IO]:
    """A file to write: atomically to a path, else the stream (UTF-8 text on it)."""
    if isinstance(target, Path):
        with atomic_file(target, "wb" if binary else "w") as fh:
            yield fh
        return
    if binary:
        yield target
        target.flush()
        return
    text = io.TextIOWrapper(target, encoding="utf-8", newline="", write_through=True)
    try:
        yield text
        text.flush()
    finally:
        text.detach()  # the stream stays open for its owner


# -- jsonl and csv ---------------------------------------------------------------------


def _write_jsonl(items: Iterable[StoredClaim], target: Target) -> int:
    count = 0
    with _output(target) as fh:
        for item in items:
            fh.write(record_json(corrected_record(item)) + "\n")
            count += 1
    return count


def _write_csv(items: Iterable[StoredClaim], target: Target) -> int:
    with _output(target) as fh:
        return write_review_rows(items, fh)


# -- parquet ---------------------------------------------------------------------------


_PARQUET_ROWS = 10_000
_CORRECTABLE = ("speaker", "role", "organization", "quantities", "comparison")


def _parquet_schema():
    import pyarrow as pa

    text = pa.string()
    quantity = pa.struct(
        [
            ("text", text),
            ("value", pa.float64()),
            ("unit", text),
            ("low", pa.float64()),
            ("high", pa.float64()),
            ("approximate", pa.bool_()),
            ("bound", text),
            ("char_start", pa.int64()),
            ("char_end", pa.int64()),
            ("per", text),
            ("change", text),
        ]
    )
    time = pa.struct(
        [
            ("text", text),
            ("char_start", pa.int64()),
            ("char_end", pa.int64()),
            ("value", text),
            ("granularity", text),
            ("relation", text),
            ("relative", pa.bool_()),
        ]
    )
    feature = pa.struct([("name", text), ("weight", pa.float64())])
    columns = [
        ("claim_id", text),
        ("schema_version", text),
        ("source", text),
        ("other_sources", pa.list_(text)),
        ("article_id", text),
        ("title", text),
        ("published", pa.date32()),
        ("outlet", text),
        ("url", text),
        ("sentence", text),
        ("claim_text", text),
        ("char_start", pa.int64()),
        ("char_end", pa.int64()),
        ("types", pa.list_(text)),
        ("speaker_name", text),
        ("speaker_role", text),
        ("speaker_organization", text),
        ("speaker_mention", text),
        ("speaker_kind", text),
        ("mode", text),
        ("cue", text),
        ("stance", text),
        ("comparison_subject", text),
        ("comparison_object", text),
        ("comparison_direction", text),
        ("comparison_ratio", pa.float64()),
        ("comparison_cue", text),
        ("comparison_subject_period", text),
        ("comparison_object_period", text),
        ("comparison_rate_ratio", pa.float64()),
        ("quantities", pa.list_(quantity)),
        ("times", pa.list_(time)),
        ("confidence", pa.float64()),
        ("assessment_label", text),
        ("assessment_evidence", text),
        ("assessment_char_start", pa.int64()),
        ("assessment_char_end", pa.int64()),
        ("assessment_cue", text),
        ("assessment_voice", text),
        ("assessment_assessor", text),
        ("certainty_level", text),
        ("certainty_hedges", pa.list_(text)),
        ("checkworthiness", pa.float64()),
        ("checkworthiness_features", pa.list_(feature)),
        ("cluster_id", text),
        ("review_status", text),
        ("reviewer", text),
        ("review_note", text),
        ("stale", pa.bool_()),
        ("stale_reason", text),
        *((f"corrected_{k}", text) for k in _CORRECTABLE),
    ]
    return pa.schema(columns)


def parquet_row(item: StoredClaim) -> dict[str, Any]:
    """The flat analyst row of one stored claim (missing values are None)."""
    r, review = item.record, item.review
    sp, at, cmp, worth = r.speaker, r.attribution, r.comparison, r.checkworthiness
    return {
        "claim_id": r.claim_id,
        "schema_version": r.schema_version,
        "source": r.source,
        "other_sources": list(r.other_sources),
        "article_id": r.article_id,
        "title": r.title,
        "published": _date(r.published),
        "outlet": r.outlet,
        "url": web_url(r.url),
        "sentence": r.sentence,
        "claim_text": r.claim_text,
        "char_start": r.char_start,
        "char_end": r.char_end,
        "types": list(r.types),
        "speaker_name": sp.name if sp else None,
        "speaker_role": sp.role if sp else None,
        "speaker_organization": sp.organization if sp else None,
        "speaker_mention": sp.mention if sp else None,
        "speaker_kind": sp.kind if sp else None,
        "mode": at.mode if at else None,
        "cue": at.cue if at else None,
        "stance": at.stance if at else None,
        "comparison_subject": cmp.subject if cmp else None,
        "comparison_object": cmp.object if cmp else None,
        "comparison_direction": cmp.direction if cmp else None,
        "comparison_ratio": cmp.ratio if cmp else None,
        "comparison_cue": cmp.cue if cmp else None,
        "comparison_subject_period": cmp.subject_period if cmp else None,
        "comparison_object_period": cmp.object_period if cmp else None,
        "comparison_rate_ratio": cmp.rate_ratio if cmp else None,
        "quantities": [q.model_dump(mode="json") for q in r.quantities],
        "times": [t.model_dump(mode="json") for t in r.times],
        "confidence": r.confidence,
        "assessment_label": r.assessment.label,
        "assessment_evidence": r.assessment.evidence,
        "assessment_char_start": r.assessment.char_start,
        "assessment_char_end": r.assessment.char_end,
        "assessment_cue": r.assessment.cue,
        "assessment_voice": r.assessment.voice,
        "assessment_assessor": r.assessment.assessor,
        "certainty_level": r.certainty.level if r.certainty else None,
        "certainty_hedges": list(r.certainty.hedges) if r.certainty else [],
        "checkworthiness": r.checkworthiness.score if r.checkworthiness else None,
        "checkworthiness_features": [
            {"name": k, "weight": v} for k, v in (worth.features.items() if worth else ())
        ],
        "cluster_id": r.cluster_id,
        "review_status": review.status,
        "reviewer": review.reviewer or None,
        "review_note": review.note or None,
        "stale": review.stale,
        "stale_reason": review.stale_reason or None,
        **{f"corrected_{k}": review.corrections.get(k) or None for k in _CORRECTABLE},
    }


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _write_parquet(items: Iterable[StoredClaim], target: Target) -> int:
    if not isinstance(target, Path):  # parquet's footer is written last: build it whole
        buffer = io.BytesIO()
        count = _write_parquet_to(items, buffer)
        with _output(target, binary=True) as fh:
            fh.write(buffer.getvalue())
        return count
    with atomic_file(target, "wb") as fh:
        return _write_parquet_to(items, fh)


def _write_parquet_to(items: Iterable[StoredClaim], fh: IO[bytes]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _parquet_schema()
    count = 0
    with pq.ParquetWriter(fh, schema, compression="zstd") as out:
        rows: list[dict[str, Any]] = []
        for item in items:  # written in row groups, so memory stays bounded
            rows.append(parquet_row(item))
            if len(rows) == _PARQUET_ROWS:
                out.write_table(pa.Table.from_pylist(rows, schema=schema))
                count += len(rows)
                rows = []
        if rows or count == 0:
            out.write_table(pa.Table.from_pylist(rows, schema=schema))
            count += len(rows)
    return count


# -- schema.org Claim (JSON-LD) --------------------------------------------------------


def _organization(name: str) -> dict[str, Any]:
    return {"@type": "Organization", "name": name}


def _author(record: ClaimRecord, article: Article | None) -> dict[str, Any] | None:
    """Who makes the claim, as schema.org Person or Organization.

    person -> Person (jobTitle = role, affiliation = organisation); organization, outlet
    and group ("U.S. officials") -> Organization (group: the nearest schema.org type);
    document -> its organisation when known, else none (the document goes in
    `citation`). No speaker, no author: the reporter who wrote the article is not the
    claimant (the outlet stays the appearance's publisher)."""
    sp = record.speaker
    if sp is None:
        return None
    if sp.kind == "person":
        person: dict[str, Any] = {"@type": "Person", "name": sp.name}
        if sp.role:
            person["jobTitle"] = sp.role
        if sp.organization:
            person["affiliation"] = _organization(sp.organization)
        return person
    if sp.kind == "document":
        return _organization(sp.organization) if sp.organization else None
    org = _organization(sp.name)
    if sp.organization and sp.organization != sp.name:
        org["parentOrganization"] = _organization(sp.organization)
    return org


# A dateline opening a story: 'MOSCOW (Reuters) - ', 'KYIV, Ukraine (AP) — ',
# 'BRUSSELS, March 3 (Reuters) -', 'WASHINGTON -- '. A capitalised place (two capitals at
# least), an optional ', Region' or ', Month Day', an optional '(Outlet)', then a dash.
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z'’.\-]*[A-Z](?:[ \-][A-Z][A-Z'’.\-]*)*"
    r"(?P<region>,\s*[A-Z][\w.'’]*(?:\s+[\w.'’]+){0,2})?"
    r"(?P<outlet>\s*\([^()\n]{1,40}\))?"
    r"\s*(?:--|[-–—])\s+"
)


def strip_dateline(text: str, opens_paragraph: bool = False) -> str:
    """`text` without a dateline at its start ('MOSCOW (Reuters) - ...'). A bare capitalised
    word and a dash ('WASHINGTON — ') counts only when `text` opens a paragraph (mid-text,
    'NATO - the alliance - grew' is no dateline)."""
    m = _DATELINE.match(text)
    if m is None or m.end() >= len(text):
        return text
    if not (m["region"] or m["outlet"] or opens_paragraph):
        return text
    return text[m.end() :]


def _opens_paragraph(record: ClaimRecord, article: Article | None) -> bool:
    """Whether the claim text starts a paragraph of the article (or the article)."""
    if article is None:
        return False
    placed = _claim_in_sentence(record)
    if placed is None:
        return False
    before = article.text[: record.char_start + placed[0]]
    return not before.strip() or before.rstrip(" \t").endswith("\n")


def _appearance(record: ClaimRecord) -> dict[str, Any]:
    appearance: dict[str, Any] = {"@type": "NewsArticle", "identifier": record.article_id}
    if web_url(record.url):
        appearance["url"] = web_url(record.url)
    if record.title:
        appearance["headline"] = record.title
    if record.published:
        appearance["datePublished"] = record.published
    if record.outlet:
        appearance["publisher"] = _organization(record.outlet)
    return appearance


def _review(record: ClaimRecord, kinds: dict[str, str]) -> dict[str, Any] | None:
    """What the article says about the claim, as the schema.org `ClaimReview` of the
    claim (`review`): the label as the rating's `alternateName` (the textual rating
    schema.org asks fact-checkers for), the evaluative sentence as its
    `ratingExplanation`. Its author is who assesses: the outlet in the article's own
    voice, else the assessor, a Person when the article quotes a person of that name
    (`kinds`: speaker name -> kind), an Organization otherwise (officials, a ministry).
    The claim's check-worthiness and certainty are the pipeline's own measures, with no
    schema.org property: the parquet and JSON exports carry them."""
    got = record.assessment
    if got.label == "none" or got.evidence is None:
        return None
    review: dict[str, Any] = {
        "@type": "ClaimReview",
        "reviewRating": {
            "@type": "Rating",
            "alternateName": RATING_NAMES[got.label],
            "ratingExplanation": got.evidence,
        },
    }
    if got.voice == "speaker" and got.assessor:
        kind = "Person" if kinds.get(got.assessor) == "person" else "Organization"
        review["author"] = {"@type": kind, "name": got.assessor}
    elif record.outlet:
        review["author"] = _organization(record.outlet)
    return review


def claimreview_item(
    record: ClaimRecord,
    article: Article | None = None,
    others: Sequence[ClaimRecord] = (),
    kinds: dict[str, str] | None = None,
) -> dict[str, Any]:
    """One schema.org `Claim` (JSON-LD) for a record. Its text leaves out a dateline
    (`article` tells whether the claim opens a paragraph, where a bare one may stand).
    `others`, the other appearances of the same claim (its cluster), make `appearance`
    a list: this record's article first, then theirs by date (one entry per article).
    An assessment other than none is the claim's `review` (`_review`; `kinds` names the
    kind of each speaker of the article)."""
    item: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Claim",
        "identifier": record.claim_id,
        "text": strip_dateline(record.claim_text, _opens_paragraph(record, article)),
    }
    author = _author(record, article)
    if author is not None:
        item["author"] = author
    if record.speaker is not None and record.speaker.kind == "document":
        item["citation"] = {"@type": "CreativeWork", "name": record.speaker.name}
    if record.published:
        item["datePublished"] = record.published
    appearances = [_appearance(record)]
    seen = {record.article_id}
    for other in sorted(others, key=lambda r: (r.published is None, r.published or "", r.source)):
        if other.article_id not in seen:
            seen.add(other.article_id)
            appearances.append(_appearance(other))
    item["appearance"] = appearances[0] if len(appearances) == 1 else appearances
    review = _review(record, kinds or {})
    if review is not None:
        item["review"] = review
    return item


def _cluster_members(store: Store) -> dict[str, list[ClaimRecord]]:
    """The current records of each cluster of the last `claims cluster`."""
    members: dict[str, list[ClaimRecord]] = {}
    for record in store.records():
        if record.cluster_id:
            members.setdefault(record.cluster_id, []).append(record)
    return members


def _write_claimreview(
    items: Iterable[StoredClaim],
    target: Target,
    articles: _Articles,
    clusters: dict[str, list[ClaimRecord]] | None = None,
) -> int:
    count = 0
    clusters = clusters or {}
    with _output(target) as fh:  # a JSON array written one object at a time
        fh.write("[")
        for group in _by_article(corrected_record(item) for item in items):
            kinds = {r.speaker.name: r.speaker.kind for r in group if r.speaker is not None}
            for record in group:
                others = [
                    r
                    for r in clusters.get(record.cluster_id or "", [])
                    if r.claim_id != record.claim_id
                ]
                obj = claimreview_item(record, articles(record.article_id), others, kinds)
                text = json.dumps(obj, ensure_ascii=False, indent=2)
                fh.write(("," if count else "") + "\n  " + text.replace("\n", "\n  "))
                count += 1
        fh.write("\n]\n" if count else "]\n")
    return count


def _by_article(records: Iterable[ClaimRecord]) -> Iterator[list[ClaimRecord]]:
    """Consecutive records of one article together (the store yields them grouped), so
    memory holds one article's records at a time."""
    group: list[ClaimRecord] = []
    for record in records:
        if group and group[-1].article_id != record.article_id:
            yield group
            group = []
        group.append(record)
    if group:
        yield group


# -- Label Studio ----------------------------------------------------------------------


class _Task:
    """The regions and relations of one article's task, each region made once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.result: list[dict[str, Any]] = []
        self._regions: set[str] = set()
        self._relations: set[tuple[str, str]] = set()

    def region(self, label: str, span: Span, meta: list[str] | None = None) -> str:
        """The region of `label` over `span`; `meta`, the notes Label Studio shows with
        the region, is kept from the first call that makes it."""
        start, end = span
        region_id = f"{label.lower()}-{start}-{end}"
        if region_id not in self._regions:
            self._regions.add(region_id)
            region: dict[str, Any] = {
                "id": region_id,
                "from_name": LS_FROM_NAME,
                "to_name": LS_TO_NAME,
                "type": "labels",
                "value": {
                    "start": start,
                    "end": end,
                    "text": self.text[start:end],
                    "labels": [label],
                },
            }
            if meta:
                region["meta"] = {"text": meta}
            self.result.append(region)
        return region_id

    def relation(self, from_id: str, to_id: str, label: str = LS_RELATION) -> None:
        if (from_id, to_id) not in self._relations:
            self._relations.add((from_id, to_id))
            self.result.append(
                {
                    "from_id": from_id,
                    "to_id": to_id,
                    "type": "relation",
                    "direction": "right",
                    "labels": [label],
                }
            )


def claim_notes(record: ClaimRecord) -> list[str]:
    """What a Label Studio annotator sees beside a claim region: its check-worthiness
    with the features that make it, its certainty with the hedges, its cluster."""
    notes = []
    worth = record.checkworthiness
    if worth is not None:
        why = ", ".join(f"{k} {v:+.2f}" for k, v in worth.features.items())
        notes.append(f"checkworthiness {worth.score:.2f}" + (f" ({why})" if why else ""))
    if record.certainty is not None:
        hedges = "; ".join(record.certainty.hedges)
        notes.append(f"certainty {record.certainty.level}" + (f" ({hedges})" if hedges else ""))
    if record.cluster_id:
        notes.append(f"cluster {record.cluster_id}")
    return notes


def labelstudio_task(article: Article, records: list[ClaimRecord]) -> tuple[dict[str, Any], int]:
    """The Label Studio task of one article holding `records` as one prediction; returns
    the task and how many records it holds (a record whose sentence is not at its offsets
    in the article text is left out)."""
    task = _Task(article.text)
    used: list[ClaimRecord] = []
    for record in records:
        if article.text[record.char_start : record.char_end] != record.sentence:
            continue
        used.append(record)
        spans = claim_spans(record)
        claim_id = task.region("Claim", spans.claim, claim_notes(record))
        if spans.speaker is not None:
            task.relation(task.region("Speaker", spans.speaker), claim_id)
        got = record.assessment
        if (
            got.label in RATING_NAMES
            and got.char_start is not None
            and got.char_end is not None
            and article.text[got.char_start : got.char_end] == got.evidence
        ):  # the evaluative sentence, labelled with what it says, pointing at the claim
            evidence = task.region(RATING_NAMES[got.label], (got.char_start, got.char_end))
            task.relation(evidence, claim_id, LS_ASSESSES)
        for span in spans.cue:
            task.region("Cue", span)
        for span in spans.figures:
            task.region("Quantity", span)
        for span in spans.comparison:
            task.region("Comparison", span)
    score = round(sum(r.confidence for r in used) / len(used), 4) if used else 0.0
    data = {
        "text": article.text,
        "article_id": article.article_id,
        LS_PATH_KEY: article.source,
        "title": article.title or "",
        "published": article.published or "",
        "outlet": article.outlet or "",
        "url": web_url(article.url) or "",
    }
    prediction = {"model_version": MODEL_VERSION, "score": score, "result": task.result}
    return {"data": data, "predictions": [prediction]}, len(used)


def _write_labelstudio(items: Iterable[StoredClaim], target: Target, articles: _Articles) -> int:
    by_article: dict[str, list[ClaimRecord]] = {}
    for item in items:
        by_article.setdefault(item.record.article_id, []).append(corrected_record(item))
    tasks, count = [], 0
    for article_id, records in by_article.items():
        article = articles(article_id)
        if article is None:
            continue
        task, n = labelstudio_task(article, records)
        if n:
            tasks.append(task)
            count += n
    with _output(target) as fh:
        fh.write(json.dumps(tasks, ensure_ascii=False, indent=1) + "\n")
    return count


# -- the library entry point and the command -------------------------------------------


def export(
    store: Store, fmt: str, out_path: str | Path | IO[bytes], status: str | None = None
) -> int:
    """Write the claims of `store` in format `fmt` to `out_path` (atomically), or to an
    open binary stream such as stdout's; return how many claims were written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {FORMATS}")
    path = Path(out_path) if isinstance(out_path, str | Path) else out_path
    items = select_claims(store, status, with_stale=fmt in _WITH_STALE)
    if fmt == "jsonl":
        return _write_jsonl(items, path)
    if fmt == "csv":
        return _write_csv(items, path)
    if fmt == "parquet":
        return _write_parquet(items, path)
    if fmt == "claimreview":
        return _write_claimreview(items, path, _Articles(store), _cluster_members(store))
    return _write_labelstudio(items, path, _Articles(store))
