"""Who "he" and "she" are: document-level pronoun resolution by agreement and salience.

The people of an article (`speakers.SpeakerTracker` finds their mentions) each
carry a salience that grows with every mention in the narrator's voice (more
for a main-clause subject, the usual position of whoever is speaking) and halves
at every sentence, and again at every paragraph. A personal pronoun goes to the
most salient person whose gender agrees, unless a person earlier in the same
sentence is the subject of a clause the pronoun sits in ("X said ..., but he
said ..."): that subject goes first, whatever the article said before. The
pronoun then counts as a mention of that person, so "X said ... He added ... He
also said" keeps X. Mentions and
pronouns inside quotations are someone's words, not the narrator's: they neither
raise salience nor are resolved. Gender comes from the name and the words around
it (honorifics, gendered titles; given names from the project's lists and from
census name-frequency lists). Where those tell nothing, a subject pronoun that can
only mean one person ("X opened the briefing. She said ...") tells that person's
gender for the rest of the pass (`_only_candidate`); no other answer of the
resolver is taken as evidence, and the person's own gender is left as it was.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Protocol

import numpy
from spacy.attrs import LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from pipeline.nlp.model import doc_text
from pipeline.resources import lexicon

PERSONAL = {
    "he": "he",
    "him": "he",
    "his": "he",
    "himself": "he",
    "she": "she",
    "her": "she",
    "hers": "she",
    "herself": "she",
}
_HONORIFICS = {"mr": "he", "mr.": "he", "mrs": "she", "mrs.": "she", "ms": "she", "ms.": "she"}
_GENDERED_WORDS = {
    "he": {
        "man",
        "husband",
        "father",
        "son",
        "brother",
        "king",
        "spokesman",
        "chairman",
        "congressman",
        "businessman",
        "grandfather",
        "uncle",
        "nephew",
        "boyfriend",
        "sir",
        "councilman",
        "assemblyman",
        "anchorman",
        "lord",
        "prince",
        "duke",
    },
    "she": {
        "woman",
        "wife",
        "mother",
        "daughter",
        "sister",
        "queen",
        "spokeswoman",
        "chairwoman",
        "congresswoman",
        "businesswoman",
        "grandmother",
        "aunt",
        "niece",
        "girlfriend",
        "lady",
        "councilwoman",
        "assemblywoman",
        "anchorwoman",
        "actress",
        "princess",
        "duchess",
        "madam",
        "miss",
        "widow",
    },
}
_SENTENCE_DECAY = 0.5
_PARAGRAPH_DECAY = 0.5
_UNKNOWN_GENDER = 0.5  # a person of unknown gender stays a candidate, behind one who agrees
_MIN_SCORE = 0.01
_SUBJECTS = {"nsubj", "nsubjpass"}
_OBJECTS = {"dobj", "pobj", "dative"}
_RECENT_SENTENCES = 3  # how far back a subject pronoun looks for the last subject


class _Person(Protocol):
    name: str
    gender: str | None


class _Mention(Protocol):
    start: int
    end: int
    token_start: int
    token_end: int
    person: _Person


@lru_cache(maxsize=1)
def _gendered_names() -> dict[str, str]:
    """Given name -> gender: the census-derived lists, overridden by the project's own."""
    names: dict[str, str] = {}
    for data in (lexicon("census_given_names"), lexicon("given_names")):
        names.update({n: "she" for n in data.get("female", [])})
        names.update({n: "he" for n in data.get("male", [])})
    return names


@lru_cache(maxsize=1)
def gendered_given_names() -> frozenset[str]:
    """The given names of the gendered lists, as one set (for `tokens_with_text`)."""
    return frozenset(_gendered_names())


def is_given_name(word: str) -> bool:
    """Whether a word is a given name of the gendered lists ("Anna", "Lee"), written
    with or without its accents ("Chloé" as "Chloe")."""
    return _given_gender(word) is not None


