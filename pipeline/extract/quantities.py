"""Quantities in text: counts, money, percentages, multipliers and durations.

`extract_quantities(span)` reads the numerals of a parsed span (`pipeline.extract.numbers`), drops
those that are not quantities in the annotation guideline's sense (years, dates, ranks,
calibres, model designations, times of day), gives each a unit and its approximators and
bounds, and splits ranges into one `Quantity` per end. A bare count in a row of a plain-text
table counts what its column header names. Words live in
`models/lexicons/numbers.json` and `models/lexicons/units.json`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from pipeline.extract import numbers
from pipeline.extract.footnotes import is_marker
from pipeline.extract.numbers import (
    CARDINAL,
    Numeral,
    currency_after,
    currency_before,
    read_numeral,
)
from pipeline.nlp.model import MAX_PARSE_CHARS, doc_text, text_pieces, token_lowers
from pipeline.records import Quantity
from pipeline.resources import lexicon

_DASHES = {"-", "–", "—"}
_RANGE_WORDS = _DASHES | {"to", "and", "or"}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CELL = re.compile(r"\S+(?: \S+)*")  # a table cell: words apart by single spaces
_MIN_CELLS = 3
_NOT_PLURAL_ENDS = ("ss", "us", "is")  # 'Readiness', 'Status', 'Analysis'


@dataclass
class _Figure:
    """A numeral with its unit and modifiers, before it becomes a `Quantity`."""

    num: Numeral
    start: int  # first token of the figure's text (a currency symbol or the numeral)
    end: int  # one past its last token (the numeral or a measure unit)
    unit: str | None = None
    approximate: bool = False
    bound: str = "exact"
    low: float | None = None
    high: float | None = None
    per: str | None = None  # ISO 8601 period of a rate: '350,000 shells a year' -> P1Y
    change: str | None = None  # 'up' or 'down' when the figure is a change, not a level


def _units() -> dict:
    return lexicon("units")


def _tok(doc: Doc, i: int) -> str:
    lowers = token_lowers(doc)
    return lowers[i] if 0 <= i < len(lowers) else ""


def _matches(doc: Doc, i: int, phrase: list[str] | tuple[str, ...]) -> bool:
    lowers = token_lowers(doc)
    n = len(lowers)
    for k, w in enumerate(phrase):
        j = i + k
        if (lowers[j] if 0 <= j < n else "") != w:
            return False
    return True


# --- exclusions -----------------------------------------------------------------------------


def _is_month(doc: Doc, i: int) -> bool:
    lex = numbers.words()
    word = _tok(doc, i)
    if word not in lex["months"]:
        return False
    return word not in lex["ambiguous_months"] or doc[i].text[:1].isupper()


def _is_date(doc: Doc, num: Numeral) -> bool:
    """'November 17', '17 November 2024', 'Nov. 17, 2024'."""
    if num.spelled or num.value != int(num.value) or num.value > 31 and not _looks_like_year(num):
        return False
    if num.value > 31 and num.end < len(doc) and doc[num.end].tag_ in ("NNS", "NNPS"):
        return False  # 'In May, 1050 drones were shot down'
    before = num.start - 1
    while _tok(doc, before) in (",", "of", "the"):
        before -= 1
    after = num.end
    while _tok(doc, after) in (",", "of"):
        after += 1
    return (
        _is_month(doc, before)
        or _is_month(doc, after)
        or _is_month(doc, num.start - 2)
        and (_tok(doc, num.start - 1) == ",")
        or _tok(doc, num.start - 1) in _DASHES  # 'Oct. 18-22': the last day of a span
        and num.start >= 3
        and doc[num.start - 2].is_digit
        and _is_month(doc, num.start - 3)
    )


def _looks_like_year(num: Numeral) -> bool:
    lex = numbers.words()
    return num.plain_integer and lex["year_min"] <= num.value <= lex["year_max"]


def _is_year(doc: Doc, num: Numeral) -> bool:
    """'in 2024', 'the 2022 budget', '2022-23'; but '2000 soldiers' and '1000 hp' are counts."""
    if not _looks_like_year(num) or len(doc[num.start].text) != 4:
        return False
    j = num.end
    if _tok(doc, j) in _RANGE_WORDS and j + 1 < len(doc) and doc[j + 1].like_num:
        j += 2
    nxt = doc[j] if j < len(doc) else None
    counted = nxt is not None and (nxt.tag_ in ("NNS", "NNPS") or _unit_word_at(doc, j))
    if not counted:
        return not _marked_count(doc, num)
    if doc[num.start].ent_type_ != "DATE":
        return False
    # the tagger saw a date, but a counted noun follows: a year only in a year's context
    lex = numbers.words()
    return (
        _tok(doc, num.start - 1) in lex["year_context_before"]
        or nxt.lemma_.lower() in lex["year_nouns"]
        or nxt.pos_ == "PROPN"
    )


def _marked_count(doc: Doc, num: Numeral) -> bool:
    """'About 1500 were sent', 'more than 1200 arrived': a bare four-digit number after an
    approximator or a bound that years do not take, not read as a date by the tagger and
    with no year's preposition before ('by about 2030'), is a count."""
    if doc[num.start].ent_type_ == "DATE":
        return False
    lex = numbers.words()
    for phrase in lex["count_markers"]:
        words = phrase.split()
        k = num.start - len(words)
        if k >= 0 and _matches(doc, k, words):
            return _tok(doc, k - 1) not in lex["year_context_before"]
    return False


def _unit_word_at(doc: Doc, j: int) -> bool:
    units = _units()
    return bool(
        _phrase_at(doc, j, units["percent_words"])
        or _tok(doc, j) in units["abbreviations"]
        or j < len(doc)
        and doc[j].text.removesuffix(".") in units["case_sensitive_abbreviations"]
        or _time_unit(doc, j)
        or currency_after(doc, j)
        or _tok(doc, j) in numbers.words()["times_words"]
    )


def _is_designation(doc: Doc, num: Numeral) -> bool:
    """'F-35' split by the tokenizer, 'Article 5', 'phase 2 trials', 'Leopard 2', 'S&P 500';
    the part after a hyphen of a designation's number ('ISO 3888-2')."""
    i = num.start
    if i == 0:
        return False
    prev = doc[i - 1]
    if prev.text in _DASHES and not prev.whitespace_ and i >= 2 and not doc[i - 2].whitespace_:
        if doc[i - 2].text[-1:].isalpha():
            return True
        before = read_numeral(doc, i - 2) if doc[i - 2].is_digit else None
        return before is not None and before.end == i - 1 and _is_designation(doc, before)
    if prev.lower_ in numbers.words()["designation_markers"] and num.value == int(num.value):
        return True
    if num.spelled or num.value != int(num.value):
        return False
    stray = doc[i].text[:1] in _DASHES and prev.is_upper and prev.is_alpha and len(prev) > 1
    if stray and not _unit_word_at(doc, num.end):
        return True  # 'COVID -19 tests': a name's number with a stray space; 'GDP -2%' counts
    if not prev.whitespace_ and prev.text[-1:].isalpha():
        return prev.lower_ not in numbers.words()["negation_words"]
    if _names_a_model(doc, num) or _index_name(doc, num):
        return True
    if _single_capital(prev) and not _measure_abbreviation_at(doc, num.end):
        return not currency_after(doc, num.end)  # 'the S P 500', 'the B 52 bombers'
    if prev.pos_ != "PROPN" or not any(c.isupper() for c in prev.text) or _is_month(doc, i - 1):
        return False
    if num.scaled or num.glued_unit or _measure_abbreviation_at(doc, num.end):
        return False  # 'Israel's 9 billion shekels', 'the Lamborghini's 640bhp engine'
    if _phrase_at(doc, num.end, _units()["percent_words"]):
        return False  # 'GDP -2%', 'BAE -2%, Saab -1.5%': a name's change, not its number
    if prev.text in _units()["currency_symbols"] or prev.text in _units()["dollar_prefixes"]:
        return False
    if doc[i].ent_type_ not in numbers.words()["number_entities"] or doc[i].ent_iob_ == "O":
        return True  # the tagger saw no cardinal: 'Leopard 2', 'Planet 9'
    nxt = doc[num.end] if num.end < len(doc) else None
    return nxt is None or not (nxt.tag_ in ("NNS", "NNPS") or _unit_word_at(doc, num.end))


def _names_a_model(doc: Doc, num: Numeral) -> bool:
    """'two new 737 Max jets': a plain integer right after another count (adjectives between)
    and right before a capitalised name names the type of what the first count counts. ('the
    250 Abrams', 'its 12 Rafale' are counts: a count of a singular name is common.)"""
    if not num.plain_integer or num.end >= len(doc) or num.start == 0:
        return False
    if not _names_type_after_count(doc, num.start):
        return False
    return doc[num.end - 1].whitespace_ != "" and not _unit_word_at(doc, num.end)


def _names_type_after_count(doc: Doc, j: int) -> bool:
    """The number at token `j` follows a count (adjectives between, no year) and precedes a
    capitalised name: 'two new 737 Max jets'."""
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    if nxt is None or nxt.tag_ not in ("NNP", "NN") or not nxt.text[:1].isupper():
        return False
    k = j - 1
    while k > 0 and doc[k].pos_ == "ADJ":
        k -= 1
    prev = doc[k] if k >= 0 else None
    if prev is None or not prev.like_num:
        return False
    return not (prev.is_digit and len(prev.text) == 4)  # 'In 2023 40 Leopard tanks'


