"""The plain-text notation of quantities and comparisons (the review CSV's columns).

'"about 1.5 million shells" = ~1500000 shell' and 'Russia > NATO ×3 (P3M vs P1Y: rate ×12)'.
"""

from __future__ import annotations

from pipeline.records.models import Comparison, Quantity


def _fmt_number(value: float) -> str:
    return f"{value:g}" if abs(value) < 1e15 else f"{value:.0f}"


def quantity_text(q: Quantity) -> str:
    """'about 1.5 million shells = 1500000 shell (approx.)' style readable text."""
    bound = {"at_least": "≥ ", "at_most": "≤ ", "exact": ""}[q.bound]
    approx = "~" if q.approximate else ""
    unit = f" {q.unit}" if q.unit else ""
    rng = f" [{_fmt_number(q.low)}–{_fmt_number(q.high)}]" if q.low is not None else ""
    return f'"{q.text}" = {bound}{approx}{_fmt_number(q.value)}{unit}{rng}'


def comparison_text(c: Comparison) -> str:
    """'Russia > NATO ×3 (P3M vs P1Y: rate ×12)' style readable text."""
    sign = {"more": ">", "less": "<", "equal": "="}[c.direction]
    text = f"{c.subject or '?'} {sign} {c.object or '(all others)'}"
    if c.ratio is not None:
        text += f" ×{_fmt_number(c.ratio)}"
    if c.subject_period or c.object_period:
        text += f" ({c.subject_period or '?'} vs {c.object_period or '?'}"
        if c.rate_ratio is not None:
            text += f": rate ×{_fmt_number(c.rate_ratio)}"
        text += ")"
    return text
