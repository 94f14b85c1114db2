"""Comparison extraction: who is compared with whom, in which direction, by how much.

Cue words live in `models/lexicons/comparatives.json`; this module knows the cue
kinds: ``than`` ("three times more ... than"), ``as_as`` ("as many ... as"),
``verb``/``adjective``/``noun``/``phrase`` (outstrip, superior to, superiority, on
par with), ``no_other`` ("no other country": subject from context), ``absolute``
(unprecedented; object only after "compared to"), ``growth`` (a realised change
against the past: "has surged", object the earlier year or period; a planned change
only with a multiplier: "will double capacity" -> "current capacity"), ``change`` (a
trailing ", up 40% from 2023"), ``multiple`` (a multiplier before a noun phrase:
"150 times Britain's", "less than half of Finland's") and ``superlative``
("Europe's biggest", object null; ', the largest number it has reported' ranks the figure
before it), ``never`` ("never had this much", "has never been higher", "a scale never seen
before": more than ever, object null), ``target`` ("the goal has not been reached", "missed
its target": less than the target, which is the object) and ``none_as_many`` ("no factory
in Europe that builds that many": the factories do less). Explicit cues beat absolute ones
(and never/target/none_as_many), then growth,
then superlatives; a cue in a concessive clause ("while Russia leads ...") loses
to the main clause and lends its party as the object when the main cue has none.
Negation maps the direction through the lexicon's `negation` table, a passive verb
through `passive`. Parties
become short canonical names via `entity_index()`; pronouns resolve to the last
singular or plural party named before ('its' after 'X says' to X; 'his'/'her' to none),
descriptions ("the alliance") through `latest_of_type`; a phrase naming no known party is
kept as short text. A descriptive subject keeps its head and its party ("Polish shell
output", "exports by firms in Spain and Portugal"); 'we'/'our ...' stay first person here
and `in_own_voice` gives them the speaker's organisation (or the article's home party).
When both sides carry periods, the direction follows the ratio of the rates.
Objects are resolved like subjects: a descriptive object keeps its head and its party ("U.S.
shipbuilding capacity", "Russia's state plants"), "that of X" and "either of them" name X,
"any other N" is "other Ns", a multiplier of a measure takes its owner ("232 times the output
of American yards"), and a change is measured on its baseline ("compared with 2015-19", "from
€3.1bn a year earlier", "up from 150 three years ago", "than it did in 2015").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from pipeline.extract.datelines import in_dateline, past_dateline
from pipeline.extract.entities import entity_index, latest_of_type
from pipeline.nlp.model import doc_text, token_lowers
from pipeline.records import Comparison, Quantity
from pipeline.resources import lexicon

EXPLICIT = (
    "than",
    "as_as",
    "verb",
    "adjective",
    "noun",
    "phrase",
    "no_other",
    "multiple",
    "contrast",
    "prep",
)
KIND_RANK = {
    **dict.fromkeys(EXPLICIT, 0),
    "absolute": 1,
    "never": 1,
    "target": 1,
    "none_as_many": 1,
    "growth": 2,
    "change": 2,
    "superlative": 3,
}
TOPIC_CHECKED = (
    "than",
    "as_as",
    "no_other",
    "absolute",
    "superlative",
    "multiple",
    "change",
    "contrast",
    "prep",
)
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
CLAUSE_PASS = ("conj", "xcomp", "ROOT")  # a verb with no subject inherits across these only
CUT_TOKENS = {"—", "–", "(", ")", ";", ":", '"', "“", "”"}
QUOTE_MARKS = {'"', "“", "”", "«", "»"}
PLURAL_PRONOUNS = {"they", "their", "them", "theirs", "themselves"}
FIRST_PERSON = {"we", "us", "our", "ours"}
PERSONAL = {"he", "him", "his", "she", "her", "hers"}
OPEN_ENDS = ("cc", "prep", "det", "amod", "compound", "nummod", "poss", "case", "punct")
TIME_DAYS = {"day": 1.0, "week": 7.0, "month": 365 / 12, "quarter": 365 / 4, "year": 365.0}
PER_PERIODS = {"P1D": "day", "P1W": "week", "P1M": "month", "P3M": "quarter", "P1Y": "year"}
RANGE_BEFORE = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\s*(?:to|or|-|–)\s*$", re.I
)


@dataclass
class Cue:
    """One cue found in a sentence: its tokens, kind and asserted direction."""

    start: Token
    end: Token
    kind: str
    direction: str
    comparator: Token | None = None  # "than", the second "as", or "compared"
    object_text: str | None = None  # fixed object ("no other country" -> "other countries")
    ratio: float | None = None  # a multiplier the cue itself carries ("half of X's")
    planned: bool = False  # a growth verb that is not realised: counts only with a multiplier

    @property
    def text(self) -> str:
        words = self.start.doc[self.start.i : self.end.i + 1].text
        return f"{words} ... {self.comparator.text}" if self.comparator is not None else words


@lru_cache(maxsize=1)
def _lex() -> dict:
    """The cue lexicon with nested '_comment' keys removed."""

    def clean(value):
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items() if not k.startswith("_")}
        return value

    return clean(lexicon("comparatives"))


def extract_comparison(sent: Span, quantities: Sequence[Quantity] = ()) -> Comparison | None:
    """The comparison `sent` makes, or None.

    `quantities` are the figures already found in the sentence (char offsets into
    `sent.doc.text`); multipliers have unit 'times', durations a time unit.
    """
    cues = _find_cues(sent) + _multiple_cues(sent, quantities)
    cues.sort(key=lambda c: (KIND_RANK[c.kind] + 10 * _in_concession(c.start), c.start.i))
    for cue in cues:
        comparison = _build(sent, cue, quantities)
        if comparison is not None:
            return comparison
    return None


def in_own_voice(
    comparison: Comparison | None, organization: str | None, sent: Span | None = None
) -> Comparison | None:
    """'We have tripled our rate', said by a company's chief: inside a quotation, 'we' and
    'our ...' compare the speaker's organisation; when the speaker has none, the party
    named last in the sentences before `sent` (the side the passage speaks for)."""
    if comparison is None or comparison.subject is None:
        return comparison
    words = comparison.subject.lower().split()
    if not words or words[0] not in FIRST_PERSON or (len(words) > 1 and words[0] != "our"):
        return comparison
    party = organization or (_home_party(sent, comparison.object) if sent is not None else None)
    return comparison.model_copy(update={"subject": party}) if party else comparison


def _capitals(span: Span) -> bool:
    """'OSTRAVA' in a dateline: a long word in capitals is a place, not an organisation."""
    return span.text.isupper() and len(span.text) >= 6 and " " not in span.text


def _context_party(sent: Span) -> str | None:
    """The party the sentence's context speaks of: the last actor, else the last party
    named, else the article's main party."""
    return _previous_actor(sent) or _previous_party(sent) or _home_party(sent, None)


def _home_party(sent: Span, other: str | None) -> str | None:
    """The party an article is about, up to the end of `sent`: the one named most often
    (known parties and spaCy organisations; ties go to the first named), other than the
    compared-with party `other`."""
    index, doc = entity_index(), sent.doc
    counts: dict[str, list[int]] = {}
    for start, _end, ent in index.find_all(doc_text(doc)[: sent.end_char]):
        if ent.kind != "outlet":
            counts.setdefault(ent.name, [0, start])[0] += 1
    for span in doc.ents:
        if span.label_ != "ORG" or span.end_char > sent.end_char or _capitals(span):
            continue
        if in_dateline(span):  # '(Continental Business Wire) –'
            continue
        if index.canonical(span.text) is None:  # known names were counted above
            name = " ".join(span.text.split()).removeprefix("the ").removesuffix("'s")
            counts.setdefault(name, [0, span.start_char])[0] += 1
    for short in sorted(counts, key=len):  # 'Aldrecht Defence' is 'Aldrecht Defence Systems'
        longer = next((n for n in counts if n != short and n.startswith(short + " ")), None)
        if longer is not None:
            n, first = counts.pop(short)
            counts[longer] = [counts[longer][0] + n, min(first, counts[longer][1])]
    skip = set((other or "").split(" and ")) | {other}
    ranked = sorted((-n, first, name) for name, (n, first) in counts.items() if name not in skip)
    return ranked[0][2] if ranked else None


def _iso_duration(value: float, unit: str) -> str | None:
    """ISO 8601 duration for a time quantity: (3, 'month') -> 'P3M'; a quarter is 3 months."""
    value, unit = (value * 3, "month") if unit == "quarter" else (value, unit)
    letter = {"day": "D", "week": "W", "month": "M", "year": "Y"}.get(unit)
    number = int(value) if float(value).is_integer() else value
    return f"P{number}{letter}" if letter else None


