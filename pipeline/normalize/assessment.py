"""What the article itself says about a claim: disputed, corroborated or hedged, and where.

An evaluative sentence ("this claim appears to be an overstatement", "the figure
could not be independently verified", "such statements have been met with
skepticism by U.S. officials") is found from the cue patterns of
`models/lexicons/assessment.json` and linked to the claims it evaluates:

- a reference to a claim in the sentence ("this claim", "the figure", "such
  statements", "his remarks", "this growing narrative", "..., a figure that")
  reaches back over any number of sentences: a singular noun takes the nearest
  claim (one with a figure for "the figure"), a plural the claims of the nearest
  claim's speaker (for "these projections", "such promises", also the paragraph's other
  claims of what may come: dated, or for a projection with "will", "could"), a collective noun
  ("narrative") every attributed claim before it,
  an indefinite one in apposition ("a figure that") the claim it follows;
- a sentence with a strong cue and no such reference evaluates the nearest
  attributed claim at most `fallback_sentences` sentences back;
- when a reference to one claim (or none) leaves several different assertions in that
  nearest sentence, the one most similar to the evaluative sentence wins: claim
  embeddings (`pipeline.nlp.embedding`, loaded at the first such tie) break the tie, and
  without the embedding extra the rules alone decide (all of them). `use_tie_breaker`
  sets another similarity.

A claim never evaluates itself: a claim in the evaluative sentence is a target only
when its content ends before the reference and does not hold the cue. The assessor
is the speaker the sentence's own claim attributes (a sentence can be both a claim
and an assessment), else the agent or subject of the evaluative words ("dismissed
by the ministry", "analysts doubt"), else the article's own voice.

Everything here reads what extraction produced: the drafts and the parsed doc
their sentences belong to; nothing is parsed again, and no record is added or
removed. `has_cue` lets the prefilter keep every paragraph that could evaluate.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.tokens import Doc, Span, Token

from pipeline.extract.claims import Draft
from pipeline.nlp.model import doc_text, sentences, token_lowers
from pipeline.records import Assessment, ClaimRecord
from pipeline.resources import lexicon

log = logging.getLogger(__name__)

PRIORITY = ("disputed", "corroborated", "hedged")  # the first label found in this order wins
_SUBJECTS = {"nsubj", "nsubjpass"}
_NOT_ASSESSORS = {"it", "this", "that", "which", "who", "there", "these", "those", "what"}
_PERSON_PRONOUNS = {"he": "person", "she": "person", "his": "person", "her": "person"}
_APPOSITION = {",", "—", "–", "-", ":", "("}
_CARRY = {"it", "this", "that", "these", "those", "they", "them"}  # carry a reference over
_LEADING = {"the", "a", "an", "some", "many", "several", "most", "other", "previous", "senior"}


# ------------------------------------------------------------------ lexicon
@dataclass(frozen=True)
class _Pattern:
    label: str
    strong: bool
    items: tuple[tuple[frozenset[str], tuple[str, ...], bool], ...]  # words, prefixes, optional
    negated: bool  # the pattern holds its own negator


@dataclass(frozen=True)
class _Lexicon:
    patterns: tuple[_Pattern, ...]
    by_first: dict[str, tuple[_Pattern, ...]]  # exact first word -> patterns
    prefixed: tuple[tuple[str, _Pattern], ...]  # first-word prefix -> pattern
    negators: frozenset[str]
    nouns: frozenset[str]
    collective: frozenset[str]
    figure_nouns: frozenset[str]
    comparison_nouns: frozenset[str]
    schedule_nouns: frozenset[str]
    projection_nouns: frozenset[str]
    modal_markers: frozenset[str]
    speech_nouns: frozenset[str]
    future_markers: frozenset[str]
    back_dets: frozenset[str]
    appositive_dets: frozenset[str]
    fallback: int


def _item(text: str) -> tuple[frozenset[str], tuple[str, ...], bool]:
    optional = text.endswith("?")
    text = text.rstrip("?")
    words, prefixes = set(), []
    for alt in text.split("|"):
        if alt.endswith("*"):
            prefixes.append(alt[:-1])
        else:
            words.add(alt)
    return frozenset(words), tuple(prefixes), optional


@cache
def _lexicon() -> _Lexicon:
    data = lexicon("assessment")
    negators = frozenset(data["negators"])
    patterns = []
    for label in PRIORITY:
        for strength in ("strong", "weak"):
            for text in data["labels"][label][strength]:
                items = tuple(_item(part) for part in text.lower().split())
                negated = any(words & negators for words, _, _ in items)
                patterns.append(_Pattern(label, strength == "strong", items, negated))
    by_first: dict[str, list[_Pattern]] = {}
    prefixed = []
    for pattern in patterns:
        words, prefixes, _ = pattern.items[0]
        for word in words:
            by_first.setdefault(word, []).append(pattern)
        prefixed.extend((p, pattern) for p in prefixes)
    return _Lexicon(
        patterns=tuple(patterns),
        by_first={k: tuple(v) for k, v in by_first.items()},
        prefixed=tuple(prefixed),
        negators=negators,
        nouns=frozenset(data["reference_nouns"]),
        collective=frozenset(data["collective_nouns"]),
        figure_nouns=frozenset(data["figure_nouns"]),
        comparison_nouns=frozenset(data["comparison_nouns"]),
        schedule_nouns=frozenset(data["schedule_nouns"]),
        projection_nouns=frozenset(data["projection_nouns"]),
        modal_markers=frozenset(data["modal_markers"]),
        speech_nouns=frozenset(data["speech_nouns"]),
        future_markers=frozenset(data["future_markers"]),
        back_dets=frozenset(data["back_determiners"]),
        appositive_dets=frozenset(data["appositive_determiners"]),
        fallback=int(data["fallback_sentences"]),
    )


def _word_matches(word: str, item: tuple[frozenset[str], tuple[str, ...], bool]) -> bool:
    words, prefixes, _ = item
    return word in words or any(word.startswith(p) for p in prefixes)


def _match_at(words: Sequence[str], i: int, pattern: _Pattern) -> int:
    """Tokens the pattern covers from word i (0: no match)."""
    j = i
    for item in pattern.items:
        if j < len(words) and _word_matches(words[j], item):
            j += 1
        elif not item[2]:
            return 0
    return j - i


@dataclass(frozen=True)
class CueMatch:
    label: str  # the pattern's label, before negation
    strong: bool
    start: int  # token offsets in the sequence searched
    end: int
    own_negator: bool  # the pattern holds its negator ("could not be verified")
    negated: bool  # a negator in the three words before it


def find_cues(words: Sequence[str]) -> list[CueMatch]:
    """Evaluative cues in lower-cased tokens, the longest match at each word, left to right."""
    lex = _lexicon()
    found: list[CueMatch] = []
    i = 0
    while i < len(words):
        word = words[i]
        candidates = _candidates(word)
        best, best_len = None, 0
        for pattern in candidates:
            n = _match_at(words, i, pattern)
            if n > best_len:
                best, best_len = pattern, n
        if best is None:
            i += 1
            continue
        negated = any(w in lex.negators for w in words[max(0, i - 3) : i])
        found.append(CueMatch(best.label, best.strong, i, i + best_len, best.negated, negated))
        i += best_len
    return found


@lru_cache(maxsize=65536)
def _candidates(word: str) -> tuple[_Pattern, ...]:
    """The patterns that can start at a word (memoised: words repeat)."""
    lex = _lexicon()
    found = list(lex.by_first.get(word, ()))
    found += [p for prefix, p in lex.prefixed if word.startswith(prefix)]
    return tuple(found)


def negated_label(cue: CueMatch, negated: bool) -> str | None:
    """The label a cue gives once negation is read: a negated corroborating cue hedges
    ("has not been confirmed"), any other negated cue says nothing ("no doubt")."""
    if cue.own_negator or not negated:
        return cue.label
    return "hedged" if cue.label == "corroborated" else None


def has_cue(words: Sequence[str]) -> bool:
    """Whether lower-cased tokens hold any evaluative cue word (what the prefilter keeps)."""
    for i, word in enumerate(words):
        candidates = _candidates(word)
        if any(_match_at(words, i, p) for p in candidates):
            return True
    return False


# ------------------------------------------------------------------ claims
@dataclass(frozen=True)
class _Claim:
    index: int  # position in the list of drafts given
    sent_start: int  # char offsets of its sentence
    content_start: int  # of what it asserts
    content_end: int
    speaker: str | None
    kind: str | None
    mode: str | None
    words: frozenset[str]  # lower-cased words naming the speaker
    quantities: bool
    comparison: bool
    future: bool  # names a date after publication, or a deadline ("by 2027")
    modal: bool  # what it asserts hangs on "will", "would", "could": what may come
    text: str  # what it asserts, lower-cased


def _claims(drafts: Sequence[Draft], records: Sequence[ClaimRecord] | None = None) -> list[_Claim]:
    out = []
    for i, d in enumerate(drafts):
        future = False
        if records is not None:
            published = records[i].published
            future = any(
                t.relation in {"by", "until"}
                or (published is not None and t.value is not None and t.value > published)
                or _in_future_clause(d.sentence.doc, t.char_start, t.char_end)
                for t in records[i].times
            )
        sent = d.sentence
        start, end = sent.start_char, sent.end_char
        if d.cue is not None and d.speaker is not None and not d.inherited:
            start, end = d.cue.content_start, d.cue.content_end
        names = ""
        if d.speaker is not None:
            parts = (d.speaker.name, d.speaker.mention, d.speaker.organization, d.speaker.role)
            names = " ".join(p for p in parts if p)
        out.append(
            _Claim(
                index=i,
                sent_start=sent.start_char,
                content_start=start,
                content_end=end,
                speaker=d.speaker.name if d.speaker else None,
                kind=d.speaker.kind if d.speaker else None,
                mode=d.cue.mode if d.cue is not None and d.speaker is not None else None,
                words=frozenset(w.strip(".,'’").lower() for w in names.split()),
                quantities=bool(d.quantities),
                comparison=d.comparison is not None,
                future=future,
                modal=any(
                    t.dep_ == "aux" and t.lower_ in _lexicon().modal_markers
                    for t in sent
                    if start <= t.idx < end
                ),
                text=doc_text(d.sentence.doc)[start:end].lower(),
            )
        )
    return out


def _in_future_clause(doc: Doc, start: int, end: int) -> bool:
    """A time expression that dates a verb in the future: 'deliveries would begin in 2027'
    (not 'the fleet in 1989': a noun, not a verb, is what it dates)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    markers = _lexicon().future_markers
    for _ in range(3):
        if tok.head is tok:
            return False
        tok = tok.head
        if span.start <= tok.i < span.end or tok.dep_ == "prep" or tok.pos_ == "ADP":
            continue
        if tok.pos_ not in {"VERB", "AUX"}:
            return False
        break
    else:
        return False
    for verb in (tok, tok.head):
        if verb.lemma_.lower() in markers or any(
            c.dep_ == "aux" and c.lower_ in markers for c in verb.children
        ):
            return True
    return False