def _index_name(doc: Doc, num: Numeral) -> bool:
    """'the dow 30 fell', 'the sp 500 was down': a bare integer in one phrase with the single
    noun between it and 'the' (a name with a number, written in lower case) is no count."""
    i = num.start
    if i < 2 or _tok(doc, i - 2) != "the" or doc[i - 1].pos_ not in ("NOUN", "PROPN"):
        return False
    prev, last = doc[i - 1], doc[num.end - 1]
    if prev.head.i != last.i and last.head.i != prev.i:
        return False
    nxt = doc[num.end] if num.end < len(doc) else None
    return nxt is None or not (nxt.pos_ in ("NOUN", "PROPN", "NUM") or _unit_word_at(doc, num.end))


def _single_capital(tok: Token) -> bool:
    """A capital letter alone ('B' in 'B 52'), not a currency symbol ('R 500')."""
    units = _units()
    return (
        len(tok.text) == 1
        and tok.text.isupper()
        and tok.text not in ("A", "I")  # an article or a pronoun
        and tok.text not in units["currency_symbols"]
        and tok.text not in units["dollar_prefixes"]
    )


def _measure_abbreviation_at(doc: Doc, j: int) -> bool:
    """A unit-of-measure abbreviation at token `j` ('mg', 'km', 'kW'), not a spelled word."""
    if j >= len(doc) or doc[j].is_title and len(doc[j]) > 2:
        return False
    units = _units()
    text = doc[j].text
    return text in units["case_sensitive_abbreviations"] or (
        doc[j].lower_ in units["abbreviations"] and len(text) > 1 and text.islower()
    )


def _is_iso_date(doc: Doc, num: Numeral) -> bool:
    """A part of '2025-03-04' (one token or split at the hyphens): a date, no quantity."""
    lo = num.start
    while (
        lo > 0
        and not doc[lo - 1].whitespace_
        and (doc[lo - 1].text in _DASHES or doc[lo - 1].is_digit)
    ):
        lo -= 1
    hi = num.end
    while (
        hi < len(doc)
        and not doc[hi - 1].whitespace_
        and (doc[hi].text in _DASHES or doc[hi].is_digit)
    ):
        hi += 1
    return _ISO_DATE.fullmatch(doc[lo:hi].text) is not None


def _is_time_of_day(doc: Doc, num: Numeral) -> bool:
    return _tok(doc, num.end) in numbers.words()["time_of_day"] or ":" in _tok(doc, num.start)


def _is_calibre_unit(unit: str | None) -> bool:
    return unit in _units()["calibre_units"]


def _is_calibre(doc: Doc, j: int) -> bool:
    if _tok(doc, j) in _DASHES:
        j += 1
    return _tok(doc, j) in _units()["calibre_units"]


def _is_calibre_here(doc: Doc, num: Numeral, j: int) -> bool:
    """Millimetres at token `j` after the numeral give a calibre ('155mm shells', 'the
    155-mm', 'a 7.62 mm rifle') when a weapon or ammunition word follows, the unit is glued
    by a hyphen, or the value is a common calibre not measuring something ('of'); else they
    are a length ('valve lift of 14.0 mm', 'a 0.03 mm film')."""
    units = _units()
    if _tok(doc, j) in _DASHES:
        return True
    after = [doc[k].lemma_.lower() for k in range(j + 1, min(j + 5, len(doc)))]
    if any(word in units["calibre_nouns"] for word in after):
        return True
    return num.value in units["calibre_values"] and _tok(doc, j + 1) != "of"


def _is_address(doc: Doc, num: Numeral) -> bool:
    """'575 Harbour Road', '9 E 71st St', '16-18 Dock Avenue', 'the 90210 ZIP code': a house
    number (capitalised words up to a street word) or a postal code, no quantity."""
    if num.spelled or not num.plain_integer:
        return False
    words = numbers.words()
    j = num.end
    if _tok(doc, j) in _DASHES and j + 1 < len(doc) and doc[j + 1].is_digit:
        j += 2  # '16-18 Dock Avenue'
    if _phrase_at(doc, j, words["postal_code_words"]):
        return True
    for k in range(j, min(j + 4, len(doc))):
        tok = doc[k]
        if not tok.text[:1].isupper() and not tok.text[:1].isdigit():
            return False
        if tok.text.rstrip(".") in words["street_words"]:
            return k > j or tok.text.rstrip(".") not in words["street_words_not_alone"]
    return False


def _is_lone_one(doc: Doc, num: Numeral) -> bool:
    return num.spelled and num.end - num.start == 1 and _tok(doc, num.start) == "one"


def _is_not_a_count(doc: Doc, num: Numeral) -> bool:
    """'one of the', 'one another', 'no one', 'the one who'."""
    if not _is_lone_one(doc, num):
        return False
    rules = numbers.words()["one_not_a_count"]
    if _tok(doc, num.start - 1) in rules["after_unless_counted"]:
        return _noun_at(doc, num.end, min(len(doc), num.end + 4)) is None
    return _tok(doc, num.end) in rules["before"] or _tok(doc, num.start - 1) in rules["after"]


def _is_reference_marker(doc: Doc, num: Numeral) -> bool:
    """A numbered reference to a source ("... 38 percent of revenue [7]."), as briefs and
    reports cite: the number inside a marker (`footnotes.is_marker`), not a figure."""
    text = doc_text(doc)
    start = doc[num.start].idx
    end = doc[num.end - 1].idx + len(doc[num.end - 1])
    opening, closing = text.rfind("[", 0, start), text.find("]", end)
    return opening >= 0 and closing >= 0 and is_marker(text[opening : closing + 1])


def _excluded(doc: Doc, num: Numeral, money: bool) -> bool:
    if not (money or num.currency) and _is_reference_marker(doc, num):
        return True
    if num.kind != CARDINAL or num.unit or money or num.currency:
        return False
    return (
        _is_iso_date(doc, num)
        or _is_year(doc, num)
        or _is_date(doc, num)
        or _is_time_of_day(doc, num)
        or _is_designation(doc, num)
        or _is_not_a_count(doc, num)
        or _is_address(doc, num)
        or (num.suspended and _suspended_calibre(doc, num))
        or (num.slash_fraction and _fraction_measure(doc, num) is None)
    )


def _fraction_measure(doc: Doc, num: Numeral) -> tuple[str, int] | None:
    """'1/2 pound', '1/16 of a US pint': a fraction written with a slash is a quantity only
    of a unit of measure (else a date or a score, '3/4', '9/11'); (unit, index after it)."""
    j = num.end
    if _tok(doc, j) == "of":
        j += 1
        if _tok(doc, j) in ("a", "an"):
            j += 1
        while j < min(len(doc), num.end + 5) and doc[j].pos_ in ("PROPN", "ADJ"):
            j += 1  # 'of a US pint'
    if j >= len(doc) or doc[j].pos_ != "NOUN" and not _measure_abbreviation_at(doc, j):
        return None
    unit = _noun_lemma(doc[j]) if doc[j].pos_ == "NOUN" else None
    unit = unit or _units()["abbreviations"].get(doc[j].lower_)
    unit = _units()["case_sensitive_abbreviations"].get(doc[j].text, unit)
    if unit in _measure_units() or unit in _units()["pound_words"]:
        return unit, (j + 1 if j == num.end else num.end)  # the text stops before 'of'
    return None


def _suspended_calibre(doc: Doc, num: Numeral) -> bool:
    """'the 152- and 155-mm guns': a list of numbers with suspended hyphens that ends in a
    calibre is a list of calibres."""
    links = numbers.words()["suspended_links"]
    j = num.end
    while j < len(doc) and (_tok(doc, j) in links or doc[j].text.endswith("-")):
        j += 1
    return j < len(doc) and doc[j].like_num and _is_calibre(doc, j + 1)


# --- units ----------------------------------------------------------------------------------


def _phrase_at(doc: Doc, j: int, phrases: list[list[str]]) -> int:
    """Length of the longest phrase starting at token `j`, or 0; the last word may carry the
    full stop that ends a sentence ('$80 per sq m.')."""
    best = 0
    for phrase in phrases:
        if _matches(doc, j, phrase) or _matches_at_full_stop(doc, j, phrase):
            best = max(best, len(phrase))
    return best


@lru_cache(maxsize=1)
def _abbreviations_by_first() -> dict[str, list[list[str]]]:
    """The words of each unit abbreviation, by first word (split once, not per call)."""
    by_first: dict[str, list[list[str]]] = {}
    for w in _units()["abbreviations"]:
        words = w.split()
        if words:
            by_first.setdefault(words[0], []).append(words)
    return by_first


def _abbreviation_width(doc: Doc, j: int) -> int:
    """`_phrase_at(doc, j, <every abbreviation>)`: only those starting with token j's word;
    a one-word abbreviation may carry the full stop that ends the sentence ('weighs 500 g.')."""
    width = _phrase_at(doc, j, _abbreviations_by_first().get(_tok(doc, j), []))
    if width or not _ends_sentence_with_stop(doc, j):
        return width
    return int([_tok(doc, j)[:-1]] in _abbreviations_by_first().get(_tok(doc, j)[:-1], []))


def _ends_sentence_with_stop(doc: Doc, j: int) -> bool:
    """Token `j` is a word with the sentence's full stop glued to it, the last of its
    sentence ('g.' in 'weighs 500 g.')."""
    if j >= len(doc) or len(doc[j]) < 2 or not doc[j].text.endswith("."):
        return False
    if j + 1 == len(doc) or doc[j + 1].is_sent_start is True:
        return True
    return bool(doc[j].whitespace_) and doc[j + 1].is_title  # 'is 20 m. It broke'


def _matches_at_full_stop(doc: Doc, j: int, phrase: list[str]) -> bool:
    last = j + len(phrase) - 1
    if len(phrase) < 2 or phrase[-1].endswith(".") or last + 1 < len(doc) and doc[last].whitespace_:
        return False
    return _matches(doc, j, phrase[:-1]) and _tok(doc, last) == phrase[-1] + "."


