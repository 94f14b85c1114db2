"""How much a claim is worth checking, and why.

Each feature of `models/lexicons/checkworthiness.json` a record has adds its weight: a figure, a
comparison (more with a ratio), a named speaker, a powerful one (a title such as minister,
general, chief executive, or an institution), what the article says about it (disputed adds
most, hedged some, corroborated takes a little away), and a low `certainty`. The score is
the sum clipped to [0, 1]; the record keeps each contributing feature with its weight, in
the order of the file, so a reviewer sees why. Repetition across articles needs claim
clusters, which the pipeline does not build yet.
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
    contributions = {name: weights[name] for name in features(record)}
    score = min(1.0, max(0.0, sum(contributions.values())))
    return CheckWorthiness(score=round(score, 2), features=contributions)