def name_gender(name: str) -> str | None:
    """'he' / 'she' from a person's given name, else None."""
    words = name.split()
    return _given_gender(words[0]) if len(words) >= 2 else None


def _given_gender(word: str) -> str | None:
    names = _gendered_names()
    found = names.get(word)
    if found is None and not word.isascii() and all(ord(ch) <= 0xFF for ch in word):
        # the lists are written without accents: "Renée" is "Renee"; not a name written
        # with letters beyond Western Europe's, whose bare form is another language's
        # name ("Jānis", a man's name in Latvian, is not "Janis")
        bare = unaccented(word)
        found = names.get(bare)
        if found == "she" and word.endswith("é") and names.get(bare + "e") == "she":
            # a final "é" is where a French man's name and a woman's part ("Désiré",
            # "Désirée"): the bare form is the woman's spelling written without its accent
            found = None
    return found


def unaccented(word: str) -> str:
    """A word with its letters' accents taken off ("Renée" -> "Renee")."""
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch)
    )


def _word_gender(word: str) -> str | None:
    for gender, words in _GENDERED_WORDS.items():
        if word in words:
            return gender
    return None


def context_gender(doc: Doc, token_start: int, token_end: int) -> str | None:
    """'he' / 'she' from the words around a name: an honorific or a gendered title just
    before it, or a gendered noun in its apposition ("X, a spokeswoman for ...")."""
    for i in range(token_start - 1, max(token_start - 4, -1), -1):
        low = doc[i].lower_
        if low in _HONORIFICS:
            return _HONORIFICS[low]
        if _word_gender(low):
            return _word_gender(low)
        if doc[i].is_punct or doc[i].pos_ in {"VERB", "AUX"}:
            break
    if token_end < len(doc) and doc[token_end].text == ",":
        for i in range(token_end + 1, min(token_end + 8, len(doc))):
            if doc[i].is_punct or doc[i].pos_ in {"VERB", "AUX"}:
                break
            if _word_gender(doc[i].lower_):
                return _word_gender(doc[i].lower_)
    return None


def assign_genders(doc: Doc, mentions: Sequence[_Mention]) -> None:
    """Set each person's gender from its names and their surroundings, when they agree."""
    evidence: dict[int, set[str]] = {}
    people: dict[int, _Person] = {}
    for m in mentions:
        key = id(m.person)
        people[key] = m.person
        found = evidence.setdefault(key, set())
        for gender in (
            name_gender(m.person.name),
            context_gender(doc, m.token_start, m.token_end),
        ):
            if gender:
                found.add(gender)
    for key, person in people.items():
        found = evidence[key]
        if person.gender is None and len(found) == 1:
            person.gender = found.pop()


class _Regions:
    def __init__(self, regions: Iterable[tuple[int, int]]) -> None:
        self.regions = sorted(regions)
        self.starts = [a for a, _ in self.regions]

    def inside(self, offset: int) -> bool:
        i = bisect_right(self.starts, offset) - 1
        return i >= 0 and self.regions[i][0] < offset < self.regions[i][1] - 1

    def any_in(self, start: int, end: int) -> bool:
        """Whether a quotation opens between two offsets."""
        i = bisect_right(self.starts, start - 1)
        return i < len(self.starts) and self.starts[i] < end


def _weight(tok: Token) -> float:
    """How much one mention headed by `tok` raises salience."""
    if tok.dep_ in {"nsubj", "nsubjpass"}:
        return 3.0 if tok.head.dep_ == "ROOT" else 2.0
    if tok.dep_ == "poss":
        return 0.5
    return 1.0