def _abbreviation_at(doc: Doc, j: int, width: int) -> str:
    """The unit of the abbreviation `_phrase_at` found at token `j` (`width` tokens)."""
    words = [_tok(doc, j + n) for n in range(width)]
    abbreviations = _units()["abbreviations"]
    key = " ".join(words)
    return abbreviations[key] if key in abbreviations else abbreviations[key.removesuffix(".")]


def _glued_unit_phrase(doc: Doc, fig: _Figure) -> None:
    """'3923sq m', '1.19deg C': a unit glued to the digits that goes on in the next tokens
    names the longer unit."""
    tail = re.search(r"[A-Za-z]+$", doc[fig.num.end - 1].text)
    if tail is None:
        return
    glued = tail[0].lower()
    phrases = [p[1:] for p in _abbreviations_by_first().get(glued, []) if len(p) > 1]
    width = _phrase_at(doc, fig.num.end, phrases)
    if width:
        words = [glued] + [_tok(doc, fig.num.end + n).rstrip(".") for n in range(width)]
        unit = _units()["abbreviations"].get(" ".join(words))
        if unit is not None:
            fig.unit, fig.end = unit, fig.num.end + width


def _time_unit(doc: Doc, j: int) -> dict | None:
    if j >= len(doc):
        return None
    return _units()["time_units"].get(doc[j].lemma_.lower()) or _units()["time_units"].get(
        doc[j].lower_
    )


def _duration(doc: Doc, fig: _Figure, j: int, hyphen: bool) -> bool:
    """Attach a time unit at token `j`; False when the numeral is an age or a date adjective."""
    unit = _time_unit(doc, j)
    units = _units()
    k = j + 1
    if _tok(doc, k) in _DASHES:
        k += 1
    if _tok(doc, k) in units["age_words"]:
        fig.unit, fig.end = units["age_units"].get(unit["unit"], unit["unit"]), k + 1
        return True
    if _matches(doc, fig.start - 2, ["age", "of"]) and not hyphen:
        fig.unit, fig.end = units["age_units"].get(unit["unit"], unit["unit"]), j + 1
        return True  # 'under the age of 5 years'
    if hyphen or _tok(doc, j + 1) in units["point_in_time_after"]:
        return False  # 'a five-year contract', 'three years ago', 'five years earlier'
    if _tok(doc, j + 1) == "of" and _noun_at(doc, j + 2, len(doc)) in units["service_nouns"]:
        return False  # 'ten years of support' is a contract length
    fig.unit, fig.end = unit["unit"], j + 1
    fig.num.value *= unit.get("factor", 1)
    if _matches(doc, j + 1, numbers.words()["and_a_half"]):
        fig.num.value += 0.5
        fig.end = j + 4
    return True


def _is_model_name(text: str) -> bool:
    """'2A8', 'Su-34s', 'PAC-3': letters and digits in one token."""
    return any(c.isdigit() for c in text) and any(c.isalpha() for c in text)


def _noun_lemma(tok) -> str:
    units = _units()
    lemma = tok.lemma_.lower() if tok.pos_ == "NOUN" else tok.text.lower()
    if tok.text[-1:] in _DASHES and tok.text[:-1].isalpha():
        lemma = _singular(tok.lower_[:-1])  # 'miles-' glued to a dash the tokenizer kept
    if tok.tag_ == "NNPS" and tok.is_alpha:
        lemma = _singular(lemma)  # '40 Marines', '500 Ukrainians'
    lemma = units["irregular_lemmas"].get(lemma, lemma)
    return units["abbreviations"].get(lemma, lemma)


def _singular(word: str) -> str:
    """'marines' -> 'marine', 'batteries' -> 'battery'; 'status' and 'class' stay."""
    if not word.endswith("s") or word.endswith(_NOT_PLURAL_ENDS):
        return word
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]


def _is_designation_part(doc: Doc, j: int) -> bool:
    """A model or type designation inside a noun phrase: 'Leopard 2A8', 'Type 35', 'T-90M'."""
    tok = doc[j]
    if _is_model_name(tok.text):
        return True
    if tok.pos_ == "NUM" or tok.like_num:
        prev = doc[j - 1] if j > 0 else None
        return prev is not None and (
            prev.pos_ == "PROPN"
            or _is_model_name(prev.text)
            and not prev.whitespace_
            or _names_type_after_count(doc, j)  # 'two new 737 Max jets'
        )
    if tok.pos_ == "PROPN" and j + 1 < len(doc):
        nxt = doc[j + 1]
        return nxt.like_num or nxt.pos_ == "NUM" or _is_model_name(nxt.text)
    return False


def _is_modifier(doc: Doc, j: int, limit: int) -> bool:
    """A token that may sit between a numeral and the noun it counts."""
    tok = doc[j]
    if tok.text in _DASHES:
        return not doc[j - 1].whitespace_
    if tok.like_num and _is_calibre(doc, j + 1) or _is_calibre_of_number(doc, j):
        return True  # '40,000 155mm artillery rounds'
    if tok.lower_ in _units()["not_duration_before"]:
        return False  # '800,000 last year': the year is no counted noun
    if tok.pos_ in ("ADJ", "PROPN") or _before_glued_hyphen(doc, j, limit):
        return True
    if tok.pos_ == "ADV" and tok.dep_ == "advmod" and j < tok.head.i < limit:
        return tok.head.dep_ in ("amod", "compound")  # '40 heavily armoured vehicles'
    if _is_designation_part(doc, j):
        return True
    if tok.pos_ == "NOUN":
        return tok.dep_ == "compound"
    if tok.tag_ in ("VBN", "VBG", "VBD"):
        return tok.dep_ in ("amod", "conj", "compound")
    if tok.pos_ == "CCONJ":  # 'new and modernised tanks'
        nxt = doc[j + 1] if j + 1 < limit else None
        return nxt is not None and nxt.pos_ in ("ADJ", "VERB", "PROPN") and doc[j - 1].pos_ != "NUM"
    return False


def _is_calibre_of_number(doc: Doc, j: int) -> bool:
    """'mm' in '155mm' / '155-mm' after a number."""
    if doc[j].lower_ not in _units()["calibre_units"] or j == 0:
        return False
    k = j - 1
    if doc[k].text in _DASHES and k > 0:
        k -= 1
    return doc[k].like_num


def _compound_noun(doc: Doc, j: int, limit_left: int) -> str:
    """The counted noun at `j` with the nouns compounded before it: 'aircraft carrier',
    'infantry fighting vehicle', 'armoured vehicle'; a designation or a word glued by a
    hyphen ('anti-ship') stays out."""
    head = doc[j]
    words = [_noun_lemma(head)]
    if head.pos_ != "NOUN" or words[0] in _measure_units():
        return words[0]  # '517 rushing yards' are yards
    adjectives = _units()["compound_adjectives"]
    k = j - 1
    while k >= limit_left:
        tok = doc[k]
        if k > 0 and doc[k - 1].text in _DASHES and not doc[k - 1].whitespace_:
            break  # 'anti-ship missiles'
        if tok.whitespace_ == "" or _is_designation_part(doc, k) or _is_calibre(doc, k):
            break  # '152mm shells' count shells
        nounish = (
            tok.dep_ in ("compound", "amod", "nmod")
            and tok.pos_ in ("NOUN", "VERB")
            and tok.is_lower
            and tok.tag_ != "VBN"
        )
        if not (nounish or tok.lower_ in adjectives):
            break
        words.insert(0, tok.lower_)
        k -= 1
    return " ".join(words)


def _counted_noun(doc: Doc, start: int, limit: int) -> str | None:
    """The noun a numeral counts: '155 tanks' -> tank, '40 new and modernised tanks' -> tank,
    '300 Leopard 2A8 tanks' -> tank, '400 of its newest missiles' -> missile."""
    noun = _noun_at(doc, start, limit)
    if noun is not None or _tok(doc, start) != "of":
        return noun
    j = start + 1
    if _tok(doc, j) in _units()["partitive_determiners"]:
        j += 1
    return _noun_at(doc, j, limit, plural=True)


def _noun_at(doc: Doc, start: int, limit: int, plural: bool = False) -> str | None:
    """The first head noun from `start` on, past modifiers and designations; a model name
    with no noun after it ('12 Su-34s') is the noun itself."""
    model = None
    for j in range(start, min(limit, len(doc), start + 8)):
        tok = doc[j]
        noun_modifier = tok.dep_ in ("amod", "nmod") and start <= j < tok.head.i < limit
        if (
            tok.pos_ == "NOUN"
            and tok.dep_ != "compound"
            and not noun_modifier  # 'intercept missions'
            or (tok.pos_ == "PROPN" and tok.dep_ not in ("compound", "nmod"))
        ):
            if (
                _is_designation_part(doc, j)
                or _before_glued_hyphen(doc, j, limit)
                or tok.pos_ == "PROPN"
                and j + 1 < limit
                and doc[j + 1].pos_ == "NOUN"
            ):
                model = model or (j if _is_model_name(tok.text) else None)
                continue
            if _misread_plural(doc, j, limit):
                return _singular(doc[j + 1].lower_)  # '2,700 attack drones a month'
            if plural and tok.tag_ not in ("NNS", "NNPS") and tok.lemma_.lower() == tok.lower_:
                return None
            return _compound_noun(doc, j, start)
        if not (tok.pos_ == "NOUN" and noun_modifier or _is_modifier(doc, j, limit)):
            break
    return _noun_lemma(doc[model]) if model is not None and not plural else None


def _misread_plural(doc: Doc, j: int, limit: int) -> bool:
    """'about 2,700 attack drones a month', where the tagger reads 'drones' as a verb: a plural
    noun's shape right after a singular noun, and then a rate period ('one slide says.' is a
    verb)."""
    if doc[j].tag_ != "NN" or j + 2 >= min(limit, len(doc)):
        return False
    nxt = doc[j + 1]
    if nxt.tag_ != "VBZ" or not nxt.is_lower or not nxt.lower_.endswith("s"):
        return False
    return _tok(doc, j + 2) in _units()["rate_words"] and bool(_time_unit(doc, j + 3))


