"""When are two claims the same claim? Text similarity combined with speaker, figures
and parties.

The embedding cosine says how close the wording is. Three checks on the records
move it up or down (weights in `models/cluster.json`):

- speaker: the same person (full name, or a surname of the other's full name) makes
  a re-report likely; two different named people make it unlikely; no speaker on
  one side (or only the same organisation) says nothing;
- figures: every quantity of the claim as a (kind, value) pair, durations in days,
  counts whatever is counted, plus the comparison's ratio and rate ratio. The same
  figures ("three times" / "threefold", "in a quarter" / "in three months") raise
  the score; a figure of the same kind with another value lowers it, so a drifted
  figure stays in the cluster only when the wording is otherwise very close;
- parties: the countries and organisations the claim names (lexicon entities,
  the comparison's subject and object among them). When each side names one the other does not
  ("Russia ..." / "China ..."), the claims are about different parties.

`pair_score` is what clustering and matching threshold; `figure_signature` is what
`figures_disagree` compares. The weights in `models/cluster.json` were chosen on the
dev split of the labelled pairs (`pipeline.measure.pairs.fit_weights`): there only the
party check earned a weight, so the speaker and figure weights are 0 for now.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.records import ClaimRecord
from pipeline.resources import models_dir

CONFIG_FILE = "cluster.json"


@dataclass(frozen=True)
class Weights:
    threshold: float
    same_speaker: float
    other_speaker: float
    figures_agree: float
    figures_differ: float
    parties_differ: float
    tolerance: float
    day_lengths: dict[str, float]

    @property
    def max_bonus(self) -> float:
        return self.same_speaker + self.figures_agree


@lru_cache(maxsize=1)
def load_config() -> dict:
    return json.loads((models_dir() / CONFIG_FILE).read_text(encoding="utf-8"))


def weights(**override: float) -> Weights:
    """The weights of `models/cluster.json`, some replaced by `override`."""
    cfg = load_config()
    values = {k: cfg[k] for k in Weights.__dataclass_fields__}
    values.update(override)
    return Weights(**values)


@dataclass(frozen=True)
class Features:
    """What a claim record says beside its wording."""

    text: str
    speaker: str | None  # lower-cased name of a person speaker
    surname: str | None
    organization: str | None
    figures: tuple[tuple[str, float], ...]  # sorted (kind, value)
    parties: frozenset[str]


_LEAD = re.compile(r"^(?:that|That)\s+")
_EDGES = " \"'“”‘’«».,;:"


def embed_text(text: str) -> str:
    """The wording compared: spaces collapsed, an indirect report's leading "that", the
    quotation marks and the final punctuation left out, so that a direct quote and an
    indirect report of the same words read the same."""
    text = " ".join(text.split()).strip(_EDGES)
    return _LEAD.sub("", text).strip(_EDGES)


def claim_text(record: ClaimRecord) -> str:
    """The text embedded for a claim: what was claimed, without who said it."""
    return embed_text(record.claim_text) or embed_text(record.sentence)


def _figure(unit: str | None, value: float, day_lengths: dict[str, float]) -> tuple[str, float]:
    raw = unit or ""
    unit = raw.lower()
    if unit in day_lengths:
        return ("days", round(value * day_lengths[unit], 3))
    if unit in ("times", "percent"):
        return (unit, value)
    if len(raw) == 3 and raw.isalpha() and raw.isupper():  # an ISO currency code
        return (raw, value)
    return ("count", value)


def figure_signature(
    record: ClaimRecord, day_lengths: dict[str, float] | None = None
) -> tuple[tuple[str, float], ...]:
    """The record's figures as sorted (kind, value) pairs: quantities (durations in days,
    counted nouns as 'count'), the comparison's ratio and its rate ratio."""
    days = day_lengths if day_lengths is not None else weights().day_lengths
    figures = set()
    for q in record.quantities:
        if q.unit and q.unit.lower() in days and q.low is None:
            figures.add(_figure(q.unit, q.value, days))
        elif q.low is not None and q.high is not None:
            kind = _figure(q.unit, q.low, days)[0]
            figures.add((kind + "-range", round(q.low, 6)))
            figures.add((kind + "-range", round(q.high, 6)))
        else:
            figures.add(_figure(q.unit, round(q.value, 6), days))
    c = record.comparison
    if c is not None:
        if c.ratio is not None:
            figures.add(("times", round(c.ratio, 6)))
        if c.rate_ratio is not None:
            figures.add(("rate-ratio", round(c.rate_ratio, 6)))
    return tuple(sorted(figures))


