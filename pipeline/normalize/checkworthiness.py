"""How much a claim is worth checking, and why.

Each feature of `models/lexicons/checkworthiness.json` a record has adds its weight: a figure, a
comparison (more with a ratio), a named speaker, a powerful one (a title such as minister,
general, chief executive, or an institution), what the article says about it (disputed adds
most, hedged some, corroborated takes a little away), and a low `certainty`. The score is
the sum clipped to [0, 1]; the record keeps each contributing feature with its weight, in
the order of the file, so a reviewer sees why.

Repetition across articles needs the claim clusters, which are made after every record
exists (the last step of `claims extract`, or `claims cluster`): `with_repetition` adds
the `repeated` feature to a record's score when it is read from the store, from the
number of articles its cluster spans, so the stored record does not change and a new
clustering counts at once.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.records import CheckWorthiness, ClaimRecord
from pipeline.resources import lexicon


@cache
def _config() -> dict:
    data = lexicon("checkworthiness")
    return {
        "weights": {k: float(v) for k, v in data["weights"].items()},
        "titles": tuple(t.lower() for t in data["powerful_titles"]),
        "kinds": frozenset(data["powerful_kinds"]),
        "per_other_article": float(data["repetition"]["per_other_article"]),
        "repetition_max": float(data["repetition"]["max"]),
    }


def features(record: ClaimRecord) -> list[str]:
    """The names of the features the record has."""
    cfg = _config()
    sp = record.speaker
    found = {
        "figure": bool(record.quantities),
        "comparison": record.comparison is not None,
        "ratio": record.comparison is not None
        and (record.comparison.ratio is not None or record.comparison.rate_ratio is not None),
        "named_speaker": sp is not None and sp.kind in {"person", "organization"},
        "powerful_speaker": sp is not None and _powerful(sp.role, sp.kind),
        "disputed": record.assessment.label == "disputed",
        "hedged": record.assessment.label == "hedged",
        "corroborated": record.assessment.label == "corroborated",
        "low_certainty": record.certainty is not None and record.certainty.level == "low",
    }
    return [name for name in cfg["weights"] if found.get(name)]


def _powerful(role: str | None, kind: str) -> bool:
    if kind in _config()["kinds"]:
        return True
    words = " ".join(re.findall(r"[a-z]+", (role or "").lower()))
    return any(re.search(rf"\b{re.escape(t)}\b", words) for t in _config()["titles"])


def checkworthiness(record: ClaimRecord) -> CheckWorthiness:
    """The score of one record, with the features that make it."""
    weights = _config()["weights"]
    return _scored({name: weights[name] for name in features(record)})


def _scored(contributions: dict[str, float]) -> CheckWorthiness:
    score = min(1.0, max(0.0, sum(contributions.values())))
    return CheckWorthiness(score=round(score, 2), features=contributions)


def repetition_weight(articles: int) -> float:
    """What being in `articles` articles (the claim's own included) adds to the score."""
    cfg = _config()
    return round(min(cfg["repetition_max"], cfg["per_other_article"] * max(0, articles - 1)), 4)


def with_repetition(worth: CheckWorthiness | None, articles: int) -> CheckWorthiness | None:
    """`worth` with the `repeated` feature of a claim whose cluster spans `articles`
    articles (last among the features; replaced if present); unchanged below two."""
    weight = repetition_weight(articles)
    if worth is None or weight <= 0:
        return worth
    contributions = {k: v for k, v in worth.features.items() if k != "repeated"}
    contributions["repeated"] = weight
    return _scored(contributions)
