"""Known entities (countries, organisations, outlets) and their canonical names.

The lexicon `models/lexicons/entities.json` maps each canonical name to its kind,
type, aliases and demonyms. `EntityIndex` answers two questions for the other
stages: "which entity does this phrase name?" (`canonical`, `first_in`) and
"what type of organisation is this unknown name?" (`org_type`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.nlp.model import doc_text
from pipeline.resources import lexicon

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_LEADING_THE = re.compile(r"^(?:the|The|Several|Many|Most)\s+")  # "[Several X Alliance] members"


@dataclass(frozen=True)
class Entity:
    name: str
    kind: str  # country | organization | outlet | region ("South America": no state)
    type: str  # country, alliance, company, ministry, institute, outlet, government, ...


# a name run on past a spaced dash ("Harlow Arms plc - H1 2026" of a headline):
# what follows the dash is another phrase
SPACED_DASH = re.compile(r"\s+[-–—]\s+")
# A company's legal form after its name ("Ironvale Defence plc", "X S.A."), its dots
# left out: it marks a company and is left out of the name
LEGAL_FORMS = frozenset(
    {"plc", "Plc", "PLC", "Ltd", "Inc", "AG", "SA", "ASA", "AB", "NV", "BV", "GmbH", "LLC"}
    | {"SpA", "Corp"}
)


def is_legal_form(word: str) -> bool:
    """Whether a word is a company's legal form, dots left out ("plc", "S.A.")."""
    return word.replace(".", "") in LEGAL_FORMS


def without_tail(text: str) -> str:
    """A name without what the tagger ran on past it: a spaced dash and what follows, a
    legal form at its end ("Harlow Ordnance plc" -> "Harlow Ordnance"), and a company's
    seat ("Dravik Shipyards of Portmore" -> "Dravik Shipyards")."""
    words = SPACED_DASH.split(text)[0].split()
    if len(words) >= 2 and is_legal_form(words[-1]):
        words = words[:-1]
    if "of" in words[2:-1]:
        at = words.index("of", 2)
        seat = words[at + 1 :]
        name = words[:at]  # (its own words, capitalised: not "Board for the X Shipyards of Y")
        if name[-1] in _seated_heads() and all(w[:1].isupper() for w in name + seat):
            words = name
    return " ".join(words)


@lru_cache(maxsize=1)
def _seated_heads() -> frozenset[str]:
    return frozenset(lexicon("entities").get("seated_company_heads", []))


def _strip(text: str) -> str:
    text = re.sub(r"\s*\((?:[^()]*\)|[^()]*)$", "", " ".join(text.split())) or text
    text = without_tail(_POSSESSIVE.sub("", text))  # "... Analysis (TIPA" above
    return _LEADING_THE.sub("", text).strip(" ,.;:'\"‘’“”")


class EntityIndex:
    """Alias and demonym look-up over the entities lexicon."""

    def __init__(self, data: dict) -> None:
        self._by_alias: dict[str, Entity] = {}
        self._demonyms: dict[str, Entity] = {}
        for name, spec in data["entities"].items():
            ent = Entity(name=name, kind=spec["kind"], type=spec["type"])
            for alias in [name, *spec.get("aliases", [])]:
                self._by_alias.setdefault(_strip(alias), ent)
            for dem in spec.get("demonyms", []):
                self._demonyms.setdefault(dem, ent)
        self.descriptors: dict[str, str] = {
            word: typ for typ, words in data.get("descriptors", {}).items() for word in words
        }
        # "the group": a company's or a campaigning group's, whichever was named last
        self.descriptor_also: dict[str, tuple[str, ...]] = {
            word: tuple(types) for word, types in data.get("descriptor_also", {}).items()
        }
        self._untyped_heads = frozenset(data.get("org_untyped_heads", []))
        self._type_words: dict[str, str] = {
            word: typ for typ, words in data.get("org_type_words", {}).items() for word in words
        }
        # words that type a name only as its last word ("Clydemouth Marine", not a given
        # name opening "Marine Keller")
        self._end_words: dict[str, str] = {
            word: typ for typ, words in data.get("org_name_endings", {}).items() for word in words
        }
        self._place_endings = frozenset(data.get("place_name_endings", []))
        alternatives = sorted([*self._by_alias, *self._demonyms], key=lambda a: (-len(a), a))
        self._scan = re.compile(
            r"(?<![\w.-])(" + "|".join(re.escape(a) for a in alternatives) + r")(?![\w-])"
        )

    def demonym(self, name: str) -> str | None:
        """The first adjective the lexicon gives a known entity ("Poland" -> "Polish")."""
        for dem, ent in self._demonyms.items():
            if ent.name == name:
                return dem
        return None

    def canonical(self, text: str) -> Entity | None:
        """The entity this whole phrase names ("the U.S." -> United States), else None."""
        key = _strip(text)
        return self._by_alias.get(key) or self._demonyms.get(key)

    def find_all(self, text: str) -> list[tuple[int, int, Entity]]:
        """Every known alias or demonym in `text`, longest first at each position."""
        found = []
        for m in self._scan.finditer(text):
            ent = self._by_alias.get(m.group(1)) or self._demonyms.get(m.group(1))
            if ent is not None:
                found.append((m.start(1), m.end(1), ent))
        return found

    def first_in(self, text: str) -> Entity | None:
        """The first known entity mentioned inside `text` ("Russian production" -> Russia)."""
        hits = self.find_all(text)
        return hits[0][2] if hits else None

    def type_word(self, words: str) -> str | None:
        """The type an organisation word names on its own ("Navy", "Air Force")."""
        return self._type_words.get(words)

    def ending_type(self, word: str) -> str | None:
        """The type a name's last word gives it ("Group", "Shipbuilding": company)."""
        return self._type_words.get(word) or self._end_words.get(word)

    def body_head(self, word: str) -> bool:
        """Whether a name's last word makes it a body of its own ("Commission", "Group")."""
        return self.ending_type(word) is not None or word in self._untyped_heads

    def place_ending(self, word: str) -> bool:
        """Whether a name's last word makes it a place or a building ("Valley", "Airport")."""
        return word in self._place_endings

    def org_type(self, name: str) -> str | None:
        """A type for an organisation name: known type, else from words inside the name."""
        ent = self.canonical(name)
        if ent is not None:
            return ent.type
        words = name.split()
        link = next((w for w in words if w in {"of", "for"}), None)
        if link is not None:  # "Ministry of Defence", "Centre for Naval Studies"
            head = words[words.index(link) - 1] if words.index(link) > 0 else words[0]
        else:
            head = words[-1] if words else ""
        if head in self._type_words:
            return self._type_words[head]
        if words and words[-1] in self._untyped_heads or head in self._untyped_heads:
            return None  # "National Arms Control Committee": a committee, not a company
        if len(words) >= 2 and words[-1] in self._end_words:
            return self._end_words[words[-1]]
        for word in reversed(words):
            if word in self._type_words:
                return self._type_words[word]
        return None

    def untyped_head(self, word: str) -> bool:
        """Whether a word heads a body of its own kind ("Board", "Committee"), no company."""
        return word in self._untyped_heads

    def descriptor_type(self, noun_phrase: str) -> str | None:
        """'the corporation' -> 'company'; None when the phrase is not a known descriptor."""
        key = " ".join(noun_phrase.lower().split())
        key = re.sub(r"^(the|this|that)\s+", "", key)
        key = _POSSESSIVE.sub("", key)
        return self.descriptors.get(key)


