"""Finding the people of an article: names (with the tagger's mistakes repaired),
later mentions by surname or title ("the admiral"), honorific and title agreement."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from pipeline.extract.coref import _reports, gendered_given_names, is_given_name, name_gender
from pipeline.extract.entities import is_legal_form
from pipeline.extract.speaking.names import (
    _HONORIFICS,
    _NAME_HONORIFICS,
    _NAME_SUFFIXES,
    Mention,
    Person,
    _census_gender,
    _clean_name,
    _looks_like_name,
    elided_particle,
    family_name_first,
    name_particles,
    opening_verbs,
    particle_name,
    traded_in,
)
from pipeline.extract.speaking.titles import _office_words, _same_role, postpositive_words
from pipeline.extract.speaking.words import headline_end
from pipeline.nlp.model import doc_text, tokens_where, tokens_with_text
from pipeline.records import Speaker

_ARTICLES = frozenset({"the", "a", "an"})  # no title before a given name

# the auxiliaries a yes-no question opens with, which the tagger may glue to a name after
# them ("Will Kelland join ...?", "Can Ostvik afford ...?")
_INVERTED_AUXILIARIES = frozenset(
    {"will", "would", "can", "could", "should", "shall", "may", "might", "must", "does", "did"}
)
# a word with a letter outside ASCII ("Chloé", "Renée")
_ACCENTED_WORD = re.compile(r"\b[^\W\d_]*[^\x00-\x7f][^\W\d_]*\b")


# "-based", "-owned" before a name: where a body is based, who owns it
_BODY_PARTICIPLES = frozenset({"based", "owned", "headquartered", "listed", "controlled"})


# what goes on after a name, making it part of a longer word or name
_NAME_GOES_ON = re.compile(r"[\w'’-]| [A-Z]")


# participles by which an article names a thing after its noun ("the programme, known as X")
_NAMING_PARTICIPLES = frozenset({"known", "called", "named", "dubbed", "nicknamed", "code-named"})


def _bare(ent: Span) -> str:
    """An entity's words without a leading "the" or a trailing possessive."""
    words = [t for t in ent if t.tag_ != "POS"]
    if words and words[0].lower_ == "the":
        words = words[1:]
    return " ".join(t.text for t in words)