def resolve_pronouns(
    doc: Doc, mentions: Sequence[_Mention], regions: Iterable[tuple[int, int]]
) -> dict[int, _Person]:
    """Token index of each personal pronoun in the narrator's voice -> the person it names."""
    quotes = _Regions(regions)
    by_start = {m.token_start: m for m in mentions}
    salience: dict[int, float] = {}
    people: dict[int, _Person] = {}
    resolved: dict[int, _Person] = {}
    text = doc_text(doc)  # not doc.text, which joins every token again
    pronouns = {
        i: PERSONAL.get(doc[i].lower_) for i in _pronoun_tokens(doc) if not _in_capitals(doc, i)
    }
    previous_end = 0
    # each earlier sentence's subjects, and the people it names in the narrator's voice
    earlier: list[tuple[list[tuple[Token, _Person]], list[_Person]]] = []
    learnt: list[_Person] = []  # people whose gender a pronoun told (for this pass only)
    for sent in doc.sents:
        decay = _SENTENCE_DECAY
        if "\n" in text[previous_end : sent.start_char]:
            decay *= _PARAGRAPH_DECAY
        # a sentence ends at its last word: the parser keeps the blank line that closes
        # a paragraph inside it, and the break must still count
        previous_end = sent.start_char + len(text[sent.start_char : sent.end_char].rstrip())
        for key in salience:
            salience[key] *= decay
        subjects: list[tuple[Token, _Person]] = []  # this sentence's people as subjects
        named: list[_Person] = []
        askers: list[_Person] = []  # "Asked by X, he said": X, never the "he"
        objects: list[tuple[str, _Person]] = []  # an object pronoun's: "X pressed him"
        i = sent.start
        while i < sent.end:
            mention = by_start.get(i)
            if mention is not None:
                if not quotes.inside(doc[i].idx):
                    head = doc[mention.token_start : mention.token_end].root
                    key = id(mention.person)
                    people[key] = mention.person
                    salience[key] = salience.get(key, 0.0) + _weight(head)
                    if _agent_of_fronted_participle(head):
                        askers.append(mention.person)
                    else:
                        named.append(mention.person)
                    if _subject(head):
                        subjects.append((head, mention.person))
                i = max(mention.token_end, i + 1)
                continue
            gender = pronouns.get(i)  # PERSONAL.get(doc[i].lower_), no Token per token
            if gender is not None and not quotes.inside((tok := doc[i]).idx):
                person = (
                    _clause_subject(tok, gender, subjects)
                    or _recent_subject(
                        tok,
                        gender,
                        earlier + [(subjects, named, objects)],
                        askers,
                        quoting=quotes.any_in(sent.start_char, sent.end_char),
                    )
                    or _most_salient(
                        salience,
                        people,
                        gender,
                        [_own_subject(tok, subjects)] + (askers if tok.dep_ in _SUBJECTS else []),
                    )
                )
                if person is not None:
                    resolved[i] = person
                    if person.gender is None and _only_candidate(
                        person, gender, tok, earlier + [(subjects, named, objects)]
                    ):
                        person.gender = gender  # learnt: "X said ... She added"
                        learnt.append(person)
                    key = id(person)
                    salience[key] = salience.get(key, 0.0) + _weight(tok)
                    if tok.dep_ in _SUBJECTS:
                        subjects.append((tok, person))
                    elif tok.dep_ in _OBJECTS:
                        objects.append((gender, person))
            i += 1
        earlier.append((subjects, named, objects))
    for person in learnt:  # the names' own evidence is what later stages read
        person.gender = None
    return resolved


def _only_candidate(
    person: _Person,
    gender: str,
    pronoun: Token,
    earlier: list[tuple[list[tuple[Token, _Person]], list[_Person], list[tuple[str, _Person]]]],
) -> bool:
    """Whether a subject pronoun tells the gender of `person`, whose name did not: the
    nearest sentence (its own, up to the pronoun, or the one before) that names anyone
    who may be meant names `person` alone as its subject ("Kim Ardel opened the briefing.
    She said ..."). A press conference of two people whose names tell nothing keeps
    each one's pronoun from then on, where salience alone would give the second "she"
    to whoever spoke last."""
    if pronoun.dep_ not in _SUBJECTS:
        return False
    for subjects, named, _objects in reversed(earlier[-2:]):
        possible = {id(p): p for p in named if p.gender in (None, gender)}
        if not possible:
            continue
        return (
            list(possible) == [id(person)]
            and bool(subjects)
            and all(p is person for _, p in subjects)
        )
    return False


