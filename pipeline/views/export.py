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
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline import __version__
from pipeline.records import Article, ClaimRecord, Speaker
from pipeline.store.atomic import atomic_file
from pipeline.store.db import REVIEW_STATUSES, Store, StoredClaim
from pipeline.store.review import write_review_csv
from pipeline.views.output import record_json

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

# Label Studio names: they must match models/labelstudio/labeling-config.xml
LS_FROM_NAME = "label"
LS_TO_NAME = "text"
LS_RELATION = "said"
LS_LABELS = ("Speaker", "Cue", "Claim", "Quantity", "Comparison")
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


def claim_spans(record: ClaimRecord) -> ClaimSpans:
    """Place the parts of `record` in its sentence; offsets are absolute.

    The claim content is the first occurrence of `claim_text` in the sentence (the whole
    sentence when it is not found there). The attribution cue is its first occurrence
    outside the claim content (else anywhere). The speaker mention is looked for as a
    whole word: preferably outside the claim content, then the occurrence nearest before
    the cue, else the first one after it. Figures keep their own offsets when they hold
    their text. The comparison cue is placed preferably inside the claim content. Any
    part that cannot be found in the sentence is left out."""
    base, sentence = record.char_start, record.sentence
    rel_claim = (0, len(sentence))
    if record.claim_text:
        found = sentence.find(record.claim_text)
        if found >= 0:
            rel_claim = (found, found + len(record.claim_text))

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


def corrected_record(item: StoredClaim) -> ClaimRecord:
    """The record with a reviewer's speaker, role and organisation corrections applied
    (status `corrected`); corrections of figures and comparisons are free text and stay
    in the review columns of the CSV and parquet exports."""
    review = item.review
    fix = {k: v.strip() for k, v in review.corrections.items() if v and v.strip()}
    if review.status != "corrected" or not fix.keys() & {"speaker", "role", "organization"}:
        return item.record
    record = item.record.model_copy(deep=True)
    speaker = record.speaker or Speaker(name=fix.get("speaker", ""), kind="person")
    if "speaker" in fix:
        speaker.name = fix["speaker"]
    if "role" in fix:
        speaker.role = fix["role"]
    if "organization" in fix:
        speaker.organization = fix["organization"]
    if speaker.name:
        record.speaker = speaker
    return record


# -- jsonl and csv ---------------------------------------------------------------------


def _write_jsonl(items: Iterable[StoredClaim], path: Path) -> int:
    count = 0
    with atomic_file(path) as fh:
        for item in items:
            fh.write(record_json(corrected_record(item)) + "\n")
            count += 1
    return count