def _find_cues(sent: Span) -> list[Cue]:
    lex = _lex()
    starts, start_lemmas = _cue_starts()
    any_words, any_lemmas = _any_cue_starts()
    lowers = token_lowers(sent.doc)
    cues: list[Cue] = []
    for tok in sent:
        low, lemma = lowers[tok.i], tok.lemma_.lower()
        if low not in any_words and lemma not in any_lemmas:
            continue  # no cue of any kind starts at this word
        phrased = _phrase_cues(sent, tok)
        cues += phrased or _no_other_cue(sent, tok)
        if low in lex["comparatives"]:
            comparator = _comparator_after(sent, tok)
            if comparator is not None:
                cues.append(Cue(tok, tok, "than", lex["comparatives"][low], comparator))
        if low == "as" and tok.i + 1 < sent.end and tok.nbor().lower_ in lex["as_as"]["words"]:
            second = next((t for t in sent[tok.i + 2 - sent.start :] if t.lower_ == "as"), None)
            if second is not None and not _is_bound_after(second):
                cues.append(Cue(tok, tok.nbor(), "as_as", "equal", second))
        if tok.pos_ in ("VERB", "AUX") and lemma in lex["verbs"]:
            needs = lex["verb_needs_prep"].get(lemma)
            if not needs or any(c.lower_ in needs for c in tok.children):
                cues.append(Cue(tok, tok, "verb", lex["verbs"][lemma]))
        if tok.pos_ in ("ADJ", "ADV") and lemma in lex["adjectives"]:
            cues.append(Cue(tok, tok, "adjective", lex["adjectives"][lemma]))
        if tok.pos_ in ("NOUN", "PROPN", "ADJ") and lemma in lex["nouns"]:
            needs = lex["nouns_need_prep"].get(lemma)
            fiscal = any(  # "budget deficit", "trade deficit": an account, not a standing
                c.dep_ == "compound" and c.lemma_.lower() in lex["noun_skip_compounds"]["words"]
                for c in tok.children
            )
            if not fiscal and (not needs or any(c.lower_ in needs for c in tok.children)):
                cues.append(Cue(tok, tok, "noun", lex["nouns"][lemma]))
        if lemma in lex["absolute"] and (lemma != "record" or _is_topic(tok.head)):
            window = tok.doc[tok.i + 1 : min(tok.i + 4, sent.end)]
            compared = next((t for t in window if t.lower_ in ("compared", "than")), None)
            cues.append(Cue(tok, tok, "absolute", lex["absolute"][lemma], compared))
        if low not in starts and lemma not in start_lemmas:
            continue  # none of the cues below can start at this word
        cues += _superlative_cues(tok)
        cues += _contrast_cues(sent, tok)
        cues += _prep_cues(tok)
        cues += _growth_cues(tok)
        cues += _change_cues(tok)
        cues += _never_cues(sent, tok)
        cues += _target_cues(tok)
        cues += _none_as_many_cues(sent, tok)
    return cues


@lru_cache(maxsize=1)
def _cue_starts() -> tuple[frozenset[str], frozenset[str]]:
    """The lower forms and the lemmas at which `_find_cues`' single-word cue tests can
    succeed (superlative, contrast, standing preposition, growth, change, never, target,
    none-as-many): each of them returns nothing for any other word, so the loop skips them."""
    lex = _lex()
    lowers = {"most", *lex["never"]["cue_words"]}  # the words the prefilter lets through
    for table in ("superlatives", "hyphen_superlatives", "standing_preps", "change_words"):
        lowers |= set(lex[table])
    lowers |= set(lex["contrast"]["nouns"])
    lemmas = set(_growth_heads()) | set(lex["targets"]["verbs"])
    return frozenset(lowers), frozenset(lemmas)


@lru_cache(maxsize=1)
def _any_cue_starts() -> tuple[frozenset[str], frozenset[str]]:
    """The lower forms and the lemmas at which any of `_find_cues`' tests can find a cue
    (phrases, 'no other', 'than' comparatives, 'as ... as', verbs, adjectives, nouns,
    absolutes, and the single-word cues of `_cue_starts`): the loop skips other words."""
    lex = _lex()
    phrases = set(_phrase_table())
    starts, start_lemmas = _cue_starts()
    words = phrases | {"no", "as"} | set(lex["comparatives"]) | starts
    lemmas = phrases | start_lemmas
    for table in ("verbs", "adjectives", "nouns", "absolute"):
        lemmas |= set(lex[table])
    return frozenset(words), frozenset(lemmas)


def _multiple_cues(sent: Span, quantities: Sequence[Quantity]) -> list[Cue]:
    """A multiplier put before a noun phrase: '150 times Britain's', 'double its 2023 output',
    'less than half of Finland's', 'more than three times what X produce'."""
    spec, doc, cues = _lex()["multiples"], sent.doc, []
    for q in quantities:
        if not sent.start_char <= q.char_start < sent.end_char or q.low is not None:
            continue
        if q.unit == "times":
            ratio = q.value
        elif q.unit == "percent" and q.text.lower() in spec["fractions"]:
            ratio = spec["fractions"][q.text.lower()]
        else:
            continue
        toks = [t for t in sent if q.char_start <= t.idx < q.char_end]
        if not toks or ratio == 1 or any(t.pos_ in ("VERB", "AUX") for t in toks):
            continue
        last = toks[-1]
        nxt = doc[last.i + 1] if last.i + 1 < sent.end else None
        if nxt is None or not (nxt.lower_ in spec["next"] or nxt.pos_ == "PROPN"):
            continue
        start = toks[0]
        while start.i > sent.start and doc[start.i - 1].lower_ in spec["lead"]:
            start = doc[start.i - 1]
        if ratio < 1 and nxt.lower_ == "of" and not _fraction_compares(nxt, doc[start.i : last.i]):
            continue  # "half of the recruits", "a third of its needs": a share, not a comparison
        direction = "more" if ratio > 1 else "less"
        cues.append(Cue(start, last, "multiple", direction, ratio=round(ratio, 6)))
    return cues


def _fraction_compares(of: Token, lead: Span) -> bool:
    """'less than half of X', or a fraction of another party's ('half of Finland's')."""
    if any(t.lower_ in _lex()["comparatives"] for t in lead):
        return True
    if of.i + 1 < len(of.doc) and of.nbor().lower_ == "what":
        return True  # 'a third of what Latvia produces': another's output
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
    return pobj is not None and any(c.dep_ == "case" for c in pobj.children)


def _change_cues(tok: Token) -> list[Cue]:
    """', up 40% from 2023' / ', down from 900 last year' after a clause: a change on the past."""
    direction = _lex()["change_words"].get(tok.lower_)
    if direction is None or tok.dep_ != "advmod" or tok.i == tok.sent.start:
        return []
    if tok.nbor(-1).text != ",":
        return []
    figure = any(c.dep_ == "npadvmod" and any(t.like_num for t in c.subtree) for c in tok.children)
    if figure or any(c.lower_ == "from" and c.dep_ == "prep" for c in tok.children):
        return [Cue(tok, tok, "change", direction)]
    return []


@lru_cache(maxsize=1)
def _phrase_table() -> dict[str, tuple[tuple[int, list[str], str, str], ...]]:
    """First word -> (rank, words, kind, value) of every multi-word cue starting with it, in
    lexicon order (a token is looked up by its first word, not tried on every phrase)."""
    lex = _lex()
    rows = [
        (phrase.split(), kind, value)
        for table, kind in ((lex["phrases"], "phrase"), (lex["no_other"], "no_other"))
        for phrase, value in table.items()
    ] + [(phrase.split(), "no_any", value) for phrase, value in lex["no_any"].items()]
    table: dict[str, list] = {}
    for rank, (words, kind, value) in enumerate(rows):
        table.setdefault(words[0], []).append((rank, words, kind, value))
    return {first: tuple(found) for first, found in table.items()}


def _phrase_cues(sent: Span, tok: Token) -> list[Cue]:
    """Multi-word cues starting at `tok` ('on par with', 'no other country')."""
    table = _phrase_table()
    low, lemma = tok.lower_, tok.lemma_.lower()
    if low not in table and lemma not in table:
        return []
    found = []
    rows = table.get(low, ()) + (table.get(lemma, ()) if lemma != low else ())
    for _rank, words, kind, value in sorted(rows, key=lambda row: row[0]):
        toks = sent.doc[tok.i : min(tok.i + len(words), sent.end)]
        if [t.lower_ if t.lower_ in words else t.lemma_.lower() for t in toks] != words:
            continue
        if kind == "phrase":
            found.append(Cue(tok, toks[-1], kind, value))
        elif kind == "no_any":  # 'No country imported more arms than Ukraine'
            direction, than = _compared_after(sent, toks[-1])
            if direction is not None:
                found.append(Cue(tok, toks[-1], "no_other", direction, than, object_text=value))
        else:
            found.append(Cue(tok, toks[-1], kind, "more", object_text=value))
    return found


def _no_other_cue(sent: Span, tok: Token) -> list[Cue]:
    """'No other NATO member plans to spend as much': 'no other' + a noun the lexicon does not
    list compares the sentence's own party with the others of that noun."""
    if tok.lower_ != "no" or tok.i + 2 >= sent.end or tok.nbor().lower_ != "other":
        return []
    window = tok.doc[tok.i + 2 : min(tok.i + 6, sent.end)]
    noun = next(
        (
            t
            for t in window
            if t.pos_ == "NOUN" and not (t.dep_ == "compound" and t.head.pos_ in ("NOUN", "PROPN"))
        ),
        None,
    )
    if noun is None:
        return []
    words = [t.text for t in tok.doc[tok.i + 2 : noun.i]] + [_plural(noun)]
    return [Cue(tok, noun, "no_other", "more", object_text=" ".join(["other", *words]))]


def _plural(noun: Token) -> str:
    """The plural of a noun token: as written when plural, else a regular plural of its lemma."""
    if noun.tag_ in ("NNS", "NNPS"):
        return noun.text
    lemma = noun.lemma_
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + ("es" if lemma.endswith(("s", "x", "ch", "sh")) else "s")


def _compared_after(sent: Span, tok: Token) -> tuple[str | None, Token | None]:
    """Direction and 'than' of the first comparative after `tok` that has its 'than'."""
    comparatives = _lex()["comparatives"]
    for later in sent[tok.i + 1 - sent.start :]:
        if later.lower_ in comparatives:
            than = _comparator_after(sent, later)
            if than is not None:
                return comparatives[later.lower_], than
    return None, None


def _contrast_cues(sent: Span, tok: Token) -> list[Cue]:
    """'The U.S. Navy, by comparison, has fewer than 300': a contrast marker and a bounded
    figure compare the clause's subject with the party named before."""
    spec = _lex()["contrast"]
    if tok.lower_ not in spec["nouns"] or tok.i == sent.start:
        return []
    if tok.nbor(-1).lower_ not in spec["preps"]:
        return []
    comparatives = _lex()["comparatives"]
    for later in sent[tok.i + 1 - sent.start :]:
        nxt = later.nbor() if later.i + 1 < sent.end else None
        if later.lower_ in comparatives and nxt is not None and nxt.lower_ == "than":
            if _is_bound_after(nxt):
                return [Cue(tok.nbor(-1), tok, "contrast", comparatives[later.lower_])]
    return []


