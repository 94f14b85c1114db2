"""Attribution: who a sentence puts an assertion in the mouth of, and how.

`find_cues` yields `Cue` records for one sentence: direct quotes (straight or
curly, cue before, after or inside a split quote, or a colon after a clause with no
verb of saying), reported speech ("X said / argued / claimed that ..."), naming
verbs ("X called the plan a disaster"), "according to X", "citing X", "X told
TASS", a headline's "Name: claim"; `transcript_cue` a transcript line's label. The
reporting-verb lexicon (`models/lexicons/reporting_verbs.json`) gives each cue
its stance. The source of a cue is a token heading the phrase that names it;
`speakers.SpeakerTracker` turns it into a speaker.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from spacy.tokens import Doc, Span, Token

from pipeline.extract.datelines import past_dateline
from pipeline.extract.entities import entity_index
from pipeline.extract.quotes import (
    ANSWER_LABEL,
    continued_quotations,
    excerpts,
    nested_regions,
    opens_turn,
    quote_regions,
    signature_after,
    single_style,
    speaker_label,
)
from pipeline.extract.speakers import given_names, roles
from pipeline.nlp.model import doc_text, token_lowers, tokens_with_text
from pipeline.resources import lexicon

_CLAUSE_DEPS = {"ccomp", "xcomp", "parataxis"}
_CLIMB_DEPS = {"advcl", "xcomp", "pcomp", "conj", "prep", "pobj", "acl", "relcl", "agent"}
_QUOTED_AS = {"quote", "cite"}  # "X was quoted as saying", "X was cited as saying"


@dataclass(frozen=True)
class Cue:
    mode: str  # direct_quote | indirect | according_to
    cue: str
    cue_start: int
    cue_end: int
    stance: str
    source: Token | None
    content_start: int
    content_end: int
    speech: bool = True  # a verb of saying (or "according to"): any description may speak
    label: str | None = None  # a transcript line's speaker label ("SMITH: ..."), as written
    naming: bool = False  # a naming verb ('called the plan a disaster'): a judgement in passing
    named: bool = False  # the source must be a name the article knows, not a description
    counted: bool = False  # a verb whose object is the figure it reports ("expects 300 hires")


@dataclass(frozen=True)
class _Lexicon:
    verbs: dict[str, str]
    particles: dict[str, tuple[str, ...]]
    according_to: tuple[str, ...]
    according_first: frozenset[str]  # first words of the phrases
    according_prefixes: frozenset[str]  # and every start of them
    outlet_verbs: frozenset[str]
    figure_verbs: frozenset[str]
    count_verbs: frozenset[str]
    source_nouns: dict[str, frozenset[str]]
    communication: frozenset[str]
    nouns: dict[str, str]
    addressee_verbs: frozenset[str]
    told_things: frozenset[str]
    naming_verbs: dict[str, str | None]
    newsroom_verbs: frozenset[str] = frozenset()
    evidence_verbs: frozenset[str] = frozenset()
    document_verbs: frozenset[str] = frozenset()  # "the letter reads", with a document subject
    text_nouns: frozenset[str] = frozenset()
    newsroom_nouns: frozenset[str] = frozenset()
    newsroom_name_words: frozenset[str] = frozenset()
    going_on_verbs: frozenset[str] = frozenset()
    revision_verbs: frozenset[str] = frozenset()
    revision_nouns: frozenset[str] = frozenset()
    restating_verbs: frozenset[str] = frozenset()
    inverted_forms: dict[str, str] = field(default_factory=dict)
    closing_verbs: frozenset[str] = frozenset()
    unfulfilled_verbs: frozenset[str] = frozenset()
    object_control_verbs: frozenset[str] = frozenset()
    purpose_before_that: frozenset[str] = frozenset()
    that_nouns: frozenset[str] = frozenset()
    # verbs of making public whose agent speaks for the subject they describe ("The
    # target, announced by X, is ..."), with the particle some of them need
    agent_verbs: dict[str, str | None] = field(default_factory=dict)
    # "The estimate was provided by X": verbs of passing a figure on, and figure nouns
    giving_verbs: frozenset[str] = frozenset()
    given_nouns: frozenset[str] = frozenset()

    @cached_property
    def cue_words(self) -> frozenset[str]:
        """Lower forms at which `_according_cue` or `_possessive_cue` can start."""
        return self.according_first | self.according_prefixes | frozenset(self.source_nouns)

    @cached_property
    def cue_lemmas(self) -> frozenset[str]:
        """Lower-cased lemmas at which `_verb_cue`, `_naming_cue` or `_noun_cue` can start."""
        return (
            frozenset(self.verbs)
            | frozenset(self.naming_verbs)
            | frozenset(self.nouns)
            | self.revision_verbs
            | self.restating_verbs
            | frozenset(self.agent_verbs)
            | self.document_verbs
            | self.giving_verbs
        )


@lru_cache(maxsize=1)
def _lex() -> _Lexicon:
    data = lexicon("reporting_verbs")
    firsts = {p.split()[0] for p in data["according_to"]}
    return _Lexicon(
        verbs=data["verbs"],
        particles={
            v: (p,) if isinstance(p, str) else tuple(p)
            for v, p in data.get("particles", {}).items()
        },
        according_to=tuple(data["according_to"]),
        according_first=frozenset(firsts),
        according_prefixes=frozenset(w[:k] for w in firsts for k in range(1, len(w) + 1)),
        outlet_verbs=frozenset(data.get("outlet_verbs", [])),
        figure_verbs=frozenset(data.get("figure_verbs", [])),
        count_verbs=frozenset(data.get("count_verbs", [])),
        source_nouns={p: frozenset(ns) for p, ns in data.get("source_nouns", {}).items()},
        communication=frozenset(data.get("communication", [])),
        nouns=data.get("nouns", {}),
        addressee_verbs=frozenset(data.get("addressee_verbs", [])),
        told_things=frozenset(data.get("told_things", [])),
        naming_verbs=data.get("naming_verbs", {}),
        newsroom_verbs=frozenset(data.get("newsroom_verbs", [])),
        evidence_verbs=frozenset(data.get("evidence_verbs", [])),
        document_verbs=frozenset(data.get("document_verbs", [])),
        text_nouns=frozenset(data.get("text_nouns", [])),
        newsroom_nouns=frozenset(data.get("newsroom_nouns", [])),
        newsroom_name_words=frozenset(data.get("newsroom_name_words", [])),
        going_on_verbs=frozenset(data.get("going_on_verbs", [])),
        revision_verbs=frozenset(data.get("revision_verbs", [])),
        revision_nouns=frozenset(data.get("revision_nouns", [])),
        restating_verbs=frozenset(data.get("restating_verbs", [])),
        inverted_forms=data.get("inverted_forms", {}),
        closing_verbs=frozenset(data.get("closing_verbs", [])),
        unfulfilled_verbs=frozenset(data.get("unfulfilled_verbs", [])),
        object_control_verbs=frozenset(data.get("object_control_verbs", [])),
        purpose_before_that=frozenset(data.get("purpose_before_that", [])),
        that_nouns=frozenset(data.get("that_nouns", [])),
        agent_verbs=data.get("agent_verbs", {}),
        giving_verbs=frozenset(data.get("given_figures", {}).get("verbs", [])),
        given_nouns=frozenset(data.get("given_figures", {}).get("nouns", [])),
    )


class QuoteIndex:
    """Quotations of one document, with the tokens inside each."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.regions = quote_regions(self.text)
        self.head = continued_quotations(self.text, self.regions)
        self.nested = nested_regions(self.text)
        # an excerpt over paragraphs whose people are quoted in paragraphs of their own: its
        # narration names them as any text does
        self.excerpts = excerpts(self.text, self.regions, self.head)
        # an article in single quotation marks: they close its quotations
        self.single = single_style(self.text)
        # paragraphs quoted as a block, no marks of their own: added after the marks'
        # continuations and excerpts were worked out, which read the marks themselves
        self.blocks = _block_quotations(doc, self.text, self.regions)
        if self.blocks:
            self.regions = sorted(self.regions + self.blocks)

    def in_sentence(self, sent: Span) -> list[tuple[int, int]]:
        return [(a, b) for a, b in self.regions if a < sent.end_char and b > sent.start_char]

    def narrated(self, tok: Token) -> bool:
        """Whether a token is in an excerpt's own narration: inside a quotation that quotes
        people in the other family of marks, outside those inner quotations ('she said'
        in '"... “It will close,” she said ..."')."""
        return any(a < tok.idx < b - 1 for a, b in self.regions if self._holds_nested(a, b)) and (
            not any(a <= tok.idx < b for a, b in self.nested)
        )

    def _single(self, region: tuple[int, int]) -> bool:
        """Whether a quotation is in single marks (an article in them, or a quotation in
        them in an article in double marks: `quotes.quote_regions`)."""
        return self.single or self.text[region[0]] in "‘'"

    def _holds_nested(self, a: int, b: int) -> bool:
        return any(a < x and y <= b for x, y in self.nested)

    def nested_in(self, sent: Span) -> list[tuple[int, int]]:
        return [(a, b) for a, b in self.nested if a < sent.end_char and b > sent.start_char]

    def quotation(self, region: tuple[int, int] | None) -> tuple[int, int] | None:
        """The whole quotation a region belongs to (its first paragraph's region)."""
        return self.head.get(region, region) if region is not None else None

    def following(self, sent: Span) -> tuple[int, int] | None:
        """The quotation a sentence ending in a colon introduces: the next one, if only
        white space (a line break at most) lies between ('He said:' + a quotation)."""
        if not self.text[sent.start_char : sent.end_char].rstrip().endswith(":"):
            return None
        for a, b in self.regions:
            if a >= sent.end_char:
                gap = self.text[sent.end_char : a]
                return (a, b) if not gap.strip() and gap.count("\n") <= 2 else None
        return None

    def preceding(self, sent: Span) -> tuple[int, int] | None:
        """The quotation a sentence continues when the sentencizer cut it off after a
        quotation ending in '!' or '?': the sentence opens right after it, in lower
        case ('"Open the books!" | the crowd shouted.'), or with a name or description
        after an exclamation ('"We won!" | Smith told the crowd.'; a question in
        capitals is left alone: '"Why?" | Nobody knew.' is no attribution, unless the
        sentence is a verb of saying with its subject and no content of its own:
        '"Who will pay for it?" | Smith said.')."""
        first = self.text[sent.start_char : sent.start_char + 1]
        if not first.isalpha():
            return None
        for a, b in self.regions:
            if b <= sent.start_char and not self.text[b : sent.start_char].strip():
                ends = self.text[a:b].rstrip("”\"' ’" if self._single((a, b)) else "”\"' ")
                if ends.endswith("!") or first.islower() and ends.endswith("?"):
                    return (a, b)
                if ends.endswith("?") and _bare_cue(sent):
                    return (a, b)
        return None

    def inside(self, tok: Token) -> bool:
        """Whether a token starts strictly inside a quotation (a < idx < b - 1 for a region).

        Answered by bisection over the union of those open ranges, worked out once per
        list of regions (the same answer as testing every region in turn)."""
        from bisect import bisect_left

        cached = self.__dict__.get("_inside_ranges")
        if cached is None or cached[0] is not self.regions:
            starts: list[int] = []
            ends: list[int] = []
            for a, b in sorted(self.regions):
                if b - 1 <= a:
                    continue  # holds no offset
                if ends and a < ends[-1]:  # overlaps the previous range: one range
                    ends[-1] = max(ends[-1], b - 1)
                else:
                    starts.append(a)
                    ends.append(b - 1)
            cached = self.__dict__["_inside_ranges"] = (self.regions, starts, ends)
        _regions, starts, ends = cached
        k = bisect_left(starts, tok.idx) - 1  # the last range starting before the token
        return k >= 0 and tok.idx < ends[k]

    def _utterance(self, region: tuple[int, int], sent: Span, toks: list[Token]) -> bool:
        """A quotation that opens its sentence and closes on its own punctuation
        ('"Prices are falling," she said'): a whole utterance, not a quoted word or title.
        Not the first piece of a quotation split around its cue ('"On costs," she said,
        "..."'), which is judged with the piece it goes with. Likewise one that closes its
        sentence, opening with a capital after a comma or colon ('Asked about it, she
        said, "Too early to tell."')."""
        if region[1] > sent.end_char:
            return False
        if region[0] > sent.start_char:
            before = self.text[sent.start_char : region[0]].rstrip()
            opening = self.text[region[0] : region[1]].lstrip("\"“‘'« ")
            if not before.endswith((",", ":")) or not opening[:1].isupper():
                return False
            if self.text[region[1] : sent.end_char].strip():
                return False  # words of the narrator after it
        elif any(a >= region[1] for a, _ in self.in_sentence(sent)):
            return False
        ends = _SINGLE_UTTERANCE_END if self._single(region) else _UTTERANCE_END
        if not ends.search(self.text[region[0] : region[1]]):
            return False
        return sum(t.is_alpha for t in toks) >= 3

    def is_claim_quote(self, region: tuple[int, int], sent: Span) -> bool:
        """A quotation carries the claim: it holds a clause, a figure or most of the sentence."""
        a, b = max(region[0], sent.start_char), min(region[1], sent.end_char)
        toks = [t for t in sent if a <= t.idx < b]
        if not toks:
            return False
        if (region[0] < sent.start_char or region[1] > sent.end_char) and any(
            t.is_alpha for t in toks
        ):
            # a quotation of several sentences is one: its cue sentence may hold only
            # its last words ('Probably not," she said.')
            return True
        if any(t.like_num for t in toks):
            return True
        if self._utterance(region, sent, toks):
            return True
        inside = {t.i for t in toks}
        if any(t.dep_ in _SUBJECTS and t.head.i in inside for t in toks):
            return True
        # a quotation split around its cue ('"The plant," she said, "will close."'):
        # a subject in one piece, its verb in the other
        others = [r for r in self.in_sentence(sent) if r != region]
        if others:
            quoted = {t.i for t in sent if any(x <= t.idx < y for x, y in others)}
            if any(t.dep_ in _SUBJECTS and t.head.i in quoted for t in toks) or any(
                sent.doc[i].dep_ in _SUBJECTS and sent.doc[i].head.i in inside for i in quoted
            ):
                return True
        return (b - a) >= 0.6 * len(sent.text)