# ------------------------------------------------------------------ references
@dataclass(frozen=True)
class _Reference:
    token: Token
    kind: str  # singular | plural | collective | appositive
    possessor: str | None  # "person", "organization" or a lower-cased word ("ministry")
    strict: bool = False  # a person or a name owns it: no claim of theirs, no target


def _reference(sent: Span, cue: Token | None = None) -> _Reference | None:
    """The noun in the sentence that refers to the claim evaluated, with how it refers: the
    object of the cue's verb ("... support her view", "called the report inaccurate"),
    else the first one."""
    found = _references(sent)
    if cue is None or len(found) < 2:
        return found[0] if found else None
    verb = cue
    for _ in range(3):
        if verb.pos_ in {"VERB", "AUX"} or verb.head is verb:
            break
        verb = verb.head
    for ref in found:
        if ref.token.head.i == verb.i and ref.token.dep_ in {"dobj", "nsubjpass"}:
            return ref
    return found[0]


def _references(sent: Span) -> list[_Reference]:
    """Every noun in the sentence that refers to a claim, in reading order."""
    lex = _lexicon()
    out = []
    for tok in sent:
        lower = tok.lower_
        if not tok.tag_.startswith("NN") or (
            lower not in lex.nouns and lower not in lex.collective and tok.lemma_ not in lex.nouns
        ):
            continue
        lefts = [t for t in tok.lefts if t.dep_ in {"det", "poss", "amod", "predet", "nummod"}]
        dets = {t.lower_ for t in lefts}
        possessor, strict = None, False
        for t in lefts:
            if t.dep_ == "poss":
                possessor = _PERSON_PRONOUNS.get(t.lower_) or (
                    "organization" if t.lower_ == "its" else None
                )
                strict = possessor == "person" or t.pos_ == "PROPN"
                if possessor is None and t.lower_ != "their":
                    possessor = t.lemma_.lower()
        if dets & lex.appositive_dets:  # ", a figure that ...": the claim just made
            first = min(t.i for t in tok.subtree if t.i <= tok.i)
            if first > sent.start and sent.doc[first - 1].text in _APPOSITION:
                out.append(_Reference(tok, "appositive", None))
            continue
        if not (dets & lex.back_dets or possessor or any(t.dep_ == "poss" for t in lefts)):
            continue
        if lower in lex.collective:
            kind = "collective"
        elif tok.tag_ == "NNS" or "both" in dets:
            kind = "plural"
        else:
            kind = "singular"
        out.append(_Reference(tok, kind, possessor, strict))
    return out