def _comparator_after(sent: Span, tok: Token) -> Token | None:
    """The 'than' (or 'compared') that completes comparative `tok`, unless it is a bound."""
    skip = _lex()["than_skip"]
    for later in sent[tok.i + 1 - sent.start :]:
        if later.lower_ in (";",) or (later.lower_ == "as" and later.dep_ == "mark"):
            return None
        if later.lower_ == "than":
            if later.nbor(-1).lower_ in skip["before"] or _is_bound_after(later):
                return None  # "rather than", "more than 100 tanks": not a comparison
            if later.dep_ == "mark" and later.head.lemma_.lower() in skip["verbs"]:
                return None  # "than analysts expected"
            return later
        if later.lower_ == "compared" and later.i + 1 < sent.end:
            return later if later.nbor().lower_ in ("to", "with") else None
    return None


def _is_bound_after(comparator: Token) -> bool:
    """True when the figure after 'than'/'as' makes it a bound ('as many as 100', 'than half')."""
    doc = comparator.doc
    nxt = doc[comparator.i + 1] if comparator.i + 1 < len(doc) else None
    if nxt is None:
        return True
    if nxt.pos_ == "VERB":
        return True  # "more than doubled": an intensifier of the growth verb
    return nxt.like_num or nxt.tag_ == "$" or nxt.lower_ in _lex()["than_skip"]["after"]


def _superlative_cues(tok: Token) -> list[Cue]:
    lex = _lex()
    low = tok.lower_
    if low == "most" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ in lex["most_adjectives"]:
        adjective = tok.nbor()
        direction = "more"
    elif low in lex["superlatives"]:
        adjective, direction = tok, lex["superlatives"][low]
    elif low in lex["hyphen_superlatives"] and tok.i + 2 < len(tok.doc) and tok.nbor().text == "-":
        adjective, direction = tok.nbor(2), lex["hyphen_superlatives"][low]  # 'best-stocked'
        return [Cue(adjective, adjective, "superlative", direction)]
    else:
        return []
    before = tok.doc[max(tok.i - 4, 0) : tok.i].text.lower()
    if "one of" in before or "among" in before or "at " in before[-4:]:
        return []
    noun = adjective.head if adjective.dep_ in ("amod", "advmod") else None
    if noun is not None and noun.pos_ in ("NOUN", "PROPN") and not _is_topic(noun):
        if _restated_figure(noun) is None:
            return []
    return [Cue(tok, adjective, "superlative", direction)]


def _counted_event(noun: Token) -> str:
    """'had shot down 41 Ukrainian drones' -> 'drones shot down': what a restating superlative
    ranks is the count of the noun the clause's verb acts on (the party acts, the noun's own
    modifiers would name the other side)."""
    verb = noun.head
    if verb.pos_ != "VERB" or noun.dep_ not in ("dobj", "nsubjpass"):
        return noun.text
    particles = [c.text for c in verb.children if c.dep_ == "prt"]
    return " ".join([noun.text, verb.text, *particles])


def _restated_figure(noun: Token) -> Token | None:
    """', the largest number it has reported': a restating noun set after a clause ranks the
    figure of that clause; the noun counted there ('41 drones' -> 'drones')."""
    if noun.lemma_.lower() not in _lex()["restating_nouns"]:
        return None
    if noun.dep_ not in ("npadvmod", "appos") or noun.left_edge.i == noun.sent.start:
        return None
    if noun.doc[noun.left_edge.i - 1].text != ",":
        return None
    return next(
        (
            c
            for c in noun.head.children
            if c.i < noun.i and c.pos_ == "NOUN" and any(t.like_num for t in c.children)
        ),
        None,
    )


@lru_cache(maxsize=1)
def _growth_heads() -> frozenset[str]:
    """Lemmas that can start a growth cue (verbs, phrasal verbs' verbs, change nouns)."""
    lex = _lex()
    return frozenset(key.split()[0] for key in (*lex["growth_verbs"], *lex["growth_nouns"]))


def _growth_cues(tok: Token) -> list[Cue]:
    lex = _lex()
    lemma = tok.lemma_.lower()
    if lemma not in _growth_heads():
        return []  # most tokens: no look at their children
    particles = [c.lower_ for c in tok.children if c.dep_ == "prt"]
    key = next((f"{lemma} {p}" for p in particles if f"{lemma} {p}" in lex["growth_verbs"]), lemma)
    if tok.pos_ == "VERB" and key in lex["growth_verbs"]:
        end = next((c for c in tok.children if c.dep_ == "prt"), tok) if " " in key else tok
        planned = not _is_realised(tok)
        return [Cue(tok, end, "growth", lex["growth_verbs"][key], planned=planned)]
    if tok.pos_ == "NOUN" and lemma in lex["growth_nouns"]:
        return [Cue(tok, tok, "growth", lex["growth_nouns"][lemma])]
    return []


def _never_cues(sent: Span, tok: Token) -> list[Cue]:
    """'We have never had this much work', 'has never been higher', 'on a scale never seen
    before': a 'never' with a degree ('this much', 'so many', a comparative with no 'than')
    or a magnitude noun the unseen-before qualifies says more than ever before."""
    if tok.lower_ != "never":
        return []
    spec, doc = _lex()["never"], tok.doc
    window = doc[tok.i + 1 : min(tok.i + 6, sent.end)]
    for t in window:
        if t.text in CUT_TOKENS or t.text == ",":
            break
        nxt = doc[t.i + 1] if t.i + 1 < sent.end else None
        if t.lower_ in spec["degree"] and nxt is not None and nxt.lower_ in ("much", "many"):
            return [Cue(tok, nxt, "never", "more")]  # 'never ... this much', 'so many'
        topical = any(_is_topic(w) for w in sent)  # 'he has never been better' compares nothing
        if t.lower_ in spec["degree"] and nxt is not None and nxt.lower_ in spec["amounts"]:
            return [Cue(tok, nxt, "never", "more")] if topical else []
        direction = _lex()["comparatives"].get(t.lower_)
        if direction and t.pos_ in ("ADJ", "ADV") and _comparator_after(sent, t) is None:
            if topical and (nxt is None or nxt.lower_ != "than"):
                return [Cue(tok, t, "never", direction)]  # 'has never been higher'
    head = tok.head
    before = next((t for t in window if t.lower_ == "before"), None)
    if before is not None and head.dep_ == "acl" and head.head.lemma_.lower() in spec["scales"]:
        if any(_is_topic(w) for w in sent):
            return [Cue(tok, before, "never", "more")]  # 'on a scale never seen before'
    return []


def _target_cues(tok: Token) -> list[Cue]:
    """'The goal has not been reached in full', 'Greece missed the 2% target': a verb of
    reaching with a target noun as its object (or passive subject) compares what was done
    with the target; only a negated reach or a miss says which way (less)."""
    spec = _lex()["targets"]
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in spec["verbs"]:
        return []
    target = _target_of(tok)
    if target is None:
        return []
    direction = spec["verbs"][lemma]
    failed = tok.dep_ == "xcomp" and tok.head.lemma_.lower() in spec["failing"]
    if failed:  # 'failed to meet the 2% guideline'
        return [Cue(tok, tok, "target", "less")]
    if direction == "equal" and not _negated(Cue(tok, tok, "target", direction)):
        return []  # 'met its target': no standing asserted here
    return [Cue(tok, tok, "target", direction)]


def _target_of(verb: Token) -> Token | None:
    """The target noun a verb of reaching takes: its object, or its subject when passive."""
    nouns = _lex()["targets"]["nouns"]
    deps = ("dobj", "nsubjpass") if _passive_verb(verb) else ("dobj",)
    for child in verb.children:
        if child.dep_ in deps and child.lemma_.lower() in nouns:
            return child
    return None


