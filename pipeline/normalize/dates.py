"""Time expressions: the dates and calendar periods a sentence names, as ISO values.

`time_expressions(text, start, end, published)` finds "on November 17", "in March 2024",
"last year", "by 2027", "the third quarter of last year", "yesterday", "on Tuesday" or
"three years ago" in `text[start:end]` and resolves each against the article's
publication date. Words live in `models/lexicons/time.json`; the patterns are compiled
from it once per process.

Rules:

- Values are ISO 8601: YYYY-MM-DD (day), YYYY-MM (month), YYYY-Qn (quarter), YYYY (year).
  The text of an expression includes its preposition and modifiers ("by the end of 2027").
- The relation comes from the preposition: by/before give `by`; since/from/after give
  `since`; until/through give `until`; anything else `at`. In "from 2022 to 2025" and
  "between March and June" the second date is `until`; in "in 2022 and 2023" the second
  date ("2023") shares the first one's relation.
- A date without a year ("November 17", "in March", "the first quarter", "on Tuesday")
  lies on the side of the publication date given by the nearest tense cue before it in
  the sentence (else the nearest after it): a future cue ("will", "plans", "scheduled")
  picks the first such date on or after publication, a past cue ("said", "was", a verb in
  -ed) the most recent one on or before it. With no cue, "by" and "until" point forward
  and everything else back, since news mostly reports past events; "since" always points
  back. "last"/"next" before a month or weekday pick the one strictly before/after the
  publication date; "this" keeps the publication year. A relative year after a month or
  day ("December next year", "November 17 last year") shifts the publication year.
- "last/this/next year|month|quarter" shift the publication year, month or quarter, and
  "N years|months|days ago" count back from it. "the past year", "the last five years",
  "over the next year", "in three months" and "within two years" are durations and are
  not returned. Weeks ("last week") are not returned: a record has no week granularity.
- A four-digit number is a year only from 1900 to 2100, beside a month or quarter, or
  after a preposition or modifier ("in 2024", "by the end of 2027", "mid-2025"); not when
  a plural noun or a measure word follows it ("in 2000 tests") or it is a difference
  ("rose by 2000"). Bare years ("the 2024 budget") are not returned.
- `relative` is true when the value needs the publication date. Without one, relative
  expressions keep their text, offsets and granularity with value None; absolute ones
  still resolve.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from pipeline.records import TimeExpression
from pipeline.resources import lexicon

_PREFIX_WINDOW = 60  # characters searched before a date for its preposition and modifiers
_LEAP_SEARCH = 8  # years tried to place February 29 without a year
_WORD = re.compile(r"[A-Za-z\u2019']+")
_NEXT_WORD = re.compile(r"\s+([A-Za-z][A-Za-z\u2019'-]*)")
_THE_BEFORE = re.compile(r"(?i:(?<![\w-])the\s+)\Z")

# how a date without a year is placed against the publication date
_ON_OR_BEFORE, _BEFORE, _ON_OR_AFTER, _AFTER, _SAME_YEAR = range(5)


def _longest_first(forms: Iterable[str]) -> list[str]:
    return sorted(forms, key=lambda w: (-len(w), w))


@dataclass(frozen=True)
class _Grammar:
    """The lexicon and the patterns compiled from it."""

    lex: dict
    months: dict[str, int]
    cores: tuple[tuple[str, re.Pattern[str]], ...]
    prefix: re.Pattern[str]
    prefix_rel: re.Pattern[str]


@cache
def _grammar() -> _Grammar:
    lex = lexicon("time")
    months = {k.capitalize(): v for k, v in lex["months"].items()}
    months.update({k.capitalize(): v for k, v in lex["month_abbreviations"].items()})

    def alt(words: Iterable[str], capitalise: bool = False) -> str:
        forms = {w.capitalize() if capitalise else w for w in words}
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _longest_first(forms))

    full = alt(lex["months"], capitalise=True)
    any_month = alt(list(lex["months"]) + list(lex["month_abbreviations"]), capitalise=True)
    ordinal = alt(lex["ordinal_suffixes"])
    rels = alt(lex["relative_words"])
    rels_the = alt(list(lex["relative_words"]) + list(lex["anaphoric_words"]))
    opener = r"(?<![^\s(\[\"'\u201c\u2018-])"  # start, space, bracket, quote or hyphen
    year = rf"{opener}(?P<y>\d{{4}})(?![\w%]|[.,:/\-\u2013]\d)"
    year_part = rf"(?:(?P<yp>,?\s+{year})|(?i:\s+(?P<r>{rels})\s+year(?![\w-])))"
    day = rf"(?:(?P<d>\d{{1,2}})(?:{ordinal})?)(?![\w%]|[.,:/]\d)"
    quarter = rf"{re.escape(lex['quarter_word'])}"
    cores = (
        ("mdy", rf"(?<!\w)(?P<m>{any_month})(?![A-Za-z])\s+{day}{year_part}?"),
        ("dmy", rf"{opener}{day}\s+(?:of\s+)?(?P<m>{any_month})(?![A-Za-z]){year_part}?"),
        ("my", rf"(?<!\w)(?P<m>{any_month})(?![A-Za-z])(?:\s+of)?{year_part}"),
        ("month", rf"(?<!\w)(?P<m>{full})(?![A-Za-z])"),
        ("year", year),
        (
            "quarter",
            rf"(?i:(?<![\w-])(?:the\s+)?(?P<q>{alt(lex['quarters'])})[\s-]+{quarter}(?![\w-]))"
            rf"(?:(?i:\s+of\s+)(?:{year}|(?i:(?P<r>{rels_the})\s+year(?![\w-]))))?",
        ),
        (
            "qabbr",
            rf"(?<![\w-]){re.escape(lex['quarter_prefix'])}(?P<q>[1-4])(?![\w-])"
            rf"(?P<yp>,?\s+{year})?",
        ),
        (
            "relative",
            rf"(?i:(?<![\w-])(?P<r>{rels_the})\s+(?P<u>{alt(lex['relative_units'])})(?![\w-]))",
        ),
        ("weekday", rf"(?<!\w)(?P<w>{alt(lex['weekdays'], capitalise=True)})(?![A-Za-z])"),
        ("deictic", rf"(?i:(?<![\w-])(?P<x>{alt(lex['deictic_days'])})(?![\w-]))"),
        (
            "ago",
            rf"(?i:(?<![\w-])(?P<n>\d{{1,2}}|{alt(lex['ago_counts'])})\s+"
            rf"(?P<u>{alt(lex['ago_units'])})\s+{re.escape(lex['ago_word'])}(?![\w-]))",
        ),
    )
    preps = alt({*lex["relations"], *lex["range_connectors"], *lex["coordinators"]})
    mods = alt(lex["modifiers"])
    head = rf"(?:(?<![\w-])(?P<prep>{preps})\s+)?(?:(?<![\w-])(?P<mod>{mods})(?:\s+|-))?"
    return _Grammar(
        lex=lex,
        months=months,
        cores=tuple((kind, re.compile(pattern)) for kind, pattern in cores),
        prefix=re.compile(rf"(?i:{head})\Z"),
        prefix_rel=re.compile(rf"(?i:{head}(?:(?<![\w-])(?P<rel>{rels})\s+)?)\Z"),
    )


@dataclass
class _Hit:
    """A date's core (no preposition) found in the text, before it is accepted."""

    kind: str
    start: int
    end: int
    match: re.Match[str]
    year: str | None  # the year's digits as written, when the core has one