# ------------------------------------------------------------------ linking
@dataclass(frozen=True)
class Evaluation:
    """One evaluative sentence and the claims (indices of the drafts) it evaluates."""

    label: str
    sentence: Span
    cue: str
    voice: str
    assessor: str | None
    targets: tuple[int, ...]
    specificity: int = 0  # 0 names one claim ("this claim") ... 3 only follows one


def find_evaluations(
    doc: Doc, drafts: Sequence[Draft], records: Sequence[ClaimRecord] | None = None
) -> list[Evaluation]:
    """Every evaluative sentence of a parsed article linked to the drafts it evaluates
    (`records`, built from the same drafts, tell which claims name a future date)."""
    claims = _claims(drafts, records)
    if not claims:
        return []
    first = min(c.sent_start for c in claims)
    lex = _lexicon()
    out = []
    order = [s for s in sentences(doc) if s.end_char > first]
    lowers = token_lowers(doc)
    previous_ref: _Reference | None = None
    for n, sent in enumerate(order):
        cues: list[tuple[str, CueMatch]] = []
        for c in find_cues(lowers[sent.start : sent.end]):
            label = negated_label(c, c.negated or _negated(sent[c.start]))
            if label is not None:
                cues.append((label, c))
        ref = _reference(sent, sent[cues[0][1].start]) if cues else None
        pronoun = _pronoun_of(sent[cues[0][1].start]) if cues and ref is None else None
        if pronoun is not None and previous_ref is not None:
            ref = previous_ref  # "Hale's claim drew a response. Carraway called it optimistic."
        previous_ref = _reference(sent)
        if ref is None and pronoun is None:  # a strong cue alone, outside this sentence's claims
            cues = [
                (label, c)
                for label, c in cues
                if c.strong and not _inside_own_claim(claims, sent, sent[c.start].idx)
            ]
        if not cues:
            continue
        label = next(lab for lab in PRIORITY if any(lab == found for found, _ in cues))
        cue = next(c for found, c in cues if found == label)
        cue_start = sent[cue.start].idx
        anchor = ref.token.idx if ref is not None else cue_start
        appositive = ref is not None and ref.kind == "appositive"
        eligible = [
            c
            for c in claims
            if c.sent_start < sent.start_char
            or (  # in this sentence: a claim made before the reference ("..., a figure that")
                c.sent_start == sent.start_char
                and (
                    (appositive and c.content_start < anchor)
                    or (c.content_end <= anchor and not _holds(c, cue_start))
                )
            )
        ]
        if ref is None:  # "It could not be verified": a claim just made, by someone if alone
            back = [s.start_char for s in order[max(0, n - lex.fallback) : n + 1]]
            eligible = [
                c
                for c in eligible
                if (c.speaker is not None or pronoun is not None) and c.sent_start >= back[0]
            ]
        targets = _targets(ref, eligible, sent)
        if not targets:
            continue
        voice, assessor = _assessor(sent, sent[cue.start], drafts, claims, targets, ref)
        out.append(
            Evaluation(
                label=label,
                sentence=sent,
                cue=sent[cue.start : cue.end].text,
                voice=voice,
                assessor=assessor,
                targets=tuple(c.index for c in targets),
                specificity=_SPECIFICITY[ref.kind if ref is not None else None],
            )
        )
    return out