def _passive_verb(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def _none_as_many_cues(sent: Span, tok: Token) -> list[Cue]:
    """'There is no factory in Europe that builds that many': 'no' + a noun whose clause does
    'that/so/as many' (with no 'than'): the ones of that noun do less."""
    if tok.lower_ != "no" or tok.dep_ != "det" or tok.head.pos_ != "NOUN":
        return []
    noun = tok.head
    degree = _lex()["never"]["degree"]
    for clause in (c for c in noun.children if c.dep_ in ("relcl", "acl")):
        words = list(clause.subtree)
        if any(t.lower_ == "than" for t in words):
            return []  # 'no country imports more than ...': the no_any cue
        for t in words[:-1]:
            if t.lower_ in degree and t.nbor().lower_ in ("many", "much"):
                return [Cue(tok, noun, "none_as_many", "less")]
    return []


def _build(sent: Span, cue: Cue, quantities: Sequence[Quantity]) -> Comparison | None:
    checked = cue.kind in TOPIC_CHECKED or (
        cue.kind == "phrase" and cue.text.lower() in _lex()["phrases_topic_checked"]["words"]
    )
    if checked and not any(_is_topic(t) for t in _topic_scope(sent, cue)):
        return None
    subject_tok = None
    if cue.kind == "no_other":
        subject = _own_party(sent, cue)
        target = _comparator_object(cue.comparator) if cue.comparator is not None else None
        if target is not None:  # 'No country imported more than Morocco': the one after 'than'
            subject = _party(target, sent) or _np_text(target)
    elif cue.kind == "none_as_many":
        subject = _none_subject(cue.end)
    elif cue.kind == "target" and _passive_verb(cue.start):
        subject = _target_owner(_target_of(cue.start), sent)
    else:
        subject_tok = _subject_token(cue)
        if subject_tok is None and cue.kind in ("as_as", "than"):
            subject_tok = _party_head_before(sent, cue)  # 'Russia fires' read as a compound
        if subject_tok is None:
            return None
        subject_tok = past_dateline(subject_tok, sent)
        if subject_tok is None:
            return None
        subject = _changed_thing(subject_tok, sent, cue) or _subject_name(subject_tok, sent, cue)
    if not subject:
        return None
    if cue.kind == "growth" and not _growth_ok(cue, quantities, subject_tok):
        return None
    if cue.planned and _ratio(cue, quantities) is None and not _compared_with(cue):
        return None  # "plans to increase output": only a planned multiplier compares
    need_figure = _lex()["growth_verbs_need_figure"]["words"]
    if cue.kind == "growth" and cue.start.lemma_.lower() in need_figure:
        shared = any(
            c.dep_ == "dobj" and _has_share(c, quantities) for c in cue.start.children
        )  # 'has lost more than three quarters of them'
        tied = _tied(cue, quantities, ("times", "percent"))
        if not tied and not shared and not _vague_multiple(cue.start):
            return None
    obj = _object(sent, cue, subject)
    if obj is False:  # the "object" is a threshold figure ("exceeded $1bn")
        return None
    direction = cue.direction
    ratio = cue.ratio if cue.ratio is not None else _ratio(cue, quantities)
    share = None  # "half as many": a percentage right before "as", a multiplier for rates only
    if cue.kind == "as_as" and ratio is not None:
        direction = "more" if ratio > 1 else "less"
    elif cue.kind == "as_as":
        share = next(
            (
                q.value / 100
                for q in quantities
                if q.unit == "percent" and q.char_end <= cue.start.idx <= q.char_end + 2
            ),
            None,
        )
        direction = "less" if share is not None and share < 1 else direction
    if _is_passive(cue):
        direction = _lex()["passive"][direction]
    if _negated(cue):
        direction = _lex()["negation"][direction]
    comparison = Comparison(
        subject=subject, object=obj, direction=direction, ratio=ratio, cue=cue.text
    )
    _add_periods(comparison, sent, cue, quantities, share)
    return comparison


def _changed_thing(tok: Token, sent: Span, cue: Cue) -> str | None:
    """'the increase of 9% over this year's budget would go to ...': a change noun as subject
    stands for the changed thing, of the kind it is set over ('Polish budget')."""
    if cue.kind != "prep" or tok.lemma_.lower() not in _lex()["growth_nouns"]:
        return None
    base = next((c for c in cue.start.children if c.dep_ == "pobj"), None)
    if base is None or base.pos_ != "NOUN" or not _is_topic(base):
        return None
    party = _context_party(sent)
    return f"{_demonyms().get(party, party)} {base.lemma_.lower()}" if party else None


def _none_subject(noun: Token) -> str:
    """'no factory in Europe' -> 'factories in Europe': the ones of the noun, as a group."""
    text = _np_text(noun)
    head = noun.text
    words = text.split(" ")
    if head in words:
        words[words.index(head)] = _plural(noun)
    return " ".join(words)


def _target_owner(target: Token | None, sent: Span) -> str | None:
    """Whose target was not reached: the target's owner ('Poland's goal'), else the party
    the text speaks of (the actor of the sentence before, the last party named, the party
    named most)."""
    if target is None:
        return None
    owner = next((c for c in target.children if c.dep_ == "poss"), None)
    if owner is not None:
        return _party(owner, sent) or (owner.text if owner.tag_ not in ("PRP$",) else None)
    return _context_party(sent)


def _topic_scope(sent: Span, cue: Cue | None = None) -> list[Token]:
    """The tokens whose words make a comparison's topic: the sentence, and the sentence before
    when this one opens on a demonstrative ('That is 232 times the tonnage of ...') or
    contrasts with it ('Norway, by comparison, has fewer than 50')."""
    toks = list(sent)
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    opens_on_that = first is not None and first.lower_ in ("that", "this")
    if (opens_on_that and first.dep_ in SUBJECT_DEPS) or (
        cue is not None and cue.kind == "contrast"
    ):
        earlier = [s for s in sent.doc.sents if s.start < sent.start]
        if earlier:
            toks += list(earlier[-1])
    return toks


def _prep_cues(tok: Token) -> list[Cue]:
    """'0.6% below their volume', '20% above the 2019 level': a percentage or multiplier before
    a preposition of standing compares with its object."""
    lex = _lex()
    direction = lex["standing_preps"].get(tok.lower_)
    if direction is None or tok.i == 0 or tok.dep_ not in ("prep", "advmod"):
        return []
    if tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in lex["growth_verbs"]:
        return []  # 'fell by 15% over the same period': the span of a change, not a standing
    before = tok.nbor(-1)
    if not (before.lower_ in ("%", "percent", "times") or before.lower_ == "cent"):
        return []
    pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.like_num or pobj.pos_ not in ("NOUN", "PROPN"):
        return []
    if pobj.lemma_.lower() in lex["period_nouns"]["words"]:
        return []  # '12% over the period', 'over two years': a span of time
    return [Cue(tok, tok, "prep", direction)]


def _subject_token(cue: Cue) -> Token | None:
    """The head token of the compared party: the subject of the cue's clause, found upwards."""
    anchor = cue.start
    if cue.kind == "never" and anchor.head.dep_ == "acl":  # 'buys on a scale never seen before'
        scale = anchor.head.head
        return _climb_subject(Cue(scale, scale, "never", cue.direction))
    if cue.kind == "growth" and anchor.pos_ == "NOUN":  # 'a 40% rise in Polish shell output'
        prep = next((c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "in"), None)
        changed = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if changed is not None and changed.pos_ in ("NOUN", "PROPN"):
            return changed
    trailing = anchor.i > anchor.sent.start and anchor.nbor(-1).text == ","
    if cue.kind in ("multiple", "change") and trailing:  # "..., twice the level of 2019"
        rated = _rated_object(anchor)  # 'puts X at 61%, up from 50%': X is what changed
        if rated is not None:
            return rated
    if cue.kind == "multiple" and trailing:
        return _previous_clause_subject(anchor) or _climb_subject(cue)
    found = _climb_subject(cue)
    if found is None and cue.kind == "than" and trailing:  # "..., more than X combined"
        return _previous_clause_subject(anchor)
    verb = cue.start
    if found is None and verb.pos_ == "VERB" and any(c.dep_ == "aux" for c in verb.children):
        return _previous_clause_subject(anchor)  # 'X, once put at 7,000, has shrunk': no subject
    return found


def _rated_object(anchor: Token) -> Token | None:
    """'Estimates put Russian fire at 10,000 shells a day, five times ...': the object a figure
    is set on ('put/estimate/set/peg X at N'), for a trailing comparison of that figure."""
    before = [t for t in anchor.doc[anchor.sent.start : anchor.i] if t.lower_ == "at"]
    for at in reversed(before):
        pobj = next((c for c in at.children if c.dep_ == "pobj"), None)
        if pobj is None or not any(t.like_num for t in pobj.subtree):
            continue
        obj = next((c for c in at.head.children if c.dep_ == "dobj" and c.i < at.i), None)
        if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
            return obj
    return None


def _climb_subject(cue: Cue) -> Token | None:
    """The subject of the cue's clause, found by climbing the parse."""
    anchor = cue.start
    if cue.kind == "noun":
        poss = [c for c in anchor.children if c.dep_ == "poss"]
        if poss:
            return poss[0]
        if anchor.i > 1 and anchor.doc[anchor.left_edge.i - 1].lower_ == ",":
            return _previous_clause_subject(anchor)  # "..., a deficit that ..."
    if cue.kind == "superlative" and _restated_figure(anchor.head) is not None:
        return _restated_figure(anchor.head)  # '41 drones ..., the largest number': drones
    if cue.kind == "superlative" and anchor.head.dep_ not in ("attr", "appos", *SUBJECT_DEPS):
        if anchor.head.pos_ in ("NOUN", "PROPN") and anchor.head.dep_ not in ("dobj", "pobj"):
            return anchor.head
    if cue.kind == "than" and anchor.dep_ == "amod" and anchor.head.i < anchor.i:
        if anchor.head.pos_ in ("NOUN", "PROPN"):  # 'a backlog several times larger than'
            return anchor.head
    node = anchor
    while True:
        if cue.kind in ("phrase", "adjective") and node.i != anchor.i:
            placed = _placed_object(node, anchor)
            if placed is not None:
                return placed
        subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS and c.i != anchor.i]
        misparsed = node.dep_ in ("dobj", "pobj") and node.head.pos_ in ("VERB", "AUX", "ADP")
        if misparsed:  # an object parsed as a verb ('assemble 2,700 attack drones'): climb on
            subjects = []
        if subjects:
            subject = subjects[0]
            if subject.like_num and anchor in subject.subtree:  # "this is [three times more]"
                before = [t for t in anchor.doc[anchor.sent.start : subject.left_edge.i]]
                subject = next((t for t in reversed(before) if t.dep_ in SUBJECT_DEPS), subject)
            if subject.tag_ in ("WDT", "WP") and node.dep_ == "relcl":
                head = node.head
                if head.dep_ == "appos" and head.lemma_.lower() in _lex()["restating_nouns"]:
                    return _previous_clause_subject(head) or head  # "..., a figure that has"
                return head
            return None if subject.dep_ == "expl" else subject
        if node.dep_ == "appos" and node.head.pos_ in ("NOUN", "PROPN"):
            return node.head
        if node.dep_ == "relcl":
            return node.head
        if (
            node.dep_ == "acl"
            and node.head.dep_ in ("ROOT", *SUBJECT_DEPS)
            and node.head.pos_ in ("NOUN", "PROPN")
        ):  # 'Greek spending lagged behind ...' parsed as a noun phrase
            return node.head
        if node.head.i == node.i:
            return None
        if node.dep_ in ("attr", "acomp") and node.head.pos_ == "AUX":
            node = node.head  # 'is the best-stocked': a participle as attribute is no clause
            continue
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in CLAUSE_PASS and not misparsed:
            return None  # a clause of its own with no subject ("albeit not matching ...")
        node = node.head


def _party_head_before(sent: Span, cue: Cue) -> Token | None:
    """The first token naming a party before the cue, when the parse gave the cue's clause no
    subject ('Russia fires as much ammunition ...' parsed as one noun phrase)."""
    parties = _parties_in(sent.doc[sent.start : cue.start.i])
    return sent.doc[parties[0][0]] if parties else None


