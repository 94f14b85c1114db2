"""`SpeakerTracker`: reads an article once and resolves a cue's source to a `Speaker`."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from pipeline.extract.coref import assign_genders, resolve_pronouns
from pipeline.extract.datelines import dateline_ends, past_dateline_span
from pipeline.extract.entities import EntityIndex, entity_index, titles_a_document
from pipeline.extract.numbers import words
from pipeline.extract.quotes import quote_regions
from pipeline.extract.speaking.affiliations import AffiliationsMixin
from pipeline.extract.speaking.descriptions import DescriptionsMixin
from pipeline.extract.speaking.groups import GroupsMixin, uncounted
from pipeline.extract.speaking.masthead import masthead_body, release_publisher, speaks_as_body
from pipeline.extract.speaking.names import (
    _NAME_HONORIFICS,
    Mention,
    Person,
    _clean_name,
    acronyms,
    body_particles,
    given_names,
    unbracketed_short_forms,
)
from pipeline.extract.speaking.organisations import OrganisationsMixin
from pipeline.extract.speaking.people import PeopleMixin
from pipeline.extract.speaking.person_roles import PersonRolesMixin
from pipeline.extract.speaking.titles import roles
from pipeline.extract.speaking.words import _ORG_PRONOUNS, _PRONOUNS, _RELATIVE, headline_end
from pipeline.nlp.model import doc_text
from pipeline.records import Speaker

_PLURAL_PRONOUNS = {"they", "them", "their"}
_WRITERS = {"we", "us", "our", "ours"}  # the writers' own voice, outside quotation marks
# a byline with the writer's affiliation: "By Anna Berg, senior fellow, Velk Institute"
_BYLINE = re.compile(r"[ \t]*By[ \t]+[^\n,]+,[ \t]*([^\n]+?)[ \t]*$")
_BYLINE_LINES = 4  # the lines of an article's head where a byline may stand
# "By Anna Berg" or "By Anna Berg, senior fellow ...": the writer's name
_BYLINE_NAME = re.compile(r"[ \t]*By[ \t]+([A-Z][^\n,]*?)[ \t]*(?:,|$)")
_BYLINE_CHARS = 2000  # and the characters of its head looked at
# a signed piece's closing line on its writer: "Anna Berg is a former fleet commander."
_TAGLINE = re.compile(r"([A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,3}) (?:is|was|has been) \S")
_TAGLINE_WORDS = 40  # words of such a line, at most
# "one of the lawyers", "some of its members": a part of a group speaks for the group
_PARTITIVE = {
    "one", "some", "many", "most", "several", "few", "all", "each", "both", "half",
    "two", "three", "four", "five", "dozens", "hundreds",
}  # fmt: skip
# a short form defined in words: "known as DRU", "called NCDS", "or simply ADRG"
_DEFINED_IN_WORDS = r"\b(?:known as|called|or simply)\s+{}\b"
_DISTRIBUTIVE = {"each", "both"}  # "X and Y met, each saying ...": X and Y
_STAFF_NOUNS = {"team", "staff"}  # an organisation's own people: its voice
_ORGAN_NOUNS = {"management", "leadership"}  # "X's management said": X's own voice
# a name spoken to, by what stands before and after it: right after a line's label
# ("Q: Mr Kask, ...", "Q: General Tamm?"), or closing the question (", Minister Kask?");
# not ", X," inside it ("Your colleague, Anna Berg, said ..."), an apposition
_ADDRESS_MARKS = {(":", ","), (":", "?"), (",", "?")}


class SpeakerTracker(
    PeopleMixin,
    PersonRolesMixin,
    AffiliationsMixin,
    OrganisationsMixin,
    GroupsMixin,
    DescriptionsMixin,
):
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
        # (an entity run on from a dateline into the name after it keeps only the name)
        ends = dateline_ends(doc)
        self.ents: tuple[Span, ...] = tuple(past_dateline_span(e, ends) for e in doc.ents)
        self.short_forms = acronyms(doc_text(doc))
        self.ents = _defined_in_full(self.ents, self.short_forms)
        self.ents = _joined_at_and(self.ents, entity_index())
        self.ents = _without_sums(self.ents)
        self.ents = _bodies_by_their_ending(self.ents, entity_index())
        # (a document's title names no body: "The study, Arms and Industry, finds")
        self.ents = tuple(e for e in self.ents if not titles_a_document(e))
        self.index = index or entity_index()
        self.roles = roles()
        self.given_names = given_names()
        self.persons: dict[str, Person] = {}
        self.mentions: list[Mention] = []
        self._last_org: Speaker | None = None
        self._made_names: frozenset[str] | None = None  # `_made_things`
        self._last_org_at = -1  # the token where the last organisation spoke
        self._described: list[tuple[int, str, str]] | None = None
        self._orgs_tagged: frozenset[str] | None = None  # ORG names (`_tagged_orgs`)
        self._placed_words: dict[str, bool] = {}  # `_placed_word`, per name
        self._own_state_names: dict[str, str | None] = {}  # `_with_own_state`, per name
        # a title a possessive pronoun owns ("her chief engineer"), with the pronoun
        self._owned_titles: list[tuple[Person, Token]] = []
        # a title a document owns ("the report's lead author"), with the title's head
        self._document_titles: list[tuple[Person, Token]] = []
        # people whose role is an office read from a verb of leading ("who runs the plant"):
        # a title the article gives them outranks it
        self._led_offices: set[int] = set()
        # people whose organisation only a title's default gave (`_default_org`), which an
        # organisation the article names for them later replaces
        self._guessed_orgs: set[int] = set()
        self._untagged: list[tuple[int, str, str]] | None = None
        self._byline_body: str | None = None  # the body a byline credits ("" for none)
        self._body_word_cache: frozenset[str] | None = None  # one-word names of bodies
        self._marked_body_cache: frozenset[str] | None = None  # names marked as bodies
        self._thing_name_cache: frozenset[str] | None = None  # "a system known as X"
        self._bare_ministries: dict[str, str | None] = {}  # `as_written`, per name
        # where each word written after "the" stands
        self._with_article_cache: dict[str, list[int]] | None = None
        self._state_word_cache: dict[str, bool] = {}  # words written as a state's
        # the article's likely and unknown states, for the people known when asked
        self._states_cache: dict[tuple[str, tuple[str, ...]], dict[str, int]] = {}
        # where names written before a legal form ("X Y S.A.") stand, found once
        self._legal_cache: list[tuple[int, str]] | None = None
        self._untagged_company_cache: frozenset[str] | None = None
        self._token_starts: list[int] | None = None  # each token's offset, when asked
        self._introduced_as: dict[str, tuple[int, Speaker]] = {}
        # unnamed sources the article names later ("The official, X, told"): name -> X
        self.revealed: dict[str, Speaker] = {}
        self._described_titles: list[tuple[int, str, Person]] | None = None
        self._last_described: tuple[int, Speaker] | None = None  # unnamed person who spoke
        self._writer: tuple[Speaker | None] | None = None  # the byline's person, once found
        self._own_publisher: tuple[Speaker | None] | None = None  # a masthead body, once found
        self._release: tuple[Speaker | None] | None = None  # a release's publisher, once found
        self._masthead_name: tuple[str | None] | None = None
        self._last_group: Speaker | None = None
        # a bare group noun's first typing ("officials familiar with the talks"), by the noun
        self._typed_groups: dict[str, Speaker] = {}
        self._document_list: list[tuple[int, str, Speaker]] | None = None
        self._document_chains: dict[int, int] | None = None  # mention -> its chain's first
        self._country: str | None = None
        self._dominant = False  # whether the article's country far outnumbers the others
        self._known: list | None = None
        self._joined_firsts: set[int] | None = None
        self._word_starts: dict[str, list[int]] | None = None  # whole words: `_written_at`
        unbracketed = unbracketed_short_forms(doc_text(doc), self.short_forms)
        # "the unit, known as DRU,": a short form the article defines in words
        self.short_forms.update(
            (short, full)
            for short, full in unbracketed.items()
            if re.search(_DEFINED_IN_WORDS.format(re.escape(short)), doc_text(doc))
        )
        self.org_short_forms = {**unbracketed, **self.short_forms}
        self._company_names = self._company_short_names()
        # (known before the people are: a name right after a quotation is found by it)
        self.quotes = quotes if quotes is not None else quote_regions(doc_text(doc))
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
        assign_genders(doc, self.mentions)
        # "the admiral said ... She added": a title naming a person counts as a mention
        self._pronouns = resolve_pronouns(
            doc, sorted(self.mentions + self._title_mentions()), self.quotes
        )
        # the genders pronouns told of people whose names tell none ("Kwon ... she said")
        self._told: dict[int, set[str]] = {}
        for i, person in self._pronouns.items():
            if doc[i].lower_ in _PRONOUNS:
                self._told.setdefault(id(person), set()).add(_PRONOUNS[doc[i].lower_])
        self._profile_offices()  # "X, 52, has run the yard since 2020"
        self._profile_titles()  # "X walks the dock. The chief executive of Y knows ..."
        self._owners_organisations()  # "Her chief engineer, X,": her organisation
        self._broadcast_hosts()  # "HOST: X" under "... | X State Radio"
        for person in self.persons.values():  # "Hallberg's finance chief": Hallberg Werft
            if full := self._body_in_full(person.organization, person.role):
                person.organization = full
        for person in list(self.persons.values()):  # "Quarrie's deputy": Quarrie's body
            person.organization = self._no_person(person.organization, person)
        # what resolving while the article was read in advance left behind is no
        # body or group that spoke before the first sentence
        self._forget_speakers()

    def _forget_speakers(self) -> None:
        self._last_org, self._last_org_at = None, -1
        self._last_group = None
        self._last_described = None

    def _speakers_state(self) -> tuple:
        return self._last_org, self._last_org_at, self._last_group, self._last_described

    def _restore_speakers(self, state: tuple) -> None:
        self._last_org, self._last_org_at, self._last_group, self._last_described = state

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
                and not (gender and person.gender is None and self._told_otherwise(person, gender))
                and not self._in_quote(self.mentions[i].start)
            ):
                return person
            i -= 1
        return None

    def _told_otherwise(self, person: Person, gender: str) -> bool:
        """Whether the article's pronouns name `person` only with another gender."""
        told = self._told.get(id(person), set())
        return bool(told) and gender not in told

    def organisation_named(self, word: str) -> Speaker | None:
        """The organisation a short name or an acronym the article gave stands for
        ("Ardenvale" after "Ardenvale Defence Group", "NISS"), or None."""
        full = self._stands_for(word)
        return Speaker(name=full, mention=word, kind="organization") if full else None

    def _person_named(self, name: str) -> Person | None:
        """The person of the article a name is, in full or by surname ("Ostby")."""
        person = self.persons.get(name)
        if person is None and " " not in name:
            person = self._by_surname(name)
        if person is None or len(person.name.split()) < 2:
            return None
        # not a body the tagger took for a person ("Pellan Kraft", named again as
        # "Pellan"; "Sierra Club"): a name of no organisation's kind, of someone whose
        # office the article tells or whom it names again by surname
        if person.name in self._company_names.values() or self.index.org_type(person.name):
            return None
        if self.index.canonical(person.name) is not None:
            return None
        by_surname = any(
            m.person is person and m.token_end - m.token_start == 1 for m in self.mentions
        )
        return person if person.role or by_surname else None

    def _no_person(self, org: str | None, holder: Person | None = None) -> str | None:
        """An organisation field that names a person ("a spokesman for Ostby", "Quarrie's
        deputy"): that person's own organisation, for a person is no organisation."""
        person = self._person_named(org) if org else None
        if person is None:
            return org
        return person.organization if person is not holder else None

    def _body_in_full(self, org: str | None, role: str | None) -> str | None:
        """The full name of a body an organisation field gives by a short name; not a
        state office's state ("Defence Minister X" of Merrowen, beside "the Merrowen Audit
        Office")."""
        if not org or role and self._state_office(role):
            return None
        return self._stands_for(org)

    def _stands_for(self, word: str) -> str | None:
        return self.short_forms.get(word) or self._company_names.get(word)

    def aged_person(self, head: Token) -> Speaker | None:
        """Who "the 54-year-old (engineer)" headed by `head` is: the person whose age the
        article gave ("Milo Varga, 54,"), else the last person named before the sentence;
        None when `head` heads no such phrase."""
        age = _age_of(head)
        return self._person_of_age(age, head.sent.start_char) if age is not None else None

    def _aged_subject(self, head: Token) -> Person | None:
        """The person "the 58-year-old" headed by `head` is (`aged_person`), or None."""
        age = _age_of(head)
        return self._age_owner(age, head.sent.start_char) if age is not None else None

    def _person_of_age(self, age: str, before: int) -> Speaker | None:
        person = self._age_owner(age, before)
        return self._person_speaker(person, f"the {age}-year-old") if person else None

    def _age_owner(self, age: str, before: int) -> Person | None:
        """The person named before `before` with that age ("Milo Varga, 54,"), else the
        last person named."""
        text = doc_text(self.doc)[:before]
        for m in reversed(self.mentions):
            if m.end <= before and re.match(rf",\s*{re.escape(age)}\b", text[m.end : m.end + 8]):
                return m.person
        return self.last_person(before)

    def introduced_person(self, start: int, end: int) -> Speaker | None:
        """The last person an interview's introduction names as the one who talks, between
        two offsets: not whom it is told to or by ("He spoke to X of the Review",
        "Interview by X"), nor what it is about ("on the treaty between X and Y": a
        name the tagger took for a person there is more often a place)."""
        for m in reversed(self.mentions):
            if not (start <= m.start and m.end <= end) or self._in_quote(m.start):
                continue
            root = self.doc[m.token_start : m.token_end].root
            while root.dep_ == "conj" and root.head.i < root.i:
                root = root.head  # "between X and Y": Y as X
            if root.dep_ == "pobj" and root.head.lower_ not in {"of", "at", "from"}:
                continue  # the interviewer, or what the interview is about
            return self._person_speaker(m.person, doc_text(self.doc)[m.start : m.end])
        return None

    def addressed_person(self, start: int, end: int) -> Speaker | None:
        """The person a question between two offsets addresses by name, set off as one
        is spoken to ("Q: Mr Kask, how ...", "Q: General Tamm, ...", "..., Minister
        Kask?"): the one who answers it. None when it names no one so."""
        doc = self.doc
        for m in self.mentions:
            if not (start <= m.start and m.end <= end) or self._in_quote(m.start):
                continue
            if m.token_end >= len(doc):
                continue
            k = m.token_start - 1  # over the honorific or titles before the name
            while (
                k >= 0
                and doc[k].is_title
                and (doc[k].lower_ in _NAME_HONORIFICS or self.roles.is_title_token(doc[k]))
            ):
                k -= 1
            if k >= 0 and (doc[k].text, doc[m.token_end].text) in _ADDRESS_MARKS:
                return self._person_speaker(m.person, doc_text(doc)[m.start : m.end])
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
        heads = [head] + [
            c for c in head.conjuncts if c.i > head.i and not self.second_title(head, c)
        ]
        pair = self._recent_pair(head) if head.lower_ in _PLURAL_PRONOUNS else None
        if pair:
            return pair
        aged = self.aged_person(head) if len(heads) == 1 else None
        if aged is not None:  # "the 54-year-old (engineer) said": a person named before
            speakers = [aged]
        else:
            speakers = [s for s in (self._resolve_one(h) for h in heads) if s is not None]
        if not speakers and speech and len(heads) == 1:
            # "Ombria says it has 3,000 drones"; a body tagged as one elsewhere only
            untyped = self._untyped_name(head) or self._typed_elsewhere(head)
            speakers = [untyped] if untyped is not None else []
        if not speakers and describe:
            # "political analyst and Americanist X": a title beside a name is no source
            speakers = [
                self._described_before(h, s)
                for h, s in ((h, self.description(h, speech)) for h in heads)
                if s is not None
            ]
            if len(speakers) == 1 and speakers[0].kind == "person" and speech:
                # an unnamed source introduced as such ("a senior official", then "the
                # official"); "the Republican nominee" may be a person named before
                new = (speakers[0].mention or "").lower().startswith(("a ", "an "))
                again = any(s.name == speakers[0].name for _, s in self._introduced_as.values())
                self._last_described = (head.idx, speakers[0]) if new or again else None
            if (
                len(speakers) == 1
                and head.tag_ in {"NN", "NNP"}
                and speakers[0].kind in {"document", "organization", "outlet"}
                and head.i > self._last_org_at
            ):
                # "the report says ... It also notes": a document or a body that spoke is
                # what a later "it" refers to, as a named organisation that spoke is
                self._last_org, self._last_org_at = speakers[0], head.i
        if len(speakers) == 1 and speech and self._speaks_as_described(head, speakers[0]):
            # '"...," the minister shot back. Per soldier, he went on, ...': the person a
            # description named as speaking is whom a pronoun right after goes on with
            self._last_described = (head.idx, speakers[0])
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
        elif dets == ["the"]:
            # (a relative clause may say more of it: "The official, who briefed ...,")
            at, earlier = self._introduced_as.get(head.lemma_.lower(), (head.i, None))
            # "the NATO official" after "a senior NATO official": its words were all there
            # ("the same official" is that one again); "the person briefed on the
            # negotiations" after "a person briefed on the negotiations": so were the
            # words after it
            words = {c.lower_ for c in head.lefts if c.dep_ != "det" and c.lower_ != "same"}
            after = [c for c in head.rights if c.dep_ not in {"relcl", "punct"}]
            if after:
                words |= set(speaker.name.lower().split()) - {head.lower_}
            if (
                earlier is not None
                and at < head.i
                and words <= set(earlier.name.lower().split())
                and all(c.dep_ in {"det", "compound", "amod"} for c in head.lefts)
                and all(c.dep_ in {"amod", "prep", "acl"} for c in after)
            ):
                return earlier.model_copy(update={"mention": speaker.mention})
        return speaker

    def _reveal(self, head: Token, person: Speaker) -> None:
        """ "..., a senior army officer said. The officer, Major General X,
        told ...": the unnamed source the article introduced with that noun is X from the
        start (`revealed`, for the records made before the name)."""
        if head.tag_ != "NN" or [c.lower_ for c in head.lefts] != ["the"]:
            return
        at, earlier = self._introduced_as.get(head.lemma_.lower(), (head.i, None))
        if earlier is not None and at < head.i and earlier.name not in self.revealed:
            self.revealed[earlier.name] = person

    def _speaks_as_described(self, head: Token, speaker: Speaker) -> bool:
        """Whether a definite description ("the minister", not a name, not a pronoun)
        names a person of the article as the one speaking."""
        return (
            speaker.kind == "person"
            and head.is_lower
            and head.pos_ in {"NOUN", "PROPN"}
            and any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts)
            and self.mention_at(head) is None
            and self._person_named(speaker.name) is not None
        )

    def _unnamed_source_again(self, pronoun: Token) -> Speaker | None:
        """ "..., the official said. '...,' he said.": a pronoun that speaks right after an
        unnamed person spoke (in its sentence or the three before), with no one named since
        outside quotations, is that source again."""
        if self._last_described is None or pronoun.dep_ != "nsubj" or pronoun.lower_ in {"i", "we"}:
            return None
        at, speaker = self._last_described
        person = self._person_named(speaker.name)
        if person is not None and person.gender not in (None, _PRONOUNS[pronoun.lower_]):
            return None
        first = pronoun.sent.start
        for _ in range(3):  # a quotation of a few sentences may stand between
            if first > 0:
                first = self.doc[first - 1].sent.start
        if not self.doc[first].idx <= at < pronoun.idx:
            return None
        if any(at < m.start < pronoun.idx and not self._in_quote(m.start) for m in self.mentions):
            return None
        return speaker

    def _described_subject_before(self, pronoun: Token) -> Speaker | None:
        """A pronoun with no person named before it, after a person introduced by a
        description as the subject of its sentence or of the two before ("A supply
        sergeant at the fuel depot walked along a row of tankers ... On a busy night, she
        says, ..."): that person, as described; "The sergeant, X," later names her
        (`_reveal`)."""
        first = pronoun.sent.start
        for _ in range(2):
            if first > 0:
                first = self.doc[first - 1].sent.start
        for tok in self.doc[first : pronoun.i]:
            if (
                tok.dep_ == "nsubj"
                and tok.tag_ == "NN"
                and [c.lower_ for c in tok.lefts if c.dep_ == "det"] in (["a"], ["an"])
                and not self._in_quote(tok.idx)
            ):
                found = self.description(tok, True)
                if found is not None and found.kind == "person":
                    found = self._described_before(tok, found)
                    self._named_later(tok)
                    return found
        return None

    def _named_later(self, described: Token) -> None:
        """ "The sergeant, Staff Sergeant X," after "A sergeant at the depot ...": the
        person introduced by that noun is X (`_reveal`)."""
        for tok in self.doc[described.i + 1 :]:
            if tok.lemma_ != described.lemma_ or tok.tag_ != "NN":
                continue
            for child in tok.children:
                mention = self.mention_at(child) if child.dep_ == "appos" else None
                if mention is not None:
                    words = self.doc[mention.token_start : mention.token_end].text
                    self._reveal(tok, self._person_speaker(mention.person, words))
                    return

    def _in_full(self, speaker: Speaker) -> Speaker:
        """An organisation under the full name the article gave its short form."""
        update = {}
        if speaker.kind != "person" and (full := self._stands_for(speaker.name)):
            update["name"] = full
        elif speaker.kind == "organization" and (full := self._with_own_state(speaker.name)):
            update["name"] = full  # "Defence Force figures" after "the X Defence Force"
        if full := self._body_in_full(speaker.organization, speaker.role):
            update["organization"] = full  # "Hallberg's finance chief": Hallberg Werft
        if speaker.organization and self._person_named(speaker.organization) is not None:
            update["organization"] = self._no_person(speaker.organization)
        return speaker.model_copy(update=update) if update else speaker

    def _with_own_state(self, name: str) -> str | None:
        """A body's name of two capitalised words or more as the article also writes it
        after the name or adjective of its own state ("Defence Force" where it wrote "the
        X Defence Force" before or after), else None."""
        if name not in self._own_state_names:  # (the article is read once per name)
            self._own_state_names[name] = self._find_with_own_state(name)
        return self._own_state_names[name]

    def _find_with_own_state(self, name: str) -> str | None:
        words = name.split()
        if len(words) < 2 or not all(w[:1].isupper() or w in {"of", "for", "and"} for w in words):
            return None
        if self.index.canonical(name) is not None:
            return None
        country = self._main_country()
        if country is None:
            return None
        text = doc_text(self.doc)
        for form in dict.fromkeys((country, self._demonym(country))):
            if form and re.search(rf"(?<![\w-]){re.escape(f'{form} {name}')}(?![\w-])", text):
                return f"{form} {name}"
        return None

    def _antecedent(self, head: Token) -> Token:
        """What a relative pronoun subject stands for ("residents who said": residents);
        an antecedent in apposition to a name is that name ("Erik Lund, now the council
        leader, who said": Lund)."""
        if head.lower_ in _DISTRIBUTIVE and head.dep_ == "nsubj":
            # "X and Y clashed, each saying ...": the subject of the clause it hangs on
            verb = head.head
            before = [
                c
                for c in verb.children
                if c.i < head.i and c.dep_ in {"dep", "nsubj"} and c.pos_ in {"PROPN", "NOUN"}
            ]
            if before:  # "X and Y, Z, both said": the parser left the names beside "both"
                return before[0]
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
        if (
            owner.dep_ == "appos"
            and owner.head.pos_ == "PROPN"
            and self.mention_at(owner.head) is not None
        ):
            return owner.head  # "X, the harbourmaster at Port Y, who said": X
        if owner.pos_ != "NOUN" or not self.roles.names_people(owner):
            return None
        return owner

    def _partitive_of(self, head: Token) -> Token | None:
        """The group a part of it is taken from: 'lawyers' in "one of the lawyers", 'them'
        in "one of them" (the group named before)."""
        if head.lower_ not in _PARTITIVE or head.pos_ == "PROPN":
            return None
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                return next(
                    (
                        o
                        for o in child.children
                        if o.dep_ == "pobj"
                        and (o.pos_ in {"NOUN", "PROPN"} or o.lower_ in _PLURAL_PRONOUNS)
                    ),
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
                update = {"mention": doc[head.i : whole.i + 1].text}
                if found.kind == "group":
                    # "one of them" after "two diplomats familiar with the talks": one of
                    # the diplomats familiar with the talks, no more two of them
                    words = uncounted(found.name).split()
                    if lower == "one":
                        words = ["one", "of", "the", *words]
                    update["name"] = " ".join(words)
                return found.model_copy(update=update)
            return None
        part = self._document_part(head)
        if part is not None:
            return part
        if lower == "one" and head.pos_ == "NUM" and head.dep_ == "nsubj" and not head.n_lefts:
            # "Two diplomats said ... One said ...": one of the group just named, as
            # "one of them" is
            found = self._recent_group(head) if not head.n_rights else None
            if found is not None and found.kind == "group":
                words = uncounted(found.name).split()
                if words and words[0].lower() in self.roles.group_nouns:
                    words[0] = words[0].lower()  # "Analysts said ...": capitalised as it opened
                words = ["one", "of", "the", *words]
                return found.model_copy(update={"name": " ".join(words), "mention": head.text})
        if lower in _RELATIVE and head.dep_ == "nsubj" and head.head.dep_ == "relcl":
            return self._resolve_one(self._antecedent(head))
        if lower in _PRONOUNS:
            unnamed = self._unnamed_source_again(head)
            if unnamed is not None:
                return unnamed.model_copy(update={"mention": head.text})
            person = self._pronouns.get(head.i)
            if person is None:
                person = self.last_person(head.idx, _PRONOUNS[lower])
            if person is None:
                described = self._described_subject_before(head)
                return described.model_copy(update={"mention": head.text}) if described else None
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
        writers = self._writers_voice(head)
        if writers is not None:  # "our estimates", "we count" in a fellow's commentary
            return writers
        owned = self._pronoun_owned_body(head) or self._pronoun_owned_document(head)
        if owned is not None:  # "her office", "his agency": the body that person speaks for
            return owned
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
                found = self._person_speaker(m.person, doc[m.token_start : m.token_end].text)
                self._reveal(head, found)
                return found
        set_off = self._name_set_off_after(head)
        if set_off is not None:
            found = self._person_speaker(
                set_off.person, doc[set_off.token_start : set_off.token_end].text
            )
            self._reveal(head, found)
            return found
        named = self._title_appositive(head)
        if named is not None:
            return named
        named = self._appositive_body(head)
        if named is not None:  # "the state drone maker, X Aerosystems, said": X Aerosystems
            return self._spoke(named, head)
        if head.lemma_.lower() in _STAFF_NOUNS:  # "the DARC team found": the institute
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
        if head.lemma_.lower() in _ORGAN_NOUNS:  # "Brightwell's management said": Brightwell
            owner = next((c for c in head.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            found = self._resolve_one(owner) if owner is not None else None
            if found is not None and found.kind == "organization":
                mention_text = doc[owner.left_edge.i : head.i + 1].text
                return found.model_copy(update={"mention": mention_text})
            if (
                owner is None
                and head.lemma_.lower() == "management"
                and all(c.lower_ == "the" for c in head.lefts)
            ):
                # "The management told analysts that ...": the company the article is
                # about (the last one named, unless named once in passing)
                company = self._company_taken_up(head.idx)
                if company:
                    mention_text = doc[head.left_edge.i : head.i + 1].text
                    return Speaker(name=company, mention=mention_text, kind="organization")
        described = self._descriptor_before_name(head)
        if described is not None:  # "the state news agency ONA reported": ONA
            kind = "outlet" if described[2] == "outlet" else "organization"
            mention = doc[head.left_edge.i : head.i + 2].text
            return Speaker(name=described[1], mention=mention, kind=kind)
        if head.pos_ == "PROPN":  # "Tarvo Lund, a family-owned builder": not Lund
            start = head.i
            while start > 0 and doc[start - 1].dep_ == "compound":
                prev = doc[start - 1]
                # ("Folha do Norte, a daily": a small word of a name in another language)
                joined = prev.text in body_particles() and start >= 2 and doc[start - 2].is_title
                if not (prev.is_title or joined):
                    break
                start -= 1
            name = doc[start : head.i + 1].text
            if any(found == name for _at, found, _typ in self._described_names()):
                return Speaker(name=name, mention=name, kind="organization")
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
            if head.i == named.end - 1 and head.lower_ in self.roles.body_nouns:
                # "The Pulau Rendah Space Agency says": a name inside the body's own name
                # (a state's the tagger took for a person's) does not speak
                about |= {t.i for t in named}
        if head.pos_ == "PROPN" and head.ent_type_ == "ORG":
            # "Tovey Marine Group (TMG), the Brenland shipbuilder, ...": the tagged
            # organisation speaks, not a name inside the words that describe it
            about |= {t.i for c in head.rights if c.dep_ == "appos" for t in c.subtree}
        about |= self._body_topics(phrase)  # "the Board of Inquiry on X": not X
        if head.lemma_.lower() == "ministry":
            # "Pulau Merah's foreign ministry said": the ministry speaks, not its owner
            # (a state's name the tagger took for a person's)
            about |= {t.i for c in head.lefts if c.dep_ == "poss" for t in c.subtree}
        persons = [self.mention_at(t) for t in phrase if t.i not in about]
        persons = [m for m in persons if m is not None]
        if persons:
            m = persons[0]
            return self._person_speaker(m.person, doc[m.token_start : m.token_end].text)
        if about and min(about) > head.i:
            # "a report on the authority's fees": what it is about does not write it
            phrase = doc[phrase.start : min(about)]
        spokesperson = self._spokesperson_org(head)
        if spokesperson is not None:
            return spokesperson  # a typed person of the body, not the body itself
        org = (
            self._organisation(head, phrase)
            or self._untyped_reporter(head)
            # "the news portal X reported" (the parser made "portal" an adjective)
            or self._outlet_named_after_noun(head)
        )
        if org is not None and org.kind == "organization" and head.pos_ == "NOUN":
            # "figures from Ombria's shipbuilders' association": the author the document
            # names, not another name inside its words (the same body named in full stays)
            author = self._document_author(head)
            if author is not None and (
                org.name not in author.name
                and author.name not in org.name
                or author.name.startswith(org.name + "'")
                # "Amberland's shipbuilders' association": the body, not its state
                or author.name != org.name
                and (self._is_state(org.name) or org.name in self._likely_states())
            ):
                org = author
        return self._spoke(org, head) if org is not None else None

    def _outlet_named_after_noun(self, head: Token) -> Speaker | None:
        """A name right after a noun that calls it a news outlet ("the news portal X",
        "the website X"; "agency" only as a news or press agency): that outlet."""
        doc = self.doc
        if head.pos_ != "PROPN" or self.mention_at(head) is not None:
            return None
        start = head.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
            start -= 1
        if start == 0 or not doc[start].text[:1].isupper():
            return None
        noun = doc[start - 1]
        pair = f"{doc[start - 2].lower_} {noun.lower_}" if start >= 2 else ""
        typ = self.index.descriptor_type(pair) or self.index.descriptor_type(noun.lower_)
        if (
            typ != "outlet"
            or noun.lower_ == "agency"
            and pair not in {"news agency", "press agency"}
        ):
            return None
        name = doc[start : head.i + 1].text
        return Speaker(name=name, mention=doc[start - 1 : head.i + 1].text, kind="outlet")

    def _name_set_off_after(self, head: Token) -> Mention | None:
        """The person named right after a title's noun, between commas, that the parser
        did not hang on it as apposition ("according to the brigade's duty officer,
        Captain X Y, the crews ..."): that mention, a rank or title before it allowed."""
        doc = self.doc
        lemma = head.lemma_.lower()
        if lemma not in self.roles.person_nouns and lemma not in self.roles.title_heads:
            return None
        if head.i + 2 >= len(doc) or doc[head.i + 1].text != ",":
            return None
        for k in range(head.i + 2, min(head.i + 6, len(doc))):
            mention = self.mention_at(doc[k])
            if mention is not None:
                if mention.token_end < len(doc) and doc[mention.token_end].text == ",":
                    return mention
                return None
            if not self.roles.is_title_token(doc[k]):
                return None
        return None

    def _spoke(self, org: Speaker, head: Token) -> Speaker:
        """An organisation found for `head`, kept as the last body that spoke."""
        self._last_org = org
        self._last_org_at = max(self._last_org_at, head.i)
        return org

    def _appositive_body(self, head: Token) -> Speaker | None:
        """A body described by a common noun and named in apposition right after it ("the
        state's drone conglomerate, X Aerosystems,"): the tagged name, not the last body of
        the noun's kind."""
        if head.pos_ != "NOUN":
            return None
        for child in head.rights:
            if (
                child.dep_ == "appos"
                and child.pos_ == "PROPN"
                and child.ent_type_ == "ORG"
                and child.left_edge.i == head.i + 2  # right after the noun and its comma
                and self.doc[head.i + 1].text == ","
            ):
                span = self.doc[child.left_edge.i : child.right_edge.i + 1]
                org = self._organisation(child, span)
                if org is not None and org.kind == "organization":
                    return org
        return None

    def _body_topics(self, phrase: Span) -> set[int]:
        """The words of a phrase that say what a tagged body is about, after its name ("the
        Board of Inquiry on X", "the Commission for Y"): a preposition's phrase hung on
        the body's name past the tagged name's end. They name no one who speaks."""
        found: set[int] = set()
        for tok in phrase:
            if tok.pos_ != "PROPN" or tok.ent_type_ != "ORG":
                continue
            named = next((e for e in self.ents if e.start <= tok.i < e.end), None)
            if named is None:
                continue
            found |= {
                t.i for c in tok.rights if c.dep_ == "prep" and c.i >= named.end for t in c.subtree
            }
        return found

    def _writers_voice(self, head: Token) -> Speaker | None:
        """What "we", "us" or "our estimates" outside quotation marks stand for in an
        article its byline credits to a body's staff ("By X, senior fellow, Y Institute"):
        that body. Nothing without such a byline."""
        owner = head
        if head.lower_ not in _WRITERS:
            owner = next((c for c in head.lefts if c.dep_ == "poss"), None)
            lemma = head.lemma_.lower()
            if owner is None or owner.lower_ != "our":
                return None
            if (
                lemma not in self.roles.document_nouns
                and head.lower_ not in self.roles.document_nouns
            ):
                return None
        if self._in_quote(owner.idx):
            return None
        body = self._writers_body()
        if body is None:
            return None
        mention = self.doc[owner.i : head.i + 1].text
        return Speaker(name=body, mention=mention, kind="organization")

    def _writers_body(self) -> str | None:
        """The body a byline in the article's first lines names after the writer's name
        ("By X, senior fellow, Y Institute for Security Studies"; "By X, analyst at Y"): a
        name the entity lexicon or its last word types as an organisation."""
        if self._byline_body is not None:
            return self._byline_body or None
        self._byline_body = ""
        found = self._byline(_BYLINE)
        if found is not None:
            for part in reversed(re.split(r"[,;]", found.group(1))):
                part = part.strip()
                if part[:1].islower():  # "senior fellow at the Y Institute": the body
                    part = re.sub(r"^.*?\b(?:at|of|with)\s+", "", part)
                part = re.sub(r"^(?:the|The)\s+", "", part)
                known = self.index.canonical(part)
                if known is not None and known.kind != "country":
                    self._byline_body = known.name
                elif part[:1].isupper() and self.index.org_type(part) is not None:
                    self._byline_body = part
                if self._byline_body:
                    break
        if not self._byline_body:  # "X Markets | Equity Research": the masthead's body
            self._byline_body = self._masthead() or ""
        if not self._byline_body:  # a body's summary of its own report: its publisher
            self._byline_body = self._lead_report_author() or ""
        return self._byline_body or None

    def _lead_report_author(self) -> str | None:
        """The body whose report the article's lead announces ("..., according to a study
        the X Institute released on Tuesday"): the author of a document named in the
        headline or the first paragraph after it, when that is a body; the voice of an
        article written as that body's summary, whose "we" is the body's."""
        text = doc_text(self.doc)
        paragraphs = [m.end() for m in re.finditer(r"\n\s*\n", text)]
        lead_end = paragraphs[1] if len(paragraphs) > 1 else len(text)
        for at, _noun, speaker in self._documents():
            if (
                at < lead_end
                and speaker.kind == "organization"
                and not self._is_state(speaker.name)
            ):
                return speaker.name
        return None

    def _masthead(self) -> str | None:
        """The body the article's masthead names (`masthead_body`), read once."""
        if self._masthead_name is None:
            self._masthead_name = (masthead_body(doc_text(self.doc), self.ents),)
        return self._masthead_name[0]

    def person_named(self, name: str) -> Speaker | None:
        """The person of the article with this name, written in full, as a speaker; None
        when the article names no such person."""
        person = self.persons.get(name)
        return None if person is None else self._person_speaker(person, name)

    def title_org(self, role: str, before: int) -> str | None:
        """The organisation a title given without one implies at an offset: a company
        title's company, a minister's ministry or country (`_default_org`)."""
        return self._default_org(role, before)

    def publisher(self) -> Speaker | None:
        """The body whose own publication the article is: its masthead names it
        (`masthead_body`) and its narration speaks as "we". The figures the article
        states in its own voice are that body's. None for an article that is no body's."""
        if self._own_publisher is None:
            name = self._masthead()
            found = None
            if name is not None and speaks_as_body(self.doc, self._in_quote):
                known = self.index.canonical(name)
                found = Speaker(name=known.name if known else name, kind="organization")
            self._own_publisher = (found,)
        return self._own_publisher[0]

    def release_source(self) -> Speaker | None:
        """The body whose release the article sums up, as a line of its head names it
        ("Published by the X Statistics Office (XSO)", `release_publisher`). The figures
        the article states with no source of their own are that release's. None for an
        article with no such line."""
        if self._release is None:
            name = release_publisher(doc_text(self.doc))
            found = None
            if name is not None:
                known = self.index.canonical(name)
                found = Speaker(name=known.name if known else name, kind="organization")
            self._release = (found,)
        return self._release[0]

    def _byline(self, pattern: re.Pattern) -> re.Match | None:
        """The first line of the article's head that `pattern` matches (a byline)."""
        head = doc_text(self.doc)[:_BYLINE_CHARS]
        for line in head.split("\n")[: _BYLINE_LINES * 2]:
            found = pattern.match(line)
            if found is not None:
                return found
        return None

    def writer(self) -> Speaker | None:
        """The person a byline in the article's first lines names ("By Anna Berg"), as
        the article describes them elsewhere, or the closing line of a signed piece
        introduces ("Anna Berg is a former fleet commander."); None without either or for a
        byline that names no person (a desk, an agency)."""
        if self._writer is None:
            self._writer = (self._byline_person() or self._tagline_person(),)
        return self._writer[0]

    def _tagline_person(self) -> Speaker | None:
        """The writer a signed piece's last paragraph introduces in one short sentence
        ("Anna Berg is a former fleet commander.", "X was defence minister from
        2014 to 2019.")."""
        last = doc_text(self.doc).rstrip().rsplit("\n", 1)[-1].strip()
        found = _TAGLINE.match(last)
        if found is None or len(last.split()) > _TAGLINE_WORDS:
            return None
        name = found.group(1)
        if self.index.canonical(name) is not None or self.index.org_type(name) is not None:
            return None
        return Speaker(name=name, mention=name, kind="person")

    def _byline_person(self) -> Speaker | None:
        found = self._byline(_BYLINE_NAME)
        if found is None:
            return None
        name = _clean_name(found.group(1))
        words = name.split()
        if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
            return None
        if self.index.canonical(name) is not None or self.index.org_type(name) is not None:
            return None
        person = self.persons.get(name)
        if person is not None:
            return self._person_speaker(person, name)
        return Speaker(name=name, mention=name, kind="person")

    def _pronoun_owned_body(self, head: Token) -> Speaker | None:
        """A body a person's pronoun owns ("her office", "his agency"): the organisation
        the person the pronoun refers to speaks for, when the article gave one of that
        kind ("the Public Accounts Office" for "her office")."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in self.roles.body_nouns:
            return None
        owner = _personal_owner(head)
        if owner is None:
            return None
        person = self._pronouns.get(owner.i)
        if person is None or not person.organization:
            return None
        if person.organization.split()[-1].lower() != head.lemma_.lower():
            return None  # "his ministry" of a minister of a state: the ministry, not the state
        mention = self.doc[owner.i : head.i + 1].text
        return Speaker(name=person.organization, mention=mention, kind="organization")

    def _pronoun_owned_document(self, head: Token) -> Speaker | None:
        """A document a person's pronoun owns ("His new book, X, argues", "her report
        says"): the person the pronoun refers to, its author."""
        noun = head.head if head.dep_ == "appos" and head.pos_ == "PROPN" else head
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.roles.document_nouns:
            return None
        owner = _personal_owner(noun)
        if owner is None:
            return None
        person = self._pronouns.get(owner.i) or self.last_person(owner.idx, _PRONOUNS[owner.lower_])
        if person is None:
            return None
        return self._person_speaker(person, self.doc[owner.i : head.i + 1].text)

    def _document_part(self, head: Token) -> Speaker | None:
        """The author of the document a part of it belongs to, as a source ("according to
        Table 4", "an annex to the report shows", "the report's third table"): the
        document it names ("'s", "of", "to", "in"), else the last document after the
        headline whose author the article gives (the one in hand), under the full name
        the article gave it. A "figure" or a "page" only with its number, as a part is
        named; None for any other noun."""
        lemma = head.lemma_.lower()
        if lemma not in self.roles.document_parts or head.tag_ in {"NNS", "NNPS"}:
            return None
        numbered = any(c.like_num and c.i > head.i for c in head.children) or (
            head.i + 1 < len(self.doc) and self.doc[head.i + 1].like_num
        )
        if lemma in {"figure", "page"} and not numbered:
            return None  # "the figure": a number, not a part of a document
        if head.pos_ == "PROPN" and not numbered:
            return None  # a name
        mention = self.doc[head.left_edge.i : head.right_edge.i + 1].text
        given = self._document_author(head, mention)  # "an annex the ministry released"
        if given is not None and given.kind in {"organization", "outlet"}:
            return given
        owners = [([c for c in head.lefts if c.dep_ == "poss"], "'s")]  # "the report's table"
        owners += [
            ([c for c in prep.children if c.dep_ == "pobj"], prep.lower_)
            for prep in head.rights
            if prep.dep_ == "prep"
        ]
        for found, link in owners:
            inner = found[0] if found else None
            if inner is not None and link in {"'s", "of", "to", "in"}:
                if inner.pos_ == "NOUN":
                    author = (
                        self._document_author(inner, mention)
                        or self._resolve_one(inner)
                        or self.description(inner)
                    )
                    if author is not None and author.kind in {"organization", "outlet"}:
                        return author.model_copy(update={"mention": mention})
                if inner is not None:
                    return None  # "a table of shell prices", another document's part
        # (a headline's "Observatory report finds" names no author in full)
        start = headline_end(doc_text(self.doc))
        authors = [s for at, _n, s in self._documents() if start <= at < head.idx]
        if not authors or authors[-1].kind == "person":
            return None
        name = self._full_name(authors[-1].name, head.idx)  # "the Observatory's estimates"
        return authors[-1].model_copy(update={"name": name, "mention": mention})

    def _document_author(self, head: Token, mention: str | None = None) -> Speaker | None:
        """The author `_documents` found for the document noun `head`, if any; not a
        document's own name ("data from the National Household Survey")."""
        if (
            head.lemma_.lower() not in self.roles.document_nouns
            and head.lower_ not in self.roles.document_nouns
            and head.lemma_.lower() not in self.roles.document_parts  # "an annex X released"
        ):
            return None
        for at, _noun, speaker in self._documents():
            if at == head.idx and (
                not self._names_a_document(speaker.name)
                # ("the Kessel consultancy Baltic Arms Monitor": a body the article describes)
                or any(name == speaker.name for _, name, _t in self._described_names())
            ):
                if mention is None:
                    mention = self.doc[head.left_edge.i : head.right_edge.i + 1].text
                return speaker.model_copy(update={"mention": mention})
        for prep in head.rights:  # "a summary of the navy's review": the review's author
            if prep.dep_ == "prep" and prep.lower_ == "of":
                inner = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if inner is not None and inner.pos_ == "NOUN":
                    if mention is None:
                        mention = self.doc[head.left_edge.i : head.right_edge.i + 1].text
                    return self._document_author(inner, mention)
        return None

    def _untyped_name(self, head: Token) -> Speaker | None:
        """A one-word name the tagger gave no type as the subject of a verb of saying,
        not a person of the article, a given name or a word it writes in lower case: a
        body or a state speaking under its own name ("Ombria says it has ...")."""
        if (
            not (
                self._bare_subject_name(head)
                or self._state_subject_name(head)
                or self._short_form_subject(head)
            )
            or not head.is_alpha
            or list(head.children)
            or any(head.text in p.name.split() for p in self.persons.values())
            or self.roles.is_title_token(head)
            or self._written_at(head.lower_)
        ):
            return None
        return Speaker(name=head.text, mention=head.text, kind="organization")

    def _typed_elsewhere(self, head: Token) -> Speaker | None:
        """A name the tagger typed as an organisation elsewhere in the article but not
        here ('"...," Harbourline says.' read as a work of art, after "Harbourline, a
        monitoring group,"), subject of its verb and no person of the article: that
        organisation."""
        if head.dep_ != "nsubj" or head.pos_ != "PROPN" or head.ent_type_ == "ORG":
            return None
        start = head.i
        while start > head.left_edge.i and self.doc[start - 1].dep_ == "compound":
            if self.doc[start - 1].pos_ != "PROPN" or self.doc[start - 1].head.i != head.i:
                break
            start -= 1
        name = self.doc[start : head.i + 1].text
        if name in self.persons or any(p.surname == name for p in self.persons.values()):
            return None
        if not any(e.label_ == "ORG" and e.text == name for e in self.ents):
            return None
        known = self.index.canonical(name)
        kind = "outlet" if known is not None and known.kind == "outlet" else "organization"
        return Speaker(name=name, mention=name, kind=kind)

    def _short_form_subject(self, head: Token) -> bool:
        """A word in capitals the tagger gave no type, subject of its verb, whose letters
        are the initials of a body the article named in full before ("the Harbour Press
        Agency reported ... HPA added that ..."): that body, under the short form."""
        return (
            head.dep_ == "nsubj"
            and head.pos_ in {"PROPN", "NOUN"}  # (the tagger's guess for an unknown word)
            and not head.ent_type_
            and head.text.isupper()
            and head.text in self.org_short_forms
        )

    def _state_subject_name(self, head: Token) -> bool:
        """A one-word place the tagger found, which the lexicon does not know and the
        article treats as a state (`_unknown_countries`, `_likely_states`; not a city
        standing for its government, "Lisbon has pledged"), subject of its verb: a state
        speaking under its name ("Ostria has said that ...")."""
        return (
            head.dep_ == "nsubj"
            and head.pos_ == "PROPN"
            and head.ent_type_ == "GPE"
            and head.ent_iob_ == "B"
            and (head.i + 1 >= len(self.doc) or self.doc[head.i + 1].ent_iob_ != "I")
            and head.text[:1].isupper()
            and not head.text.isupper()
            and self.index.canonical(head.text) is None
            and (head.text in self._unknown_countries() or head.text in self._likely_states())
        )

    def _untyped_reporter(self, head: Token) -> Speaker | None:
        """ "Nordposten reported last month that ...": a name the tagger gave no type,
        subject of "report", no person of the article and no given name, is a news outlet
        (a person reports with a name of two words the tagger knows as one)."""
        verb = head.head
        if (
            not self._bare_subject_name(head)
            or verb.lemma_.lower() != "report"
            or verb.pos_ != "VERB"
            or any(c.dep_ in {"compound", "det", "amod", "poss"} for c in head.lefts)
            or any(p.surname == head.text for p in self.persons.values())
        ):
            return None
        return Speaker(name=head.text, mention=head.text, kind="outlet")

    def _bare_subject_name(self, head: Token) -> bool:
        """A capitalised proper noun the tagger gave no type, subject of its verb, not all
        capitals and not a given name."""
        return (
            head.dep_ == "nsubj"
            and head.pos_ == "PROPN"
            and not head.ent_type_
            and head.text[:1].isupper()
            and not head.text.isupper()
            and head.text not in self.given_names
        )


def _defined_in_full(ents: tuple[Span, ...], short_forms: dict[str, str]) -> tuple[Span, ...]:
    """Names the tagger cut short before the short form that defines them: "the Fell
    and Estuary Safety Board (FESB)" tagged from "Estuary" is the whole name the
    short form stands for (the entities inside it give way)."""
    if not ents:
        return ents
    doc = ents[0].doc
    grown = []
    for ent in ents:
        end = ent.end
        if ent.label_ != "ORG" or end + 2 >= len(doc) or doc[end].text != "(":
            continue
        full = short_forms.get(doc[end + 1].text) if doc[end + 2].text == ")" else None
        before = doc_text(doc)[: ent.start_char]
        if not full or not full.endswith(" " + ent.text):
            continue
        prefix = full[: -len(ent.text)]
        if before.endswith(prefix):
            span = doc.char_span(ent.start_char - len(prefix), ent.end_char, label="ORG")
            if span is not None:
                grown.append((ent, span))
    if not grown:
        return ents
    kept = [e for e in ents if not any(s.start <= e.start and e.end <= s.end for _, s in grown)]
    kept += [span for _, span in grown]
    return tuple(sorted(kept, key=lambda e: e.start))


def _joined_at_and(ents: tuple[Span, ...], index: EntityIndex) -> tuple[Span, ...]:
    """Names the tagger cut in two at their "and": "the Centre for Arctic" and "Maritime
    Security" are the Centre for Arctic and Maritime Security. The first part is a body's
    word with its "for" or "of" and a field cut short (its last word is no body's word),
    the second a run of capitalised words right after "and", none a body's word."""
    if len(ents) < 2:
        return ents
    doc = ents[0].doc
    joined: list[Span] = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if (
            nxt is not None
            and ent.label_ in {"ORG", "FAC"}
            and nxt.start == ent.end + 1
            and doc[ent.end].lower_ == "and"
            and _field_cut_short(ent, index)
            and all(t.is_title for t in nxt)
            # (not a second body: "the Centre for Naval Analysis and Amberley Shipyards")
            and not any(index.type_word(t.text) for t in nxt)
        ):
            joined.append(Span(doc, ent.start, nxt.end, label="ORG"))
            k += 2
            continue
        joined.append(ent)
        k += 1
    return tuple(joined) if len(joined) < len(ents) else ents


def _bodies_by_their_ending(ents: tuple[Span, ...], index: EntityIndex) -> tuple[Span, ...]:
    """Names the tagger took for a work, a product or an event that end in a word of a
    body's kind ("The X Shipbuilding yard" read as a work of art): organisations."""
    return tuple(
        Span(e.doc, e.start, e.end, label="ORG")
        if e.label_ in {"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"}
        and index.org_type(re.sub(r"^(?:the|The)\s+", "", e.text)) is not None
        else e
        for e in ents
    )


def _without_sums(ents: tuple[Span, ...]) -> tuple[Span, ...]:
    """Names the tagger ran on into the sum after them: "[the ministry will give Korvel
    Arms 900 million] crowns" names Korvel Arms. A trailing run of numbers with a scale
    word ("900 million", "2.5 billion") is cut off a name of capitalised words."""
    scales = words()["scales"]
    cut: list[Span] = []
    for ent in ents:
        k = ent.end
        while k > ent.start and ent.doc[k - 1].like_num:
            k -= 1
        if (
            ent.label_ in {"ORG", "PERSON", "FAC", "GPE"}
            and k < ent.end
            and any(t.lower_ in scales for t in ent.doc[k : ent.end])
            and k > ent.start
            and ent.doc[k - 1].text[:1].isupper()
        ):
            cut.append(Span(ent.doc, ent.start, k, label=ent.label_))
        else:
            cut.append(ent)
    return tuple(cut)


def _field_cut_short(ent: Span, index: EntityIndex) -> bool:
    """Whether a name is a body's word, "for" or "of", then capitalised words the last of
    which names no kind of body: "the Centre for Arctic"."""
    words = [t for t in ent if t.lower_ != "the"]
    if len(words) < 3 or words[1].lower_ not in {"for", "of"}:
        return False
    if index.type_word(words[0].text) is None:
        return False
    return all(t.is_title for t in words[2:]) and index.type_word(words[-1].text) is None


def _age_of(head: Token) -> str | None:
    """The age in "the 54-year-old" or "the 54-year-old engineer" (a definite phrase:
    someone the article has named), else None."""
    old = (
        head
        if head.lower_ == "old"
        else next((c for c in head.children if c.dep_ == "amod" and c.lower_ == "old"), None)
    )
    if old is None or old.i < 4:
        return None
    doc = head.doc
    number, year, the = doc[old.i - 4], doc[old.i - 2], doc[old.i - 5] if old.i >= 5 else None
    if not (number.like_num and year.lower_ == "year" and doc[old.i - 1].text == "-"):
        return None
    if the is None or the.lower_ != "the":
        return None
    return number.text


def _personal_owner(noun: Token) -> Token | None:
    """The "his" or "her" that owns a noun ("her office", "his new book")."""
    return next((c for c in noun.lefts if c.dep_ == "poss" and c.lower_ in {"his", "her"}), None)