_SPECIFICITY = {"singular": 0, "appositive": 0, "plural": 1, "collective": 2, None: 3}


def _pronoun_of(cue: Token) -> Token | None:
    """A pronoun that is the subject or object of the cue's verb ("Carraway called it
    optimistic", "They are too optimistic", "It could not be verified"): it stands for a
    claim just named."""
    if cue.pos_ == "NOUN" or (cue.pos_ == "ADJ" and cue.dep_ == "amod"):
        return None  # "survives the legal challenge", "false hope": no judgement of a claim
    verb = cue
    for _ in range(3):
        if verb.pos_ in {"VERB", "AUX"} and verb.dep_ not in {"aux", "auxpass"}:
            break
        if verb.head is verb:
            break
        verb = verb.head
    for child in verb.children:
        if (
            child.lower_ in _CARRY
            and child.dep_ in {"nsubj", "nsubjpass", "dobj"}
            and child.tag_ != "WDT"  # a relative "that" is no claim
            and not _expletive(child, cue)
        ):
            return child
    return None


def _expletive(pronoun: Token, cue: Token) -> bool:
    """'It is unclear whether ...', 'it is hard to say': "it" stands for the clause after."""
    if pronoun.lower_ != "it" or pronoun.dep_ != "nsubj":
        return False
    return any(
        c.dep_ in {"ccomp", "xcomp", "csubj"} for t in (cue, pronoun.head) for c in t.children
    )


