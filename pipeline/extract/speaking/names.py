"""People's names: the `Person` and `Mention` records, name shapes, given names,
family-name-first order, capitalised runs, and short forms an article defines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span, Token

from pipeline.extract.coref import is_given_name, name_gender
from pipeline.extract.entities import entity_index, without_tail
from pipeline.resources import lexicon

_HONORIFICS = {"mr": "he", "mr.": "he", "mrs": "she", "mrs.": "she", "ms": "she", "ms.": "she"}
_NAME_HONORIFICS = {*_HONORIFICS, "dr", "dr.", "prof", "prof."}
# the small words inside a name in another language: "Instituto Andino de Estudios
# Navales", "Astilleros Punta del Norte", "Werft van Oord"
_NAME_PARTICLES = frozenset(lexicon("entities").get("name_particles", []))
_JOINERS = {"of", "for", "and", "&", "-", *_NAME_PARTICLES}
_NOT_OWNERS = {"The", "A", "An", "This", "That", "Our", "His", "Her", "Its", "Their"}
_NAME_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}
_NAME_WORD_RE = r"(?:[A-Z]\.){2,}|[A-Z][\w&-]*"
# a name's word after a possessive that makes the possessive part of the name
_COLLEGE_WORDS = {"College", "University", "School", "Hospital"}
# bodies whose names go on with "on" and their remit: "Joint Committee on Defence Procurement"
_ON_BODIES = ("Committee", "Subcommittee", "Commission", "Council", "Panel")
_NOT_REMITS = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)  # fmt: skip
_BODY_ON = (
    "(?:" + "|".join(f"(?<={b})" for b in _ON_BODIES) + r")[ \t]+on[ \t]+"
    r"(?!(?:" + "|".join(_NOT_REMITS) + r")\b)"
)
_NAME_SMALL_WORDS = "|".join(sorted({"of", "for", "and", "the", "&", *_NAME_PARTICLES}))
_CAPITAL_NAME = re.compile(
    rf"(?:{_NAME_WORD_RE})"
    rf"(?:(?:[ \t]+(?:(?:{_NAME_SMALL_WORDS})[ \t]+)*|{_BODY_ON})(?:{_NAME_WORD_RE}))*"
)


@dataclass
class Person:
    name: str
    role: str | None = None
    organization: str | None = None
    gender: str | None = None

    @property
    def surname(self) -> str:
        words = self.name.split()
        return words[0] if family_name_first(words) else words[-1]


@dataclass(order=True)
class Mention:
    start: int  # character offsets in doc.text
    end: int
    token_start: int = field(compare=False)
    token_end: int = field(compare=False)
    person: Person = field(compare=False)


def _census_gender(name: str) -> str | None:
    """A full name's gender when the census lists give its given name one and the
    project's own list does not say otherwise ("Jan" is no one's there)."""
    gender = name_gender(name)
    if gender is None or name.split()[0] not in _census_names(gender):
        return None
    return gender


@lru_cache(maxsize=2)
def _census_names(gender: str) -> frozenset[str]:
    return frozenset(lexicon("census_given_names").get("female" if gender == "she" else "male", []))


def _capital_runs(tokens: list[Token]) -> list[list[Token]]:
    """Runs of capitalised words, joined by "of", "for", "and", "&" or a hyphen between
    two capitalised words: the names in "at the German maker Brandt-Hollweg"."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for n, tok in enumerate(tokens):
        follows = n + 1 < len(tokens) and tokens[n + 1].text[:1].isupper()
        if tok.text[:1].isupper() and not tok.is_punct:
            current.append(tok)
        elif current and follows and (tok.lower_ in _JOINERS):
            current.append(tok)
        elif (  # "Committee on Defence Procurement": a body's remit inside its name
            current
            and follows
            and tok.lower_ == "on"
            and current[-1].text in _ON_BODIES
            and tokens[n + 1].text not in _NOT_REMITS
        ):
            current.append(tok)
        elif (  # "Department of the Army": "of the" inside a name
            current and tok.lower_ == "the" and current[-1].lower_ in {"of", "for"} and follows
        ):
            current.append(tok)
        elif (
            current
            and tok.lower_ in {"of", "for"}
            and n + 2 < len(tokens)
            and tokens[n + 1].lower_ == "the"
            and tokens[n + 2].text[:1].isupper()
        ):
            current.append(tok)
        elif (  # an article glued to the word after it: "the Bayt al-Nour Institute"
            current
            and tok.is_lower
            and tok.is_alpha
            and len(tok) <= 3
            and not tok.whitespace_
            and n + 2 < len(tokens)
            and tokens[n + 1].text == "-"
            and tokens[n + 2].text[:1].isupper()
        ):
            current.append(tok)
        elif (  # a plural possessive inside a name: "the Dock Workers' Union"
            current
            and follows
            and tok.text in {"'", "\u2019"}
            and current[-1].text.endswith("s")
            and not current[-1].whitespace_
        ):
            current.append(tok)
        elif (  # a possessive inside a college's name: "King's College London"
            current
            and follows
            and tok.tag_ == "POS"
            and not current[-1].whitespace_
            and current[-1].ent_type_ not in {"GPE", "LOC", "NORP"}
            and _COLLEGE_WORDS & {t.text for t in tokens[n + 1 : n + 4]}
        ):
            current.append(tok)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def traded_in(tok: Token) -> bool:
    """Whether a word is what shares are traded in ("shares in X", "shares of X"): the
    object of "in" or "of" after "shares", a listed company's name."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in {"in", "of"} and prep.head.lower_ == "shares"


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    return frozenset(lexicon("given_names")["given_names"])


def body_particles() -> frozenset[str]:
    """Small words inside a body's name in another language: "de" of "Le Courrier de X"."""
    return _NAME_PARTICLES