def _before_glued_hyphen(doc: Doc, j: int, limit: int) -> bool:
    return j + 1 < limit and doc[j + 1].text in _DASHES and not doc[j].whitespace_


def _subject_noun(doc: Doc, num: Numeral, lo: int, hi: int) -> str | None:
    """'interceptor production will reach 740': a bare figure reached by a subject that totals
    a counted noun gives that noun (the subject's compound, or its 'of' noun in the plural)."""
    tok = doc[num.end - 1]
    if tok.dep_ in ("nsubj", "nsubjpass", "nummod", "compound"):
        return None
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    units = _units()
    for subj in tok.children:
        if subj.dep_ not in ("nsubj", "nsubjpass") or not lo <= subj.i < hi:
            continue
        if subj.pos_ != "NOUN" or subj.lemma_.lower() not in units["aggregate_nouns"]:
            return None
        for child in reversed(list(subj.lefts)):
            if child.dep_ == "compound" and child.pos_ == "NOUN":
                return _noun_lemma(child)
        for prep in subj.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and obj.tag_ == "NNS":
                        return _noun_lemma(obj)
        return None
    return None


def _age_apposition(doc: Doc, num: Numeral, hi: int) -> str | None:
    """'Maria Stroud, 44, said': a bare whole number between commas after a person's name is
    an age."""
    if num.spelled or not num.plain_integer or not 0 < num.value < 120 or num.start < 2:
        return None
    if _tok(doc, num.start - 1) != "," or num.end < hi and _tok(doc, num.end) not in (",", ")"):
        return None
    name = doc[num.start - 2]
    if name.pos_ != "PROPN" or name.ent_type_ != "PERSON" and not _subject_apposition(name, num):
        return None
    return _units()["age_units"]["year"]


def _subject_apposition(name: Token, num: Numeral) -> bool:
    """'Ndoro, 66, has said': a name the tagger did not see as a person's, subject of a
    verb that follows its apposition, the number an adult's age."""
    doc = name.doc
    after = doc[num.end + 1] if num.end + 1 < len(doc) else None
    return (
        name.dep_ in ("nsubj", "nsubjpass")
        and doc[num.start].dep_ == "appos"
        and _units()["adult_age"][0] <= num.value <= _units()["adult_age"][1]
        and after is not None
        and after.pos_ in ("VERB", "AUX")
        and after.head.i == name.head.i
    )


def _age_predicate(doc: Doc, num: Numeral, lo: int, hi: int) -> str | None:
    """'who was 10', 'She will be 35': a bare whole number a person is (the subject of 'be'
    a personal pronoun, 'who' or a person's name) is an age."""
    if not num.plain_integer or not 0 < num.value < 120 or num.end - num.start != 1:
        return None
    tok = doc[num.start]
    if tok.dep_ != "attr" or tok.head.lemma_ != "be":
        return None
    subjects = [c for c in tok.head.children if c.dep_ == "nsubj" and lo <= c.i < hi]
    person = _units()["age_subject_pronouns"]
    if not any(s.lower_ in person or s.ent_type_ == "PERSON" for s in subjects):
        return None
    return _units()["age_units"]["year"]


def _age_of(doc: Doc, num: Numeral) -> str | None:
    """'men over the age of 21', 'at the age of 18': a bare whole number after 'age of' is
    an age in years."""
    if not num.plain_integer or not 0 < num.value < 120 or num.start < 2:
        return None
    if not _matches(doc, num.start - 2, ["age", "of"]):
        return None
    return _units()["age_units"]["year"]


def _attach_unit(doc: Doc, fig: _Figure, limit: int) -> bool:
    """Give the figure its unit; False when the numeral is not a quantity after all."""
    units = _units()
    num = fig.num
    if num.slash_fraction:
        fig.unit, fig.end = _fraction_measure(doc, num) or (None, fig.end)
        return True
    if num.unit or num.glued_unit:
        fig.unit = num.unit or num.glued_unit
        if num.glued_unit:
            _glued_unit_phrase(doc, fig)
        return not (_is_calibre_unit(fig.unit) and _is_calibre_here(doc, num, num.end))
    j = num.end
    hyphen = _tok(doc, j) in _DASHES and not doc[j - 1].whitespace_
    k = j + 1 if hyphen else j
    if _is_calibre(doc, j):
        if _is_calibre_here(doc, num, j):
            return False
        fig.unit, fig.end = "millimetre", k + 1  # '14.0 mm', 'a 1.5mm gap': a length
        return True
    if hyphen and k < len(doc) and doc[k].text[:1].isdigit():
        return True  # '5-10W': the first end of a range takes the unit of the second
    if hyphen and _hyphenated_period(doc, j, limit) is not None:
        return True  # '300,000-a-year': the period of a rate (`_rate_period`), not a unit
    pct = _phrase_at(doc, k, units["percent_words"])
    if pct:
        fig.unit, fig.end = "percent", k + pct
        return True
    points = _phrase_at(doc, k, units["percentage_point_words"])
    if points:
        fig.unit = units["percentage_point_units"].get(_tok(doc, k), "percentage point")
        fig.end = k + points
        return True
    if _tok(doc, k) in numbers.words()["times_words"]:
        fig.unit, fig.end = "times", k + 1
        return True
    if _time_unit(doc, k):
        return _duration(doc, fig, k, hyphen)
    if fig.unit:  # a currency symbol before the number
        money = currency_after(doc, k)
        if money and money[0] == fig.unit:
            fig.end = money[1]
        return True
    money = currency_after(doc, k)
    if money:
        fig.unit, fig.end = money
        return True
    exact = None
    if k < len(doc):  # 'kW.' ends a sentence
        exact = units["case_sensitive_abbreviations"].get(doc[k].text.removesuffix("."))
    if exact is not None:
        fig.unit, fig.end = exact, k + 1  # '450 Nm' is newton metres, not nanometres
        return True
    width = _abbreviation_width(doc, k)
    if (
        width
        and (len(doc[k]) > 1 or doc[k].text in units["abbreviations"])
        and (len(doc[k]) > 1 or not doc[k - 1].whitespace_)
    ):
        fig.unit, fig.end = _abbreviation_at(doc, k, width), k + width
        return True
    singular_noun = k < limit and doc[k].pos_ == "NOUN" and doc[k].tag_ == "NN" and doc[k].is_lower
    if singular_noun and (hyphen or _counts_modifier_noun(doc, num, k, limit)):
        fig.unit = _noun_lemma(doc[k])  # 'a 3-cylinder engine' counts cylinders
    else:
        fig.unit = _counted_noun(doc, k, limit) or _nummod_head(doc, num, limit)
    if fig.unit in units["not_counted_nouns"] and not _counted_plural(doc, k, limit, fig.unit):
        fig.unit = None  # 'the 40,000 figure' counts no figures
    return True


def _counted_plural(doc: Doc, k: int, limit: int, noun: str) -> bool:
    """'22 goals', 'eight estimates': a noun that names a figure in the singular ('the 2%
    goal', 'the 40,000 figure') is counted in the plural."""
    if noun in _units()["not_counted_in_plural"]:
        return False  # 'a salary of six figures' counts digits of a sum
    for tok in doc[k : min(k + 4, limit)]:
        if tok.lemma_.lower() == noun:
            return tok.tag_ == "NNS"
    return False


def _counts_modifier_noun(doc: Doc, num: Numeral, k: int, limit: int) -> bool:
    """'a 3 cylinder engine', 'a 12 page document', 'a 150 tank order': a count above one
    before a singular noun that modifies a singular head counts the modifier, not the head."""
    tok = doc[k]
    if num.value <= 1 or tok.dep_ not in ("compound", "nmod", "amod"):
        return False
    head = tok.head
    while head.dep_ in ("compound", "nmod", "amod") and head.head.i > head.i:
        head = head.head  # '12 air defence systems' count systems
    return head.pos_ == "NOUN" and head.tag_ == "NN" and k < head.i <= min(k + 3, limit - 1)


def _nummod_head(doc: Doc, num: Numeral, limit: int) -> str | None:
    """The plural noun a numeral modifies a few words on, past a designation the walk in
    `_noun_at` stops at: 'another 400 Hanbit-II missiles'."""
    tok = doc[num.end - 1]
    head = tok.head
    if tok.dep_ != "nummod" or head.pos_ != "NOUN" or head.tag_ != "NNS":
        return None
    if not num.end <= head.i < min(limit, num.end + 6):
        return None
    if any(t.is_punct and t.text not in _DASHES for t in doc[num.end : head.i]):
        return None
    if doc[num.end].like_num:
        return None  # 'up from 300 two years ago'
    if _starts_range(doc, num.end):
        return None  # 'eight or nine euros': the range takes the unit of its second end
    return _compound_noun(doc, head.i, num.end)


def _article_duration(doc: Doc, i: int, lo: int) -> Numeral | None:
    """'in a year', 'per month', 'shells a day': a time unit framed as one unit of time."""
    units = _units()
    word = _tok(doc, i)
    if word not in ("a", "an", "per") or not _time_unit(doc, i + 1):
        return None
    if _tok(doc, i + 1) != doc[i + 1].lemma_.lower() and word != "per":
        return None  # 'a years' is no duration
    if _tok(doc, i + 2) in units["not_duration_after"] and not _before_a_year(doc, i + 2):
        return None  # 'a year ago'; but 'in a year before 2022'
    if _tok(doc, i + 2) in _DASHES:
        return None
    if any(_matches(doc, i + 2, pair) for pair in units["not_duration_after_pairs"]):
        return None  # 'a year from now'
    prev = doc[i - 1] if i - 1 >= lo else None
    if prev is not None and prev.lemma_.lower() in units["rate_unit_words"]:
        return None  # 'miles per hour' is one unit
    framed = (
        word == "per"
        or prev is not None
        and (
            prev.lower_ in units["duration_frames"]
            or any(
                i - len(p) >= lo and _matches(doc, i - len(p), p)
                for p in units["duration_bound_frames"]
            )
            or prev.pos_ in ("NOUN", "NUM")
            or prev.lower_ in _units()["percent_words"][0]
        )
    )
    if not framed or prev is not None and prev.lower_ in units["not_duration_before"]:
        return None
    return Numeral(i, i + 1, 1.0, spelled=True)