def _holds(claim: _Claim, at: int) -> bool:
    return claim.content_start <= at < claim.content_end


def _inside_own_claim(claims: list[_Claim], sent: Span, at: int) -> bool:
    """Char offset `at` lies in what a claim of this very sentence asserts."""
    return any(
        c.sent_start == sent.start_char and c.content_start <= at < c.content_end for c in claims
    )


def _negated(tok: Token) -> bool:
    """The cue's verb is negated, or its subject is "none of ...", "nobody", "no one"."""
    lex = _lexicon()
    verb = tok
    for _ in range(3):
        if verb.pos_ in {"VERB", "AUX"} and verb.dep_ not in {"aux", "auxpass"}:
            break
        if verb.head is verb:
            break
        verb = verb.head
    for child in verb.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ in _SUBJECTS and (
            child.lower_ in lex.negators
            or any(c.dep_ == "det" and c.lower_ in lex.negators for c in child.children)
        ):
            return True
    return False


def _targets(ref: _Reference | None, eligible: list[_Claim], sent: Span) -> list[_Claim]:
    if not eligible:
        return []
    lex = _lexicon()
    if ref is None:
        return _break_tie(_last_sentence(eligible), sent)
    if ref.kind == "appositive":
        same = [c for c in eligible if c.sent_start == sent.start_char]
        return same or _last_sentence(eligible)
    preferred = eligible
    if ref.possessor is not None:
        owned = _owned(eligible, ref.possessor)
        if not owned and ref.strict:
            return []  # "his comments": none of the claims here is his
        preferred = owned or eligible
    if ref.kind == "collective":
        return [c for c in preferred if c.speaker is not None] or _last_sentence(preferred)
    nouns = {ref.token.lower_, ref.token.lemma_.lower()}
    if nouns & lex.figure_nouns:
        preferred = [c for c in preferred if c.quantities] or preferred
    if nouns & lex.comparison_nouns:
        preferred = [c for c in preferred if c.comparison] or preferred
    if nouns & lex.schedule_nouns:  # a projection may also be undated: "could build 8 a year"
        projection = bool(nouns & lex.projection_nouns)
        preferred = [c for c in preferred if c.future or (projection and c.modal)] or preferred
    if nouns & lex.speech_nouns:
        preferred = [c for c in preferred if c.speaker is not None] or preferred
    named = _names_in(ref.token)  # "the comparison with China": claims that name China
    names = [stem for _, stem in named]
    if named:  # the name as written first ("China's"), then a form of it ("Chinese")
        exact = [c for c in preferred if any(_has_word(c.text, word) for word, _ in named)]
        stems = [c for c in preferred if any(n in c.text for n in names)]
        preferred = exact or stems or preferred
    nearest = _last_sentence(preferred)
    if ref.kind == "singular":
        return _break_tie(nearest, sent)
    if ref.possessor is not None and owned:
        # "the monitor's figures": all that the owner said of that kind, wherever it is
        return sorted(preferred, key=lambda c: c.index)
    speakers = {c.speaker for c in nearest}
    last = max(c.index for c in nearest)
    before = [c for c in eligible if c.index <= last]
    chosen = {c.index for c in preferred}
    run = []
    for k in range(len(before) - 1, -1, -1):  # back from the nearest while the source stays
        c = before[k]
        if c.speaker in speakers:
            if c.index in chosen:
                run.append(c)
        elif c.speaker is None and any(e.speaker in speakers for e in before[:k]):
            if not names or any(n in c.text for n in names):
                run.append(c)  # an unattributed figure amid that source's claims is one of them
        else:
            break
    if nouns & lex.schedule_nouns:
        # "these projections", "such promises": the paragraph's claims of what may come,
        # by whichever source ("Taken together, these projections ..."), with the run
        doc = sent.doc
        text = doc_text(doc)
        lo = text.rfind("\n", 0, min(c.sent_start for c in nearest)) + 1
        hi = text.find("\n", lo)
        hi = len(text) if hi < 0 else hi
        taken = {c.index for c in run}
        run += [c for c in preferred if lo <= c.sent_start < hi and c.index not in taken]
    return sorted(run, key=lambda c: c.index)