@lru_cache(maxsize=1)
def name_particles() -> frozenset[str]:
    """Lower-case words inside a family name: "von" of "Harald von Wedel"."""
    return frozenset(lexicon("given_names").get("particles", []))


@lru_cache(maxsize=1)
def opening_verbs() -> frozenset[str]:
    """Lower forms of verbs of saying that may open a sentence before their speaker
    ("Said Vass: ..."), which the tagger glues to the name after them."""
    return frozenset(lexicon("reporting_verbs").get("inverted_forms", {}))


@lru_cache(maxsize=1)
def citing_verbs() -> frozenset[str]:
    """Participles that say where a source was cited ("manufacturers cited in the
    report"), no part of who it is (lexicon reporting_verbs citing_verbs)."""
    return frozenset(lexicon("reporting_verbs").get("citing_verbs", []))


@lru_cache(maxsize=1)
def holder_verbs() -> frozenset[str]:
    """Verbs whose "by" names who holds a document, not who wrote it ("documents seen
    by X", "a memo obtained by X"; lexicon reporting_verbs holder_verbs)."""
    return frozenset(lexicon("reporting_verbs").get("holder_verbs", []))


@lru_cache(maxsize=1)
def _elided_particle() -> re.Pattern[str]:
    words = "|".join(sorted(lexicon("given_names").get("elided_particles", [])))
    return re.compile(rf"(?:{words})['’](?=[^\W\d_])", re.IGNORECASE)


def elided_particle(word: str) -> int:
    """Length of the particle joined by an apostrophe that opens a family name ("d'" of
    "d'Aurignac"), 0 when the word opens with none."""
    found = _elided_particle().match(word)
    return found.end() if found is not None and word[found.end()].isupper() else 0


def particle_name(words: list[str]) -> bool:
    """Whether a name opens with a family name's particle: "van Houten", "Von Wedel"
    opening a sentence."""
    return len(words) >= 2 and words[0].lower() in name_particles() and words[-1][:1].isupper()


@lru_cache(maxsize=1)
def _family_first() -> frozenset[str]:
    return frozenset(lexicon("given_names").get("family_first", []))


def family_name_first(words: list[str]) -> bool:
    """Whether a name is written family name first ("Wang Yi", "Kim Seo-yeon"): two or
    three words, the first a family name of the lexicon's that is not also a gendered
    given name ("Lin", "Moon"), the last a given name part (hyphenated, or no family
    name of the list: "Wang Li" stays open)."""
    if not 2 <= len(words) <= 3:
        return False
    if "-" in words[-1] and len(words) == 2:
        return True
    return (
        words[0] in _family_first()
        and not is_given_name(words[0])
        and words[-1] not in _family_first()
    )


def _hyphened(tok: Token) -> bool:
    """A word inside a hyphenated compound: "in" of "commander-in-chief"."""
    doc = tok.doc
    return (
        0 < tok.i < len(doc) - 1
        and doc[tok.i - 1].text == "-"
        and doc[tok.i + 1].text == "-"
        and not doc[tok.i - 1].whitespace_
        and not tok.whitespace_
    )


_SHORT_FORM = re.compile(r"\(\s*([A-Z][A-Za-z&]{1,7})\s*\)")
_ACRONYM_SKIP = {"of", "for", "and", "the", "on", "in", "&", "de", "du", "des", "der", "für"}


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w.lower() not in _ACRONYM_SKIP).upper()


