"""Score predicted claims (claims.jsonl) against gold claims (the annotation guideline's files).

Inputs. The gold is every `*.json` file in the gold folder (`{"article", "claims": [...]}`).
The predictions are JSONL, one `ClaimRecord` per line, each validated; a bad line raises
`ValueError` naming the file and line. A gold file's `article` takes the predictions whose
`source` equals it or whose `source` basename equals it; predictions for articles without a
gold file are ignored and counted.

Matching. A prediction and a gold claim of the same article match when the longest common
substring of their sentences (whitespace collapsed) is at least half the length of the longer
sentence. Matching is one-to-one and greedy over candidate pairs sorted by overlap, then
speaker agreement, then required-before-optional, then file order; so when two gold claims
share a sentence, each gets the prediction naming its speaker.

Claims. TP: a prediction matched to a required gold claim. FP: a prediction matched to no gold
claim. FN: a required gold claim matched to no prediction. A prediction matched to an optional
gold claim (`required: false`) counts as neither, and an unmatched optional claim is no miss.
Precision = TP/(TP+FP), recall = TP/(TP+FN), F1 = 2TP/(2TP+FP+FN); a metric whose denominator
is 0 has no value.

Fields, over matched pairs whose gold claim is required:

- speaker accuracy: `speaker.name` (null without a speaker) equals the gold `speaker` after
  normalisation; both null is correct.
- speaker role / organisation accuracy, over those pairs whose gold claim has a speaker and
  annotates `speaker_role` / `speaker_org` (the key is present, even as null):
  `speaker.role` / `speaker.organization` equals the gold value after normalisation (the
  organisation with aliases); both null is correct.
- mode accuracy: `attribution.mode` ("none" without attribution) equals the gold `mode`.
- quantity precision/recall/F1, micro over pairs: a predicted quantity matches one not yet
  matched gold quantity of its pair with an equal value (relative tolerance 1e-6) and an equal
  unit after casefold (null equals null only) and an equal rate period `per` (null when the
  figure is no rate); a gold file that writes no `per` anywhere (the annotation guideline's
  fields only) is scored on value and unit.
- comparison accuracy, over pairs where either side has a comparison: correct when both have
  one with equal directions and matching subjects (equal after normalisation, or every word of
  the shorter appears in the longer, a possessive 's dropped and a demonym read as its
  country: "Swedish arms exports" and "Sweden's fleet" name Sweden); both null subjects match.
- object accuracy (its own row; comparison accuracy does not look at objects), over pairs
  where both sides have a comparison: the objects match by the subjects' rule ("2015-19" and
  "2015-19"; "U.S. shipbuilding capacity" and "United States"); both null is correct.
- assessment accuracy, over pairs whose gold claim has an `assessment` (gold files that
  annotate it): the predicted `assessment.label` equals the gold `label`. Evidence accuracy,
  over those pairs whose gold label is not `none`: the predicted evidence sentence equals the
  gold `evidence` (whitespace collapsed). Assessor accuracy, over the same pairs: the
  predicted `assessor` equals the gold one after normalisation (null: the article's own
  voice). These three rows are printed only when some gold annotates assessments.

Normalisation of names: casefold, dashes and slashes to spaces, other punctuation removed,
spaces collapsed, a leading "the" dropped, then an alias of `models/lexicons/entities.json`
("U.S.") replaced by its canonical name ("united states"). A missing lexicon, or one without
an `entities` table of `{name: {"aliases": [...]}}`, means no aliases.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterable
from difflib import SequenceMatcher
from functools import partial
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, computed_field

from pipeline.records import ClaimRecord
from pipeline.resources import lexicon

REL_TOL = 1e-6
MIN_OVERLAP = 0.5
_GRAM = 16  # substring length of the cheap test run before the exact overlap
_DASHES = str.maketrans({c: " " for c in "-‐‑‒–—―/"})


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore")


class GoldQuantity(_Model):
    value: float
    unit: str | None = None
    per: str | None = None


class GoldComparison(_Model):
    subject: str | None = None
    object: str | None = None
    direction: str


class GoldAssessment(_Model):
    label: str = "none"
    evidence: str | None = None
    assessor: str | None = None


class GoldClaim(_Model):
    sentence: str
    required: bool = True
    speaker: str | None = None
    speaker_role: str | None = None
    speaker_org: str | None = None
    mode: str = "none"
    quantities: list[GoldQuantity] = Field(default_factory=list)
    comparison: GoldComparison | None = None
    assessment: GoldAssessment | None = None  # absent: the file does not annotate assessments


class GoldFile(_Model):
    article: str
    claims: list[GoldClaim]


class Metric(BaseModel):
    """A ratio kept as numerator and denominator so it can be reproduced."""

    numerator: int
    denominator: int

    @computed_field
    @property
    def value(self) -> float | None:
        return self.numerator / self.denominator if self.denominator else None


class Scores(BaseModel):
    """Counts for one article or the whole run, and the metrics derived from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    optional_matched: int = 0
    speaker_correct: int = 0
    speaker_n: int = 0
    role_correct: int = 0
    role_n: int = 0
    org_correct: int = 0
    org_n: int = 0
    mode_correct: int = 0
    mode_n: int = 0
    quantity_tp: int = 0
    quantity_fp: int = 0
    quantity_fn: int = 0
    comparison_correct: int = 0
    comparison_n: int = 0
    object_correct: int = 0
    object_n: int = 0
    assessment_correct: int = 0
    assessment_n: int = 0
    evidence_correct: int = 0
    evidence_n: int = 0
    assessor_correct: int = 0
    assessor_n: int = 0

    @computed_field
    @property
    def metrics(self) -> dict[str, Metric]:
        """Every metric by name, in the order the report prints them."""
        q2, c2 = 2 * self.quantity_tp, 2 * self.tp
        fractions = {
            "claim_precision": (self.tp, self.tp + self.fp),
            "claim_recall": (self.tp, self.tp + self.fn),
            "claim_f1": (c2, c2 + self.fp + self.fn),
            "speaker_accuracy": (self.speaker_correct, self.speaker_n),
            "speaker_role_accuracy": (self.role_correct, self.role_n),
            "speaker_org_accuracy": (self.org_correct, self.org_n),
            "mode_accuracy": (self.mode_correct, self.mode_n),
            "quantity_precision": (self.quantity_tp, self.quantity_tp + self.quantity_fp),
            "quantity_recall": (self.quantity_tp, self.quantity_tp + self.quantity_fn),
            "quantity_f1": (q2, q2 + self.quantity_fp + self.quantity_fn),
            "comparison_accuracy": (self.comparison_correct, self.comparison_n),
            "object_accuracy": (self.object_correct, self.object_n),
        }
        return {name: Metric(numerator=n, denominator=d) for name, (n, d) in fractions.items()}

    @computed_field
    @property
    def assessment_metrics(self) -> dict[str, Metric]:
        """Assessment metrics, over matched required claims whose gold has `assessment`."""
        fractions = {
            "assessment_accuracy": (self.assessment_correct, self.assessment_n),
            "evidence_accuracy": (self.evidence_correct, self.evidence_n),
            "assessor_accuracy": (self.assessor_correct, self.assessor_n),
        }
        return {name: Metric(numerator=n, denominator=d) for name, (n, d) in fractions.items()}