def _agent_of_fronted_participle(head: Token) -> bool:
    """A name that is the agent of a participle opening its sentence before the main
    clause: "Asked by X whether ..., he said", "Pressed by X, she conceded". The one asked
    is the main clause's subject, so X is not who a subject pronoun there names."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "by" or prep.dep_ != "agent":
        return False
    verb = prep.head
    return verb.tag_ == "VBN" and verb.dep_ == "advcl" and verb.i < verb.head.i


def _subject(head: Token) -> bool:
    """Whether a name heads a subject, or stands in apposition to one ("A retired
    colonel, X, said")."""
    return head.dep_ in _SUBJECTS or head.dep_ == "appos" and head.head.dep_ in _SUBJECTS


def _recent_subject(
    pronoun: Token,
    gender: str,
    earlier: list[tuple[list[tuple[Token, _Person]], list[_Person], list[tuple[str, _Person]]]],
    askers: Sequence[_Person] = (),
    quoting: bool = False,
) -> _Person | None:
    """The person a subject pronoun continues: the subject of the nearest earlier
    sentence with a subject of the pronoun's gender, within a few sentences ("X
    disagrees. He said ..."; "'...,' said X. '...,' he said"), so that whoever was
    just introduced as speaking goes before a person the article named more often.
    A main-clause subject goes before one of reported content ("X said Y would go").
    `earlier` ends with the pronoun's own sentence up to the pronoun. The search
    stops at the nearest sentence that names a person who may be meant:
    when no subject there agrees, or one of unknown gender could, salience decides.
    `askers` are no candidates ("Asked by X, he said": not X). A pronoun that gives
    a quotation its speaker (`quoting`: "'...,' she said") goes on with the speaker of
    that sentence's main clause, whose name told no gender, rather than with a person
    of the pronoun's gender who is only a subject of what that speaker said ("X said
    Ilves misread it. '...,' she said": X)."""
    if pronoun.dep_ not in _SUBJECTS:
        return None
    for subjects, named, objects in reversed(earlier[-_RECENT_SENTENCES - 1 :]):
        if askers:
            subjects = [(h, p) for h, p in subjects if not any(p is a for a in askers)]
            named = [p for p in named if not any(p is a for a in askers)]
        if not any(p.gender in (None, gender) for p in named):
            continue  # no one here the pronoun could name: look further back
        agreeing = [(h, p) for h, p in subjects if p.gender == gender]
        speaking = [
            p for h, p in subjects if p.gender is None and _main_clause(h) and _reports(h.head)
        ]
        if quoting and _reports(pronoun.head) and speaking:
            if not any(_main_clause(h) for h, _ in agreeing):
                return speaking[0]
        if agreeing and not any(p.gender is None for _, p in subjects):
            return min(agreeing, key=lambda hp: (not _main_clause(hp[0]), hp[0].i))[1]
        # "X pressed him on it. He said ...": where only a subject of unknown gender
        # stands, a person an object pronoun of this gender named goes on as the "he"
        chained = {id(p): p for g, p in objects if g == gender}
        if not agreeing and subjects and len(chained) == 1:
            return next(iter(chained.values()))
        return None
    return None


def _main_clause(head: Token) -> bool:
    verb = head.head.head if head.dep_ == "appos" else head.head
    return verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"


def _pronoun_tokens(doc: Doc) -> list[int]:
    """Indices of the tokens whose lower form is a key of PERSONAL (read from the LOWER
    array: no Token object per token)."""
    hashes = numpy.array(sorted(_personal_hashes()), dtype=numpy.uint64)
    lowers = doc.to_array(LOWER)
    if not len(lowers):
        return []
    at = numpy.minimum(numpy.searchsorted(hashes, lowers), len(hashes) - 1)
    return numpy.flatnonzero(hashes[at] == lowers).tolist()


def _in_capitals(doc: Doc, i: int) -> bool:
    """Whether a pronoun is a word of a line in capitals ("SENATE GRILLED HIM — ..."): a
    heading's, which names no one of the sentence it is glued to."""
    word = doc[i].text
    if len(word) < 2 or not word.isupper():
        return False
    near = [doc[k].text for k in (i - 1, i + 1) if 0 <= k < len(doc) and doc[k].is_alpha]
    return any(len(w) > 1 and w.isupper() for w in near)


@lru_cache(maxsize=1)
def _personal_hashes() -> frozenset[int]:
    return frozenset(hash_string(w) for w in PERSONAL)


def _clause_subject(
    pronoun: Token, gender: str, subjects: list[tuple[Token, _Person]]
) -> _Person | None:
    """The person who is the subject of a clause the pronoun sits in, earlier in the same
    sentence: "X said ..., but he said ...", "X supported Y during his time". The nearest
    such clause wins, and a person whose known gender agrees goes before one of unknown
    gender; the subject of a reporting verb ("X said ... which he said ...") goes first
    for a pronoun that is itself one. An object pronoun never takes the subject of its
    own clause ("X told him": not X; "X praised himself": X)."""
    if not subjects:
        return None
    ancestors = {t.i: n for n, t in enumerate(pronoun.ancestors)}
    own_clause = _own_clause(pronoun)
    speaking = pronoun.dep_ == "nsubj" and _reports(pronoun.head)
    best, best_rank = None, None
    own = _own_subject(pronoun, subjects)  # "X asked, and X pressed him": not X
    for head, person in subjects:
        # (a name in apposition to the subject: "Another caller, X, a driver, said he ...")
        verb_tok = head.head.head if head.dep_ == "appos" else head.head
        verb = verb_tok.i
        if person.gender not in (None, gender) or verb not in ancestors or verb == own_clause:
            continue
        if person is own:
            continue
        rank = (person.gender is None, speaking and not _reports(verb_tok), ancestors[verb])
        if best_rank is None or rank < best_rank:
            best, best_rank = person, rank
    return best


def _own_clause(pronoun: Token) -> int | None:
    """The verb of an object pronoun's own clause ("him" in "X thanked him"), whose
    subject it cannot name; None for subjects, possessives and reflexives."""
    if pronoun.dep_ in {"nsubj", "nsubjpass", "poss"} or pronoun.lower_.endswith("self"):
        return None
    return next((t.i for t in pronoun.ancestors if t.pos_ in {"VERB", "AUX"}), None)


def _own_subject(pronoun: Token, subjects: list[tuple[Token, _Person]]) -> _Person | None:
    """The person an object pronoun cannot name: the subject of its own clause."""
    verb = _own_clause(pronoun)
    if verb is None:
        return None
    return next((person for head, person in subjects if head.head.i == verb), None)


@lru_cache(maxsize=1)
def _reporting_verbs() -> frozenset[str]:
    return frozenset(lexicon("reporting_verbs")["verbs"])


def _reports(verb: Token) -> bool:
    return verb.lemma_.lower() in _reporting_verbs()


def _most_salient(
    salience: dict[int, float],
    people: dict[int, _Person],
    gender: str,
    excluded: Sequence[_Person | None] = (),
) -> _Person | None:
    best, best_score = None, _MIN_SCORE
    for key, value in salience.items():
        person = people[key]
        if any(person is other for other in excluded):
            continue
        if person.gender is None:
            score = value * _UNKNOWN_GENDER
        elif person.gender == gender:
            score = value
        else:
            continue
        if score > best_score:
            best, best_score = person, score
    return best