@dataclass
class _Prefix:
    start: int
    prep: str | None
    mod: str | None
    rel: str | None
    after_prep: int  # where the words after the preposition begin
    linked: bool = False  # 'and 2023' right after 'in 2022': a date by coordination


@dataclass
class _Kept:
    """The expression accepted just before: what a range or coordination links to."""

    word: str | None  # its preposition
    relation: str
    end: int


def _key(word: str | None) -> str | None:
    return " ".join(word.lower().split()) if word else None


def _hits(g: _Grammar, text: str, start: int, end: int) -> list[_Hit]:
    hits = [
        _Hit(kind, m.start(), m.end(), m, m.groupdict().get("y"))
        for kind, pattern in g.cores
        for m in pattern.finditer(text, start, end)
    ]
    return sorted(hits, key=lambda h: (h.start, -h.end))


def _prefix(g: _Grammar, text: str, lo: int, hit: _Hit) -> _Prefix:
    pattern = g.prefix_rel if hit.kind in ("month", "weekday") else g.prefix
    m = pattern.search(text, max(lo, hit.start - _PREFIX_WINDOW), hit.start)
    if m is None:  # cannot happen: every part is optional
        return _Prefix(hit.start, None, None, None, hit.start)
    rel = m.groupdict().get("rel")
    after_prep = m.start("mod") if m.group("mod") else m.start("rel") if rel else hit.start
    return _Prefix(m.start(), _key(m.group("prep")), _key(m.group("mod")), _key(rel), after_prep)


# --- checks ---------------------------------------------------------------------------------


