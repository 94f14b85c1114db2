"""How well `pair_score` tells the same claim from a different one, on labelled pairs.

The pairs (`tests/data/pairs/pairs.tsv`, written for the project) are split by kind:
within each kind the 1st, 3rd, 5th ... pair is `dev`, the others `test`. The
threshold is chosen on dev only (the F1-best threshold; when a range of thresholds
ties, the middle of the widest such range), then precision, recall and F1 are
reported on test, for the combined score and for the bare cosine beside it.
"""

from __future__ import annotations

import csv
import itertools
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from pipeline.cluster.similarity import (
    Features,
    Weights,
    figure_relation,
    pair_score,
    parties_differ,
    speaker_relation,
    weights,
)

KINDS_SAME = ("paraphrase", "figure_format", "period_format", "reattribution", "drift")
KINDS_OTHER = ("same_speaker_other_claim", "same_topic_other_figure", "same_figure_other_party")


@dataclass(frozen=True)
class Pair:
    kind: str
    same: bool
    a: str
    b: str
    split: str


def load_pairs(path: str | Path) -> list[Pair]:
    """Pairs of a TSV file with columns kind, same (1/0), a, b; split assigned by kind."""
    seen: dict[str, int] = {}
    pairs = []
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            kind = row["kind"].strip()
            k = seen.get(kind, 0)
            seen[kind] = k + 1
            pairs.append(
                Pair(
                    kind=kind,
                    same=row["same"].strip() == "1",
                    a=row["a"].strip(),
                    b=row["b"].strip(),
                    split="dev" if k % 2 == 0 else "test",
                )
            )
    return pairs


def prf(scores: list[float], labels: list[bool], threshold: float) -> dict[str, float]:
    tp = sum(1 for s, y in zip(scores, labels, strict=True) if s >= threshold and y)
    fp = sum(1 for s, y in zip(scores, labels, strict=True) if s >= threshold and not y)
    fn = sum(1 for s, y in zip(scores, labels, strict=True) if s < threshold and y)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def choose_threshold(scores: list[float], labels: list[bool]) -> float:
    """The threshold with the best F1 on these scores: candidates are the midpoints between
    consecutive distinct scores; among the best, the middle of the widest run of them."""
    values = sorted(set(round(s, 6) for s in scores))
    if len(values) < 2:
        return values[0] if values else 0.5
    cands = [(x + y) / 2 for x, y in zip(values, values[1:], strict=False)]
    f1s = [prf(scores, labels, t)["f1"] for t in cands]
    best = max(f1s)
    # runs of consecutive best candidates; take the widest run's middle (in score distance)
    runs, start = [], None
    for k, f in enumerate(f1s + [-1.0]):
        if f == best and start is None:
            start = k
        elif f != best and start is not None:
            runs.append((start, k - 1))
            start = None
    lo, hi = max(runs, key=lambda r: (values[r[1] + 1] - values[r[0]], -r[0]))
    return round((values[lo] + values[hi + 1]) / 2, 3)


@dataclass
class PairScores:
    pairs: list[Pair]
    cosine: list[float]
    feats_a: list[Features]
    feats_b: list[Features]

    def combined(self, w: Weights) -> list[float]:
        return [
            pair_score(c, fa, fb, w)
            for c, fa, fb in zip(self.cosine, self.feats_a, self.feats_b, strict=True)
        ]


def score_pairs(pairs: list[Pair], embedder, w: Weights | None = None) -> PairScores:
    """Cosines and features of every pair (each sentence extracted as a one-line article)."""
    from pipeline.cluster.match import text_features_all

    w = w or weights()
    texts = list(dict.fromkeys(t for p in pairs for t in (p.a, p.b)))
    feats = dict(zip(texts, text_features_all(texts, w), strict=True))
    vectors = embedder.encode([feats[t].text for t in texts])
    index = {t: k for k, t in enumerate(texts)}
    cosine = [float(vectors[index[p.a]] @ vectors[index[p.b]]) for p in pairs]
    return PairScores(pairs, cosine, [feats[p.a] for p in pairs], [feats[p.b] for p in pairs])


