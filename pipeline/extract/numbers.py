"""Reading numerals from spaCy tokens: digits, number words, fractions and multipliers.

`read_numeral(doc, i)` looks at the token at index `i` and, when a numeral starts there,
returns a `Numeral` covering all of its tokens ("1.5 million", "one hundred and fifty",
"a dozen", "two-thirds", "sixfold", "twice"). It knows nothing about units, dates or
context beyond the numeral itself; `pipeline.extract.quantities` decides what the numeral counts.
The words come from `models/lexicons/numbers.json`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from pipeline.nlp.model import doc_text, token_lowers
from pipeline.resources import lexicon

CARDINAL = "cardinal"
MULTIPLIER = "multiplier"
FRACTION = "fraction"


@dataclass
class Numeral:
    """A number read from tokens `start`..`end` (exclusive) of a Doc."""

    start: int
    end: int
    value: float
    kind: str = CARDINAL
    unit: str | None = None
    currency: str | None = None
    spelled: bool = False
    scaled: bool = False
    plain_integer: bool = False
    scale: float = 1.0
    glued_unit: str | None = None
    approximate: bool = False  # a mark glued before the digits: '~40'
    suspended: bool = False  # 'four-' in 'four-, five- and six-cylinder': the unit comes later
    slash_fraction: bool = False  # '1/2', '1⁄16': a proper fraction written with a slash


def words() -> dict:
    return lexicon("numbers")


@lru_cache(maxsize=1)
def _digits_re() -> re.Pattern[str]:
    units = lexicon("units")
    symbols = {**units["currency_symbols"], **units["transliterated_currency_symbols"]}
    prefix = "|".join(re.escape(s) for s in sorted(symbols, key=len, reverse=True))
    return re.compile(
        rf"^(?P<cur>{prefix})?(?P<sign>[-−+])?"
        r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
        r"(?P<mag>[A-Za-z/]+\d?|[″′])?(?P<pct>%)?$"
    )


_SHARED_KEY = "shared_currency_places"
_DOTTED_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}(?=\D|$)")
_ONE_DOTTED_GROUP = re.compile(r"[1-9]\d{0,2}\.\d{3}")
_SPACED_GROUPS = re.compile(r"\d{1,3}(?: \d{3})+")
_SLASH_FRACTION = re.compile(r"(\d{1,3})[/⁄](\d{1,3})")


def _no_space_before(doc: Doc, i: int) -> bool:
    return i > 0 and not doc[i - 1].whitespace_


@dataclass
class Digits:
    """One digit token taken apart: '$2.3bn' -> 2.3e9 USD; '10kW' -> 10 kilowatt."""

    value: float
    currency: str | None = None
    scale: float = 1.0
    unit: str | None = None
    approximate: bool = False


def parse_digits(
    text: str, money: bool = False, counted: bool = False, grouped: bool | None = None
) -> Digits | None:
    """Parse one digit token: '1,200', '3.5', '$6', '2.3bn', '300k', '12%', '10kW'.

    None when the token is not a plain figure ('22nd', '1990s', '7.62x39'). `money`: a
    currency is written next to it; `counted`: a noun follows, so a glued 'm' is million.
    `grouped`: one dot before exactly three digits groups thousands ('300.000 soldiers',
    '€200.000 each'); by default when a counted noun follows.
    """
    sign = 1
    marked = text[:1] in words()["approximation_marks"] and text[1:2].isdigit()
    text = text[1:] if marked else text  # '~1.2', '≈40'
    for prefix, prefix_sign in words()["glued_prefixes"].items():
        if text.lower().startswith(prefix) and text[len(prefix) : len(prefix) + 1].isdigit():
            text, sign = text[len(prefix) :], prefix_sign
            break
    for space in words()["digit_group_spaces"]:
        if space in text and _SPACED_GROUPS.fullmatch(text.replace(space, " ")):
            text = text.replace(space, "")  # '2\u00a0000' in one token
    m = _digits_re().match(text)
    if not m:
        m = _DOTTED_GROUPS.match(text)
        if not m:
            return None
        text = text.replace(".", "")  # '1.400.000': dots group thousands
        m = _digits_re().match(text)
        if not m:
            return None
    units = lexicon("units")
    number = m["num"]
    thousands = counted if grouped is None else grouped
    if thousands and not m["mag"] and _ONE_DOTTED_GROUP.fullmatch(number):
        number = number.replace(".", "")  # '300.000 soldiers': a thousands group, no decimals
    out = Digits(sign * float(number.replace(",", "")), approximate=marked)
    if m["sign"] == "-" or m["sign"] == "−":
        out.value = -out.value
    if m["cur"] in units["transliterated_currency_symbols"]:
        if not (money or m["mag"] or "," in number or "." in number or len(number) >= 3):
            return None  # 'PS5' is no sum in pounds; 'PS6m', 'Y=50 billion' are
        out.currency = units["transliterated_currency_symbols"][m["cur"]]
    elif m["cur"]:
        out.currency = units["currency_symbols"][m["cur"]]
    if m["pct"]:
        out.unit = "percent"
    if m["mag"]:
        mag = m["mag"].lower()
        mags = words()["magnitudes"]
        money_scale = money or out.currency or counted and m["mag"] in ("m", "M")
        exact = units["case_sensitive_abbreviations"].get(m["mag"])
        if exact is not None and not m["pct"]:
            out.unit = exact  # '450Nm' is newton metres, '5W' watts
        elif mag in mags and (mag not in words()["currency_only_magnitudes"] or money_scale):
            out.scale = float(mags[mag])
            out.value *= out.scale
        elif mag in units["abbreviations"] and not m["pct"] and (len(mag) > 1 or m["mag"] == mag):
            out.unit = units["abbreviations"][mag]
        else:
            return None
    return out


def _lower(doc: Doc, i: int) -> str:
    lowers = token_lowers(doc)
    return lowers[i] if i < len(lowers) else ""


def _counted_after(doc: Doc, i: int) -> bool:
    """A counted noun follows: '2m shells', '2.7m combined sales', '35m of its devices'."""
    if i >= len(doc):
        return False
    tok = doc[i]
    if tok.lower_ == "of":
        return _lower(doc, i + 1) in lexicon("units")["partitive_determiners"]
    if tok.tag_ == "VBN" and tok.dep_ == "amod":
        return True
    return tok.pos_ in ("NOUN", "ADJ") and tok.tag_ != "NN"


def _hyphen_before_scale(doc: Doc, i: int) -> bool:
    """A hyphen glued between digits and a scale word ('4-million'; not 'hundred')."""
    return (
        0 < i < len(doc) - 1
        and doc[i].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and doc[i + 1].lower_ in words()["scales"]
        and doc[i + 1].lower_ != "hundred"
    )


def _read_scale(doc: Doc, i: int, money: bool) -> tuple[float, int] | None:
    """Magnitude words after digits ('million', 'hundred million', 'bn'): (factor, next index)."""
    factor, j = 1.0, i
    mags = {**words()["magnitudes"], **words()["scales"]}
    if _hyphen_before_scale(doc, i):
        j = i + 1  # '4-million-a-year', '2-billion-dollar': a scale joined by a hyphen
    while j < len(doc):
        word = doc[j].lower_.rstrip(".") if len(doc[j]) > 1 else doc[j].lower_
        if word not in mags:
            break
        glued = not doc[j - 1].whitespace_
        if word in words()["currency_only_magnitudes"] and not (
            money or glued and _counted_after(doc, j + 1)
        ):
            break
        if len(word) <= 3 and not glued and not money:
            break  # '40 m' is forty metres
        factor *= mags[word]
        j += 1
    return (factor, j) if j > i else None


def _spaced_groups(doc: Doc, i: int) -> int:
    """Index after '2 000' / '1 250 000' read from token `i`: groups of exactly three digits
    after a space; `i + 1` when the number has no such groups."""
    end = i + 1
    if not (doc[i].is_digit and len(doc[i].text) <= 3) or not doc[i].whitespace_ == " ":
        return end
    while (
        end < len(doc)
        and doc[end].is_digit
        and len(doc[end].text) == 3
        and doc[end - 1].whitespace_ == " "
    ):
        end += 1
    if end < len(doc) and doc[end].like_num and doc[end - 1].whitespace_ == " ":
        return i + 1  # '1 250 20': no grouping
    return end


def _read_digits(doc: Doc, i: int, money: bool) -> Numeral | None:
    grouped = _spaced_groups(doc, i)
    if grouped > i + 1:
        text = "".join(t.text for t in doc[i:grouped])
        digits = parse_digits(text, money, _counted_after(doc, grouped))
        if digits is not None:
            return _scaled(doc, i, grouped, digits, money, plain=True)
    counted = _counted_after(doc, i + 1)
    nxt = _lower(doc, i + 1).rstrip(".")
    scale_after = nxt in words()["magnitudes"] or nxt in words()["scales"]
    priced = (money or doc[i].text[:1] in lexicon("units")["currency_symbols"]) and not scale_after
    text, code = _dollar_country(doc, i)
    digits = parse_digits(text, money, counted, grouped=counted or priced)
    if digits is None and scale_after:
        digits = parse_digits(text, True, counted, grouped=counted or priced)  # 'Y=50 billion'
        if digits is not None and digits.currency is None:
            digits = None
    if digits is None:
        return None
    digits.currency = code or digits.currency
    return _scaled(doc, i, i + 1, digits, money, plain=doc[i].text.isdigit())


def _dollar_country(doc: Doc, i: int) -> tuple[str, str | None]:
    """'$US55,931,000', '$A82m': the tokenizer splits off '$' and leaves the country glued to
    the digits; (the token's digits, the currency) then, else (the token, None)."""
    text = doc[i].text
    if i == 0 or doc[i - 1].text != "$" or doc[i - 1].whitespace_:
        return text, None
    prefixes = lexicon("units")["dollar_prefixes"]
    for prefix in sorted(prefixes, key=len, reverse=True):
        if text.startswith(prefix) and text[len(prefix) : len(prefix) + 1].isdigit():
            return text[len(prefix) :], prefixes[prefix]
    return text, None


def _scaled(doc: Doc, i: int, end: int, digits: Digits, money: bool, plain: bool) -> Numeral:
    """The numeral of tokens `i`..`end`, with a magnitude word after it ('1.5 million')."""
    scale = None if digits.unit else _read_scale(doc, end, money or bool(digits.currency))
    if scale:
        digits.value *= scale[0]
        digits.scale *= scale[0]
        end = scale[1]
    num = Numeral(i, end, digits.value, currency=digits.currency, scaled=digits.scale != 1)
    num.scale = digits.scale
    num.approximate = digits.approximate
    num.plain_integer = not num.scaled and not digits.currency and plain
    if digits.unit == "percent":
        num.unit = "percent"
    else:
        num.glued_unit = digits.unit
    return num


def _is_number_word(word: str) -> bool:
    lex = words()
    return word in lex["units"] or word in lex["scales"] or word in lex["counts"]


def _read_words(doc: Doc, i: int) -> Numeral | None:
    """'three', 'twenty-five', 'one hundred and fifty', 'a dozen', 'half a million'."""
    lex = words()
    first = doc[i].lower_
    j = i
    if first in ("a", "an"):
        nxt = _lower(doc, i + 1)
        if nxt not in lex["scales"] and nxt not in lex["counts"]:
            return None
        j = i + 1
    elif first == "half" and _lower(doc, i + 1) in ("a", "an"):
        nxt = _lower(doc, i + 2)
        if nxt in lex["scales"] and nxt != "hundred":
            scale = lex["scales"][nxt]
            return Numeral(i, i + 3, 0.5 * scale, spelled=True, scaled=True, scale=scale)
        return None
    elif not _is_number_word(first) or first in lex["scales"] or first in lex["counts"]:
        return None
    total, current, end, scaled, scale = 0.0, 0.0, j, False, 1.0
    while j < len(doc):
        word = doc[j].lower_
        if word in lex["units"]:
            value, rest = lex["units"][word], current % 100
            if rest and not (rest % 10 == 0 and rest >= 20 and value < 10):
                break  # 'two three' is not one number
            current += value
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in lex["counts"]:
            current = max(current, 1) * lex["counts"][word]
        elif word in lex["scales"]:
            total += max(current, 1) * lex["scales"][word]
            current, scaled, scale = 0.0, True, lex["scales"][word]
        elif (
            word == "-"
            and j > i
            and not doc[j - 1].whitespace_
            and _is_number_word(_lower(doc, j + 1))
        ):
            j += 1
            continue
        elif (
            word == "and"
            and end > i
            and _lower(doc, j + 1) in lex["units"]
            and (_lower(doc, j - 1) in lex["scales"])
        ):
            j += 1
            continue
        else:
            break
        j += 1
        end = j
    if end == i or (first in ("a", "an") and end == i + 1):
        return None
    return Numeral(i, end, total + current, spelled=True, scaled=scaled, scale=scale)


def _and_a_half(doc: Doc, num: Numeral) -> Numeral:
    """'two and a half' -> 2.5."""
    tail = words()["and_a_half"]
    if [_lower(doc, num.end + k) for k in range(len(tail))] == tail:
        num.value += 0.5
        num.end += len(tail)
        num.plain_integer = False
    return num


def _read_fraction(doc: Doc, i: int) -> Numeral | None:
    """'a third', 'two-thirds', 'three quarters of', 'half of'."""
    lex = words()
    fractions = lex["fractions"]
    tok = doc[i]
    if tok.lemma_.lower() in lex["halving_verbs"]:
        return Numeral(i, i + 1, 50.0, FRACTION, "percent", spelled=True)
    if tok.lower_ == "half":
        return _read_half(doc, i)
    if tok.lower_ in lex["articles"]:
        numerator, j = 1.0, i + 1
    elif tok.lower_ in lex["units"]:
        numerator, j = float(lex["units"][tok.lower_]), i + 1
    else:
        return None
    if _lower(doc, j) == "-" and not doc[j - 1].whitespace_:
        j += 1
    if j >= len(doc):
        return None
    denom_word = doc[j].lower_.rstrip("s") if doc[j].lower_ != "halves" else "half"
    if denom_word not in fractions or denom_word == "half" and numerator != 1:
        return None
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    if denom_word in lex["fraction_needs_of"]:
        if nxt is None or nxt.lower_ != "of":
            return None
    elif nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or nxt.text == "-"):
        return None  # 'a third time', 'a third-party': ordinal
    denominator, unit = fractions[denom_word]
    value = numerator / denominator
    if unit == "percent":
        value *= 100
    value = round(value, words()["fraction_decimals"])  # 'a third' is 0.333 times
    return Numeral(i, j + 1, value, FRACTION, unit, spelled=True)