def _parties(record: ClaimRecord) -> frozenset[str]:
    from pipeline.extract.entities import entity_index

    index = entity_index()
    names = {ent.name for _s, _e, ent in index.find_all(record.claim_text)}
    c = record.comparison
    for side in (c.subject, c.object) if c is not None else ():
        ent = index.canonical(side) if side else None
        if ent is not None:  # only known entities: "drone production" is no party
            names.add(ent.name)
    return frozenset(names)


def features(record: ClaimRecord, w: Weights | None = None) -> Features:
    w = w or weights()
    sp = record.speaker
    person = sp is not None and sp.kind == "person"
    name = " ".join(sp.name.lower().split()) if person else None
    return Features(
        text=claim_text(record),
        speaker=name,
        surname=name.split()[-1] if name else None,
        organization=(sp.organization or (None if person else sp.name)).lower()
        if sp is not None and (sp.organization or not person)
        else None,
        figures=figure_signature(record, w.day_lengths),
        parties=_parties(record),
    )


def speaker_relation(a: Features, b: Features) -> str:
    """'same', 'other' or 'unknown'."""
    if a.speaker and b.speaker:
        if a.speaker == b.speaker:
            return "same"
        short, full = sorted((a.speaker, b.speaker), key=len)
        if " " not in short and full.split()[-1] == short:  # "rutte" / "mark rutte"
            return "same"
        if a.organization and a.organization == b.organization:
            return "unknown"  # two people of one organisation: a re-attribution is common
        return "other"
    if a.organization and b.organization and a.organization == b.organization:
        return "unknown"
    return "unknown"


def _close(x: float, y: float, tol: float) -> bool:
    return abs(x - y) <= tol * max(abs(x), abs(y), 1e-9)


def figure_relation(a: Features, b: Features, tol: float) -> str:
    """'agree' when every figure of the claim with fewer figures has an equal one in the
    other, 'differ' when a kind both have holds no common value, else 'unknown'."""
    if not a.figures or not b.figures:
        return "unknown"
    kinds_a: dict[str, list[float]] = {}
    kinds_b: dict[str, list[float]] = {}
    for kind, value in a.figures:
        kinds_a.setdefault(kind, []).append(value)
    for kind, value in b.figures:
        kinds_b.setdefault(kind, []).append(value)
    for kind in kinds_a.keys() & kinds_b.keys():
        if not any(_close(x, y, tol) for x in kinds_a[kind] for y in kinds_b[kind]):
            return "differ"
    small, large = sorted((a.figures, b.figures), key=len)
    if all(any(k == k2 and _close(v, v2, tol) for k2, v2 in large) for k, v in small):
        return "agree"
    return "unknown"


def parties_differ(a: Features, b: Features) -> bool:
    return bool(a.parties - b.parties) and bool(b.parties - a.parties)


def adjustment(a: Features, b: Features, w: Weights) -> float:
    """What the speaker, figure and party checks add to the cosine (checks whose weights
    are zero are not computed)."""
    total = 0.0
    if w.same_speaker or w.other_speaker:
        rel = speaker_relation(a, b)
        if rel == "same":
            total += w.same_speaker
        elif rel == "other":
            total -= w.other_speaker
    if w.figures_agree or w.figures_differ:
        fig = figure_relation(a, b, w.tolerance)
        if fig == "agree":
            total += w.figures_agree
        elif fig == "differ":
            total -= w.figures_differ
    if w.parties_differ and parties_differ(a, b):
        total -= w.parties_differ
    return total


def pair_score(cosine: float, a: Features, b: Features, w: Weights) -> float:
    """The cosine of the two claims' wording moved by speaker, figure and party checks."""
    return cosine + adjustment(a, b, w)


def text_features(text: str) -> Features:
    """Features of a bare text that yielded no claim record: its wording and parties."""
    from pipeline.extract.entities import entity_index

    clean = embed_text(text)
    parties = frozenset(ent.name for _s, _e, ent in entity_index().find_all(clean))
    return Features(clean, None, None, None, (), parties)