def evaluate_pairs(scored: PairScores, w: Weights | None = None) -> dict:
    """Threshold chosen on dev, precision/recall/F1 on test, for combined and cosine."""
    w = w or weights()
    out: dict = {"pairs": len(scored.pairs), "weights_threshold": w.threshold}
    for name, scores in (("combined", scored.combined(w)), ("cosine", scored.cosine)):
        dev = [k for k, p in enumerate(scored.pairs) if p.split == "dev"]
        test = [k for k, p in enumerate(scored.pairs) if p.split == "test"]
        labels = [p.same for p in scored.pairs]
        threshold = choose_threshold([scores[k] for k in dev], [labels[k] for k in dev])
        result = {
            "threshold": threshold,
            "dev": prf([scores[k] for k in dev], [labels[k] for k in dev], threshold),
            "test": prf([scores[k] for k in test], [labels[k] for k in test], threshold),
            "test_by_kind": {},
        }
        for kind in (*KINDS_SAME, *KINDS_OTHER):
            ks = [k for k in test if scored.pairs[k].kind == kind]
            if ks:
                right = sum(1 for k in ks if (scores[k] >= threshold) == labels[k])
                result["test_by_kind"][kind] = {"correct": right, "pairs": len(ks)}
        out[name] = result
        out["counts"] = {"dev": len(dev), "test": len(test), "same": sum(labels)}
    out["scores"] = [
        {
            "kind": p.kind,
            "split": p.split,
            "same": p.same,
            "cosine": round(c, 4),
            "score": round(s, 4),
        }
        for p, c, s in zip(scored.pairs, scored.cosine, scored.combined(w), strict=True)
    ]
    return out


def format_pairs_report(result: dict) -> str:
    lines = [
        f"{result['pairs']} pairs ({result['counts']['dev']} dev, {result['counts']['test']} "
        f"test; {result['counts']['same']} same-claim)",
        f"{'score':10} {'threshold':>9}  {'dev F1':>6}  {'test P':>6} {'test R':>6} {'test F1':>7}",
    ]
    for name in ("combined", "cosine"):
        r = result[name]
        t = r["test"]
        lines.append(
            f"{name:10} {r['threshold']:>9.3f}  {r['dev']['f1']:>6.3f}  {t['precision']:>6.3f} "
            f"{t['recall']:>6.3f} {t['f1']:>7.3f}"
        )
    lines.append("test pairs right, by kind (combined | cosine):")
    for kind, v in result["combined"]["test_by_kind"].items():
        c = result["cosine"]["test_by_kind"][kind]
        lines.append(f"  {kind:26} {v['correct']}/{v['pairs']} | {c['correct']}/{c['pairs']}")
    return "\n".join(lines)


# The grid `fit_weights` searches (models/cluster.json holds its choice on the dev split).
GRID = {
    "same_speaker": (0.0, 0.05, 0.1),
    "other_speaker": (0.0, 0.1, 0.2),
    "figures_agree": (0.0, 0.05, 0.1, 0.15),
    "figures_differ": (0.0, 0.05, 0.1, 0.15, 0.2),
    "parties_differ": (0.0, 0.1, 0.2, 0.3),
}


def _margin(scores: np.ndarray, labels: np.ndarray) -> float:
    """Lowest same-claim score minus highest other-claim score (negative: overlap)."""
    return float(scores[labels].min() - scores[~labels].max())


def fit_weights(scored: PairScores, w: Weights | None = None) -> tuple[dict[str, float], dict]:
    """The GRID weights best on the dev split: highest dev F1 at its chosen threshold, then
    the widest margin between same-claim and other-claim scores, then the smallest
    weights. Returns the weights (with `threshold`) and the dev figures behind them."""
    w = w or weights()
    dev = [k for k, p in enumerate(scored.pairs) if p.split == "dev"]
    cos = np.array([scored.cosine[k] for k in dev])
    labels = np.array([scored.pairs[k].same for k in dev])
    sp = [speaker_relation(scored.feats_a[k], scored.feats_b[k]) for k in dev]
    fig = [figure_relation(scored.feats_a[k], scored.feats_b[k], w.tolerance) for k in dev]
    same_sp = np.array([r == "same" for r in sp], dtype=float)
    other_sp = np.array([r == "other" for r in sp], dtype=float)
    agree = np.array([r == "agree" for r in fig], dtype=float)
    differ = np.array([r == "differ" for r in fig], dtype=float)
    party = np.array(
        [parties_differ(scored.feats_a[k], scored.feats_b[k]) for k in dev], dtype=float
    )
    best: tuple | None = None
    names = list(GRID)
    for values in itertools.product(*(GRID[n] for n in names)):
        v = dict(zip(names, values, strict=True))
        scores = (
            cos
            + v["same_speaker"] * same_sp
            - v["other_speaker"] * other_sp
            + v["figures_agree"] * agree
            - v["figures_differ"] * differ
            - v["parties_differ"] * party
        )
        t = choose_threshold(scores.tolist(), labels.tolist())
        f1 = prf(scores.tolist(), labels.tolist(), t)["f1"]
        key = (-round(f1, 6), -round(_margin(scores, labels), 6), round(sum(values), 6), values)
        if best is None or key < best[0]:
            best = (key, {**v, "threshold": t}, f1, _margin(scores, labels))
    assert best is not None
    return best[1], {"dev_f1": best[2], "dev_margin": best[3]}
