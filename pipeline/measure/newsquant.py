"""Score `extract_quantities` on the NewsQuant benchmark the way CQE's evaluation does.

A prediction counts for `value` when its value equals (relative tolerance 1e-5) the value
of a not yet matched gold quantity of the same sentence; a gold range ("LOW-HIGH") needs a
prediction of the same range, which our two range ends (sharing `low`/`high`) make together.
It counts for `value+unit` when NewsQuant's normalized unit agrees too; our unit names are
mapped with `newsquant_units` in `models/lexicons/units.json`, and a rate's period is
composed the way NewsQuant writes it ('dollar per month', 'cent per share'). Each gold
quantity and each prediction is matched at most once.

Where NewsQuant's conventions differ from the annotation guideline the extractor follows,
this adapter converts our predictions, never the extractor: 'from A to B' is one range A-B,
a counted noun keeps its modifiers ('different product'), figures of times are 'count',
multipliers written as words ('twice') are left out, a fraction is exact and its unit '%'
and the noun it is a part of ('half the condos' is 0.5 '% condo'), and 'one of the ...' is
a 1.

NewsQuant also labels each quantity's `change`: `=` exact, `~` approximate, `>`/`<` a lower
or upper bound, `up`/`down` a change. `change_label` maps our `Quantity` onto these labels and
`score` reports their accuracy over the value-matched pairs.
"""

from __future__ import annotations

import json
import math
import re
import time
from fractions import Fraction
from pathlib import Path

from spacy.tokens import Doc, Token

from pipeline.extract.numbers import words as number_words
from pipeline.extract.quantities import extract_quantities
from pipeline.records import Quantity
from pipeline.resources import lexicon

REL_TOL = 1e-5
ABS_TOL = 1e-8

PUBLISHED = [
    ("CQE", 92.0, 85.6),
    ("GPT-3 (few-shot)", 70.6, 59.1),
    ("Recognizers-Text", 69.1, 34.2),
    ("quantulum3", 73.0, 47.2),
    ("CCG (Illinois)", 57.3, 37.1),
]

Value = float | tuple[float, float]
# 'LOW-HIGH'; the '-' of an exponent ('1.99E-7') does not split a range
_RANGE = re.compile(r"^(?P<low>[^-](?:.*?[^eE-])?)\s*-\s*(?P<high>-?[^-].*)$")


def gold_value(text: str) -> Value:
    """'12.5' -> 12.5; '20-30' -> (20.0, 30.0); a leading '-' is a sign, as in CQE."""
    text = text.strip()
    match = _RANGE.match(text)
    if match:
        return float(match["low"]), float(match["high"])
    return float(text)


def values_match(gold: Value, predicted: Value) -> bool:
    if isinstance(gold, tuple) != isinstance(predicted, tuple):
        return False
    pairs = zip(gold, predicted, strict=True) if isinstance(gold, tuple) else [(gold, predicted)]
    return all(math.isclose(g, p, rel_tol=REL_TOL, abs_tol=ABS_TOL) for g, p in pairs)


_PERIOD_NAMES = {
    "P1Y": "year",
    "P1M": "month",
    "P3M": "quarter",
    "P1W": "week",
    "P1D": "day",
    "PT1H": "hour",
    "PT1M": "minute",
    "PT1S": "second",
    "P10Y": "decade",
    "P100Y": "century",
}


def benchmark_unit(unit: str | None, per: str | None = None) -> str:
    """Our unit name in NewsQuant's vocabulary ('USD' -> 'dollar'; 'USD' per P1M ->
    'dollar per month', 'cent' per 'share' -> 'cent per share'); '-' when there is none,
    'count per minute' for times per minute."""
    names = lexicon("units")["newsquant_units"]
    name = "-" if unit is None else names.get(unit, unit).lower()
    period = _PERIOD_NAMES.get(per) if per else None
    if per and period is None and not per.startswith("P"):
        period = names.get(per, per).lower()  # a denominator that is no period: 'share'
    if period is None:
        return name
    return f"{'count' if name == '-' else name} per {period}"


def change_label(q: Quantity) -> str:
    """NewsQuant's change label of a quantity: up/down, '>' at least, '<' at most, '~', '='."""
    if q.change is not None:
        return q.change
    if q.bound == "at_least":
        return ">"
    if q.bound == "at_most":
        return "<"
    return "~" if q.approximate else "="