def bare_type_word(span, name: str, index: EntityIndex) -> bool:
    """A tagged name that is only an organisation word compounded to the noun after it,
    which names no one: "Defence" of "Norwegian Defence Minister"."""
    return (
        len(span) == 1
        and index.type_word(name) is not None
        and span.root.dep_ == "compound"
        and span.root.head.i > span.root.i
    )


@lru_cache(maxsize=1)
def entity_index() -> EntityIndex:
    return EntityIndex(lexicon("entities"))


# the labels the tagger gives names of a type: a company's it may take for a person's
# ("Clydemouth Marine"), an alliance's for a place's or a law's ("the Southern Pact"), an
# institute's for a building's ("the Centre for ... Studies")
_ORG_LABELS = frozenset({"ORG", "PERSON"})
_TAGGED_AS = {
    "alliance": _ORG_LABELS | {"LOC", "LAW"},
    "institute": _ORG_LABELS | {"FAC"},
    "company": _ORG_LABELS | {"FAC"},  # "X Ordnance's plant", "Y Shipyards": read as places
}


# words that put a title after them: "a report titled X", "the study, entitled X"
_TITLING_WORDS = frozenset({"titled", "entitled"})


def titles_a_document(span) -> bool:
    """Whether a tagged name is the title of a document, not a body: in apposition to a
    document noun ("The 86-page study, X: Y in Z, draws on ...", "its yearbook, X") or
    after "titled" ("a report titled X")."""
    root = span.root
    if (
        root.dep_ == "appos"
        and root.head.pos_ == "NOUN"
        and root.head.lemma_.lower() in _document_nouns()
    ):
        return True
    return span.start > 0 and span.doc[span.start - 1].lower_ in _TITLING_WORDS


@lru_cache(maxsize=1)
def _document_nouns() -> frozenset[str]:
    return frozenset(lexicon("roles")["document_nouns"])


def latest_of_type(doc, before: int, typ: str, ents=None) -> str | None:
    """Canonical name of the last entity of type `typ` mentioned in `doc.text[:before]`
    (`ents`: the tagger's entities as repaired by the caller, else `doc.ents`).

    Known entities come from the lexicon; unknown organisations from spaCy ORG
    entities whose name words give the type ("Nordvik Systems" -> company).
    This resolves definite descriptions: "the corporation" -> the last company named.
    """
    index = entity_index()
    best: tuple[int, str] | None = None
    for start, _end, ent in index.find_all(doc_text(doc)[:before]):
        if ent.type == typ and (best is None or start >= best[0]):
            best = (start, ent.name)
    for span in doc.ents if ents is None else ents:
        if span.label_ not in _TAGGED_AS.get(typ, _ORG_LABELS) or span.end_char > before:
            continue
        name = _strip(span.text)
        if bare_type_word(span, name, index) or titles_a_document(span):
            continue
        if index.org_type(name) == typ and (best is None or span.start_char > best[0]):
            known = index.canonical(name)
            best = (span.start_char, known.name if known else name)
    return best[1] if best else None