def _owned(eligible: list[_Claim], possessor: str) -> list[_Claim]:
    """The claims a possessor ("the monitor's figures") owns: those it is named as saying,
    and the unattributed ones between two of them (a report's figures run on without a
    cue: "The report counts 40 firms."), as in a run of one source's claims."""
    own = [i for i, c in enumerate(eligible) if possessor in (c.kind, *c.words)]
    if not own:
        return []
    first, last, mine = own[0], own[-1], set(own)
    return [
        c for i, c in enumerate(eligible) if i in mine or (c.speaker is None and first < i < last)
    ]


def _names_in(noun: Token) -> list[tuple[str, str]]:
    """The proper names qualifying a reference noun, each as written and as a stem
    ("with China" -> ("china", "chin")), and the nouns compounded with it ("the hiring
    figures" -> ("hiring", "hire"))."""
    out = []
    for tok in noun.subtree:
        if tok.i != noun.i and (tok.pos_ == "PROPN" or tok.ent_type_ in {"GPE", "NORP", "ORG"}):
            out.append((tok.lower_, tok.lower_[: max(4, len(tok.lower_) - 3)]))
        elif (
            tok.head.i == noun.i
            and tok.dep_ in {"compound", "amod"}
            and tok.pos_ in {"NOUN", "VERB"}
        ):
            out.append((tok.lower_, tok.lemma_.lower()))  # claims about hiring
    return out


def _has_word(text: str, word: str) -> bool:
    """`word` stands in lower-cased `text` as a whole word ("china" in "china's")."""
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