class ClaimRef(BaseModel):
    """A missed gold claim or a false-positive prediction."""

    article: str
    sentence: str
    speaker: str | None = None
    claim_id: str | None = None


class FieldError(BaseModel):
    """A matched pair whose field differs: gold and predicted values as compared."""

    article: str
    sentence: str
    field: str
    gold: Any
    predicted: Any


class ArticleReport(BaseModel):
    article: str
    gold_file: str
    n_gold: int
    n_required: int
    n_predictions: int
    scores: Scores = Field(default_factory=Scores)


class EvalReport(BaseModel):
    """Everything `evaluate` measured; `scores` sums the articles."""

    gold_dir: str
    pred_path: str
    n_predictions: int
    ignored_predictions: int = Field(0, description="predictions for articles without gold")
    ignored_sources: list[str] = Field(default_factory=list)
    scores: Scores = Field(default_factory=Scores)
    articles: list[ArticleReport] = Field(default_factory=list)
    misses: list[ClaimRef] = Field(default_factory=list)
    false_positives: list[ClaimRef] = Field(default_factory=list)
    field_errors: list[FieldError] = Field(default_factory=list)


def evaluate(gold_dir: str | Path, pred_path: str | Path) -> EvalReport:
    """Score the predictions in `pred_path` against the gold files in `gold_dir`."""
    golds = load_gold(gold_dir)
    preds = load_predictions(pred_path)
    aliases = _load_aliases()
    report = EvalReport(gold_dir=str(gold_dir), pred_path=str(pred_path), n_predictions=len(preds))
    used: set[int] = set()
    for path, gold in golds:
        mine = [i for i, p in enumerate(preds) if _same_article(gold.article, p.source)]
        used.update(mine)
        article = ArticleReport(
            article=gold.article,
            gold_file=path.name,
            n_gold=len(gold.claims),
            n_required=sum(c.required for c in gold.claims),
            n_predictions=len(mine),
        )
        article.scores = _score_article(gold, [preds[i] for i in mine], aliases, report)
        report.articles.append(article)
    report.ignored_predictions = len(preds) - len(used)
    report.ignored_sources = sorted({p.source for i, p in enumerate(preds) if i not in used})
    report.scores = _sum_scores(a.scores for a in report.articles)
    return report