def acronyms(text: str) -> dict[str, str]:
    """Short forms an article defines, to their full names: "the Nordic Institute for
    Defence Studies (NIDS)" gives NIDS -> Nordic Institute for Defence Studies. The
    short form's capitals are the initials of the capitalised words before it, read
    back from the parenthesis (function words skipped; "Inst." style shortenings not)."""
    found: dict[str, str] = {}
    for m in _SHORT_FORM.finditer(text):
        short = m.group(1)
        letters = "".join(ch for ch in short if ch.isupper())
        if len(letters) < 2:
            continue
        words = text[: m.start()].split()[-12:]
        words = [w.strip(",;:") for w in words]
        for k in range(len(words) - 1, -1, -1):
            tail = words[k:]
            if tail[0].lower() in _ACRONYM_SKIP or not tail[0][:1].isupper():
                continue
            if not all(w[:1].isupper() or w.lower() in _ACRONYM_SKIP for w in tail):
                break
            split = [part for w in tail for part in w.split("-") if part]
            if letters in {_initials(tail), _initials(split)}:  # "Agence France-Presse"
                found.setdefault(short, _clean_name(" ".join(tail)))
                break
    return found


_CAPITALS_WORD = re.compile(r"(?<![\w.&-])([A-Z]{3,6})(?![\w&-])")


def unbracketed_short_forms(text: str, found: dict[str, str]) -> dict[str, str]:
    """Short forms used with no parenthesis to define them, whose letters are the
    initials of a name the article writes in full before them: "the Northern Centre for
    Defence Studies" ... "According to NCDS" gives NCDS -> that centre. Not a known
    entity's name, and only a name of as many capitalised words as letters. Used for the
    organisation of a person ("NCDS director X"); a body that speaks keeps the short form
    the article gives it ("the IMF said")."""
    index = entity_index()
    firsts: dict[str, int] = {}
    for m in _CAPITALS_WORD.finditer(text):
        short = m.group(1)
        if short not in found and short not in firsts and index.canonical(short) is None:
            firsts[short] = m.start()
    if not firsts:
        return {}
    names = [(m.start(), m.group(0).split()) for m in _CAPITAL_NAME.finditer(text)]
    more: dict[str, str] = {}
    for short, at in firsts.items():
        for start, words in names:
            if start >= at:
                break
            full = _initialled(words, short)
            if full is not None:
                more[short] = full
                break
    return more


def _initialled(words: list[str], short: str) -> str | None:
    """The words of a capitalised name (from any word on, "Today the ..." skipped) whose
    initials spell `short`, three words at least."""
    for k in range(len(words) - 2):
        tail = words[k:]
        if tail[0].lower() in _ACRONYM_SKIP or tail[0] in _NOT_OWNERS:
            continue
        if _initials(tail) == short:
            return _clean_name(" ".join(tail))
    return None


def _clean_name(text: str) -> str:
    # "The Tennford Institute for Policy Analysis (TIPA": the tagger took the short
    # form's bracket into the name; the short form is found on its own (`acronyms`)
    text = re.sub(r"\s*\((?:[^()]*\)|[^()]*)$", "", text.strip()) or text.strip()
    text = re.sub(r"(?:'s|’s|'|’)$", "", text.strip())
    return without_tail(text).strip(' ,.;:"“”‘’')


_NAME_WORD = re.compile(r"^(?:[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*|[A-Z]\.)$")


def _looks_like_name(tokens: list[Token]) -> bool:
    """Capitalised words, a middle initial allowed ("Paul D. Ryan"), not initials alone;
    a family name's particle before the last word ("Harald von Wedel", "van Houten") or
    joined to it ("Yvette d'Aurignac", "Samir al-Harthi")."""
    words = tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text.split() if tokens else []
    particles = name_particles()
    return (
        bool(words)
        and all(
            (
                w[:1].isupper()
                or elided_particle(w)
                or k < len(words) - 1
                and w in particles
                # "al-Harthi", "el-Baz": a particle joined by a hyphen to the family name
                or w.partition("-")[0] in particles
                and w.partition("-")[2][:1].isupper()
            )
            and _NAME_WORD.match(w)
            for k, w in enumerate(words)
        )
        and not words[0].endswith(".")
        and not words[-1].endswith(".")
    )


def name_start(ent: Span) -> int:
    """Where an organisation's name starts in a tagged span that holds the words
    describing it first: "the Korsan daily Vestby Post" -> "Vestby Post", "the nonprofit
    Tax Research Centre" -> "Tax Research Centre"; the span's start when no lower-case
    noun or adjective comes before a run of capitalised words ("Ministry of Defence",
    "Committee for a Stronger Navy")."""
    last = None
    for tok in ent:
        if tok.is_alpha and tok.is_lower and tok.pos_ in {"NOUN", "ADJ"}:
            last = tok.i
    if last is None or last + 1 >= ent.end:
        return ent.start
    tail = ent.doc[last + 1 : ent.end]
    if all(t.text[:1].isupper() for t in tail) and any(t.pos_ == "PROPN" for t in tail):
        return last + 1
    return ent.start
