"""Prefilter: only the paragraphs that can matter go through the statistical pipeline.

The tokenizer is ~30 times faster than the tagger, parser and entity recogniser.
`Prefilter.plan` reads an article's tokens only and keeps every paragraph that
could make a claim or that speaker tracking could need:

- claim cues: a digit or number word, a quotation mark (in an article that writes
  its quotations in single marks, the quotations `quotes.quote_regions` finds, not
  every apostrophe), a reporting verb, an
  "according to"-style phrase, a comparison or growth word, a time unit after
  "a"/"per" (the words come from the lexicons the extractors use; lemmas are
  matched through every inflection the rule lemmatizer could map to them);
- speaker context: a capitalised word that is not just a sentence's first
  function word (people, organisations, places, surnames are all capitalised),
  a group noun ("officials" for a later "they");
- the paragraph after a kept one that does not end a sentence (a headline, or a
  name in apposition whose role is read from the words after it);
- an evaluative cue of `models/lexicons/assessment.json` ("an overstatement",
  "could not be independently verified"): such a sentence can assess an earlier
  claim (`pipeline.normalize.assessment`), so it is parsed like the claims.

Everything else is skipped only when skipping saves parsing. Paragraph starts
are sentence starts the parser must respect (`nlp.paragraph_boundaries`), and a
run of kept paragraphs is parsed as its own Doc with `CONTEXT_BEFORE` tokens
before it and `CONTEXT_AFTER` after it: the CNN token encoders see 4 tokens on
each side, the parser looks one token past the buffer head, and no arc or
entity crosses a sentence start, so every annotation of a kept token is the one
a whole-article parse gives it. `assemble` writes the kept annotations into the
tokenized article; a skipped paragraph becomes one sentence with no tags, no
lemmas and no entities (white space tokens get the fixed annotation the
pipeline always gives them), which no extractor can make a claim from.

The same marks say, for each sentence of the parsed article, which extractors
can find anything in it (`sentence_needs`): quantities need a numeral word,
comparisons a comparison word or a quantity, attribution a reporting word, so
extraction does not ask the others.

The cue lists must stay a superset of what the extractors react to: a new kind
of cue in `attribution`, `quantities`, `numbers` or `comparisons` needs its words
here too. tests/process/test_prefilter.py checks that records are identical with and
without the prefilter on the development and seed articles.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache

import numpy
from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_TYPE,
    HEAD,
    IS_SPACE,
    LEMMA,
    LOWER,
    MORPH,
    ORTH,
    POS,
    TAG,
)
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.extract.claims import Needs
from pipeline.extract.quotes import (
    quote_regions,
    signature_after,
    single_speech_possible,
    single_style,
)
from pipeline.nlp.model import doc_text, paragraph_starts
from pipeline.normalize.assessment import has_cue as has_assessment_cue
from pipeline.resources import lexicon, models_dir

CONTEXT_BEFORE = 4  # tokens of context parsed before a kept run (CNN window: 4)
CONTEXT_AFTER = 6  # and after it (parser look-ahead of 1, plus the CNN window, plus 1)
MIN_SAVING = 8  # skip a run of paragraphs only when it saves at least this many tokens

_ATTRS = [POS, TAG, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
_HEAD_COL = _ATTRS.index(HEAD)

# token flags, decided once per word form; the first four say which extractor a word feeds
_QUANT = 1  # a numeral or a word that makes one ("three", "half", "doubled", "sixfold")
_COMP = 2  # a comparison or growth cue ("more", "largest", "outpace", "surge")
_ATTR = 4  # an attribution cue ("said", "estimate" after "by")
_QUOTE = 8  # a quotation mark
_CUE = _QUANT | _COMP | _ATTR | _QUOTE
_NAME = 16  # capitalised: a name unless it only opens a sentence
_INERT_INITIAL = 32  # a function word that may be capitalised at a sentence start
_GROUP = 64  # a group noun a later "they" can refer to
_PAIR = 128  # first word of a two-word cue ("a year", "as many", "most powerful", ", up")
_PHRASE = 256  # may start a multi-word cue ("on par with")
_SENT_END = 512  # sentence-final punctuation
_SPACE = 1024


def _words(value) -> list[str]:
    """The words of a lexicon entry: list items or dict keys, comments left out."""
    if isinstance(value, dict):
        return [k for k in value if not k.startswith("_")]
    return list(value)


@cache
def _settings() -> dict:
    with (models_dir() / "prefilter.json").open(encoding="utf-8") as fh:
        return {k: v for k, v in json.load(fh).items() if not k.startswith("_")}


@dataclass
class _Cues:
    """Lower-case words, lemmas and word sequences the extractors react to, by extractor."""

    words: dict[str, int] = field(default_factory=dict)
    lemmas: dict[str, int] = field(default_factory=dict)
    # first word -> (second words, second lemmas, extractor)
    pairs: dict[str, list[tuple[frozenset[str], frozenset[str], int]]] = field(default_factory=dict)
    phrases: list[tuple[str, ...]] = field(default_factory=list)  # comparison, word or lemma
    text_phrases: tuple[str, ...] = ()  # attribution, matched in the lower-cased text
    fold_suffix: str = ""
    fractions: frozenset[str] = frozenset()  # read with trailing "s" removed
    group_nouns: frozenset[str] = frozenset()

    def add(self, table: dict[str, int], words: Iterable[str], kind: int) -> None:
        for word in words:
            table[word.lower()] = table.get(word.lower(), 0) | kind

    def pair(self, first: str, seconds: Iterable[str], kind: int, lemmas: bool = False) -> None:
        second = frozenset(w.lower() for w in seconds)
        self.pairs.setdefault(first, []).append((second, second if lemmas else frozenset(), kind))


def _cues() -> _Cues:
    """The cue words of `attribution`, `comparisons`, `quantities` and `numbers`."""
    cues = _Cues()
    rep = lexicon("reporting_verbs")  # attribution: verbs by lemma, nouns of "by X's estimate"
    cues.add(cues.lemmas, _words(rep["verbs"]), _ATTR)
    cues.add(cues.lemmas, _words(rep.get("naming_verbs", {})), _ATTR)  # 'branded it a ...'
    cues.add(cues.lemmas, _words(rep.get("agent_verbs", {})), _ATTR)  # 'unveiled by X'
    cues.add(cues.lemmas, rep.get("closing_verbs", []), _ATTR)  # '"...," she continued'
    cues.add(cues.lemmas, rep.get("document_verbs", []), _ATTR)  # '"...," the letter reads'
    # a colon: a transcript line, a quotation it introduces, a headline's speaker
    cues.add(cues.words, [":"], _ATTR)
    cues.add(cues.lemmas, _words(rep.get("nouns", [])), _ATTR)
    cues.add(cues.words, _words(rep.get("nouns", [])), _ATTR)
    for nouns in rep.get("source_nouns", {}).values():
        cues.add(cues.words, nouns, _ATTR)
    cues.text_phrases = tuple(f"{p.lower()} " for p in rep["according_to"])

    comp = lexicon("comparatives")  # comparisons: words as written, lemmas, pairs, phrases
    cues.add(cues.words, _words(comp["comparatives"]), _COMP)
    cues.add(cues.words, _words(comp["superlatives"]), _COMP)
    for key in ("verbs", "adjectives", "nouns", "absolute", "growth_nouns"):
        cues.add(cues.lemmas, _words(comp[key]), _COMP)
    cues.add(cues.lemmas, _words(comp["targets"]["verbs"]), _COMP)  # 'has not reached'
    cues.add(cues.words, _words(comp["never"]["cue_words"]), _COMP)  # 'never', 'no ... that many'
    cues.add(cues.lemmas, (v.split()[0] for v in _words(comp["growth_verbs"])), _COMP)
    cues.pair("as", comp["as_as"]["words"], _COMP)
    cues.pair("most", _words(comp["most_adjectives"]), _COMP)
    cues.pair(",", _words(comp["change_words"]), _COMP)
    for key in ("phrases", "no_other"):
        cues.phrases.extend(tuple(p.lower().split()) for p in _words(comp[key]))

    num = lexicon("numbers")  # numerals: number words, multipliers, fractions
    for key in ("units", "scales", "counts", "multipliers", "times_words"):
        cues.add(cues.words, _words(num[key]), _QUANT)
    cues.add(cues.words, ("half", "halves"), _QUANT)
    cues.add(cues.lemmas, _words(num["multiplier_verbs_only"]), _QUANT)
    cues.add(cues.lemmas, _words(num["halving_verbs"]), _QUANT)
    cues.fold_suffix = num["fold_suffix"]
    cues.fractions = frozenset(w.lower() for w in _words(num["fractions"]))
    time_units = _words(lexicon("units")["time_units"])  # "a year", "per month"
    for article in ("a", "an", "per"):
        cues.pair(article, time_units, _QUANT, lemmas=True)
    roles = lexicon("roles")
    # a document, a part of it or its authors: a paragraph on one keeps a passage's source
    # going to the figures after it (`claims._about_the_document`), so it must be parsed
    documents = [*roles["passage_nouns"], *roles["display_nouns"], *roles["document_voices"]]
    cues.group_nouns = frozenset(g.lower() for g in roles["group_nouns"]) | frozenset(
        form for d in documents for form in (d.lower(), d.lower() + "s")
    )
    return cues


class _Lemmas:
    """Every lemma the pipeline could give a word, whatever its part of speech."""

    def __init__(self, nlp: Language) -> None:
        lemmatizer = nlp.get_pipe("lemmatizer")
        tables = getattr(lemmatizer, "stock", lemmatizer).lookups  # FastLemmatizer wraps it
        self.exc = tables.get_table("lemma_exc", {})
        self.rules = tables.get_table("lemma_rules", {})
        self.pos = sorted(set(self.exc.keys()) | set(self.rules.keys()))
        self.fixed: dict[str, set[str]] = {}  # lemmas the attribute ruler sets for a word
        self.fixed_re: list[tuple[re.Pattern[str], str]] = []  # ... for words matching a regex
        self.always: set[str] = set()  # ... for words it does not restrict
        ruler = nlp.get_pipe("attribute_ruler")
        for spec in getattr(ruler, "patterns", []):
            lemma = spec["attrs"].get("LEMMA")
            if lemma is None:
                continue
            for pattern in spec["patterns"]:
                target = pattern[spec.get("index", 0)]
                wanted = target.get("LOWER", target.get("ORTH"))
                if isinstance(wanted, str):
                    self.fixed.setdefault(wanted.lower(), set()).add(lemma.lower())
                elif isinstance(wanted, dict) and "IN" in wanted:
                    for w in wanted["IN"]:
                        self.fixed.setdefault(w.lower(), set()).add(lemma.lower())
                elif isinstance(wanted, dict) and "REGEX" in wanted:
                    self.fixed_re.append((re.compile(wanted["REGEX"]), lemma.lower()))
                else:
                    self.always.add(lemma.lower())

        # the same tables merged over parts of speech: exceptions by word, rules by suffix
        self.exc_any: dict[str, set[str]] = {}
        for pos in self.pos:
            for word, forms in self.exc.get(pos, {}).items():
                self.exc_any.setdefault(word, set()).update(f.lower() for f in forms)
        self.by_suffix: dict[str, set[str]] = {}
        for pos in self.pos:
            for old, new in self.rules.get(pos, ()):
                self.by_suffix.setdefault(old, set()).add(new)
        self.suffix_lengths = sorted({len(old) for old in self.by_suffix})

    def of(self, lower: str) -> set[str]:
        found = {lower}
        found.update(self.fixed.get(lower, ()))
        found.update(self.always)
        found.update(lemma for regex, lemma in self.fixed_re if regex.search(lower))
        found.update(self.exc_any.get(lower, ()))
        n = len(lower)
        for length in self.suffix_lengths:
            if length > n:
                break
            news = self.by_suffix.get(lower[n - length :])
            if news:
                stem = lower[: n - length]
                found.update(form for new in news if (form := stem + new))
        return found


@dataclass
class Plan:
    """What to parse of one tokenized article: kept token runs, or None for everything."""

    runs: list[tuple[int, int]] | None
    paragraphs: list[int]  # first token of each paragraph (sentence starts)
    cues: list[int] | None = None  # per token: the extractors it is a cue word for

    def chunks(self, n_tokens: int) -> list[tuple[int, int]]:
        """Token ranges to parse: each kept run with its context."""
        assert self.runs is not None
        return [
            (max(0, a - CONTEXT_BEFORE), min(n_tokens, b + CONTEXT_AFTER)) for a, b in self.runs
        ]

    @property
    def kept_tokens(self) -> int:
        return sum(b - a for a, b in self.runs or [])


class Prefilter:
    """Tokenizer-level selection of what to parse, and the assembly of the result."""

    def __init__(self, nlp: Language) -> None:
        settings = _settings()
        self.cues = _cues()
        self._lemmas = _Lemmas(nlp)
        self._quotes = frozenset(settings["quote_marks"])
        self._sent_end = frozenset(settings["sentence_end"])
        self._para_end = frozenset(settings["paragraph_end"])
        self._inert = frozenset(settings["inert_initials"])
        self._phrase_starts: dict[str, list[tuple[str, ...]]] = {}  # by first word
        for phrase in self.cues.phrases:
            self._phrase_starts.setdefault(phrase[0], []).append(phrase)
        self._flags: dict[int, int] = {}  # by word
        self._word_lemmas: dict[str, set[str]] = {}
        self._space = self._space_annotation(nlp)
        self._dep = nlp.vocab.strings.add("dep")

    # ---------------------------------------------------------------- token tests
    def _lemmas_of(self, lower: str) -> set[str]:
        """Every lemma a word could get, lower-cased (the word itself among them)."""
        found = self._word_lemmas.get(lower)
        if found is None:
            if len(self._word_lemmas) > 1_000_000:
                self._word_lemmas.clear()
            found = self._word_lemmas[lower] = self._lemmas.of(lower)
        return found

    def _matches(self, lower: str, word: str) -> bool:
        """Whether a word can read as `word` of a phrase: as written or through its lemma."""
        return lower == word or word in self._lemmas_of(lower)

    def _flag(self, tok: Token) -> int:
        text, lower = tok.text, tok.lower_
        cues = self.cues
        lemmas = self._lemmas_of(lower)
        flags = cues.words.get(lower, 0)
        for lemma in lemmas:
            flags |= cues.lemmas.get(lemma, 0)
        if (
            tok.like_num
            or any(c.isdigit() for c in text)
            or lower.rstrip("s") in cues.fractions
            or lower.endswith(cues.fold_suffix)
            and lower != cues.fold_suffix
        ):
            flags |= _QUANT
        if any(c in self._quotes for c in text):
            flags |= _QUOTE
        if any(c.isupper() for c in text):
            flags |= _NAME
        if lower in self._inert:
            flags |= _INERT_INITIAL
        if lower in cues.group_nouns:
            flags |= _GROUP
        if lower in cues.pairs:
            flags |= _PAIR
        if not lemmas.isdisjoint(self._phrase_starts):
            flags |= _PHRASE
        if text in self._sent_end:
            flags |= _SENT_END
        if tok.is_space:
            flags |= _SPACE
        return flags

    def _pair_at(self, doc: Doc, i: int) -> int:
        """The extractors a two-word cue starting at token i feeds, or 0."""
        if i + 1 >= len(doc):
            return 0
        nxt = doc[i + 1].lower_
        kinds = 0
        for words, lemmas, kind in self.cues.pairs.get(doc[i].lower_, ()):
            if nxt in words or lemmas and not lemmas.isdisjoint(self._lemmas_of(nxt)):
                kinds |= kind
        return kinds

    def _phrase_at(self, doc: Doc, i: int) -> bool:
        for first in self._lemmas_of(doc[i].lower_) & self._phrase_starts.keys():
            for phrase in self._phrase_starts[first]:
                if i + len(phrase) <= len(doc) and all(
                    self._matches(doc[i + k].lower_, w) for k, w in enumerate(phrase) if k
                ):
                    return True
        return False

    def marks(self, doc: Doc) -> tuple[list[int], list[int]]:
        """Flags of every token, and the extractors each token is a cue word for.

        A word counts through every lemma it could get, so the marks of a tokenized
        article hold for its parse too.
        """
        cache = self._flags
        flags = [cache.get(orth) for orth in doc.to_array(ORTH).tolist()]
        for i, f in enumerate(flags):
            if f is None:
                tok = doc[i]
                f = flags[i] = self._flag(tok)
                if len(cache) > 1_000_000:
                    cache.clear()
                cache[tok.orth] = f
        cue = [f & _CUE for f in flags]
        for i, f in enumerate(flags):
            if f & _PAIR:
                kinds = self._pair_at(doc, i)
                if kinds:
                    cue[i] |= kinds
                    cue[i + 1] |= kinds
            if f & _PHRASE and self._phrase_at(doc, i):
                cue[i] |= _COMP
        return flags, cue

    # ---------------------------------------------------------------- planning
    def kept_paragraphs(self, doc: Doc) -> tuple[list[int], list[bool], list[int]]:
        """Paragraph starts, whether each paragraph must be parsed, and the token marks."""
        starts = paragraph_starts(doc)
        flags, cue = self.marks(doc)
        text = doc_text(doc)
        ends = starts[1:] + [len(doc)] if starts else []  # an empty article has none
        bounds = list(zip(starts, ends, strict=True))
        # an article in single quotation marks: its quotations are cues as double marks are
        quoted = single_quoted_starts(text)
        single = quoted is not None and single_style(text)
        kept: list[bool] = []
        for p, (a, b) in enumerate(bounds):
            keep = (
                any(cue[a:b])
                or (quoted is not None and b > a and _holds(quoted, doc[a].idx, doc[b - 1].idx + 1))
                or (p > 0 and kept[p - 1] and not self._ends_sentence(doc, bounds[p - 1], single))
            )
            if not keep:
                keep = self._needs_context(flags, a, b)
            if not keep and b > a:
                lowered = text[doc[a].idx : doc[b - 1].idx + len(doc[b - 1])].lower()
                keep = any(phrase in lowered for phrase in self.cues.text_phrases)
            if not keep and b > a:  # an evaluation of an earlier claim ("this claim is disputed")
                keep = has_assessment_cue([t.lower_ for t in doc[a:b]])
            kept.append(keep)
        return starts, kept, cue

    def _needs_context(self, flags: list[int], a: int, b: int) -> bool:
        """A name (not just a capitalised first word) or a group noun in tokens a..b."""
        initial = True
        for f in flags[a:b]:
            if f & _SPACE:
                continue
            if f & _GROUP:
                return True
            if f & _NAME and not (initial and f & _INERT_INITIAL):
                return True
            initial = bool(f & _SENT_END)
        return False

    def _ends_sentence(self, doc: Doc, bounds: tuple[int, int], single: bool = False) -> bool:
        """Whether a paragraph ends a sentence; `single`: in an article written in single
        quotation marks, a straight one closes a quotation as a double one does."""
        a, b = bounds
        while b > a and doc[b - 1].is_space:
            b -= 1
        return b > a and (doc[b - 1].text in self._para_end or single and doc[b - 1].text == "'")

    def plan(self, doc: Doc) -> Plan:
        """Kept token runs of a tokenized article; `runs` is None when all of it is parsed."""
        starts, kept, cue = self.kept_paragraphs(doc)
        n = len(doc)
        ends = starts[1:] + [n]
        runs: list[tuple[int, int]] = []
        skipped = False
        p = 0
        while p < len(starts):
            q = p
            while q < len(starts) and kept[q] == kept[p]:
                q += 1
            a, b = starts[p], ends[q - 1]
            if kept[p] or not self._worth_skipping(a, b, n, any(kept[:p]), any(kept[q:])):
                if runs and runs[-1][1] == a:
                    runs[-1] = (runs[-1][0], b)
                else:
                    runs.append((a, b))
            else:
                skipped = True
            p = q
        return Plan(runs if skipped else None, starts, cue)

    @staticmethod
    def _worth_skipping(a: int, b: int, n: int, kept_before: bool, kept_after: bool) -> bool:
        """Parsing saved by leaving tokens a..b out, after the context the neighbours take."""
        cost = (CONTEXT_AFTER if kept_before else 0) + (CONTEXT_BEFORE if kept_after else 0)
        return (b - a) - cost >= MIN_SAVING

    # ---------------------------------------------------------------- assembly
    @staticmethod
    def _space_annotation(nlp: Language) -> numpy.ndarray:
        """POS, TAG, MORPH and DEP the pipeline gives every white-space token."""
        ref = nlp("Ref.\n\nRef.")
        space = next(t for t in ref if t.is_space)
        return ref.to_array([POS, TAG, MORPH, DEP])[space.i]

    def assemble(self, doc: Doc, plan: Plan, parsed: Iterable[Doc]) -> Doc:
        """Write the annotations of the parsed chunks into the tokenized article `doc`.

        Tokens outside the kept runs form one sentence per paragraph, headed by its
        first token, with no tags, lemmas or entities.
        """
        assert plan.runs is not None
        n = len(doc)
        lexical = doc.to_array([IS_SPACE, LOWER]).astype(numpy.uint64)
        array = numpy.zeros((n, len(_ATTRS)), dtype=numpy.uint64)
        first = numpy.zeros(n, dtype=numpy.int64)
        bounds = list(zip(plan.paragraphs, plan.paragraphs[1:] + [n], strict=True))
        for a, b in bounds:
            first[a:b] = a
        heads = first - numpy.arange(n, dtype=numpy.int64)
        array[:, _HEAD_COL] = heads.view(numpy.uint64)
        array[:, _ATTRS.index(DEP)] = self._dep
        array[:, _ATTRS.index(ENT_IOB)] = 2  # outside any entity
        spaces = lexical[:, 0] == 1
        for col, attr in enumerate((POS, TAG, MORPH, DEP)):
            array[spaces, _ATTRS.index(attr)] = self._space[col]
        array[spaces, _ATTRS.index(LEMMA)] = lexical[spaces, 1]
        for (a, b), (lo, _hi), chunk in zip(plan.runs, plan.chunks(n), parsed, strict=True):
            rows = chunk.to_array(_ATTRS)[a - lo : b - lo]
            rel = rows[:, _HEAD_COL].view(numpy.int64)
            target = numpy.arange(a, b, dtype=numpy.int64) + rel
            if ((target < a) | (target >= b)).any():
                raise ValueError("an arc leaves its paragraph run")
            array[a:b] = rows
        doc.from_array(_ATTRS, array)
        return doc

    # ---------------------------------------------------------------- extraction
    def sentence_needs(self, doc: Doc, cues: list[int] | None = None) -> Callable[[Span], Needs]:
        """Which extractors a sentence of parsed `doc` needs: those it has cue words for.

        `cues` are the marks of the same tokens from `plan` (worked out when missing).
        """
        cue = cues if cues is not None and len(cues) == len(doc) else self.marks(doc)[1]
        text = doc_text(doc)
        phrases = self.cues.text_phrases

        def needs(sent: Span) -> Needs:
            kinds = 0
            for kind in cue[sent.start : sent.end]:
                kinds |= kind
            if not kinds & _ATTR:
                lowered = text[sent.start_char : sent.end_char].lower()
                if any(phrase in lowered for phrase in phrases):
                    kinds |= _ATTR
                elif kinds & _QUOTE and _signed(text, sent):
                    kinds |= _ATTR  # a quotation signed after its closing mark
            return _NEEDS[kinds & (_QUANT | _COMP | _ATTR)]

        return needs


def _signed(text: str, sent: Span) -> bool:
    """Whether a closing quotation mark in a sentence has a signature after it on its
    line ('" — Ana Vass')."""
    for k in range(sent.start_char, min(sent.end_char + 1, len(text))):
        if text[k] in _CLOSING_MARKS and signature_after(text, k + 1):
            return True
    return False


_CLOSING_MARKS = frozenset("”\"»'’")


def single_quoted_starts(text: str) -> list[int] | None:
    """Where the quotations in single quotation marks of an article start (None when it
    has none: double marks are cue tokens of their own), all of them in an article written
    in single marks, its single-quoted speech in one written in double marks."""
    if single_style(text):
        return sorted(a for a, _b in quote_regions(text))
    if not single_speech_possible(text):
        return None
    starts = [a for a, _b in quote_regions(text) if text[a] in "'‘" and text[a : a + 2] != "''"]
    return starts or None


def _holds(starts: list[int], a: int, b: int) -> bool:
    """Whether an offset of sorted `starts` lies in a..b-1."""
    k = bisect_left(starts, a)
    return k < len(starts) and starts[k] < b


_NEEDS = {
    kinds: Needs(
        quantities=bool(kinds & _QUANT), comparison=bool(kinds & _COMP), cues=bool(kinds & _ATTR)
    )
    for kinds in range(8)
}