def _write_csv(items: Iterable[StoredClaim], path: Path) -> int:
    return write_review_csv(items, path)


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
    columns = [
        ("claim_id", text),
        ("schema_version", text),
        ("source", text),
        ("other_sources", pa.list_(text)),
        ("article_id", text),
        ("title", text),
        ("published", text),
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
    sp, at, cmp = r.speaker, r.attribution, r.comparison
    return {
        "claim_id": r.claim_id,
        "schema_version": r.schema_version,
        "source": r.source,
        "other_sources": list(r.other_sources),
        "article_id": r.article_id,
        "title": r.title,
        "published": r.published,
        "outlet": r.outlet,
        "url": r.url,
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
        "review_status": review.status,
        "reviewer": review.reviewer or None,
        "review_note": review.note or None,
        "stale": review.stale,
        "stale_reason": review.stale_reason or None,
        **{f"corrected_{k}": review.corrections.get(k) or None for k in _CORRECTABLE},
    }


def _write_parquet(items: Iterable[StoredClaim], path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _parquet_schema()
    count = 0
    with atomic_file(path, "wb") as fh, pq.ParquetWriter(fh, schema, compression="zstd") as out:
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
    `citation`). No speaker: the article's own voice, so its author (Person) when known,
    else its outlet (Organization), else none."""
    sp = record.speaker
    if sp is None:
        if article is not None and article.author:
            return {"@type": "Person", "name": article.author}
        outlet = record.outlet or (article.outlet if article else None)
        return _organization(outlet) if outlet else None
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


def claimreview_item(record: ClaimRecord, article: Article | None = None) -> dict[str, Any]:
    """One schema.org `Claim` (JSON-LD) for a record; `article` supplies the author of
    unattributed claims."""
    item: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Claim",
        "identifier": record.claim_id,
        "text": record.claim_text,
    }
    author = _author(record, article)
    if author is not None:
        item["author"] = author
    if record.speaker is not None and record.speaker.kind == "document":
        item["citation"] = {"@type": "CreativeWork", "name": record.speaker.name}
    if record.published:
        item["datePublished"] = record.published
    appearance: dict[str, Any] = {"@type": "NewsArticle", "identifier": record.article_id}
    if record.url:
        appearance["url"] = record.url
    if record.title:
        appearance["headline"] = record.title
    if record.published:
        appearance["datePublished"] = record.published
    if record.outlet:
        appearance["publisher"] = _organization(record.outlet)
    item["appearance"] = appearance
    return item


def _write_claimreview(items: Iterable[StoredClaim], path: Path, articles: _Articles) -> int:
    count = 0
    with atomic_file(path) as fh:  # a JSON array written one object at a time
        fh.write("[")
        for item in items:
            record = corrected_record(item)
            obj = claimreview_item(record, articles(record.article_id))
            text = json.dumps(obj, ensure_ascii=False, indent=2)
            fh.write(("," if count else "") + "\n  " + text.replace("\n", "\n  "))
            count += 1
        fh.write("\n]\n" if count else "]\n")
    return count


# -- Label Studio ----------------------------------------------------------------------


class _Task:
    """The regions and relations of one article's task, each region made once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.result: list[dict[str, Any]] = []
        self._regions: set[str] = set()
        self._relations: set[tuple[str, str]] = set()

    def region(self, label: str, span: Span) -> str:
        start, end = span
        region_id = f"{label.lower()}-{start}-{end}"
        if region_id not in self._regions:
            self._regions.add(region_id)
            self.result.append(
                {
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
            )
        return region_id

    def relation(self, from_id: str, to_id: str) -> None:
        if (from_id, to_id) not in self._relations:
            self._relations.add((from_id, to_id))
            self.result.append(
                {
                    "from_id": from_id,
                    "to_id": to_id,
                    "type": "relation",
                    "direction": "right",
                    "labels": [LS_RELATION],
                }
            )


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
        claim_id = task.region("Claim", spans.claim)
        if spans.speaker is not None:
            task.relation(task.region("Speaker", spans.speaker), claim_id)
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
        "source": article.source,
        "title": article.title or "",
        "published": article.published or "",
        "outlet": article.outlet or "",
        "url": article.url or "",
    }
    prediction = {"model_version": MODEL_VERSION, "score": score, "result": task.result}
    return {"data": data, "predictions": [prediction]}, len(used)


def _write_labelstudio(items: Iterable[StoredClaim], path: Path, articles: _Articles) -> int:
    by_article: dict[str, list[ClaimRecord]] = {}
    for item in items:
        by_article.setdefault(item.record.article_id, []).append(item.record)
    tasks, count = [], 0
    for article_id, records in by_article.items():
        article = articles(article_id)
        if article is None:
            continue
        task, n = labelstudio_task(article, records)
        if n:
            tasks.append(task)
            count += n
    with atomic_file(path) as fh:
        fh.write(json.dumps(tasks, ensure_ascii=False, indent=1) + "\n")
    return count


# -- the library entry point and the command -------------------------------------------


def export(store: Store, fmt: str, out_path: str | Path, status: str | None = None) -> int:
    """Write the claims of `store` in format `fmt` to `out_path` (atomically); return how
    many claims were written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {FORMATS}")
    path = Path(out_path)
    items = select_claims(store, status, with_stale=fmt in _WITH_STALE)
    if fmt == "jsonl":
        return _write_jsonl(items, path)
    if fmt == "csv":
        return _write_csv(items, path)
    if fmt == "parquet":
        return _write_parquet(items, path)
    if fmt == "claimreview":
        return _write_claimreview(items, path, _Articles(store))
    return _write_labelstudio(items, path, _Articles(store))