def _year_value(g: _Grammar, digits: str | None) -> int | None:
    if digits is None:
        return None
    low, high = g.lex["year_range"]
    value = int(digits)
    return value if low <= value <= high else None


def _year_is_count(g: _Grammar, text: str, year_end: int, end: int) -> bool:
    """'in 2000 tests', 'by 2000 percent': the number counts the word after it."""
    m = _NEXT_WORD.match(text, year_end, end)
    if m is None:
        return False
    word = m.group(1)
    if word[0].isupper():
        return False
    word = word.lower()
    if word in g.lex["not_after_year"]:
        return True
    return word.endswith("s") and not word.endswith("ss") and word not in g.lex["plural_exceptions"]


def _is_difference(g: _Grammar, text: str, lo: int, prep_start: int) -> bool:
    """'rose by 2000': the word before 'by' is a change verb."""
    words = _WORD.findall(text, lo, prep_start)
    return bool(words) and words[-1].lower() in g.lex["change_words"]


def _valid_day(year: int | None, month: int, day: int) -> bool:
    try:
        date(2000 if year is None else year, month, day)  # 2000 is a leap year
    except ValueError:
        return False
    return True


# --- tense ----------------------------------------------------------------------------------


def _tense_of(g: _Grammar, word: str) -> int:
    low = word.lower()
    lex = g.lex
    if low in lex["future_cues"] or any(low.endswith(s) for s in lex["future_suffixes"]):
        return 1
    if low in lex["past_cues"]:
        return -1
    if (
        word.islower()
        and low.endswith(lex["past_suffix"])
        and len(low) >= lex["past_suffix_min_length"]
        and low not in lex["not_past_words"]
    ):
        return -1
    return 0


def _tense(g: _Grammar, text: str, start: int, end: int, before: int, after: int) -> int:
    """+1 future, -1 past, 0 unknown: the nearest cue before the date, else after it."""
    for word in reversed(_WORD.findall(text, start, before)):
        if tense := _tense_of(g, word):
            return tense
    for word in _WORD.findall(text, after, end):
        if tense := _tense_of(g, word):
            return tense
    return 0


# --- resolution -----------------------------------------------------------------------------


@dataclass
class _Context:
    pub: date | None
    placement: int  # one of _ON_OR_BEFORE ... _SAME_YEAR


def _year_for(ctx: _Context, key: tuple[int, ...], pub_key: tuple[int, ...]) -> int:
    """Year of a yearless date whose position in its year is `key`."""
    assert ctx.pub is not None
    year = ctx.pub.year
    placement = ctx.placement
    if placement == _ON_OR_BEFORE:
        return year if key <= pub_key else year - 1
    if placement == _BEFORE:
        return year if key < pub_key else year - 1
    if placement == _ON_OR_AFTER:
        return year if key >= pub_key else year + 1
    if placement == _AFTER:
        return year if key > pub_key else year + 1
    return year


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def _quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def _day_value(ctx: _Context, year: int | None, month: int, day: int) -> str | None:
    if year is None:
        if ctx.pub is None:
            return None
        year = _year_for(ctx, (month, day), (ctx.pub.month, ctx.pub.day))
        step = 1 if ctx.placement in (_ON_OR_AFTER, _AFTER) else -1
        for _ in range(_LEAP_SEARCH):
            if _valid_day(year, month, day):
                break
            year += step
    return date(year, month, day).isoformat()


def _month_value(ctx: _Context, year: int | None, month: int) -> str | None:
    if year is None:
        if ctx.pub is None:
            return None
        year = _year_for(ctx, (month,), (ctx.pub.month,))
    return f"{year:04d}-{month:02d}"


def _quarter_value(ctx: _Context, year: int | None, quarter: int) -> str | None:
    if year is None:
        if ctx.pub is None:
            return None
        year = _year_for(ctx, (quarter,), (_quarter_of(ctx.pub),))
    return f"{year:04d}-Q{quarter}"


def _relative_value(pub: date | None, unit: str, shift: int) -> str | None:
    if pub is None:
        return None
    if unit == "year":
        return f"{pub.year + shift:04d}"
    if unit == "month":
        year, month = _shift_month(pub.year, pub.month, shift)
        return f"{year:04d}-{month:02d}"
    index = pub.year * 4 + _quarter_of(pub) - 1 + shift
    return f"{index // 4:04d}-Q{index % 4 + 1}"