class PeopleMixin:
    """Finding people and their mentions, by name or by title (part of `SpeakerTracker`)."""

    def _unnamed_namesake(self) -> None:
        """ "Mr. Obama" in an article that names only Michelle Obama in full is another
        person: a surname after an honorific whose gender no full-named person of that
        surname shares is a person of its own, known by the surname. The surname's
        other mentions follow: after a title, the namesake introduced with it (else the
        unnamed one); bare, the one the nearest mention before it settled."""
        by_surname: dict[str, list[Person]] = {}
        for person in self.persons.values():
            if len(person.name.split()) >= 2:
                by_surname.setdefault(person.surname, []).append(person)
        shadows: dict[str, Person] = {}
        for m in self.mentions:
            if m.token_end - m.token_start != 1 or m.token_start == 0:
                continue
            gender = _HONORIFICS.get(self.doc[m.token_start - 1].lower_)
            same = by_surname.get(m.person.surname, [])
            genders = {_census_gender(p.name) for p in same}
            if gender is None or not same or None in genders or gender in genders:
                continue
            surname = m.person.surname
            shadow = shadows.get(surname)
            if shadow is None:
                shadow = shadows[surname] = Person(name=surname, gender=gender)
            m.person = shadow
        if not shadows:
            return
        titled: dict[int, set[str]] = {}
        for m in self.mentions:
            if m.token_end - m.token_start >= 2 and m.token_start > 0:
                before = self.doc[m.token_start - 1]
                if before.text[:1].isupper() and self.roles.is_title_token(before):
                    titled.setdefault(id(m.person), set()).add(before.lower_)
        settled: dict[str, Person] = {}
        for m in self.mentions:  # in text order
            surname = m.person.surname
            if surname not in shadows:
                continue
            single = m.token_end - m.token_start == 1
            before = self.doc[m.token_start - 1] if m.token_start > 0 else None
            if single and before is not None and before.lower_ not in _HONORIFICS:
                if before.text[:1].isupper() and self.roles.is_title_token(before):
                    holder = m.person if before.lower_ in titled.get(id(m.person), ()) else None
                    m.person = holder or shadows[surname]
                elif surname in settled:
                    m.person = settled[surname]
            settled[surname] = m.person
        for surname, shadow in shadows.items():
            self.persons.setdefault(surname, shadow)

    def _honorific_agreement(self) -> None:
        """ "Ms. Trump" after Ivanka Trump and Donald Trump is Ivanka: a surname after an
        honorific goes to the one person of that surname whose given name agrees."""
        by_surname: dict[str, list[Person]] = {}
        for person in self.persons.values():
            if len(person.name.split()) >= 2:
                by_surname.setdefault(person.surname, []).append(person)
        for m in self.mentions:
            if m.token_end - m.token_start != 1 or m.token_start == 0:
                continue
            gender = _HONORIFICS.get(self.doc[m.token_start - 1].lower_)
            same = by_surname.get(m.person.surname, [])
            if gender is None or len(same) < 2 or name_gender(m.person.name) in (None, gender):
                continue
            agree = [p for p in same if name_gender(p.name) == gender]
            if len(agree) == 1:
                m.person = agree[0]

    def _title_agreement(self) -> None:
        """ "President Varga" after Lucia Varga and President Tamas Varga is Tamas: a
        surname after a title goes to the one person of that surname introduced with
        that title (before a full mention of the name, or as the role found for it)."""
        by_surname: dict[str, list[Person]] = {}
        for person in self.persons.values():
            if len(person.name.split()) >= 2:
                by_surname.setdefault(person.surname, []).append(person)
        if not any(len(same) > 1 for same in by_surname.values()):
            return
        titled: dict[int, set[str]] = {}
        for m in self.mentions:
            words = titled.setdefault(id(m.person), set())
            if m.person.role:
                words.update(m.person.role.lower().split())
            if m.token_end - m.token_start >= 2 and m.token_start > 0:
                before = self.doc[m.token_start - 1]
                if before.text[:1].isupper() and self.roles.is_title_token(before):
                    words.add(before.lower_)
        for m in self.mentions:
            if m.token_end - m.token_start != 1 or m.token_start == 0:
                continue
            before = self.doc[m.token_start - 1]
            same = by_surname.get(m.person.surname, [])
            if len(same) < 2 or not (
                before.text[:1].isupper() and self.roles.is_title_token(before)
            ):
                continue
            holders = [p for p in same if before.lower_ in titled.get(id(p), ())]
            if len(holders) == 1:
                m.person = holders[0]

    def _in_quote(self, offset: int) -> bool:
        return any(a < offset < b - 1 for a, b in self.quotes)

    # ------------------------------------------------------------------ people
    def _find_people(self) -> None:
        full: list[tuple[int, int]] = []
        for ent in self.ents:
            span = self._person_span(ent)
            if span is not None:
                full.append(span)
        full = self._join_split_names(sorted(full))
        taken = {i for a, b in full for i in range(a, b)}
        for start in tokens_with_text(self.doc, self.given_names):  # no Token per token
            if start not in taken:
                end = self._name_end(start)
                if end > start + 1 and not any(i in taken for i in range(start, end)):
                    full.append((start, end))
                    taken.update(range(start, end))
        # "Lucinda Ortega-Vane became ...": a name the model did not tag, starting with
        # a given name of the census lists (outside any other entity, not a known place
        # or body: "Virginia Beach", "Jordan Valley" stay out)
        # (a given name of the lists written with accents counts: "Chloé", "Renée")
        text = doc_text(self.doc)
        accented = (
            set()
            if text.isascii()
            else {w for w in set(_ACCENTED_WORD.findall(text)) if w.istitle() and is_given_name(w)}
        )
        # (the census list and the article's accented names looked up apart: the list's
        # hashes are worked out once per process, a union with them would be new each time)
        census = tokens_with_text(self.doc, gendered_given_names())
        for start in sorted({*census, *tokens_with_text(self.doc, accented)}):
            tok = self.doc[start]
            if start in taken or tok.ent_type_ not in ("", "PERSON") or tok.pos_ != "PROPN":
                continue
            if tok.lower_ in name_particles():
                continue  # "Le" of "Noémie Le Saux" is a particle there, not a given name
            end = self._name_end(start)
            if end <= start + 1 or any(i in taken for i in range(start, end)):
                continue
            span = self.doc[start:end]
            # (a particle and the word after it may carry any label: "ten" read as a number)
            labelled = [
                t
                for t in span
                if not (t.text in name_particles() or self.doc[t.i - 1].text in name_particles())
            ]
            if any(t.ent_type_ not in ("", "PERSON") for t in labelled) or (
                self.index.canonical(span.text) is not None
                or self.index.org_type(span.text) is not None
                or self.index.canonical(tok.text) is not None
                or self.index.place_ending(self.doc[end - 1].text)
            ):
                continue
            full.append((start, end))
            taken.update(range(start, end))
        # "Vikram Sethi, an analyst ..., said" and later "Mr. Sethi said", with only "Sethi"
        # tagged: the capitalised word before a surname the model tags alone is its
        # given name where the full name is written
        for i, j in self._surnames_alone():
            if i == 0 or i - 1 in taken or i in taken and (i, j) not in full:
                continue
            given, after = self.doc[i - 1], self.doc[j] if j < len(self.doc) else None
            if given.is_lower and given.text in name_particles() and i >= 2 and i - 2 not in taken:
                # "Ilmari du Morel" untagged, "Morel" tagged alone elsewhere: the given
                # name before the lower-case particle
                given, particle = self.doc[i - 2], True
            else:
                particle = False
            if (
                self._name_part(given)
                and not self._described_as_thing(self.doc[j - 1])
                and given.lower_ not in _NAME_HONORIFICS
                and given.ent_type_ in ("", "PERSON", "NORP")  # "Orrin" read as a people
                and given.whitespace_
                and not (after is not None and self._name_part(after) and not after.ent_type_)
                and self.index.canonical(self.doc[given.i : j].text) is None
            ):
                if (i, j) in full:  # "Maybury" tagged alone where "Orrin Maybury" is written
                    full.remove((i, j))
                first = given.i if particle else i - 1
                # "Le Saux" tagged alone after "Noémie": the given name before the particle
                if given.lower_ in name_particles() and i >= 2:
                    if self._name_part(self.doc[i - 2]) and self.doc[i - 2].whitespace_:
                        first = i - 2
                full.append((first, j))
                taken.update(range(first, j))
        named = self._titled_names(taken) + self._predicated_names(taken)
        named += self._handled_names(taken | {i for a, b in named for i in range(a, b)})
        named += self._relative_who_names(taken | {i for a, b in named for i in range(a, b)})
        named += self._speaking_surnames(taken | {i for a, b in named for i in range(a, b)})
        taken_now = taken | {i for a, b in named for i in range(a, b)}
        named += self._appositive_names(taken_now)
        taken_now |= {i for a, b in named for i in range(a, b)}
        first_names = self._first_names(taken_now)
        for start, end in named + first_names:
            full.append((start, end))
            taken.update(range(start, end))
        # people are created in the order the model found them (a bare surname goes to
        # the first of that name), then the repeated names add their mentions
        line_end = headline_end(doc_text(self.doc))  # -1 with none
        body = [  # people's names as the body writes them
            tuple(t.text for t in e)
            for e in self.ents
            if e.label_ == "PERSON" and 0 <= line_end < e.start_char
        ]
        full = sorted({self._headline_name(start, end, line_end, body) for start, end in full})
        bodies = self._marked_bodies()  # "X Y S.A." anywhere: X Y names no one
        full = [(start, end) for start, end in full if self.doc[start:end].text not in bodies]
        for start, end in full + self._repeated_names(full, taken):
            self._add_mention(start, end)
        self._add_surname_mentions()
        self.mentions.sort()
        self._starts = [m.start for m in self.mentions]
        self._surnames = {w for p in self.persons.values() for w in p.name.split()}
        alone = set(first_names)  # a given name alone is described where it was found
        for m in self.mentions:
            full = len(m.person.name.split()) >= 2 and m.token_end - m.token_start >= 2
            if full or (m.token_start, m.token_end) in alone:
                self._describe(m.person, self.doc[m.token_start : m.token_end])

    def _headline_name(
        self, start: int, end: int, line_end: int, body: list[tuple[str, ...]]
    ) -> tuple[int, int]:
        """A name tagged in the headline keeps the words of it the body writes in a name.

        A headline's capitals mislead the tagger: "Veldt Says Plant Will Close" tags
        "Veldt Says", which would name the person "Veldt Says" for the whole
        article. Unless the body writes it so too, the longest run of the name's words that
        a person's name tagged in the body holds is the name (the rightmost of equal
        ones), with the given names written right before it; a name the body never
        writes stays as tagged. `line_end` is where the headline ends (-1 for an article of
        one line) and `body` the names of people tagged after it, as word tuples."""
        doc = self.doc
        if not body or doc[start].idx >= line_end:
            return start, end  # not in the headline
        if doc[start:end].text in doc_text(doc)[line_end:]:
            return start, end  # written so in the body too

        def written(i: int, j: int) -> bool:
            words = tuple(t.text for t in doc[i:j])
            n = len(words)
            return any(b[k : k + n] == words for b in body for k in range(len(b) - n + 1))

        for n in range(end - start, 0, -1):
            for i in range(end - n, start - 1, -1):
                if written(i, i + n):
                    first = i  # a given name before it is the name's ("Hillary Clinton")
                    while first > start and self._given_name(doc[first - 1].text):
                        first -= 1
                    return first, i + n
        return start, end

    def _titled_names(self, taken: set[int]) -> list[tuple[int, int]]:
        """Names the model did not tag, right after a capitalised title or rank ("Air
        Marshal Ilona Varsk, Director of ..."): two or three capitalised name words,
        outside any other entity, not a name the lexicon knows, not ending in a word of an
        organisation's kind ("General Dynamics Land Systems")."""
        found = []
        text = doc_text(self.doc)
        for m in self.roles.title_re.finditer(text):
            # a title in lower case ("opposition lawmaker X Y") names no one when the
            # tagger marks anything in the words after it
            lower = not all(w[:1].isupper() for w in m.group(1).split())
            after = self.doc.char_span(m.end(1), m.end(1) + 2, alignment_mode="expand")
            if after is None or after.start >= len(self.doc):
                continue
            start = after.start if after[0].idx >= m.end(1) else after.start + 1
            portfolio = self._past_portfolio(start)
            glued = portfolio != start and self._glued_to_portfolio(start, portfolio)
            start = portfolio
            end = start
            while end < len(self.doc) and end - start < 4 and self._name_part(self.doc[end]):
                end += 1
            if not 2 <= end - start <= 3 or any(i in taken for i in range(start, end)):
                continue
            span = self.doc[start:end]
            if not glued and any(t.ent_type_ not in ("", "PERSON") for t in span):
                continue
            if lower and (any(t.ent_type_ for t in span) or glued):
                continue
            if self.index.org_type(span[-1].text) is not None or self.index.canonical(span.text):
                continue
            found.append((start, end))
        return found

    def _glued_to_portfolio(self, start: int, name: int) -> bool:
        """Whether the tagger took a portfolio and the name after it for one organisation
        ("Secretary for Armaments Ivo Brandl" tagged "Armaments Ivo Brandl"): an entity
        that opens inside the portfolio and runs on into the name."""
        first = self.doc[name]
        return (
            first.ent_type_ == "ORG"
            and first.ent_iob_ != "B"
            and start < self._ent_start(name) < name
        )

    def _ent_start(self, i: int) -> int:
        """The first token of the entity that token `i` lies in."""
        while i > 0 and self.doc[i].ent_iob_ == "I":
            i -= 1
        return i

    def _past_portfolio(self, start: int) -> int:
        """Where a name starts after a title's portfolio in capitals ("Junior Minister for
        Procurement Ilse Varro", "Minister of Foreign Affairs Anna Berg"): the last two
        of the capitalised words after "for"/"of" when there are three to five of them, the
        sentence going on after them; `start` itself when no portfolio follows."""
        doc = self.doc
        if start >= len(doc) or doc[start].lower_ not in {"for", "of"}:
            return start
        end = start + 1
        while end < len(doc) and end - start <= 6 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        run = end - start - 1
        if not 3 <= run <= 5 or end < len(doc) and doc[end].is_title:
            return start
        return end - 2

    def _predicated_names(self, taken: set[int]) -> list[tuple[int, int]]:
        """Names a sentence gives a title as its subject ("Its finance director is X Y"),
        or a title as their attribute ("X Y has been the agency's finance director since
        2022", "X Y is the chief of Z"): two or three capitalised words, whatever the
        model tagged them, not a name the lexicon knows, not ending in a word of an
        organisation's kind."""
        found = []
        for verb in tokens_where(self.doc, DEP={"ROOT"}, LEMMA={"be"}):
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            attr = next((c for c in verb.children if c.dep_ == "attr"), None)
            if subject is None or attr is None:
                continue
            if (
                subject.pos_ == "PROPN"
                and attr.pos_ == "NOUN"
                and self.roles.is_title_token(attr)
                and any(c.dep_ in {"poss", "det"} for c in attr.lefts)
                # (an unfamiliar name the model tags as an organisation counts: a body is
                # no one's director; a place or a people is not a name)
                and not any(t.ent_type_ in {"GPE", "NORP", "LOC"} for t in subject.subtree)
            ):
                start, end = subject.left_edge.i, subject.i + 1
                if self._untagged_name(start, end, taken):
                    found.append((start, end))
                continue
            if attr.pos_ != "PROPN":
                continue
            if subject.pos_ != "NOUN" or not self.roles.is_title_token(subject):
                continue
            if not any(c.lower_ in {"the", "its", "their"} for c in subject.lefts):
                continue
            start, end = attr.left_edge.i, attr.i + 1
            if self._untagged_name(start, end, taken):
                found.append((start, end))
        return found

    def _surnames_alone(self) -> list[tuple[int, int]]:
        """Where a one-word name the model tags alone as a person is written: "Sethi", or
        a hyphenated surname ("Okafor-Ikem", three tokens), as (start, end) token ranges."""
        words = {
            tuple(t.text for t in e)
            for e in self.ents
            if e.label_ == "PERSON"
            and self._name_part(e[0])
            and self._name_part(e[-1])
            and (len(e) == 1 or len(e) == 3 and e[1].text == "-" and not e[0].whitespace_)
            and not e[1:].text.count(" ")
        }
        firsts = {w[0] for w in words}
        found = []
        for i in tokens_with_text(self.doc, firsts):
            for word in words:
                j = i + len(word)
                if word[0] == self.doc[i].text and tuple(t.text for t in self.doc[i:j]) == word:
                    found.append((i, j))
        return sorted(set(found))

    def _relative_who_names(self, taken: set[int]) -> list[tuple[int, int]]:
        """Names the model did not tag, or took for a place or a body, that a relative
        "who" follows ("Edda Marlow, who leads the union branch, said"): "who" is said
        of people, not of bodies. Two or three capitalised words opening their phrase,
        not a name the lexicon knows, not ending in a word of an organisation's kind; a
        name the model tagged is one the article writes nowhere else, and it speaks."""
        found = []
        for who in tokens_with_text(self.doc, {"who"}):
            clause = self.doc[who].head
            name = clause.head
            if self.doc[who].dep_ != "nsubj" or clause.dep_ != "relcl" or name.pos_ != "PROPN":
                continue
            start, end = name.left_edge.i, name.i + 1
            if end >= len(self.doc) or self.doc[end].text != "," or end + 1 != who:
                continue
            if any(t.ent_type_ not in _NAME_MISREAD_AS for t in self.doc[start:end]):
                continue
            if any(t.ent_type_ for t in self.doc[start:end]) and (
                self._named_elsewhere(start, end)
                or not (name.dep_ == "nsubj" and _reports(name.head))
            ):
                # a body or place the article names again without "who", or one that does
                # not speak ("X, who makes radar in Y, won the contract")
                continue
            if self._untagged_name(start, end, taken):
                found.append((start, end))
        return found

    def _speaking_surnames(self, taken: set[int]) -> list[tuple[int, int]]:
        """Names the model did not tag as a person's, whose last word alone is the subject
        of a verb of saying elsewhere ("X Y keeps a steering wheel on her shelf. ...
        Y said"): the first place the article writes that word after one capitalised
        word that can be a given name, the two words forming a name (`_untagged_name`)
        that no capitalised word goes on from; not a word the article treats as a state
        or a company's name."""
        found: list[tuple[int, int]] = []
        speaking = {
            tok.text
            for tok in tokens_where(self.doc, DEP={"nsubj"}, POS={"PROPN"})
            if tok.left_edge.i == tok.i
            and tok.is_alpha
            and tok.is_title
            and tok.ent_type_ in _NAME_MISREAD_AS
            and tok.ent_type_ != "NORP"
            and tok.tag_ == "NNP"  # ("Democrats said": a party's members)
            and _reports(tok.head)
        }
        for word in sorted(speaking):
            if (
                self.index.canonical(word) is not None
                or self.index.org_type(word) is not None
                or word in self._company_names
                or word in self._untagged_company_names()
                or word in self._unknown_countries()
                or _demonym_pattern(word).search(doc_text(self.doc)) is not None
            ):
                continue  # (a state: "X's army", "the Xian navy")
            for i in tokens_with_text(self.doc, {word}):
                given = self.doc[i - 1] if i > 0 else None
                if given is None or not given.whitespace_ or i - 1 in taken:
                    continue
                if i + 1 < len(self.doc) and self._name_part(self.doc[i + 1]):
                    continue  # "X Y Works": a longer name
                if i >= 2 and self._name_part(self.doc[i - 2]):
                    continue
                if (
                    self._written_at(given.text.lower())
                    or given.ent_type_ not in _NAME_MISREAD_AS
                    or self.index.canonical(given.text) is not None
                ):
                    continue  # "Today Y": a word, not a given name; "Virginia Y": a place
                if self._untagged_name(i - 1, i + 1, taken):
                    found.append((i - 1, i + 1))
                    taken = taken | {i - 1, i}
                break
        return found

    def _named_elsewhere(self, start: int, end: int) -> bool:
        """Whether the words `start:end` are written again elsewhere in the article."""
        return doc_text(self.doc).count(self.doc[start:end].text) > 1

    def _first_names(self, taken: set[int]) -> list[tuple[int, int]]:
        """People a feature names by a given name alone, opening a sentence with their
        trade in apposition ("Ilvar, a forklift driver, said"; "Helka, a press operator
        who ..."): one capitalised word, whatever the model tagged it, before ", a/an ..."
        headed by a profession or a person's title ("Brunhild, a quality inspector, ...";
        lexicons `profession_nouns`, `title_heads`); not a name the lexicon knows."""
        found = []
        for head in tokens_where(self.doc, DEP={"appos"}):
            if not (
                head.lemma_.lower() in self.roles.profession_nouns
                or head.lower_ in self.roles.title_heads
            ):
                continue
            if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.lefts):
                continue
            name = head.head
            i = name.i
            if (
                # (a name the tagger read as another word: "Brunhild" as an adverb)
                name.pos_ not in {"PROPN", "NOUN", "ADV", "ADJ", "X"}
                or not name.is_alpha
                or name.is_stop
                or not name.text[:1].isupper()
                or i in taken
                or i + 1 >= len(self.doc)
                or self.doc[i + 1].text != ","
                or name.left_edge.i != i
                or self.index.canonical(name.text) is not None
                or self.index.org_type(name.text) is not None
            ):
                continue
            before = self.doc[i - 1] if i > 0 else None
            if before is not None and not (before.is_space or before.text in {".", '"', "“"}):
                continue
            if not (name.is_sent_start or before is None or before.is_space):
                continue
            found.append((i, i + 1))
        return found

    def _handled_names(self, taken: set[int]) -> list[tuple[int, int]]:
        """Names written with their social-media handle in brackets ("X Y (@xy_posts)"),
        which the tagger often leaves untagged: the two or three capitalised words right
        before the bracket, when they can be a person's name (`_untagged_name`)."""
        found = []
        for i in tokens_with_text(self.doc, {"("}):
            if i < 2 or i + 2 >= len(self.doc) or self.doc[i + 2].text != ")":
                continue
            if not self.doc[i + 1].text.startswith("@"):
                continue
            for start in (i - 3, i - 2):
                if start >= 0 and self._untagged_name(start, i, taken):
                    found.append((start, i))
                    break
        return found

    def _untagged_name(self, start: int, end: int, taken: set[int]) -> bool:
        """Whether tokens `start:end`, whatever the model tagged them, can be a person's
        name: two or three capitalised words, none taken, no honorific first, not a name
        the lexicon knows, not ending in a word of an organisation's kind."""
        span = self.doc[start:end]
        return (
            2 <= len(span) <= 3
            and all(self._name_part(t) for t in span)
            and not any(i in taken for i in range(start, end))
            and span[0].lower_ not in _NAME_HONORIFICS
            and self.index.org_type(span[-1].text) is None
            and not self.index.canonical(span.text)
        )

    def _appositive_names(self, taken: set[int]) -> list[tuple[int, int]]:
        """Names in apposition to a title ("the governor of the central bank, X Y, warned";
        "X Y, a naval analyst at ..., said", the name opening its sentence): two or three
        capitalised words, whatever the model tagged them, not a name the lexicon knows,
        not ending in a word of an organisation's kind or a place's."""
        found = []
        for title in tokens_where(self.doc, LOWER=self.roles.title_words):
            # (a title the tagger takes for a name too: "a Harbour Party MP")
            if title.pos_ not in {"NOUN", "PROPN"} or not self.roles.is_title_token(title):
                continue
            if not any(
                c.dep_ == "det" and c.lower_ in {"the", "a", "an"} or c.dep_ == "poss"
                for c in title.lefts
            ) and not any(c.dep_ == "prep" and c.lower_ in {"of", "at"} for c in title.rights):
                # "the", "a", or an owner: "the agency's finance chief", "its director";
                # or the body it is held at: "X Y, director of the Z Agency, told ..."
                continue
            names = [c for c in title.rights if c.dep_ == "appos" and c.pos_ == "PROPN"]
            if not names and title.dep_ == "nsubj":
                # "The committee's chair, X Y of the Z Party, asked": the parser made the
                # name a second subject of the verb, no apposition
                names = [
                    c
                    for c in title.head.children
                    if c.dep_ == "nsubj"
                    and c.pos_ == "PROPN"
                    and c.left_edge.i == title.i + 2
                    and self.doc[title.i + 1].text == ","
                ]
            if title.dep_ == "appos" and title.head.pos_ == "PROPN" and title.head.i < title.i:
                names.append(title.head)  # "X Y, a naval analyst at ..., said"
            for name in names:
                start, end = name.left_edge.i, name.i + 1
                before = self.doc[start - 1].text if start > 0 else None
                start = self._past_opening_verb(start, end)
                span = self.doc[start:end]
                if (
                    name.i > title.i
                    and before != ","
                    or name.i < title.i
                    and before not in {None, ".", "\n", "\n\n"}
                    and not self.doc[start].is_sent_start
                    and not self._after_quotation(start)
                ):
                    continue
                if end < len(self.doc) and self.doc[end].text not in {",", "."}:
                    # (or the body of the title after it: "the chair, X Y of the Z Party,")
                    if not (name.i > title.i and self._of_body_after(end)):
                        continue
                last = span[-1].text
                if self.index.canonical(last) or self.index.place_ending(last):
                    continue
                if self._untagged_name(start, end, taken):
                    found.append((start, end))
        return found

    def _of_body_after(self, i: int) -> bool:
        """Whether "of" at token `i` opens a body's name up to a comma: "of the Centre
        Party," after a name in apposition to a title."""
        doc = self.doc
        if i + 2 >= len(doc) or doc[i].lower_ != "of":
            return False
        j = i + 1 + (doc[i + 1].lower_ == "the")
        k = j
        while k < len(doc) and doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN":
            k += 1
        return (
            k > j
            and k < len(doc)
            and doc[k].text == ","
            and bool(
                self.index.org_type(doc[j:k].text) or doc[k - 1].lower_ in self.roles.body_nouns
            )
        )

    def _after_quotation(self, i: int) -> bool:
        """Whether token `i` comes right after the closing mark of one of the article's
        quotations ('"...," X Y, the ...')."""
        if i < 1:
            return False
        mark = self.doc[i - 1]
        return any(end == mark.idx + len(mark.text) for _start, end in self.quotes)

    def _past_opening_verb(self, start: int, end: int) -> int:
        """Where a name starts that the tagger or parser glued to a verb of saying opening
        its sentence ("Said Vass: ...", "Added Ana Vass, the mayor, ...") or to the
        auxiliary a question opens with."""
        first = self.doc[start]
        if end - start > 1 and first.is_sent_start and first.lower_ in opening_verbs():
            return start + 1
        if (
            end - start > 1
            and first.is_sent_start
            and first.lower_ in _INVERTED_AUXILIARIES
            and first.sent.text.rstrip().endswith("?")
        ):
            return start + 1  # "Will Kelland join the pact?": a question's auxiliary
        return start

    def _join_split_names(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Names the small model cut in two, side by side ("Keith" + "Lamont Scott"):
        one name, when together they are at most four words and the first part holds
        no title word ("Charlotte Mayor" + "Jennifer Roberts" stay apart)."""
        joined: list[tuple[int, int]] = []
        for start, end in spans:
            if (
                joined
                and joined[-1][1] == start
                and end - joined[-1][0] <= 4
                and "\n" not in self.doc[start - 1].whitespace_
                and not any(self.roles.is_title_token(t) for t in self.doc[joined[-1][0] : start])
            ):
                joined[-1] = (joined[-1][0], end)
            else:
                joined.append((start, end))
        return joined

    def _repeated_names(
        self, found: list[tuple[int, int]], taken: set[int]
    ) -> list[tuple[int, int]]:
        """Every other occurrence of a full name found once: the small model tags the
        same "Ivanka Trump" PERSON in one sentence and PRODUCT or nothing in the next."""
        names: dict[str, set[tuple[str, ...]]] = {}
        for start, end in found:
            words = tuple(t.text for t in self.doc[start:end])
            if len(words) >= 2:
                names.setdefault(words[0], set()).add(words)
        more: list[tuple[int, int]] = []
        for start in tokens_with_text(self.doc, names.keys()):
            for words in sorted(names[self.doc[start].text], key=len, reverse=True):
                end = start + len(words)
                if (
                    end <= len(self.doc)
                    and not any(i in taken for i in range(start, end))
                    and tuple(t.text for t in self.doc[start:end]) == words
                    and (end == len(self.doc) or not self._name_part(self.doc[end]))
                ):
                    more.append((start, end))
                    taken.update(range(start, end))
                    break
        return more

    def marked_body(self, ent: Span) -> bool:
        """Whether the article marks the name `ent` holds as a body's (`_marked_bodies`),
        whatever the tagger calls it."""
        return _bare(ent) in self._marked_bodies()

    def _marked_bodies(self) -> frozenset[str]:
        """Names of two words or more the article marks somewhere as a body's, whatever
        the tagger calls them: a relative "which" after the name (`_which_follows`), a
        hyphened word of where it is based or who owns it before it (`_based_or_owned`),
        or shares traded in it ("Shares in X fell"), or a legal form after it anywhere
        ("X Y S.A." of a release's first line; its headline's "X Y Wins ...")."""
        if self._marked_body_cache is None:
            self._marked_body_cache = (
                frozenset(
                    _bare(e)
                    for e in self.ents
                    if self._which_follows(e)
                    or self._based_or_owned(e)
                    or self._described_after(e)
                    or (len(e) >= 2 and traded_in(e.root))
                )
                | {name for _, name in self.legal_names()}
                | self._possessive_slips()
            )
        return self._marked_body_cache

    def _thing_names(self) -> frozenset[str]:
        """Names the article gives a thing by a verb of naming hung on its noun ("the
        programme, known as X Y", "a system called X", "the drone, dubbed X"): no
        person's, whatever the tagger calls them ("an engineer known as X Y" names a
        person: a person's noun, a title or a group's is no thing)."""
        if self._thing_name_cache is None:
            names = set()
            for verb in tokens_where(self.doc, LOWER=_NAMING_PARTICIPLES):
                thing = verb.head
                if verb.dep_ != "acl" or thing.pos_ != "NOUN":
                    continue
                if (
                    self.roles.names_people(thing)
                    or thing.lemma_.lower() in self.roles.profession_nouns
                ):
                    continue
                nxt = verb.i + 1
                if nxt < len(self.doc) and self.doc[nxt].lower_ == "as":
                    nxt += 1
                end = nxt
                while end < len(self.doc) and self.doc[end].pos_ == "PROPN":
                    end += 1
                if end > nxt:
                    names.add(self.doc[nxt:end].text)
            self._thing_name_cache = frozenset(names)
        return self._thing_name_cache

    def _possessive_slips(self) -> set[str]:
        """Names of two words or more the tagger takes for a person's only before "'s"
        ("Lindner Werke's head of sales") and for a body's elsewhere ("at Lindner Werke"),
        whose first word is no given name: a body's."""
        bodies = {_bare(e) for e in self.ents if e.label_ == "ORG" and len(e) >= 2}
        possessive: dict[str, bool] = {}
        for e in self.ents:
            if e.label_ != "PERSON":
                continue
            name = _bare(e)
            marked = e[-1].tag_ == "POS" or e.end < len(self.doc) and self.doc[e.end].tag_ == "POS"
            possessive[name] = possessive.get(name, True) and marked
        return {
            name
            for name, only in possessive.items()
            if only
            and name in bodies
            and len(name.split()) >= 2
            and not is_given_name(name.split()[0])
        }

    def legal_names(self) -> list[tuple[int, str]]:
        """Where the article names a company whose legal form it writes somewhere after
        its name ("X Y S.A."), as (offset, name), for names of two words or more; every
        mention counts, its headline's included."""
        if self._legal_cache is None:
            names = set()
            for tok in tokens_where(self.doc, ORTH=is_legal_form):
                if tok.i < 2:
                    continue
                start = tok.i
                while start > max(0, tok.i - 5) and self.doc[start - 1].is_title:
                    start -= 1
                if tok.i - start >= 2:
                    names.add(self.doc[start : tok.i].text)
            text = doc_text(self.doc)
            self._legal_cache = sorted(
                (m.start(), name)
                for name in names
                for m in re.finditer(rf"\b{re.escape(name)}\b", text)
            )
        return self._legal_cache

    def _based_or_owned(self, ent: Span) -> bool:
        """Whether a name of two words or more comes right after a hyphened word of where
        a body is based or who owns it ("Singapore-based X Y", "state-owned X Y"): said
        of companies and bodies; a person so described has a noun between ("Oslo-based
        analyst X Y")."""
        i = ent.start
        if ent[0].lower_ == "the":
            return False
        if len(ent) < 2 or i < 2 or self.doc[i - 2].text not in {"-", "‑"}:
            return False
        return self.doc[i - 1].lower_ in _BODY_PARTICIPLES

    def _described_after(self, ent: Span) -> bool:
        """Whether a name of two words or more has a body's descriptor in apposition after
        its comma ("Grupo X, a Seville-based shipbuilder,", "X Y, the state arms maker"):
        said of a body, never of a person (an analyst, a spokeswoman)."""
        end = ent.end
        if len(ent) < 2 or end + 2 >= len(self.doc) or self.doc[end].text != ",":
            return False
        # (or with its owner's name: "X Y, Chile's largest private shipbuilder,")
        owner = self._owner_opening(end + 1)
        if self.doc[end + 1].lower_ not in {"a", "an", "the"} and owner is None:
            return False
        # (the apposition that opens right after the comma: in "X Y, a founder of Z, a
        # company outside the city" the company is Z)
        return any(
            c.dep_ == "appos"
            and c.left_edge.i in {end + 1, owner}
            and self.index.descriptor_type(c.lemma_) is not None
            for c in ent.root.children
        )

    def _owner_opening(self, i: int) -> int | None:
        """Where a phrase opening at `i` with a possessor's proper name ("Chile's", "South
        Korea's") starts, as the parse hangs it: at the possessor's first word; None for
        any other opening."""
        j = i
        while j < len(self.doc) and j < i + 4 and self.doc[j].pos_ == "PROPN":
            j += 1
        if j == i or j >= len(self.doc) or self.doc[j].tag_ != "POS":
            return None
        return self.doc[j - 1].left_edge.i

    def _which_follows(self, ent: Span) -> bool:
        """Whether a relative "which" follows a name of two words or more, set off by a
        comma and hung on the name ("Halvorsen Secure, which runs ..."): said of a
        thing or a body, never of a person."""
        end = ent.end
        if len(ent) < 2 or end + 1 >= len(self.doc) or self.doc[end].text != ",":
            return False
        which = self.doc[end + 1]
        return (
            which.lower_ == "which"
            and which.head.dep_ == "relcl"
            and ent.start <= which.head.head.i < ent.end
        )

    def _written_with_article(self, ent: Span) -> bool:
        """Whether the article writes a name of two words or more after "the" as a whole
        ("the Astilleros Punta del Norte hired ..."): a body's or a place's name, no
        person's (not a longer name it begins: "the Anna Berg Foundation")."""
        name = re.sub(r"(?:'s|’s|'|’)$", "", ent.text.strip())
        if len(name.split()) < 2 or not name[:1].isupper():
            return False
        if self._with_article_cache is None:
            # where a word follows "the", by that word, found once
            self._with_article_cache = {}
            for m in re.finditer(r"(?<![\w-])[Tt]he (\S+)", doc_text(self.doc)):
                self._with_article_cache.setdefault(m.group(1), []).append(m.start(1))
        text = doc_text(self.doc)
        for start in self._with_article_cache.get(name.split()[0], ()):
            end = start + len(name)
            # the whole name, not a longer one it begins ("the X Y Foundation")
            if text.startswith(name, start) and not _NAME_GOES_ON.match(text, end):
                return True
        return False

    def _body_by_descriptor(self, tokens: list[Token]) -> bool:
        """Whether a name follows a noun of a body's kind that it is the name of: "the
        state shipbuilder Kornwerk", "the manufacturer Ardel Sistemas Navais" (the noun
        compounds the name or its last word; a name of several words not opened by a
        given name); an outlet's word before its title whatever the parse ("the
        business daily X")."""
        before = self.doc[tokens[0].i - 1] if tokens[0].i > 0 else None
        if before is None or len(tokens) > 1 and tokens[0].text in self.given_names:
            return False
        if before.text.islower() and self.index.descriptor_type(before.lower_) == "outlet":
            return True  # "the business daily X", however the parser hangs the two
        if before.pos_ != "NOUN" or self.index.descriptor_type(before.lemma_) is None:
            return False
        # one word compounded by the noun; several right after it, however the parser
        # hangs the two ("from the manufacturer X Y Z": Z taken for the verb's object)
        linked = before.dep_ == "compound" and tokens[0].i <= before.head.i <= tokens[-1].i
        return linked or len(tokens) > 1 and before.text.islower() and bool(before.whitespace_)

    def _person_span(self, ent: Span) -> tuple[int, int] | None:
        """Token range of a person's name inside an entity, or None when it is not a person."""
        if ent.text in self._company_names:
            return None  # "Kessel says ..." after "Kessel Ordnance Works": the company
        if ent.text.isupper() and ent.text in self.org_short_forms:
            return None  # "ALB" after "the Arms Licensing Bureau (ALB)": the body
        if ent.text in self._untagged_company_names():
            return None  # "Halden said" after "Halden AG reported": the company
        if self._written_with_article(ent):
            return None  # "Astilleros Punta del Norte's chief" after "the Astilleros ..."
        if _bare(ent) in self._marked_bodies():
            return None  # "Halvorsen Secure, which runs ...": a body, wherever named
        if _bare(ent) in self._thing_names():
            return None  # "the programme, known as Escudo Boreal,": a thing's name
        start, end = ent.start, ent.end
        while end > start and (self.doc[end - 1].is_punct or self.doc[end - 1].tag_ == "POS"):
            end -= 1
        # "Joseph R. Biden Jr.", "Vann R. Newkirk II": a generational suffix marks a
        # person's name; the name is kept without it
        suffixed = end - start >= 3 and self.doc[end - 1].text in _NAME_SUFFIXES
        if suffixed:
            end -= 1
            while end > start and self.doc[end - 1].text == ",":
                end -= 1
        # "Ms Keverne", "Mr Pellow" (British style, no full stop): the tagger keeps the
        # honorific in the name; the person is the name after it
        while end - start > 1 and self.doc[start].lower_ in _NAME_HONORIFICS:
            start += 1
        opened = start
        start = self._past_opening_verb(start, end)
        if start > opened and end - start == 1 and self.doc[opened].lower_ in _INVERTED_AUXILIARIES:
            return None  # "Will Kelland join ...?": the state or body asked about, no one
        end = _hyphenated_given_name(self.doc, start, end)
        # "Marit Ter" tagged, "den Hoek" after it: a family name's particles and last word
        while end < len(self.doc) and self._particle_before_name(end):
            end += 1
            if self._name_part(self.doc[end]):
                end += 1
                end = _hyphenated_surname(self.doc, start, end)  # "du Saint-Maurice"
                break
        stripped_title = False
        lead = self.roles.title_re.match(self.doc[start:end].text)
        if lead and lead.end() < len(self.doc[start:end].text):
            cut = self.doc[start].idx + lead.end()
            while start < end and self.doc[start].idx < cut:
                start += 1
            stripped_title = True
        if not stripped_title:  # "Senate Leader Tom Harkins": words glued before a given name
            first_given = next(
                (
                    k
                    for k in range(start, end - 1)
                    if self._given_name(self.doc[k].text)
                    and self.doc[k].whitespace_
                    and (k == start or self.doc[k - 1].text != "-")
                    # (not a family name's particle after a given name: "Nabil Ben Salah")
                    and not (k > start and self.doc[k].lower_ in name_particles())
                ),
                None,
            )  # a whole word: "Ha" of "Kwon Ha-eun", "Marc" of "Jean-Marc" are parts
            if (
                first_given is not None
                and first_given > start
                # ("the Liberty Front": an article, no title, before a given name's word)
                and not all(t.lower_ in _ARTICLES for t in self.doc[start:first_given])
            ):
                start, stripped_title = first_given, True
        if not stripped_title:  # "Ilse [Marquardt]": a given name the model left out
            if (
                end - start == 1
                and start > 0
                and self.doc[start - 1].dep_ == "compound"
                and start <= self.doc[start - 1].head.i < end
                and self._name_part(self.doc[start - 1])
                and not self.doc[start - 1].ent_type_
                and self.doc[start - 1].lower_ not in _NAME_HONORIFICS
            ):
                start -= 1
            elif end - start == 1 and start > 0 and self._given_read_as_word(self.doc[start - 1]):
                start -= 1  # "said Per [Lindqvist]": a given name the parser read as a word
        if (  # "Magnus-[Valdemar Saar]": a hyphenated given name the tagger cut at its hyphen
            start >= 2
            and self.doc[start - 1].text == "-"
            and not self.doc[start - 1].whitespace_
            and not self.doc[start - 2].whitespace_
            and self.doc[start - 2].is_alpha
            and self.doc[start - 2].text[:1].isupper()
            and not self.roles.is_title_token(self.doc[start - 2])
            and not (start >= 3 and self.doc[start - 3].text == "-")
        ):
            start -= 2
        start = self._given_before_particles(start)
        tokens = list(self.doc[start:end])
        if not tokens:
            return None
        if (
            self.roles.is_title_token(tokens[-1])
            and end < len(self.doc)
            and self.doc[end].pos_ == "PROPN"
            and self.doc[end].text[:1].isupper()
        ):
            return None  # "Charlotte Mayor" before "Jennifer Roberts": a title, not a name
        text = self.doc[start:end].text
        if self.index.canonical(text) is not None or "." in text.replace(". ", " ").strip("."):
            return None  # an outlet or known organisation tagged PERSON
        if text in self._company_names:
            return None  # "Moravik" after "Moravik Defence Systems": the company's short name
        if (
            end + 1 < len(self.doc)
            and self.doc[end].text == "-"
            and self.doc[end + 1].lower_ == "based"
        ):
            return None  # "the Kyiv-based centre": a place
        if ent.label_ == "PERSON":
            ok = _looks_like_name(tokens) and self.index.org_type(text) is None
            appos = [c for c in tokens[-1].children if c.dep_ == "appos"]
            if (
                appos
                and (
                    self.index.descriptor_type(appos[0].lemma_)
                    or appos[0].lemma_.lower() in self.roles.document_nouns
                )
                and (len(tokens) == 1 or tokens[0].text not in self.given_names)
            ):
                # "Falkwerk, the Munich-based maker of ...": an organisation; "Steady
                # Harbour, its new defence review": a document's title
                ok = False
            before = self.doc[start - 1] if start > 0 else None
            if self._body_by_descriptor(tokens):
                ok = False  # "the state shipbuilder Kornwerk": an organisation
            after = self.doc[end] if end < len(self.doc) else None
            if (
                len(tokens) == 1
                and after is not None
                and after.text.islower()
                and self.index.descriptor_type(after.lower_) is not None
                and after.i + 1 < len(self.doc)
                and self.doc[after.i + 1].text[:1].isupper()
            ):
                ok = False  # "the Tarnow daily X": the daily's town, no person
            if ok and len(tokens) == 1 and self._state_word(text):
                ok = False  # "Velsora" tagged a person here, a place there, owning a ministry
            if ok and len(tokens) == 1 and text in self._body_words():
                ok = False  # "Tervo said" after "the arms maker Tervo": the company
            if ok and len(tokens) == 1 and self._tagged_a_body_only(text):
                ok = False  # "the price Tessouma is paying" after "Tessouma's army": a state
            if ok and len(tokens) == 1 and before is not None and before.lower_ == "the":
                ok = False  # "the Observatory's office": a body's word, no one's name
            return (start, end) if ok else None
        before = self.doc[start - 1] if start > 0 else None
        titled = before is not None and (
            self.roles.is_title_token(before)
            # "Defence lawyer Renée Ostrander": a trade before a given name
            or before.lemma_.lower() in self.roles.profession_nouns
            and is_given_name(tokens[0].text)
        )
        # "the director of X, Radek Horal, said": a name in apposition to a title
        # (or to a noun of a person's trade: "The defence lawyer, Ilmari du Morel, said",
        # "Ortiz's lawyer, X, said")
        titled = titled or (
            tokens[-1].dep_ == "appos"
            and (
                tokens[-1].head.lower_ in self.roles.title_heads
                or tokens[-1].head.lower_ in self.roles.profession_nouns
                and any(c.dep_ in {"det", "poss"} for c in tokens[-1].head.lefts)
            )
        )
        # "Mirela Vostrand, the company's chief executive, said": a title in apposition
        # (or a person's trade in apposition, whatever the given name: "Chloé X, a
        # former accountant at the firm, told the court")
        titled = titled or any(
            c.dep_ == "appos"
            and (
                c.lower_ in self.roles.title_heads
                or c.lemma_.lower() in self.roles.profession_nouns
                # "Matti X, a co-author of the report, said": one person's noun
                or c.lower_ in self.roles.person_nouns
                and end + 1 < len(self.doc)
                and self.doc[end].text == ","
                and self.doc[end + 1].lower_ in {"a", "an"}
            )
            for c in tokens[-1].children
        )
        # a name the model tagged ORG is a person's after a title ("chief executive X Y")
        # or a census given name whose last word the model tags a person elsewhere
        # ("Jana Kralik" tagged ORG, then "Kralik said")
        # (or any first word, in a name of two words whose last word alone speaks later:
        # "Beatrix Thornquist" tagged ORG, then "Thornquist said")
        given = tokens[0].text in self.given_names or (
            (is_given_name(tokens[0].text) or len(tokens) == 2 and ent.label_ == "ORG")
            and self._surname_tagged(tokens[-1].text, ent)
        )
        # (or a name of two words whose last word alone is described elsewhere as a
        # person's trade or title: "Ysolde Marchetti" tagged ORG, then "Marchetti, an
        # economist at ..., said")
        # (asked only where it can decide: a body's label, no other sign yet)
        given = given or (
            len(tokens) == 2
            and ent.label_ in {"ORG", "NORP", "GPE", "FAC"}
            and not (stripped_title or titled or suffixed)
            and self._surname_described(tokens[-1].text, ent)
        )
        # (or a census given name first, in a name of two words that speaks itself: "Ines
        # Marlow, who teaches at ..., said")
        who = (
            len(tokens) == 2
            and end + 1 < len(self.doc)
            and self.doc[end].text == ","
            and self.doc[end + 1].lower_ == "who"  # "Beatrix Thornquist, who heads ..."
        )
        given = given or (
            who
            and (
                self._surname_speaks(tokens[-1].text, ent)
                or is_given_name(tokens[0].text)
                and tokens[-1].dep_ == "nsubj"
                and _reports(tokens[-1].head)
            )
        )
        if (
            ent.label_ in {"ORG", "NORP", "GPE", "FAC"}
            and len(tokens) >= 2
            and (stripped_title or titled or suffixed or given)
        ):
            if _looks_like_name(tokens) and self.index.org_type(text) is None:
                return (start, end)
        return None

    def _untagged_company_names(self) -> frozenset[str]:
        """The names of `_untagged_companies`, as a set (asked once per entity)."""
        if self._untagged_company_cache is None:
            self._untagged_company_cache = frozenset(
                name for _, name, _ in self._untagged_companies()
            )
        return self._untagged_company_cache

    def _described_as_thing(self, tok: Token) -> bool:
        """Whether a name's last word has a body's or a document's noun in apposition
        ("X, the Munich-based maker of ...", "X, the country's first white paper")."""
        return any(
            c.dep_ == "appos"
            and (
                self.index.descriptor_type(c.lemma_) is not None
                or c.lemma_.lower() in self.roles.document_nouns
            )
            for c in tok.children
        )

    def _body_words(self) -> frozenset[str]:
        """One-word names the article shows somewhere to be a body's, whatever the
        tagger calls them there or elsewhere: a descriptor before or in apposition ("the
        arms maker Tervo", "Tervo, a shell maker,"), or a relative "which" ("Tervo,
        which is state-owned,"); not a word that ends a person's name of two words or
        more ("Idony Tervo")."""
        if self._body_word_cache is not None:
            return self._body_word_cache
        surnames = {e[-1].text for e in self.ents if e.label_ == "PERSON" and len(e) >= 2}
        # (asked only of one-word names tagged a person: look at those words alone)
        words = set()
        for e in self.ents:
            kept = [t for t in e if not (t.is_punct or t.tag_ == "POS")]
            if e.label_ == "PERSON" and len(kept) == 1:
                words.add(kept[0].text)
        found = set()
        for i in tokens_with_text(self.doc, words - surnames):
            tok = self.doc[i]
            if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
                continue
            if tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].pos_ == "PROPN":
                continue  # a word of a longer name
            if tok.i > 0 and self.doc[tok.i - 1].pos_ == "PROPN":
                continue
            before = self.doc[tok.i - 1] if tok.i > 0 else None
            described = any(
                c.dep_ == "appos" and self.index.descriptor_type(c.lemma_) for c in tok.children
            ) or (
                before is not None
                and before.pos_ == "NOUN"
                and before.whitespace_
                and self.index.descriptor_type(before.lemma_) is not None
            )  # (right before it, however the parser hangs the two)
            which = (
                tok.i + 2 < len(self.doc)
                and self.doc[tok.i + 1].text == ","
                and self.doc[tok.i + 2].lower_ == "which"
                and self.doc[tok.i + 2].head.dep_ == "relcl"
                and self.doc[tok.i + 2].head.head.i == tok.i
            )
            if described or which:
                found.add(tok.text)
        self._body_word_cache = frozenset(found)
        return self._body_word_cache

    def _state_word(self, word: str) -> bool:
        """Whether the article treats a word as a state: the tagger takes it for a place
        somewhere or the article writes its adjective of nationality ("Khorvani" beside
        "Khorvan"), and it owns a state's body ("X's foreign ministry", "X's army")."""
        if word not in self._state_word_cache:
            self._state_word_cache[word] = (
                any(e.label_ == "GPE" and e.text == word for e in self.ents)
                or _demonym_pattern(word).search(doc_text(self.doc)) is not None
            )
        return self._state_word_cache[word] and word in self._unknown_countries()

    def _tagged_a_body_only(self, word: str) -> bool:
        """Whether the tagger takes a word alone for a body or a place elsewhere in the
        article, no name of two words or more ends in it ("Kalnins" tagged ORG beside "Anna
        Kalnins" is hers) and the article treats it as a state ("X's defence budget"): a
        state's name it once took for a person's."""
        alone = [e for e in self.ents if len(e) == 1 and e.text == word]
        return (
            any(e.label_ in {"ORG", "GPE"} for e in alone)
            and not any(len(e) >= 2 and e[-1].text == word for e in self.ents)
            and word in self._unknown_countries()
        )

    def _surname_speaks(self, word: str, ent: Span) -> bool:
        """Whether `word` alone, outside `ent`, is the subject of a verb of saying."""
        return any(
            not ent.start <= i < ent.end
            and self.doc[i].dep_ == "nsubj"
            and _reports(self.doc[i].head)
            for i in tokens_with_text(self.doc, {word})
        )

    def _surname_described(self, word: str, ent: Span) -> bool:
        """Whether `word` alone, outside `ent`, has a person's title or trade in
        apposition ("Marchetti, an economist at the institute, ...")"""
        for i in tokens_with_text(self.doc, {word}):
            if ent.start <= i < ent.end:
                continue
            for c in self.doc[i].children:
                lemma = c.lemma_.lower()
                if (
                    c.dep_ == "appos"
                    and c.pos_ == "NOUN"
                    and (lemma in self.roles.title_heads or lemma in self.roles.profession_nouns)
                ):
                    return True
        return False

    def _surname_tagged(self, word: str, ent: Span) -> bool:
        """Whether the model tags `word` alone as a person somewhere else in the article."""
        return any(
            e.label_ == "PERSON" and len(e) == 1 and e.text == word and e.start != ent.end - 1
            for e in self.ents
        )

    def _given_name(self, word: str) -> bool:
        """A given name of the project's list or of the gendered census lists."""
        return word in self.given_names or is_given_name(word)

    def _name_end(self, i: int) -> int:
        """End of a name starting at token i: following capitalised words, hyphen-joined parts."""
        doc, end, words = self.doc, i + 1, 1
        while end < len(doc) and words < 3:
            tok = doc[end]
            if (
                tok.text == "-"
                and not doc[end - 1].whitespace_
                and end + 1 < len(doc)
                and not tok.whitespace_
                and doc[end + 1].is_alpha
            ):
                end += 2
                continue
            if self._particle_before_name(end):
                end += 1  # "Tobias ten Brink": the particle, then the family name
                continue
            if not self._name_part(tok):
                break
            end += 1
            words += 1
        return end

    def _given_before_particles(self, start: int) -> int:
        """Where a name starts when the model tagged only the family name after its
        particle ("Kate" of "Matthias ten Kate"), or the family name with a capitalised
        particle ("Le Saux" of "Noémie Le Saux"): at the capitalised word before the
        particles, unless that word is a title, a known name or tagged otherwise."""
        k = start - 1
        while k > 0 and self.doc[k].text in name_particles():
            k -= 1
        if k == start - 1:  # no lower-case particle before: "Le Saux" tagged alone?
            first = self.doc[start]
            if start == 0 or start + 1 >= len(self.doc) or not first.text[:1].isupper():
                return start
            if first.lower_ not in name_particles():
                return start
        given = self.doc[k]
        if self._name_part(given) and given.ent_type_ in ("", "PERSON") and given.whitespace_:
            return k
        return start

    def _particle_before_name(self, i: int) -> bool:
        """Whether token i is a family name's particle inside a name: lower case, after a
        capitalised word, before the capitalised rest ("von" of "Harald von Wedel")."""
        doc = self.doc
        return (
            0 < i < len(doc) - 1
            and doc[i].text in name_particles()
            and doc[i - 1].text[:1].isupper()
            and (self._name_part(doc[i + 1]) or self._particle_before_name(i + 1))
        )

    def _given_read_as_word(self, tok: Token) -> bool:
        """A capitalised word inside a sentence, right before a surname the tagger found
        alone, that is a given name of the lists though the parser read it as another word
        ("Per" as a preposition, "Will" as a verb): the surname's given name."""
        return (
            tok.i > tok.sent.start
            and tok.pos_ != "PROPN"
            and tok.is_title
            and tok.is_alpha
            and bool(tok.whitespace_)
            and not tok.ent_type_
            and tok.lower_ not in _NAME_HONORIFICS
            and self._given_name(tok.text)
        )

    def _name_part(self, tok: Token) -> bool:
        return (
            tok.pos_ == "PROPN"
            and tok.text[:1].isupper()
            and tok.is_alpha
            and not self.roles.is_title_token(tok)
            and self.index.canonical(tok.text) is None
        )

    def _add_mention(self, start: int, end: int) -> None:
        for k in range(start, end - 1):
            # a name ends at its line's end: "— X Y" signing a blog entry, its next
            # paragraph opening on a capitalised word
            tok = self.doc[k]
            if "\n" in tok.whitespace_ or tok.is_space and "\n" in tok.text:
                end = k if tok.is_space else k + 1
                break
        if end <= start:
            return
        span = self.doc[start:end]
        name = _clean_name(span.text)
        words = name.split()
        if particle_name(words):  # "van Houten said", "Von Wedel said": a short form
            person = self._by_particle_surname(words)
            if person is not None:
                self.mentions.append(Mention(span.start_char, span.end_char, start, end, person))
                return
        if len(words) >= 2:
            # "Vos de Wit", "Ruiz Zafón": a family name of several words, after
            # the person named in full with one given name before it
            person = self.persons.get(name) or self._by_family_name(words)
            if person is None:
                person = self.persons[name] = Person(name=name)
        else:
            person = self._by_surname(name)
            if person is None:
                person = self.persons.setdefault(name, Person(name=name))
        self.mentions.append(Mention(span.start_char, span.end_char, start, end, person))

    def _by_particle_surname(self, words: list[str]) -> Person | None:
        """The person named in full whose name ends with a family name written with its
        particle ("van Houten" for Daan van Houten), whatever the particle's case."""
        folded = [w.lower() for w in words]
        for person in self.persons.values():
            full = person.name.split()
            if len(full) > len(words) and [w.lower() for w in full[-len(words) :]] == folded:
                return person
        return None

    def _by_family_name(self, words: list[str]) -> Person | None:
        """The one person named before whose name is a given name and then `words`."""
        found = [
            person
            for person in self.persons.values()
            if len(person.name.split()) == len(words) + 1 and person.name.split()[1:] == words
        ]
        return found[0] if len(found) == 1 else None

    def _by_surname(self, surname: str) -> Person | None:
        """The person a single name abbreviates: surname last, or first (family name first)."""
        for person in self.persons.values():
            words = person.name.split()
            if len(words) >= 2 and words[-1] == surname and not family_name_first(words):
                return person
        for person in self.persons.values():
            words = person.name.split()
            if len(words) >= 2 and words[0] == surname and family_name_first(words):
                return person  # family name first: "Kim" for Kim Seo-yeon, "Wang" for Wang Yi
        return None

    def _add_surname_mentions(self) -> None:
        taken = {i for m in self.mentions for i in range(m.token_start, m.token_end)}
        surnames = {}
        for p in self.persons.values():
            words = p.name.split()
            if len(words) >= 2:
                if family_name_first(words):
                    surnames.setdefault(words[0], p)
                    if "-" not in words[-1]:
                        continue  # "Yi" alone is no one's short form
                surnames.setdefault(words[-1], p)
                if elided_particle(words[-1]) or (  # "D'Aurignac said", opening a sentence
                    words[-1].partition("-")[0] in name_particles()  # "Al-Harthi said"
                ):
                    surnames.setdefault(words[-1][:1].upper() + words[-1][1:], p)
        # "Szeplaki Bence" then "Mr Szeplaki": a name written family name first, as the
        # honorific before its first word shows (a first word no given name, no surname)
        lasts = {p.name.split()[-1] for p in self.persons.values() if " " in p.name}
        for p in self.persons.values():
            words = p.name.split()
            if (
                len(words) == 2
                and words[0] not in surnames
                and words[0] not in lasts
                and not self._given_name(words[0])
                and self._after_honorific(words[0])
            ):
                surnames[words[0]] = p
        # single-word mentions found by NER become the full person they abbreviate
        respelt: set[str] = set()
        for m in self.mentions:
            if len(m.person.name.split()) == 1 and m.person.name in surnames:
                m.person = surnames[m.person.name]
            elif len(m.person.name.split()) == 1:
                misspelt = self._misspelt_surname(m.person.name, surnames)
                if misspelt is not None:
                    respelt.add(m.person.name)
                    m.person = misspelt
        for i in tokens_with_text(self.doc, surnames.keys()):  # no Token per token
            if i in taken:
                continue
            tok = self.doc[i]
            self.mentions.append(
                Mention(tok.idx, tok.idx + len(tok), tok.i, tok.i + 1, surnames[tok.text])
            )
        # "Brennar said" after Marta Brenner: a name alone that speaks, one letter off
        # one person's surname, whatever type the tagger gave it
        for tok in tokens_where(self.doc, POS={"PROPN"}, DEP={"nsubj"}) if surnames else []:
            if (
                tok.i in taken
                or tok.text in surnames
                or tok.ent_type_ in {"GPE", "LOC", "NORP", "FAC"}
                or any(c.dep_ in {"compound", "det"} for c in tok.children)
                or not _reports(tok.head)
            ):
                continue
            person = self._misspelt_surname(tok.text, surnames)
            if person is not None:
                self.mentions.append(Mention(tok.idx, tok.idx + len(tok), tok.i, tok.i + 1, person))
                taken.add(tok.i)
        # "Ortiz-Berg noted": a hyphenated surname is three tokens
        parts = {s.split("-")[0]: s for s in surnames if "-" in s and not s.startswith("-")}
        for i in tokens_with_text(self.doc, parts.keys()):
            surname = parts[self.doc[i].text]
            end = i + 2 * surname.count("-") + 1
            if end > len(self.doc) or any(k in taken for k in range(i, end)):
                continue
            if self.doc[i:end].text == surname and not (
                end < len(self.doc) and self.doc[end].text == "-"
            ):
                start_char, end_char = (
                    self.doc[i].idx,
                    self.doc[end - 1].idx + len(self.doc[end - 1]),
                )
                self.mentions.append(Mention(start_char, end_char, i, end, surnames[surname]))
                taken.update(range(i, end))
        # "Marla said" after Marla Quist: a given name alone is the one person of the
        # article named in full with it (not when it is also someone's surname)
        firsts: dict[str, Person | None] = {}
        for p in self.persons.values():
            words = p.name.split()
            if len(words) >= 2 and not family_name_first(words) and self._given_name(words[0]):
                firsts[words[0]] = p if words[0] not in firsts else None
        for m in self.mentions:
            first = firsts.get(m.person.name)
            if first is not None and m.person.name not in surnames:
                m.person = first
        for person in list(self.persons.values()):
            if len(person.name.split()) == 1 and (
                person.name in surnames
                or person.name in respelt
                or firsts.get(person.name) is not None
            ):
                del self.persons[person.name]

    def _misspelt_surname(self, word: str, surnames: dict[str, Person]) -> Person | None:
        """The person named in full whose surname a name written alone misspells by one
        letter ("Brenner" then "Brennar said"): a surname alone is someone the article
        introduced, so one that is no one's but is one letter off exactly one person's
        is theirs (not a given name; five letters or more, the first the same)."""
        if len(word) < 5 or not word[:1].isupper() or self._given_name(word):
            return None
        near = {p.name: p for s, p in surnames.items() if len(s) >= 5 and _one_letter_off(word, s)}
        return next(iter(near.values())) if len(near) == 1 else None

    def _after_honorific(self, word: str) -> bool:
        """Whether the article writes `word` right after an honorific ("Mr Szeplaki")."""
        return any(
            i > 0 and self.doc[i - 1].lower_ in _HONORIFICS
            for i in tokens_with_text(self.doc, {word})
        )

    def _title_appositive(self, head: Token) -> Speaker | None:
        """ "The deputy head of the X Agency, Mats Orrin, said": the name that closes a
        title's phrase, set off by commas, when the parser hung it on the organisation."""
        if head.lower_ not in self.roles.title_heads or head.pos_ != "NOUN":
            return None
        end = head.right_edge.i
        for tok in self.doc[head.i + 1 : end + 1]:
            m = self.mention_at(tok) if tok.dep_ == "appos" else None
            if m is None:
                continue
            start = m.token_start  # "..., Vice Admiral Mats Orrin, said": the rank too
            first = tok.left_edge.i
            if head.i < first < start and all(t.text[:1].isupper() for t in self.doc[first:start]):
                start = first
            if (
                tok.head.i > head.i
                and start > 0
                and self.doc[start - 1].text == ","
                and (m.token_end > end or self.doc[m.token_end].text == ",")
            ):
                return self._person_speaker(m.person, self.doc[m.token_start : m.token_end].text)
        return None

    def _person_speaker(self, person: Person, mention: str) -> Speaker:
        return Speaker(
            name=person.name,
            role=person.role,
            organization=person.organization,
            mention=mention,
            kind="person",
        )

    def _person_by_title(self, head: Token) -> Person | None:
        """The last person named before a title word with that title ("the president"
        after "President X"), or with that rank written before the name ("the general"
        after "Brigadier General X, deputy chief of ...", whose role became the function)."""
        # "the Polish minister": a people's adjective says the state, not the office
        states: dict[str, str] = {}
        # (not a possessor's words: "the Norwegian firm's export chief" is the firm's)
        owned = {t.i for c in head.lefts if c.dep_ == "poss" for t in c.subtree}
        run = [
            t
            for t in self.doc[head.left_edge.i : head.i]
            if t.text[:1].isupper() and t.i not in owned
        ]
        known = self.index.canonical(" ".join(t.text for t in run)) if run else None
        if known is not None and known.kind == "country":  # "the South Korean minister"
            states = {t.lower_: known.name for t in run}
        for m in reversed(self.mentions):
            if m.end > head.idx:
                continue
            if states and m.person.organization not in states.values():
                continue
            if m.person.role and _same_role(head, m.person.role, frozenset(states)):
                return m.person
            if head.lower_ in self.roles.ranks and any(
                t.lower_ == head.lower_ and not self._postpositive(t)
                # (before any mention of theirs: "the colonel" after a bare surname of
                # "Colonel X", whose function became the role)
                for other in self.mentions
                if other.person is m.person and other.end <= head.idx
                for t in self.doc[max(0, other.token_start - 3) : other.token_start]
            ):
                return m.person
        # "the admiral" after "the retired vice admiral" described her; not "the state
        # governor" after "the former city governor" (the words saying which office agree)
        said = _office_words(head)
        described = [
            p
            for i, word, p in self._titles_described()
            if i < head.i and word == head.lower_ and said <= _office_words(self.doc[i])
        ]
        return described[-1] if described else None

    def _postpositive(self, tok: Token) -> bool:
        """Whether a rank word qualifies the title before it ("General" of "Auditor General
        X"), not a rank of its own ("Major General X" is a general)."""
        if tok.i == 0 or tok.lower_ not in postpositive_words():
            return False
        before = self.doc[tok.i - 1].lower_
        return before in self.roles.title_words and f"{before} {tok.lower_}" not in self.roles.ranks

    def _title_subjects(self) -> list[Token]:
        """The title words that are subjects of their clauses, among which
        `_titles_described` and `_title_mentions` look for a title with "the" alone ("the
        admiral said"): picked out of the Doc's attribute arrays, not by building every
        token."""
        return tokens_where(
            self.doc, DEP={"nsubj", "nsubjpass"}, POS={"NOUN"}, LOWER=self.roles.title_words
        )

    def _titles_described(self) -> list[tuple[int, str, Person]]:
        """ "Karin Holm spent 30 years at sea. Now ..., the retired admiral has become ...":
        a title with "the" as the subject of a sentence that names nobody, in the narrator's
        voice, describes the person the sentence before named last (the only person named
        there), unless the title speaks there ("The state governor said": someone new);
        kept as (token, title word, person) for a later "the admiral"."""
        if self._described_titles is not None:
            return self._described_titles
        found: list[tuple[int, str, Person]] = []
        for tok in self._title_subjects():
            if (
                not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.lefts)
                or self._in_quote(tok.idx)
                # "The state governor said ...": a new source ("agreed to talk" says nothing)
                or _reports(tok.head)
                and not any(c.dep_ == "xcomp" for c in tok.head.children)
            ):
                continue
            sent = tok.sent
            if sent.start == 0:
                continue
            last = sent.start - 1
            while last > 0 and self.doc[last].is_space:
                last -= 1  # (a paragraph's break the sentencizer kept apart)
            before = self.doc[last].sent
            named = [m for m in self.mentions if before.start_char <= m.start < sent.end_char]
            if any(m.start >= sent.start_char for m in named):
                continue
            if not named:  # "The 58-year-old trained as ... The director is blunt"
                opening = self.doc[before.start : min(before.end, before.start + 8)]
                aged = [self._aged_subject(t) for t in opening if t.lower_ == "old"]
                aged = [p for p in aged if p is not None]
                if len(aged) == 1:
                    found.append((tok.i, tok.lower_, aged[0]))
                continue
            people = {id(m.person) for m in named}
            if len(people) > 1:  # "In Dunmore, X walks ...": the main clause's subject
                roots = [self.doc[m.token_start : m.token_end].root for m in named]
                if any(r.dep_ == "conj" for r in roots):
                    continue  # "X and Y left the navy": either
                named = [
                    m
                    for m, root in zip(named, roots, strict=True)
                    if root.dep_ == "nsubj" and root.head.dep_ == "ROOT"
                ]
                people = {id(m.person) for m in named}
            if len(people) == 1 and not self._in_quote(named[-1].start):
                found.append((tok.i, tok.lower_, named[-1].person))
        self._described_titles = found
        return found

    def _profile_titles(self) -> None:
        """A title with "the" that describes the person the sentence before named
        (`_titles_described`: "X walks the length of the dock. The chief executive of Y
        knows most of the welders") gives that person the title and its organisation,
        when nothing else gave a role."""
        for i, _word, person in self._titles_described():
            if person.role:
                continue
            tok = self.doc[i]
            phrase = self.doc[tok.left_edge.i : min(tok.right_edge.i + 1, tok.i + 12)]
            role, org = self._role_and_org(phrase, tok.idx)
            if role:  # (a company title with no body: the article's company)
                person.role = role
                person.organization = person.organization or org or self._default_org(role, tok.idx)
        owned = tokens_where(
            self.doc, DEP={"nsubj", "nsubjpass", "conj"}, POS={"NOUN"}, LOWER=self.roles.title_words
        )
        for tok in owned:
            if tok.dep_ == "conj" and tok.head.dep_ not in {"nsubj", "nsubjpass"}:
                continue  # ("X Works, and its sales chief disputes ...": a subject too)
            person = self._titled_next(tok)
            if person is None or person.role:
                continue
            phrase = self.doc[tok.left_edge.i : tok.i + 1]
            role, org = self._role_and_org(phrase, tok.idx)
            if role:
                person.role = role
                person.organization = person.organization or org or self._default_org(role, tok.idx)

    def _titled_next(self, tok: Token) -> Person | None:
        """ "The rival X Works sits in Y, and its sales chief disputes the figure. Z W said
        ...": a title with an owner ("its", "the firm's"), subject of a sentence in the
        narrator's voice that names no one, describes the person the next sentence
        introduces as its subject by full name (`_introduced_next`, the next sentence
        only)."""
        if not any(c.dep_ == "poss" for c in tok.lefts) or self._in_quote(tok.idx):
            return None
        sent = tok.sent
        if sent.end >= len(self.doc) or any(
            sent.start_char <= m.start < sent.end_char for m in self.mentions
        ):
            return None
        person = self._introduced_next(tok)
        nxt = self.doc[sent.end].sent
        if person is None or not any(
            m.person is person and nxt.start_char <= m.start < nxt.end_char for m in self.mentions
        ):
            return None
        return person

    def _title_mentions(self) -> list[Mention]:
        """ "the admiral said" as a mention of the person it names, for pronoun salience: a
        title word with "the" alone, in the narrator's voice, subject of its clause."""
        found = []
        for tok in self._title_subjects():
            if [c.lower_ for c in tok.lefts] != ["the"] or self._in_quote(tok.idx):
                continue
            person = self._person_by_title(tok)
            if person is not None:
                start = tok.i - 1
                found.append(
                    Mention(self.doc[start].idx, tok.idx + len(tok), start, tok.i + 1, person)
                )
        return found

    def _introduced_next(self, head: Token) -> Person | None:
        """The person a following sentence introduces as its subject, by full name for the
        first time ("its chief executive said ... Kadri Lepik, who ..., said"): the first
        person named in the narrator's voice in the next sentences that name one (up to
        three sentences on, none of them naming another person first; past the next
        sentence, only a person introduced with a title: "Secretary General X said")."""
        end = head.sent.end
        for ahead in range(3):
            if end >= len(self.doc):
                return None
            nxt = self.doc[end].sent
            end = nxt.end
            seen = {id(m.person) for m in self.mentions if m.end <= nxt.start_char}
            for m in self.mentions:
                if m.start < nxt.start_char or m.start >= nxt.end_char or self._in_quote(m.start):
                    continue
                root = self.doc[m.token_start : m.token_end].root
                first = id(m.person) not in seen and m.token_end - m.token_start >= 2
                titled = ahead == 0 or m.person.role is not None
                subject = root.dep_ == "nsubj" or self._misparsed_subject(root, nxt)
                role = (m.person.role or "").lower()
                if (
                    role
                    and any(c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in head.lefts)
                    and head.lemma_.lower() not in role
                ):
                    return None  # "his attorney" is no "Chairman X" named next
                if role and role.split()[-1] == head.lower_ and _other_office(head, role):
                    return None  # "its defence minister" is no "Industry Minister X" named next
                if (
                    role
                    and head.lower_ not in role.split()
                    and head.lemma_.lower() not in role.split()
                    and self.roles.is_title_token(head)
                    and head.lower_ not in _ANY_OFFICE  # ("the head of X" is any office)
                    # (an office a verb of leading gave yields to the title: "who has run")
                    and id(m.person) not in self._led_offices
                ):
                    return None  # "the governor said" is no "X, the yard's spokeswoman"
                return m.person if first and titled and subject else None
        return None

    def _misparsed_subject(self, name: Token, sent: Span) -> bool:
        """ "Speaking at a meeting with managers, Jan Berg, who heads X, said ...": a name the
        parser hung on the noun before it (appos) is the subject of its sentence's verb when
        that verb has no subject of its own and comes after the name."""
        verb = sent.root
        return (
            name.dep_ == "appos"
            and verb.pos_ == "VERB"
            and name.i < verb.i
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        )