def load_gold(gold_dir: str | Path) -> list[tuple[Path, GoldFile]]:
    """Every `*.json` gold file in `gold_dir`, sorted by name, validated."""
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise ValueError(f"gold directory not found: {folder}")
    files = sorted(folder.glob("*.json"))
    if not files:
        raise ValueError(f"no *.json gold files in {folder}")
    out: list[tuple[Path, GoldFile]] = []
    seen: dict[str, Path] = {}
    for path in files:
        try:
            gold = GoldFile.model_validate_json(path.read_text(encoding="utf-8"))
        except (ValidationError, UnicodeDecodeError) as exc:
            raise ValueError(f"{path}: not a valid gold file: {exc}") from exc
        if gold.article in seen:
            raise ValueError(f"{path}: {gold.article!r} already has gold in {seen[gold.article]}")
        seen[gold.article] = path
        out.append((path, gold))
    return out


def load_predictions(pred_path: str | Path) -> list[ClaimRecord]:
    """The records of a claims.jsonl file; blank lines are skipped."""
    path = Path(pred_path)
    if not path.is_file():
        raise ValueError(f"prediction file not found: {path}")
    records = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                records.append(ClaimRecord.model_validate(json.loads(line)))
            except (json.JSONDecodeError, ValidationError) as exc:
                raise ValueError(f"{path}, line {lineno}: not a valid ClaimRecord: {exc}") from exc
    return records


def format_report(report: EvalReport, verbose: bool = False) -> str:
    """The report as text; the summary table is always the last lines."""
    lines: list[str] = []
    if verbose:
        for art in report.articles:
            s, mine = art.scores, partial(_of_article, art.article)
            lines.append(f"== {art.article}: TP {s.tp}  FP {s.fp}  FN {s.fn}")
            lines += [f"  miss: {_short(m.sentence)}{_who(m.speaker)}" for m in mine(report.misses)]
            lines += [
                f"  false positive: {_short(f.sentence)}{_who(f.speaker)}"
                for f in mine(report.false_positives)
            ]
            lines += [
                f"  {e.field}: gold {_show(e.gold)} / predicted {_show(e.predicted)}"
                f" | {_short(e.sentence, 60)}"
                for e in mine(report.field_errors)
            ]
        lines.append("")
    s = report.scores
    lines.append(
        f"{len(report.articles)} gold articles, {report.n_predictions} predictions"
        f" ({report.ignored_predictions} ignored: article without gold)"
    )
    lines.append(f"claims: TP {s.tp}  FP {s.fp}  FN {s.fn}  optional matched {s.optional_matched}")
    lines.append(f"{'metric':<22}{'value':>7}{'n':>10}")
    shown = dict(s.metrics)
    if s.assessment_n:  # only when the gold annotates assessments
        shown.update(s.assessment_metrics)
    for name, metric in shown.items():
        label = name.replace("_", " ").replace("f1", "F1")
        value = "n/a" if metric.value is None else f"{metric.value:.3f}"
        lines.append(f"{label:<22}{value:>7}{f'{metric.numerator}/{metric.denominator}':>10}")
    return "\n".join(lines)