def _weekday_value(ctx: _Context, weekday: int) -> str | None:
    if ctx.pub is None:
        return None
    back = (ctx.pub.weekday() - weekday) % 7
    ahead = (weekday - ctx.pub.weekday()) % 7
    if ctx.placement == _BEFORE:
        target = ctx.pub - timedelta(days=back or 7)
    elif ctx.placement == _AFTER:
        target = ctx.pub + timedelta(days=ahead or 7)
    elif ctx.placement == _ON_OR_AFTER:
        target = ctx.pub + timedelta(days=ahead)
    else:
        target = ctx.pub - timedelta(days=back)
    return target.isoformat()


def _ago_value(g: _Grammar, pub: date | None, count: str, unit: str) -> str | None:
    if pub is None:
        return None
    n = int(count) if count.isdigit() else g.lex["ago_counts"][count.lower()]
    if unit == "day":
        return (pub - timedelta(days=n)).isoformat()
    return _relative_value(pub, unit, -n)


# --- the expression -------------------------------------------------------------------------

Resolved = tuple[str | None, str, bool]  # value, granularity, relative


def _resolve(g: _Grammar, hit: _Hit, ctx: _Context) -> Resolved | None:
    """Value, granularity and relativity of an accepted hit; None when it is no date."""
    m = hit.match
    kind = hit.kind
    if kind in ("mdy", "dmy", "my", "month", "quarter", "qabbr"):
        return _calendar(g, hit, ctx)
    if kind == "year":
        year = _year_value(g, hit.year)
        return None if year is None else (f"{year:04d}", "year", False)
    if kind == "relative":
        unit = m.group("u").lower()
        return _relative_value(ctx.pub, unit, _relative_shift(g, m.group("r"))), unit, True
    if kind == "weekday":
        return _weekday_value(ctx, g.lex["weekdays"][m.group("w").lower()]), "day", True
    if kind == "deictic":
        shift = g.lex["deictic_days"][m.group("x").lower()]
        value = None if ctx.pub is None else (ctx.pub + timedelta(days=shift)).isoformat()
        return value, "day", True
    unit = g.lex["ago_units"][m.group("u").lower()]
    return _ago_value(g, ctx.pub, m.group("n"), unit), unit, True


def _calendar(g: _Grammar, hit: _Hit, ctx: _Context) -> Resolved | None:
    """A day, month or quarter with a year written out, a relative year ('December next
    year') or none (placed by `ctx`)."""
    m = hit.match
    groups = m.groupdict()
    year = _year_value(g, hit.year)
    if hit.year is not None and year is None:
        return None
    relative = year is None
    shifted = groups.get("r")
    if shifted is not None and ctx.pub is not None:
        year = ctx.pub.year + _relative_shift(g, shifted)
    if hit.kind in ("quarter", "qabbr"):
        word = groups["q"].lower()
        if relative and shifted is None and word in g.lex["quarters_needing_year"]:
            return None  # 'the last quarter' alone is a duration
        quarter = int(word) if word.isdigit() else g.lex["quarters"][word]
        return _quarter_value(ctx, year, quarter), "quarter", relative
    month = g.months[m.group("m")]
    if hit.kind in ("my", "month"):
        return _month_value(ctx, year, month), "month", relative
    day = int(m.group("d"))
    if not _valid_day(year, month, day):
        return None
    return _day_value(ctx, year, month, day), "day", relative


def _relative_shift(g: _Grammar, word: str) -> int:
    word = word.lower()
    return g.lex["relative_words"].get(word, g.lex["anaphoric_words"].get(word, 0))


def _acceptable(
    g: _Grammar, text: str, span: tuple[int, int, int], hit: _Hit, prefix: _Prefix, pub: date | None
) -> bool:
    """Context rules that decide whether a core is a date at all.

    `span` is (sentence start, end of the previous expression, sentence end)."""
    start, lo, end = span
    m = hit.match
    if hit.start > 0 and text[hit.start - 1] == "-" and prefix.mod is None:
        return False  # 'F-2025', 'Su-March'
    if hit.kind in ("month", "year") and not (
        prefix.prep or prefix.mod or prefix.rel or prefix.linked
    ):
        return False  # a bare month or year needs a preposition or modifier
    if hit.kind == "relative":
        word = m.group("r").lower()
        if word in g.lex["anaphoric_words"] and prefix.mod is None:
            return False  # 'the year' alone
        if word != "this" and _THE_BEFORE.search(text, max(lo, hit.start - 8), hit.start):
            return False  # 'the last year', 'over the next month': durations
    if hit.kind == "month" and _name_month(g, text, end, hit):
        return False
    if hit.kind == "year":
        if _year_is_count(g, text, hit.end, end):
            return False
        if prefix.prep == "by" and _is_difference(g, text, lo, prefix.start):
            # 'will grow by 2030' is a deadline, 'rose by 2000' a difference
            ahead = _tense(g, text, start, end, prefix.start, hit.end) > 0
            year = int(hit.match.group("y"))
            return ahead and (pub is None or year >= pub.year)
    return True


