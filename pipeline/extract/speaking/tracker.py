"""`SpeakerTracker`: reads an article once and resolves a cue's source to a `Speaker`."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from pipeline.extract.coref import (
    assign_genders,
    gendered_given_names,
    is_given_name,
    name_gender,
    resolve_pronouns,
)
from pipeline.extract.entities import EntityIndex, bare_type_word, entity_index, latest_of_type
from pipeline.extract.quotes import quote_regions
from pipeline.extract.speaking.names import (
    _CAPITAL_NAME,
    _HONORIFICS,
    _JOINERS,
    _NAME_SUFFIXES,
    _NOT_OWNERS,
    Mention,
    Person,
    _capital_runs,
    _census_gender,
    _clean_name,
    _hyphened,
    _looks_like_name,
    acronyms,
    family_name_first,
    given_names,
    unbracketed_short_forms,
)
from pipeline.extract.speaking.titles import (
    _CAPITAL_FIELD,
    _FUNCTION_WORDS,
    _GOVERNMENT,
    _LOWER_PORTFOLIO,
    _MINISTRY_NAME,
    _OWN_MINISTRY,
    _PORTFOLIO,
    _ROLE_FOR,
    _ROLE_TAIL,
    _ROLE_TIME_WORDS,
    _SPOKES,
    _TITLE_FIELD,
    _UNIT_TAIL,
    _country_demonyms,
    _same_role,
    roles,
)
from pipeline.nlp.model import doc_text, tokens_with_text
from pipeline.records import Speaker

_STOP_LEFT = {",", ";", "(", ")", "—", "–", ":", '"', "“", "”", "‘", "’", "'", "-"}
_STOP_POS_LEFT = {"VERB", "AUX", "SCONJ", "DET", "PRON", "NUM"}
_PRONOUNS = {
    "he": "he",
    "him": "he",
    "his": "he",
    "she": "she",
    "her": "she",
    "hers": "she",
}
_PLURAL_PRONOUNS = {"they", "them", "their"}
_ORG_PRONOUNS = {"it", "its"}
_RELATIVE = {"who", "which", "that", "whom"}
# "one of the lawyers", "some of its members": a part of a group speaks for the group
_PARTITIVE = {
    "one", "some", "many", "most", "several", "few", "all", "each", "both", "half",
    "two", "three", "four", "five", "dozens", "hundreds",
}  # fmt: skip
_DISTRIBUTIVE = {"each", "both"}  # "X and Y met, each saying ...": X and Y
_GROUP_MODIFIERS = {"amod", "acl", "relcl", "prep"}  # "those close to him", "those who ..."
_APPOS_STOP = {",", ";", ".", ")", "—", "–", ":", "(", "!", "?"}
_ORG_PREPS = {"of", "at", "for", "with"}
_STAFF_NOUNS = {"team", "staff"}  # an organisation's own people: its voice


class SpeakerTracker:
    """People of one article, and resolution of source phrases to speakers."""

    def __init__(
        self,
        doc: Doc,
        index: EntityIndex | None = None,
        quotes: list[tuple[int, int]] | None = None,
    ) -> None:
        """`quotes`: the document's quotation regions when the caller has them already
        (`QuoteIndex.regions`); found here otherwise."""
        self.doc = doc
        # spaCy builds a Span per entity at every `doc.ents`: built once for the article
        self.ents: tuple[Span, ...] = tuple(doc.ents)
        self.index = index or entity_index()
        self.roles = roles()
        self.given_names = given_names()
        self.persons: dict[str, Person] = {}
        self.mentions: list[Mention] = []
        self._last_org: Speaker | None = None
        self._last_org_at = -1  # the token where the last organisation spoke
        self._described: list[tuple[int, str, str]] | None = None
        self._untagged: list[tuple[int, str, str]] | None = None
        self._introduced_as: dict[str, tuple[int, Speaker]] = {}
        self._last_group: Speaker | None = None
        self._document_list: list[tuple[int, str, Speaker]] | None = None
        self._country: str | None = None
        self._known: list | None = None
        self._joined_firsts: set[int] | None = None
        self.short_forms = acronyms(doc_text(doc))
        self.org_short_forms = {
            **unbracketed_short_forms(doc_text(doc), self.short_forms),
            **self.short_forms,
        }
        self._company_names = self._company_short_names()
        self._find_people()
        self._unnamed_namesake()
        for m in self.mentions:  # "Park, the chief executive of ...": a short name described
            if m.token_end - m.token_start == 1 and not (m.person.role and m.person.organization):
                self._describe(m.person, self.doc[m.token_start : m.token_end], titles=False)
        self._honorific_agreement()
        self._title_agreement()
        for person in self.persons.values():  # "an analyst at NIDS": the institute in full
            if person.organization in self.org_short_forms:
                person.organization = self.org_short_forms[person.organization]
        self.quotes = quotes if quotes is not None else quote_regions(doc_text(doc))
        assign_genders(doc, self.mentions)
        # "the admiral said ... She added": a title naming a person counts as a mention
        self._pronouns = resolve_pronouns(
            doc, sorted(self.mentions + self._title_mentions()), self.quotes
        )

    def _company_short_names(self) -> dict[str, str]:
        """ "Aldmoor" after "Aldmoor Group": a company named in full once and later by its
        name without the word of its kind ("Group", "Munitions", "Systems"); not when two
        companies share the shorter name, or it names a known body or place itself."""
        found: dict[str, str | None] = {}
        for ent in self.ents:
            if ent.label_ != "ORG":
                continue
            words = re.sub(r"^(?:the|The)\s+", "", ent.text).split()
            if len(words) < 2 or self.index.org_type(words[-1]) != "company":
                continue
            if words[-1] in {"Defence", "Defense"}:
                continue  # "Nordic Defence": a field, not the kind of company
            full = " ".join(words)
            # "Kalvik Defence Systems": "Kalvik Defence", and "Kalvik" (the field goes too)
            cuts = [len(words) - 1]
            if len(words) > 2 and words[-2] in {"Defence", "Defense"}:
                cuts.append(len(words) - 2)
            for cut in cuts:
                short = " ".join(words[:cut])
                if (
                    not all(w[:1].isupper() for w in words[:cut])
                    or words[cut - 1].lower() in _FUNCTION_WORDS
                    or self.index.canonical(short) is not None
                ):
                    continue
                found[short] = full if found.get(short, full) == full else None
        return {k: v for k, v in found.items() if v is not None}

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
        # "Teodora Marsh-Ibarra became ...": a name the model did not tag, starting with
        # a given name of the census lists (outside any other entity, not a known place
        # or body: "Virginia Beach", "Jordan Valley" stay out)
        for start in tokens_with_text(self.doc, gendered_given_names()):
            tok = self.doc[start]
            if start in taken or tok.ent_type_ not in ("", "PERSON") or tok.pos_ != "PROPN":
                continue
            end = self._name_end(start)
            if end <= start + 1 or any(i in taken for i in range(start, end)):
                continue
            span = self.doc[start:end]
            if any(t.ent_type_ not in ("", "PERSON") for t in span) or (
                self.index.canonical(span.text) is not None
                or self.index.org_type(span.text) is not None
                or self.index.canonical(tok.text) is not None
                or self.index.place_ending(self.doc[end - 1].text)
            ):
                continue
            full.append((start, end))
            taken.update(range(start, end))
        # people are created in the order the model found them (a bare surname goes to
        # the first of that name), then the repeated names add their mentions
        for start, end in sorted(full) + self._repeated_names(full, taken):
            self._add_mention(start, end)
        self._add_surname_mentions()
        self.mentions.sort()
        self._starts = [m.start for m in self.mentions]
        self._surnames = {w for p in self.persons.values() for w in p.name.split()}
        for m in self.mentions:
            if len(m.person.name.split()) >= 2 and m.token_end - m.token_start >= 2:
                self._describe(m.person, self.doc[m.token_start : m.token_end])

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

    def _person_span(self, ent: Span) -> tuple[int, int] | None:
        """Token range of a person's name inside an entity, or None when it is not a person."""
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
                ),
                None,
            )  # a whole word: "Ha" of "Kwon Ha-eun", "Marc" of "Jean-Marc" are parts
            if first_given is not None and first_given > start:
                start, stripped_title = first_given, True
        if not stripped_title:  # "Ilse [Marquardt]": a given name the model left out
            if (
                end - start == 1
                and start > 0
                and self.doc[start - 1].dep_ == "compound"
                and start <= self.doc[start - 1].head.i < end
                and self._name_part(self.doc[start - 1])
                and not self.doc[start - 1].ent_type_
            ):
                start -= 1
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
            return None  # "Kalvik" after "Kalvik Defence Systems": the company's short name
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
                and self.index.descriptor_type(appos[0].lemma_)
                and (len(tokens) == 1 or tokens[0].text not in self.given_names)
            ):
                ok = False  # "Falkwerk, the Munich-based maker of ...": an organisation
            return (start, end) if ok else None
        titled = start > 0 and self.roles.is_title_token(self.doc[start - 1])
        # "the director of X, Karel Novotny, said": a name in apposition to a title
        titled = titled or (
            tokens[-1].dep_ == "appos" and tokens[-1].head.lower_ in self.roles.title_heads
        )
        # a name the model tagged ORG is a person's after a title ("chief executive X Y")
        if (
            ent.label_ in {"ORG", "NORP", "GPE", "FAC"}
            and len(tokens) >= 2
            and (stripped_title or titled or suffixed or tokens[0].text in self.given_names)
        ):
            if _looks_like_name(tokens) and self.index.org_type(text) is None:
                return (start, end)
        return None

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
            if not self._name_part(tok):
                break
            end += 1
            words += 1
        return end

    def _name_part(self, tok: Token) -> bool:
        return (
            tok.pos_ == "PROPN"
            and tok.text[:1].isupper()
            and tok.is_alpha
            and not self.roles.is_title_token(tok)
            and self.index.canonical(tok.text) is None
        )

    def _add_mention(self, start: int, end: int) -> None:
        span = self.doc[start:end]
        name = _clean_name(span.text)
        if len(name.split()) >= 2:
            person = self.persons.get(name)
            if person is None:
                person = self.persons[name] = Person(name=name)
        else:
            person = self._by_surname(name)
            if person is None:
                person = self.persons.setdefault(name, Person(name=name))
        self.mentions.append(Mention(span.start_char, span.end_char, start, end, person))

    def _by_surname(self, surname: str) -> Person | None:
        """The person a single name abbreviates: surname last, or first (family name first)."""
        for person in self.persons.values():
            words = person.name.split()
            if len(words) >= 2 and words[-1] == surname and not family_name_first(words):
                return person
        for person in self.persons.values():
            words = person.name.split()
            if len(words) >= 2 and words[0] == surname and family_name_first(words):
                return person  # family name first: "Park" for Park Ji-won, "Wang" for Wang Yi
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
        # single-word mentions found by NER become the full person they abbreviate
        for m in self.mentions:
            if len(m.person.name.split()) == 1 and m.person.name in surnames:
                m.person = surnames[m.person.name]
        for i in tokens_with_text(self.doc, surnames.keys()):  # no Token per token
            if i in taken:
                continue
            tok = self.doc[i]
            self.mentions.append(
                Mention(tok.idx, tok.idx + len(tok), tok.i, tok.i + 1, surnames[tok.text])
            )
        # "Vasquez-Lund noted": a hyphenated surname is three tokens
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
                person.name in surnames or firsts.get(person.name) is not None
            ):
                del self.persons[person.name]

    def _describe(self, person: Person, span: Span, titles: bool = True) -> None:
        """Fill role, organisation and gender from the words around one name mention: a
        title before it ("Defence Minister X"), an apposition after it ("X, head of the
        Y Agency,") or before it ("Its chief executive, X,"). The function an apposition
        names outranks a military rank before the name ("General X, the head of ...");
        a company title or a minister's with no organisation takes the company the
        article named last or the country it is about."""
        left = self._left_context(span) if titles else None
        gender = _HONORIFICS.get(self.doc[span.start - 1].lower_) if span.start > 0 else None
        person.gender = person.gender or gender
        role, org = None, None
        if left is not None:
            role, org = self._role_and_org(left, span.start_char)
        first = left.start if left is not None else span.start
        pre = self._pre_apposition(first) if titles else None
        for appos in (self._apposition(span), pre):
            if appos is None:
                continue
            a_role, a_org = self._role_and_org(appos, span.start_char)
            if a_role is None:
                continue
            if role is None or self._is_rank(role) or self._seat(role, org, a_org):
                role, org = a_role, a_org or org
            elif org is None:
                org = a_org
        if role is None and titles:  # "X became Latvia's defence minister"
            role, org = self._predicate_title(span)
        if role and not org and titles:  # "Defence spokesman X of the Centre Party"
            org = self._org_of_name(span)
        if role and not org:
            org = self._default_org(role, span.start_char)
        if titles and role is None:  # "X, who chairs the Y,": no title given, a rank kept
            led = self._led_role(span)
            if led is not None:
                role, org = led, self._org_led(span)
        if not org and titles:  # "X, who commands a brigade of the Y Land Forces,"
            org = self._org_led(span)
        if not org and left is not None and role and not self._past_office(role):
            org = self._rank_service(left)
        if role and (not person.role or self._is_rank(person.role) and not self._is_rank(role)):
            person.role = role
            person.organization = org or person.organization
        if org and not person.organization:
            person.organization = org

    def _past_office(self, role: str) -> bool:
        return bool(set(role.lower().split()) & self.roles.no_office_words)

    def _rank_service(self, left: Span) -> str | None:
        """The armed service a rank before a name belongs to when only one has it ("Vice
        Adm. X" -> the Navy of the article's country), for a serving officer: not after
        "retired" or "former"."""
        first = max(left.sent.start, left.start - 2)  # "Retired" the tagger took for a verb
        if any(t.lower_ in self.roles.no_office_words for t in self.doc[first : left.end]):
            return None
        rank = self._abbreviated_title(left.text) or left.text
        words = rank.lower().replace("-", " ").split()
        for k in range(len(words)):
            service = self.roles.rank_services.get(" ".join(words[k:]))
            if service:
                return self._written_service(service, left.start_char) or self._national_service(
                    service
                )
        return None

    def _written_service(self, service: str, before: int) -> str | None:
        """An armed service as the article writes it with its owner's word ("U.S. Army",
        "Royal Navy", not "Department of the Army"): the last before `before`, else the
        first after it."""
        owner = r"(?:[A-Z]\.){2,}|[A-Z][a-z]+(?: [A-Z][a-z]+)*"
        pattern = rf"(?<![\w.])({owner}) {re.escape(service)}\b"
        found = []  # "Royal Australian Navy": every capitalised word of the owner
        for m in re.finditer(pattern, doc_text(self.doc)):
            words = m.group(1).split()
            while words and words[0] in _NOT_OWNERS:
                words = words[1:]
            if words:
                found.append((m.start(), " ".join([*words, service])))
        earlier = [name for at, name in found if at < before]
        if earlier:
            return earlier[-1]
        return found[0][1] if found else None

    def _org_of_name(self, span: Span) -> str | None:
        """An organisation in an "of" phrase right after a titled name: "Defence
        spokesman Jonas Brekk of the Centre Party" -> Centre Party; only a name the
        tagger or the lexicon takes for an organisation (not "X of Ohio")."""
        end = span.end
        if end + 1 >= len(self.doc) or self.doc[end].lower_ != "of":
            return None
        i = end + 1
        if self.doc[i].lower_ == "the":
            i += 1
        runs = _capital_runs(list(self.doc[i : min(i + 8, len(self.doc))]))
        if not runs or runs[0][0].i != i:
            return None
        run = runs[0]
        while run and run[-1].lower_ in _JOINERS:
            run = run[:-1]
        name = self.doc[run[0].i : run[-1].i + 1].text
        known = self.index.canonical(name)
        if known is not None:
            return known.name if known.kind != "country" else None
        if run[-1].ent_type_ == "ORG" or self.index.org_type(name) is not None:
            return name
        return None

    def _org_led(self, span: Span) -> str | None:
        """The organisation a person leads, from a verb of leading whose subject the
        name is or that a relative clause on the name heads: "X, who commands a brigade
        of the Romanian Land Forces", "X runs the company"."""
        root = span.root
        verbs = [c for c in root.children if c.dep_ == "relcl"]
        if root.dep_ == "nsubj":
            verbs.append(root.head)
        for verb in verbs:
            if verb.lemma_.lower() not in self.roles.lead_verbs:
                continue
            phrase = self.doc[verb.i : verb.right_edge.i + 1]
            org = self._org_after(phrase, 0)
            if org:
                return org
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if obj is not None and obj.pos_ == "PROPN" and obj.text[:1].isupper():
                first = obj.left_edge.i  # "commands the 12th Mechanised Brigade"
                while first < obj.i and self.doc[first].pos_ == "DET":
                    first += 1
                return _clean_name(self.doc[first : obj.i + 1].text)
            named = self._org_entity_in(self.doc[verb.i : verb.right_edge.i + 1])
            if named is not None:  # "founded the drone maker Skyward Robotics"
                return named
            if obj is not None and any(c.lower_ == "the" for c in obj.lefts):
                return self._org_by_word(obj, span.start_char)
        return None

    def _org_entity_in(self, phrase: Span) -> str | None:
        """The first organisation named inside a phrase: a known one, or capitalised words
        the tagger takes for an organisation or whose words give an organisation's type
        ("the drone maker Skyward Robotics"); not a country, not a person."""
        for run in _capital_runs(list(phrase)):
            while run and run[-1].lower_ in _JOINERS:
                run = run[:-1]
            if not run or any(self.mention_at(t) is not None for t in run):
                continue
            name = _clean_name(
                re.sub(r"^(?:the|The)\s+", "", self.doc[run[0].i : run[-1].i + 1].text)
            )
            known = self.index.canonical(name)
            if known is not None:
                if known.kind != "country":
                    return known.name
                continue
            if run[-1].ent_type_ == "ORG" or (len(run) >= 2 and self.index.org_type(name)):
                return name
        return None

    def _led_role(self, span: Span) -> str | None:
        """The office a relative clause on a name gives by its verb of leading: "X, who
        chairs the committee" (chair), "X, who commands the brigade" (commander)."""
        for verb in span.root.children:
            if verb.dep_ == "relcl" and any(c.lower_ in {"who", "that"} for c in verb.lefts):
                role = self.roles.lead_roles.get(verb.lemma_.lower())
                if role is not None and any(c.dep_ == "dobj" for c in verb.children):
                    return role
        return None

    def _predicate_title(self, span: Span) -> tuple[str | None, str | None]:
        root = span.root
        verb = root.head
        if root.dep_ != "nsubj" or verb.lemma_ not in {"be", "become"}:
            return None, None
        for child in verb.children:
            if child.dep_ in {"attr", "oprd", "dobj"} and child.lower_ in self.roles.title_words:
                phrase = self.doc[child.left_edge.i : child.right_edge.i + 1]
                return self._role_and_org(phrase, span.start_char)
        return None, None

    def _abbreviated_title(self, text: str) -> str | None:
        """A title written short before a name, in full: "Rep." -> Representative,
        "Lt. Gen." -> Lieutenant General (the last one in the words before the name)."""
        found = None
        for m in self.roles.abbreviation_re.finditer(text):
            found = self.roles.abbreviations[" ".join(m.group(1).split()).lower()]
        return found

    def _seat(self, role: str, org: str | None, a_org: str | None) -> bool:
        """A legislator's seat before a name gives way to the office an apposition names
        with its body: "Senator X, a member of the Senate Armed Services Committee"."""
        return org is None and a_org is not None and role.lower() in self.roles.seats

    def _is_rank(self, role: str) -> bool:
        words = role.lower().replace("-", " ").split()
        while words and words[0] in self.roles.no_office_words:  # "Retired Rear Admiral"
            words = words[1:]
        return " ".join(words) in self.roles.ranks

    def _left_context(self, span: Span) -> Span | None:
        i = span.start
        sent_start = span.sent.start
        while i > sent_start and i > span.start - 8:
            tok = self.doc[i - 1]
            if tok.text in _STOP_LEFT or tok.pos_ in _STOP_POS_LEFT or tok.is_space:
                break
            if tok.pos_ == "ADP" and tok.lower_ != "of" and not _hyphened(tok):
                break
            i -= 1
        return self.doc[i : span.start] if i < span.start else None

    def _apposition(self, span: Span) -> Span | None:
        end = self._home_end(span.end)
        if end >= len(self.doc) or self.doc[end].text != ",":
            return None
        # "Anna Berg, 54, a defence analyst": an age first, then the description
        if (
            end + 2 < len(self.doc)
            and self.doc[end + 1].like_num
            and self.doc[end + 1].is_digit
            and len(self.doc[end + 1]) <= 3
            and self.doc[end + 2].text == ","
        ):
            end += 2
        i = end + 1
        if i < len(self.doc) and self.doc[i].lower_ in _RELATIVE:
            return None
        while i < len(self.doc) and i < end + 20:
            if self.doc[i].text in _APPOS_STOP:
                listed = self._listed_field_end(i) if self.doc[i].text == "," else None
                if listed is None:
                    break
                i = listed
                continue
            if self.doc[i].pos_ in {"VERB", "AUX"} and self.doc[i].tag_ not in {"VBN", "VBG"}:
                return None
            i += 1
        return self.doc[end + 1 : i] if i > end + 1 else None

    def _listed_field_end(self, comma: int) -> int | None:
        """A comma inside a lower-case list a title's "for" field gives, which "and"
        closes: "assistant secretary for acquisition, logistics and technology at ..." ->
        the index after "and technology"; None for a comma that ends the apposition."""
        doc = self.doc
        k = comma - 1
        while k > 0 and doc[k].text.islower() and doc[k].pos_ in {"NOUN", "ADJ"}:
            k -= 1
        if k == comma - 1 or doc[k].lower_ != "for":
            return None
        j, joined = comma + 1, False
        while j < len(doc) and j < comma + 12:
            tok = doc[j]
            if tok.lower_ == "and" and not joined:
                joined = True
            elif tok.text == "," and not joined:
                pass
            elif not (tok.text.islower() and tok.pos_ in {"NOUN", "ADJ", "PROPN"}):
                break
            j += 1
        if not joined or doc[j - 1].lower_ == "and" or doc[j - 1].text == ",":
            return None
        return j

    def _home_end(self, end: int) -> int:
        """Past a place a name is "of" before its apposition: "Rep. X of California, the
        committee's ranking Democrat" -> the comma after California; else `end`."""
        doc = self.doc
        if end + 2 >= len(doc) or doc[end].lower_ != "of":
            return end
        j = end + 1
        while j < len(doc) and doc[j].ent_type_ == "GPE" and doc[j].text[:1].isupper():
            j += 1
        return j if j > end + 1 and j < len(doc) and doc[j].text == "," else end

    def _pre_apposition(self, first: int) -> Span | None:
        """The title phrase a name stands in apposition to: "Its chief executive, X"."""
        if first < 2 or self.doc[first - 1].text != ",":
            return None
        end = first - 1
        i, sent_start = end, self.doc[first].sent.start
        if sent_start == end:  # a sentence the parser opened at the comma: "The chair | , X"
            sent_start = self.doc[end - 1].sent.start
        while i > sent_start and i > end - 10:
            tok = self.doc[i - 1]
            if tok.text in _APPOS_STOP or tok.is_space or tok.pos_ in {"AUX", "SCONJ"}:
                break
            if tok.pos_ == "VERB" and tok.tag_ not in {"VBN", "VBG"}:
                break
            if tok.pos_ == "ADP" and tok.lower_ not in {"of", "for", "at"} and not _hyphened(tok):
                break
            i -= 1
        if i == end:
            return None
        phrase = self.doc[i:end]
        return phrase if phrase.root.lower_ in self.roles.title_words else None

    def _role_and_org(self, phrase: Span, before: int) -> tuple[str | None, str | None]:
        """The title a phrase gives ("deputy chair of the budget committee", "defence
        economist") and the organisation it is held at."""
        text = phrase.text
        match = self.roles.first_title(text)
        if match is None:
            return self._abbreviated_title(text), None
        start, end = match.start(1), match.end(1)
        own_end = None  # where a title that names its body inside it had ended
        while True:
            if text[end : end + 1] == " ":  # titles side by side are one: "deputy chair"
                more = self.roles.title_re.match(text, end + 1)
                if more is not None:
                    end = more.end(1)
                    continue
            # two offices held together in a company: "the co-founder and chief executive
            # of X", "chairman and chief executive" (not a description beside a title:
            # "political analyst and Americanist")
            more = (
                self.roles.title_re.match(text, end + 5) if text[end : end + 5] == " and " else None
            )
            heads = self.roles.company_titles | self.roles.board_titles
            if (
                more is not None
                and text[start:end].lower() in heads
                and more.group(1).lower() in heads
                and self.roles.company_titles & {text[start:end].lower(), more.group(1).lower()}
            ):
                end = more.end(1)
                continue
            # "chief logistics officer", "deputy procurement director": a title whose field
            # stands between its first word and its head
            field = _TITLE_FIELD.match(text, end)
            more = self.roles.title_re.match(text, field.end()) if field else None
            if (
                more is not None
                and more.group(1).split()[-1].lower() in self.roles.title_heads
                and more.group(1).split()[-1].lower() != text[start:end].split()[-1].lower()
            ):
                end = more.end(1)
                continue
            # a longer title starting inside this one: "deputy chief of the General Staff"
            inner = [
                m.end(1)
                for k in range(start + 1, end)
                if text[k - 1] == " " and (m := self.roles.title_re.match(text, k))
            ]
            if not inner or max(inner) <= end:
                break
            own_end = own_end if own_end is not None else end
            end = max(inner)
        # words compounded before the title: "defence economist", "regional secretary"
        by_char = {t.idx - phrase.start_char: t for t in phrase}
        tok = by_char.get(start)
        minister = match.group(1).lower().split()[-1] == "minister"
        while tok is not None and tok.i > phrase.start:
            prev = self.doc[tok.i - 1]
            if minister and self._portfolio_word(prev):  # "Armed Forces Minister"
                tok, start = prev, prev.idx - phrase.start_char
                continue
            if not self._role_modifier(prev, tok.idx - phrase.start_char == match.start(1)):
                # "regional union secretary": a body's word, inside a ranked title
                if not (
                    prev.lower_ in self.roles.body_nouns
                    and prev.text.islower()
                    and prev.i > phrase.start
                    and self.doc[prev.i - 1].pos_ == "ADJ"
                    and self._role_modifier(self.doc[prev.i - 1], False)
                ):
                    break
                prev = self.doc[prev.i - 1]
            tok, start = prev, prev.idx - phrase.start_char
        # "a former Navy director": a past office, held for no organisation now
        former = self._former(phrase, tok)
        if former is not None:
            start = former.idx - phrase.start_char
        branch = None if former else self._owned_branch(tok, by_char.get(match.start(1)))
        if branch is not None:  # "Ukraine's air force spokesman": the force, a spokesman
            name, tok = branch
            start = tok.idx - phrase.start_char
        # "Minister for the Armed Forces": a minister's portfolio is part of the title
        if set(text[start:end].lower().split()) & self.roles.country_words:
            portfolio = _PORTFOLIO.match(text, end)
            if portfolio:
                end = portfolio.end()
            elif lower := _LOWER_PORTFOLIO.match(text, end):
                end = lower.end(1)
        # "director of the Naval Studies Programme at the X Institute": a unit of the body
        # named after it is part of the title
        if unit := _UNIT_TAIL.match(text, end):
            if unit.group(2).lower() in self.roles.unit_words:
                end = unit.end(1)
        elif (field := _CAPITAL_FIELD.match(text, end)) and self._field_of_body(field):
            end = field.end(1)  # "First Assistant Secretary for Naval Shipbuilding at ..."
        # "head of munitions": an "of" phrase naming no organisation is part of the title
        tail = _ROLE_TAIL.match(text, end)
        words = tail.group(1) if tail else ""
        joined = words.find(" and ")
        if joined > 0:  # "of the board and chief executive", "of the navy and army": two
            rest = words[joined + 5 :]  # things, not one subject: the words before "and"
            if self.roles.title_re.match(rest) or self.index.descriptor_type(rest.split()[-1]):
                words = words[:joined]
        if words and not re.fullmatch(r"the\s+\w+", words):
            last = words.split()[-1]
            if self.index.descriptor_type(last) is None or len(words.split()) > 2:
                end = tail.start(1) + len(words)
                # "chief of naval operations for warfighting requirements": the field too
                if field := _ROLE_FOR.match(text, end):
                    end = field.end(1)
        elif tail is None and (lower := _ROLE_FOR.match(text, end)):
            end = lower.end(1)  # "analyst for naval forces": a field, not a body
        role = text[start:end]
        if former is not None:
            return role, None
        if branch is not None:
            return role, self._org_after(phrase, end) or branch[0]
        ministry = self._owned_ministry(tok) if former is None else None
        if ministry is not None:  # "Lindmark's foreign ministry spokesman"
            return role, self._org_after(phrase, end) or ministry
        org = (
            self._org_after(phrase, end)
            or (self._org_after(phrase, own_end) if own_end is not None else None)
            or self._org_before(phrase, start, before, role)
        )
        return role, org

    def _portfolio_word(self, prev: Token) -> bool:
        """A capitalised word of a minister's portfolio before the title: "Armed Forces" of
        "French Armed Forces Minister", "Economy"; not a country's word, a name or a body
        the lexicon knows."""
        return (
            prev.is_title
            and prev.pos_ in {"PROPN", "NOUN"}
            and prev.dep_ == "compound"
            and prev.ent_type_ not in {"PERSON", "GPE", "NORP", "LOC"}
            and prev.text not in _NOT_OWNERS
            and self.index.canonical(prev.text) is None
            and self.mention_at(prev) is None
        )

    def _field_of_body(self, field: re.Match) -> bool:
        """Whether a capitalised "for"/"of" phrase between a title and "at" a body is the
        title's field or unit ("for Naval Shipbuilding at the Department of Defence"), not
        an organisation of its own ("of Brenmoor Systems at the fair")."""
        name, body = field.group(2), re.sub(r"^the\s+", "", field.group(3))
        known = self.index.canonical(name)
        if known is not None or self.index.type_word(name.split()[-1]) is not None:
            return False
        known_body = self.index.canonical(body)
        if known_body is not None:
            return known_body.kind != "country"
        return self.index.org_type(body) is not None

    def _role_modifier(self, prev: Token, at_title: bool) -> bool:
        """A word before a title that is part of it: a lower-case noun compounded to it
        ("defence economist", "Finance director" opening a sentence, right before the
        title: not "Opposition defence spokesman") or an adjective that ranks or places
        the office ("regional secretary", "principal analyst")."""
        title = prev.doc[prev.i + 1] if prev.i + 1 < len(prev.doc) else None
        if (  # "First Assistant Secretary": a capitalised rank of a capitalised title
            prev.text[:1].isupper()
            and prev.text[1:].islower()
            and title is not None
            and title.text[:1].isupper()
            and prev.lower_ in self.roles.capital_role_modifiers
        ):
            return True
        opener = prev.is_sent_start and prev.text[1:].islower() and prev.text[:1].isupper()
        lower = prev.text.islower() or opener and (at_title or prev.pos_ == "ADJ")
        if not lower:
            return False
        if prev.pos_ == "ADJ" or prev.tag_ == "JJ":
            return prev.lower_ in self.roles.role_modifiers
        # "Finance director X" opening a line, "Finance" tagged a proper noun: a word of
        # the titles the lexicon knows, not a name ("Halvik chief executive X")
        noun = prev.pos_ == "NOUN" or (
            opener and prev.pos_ == "PROPN" and prev.lower_ in self.roles.title_words
        )
        return (
            noun
            and prev.dep_ == "compound"
            and prev.lower_ not in self.roles.body_nouns
            and self.index.descriptor_type(prev.text) is None
            and self.index.canonical(prev.text) is None
        )

    def _former(self, phrase: Span, tok: Token | None) -> Token | None:
        """The word "former" before a title, with only modifiers, capitalised names and a
        possessor's words between: "a former Navy director" -> the word "former"."""
        if tok is None:
            return None
        i = tok.i - 1
        while i >= phrase.start and i > tok.i - 5:
            word = self.doc[i]
            if word.lower_ in self.roles.no_office_words:
                return word
            if word.pos_ in {"DET", "PUNCT", "ADP", "VERB", "AUX"} or word.tag_ in {"POS", "PRP$"}:
                return None
            i -= 1
        return None

    def _owned_branch(self, first: Token | None, title: Token | None) -> tuple[str, Token] | None:
        """An organisation written in lower case between a country and a title: "Ukraine's
        air force spokesman", "the Polish navy commander" -> ("Ukrainian Air Force", the
        title's first word); only words that name an organisation type on their own."""
        if first is None or title is None or first.i >= title.i or first.i == 0:
            return None
        owner = self.doc[first.i - 1]
        if owner.tag_ == "POS" and first.i >= 2:
            known = self.index.canonical(self.doc[first.i - 2].text)
            country = _country_demonyms().get(known.name) if known else None
        elif owner.ent_type_ == "NORP" and owner.text[:1].isupper():
            country = owner.text
        else:
            return None
        if not country:
            return None
        words = list(self.doc[first.i : title.i])
        for k in range(len(words), 0, -1):
            name = " ".join(w.text.capitalize() for w in words[:k])
            if self.index.type_word(name) == "ministry":  # Navy, Air Force, Command
                return f"{country} {name}", self.doc[first.i + k]
        return None

    def _owned_ministry(self, first: Token | None) -> str | None:
        """A ministry written in lower case before a title, with the country that owns it:
        "Lindmark's foreign ministry spokesman", "the Polish defence ministry spokesman"
        -> "Lindmark Foreign Ministry", "Polish Defence Ministry" (a country the lexicon
        knows as its demonym)."""
        if first is None or first.i < 3:
            return None
        at = first.i - 1
        if self.doc[at].lower_ != "ministry" or not self.doc[at].text.islower():
            return None
        j = at - 1
        while j > 0 and self.doc[j].text.islower() and self.doc[j].pos_ in {"NOUN", "ADJ", "PROPN"}:
            j -= 1
        if j == at - 1:
            return None
        domain = " ".join(t.text.capitalize() for t in self.doc[j + 1 : at])
        owner = self.doc[j]
        if owner.tag_ == "POS":
            owner = self.doc[j - 1]
        elif owner.ent_type_ != "NORP":
            return None
        if not owner.text[:1].isupper() or owner.pos_ not in {"PROPN", "ADJ", "NOUN"}:
            return None
        if self.mention_at(owner) is not None:
            return None
        known = self.index.canonical(owner.text)
        if known is not None and known.kind != "country":
            return None
        country = _country_demonyms().get(known.name, owner.text) if known else owner.text
        if owner.ent_type_ == "NORP":
            country = owner.text
        return f"{country} {domain} Ministry"

    def _org_after(self, phrase: Span, title_end: int) -> str | None:
        """The organisation after a title: "commander of the Canadian Army", "at the German
        maker Brandt-Hollweg" (the name, not its country), "of Finland's X Agency" (Finnish
        X Agency), "at the centre" (the centre the article named)."""
        after = [t for t in phrase if t.idx - phrase.start_char >= title_end]
        k = next((n for n, t in enumerate(after) if t.lower_ in _ORG_PREPS), None)
        if k is None:
            return self._org_in(after)
        obj = after[k + 1 :]
        runs = _capital_runs(obj)
        names = []
        for run in runs:
            name = re.sub(r"^(?:The|the)\s+", "", self.doc[run[0].i : run[-1].i + 1].text)
            if not name or name in {"The", "the"}:
                continue
            known = self.index.canonical(name)
            nxt = run[-1].i + 1
            if known is None and self._place_adjective(run):
                continue  # "the Oslo-based Centre ...", "the Franco-German maker X"
            if known is not None and known.kind == "country":
                service = self._lower_service_after(run[-1], known.name)
                if service is not None:  # "for the Danish navy": Danish Navy
                    names.append(("org", service))
                    continue
                if nxt < len(self.doc) and self.doc[nxt].tag_ == "POS":
                    names.append(("possessor", known.name))
                else:
                    names.append(("country", known.name))
                continue
            names.append(("org", known.name if known else self._full_name(name, run[0].idx)))
        for n, (kind, name) in enumerate(names):
            if kind != "org":
                continue
            if n > 0 and names[n - 1][0] == "possessor":
                demonym = _country_demonyms().get(names[n - 1][1])
                return f"{demonym} {name}" if demonym else name
            return name
        if names:
            return names[0][1]
        # "of the observatory's programme", "at the centre", "of the committee": the
        # organisation the article named so
        for n, tok in enumerate(obj):
            if tok.pos_ == "NOUN" and n + 1 < len(obj) and obj[n + 1].tag_ == "POS":
                return self._org_by_word(tok, phrase.start_char)
        if len(obj) == 2 and obj[0].lower_ == "the" and obj[1].pos_ == "NOUN":
            return self._org_by_word(obj[1], phrase.start_char)
        return None

    def _lower_service_after(self, tok: Token, country: str) -> str | None:
        """A country's armed service written in lower case after its name or word: "the
        Danish navy", "Ukraine's air force" -> "Danish Navy", "Ukrainian Air Force"."""
        i = tok.i + 1
        if i < len(self.doc) and self.doc[i].tag_ == "POS":
            i += 1
        words = []
        while i < len(self.doc) and len(words) < 2 and self.doc[i].text.isalpha():
            if not self.doc[i].text.islower():
                break
            words.append(self.doc[i].text.capitalize())
            i += 1
        for k in range(len(words), 0, -1):
            name = " ".join(words[:k])
            if name in self.roles.services:
                demonym = tok.text if tok.ent_type_ == "NORP" else _country_demonyms().get(country)
                return f"{demonym or country} {name}"
        return None

    def _org_in(self, after: list[Token]) -> str | None:
        """A body a title is held "in", right after it, never a place: "a battalion commander
        in the Ukrainian army" (Ukrainian Army), "a researcher in the Swedish Defence
        Research Agency"; not "an analyst in Stockholm"."""
        if len(after) < 2 or after[0].lower_ != "in":
            return None
        obj = after[1:]
        if obj[0].lower_ == "the":
            obj = obj[1:]
        if not obj or obj[0].ent_type_ not in {"NORP", "ORG", ""} or not obj[0].text[:1].isupper():
            return None
        words = [obj[0]]
        for tok in obj[1:]:
            if not (tok.text[:1].isupper() or tok.lower_ in _JOINERS or tok.pos_ == "NOUN"):
                break
            words.append(tok)
        if len(words) < 2:
            return None
        known = self.index.canonical(words[0].text)
        if known is not None and known.kind == "country" and words[0].ent_type_ == "NORP":
            # "the Ukrainian army": a country's service, written in lower case
            rest = " ".join(w.text.capitalize() for w in words[1:])
            if self.index.type_word(rest) == "ministry":
                return f"{words[0].text} {rest}"
        name = _clean_name(self.doc[words[0].i : words[-1].i + 1].text)
        if any(not w.text[:1].isupper() for w in words if w.lower_ not in _JOINERS):
            return None
        known = self.index.canonical(name)
        if known is not None:
            return None if known.kind == "country" else known.name
        return name if words[-1].ent_type_ == "ORG" and self.index.org_type(name) else None

    def _place_adjective(self, run: list[Token]) -> bool:
        """A capitalised run that modifies the name after it rather than naming the body:
        a place glued to a lower-case word by a hyphen ("Oslo-based", "Paris-headquartered")
        or demonyms joined by hyphens before a lower-case noun ("Franco-German maker")."""
        nxt = run[-1].i + 1
        doc = self.doc
        if (
            nxt + 1 < len(doc)
            and doc[nxt].text == "-"
            and not run[-1].whitespace_
            and not doc[nxt].whitespace_
            and doc[nxt + 1].text[:1].islower()
        ):
            return True
        words = [t for t in run if t.text != "-"]
        hyphened = len(words) > 1 and all(run[k].text == "-" for k in range(1, len(run), 2))
        return (
            hyphened and words[-1].pos_ == "ADJ" and nxt < len(doc) and doc[nxt].text[:1].islower()
        )

    def _org_before(
        self, phrase: Span, title_start: int, before: int, role: str = ""
    ) -> str | None:
        """The organisation before a title: its owner ("Its", "the yard's", "Corvane's",
        "Germany's") or a name ("NATO Secretary General")."""
        for tok in phrase:
            if tok.idx - phrase.start_char >= title_start:
                break
            if tok.lower_ in {"its", "their"} and tok.tag_ == "PRP$":
                return self._last_org_before(self._interviewer_start(tok, before))
            nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
            if nxt is None or nxt.tag_ != "POS":
                continue
            owner = self._glued_owner(tok)
            known = self.index.canonical(owner) or self._known_run_ending(tok)
            if known is not None:
                return known.name
            if owner.islower():
                service = owner.capitalize()
                if service in self.roles.services:  # "the navy's deputy chief of staff"
                    found = self._written_service(service, before) or self._national_service(
                        service
                    )
                    if found:
                        return found
                return self._org_by_word(tok, before)
            if owner in self.roles.services:  # "the Army's deputy chief": the service
                return (
                    self._written_service(owner, before)
                    or self._org_named(owner, before)
                    or self._national_service(owner)
                    or owner
                )
            return self._org_named(owner, before) or self._national_service(owner) or owner
        name = self._typed_run_before(phrase, title_start) or self._entity_name(
            phrase, phrase.start_char, limit=phrase.start_char + title_start
        )
        if name is None:  # "BISS director X": a short form the article uses for a body
            shorts = [
                self.org_short_forms[t.text]
                for t in phrase
                if t.idx - phrase.start_char < title_start and t.text in self.org_short_forms
            ]
            name = shorts[-1] if shorts else None
        if name is None and role.lower() in self.roles.company_titles:
            return self._company_before_title(phrase, title_start)
        return name

    def _typed_run_before(self, phrase: Span, title_start: int) -> str | None:
        """A body named right before a title by capitalised words that end in a word of an
        organisation type, its country's word with it: "Estonian Defence Forces commander",
        "Polish Armed Forces chief of staff" (not the country alone)."""
        run: list[Token] = []
        for tok in phrase:
            if tok.idx - phrase.start_char >= title_start:
                break
            if tok.text[:1].isupper() and tok.pos_ in {"PROPN", "ADJ", "NOUN"} and not tok.is_punct:
                run.append(tok)
            elif run and tok.lower_ in _JOINERS:
                run.append(tok)
            else:
                run = []
        while run and (run[-1].lower_ in _JOINERS or run[0].text in _NOT_OWNERS):
            run = run[:-1] if run[-1].lower_ in _JOINERS else run[1:]
        if len(run) < 2 or self.doc[run[-1].i + 1].idx - phrase.start_char < title_start:
            return None  # not right before the title
        if any(self.mention_at(t) is not None for t in run):
            return None
        name = self.doc[run[0].i : run[-1].i + 1].text
        known = self.index.canonical(name)
        if known is not None:
            return None if known.kind == "country" else known.name
        return name if self.index.type_word(run[-1].text) is not None else None

    def _known_run_ending(self, tok: Token):
        """The known organisation a run of capitalised words ending at `tok` names
        ("Lockheed Martin's": Lockheed Martin, not "Martin"), the longest first."""
        start = tok.i
        while start > 0 and self.doc[start - 1].pos_ == "PROPN" and self.doc[start - 1].is_title:
            start -= 1
        for k in range(start, tok.i):
            known = self.index.canonical(self.doc[k : tok.i + 1].text)
            if known is not None and known.kind != "country":
                return known
        return None

    def _interviewer_start(self, owner: Token, before: int) -> int:
        """Where to look back from for what "its" owns in a phrase put to a verb of
        interviewing: from before that verb's subject, which asks the questions and is
        not the owner ("Defence Industry Weekly spoke to its chief executive, X": the
        company named before, not the weekly); else from `before`."""
        verb = owner.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        if verb.lemma_.lower() not in self.roles.interview_verbs:
            return before
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ != "PROPN" or self.mention_at(subj) is not None:
            return before
        return min(subj.left_edge.idx, before)

    def _company_before_title(self, phrase: Span, title_start: int) -> str | None:
        """A company's name written right before a company title, which the tagger took
        for no organisation: "Halvik Marine chief executive Ole Brandt" -> Halvik Marine;
        only capitalised words the article names again on their own, not a country or a
        person, and not a word capitalised only to open a line."""
        words = [t for t in phrase if t.idx - phrase.start_char < title_start]
        run: list[Token] = []
        for tok in reversed(words):
            if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
                break
            run.insert(0, tok)
        if not run:
            return None
        name = self.doc[run[0].i : run[-1].i + 1].text
        known = self.index.canonical(name)
        if known is not None:
            return known.name if known.kind != "country" else None
        if _clean_name(name) in self.persons or name in self.roles.services:
            return None
        text = doc_text(self.doc)
        if len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)) < 2:
            return None
        return name

    def _national_service(self, owner: str) -> str | None:
        """A country's armed service named bare ("the Army's top officer") qualified by
        the country the article is about, as the article abbreviates it ("U.S. Army")
        or by its demonym ("Polish Navy")."""
        if owner not in self.roles.services:
            return None
        country = self._main_country()
        if country is None:
            return None
        text = doc_text(self.doc)
        for start, end, ent in self._known_entities():
            written = text[start:end]
            if "." in written and text[end : end + 1] == ".":
                written += "."  # "U.S" matched before its last dot
            if ent.name == country and ("." in written or written.isupper()):
                return f"{written} {owner}"
        demonym = _country_demonyms().get(country)
        return f"{demonym} {owner}" if demonym else None

    def _glued_owner(self, tok: Token) -> str:
        """An owner's name with the capitalised words joined to it by hyphens, which the
        tokenizer splits off ("Bumar-Kolno's": Bumar-Kolno, not Kolno)."""
        start = tok.i
        while (
            start >= 2
            and self.doc[start - 1].text == "-"
            and not self.doc[start - 1].whitespace_
            and not self.doc[start - 2].whitespace_
            and self.doc[start - 2].text[:1].isupper()
        ):
            start -= 2
        return self.doc[start : tok.i + 1].text

    def _org_by_word(self, noun: Token, before: int) -> str | None:
        """What "the institute", "the yard" name: an organisation named earlier with that
        word, else the last of the descriptor's type, else the last organisation."""
        named = self._org_named(noun.text.capitalize(), before)
        if named:
            return named
        typ = self.index.descriptor_type(noun.text) or self.roles.owner_types.get(
            noun.lemma_.lower()
        )
        if typ:
            found = self._latest_of_type(before, typ)
            if found:
                return found
        if noun.lemma_.lower() in self.roles.body_nouns or typ:
            return self._last_org_before(before)
        return None

    def _org_named(self, word: str, before: int) -> str | None:
        """The last capitalised name before `before` that holds `word` ("Corvane" ->
        "Corvane Dynamics", "Observatory" -> "International Arms Transfer Observatory"),
        found in the text, not by the tagger."""
        text = doc_text(self.doc)[:before]
        best = None
        for m in _CAPITAL_NAME.finditer(text):
            words = m.group(0).rstrip(".").split()
            if len(words) > 1 and words[0] != "The" and self._sentence_opener(m.start()):
                words = words[1:]  # "Today Skyrill employs ...": "Today" opens the sentence
            while words and (words[0] == "The" or re.fullmatch(r"\w+-[a-z]+", words[0])):
                words = words[1:]  # "The", "Geneva-based"
            if word in words and len(words) >= 2 and self.index.canonical(" ".join(words)) is None:
                best = " ".join(words)
        if best is not None and _clean_name(best) in self.persons:
            return None
        return best

    def _sentence_opener(self, offset: int) -> bool:
        """Whether the word at a character offset opens its sentence capitalised only for
        that: an adverb, a determiner or a common word, not a name ("Today", "Last")."""
        at = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        if at is None:
            return False
        tok = at[0]
        return tok.is_sent_start and (
            tok.pos_ in {"ADV", "DET", "ADP", "SCONJ", "CCONJ", "PRON"}
            or tok.ent_type_ in {"DATE", "TIME"}
            or tok.dep_ in {"npadvmod", "advmod"}  # "Today Skyrill employs ..."
        )

    def _full_name(self, name: str, before: int) -> str:
        """The longer name an article gave first to the body it now names short:
        "the Aldergrove Institute" after "the Aldergrove Institute for Security Studies"."""
        text = doc_text(self.doc)[:before]
        for m in _CAPITAL_NAME.finditer(text):
            full = m.group(0).rstrip(".")
            if full.startswith(name + " ") and re.match(r" (?:for|of|and|&) ", full[len(name) :]):
                return full
        return name

    def _last_org_before(self, before: int) -> str | None:
        """The last organisation (not a country, not a person) named before an offset."""
        best: tuple[int, str] | None = None
        for start, end, ent in self._known_entities():
            if end > before:
                break
            if ent.kind != "country" and (best is None or start >= best[0]):
                best = (start, ent.name)
        text = doc_text(self.doc)
        for span in self.ents:
            if span.end_char > before or span.label_ not in {"ORG", "PERSON"}:
                continue
            if span.label_ == "PERSON" and self.index.org_type(span.text) is None:
                continue  # a person's name; "Clydemouth Marine" tagged PERSON is a company
            if span.text.isupper() and (span.start_char == 0 or text[span.start_char - 1] == "\n"):
                continue  # "TALLINN, March 4": a dateline opening a line
            name = _clean_name(re.sub(r"^(?:the|The)\s+", "", span.text))
            if bare_type_word(span, name, self.index):
                continue  # "Defence" of "Norwegian Defence Minister"
            known = self.index.canonical(name)
            if known is not None and known.kind == "country":
                continue
            if best is None or span.start_char > best[0]:
                best = (span.start_char, known.name if known else name)
        for start, name, _typ in self._described_names():
            if start < before and (best is None or start > best[0]):
                best = (start, name)
        return best[1] if best else None

    def _latest_of_type(self, before: int, typ: str) -> str | None:
        """The last organisation of a type named before `before`: by the lexicon and the
        tagger (`latest_of_type`), or by a descriptor in apposition ("Falkwerk, the
        Munich-based maker of ...": a company), whichever the article named later."""
        found = latest_of_type(self.doc, before, typ)
        at = doc_text(self.doc).rfind(found, 0, before) if found else -1
        for start, name, kind in [*self._described_names(), *self._untagged_companies()]:
            if kind == typ and at < start < before:
                found, at = name, start
        return found

    def _untagged_companies(self) -> list[tuple[int, str, str]]:
        """Company names the tagger left out altogether: a run of two or more proper
        nouns, none inside an entity, whose last word names a company ("Tarbrook
        Shipbuilding Group reported ..." after a dateline), as (offset, name, "company")."""
        if self._untagged is not None:
            return self._untagged
        tagged = {t.i for ent in self.ents for t in ent}
        found: list[tuple[int, str, str]] = []
        run: list[Token] = []
        for tok in [*self.doc, None]:
            if tok is not None and tok.pos_ == "PROPN" and tok.i not in tagged:
                if run and tok.i == run[-1].i + 1 and tok.sent.start == run[0].sent.start:
                    run.append(tok)
                    continue
            if len(run) >= 2 and _looks_like_name(run):
                name = self.doc[run[0].i : run[-1].i + 1].text
                if (
                    self.index.canonical(name) is None
                    and self.index.ending_type(run[-1].text) == "company"
                ):
                    found.append((run[0].idx, name, "company"))
            run = [tok] if tok is not None and tok.pos_ == "PROPN" and tok.i not in tagged else []
        self._untagged = found
        return found

    def _described_names(self) -> list[tuple[int, str, str]]:
        """Names the tagger missed or took for a person, given as organisations by a
        descriptor in apposition: "Falkwerk, the Munich-based maker of ...", "Korvel
        Munitions, the Latvian company that ..." (offset of the name, the name)."""
        if self._described is not None:
            return self._described
        found: list[tuple[int, str]] = []
        for tok in self.doc:
            named = self._descriptor_before_name(tok)
            if named is not None:  # "the state news agency ZNA": an outlet
                found.append(named)
            if tok.pos_ != "PROPN" or self.mention_at(tok) is not None:
                continue
            appos = [c for c in tok.children if c.dep_ == "appos"]
            if not appos or not self.index.descriptor_type(appos[0].lemma_):
                continue
            start = tok.i
            while (
                start > 0
                and self.doc[start - 1].dep_ in {"compound", "amod", "nmod"}
                and start <= self.doc[start - 1].head.i <= tok.i
                and self.doc[start - 1].text[:1].isupper()
            ):
                start -= 1
            typ = self.index.descriptor_type(appos[0].lemma_)
            found.append((self.doc[start].idx, self.doc[start : tok.i + 1].text, typ))
        self._described = found
        return found

    def _owners_body(self, head: Token, typ: str) -> str | None:
        """ "Her institute", "his company": the organisation of the person the pronoun
        stands for, when it is of the descriptor's type."""
        owner = next((c for c in head.lefts if c.dep_ == "poss" and c.lower_ in _PRONOUNS), None)
        person = self._pronouns.get(owner.i) if owner is not None else None
        org = person.organization if person is not None else None
        if org is None or self.index.org_type(org) != typ:
            return None
        return self.short_forms.get(org, org)

    def _descriptor_before_name(self, tok: Token) -> tuple[int, str, str] | None:
        """ "the Zarovian state news agency ZNA", "the state arms conglomerate Zarovtech":
        a descriptor noun with the organisation's name right after it (offset, name, type)."""
        if tok.pos_ != "NOUN" or tok.i + 1 >= len(self.doc):
            return None
        name = self.doc[tok.i + 1]
        typ = self.index.descriptor_type(tok.lemma_)
        if (
            typ is None
            or name.dep_ != "appos"
            or name.head.i != tok.i
            or name.pos_ != "PROPN"
            or name.ent_type_ != "ORG"
            or self.mention_at(name) is not None
        ):
            return None
        ent = next(e for e in self.ents if e.start <= name.i < e.end)
        if ent.start != name.i:
            return None
        return (name.idx, _clean_name(ent.text), typ)

    def _default_org(self, role: str, before: int) -> str | None:
        """The organisation of a title given without one: a company title's company; a
        government title's ministry when the sentence or the one before names one of
        its domain ("Defence Minister X" after "the Estonian Ministry of Defence"), else
        the article's country."""
        low = role.lower()
        if low in _SPOKES:  # "Spokesperson X" at a ministry's briefing: that ministry
            named = [m for m in _MINISTRY_NAME.finditer(doc_text(self.doc)[:before])]
            return named[-1].group(0) if named else None
        if low in self.roles.company_titles:
            return (
                self._latest_of_type(before, "company")
                or self._site_owner(before)
                or self._last_org_before(before)
            )
        if set(low.split()) & self.roles.country_words or low in self.roles.country_words:
            own = _OWN_MINISTRY.search(role)  # "Deputy Minister of National Defence"
            return (
                self._nearby_ministry(role, before)
                or self._article_ministry(role, before)
                or (f"Ministry of {own.group(1)}" if own else None)
                or self._main_country()
            )
        return None

    def _site_owner(self, before: int) -> str | None:
        """The company a sentence gives a site of its own: "Brennan Aerostructures will
        hire 350 workers at its Millbrook plant" -> Brennan Aerostructures (the named
        subject of the clause "its plant" sits in), the last before `before`."""
        found = None
        for tok in self.doc:
            if tok.idx >= before:
                break
            if tok.lemma_.lower() not in self.roles.owner_types:
                continue
            if not any(c.lower_ == "its" for c in tok.children):
                continue
            verb = tok.head
            while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                verb = verb.head
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.pos_ != "PROPN" or self.mention_at(subj) is not None:
                continue
            first = subj.i  # the capitalised words run before the head: "Brennan Aerostructures"
            while first > 0 and self.doc[first - 1].pos_ == "PROPN":
                if not self.doc[first - 1].text[:1].isupper():
                    break
                first -= 1
            name = self.doc[first : subj.i + 1].text
            known = self.index.canonical(name)
            if known is None or known.kind != "country":
                found = known.name if known else name
        return found

    def _article_ministry(self, role: str, before: int) -> str | None:
        """The ministry an article names anywhere, for a government title that names no
        portfolio of its own ("State Secretary X" in an article about the "Ministry of
        Defence") or one the lexicon reads as a ministry's ("Minister for the Armed
        Forces"): the last named before the title, else the first after it; with its
        country. A title with its portfolio in it ("Finance Minister") takes a ministry
        only from the sentences around it (`_nearby_ministry`); a head of government
        none."""
        words = set(role.lower().replace("-", " ").split())
        if "prime" in words or words & {"president", "chancellor", "premier"}:
            return None
        own = {w for w in words if w not in _GOVERNMENT and w not in _FUNCTION_WORDS}
        domain = self._domain(role)
        if own and domain == own:
            return None
        text = doc_text(self.doc)
        before_, after_ = None, None
        for m in _MINISTRY_NAME.finditer(text):
            words = {w.lower() for w in m.group(0).split()}
            if domain and not domain <= words:
                continue
            if m.start() < before:
                before_ = m
            elif after_ is None:
                after_ = m
        found = before_ or after_
        if found is None:
            return None
        at = self.doc.char_span(found.start(), found.start() + 8)
        if at is None:
            return found.group(0)
        head = at[0]
        return self._with_country(found.group(0), self.doc[max(head.i - 1, 0) : head.i + 1], head)

    def _domain(self, role: str) -> set[str]:
        """The words of a government title that name its portfolio: "defence" of "Deputy
        Defence Minister", "armed forces" of "Minister for the Armed Forces" read through
        the lexicon's portfolios ("defence")."""
        low = role.lower().replace("-", " ")
        for portfolio, ministry in self.roles.portfolios.items():
            low = re.sub(rf"\b{re.escape(portfolio)}\b", ministry, low)
        return {w for w in low.split() if w not in _GOVERNMENT and w not in _FUNCTION_WORDS}

    def _nearby_ministry(self, role: str, before: int) -> str | None:
        at = self.doc.char_span(before, before + 1, alignment_mode="expand")
        if at is None:
            return None
        first = at[0].sent.start
        for _ in range(3):  # this sentence and up to three before it
            if first > 0:
                first = self.doc[first - 1].sent.start
        start = self.doc[first].idx
        domain = self._domain(role)
        found = None
        for m in _MINISTRY_NAME.finditer(doc_text(self.doc)[start:before]):
            words = {w.lower() for w in m.group(0).split()}
            if domain <= words:
                found = m
        if found is None:
            return None
        name = found.group(0)
        at = self.doc.char_span(start + found.start(), start + found.start() + 8)
        if at is None:
            return name
        head = at[0]
        return self._with_country(name, self.doc[max(head.i - 1, 0) : head.i + 1], head)

    def _known_entities(self) -> list:
        """Every known entity the article names, in text order (found once)."""
        if self._known is None:
            self._known = self.index.find_all(doc_text(self.doc))
        return self._known

    def _main_country(self) -> str | None:
        """The country an article mentions most (first mentioned on a tie)."""
        if self._country is None:
            counts: dict[str, int] = {}
            for _start, _end, ent in self._known_entities():
                if ent.kind == "country" and ent.name not in self.roles.regions:
                    counts[ent.name] = counts.get(ent.name, 0) + 1
            self._country = max(counts, key=counts.__getitem__) if counts else ""
        return self._country or None

    def _entity_name(self, phrase: Span, start: int, limit: int | None = None) -> str | None:
        """The first known entity or ORG/GPE entity in `phrase` at or after char `start`."""
        limit = phrase.end_char if limit is None else limit
        for ent in self.ents:
            if (
                ent.start_char >= start
                and ent.end_char <= limit
                and ent.label_ in {"ORG", "GPE", "NORP"}
                and _clean_name(ent.text) not in self._surnames
            ):
                known = self.index.first_in(ent.text)
                if known:
                    return known.name
                if ent.label_ == "ORG":
                    return _clean_name(re.sub(r"^(?:the|The)\s+", "", ent.text))
        known = self.index.first_in(doc_text(self.doc)[start:limit])
        return known.name if known else None

    # -------------------------------------------------------------- resolution
    def mention_at(self, tok: Token) -> Mention | None:
        i = bisect_right(self._starts, tok.idx) - 1
        while i >= 0 and self.mentions[i].start <= tok.idx:
            m = self.mentions[i]
            if m.token_start <= tok.i < m.token_end:
                return m
            i -= 1
        return None

    def last_person(self, before: int, gender: str | None = None) -> Person | None:
        i = bisect_right(self._starts, before) - 1
        while i >= 0:
            person = self.mentions[i].person
            if (
                self.mentions[i].end <= before
                and (gender is None or person.gender in (None, gender))
                and not self._in_quote(self.mentions[i].start)
            ):
                return person
            i -= 1
        return None

    def person_before(self, start: int, end: int) -> Speaker | None:
        """The last person named between two offsets (a cue whose subject did not parse)."""
        for m in reversed(self.mentions):
            if start <= m.start and m.end <= end and not self._in_quote(m.start):
                return self._person_speaker(m.person, doc_text(self.doc)[m.start : m.end])
        return None

    def resolve(self, head: Token, describe: bool = False, speech: bool = True) -> list[Speaker]:
        """Speakers named by the phrase headed by `head` (several for "X and Y").

        With `describe`, a source that names no known person or organisation is kept
        as a typed description ("his lawyer", "officials", "the poll"); after a verb
        that is not one of saying (`speech` false: show, find, believe), only when
        it describes people or a document.
        """
        antecedent = self._antecedent(head)
        # a relative clause's noun speaks only as a person, a group, a body or a document
        # ("residents who said", "a letter that says"; not "an illness, which confirmed")
        speech = speech and antecedent is head
        head = antecedent
        heads = [head] + [c for c in head.conjuncts if c.i > head.i]
        pair = self._recent_pair(head) if head.lower_ in _PLURAL_PRONOUNS else None
        if pair:
            return pair
        speakers = [s for s in (self._resolve_one(h) for h in heads) if s is not None]
        if not speakers and describe:
            # "political analyst and Americanist X": a title beside a name is no source
            speakers = [
                self._described_before(h, s)
                for h, s in ((h, self.description(h, speech)) for h in heads)
                if s is not None
            ]
            if (
                len(speakers) == 1
                and head.tag_ in {"NN", "NNP"}
                and speakers[0].kind in {"document", "organization", "outlet"}
                and head.i > self._last_org_at
            ):
                # "the report says ... It also notes": a document or a body that spoke is
                # what a later "it" refers to, as a named organisation that spoke is
                self._last_org, self._last_org_at = speakers[0], head.i
        speakers = [self._in_full(s) for s in speakers]
        if len(speakers) > 1 and len({s.name for s in speakers}) == len(speakers):
            return speakers
        return speakers[:1]

    def _described_before(self, head: Token, speaker: Speaker) -> Speaker:
        """ "the official" after "a senior NATO official said": the unnamed source the
        article introduced with that noun and more words (the last such), not a new one;
        an introduction is remembered by its noun."""
        if speaker.kind != "person" or head.tag_ != "NN":
            return speaker
        dets = [c.lower_ for c in head.lefts if c.dep_ == "det"]
        if dets in (["a"], ["an"]) and len(speaker.name.split()) > 1:
            self._introduced_as[head.lemma_.lower()] = (head.i, speaker)
        elif dets == ["the"] and len(list(head.lefts)) == 1 and not list(head.rights):
            at, earlier = self._introduced_as.get(head.lemma_.lower(), (head.i, None))
            if earlier is not None and at < head.i:
                return earlier.model_copy(update={"mention": speaker.mention})
        return speaker

    def _in_full(self, speaker: Speaker) -> Speaker:
        """An organisation under the full name the article gave its short form."""
        full = None
        if speaker.kind != "person":
            full = self.short_forms.get(speaker.name) or self._company_names.get(speaker.name)
        return speaker.model_copy(update={"name": full}) if full else speaker

    def _antecedent(self, head: Token) -> Token:
        """What a relative pronoun subject stands for ("residents who said": residents);
        an antecedent in apposition to a name is that name ("Erik Lund, now the council
        leader, who said": Lund)."""
        if head.lower_ in _DISTRIBUTIVE and head.dep_ == "nsubj":
            # "X and Y clashed, each saying ...": the subject of the clause it hangs on
            verb = head.head
            for _ in range(3):
                if verb.dep_ not in {"advcl", "conj"} or verb.head.i == verb.i:
                    break
                verb = verb.head
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if subject is not None:
                    return subject
            return head
        if not (head.lower_ in _RELATIVE and head.dep_ == "nsubj" and head.head.dep_ == "relcl"):
            return head
        noun = head.head.head
        if noun.dep_ == "appos" and noun.head.i != noun.i and noun.head.pos_ == "PROPN":
            return noun.head
        people = self._people_before_of(noun) if head.lower_ in {"who", "whom"} else None
        return people if people is not None else noun

    def _people_before_of(self, noun: Token) -> Token | None:
        """The people a "who" clause speaks for when the parser hung it on the body or
        place after them: "the engineers at Rolvik Yard, who said" (the engineers, not
        the yard); None when the noun is itself a person named in the article."""
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or self.mention_at(noun) is not None:
            return None
        owner = noun.head.head
        if owner.pos_ != "NOUN" and noun.head.i > 0:
            owner = self.doc[noun.head.i - 1]  # "thanked [the engineers] at X": hung on the verb
        lower, lemma = owner.lower_, owner.lemma_.lower()
        roles = self.roles
        if owner.pos_ != "NOUN" or not (
            lemma in roles.person_nouns
            or lower in roles.group_nouns
            or lemma + "s" in roles.group_nouns
            or lower in roles.title_heads
            or lemma in roles.title_heads
        ):
            return None
        return owner

    def _partitive_of(self, head: Token) -> Token | None:
        """The group a part of it is taken from: 'lawyers' in "one of the lawyers"."""
        if head.lower_ not in _PARTITIVE or head.pos_ == "PROPN":
            return None
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                return next(
                    (o for o in child.children if o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"}),
                    None,
                )
        return None

    def _resolve_one(self, head: Token) -> Speaker | None:
        doc = self.doc
        lower = head.lower_
        whole = self._partitive_of(head)
        if whole is not None:
            # "one of the lawyers, Ann Bell, said": the name in apposition; else the group
            for child in head.children:
                if child.dep_ == "appos" and self.mention_at(child) is not None:
                    m = self.mention_at(child)
                    return self._person_speaker(m.person, doc[m.token_start : m.token_end].text)
            found = self._resolve_one(whole)
            if found is not None and found.kind != "person":
                return found.model_copy(update={"mention": doc[head.i : whole.i + 1].text})
            return None
        if lower in _RELATIVE and head.dep_ == "nsubj" and head.head.dep_ == "relcl":
            return self._resolve_one(self._antecedent(head))
        if lower in _PRONOUNS:
            person = self._pronouns.get(head.i)
            if person is None:
                person = self.last_person(head.idx, _PRONOUNS[lower])
            if person is None:
                return None
            return self._person_speaker(person, head.text)
        if lower in _PLURAL_PRONOUNS:
            group = self._recent_group(head) or self._recent_speaking_body(head) or self._last_group
            return group.model_copy(update={"mention": head.text}) if group else None
        if lower in _ORG_PRONOUNS:
            body = self._recent_body(head)
            if body is not None:
                return body.model_copy(update={"mention": head.text})
            return (
                self._last_org.model_copy(update={"mention": head.text}) if self._last_org else None
            )
        phrase = doc[head.left_edge.i : head.right_edge.i + 1]
        mention = self.mention_at(head)
        if mention is not None:
            return self._person_speaker(
                mention.person, doc[mention.token_start : mention.token_end].text
            )
        if lower in self.roles.not_speakers or head.pos_ not in {"NOUN", "PROPN"}:
            return None
        group = self._group(head)
        if group is not None:
            self._last_group = group
            return group
        for child in head.children:
            if child.dep_ == "appos" and self.mention_at(child) is not None:
                m = self.mention_at(child)
                return self._person_speaker(m.person, doc[m.token_start : m.token_end].text)
        named = self._title_appositive(head)
        if named is not None:
            return named
        if head.lemma_.lower() in _STAFF_NOUNS:  # "the CEDE team found": the institute
            for c in head.lefts:
                if (
                    c.dep_ == "compound"
                    and c.pos_ == "PROPN"
                    and c.ent_type_ == "ORG"
                    and self.mention_at(c) is None
                ):
                    org = self._organisation(c, doc[c.left_edge.i : c.i + 1])
                    if org is not None and org.kind == "organization":
                        return org
        described = self._descriptor_before_name(head)
        if described is not None:  # "the state news agency ZNA reported": ZNA
            kind = "outlet" if described[2] == "outlet" else "organization"
            mention = doc[head.left_edge.i : head.i + 2].text
            return Speaker(name=described[1], mention=mention, kind=kind)
        if not self._names_inside(head):
            phrase = doc[head.i : head.i + 1]
        about = self._what_a_document_is_about(head)
        # "the ministry, where X serves as deputy minister, said": a relative clause
        # describes the source, the people in it do not speak ("a speech X gave": X does)
        lemma = head.lemma_.lower()
        if lemma not in self.roles.speech_nouns and lemma not in self.roles.document_nouns:
            about |= {t.i for c in head.rights if c.dep_ == "relcl" for t in c.subtree}
        if head.pos_ == "PROPN" and head.ent_type_ == "ORG":  # "the X-based Y Centre"
            named = next(e for e in self.ents if e.start <= head.i < e.end)
            about |= {t.i for t in phrase if t.i < named.start}
        persons = [self.mention_at(t) for t in phrase if t.i not in about]
        persons = [m for m in persons if m is not None]
        if persons:
            m = persons[0]
            return self._person_speaker(m.person, doc[m.token_start : m.token_end].text)
        if about and min(about) > head.i:
            # "a report on the authority's fees": what it is about does not write it
            phrase = doc[phrase.start : min(about)]
        org = self._spokesperson_org(head) or self._organisation(head, phrase)
        if org is not None:
            self._last_org = org
            self._last_org_at = max(self._last_org_at, head.i)
        return org

    def _title_appositive(self, head: Token) -> Speaker | None:
        """ "The deputy head of the X Agency, Jonas Kivi, said": the name that closes a
        title's phrase, set off by commas, when the parser hung it on the organisation."""
        if head.lower_ not in self.roles.title_heads or head.pos_ != "NOUN":
            return None
        end = head.right_edge.i
        for tok in self.doc[head.i + 1 : end + 1]:
            m = self.mention_at(tok) if tok.dep_ == "appos" else None
            if m is None:
                continue
            start = m.token_start  # "..., Vice Admiral Jonas Kivi, said": the rank too
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

    def _recent_body(self, pronoun: Token) -> Speaker | None:
        """What "it" speaks for when an organisation or a country was the subject of a
        clause after the last body that spoke: "Harwick Marine won the contract on
        Monday. It said ..." (the subject nearest before the pronoun, in its sentence
        or the two before it, outside quotations; a person, a date or a thing is none)."""
        sent = pronoun.sent
        start = sent.start
        for _ in range(2):
            if start > 0:
                start = self.doc[start - 1].sent.start
        # "Poland, it said, would ...": the subject of what the pronoun reports is not it
        cue = pronoun.head
        reported = {c.i for c in cue.children if c.dep_ in {"ccomp", "parataxis"}}
        if cue.dep_ == "parataxis":
            reported.add(cue.head.i)
        for tok in reversed(self.doc[max(start, self._last_org_at + 1) : pronoun.i]):
            if tok.dep_ not in {"nsubj", "nsubjpass"} or self._in_quote(tok.idx):
                continue
            if tok.head.i in reported:
                continue
            if not self._names_a_body(tok) or self.mention_at(tok) is not None:
                if tok.pos_ in {"PROPN", "NOUN"}:
                    return None  # a person or a thing is the nearer subject
                continue
            if tok.ent_type_ == "NORP" and tok.tag_ == "NNPS":
                return None  # "Republicans": they, not it
            ent = next((e for e in self.ents if e.start <= tok.i < e.end), None)
            end = max(tok.i + 1, ent.end if ent is not None else 0)  # "the Centre for X"
            if ent is not None:  # "[the State Committee] for the X Industry of Y"
                end = max(end, self._name_goes_on(ent, self.doc[ent.start : tok.right_edge.i + 1]))
            phrase = self.doc[tok.left_edge.i : end]
            org = self._organisation(tok, phrase)
            return org if org is not None and org.kind != "person" else None
        return None

    def _joined_start(self, ent: Span) -> int | None:
        """Where an organisation's name begins when the tagger cut off its first half
        before "and": "Hudson and [Fraser Institute]", "[Poland] and [Lithuania
        Institute]" (capitalised words right before "and", no article between, and a
        name typed as an organisation by its words); None when nothing was cut."""
        if ent.start < 2 or self.doc[ent.start - 1].lower_ != "and" or ent[0].lower_ == "the":
            return None
        if self.index.org_type(ent.text) is None or self.index.canonical(ent.text) is not None:
            return None
        start = ent.start - 1
        while start > 0 and self._capitalised_word(self.doc[start - 1]):
            start -= 1
        if start == ent.start - 1 or self.mention_at(self.doc[start]) is not None:
            return None
        if (
            start > 0
            and self.doc[start - 1].text[:1].isupper()
            and not self.doc[start - 1].is_sent_start
        ):
            return None
        return start

    def _capitalised_word(self, tok: Token) -> bool:
        return (
            tok.is_alpha
            and tok.text[:1].isupper()
            and not tok.is_sent_start
            or (tok.is_sent_start and tok.pos_ == "PROPN")
        )

    def _first_of_joined(self, ent: Span) -> bool:
        """Whether an entity is the first half of a name cut before "and" ("Poland" of
        "Poland and Lithuania Institute"); the halves found once per article."""
        if self._joined_firsts is None:
            starts = {e.start: e for e in self.ents}
            self._joined_firsts = set()
            for first in self.ents:
                other = starts.get(first.end + 1)
                if other is None or self.doc[first.end].lower_ != "and":
                    continue
                joined = self._joined_start(other)
                if joined is not None and joined <= first.start:
                    self._joined_firsts.add(first.start)
        return ent.start in self._joined_firsts

    def _place_modifier(self, ent: Span) -> bool:
        """Whether a name only says where something is: "Kyiv" of "the Kyiv-based ..."."""
        end = ent.end
        return (
            end + 1 < len(self.doc)
            and self.doc[end].text == "-"
            and self.doc[end + 1].lower_ == "based"
        )

    def _names_a_body(self, tok: Token) -> bool:
        """Whether a token is part of an organisation's or a country's name (a company
        name tagged PERSON counts when its words type it: "Harwick Marine")."""
        if tok.ent_type_ in {"ORG", "GPE", "NORP"}:
            return True
        if tok.ent_type_ != "PERSON":
            return False
        ent = next((e for e in self.ents if e.start <= tok.i < e.end), None)
        return ent is not None and self.index.org_type(ent.text) is not None

    def _recent_speaking_body(self, pronoun: Token) -> Speaker | None:
        """ "The institute said ... They added": an organisation that spoke in the
        sentence before a plural pronoun (or earlier in its own), when no group noun
        is nearer."""
        if self._last_org is None or self._last_org.kind == "document" or self._last_org_at < 0:
            return None
        sent = pronoun.sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        return self._last_org if start <= self._last_org_at < pronoun.i else None

    def _recent_pair(self, pronoun: Token) -> list[Speaker] | None:
        """The people a plural pronoun refers to when they were named together as the
        subject of a clause in its sentence or the one before, nearer than any group
        noun: "Senator Malloy and Senator Ferrante wrote to the agency. ... they say"
        (each of them, outside quotations)."""
        sent = pronoun.sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for tok in reversed(self.doc[start : pronoun.i]):
            if self._in_quote(tok.idx):
                continue
            if tok.tag_ in {"NNS", "NNPS"} and tok.lower_ in self.roles.group_nouns:
                return None  # a group noun is nearer
            if tok.dep_ not in {"nsubj", "nsubjpass"} or not tok.conjuncts:
                continue
            people = []
            for part in [tok, *tok.conjuncts]:
                m = self.mention_at(part)
                if m is None:
                    return None  # "Kessler and the unions": not people named together
                people.append(m)
            if len({id(m.person) for m in people}) < 2:
                return None
            return [
                self._person_speaker(m.person, pronoun.text)
                for m in sorted(people, key=lambda m: m.start)
            ]
        return None

    def _recent_group(self, pronoun: Token) -> Speaker | None:
        """The group a plural pronoun refers to: the last plural group noun in the two
        sentences before it (or earlier in its own)."""
        sent = pronoun.sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        candidates = [
            t
            for t in self.doc[start : pronoun.i]
            if t.tag_ in {"NNS", "NNPS"} and t.lower_ in self.roles.group_nouns
        ]
        subjects = [t for t in candidates if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"]
        for tok in reversed(subjects or candidates):
            return self._group(tok)
        return None

    def _what_a_document_is_about(self, head: Token) -> set[int]:
        """Tokens of a document's phrase that say what or where it is, not who wrote it:
        "a document on the campaign's website", "a report about Putin's army"."""
        lemma = head.lemma_.lower()
        if lemma not in self.roles.document_nouns and head.lower_ not in self.roles.document_nouns:
            return set()
        about = {
            t.i
            for c in head.children
            if c.dep_ == "prep" and c.lower_ not in {"by", "from", "of"} or c.dep_ == "relcl"
            for t in c.subtree
        }
        if lemma in self.roles.speech_nouns or head.lower_ in self.roles.speech_nouns:
            return about
        # "the release of Anna Berg", "an analysis of Smith's votes": a person after "of"
        # is what the document is about (its author comes with "by" or "from")
        if self._about_a_person(head):
            about.update(
                t.i
                for c in head.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for t in c.subtree
            )
        return about

    def _about_a_person(self, head: Token) -> bool:
        """Whether a noun's "of" phrase names a person ("the release of Anna Berg")."""
        return any(
            self.mention_at(t) is not None
            for c in head.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for t in c.subtree
        )

    def _names_inside(self, head: Token) -> bool:
        """Whether a source named inside this phrase speaks through it ('an interview by X')."""
        lemma = head.lemma_.lower()
        return (
            head.pos_ == "PROPN"
            or head.ent_type_ != ""
            or lemma in self.roles.speech_nouns
            or lemma in self.roles.document_nouns
            or head.lower_ in self.roles.document_nouns
        )

    def _person_speaker(self, person: Person, mention: str) -> Speaker:
        return Speaker(
            name=person.name,
            role=person.role,
            organization=person.organization,
            mention=mention,
            kind="person",
        )

    def _group(self, head: Token) -> Speaker | None:
        text = head.lower_
        if text not in self.roles.group_nouns or head.tag_ not in {"NNS", "NNPS", "NN"}:
            return None
        if head.lemma_.lower() == "author":  # "the report's authors": its publisher
            publisher = self._publisher(head)
            if publisher is not None:
                return publisher
        mods = [
            c
            for c in head.lefts
            if c.dep_ in {"compound", "nmod"}
            or c.dep_ in {"amod", "npadvmod"}
            and (c.text[:1].isupper() or c.lower_ in self.roles.group_modifiers)
        ]
        if not mods and any(c.lower_ in {"the", "these", "those"} for c in head.lefts):
            last = self._last_group
            if last is not None and (
                last.name.lower().endswith(head.lower_)
                or (last.mention or "").lower().endswith(head.lower_)
            ):
                return last.model_copy(update={"mention": f"the {head.text}"})
        for child in head.children:
            org = None
            if child.dep_ == "poss" and child.lower_ in _ORG_PRONOUNS | {"their"}:
                org = self._last_org
            elif child.dep_ == "poss":
                org = self._organisation(child, self.doc[child.left_edge.i : child.i + 1])
            elif child.dep_ == "prep" and child.lower_ in {"at", "from", "of"}:
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs:
                    obj = objs[0]
                    unnamed = self._unnamed_body(obj)
                    if unnamed is not None:  # "officials at the finance ministry"
                        mention = self.doc[head.i : obj.i + 1].text
                        name = f"{unnamed} {head.text}"
                        return Speaker(name=name, mention=mention, kind="group")
                    org = self._organisation(obj, self.doc[obj.left_edge.i : obj.i + 1])
                    org = org or self._named_in(obj)
            if org is not None and org.kind != "person":
                return org
        start = min([c.left_edge.i for c in mods] + [head.i])
        words = [
            t.text
            for t in self.doc[start : head.i + 1]
            if t.dep_ != "det" and not t.is_punct or t.text == "."
        ]
        name = " ".join(w for w in words if w not in {"the", "The", "some", "Some"})
        name = name.replace(" .", ".")
        which = None if mods else self._which_of_a_group(head)
        if which:  # a bare group noun is typed by what follows it; "U.S. officials" already is
            name = f"{name} {which}"
        return Speaker(name=name, mention=self.doc[start : head.i + 1].text, kind="group")

    def _which_of_a_group(self, head: Token) -> str | None:
        """The words right after a bare group noun that say which of them speak:
        "officials familiar with the plans", "diplomats involved in the talks", "diplomats
        in Oslo" (a short phrase with no punctuation; a place only when it is named)."""
        if head.i + 1 >= len(self.doc):
            return None
        nxt = self.doc[head.i + 1]
        if nxt.head.i != head.i:
            return None
        span = self.doc[nxt.i : nxt.right_edge.i + 1]
        if any(t.is_punct for t in span) or not 1 < len(span) <= 6:
            return None
        if nxt.dep_ == "amod" and nxt.pos_ == "ADJ" or nxt.dep_ == "acl" and nxt.tag_ == "VBN":
            return span.text
        if nxt.dep_ == "prep" and nxt.lower_ == "in" and len(span) == 2:
            if span[1].ent_type_ == "GPE" and span[1].pos_ == "PROPN":
                return span.text
        return None

    def _unnamed_body(self, obj: Token) -> str | None:
        """The words of a body described in lower case with a modifier and not named:
        "finance ministry" of "officials at the finance ministry" (a typed group of it,
        as "finance ministry officials" is); None for a name ("at the Ministry of
        Finance") or a bare noun ("at the ministry", which is the ministry named before)."""
        if obj.pos_ != "NOUN" or not obj.text.islower():
            return None
        words = list(self.doc[obj.left_edge.i : obj.right_edge.i + 1])
        if not any(t.dep_ == "det" and t.lower_ == "the" for t in obj.lefts):
            return None
        kept = [t for t in words if t.dep_ != "det"]
        if len(kept) < 2 or not all(t.text.islower() and t.is_alpha for t in kept):
            return None
        if kept[-1].i != obj.i or self.index.descriptor_type(obj.text) is None:
            return None
        return " ".join(t.text for t in kept)

    def _named_in(self, obj: Token) -> Speaker | None:
        """An organisation the tagger missed, named by capitalised words at or after the
        head of "at the Amsterdam brokerage Van Rijn & Co" (not its town before it)."""
        tokens = list(self.doc[obj.left_edge.i : obj.right_edge.i + 1])
        for run in reversed(_capital_runs(tokens)):
            if run[-1].i < obj.i:
                break
            name = re.sub(r"^(?:The|the)\s+", "", self.doc[run[0].i : run[-1].i + 1].text)
            known = self.index.canonical(name)
            if known is not None and known.kind == "country" or self.mention_at(run[0]):
                return None
            mention = self.doc[obj.left_edge.i : obj.right_edge.i + 1].text
            return Speaker(name=known.name if known else name, mention=mention, kind="organization")
        return None

    def _publisher(self, head: Token) -> Speaker | None:
        """Who "the authors" ("the report's authors", "its authors") write for: the author
        of the document named before, else the last institute, else the last organisation
        the article named (resolved in the document, not by the tagger alone)."""
        mention = self.doc[head.left_edge.i : head.i + 1].text
        noun = None
        for child in head.children:
            if child.dep_ == "poss" and child.pos_ == "NOUN":
                noun = child.lemma_.lower()
            elif child.dep_ == "poss" and child.pos_ == "PROPN":
                org = self._organisation(child, self.doc[child.left_edge.i : child.i + 1])
                if org is not None and org.kind != "person":
                    return org.model_copy(update={"mention": mention})
        for at, doc_noun, speaker in reversed(self._documents()):
            if at < head.idx and (noun is None or doc_noun == noun):
                return speaker.model_copy(update={"mention": mention})
        name = latest_of_type(self.doc, head.idx, "institute") or self._last_org_before(head.idx)
        if name is None:
            return None
        return Speaker(name=name, mention=mention, kind="organization")

    def _capitals_after(self, ent: Span, phrase: Span) -> str | None:
        """A name in capitals the tagger cut after its first word, a country: "UK" of
        "UK DEFENCE WATCH" (words of two letters or more, all capitals, inside the phrase, before
        its head or at it; not a headline in capitals, where the next word is a verb)."""
        if ent.label_ not in {"GPE", "NORP"} or not ent.text.isupper():
            return None
        end = ent.end
        while (
            end < phrase.end
            and self.doc[end].is_alpha
            and self.doc[end].is_upper
            and len(self.doc[end]) >= 2
            and self.doc[end].pos_ in {"PROPN", "NOUN"}
            and self.doc[end].i <= phrase.root.i
        ):
            end += 1
        if end == ent.end:
            return None
        return self.doc[ent.start : end].text

    def _named_org_with_word(self, head: Token) -> Speaker | None:
        """The latest organisation named before `head` whose name contains its noun and
        the words before it ("the radar project": not the "Bridge Project"); a title
        ("the defence minister") names a person, never an organisation the model tagged
        with that word ("the Minister of Finance" as ORG)."""
        word = head.lower_
        if word in self.roles.title_heads:
            return None
        said = {
            c.lower_
            for c in head.lefts
            if c.dep_ in {"compound", "amod"} and c.lower_ not in _ROLE_TIME_WORDS
        }
        for ent in reversed(self.ents):
            if ent.end_char > head.idx or ent.label_ != "ORG" or len(ent) < 2:
                continue
            words = {t.lower_ for t in ent if not t.is_punct}
            if word in words and said <= words:
                end = self._name_goes_on(ent, self.doc[ent.start : ent.root.right_edge.i + 1])
                text = self.doc[ent.start : end].text
                name = _clean_name(re.sub(r"^(?:the|The)\s+", "", text))
                known = self.index.canonical(name)
                mention = self.doc[head.left_edge.i : head.right_edge.i + 1].text
                return Speaker(
                    name=known.name if known else name, mention=mention, kind="organization"
                )
        return None

    def _organisation(self, head: Token, phrase: Span) -> Speaker | None:
        if head.lemma_.lower() == "ministry":
            ministry = self._ministry(head, phrase)
            if ministry is not None:
                known = self.index.canonical(ministry)
                return Speaker(
                    name=known.name if known else ministry, mention=phrase.text, kind="organization"
                )
        # a named organisation, outlet or country inside the phrase; the one the phrase's
        # head is part of first ("France's Naval Group": the group, not its country)
        ents = sorted(
            self.ents, key=lambda e: not (e.label_ == "ORG" and e.start <= head.i < e.end)
        )
        for ent in ents:
            if (
                ent.start >= phrase.start
                and ent.end <= phrase.end
                and ent.label_ in {"ORG", "GPE", "NORP", "PERSON", "FAC"}
                and not ent.text.islower()  # "the navy" tagged ORG: a description, no name
                and not self._place_modifier(ent)
                and not self._first_of_joined(ent)
            ):
                known = self.index.canonical(ent.text) or self.index.first_in(ent.text)
                if (
                    known is not None
                    and known.kind == "country"
                    and ent.label_ == "ORG"
                    and self.index.canonical(ent.text) is None
                    and len(ent) >= 2
                ):
                    known = (
                        None  # "UK DEFENCE WATCH", "U.S. Army": an organisation, not the country
                    )
                glued = self._capitals_after(ent, phrase)
                if glued is not None:  # "a UK DEFENCE WATCH review" with only "UK" tagged
                    return Speaker(name=glued, mention=glued, kind="organization")
                if known is not None:
                    kind = "outlet" if known.kind == "outlet" else "organization"
                    return Speaker(name=known.name, mention=ent.text, kind=kind)
                if (
                    ent.label_ == "ORG"
                    or ent.label_ == "PERSON"
                    and self.mention_at(ent.root) is None
                ):
                    joined = self._joined_start(ent)
                    end = self._name_goes_on(ent, phrase)
                    text = self.doc[joined if joined is not None else ent.start : end].text
                    name = _clean_name(re.sub(r"^(?:the|The)\s+", "", text))
                    return Speaker(name=name, mention=text, kind="organization")
        for offset, name, _ in self._untagged_companies():
            if offset <= head.idx < offset + len(name):  # "Greyhaven Marine said": untagged
                return Speaker(name=name, mention=name, kind="organization")
        known = self.index.first_in(phrase.text)
        if (
            known is not None
            and known.kind != "country"
            or (known is not None and head.pos_ == "PROPN")
        ):
            kind = "outlet" if known.kind == "outlet" else "organization"
            return Speaker(name=known.name, mention=phrase.text, kind=kind)
        # "the navy's statement", "the ministry's report": the body that owns it, when
        # the article named it
        lemma = head.lemma_.lower()
        if lemma in self.roles.speech_nouns or lemma in self.roles.document_nouns:
            for owner in head.children:
                # "a ministry document", "government figures": a body's word before it too
                if owner.dep_ in {"poss", "compound"} and owner.pos_ == "NOUN":
                    span = self.doc[owner.left_edge.i : owner.i + 1]
                    org = self._organisation(owner, span)
                    if org is not None and org.kind != "person":
                        return org.model_copy(update={"mention": phrase.text})
        # "the report", "the study": a document of its own (`description`), not the last
        # organisation named
        if head.lemma_.lower() in self.roles.document_nouns:
            return None
        # "the ministry", "the corporation": the last organisation of that type
        typ = self.index.descriptor_type(" ".join(t.text for t in phrase if t.dep_ != "det"))
        typ = typ or self.index.descriptor_type(head.text)
        if typ:
            name = self._owners_body(head, typ) or self._latest_of_type(head.idx, typ)
            if name:
                kind = "outlet" if typ == "outlet" else "organization"
                return Speaker(name=name, mention=phrase.text, kind=kind)
        # "the project", "the association": the last organisation whose name has that word
        if any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            named = self._named_org_with_word(head)
            if named is not None:
                return named
        # "the analyst", "the minister": the last person the article introduced with that
        # role; else it stays a typed description (`description`)
        indefinite = any(
            c.dep_ in {"det", "nummod"} and c.lower_ in {"a", "an", "one", "another"}
            for c in head.lefts
        )
        if head.lower_ in self.roles.title_words and not indefinite:  # "a spokeswoman": new
            titled = self._person_by_title(head)
            if titled is not None:
                return self._person_speaker(titled, phrase.text)
            introduced = self._introduced_next(head)
            if introduced is not None:
                described = self.doc[head.left_edge.i : head.i + 1]  # "its chief executive"
                role, org = self._role_and_org(described, head.idx)
                if role and not introduced.role:
                    introduced.role = role
                    org = org or self._default_org(role, head.idx)
                    introduced.organization = introduced.organization or org
                return self._person_speaker(introduced, phrase.text)
        return None

    def _name_goes_on(self, ent: Span, phrase: Span) -> int:
        """Where a body's name ends when the tagger cut it before "for" or "of the" and
        capitalised words ("[the State Committee] for the Maritime Industry of Estmark"):
        the end of those words inside the phrase, for a name of two words or more that is
        not a known one; else the entity's end ("Rheinmetall of Germany" stays cut)."""
        end = ent.end
        doc = self.doc
        words = [t for t in ent if t.lower_ != "the"]
        if end + 1 >= phrase.end or len(words) < 2 or self.index.canonical(ent.text):
            return end
        i = end
        if doc[i].lower_ == "for":
            i += 1
        elif doc[i].lower_ == "of" and doc[i + 1].lower_ == "the":
            i += 1
        else:
            return end
        if doc[i].lower_ == "the":
            i += 1
        last = None
        while i < phrase.end:
            tok = doc[i]
            if tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start:
                last = i
            elif not (tok.lower_ in {"of", "for", "and", "the"} and last is not None):
                break
            i += 1
        return last + 1 if last is not None else end

    def _person_by_title(self, head: Token) -> Person | None:
        """The last person named before a title word with that title ("the president"
        after "President X"), or with that rank written before the name ("the general"
        after "Brigadier General X, deputy chief of ...", whose role became the function)."""
        for m in reversed(self.mentions):
            if m.end > head.idx:
                continue
            if m.person.role and _same_role(head, m.person.role):
                return m.person
            if head.lower_ in self.roles.ranks and any(
                t.lower_ == head.lower_ for t in self.doc[max(0, m.token_start - 3) : m.token_start]
            ):
                return m.person
        return None

    def _title_mentions(self) -> list[Mention]:
        """ "the admiral said" as a mention of the person it names, for pronoun salience: a
        title word with "the" alone, in the narrator's voice, subject of its clause."""
        found = []
        for tok in self.doc:
            if (
                tok.dep_ not in {"nsubj", "nsubjpass"}
                or tok.pos_ != "NOUN"
                or tok.lower_ not in self.roles.title_words
                or [c.lower_ for c in tok.lefts] != ["the"]
                or self._in_quote(tok.idx)
            ):
                continue
            person = self._person_by_title(tok)
            if person is not None:
                start = tok.i - 1
                found.append(
                    Mention(self.doc[start].idx, tok.idx + len(tok), start, tok.i + 1, person)
                )
        return found

    # ------------------------------------------------------------ ministries
    def _ministry(self, head: Token, phrase: Span) -> str | None:
        """A ministry under the name the article gives it, with its country: "the UK
        Ministry of Defence" (as written), "Ukraine's defence ministry" (Ukrainian
        Ministry of Defence), "the Ministry of National Defence" in an article about
        Romania (Romanian Ministry of National Defence), "the ministry" (the last
        ministry named, with its country)."""
        domain, written = None, False
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                obj = [t for t in child.subtree if t.i > child.i]
                if obj:
                    domain = self.doc[obj[0].i : obj[-1].i + 1].text
                break
        if domain is None:
            mods = [
                c
                for c in head.lefts
                if c.dep_ in {"compound", "amod"}
                and c.pos_ in {"NOUN", "PROPN"}
                and self.index.canonical(c.text) is None
            ]
            if mods:
                domain = self.doc[mods[0].i : mods[-1].i + 1].text
                written = domain[:1].isupper() and head.text[:1].isupper()  # "Foreign Ministry"
        if domain is None:
            if any(c.lower_ in {"a", "an"} for c in head.lefts):
                return None
            owned = self._ministers_ministry(head)
            if owned is not None:
                return owned
            found = self._last_ministry(head.idx)
            if found is None or self.index.canonical(found) is not None:
                return found
            base = found
        else:
            domain = " ".join(
                w if w in {"of", "and", "for"} else w[:1].upper() + w[1:] for w in domain.split()
            )
            base = f"{domain} Ministry" if written else f"Ministry of {domain}"
            if not written:  # "the defence ministry" after "the Ministry of National Defence"
                base = self._named_ministry(domain, head.idx) or base
        return self._with_country(base, phrase, head)

    def _last_ministry(self, before: int) -> str | None:
        """ "the ministry": the last body named a ministry, else the ministry of the last
        minister named ("Deputy Minister of National Defence X"), else the last body of
        the ministry type (an office, an agency)."""
        named = self._named_ministry("", before)
        at = doc_text(self.doc).rfind(named, 0, before) if named else -1
        for ent in self.ents:
            if ent.end_char <= before and ent.start_char > at and ent.label_ == "ORG":
                m = re.search(r"\b(?:[A-Z][\w-]*\s+)+Ministry\b", ent.text)
                if m:
                    named, at = m.group(0), ent.start_char
        if named is not None:
            return named
        for m in reversed(self.mentions):
            role = (m.person.role or "").lower().split()
            if m.end <= before and "minister" in role:
                tail = role[role.index("minister") + 1 :]  # "of national defence"
                if len(tail) >= 2 and tail[0] in {"of", "for"}:
                    words = [w if w in _FUNCTION_WORDS else w[:1].upper() + w[1:] for w in tail]
                    return " ".join(["Ministry"] + words)
                break
        return latest_of_type(self.doc, before, "ministry")

    def _ministers_ministry(self, head: Token) -> str | None:
        """ "his ministry" of "Germany's defence minister, X": German Ministry of Defence."""
        owner = next((c for c in head.lefts if c.dep_ == "poss" and c.lower_ in _PRONOUNS), None)
        person = self._pronouns.get(owner.i) if owner is not None else None
        if person is None or not person.role or "minister" not in person.role.lower().split():
            return None
        words = [w for w in person.role.split() if w.lower() not in _GOVERNMENT]
        if not words:
            return None
        domain = " ".join(w[:1].upper() + w[1:] for w in words)
        named = self._named_ministry(domain, head.idx)
        base = named or f"Ministry of {domain}"
        known = self.index.canonical(person.organization) if person.organization else None
        if known is not None and known.kind == "country" and named is None:
            demonym = _country_demonyms().get(known.name)
            return f"{demonym} {base}" if demonym else base
        return self._with_country(base, self.doc[head.i : head.i + 1], head)

    def _named_ministry(self, domain: str, before: int) -> str | None:
        """The last "Ministry of ..." written before `before` whose words hold `domain`'s."""
        wanted = set(domain.split())
        best = None
        for m in _MINISTRY_NAME.finditer(doc_text(self.doc)[:before]):
            if wanted <= set(m.group(0).split()):
                best = m.group(0)
        return best

    def _with_country(self, base: str, phrase: Span, head: Token) -> str:
        """`base` ("Ministry of Defence") qualified by its country: the country written
        in the phrase, else the qualified form the article writes, else the article's
        country."""
        if self.index.canonical(base) is not None:
            return base
        first = base.split()[0]
        known_first = self.index.canonical(first)
        if known_first is not None and known_first.kind == "country":
            return base  # already "Estonian Ministry of Defence"
        for tok in phrase:
            if tok.i >= head.i:
                break
            known = self.index.canonical(tok.text)
            if known is None or known.kind != "country":
                continue
            nxt = self.doc[tok.i + 1]
            if nxt.tag_ == "POS":  # "Ukraine's defence ministry"
                demonym = _country_demonyms().get(known.name)
                return f"{demonym or known.name} {base}"
            return f"{tok.text} {base}"  # as written: "UK Ministry of Defence"
        text = doc_text(self.doc)
        for m in re.finditer(r"([A-Z][\w.]*)\s+" + re.escape(base) + r"\b", text):
            known = self.index.canonical(m.group(1))
            if known is not None and known.kind == "country":
                return f"{m.group(1)} {base}"
        country = self._main_country()
        demonym = _country_demonyms().get(country) if country else None
        return f"{demonym} {base}" if demonym else base

    def _spokesperson_org(self, head: Token) -> Speaker | None:
        """An unnamed spokesperson speaks for the organisation given: "a defence ministry
        spokesperson", "a spokesman for Russia's state export agency"."""
        if head.lemma_.lower() not in _SPOKES or any(c.dep_ == "appos" for c in head.children):
            return None
        if not any(c.lower_ in {"a", "an"} for c in head.lefts):
            return None
        mention = self.doc[head.left_edge.i : head.right_edge.i + 1].text
        owner = self._owner_named_before(head)
        if owner is not None:  # "a Pentagon spokesman": the Pentagon
            return Speaker(name=owner, mention=mention, kind="organization")
        for child in head.children:
            if child.dep_ in {"compound", "nmod"} and child.lemma_.lower() == "ministry":
                span = self.doc[child.left_edge.i : child.right_edge.i + 1]
                name = self._ministry(child, span)
                if name:
                    return Speaker(name=name, mention=mention, kind="organization")
            if child.dep_ == "prep" and child.lower_ in {"for", "of", "at"}:
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is None:
                    continue
                span = self.doc[obj.left_edge.i : obj.i + 1]
                if obj.lemma_.lower() == "ministry":
                    name = self._ministry(obj, span)
                    if name:
                        return Speaker(name=name, mention=mention, kind="organization")
                poss = [c for c in obj.lefts if c.dep_ == "poss"]
                known = self.index.canonical(poss[0].text) if poss else None
                if known is not None and known.kind == "country":
                    demonym = _country_demonyms().get(known.name, known.name)
                    rest = self.doc[poss[0].i + 1 : obj.i + 1]
                    words = [t.text for t in rest if t.tag_ != "POS"]
                    return Speaker(
                        name=" ".join([demonym, *words]), mention=mention, kind="organization"
                    )
                org = self._organisation(obj, span)
                if org is not None and org.kind != "person":
                    return org.model_copy(update={"mention": mention})
        return None

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
                return m.person if first and titled and root.dep_ == "nsubj" else None
        return None

    def description(self, head: Token, speech: bool = True) -> Speaker | None:
        """A source kept as what the article calls it: "his lawyer", "a source",
        "Republicans", "the campaign", "the poll" (articles dropped, possessors kept)."""
        lower, lemma = head.lower_, head.lemma_.lower()
        whole = self._partitive_of(head)
        if whole is not None:  # "one of the lawyers": the lawyers
            found = self.description(whole, speech)
            if found is None:
                return None
            return found.model_copy(update={"mention": self.doc[head.i : whole.i + 1].text})
        if lower == "those" and any(c.dep_ in _GROUP_MODIFIERS for c in head.rights):
            # "those close to him", "those who attended": people described by a modifier
            end = min(head.right_edge.i + 1, head.i + 8)
            text = self.doc[head.i : end].text
            return Speaker(name=text, mention=text, kind="group")
        if head.pos_ not in {"NOUN", "PROPN"} or lower in self.roles.not_speakers:
            return None
        if self.mention_at(head) is not None:
            return None
        roles = self.roles
        people = (
            lemma in roles.person_nouns
            or lower in roles.title_words
            or lemma in roles.title_words
            or lower in roles.group_nouns
            or lemma + "s" in roles.group_nouns
            or head.ent_type_ == "NORP"
        )
        document = lemma in roles.document_nouns or lower in roles.document_nouns
        body = lemma in roles.body_nouns
        # a lower-case word the tagger took for a name ("the harbour board" after a fronted
        # phrase) is a common noun
        common = head.pos_ == "NOUN" or head.is_lower
        if not common and head.ent_type_ != "NORP":
            return None
        if not (people or document or body or speech and common):
            return None
        if document and not speech and not people and not body and self._about_a_person(head):
            return None  # "citing the release of Anna Berg": an event cited, not a source
        linked = self._linked_description(head, document, body)
        if linked is not None:
            return linked
        words = self._description_words(head)
        if not words:
            return None
        name = " ".join(words).replace(" 's", "'s").replace(" ’s", "’s")
        if document:
            kind = "document"
        elif people and head.tag_ in {"NN", "NNP"} and head.ent_type_ != "NORP":
            # "the union", "the state": a word of a group noun or of a title that is not
            # the title's head names a body, not a person
            singular_person = (
                lemma in roles.person_nouns
                or lower in roles.title_heads
                or lemma in roles.title_heads
            )
            kind = "person" if singular_person else "organization"
        elif body:
            kind = "organization"
        else:
            kind = "group"
        match = roles.first_title(name)
        role = match.group(1) if match and kind == "person" else None
        mention = self.doc[head.left_edge.i : head.i + 1].text
        org = self._owner_named_before(head) if kind == "person" else None
        speaker = Speaker(name=name, role=role, organization=org, mention=mention, kind=kind)
        if head.tag_ in {"NNS", "NNPS"} and kind != "document":
            self._last_group = speaker  # "Aides said ... They added ..."
        return speaker

    def _owner_named_before(self, head: Token) -> str | None:
        """The organisation an unnamed person's description names before its head: "the
        Vessberg chief executive" (Vessberg), "a Coastal Survey Office official"
        (Coastal Survey Office); not a country ("a Polish official")
        and not a lower-case word."""
        mods = [
            t
            for t in self.doc[head.left_edge.i : head.i]
            if t.dep_ in {"compound", "nmod", "poss"} or t.head.dep_ in {"compound", "nmod"}
        ]
        names = [t for t in mods if t.pos_ == "PROPN" and t.text[:1].isupper()]
        if not names or any(t.lemma_.lower() == "ministry" for t in names):
            return None  # a ministry is named with its country (`_ministry`)
        first, last = names[0], names[-1]
        if any(not t.text[:1].isupper() for t in self.doc[first.i : last.i + 1] if t.tag_ != "POS"):
            return None
        if last.i + 1 < head.i and self.doc[last.i + 1].lower_ in _JOINERS:
            return None  # "a Bureau of ... official": a name cut short
        text = _clean_name(self.doc[first.i : last.i + 1].text)
        if self.mention_at(last) is not None:
            return None
        known = self.index.canonical(text)
        if known is not None:
            return None if known.kind == "country" else known.name
        return self.org_short_forms.get(text, text)

    def _linked_description(self, head: Token, document: bool, body: bool) -> Speaker | None:
        """What a description refers back to, on strong evidence only: "alliance
        estimates" (a known organisation type as modifier), "the report" after "a report
        by X" (X), "the institute" after "X, a research institute" (X)."""
        mention = self.doc[head.left_edge.i : head.i + 1].text
        for child in head.lefts:
            if child.dep_ in {"compound", "amod"} and child.pos_ == "NOUN":
                typ = self.index.descriptor_type(child.text)
                name = latest_of_type(self.doc, head.idx, typ) if typ else None
                if name:
                    return Speaker(name=name, mention=mention, kind="organization")
        if not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in head.lefts):
            return None
        lemma = head.lemma_.lower()
        if document:
            for at, noun, speaker in reversed(self._documents()):
                if at < head.idx and noun == lemma:
                    return speaker.model_copy(update={"mention": mention})
        if body or self.index.descriptor_type(head.text):
            for ent in reversed(self.ents):
                if ent.end_char > head.idx or ent.label_ not in {"ORG", "FAC"}:
                    continue
                appos = [c for c in ent.root.children if c.dep_ == "appos"]
                if any(a.lemma_.lower() == lemma for a in appos):
                    return self._org_speaker(ent, mention)
        return None

    def _org_speaker(self, ent: Span, mention: str) -> Speaker:
        name = _clean_name(re.sub(r"^(?:the|The)\s+", "", ent.text))
        known = self.index.canonical(name)
        kind = "outlet" if known is not None and known.kind == "outlet" else "organization"
        return Speaker(name=known.name if known else name, mention=mention, kind=kind)

    def _documents(self) -> list[tuple[int, str, Speaker]]:
        """Documents the article attributes to an author: (offset, noun, author) for "a
        report by X", "X's study", "a study from X"."""
        if self._document_list is not None:
            return self._document_list
        found: list[tuple[int, str, Speaker]] = []
        nouns = self.roles.document_nouns
        for tok in self.doc:
            lemma = tok.lemma_.lower()
            if tok.pos_ != "NOUN" or lemma not in nouns:
                continue
            for child in tok.children:
                author = None
                if child.dep_ == "poss" and child.pos_ == "PROPN":
                    author = child
                elif child.dep_ in {"prep", "agent"} and child.lower_ in {"by", "from", "of"}:
                    author = next((c for c in child.children if c.dep_ == "pobj"), None)
                elif child.dep_ == "acl":  # "a report published on Monday by X"
                    for grand in child.children:
                        if grand.dep_ == "agent":
                            author = next((c for c in grand.children if c.dep_ == "pobj"), None)
                if author is None or author.pos_ != "PROPN":
                    continue
                speaker = self._resolve_one(author)
                if speaker is not None and speaker.kind == "person" and child.lower_ == "of":
                    continue  # "the release of Anna Berg": what it is about, not its author
                if speaker is not None:
                    found.append((tok.idx, lemma, speaker))
                    break
            else:
                speaker = self._spoke_in(tok)
                if speaker is not None:
                    found.append((tok.idx, lemma, speaker))
        self._document_list = found
        return found

    def _spoke_in(self, doc_noun: Token) -> Speaker | None:
        """ "In a report published on Monday, the office estimated ...": the subject of the
        verb the document's "in" phrase hangs on wrote it (an organisation)."""
        prep = doc_noun.head
        if doc_noun.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ != "VERB":
            return None
        subject = next((c for c in prep.head.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in self.roles.document_nouns:
            return None
        if not prep.i < subject.i < prep.head.i:
            return None  # "Germany accounted for 38 percent in the index": not its author
        speaker = self._resolve_one(subject)
        if speaker is None or speaker.kind != "organization":
            return None
        known = self.index.canonical(speaker.name)
        return None if known is not None and known.kind == "country" else speaker

    def _description_words(self, head: Token) -> list[str]:
        """The words of a description: pre-modifiers and head, and a short "of/for/at X"."""
        doc = self.doc
        start = head.left_edge.i
        words: list[str] = []
        glue = False  # the previous word is written joined to this one ("34-year-old")
        for t in doc[start : head.i + 1]:
            if t.dep_ == "det" or t.is_punct and t.text not in {"-", "."}:
                glue = False
                continue
            if (
                t.dep_ == "nummod"
                and t.head.i == head.i
                and t.like_num
                and t.is_alpha
                and head.tag_ == "NNS"
                and head.head.lower_ != "of"
            ):
                continue  # "two congressional aides": the aides, not how many spoke
            if (
                t.dep_ == "nummod"
                and t.head.i == head.i
                and t.lower_ == "one"
                and head.tag_ == "NN"
            ):
                continue  # "one person involved in the talks": a person, as "a person"
            if glue and words:
                words[-1] += t.text
            else:
                words.append(t.text)
            glue = (
                t.text == "-"
                and not t.whitespace_
                or (not t.whitespace_ and t.i + 1 < len(doc) and doc[t.i + 1].text == "-")
            )
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in {"for", "of", "at", "with", "from"}:
                span = doc[child.i : child.right_edge.i + 1]
                if len(span) <= 5 and not any(t.is_punct for t in span):
                    words += [t.text for t in span if t.dep_ != "det" or t.i == child.i + 1]
                break
            if (
                child.dep_ == "amod"
                and child.pos_ == "ADJ"
                or child.dep_ == "acl"
                and child.tag_ == "VBN"  # "a person involved in the talks", "briefed on"
                and any(c.dep_ == "prep" for c in child.children)
            ) and child.i == head.i + 1:
                # "people familiar with the talks", "aides close to her": who they are
                span = doc[child.i : child.right_edge.i + 1]
                if 1 < len(span) <= 6 and not any(t.is_punct for t in span):
                    words += [t.text for t in span]
                break
        return [w for w in words if w.strip()]

    def _next_sentence_end(self, tok: Token) -> int:
        end = tok.sent.end
        return self.doc[end].sent.end_char if end < len(self.doc) else tok.sent.end_char