def _rate_period(doc: Doc, fig: _Figure, i: int, hi: int) -> tuple[str, int] | None:
    """'350,000 shells a year', '$3,500 a month', '12% per year', '50 miles per hour': the
    period of a rate at token `i` after the figure (past its counted noun), as (ISO 8601
    period, index after it); None when `i` starts no rate period of `fig`."""
    units = _units()
    if fig.per is not None or fig.end > i or i + 1 >= hi:
        return None
    hyphenated = _hyphenated_period(doc, i, hi) if fig.end == i else None
    if hyphenated is not None:
        unit, end = hyphenated
        own = _time_unit_info_of(fig.unit)
        if own is not None and own["days"] * fig.num.value >= unit["days"]:
            return None
        return _iso_period(unit), end
    if _tok(doc, i) not in units["rate_words"]:
        return None
    unit = _time_unit(doc, i + 1)
    if unit is None or doc[i + 1].lower_ != doc[i + 1].lemma_.lower() and _tok(doc, i) != "per":
        return None  # 'a years' is no period
    own = _time_unit_info_of(fig.unit)
    if own is not None and own["days"] * fig.num.value >= unit["days"]:
        return None  # '40 hours a week' is a rate, 'two years a year' none
    glued = _tok(doc, i + 2) in _DASHES and not doc[i + 1].whitespace_  # 'a year-long'
    if _tok(doc, i + 2) in units["not_duration_after"] and not _before_a_year(doc, i + 2) or glued:
        return None
    if any(_matches(doc, i + 2, pair) for pair in units["not_duration_after_pairs"]):
        return None  # 'a year from now'
    gap = doc[fig.end : i]
    if len(gap) == 1 and gap[0].text == ")" and fig.start > 0 and _tok(doc, fig.start - 1) == "(":
        gap = doc[i:i]  # '9 billion shekels ($2.4 billion) a year': the aside ends
    if len(gap) > 6 or not all(_in_counted_phrase(t, n, gap) for n, t in enumerate(gap)):
        return None
    if gap and gap[-1].lower_ in units["not_duration_before"]:
        return None
    return _iso_period(unit), i + 2


def _iso_period(unit: dict) -> str:
    """The ISO 8601 period of one time unit of the lexicon ('P1Y', 'P3M' for a quarter)."""
    return unit["iso"].format(n=int(unit.get("iso_factor", 1) * unit.get("factor", 1)))


def _hyphenated_period(doc: Doc, i: int, hi: int) -> tuple[dict, int] | None:
    """'a 52,000 barrel-a-day refinery', '£24 a-year': a rate period written with hyphens
    at token `i`, as (time unit, index after it)."""
    k = i
    if _tok(doc, k) in _DASHES and k > 0 and not doc[k - 1].whitespace_ and not doc[k].whitespace_:
        k += 1  # 'barrel-a-day'
    if k + 2 >= hi or _tok(doc, k) not in _units()["rate_words"] or _tok(doc, k) == "each":
        return None
    if _tok(doc, k + 1) not in _DASHES or doc[k].whitespace_ or doc[k + 1].whitespace_:
        return None
    unit = _time_unit(doc, k + 2)
    if unit is None or doc[k + 2].lower_ != doc[k + 2].lemma_.lower():
        return None
    if _tok(doc, k + 3) in _DASHES and not doc[k + 2].whitespace_:
        return None  # 'a-year-long'
    return unit, k + 3


def _before_a_year(doc: Doc, j: int) -> bool:
    """'100 tanks a year before 2028': 'before' a year keeps a rate period a rate."""
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    return (
        _tok(doc, j) == "before"
        and nxt is not None
        and nxt.is_digit
        and len(nxt.text) == 4
        and _looks_like_year(Numeral(j + 1, j + 2, float(nxt.text), plain_integer=True))
    )


def _rate_denominator(doc: Doc, fig: _Figure, i: int, hi: int) -> tuple[str, int] | None:
    """'63 cents per share', '$21 per square foot', '$1,271 an ounce', '140 km/h': what a
    money or measure figure is divided by, right after it, as (unit, index after it);
    None when `i` starts no denominator of `fig`."""
    units = _units()
    if fig.per is not None or fig.unit is None or i + 1 >= hi:
        return None
    closing = i - fig.end == 1 and _tok(doc, fig.end) == ")"  # '(US$4.46) per share'
    if fig.end != i and not closing and not _aside_between(doc, fig.end, i):
        return None
    word, j = _tok(doc, i), i + 1
    if word == "/" and not doc[i - 1].whitespace_ and not doc[i].whitespace_:
        period = units["slash_periods"].get(doc[j].text)  # 'km/h'; case matters: 'h', 'min'
        if period is not None:
            return period, j + 1
        width = _abbreviation_width(doc, j)
        if width:
            return _abbreviation_at(doc, j, width), j + width
        return None
    money = _is_money(fig.unit)
    if word not in units["denominator_words"] or word != "per" and not money:
        return None  # 'a' or 'an' divides only money: '$40 a share'
    if _phrase_at(doc, i, units["percent_words"]) or _time_unit(doc, j):
        return None  # 'per cent'; a period is `_rate_period`'s
    width = _abbreviation_width(doc, j)
    if width and (len(doc[j]) > 1 or doc[j].text in units["abbreviations"]):
        return _abbreviation_at(doc, j, width), j + width
    tok = doc[j]
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or j + 1 < hi and doc[j + 1].pos_ == "NOUN":
        return None  # 'per head', 'a share'; not 'a share price'
    return _noun_lemma(tok), j + 1


def _aside_between(doc: Doc, start: int, end: int) -> bool:
    """Tokens `start`..`end` are one parenthetical ('C$6 (US$4.46) per share')."""
    return (
        end - start >= 3
        and _tok(doc, start) == "("
        and _tok(doc, end - 1) == ")"
        and all(doc[k].text not in "()" for k in range(start + 1, end - 1))
    )


def _in_counted_phrase(tok: Token, n: int, gap: Span) -> bool:
    """A token of the noun phrase between a figure and its rate period ('155mm artillery',
    'new and modernised T-90M tanks', 'of the missiles')."""
    if tok.text in _DASHES:
        return not tok.whitespace_
    if tok.pos_ == "CCONJ":
        return 0 < n < len(gap) - 1
    if n == 0 and tok.lower_ == "of" or n == 1 and gap[0].lower_ == "of":
        return tok.lower_ == "of" or tok.lower_ in _units()["partitive_determiners"]
    if tok.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or tok.like_num:
        return True
    if n == len(gap) - 1 and n > 0 and _misread_plural(gap.doc, tok.i - 1, len(gap.doc)):
        return True  # 'attack drones a month', 'drones' read as a verb
    return tok.tag_ in ("VBN", "VBG", "VBD") and tok.dep_ in ("amod", "compound", "conj")


def _time_unit_info_of(unit: str | None) -> dict | None:
    for info in _units()["time_units"].values():
        if info["unit"] == unit:
            return info
    return None


def _attach_change(doc: Doc, fig: _Figure, lo: int, hi: int) -> None:
    """'rose 12%', 'cut by 300', 'up 2.8%': the figure is a change up or down, not a level.
    'rose 6% to 164' gives a change only for the 6%: a figure after 'to', 'from' or 'at' is a
    level."""
    lex = numbers.words()["change"]
    j = fig.start - 1
    while (
        j > lo and _tok(doc, j) not in lex["adverbs"] and _tok(doc, j) in _modifier_words() | {"by"}
    ):
        j -= 1  # 'up about 19%', 'down by 3%'
    if lo <= j and _tok(doc, j) in lex["adverbs"] and doc[j].dep_ in ("advmod", "prt"):
        if doc[j].head.pos_ == "VERB" and _counted_object(doc, fig, doc[j].head):
            return  # 'shot down 20 drones', 'gave up 500 yards': a phrasal verb's object
        fig.change = lex["adverbs"][_tok(doc, j)]  # 'up 4%', 'down by 3%', not 'up from 50%'
        return
    tok = doc[fig.num.end - 1]
    for _ in range(4):
        if tok.dep_ == "pobj" and tok.head.lower_ in lex["level_preps"]:
            return
        if tok.pos_ in ("VERB", "AUX"):
            break
        if tok.pos_ == "NOUN" and tok.i != fig.num.end - 1:
            direction = _change_words()["nouns"].get(tok.lemma_.lower())
            if direction and tok.i > fig.num.end - 1 and fig.unit in ("percent", "times"):
                fig.change = direction  # 'a 12% increase'
                return
        if tok.head is tok:
            return
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX") or not lo <= tok.i < hi:
        return
    particles = [c.lower_ for c in tok.children if c.dep_ == "prt"]
    lemma = tok.lemma_.lower()
    verbs = _change_words()["verbs"]
    key = next((f"{lemma} {p}" for p in particles if f"{lemma} {p}" in verbs), lemma)
    if key not in verbs or fig.num.kind != CARDINAL:
        return
    if key in lex["object_actions"] and _counted_object(doc, fig, tok):
        return  # 'dropped 1,000 bombs', 'sank 12 ships': an action on what the figure counts
    fig.change = verbs[key]