def _last_sentence(claims: list[_Claim]) -> list[_Claim]:
    last = max(c.sent_start for c in claims)
    return [c for c in claims if c.sent_start == last]


# ------------------------------------------------------------------ tie-breaking
Similarity = Callable[[str, Sequence[str]], Sequence[float] | None]


def _embedding_similarity(query: str, candidates: Sequence[str]) -> Sequence[float] | None:
    from pipeline.nlp.embedding import similarities  # numpy and the model only when needed

    return similarities(query, candidates)


_tie_breaker: list[Similarity | None] = [_embedding_similarity]
TIE_DECIMALS = 2  # similarities equal at this precision stay tied: same output every run


def use_tie_breaker(similarity: Similarity | None) -> Similarity | None:
    """Set what breaks a tie between claims an evaluation could target (`similarity(query,
    candidates)` -> one score each, or None to leave the tie; None: the rules alone);
    returns the one it replaces. The default is claim embeddings (`pipeline.nlp.embedding`),
    which answer None when the embedding extra is not installed."""
    previous = _tie_breaker[0]
    _tie_breaker[0] = similarity
    return previous


def _break_tie(claims: list[_Claim], sent: Span) -> list[_Claim]:
    """Of claims that a reference naming one claim ("this claim", "the figure", or none)
    cannot tell apart, all in the nearest sentence that has any, the assertion most
    similar to the evaluative sentence. Claims whose contents overlap are one assertion
    (one sentence sourced twice: "the daily reported, citing officials, that ..."), kept
    or left together; with one assertion, or no tie-breaker, all are kept."""
    similarity = _tie_breaker[0]
    groups = _assertions(claims)
    if similarity is None or len(groups) < 2 or len({c.text for c in claims}) < 2:
        return claims
    scores = similarity(sent.text, [c.text for c in claims])
    if scores is None:
        return claims
    score = {c.index: round(float(s), TIE_DECIMALS) for c, s in zip(claims, scores, strict=True)}
    best_of = [max(score[c.index] for c in group) for group in groups]
    best = max(best_of)
    keep = {c.index for group, b in zip(groups, best_of, strict=True) if b == best for c in group}
    return [c for c in claims if c.index in keep]


def _assertions(claims: list[_Claim]) -> list[list[_Claim]]:
    """Claims grouped by overlapping content, in reading order."""
    groups: list[list[_Claim]] = []
    end = -1
    for c in sorted(claims, key=lambda c: (c.content_start, c.content_end, c.index)):
        if groups and c.content_start < end:
            groups[-1].append(c)
            end = max(end, c.content_end)
        else:
            groups.append([c])
            end = c.content_end
    return groups


# ------------------------------------------------------------------ assessor
def _assessor(
    sent: Span,
    cue: Token,
    drafts: Sequence[Draft],
    claims: list[_Claim],
    targets: list[_Claim],
    ref: _Reference | None,
) -> tuple[str, str | None]:
    """('speaker', name) or ('article', None)."""
    taken = {c.index for c in targets}
    for c in claims:  # the sentence is itself a claim someone makes ("according to X" only
        # sources the facts, not the judgement)
        if (
            c.sent_start == sent.start_char
            and c.index not in taken
            and c.speaker is not None
            and c.mode != "according_to"
        ):
            return "speaker", c.speaker
    agent = _agent(sent, cue, ref)
    if agent is None:
        return "article", None
    if agent.lower_ in _PERSON_PRONOUNS:
        before = [c for c in claims if c.kind == "person" and c.sent_start <= sent.start_char]
        return ("speaker", before[-1].speaker) if before else ("article", None)
    phrase = sent.doc[agent.left_edge.i : agent.right_edge.i + 1]
    names = {t.lower_.strip(".") for t in phrase if t.pos_ == "PROPN"} | {agent.lower_}
    for c in claims:  # a speaker the article quotes elsewhere
        if c.speaker is not None and c.kind == "person" and names & c.words:
            last = c.speaker.split()[-1].lower()
            if last in names:
                return "speaker", c.speaker
    person = next((e for e in phrase.ents if e.label_ == "PERSON"), None)
    if person is not None:
        return "speaker", person.text
    words = [t for t in sent.doc[agent.left_edge.i : agent.i + 1] if not t.is_punct or t.i > 0]
    while words and words[0].lower_ in _LEADING:
        words = words[1:]
    name = sent.doc[words[0].i : agent.i + 1].text if words else agent.text
    return "speaker", name