# what the tagger takes a name it does not know for, where a relative "who" shows a person
# title words that say nothing of which office ("the head of the X League" is its
# Secretary General named next)
_ANY_OFFICE = frozenset({"head", "chief", "leader", "boss", "official"})
_NAME_MISREAD_AS = frozenset({"", "GPE", "ORG", "NORP", "LOC", "FAC"})


def _one_letter_off(a: str, b: str) -> bool:
    """Whether `b` is `a` with one letter changed, added or dropped (not the first)."""
    if a[0] != b[0] or a == b or abs(len(a) - len(b)) > 1:
        return False
    a, b = a.lower(), b.lower()  # "McCardle" for McArdle
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    k = next((i for i, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return short[k:] == long[k + 1 :]


def _demonym_pattern(word: str) -> re.Pattern:
    """The adjectives of nationality a state's name makes: "Khorvani", "Samtavian",
    "Velmarish", "Tessmarkese" (with the final "a" of the name dropped or kept)."""
    stem = re.escape(word[:-1] if word.endswith("a") else word)
    return re.compile(rf"(?<![\w-]){stem}a?(?:n|an|ian|i|ish|ese)(?![\w-])")


def _second_syllable(doc, i: int) -> bool:
    """Whether a hyphen and a lower-case syllable, untagged, join the capitalised
    syllable at `i` ("Soo" of "Soo-ah")."""
    if i + 2 >= len(doc):
        return False
    first, dash, second = doc[i], doc[i + 1], doc[i + 2]
    return (
        first.text[:1].isupper()
        and first.is_alpha
        and len(first) <= 5
        and not first.whitespace_
        and dash.text == "-"
        and not dash.whitespace_
        and second.is_alpha
        and second.is_lower
        and len(second) <= 5
        and not second.ent_type_
    )


def _hyphenated_given_name(doc, start: int, end: int) -> int:
    """The end of a person's name taken on over a hyphenated given name the tagger left
    out after the family name ("Kang [Do-hyun]", "Seo [Ha-eun]"): a capitalised syllable
    joined by a hyphen to a lower-case one, untagged, right after the name; or one the
    tagger cut at its hyphen ("Kwon Soo[-ah]")."""
    if end - start >= 2 and _second_syllable(doc, end - 1):
        return end + 2
    if end < len(doc) and doc[end - 1].whitespace_ and not doc[end].ent_type_:
        if _second_syllable(doc, end):
            return end + 3
    return _hyphenated_surname(doc, start, end)


def _hyphenated_surname(doc, start: int, end: int) -> int:
    """The end of a name of two words or more the tagger cut at the hyphen of a double
    family name ("Anna Kovalenko[-Marsh]"): the capitalised word the hyphen joins to it,
    with no space on either side, when the tagger gave it no other entity."""
    if end - start < 2 or end + 1 >= len(doc):
        return end
    last, dash, second = doc[end - 1], doc[end], doc[end + 1]
    if last.whitespace_ or dash.text not in {"-", "‑"} or dash.whitespace_:
        return end
    if not (second.is_alpha and second.text[:1].isupper() and not second.is_upper):
        return end
    if second.ent_type_ and second.ent_type_ != "PERSON":
        return end
    return end + 2


def _other_office(head: Token, role: str) -> bool:
    """Whether a title's words that say which office ("defence" of "its defence
    minister") and a role's ("Industry Minister") have none in common, both having some."""
    said = {w.replace("defense", "defence") for w in _office_words(head)}
    words = set(role.lower().replace("defense", "defence").split())
    words -= {head.lower_, "of", "for", "the", "and"}
    return bool(said and words and not said & words)