def _counted_object(doc: Doc, fig: _Figure, verb: Token) -> bool:
    """The figure counts the direct object of `verb` ('dropped 1,000 bombs', 'shot down 20
    drones'), in a counted noun or a unit of measure, not in percent, money or index points
    (numbers.json change.level_units): 'the index dropped 300 points' is the extent of a
    change."""
    if not _is_counted_unit(fig.unit) or fig.unit in numbers.words()["change"]["level_units"]:
        return False
    tok = doc[fig.num.end - 1]
    if tok.dep_ == "nummod" or (tok.dep_ == "quantmod" and tok.head.dep_ == "nummod"):
        tok = tok.head if tok.dep_ == "nummod" else tok.head.head
    return tok.dep_ == "dobj" and tok.head.i == verb.i


@lru_cache(maxsize=1)
def _modifier_words() -> frozenset[str]:
    """Words of approximators and bounds ('about', 'more than', 'nearly')."""
    lex = numbers.words()
    words = {w for phrase in lex["approximators"] for w in phrase}
    return frozenset(words | {w for phrase in lex["bounds"] for w in phrase.split()})


@lru_cache(maxsize=1)
def _change_words() -> dict[str, dict[str, str]]:
    """Verbs and nouns of change -> 'up'/'down': the comparatives' growth words, plus the
    extra verbs of `numbers.json` 'change'."""
    comparatives = lexicon("comparatives")
    to_change = {"more": "up", "less": "down"}

    def table(words: dict) -> dict[str, str]:
        return {k: to_change[v] for k, v in words.items() if not k.startswith("_")}

    verbs = table(comparatives["growth_verbs"])
    verbs.update(numbers.words()["change"]["verbs"])
    return {"verbs": verbs, "nouns": table(comparatives["growth_nouns"])}


# --- modifiers and ranges -------------------------------------------------------------------


@lru_cache(maxsize=1)
def _modifier_tables() -> tuple[list, list, frozenset[str]]:
    """`_attach_modifiers`' tables, in the order it tries them: approximators longest
    first with their bound, bounds by length of their text, and the time units."""
    lex = numbers.words()
    approximators = [
        (tuple(phrase), lex["approximate_and_bound"].get(" ".join(phrase), "exact"))
        for phrase in sorted(lex["approximators"], key=len, reverse=True)
    ]
    bounds = [
        (tuple(phrase.split()), phrase, bound)
        for phrase, bound in sorted(lex["bounds"].items(), key=lambda kv: -len(kv[0]))
    ]
    time_units = frozenset(u["unit"] for u in _units()["time_units"].values())
    return approximators, bounds, time_units


def _attach_modifiers(doc: Doc, fig: _Figure, lo: int) -> None:
    """'about', 'more than', 'up to' just before the figure."""
    lex = numbers.words()
    i = fig.start
    if fig.num.approximate or i - 1 >= lo and _tok(doc, i - 1) in lex["approximation_marks"]:
        fig.approximate = True  # '~40', '~ 40'
        return
    if i - 1 < lo:
        return  # no word before the figure: no modifier
    last = token_lowers(doc)[i - 1]  # a phrase that matches ends with this word
    approximators, bounds, time_units = _modifier_tables()
    for phrase, bound in approximators:
        if phrase[-1] == last and i - len(phrase) >= lo and _matches(doc, i - len(phrase), phrase):
            fig.approximate = True
            fig.bound = bound
            return
    is_time = fig.unit in time_units
    for words, phrase, bound in bounds:
        if words[-1] == last and i - len(words) >= lo and _matches(doc, i - len(words), words):
            if is_time and phrase in lex["bound_not_for_time"]:
                return
            fig.bound = bound
            return


def _is_range_link(doc: Doc, a: _Figure, b: _Figure) -> bool:
    if b.start - a.end != 1 or _tok(doc, a.end) not in _RANGE_WORDS or a.low is not None:
        return False
    link, before = _tok(doc, a.end), {_tok(doc, a.start - 1), _tok(doc, a.start - 2)}
    if link == "and":
        return "between" in before
    if link == "or":  # 'three or four years', '20 or 30 tanks': alternatives span a range
        shared = b.unit is not None or _shared_scale(doc, a, b) > 1  # 'two or three billion'
        return a.unit in (None, b.unit) and shared and a.num.kind == b.num.kind == CARDINAL
    if link == "to" and "by" in before:  # 'rose by 5 to 30': a change and a level, but
        return (  # 'fell by 1 to 1.5 degrees' spans a range: a bare end near the other
            a.unit is None
            and b.unit is not None
            and a.num.kind == b.num.kind == CARDINAL
            and 0 < a.num.value < b.num.value <= 2 * a.num.value
        )
    return a.unit in (None, b.unit)


def _is_score(doc: Doc, a: _Figure, b: _Figure) -> bool:
    """'won 2-1', 'drew 2-2': hyphenated integers that fall or stay level."""
    va, vb = a.num.value, b.num.value
    return (
        _tok(doc, a.end) in _DASHES
        and a.unit is None
        and va == int(va)
        and vb == int(vb)
        and va >= vb
    )


def _shared_scale(doc: Doc, a: _Figure, b: _Figure) -> float:
    """The scale word the second end of a range gives the first, unscaled one: 'four to five
    thousand', 'two or three hundred tanks' (1 when there is none)."""
    if a.num.scaled or _tok(doc, a.num.end - 1) == "hundred":
        return 1.0
    if b.num.scaled:
        return b.num.scale
    if b.num.spelled and _tok(doc, b.num.end - 1) == "hundred" and a.num.value < 10:
        return 100.0
    return 1.0


def _merge_ranges(doc: Doc, figs: list[_Figure]) -> list[_Figure]:
    """'20-30 tanks', '20 to 30', 'between 20 and 30': both ends carry low and high."""
    drop: set[int] = set()
    for n, (a, b) in enumerate(zip(figs, figs[1:], strict=False)):
        if not _is_range_link(doc, a, b):
            continue
        if _is_score(doc, a, b):
            drop.update((n, n + 1))
            continue
        scale = _shared_scale(doc, a, b)
        if scale > 1 and a.num.value * scale <= b.num.value:
            a.num.value *= scale  # 'four to five thousand', '$10 to $15 billion'
        a.unit = b.unit
        a.low = b.low = a.num.value
        a.high = b.high = b.num.value
        b.approximate, b.bound = a.approximate, a.bound if a.bound == "exact" else b.bound
    return [fig for n, fig in enumerate(figs) if n not in drop]


# --- public API -----------------------------------------------------------------------------


def _negate(doc: Doc, fig: _Figure, lo: int) -> None:
    """'minus 40', 'minus-40' give a negative value and the word is part of the text."""
    i = fig.start
    if i - 1 >= lo and _tok(doc, i - 1) in numbers.words()["negation_words"]:
        fig.start = i - 1
    elif (
        i - 2 >= lo
        and _tok(doc, i - 1) in _DASHES
        and _tok(doc, i - 2) in numbers.words()["negation_words"]
    ):
        fig.start = i - 2
    elif fig.num.value < 0 and _tok(doc, i - 1) in numbers.words()["negation_words"]:
        fig.start = i - 1
        return
    else:
        return
    fig.num.value = -abs(fig.num.value)


def _skip_year_range(doc: Doc, num: Numeral) -> int:
    """Index after a year, past a second year or a two-digit year: '2022-2023', '2022-23'."""
    j = num.end
    if _tok(doc, j) in _RANGE_WORDS and j + 1 < len(doc) and doc[j + 1].text.isdigit():
        if len(doc[j + 1].text) == 4 or len(doc[j + 1].text) == 2 and _tok(doc, j) in _DASHES:
            return j + 2  # '2022-2023', '2022-23'; but 'in 2008 to 29 mpg'
    return j


def _figure(doc: Doc, num: Numeral, currency: tuple[str, int] | None, lo: int, hi: int):
    """The numeral as a figure with unit and modifiers, or None when it is no quantity."""
    fig = _Figure(num, num.start, num.end)
    if currency and not num.currency and num.kind == CARDINAL:
        fig.unit, fig.start = currency
    elif num.currency:
        fig.unit = num.currency
        if currency:  # '$US55,931,000': the country code glued to the digits names the dollar
            fig.start = currency[1]
    if not _attach_unit(doc, fig, hi):
        return None
    if _is_lone_one(doc, num) and fig.unit is None and not _starts_range(doc, num.end):
        return None  # 'one said', 'one by one'; but 'one to two years'
    if fig.unit is None and num.kind == CARDINAL:
        fig.unit = (
            _subject_noun(doc, num, lo, hi)
            or _age_apposition(doc, num, hi)
            or _age_predicate(doc, num, lo, hi)
            or _age_of(doc, num)
        )
    _negate(doc, fig, lo)
    _attach_modifiers(doc, fig, lo)
    _attach_change(doc, fig, lo, hi)
    if fig.change is None:
        fig.change = _signed_change(doc, fig)
    return fig


_LEVEL_DEPS = frozenset({"attr", "acomp", "pobj", "dobj", "nsubj", "nsubjpass", "appos"})


def _signed_change(doc: Doc, fig: _Figure) -> str | None:
    """'Dow +0.2%', 'FTSE -0.6%': a percentage written with its sign is a change; a minus
    sign only where no verb or preposition takes the figure as a level ('the rate is -0.5%',
    'temperatures of -5%')."""
    if fig.unit not in ("percent", "percentage point") or fig.num.spelled:
        return None
    sign = doc[fig.num.start].text[:1]
    if sign == "+":
        return "up"
    if sign not in ("-", "−") or not doc[fig.num.start].text[1:2].isdigit():
        return None
    last = doc[fig.end - 1]
    return None if last.dep_ in _LEVEL_DEPS or doc[fig.num.start].dep_ in _LEVEL_DEPS else "down"