# NewsQuant writes 'from A to B' as one range A-B, in the direction of a change ('fell from
# 208 to 193' is 208-193); at most two words (approximators, 'up to') between a cue and its
# figure. ('to B from A' it writes either way, so it is left as two figures.)
_FRACTION_DENOMINATOR = 16
_TIMES = re.compile(r"\btimes\b", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
_TO_BETWEEN = re.compile(r"^[^;:()]{0,40}\bto\s+(?:\S+\s+){0,2}$", re.IGNORECASE)


def _from_to(text: str, a: Quantity, b: Quantity) -> tuple[float, float] | None:
    """(from, to) when `a` and `b` are the two ends of 'from A to B'."""
    if a.low is not None or b.low is not None or b.char_start < a.char_end:
        return None
    before = text[max(a.char_start - 30, 0) : a.char_start]
    between = text[a.char_end : b.char_start]
    if "from" in between.lower() and "to" in between.lower():
        return None
    if _FROM_BEFORE.search(before) and _TO_BETWEEN.match(between):
        return a.value, b.value
    return None


_PHRASE_POS = frozenset({"ADJ", "NOUN", "PROPN", "NUM", "CCONJ", "PUNCT"})
_NOT_MODIFIERS = frozenset({"more", "fewer", "less", "additional", "further", "extra"})


def _is_counted_noun(unit: str | None) -> bool:
    """A counted noun ('tank'), not a unit of measure, a currency, percent or time."""
    if unit is None or unit.isupper():
        return False
    units = lexicon("units")
    known = set(units["abbreviations"].values()) | set(units["newsquant_units"])
    known |= {u["unit"] for u in units["time_units"].values()} | set(units["age_units"].values())
    known |= set(units["percentage_point_units"].values()) | {"percent", "times", "count"}
    return unit not in known


def with_modifiers(doc: Doc, q: Quantity) -> Quantity:
    """NewsQuant names a counted noun with its modifiers ('50 different products' is
    'different product', '460 Kia and Hyundai vehicles' 'kia hyundai vehicle'): the words
    between the figure and its noun, conjunctions and punctuation left out, the noun
    lemmatised. Our unit is the noun with its compounds only (the annotation guideline's)."""
    if not _is_counted_noun(q.unit):
        return q
    head_word = q.unit.split()[-1]
    after = [t for t in doc if t.idx >= q.char_end][:8]
    words: list[str] = []
    for tok in after:
        lemma = tok.lemma_.lower() if tok.pos_ == "NOUN" else tok.lower_
        if lemma == head_word or tok.lower_ == head_word:
            if tok.tag_ not in ("NNS", "NNPS") and tok.lower_ != q.unit:
                break
            phrase = " ".join(words + [lemma])
            return q.model_copy(update={"unit": phrase.replace(" - ", "-")})
        glued_measure = any(c.isdigit() for c in tok.text) and any(c.isalpha() for c in tok.text)
        if tok.pos_ not in _PHRASE_POS or tok.lower_ in _NOT_MODIFIERS or tok.tag_ == "JJR":
            break
        if glued_measure:  # '250ml bottles' count bottles
            break
        if _hyphened_number(tok):
            continue  # 'four-, five- and six-cylinder': the other figures are no modifiers
        if tok.pos_ == "PUNCT" and (tok.text != "-" or not words) or tok.pos_ == "CCONJ":
            continue  # 'Kia and Hyundai vehicles'; 'four-cylinder' is no '-cylinder'
        words.append(tok.lower_)
    return q


def _hyphened_number(tok: Token) -> bool:
    """'five-' or 'six' in 'six-cylinder': a cardinal with its hyphen, another figure (not
    an ordinal: 'first-team players')."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    hyphened = tok.text.endswith("-") or (nxt is not None and nxt.text == "-")
    word = tok.text.rstrip("-")
    return hyphened and (word.isdigit() or word.lower() in number_words()["units"])


_PARTITIVE_SKIP_DEPS = frozenset(
    {"relcl", "punct", "cc", "det", "case", "advmod", "aux", "neg", "mark", "appos"}
)


def _partitive_noun(of: Token) -> str | None:
    """'of the best wireless speakers' -> 'good wireless speaker', 'of the largest navies in
    the world' -> 'large navy world': the lemmas of the content words of the noun phrase, its
    prepositional and infinitive modifiers too, not a relative clause (as NewsQuant names
    what a 'one of' counts)."""
    obj = next((c for c in of.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    words = [
        t.lemma_.lower()
        for t in _phrase_tokens(obj, _PARTITIVE_SKIP_DEPS)
        if t.pos_ in ("ADJ", "NOUN", "PROPN", "VERB") and not t.like_num
    ]
    return " ".join(words)


def _phrase_tokens(tok: Token, skip_deps: frozenset[str]) -> list[Token]:
    """`tok`'s subtree in text order, without the subtrees of dependents in `skip_deps` (but
    with an infinitive clause: 'the largest dinosaurs to ever live')."""
    out: list[Token] = []
    for child in tok.lefts:
        if child.dep_ not in skip_deps:
            out += _phrase_tokens(child, skip_deps)
    out.append(tok)
    for child in tok.rights:
        if child.dep_ not in skip_deps or _infinitive_clause(child):
            out += _phrase_tokens(child, skip_deps)
    return out


def _infinitive_clause(tok: Token) -> bool:
    """'to ever live' after a noun: a modifier, not a relative clause with its own subject."""
    return tok.dep_ == "relcl" and any(c.tag_ == "TO" for c in tok.children)


def with_partitive_ones(doc: Doc) -> list[Quantity]:
    """The quantities of `doc`, plus each 'one of the ...' that NewsQuant annotates as 1
    (the annotation guideline does not: 'one of the largest navies' counts nothing)."""
    found = extract_quantities(doc)
    taken = [(q.char_start, q.char_end) for q in found]
    for tok in doc[:-1]:
        if tok.lower_ != "one" or doc[tok.i + 1].lower_ != "of":
            continue
        if any(a <= tok.idx < b for a, b in taken):
            continue
        end = tok.idx + len(tok.text)
        unit = _partitive_noun(doc[tok.i + 1])
        found.append(
            Quantity(text=tok.text, value=1.0, unit=unit, char_start=tok.idx, char_end=end)
        )
    return sorted(found, key=lambda q: q.char_start)


def _is_multiplier_word(q: Quantity) -> bool:
    """'twice', 'doubled', 'sixfold': NewsQuant annotates no multiplier written as a word
    (but a fraction, 'a third', it does)."""
    return q.unit == "times" and _TIMES.search(q.text) is None and q.value >= 1


def _as_fraction(q: Quantity) -> Quantity:
    """'a third' (0.333 times, rounded as the guideline writes it), 'half' and 'a quarter' (50
    and 25 percent) as NewsQuant writes them: the exact fraction, no unit."""
    if q.unit == "times" and 0 < q.value < 1 and _TIMES.search(q.text) is None:
        exact = float(Fraction(q.value).limit_denominator(_FRACTION_DENOMINATOR))
        return q.model_copy(update={"value": exact, "unit": None})
    if q.unit == "percent" and _is_fraction_word(q.text):
        return q.model_copy(update={"value": q.value / 100, "unit": None})
    return q


def _is_fraction_word(text: str) -> bool:
    """'half', 'a quarter', 'three fourths': a fraction in words that the extractor gives in
    percent (not 'fifty percent')."""
    words = text.lower().split()
    if not words or any(c.isdigit() for c in text):
        return False
    last = "half" if words[-1] == "halves" else words[-1].removesuffix("s")
    return last in number_words()["fractions"]


_FRACTION_SKIP_DEPS = frozenset({"prep", "relcl", "acl", "punct", "cc", "det", "case", "advmod"})


def _fraction_noun(doc: Doc, q: Quantity) -> str | None:
    """The noun phrase a fraction takes its part of, as NewsQuant names it: 'two-thirds of
    the combined 4.3M digital and physical sales' -> 'digital physical sale', 'half the
    condos' -> 'condo'; None for a pronoun ('a third of those screened', 'half of which')."""
    span = [t for t in doc if q.char_start <= t.idx < q.char_end]
    if not span:
        return None
    last = span[-1]
    if last.dep_ == "predet" and last.head.pos_ in ("NOUN", "PROPN"):
        obj = last.head  # 'half the condos'
    else:
        of = next((c for t in span for c in t.children if c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if obj is None or obj.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    words = [
        t.lemma_.lower()
        for t in _phrase_tokens(obj, _FRACTION_SKIP_DEPS)
        if t.pos_ in ("NOUN", "PROPN", "ADJ") and not t.like_num and not _glued_to_number(t)
    ]
    return " ".join(words) or None


def _glued_to_number(tok: Token) -> bool:
    """'M' in '4.3M': a magnitude glued to digits, no word of the phrase."""
    return tok.i > 0 and tok.doc[tok.i - 1].like_num and not tok.doc[tok.i - 1].whitespace_


def with_fraction_noun(doc: Doc, q: Quantity) -> Quantity:
    """A fraction ('a third', 'half') as NewsQuant writes it: the exact fraction, its unit
    '%' and the noun it is a part of ('% condo'), '% -' when it names none."""
    exact = _as_fraction(q)
    if exact is q:
        return q
    return exact.model_copy(update={"unit": f"% {_fraction_noun(doc, q) or '-'}"})


def _as_count(q: Quantity) -> Quantity:
    """'3,200 times', 'four times the number': NewsQuant counts a figure of times ('count')."""
    return q.model_copy(update={"unit": "count"}) if q.unit == "times" else q


def predictions(
    quantities: list[Quantity], text: str | None = None
) -> list[tuple[Value, str, str]]:
    """(value, unit, change label) per prediction; the two ends of a range become one
    (low, high) value, and so do the two ends of a change 'from A to B' of one unit when the
    sentence `text` is given (NewsQuant's convention)."""
    out: list[tuple[Value, str, str]] = []
    skip_next = False
    quantities = [_as_count(_as_fraction(q)) for q in quantities if not _is_multiplier_word(q)]
    for i, q in enumerate(quantities):
        if skip_next:
            skip_next = False
            continue
        nxt = quantities[i + 1] if i + 1 < len(quantities) else None
        if q.low is not None and nxt is not None and (nxt.low, nxt.high) == (q.low, q.high):
            unit = benchmark_unit(nxt.unit or q.unit, nxt.per or q.per)
            out.append(((q.low, q.high), unit, change_label(q)))
            skip_next = True
            continue
        if text is not None and nxt is not None:
            ends = _from_to(text, q, nxt)
            units = {benchmark_unit(q.unit, q.per), benchmark_unit(nxt.unit, nxt.per)}
            if ends is not None and len(units - {"-"}) <= 1:
                out.append((ends, min(units - {"-"}, default="-"), change_label(q)))
                skip_next = True
                continue
        out.append((q.value, benchmark_unit(q.unit, q.per), change_label(q)))
    return out


def score_item(gold: list[dict], predicted: list[tuple]) -> tuple[int, int]:
    """(value matches, value+unit matches) for one sentence, each side matched at most once."""
    value_tp, unit_tp, _ = _match_item(gold, predicted)
    return value_tp, unit_tp


def _pairs(gold: list[dict], predicted: list[tuple]) -> list[tuple[int, int | None, bool]]:
    """(gold index, index of the prediction matched on value or None, same unit), one per
    gold quantity in order; a prediction of the same unit is preferred, each used once."""
    used: set[int] = set()
    pairs: list[tuple[int, int | None, bool]] = []
    for n, g in enumerate(gold):
        g_value, g_unit = gold_value(g["value"]), g["normalized_unit"].lower()
        candidates = [
            k
            for k, (p_value, *_) in enumerate(predicted)
            if k not in used and values_match(g_value, p_value)
        ]
        if not candidates:
            pairs.append((n, None, False))
            continue
        same_unit = [k for k in candidates if predicted[k][1] == g_unit]
        k = (same_unit or candidates)[0]
        used.add(k)
        pairs.append((n, k, bool(same_unit)))
    return pairs


def _match_item(gold: list[dict], predicted: list[tuple]) -> tuple[int, int, int]:
    """(value matches, value+unit matches, change labels right among the value matches); a
    prediction without a label (a 2-tuple) never has its label right."""
    value_tp = unit_tp = change_ok = 0
    for n, k, same_unit in _pairs(gold, predicted):
        if k is None:
            continue
        value_tp += 1
        unit_tp += same_unit
        label = predicted[k][2] if len(predicted[k]) > 2 else None
        change_ok += "change" in gold[n] and label == gold[n]["change"]
    return value_tp, unit_tp, change_ok


def error_rows(items: list[dict], predicted: list[list[tuple]]) -> list[dict]:
    """Each error of the score, in item order, as the score counts it: `unit` (a value
    match with another unit), `missed` (a gold figure no prediction matches) and `spurious`
    (a prediction matching no gold figure), with the sentence."""
    rows: list[dict] = []
    for item, preds in zip(items, predicted, strict=True):
        gold = item["quantities"]
        pairs = _pairs(gold, preds)
        matched = {k for _, k, _ in pairs if k is not None}
        for n, k, same_unit in pairs:
            g = {"value": gold[n]["value"], "unit": gold[n]["normalized_unit"].lower()}
            if k is None:
                rows.append({"kind": "missed", "gold": g, "text": item["text"]})
            elif not same_unit:
                p = {"value": preds[k][0], "unit": preds[k][1]}
                rows.append({"kind": "unit", "gold": g, "predicted": p, "text": item["text"]})
        for k, pred in enumerate(preds):
            if k not in matched:
                p = {"value": pred[0], "unit": pred[1]}
                rows.append({"kind": "spurious", "predicted": p, "text": item["text"]})
    return rows


def prf(tp: int, n_gold: int, n_predicted: int) -> dict:
    p = tp / n_predicted if n_predicted else 0.0
    r = tp / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "tp": tp,
        "precision": round(100 * p, 1),
        "recall": round(100 * r, 1),
        "f1": round(100 * f1, 1),
    }


def score(items: list[dict], predicted: list[list[tuple[Value, str]]]) -> dict:
    """Scores of predictions (one list per item) against the items' gold quantities."""
    n_gold = sum(len(item["quantities"]) for item in items)
    n_pred = sum(len(p) for p in predicted)
    value_tp = unit_tp = change_ok = 0
    for item, preds in zip(items, predicted, strict=True):
        v, u, c = _match_item(item["quantities"], preds)
        value_tp += v
        unit_tp += u
        change_ok += c
    return {
        "items": len(items),
        "gold": n_gold,
        "predicted": n_pred,
        "value": prf(value_tp, n_gold, n_pred),
        "value_unit": prf(unit_tp, n_gold, n_pred),
        "change": {
            "correct": change_ok,
            "n": value_tp,
            "accuracy": round(change_ok / value_tp, 3) if value_tp else 0.0,
        },
    }


def evaluate(path: str | Path, nlp=None, details: bool = False) -> dict:
    """Run `extract_quantities` over every NewsQuant item and score it as CQE does.

    With `details`, the result also lists each item's gold and predicted (value, unit), and
    the errors one by one (`error_rows`).
    """
    if nlp is None:
        from pipeline.nlp.model import load_nlp

        nlp = load_nlp()
    with Path(path).open(encoding="utf-8") as fh:
        items = json.load(fh)
    started = time.perf_counter()
    predicted = [
        predictions(
            [with_fraction_noun(doc, with_modifiers(doc, q)) for q in with_partitive_ones(doc)],
            doc.text,
        )
        for doc in nlp.pipe(i["text"] for i in items)
    ]
    result = score(items, predicted)
    result["seconds"] = round(time.perf_counter() - started, 1)
    if details:
        result["errors"] = error_rows(items, predicted)
        result["details"] = [
            {
                "text": item["text"],
                "gold": [(q["value"], q["normalized_unit"]) for q in item["quantities"]],
                "predicted": preds,
            }
            for item, preds in zip(items, predicted, strict=True)
        ]
    return result


def format_table(result: dict) -> str:
    """Our scores beside the published NewsQuant results, as a plain-text table."""
    rows = [("this pipeline", result["value"]["f1"], result["value_unit"]["f1"])] + PUBLISHED
    width = max(len(name) for name, _, _ in rows)
    lines = [
        f"{'system':<{width}}  value F1  value+unit F1",
        f"{'-' * width}  --------  -------------",
    ]
    lines += [f"{name:<{width}}  {v:8.1f}  {u:13.1f}" for name, v, u in rows]
    v, u = result["value"], result["value_unit"]
    lines.append("")
    lines.append(
        f"this pipeline: value P/R {v['precision']}/{v['recall']}, value+unit P/R "
        f"{u['precision']}/{u['recall']}; {result['gold']} gold, {result['predicted']} predicted, "
        f"{result['items']} sentences"
    )
    c = result["change"]
    lines.append(
        f"change label (= ~ > < up down) accuracy on value matches: {c['accuracy']:.3f} "
        f"({c['correct']}/{c['n']})"
    )
    lines.append(
        f"errors: {v['tp'] - u['tp']} value matches with another unit, "
        f"{result['gold'] - v['tp']} gold figures not found, "
        f"{result['predicted'] - v['tp']} predictions matching no gold figure"
    )
    return "\n".join(lines)


if __name__ == "__main__":
    import sys

    print(format_table(evaluate(sys.argv[1])))