def _block_quotations(doc: Doc, text: str, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Paragraphs quoted as a block, their quotation marks lost with the page's layout: a
    paragraph that is only a speaker and a verb of saying ending in a colon ('The admiral
    added:') introduces the next paragraph, which opens with no quotation mark and holds
    none, as that speaker's words. One paragraph only: where a block ends, no mark says."""
    blocks: list[tuple[int, int]] = []
    for sent in doc.sents:
        line = text[sent.start_char : sent.end_char].rstrip()
        line_end = sent.start_char + len(line)
        if not line.endswith(":") or "\n" in line or len(sent) > 16:
            continue
        if sent.start_char > 0 and text[sent.start_char - 1] != "\n":
            continue  # not a paragraph of its own
        if not _bare_cue(sent, colon=True) or any(
            a < line_end and b > sent.start_char for a, b in regions
        ):
            continue
        rest = text[line_end:]
        gap = len(rest) - len(rest.lstrip())
        start = line_end + gap
        if "\n" not in rest[:gap] or rest[:gap].count("\n") > 2 or start >= len(text):
            continue
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        paragraph = text[start:end].rstrip()
        end = start + len(paragraph)
        if len(paragraph.split()) < 4 or paragraph.endswith(":"):
            continue  # a heading, a label, another introduction
        if speaker_label(text, start) is not None:
            continue  # a transcript's or an interview's next line ("Q: ...")
        if any(start <= a < end for a, _ in regions) or _QUOTE_MARK.search(paragraph):
            continue  # it holds quotation marks: quoted, if at all, by them
        blocks.append((start, end))
    return blocks


_QUOTE_MARK = re.compile("[\"“”«»„]|''")


def _bare_cue(sent: Span, colon: bool = False) -> bool:
    """A sentence that is only a speaker and a verb of saying, with no content of its own
    ('Smith said.', 'Smith said, looking at the crowd.'): it reports what precedes it.
    `colon`: one that ends in a colon ('The admiral added:'), what follows."""
    root = sent.root
    lex = _lex()
    lemma = root.lemma_.lower()
    if root.pos_ != "VERB" or not (
        lemma in lex.communication or colon and lemma in lex.closing_verbs
    ):
        return False
    if not any(c.dep_ == "nsubj" and c.i < root.i for c in root.children):
        return False
    # 'He told the committee:': whom it is said to, before a colon
    content = {"ccomp", "xcomp", "attr"} if colon else {"ccomp", "dobj", "xcomp", "dative", "attr"}
    return not any(c.dep_ in content for c in root.children)


_SUBJECTS = {"nsubj", "nsubjpass", "expl"}
_UTTERANCE_END = re.compile(r"[,.!]\s*(?:[”\"»]|'')$")
_SINGLE_UTTERANCE_END = re.compile(r"[,.!]\s*(?:[”\"»'’]|'')$")


def subject_of(verb: Token) -> Token | None:
    """The subject a verb speaks for (`_subject`): conjuncts and gerunds climbed, a
    dateline skipped."""
    return _subject(verb)


def _subject(tok: Token, quoted: Callable[[Token], bool] | None = None) -> Token | None:
    """The subject a reporting verb speaks for, climbing through gerunds and conjuncts.
    A subject the parser found inside a quotation (`quoted`) is part of what is quoted,
    never its speaker ('"One of the best," Smith said': Smith, not 'One'); one it found in
    a dateline is the place the story was filed from ("GDANSK, Poland – X said"):
    the speaker is the name after it."""
    subject = _parsed_subject(tok, quoted)
    if subject is None:
        return None
    moved = past_dateline(subject, subject.sent)
    verb = subject.head  # (the cue, or the verb of saying a gerund cue climbed to)
    if moved is not None and moved is not subject and _in_content(moved, verb):
        # "CITY - A ended June short of B, Gen. X, chief of staff, said": the noun after the
        # dateline opens what the verb reports; the name set off before the verb speaks
        return _name_before_cue(verb) or moved
    return moved or subject


def _in_content(word: Token, verb: Token) -> bool:
    """Whether `word` is the subject of a clause before the verb, which the verb reports
    (the parser may hang that clause on the dateline instead of the verb)."""
    return word.dep_ in {"nsubj", "nsubjpass"} and word.head.i != verb.i and word.head.i < verb.i


def _name_before_cue(verb: Token) -> Token | None:
    """The name set off by commas right before a verb ("..., X, head of Y, said"): a
    person's name, or the name an apposition right before the verb describes."""
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    noun = doc[verb.i - 2]
    while noun.head.i != noun.i and noun.head.i < verb.i - 1 and noun.dep_ not in {"appos"}:
        if noun.head.i < noun.left_edge.i - 1 and doc[noun.left_edge.i - 1].text == ",":
            break
        noun = noun.head
    if noun.dep_ == "appos" and noun.head.i < noun.i:
        noun = noun.head
    if noun.ent_type_ != "PERSON" or doc[noun.left_edge.i - 1].text != ",":
        return None
    return noun


def _line_label(tok: Token) -> bool:
    """A transcript or interview line's label the parser made a subject ("Q: Your
    predecessor told ..."): a word right before a colon, or before the asker's outlet in
    brackets and a colon ("Q (Radio X): ..."), first on its line."""
    doc = tok.doc
    if tok.i + 1 >= len(doc):
        return False
    after = doc[tok.i + 1]
    if after.text == "(":  # "Q (Radio X):": the colon after the closing bracket
        close = next((t for t in doc[tok.i + 2 : tok.i + 14] if t.text.startswith(")")), None)
        if close is None or not (
            close.text.endswith(":") or doc[close.i + 1 : close.i + 2].text == ":"
        ):
            return False
    elif after.text != ":":
        return False
    return tok.i == 0 or "\n" in doc[tok.i - 1].text or doc[tok.i - 1].is_space


def _past_label(label: Token) -> Token | None:
    """The subject the parser hung on a line's label as an apposition ("Q (Radio X):
    Colonel, the opposition Y says ..." -> Y; "Colonel" is whom the question
    addresses): the last of the appositions after the label's colon."""
    colon = next((t for t in label.doc[label.i : label.i + 14] if t.text.endswith(":")), None)
    if colon is None:
        return None
    found = None
    cur = label
    for _ in range(4):
        after = [c for c in cur.children if c.dep_ == "appos" and c.i > colon.i]
        if not after:
            break
        cur = after[-1]
        found = cur
    return found


def _parsed_subject(tok: Token, quoted: Callable[[Token], bool] | None) -> Token | None:
    cur = tok
    for _ in range(5):
        if cur is not tok and tok.tag_ == "VBG" and cur.dep_ == "ccomp" and cur.head is not cur:
            # "X said A would close, adding that ...": A is X's content, X adds
            cur = cur.head
            continue
        subjects = [
            c
            for c in cur.children
            if c.dep_ == "nsubj" and not (quoted is not None and quoted(c)) and not _line_label(c)
        ]
        if not subjects:  # "Q (Radio X): Colonel, the opposition Y says ...": Y
            labels = [c for c in cur.children if c.dep_ == "nsubj" and _line_label(c)]
            past = _past_label(labels[0]) if labels else None
            if past is not None and not (quoted is not None and quoted(past)):
                return past
        if len(subjects) > 1:
            # two subjects is a misparse ("THE DEBT When ..., Mr. Lund said", "KYIV, May 14
            # – Russia's ministry said"): a person's or an organisation's name goes first,
            # then the one nearest before the verb; never one after "as" ("Lawyers attending
            # as advisers noted": the parser's second subject is what the lawyers attend as)
            return min(
                subjects,
                key=lambda c: (_after_as(c), not _a_name(c), c.i > cur.i, abs(cur.i - c.i)),
            )
        if not subjects:
            hung = _apposition_before_verb(cur)
            if hung is not None and not (quoted is not None and quoted(hung)):
                return hung  # "In a statement put out by X, a spokesman for Y said": the spokesman
        relayed = _relayed_source(cur, tok)
        if relayed is not None:
            return relayed  # "Reuters quoted X as saying": X
        for child in cur.children:
            if child in subjects:
                return child
            if child.dep_ == "agent":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs:
                    return objs[0]
            if child.dep_ == "prep" and child.i > cur.i:
                # "said Per Lindqvist": the given name read as a preposition
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs and _given_name_per(child, objs[0]):
                    return objs[0]
            if child.dep_ == "nsubjpass" and cur.lemma_ in _QUOTED_AS and _as_saying(cur, tok):
                return child  # "X was quoted as saying": X
        if (
            cur is not tok
            and cur.dep_ == "acl"
            and (cur.head.pos_ == "PROPN" or cur.head.pos_ == "NOUN" and cur.head.dep_ == "ROOT")
        ):
            # "The moderator, Ana Brito, opened by reminding viewers that ...": the parser
            # hung the verb the gerund's "by" belongs to on the name, or on the noun it
            # made the sentence's root; that does it (not a noun deeper in the sentence:
            # "a haven shielded from ... and from saying")
            return cur.head
        controller = _object_controller(cur)
        if controller is not None and not (quoted is not None and quoted(controller)):
            return controller  # "forced the chief executive to admit that ...": the executive
        if cur.head is cur or not (
            cur.dep_ in _CLIMB_DEPS
            or cur.dep_ == "npadvmod"
            and cur.lower_ in {"each", "both"}
            or cur.dep_ == "dobj"
            and _occasion_taken(cur)
        ):  # "X and Y met, each saying ...": the parser hangs 'saying' on 'each'
            return None
        cur = cur.head
    return None


def _apposition_before_verb(verb: Token) -> Token | None:
    """The subject the parser hung as an apposition on the last noun of a phrase fronted
    before the verb: "In a statement put out by X, a spokesman for Y said ..." (the
    apposition set off by a comma, ending right before the verb), else None."""
    doc = verb.doc
    for child in verb.children:
        if child.dep_ != "prep" or child.i > verb.i:
            continue
        for word in child.subtree:
            if (
                word.dep_ == "appos"
                and word.pos_ == "NOUN"
                and word.right_edge.i == verb.i - 1
                and word.left_edge.i > 0
                and doc[word.left_edge.i - 1].text == ","
            ):
                return word
    return None


def _infinitive(verb: Token) -> bool:
    """Whether a verb is a to-infinitive ("to admit", "to tell")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _object_controller(verb: Token) -> Token | None:
    """The object that does what an infinitive under its verb says, where the verb is one
    of the lexicon's `object_control_verbs` ("forced the chief executive to admit that
    ...", "persuaded the minister to confirm ..."): the one who speaks, not the verb's
    subject."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i:
        return None
    if head.lemma_.lower() not in _lex().object_control_verbs:
        return None
    if not _infinitive(verb):
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _occasion_taken(noun: Token) -> bool:
    """Whether an object carries an infinitive its verb's subject does ("X took the
    opportunity to confirm that ...", "used the hearing to say"): the subject speaks."""
    if noun.head.lemma_.lower() not in _TAKING_OCCASION:
        return False  # "criticised the decision to announce ...": not the critic's words
    return any(c.dep_ in {"acl", "relcl"} and _infinitive(c) for c in noun.children)


_TAKING_OCCASION = {"take", "use", "seize"}  # "took the chance to", "seized the moment to"


def _after_as(tok: Token) -> bool:
    """Whether a noun phrase follows "as" ("attending as advisers")."""
    first = tok.left_edge.i
    return first > 0 and tok.doc[first - 1].lower_ == "as"


def _relayed_source(verb: Token, tok: Token) -> Token | None:
    """Whom an outlet relays ("Reuters quoted X as saying", "It cited X as saying"): the
    object of an active verb of quoting whose "as" phrase holds `tok`."""
    if verb.lemma_.lower() not in _QUOTED_AS or not _as_saying(verb, tok):
        return None
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _as_saying(verb: Token, tok: Token) -> bool:
    """Whether `tok` is the verb of the "as" phrase of `verb` ("quoted as saying")."""
    return any(
        c.dep_ == "prep" and c.lower_ == "as" and tok.head.i == c.i and tok.dep_ == "pcomp"
        for c in verb.children
    )


def _a_name(tok: Token) -> bool:
    """A person's or an organisation's name (not a place, a date or a common noun)."""
    return tok.ent_type_ in {"PERSON", "ORG", "NORP"} or (
        tok.pos_ == "PROPN" and tok.ent_type_ not in {"GPE", "LOC", "DATE", "TIME", "FAC"}
    )


def _clause_range(tok: Token, speech: bool = False) -> tuple[int, int] | None:
    """What a reporting verb reports: its clause; of several, one opened by 'that'
    ("Doubting the poll, she told reporters that ...": the first is a misparse)."""
    clauses = [
        c for c in tok.children if c.dep_ in _CLAUSE_DEPS and _participle_aside(c, tok) is None
    ]
    if (
        len(clauses) > 1
        and all(c.right_edge.i < tok.i for c in clauses)
        and any(
            t.dep_ == "cc" and t.head.i in {c.i for c in clauses}
            for t in tok.doc[clauses[0].i : tok.i]
        )
    ):
        # "A, but B, an aide added": the parser hung both conjuncts on the cue after them;
        # the aide reports both
        last = clauses[-1].right_edge
        return clauses[0].left_edge.idx, last.idx + len(last)
    if any(c.i > tok.i for c in clauses):
        # "It is unlikely; the team says she will ...", "While he conceded A, she noted B":
        # a clause before the cue set off by a semicolon or a colon, or opened by a
        # conjunction of its own, is the writer's; what the verb reports comes after it
        clauses = [c for c in clauses if c.i > tok.i or not _set_apart(c, tok)]
    else:
        # "We have met this before: X declared war on Y": a clause the colon ends is no
        # content of a cue whose subject opens what follows it
        clauses = [c for c in clauses if not _set_apart(c, tok, marks_only=True)]
    if len(clauses) > 1:
        clauses.sort(
            key=lambda c: not any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        )
    for child in clauses:
        left, right = child.left_edge, child.right_edge
        if right.i > left.i or not right.is_punct:
            if child.i > tok.i:
                right = _before_aside(child, tok)
            return left.idx, right.idx + len(right)
    return _misparsed_clause(tok) if speech else None


_CONCESSIONS = frozenset({"although", "though"})
_PERSONAL_SUBJECTS = frozenset({"he", "she", "they", "i", "we"})  # who may speak as a pronoun


def _before_aside(clause: Token, tok: Token) -> Token:
    """The last word of what a verb reports, before what the writer adds about the
    speaker at its end, after a comma, that the parser hung on the reported clause: a
    participle of saying or citing ("said A, citing B", "said A, adding that ...") or a
    concession whose subject is the speaker ("claimed A, although he refused B")."""
    doc, lex = clause.doc, _lex()
    right = clause.right_edge
    end = right.i - 1 if right.is_punct and right.i > clause.i else right.i
    for aside in clause.rights:
        first = aside.left_edge.i
        if aside.dep_ != "advcl" or aside.right_edge.i != end or first - 1 <= clause.i:
            continue
        if doc[first - 1].text != ",":
            continue
        if aside.tag_ == "VBG" and first == aside.i:
            # "citing", "quoting" (one-word "according to" cues) or "adding", "saying"
            said = aside.lower_ in lex.according_to or aside.lemma_.lower() in lex.communication
        else:
            marks = [c.lower_ for c in aside.children if c.dep_ == "mark"]
            subject = next((c for c in aside.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            speaker = _subject(tok)
            said = (
                bool(marks)
                and marks[0] in _CONCESSIONS
                and subject is not None
                and subject.lower_ in _PERSONAL_SUBJECTS
                and speaker is not None
                and (speaker.lower_ == subject.lower_ or speaker.pos_ in {"PROPN", "NOUN"})
            )
        if said:
            return doc[first - 2]
    return right


_OPENING_CONJUNCTIONS = frozenset(
    {"while", "although", "though", "whereas", "because", "since", "if", "unless", "when"}
)


def _set_apart(clause: Token, tok: Token, marks_only: bool = False) -> bool:
    """Whether a clause before a cue is cut off from it: a semicolon or a colon between
    them, or (unless `marks_only`) a subordinating conjunction opening it."""
    doc = tok.doc
    if any(t.text in {";", ":"} for t in doc[clause.right_edge.i : tok.i]):
        return True
    if marks_only:
        return False
    first = clause.left_edge
    return first.dep_ == "mark" and first.lower_ in _OPENING_CONJUNCTIONS


def _fronted_conjuncts(tok: Token, clause: tuple[int, int]) -> bool:
    """Whether a sentence-final cue whose clause comes before it was parsed as the
    second conjunct of the sentence's first clause ("A, but B, an aide said")."""
    head = tok.head
    if tok.dep_ != "conj" or head.dep_ != "ROOT" or head.i >= tok.i or clause[1] > tok.idx:
        return False
    if any(not t.is_punct for t in tok.doc[tok.i + 1 : tok.sent.end]):
        return False
    cc = next((c for c in head.children if c.dep_ == "cc" and c.i < tok.i), None)
    if cc is None:
        return False
    between = [t for t in tok.doc[cc.i + 1 : tok.i] if t.idx < clause[0]]
    return all(t.is_punct for t in between)


def _misparsed_clause(tok: Token) -> tuple[int, int] | None:
    """The content of a verb of saying that the parser hung elsewhere: a clause with its
    own subject and no conjunction after a circumstance ("said after the vote she would
    go": 'go' parsed as an adverbial clause), or a that-clause hung on an adverbial
    clause in between ("said Friday as she left that the plan was dead")."""
    lex = _lex()
    conceded = _fronted_concession(tok, lex)
    if conceded is not None:
        return conceded
    for child in tok.rights:
        if child.dep_ != "advcl":
            continue
        if child.lemma_.lower() in lex.verbs and tok.lemma_.lower() not in lex.communication:
            # "put X at Y, noting that ...": a verb of saying in the adverbial clause of a
            # verb of reckoning reports its own clause
            continue
        marks = [c for c in child.children if c.dep_ == "mark"]
        if not marks and any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children):
            # (not a verbless phrase read as a clause: "adding 96 items to the list,
            # most of them parts for drones")
            if child.tag_ not in {"VBG", "VBN"} and child.pos_ in {"VERB", "AUX"}:
                return _span_of(child, tok)
        for grand in child.rights:
            if grand.dep_ == "ccomp" and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in grand.children
            ):
                return _span_of(grand, tok)
        that = next((m for m in marks if m.lower_ == "that"), None)
        if that is not None and tok.doc[that.i - 1].lower_ not in lex.purpose_before_that:
            # "tells the press on her way out that her party will ...": a that-clause
            # the parser took for an adverbial one (not "so that", "in order that")
            return that.idx, child.right_edge.idx + len(child.right_edge)
    for obj in tok.rights:
        # "said the fleet planned to add ...": the clause's subject parsed as the
        # verb's object, its verb as a reduced relative on it, with a complement of its own
        if obj.dep_ != "dobj" or obj.pos_ not in {"NOUN", "PROPN"}:
            continue
        verb = next((c for c in obj.rights if c.dep_ == "acl"), None)
        if (
            verb is not None
            and verb.tag_ in {"VBD", "VBN"}
            and verb.i == obj.i + 1
            and any(c.dep_ in {"xcomp", "ccomp", "dobj"} for c in verb.children)
        ):
            return _span_of(obj, tok)
    part = _part_as_object(tok, lex)
    if part is not None:
        return part
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
    if nxt is not None and nxt.dep_ == "prt" and nxt.head.i == tok.i:
        # ("pointed out that ...": the same, after the verb's particle)
        nxt = tok.doc[nxt.i + 1] if nxt.i + 1 < tok.sent.end else None
    if (
        nxt is not None
        and nxt.lower_ == "that"
        and nxt.dep_ in {"mark", "dobj", "prep"}
        and (
            any(
                c.dep_ == "dobj" and c.i > nxt.i and nxt.head.i in {tok.i, c.i}
                for c in tok.children
            )
            or _conjunction_that(nxt)
        )
    ):
        # "added that roughly a third of the recruits commute daily": the clause's
        # verb read as a noun, its subject taken for the verb's object and "that" hung
        # on it or on the verb; the rest of the sentence is what was said
        last = _last_word(tok.sent)
        if last.i > nxt.i:
            return tok.doc[nxt.i + 1].idx, last.idx + len(last)
    objects = [c for c in tok.rights if c.dep_ == "dobj"]
    if len(objects) >= 2 and objects[-1].lower_ == "that" and objects[-1].i + 1 < tok.sent.end:
        # "told the panel that the deal had cost ...": the parser read "that" as a second
        # object and lost the clause after it; the rest of the sentence is what was told
        last = _last_word(tok.sent)
        if last.i > objects[-1].i:
            return tok.doc[objects[-1].i + 1].idx, last.idx + len(last)
    root = tok.sent.root
    mark = next(
        (c for c in root.children if c.dep_ == "mark" and c.lower_ == "that" and c.i > tok.i),
        None,
    )
    if mark is not None and any(t.i == root.i for t in tok.ancestors):
        # "X continues to insist, lately in an interview, that ...": the parser made the
        # that-clause the sentence's root and hung the verb of saying under it
        return mark.idx, root.right_edge.idx + len(root.right_edge)
    if tok.dep_ == "xcomp" and tok.head.i != tok.i:
        # ... or hung it on the verb 'insist' depends on ('continues to insist, ..., that')
        for clause in tok.head.rights:
            first = next((t for t in clause.subtree if not t.is_punct), clause)
            if (
                clause.dep_ in {"advcl", "ccomp"}
                and clause.i > tok.i
                and first.dep_ == "mark"
                and first.lower_ == "that"
                and first.head.i == clause.i
            ):
                return first.idx, clause.right_edge.idx + len(clause.right_edge)
    for child in tok.rights:
        # "said in a statement that ...": the that-clause hung on the statement; "told a
        # meeting of farmers that ...": hung on the hearers (a relative clause whose
        # 'that' is a conjunction, not its subject or object)
        if child.dep_ == "prep":
            objs = [o for o in child.children if o.dep_ == "pobj"]
        elif child.dep_ in {"dobj", "dative"} and tok.lemma_.lower() in _lex().addressee_verbs:
            if any(t.lower_ in {"so", "such"} for t in child.subtree):
                continue  # "tells so many stories that ...": a result, not what was said
            preps = [p for p in child.children if p.dep_ == "prep"]
            objs = [child] + [o for p in preps for o in p.children if o.dep_ == "pobj"]
        else:
            continue
        for obj in objs:
            # the that-clause on the hearers or on a phrase that describes them ("told the
            # committee charged with oversight that ...")
            for grand in (t for t in obj.subtree if t.i > obj.i and t.head.i != tok.i):
                if grand.dep_ in {"acl", "relcl", "ccomp"} and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in grand.children
                ):
                    return _span_of(grand, tok)
                if child.dep_ == "prep" and _that_clause_as_relative(grand):
                    return _span_of(grand, tok)
    return None


def _conjunction_that(that: Token) -> bool:
    """Whether a "that" the parser made an object opens a clause all the same: a
    determiner or a number follows it, which no pronoun "that" takes ("pointed out that
    a single drone of the type X uses costs ..."), and a finite verb comes later."""
    doc, end = that.doc, that.sent.end
    after = doc[that.i + 1] if that.i + 1 < end else None
    if after is None or after.tag_ not in {"DT", "PRP$", "CD"} or after.lower_ in _DEMONSTRATIVES:
        return False
    return any(t.tag_ in _FINITE for t in doc[after.i + 1 : end])


def _last_word(sent: Span) -> Token:
    """A sentence's last token before its closing punctuation mark, if it has one."""
    return sent[-1] if not sent[-1].is_punct else sent.doc[sent.end - 2]


_DEMONSTRATIVES = frozenset({"that", "this", "those", "these"})
_PARTS = frozenset({"many", "most", "some", "all", "none", "few", "several", "much", "half"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _part_as_object(tok: Token, lex: _Lexicon) -> tuple[int, int] | None:
    """ "said many of the contracts that auditors object to were signed": a clause whose
    subject is a part of something ("many of", "most of", "half of") right after a verb
    of saying, which the parser made the verb's object; no one says "many of the contracts".
    The clause runs to the sentence's end when a finite verb comes after it."""
    obj = tok.doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
    if (
        obj is None
        or obj.dep_ != "dobj"
        or obj.head.i != tok.i
        or obj.lower_ not in _PARTS
        or tok.lemma_.lower() not in lex.communication
        or tok.lemma_.lower() in lex.addressee_verbs
        or not any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)
    ):
        return None
    rest = [t for t in tok.doc[obj.i + 1 : tok.sent.end] if not t.is_space]
    if not any(t.tag_ in _FINITE and not _has_subject(t) for t in rest):
        return None  # (a relative clause on the object has one: "many of those he met")
    while rest and rest[-1].is_punct:
        rest.pop()
    return (obj.idx, rest[-1].idx + len(rest[-1])) if rest else None


def _has_subject(tok: Token) -> bool:
    """Whether the verb of a finite word (itself, or the verb an auxiliary serves) has
    a subject the parser found."""
    verb = tok.head if tok.dep_ in {"aux", "auxpass"} else tok
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)


def _fronted_concession(tok: Token, lex: _Lexicon) -> tuple[int, int] | None:
    """The content of a verb of saying in a clause of concession before the main one
    ("While she admitted A, Vos argued B"), where the parser hung A on the main verb
    of saying and the conceding verb on A: A, up to the comma before the main subject."""
    doc = tok.doc
    if tok.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in tok.children
    ):
        return None
    if any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in tok.children):
        return None  # its content is where it should be
    clause = tok.head
    main = clause.head
    if not (tok.i < clause.i < main.i and clause.dep_ == "ccomp"):
        return None
    if main.lemma_.lower() not in lex.verbs:
        return None
    subject = next(
        (c for c in main.children if c.dep_ in {"nsubj", "nsubjpass"} and clause.i < c.i < main.i),
        None,
    )
    if subject is None:
        return None
    comma = subject.left_edge.i - 1
    if comma <= tok.i + 1 or doc[comma].text != ",":
        return None
    last = doc[comma - 1]
    return doc[tok.i + 1].idx, last.idx + len(last)