def normalize_name(text: str | None, aliases: dict[str, str] | None = None) -> str | None:
    """A speaker or subject for comparison: "the U.S." -> "united states" (with aliases)."""
    if text is None:
        return None
    folded = text.casefold().translate(_DASHES)
    kept = "".join(ch for ch in folded if not unicodedata.category(ch).startswith("P"))
    words = kept.split()
    if words and words[0] == "the":
        words = words[1:]
    key = " ".join(words)
    key = (aliases or {}).get(key, key)
    return key or None


def _load_aliases() -> dict[str, str]:
    """Normalised alias -> normalised canonical name, from the entities lexicon if usable."""
    try:
        data = lexicon("entities")
    except (OSError, ValueError):  # missing or unreadable: no aliases
        return {}
    table = data.get("entities") if isinstance(data, dict) else None
    if not isinstance(table, dict):
        return {}
    aliases: dict[str, str] = {}
    for name, spec in table.items():
        names = spec.get("aliases") if isinstance(spec, dict) else None
        canonical = normalize_name(name)
        if not canonical or not isinstance(names, list):
            continue
        for alias in names:
            key = normalize_name(alias) if isinstance(alias, str) else None
            if key and key != canonical:
                aliases.setdefault(key, canonical)
    return aliases


def _same_article(article: str, source: str) -> bool:
    return source == article or source.replace("\\", "/").rsplit("/", 1)[-1] == article


def _score_article(
    gold: GoldFile, preds: list[ClaimRecord], aliases: dict[str, str], report: EvalReport
) -> Scores:
    """Match one article's predictions to its gold claims and count; fills the report's lists."""
    art, scores = gold.article, Scores()
    pairs = _match(gold.claims, preds, aliases)
    matched_gold, matched_pred = {g for g, _ in pairs}, {p for _, p in pairs}
    for gi, claim in enumerate(gold.claims):
        if claim.required and gi not in matched_gold:
            scores.fn += 1
            report.misses.append(
                ClaimRef(article=art, sentence=claim.sentence, speaker=claim.speaker)
            )
    for pi, pred in enumerate(preds):
        if pi not in matched_pred:
            scores.fp += 1
            report.false_positives.append(
                ClaimRef(
                    article=art,
                    sentence=pred.sentence,
                    speaker=_speaker_name(pred),
                    claim_id=pred.claim_id,
                )
            )
    # a gold file that never writes a rate period (the guideline's fields only) is
    # scored on value and unit; one that annotates rates is held to them
    rates = any("per" in q.model_fields_set for c in gold.claims for q in c.quantities)
    for gi, pi in pairs:
        claim = gold.claims[gi]
        scores.tp += claim.required
        scores.optional_matched += not claim.required
        if claim.required:
            for field, g, p in _score_pair(claim, preds[pi], aliases, scores, rates):
                report.field_errors.append(
                    FieldError(
                        article=art, sentence=claim.sentence, field=field, gold=g, predicted=p
                    )
                )
    return scores