def _subject_name(tok: Token, sent: Span, cue: Cue) -> str | None:
    """Name for the subject head `tok`: makers named by place, a known party, an unknown
    owner ("Hanul's output" -> "Hanul"), the thing a demonstrative is ranked as, a bare
    output word's party from context, else the phrase itself."""
    restated = _restated_figure(cue.start.head) if cue.kind == "superlative" else None
    if restated is not None and restated.i == tok.i:
        return _counted_event(tok)
    maker = _maker_phrase(tok)
    if maker:
        return maker
    described = _described_subject(tok)
    if described:
        return described
    if (
        tok.pos_ == "NOUN"
        and _is_topic(tok)
        and not any(c.dep_ == "poss" for c in tok.children)
        and any(
            c.dep_ == "prep" and c.i == tok.i + 1 and _parties_in(tok.doc[c.i : c.right_edge.i + 1])
            for c in tok.children
        )
    ):  # 'exports by firms in Spain and Portugal': the thing compared, with its parties
        return _np_text(tok, limit=8)
    name = _party(tok, sent)
    if name:
        return name
    owner = next(
        (
            c
            for c in tok.children
            if c.dep_ == "poss" and c.tag_ != "PRP$" and (c.pos_ == "PROPN" or c.is_title)
        ),
        None,
    )
    if owner is not None:
        return " ".join(t.text for t in owner.subtree if t.dep_ not in ("case", "det"))
    if cue.kind == "superlative" and cue.start.head.dep_ == "attr":
        ranked = cue.start.head  # "The deal is the largest tank order" -> "tank order"
        words = [c for c in ranked.children if c.dep_ == "compound" and c.i < ranked.i]
        first = min((w.left_edge.i for w in words), default=ranked.i)
        return tok.doc[first : ranked.i + 1].text
    if tok.lower_ in ("this", "that") and tok.dep_ in SUBJECT_DEPS:
        earlier = _previous_subject_party(sent)  # "X makes 50 a month. This is three times ..."
        if earlier:
            return earlier
        before = _previous_subject(sent)  # 'The yard built 12. That is four times ...'
        if before is not None and before.pos_ in ("NOUN", "PROPN"):
            return _np_text(before)
    growth = cue.kind == "growth" and tok.pos_ == "NOUN" and _compared_with(cue)  # a baseline
    if (_is_topic(tok) or growth) and not any(
        _names_someone(t) or t.dep_ == "poss" or t.tag_ in ("PRP", "PRP$") for t in tok.subtree
    ):  # "Spending has doubled": whose spending is the party the text is about
        context = _previous_actor(sent) or _previous_party(sent)
        if growth and not context and not _parties_in(tok.doc[tok.left_edge.i : tok.i + 1]):
            context = _home_party(sent, None)  # no party nearby: the one the text is about
        if context:
            return _with_party(tok, context)
    return _np_text(tok)


def _names_someone(tok: Token) -> bool:
    """A proper noun that names someone: an entity or a known party ('air force', tagged a
    proper noun, names no one)."""
    if tok.pos_ != "PROPN":
        return False
    return bool(tok.ent_type_) or entity_index().canonical(tok.text) is not None


def _previous_actor(sent: Span) -> str | None:
    """The party acting in the sentence before: the subject of its main clause when that
    names a party or an organisation ('Aldrecht Defence Systems reported ...'), not a party
    only mentioned on the way ('as European governments placed orders')."""
    earlier = [s for s in sent.doc.sents if s.start < sent.start]
    if not earlier:
        return None
    before = earlier[-1]
    subject = next((c for c in before.root.children if c.dep_ in SUBJECT_DEPS), None)
    subject = past_dateline(subject, before) if subject is not None else None
    if subject is None or subject.tag_ in ("PRP", "PRP$"):
        return None
    name = _party(subject, before)
    if name:
        return name
    if subject.ent_type_ == "ORG":
        core = [t for t in subject.lefts if t.dep_ == "compound"] + [subject]
        return " ".join(t.text for t in core)
    return None


def _described_subject(tok: Token) -> str | None:
    """'the Chinese navy' -> 'Chinese navy', 'EU member states', 'Czech ammunition exports': a
    common noun that a party or its demonym modifies keeps its head and its party (a
    possessive owner, 'Russia's output', gives the party itself)."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ in ("PRP", "PRP$"):
        return None
    index = entity_index()
    modifiers = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod")]
    if not modifiers:
        return None
    start = modifiers[0].left_edge.i
    if index.canonical(tok.doc[start : tok.i + 1].text) or index.canonical(tok.text):
        return None  # 'the alliance', 'the Russian Federation': a party by itself
    for first in modifiers:
        words = tok.doc[first.left_edge.i : first.i + 1]
        known = next(
            (
                e
                for e in (
                    index.canonical(words.text),
                    *map(index.canonical, (t.text for t in words)),
                )
                if e
            ),
            None,
        )
        if known is not None and known.kind != "outlet":
            return tok.doc[first.left_edge.i : tok.i + 1].text
    return None


def _with_party(tok: Token, party: str) -> str:
    """'defence spending' of Lithuania -> 'Lithuanian defence spending', 'spending on
    personnel' -> 'Lithuanian spending on personnel', a company's 'order backlog' -> 'Aldrecht
    order backlog': a bare topic phrase keeps its head and takes its party (by demonym)."""
    text = _np_text(tok)
    first = tok.doc[tok.left_edge.i]
    if first.is_sent_start and first.pos_ != "PROPN" and text[:1] == first.text[:1]:
        text = text[:1].lower() + text[1:]  # 'Defence spending has doubled'
    return f"{_demonyms().get(party, party)} {text}"