def _that_clause_as_relative(clause: Token) -> bool:
    """A that-clause the parser read as a relative clause of the noun before it
    ('reported at the time that the chief told ...': 'the time that' as 'the time when'):
    'that' opens it as an adverb or a conjunction, not as its subject or object, and the
    clause has a subject of its own."""
    if clause.dep_ != "relcl":
        return False
    first = clause.left_edge
    # (or its object, on a noun of speech or writing: "reckoned in a spring paper that X
    # was producing ...")
    said = first.dep_ == "dobj" and clause.head.lemma_.lower() in _lex().that_nouns
    # (or the object of a preposition left at the clause's end: "told bankers early in the
    # week that the crane was budgeted for in ...", 'the week that' as 'the week when')
    stranded = (
        first.dep_ == "pobj"
        and first.head.dep_ == "prep"
        and first.head.head.i == clause.i
        and first.head.i > clause.i
    )
    if first.lower_ != "that" or first.dep_ not in {"advmod", "mark"} and not (said or stranded):
        return False
    if first.head.i != clause.i and not stranded:
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.i != first.i for c in clause.children)


def _span_of(head: Token, cue: Token) -> tuple[int, int]:
    """A clause's characters, from its first word after the cue to its last."""
    doc = head.doc
    left = head.left_edge
    if left.i <= cue.i:
        left = doc[cue.i + 1]
    right = head.right_edge
    return left.idx, right.idx + len(right)


def _aside_content(tok: Token, sent: Span) -> tuple[int, int] | None:
    """What a cue with no clause of its own reports, when it stands aside from it:
    parenthetical ("The plant, he said, will close") or after a comma at the end
    ("The plant will close, he said"). The cue needs its own subject."""
    if not any(c.dep_ in {"nsubj"} for c in tok.children):
        if tok.dep_ == "advcl" and _compound_subject(tok) is not None:
            # "A rises, the annex tables show, as B": its subject read as a compound
            return _parenthetical_advcl(tok, sent)
        return None
    doc = sent.doc
    if tok.dep_ == "advcl" or tok.dep_ == "ccomp" and tok.head.i > tok.i:
        # (or as a clause the main verb reports, before it: "Per soldier, he went on, ...")
        return _parenthetical_advcl(tok, sent)
    # the cue itself: its subject, the verb and the words right after it ("he said on
    # Monday"); a clause the parser hung on it ("If A, he argues, B") is content
    subject = [c for c in tok.children if c.dep_ == "nsubj"][-1]  # the nearest: "A, she said,"
    left = min(subject.left_edge.i, tok.i)
    right = tok.i
    for child in tok.rights:
        if child.dep_ in {"npadvmod", "advmod", "prep", "dobj", "dative"}:
            right = max(right, child.right_edge.i)
        elif not child.is_punct:
            break
    before = doc[sent.start : left]
    after = doc[right + 1 : sent.end]
    words_after = [t for t in after if not t.is_punct and not t.is_space]
    # ", a senior official said on Thursday." that the parser hung on a noun before it as
    # a relative clause, or on the main verb as a conjunct with no "and": a final cue set
    # off by its comma all the same
    final = tok.dep_ in {"ROOT", "relcl", "conj"} and not words_after
    # "These units, she explained, were idle": the parser made the cue the main verb and
    # the verb after it a conjunct with no subject and no "and"
    medial = (
        tok.dep_ == "ROOT"
        and bool(words_after)
        and doc[right + 1].text == ","
        and not any(c.dep_ == "cc" for c in tok.children)
        and any(
            c.dep_ == "conj"
            and c.i > right
            and not any(g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in c.children)
            for c in tok.children
        )
    )
    if tok.dep_ == "parataxis" or final or medial:
        if left == sent.start or doc[left - 1].text not in {",", "—", "–", "-"}:
            return None
        if words_after and (tok.dep_ == "parataxis" or medial):  # the content surrounds it
            return before.start_char, sent.end_char
        if not any(t.pos_ in {"VERB", "AUX"} for t in before):
            return None
        if any(c.dep_ == "dobj" and not _addressee(tok, c) for c in tok.children):
            return None  # "..., he said nothing": what he said is its object
        if before.root.dep_ == "advcl" and any(c.dep_ == "mark" for c in before.root.children):
            return None  # "After the vote ended, he said ...": a circumstance, not content
        return before.start_char, before.end_char
    return None


def _addressee(verb: Token, obj: Token) -> bool:
    """Whether the object of a verb of telling is whom it is told to ("..., the agency's
    head told the defence committee"), not what is told ("told a lie", "told nothing")."""
    lex = _lex()
    return (
        verb.lemma_.lower() in lex.addressee_verbs
        and obj.pos_ in {"NOUN", "PROPN", "PRON"}
        and obj.lemma_.lower() not in lex.told_things
    )


def _counted_content(tok: Token) -> tuple[int, int] | None:
    """What 'The institute counts about 1,500 vehicles' reports: an object holding a
    figure (a year is no figure: 'recorded 2024 as ...'), or one a colon spells out in
    figures."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.tag_ in {"WDT", "WP"}:
        return None
    if obj.lower_ in {"nothing", "none"} or any(c.lower_ == "no" for c in obj.lefts):
        return None  # "The survey finds nothing like it: ...": a denial, not a figure
    doc = tok.doc
    end = obj.right_edge
    spelled = []  # "show an older workforce: the average age rose to 27.5 years": what the
    # colon after the object spells out is part of it
    if end.i + 1 < len(doc) and doc[end.i + 1].text == ":" and doc[end.i + 1].sent == tok.sent:
        spelled = list(doc[end.i + 2 : tok.sent.end])
        words = [t for t in spelled if not t.is_punct and not t.is_space]
        end = words[-1] if words else end
    if not spelled:
        # "shows sales at its radar arm up 27 percent": the object's state after it
        after = next(
            (
                c
                for c in tok.rights
                if c.left_edge.i == obj.right_edge.i + 1
                and c.dep_ in {"advmod", "npadvmod", "prep", "acomp", "oprd"}
            ),
            None,
        )
        if after is not None and _has_figure(after.subtree):
            spelled, end = list(after.subtree), after.right_edge
    if not _has_figure(list(obj.subtree) + spelled):
        return None
    return obj.left_edge.idx, end.idx + len(end)


def _has_figure(words) -> bool:
    """Whether words hold a figure (not a date or a time)."""
    return any(t.tag_ == "CD" and t.ent_type_ not in {"DATE", "TIME"} for t in words)


def _parenthetical_advcl(tok: Token, sent: Span) -> tuple[int, int] | None:
    """A parenthetical cue the parser hung on the main verb as an adverbial clause
    ("Since May, she told the radio, the city has hired 40 nurses"): set off by commas,
    with no conjunction of its own ('When she told them, ...' is a circumstance). The
    sentence's main clause is what it reports."""
    if any(c.dep_ == "mark" for c in tok.children) or tok.tag_ in {"VBG", "VBN"}:
        return None
    doc = sent.doc
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None:  # ("the budget tables show": a subject read as a compound)
        subject = _compound_subject(tok)
        first = min([subject.left_edge.i] + [c.i for c in tok.lefts if c.dep_ == "det"])
        subject = doc[first]
    else:
        subject = subject.left_edge  # "the report"
    right = tok.right_edge
    if subject.i <= sent.start or doc[subject.i - 1].text != ",":
        return None
    if tok.head.i < subject.i and doc[tok.i + 1 : tok.i + 2].text == ",":
        # "A rose, the tables show, while B fell": after the main clause, before a
        # clause the parser hung on the cue; the sentence is what it reports
        return sent.start_char, sent.end_char
    if tok.head.i < subject.i and _ends_sentence(tok, sent):
        # "A rose, more than B, the minister said on Monday.": a final cue the parser
        # hung on the main verb, through a phrase it gave the cue; what comes before
        # the comma is what it reports
        before = doc[sent.start : subject.i - 1]
        if any(t.pos_ in {"VERB", "AUX"} for t in before):
            return before.start_char, before.end_char
    if right.i + 1 >= sent.end or doc[right.i + 1].text != ",":
        return None
    main = tok.head
    if main.pos_ not in {"VERB", "AUX"} or main.i <= right.i:
        return None
    if all(c.i > right.i for c in main.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}):
        return doc[right.i + 2].idx, sent.end_char  # the main clause follows the cue whole
    return sent.start_char, sent.end_char


def _ends_sentence(tok: Token, sent: Span) -> bool:
    """Whether nothing follows a cue but its own circumstances ("on Monday", "in a
    statement") and an apposition to its subject ("..., a claim that B denied")."""
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    right = tok.i
    for child in tok.rights:
        if child.dep_ in {"npadvmod", "advmod", "prep", "dative"}:
            right = max(right, child.right_edge.i)
        elif not child.is_punct:
            return False
    after = [t for t in sent.doc[right + 1 : sent.end] if not (t.is_punct or t.is_space)]
    if all(t.i in range(subject.i, subject.right_edge.i + 1) for t in after):
        return True
    # "..., a claim that B denied": a noun phrase after a comma that comments on the
    # sentence, wherever the parser hung it
    doc = sent.doc
    if not after or doc[right + 1].text != "," or after[0].tag_ != "DT":
        return False
    head = after[0].head
    return head.pos_ == "NOUN" and head.left_edge == after[0] and head.right_edge.i >= after[-1].i