def _match(
    claims: list[GoldClaim], preds: list[ClaimRecord], aliases: dict[str, str]
) -> list[tuple[int, int]]:
    """One-to-one (gold index, prediction index) pairs, greedily by the module's sort order."""
    gold_sents = [" ".join(c.sentence.split()) for c in claims]
    gold_grams = [_grams(g) for g in gold_sents]
    gold_speakers = [normalize_name(c.speaker, aliases) for c in claims]
    candidates = []
    matcher = SequenceMatcher(None, autojunk=False)
    for pi, pred in enumerate(preds):
        sent = " ".join(pred.sentence.split())
        matcher.set_seq2(sent)
        grams = _grams(sent)
        speaker = normalize_name(_speaker_name(pred), aliases)
        for gi, gsent in enumerate(gold_sents):
            longer = max(len(sent), len(gsent))
            if not longer or 2 * min(len(sent), len(gsent)) < longer:
                continue  # the shorter sentence is under half the longer
            if longer >= 2 * _GRAM and grams.isdisjoint(gold_grams[gi]):
                continue  # no common substring of _GRAM chars, so the overlap is under half
            if sent == gsent:
                common = longer
            else:
                matcher.set_seq1(gsent)
                common = matcher.find_longest_match(0, len(gsent), 0, len(sent)).size
            if common >= MIN_OVERLAP * longer:
                agree = speaker == gold_speakers[gi]
                candidates.append((-common / longer, not agree, not claims[gi].required, gi, pi))
    pairs, taken_gold, taken_pred = [], set(), set()
    for *_, gi, pi in sorted(candidates):
        if gi not in taken_gold and pi not in taken_pred:
            pairs.append((gi, pi))
            taken_gold.add(gi)
            taken_pred.add(pi)
    return pairs


def _grams(text: str) -> set[str]:
    return {text[i : i + _GRAM] for i in range(len(text) - _GRAM + 1)}


def _score_pair(
    claim: GoldClaim,
    pred: ClaimRecord,
    aliases: dict[str, str],
    scores: Scores,
    rates: bool = True,
) -> list[tuple[str, Any, Any]]:
    """Add one required pair to the field counts; the (field, gold, predicted) that differ."""
    errors = []
    speaker = _speaker_name(pred)
    ok = normalize_name(claim.speaker, aliases) == normalize_name(speaker, aliases)
    scores.speaker_n += 1
    scores.speaker_correct += ok
    if not ok:
        errors.append(("speaker", claim.speaker, speaker))
    if claim.speaker is not None:
        pred_speaker = pred.speaker
        if "speaker_role" in claim.model_fields_set:
            role = pred_speaker.role if pred_speaker else None
            ok = normalize_name(claim.speaker_role) == normalize_name(role)
            scores.role_n += 1
            scores.role_correct += ok
            if not ok:
                errors.append(("speaker_role", claim.speaker_role, role))
        if "speaker_org" in claim.model_fields_set:
            org = pred_speaker.organization if pred_speaker else None
            ok = normalize_name(claim.speaker_org, aliases) == normalize_name(org, aliases)
            scores.org_n += 1
            scores.org_correct += ok
            if not ok:
                errors.append(("speaker_org", claim.speaker_org, org))

    mode = pred.attribution.mode if pred.attribution else "none"
    scores.mode_n += 1
    scores.mode_correct += claim.mode == mode
    if claim.mode != mode:
        errors.append(("mode", claim.mode, mode))

    gold_q = [(q.value, q.unit, q.per if rates else None) for q in claim.quantities]
    pred_q = [(q.value, q.unit, q.per if rates else None) for q in pred.quantities]
    tp = _count_quantity_matches(gold_q, pred_q)
    scores.quantity_tp += tp
    scores.quantity_fp += len(pred_q) - tp
    scores.quantity_fn += len(gold_q) - tp
    if not tp == len(gold_q) == len(pred_q):
        errors.append(("quantities", _show_quantities(gold_q), _show_quantities(pred_q)))

    keys = {"subject", "object", "direction"}
    gold_c = claim.comparison.model_dump(include=keys) if claim.comparison else None
    pred_c = pred.comparison.model_dump(include=keys) if pred.comparison else None
    if gold_c or pred_c:
        ok = bool(
            gold_c
            and pred_c
            and gold_c["direction"] == pred_c["direction"]
            and _subjects_match(gold_c["subject"], pred_c["subject"], aliases)
        )
        scores.comparison_n += 1
        scores.comparison_correct += ok
        if not ok:
            errors.append(("comparison", gold_c, pred_c))
    if gold_c and pred_c:
        ok = _subjects_match(gold_c["object"], pred_c["object"], aliases)
        scores.object_n += 1
        scores.object_correct += ok
        if not ok:
            errors.append(("object", gold_c["object"], pred_c["object"]))
    if claim.assessment is not None:
        errors += _score_assessment(claim.assessment, pred, aliases, scores)
    return errors