def _name_month(g: _Grammar, text: str, end: int, hit: _Hit) -> bool:
    """'by May Smith': a month that is also a surname, followed by a capitalised word."""
    if hit.match.group("m").lower() not in g.lex["name_months"]:
        return False
    after = _NEXT_WORD.match(text, hit.end, end)
    return after is not None and after.group(1)[0].isupper()


def _drop_counted_year(g: _Grammar, text: str, end: int, hit: _Hit) -> _Hit | None:
    """'On March 3, 2000 soldiers...': a year after a comma that counts the next word is no
    year; a day keeps its month, a month-and-year core is dropped (the month alone may stay)."""
    m = hit.match
    part = m.groupdict().get("yp")
    if part is None or "," not in part or not _year_is_count(g, text, m.end("yp"), end):
        return hit
    if hit.kind == "my":
        return None
    return replace(hit, end=m.start("yp"), year=None)


def _link(
    g: _Grammar, text: str, prefix: _Prefix, previous: _Kept | None
) -> tuple[_Prefix, str | None, str]:
    """The prefix, preposition and relation of a date, given the date accepted before it:
    'from 2022 to 2025' ends a range, 'in 2022 and 2023' shares one preposition."""
    word = prefix.prep
    adjacent = previous is not None and not text[previous.end : prefix.start].strip()
    if previous is not None and adjacent:
        if word in g.lex["range_connectors"] and previous.word in g.lex["range_openers"]:
            return prefix, word, "until"
        if word in g.lex["coordinators"]:
            linked = replace(prefix, start=prefix.after_prep, prep=None, linked=True)
            return linked, previous.word, previous.relation
    if word is not None and word not in g.lex["relations"]:
        return replace(prefix, start=prefix.after_prep, prep=None), None, "at"
    return prefix, word, g.lex["relations"].get(word or "", "at")


def _placement(
    g: _Grammar, text: str, span: tuple[int, int], prefix: _Prefix, hit: _Hit, word: str | None
) -> int:
    """Where a date without a year lies against the publication date."""
    start, end = span
    relation = g.lex["relations"].get(word or "", "at")
    if prefix.rel == "last":
        return _BEFORE
    if prefix.rel == "next":
        return _AFTER
    if prefix.rel == "this" and hit.kind == "month":
        return _SAME_YEAR
    if word in g.lex["past_only"]:
        return _ON_OR_BEFORE
    tense = _tense(g, text, start, end, prefix.start, hit.end)
    if tense == 0:
        tense = 1 if relation in ("by", "until") else -1
    return _ON_OR_AFTER if tense > 0 else _ON_OR_BEFORE


def _parse_published(published: str | None) -> date | None:
    """The publication date, or None when missing, unreadable or outside the year range."""
    if not published:
        return None
    try:
        pub = date.fromisoformat(published[:10])
    except ValueError:
        return None
    low, high = _grammar().lex["year_range"]
    return pub if low <= pub.year <= high else None


def _expressions(text: str, start: int, end: int, pub: date | None) -> Iterator[TimeExpression]:
    g = _grammar()
    previous: _Kept | None = None
    for hit in _hits(g, text, start, end):
        lo = start if previous is None else previous.end
        if hit.start < lo:
            continue
        kept = _drop_counted_year(g, text, end, hit)
        if kept is None:
            continue
        hit = kept
        prefix, word, relation = _link(g, text, _prefix(g, text, lo, hit), previous)
        if not _acceptable(g, text, (start, lo, end), hit, prefix, pub):
            continue
        ctx = _Context(pub, _placement(g, text, (start, end), prefix, hit, word))
        resolved = _resolve(g, hit, ctx)
        if resolved is None:
            continue
        value, granularity, relative = resolved
        yield TimeExpression(
            text=text[prefix.start : hit.end],
            char_start=prefix.start,
            char_end=hit.end,
            value=value,
            granularity=granularity,
            relation=relation,
            relative=relative,
        )
        previous = _Kept(word, relation, hit.end)


def time_expressions(
    text: str, start: int, end: int, published: str | None
) -> list[TimeExpression]:
    """The dates and calendar periods named in `text[start:end]`, in reading order.

    Offsets index `text`: `text[e.char_start:e.char_end] == e.text`. `published` is the
    article's ISO date (YYYY-MM-DD) or None; relative expressions then have no value.
    """
    start, end = max(0, start), min(len(text), end)
    return list(_expressions(text, start, end, _parse_published(published)))
