"""Normalization: claim drafts become validated `ClaimRecord`s with stable ids.

The claim id hashes what identifies a claim in its article (article id, sentence
offsets, speaker, cue offset), so the same claim in the same text gets the same
id on every run and every machine. The dates a claim's sentence names are resolved
against the article's publication date (`pipeline.normalize.dates`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from pipeline.extract.claims import Draft
from pipeline.nlp.model import doc_text
from pipeline.normalize.assessment import assessments
from pipeline.normalize.certainty import certainty
from pipeline.normalize.checkworthiness import checkworthiness
from pipeline.normalize.dates import time_expressions
from pipeline.records import Article, Attribution, ClaimRecord

_BASE_CONFIDENCE = 0.5


def claim_id(
    article_id: str, start: int, end: int, speaker: str | None, cue_at: int | None, part: int = 0
) -> str:
    """A record's id, stable across runs and versions: its article, sentence, speaker and
    cue; the second claim of a sentence of two (`part` 1) adds its part."""
    key = f"{article_id}|{start}|{end}|{speaker or ''}|{'' if cue_at is None else cue_at}"
    if part:
        key += f"|part{part}"
    return "c_" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def to_record(article: Article, draft: Draft) -> ClaimRecord:
    sent = draft.sentence
    types = []
    attribution = None
    sentence = claim_text = doc_text(sent.doc)[sent.start_char : sent.end_char]  # = sent.text
    claim_start, claim_end = sent.start_char, sent.end_char
    if draft.speaker is not None and draft.cue is not None:
        types.append("attributed")
        attribution = Attribution(mode=draft.cue.mode, cue=draft.cue.cue, stance=draft.cue.stance)
        if not draft.inherited:
            # the content within the record's sentence (a quotation whose earlier or later
            # sentences have records of their own, a figure each, gives this one its
            # part), or over the sentences of a quotation the record stands for
            lo, hi = draft.content or (sent.start_char, sent.end_char)
            start = max(draft.cue.content_start, lo)
            end = min(draft.cue.content_end, hi)
            found = _stripped(article.text, start, end)
            if found is not None:
                claim_start, claim_end = found
                claim_text = article.text[claim_start:claim_end]
        elif draft.content is not None:
            # a later paragraph of someone's quotation: the paragraph's words
            found = _stripped(article.text, *draft.content)
            if found is not None:
                claim_start, claim_end = found
                claim_text = article.text[claim_start:claim_end]
    if draft.quantities:
        types.append("quantitative")
    if draft.comparison is not None:
        types.append("comparative")
    return ClaimRecord(
        claim_id=claim_id(
            article.article_id,
            sent.start_char,
            sent.end_char,
            draft.speaker.name if draft.speaker else None,
            draft.cue.cue_start if draft.cue else None,
            draft.part,
        ),
        article_id=article.article_id,
        source=article.source,
        title=article.title,
        published=article.published,
        outlet=article.outlet,
        url=article.url,
        sentence=sentence,
        char_start=sent.start_char,
        char_end=sent.end_char,
        claim_text=claim_text,
        claim_start=claim_start,
        claim_end=claim_end,
        types=types,
        speaker=draft.speaker,
        attribution=attribution,
        quantities=draft.quantities,
        comparison=draft.comparison,
        times=time_expressions(article.text, sent.start_char, sent.end_char, article.published),
        confidence=confidence(draft),
    )


def _stripped(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The offsets of `text[start:end]` without its outer white space; None if empty."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def confidence(draft: Draft) -> float:
    """A heuristic score in [0, 1]: more evidence of a checkable, attributed claim, higher."""
    score = _BASE_CONFIDENCE
    if draft.speaker is not None:
        score += 0.15
        if draft.speaker.mention and draft.speaker.mention.lower() in {"he", "she", "they", "it"}:
            score -= 0.05
    if draft.cue is not None and draft.cue.mode == "direct_quote":
        score += 0.1
    if draft.quantities:
        score += 0.1
    if draft.comparison is not None:
        score += 0.1
    if draft.inherited:
        score -= 0.05
    return round(min(score, 0.95), 2)


def to_records(article: Article, drafts: Iterable[Draft]) -> list[ClaimRecord]:
    """Records of one article; duplicate ids (same claim found twice) are kept once."""
    seen: set[str] = set()
    records = []
    kept = []
    for draft in drafts:
        record = to_record(article, draft)
        if record.claim_id not in seen:
            seen.add(record.claim_id)
            records.append(record)
            kept.append(draft)
    for record, draft, assessment in zip(records, kept, assessments(kept, records), strict=True):
        record.assessment = assessment  # what the article says about it (adds no record)
        record.certainty = certainty(draft)
        record.checkworthiness = checkworthiness(record)  # reads the two fields above
    return records