def _score_assessment(
    gold: GoldAssessment, pred: ClaimRecord, aliases: dict[str, str], scores: Scores
) -> list[tuple[str, Any, Any]]:
    """Label over every annotated pair; evidence and assessor where the gold label is not none."""
    errors = []
    got = pred.assessment
    scores.assessment_n += 1
    scores.assessment_correct += gold.label == got.label
    if gold.label != got.label:
        errors.append(("assessment", gold.label, got.label))
    if gold.label == "none":
        return errors
    same = " ".join((gold.evidence or "").split()) == " ".join((got.evidence or "").split())
    scores.evidence_n += 1
    scores.evidence_correct += same
    if not same:
        errors.append(("evidence", gold.evidence, got.evidence))
    ok = normalize_name(gold.assessor, aliases) == normalize_name(got.assessor, aliases)
    scores.assessor_n += 1
    scores.assessor_correct += ok
    if not ok:
        errors.append(("assessor", gold.assessor, got.assessor))
    return errors


Figure = tuple[float, str | None, str | None]


def _count_quantity_matches(gold: list[Figure], pred: list[Figure]) -> int:
    """How many predicted (value, unit, per) figures find a distinct equal gold figure."""
    free = list(gold)
    hits = 0
    for value, unit, per in pred:
        for i, (g_value, g_unit, g_per) in enumerate(free):
            same_unit = (unit is None and g_unit is None) or (
                unit is not None and g_unit is not None and unit.casefold() == g_unit.casefold()
            )
            if same_unit and per == g_per and math.isclose(value, g_value, rel_tol=REL_TOL):
                del free[i]
                hits += 1
                break
    return hits


def _subjects_match(gold: str | None, pred: str | None, aliases: dict[str, str]) -> bool:
    a, b = (normalize_name(_POSSESSIVE.sub("", t) if t else t, aliases) for t in (gold, pred))
    if a is None or b is None:
        return a is b
    if a == b:
        return True
    demonyms = _load_demonyms()
    short, long = sorted(
        ([x for w in text.split() for x in demonyms.get(w, w).split()] for text in (a, b)),
        key=len,
    )
    return set(short) <= set(long)


_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")


def _load_demonyms() -> dict[str, str]:
    """Normalised one-word demonym -> normalised canonical country ('swedish' -> 'sweden'), so
    a subject's party reads the same as a name or an adjective; {} without a usable lexicon."""
    try:
        data = lexicon("entities")
    except (OSError, ValueError):
        return {}
    table = data.get("entities") if isinstance(data, dict) else None
    if not isinstance(table, dict):
        return {}
    found: dict[str, str] = {}
    for name, spec in table.items():
        names = spec.get("demonyms") if isinstance(spec, dict) else None
        canonical = normalize_name(name)
        if not canonical or not isinstance(names, list):
            continue
        for demonym in names:
            key = normalize_name(demonym) if isinstance(demonym, str) else None
            if key and " " not in key:
                found.setdefault(key, canonical)
    return found


def _sum_scores(items: Iterable[Scores]) -> Scores:
    total = Scores()
    for item in items:
        for name in Scores.model_fields:
            setattr(total, name, getattr(total, name) + getattr(item, name))
    return total


def _of_article(article: str, items: list[Any]) -> list[Any]:
    return [item for item in items if item.article == article]


def _speaker_name(pred: ClaimRecord) -> str | None:
    return pred.speaker.name if pred.speaker else None


def _show_quantities(items: list[Figure]) -> list[str]:
    return [
        f"{value:.12g} {unit or ''}{f' per {per}' if per else ''}".strip()
        for value, unit, per in items
    ]


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False) if value is not None else "null"


def _short(text: str, limit: int = 100) -> str:
    text = " ".join(text.split())
    return f'"{text[: limit - 1]}…"' if len(text) > limit else f'"{text}"'


def _who(speaker: str | None) -> str:
    return f" [{speaker}]" if speaker else ""