def _read_half(doc: Doc, i: int) -> Numeral | None:
    prev = doc[i - 1].lower_ if i > 0 else ""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if prev in words()["half_not_after"] or (i > 0 and not doc[i - 1].whitespace_):
        return None
    if (
        nxt is not None
        and nxt.lower_ in words()["articles"]
        and _lower(doc, i + 2) in lexicon("units")["time_units"]
    ):
        return Numeral(i, i + 2, 0.5, spelled=True)  # 'half a year'
    if nxt is not None and (nxt.text == "-" or nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")):
        return None  # 'half-staff', 'half time'
    return Numeral(i, i + 1, 50.0, FRACTION, "percent", spelled=True)


def _read_multiplier(doc: Doc, i: int) -> Numeral | None:
    """'twice', 'doubled', 'sixfold', '6-fold'."""
    lex = words()
    tok = doc[i]
    lemma = tok.lemma_.lower()
    word = tok.lower_
    if word in lex["multipliers"] and word not in lex["multiplier_verbs_only"]:
        return Numeral(i, i + 1, float(lex["multipliers"][word]), MULTIPLIER, "times", spelled=True)
    if lemma in lex["multiplier_verbs_only"]:
        nxt = _lower(doc, i + 1)
        if tok.pos_ == "VERB" or nxt in ("the", "its", "their", "that", "what"):
            value = float(lex["multipliers"][lemma])
            return Numeral(i, i + 1, value, MULTIPLIER, "times", spelled=True)
        return None
    suffix = lex["fold_suffix"]
    if word.endswith(suffix) and len(word) > len(suffix):
        stem = word[: -len(suffix)].rstrip("-")
        value = lex["units"].get(stem)
        if value is None and stem.isdigit():
            value = int(stem)
        if value is not None:
            return Numeral(i, i + 1, float(value), MULTIPLIER, "times", spelled=not stem.isdigit())
    return None


def _fold(doc: Doc, num: Numeral) -> Numeral:
    """'six-fold', '6 fold' after a cardinal make it a multiplier."""
    j = num.end
    if _lower(doc, j) == "-" and not doc[j - 1].whitespace_:
        j += 1
    if _lower(doc, j) == words()["fold_suffix"]:
        num.end, num.kind, num.unit, num.plain_integer = j + 1, MULTIPLIER, "times", False
    return num


def _read_suspended(doc: Doc, i: int) -> Numeral | None:
    """'four-' and '7-' in 'four-, five- and six-cylinder engines', 'a 7- or 8-inch screen':
    a number with a suspended hyphen before a comma or a conjunction."""
    text = doc[i].text
    if len(text) < 2 or not text.endswith("-"):
        return None
    if _lower(doc, i + 1) not in words()["suspended_links"]:
        return None
    stem = text[:-1]
    if stem.isdigit():
        return Numeral(i, i + 1, float(stem), plain_integer=True, suspended=True)
    value = words()["units"].get(stem.lower())
    return Numeral(i, i + 1, float(value), spelled=True, suspended=True) if value else None


def read_numeral(doc: Doc, i: int, money: bool = False) -> Numeral | None:
    """The numeral starting at token `i`, or None. `money`: a currency symbol precedes."""
    tok: Token = doc[i]
    fraction = _SLASH_FRACTION.fullmatch(tok.text)
    if fraction is not None and 0 < int(fraction[1]) < int(fraction[2]):
        value = int(fraction[1]) / int(fraction[2])  # '1/2 pound'; '24/7' is none
        return Numeral(i, i + 1, value, slash_fraction=True)
    if tok.text.endswith("-"):
        suspended = _read_suspended(doc, i)
        if suspended is not None:
            return suspended
    if tok.like_num or any(c.isdigit() for c in tok.text[:8]):
        num = _read_digits(doc, i, money)
        if num is not None:
            return _fold(doc, num)
    num = _read_multiplier(doc, i) or _read_fraction(doc, i)
    if num is not None:
        return num
    num = _read_words(doc, i)
    if num is not None:
        return _fold(doc, _and_a_half(doc, num))
    return None


def currency_before(doc: Doc, i: int, lo: int) -> tuple[str, int] | None:
    """A currency symbol or code just before token `i`: (ISO code, first token index)."""
    if i - 1 < lo:
        return None
    units = lexicon("units")
    shared = units["shared_currency_symbols"].get(doc[i - 1].text)
    if shared is not None:  # 'Rs 442 billion': the rupee of the country the text names
        code = _named_country_currency(doc, shared, doc[i - 1].idx)
        return (code, i - 1) if code else None
    code = units["currency_symbols"].get(doc[i - 1].text)
    if code is None:
        return None
    first = i - 1
    prefix = lexicon("units")["dollar_prefixes"].get(doc[i - 2].text) if i - 2 >= lo else None
    if doc[i - 1].text == "$" and prefix:
        code, first = prefix, i - 2
    return code, first


def _shared_name(doc: Doc, k: int) -> str | None:
    """The currency name several states share that token `k` is ('dinars' -> 'dinar')."""
    if k >= len(doc):
        return None
    units = lexicon("units")
    for word in (doc[k].lemma_.lower(), _lower(doc, k)):
        word = units["shared_currency_forms"].get(word, word)
        if word in units["shared_currency_words"]:
            return word
    return None


def _named_country_currency(doc: Doc, name: str, at: int) -> str | None:
    """The currency that shared name `name` is at character `at`: that of the state named
    last before it in the text (its name, adjective or capital: 'Tunisia', 'Algerian'),
    else first after it, else the name's default (None: no currency, a museum's
    'crowns')."""
    table = lexicon("units")["shared_currency_words"][name]
    places = doc.user_data.setdefault(_SHARED_KEY, {})
    found = places.get(name)
    if found is None:
        countries = table["countries"]
        pattern = r"\b(" + "|".join(re.escape(c) for c in countries) + r")\b"
        text = doc_text(doc)
        found = [(m.start(), countries[m[1].lower()]) for m in re.finditer(pattern, text, re.I)]
        places[name] = found
    before = [code for start, code in found if start < at]
    after = [code for start, code in found if start >= at]
    return before[-1] if before else after[0] if after else table["default"]


def _shared_currency(doc: Doc, j: int) -> tuple[str | None, int] | None:
    """A currency name several states share, right after the numeral ending at `j` or
    after the adjective of one of its states ('Tunisian dinars', 'Sri Lankan rupees',
    'Danish crowns'): (ISO code or None for no currency, index after it); None when
    there is no such name."""
    countries_of = lexicon("units")["shared_currency_words"]
    for width in (0, 1, 2):
        name = _shared_name(doc, j + width)
        if name is None:
            continue
        state = " ".join(_lower(doc, j + n) for n in range(width))
        if width and state not in countries_of[name]["countries"]:
            continue
        code = (
            countries_of[name]["countries"][state]
            if width
            else _named_country_currency(doc, name, doc[j].idx)
        )
        return code, j + width + 1
    return None


def currency_after(doc: Doc, j: int) -> tuple[str, int] | None:
    """A currency word or code after the numeral: (ISO code, index after it)."""
    shared = _shared_currency(doc, j)
    if shared is not None:
        return (shared[0], shared[1]) if shared[0] else None
    units = lexicon("units")
    adjectives = units["currency_adjectives"]
    code_from_adj, k = None, j
    for width in (2, 1):
        phrase = " ".join(_lower(doc, j + n) for n in range(width))
        if phrase in adjectives and j + width < len(doc):
            code_from_adj, k = adjectives[phrase], j + width
            break
    if k >= len(doc):
        return None
    tok = doc[k]
    lemma = tok.lemma_.lower()
    if tok.text in units["currency_symbols"] and tok.text.isupper() and len(tok.text) == 3:
        return units["currency_symbols"][tok.text], k + 1
    if (
        k == j
        and tok.text in units["currency_symbols"]
        and not tok.text[:1].isalnum()
        and not _lower(doc, k + 1)[:1].isdigit()
    ):
        return units["currency_symbols"][tok.text], k + 1  # '1,200€', '35 €': symbol after
    if lemma in units["pound_words"]:
        after = _lower(doc, k + 1)
        if after not in units["pound_money_cues"] and code_from_adj != "GBP":
            return None  # '500 pounds' of explosives is a weight
        return units["pound_words"][lemma], k + (2 if after == "sterling" else 1)
    word = lemma if lemma in units["currency_words"] else tok.lower_
    if word not in units["currency_words"]:
        return None
    code = units["currency_words"][word]
    if word == "dollar" and code_from_adj:
        code = code_from_adj
    elif code_from_adj and word not in ("dollar",):
        code = units["currency_words"][word]
    return code, k + 1