def _maker_phrase(tok: Token) -> str | None:
    """'Europe's largest drone makers' -> 'European drone makers': makers owned by a place."""
    if tok.tag_ not in ("NNS", "NNPS") or tok.lemma_.lower() not in _lex()["maker_nouns"]:
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    known = entity_index().canonical(owner.text) if owner is not None else None
    if known is None or known.kind != "country":
        return None
    demonym = _demonyms().get(known.name)
    if demonym is None:
        return None
    words = [c.text for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    return " ".join([demonym, *words, tok.text])


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Canonical country name -> its first demonym ('Europe' -> 'European')."""
    table = lexicon("entities")["entities"]
    return {
        name: spec["demonyms"][0]
        for name, spec in table.items()
        if isinstance(spec, dict) and spec.get("demonyms")
    }


def _previous_subject_party(sent: Span) -> str | None:
    """The party heading the main subject of the sentence before `sent`, if it names one."""
    subject = _previous_subject(sent)
    return _party(subject, subject.sent) if subject is not None else None


def _previous_subject(sent: Span) -> Token | None:
    """The main subject of the sentence before `sent`."""
    earlier = [s for s in sent.doc.sents if s.start < sent.start]
    if not earlier:
        return None
    root = earlier[-1].root
    return next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)


def _previous_party(sent: Span, other_than: str | None = None) -> str | None:
    """The last party named in the (up to three) sentences before `sent` (other than
    `other_than`)."""
    earlier = [s for s in sent.doc.sents if s.start < sent.start][-3:]
    for span in reversed(earlier):
        parties = [p for p in _parties_in(span) if p[1] != other_than]
        if parties:
            return parties[-1][1]
    return None


def _placed_object(verb: Token, anchor: Token) -> Token | None:
    """The object a verb places on a standing ('puts India on par with ...'), if any."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.i < anchor.i and anchor not in child.subtree:
            return child
    return None


def _previous_clause_subject(tok: Token) -> Token | None:
    """Subject of the nearest clause before `tok` (for appositive nouns on a clause)."""
    subjects = [t for t in tok.doc[tok.sent.start : tok.i] if t.dep_ in SUBJECT_DEPS]
    return max(subjects, key=lambda t: t.head.i, default=None)


def _object(sent: Span, cue: Cue, subject: str) -> str | None | bool:
    """The party or baseline compared against; False when it is a bare figure."""
    if cue.object_text is not None:
        return cue.object_text
    if cue.kind == "multiple":
        return _multiple_object(sent, cue, subject)
    if cue.kind == "change":
        return _change_object(cue.start, sent, subject)
    if cue.kind == "target":
        target = _target_of(cue.start)
        return _np_text(target) if target is not None else None
    if cue.kind in ("never", "none_as_many"):
        return None  # against every time before / the figure said before
    if cue.kind == "contrast":
        return _previous_party(sent, other_than=subject)
    if cue.kind == "prep":
        pobj = next((c for c in cue.start.children if c.dep_ == "pobj"), None)
        return _party_or_text(pobj, sent, subject) if pobj is not None else None
    if cue.comparator is not None:
        target = _comparator_object(cue.comparator)
        when = _earlier_time(cue.comparator, target)
        if when:  # 'than it did in 2015', 'as many as in 2023': the side is an earlier time
            return when
        if target is not None:
            return _party_or_text(target, sent, subject)
        return _party_after(sent, cue.comparator, subject)
    if cue.kind in ("growth", "superlative"):
        return _past_object(cue.start, sent, subject) if cue.kind == "growth" else None
    target = None
    if cue.kind == "verb":
        target = next((c for c in cue.start.children if c.dep_ in ("dobj", "attr")), None)
        agent = next((c for c in cue.start.children if c.dep_ == "agent"), None)
        if target is None and agent is not None and _is_passive(cue):
            target = next((c for c in agent.children if c.dep_ == "pobj"), None)
    if target is None:
        target = _prep_object(cue.end if cue.kind == "phrase" else cue.start)
    if target is not None:
        if target.like_num or target.tag_ == "$" or target.ent_type_ in ("MONEY", "PERCENT"):
            return False
        return _party_or_text(target, sent, subject)
    if cue.kind in ("verb", "noun", "phrase"):
        found = _party_after(sent, cue.end, subject)
        if found:
            return found
    if cue.kind != "absolute" and not _in_concession(cue.start):
        return _concession_party(sent, subject)
    return None


def _earlier_time(comparator: Token, target: Token | None) -> str | None:
    """The time a comparison's other side is set at, when that side is the subject itself
    ('than it did in 2015', 'than it was a decade ago') or only a time ('as in 2023')."""
    doc = comparator.doc
    if target is None:
        nxt = doc[comparator.i + 1] if comparator.i + 1 < len(doc) else None
        clause = nxt if nxt is not None and nxt.lower_ in ("in", "before", "during") else None
        if clause is None:
            return None
        pobj = next((c for c in clause.children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.like_num:
            return pobj.text
        periods = _lex()["period_nouns"]["words"]
        if pobj is not None and (pobj.ent_type_ == "DATE" or pobj.lemma_.lower() in periods):
            return _np_text(pobj)  # 'more than in the previous decade'
        return None
    if target.tag_ != "PRP" or target.lower_ in FIRST_PERSON or target.dep_ not in SUBJECT_DEPS:
        return None
    for child in target.head.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "before", "during"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and _rate_period(pobj):  # 'as they did in a year before 2022'
                later = next((c for c in pobj.children if c.lower_ in ("before", "in")), None)
                year = (
                    next((c for c in later.children if c.dep_ == "pobj"), None) if later else None
                )
                if year is not None and year.like_num:
                    return f"{later.text} {year.text}"
                continue
            if pobj is not None and (pobj.like_num or pobj.ent_type_ == "DATE"):
                return _np_text(pobj)
            if pobj is not None and child.lower_ == "before":  # 'what it was before the war'
                return f"before {doc[pobj.left_edge.i : pobj.right_edge.i + 1].text}"
        if child.lower_ == "ago" or (child.dep_ == "npadvmod" and child.ent_type_ == "DATE"):
            return doc[child.left_edge.i : child.right_edge.i + 1].text
    return None


def _rate_period(tok: Token) -> bool:
    """'a year', 'six months': the span a rate is counted over, not a time it is set at."""
    if tok.lemma_.lower() not in TIME_DAYS:
        return False
    return any(c.lower_ in ("a", "an", "one") or c.like_num for c in tok.children)


def _multiple_object(sent: Span, cue: Cue, subject: str) -> str | None:
    """What a multiplier is taken of: 'what X produce' -> X, 'half of Finland's' -> Finland."""
    nxt = sent.doc[cue.end.i + 1]
    if nxt.lower_ == "of" and nxt.i + 1 < sent.end and nxt.nbor().lower_ == "what":
        nxt = nxt.nbor()  # 'a third of what Latvia produces'
    if nxt.lower_ == "what":
        doer = next((c for c in nxt.head.children if c.dep_ in SUBJECT_DEPS), None)
        if doer is None:
            return None
        if doer.lower_ == "it":  # 'three times what it builds today': the subject itself
            return _own_earlier_time(doer)
        return _own_earlier_time(doer) or _party_or_text(doer, sent, subject)
    if nxt.lower_ == "of":
        target = next((c for c in nxt.children if c.dep_ == "pobj"), None)
    else:
        target = next((t for t in sent.doc[nxt.i : sent.end] if t.pos_ in ("NOUN", "PROPN")), None)
        while target is not None and target.dep_ in ("compound", "poss", "nmod", "amod"):
            target = target.head
    if target is None:
        return None
    of = next((c for c in target.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if owner is not None and nxt.lower_ != "of" and _is_measure(target):
        return _party_or_text(owner, sent, subject)  # '232 times the output of American yards'
    for clause in (c for c in target.children if c.dep_ in ("relcl", "acl")):
        doer = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        when = _own_earlier_time(doer) if doer is not None else None
        if when:  # 'four times the number it delivered in 2020': the subject, earlier
            return when
        if doer is None or doer.pos_ not in ("NOUN", "PROPN"):
            continue
        name = _party(doer, sent) or _np_text(doer)
        if name and name != subject:  # 'the 100,000 tonnes that Britain can launch'
            return name
    if target.left_edge.i <= cue.end.i < target.i:  # the multiplier sits inside the phrase
        words = [t for t in sent.doc[cue.end.i + 1 : target.i + 1] if t.dep_ not in ("det",)]
        return " ".join(t.text for t in words)
    return _party_or_text(target, sent, subject)


def _own_earlier_time(doer: Token) -> str | None:
    """'what it was in 2022', 'the number it delivered in 2020': a pronoun doer (the subject
    itself) set at an earlier time gives that time."""
    if doer.tag_ != "PRP" or doer.lower_ in FIRST_PERSON:
        return None
    when = _earlier_time(doer, doer)
    return None if when is None or when.lower() in _lex()["present_times"]["words"] else when


def _is_measure(tok: Token) -> bool:
    """A word for an amount of something ('output', 'level', 'firepower'), not a thing."""
    return tok.lemma_.lower() in _lex()["multiples"]["measures"] or _is_topic(tok)


def _from_object(tok: Token) -> str | None:
    """The earlier period in 'up 40% from the year before' / 'up from 550 in 2024'."""
    prep = next((c for c in tok.children if c.lower_ == "from"), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if pobj is None and prep is not None:  # 'from 150 three years ago' parsed as one clause
        back = next((c for c in prep.children if c.lower_ in _relative_words()), None)
        return _time_back(back) if back is not None else None
    if pobj is None:
        return None
    unit = pobj
    if pobj.lower_ in ("%", "percent") or pobj.tag_ == "$":  # 'from 11% in 2019'
        pobj = next((c for c in pobj.children if c.like_num), pobj)
    if not pobj.like_num:
        return _np_text(pobj)
    return _figure_time((pobj, unit, prep)) or _figure_text(unit)


def _figure_text(tok: Token) -> str:
    """'up from 50%', 'from €3.1bn': the earlier figure as written, when no time is given."""
    doc = tok.doc
    words = [t for t in doc[tok.left_edge.i : tok.i + 1] if t.dep_ not in ("det", "quantmod")]
    return "".join(t.text_with_ws for t in words).strip() if words else tok.text


def _figure_time(nodes: Sequence[Token]) -> str | None:
    """The time an earlier figure is set at: 'from 800,000 last year' -> 'previous year',
    'from 50% five years earlier', 'from 300 two years ago', 'from 550 in 2024'."""
    for node in dict.fromkeys(nodes):
        for child in node.children:
            if child.lower_ in _relative_words() and child.i > node.i:
                return _time_back(child)  # 'a year earlier'
            if child.dep_ == "npadvmod":  # "from 800,000 last year"
                return _period_text(child)
            if child.dep_ == "prep" and child.lower_ == "in":
                year = next((c for c in child.children if c.dep_ == "pobj"), None)
                if year is not None:
                    return year.text
    return None


def _relative_words() -> list[str]:
    return _lex()["past_objects"]["relative"]


def _time_back(word: Token) -> str:
    """'three years ago' from its 'ago': the date words before it (a figure parsed into the
    date, 'from 150 three years ago', is left out)."""
    doc, first = word.doc, word.i
    while first > word.sent.start and doc[first - 1].ent_type_ == "DATE":
        first -= 1
    if first < word.i - 1 and doc[first].like_num and doc[first + 1].like_num:
        first += 1
    if first == word.i:  # no date words: the phrase the parse gives
        first = word.left_edge.i
    return doc[first : word.i + 1].text


def _change_object(tok: Token, sent: Span, subject: str) -> str | None:
    """What a trailing change is measured on: 'from' a figure or period, else what follows
    'compared with' (', up 21% compared with the same quarter last year')."""
    found = _from_object(tok)
    if found:
        return found
    compared = next((t for t in tok.subtree if t.lower_ == "compared"), None)
    target = _comparator_object(compared) if compared is not None else None
    return _party_or_text(target, sent, subject) if target is not None else None


def _period_text(tok: Token) -> str:
    """'last year' -> 'previous year'; other period phrases as written."""
    text = _np_text(tok)
    return "previous " + text.split(" ", 1)[1] if text.lower().startswith("last ") else text


def _comparator_object(comparator: Token) -> Token | None:
    """The compared-with head after 'than', 'as' or 'compared to/with'."""
    if comparator.lower_ == "compared":
        prep = next((c for c in comparator.children if c.lower_ in ("to", "with")), None)
        comparator = prep if prep is not None else comparator.nbor()
    pobj = next((c for c in comparator.children if c.dep_ in ("pobj", "pcomp")), None)
    if pobj is not None:
        return pobj
    prep = next((c for c in comparator.children if c.dep_ == "prep"), None)
    if comparator.lower_ == "than" and prep is not None and prep.lower_ in ("at", "among", "for"):
        return next((c for c in prep.children if c.dep_ == "pobj"), None)  # 'than at any other'
    if comparator.dep_ == "mark":  # "than NATO does in a year"
        clause = comparator.head
        return next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    return None


def _prep_object(tok: Token) -> Token | None:
    preps = _lex()["object_preps"]
    if tok.lower_ in preps:  # the cue ends on its preposition ("on par with")
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            return pobj
    for child in tok.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in preps:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def _past_object(verb: Token, sent: Span, subject: str) -> str | None:
    """The earlier period a change is measured from ('from pre-war levels'), else None."""
    spec = _lex()["past_objects"]
    compared = next((c for c in verb.children if c.lower_ == "compared"), None)
    target = _comparator_object(compared) if compared is not None else None
    if target is not None:  # 'rose 45% last year compared with 2024': the named baseline
        return _party_or_text(target, sent, subject)
    for prep in verb.children:
        if prep.lower_ in spec["preps"]:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.lower_ in spec["heads"]:
                return _np_text(pobj)
            back = next((c for c in prep.children if c.lower_ in _relative_words()), None)
            if prep.lower_ == "from" and back is not None:  # 'rose 5% from a year earlier'
                return _time_back(back)
            if prep.lower_ == "from" and pobj is not None:
                found = _figure_time((pobj, prep))  # 'rose to X from €15.1bn a year earlier'
                if found:
                    return found
                figure = pobj.like_num or pobj.ent_type_ in ("MONEY", "PERCENT", "CARDINAL")
                if figure:  # 'rose to 300 from 250': the earlier figure
                    return _figure_text(pobj)
        if prep.lower_ == "to":  # 'shrunk to a fraction of their former level'
            part = next((c for c in prep.children if c.dep_ == "pobj"), None)
            base = _share_of(part) if part is not None else None
            if base is not None:
                return _np_text(base)
        if prep.lower_ == "since":  # "has doubled since 2022"
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return _np_text(pobj)
        if prep.dep_ == "npadvmod" and prep.lower_ == "year":  # "rose 38% last year"
            return _period_text(prep)
    if verb.dep_ in ("xcomp", "ROOT", "ccomp", "conj") and any(
        c.dep_ == "aux" and (c.tag_ == "TO" or c.lower_ in _lex()["modal_future"])
        for c in verb.children
    ):  # a planned change is measured on the present: "double capacity" -> "current capacity"
        target = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if target is not None and target.pos_ == "NOUN":
            return "current " + target.lemma_.lower()
    compared = next((t for t in verb.subtree if t.lower_ == "compared"), None)
    target = _comparator_object(compared) if compared is not None else None
    if target is not None:
        return _party_or_text(target, sent, subject)
    since = next((t for t in verb.subtree if t.lower_ == "since" and t.dep_ == "prep"), None)
    if since is not None and _same_clause(since, verb):  # 'has shrunk by half since 2022'
        pobj = next((c for c in since.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            return _np_text(pobj)
    return None


def _same_clause(tok: Token, verb: Token) -> bool:
    """True when `tok` hangs from `verb` directly or from the change's own figure ('has shrunk
    by about half since 2022'), not from a noun of its own ('fell by 21%, the first decline
    since 1990': 'since' dates the decline)."""
    node = tok.head
    for _ in range(3):
        if node.i == verb.i:
            return True
        figure = node.like_num or node.lower_ in ("%", "percent", "half", "third", "quarter")
        if not (figure or node.dep_ == "prep") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _concession_party(sent: Span, subject: str) -> str | None:
    """A party named in a concessive clause ('while Russia leads ...'), other than the subject."""
    for mark in (t for t in sent if t.dep_ == "mark" and t.lower_ in _lex()["concessive"]):
        clause = sent.doc[mark.head.left_edge.i : mark.head.right_edge.i + 1]
        return next((name for _i, name, _p in _parties_in(clause) if name != subject), None)
    return None


def _party(tok: Token, sent: Span) -> str | None:
    """Canonical name of the party `tok` heads: entity, descriptor or pronoun, else None."""
    index = entity_index()
    doc = tok.doc
    if tok.tag_ in ("PRP", "PRP$"):
        return _resolve_pronoun(tok, sent)
    core = [t for t in tok.children if t.dep_ == "compound" and t.i < tok.i] + [tok]
    itself = index.canonical(doc[core[0].i : tok.i + 1].text)
    if itself is not None:
        return itself.name
    for child in tok.children:
        if child.dep_ == "poss":
            name = _party(child, sent)
            if name:
                return name
    left = doc[tok.left_edge.i : tok.i + 1]
    known = index.first_in(left.text)
    if known is not None:
        group = [known.name] + [
            e.name for c in tok.children if c.dep_ == "conj" for e in [index.first_in(c.text)] if e
        ]
        return " and ".join(dict.fromkeys(group))
    core = " ".join(t.text for t in left if t.dep_ in ("det", "compound") or t.i == tok.i)
    typ = index.descriptor_type(core)
    if typ is not None:
        resolved = latest_of_type(doc, tok.idx, typ)
        if resolved:
            return resolved
    known = index.first_in(_np_text(tok, limit=30))
    return known.name if known is not None else None


def _party_or_text(tok: Token, sent: Span, subject: str) -> str | None:
    """The party `tok` names, or its short text when it names none (or names the subject);
    a common noun a party owns or qualifies keeps its head and its party ('the U.S. Navy's
    public shipyards', 'American shipbuilding capacity')."""
    if tok.lower_ in ("either", "any", "all", "both", "each") and tok.pos_ == "PRON":
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        group = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if group is not None:  # 'more than either of them' -> the two named before
            return _party_or_text(group, sent, subject)
    appos = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if appos is not None:  # 'its European competitor Aldermont'
        return _party_or_text(appos, sent, subject)
    if tok.lower_ in ("that", "those"):  # 'higher than that of the alliance'
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if owner is not None:
            return _party_or_text(owner, sent, subject)
    described = _any_other(tok) or _described_object(tok) or _own_name(tok)
    if described:
        return described
    name = _party(tok, sent)
    if name and name != subject:
        return name
    return _np_text(tok) or None


def _own_name(tok: Token) -> str | None:
    """'its European competitor Aldermont' -> 'Aldermont': a name the parties do not know is
    its own, not the party of a word before it."""
    if tok.pos_ != "PROPN" or not tok.ent_type_ or tok.dep_ == "compound":
        return None
    words = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [tok]
    own = " ".join(t.text for t in words)
    index = entity_index()
    if index.canonical(own) is not None or index.canonical(tok.text) is not None:
        return None
    return own


def _any_other(tok: Token) -> str | None:
    """'any other listed European defence company' -> 'other listed European defence
    companies': every other one of the kind, as a group."""
    if tok.pos_ != "NOUN" or not any(c.lower_ in ("any", "every") for c in tok.lefts):
        return None
    other = next((c for c in tok.lefts if c.lower_ == "other"), None)
    if other is None:
        return None
    words = [t.text for t in tok.doc[other.i : tok.i]] + [_plural(tok)]
    return " ".join(words)


def _described_object(tok: Token) -> str | None:
    """'the U.S. Navy's public shipyards', 'American yards': the short text of a common noun
    with a party among its owners or modifiers (not a pronoun's: 'its neighbours')."""
    if tok.pos_ != "NOUN" or tok.ent_type_ in ("DATE", "TIME"):
        return None
    if tok.lemma_.lower() in _lex()["period_nouns"]["words"]:
        return None  # "France's last year": a time, not a thing compared
    owners = [c for c in tok.lefts if c.dep_ == "poss" and c.tag_ != "PRP$"]
    if not owners and _described_subject(tok) is None:
        return None
    if owners and not _parties_in(tok.doc[owners[0].left_edge.i : owners[0].i + 1]):
        return None
    words = list(tok.doc[tok.left_edge.i : tok.i + 1])  # the head and what stands before it
    while words[0].dep_ in ("det", "predet", "punct") and words[0].i != tok.i:
        words.pop(0)
    return "".join(t.text_with_ws for t in words).strip() or None


def _np_text(tok: Token, limit: int = 6) -> str:
    """Short text of the noun phrase headed by `tok`, cut at dashes, clauses and commas."""
    words = []
    skip = {
        t.i
        for c in tok.children
        if c.dep_ in ("relcl", "acl", "appos", "advcl") or (c.dep_ == "amod" and c.i > tok.i)
        for t in c.subtree
    }  # a post-modifying comparative ('a backlog larger than ...') is no part of the name
    for t in tok.doc[tok.left_edge.i : tok.right_edge.i + 1]:
        if t.i > tok.i and (t.text in CUT_TOKENS or t.text == ","):
            break
        if t.i in skip or (t.i < tok.i and t.text in CUT_TOKENS):
            continue
        words.append(t)
    period = tok.lemma_.lower() in _lex()["period_nouns"]["words"]
    while words and words[0].dep_ in ("det", "predet", "punct") and words[0].i != tok.i:
        if period and words[0].lower_ in ("this", "that", "next"):
            break  # 'compared with this year': the determiner is the date
        words.pop(0)
    if tok in words[:limit]:
        cut = limit
        while cut < min(len(words), limit + 3) and words[cut - 1].dep_ in OPEN_ENDS:
            cut += 1  # 'states in Asia and' -> 'states in Asia and Oceania'
        words = words[:cut]
    else:
        words = words[: max(words.index(tok) + 1, 1)]
    return "".join(t.text_with_ws for t in words).strip(" ,.'\"‘’“”")


def _parties_in(span: Span) -> list[tuple[int, str, bool]]:
    """Parties named in `span`: (token index, name, plural?), coordinations joined."""
    index = entity_index()
    doc = span.doc
    parties: list[tuple[int, str, bool]] = []
    for start, _end, ent in index.find_all(span.text):
        if ent.kind == "outlet":
            continue
        char = span.start_char + start
        tok = next((t for t in span if t.idx <= char < t.idx + len(t.text) + 1), None)
        if tok is None:
            continue
        if parties and tok.dep_ == "conj" and doc[parties[-1][0]] in tok.ancestors:
            i, name, _ = parties[-1]
            parties[-1] = (i, f"{name} and {ent.name}", True)
            continue
        plural = tok.tag_ in ("NNS", "NNPS") or (
            tok.dep_ in ("compound", "amod", "nmod") and tok.head.tag_ in ("NNS", "NNPS")
        )
        parties.append((tok.i, ent.name, plural))
    return parties


def _party_after(sent: Span, tok: Token, subject: str) -> str | None:
    """First party named after `tok` in the sentence, other than the subject, before a
    quotation closes ('"We lag behind," the Estonian minister said': no party after)."""
    doc = sent.doc
    end = next(
        (
            t.i
            for t in doc[tok.i + 1 : sent.end]
            if t.text in QUOTE_MARKS and doc[t.i - 1].text in (",", ".", "!", "?")
        ),  # a quotation closing on its punctuation, not a quoted phrase ('a "laggard position"')
        sent.end,
    )
    rest = doc[tok.i + 1 : end]
    for _i, name, _plural in _parties_in(rest):
        if name != subject and subject not in name.split(" and "):
            return name
    return None


def _resolve_pronoun(tok: Token, sent: Span) -> str | None:
    """'their' -> the last plural party named before; 'its'/'it' -> the owner a clause of
    saying names ('X says its new plant ...'), else the last singular party. 'We'/'our' is
    the speaker's side, never a party named before: None (see `in_own_voice`)."""
    if tok.lower_ in FIRST_PERSON or tok.lower_ in PERSONAL:
        return None  # 'her plant': a person's, not a party's
    plural = tok.lower_ in PLURAL_PRONOUNS
    doc = tok.doc
    if not plural:
        owner = _clause_owner(tok)
        if owner is not None:
            return owner
    sentences = [s for s in doc.sents if s.start < sent.start][-3:]
    for span in [doc[sent.start : tok.i], *reversed(sentences)]:
        parties = _parties_in(span)
        matching = [p for p in parties if p[2] == plural]
        if matching:
            return matching[-1][1]
        if parties and not plural:
            return parties[-1][1]
    return None


def _clause_owner(tok: Token) -> str | None:
    """'Altmark, a shell maker, says its plant ...': the singular proper-noun subject of the
    clause that governs the one holding `tok` (a known party, or the name as written)."""
    clause = next((t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if clause is None or clause.dep_ not in ("ccomp", "conj", "xcomp"):
        return None
    own = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    if own and not any(t.i == tok.i for o in own for t in o.subtree):
        return None  # 'it' is not inside the clause's own subject: the clause speaks alone
    governor = clause.head
    subject = next(
        (c for c in governor.children if c.dep_ in SUBJECT_DEPS and not _is_label(c)), None
    )
    makers = _lex()["maker_nouns"]
    described = subject is not None and subject.lemma_.lower() in makers
    if subject is not None and subject.pos_ == "NOUN":  # 'the Spanish shipbuilder Navantia'
        subject = next((c for c in subject.children if c.dep_ == "appos"), subject)
    if subject is None or subject.pos_ != "PROPN" or subject.tag_ == "NNPS":
        return None
    described = described or any(
        c.dep_ == "appos" and c.lemma_.lower() in makers for c in subject.children
    )
    if subject.ent_type_ == "PERSON" and not described:
        return None  # 'Smith said its ...': a person is not the owner ('X, a maker, ...' is)
    core = " ".join(t.text for t in [*(t for t in subject.lefts if t.dep_ == "compound"), subject])
    known = entity_index().canonical(core)  # its own name: 'the Spanish shipbuilder Navantia'
    return known.name if known is not None else core


def _is_label(tok: Token) -> bool:
    """'OKAFOR: The Royal Artillery fielded ...': a transcript's speaker label parsed as a
    subject (a word before a colon at the start of its sentence)."""
    return (
        tok.i + 1 < len(tok.doc)
        and tok.nbor().text == ":"
        and tok.left_edge.i <= tok.sent.start + 1
    )


def _own_party(sent: Span, cue: Cue) -> str | None:
    """The party a 'no other country' sentence speaks for: a country named in the sentence
    outside the cue, else the last country named before it in the document."""
    index = entity_index()
    for i, name, _plural in _parties_in(sent):
        known = index.canonical(name)
        if not cue.start.i <= i <= cue.end.i and known is not None and known.kind == "country":
            return name
    return latest_of_type(sent.doc, sent.start_char, "country")


def _is_topic(tok: Token) -> bool:
    """True for a capacity, output, capability or spending word (or a compound with one)."""
    words = _lex()["topic_words"]["words"]
    low = tok.lower_
    if tok.lemma_.lower() in words or low in words or (low[-1:] == "s" and low[:-1] in words):
        return True  # 'Forces' in a name is not lemmatised: its singular counts too
    return any(c.dep_ == "compound" and c.lemma_.lower() in words for c in tok.children)


def _is_realised(verb: Token) -> bool:
    """A finite, non-modal, non-infinitive verb: a change that happened (or is happening)."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _lex()["modal_future"] or a.tag_ == "TO" for a in aux):
        return False
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    if verb.tag_ in ("VBN", "VBG"):
        return bool(aux) and verb.dep_ not in ("xcomp", "pcomp")
    return False


def _compared_with(cue: Cue) -> bool:
    """'will rise 12% compared with this year': the change names what it is measured on."""
    return any(t.lower_ == "compared" for t in cue.start.subtree)


def _growth_ok(cue: Cue, quantities: Sequence[Quantity], subject: Token | None = None) -> bool:
    """Growth needs a capacity word on its subject (as found, or the verb's own) or object, or
    a multiplier of its own ('we have tripled our rate'); a change noun needs a figure."""
    tok = cue.start
    if subject is not None and tok.pos_ != "NOUN" and any(_is_topic(t) for t in subject.subtree):
        return True
    if tok.pos_ != "NOUN" and _tied(cue, quantities, ("times",)):
        return True
    if tok.pos_ != "NOUN" and _compared_with(cue) and _tied(cue, quantities, ("percent",)):
        return True  # 'rose 21% compared with 2015-19': a figure on a named baseline
    share = next((c for c in tok.children if c.dep_ == "dobj" and _has_share(c, quantities)), None)
    if share is not None and any(_is_topic(t) for t in tok.sent):
        return True  # 'it has lost three quarters of them' (its regiments): a share of itself
    if tok.pos_ == "NOUN":
        lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
        return any(lo <= q.char_start < hi and q.unit in ("times", "percent") for q in quantities)
    parts = [c for c in tok.children if c.dep_ in (*SUBJECT_DEPS, "dobj")]
    if tok.dep_ == "relcl":  # "shells ..., a figure that has doubled": the noun it restates
        parts += [tok.head] + ([tok.head.head] if tok.head.dep_ == "appos" else [])
    return any(_is_topic(t) for p in parts for t in p.subtree)


def _share_of(part: Token) -> Token | None:
    """'a fraction of their former level', 'half of its 2019 size': what the share is of."""
    if part.lemma_.lower() not in _lex()["multiples"]["shares"]:
        return None
    of = next((c for c in part.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _has_share(obj: Token, quantities: Sequence[Quantity]) -> bool:
    """'three quarters of them', '40% of its fleet': a percentage of something (an 'of')."""
    lo, hi = obj.left_edge.idx, obj.idx + len(obj.text)
    pct = any(q.unit == "percent" and lo <= q.char_start < hi for q in quantities)
    return pct and any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)


def _vague_multiple(verb: Token) -> bool:
    """'raised production by several times', 'many times over': a multiplier with no figure."""
    vague = _lex()["vague_multiples"]["words"]
    for t in verb.subtree:
        if t.lower_ in ("times", "fold") and any(c.lower_ in vague for c in t.children):
            return True
        if t.lower_ in vague and t.i + 1 < len(t.doc) and t.nbor().lower_ in ("times", "fold"):
            return True
        if t.lower_ in ("manifold", "severalfold", "multifold"):
            return True
    return False


def _is_passive(cue: Cue) -> bool:
    """A passive verb cue: 'X is outnumbered by Y'."""
    return cue.kind == "verb" and _passive_verb(cue.start)


def _negated(cue: Cue) -> bool:
    if cue.kind in ("no_other", "never", "none_as_many"):
        return False  # the negation is the cue itself
    tok = cue.start
    verb = next((t for t in [tok, *tok.ancestors] if t.pos_ in ("VERB", "AUX")), tok)
    if any(c.dep_ == "neg" for c in (*tok.children, *verb.children)):
        return True
    if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return True
    before = tok.doc[max(tok.i - 2, tok.sent.start) : tok.i].text.lower()
    return bool(re.search(r"\b(?:not|never|n't|no longer)\b(?! only)", before + " "))


def _in_concession(tok: Token) -> bool:
    """True when `tok` sits in a 'while/although/albeit ...' clause."""
    concessive = _lex()["concessive"]
    for node in [tok, *tok.ancestors]:
        if node.lower_ in concessive:
            return True
        if any(c.dep_ == "mark" and c.lower_ in concessive for c in node.children):
            return True
    return False


def _tied(cue: Cue, quantities: Sequence[Quantity], units: Sequence[str]) -> list[Quantity]:
    """Quantities of `units` next to the cue (three words either side for growth)."""
    doc = cue.start.doc
    lo = doc[max(cue.start.i - 3, 0)].idx
    after = doc[min(cue.end.i + 3, len(doc) - 1)] if cue.kind == "growth" else cue.end
    hi = after.idx + len(after.text)
    return [q for q in quantities if q.unit in units and lo <= q.char_start and q.char_end <= hi]


def _ratio(cue: Cue, quantities: Sequence[Quantity]) -> float | None:
    """The multiplier tied to the cue ('three times more', 'doubled'); None for ranges."""
    doc = cue.start.doc
    tied = _tied(cue, quantities, ("times",))
    if not tied:
        return None
    before = doc_text(doc)[max(tied[0].char_start - 12, 0) : tied[0].char_start]
    return None if tied[0].low is not None or RANGE_BEFORE.search(before) else tied[0].value


def _period_of_rate(q: Quantity) -> Quantity:
    """The period of a rate ('350,000 shells a year') as a one-unit duration at its place."""
    return Quantity(
        text=q.text,
        value=1.0,
        unit=PER_PERIODS[q.per],
        char_start=q.char_start,
        char_end=q.char_end,
    )


def _add_periods(
    comparison: Comparison,
    sent: Span,
    cue: Cue,
    quantities: Sequence[Quantity],
    share: float | None = None,
) -> None:
    """Periods on each side of the comparison and the ratio of rates per common period
    (`share`: a percentage multiplier the record's ratio does not hold, 'half as many')."""
    split = (cue.comparator or cue.end).idx
    durations = [q for q in quantities if q.unit in TIME_DAYS]
    durations += [_period_of_rate(q) for q in quantities if q.per in PER_PERIODS]
    durations.sort(key=lambda q: q.char_start)
    before = [q for q in durations if sent.start_char <= q.char_start and q.char_end <= split]
    after = [q for q in durations if q.char_start > split and q.char_end <= sent.end_char]
    if len(before) != 1 or len(after) != 1:
        return
    comparison.subject_period = _iso_duration(before[0].value, before[0].unit)
    comparison.object_period = _iso_duration(after[0].value, after[0].unit)
    subject_days = before[0].value * TIME_DAYS[before[0].unit]
    object_days = after[0].value * TIME_DAYS[after[0].unit]
    ratio = comparison.ratio if comparison.ratio is not None else share
    if ratio is None and cue.kind == "as_as":  # 'as many in a month as X in three months'
        ratio = 1.0 if comparison.direction == "equal" else None
    if ratio is not None:
        comparison.rate_ratio = round(ratio * object_days / subject_days, 6)
    if comparison.rate_ratio is not None:
        # both sides carry periods: the rates decide ('as much in three months as X in a
        # year' is more; 'half of what X makes in a year, in a month' is more too)
        rate = comparison.rate_ratio
        comparison.direction = "more" if rate > 1 else "less" if rate < 1 else "equal"