def _starts_range(doc: Doc, j: int) -> bool:
    """'to two', 'or 3' at token `j`: a range or alternative goes on."""
    return _tok(doc, j) in ("to", "or") and j + 1 < len(doc) and doc[j + 1].like_num


def _suspended_units(doc: Doc, figs: list[_Figure]) -> None:
    """'four-, five- and six-cylinder engines': a number with a suspended hyphen counts what
    the hyphenated figure that ends its list counts."""
    links = numbers.words()["suspended_links"]
    for n, fig in enumerate(figs):
        if not fig.num.suspended or fig.unit is not None:
            continue
        end = fig.end
        for later in figs[n + 1 :]:
            if any(t.lower_ not in links for t in doc[end : later.start]):
                break
            if not later.num.suspended:
                fig.unit = later.unit
                break
            end = later.end


@lru_cache(maxsize=1)
def _carry_skip() -> frozenset[str]:
    """Units a bare figure never takes from the figure before it: the lexicon's
    `unit_carry_skip`, time units and ages."""
    units = _units()
    time_units = {u["unit"] for u in units["time_units"].values()}
    return frozenset(units["unit_carry_skip"]) | time_units | set(units["age_units"].values())


def _carry_units(doc: Doc, figs: list[_Figure], lo: int) -> None:
    """'2.5 million drones, up from roughly 800,000': a bare figure after 'from', 'to' or
    'than' counts what the previous counted or measured figure counts."""
    units = _units()
    skip, modifiers = _carry_skip(), _modifier_words()
    for n, fig in enumerate(figs):
        if fig.unit is not None or fig.num.kind != CARDINAL or n == 0:
            continue
        i = fig.start - 1
        while i > lo and _tok(doc, i) in modifiers and _tok(doc, i) not in units["unit_carry_cues"]:
            i -= 1  # 'from roughly 800,000', 'to about 300'
        if _tok(doc, i) not in units["unit_carry_cues"]:
            continue
        earlier = [f for f in figs[:n] if f.unit is not None and f.unit not in skip]
        if earlier:
            fig.unit = earlier[-1].unit


def _elided_units(doc: Doc, figs: list[_Figure], lo: int) -> None:
    """'Today we build six', 'far short of the 1,200 that planners want', 'it aims for
    700,000 this year': a bare count that heads its own noun phrase counts the counted noun
    of the nearest earlier figure in the sentence, else in the two sentences before it in
    the same paragraph."""
    for n, fig in enumerate(figs):
        if fig.unit is not None or fig.num.kind != CARDINAL or fig.low is not None:
            continue
        tok = doc[fig.num.end - 1]
        heads_phrase = tok.dep_ in ("dobj", "pobj", "attr", "appos", "conj") or (
            tok.dep_ == "nummod" and _names_no_count(tok.head)
        )  # 'fields five today', 'aims for 700,000 next year'
        if not heads_phrase or _is_lone_one(doc, fig.num):
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ in _units()["not_elided_preps"]:
            continue  # 'rose by 5', 'from 2 to 3': a change or a level of the figure before
        noun = _counted_unit_before(figs[:n]) or _counted_unit_in_paragraph(doc, lo)
        if noun is not None:
            fig.unit = noun


def _is_money(unit: str | None) -> bool:
    return unit is not None and (unit.isupper() or unit in _units()["currency_words"].values())


def _conversion_after(doc: Doc, figs: list[_Figure], n: int) -> str | None:
    """The currency of a sum in brackets right after figure `n` ('2.4 billion zlotys ($600
    million)' -> USD), else None."""
    fig = figs[n]
    if n + 1 >= len(figs) or _tok(doc, fig.end) != "(" or figs[n + 1].start != fig.end + 1:
        return None
    return figs[n + 1].unit if _is_money(figs[n + 1].unit) else None


def _converted_sums(doc: Doc, figs: list[_Figure]) -> None:
    """'2.4 billion zlotys ($600 million) for the tanks and 1.1 billion ($275 million) for
    the rest': a bare figure converted in brackets is a sum in the currency of the earlier
    figure converted the same way."""
    for n, fig in enumerate(figs):
        if fig.unit is not None or fig.num.kind != CARDINAL or fig.low is not None:
            continue
        conversion = _conversion_after(doc, figs, n)
        if conversion is None:
            continue
        for k in range(n - 2, -1, -1):
            earlier = figs[k]
            if _is_money(earlier.unit) and earlier.unit != conversion:
                if _conversion_after(doc, figs, k) == conversion:
                    fig.unit = earlier.unit
                break


def _part_of_units(doc: Doc, figs: list[_Figure]) -> None:
    """'raised 280 million of the 1.5 billion shekels', '400 of the 1,200 tanks': a bare
    figure that is a part of the next figure has its unit."""
    determiners = _units()["partitive_determiners"]
    for fig, whole in zip(figs, figs[1:], strict=False):
        if fig.unit is not None or fig.num.kind != CARDINAL or whole.unit is None:
            continue
        between = [_tok(doc, k) for k in range(fig.end, whole.start)]
        if len(between) == 2 and between[0] == "of" and between[1] in determiners:
            fig.unit = whole.unit


_MIN_REPEATED = 100  # a smaller bare number repeated in an article may count another thing
_MAX_LOOKBACK = 3  # earlier mentions of the same digits looked at


def _repeated_figure_units(doc: Doc, figs: list[_Figure], lo: int) -> None:
    """'... said that the figure of 71,000 did not include ...': a bare figure that repeats,
    in the same digits, a counted figure earlier in the article ('about 71,000 trained
    soldiers') counts what it counts."""
    if lo == 0 or not doc.has_annotation("SENT_START"):
        return
    text = doc_text(doc)
    for fig in figs:
        if fig.unit is not None or fig.num.kind != CARDINAL or fig.low is not None:
            continue
        if fig.num.spelled or fig.num.value < _MIN_REPEATED:
            continue
        digits = doc[fig.num.start : fig.num.end].text
        end = doc[lo].idx
        for _ in range(_MAX_LOOKBACK):
            at = text.rfind(digits, 0, end)
            span = doc.char_span(at, at + len(digits), alignment_mode="expand") if at >= 0 else None
            if span is None:
                break
            sent = span[0].sent
            same = [
                f
                for f in _figures(doc, sent.start, sent.end)
                if f.num.start == span.start and _is_counted_unit(f.unit)
            ]
            if same:
                fig.unit = same[0].unit
                break
            end = at


def _role(tok: Token) -> tuple[str, str] | None:
    """The role of a figure's last token that a parallel figure repeats: the object of a
    preposition ('by', 'at') or the attribute of 'be'."""
    if tok.dep_ == "pobj" and tok.head.pos_ == "ADP":
        return "pobj", tok.head.lower_
    if tok.dep_ == "attr" and tok.head.lemma_ == "be":
        return "attr", "be"
    return None


def _parallel_units(doc: Doc, figs: list[_Figure]) -> None:
    """'rose by 2 percent but fell by 1', 'ended at 1,463 points, while the other ended at
    1,334', 'the highest is 84 cents, the lowest 74.07 ... is': a bare figure in the same role
    as an earlier figure of the sentence, under another word, has its unit."""
    for n, fig in enumerate(figs):
        if fig.unit is not None or fig.num.kind != CARDINAL or fig.low is not None:
            continue
        tok = doc[fig.num.end - 1]
        role = _role(tok)
        if role is None:
            continue
        for earlier in reversed(figs[:n]):
            last = doc[earlier.end - 1]
            if last.dep_ == "nummod" and last.head.i >= earlier.end:
                last = last.head  # '7,463 points': the counted noun heads the phrase
            if earlier.unit is None or earlier.low is not None or _role(last) != role:
                continue
            if last.head.i != tok.head.i and last.sent.start == tok.sent.start:
                fig.unit, fig.per = earlier.unit, fig.per or earlier.per
            break


def _names_no_count(tok: Token) -> bool:
    """'today', 'next year': a word after a figure that is no counted noun."""
    units = _units()
    if tok.lower_ in units["not_counted_nouns"]:
        return True
    return bool(_time_unit(tok.doc, tok.i)) and any(
        c.lower_ in units["not_duration_before"] for c in tok.children
    )


def _is_counted_unit(unit: str | None) -> bool:
    units = _units()
    if unit is None or unit in units["unit_carry_skip"] or _time_unit_info_of(unit):
        return False
    if unit in units["age_units"].values():
        return False  # 'who is 58, said output was 40': an age counts nothing
    return not _is_money(unit)


def _counted_unit_before(figs: list[_Figure]) -> str | None:
    return next((f.unit for f in reversed(figs) if _is_counted_unit(f.unit)), None)


def _counted_unit_in_paragraph(doc: Doc, lo: int) -> str | None:
    """The counted noun of the last counted figure in the two sentences before token `lo`,
    when no paragraph break lies between."""
    if lo == 0:
        return None
    text = doc_text(doc)
    sents = (
        [s for s in doc[:lo].sents if s.end <= lo][-2:] if doc.has_annotation("SENT_START") else []
    )
    for sent in reversed(sents):
        if "\n" in text[sent.start_char : doc[lo].idx]:
            return None
        figs = _merge_ranges(doc, _figures(doc, sent.start, sent.end))
        _carry_units(doc, figs, sent.start)
        noun = _counted_unit_before(figs)
        if noun is not None:
            return noun
    return None


@lru_cache(maxsize=1)
def _measure_units() -> frozenset[str]:
    """Names of units of measure ('yard', 'nanometre'): a noun that is one keeps no compound."""
    units = _units()
    return frozenset(units["abbreviations"].values()) | frozenset(
        units["case_sensitive_abbreviations"].values()
    )