def _agent(sent: Span, cue: Token, ref: _Reference | None) -> Token | None:
    """Who the evaluative words are said by: a passive agent, else the subject."""
    verbs = []
    tok = cue
    for _ in range(4):  # from the cue up to its verb, and that verb's conjuncts
        if tok.pos_ in {"VERB", "AUX"}:
            verbs.append(tok)
        if tok.head is tok:
            break
        tok = tok.head
    for verb in list(verbs):
        verbs.extend(c for c in verb.children if c.dep_ == "conj")
    for verb in verbs:
        for child in verb.children:
            if child.dep_ == "agent":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return _source_of(pobj)
    for verb in verbs:
        for child in verb.children:
            if child.dep_ in _SUBJECTS and child.dep_ != "nsubjpass":
                if ref is not None and child.i == ref.token.i:
                    continue
                if child.lower_ in _NOT_ASSESSORS or child.pos_ not in {"NOUN", "PROPN", "PRON"}:
                    continue
                if child.pos_ == "PRON" and child.lower_ not in _PERSON_PRONOUNS:
                    continue
                if child.pos_ == "NOUN" and not _can_judge(child):
                    continue  # "German plants have missed deadlines": not someone who judges
                return child
    return None


def _can_judge(noun: Token) -> bool:
    """A noun for people or a body: a group noun, a title, or one naming someone."""
    if noun.lemma_.lower() in _group_nouns() or noun.lower_ in _group_nouns():
        return True
    return any(
        t.pos_ == "PROPN" and t.ent_type_ in {"PERSON", "ORG", ""}
        for t in noun.subtree
        if t.i != noun.i and t.dep_ in {"appos", "compound", "flat"}
    ) or any(t.ent_type_ in {"PERSON", "ORG"} for t in noun.subtree)


@cache
def _group_nouns() -> frozenset[str]:
    """Nouns naming people who can judge a claim ("officials", "analysts"), singular too."""
    nouns = {g.lower() for g in lexicon("roles")["group_nouns"]}
    return frozenset(nouns | {g[:-1] for g in nouns if g.endswith("s")})


def _source_of(noun: Token) -> Token:
    """'acknowledgments from U.S. officials' -> officials."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in {"from", "by", "of"}:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and (pobj.pos_ == "PROPN" or pobj.tag_ == "NNS"):
                return pobj
    return noun


# ------------------------------------------------------------------ records
def assessments(
    drafts: Sequence[Draft], records: Sequence[ClaimRecord] | None = None
) -> list[Assessment]:
    """The assessment of each draft: the strongest evaluation that targets it, the one that
    names it most precisely on ties ("this claim" before "this narrative"), then the earliest.

    `records`, when given, are the drafts' records in the same order."""
    result = [Assessment() for _ in drafts]
    if not drafts:
        return result
    best: dict[int, tuple[int, int, int]] = {}
    try:
        evaluations = find_evaluations(drafts[0].sentence.doc, drafts, records)
    except Exception:  # an unforeseen parse must not cost the article its claims
        log.exception("assessment failed; the article's claims keep assessment none")
        return result
    for k, ev in enumerate(evaluations):
        rank = (PRIORITY.index(ev.label), ev.specificity, k)
        for i in ev.targets:
            if i not in best or rank < best[i]:
                best[i] = rank
    for i, (*_, k) in best.items():
        ev = evaluations[k]
        result[i] = Assessment(
            label=ev.label,
            evidence=ev.sentence.text,
            char_start=ev.sentence.start_char,
            char_end=ev.sentence.end_char,
            cue=ev.cue,
            voice=ev.voice,
            assessor=ev.assessor,
        )
    return result
