"""The plain-text notation of quantities and comparisons (the review CSV's columns).

'"about 1.5 million shells" = ~1.5e+06 shell' and 'Russia > NATO ×3 (P3M vs P1Y: rate ×12)'.

The formatters write it; the parsers read it back (a reviewer's correction is written in
the notation the CSV shows), so `quantities_text(parse_quantities(s)) == s` for whatever
`quantities_text` wrote, and the same for comparisons. The parsers also take what a
keyboard types more easily: `>=`/`<=` for `≥`/`≤`, `x` for `×`, `-` for the range dash.

Quantities: `"TEXT" = [≥ |≤ ][~]VALUE[ UNIT][ per PERIOD| / DENOMINATOR][ [LOW–HIGH]][ (up|down)]`,
several joined by `; `, `none` for no quantity: PERIOD is a rate's ISO 8601 period ("350,000
shells a year" = 350000 shell per P1Y), DENOMINATOR what else a rate is divided by ("63 cents
per share" = 63 cent / share), `(up)`/`(down)` a change ("rose 21%" = 21 percent (up)).
A `"` inside TEXT is doubled, as in CSV. Comparisons:
`SUBJECT SIGN OBJECT[ ×RATIO][ (PERIOD vs PERIOD[: rate ×RATIO])]` with SIGN one of `>`,
`<`, `=`; `?` stands for an unknown subject or period, `(all others)` for no object.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.records.models import Bound, Change, Comparison, Quantity

NONE = "none"
UNKNOWN = "?"
ALL_OTHERS = "(all others)"

_BOUND_SIGNS = {"at_least": "≥ ", "at_most": "≤ ", "exact": ""}
_BOUND_OF = {"≥": "at_least", ">=": "at_least", "≤": "at_most", "<=": "at_most"}
_SIGNS = {"more": ">", "less": "<", "equal": "="}
_DIRECTION_OF = {v: k for k, v in _SIGNS.items()}

_NUM = r"[-+]?(?:\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
_ISO_PERIOD = re.compile(r"P[0-9A-Z.]+")
_QUANTITY = re.compile(
    r'"(?P<text>(?:[^"]|"")*)" = '
    r"(?:(?P<bound>≥|≤|>=|<=) ?)?(?P<approx>~)?(?P<value>" + _NUM + ")"
    r"(?: (?P<unit>.+?))??"
    r"(?: per (?P<per>P[0-9A-Z.]+)| / (?P<denominator>[^\[\]();\"]+?))?"
    r"(?: \[(?P<low>" + _NUM + r") ?[–-] ?(?P<high>" + _NUM + r")\])?"
    r"(?: \((?P<change>up|down)\))?"
    r'(?=; "|\Z)',
    re.DOTALL,
)
_COMPARISON = re.compile(
    r"(?P<subject>.+?) (?P<sign>[<>=]) (?P<object>.+?)"
    r"(?: [×x](?P<ratio>" + _NUM + "))?"
    r"(?: \((?P<sp>\S+) vs (?P<op>\S+?)(?:: rate [×x](?P<rr>" + _NUM + r"))?\))?",
    re.DOTALL,
)


class NotationError(ValueError):
    """A text that is not in the notation; the message says what was expected."""


@dataclass(frozen=True)
class QuantityNote:
    """A quantity as the notation holds it: everything but where it is in the text."""

    text: str
    value: float
    unit: str | None = None
    low: float | None = None
    high: float | None = None
    approximate: bool = False
    bound: Bound = "exact"
    per: str | None = None
    change: Change | None = None

    @classmethod
    def of(cls, q: Quantity) -> QuantityNote:
        return cls(q.text, q.value, q.unit, q.low, q.high, q.approximate, q.bound, q.per, q.change)

    def at(self, char_start: int, char_end: int) -> Quantity:
        """The Quantity placed at these offsets."""
        return Quantity(
            text=self.text,
            value=self.value,
            unit=self.unit,
            low=self.low,
            high=self.high,
            approximate=self.approximate,
            bound=self.bound,
            char_start=char_start,
            char_end=char_end,
            per=self.per,
            change=self.change,
        )


def _fmt_number(value: float) -> str:
    return f"{value:g}" if abs(value) < 1e15 else f"{value:.0f}"


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def quantity_text(q: Quantity | QuantityNote) -> str:
    """'"about 1.5 million shells" = ~1.5e+06 shell' style readable text."""
    bound = _BOUND_SIGNS[q.bound]
    approx = "~" if q.approximate else ""
    unit = f" {q.unit}" if q.unit else ""
    per = "" if not q.per else f" per {q.per}" if _ISO_PERIOD.fullmatch(q.per) else f" / {q.per}"
    rng = f" [{_fmt_number(q.low)}–{_fmt_number(q.high)}]" if q.low is not None else ""
    change = f" ({q.change})" if q.change else ""
    text = q.text.replace('"', '""')
    return f'"{text}" = {bound}{approx}{_fmt_number(q.value)}{unit}{per}{rng}{change}'


def quantities_text(quantities: list[Quantity] | list[QuantityNote]) -> str:
    """The quantities joined with '; ' (the CSV's `quantities` cell; empty when none)."""
    return "; ".join(quantity_text(q) for q in quantities)


def parse_quantities(text: str) -> list[QuantityNote]:
    """Read the `quantities` notation back; `none` is no quantity. Raises NotationError."""
    text = text.strip()
    if text.lower() == NONE:
        return []
    if not text:
        raise NotationError(f"empty; write {NONE!r} for no quantity")
    out: list[QuantityNote] = []
    pos = 0
    while True:
        m = _QUANTITY.match(text, pos)
        if m is None:
            raise NotationError(
                f'cannot read {_near(text, pos)}: expected \'"figure as written" = '
                "[≥ |≤ ][~]value[ unit][ per P1Y| / share][ [low–high]][ (up|down)]', "
                "several separated by '; ' "
                "(e.g. '\"about 300 tanks\" = ~300 tank')"
            )
        unit = m["unit"].strip() if m["unit"] else None
        low = _number(m["low"]) if m["low"] else None
        high = _number(m["high"]) if m["high"] else None
        out.append(
            QuantityNote(
                text=m["text"].replace('""', '"'),
                value=_number(m["value"]),
                unit=unit or None,
                low=low,
                high=high,
                approximate=bool(m["approx"]),
                bound=_BOUND_OF.get(m["bound"] or "", "exact"),
                per=m["per"] or m["denominator"],
                change=m["change"],
            )
        )
        pos = m.end()
        if pos == len(text):
            return out
        pos += 2  # the '; ' the lookahead saw


def comparison_text(c: Comparison) -> str:
    """'Russia > NATO ×3 (P3M vs P1Y: rate ×12)' style readable text."""
    sign = _SIGNS[c.direction]
    text = f"{c.subject or UNKNOWN} {sign} {c.object or ALL_OTHERS}"
    if c.ratio is not None:
        text += f" ×{_fmt_number(c.ratio)}"
    if c.subject_period or c.object_period:
        text += f" ({c.subject_period or UNKNOWN} vs {c.object_period or UNKNOWN}"
        if c.rate_ratio is not None:
            text += f": rate ×{_fmt_number(c.rate_ratio)}"
        text += ")"
    return text


def parse_comparison(text: str) -> Comparison:
    """Read the `comparison` notation back (no cue: the notation does not hold it).
    Raises NotationError."""
    m = _COMPARISON.fullmatch(text.strip())
    if m is None:
        raise NotationError(
            f"cannot read {_near(text.strip(), 0)}: expected 'subject > object' (or <, =), "
            "optionally followed by ' ×ratio' and ' (P1Y vs P1Y)' periods "
            "(e.g. 'Russia > NATO ×3'); '?' is an unknown subject, '(all others)' no object"
        )

    def name(value: str, none: str) -> str | None:
        value = value.strip()
        return None if value == none else value

    def period(value: str | None) -> str | None:
        return None if value in (None, UNKNOWN) else value

    return Comparison(
        subject=name(m["subject"], UNKNOWN),
        object=name(m["object"], ALL_OTHERS),
        direction=_DIRECTION_OF[m["sign"]],
        ratio=_number(m["ratio"]) if m["ratio"] else None,
        subject_period=period(m["sp"]),
        object_period=period(m["op"]),
        rate_ratio=_number(m["rr"]) if m["rr"] else None,
    )


def _near(text: str, pos: int) -> str:
    rest = text[pos:]
    return repr(rest if len(rest) <= 40 else rest[:39] + "…")


def place_quantities(
    notes: list[QuantityNote], sentence: str, char_start: int, known: list[Quantity] = ()
) -> list[Quantity]:
    """The quantities of `notes` placed in `sentence` (which starts at `char_start`): a
    note whose text is that of a `known` quantity keeps its offsets, any other takes the
    first unused occurrence of its text. Raises NotationError for a text not in it."""
    used: set[tuple[int, int]] = set()
    out: list[Quantity] = []
    for note in notes:
        spans = [(q.char_start, q.char_end) for q in known if q.text == note.text]
        start = sentence.find(note.text) if note.text else -1
        while start >= 0:
            spans.append((char_start + start, char_start + start + len(note.text)))
            start = sentence.find(note.text, start + 1)
        free = [s for s in spans if s not in used]
        if not free:
            raise NotationError(
                f"{note.text!r} is not in the sentence"
                + (" (or not that many times)" if spans else "")
                + ": the quoted text is the figure as written in it"
            )
        used.add(free[0])
        out.append(note.at(*free[0]))
    return out


def parse_comparison_or_none(text: str) -> Comparison | None:
    """`parse_comparison`, or None for 'none' (no comparison). Raises NotationError."""
    return None if text.strip().lower() == NONE else parse_comparison(text)