def _figure_content(tok: Token) -> tuple[int, int] | None:
    """What 'X put the cost at $2bn' reports: the object and the figure it is put at."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.tag_ in {"WDT", "WP"}:
        return None  # "the cost, which he put at $2bn": part of what the sentence says of it
    # the "at" phrase holding the figure ("puts the workforce at the yards at 21,000"),
    # or "on" as polls are written ("put the party on 41 percent")
    at = next(
        (
            c
            # (or deeper in the object, where the parser hung it: "put the price of fixing
            # the backlog at 900 million")
            for c in sorted(list(tok.children) + list(obj.subtree), key=lambda c: c.i)
            if c.dep_ == "prep" and c.lower_ in {"at", "on"} and any(t.like_num for t in c.subtree)
        ),
        None,
    )
    if at is None:
        return None
    right = max(at.right_edge, obj.right_edge, key=lambda t: t.i)
    return obj.left_edge.idx, right.idx + len(right)


def _as_content(tok: Token, sent: Span) -> tuple[int, int] | None:
    """What "as X said" vouches for: the clause it modifies ("The driver was not armed,
    as police have said"; "As she noted, costs rose"). The cue needs its own subject
    and no object ("as he said goodbye" reports nothing)."""
    if tok.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
        return None
    if not any(c.dep_ == "nsubj" for c in tok.children):
        return None
    if any(c.dep_ in {"dobj", "ccomp", "xcomp", "prep"} for c in tok.children):
        return None
    doc = sent.doc
    left, right = tok.left_edge.i, tok.right_edge.i
    if doc[left].lower_ != "as":
        return None  # "just as", "such as", "as soon as": not this form
    before = doc[sent.start : left]
    after = doc[right + 1 : sent.end]
    part = max(before, after, key=lambda span: sum(not t.is_punct for t in span))
    if not any(t.pos_ in {"VERB", "AUX"} for t in part):
        return None
    return part.start_char, part.end_char


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    text = doc_text(doc)
    while start < end and (text[start].isspace() or text[start] in ",;:“”\"'‘’"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:“”\"'‘’"):
        end -= 1
    return start, end


def find_cues(sent: Span, quotes: QuoteIndex) -> list[Cue]:
    """Attribution cues of one sentence, in reading order."""
    lex = _lex()
    regions = [r for r in quotes.in_sentence(sent) if quotes.is_claim_quote(r, sent)]
    if not regions:
        introduced = quotes.following(sent) or quotes.preceding(sent)
        regions = [introduced] if introduced is not None else []
    cues: list[Cue] = []
    lowers = token_lowers(sent.doc)
    words, lemmas = lex.cue_words, lex.cue_lemmas
    for tok in sent:
        if lowers[tok.i] not in words and tok.lemma_.lower() not in lemmas:
            continue  # none of the cues below can start at this word
        around = regions
        if quotes.inside(tok):
            if not quotes.narrated(tok):
                continue
            # an excerpt's narration quoting someone: the cue goes with the inner quotation
            around = [r for r in quotes.nested_in(sent) if quotes.is_claim_quote(r, sent)]
            if not around:
                continue
        cue = (
            _verb_cue(tok, sent, around, lex)
            or _revision_cue(tok, lex)
            or _naming_cue(tok, sent, around, lex)
            or _according_cue(tok, sent, around, lex)
            or _possessive_cue(tok, sent, around, lex)
            or _noun_cue(tok, sent, around, lex)
            or _agent_cue(tok, sent, lex)
            or _given_figure_cue(tok, lex)
        )
        if cue is not None:
            in_sent = quotes.in_sentence(sent) if around is regions else around
            cues.append(
                _mostly_quoted(_quoted_content(cue, in_sent), sent.doc, in_sent, sent.end_char)
            )
            if cue.mode != "direct_quote":
                colon = _colon_quote(tok, cue, around)
                if colon is not None:
                    cues.append(colon)
            cues.extend(_gapped_cues(tok, cue, lex))
    cues = _one_cue_per_quotation(cues)
    if not cues:
        signed = _signed_quote(sent, quotes)
        if signed is not None:
            cues.append(signed)
    if not cues and regions:
        inverted = _inverted_cue(sent, regions, lex)
        if inverted is not None:
            cues.append(inverted)
    if not cues and regions:
        closing = _closing_cue(sent, regions, lex) or _opening_cue(sent, regions, lex)
        if closing is not None:
            cues.append(closing)
    if not cues and regions:
        introduced = _introduced_quote(sent, quotes, regions)
        if introduced is not None:
            cues.append(introduced)
    report = None if quotes.in_sentence(sent) else _closing_report(sent, lex)
    if report is not None:
        # ("Her team found that ..., she told members."; "X had told police that ..., but
        # ..., the source added."): the sentence's last words report all before them, a
        # cue among them included, and whoever says it is its source (what a document
        # shows, ", the footage showed.", is no saying over a cue before it)
        same = [c for c in cues if c.cue_start == report.cue_start]
        inner = [
            c
            for c in cues
            if c.cue_start != report.cue_start
            and report.content_start <= c.cue_start < report.content_end
        ]
        if not cues or report.speech and (not same or inner):
            cues = [c for c in cues if c not in same and c not in inner] + [report]
    if not cues and sent.start_char == 0:
        headline = _headline_cue(sent, quotes)
        if headline is not None:
            cues.append(headline)
    return cues


def _gapped_cues(tok: Token, cue: Cue, lex: _Lexicon) -> list[Cue]:
    """Sources that share a verb of reckoning written once ("X puts growth at 48%, the Y
    Office at 2.9 billion and the Z Forum at 4.1 billion"): a noun after the verb's first
    "at" phrase, which the parser made its object or a conjunct of it, with an "at" phrase
    holding a figure after it, is a further source of the same verb for that phrase."""
    if tok.lemma_.lower() not in lex.figure_verbs:
        return []
    nouns = [
        c
        for c in tok.children
        if c.dep_ in {"conj", "dobj"} and c.pos_ in {"NOUN", "PROPN"} and c.i > tok.i
    ]
    ats = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "at"]
    # "... at 3.4 billion euros, the Y Office at 2.9 billion": a name hung on a figure
    nouns += [
        a
        for p in ats
        for o in p.children
        for a in o.children
        if a.dep_ == "appos" and a.pos_ == "PROPN"
    ]
    ats += [p for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ == "at"]
    ats.sort(key=lambda t: t.i)
    if not ats:
        return []
    nouns = sorted((n for n in nouns if n.i > ats[0].i), key=lambda t: t.i)
    found = []
    for k, noun in enumerate(nouns):
        limit = nouns[k + 1].i if k + 1 < len(nouns) else len(tok.doc)
        prep = next((p for p in ats if noun.i < p.i < limit), None)
        if prep is None or not any(t.like_num for t in prep.subtree):
            continue
        last = prep.right_edge
        found.append(
            replace(
                cue,
                cue_start=noun.idx,
                cue_end=noun.idx + len(noun.text),
                source=noun,
                content_start=prep.idx,
                content_end=last.idx + len(last.text),
            )
        )
    return found


_TOPIC_PREPS = {"on", "about", "to", "in", "at"}


def _headline_cue(sent: Span, quotes: QuoteIndex) -> Cue | None:
    """A headline that gives its claim to a name before a colon ("Smith: Plant Will Close
    in May", "Smith on the Budget: 'We Are Broke'"): the person or organisation named
    speaks; in their own words when the rest is one quotation, else reported."""
    doc, text = sent.doc, quotes.text
    if "\n" in text[: sent.end_char].rstrip():
        return None  # the headline is the article's first line
    colon = next((t for t in sent if t.text == ":" and not quotes.inside(t)), None)
    if colon is None or colon.i == sent.start or colon.i - sent.start > 8:
        return None
    label = list(doc[sent.start : colon.i])
    name: list[Token] = []
    for tok in label:
        if tok.lower_ in _TOPIC_PREPS and name:
            break  # "Smith on the Budget:"
        name.append(tok)
    if len(name) > 4 or any(t.pos_ in {"VERB", "AUX"} for t in name):
        return None
    if not all(t.is_title or t.is_upper or t.text in {".", "-", "'s", "’s"} for t in name):
        return None
    head = name[-1]
    if head.ent_type_ not in {"PERSON", "ORG"} and not (
        head.pos_ in {"PROPN", "NOUN"} and head.is_title and head.ent_type_ == ""
    ):
        return None  # a headline's capitals mislead the tagger: the speakers decide
    start, end = _trim(doc, colon.idx + 1, sent.end_char)
    if len(text[start:end].split()) < 3:
        return None
    mode = "indirect"
    for a, b in quotes.in_sentence(sent):
        if a <= start + 1 and b >= end - 2:
            mode = "direct_quote"
    return Cue(
        mode, ":", colon.idx, colon.idx + 1, "neutral", head, start, end, speech=False, named=True
    )


def _one_cue_per_quotation(cues: list[Cue]) -> list[Cue]:
    """A quotation that two verbs of a sentence would each give in their own words goes
    with the one nearest to it ('"...," she said after the vote, which the council had
    promised': she speaks it, not the council)."""
    nearest: dict[tuple[int, int], Cue] = {}
    for cue in cues:
        if cue.mode != "direct_quote":
            continue
        key = (cue.content_start, cue.content_end)
        kept = nearest.get(key)
        if kept is None or _distance(cue) < _distance(kept):
            nearest[key] = cue
    return [
        c
        for c in cues
        if c.mode != "direct_quote"
        or nearest[(c.content_start, c.content_end)].cue_start == c.cue_start
    ]


def _distance(cue: Cue) -> int:
    if cue.content_start <= cue.cue_start < cue.content_end:
        return 0
    return min(abs(cue.cue_start - cue.content_end), abs(cue.content_start - cue.cue_end))


def _introduced_quote(sent: Span, quotes: QuoteIndex, regions) -> Cue | None:
    """A quotation a clause with no verb of saying introduces with a colon ('The mayor
    had a blunt answer: "We will not pay."', 'Her message was simple:' + a quotation):
    the subject of that clause speaks, in their own words. The quotation opens right
    after the colon and runs to the sentence's end, or is the one the sentence
    introduces; what stands before the colon is not quoted."""
    doc = sent.doc
    colon = next(
        (t for t in sent if t.text == ":" and not quotes.inside(t)),
        None,
    )
    if colon is None:
        return None
    region = next(
        (
            r
            for r in regions
            if colon.idx < r[0] <= colon.idx + 3 or r[0] >= sent.end_char > colon.idx
        ),
        None,
    )
    if region is None or region[1] < sent.end_char - 2 and region[0] < sent.end_char:
        return None  # the quotation does not run to the end: words of the narrator follow
    if any(a < colon.idx for a, _ in quotes.in_sentence(sent)):
        return None  # quoted words before the colon: a quotation of its own
    verbs = [t for t in doc[sent.start : colon.i] if t.pos_ in {"VERB", "AUX"}]
    for verb in sorted(verbs, key=lambda t: (t.head.i != t.i, t.i)):
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < colon.i), None)
        if subject is not None and subject.pos_ in {"PROPN", "PRON", "NOUN"}:
            start, end = _trim(doc, *region)
            if end <= start:
                return None
            return Cue(
                "direct_quote",
                ":",
                colon.idx,
                colon.idx + 1,
                "neutral",
                subject,
                start,
                end,
                speech=False,
            )
    return None


def _signed_quote(sent: Span, quotes: QuoteIndex) -> Cue | None:
    """A quotation signed on its own line after its closing mark, as pull quotes and
    readers' comments are ('"We will not pay." — Ana Vass'): the name after the dash
    speaks the quotation, in their own words. The cue is the sentence's that holds the
    closing mark; the quotation's earlier sentences go with it as with any quotation."""
    doc, text = sent.doc, quotes.text
    for a, b in quotes.regions:
        if not sent.start_char < b <= sent.end_char + 1:
            continue
        found = signature_after(text, b)
        if found is None:
            continue
        name = doc.char_span(found.start(2), found.end(2), alignment_mode="expand")
        if name is None or not any(t.pos_ == "PROPN" for t in name):
            continue
        head = max((t for t in name if t.pos_ == "PROPN"), key=lambda t: t.i)
        start, end = _trim(doc, max(a, sent.start_char), min(b, sent.end_char))
        if end <= start:
            continue
        dash = found.start(1)
        return Cue("direct_quote", found.group(1), dash, dash + 1, "neutral", head, start, end)
    return None


def _inverted_cue(sent: Span, regions, lex: _Lexicon) -> Cue | None:
    """A sentence that opens with its verb of saying, then its speaker, then a colon or
    comma and the quotation ('Said the mayor: "..."', 'Added Vass, "..."'): the parser
    reads the capitalised verb as part of a name. The speaker speaks the quotation, in
    their own words, when it opens right after the punctuation and runs to the end."""
    doc = sent.doc
    words = [t for t in sent if not t.is_space]
    if len(words) < 4 or not words[0].is_title:
        return None
    lemma = lex.inverted_forms.get(words[0].lower_)
    if lemma is None:
        return None
    # the speaker, with an apposition maybe ('Said Vass, an analyst at X: "..."'), up to
    # the colon or comma the quotation opens after
    region = None
    phrase: list[Token] = []
    for tok in words[1:14]:
        if tok.is_quote:
            break
        if tok.text in {":", ","}:
            region = next((r for r in regions if tok.idx < r[0] <= tok.idx + 3), None)
            if region is not None:
                break
        phrase.append(tok)
    if region is None or region[1] < sent.end_char - 2:
        return None  # no quotation right after it, or words of the narrator follow it
    if not phrase or not (phrase[0].is_title or phrase[0].lower_ in {"the", "a", "an", "one"}):
        return None
    name = phrase[: next((k for k, t in enumerate(phrase) if t.text == ","), len(phrase))]
    heads = [t for t in name if t.pos_ in {"PROPN", "NOUN"}]
    if not heads:
        return None
    start, end = _trim(doc, region[0], min(region[1], sent.end_char))
    if end <= start:
        return None
    verb = words[0]
    return Cue(
        "direct_quote",
        verb.text,
        verb.idx,
        verb.idx + len(verb),
        lex.verbs[lemma],
        heads[-1],
        start,
        end,
    )


_CLOSING_MARKS_BEFORE = frozenset(",?!")  # how a quotation ends before the words of its cue
_SPEAKER_OPENERS = frozenset({"the", "a", "an", "one", "his", "her", "their", "its", "our"})


def _closing_cue(sent: Span, regions, lex: _Lexicon) -> Cue | None:
    """A quotation that closes on a comma (or a question or exclamation mark) and is
    followed, to the sentence's end, only by the narrator's few words giving its speaker
    and a verb of saying ('"...," the police chief said Monday.', '"...," she
    continued.', '"...," said the chief.'): the speaker speaks it, in their own words,
    where the parser hung the verb on nothing that reaches the quotation (it read a
    capitalised name as a verb, or made the verb a conjunct inside the quotation)."""
    doc = sent.doc
    text = doc_text(doc)
    words = [t for t in sent if not t.is_space]
    if not words:
        return None
    for a, b in regions:
        if (
            a > words[0].idx
            or b > sent.end_char
            or b < 2
            or text[b - 2] not in _CLOSING_MARKS_BEFORE
        ):
            continue  # not a quotation opening the sentence and closing on a comma
        after = [t for t in words if t.idx >= b]
        if after and after[-1].text in {".", "!"}:
            after = after[:-1]
        more = next((i for i, t in enumerate(after) if t.is_quote), None)
        if more is not None:
            # '"...," she continued, "and ..."': the quotation goes on after the cue
            if not any(r[0] == after[more].idx and r[1] >= sent.end_char - 2 for r in regions):
                continue
            if more == 0 or after[more - 1].text != ",":
                continue
            after = after[: more - 1]
        if not 2 <= len(after) <= 14 or any(t.text in {";", ":"} for t in after):
            continue
        k = next((i for i, t in enumerate(after) if _closing_verb(t, lex)), None)
        if k is None:
            continue
        verb = after[k]
        phrase = after[:k] if k else after[k + 1 :]
        phrase = phrase[: next((i for i, t in enumerate(phrase) if _ends_speaker(t)), len(phrase))]
        source = _closing_speaker(phrase, before=k > 0)
        if source is None:
            continue
        start, end = _trim(doc, max(a, sent.start_char), b)
        if end > start:
            return _own_words(verb, source, start, end, lex)
    return None


# the tags of the words of a source's noun phrase ("the yearbook's second table", "Oslo's
# statistics office")
_SOURCE_PHRASE_TAGS = frozenset(
    {"DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$", "CD"}
)


def _closing_report(sent: Span, lex: _Lexicon) -> Cue | None:
    """A sentence that ends, after a comma, in a few words naming a source and then a
    verb of reporting or reckoning (", the yearbook's second table shows.", ", the
    statistics office estimates."), in which the parser found no cue (it took the verb
    for a noun, or hung it inside the clause): the source reports the clause before the
    comma. The verb is known by its form, not by the tag the tagger gave it."""
    doc = sent.doc
    words = [t for t in sent if not t.is_space]
    end = len(words) - 1 if words and words[-1].text in {".", "!"} else len(words)
    if end < 5:
        return None
    verb = words[end - 1]
    lemma = _report_lemma(verb, lex)
    if lemma is None:
        # ", X told delegates.": a verb of telling and its hearers, a noun or two
        hearers = next(
            (k for k in (end - 2, end - 3, end - 4) if _report_lemma(words[k], lex)), None
        )
        if hearers is None or any(
            t.tag_ not in {"DT", "JJ", "NN", "NNS", "NNP", "NNPS"} for t in words[hearers + 1 : end]
        ):
            return None
        verb = words[hearers]
        lemma = _report_lemma(verb, lex)
        if lemma not in lex.addressee_verbs:
            return None
        end = hearers + 1
    comma = next((i for i in range(end - 2, 0, -1) if words[i].text == ","), None)
    if comma is None or not 1 <= end - 1 - comma - 1 <= 8:
        return None
    phrase = words[comma + 1 : end - 1]
    alone = len(phrase) == 1 and phrase[0].lower_ in _PERSONAL_SUBJECTS  # ", she told members."
    if not alone and any(
        t.tag_ not in _SOURCE_PHRASE_TAGS or t.tag_ == "DT" and n for n, t in enumerate(phrase)
    ):
        return None  # (an article opens the phrase only: not "the most the navy counts")
    source = _closing_speaker(phrase, before=True)
    if source is None:
        return None
    document = source.lower_ in roles().document_nouns
    owners = [t for n, t in enumerate(phrase[:-1]) if phrase[n + 1].tag_ == "POS"]
    if document and owners and owners[-1].pos_ in {"NOUN", "PROPN"}:
        # "the yearbook's second table": the parse, wrong about the verb, is no guide to the
        # phrase; the document's owner speaks through it
        source = owners[-1]
    content = words[:comma]
    if not any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in content):
        return None  # no clause before the comma: "In Oslo, the ministry says."
    mode = "indirect"
    if lemma in lex.evidence_verbs and document:
        mode = "according_to"  # "..., the second table shows.": what a document bears out
    start, stop = _trim(doc, content[0].idx, content[-1].idx + len(content[-1]))
    return Cue(
        mode,
        verb.text,
        verb.idx,
        verb.idx + len(verb),
        lex.verbs.get(lemma, "neutral"),
        source,
        start,
        stop,
        speech=lemma in lex.communication,
    )


def _report_lemma(tok: Token, lex: _Lexicon) -> str | None:
    """The verb of reporting or reckoning a word is a finite form of, read from its form
    ("shows", "estimated", "says"), when it needs no particle."""
    low = tok.lower_
    if not tok.is_alpha or not tok.is_lower:
        return None
    forms = [lex.inverted_forms.get(low, ""), tok.lemma_.lower()]
    if low.endswith(("ies", "ied")):
        forms.append(low[:-3] + "y")
    if low.endswith(("es", "ed")):
        forms += [low[:-2], low[:-1]]
    elif low.endswith("s"):
        forms.append(low[:-1])
    reporting = lex.communication | lex.figure_verbs | lex.count_verbs
    return next(
        (f for f in forms if f in reporting and f in lex.verbs and f not in lex.particles), None
    )


def _opening_cue(sent: Span, regions, lex: _Lexicon) -> Cue | None:
    """The mirror of `_closing_cue`: a sentence that opens with a speaker and a verb of
    saying or of going on, then a comma or colon, and ends with a quotation that opens with
    a capital and holds a clause ('She continued, "We ..."', 'The chief went on: "It
    ..."'; not 'Work continued, "day and night."'), or a sentence of only those words
    ending in a colon before the quotation the next paragraph opens ('Vass continued:'):
    the speaker's own words, where no verb of the lexicon's reporting verbs took the
    quotation ("continue" reports in these places only; "production continued to grow"
    reports nothing)."""
    doc = sent.doc
    words = [t for t in sent if not t.is_space]
    for a, b in regions:
        if a <= sent.start_char or b < sent.end_char - 1:
            continue  # not a quotation that closes the sentence
        after = a >= sent.end_char  # 'X continued:' and the quotation the next paragraph opens
        before = [t for t in words if t.idx < a]
        if not 2 <= len(before) <= 8 or before[-1].text not in ({":"} if after else {",", ":"}):
            continue
        verb = before[-2]
        if not _closing_verb(verb, lex) or any(t.text in {",", ";", ":"} for t in before[:-1]):
            continue
        inside = [
            t
            for t in itertools.takewhile(lambda t, b=b: t.idx < b, doc[before[-1].i + 1 :])
            if a <= t.idx and not t.is_punct and not t.is_space
        ]
        if not inside or not inside[0].text[:1].isupper():
            continue  # a quoted phrase ('continued, "day and night."'), no utterance
        if not any(t.dep_ in _SUBJECTS and a < t.head.idx < b for t in inside):
            continue  # no clause of its own: the narrator's words, quoting a phrase
        source = _closing_speaker(before[:-2], before=True)
        if source is None:
            continue
        start, end = _trim(doc, a, b if after else min(b, sent.end_char))
        if end > start:
            return _own_words(verb, source, start, end, lex)
    return None


def _own_words(verb: Token, source: Token, start: int, end: int, lex: _Lexicon) -> Cue:
    """The cue of a quotation its speaker says in their own words, read by the words
    around it (`_closing_cue`, `_opening_cue`)."""
    return Cue(
        "direct_quote",
        verb.text,
        verb.idx,
        verb.idx + len(verb),
        lex.verbs.get(_closing_lemma(verb, lex), "neutral"),
        source,
        start,
        end,
    )


def _closing_lemma(tok: Token, lex: _Lexicon) -> str:
    return lex.inverted_forms.get(tok.lower_) or tok.lemma_.lower()


def _closing_verb(tok: Token, lex: _Lexicon) -> bool:
    """A verb of saying (or of going on, `closing_verbs`) in a finite form, one that needs
    no particle ('went on', 'shot back' are read by `_verb_cue`)."""
    if (
        not tok.tag_.startswith("VB")
        or tok.tag_ in {"VBG", "VBN"}
        and tok.lower_ not in lex.inverted_forms
    ):
        return False
    lemma = _closing_lemma(tok, lex)
    if lemma in lex.particles:
        return False
    return lemma in lex.communication or lemma in lex.closing_verbs


def _closing_speaker(phrase: list[Token], before: bool) -> Token | None:
    """The word that stands for the speaker in the few words before (or after) the verb
    of a closing cue: a personal pronoun alone, else the phrase's last name or noun, when
    the phrase reads as a speaker's (it opens with a capital or a determiner)."""
    if not phrase or len(phrase) > 10:
        return None
    if len(phrase) == 1 and phrase[0].lower_ in _PERSONAL_SUBJECTS:
        return phrase[0] if before else None
    first = phrase[0]
    if not (first.is_title or first.is_upper or first.lower_ in _SPEAKER_OPENERS):
        return None
    if any(t.pos_ == "SCONJ" or t.lower_ in {"that", "who", "which", "what"} for t in phrase):
        return None  # a clause of the narrator's, not a speaker
    last = phrase[-1]  # a noun phrase's head is its last word
    return last if last.is_alpha and last.pos_ not in {"ADP", "DET", "CCONJ", "ADV"} else None


def _ends_speaker(tok: Token) -> bool:
    """Where the words naming a speaker end: a comma, a preposition, a date ('said the
    chief on Monday', 'said the chief, Ana Vass')."""
    return tok.text == "," or tok.pos_ == "ADP" or tok.ent_type_ in {"DATE", "TIME"}


def _colon_quote(tok: Token, cue: Cue, regions) -> Cue | None:
    """A quotation a cue introduces with a colon after reporting a clause of its own
    ("The plant will close, she said: 'We have no choice.'"): a second claim, quoted."""
    doc = tok.doc
    nxt = tok.i + 1
    while nxt < len(doc) and doc[nxt].dep_ in {"npadvmod", "advmod"} and doc[nxt].head == tok:
        nxt += 1  # "she said on Friday:" keeps its colon after the time words
    if nxt >= len(doc) or doc[nxt].text != ":":
        return None
    colon = doc[nxt]
    for a, b in regions:
        if colon.idx < a <= colon.idx + 3 and not _overlaps(
            (a, b), (cue.content_start, cue.content_end)
        ):
            start, end = _trim(doc, a, b)
            return replace(
                cue,
                mode="direct_quote",
                cue_start=colon.idx,
                cue_end=colon.idx + 1,
                content_start=start,
                content_end=end,
            )
    return None


def transcript_cue(sent: Span, quotes: QuoteIndex) -> Cue | None:
    """The cue of a transcript line that a sentence opens: a paragraph that starts with
    a speaker's name in capitals and a colon ("SMITH: We will ..."), in quotation marks
    or not. Its words are the speaker's own: mode direct_quote. The label (`Cue.label`)
    is matched against the people of the article when the speaker is resolved."""
    text = quotes.text
    found = opens_turn(text, sent)
    if found is None:
        return None
    # the label may have been split off as a sentence of its own ("SMITH:" | "We ...")
    start, end = _trim(sent.doc, max(found.end(), sent.start_char), sent.end_char)
    if end <= start:
        return None
    colon = text.index(":", found.end(1))
    label = found.group(1)
    if label.upper() == "ANSWER":
        label = ANSWER_LABEL  # "Answer:" is the answer line "A:" spelled out
    return Cue("direct_quote", ":", colon, colon + 1, "neutral", None, start, end, label=label)


def _quoted_content(cue: Cue, regions: list[tuple[int, int]]) -> Cue:
    """Reported content that lies wholly inside quotation marks is a direct quotation,
    even a short one with no clause of its own ('"Give us the vote," they chanted')."""
    if cue.mode != "indirect":
        return cue
    for a, b in regions:
        if a <= cue.content_start and cue.content_end <= b and cue.content_end > cue.content_start:
            return replace(cue, mode="direct_quote")
    return cue


# the words of a reported content that say something (not its 'that', articles,
# prepositions or pronouns)
_CONTENT_POS = {"NOUN", "PROPN", "VERB", "AUX", "ADJ", "ADV", "NUM"}


def _mostly_quoted(cue: Cue, doc: Doc, regions: list[tuple[int, int]], sent_end: int) -> Cue:
    """Reported content that is a quotation save for a word or two of the narrator's
    that frame it: the subject it is about ('Brekvold "is the only commander who ...,"
    Qualls said'), the thing a naming verb names ('called the programme a "model of how
    a small navy can build ships on time"'), a possessive ('saying its "spending was
    far lower than promised"'). The claim is in the speaker's words: a direct quote.
    The quoted words hold a verb of their own (a predication, not a name given: 'branded
    the toll "a tax on the poor"' stays reported speech). Not a short quoted phrase in
    a clause of the narrator's ('called the report "inaccurate"', 'said production
    "still lags far behind" Russia's'), nor a content with a figure outside the marks
    (the mode follows where the figure sits)."""
    if cue.mode != "indirect" or cue.content_end <= cue.content_start:
        return cue
    # a quotation is one piece: a content the parser ended inside it runs to its end
    end = max(
        [cue.content_end]
        + [min(b, sent_end) for a, b in regions if cue.content_start <= a < cue.content_end < b]
    )
    span = doc.char_span(cue.content_start, end, alignment_mode="expand")
    if span is None:
        return cue
    # the cue's own words (its subject, its time and place) that a content split around
    # the cue spans
    own: set[int] = set()
    cue_tok = doc.char_span(cue.cue_start, cue.cue_end, alignment_mode="expand")
    if cue_tok is not None:
        for tok in cue_tok:
            own.add(tok.i)
            for child in tok.children:
                sub = list(child.subtree)
                if not any(_overlaps((sub[0].idx, sub[-1].idx + len(sub[-1])), r) for r in regions):
                    own.update(t.i for t in sub)
    quoted = outside = 0
    clause = False
    for t in span:
        if t.i in own:
            continue
        if any(a <= t.idx < b for a, b in regions):
            quoted += t.is_alpha or t.like_num
            clause = clause or t.pos_ in {"VERB", "AUX"}
        elif t.like_num:
            return cue
        elif t.pos_ in _CONTENT_POS and (t.is_alpha or t.like_num):
            outside += 1
    if clause and quoted >= 5 and outside <= 2 and 5 * outside <= quoted:
        start, end = _trim(doc, cue.content_start, end)
        return replace(cue, mode="direct_quote", content_start=start, content_end=end)
    return cue


def _revision_cue(tok: Token, lex: _Lexicon) -> Cue | None:
    """A forecast its owner revises to a figure ("She raised the full-year forecast to
    between 6.1 and 6.5 billion euros"), or stands by ("X reiterated its forecast of 40
    million euros"): the subject's figure, the forecast and what it is raised or cut to
    (and from), or its own figure, its content."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in lex.revision_verbs | lex.restating_verbs:
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in lex.revision_nouns:
        return None
    subject = subject_of(tok)
    if lemma in lex.restating_verbs:
        figure = [
            c
            for c in obj.children
            if c.dep_ == "prep" and c.lower_ in {"of", "for"} and _has_figure(c.subtree)
        ]
    else:
        figure = [
            c
            for c in list(tok.children) + list(obj.children)
            if c.dep_ == "prep"
            and c.lower_ in {"to", "from"}
            and any(t.like_num for t in c.subtree)
        ]
        if not any(c.lower_ == "to" for c in figure):
            figure = []
    if not figure or subject is None:
        return None
    right = max([obj.right_edge] + [c.right_edge for c in figure], key=lambda t: t.i)
    return Cue(
        "indirect",
        tok.text,
        tok.idx,
        tok.idx + len(tok),
        "neutral",
        subject,
        obj.left_edge.idx,
        right.idx + len(right),
    )


def _verb_cue(tok: Token, sent: Span, regions, lex: _Lexicon) -> Cue | None:
    lemma = tok.lemma_.lower()
    set_off = None if tok.pos_ in {"VERB", "AUX"} else _set_off_noun_cue(tok, lex)
    noun_subject = None if tok.pos_ in {"VERB", "AUX"} else _verb_tagged_noun(tok) or set_off
    if lemma in lex.document_verbs:
        if tok.pos_ != "VERB":
            noun_subject = _read_as_compound(tok)
        if not _written_subject(tok, lex, noun_subject):
            return None
    elif lemma not in lex.verbs or not (tok.pos_ in {"VERB", "AUX"} or noun_subject is not None):
        return None
    if lemma == "cite":
        return None
    particle = None
    if lemma in lex.particles:
        particle = next(
            (
                c.lower_
                for c in tok.children
                if c.dep_ in {"prt", "prep", "advmod"} and c.lower_ in lex.particles[lemma]
            ),
            None,
        )
        if particle is None:
            return None
        if lemma in lex.going_on_verbs and any(c.dep_ == "xcomp" for c in tok.children):
            return None  # "going on to contrast ...": what was done next, no speech
    if any(c.dep_ == "nsubjpass" for c in tok.children):
        return None
    if tok.tag_ == "VBN" and tok.dep_ == "amod" and _name_after_cue(tok, sent) is None:
        return None
    if _hearsay_participle(tok) or _relative_on_its_object(tok):
        return None
    if _withheld(tok, regions):
        return None
    doc = sent.doc
    reduced = _reduced_relative_subject(tok)  # its clause may be misparsed too
    # (a verb of reckoning, too: "reckoned in a memo that ...", the clause hung on the memo)
    speech = lemma in lex.communication or lemma in lex.figure_verbs or reduced is not None
    clause = _clause_range(tok, speech=speech)
    if lemma in lex.document_verbs and lemma in lex.figure_verbs | lex.count_verbs:
        clause = None  # "the table gives a figure of ...", "the budget sets X at ...": only
        # the figure it bears; "the table sets spending against GDP" reports nothing
    if lemma in lex.figure_verbs and clause is not None and clause[1] <= tok.idx:
        # "X estimates that ...; Y puts the figure at $2bn": a figure the verb puts at a
        # value is its content, not a clause before it the parser hung on it
        clause = _figure_content(tok) or clause
    if clause is not None and _fronted_conjuncts(tok, clause):
        # "A, but B, an aide said": the parser made the verb a conjunct of A with B its
        # clause; the aide reports both
        clause = (tok.head.left_edge.idx, clause[1])
    if clause is None:  # "X reported, citing Y, that ...": the clause hangs on "citing"
        clause = next((_clause_range(c) for c in tok.children if c.lemma_ == "cite"), None)
    quote = _nearest_quote(tok, regions)
    if clause is None and quote is None and lemma in lex.communication:
        clause = _aside_content(tok, sent) or _as_content(tok, sent)
    if clause is None and quote is None and lemma in lex.figure_verbs:
        clause = _figure_content(tok)
    counted = False
    if clause is None and quote is None and lemma in lex.count_verbs:
        clause = _counted_content(tok)
        counted = clause is not None
    if clause is None and quote is None and tok.dep_ == "parataxis":
        if lemma not in lex.communication:  # tried above for a verb of saying
            clause = _aside_content(tok, sent)  # "For that price, it calculated, X could buy ..."
    if (
        clause is None
        and quote is None
        and tok.dep_ in {"advcl", "ROOT"}
        and lemma not in lex.communication
        and lemma in lex.figure_verbs | lex.count_verbs
    ):
        # "On current trends, the study reckons, the gap would close ...": a verb of reckoning set
        # off by commas, hung on the main verb as an adverbial clause; "..., the IMF
        # calculates.": one after the clause it reports
        clause = _aside_content(tok, sent)
    if clause is None and quote is None:
        clause = _before_final_cue(tok, sent)  # "..., the NRB estimates." as an apposition
    inverted = _name_after_cue(tok, sent) if clause is None and quote is None else None
    if inverted is not None:  # "..., estimated Jo Roe, who leads ...": the name read as an object
        clause = inverted[1]
    if clause is None and quote is None and set_off is not None:
        clause = sent.start_char, sent.end_char  # "Output, the institute estimates, will ..."
    named_role = None
    if clause is None and quote is None and lemma in lex.communication:
        named_role = _role_then_name(tok, sent)  # "..., the navy's chief, A. Marsk, told ..."
        if named_role is not None:
            clause = named_role[1]
    if clause is None and quote is None:
        return None
    if clause is not None:
        clause = _before_next_cue(tok, clause, lex, regions)
    outer = _coordinated_cue(tok, lex)
    # "A will rise, X, head of Y, announced, with ...": the parser made the cue a conjunct
    # of the clause it reports, whose subject is not the speaker
    apposed = (_apposed_subject(tok) or _conjoined_subject(tok)) if tok.dep_ == "conj" else None
    if apposed is None and tok.dep_ == "advcl" and not any(c.dep_ == "nsubj" for c in tok.children):
        apposed = _compound_subject(tok)  # ", the budget tables show,": not the main subject
    source = (
        named_role[0]
        if named_role is not None
        else apposed
        if apposed is not None
        else _subject(
            outer if outer is not None else tok,
            lambda t: any(a < t.idx < b - 1 for a, b in regions),
        )
        or noun_subject
        or _final_cue_subject(tok)
        or _participle_subject(tok)
        or reduced
        or (inverted[0] if inverted is not None else None)
    )
    if source is None and tok.dep_ != "ROOT":
        return None  # a ROOT cue without a parsed subject: the speaker is looked up by position
    if lemma in lex.newsroom_verbs and (source is None or not _newsroom(source, lex)):
        return None  # 'the mayor learned that ...' reports nothing; 'The Herald has learned' does
    mode = "indirect"
    if lemma in lex.outlet_verbs and _outlet_object(tok, regions) is not None:
        mode = "according_to"
    if source is not None and source.dep_ == "dobj" and _relayed_source(source.head, tok):
        mode = "according_to"  # relayed by an outlet, as "according to" is
    if (
        source is not None
        and lemma in lex.evidence_verbs
        and {source.lemma_.lower(), source.lower_} & roles().document_nouns
    ):
        mode = "according_to"  # "company filings show ...": what a document bears out
    if source is not None and source.lower_ in lex.source_nouns.get("by", frozenset()):
        # "Estimates by the institute put ...": the figures speak for their owner
        owner = next((c for c in source.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        if owner is not None and any(c.dep_ == "pobj" for c in owner.children):
            mode = "according_to"
    if clause is None and quote is not None and lemma in lex.communication:
        # a cue standing aside from a content that is only partly quoted ('Protests,
        # he said, are "acts of patriotism"'): reported speech
        aside = _aside_content(tok, sent)
        inside = [r for r in regions if aside is not None and _overlaps(r, aside)]
        if inside and _partly_quoted(tok, aside, inside) and not _quoted_sentence_after(tok, quote):
            clause = aside
    touching = [r for r in regions if clause is None or _overlaps(r, clause)]
    if quote is not None and touching and not _partly_quoted(tok, clause, touching):
        mode = "direct_quote"
        content = (min(r[0] for r in touching), max(r[1] for r in touching))
    else:
        content = clause
    cue_text = tok.text
    if particle:
        cue_text = f"{tok.text} {particle}"
    start, end = _trim(doc, *content)
    return Cue(
        mode,
        cue_text,
        tok.idx,
        tok.idx + len(tok),
        lex.verbs.get(lemma, "neutral"),
        source,
        start,
        end,
        speech=lemma in lex.communication or lemma in lex.document_verbs,
        counted=counted,
    )


def _written_subject(tok: Token, lex: _Lexicon, subject: Token | None = None) -> bool:
    """Whether the subject of a verb of `document_verbs` names a written thing: '"...," the
    letter reads' gives the letter's words; 'she read the report' gives none."""
    subject = subject or next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    nouns = roles().document_nouns | lex.text_nouns
    return subject.lower_ in nouns or subject.lemma_.lower() in nouns


def _read_as_compound(tok: Token) -> Token | None:
    """'The leaflet read: "..."' parsed as a noun "read" with "leaflet" compounded to it:
    the noun before it, its subject, where a colon follows."""
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i > 0 else None
    if (
        before is None
        or before.dep_ != "compound"
        or before.head.i != tok.i
        or tok.i + 1 >= len(doc)
        or doc[tok.i + 1].text != ":"
    ):
        return None
    return before


_COMPLEMENTS = {"dobj", "oprd", "xcomp", "ccomp", "attr", "dative", "acomp"}


def _naming_cue(tok: Token, sent: Span, regions, lex: _Lexicon) -> Cue | None:
    """ "X called the plan a disaster", "X likened the tax to robbery", "X accused the
    board of lying": a naming verb (`naming_verbs`) with its object and what it names
    the object (a second complement, or the verb's own preposition) reports the
    subject's judgement, quoted or not (mode indirect). Not a name given in passing
    ('a town called Hope'), a passive or a withheld one."""
    lemma = tok.lemma_.lower()
    if lemma not in lex.naming_verbs or tok.pos_ != "VERB" or tok.dep_ in {"acl", "amod"}:
        return None
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children) or _withheld(tok, regions):
        return None
    objects = [c for c in tok.children if c.dep_ in _COMPLEMENTS and c.i > tok.i]
    prep = lex.naming_verbs[lemma]
    if prep is None:
        if len(objects) < 2:
            return None  # 'called a meeting', 'called the workers to the stage'
        last = objects[-1]
    else:
        last = next(
            (
                c
                for c in list(tok.children)
                + [g for o in objects for g in o.children]
                # "described the vessel that met them as ...": hung on the object's clause
                + [g for o in objects for r in o.children if r.dep_ == "relcl" for g in r.rights]
                if c.dep_ == "prep"
                and c.lower_ == prep
                and c.i > tok.i
                and any(not g.is_punct for g in c.children)  # 'as "reckless"': an amod
            ),
            None,
        )
        if last is None:
            return None
        if not objects and (
            prep != "as" or tok.tag_ == "VBN" or not any(g.dep_ == "pobj" for g in last.children)
        ):
            return None  # only 'describing as "reckless" a plan ...' moves the object after
        objects = objects or [last]
    source = _subject(tok, lambda t: any(a < t.idx < b - 1 for a, b in regions))
    if source is None:
        return None
    left = min(o.left_edge.i for o in objects)
    right = max(
        [last.right_edge, objects[0].right_edge]
        + [c.right_edge for c in tok.rights if c.dep_ in {"prep", "npadvmod"} and c.i > last.i],
        key=lambda t: t.i,
    )  # 'branded the state an outlaw on our border': what the parser hung on the verb
    start, end = _trim(sent.doc, sent.doc[left].idx, right.idx + len(right))
    if end <= start:
        return None
    cue_text = tok.text if prep is None else f"{tok.text} {prep}"
    stance = lex.verbs.get(lemma, "neutral")
    return Cue(
        "indirect", cue_text, tok.idx, tok.idx + len(tok), stance, source, start, end, naming=True
    )


_CONTRAST_MARKS = frozenset({"while", "whereas", "though", "although"})


def _before_next_cue(
    tok: Token, clause: tuple[int, int], lex: _Lexicon, quotations: list[tuple[int, int]]
) -> tuple[int, int]:
    """A reported clause ends before a reporting verb coordinated into it with a subject
    of its own ('She said A would close, and asked why, the mayor replied, "..."'): that
    verb is a second attribution, not part of the first one's content. A verb inside a
    quotation is quoted words ('said "... and I'll report it"')."""
    doc = tok.doc
    for t in doc.char_span(*clause, alignment_mode="expand") or ():
        if any(a <= t.idx < b for a, b in quotations):
            continue
        if (
            t.dep_ == "conj"
            and t.i > tok.i
            and t.lemma_.lower() in lex.verbs
            and (
                any(c.dep_ == "nsubj" for c in t.children)
                or _same_token(_coordinated_cue(t, lex), tok)
            )
        ):
            left = t.left_edge.i
            while left > tok.i + 1 and (doc[left - 1].is_punct or doc[left - 1].dep_ == "cc"):
                left -= 1
            if doc[left].idx > clause[0]:
                return clause[0], doc[left - 1].idx + len(doc[left - 1])
        if (
            t.dep_ == "advcl"
            and t.i > tok.i
            and t.lemma_.lower() in lex.verbs
            and any(c.dep_ == "nsubj" for c in t.children)
            and any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in t.children)
        ):
            # 'X estimates that A, while Y says B': the contrasted clause is Y's own report
            left = t.left_edge.i
            while left > tok.i + 1 and doc[left - 1].is_punct:
                left -= 1
            if doc[left].idx > clause[0]:
                return clause[0], doc[left - 1].idx + len(doc[left - 1])
        if _trailing_gerund_cue(t, tok, lex, quotations):
            # 'said: "A," adding that B': the parser hung 'adding' on the quoted clause;
            # it is the speaker's second attribution, and A alone is what 'said' reports
            left = t.i
            while left > tok.i + 1 and doc[left - 1].is_punct:
                left -= 1
            if doc[left].idx > clause[0]:
                return clause[0], doc[left - 1].idx + len(doc[left - 1])
    return clause


def _trailing_gerund_cue(
    t: Token, tok: Token, lex: _Lexicon, quotations: list[tuple[int, int]]
) -> bool:
    """A verb of saying in -ing after a closed quotation, set off by a comma, with no
    subject or conjunction of its own ('"...," adding that ...', '"...," noting ...'):
    the cue's speaker going on, not words of what the cue reports."""
    if t.i <= tok.i + 1 or t.tag_ != "VBG" or t.dep_ != "advcl":
        return False
    if t.lemma_.lower() not in lex.communication:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in t.children):
        return False
    text = doc_text(t.doc)
    for _, b in quotations:
        gap = text[b : t.idx]
        if b <= t.idx and not gap.strip(" ,") and "," in text[b - 3 : b] + gap:
            return True  # '"A," adding', '"A", adding': the quotation closes right before
    return False


def _same_token(a: Token | None, b: Token) -> bool:
    return a is not None and a.i == b.i


# verbs whose complement is a speech act that did not happen: declined or failed
# ('declined to say', 'failed to mention'), or one only made possible ('the rules let
# firms tell ...', 'allows officials to say ...')
_WITHHOLDING = {"decline", "refuse", "fail", "neglect"}
_ENABLING = {"let", "allow", "permit", "enable"}


def _withheld(tok: Token, quotations: list[tuple[int, int]]) -> bool:
    """A reporting verb that reports nothing said: negated ('did not say which ...',
    'would not say whether ...'), declined or failed ('declined to say which ...',
    'refuses to release X or explain how ...', 'failed to note that ...'), only made
    possible ('let the papers tell them ...') or only asked for, wanted or promised (an
    infinitive under one of the lexicon's `unfulfilled_verbs`: 'the law requires firms to
    tell ...', 'urged the minister to explain why ...'). The negation comes before the verb; one
    inside a quotation is quoted words ('"Probably not," she said')."""
    if any(
        c.dep_ == "neg" and c.i < tok.i and not any(a <= c.idx < b for a, b in quotations)
        for c in tok.children
    ):
        return True
    if tok.dep_ == "pcomp" and tok.head.lower_ == "without":
        return True  # "left without saying where", "it goes without saying that"
    verb = tok
    for _ in range(4):
        head = verb.head
        if head.i == verb.i:
            return False
        lemma = head.lemma_.lower()
        if (verb.dep_ == "xcomp" and lemma in _WITHHOLDING) or (
            verb.dep_ in {"xcomp", "ccomp"} and lemma in _ENABLING
        ):
            return True
        if (
            verb.dep_ in {"xcomp", "ccomp"}
            and lemma in _lex().unfulfilled_verbs
            and _infinitive(verb)
        ):
            return True  # 'requires contractors to tell', 'want the Pentagon to explain'
        if any(c.dep_ in _SUBJECTS for c in verb.children):
            return False
        # 'refuses to release X or explain Y', 'let firms tell A while telling B': a verb
        # with no subject of its own goes with the one it is joined to
        if not (verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBG"):
            return False
        verb = head
    return False


def _relative_on_its_object(tok: Token) -> bool:
    """'the 14 that the government promised to field', 'the cuts which she promised':
    a verb heading a relative clause whose object is the relative word itself names what
    was promised or said as a thing, the noun the clause hangs on; it reports no
    proposition of its own (a clause of its own after it still does). So does any verb
    whose object is "what" before it ("That was what the admiral said when ...")."""
    if any(c.dep_ == "dobj" and c.lower_ == "what" and c.i < tok.i for c in tok.children):
        # "That was what the admiral said when ...": what was said, as a thing (a clause
        # the parser hangs on the verb after it is a circumstance: its object is taken)
        return True
    if tok.dep_ != "relcl" or any(c.dep_ == "ccomp" for c in tok.children):
        return False
    return any(
        t.dep_ in {"dobj", "pobj"} and t.lower_ in {"that", "which", "what"} and t.i < tok.i
        for t in tok.subtree
    )


def _hearsay_participle(tok: Token) -> bool:
    """'Said to be the busiest on the coast, the yard ...', 'the plant, reported to
    employ 400': a participle of saying with no subject of its own, before an infinitive,
    passes on what is said by no one named; the main clause's subject did not say it."""
    if tok.dep_ not in {"advcl", "acl", "amod"} or any(c.dep_ == "nsubj" for c in tok.children):
        return False
    if tok.tag_ == "VBG":
        return False  # "..., promising to cut taxes": the main clause's subject promised
    return any(c.dep_ == "xcomp" and _infinitive(c) for c in tok.children)


def _coordinated_cue(tok: Token, lex: _Lexicon) -> Token | None:
    """The reporting verb a second one is coordinated with when the parser hung it on the
    first one's content ('X said the plant would close and warned that ...': 'warned' is
    parsed as a conjunct of 'close'). It has no subject of its own and the tense of the
    first reporting verb, not of the clause it was hung on."""
    if tok.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        return None
    head = tok.head
    if head.dep_ != "ccomp" or head.head.i == head.i:
        return None
    outer = head.head
    if outer.lemma_.lower() not in lex.verbs or tok.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    return outer if tok.tag_ == outer.tag_ and head.tag_ != tok.tag_ else None


def _partly_quoted(
    tok: Token, clause: tuple[int, int] | None, quotations: list[tuple[int, int]]
) -> bool:
    """Whether a reported clause is only partly in quotation marks: words of its own
    outside them ('said the plan was "a disaster"', 'said he fought "for our rights"').
    Such a claim is not inside the quotation marks: reported speech, not a direct
    quote. Not counted as outside: the conjunction 'that' opening the clause; the
    cue's own words (its subject, its time and place) that the clause's range spans
    when a quotation is split around its cue; words between the quotation and a cue
    after it, and words before a colon that introduces the quotation, which the
    parser may hang inside the quoted clause."""
    if clause is None:
        return False
    cue_words = {tok.i}
    for child in tok.children:
        sub = list(child.subtree)
        first, last = sub[0], sub[-1]
        if not any(_overlaps((first.idx, last.idx + len(last)), q) for q in quotations):
            cue_words.update(t.i for t in sub)
    span = tok.doc.char_span(*clause, alignment_mode="expand") or ()
    first, last = min(q[0] for q in quotations), max(q[1] for q in quotations)
    # a clause that introduces the quotation with a colon ('X scolded him: "..."')
    colon = max((t.idx for t in span if t.text == ":" and t.idx < first), default=-1)
    for t in span:
        if not (t.is_alpha or t.like_num) or t.i in cue_words or t.idx < colon:
            continue
        if t.dep_ == "mark" and t.lower_ in {"that", "whether", "if"}:
            continue
        if last <= t.idx < tok.idx:
            continue  # between the quotation and its cue: the speaker's side ('," X, a y, said')
        if not any(a <= t.idx < b for a, b in quotations):
            return True
    return False


_AFTER_CUE = re.compile(r"(?:\s+[\w'’.-]+){0,4}\s*[,:]\s*")


def _quoted_sentence_after(tok: Token, quote: tuple[int, int]) -> bool:
    """Whether a quotation opens right after its cue (and the cue's few words of time or
    place) with a capital and runs to the end of the sentence ('Asked about the cost, she
    said on Friday, "Nothing to add today."'): a sentence of the speaker's own, which
    the words before the cue only set the scene for."""
    doc, sent = tok.doc, tok.sent
    between = doc_text(doc)[tok.idx + len(tok) : quote[0]]
    if quote[0] <= tok.idx or not _AFTER_CUE.fullmatch(between):
        return False
    first = doc_text(doc)[quote[0] : quote[1]].lstrip("\"“‘' ")
    return first[:1].isupper() and quote[1] >= sent.end_char - 2


def _before_final_cue(tok: Token, sent: Span) -> tuple[int, int] | None:
    """What a sentence-final cue whose subject the parser read as a compound reports
    (", the NRB estimates." hung on a noun as an apposition): the words before its comma."""
    name = _final_cue_subject(tok)
    if name is None or not (
        _only_modifiers_after(tok) or _same_token(_conjoined_subject(tok), name)
    ):
        return None
    comma = sent.doc[name.left_edge.i - 1]
    while comma.text != ",":
        comma = sent.doc[comma.i - 1]
    before = sent.doc[sent.start : comma.i]
    if not any(t.pos_ in {"VERB", "AUX"} for t in before):
        return None
    return before.start_char, before.end_char


def _name_after_cue(tok: Token, sent: Span) -> tuple[Token, tuple[int, int]] | None:
    """A verb after the clause it reports, written before its speaker's name ("...,
    estimated Jo Roe, who leads the programme."), when the parser gave it no subject and
    hung the name on it as a modifier or an object: the name, and the words before the
    comma (with a verb among them), when all after the verb is the name's."""
    doc = tok.doc
    if tok.pos_ != "VERB" or tok.i == sent.start or doc[tok.i - 1].text != ",":
        return None
    if tok.i + 1 >= sent.end or any(
        c.dep_ in {"nsubj", "nsubjpass", "ccomp", "xcomp"} for c in tok.children
    ):
        return None
    first = doc[tok.i + 1]
    if tok.dep_ == "amod" and tok.head.pos_ == "PROPN" and tok.head.left_edge.i == tok.i:
        name = tok.head  # (or read as the name's modifier)
    else:
        name = first.head if first.dep_ == "compound" else first
        if (
            name.head.i != tok.i
            or name.dep_ not in {"npadvmod", "dobj", "attr", "oprd"}
            or name.pos_ != "PROPN"
            or name.left_edge.i != tok.i + 1
        ):
            return None
    owned = {t.i for t in name.subtree}
    if not all(t.i in owned or t.is_punct or t.is_space for t in doc[tok.i + 1 : sent.end]):
        return None
    before = doc[sent.start : tok.i - 1]
    if not any(t.pos_ in {"VERB", "AUX"} for t in before):
        return None
    return name, (before.start_char, before.end_char)


def _final_cue_subject(tok: Token) -> Token | None:
    """The subject the parser did not give a sentence-final verb of saying: one it read as
    a compound of the verb (`_compound_subject`), as an apposition of the clause before
    (`_apposed_subject`) or as a conjunct of a noun there (`_conjoined_subject`)."""
    return _compound_subject(tok) or _apposed_subject(tok) or _conjoined_subject(tok)


_PHRASE_TAGS = {"NOUN", "PROPN", "DET", "ADJ", "CCONJ", "NUM"}


def _conjoined_subject(tok: Token) -> Token | None:
    """The subject of a sentence-final verb of saying that the parser hung on a noun of
    the clause before as its conjunct ("... as the fighting reached the coast, two aides
    and an envoy told Reuters."): the first noun of the phrase between the last comma and
    the verb, when nothing but the verb's addressee or its circumstances follows it."""
    doc, sent = tok.doc, tok.sent
    if tok.pos_ != "VERB" or tok.dep_ not in {"ROOT", "conj"}:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        return None
    if any(c.dep_ not in {"dobj", "dative", "prep", "npadvmod", "punct"} for c in tok.rights):
        return None
    own = {t.i for t in tok.subtree}
    if any(not t.is_punct and t.i not in own for t in doc[tok.i : sent.end]):
        return None
    comma = next((t for t in reversed(doc[sent.start : tok.i]) if t.text == ","), None)
    if comma is None:
        return None
    phrase = doc[comma.i + 1 : tok.i]
    if not 1 <= len(phrase) <= 6 or any(t.pos_ not in _PHRASE_TAGS for t in phrase):
        return None
    if phrase[-1].pos_ not in {"NOUN", "PROPN"} or any(t.head.i == tok.i for t in phrase):
        return None
    # the phrase's own head ("Wakarindi" of "Defence Secretary Ana Wakarindi", "aides" of
    # "aides and envoys"), the one word the parser hung outside it
    roots = [t for t in phrase if not phrase.start <= t.head.i < phrase.end]
    return roots[0] if len(roots) == 1 and roots[0].pos_ in {"NOUN", "PROPN"} else None


def _compound_subject(tok: Token) -> Token | None:
    """The subject of a sentence-final verb the parser read as the head of a noun phrase
    (", the NRB estimates."): a name right before the verb, set off by a comma, that it
    took for a compound."""
    if tok.pos_ != "VERB" or tok.i == 0:
        return None
    doc = tok.doc
    name = doc[tok.i - 1]
    if name.dep_ != "compound" or name.head.i != tok.i:
        return None
    # (or a noun with its article: ", the statistics show.")
    described = name.pos_ == "NOUN" and any(c.dep_ == "det" for c in tok.children)
    if name.pos_ != "PROPN" and not described:
        return None
    first = name.left_edge
    while first.i > 0 and doc[first.i - 1].dep_ == "det" and doc[first.i - 1].head.i == tok.i:
        first = doc[first.i - 1]
    if first.i == 0 or doc[first.i - 1].text != ",":
        return None
    return name


def _participle_subject(tok: Token) -> Token | None:
    """The subject of a verb of saying that the parser gave none, having hung it on a
    participle set off by commas before the verb (`_participle_aside`)."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        return None
    return next((s for c in tok.children if (s := _participle_aside(c, tok)) is not None), None)


def _participle_aside(clause: Token, tok: Token) -> Token | None:
    """The subject the parser gave a participle set off by commas right before a verb of
    saying, which it read as a clause the verb reports ("Officials in X, questioned for
    the audit, said ...": 'Officials' the subject of 'questioned'): that subject, who
    speaks; the participle is what the writer says of them."""
    doc = tok.doc
    # (a past form the tagger may read as finite, though no comma parts a subject from
    # its verb)
    if clause.dep_ != "ccomp" or clause.i > tok.i or clause.tag_ not in {"VBN", "VBD"}:
        return None
    if any(c.dep_ in {"aux", "auxpass"} for c in clause.children):
        return None  # "were interviewed": a clause of its own
    end = clause.right_edge.i
    if doc[end].text != ",":
        end += 1  # the comma before the verb of saying, hung on it or on the participle
    if clause.i == 0 or doc[clause.i - 1].text != "," or end + 1 != tok.i or doc[end].text != ",":
        return None
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < clause.i]
    return subjects[0] if subjects else None


def _reduced_relative_subject(tok: Token) -> Token | None:
    """The subject of a verb of saying the parser read as a reduced relative on the noun
    that opens a sentence with no verb of its own ("Researchers at the X Centre
    reckoned in a paper that ...": 'reckoned' hung on 'Researchers'): that noun."""
    head = tok.head
    if tok.dep_ != "acl" or tok.tag_ not in {"VBN", "VBD"} or head.dep_ != "ROOT":
        return None
    if head.pos_ not in {"NOUN", "PROPN"} or head.i > tok.i:
        return None
    if any(c.dep_ in {"agent", "nsubj", "nsubjpass"} for c in tok.children):
        return None
    return head


def _apposed_subject(tok: Token) -> Token | None:
    """The subject of a sentence-final verb of saying that the parser left without one,
    hanging the noun phrase before it on the clause before as an apposition ("... kept in
    the ward overnight, a nurse at the clinic said."): that noun, set off by a
    comma and running up to the verb."""
    doc = tok.doc
    if tok.pos_ != "VERB" or tok.i == 0 or tok.dep_ not in {"ROOT", "conj"}:
        return None
    if tok.dep_ == "conj" and (
        tok.head.i > tok.i or any(c.dep_ == "cc" and c.i < tok.i for c in tok.head.children)
    ):
        return None  # "A rose, and B said": a second clause with its own subject, if any
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        return None
    if not _only_modifiers_after(tok):
        return None
    noun = doc[tok.i - 1]
    while noun.dep_ != "appos" and noun.head.i != noun.i and noun.head.i < tok.i:
        noun = noun.head
    if noun.dep_ != "appos" or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    if noun.right_edge.i != tok.i - 1 or doc[noun.left_edge.i - 1].text != ",":
        return None
    return noun


def _only_modifiers_after(tok: Token) -> bool:
    """Whether all that follows a cue in its sentence is punctuation or a phrase of its
    own after a comma (", with the first launches due in May", ", adding that ..."): the
    cue still closes the clause it reports."""
    doc = tok.doc
    rest = [t for t in doc[tok.i + 1 : tok.sent.end] if not t.is_punct]
    if not rest:
        return True
    first = rest[0]
    if doc[first.i - 1].text != "," or first.head.i != tok.i:
        return False
    if first.dep_ not in {"prep", "advcl", "npadvmod"}:
        return False
    subtree = {t.i for t in tok.subtree}
    return all(t.i in subtree for t in rest)


def _role_then_name(tok: Token, sent: Span) -> tuple[Token, tuple[int, int]] | None:
    """A final verb of saying after a role and then a name, each set off by commas
    ("..., the navy's chief of staff, Admiral Tove Marsk, told lawmakers on Monday."),
    which the parser left without a subject (the role hung on the clause before, the
    verb a conjunct of it): the name speaks, and the clause before the role is what it
    reports. The verb has no subject or clause of its own; the name is a person's."""
    if tok.pos_ != "VERB" or tok.dep_ not in {"conj", "acl"} or tok.i < 4:
        return None
    doc = sent.doc
    if doc[tok.i - 1].text != ",":
        return None
    name = doc[tok.i - 2]
    if name.pos_ != "PROPN" or name.dep_ != "appos":
        return None
    role = name.head
    if name.ent_type_ != "PERSON" and not _titled_name(name, role):
        return None
    if tok.dep_ == "acl" and tok.head.i not in {role.i, role.head.i}:
        return None  # (or the verb hung on the role, or on what the role is set beside)
    if any(
        c.dep_ in {"nsubj", "nsubjpass", "ccomp", "xcomp", "mark"} and c.i != role.i
        for c in tok.children
    ):
        return None  # the role may be the parsed subject ("the pact's Secretary General")
    if role.pos_ not in {"NOUN", "PROPN"} or role.i >= name.i:
        return None  # a title may be capitalised ("the Chief of Staff"), but is no entity
    if doc[name.left_edge.i - 1].text != ",":
        return None
    if role.ent_type_ or any(t.ent_type_ == "PERSON" for t in doc[role.left_edge.i : role.i + 1]):
        return None
    comma = role.left_edge.i - 1
    if comma <= sent.start or doc[comma].text != ",":
        return None
    before = doc[sent.start : comma]
    if not any(t.pos_ in {"VERB", "AUX"} for t in before):
        return None
    return name, (before.start_char, before.end_char)


def _titled_name(name: Token, role: Token) -> bool:
    """A name the tagger took for a place or left untagged, in apposition to a person's
    title ("its defence minister, X Y"): two or three capitalised words."""
    words = [c for c in name.lefts if c.dep_ == "compound"] + [name]
    lexicon_roles = roles()
    return (
        2 <= len(words) <= 3
        and all(w.is_title and w.pos_ == "PROPN" for w in words)
        and (role.lower_ in lexicon_roles.title_heads or role.lemma_ in lexicon_roles.person_nouns)
    )


def _set_off_noun_cue(tok: Token, lex: _Lexicon) -> Token | None:
    """The subject of a verb of reckoning in -s the tagger took for a plural noun, set off
    by commas inside the sentence ("Output, the Ostrava Institute estimates, will double";
    "At that price, KDRI calculates, ..."): the name right before it, itself after a comma.
    A common noun counts only as the parsed subject after "the" ("the ministry
    projects"), so that "cost estimates" or "the budget estimates" stay nouns."""
    if tok.tag_ != "NNS" or tok.i == 0 or not tok.lower_.endswith("s"):
        return None
    lemma = tok.lemma_.lower()
    if lemma not in lex.figure_verbs | lex.count_verbs:
        return None
    doc, sent = tok.doc, tok.sent
    if tok.i + 1 >= sent.end or doc[tok.i + 1].text != ",":
        return None
    name = doc[tok.i - 1]
    if name.head.i != tok.i:
        return None
    if name.pos_ == "PROPN":
        if name.dep_ not in {"nsubj", "compound"}:
            return None
    elif name.pos_ != "NOUN" or name.dep_ != "nsubj":
        return None
    first = name.left_edge
    while (
        first.i > sent.start
        and doc[first.i - 1].head.i in {tok.i, name.i}
        and (doc[first.i - 1].dep_ in {"det", "compound"})
    ):
        first = doc[first.i - 1]
    if name.pos_ == "NOUN" and first.lower_ != "the":
        return None
    if first.i <= sent.start or doc[first.i - 1].text != ",":
        return None
    return name


def _verb_tagged_noun(tok: Token) -> Token | None:
    """The subject of a verb in -s the tagger took for a plural noun ("Holm claims that
    ...", "..., the BEC estimates."): the parse still gives it a that-clause (or the clause
    before it, when it ends the sentence), and the name before it as its subject or, read
    as a noun phrase, as a compound."""
    if tok.dep_ not in {"ROOT", "conj", "ccomp"}:
        return None
    if tok.tag_ != "NNS" and not (
        # "Analysts at X estimate that ...": a base form the tagger took for a singular
        # noun, with a subject of its own
        tok.tag_ == "NN" and any(c.dep_ == "nsubj" for c in tok.children)
    ):
        return None
    final = all(t.is_punct for t in tok.doc[tok.i + 1 : tok.sent.end])
    if not any(
        c.dep_ == "ccomp" and (any(m.dep_ == "mark" for m in c.children) or final and c.i < tok.i)
        for c in tok.children
    ):
        return None  # a that-clause, or the clause before a final ", the BEC estimates."
    for child in tok.lefts:
        if child.dep_ == "nsubj" or child.dep_ == "compound" and child.pos_ == "PROPN":
            return child
    return None


def _according_cue(tok: Token, sent: Span, regions, lex: _Lexicon) -> Cue | None:
    low = tok.lower_  # the phrase starts with this token: its first word, or a piece of it
    if low not in lex.according_first and (tok.whitespace_ or low not in lex.according_prefixes):
        return None
    doc = sent.doc
    rest = doc_text(doc)[tok.idx : sent.end_char].lower()
    phrase = next((p for p in lex.according_to if rest.startswith(p + " ")), None)
    if phrase is None:
        return None
    n_words = len(phrase.split())
    last = doc[tok.i + n_words - 1] if tok.i + n_words - 1 < sent.end else None
    if last is None:
        return None
    objs = [c for c in last.children if c.dep_ in {"pobj", "dobj"}]
    if not objs and last.i + 1 < sent.end:
        objs = [doc[last.i + 1]] if doc[last.i + 1].pos_ in {"NOUN", "PROPN", "PRON"} else []
    if not objs:
        return None
    source = objs[0]
    if (
        len(objs) > 1
        and objs[1].pos_ == "PROPN"
        and all(t.text.islower() and t.is_alpha for t in doc[source.i + 1 : objs[1].left_edge.i])
    ):
        # "according to the Tarnow evening daily X Y": the parser's second object is
        # the name, the first the words that describe it
        source = objs[1]
    named = _outlet_named_after(source, sent, lex)
    if named is not None:
        source = named
    if phrase == "per" and not _names_a_source(source):
        return None  # "costs $40,000 per student", "per year": a rate, not a source
    if phrase == "per" and _given_name_per(tok, source):
        return None  # "Per Lindqvist, the yard's chief, said": a man's given name
    cue_end = last.idx + len(last)
    phrase_start, phrase_end = tok.idx, source.right_edge.idx + len(source.right_edge)
    text = doc_text(doc)
    if not any(
        ch.isalnum()
        for ch in text[sent.start_char : phrase_start] + text[phrase_end : sent.end_char]
    ):
        # "According to X, the move reeks of fear.": the parser hung the whole claim on the
        # source ("reeks" an apposition of X); the phrase ends at the first comma after it
        comma = next((t for t in doc[source.i + 1 : source.right_edge.i] if t.text == ","), None)
        if comma is not None:
            phrase_end = comma.idx
    quote = regions[0] if regions else None
    before = (sent.start_char, phrase_start)
    after = (phrase_end, sent.end_char)
    part = max(before, after, key=lambda r: r[1] - r[0])
    inside = [r for r in regions if _overlaps(r, part)]
    if quote is not None and not (inside and _partly_quoted(tok, part, inside)):
        mode, (start, end) = "direct_quote", quote
    else:  # no quotation, or one holding only part of what X vouches for
        mode = "according_to"
        start, end = part
    start, end = _trim(doc, start, end)
    if end <= start:
        start, end = sent.start_char, sent.end_char
    cue = doc_text(doc)[tok.idx : cue_end]
    # "citing the figures": only a source of words may be a bare description
    speech = phrase.startswith(("according", "as reported", "in the words"))
    return Cue(mode, cue, tok.idx, cue_end, "neutral", source, start, end, speech=speech)


def _outlet_named_after(place: Token, sent: Span, lex: _Lexicon) -> Token | None:
    """The outlet's name after a place and an outlet's word that the parser cut from its
    object ("according to the Tartu weekly The Lighthouse": 'Tartu' or 'weekly' its
    object): the last word of the capitalised name after the outlet's word, read by the
    words' forms."""
    doc = sent.doc
    at = place.i if place.lower_ in lex.newsroom_nouns else place.i + 1  # (or the word)
    if at >= sent.end or doc[at].lower_ not in lex.newsroom_nouns:
        return None
    if at > place.i and place.pos_ != "PROPN":
        return None
    end = at + 1
    while end < sent.end and doc[end].text[:1].isupper() and doc[end].is_alpha:
        end += 1
    return doc[end - 1] if end > at + 1 and doc[end - 1].lower_ != "the" else None


def _given_name_per(per: Token, source: Token) -> bool:
    """Whether a "Per" is a given name (a Scandinavian man's) before a surname, not the
    preposition: capitalised inside a sentence, or opening it right before a capitalised
    word the tagger took for no body, place or people ("Per Reuters" stays a source)."""
    if per.text != "Per" or source.i != per.i + 1 or not source.text[:1].isupper():
        return False
    return per.i > per.sent.start or source.ent_type_ in {"", "PERSON"}


def _names_a_source(tok: Token) -> bool:
    """An object that can be a source: a name, or a noun with a determiner or an owner
    ("per Reuters", "per the report", "per his aides"), not a bare unit ("per student")."""
    if tok.pos_ == "PROPN" and tok.ent_type_ not in {"DATE", "TIME", "CARDINAL", "MONEY"}:
        return True
    return tok.pos_ in {"NOUN", "PROPN"} and any(c.dep_ in {"det", "poss"} for c in tok.children)


def _source_noun(tok: Token, lex: _Lexicon) -> Token | None:
    """The source's noun a preposition of measuring takes ("by" -> "count", "on" ->
    "measure", lexicon `source_nouns`), or None."""
    nouns = lex.source_nouns.get(tok.lower_)
    if not nouns or tok.dep_ != "prep":
        return None
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    return obj if obj is not None and obj.lower_ in nouns else None


def _possessive_cue(tok: Token, sent: Span, regions, lex: _Lexicon) -> Cue | None:
    """'By the project's count, ...', 'In the ministry's estimate, ...': the owner speaks."""
    obj = _source_noun(tok, lex)
    if obj is None:
        return None
    if tok.lower_ == "on" and not tok.head.i > tok.i:
        # "relies on the institute's figures", "draws on X's estimates": what a verb after
        # it rests on, no source; a source's measure stands before the verb it frames
        return None
    owner = next((c for c in obj.children if c.dep_ == "poss"), None)
    if owner is None:
        # "by the estimates of X", "in the latest count by X", "in a survey from X": the
        # owner after the noun ("of" only after "the": "by estimates of 40 percent")
        words = {"by", "from"} | ({"of"} if any(c.lower_ == "the" for c in obj.lefts) else set())
        of = next(
            (c for c in obj.rights if c.dep_ in {"prep", "agent"} and c.lower_ in words), None
        )
        named = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        owner = named if named is not None and _names_a_source(named) else None
    if owner is None or _own_newsroom(owner, lex):
        return None  # "by this newspaper's own count": the writers' figure
    doc = sent.doc
    cue_end = obj.idx + len(obj)
    phrase_end = obj.right_edge.idx + len(obj.right_edge)
    if regions:
        mode, (start, end) = "direct_quote", regions[0]
    else:
        mode = "according_to"
        before, after = (sent.start_char, tok.idx), (phrase_end, sent.end_char)
        start, end = max(before, after, key=lambda r: r[1] - r[0])
    start, end = _trim(doc, start, end)
    if end <= start:
        start, end = sent.start_char, sent.end_char
    cue = doc_text(doc)[tok.idx : cue_end]
    return Cue(mode, cue, tok.idx, cue_end, "neutral", owner, start, end)


def _noun_cue(tok: Token, sent: Span, regions, lex: _Lexicon) -> Cue | None:
    """ "X's claim that ...", "a warning by X that ...": a noun of saying whose owner
    speaks and whose that-clause is what was said."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or lemma not in lex.nouns:
        return None
    source = next((c for c in tok.children if c.dep_ == "poss"), None)
    if source is None:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
                source = next((c for c in child.children if c.dep_ == "pobj"), None)
    if source is None:
        # "a Nordic Herald report that ...": a name before the noun owns it
        source = next((c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    if source is None:
        return None
    clause = None
    # its that-clause, or one the parser hung on the verb but that starts right after the
    # noun ("seizing upon a Herald report that ...")
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    candidates = list(tok.children) + [
        c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == tok.right_edge.i + 1
    ]
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and tok.head.dep_ == "ROOT":
        # "X's argument was that ...": what the noun says is the copula's clause (in the
        # sentence's own voice, not inside what another cue reports)
        candidates += [c for c in tok.head.children if c.dep_ == "ccomp"]
    for child in candidates:
        if child.dep_ in {"acl", "ccomp", "relcl"} and child.i > tok.i:
            if any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
                clause = (child.left_edge.idx, child.right_edge.idx + len(child.right_edge))
                break
    if clause is None:
        return None
    touching = [r for r in regions if _overlaps(r, clause)]
    mode = "indirect"
    content = clause
    if touching and all(r[0] <= clause[0] + 6 and r[1] >= clause[1] - 2 for r in touching):
        mode = "direct_quote"
    start, end = _trim(sent.doc, *content)
    return Cue(mode, tok.text, tok.idx, tok.idx + len(tok), lex.nouns[lemma], source, start, end)


def _agent_cue(tok: Token, sent: Span, lex: _Lexicon) -> Cue | None:
    """A verb of making public set off on a clause's subject, with its agent: "The
    ministry's goal, unveiled by its minister in the spring, is to ...", "The plan,
    set out by X, would ...": the agent speaks, and what the clause says of the subject
    is the content (reported speech). Verbs of making public (`agent_verbs`) and of
    putting a figure ("estimated by X"), not any reporting verb ("criticised by X": the
    agent vouches for nothing). The clause restates what was made public: a copula ("is
    to ...") or a plan's modal ("would cut ..."), not the writer's judgement of it ("falls
    short of ..."). Not a clause whose own verb reports (its cue speaks), nor a verb
    without an agent ("The target, announced in 2022, ...")."""
    lemma = tok.lemma_.lower()
    if lemma not in lex.agent_verbs and lemma not in lex.figure_verbs:
        return None  # (not "criticised by X", "shot by X": the agent vouches for nothing)
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.head.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    particle = lex.agent_verbs.get(lemma)
    if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in tok.children):
        return None  # "set" alone: no making public
    verb = tok.head.head
    if verb.lemma_.lower() in lex.verbs or verb.i <= tok.i:
        return None
    if verb.lemma_ != "be" and not any(
        c.dep_ == "aux" and c.lower_ in {"will", "would", "should"} for c in verb.children
    ):
        return None  # "The award, announced by X, falls short of ...": the writer's judgement
    source = _agent_of(tok)
    if source is None:
        return None
    start = tok.right_edge.i + 1  # what is said of the subject, after the set-off clause
    while start < verb.i and sent.doc[start].is_punct:
        start += 1
    end = sent[-1]
    while end.i > verb.i and (end.is_punct or end.is_space):
        end = sent.doc[end.i - 1]
    content = (sent.doc[start].idx, end.idx + len(end))
    cue_text = tok.text if not particle else f"{tok.text} {particle}"
    stance = lex.verbs.get(lemma, "neutral")
    return Cue("indirect", cue_text, tok.idx, tok.idx + len(tok), stance, source, *content)


def _agent_of(verb: Token) -> Token | None:
    """The agent of a passive participle: the object of its "by" ("set out by X")."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None


def _given_figure_cue(tok: Token, lex: _Lexicon) -> Cue | None:
    """A figure passed on by its agent, in the passive: "That estimate was provided to
    reporters by an army colonel", "The numbers were supplied by the ministry". The agent's
    figure (mode according_to); the figure, the subject, is the content. Only a subject
    that names a figure (`given_figures` nouns): "The contract was given to X by Y"
    reports nothing."""
    if tok.lemma_.lower() not in lex.giving_verbs or tok.tag_ != "VBN":
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ not in lex.given_nouns:
        return None
    source = _agent_of(tok)
    if source is None:
        return None
    first, last = subject.left_edge, subject.right_edge
    return Cue(
        "according_to",
        tok.text,
        tok.idx,
        tok.idx + len(tok),
        "neutral",
        source,
        first.idx,
        last.idx + len(last),
    )


def _nearest_quote(tok: Token, regions) -> tuple[int, int] | None:
    if not regions:
        return None
    return min(regions, key=lambda r: min(abs(tok.idx - r[0]), abs(tok.idx - r[1])))


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _newsroom(tok: Token, lex: _Lexicon) -> bool:
    """Whether a subject is a news outlet or a reporter: an outlet the entity lexicon
    knows, a name ending in a newspaper's word ('The Herald', 'the Daily Courier'), or a
    description headed by a newsroom noun ('this newspaper', 'our correspondent')."""
    ent = entity_index().canonical(doc_span_text(tok)) or entity_index().canonical(tok.text)
    if ent is not None:
        return ent.kind == "outlet"
    if tok.pos_ == "PROPN":
        # a name after 'the' is no person's, whatever the tagger says ('The Herald')
        named = tok.ent_type_ not in {"PERSON", "GPE"} or any(c.dep_ == "det" for c in tok.children)
        return tok.text in lex.newsroom_name_words and named
    return tok.lower_ in lex.newsroom_nouns


def own_reckoning(sent: Span) -> bool:
    """Whether a sentence gives a figure as the article's own writers reckon it: a
    source's noun after "by", "in" or "on", owned by "our" or by the article's outlet
    ("By our calculation, ...", "on this newspaper's count"). No source's passage goes on
    through it."""
    lex = _lex()
    for tok in sent:
        obj = _source_noun(tok, lex)
        if obj is None:
            continue
        owner = next((c for c in obj.children if c.dep_ == "poss"), None)
        if owner is not None and (owner.lower_ == "our" or _own_newsroom(owner, lex)):
            return True
    return False


def _own_newsroom(tok: Token, lex: _Lexicon) -> bool:
    """Whether a source is the article's own outlet: "this newspaper", "our newsroom"; not
    "this paper", which in a think tank's paper is the paper and its authors."""
    return tok.lower_ in lex.newsroom_nouns - roles().document_nouns and any(
        c.dep_ in {"det", "poss"} and c.lower_ in {"this", "our"} for c in tok.children
    )


def _outlet_object(tok: Token, regions=()) -> Token | None:
    """The news outlet a verb of saying tells its words to ("told TASS", "told the public
    broadcaster"), the writers' own included ("told this programme", outside a
    quotation; not "told me", which a columnist, a letter's writer or a transcript's
    speaker may write as well as a reporter)."""
    index = entity_index()
    lex = _lex()
    for child in tok.children:
        if child.dep_ in {"dobj", "dative", "iobj"}:
            if not any(a <= child.idx < b for a, b in regions) and _own_newsroom(child, lex):
                return child
            ent = index.canonical(child.text) or index.canonical(doc_span_text(child))
            if ent is not None and ent.kind == "outlet":
                return child
            if child.ent_type_ == "ORG" and re.search(r"[A-Z]{2,}|\.\w+$", child.text):
                return child
            # "spoke to a regional newspaper", "told the public broadcaster"
            if _outlet_noun(child):
                return child
            # "told state broadcaster X", and then "told X" again: a name the article
            # introduces with a news outlet's noun before it
            if child.pos_ == "PROPN" and child.text in _introduced_outlets(tok.doc):
                return child
            first = tok.doc[child.left_edge.i]
            if (
                child.pos_ == "PROPN"
                and child.text[:1].isupper()  # (not "told the upper house's budget panel")
                and first.text not in given_names()
                and (
                    first.lower_ == "the"
                    or child.ent_type_ in {"ORG", "PERSON", "WORK_OF_ART"}
                    and child.left_edge.i < child.i
                )
            ):
                return child
    return None


_OUTLET_NOUNS = {"newspaper", "broadcaster", "broadcasters", "newspapers", "publication"}
# nouns that introduce an outlet's name right after them ("the Vienna daily X")
_OUTLET_INTRODUCERS = frozenset(
    {noun for noun in _OUTLET_NOUNS if not noun.endswith("s")}
    | {"daily", "weekly", "channel", "tabloid"}
)
_OUTLETS_KEY = "claims_introduced_outlets"


def _introduced_outlets(doc) -> frozenset[str]:
    """Names the article introduces as news outlets by a noun right before them ("state
    broadcaster SPB-1", "the Lisbon daily Voz do Porto", "news agency X"): each name as
    its one capitalised token and as its whole run of capitalised tokens (found once per
    Doc, kept in `doc.user_data`)."""
    found = doc.user_data.get(_OUTLETS_KEY)
    if found is not None:
        return found
    names: set[str] = set()
    for i in tokens_with_text(doc, _OUTLET_INTRODUCERS | {"agency"}):
        noun = doc[i]
        if noun.lower_ == "agency" and not (i > 0 and doc[i - 1].lower_ in {"news", "press"}):
            continue
        end = i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        if end > i + 1:
            names.add(doc[i + 1 : end].text)
            names.add(doc[end - 1].text)
    found = doc.user_data[_OUTLETS_KEY] = frozenset(names)
    return found


def _outlet_noun(tok: Token) -> bool:
    """A noun that describes a news outlet as one: "an official press agency", "a regional
    newspaper", "the public broadcaster" (not "the agency" alone, which may be a body)."""
    if tok.lower_ in _OUTLET_NOUNS:
        return True
    return tok.lower_ == "agency" and any(
        c.dep_ == "compound" and c.lower_ in {"news", "press"} for c in tok.lefts
    )


def doc_span_text(tok: Token) -> str:
    return tok.doc[tok.left_edge.i : tok.right_edge.i + 1].text
