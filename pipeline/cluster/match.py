"""Match extracted claims against claims already fact-checked.

`claims match --against FILE.jsonl` reads one checked claim per line
(`{"claim": ..., "verdict": ..., "url": ..., "date": ...}`; a bad line is reported
and skipped), runs each checked claim through the extractor as a one-sentence
article (so its speaker, figures and parties count as they do in clustering),
embeds it (cached in the store like the claims) and scores every extracted claim
against every checked one with `pair_score`. Checks at or above the threshold are
kept, best first, into `matches.jsonl`, and the review CSV's read-only
`known_checks` column shows them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from pipeline.cluster.embed import Embedder, embed_cached
from pipeline.cluster.similarity import (
    Features,
    Weights,
    claim_text,
    features,
    pair_score,
    text_features,
    weights,
)
from pipeline.records import Article, ClaimRecord
from pipeline.store.atomic import atomic_file
from pipeline.store.clusters import replace_known_checks
from pipeline.store.db import Store
from pipeline.store.review import write_review_csv

MATCHES_NAME = "matches.jsonl"
MAX_MATCHES = 5
_FIELDS = ("claim", "verdict", "url", "date")


class CheckFileError(Exception):
    """The fact-check file cannot be read at all."""


@dataclass
class CheckedClaim:
    claim: str
    verdict: str | None = None
    url: str | None = None
    date: str | None = None
    line: int = 0


@dataclass
class MatchSummary:
    claims: int = 0
    checks: int = 0
    matched: int = 0  # extracted claims with at least one check above the threshold
    problems: list[str] = field(default_factory=list)
    path: Path | None = None


def read_checks(path: str | Path) -> tuple[list[CheckedClaim], list[str]]:
    """The checked claims of a JSONL file and the problems of the lines left out."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise CheckFileError(f"{path}: cannot be read ({exc})") from exc
    checks, problems = [], []
    for no, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{path}:{no}: not JSON ({exc.msg})")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("claim"), str):
            problems.append(f'{path}:{no}: needs an object with a "claim" string')
            continue
        if not obj["claim"].strip():
            problems.append(f"{path}:{no}: empty claim")
            continue
        extra = {k: obj.get(k) for k in _FIELDS[1:]}
        checks.append(
            CheckedClaim(
                claim=obj["claim"],
                line=no,
                **{k: (str(v) if v is not None else None) for k, v in extra.items()},
            )
        )
    return checks, problems


def text_records(texts: Sequence[str]) -> list[ClaimRecord | None]:
    """Each text run through the extractor as a one-paragraph article: its first claim
    record with figures (else its first record), or None when it yields none."""
    from pipeline.process.processor import Processor

    articles = [
        Article(article_id=f"t{i}", source=f"text-{i}", text=" ".join(t.split()))
        for i, t in enumerate(texts)
    ]
    out: list[ClaimRecord | None] = [None] * len(articles)
    for k, (_article, result) in enumerate(Processor().process(articles)):
        if isinstance(result, list) and result:
            with_figures = [r for r in result if r.quantities or r.comparison]
            out[k] = (with_figures or result)[0]
    return out


def text_features_all(texts: Sequence[str], w: Weights) -> list[Features]:
    """Features of bare texts: from their extracted record where there is one."""
    feats = []
    for text, record in zip(texts, text_records(texts), strict=True):
        feats.append(features(record, w) if record is not None else text_features(text))
    return feats


def _known_text(matches: list[dict]) -> str:
    return "; ".join(
        f"{m['score']:.2f} {m['verdict'] or '?'}: {m['claim']}"
        + (f" <{m['url']}>" if m["url"] else "")
        for m in matches
    )


def run_match(
    store: Store,
    checks_path: str | Path,
    out_dir: str | Path,
    embedder: Embedder,
    w: Weights | None = None,
    threshold: float | None = None,
) -> MatchSummary:
    """Score every current claim against every checked claim; write matches.jsonl and
    fill the review CSV's known_checks (through the store)."""
    w = w or weights()
    cut = w.threshold if threshold is None else threshold
    checks, problems = read_checks(checks_path)
    summary = MatchSummary(checks=len(checks), problems=problems)
    records = list(store.records())
    summary.claims = len(records)
    check_feats = text_features_all([c.claim for c in checks], w)
    claim_feats = [features(r, w) for r in records]
    v_claims, _ = embed_cached(embedder, store, [claim_text(r) for r in records])
    v_checks, _ = embed_cached(embedder, store, [f.text for f in check_feats])
    lines, known = [], {}
    if records and checks:
        floor = cut - w.max_bonus
        cos = v_claims @ v_checks.T
        for i, record in enumerate(records):
            found = []
            for j in np.nonzero(cos[i] >= floor)[0].tolist():
                s = pair_score(float(cos[i, j]), claim_feats[i], check_feats[j], w)
                if s >= cut:
                    c = checks[j]
                    found.append(
                        {
                            "score": round(s, 3),
                            "cosine": round(float(cos[i, j]), 3),
                            "claim": c.claim,
                            "verdict": c.verdict,
                            "url": c.url,
                            "date": c.date,
                            "line": c.line,
                        }
                    )
            if not found:
                continue
            found.sort(key=lambda m: (-m["score"], m["line"]))
            found = found[:MAX_MATCHES]
            lines.append(
                {
                    "claim_id": record.claim_id,
                    "claim_text": record.claim_text,
                    "source": record.source,
                    "speaker": record.speaker.name if record.speaker else None,
                    "matches": found,
                }
            )
            known[record.claim_id] = _known_text(found)
    summary.matched = len(lines)
    summary.path = Path(out_dir) / MATCHES_NAME
    with atomic_file(summary.path) as fh:
        for line in lines:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    replace_known_checks(store, known)
    review_csv = Path(out_dir) / "claims.csv"
    if review_csv.exists():  # the review view next to the database shows them
        write_review_csv(store.claims(include_stale=True), review_csv)
    return summary