@lru_cache(maxsize=1)
def _starts() -> tuple[frozenset[str], frozenset[str], str]:
    """What a figure can start with: words, lemmas ('doubled', 'halved') and a suffix."""
    lex = numbers.words()
    words = {"a", "an", "per", "half"}
    for key in ("units", "scales", "counts", "multipliers", "articles"):
        words.update(lex[key])
    lemmas = set(lex["multiplier_verbs_only"]) | set(lex["halving_verbs"])
    return frozenset(words), frozenset(lemmas), lex["fold_suffix"]


_MAY_START: dict[tuple[int, int], bool] = {}  # (orth, lemma) -> _may_start's answer
_MAY_START_LIMIT = 200_000  # entries kept before the memo starts over


def _may_start(tok: Token) -> bool:
    """False when neither `read_numeral` nor `_article_duration` can start at `tok`.
    The answer depends on the token's text and lemma only, so it is remembered by them."""
    key = (tok.orth, tok.lemma)
    answer = _MAY_START.get(key)
    if answer is None:
        if len(_MAY_START) >= _MAY_START_LIMIT:
            _MAY_START.clear()
        answer = _MAY_START[key] = _may_start_uncached(tok)
    return answer


def _may_start_uncached(tok: Token) -> bool:
    words, lemmas, fold = _starts()
    low = tok.lower_
    return bool(
        tok.like_num
        or low in words
        or low.endswith("-")
        and low[:-1] in words  # 'four-, five- and six-cylinder'
        or low.endswith(fold)
        or any(c.isdigit() for c in tok.text[:8])
        or tok.lemma_.lower() in lemmas
    )


def _figures(doc: Doc, lo: int, hi: int) -> list[_Figure]:
    figs: list[_Figure] = []
    i = lo
    while i < hi:
        rate = (
            (_rate_period(doc, figs[-1], i, hi) or _rate_denominator(doc, figs[-1], i, hi))
            if figs
            else None
        )
        if rate is not None:
            if len(figs) > 1 and figs[-2].per is None and _aside_between(doc, figs[-2].end, i):
                figs[-2].per = rate[0]  # 'C$6 (US$4.46) per share': both sums are per share
            figs[-1].per, i = rate
            continue
        if not _may_start(doc[i]):
            i += 1
            continue
        currency = currency_before(doc, i, lo)
        num = _article_duration(doc, i, lo) or read_numeral(doc, i, money=currency is not None)
        if num is None or num.end > hi:
            i += 1
            continue
        i = num.end
        if _excluded(doc, num, money=currency is not None):
            if _looks_like_year(num):
                i = _skip_year_range(doc, num)
            continue
        fig = _figure(doc, num, currency, lo, hi)
        if fig is not None:
            figs.append(fig)
            i = max(i, fig.end)
    return figs


def extract_quantities(span: Doc | Span) -> list[Quantity]:
    """The quantities of a parsed Doc or Span, in reading order.

    Offsets index `span.doc.text`, and `doc.text[q.char_start:q.char_end] == q.text`.
    """
    if not isinstance(span, Doc | Span):
        raise TypeError(f"extract_quantities needs a spaCy Doc or Span, got {type(span).__name__}")
    doc = span if isinstance(span, Doc) else span.doc
    lo, hi = (0, len(doc)) if isinstance(span, Doc) else (span.start, span.end)
    figs = _merge_ranges(doc, _figures(doc, lo, hi))
    figs = [f for f in figs if f.unit or f.low is not None or not _is_lone_one(doc, f.num)]
    _suspended_units(doc, figs)
    for a, b in zip(figs, figs[1:], strict=False):
        if a.low is not None and (a.low, a.high) == (b.low, b.high):
            a.per = a.per or b.per  # '40-50 tanks a month': both ends are rates
    _carry_units(doc, figs, lo)
    _part_of_units(doc, figs)
    _converted_sums(doc, figs)
    _elided_units(doc, figs, lo)
    _parallel_units(doc, figs)
    _repeated_figure_units(doc, figs, lo)
    _table_units(doc, figs)
    return [_to_quantity(doc, fig) for fig in figs]


# --- table rows -----------------------------------------------------------------------------


def _cells(line: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a plain-text table line, cells apart by two or more
    spaces or a tab; fewer than `_MIN_CELLS` cells is no table line."""
    if "  " not in line and "\t" not in line:
        return []
    cells = [(m.start(), m.end()) for m in _CELL.finditer(line.replace("\t", "  "))]
    return cells if len(cells) >= _MIN_CELLS else []


def _table_header(text: str, line_start: int, width: int) -> tuple[int, list] | None:
    """(offset, cells) of the header of the table whose row starts at `line_start`: the
    first line of the run of table lines of the same width above it, when it holds no
    digit."""
    header = None
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        cells = _cells(line)
        if len(cells) != width:
            break
        header = (start, cells) if not any(c.isdigit() for c in line) else header
        end = start - 1
    return header


def _header_noun(doc: Doc, start: int, end: int) -> str | None:
    """The plural noun a column header names ('Interceptors held' -> interceptor): a word
    the tagger reads as plural, or a header's first word in a plural's shape ('Launchers in
    service', which a tagger often reads as a name)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    words = [tok for tok in span or () if tok.is_alpha]
    for n, tok in enumerate(words):
        plural_shape = tok.lower_.endswith("s") and not tok.lower_.endswith(_NOT_PLURAL_ENDS)
        if tok.tag_ in ("NNS", "NNPS") or n == 0 and plural_shape and tok.pos_ != "VERB":
            lemma = _units()["irregular_lemmas"].get(tok.lower_, tok.lemma_.lower())
            if lemma == tok.lower_ and plural_shape:
                lemma = _singular(lemma)  # 'Drones'
            return lemma
    return None


def _table_units(doc: Doc, figs: list[_Figure]) -> None:
    """Bare counts in a row of a plain-text table ('Finland   620   1,500   41%') count what
    their column header names ('Interceptors held'); a column whose header names no counted
    noun ('Wartime requirement') counts what the row's other bare columns count."""
    bare = [f for f in figs if f.unit is None and f.num.kind == CARDINAL and f.low is None]
    text = doc_text(doc)
    rows: dict[int, list[_Figure]] = {}
    for fig in bare:
        rows.setdefault(text.rfind("\n", 0, doc[fig.start].idx) + 1, []).append(fig)
    for line_start, row in rows.items():
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        cells = _cells(text[line_start:line_end])
        header = _table_header(text, line_start, len(cells)) if cells else None
        if header is None:
            continue
        header_start, header_cells = header
        placed = []
        for fig in row:
            at = doc[fig.start].idx - line_start
            column = next((k for k, (a, b) in enumerate(cells) if a <= at < b), None)
            if column is not None:
                a, b = header_cells[column]
                fig.unit = _header_noun(doc, header_start + a, header_start + b)
                placed.append(fig)
        row_noun = next((f.unit for f in placed if f.unit is not None), None)
        for fig in placed:
            fig.unit = fig.unit or row_noun


def _to_quantity(doc: Doc, fig: _Figure) -> Quantity:
    start = doc[fig.start].idx
    last = doc[fig.end - 1]
    end = last.idx + len(last.text)
    return Quantity(
        text=doc_text(doc)[start:end],
        value=fig.num.value,
        unit=fig.unit,
        low=fig.low,
        high=fig.high,
        approximate=fig.approximate,
        bound=fig.bound,
        char_start=start,
        char_end=end,
        per=fig.per,
        change=fig.change,
    )


def _time_unit_info(q: Quantity) -> dict | None:
    return _time_unit_info_of(q.unit)


def iso_duration(q: Quantity) -> str | None:
    """ISO 8601 duration of a duration quantity: 3 months -> 'P3M', half a year -> 'P6M'."""
    info = _time_unit_info(q)
    if info is None:
        return None
    template, value = info["iso"], q.value * info.get("iso_factor", 1)
    if value != int(value) and template == "P{n}Y" and (value * 12) == int(value * 12):
        template, value = "P{n}M", value * 12
    if value != int(value) and template == "P{n}W":
        template, value = "P{n}D", value * 7
    text = str(int(value)) if value == int(value) else f"{value:g}"
    return template.format(n=text)


def duration_in_days(q: Quantity) -> float | None:
    """Length of a duration quantity in days (a year is 365, a month 365/12), else None."""
    info = _time_unit_info(q)
    if info is None:
        return None
    days = 365 / 12 if info["unit"] == "month" else info["days"]
    return q.value * days


def _line_text(line: str) -> str:
    stripped = line.strip()
    if stripped.startswith("{"):
        try:
            record = json.loads(stripped)
        except json.JSONDecodeError:
            return stripped
        if isinstance(record, dict) and isinstance(record.get("text"), str):
            return record["text"]
    return stripped


def annotate_lines(lines: Iterable[str], nlp=None, batch_size: int = 64) -> Iterator[dict]:
    """Quantities of each non-blank line (plain text or JSON with a "text" field).

    A text longer than `MAX_PARSE_CHARS` is parsed in pieces (`text_pieces`); the
    offsets index the whole text."""
    if nlp is None:
        from pipeline.nlp.model import load_nlp

        nlp = load_nlp()

    def pieces() -> Iterator[tuple[str, tuple[str, int, bool]]]:
        for line in lines:
            if not line.strip():
                continue
            text = _line_text(line)
            spans = text_pieces(text, MAX_PARSE_CHARS)
            for k, (start, end) in enumerate(spans):
                yield text[start:end], (text, start, k == len(spans) - 1)

    found: list[Quantity] = []
    for doc, (text, offset, last) in nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size):
        for q in extract_quantities(doc):
            if offset:
                q = q.model_copy(
                    update={"char_start": q.char_start + offset, "char_end": q.char_end + offset}
                )
            found.append(q)
        if last:
            yield {"text": text, "quantities": [q.model_dump() for q in found]}
            found = []
