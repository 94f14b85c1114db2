"""Descriptions of unnamed sources ('a senior official', 'the analyst') and
documents that speak."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from pipeline.extract.coref import _reports
from pipeline.extract.datelines import DATELINE
from pipeline.extract.entities import latest_of_type
from pipeline.extract.speaking.names import (
    _JOINERS,
    _clean_name,
    citing_verbs,
    holder_verbs,
    name_start,
)
from pipeline.extract.speaking.organisations import _formal
from pipeline.extract.speaking.words import (
    QUANTIFIERS,
    STATE_BODY_NOUNS,
    bare_government,
    headline_end,
    sentence_before,
)
from pipeline.nlp.model import doc_text, tokens_where
from pipeline.records import Speaker

# parts of speech that start or head a clause of their own
_CLAUSE_POS = {"VERB", "AUX", "SCONJ"}


_GROUP_MODIFIERS = {"amod", "acl", "relcl", "prep"}  # "those close to him", "those who ..."
_PUBLISH_VERBS = {"publish", "release", "issue", "present", "launch", "unveil"}
# verbs of giving a document out: its publisher is their agent or subject
_GIVE_OUT_VERBS = _PUBLISH_VERBS | {
    "circulate",
    "commission",
    "compile",
    "give",
    "provide",
    "send",
    "share",
    "submit",
    "supply",
    "table",  # "numbers that the treasury tabled before the assembly"
}
# verbs of getting a document from its author: "numbers the panel got from X"
_RECEIVING_VERBS = {"obtain", "receive", "get"}
# verbs of writing a document, whose agent is its author ("was written by X")
# or of putting it before a body ("the bill was tabled by the treasury")
_WRITING_VERBS = {
    "write",
    "author",
    "prepare",
    "produce",
    "compile",
    "draft",
    "table",
    "submit",
    "file",
} | _PUBLISH_VERBS
_NAMED_BODY_LABELS = {"ORG", "WORK_OF_ART", "FAC", "PRODUCT"}
_LONGEST_QUALIFIER = 8  # tokens of a phrase after a description's noun kept in its name
_COMPANY_ORGANS = {"board"}  # a company's own voice when it names no one
# a body's own working parts, named with their owner ("the compact's secretariat")
_OWNED_ORGANS = frozenset({"secretariat", "directorate", "staff", "inspectorate"})
# determiners that take up a document named before: "the report", "that briefing"
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_COUNTING = {"second", "third", "fourth", "another"}  # "a second official": one more of them
_DOCUMENT_REACH = 2  # sentences before a definite document in which it was mentioned

# kinds of body a word in an unnamed source's description points to ("alliance officials")
_MODIFIER_BODIES = frozenset({"alliance", "company", "institute"})


_OPENING_CHARS = 600  # where a story's dateline may stand, after its headline and byline


class DescriptionsMixin:
    """Descriptions of unnamed sources (part of `SpeakerTracker`)."""

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
        part = self._document_part(head)
        if part is not None:  # "according to an annex to the report": the report's author
            return part
        led = self._headline_body(head) or self._lede_body(head)
        if led is not None:  # "Think-tank warns ..." over a story that names the institute
            return led
        service = (
            self._state_service(head)
            or self._called_by_function(head)
            or self._the_service(head)
            or self._bare_service(head)
        )
        if service is not None:  # "Ombria's army"; "the watchdog" (its name); "the service"
            return service
        roles = self.roles
        people = (
            lemma in roles.person_nouns
            or lower in roles.title_heads
            or lemma in roles.title_heads
            # (another word of a title, in the singular: "the state"; "programmes" of a
            # table's rows are no one, though "programme director" is a title)
            or lemma in roles.title_words
            and head.tag_ in {"NN", "NNP"}
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
            # "The Orvik Ferry Owners' Association reckons": an untagged body's name
            return self._untagged_body(head) if head.pos_ == "PROPN" else None
        if not (people or document or body or speech and common):
            return None
        if document and not speech and not people and not body and self._about_a_person(head):
            return None  # "citing the release of Anna Berg": an event cited, not a source
        addressed = self._addressee_body(head)
        if addressed is not None:
            return addressed
        described = self._described_body_before(head)
        if described is not None:
            return described
        linked = self._linked_description(head, document, body)
        if linked is not None:
            return linked
        named = self._named_appositive(head) or self._named_after(head, document)
        if named is not None:
            return named
        if not (people or body):  # "the NAO's calculations", "the auditors' figures": the body's
            owned = self._owner_body(head)
            if owned is not None:
                return owned
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
        if match and name.find(head.text) + len(head.text) <= match.start(1):
            role = None  # "a senior diplomat from a member state": a word after its head
        mention = self.doc[head.left_edge.i : head.i + 1].text
        org = (
            self._owner_named_before(head) or self._body_named_after(head)
            if kind == "person"
            else None
        )
        if org is None and kind in {"person", "group"}:
            org = self._body_of_modifier(head)  # "a senior alliance diplomat": the alliance
        owner = next((c for c in head.lefts if c.dep_ == "poss"), None)
        if org is None and kind == "person" and owner is not None and owner.lower_ == "its":
            # "Its defence correspondent" after "the broadsheet X Journal": X Journal's
            org = self._last_org_before(head.idx)
            if org is not None:
                name = " ".join([org] + [w for w in name.split() if w.lower() != "its"])
        if kind == "group" and owner is not None and owner.lower_ == "its":
            name = self._group_of_its(name, owner) or name
        if kind == "organization":
            name = self._lengthened(name, head)  # "the Compact secretariat": the X Compact's
            name = self._owner_named(name, head)  # "the compact's secretariat": the same
            name = self._town_body(name)  # "the municipal lettings office": the town's
            if owner is not None and owner.lower_ == "its":
                # "The office keeps no public count, but its audit directorate
                # answered": the body of the clause's subject before
                body = self._subject_before(owner)
                if (
                    body is not None
                    and body.kind == "organization"
                    and not self._names_a_country(body.name)
                ):
                    name = " ".join([body.name] + [w for w in name.split() if w.lower() != "its"])
        # (an unnamed person or group is named by its type alone, without an article or
        # a count, as the guideline names "U.S. officials": "a senior defence official"
        # -> "senior defence official", "two congressional aides" -> "congressional aides")
        speaker = Speaker(name=name, role=role, organization=org, mention=mention, kind=kind)
        if head.tag_ in {"NNS", "NNPS"} and kind != "document":
            self._last_group = speaker  # "Aides said ... They added ..."
        return speaker

    def _owner_named(self, name: str, head: Token) -> str:
        """A body's description that a body owns ("the compact's secretariat", "the
        alliance's secretariat"): the owner's name before the words after it, when the
        owner is a body the article names; else as it is."""
        owner = next((c for c in head.lefts if c.dep_ == "poss"), None)
        if owner is None or owner.pos_ != "NOUN" or head.lemma_.lower() not in _OWNED_ORGANS:
            return name
        found = self._resolve_one(owner) or self._body_by_word(owner)
        if found is None or found.kind != "organization" or self._is_state(found.name):
            return name
        words = [t.text for t in self.doc[owner.i + 1 : head.i + 1] if t.tag_ != "POS"]
        return " ".join([found.name, *words])

    def _town_body(self, name: str) -> str:
        """A local body's description ("municipal lettings office", lexicon
        `local_body_words`) in a story its dateline files from a town: the town's, named
        as the article writes the town ("VILA BRENTA -" and "in Vila Brenta"); else as it
        is."""
        if name.split()[0].lower() not in self.roles.local_body_words:
            return name
        text = doc_text(self.doc)
        lines = (DATELINE.match(line) for line in text[:_OPENING_CHARS].split("\n"))
        found = next((m for m in lines if m is not None), None)
        if found is None:
            return name
        place = found.group(0).split(",")[0].strip(" \t–—-")
        if not place.isupper() or self._article_state(place.title()):
            return name
        written = re.search(rf"\b{re.escape(place.title())}\b", text)
        return f"{written.group(0)} {name}" if written else name

    def _group_of_its(self, name: str, owner: Token) -> str | None:
        """A group "its" gives an owner: "according to its organisers" after "The fair drew
        ..." -> "organisers of the X Fair", the body of the clause's subject before as the
        article names it (the article kept as the article writes the name); None when that
        subject is no body, or a country ("its citizens")."""
        body = self._subject_before(owner)
        if body is not None and body.kind == "organization":
            owned = body.name
        elif body is None:
            owned = self._named_subject_before(owner)  # "The fair drew ...": the X Fair
        else:
            return None
        if owned is None or self._names_a_country(owned):
            return None
        words = [w for w in name.split() if w.lower() != "its"]
        if not words:
            return None
        text = doc_text(self.doc)
        written = re.search(r"\bthe\s+" + re.escape(owned), text, re.IGNORECASE)
        return " ".join([*words, "of", *(["the"] if written else []), owned])

    def _named_subject_before(self, pronoun: Token) -> str | None:
        """The name a definite subject before a pronoun stands for, as the article gave it
        earlier: "the fair" after "the Baltic Maritime Fair" (the one name before ending in
        the noun, capitalised); None when the subject is no such noun or names differ."""
        sent = pronoun.sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for tok in reversed(self.doc[start : pronoun.i]):
            if tok.dep_ != "nsubj" or self._in_quote(tok.idx):
                continue
            # (a subject noun the tagger took for an adjective: "The fair drew ...")
            if tok.pos_ not in {"NOUN", "ADJ"} or not any(c.lower_ == "the" for c in tok.lefts):
                return None
            names = self._longer_names(tok.text[:1].upper() + tok.text[1:], tok.idx)
            return names.pop() if len(names) == 1 else None
        return None

    def _lengthened(self, name: str, head: Token) -> str:
        """A body's description whose capitalised words before its noun are the end of a
        longer name the article gave before ("the Compact secretariat" after "the X Y
        Compact"): with that name in full; else as it is."""
        words = name.split()
        cut = 0
        while cut < len(words) - 1 and words[cut][:1].isupper():
            cut += 1
        if cut == 0:
            return name
        before = [t for t in head.lefts if t.is_title and t.dep_ in {"compound", "poss"}]
        if any(t.ent_type_ in {"PERSON", "GPE", "NORP"} or self.mention_at(t) for t in before):
            return name  # "the Clinton campaign", "the Obama administration": a person's
        short = " ".join(words[:cut])
        longer = self._longer_names(short, head.idx)
        if len(longer) != 1:
            return name
        return " ".join([longer.pop(), *words[cut:]])

    def _longer_names(self, short: str, before: int) -> set[str]:
        """The names the article writes before `before` that end in `short` after
        capitalised words of their own ("X Y Compact" for "Compact"), without an article."""
        text = doc_text(self.doc)[:before]
        longer = {
            re.sub(r"^(?:The|A|An|LIVE|UPDATE) ", "", m.group(0))
            for m in re.finditer(rf"(?<![\w'’-])(?:[A-Z][\w'’-]* )+{re.escape(short)}\b", text)
        }
        return {full for full in longer if full != short}

    def _owner_body(self, head: Token) -> Speaker | None:
        """The organisation a document's possessive names, not a state ("the NAO's
        calculations", "the auditors' estimates" after "the X Audit Office"; the
        guideline's "the report" resolved to the organisation that publishes it), or a
        short form of a body's name set before it ("SEATR data")."""
        owner = next((c for c in head.lefts if c.dep_ == "poss"), None)
        if owner is None:
            # "SEATR licence data": a body's short form the article defined in brackets,
            # set before the document's noun
            short = next(
                (c for c in head.lefts if c.dep_ == "compound" and c.text in self.short_forms),
                None,
            )
            if short is not None:
                name = self.short_forms[short.text]
                mention = self.doc[head.left_edge.i : head.i + 1].text
                return Speaker(name=name, mention=mention, kind="organization")
        if owner is None or owner.pos_ not in {"NOUN", "PROPN"}:
            return None
        found = self._resolve_one(owner)
        if found is None and owner.lemma_.lower() in self.roles.document_nouns:
            # "the survey's annex table": the part of a document is its author's as the
            # document is
            found = self.description(owner)
        if found is None or found.kind != "organization" or self._is_state(found.name):
            return None
        return found.model_copy(update={"mention": self.doc[head.left_edge.i : head.i + 1].text})

    def _according_subject(self, head: Token) -> Speaker | None:
        """The body that is the subject of the clause "according to its <document>" is put
        to ("The border guard stopped 60 trucks, according to its yearly report": the
        border guard), when the subject names one."""
        prep = head.head
        if head.dep_ != "pobj" or prep.lower_ != "to" or prep.head.lower_ != "according":
            return None
        verb = prep.head.head
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or subject.pos_ == "PRON":
            return None
        found = self._resolve_one(subject) or self._bare_service(subject)
        if found is None or found.kind not in {"organization", "outlet"}:
            return None
        return found

    def _owner_of_the_clause(self, head: Token) -> Speaker | None:
        """Whose a document is that the article gives no author, after "according to": the
        body whose members or estimates the clause is about ("The alliance's member states
        expect ..., according to a planning document"; "Alliance estimates put ...,
        according to a briefing note"); not a state's ("Vessland's army")."""
        prep = head.head
        if head.dep_ != "pobj" or prep.lower_ != "to" or prep.head.lower_ != "according":
            return None
        if any(c.dep_ == "det" and c.lower_ in {"the", "this", "its"} for c in head.lefts):
            return None
        verb = prep.head.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ == "PROPN":
            # "The X Coast Guard lost 310 staff last year, according to figures obtained by
            # this newspaper": the body's own figures (not a state's: a state's figures are
            # anyone's)
            found = self._resolve_one(subject)
            if (
                found is not None
                and found.kind == "organization"
                and not self._is_state(found.name)
            ):
                return found
            return None
        if subject is None or subject.pos_ != "NOUN":
            return None
        for child in subject.lefts:
            found = None
            if child.dep_ == "poss" and child.pos_ in {"NOUN", "PROPN"}:
                found = self._resolve_one(child)
            elif child.dep_ == "compound" and subject.lower_ in self.roles.document_nouns:
                typ = self.index.descriptor_type(child.lower_)
                name = latest_of_type(self.doc, head.idx, typ, ents=self.ents) if typ else None
                found = Speaker(name=name, kind="organization") if name else None
            body = found is not None and found.kind == "organization"
            if body and not self._is_state(found.name):
                return found
        return None

    def _addressee_body(self, head: Token) -> Speaker | None:
        """What "your directorate", "your government" is in an interviewer's question (outside
        quotation marks): the organisation of the one person of the article whose
        organisation ends in that noun ("National Armaments Directorate"), or the
        government of the one state a person of the article speaks for."""
        if self._in_quote(head.idx):
            return None
        lemma = head.lemma_.lower()
        mention = self.doc[head.left_edge.i : head.i + 1].text
        lefts = [c.lower_ for c in head.lefts]
        if lemma == "government" and lefts == ["its"]:
            # "Tamsland's own spending is rising. Its government says ...": the state before
            state = self._state_before(head)
            return self._government(state, mention) if state else None
        if lemma == "government" and lefts == ["the"] and self._question_line(head):
            # "MENDES: General, the government says ...": the state the interview is about
            state = self._main_country()
            return self._government(state, mention) if state else None
        if lefts != ["your"]:
            return None
        orgs = {p.organization for p in self.persons.values() if p.organization}
        named = {o for o in orgs if o.split()[-1].lower() == lemma}
        if len(named) == 1:
            return Speaker(name=named.pop(), mention=mention, kind="organization")
        if lemma != "government":
            return None
        states = {o for o in orgs if self._is_state(o)}
        if len(states) != 1:
            return None
        return self._government(states.pop(), mention)

    def _government(self, state: str, mention: str) -> Speaker:
        """A state's government, named with the state's adjective where the lexicon or the
        article has one ("Polish government", "Velderian government"), else with its name
        ("Tamsland government")."""
        demonym = self.index.demonym(state) or self._demonym(state)
        name = f"{demonym or state} government"
        return Speaker(name=name, mention=mention, kind="organization")

    def _state_owner(self, owner: Token) -> Speaker | None:
        """The state body a document's possessive names with a bare word: "the
        government's own white paper" (the government of the state named nearest before,
        else of the article's country), "the army's planning paper" (its army)."""
        if not bare_government(owner) or owner.dep_ != "poss":
            return None
        if self._state_body("", owner.text, "") is None:
            return None  # no state's body word: "the company's"
        state = self._state_before(owner) or self._main_country()
        if state is None:
            return None
        return self._state_body(state, owner.text, self.doc[owner.i - 1 : owner.i + 1].text)

    def _state_body(self, state: str, word: str, mention: str) -> Speaker | None:
        """A state's government, parliament or armed service named by its word, with the
        state's adjective where the lexicon or the article has one, else its name
        ("Ombrian government", "Ombrian parliament", "Ombrian Army"); None for another
        word."""
        lower = word.lower()
        service = word.title() in self.roles.services
        if lower != "government" and lower not in STATE_BODY_NOUNS and not service:
            return None
        if not state:
            return Speaker(name=word, mention=mention, kind="organization")
        if lower == "government":
            return self._government(state, mention)
        adjective = self._demonym(state) or state
        name = f"{adjective} {word.title() if service else word}"
        return Speaker(name=name, mention=mention, kind="organization")

    def _state_before(self, head: Token, untyped: bool = True) -> str | None:
        """The state named nearest before "its government", in its sentence or the one
        before in its paragraph: a known country, a place, or (with `untyped`) a name tagged as an
        organisation that nothing types as one (only a state has a government)."""
        sent = head.sent
        start = (sentence_before(sent) or sent).start
        ents = [e for e in self.ents if e.start >= start and e.end <= head.i]
        # a state the tagger left untagged ("Tessmark spent ..." opening a sentence): a
        # name the article treats as a state, outside the entities
        tagged = {i for e in ents for i in range(e.start, e.end)}
        unknown = self._unknown_countries()
        ents += [
            self.doc[t.i : t.i + 1]
            for t in self.doc[start : head.i]
            if t.i not in tagged
            and t.pos_ == "PROPN"
            and (t.text in unknown or t.text in self._likely_states())
        ]
        # a state that is the subject of the sentence's first clause goes first ("Norway
        # spent ..., more than most European allies, and the government wants ..."):
        # Norway's, not a state named in passing nearer
        root = sent.root
        subjects = {
            t.i for c in root.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree
        }
        ents.sort(key=lambda e: (e.start in subjects, e.start))
        for ent in reversed(ents):
            name = _clean_name(ent.text)
            if not name[:1].isupper():
                continue  # "navy": no state's name
            known = self.index.canonical(name)
            if known is not None and known.kind == "country":
                return known.name
            if known is None and ent.label_ in {"GPE", "ORG"} and self._city_of_known_state(name):
                continue  # "Ottawa" in an article about Canada: a city, not a state
            if known is None and (
                ent.label_ == "GPE"
                or name in self._unknown_countries()
                or untyped
                and ent.label_ == "ORG"
                and self.index.org_type(name) is None
                or name in self._likely_states()  # a state the tagger took for a person
            ):
                return name
        return None

    def _city_of_known_state(self, name: str) -> bool:
        """Whether a place the lexicon does not know is a city of the article's state: the
        article is about a state the lexicon knows, and the place owns no state's body
        (`_unknown_countries`)."""
        main = self._main_country()
        known = self.index.canonical(main) if main else None
        return (
            known is not None and known.kind == "country" and name not in self._unknown_countries()
        )

    def _question_line(self, head: Token) -> bool:
        """Whether a word is in an interviewer's line: a paragraph opened by "Q:" or a
        speaker's label in capitals, that asks a question."""
        text = doc_text(self.doc)
        start = text.rfind("\n", 0, head.idx) + 1
        end = text.find("\n", head.idx)
        line = text[start : end if end >= 0 else len(text)]
        label = re.match(r"([A-Z][A-Z .'-]*):\s", line)
        return label is not None and "?" in line

    def _state_of_body(self, head: Token) -> str | None:
        """The state a body of state is said to be "of" ("the government of Ostria"): a
        name the lexicon knows as a country or the article treats as a state."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts):
            return None
        for prep in head.rights:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None or obj.pos_ != "PROPN" or not obj.text[:1].isupper():
                return None
            name = self.doc[obj.left_edge.i : obj.i + 1].text
            known = self.index.canonical(name)
            if known is not None:
                return known.name if known.kind == "country" else None
            return name if self._is_state(name) else None
        return None

    def _is_state(self, name: str) -> bool:
        """Whether an organisation a person speaks for is a state: a known country, one the
        article treats as a state, or the bare name a minister speaks for."""
        known = self.index.canonical(name)
        if known is not None:
            return known.kind == "country"
        return self._names_a_country(name) or (
            any(
                p.organization == name
                and p.role
                and any(w in p.role.lower() for w in self.roles.country_words)
                for p in self.persons.values()
            )
        )

    def _names_a_country(self, name: str) -> bool:
        """Whether a name is a country's: a known one, one the article treats as a state,
        or a place the tagger typed as one."""
        known = self.index.canonical(name)
        if known is not None:
            return known.kind == "country"
        return name in self._unknown_countries() or any(
            e.label_ == "GPE" and e.text == name for e in self.ents
        )

    def _body_of_modifier(self, head: Token) -> str | None:
        """The organisation an unnamed person's or group's description names by a word of
        its kind: "a senior alliance diplomat" (the alliance the article named), "company
        officials", "institute researchers"; only an alliance, a company or an institute,
        the last named before the description (a state's bodies go by their country:
        "an Ombrian government spokesman", "a Ombrian finance ministry official")."""
        state_body = self._state_body_of_modifier(head)
        if state_body is not None:
            return state_body
        for mod in head.lefts:
            if mod.dep_ not in {"compound", "amod", "nmod"} or mod.ent_type_:
                continue
            body = self._body_of_word(mod, head.idx)
            if body is not None:
                return body
        return None

    def _the_service(self, head: Token) -> Speaker | None:
        """ "The service said", after "the Ombrian Army ...": the armed service the article
        named last (a name ending with a service's word, lexicon `services`)."""
        if head.lower_ != "service" or [c.lower_ for c in head.lefts] != ["the"]:
            return None
        services = tuple(" " + s.lower() for s in self.roles.services)
        found = None
        for ent in self.ents:
            if ent.end_char > head.idx or ent.label_ not in {"ORG", "NORP", "GPE"}:
                continue
            name = _clean_name(re.sub(r"^(?:the|The)\s+", "", ent.text))
            if (" " + name.lower()).endswith(services) and name[:1].isupper():
                known = self.index.canonical(name)
                found = known.name if known is not None else name
        if found is None:
            return None
        return Speaker(
            name=found, mention=self.doc[head.i - 1 : head.i + 1].text, kind="organization"
        )

    def _headline_body(self, head: Token) -> Speaker | None:
        """A body's kind word without a determiner in a headline ("Think-tank warns of
        ...", "Shipbuilder sues ..."): the last body of that kind the story's opening
        paragraph names, else None."""
        text = doc_text(self.doc)
        line_end = headline_end(text)
        if head.idx >= line_end or any(c.dep_ in {"det", "poss"} for c in head.lefts):
            return None
        words = self.doc[head.left_edge.i : head.i + 1].text.lower()  # "think-tank"
        typ = next(
            (t for w in (words, head.lower_, head.lemma_) if (t := self.index.descriptor_type(w))),
            None,
        )
        if not typ or head.tag_ not in {"NN", "NNP"}:
            return None
        start = len(text) - len(text[line_end:].lstrip())
        lede = text.find("\n", start)
        name = latest_of_type(self.doc, lede if lede > 0 else len(text), typ, ents=self.ents)
        if name is None or self._is_state(name):
            return None
        mention = self.doc[head.left_edge.i : head.i + 1].text
        return Speaker(name=name, mention=mention, kind="organization")

    def _meeting_host(self, head: Token) -> Speaker | None:
        """The body that holds a gathering "the meeting" stands for: the body named after
        "of" or "by" the last gathering of that word before it ("a meeting of the X
        Compact ... the meeting's communique"), else None."""
        lemma = head.lemma_.lower()
        if lemma not in self.roles.meeting_nouns:
            return None
        for tok in reversed(self.doc[: head.i]):
            if tok.lemma_.lower() != lemma or tok.pos_ != "NOUN":
                continue
            for prep in tok.rights:
                if prep.dep_ != "prep" or prep.lower_ not in {"of", "by"}:
                    continue
                inner = next((c for c in prep.children if c.dep_ == "pobj"), None)
                ent = next(
                    (e for e in self.ents if inner is not None and e.start <= inner.i < e.end),
                    None,
                )
                if ent is not None and ent.label_ == "ORG" and not self._is_state(ent.text):
                    mention = self.doc[head.left_edge.i : head.i + 1].text
                    return self._org_speaker(ent, mention)
            return None  # (the last such gathering names no body)
        return None

    def _paragraph_after_opening(self, sent: Span) -> int | None:
        """Where the second paragraph starts, when `sent` is the story's first sentence
        (after any headline) and the whole of its paragraph; else None."""
        text = doc_text(self.doc)
        if text[max(headline_end(text), 0) : sent.start_char].strip():
            return None  # not the story's first sentence
        closed = sent.start_char + len(sent.text.rstrip())
        start = text.find("\n", closed)
        if start < 0 or text[closed:start].strip():
            return None  # (the first paragraph goes on)
        return len(text) - len(text[start:].lstrip())

    def _lede_body(self, head: Token) -> Speaker | None:
        """ "A Norwegian shipbuilder has asked a court to ..." opening a story, and the next
        paragraph names the company ("X Shipyards, based in Y, said ..."): a body of a
        kind with "a", subject of the story's first sentence, is the first body of that
        kind the next paragraph names; else None."""
        if head.dep_ != "nsubj" or not any(
            c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.lefts
        ):
            return None
        typ = self.index.descriptor_type(head.lower_) or self.index.descriptor_type(head.lemma_)
        start = self._paragraph_after_opening(head.sent) if typ else None
        if start is None:
            return None
        text = doc_text(self.doc)
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        for ent in self.ents:
            if start <= ent.start_char < end and ent.label_ in {"ORG", "PERSON", "FAC"}:
                name = ent.text.removeprefix("the ").removeprefix("The ")
                if self.index.org_type(name) == typ and not self._is_state(name):
                    mention = self.doc[head.left_edge.i : head.i + 1].text
                    return Speaker(name=name, mention=mention, kind="organization")
        return None

    def _bare_service(self, head: Token) -> Speaker | None:
        """ "The coast guard boarded 9 trawlers", "the navy said": an armed service named
        with "the" alone is the article's: as the article writes it with its owner ("the
        Royal X Navy"), else the service of the state the article is mostly about
        (`_dominant_country`); None when neither is known."""
        compound = [c for c in head.lefts if c.dep_ == "compound"]
        words = [*compound, head] if len(compound) == 1 and compound[0].i == head.i - 1 else [head]
        if not all(w.is_lower for w in words):
            return None
        lefts = [c for c in head.lefts if c not in words]
        if [c.lower_ for c in lefts] != ["the"]:
            return None
        service = " ".join(w.text for w in words).title()
        if service not in self.roles.services:
            return None
        owned = self._owned_service_before(head)
        name = owned.name if owned is not None else self._written_service(service, head.idx)
        if name is None and self._dominant_country() is not None:
            name = self._national_service(service)
        if name is None:
            return None
        mention = self.doc[lefts[0].i : head.i + 1].text
        return Speaker(name=name, mention=mention, kind="organization")

    def _owned_service_before(self, head: Token) -> Speaker | None:
        """The service a state's possessive named last, in the sentence of a bare "the
        navy" or the one before ("Quenmark's navy has signed ..., the navy said"): that
        state's navy, not the article's."""
        first = head.sent.start
        if first > 0:
            first = self.doc[first - 1].sent.start
        for tok in reversed(self.doc[first : head.i]):
            if tok.lower_ == head.lower_:
                found = self._state_service(tok)
                if found is not None:
                    return found
        return None

    def _state_service(self, head: Token) -> Speaker | None:
        """A state's armed service, government or parliament written in lower case after its
        possessive: "Ombria's army said" is the Ombrian Army (as "the Ombrian navy" is the
        Ombrian Navy), "Ombria's government" the Ombrian government."""
        if head.tag_ != "NN" or not head.is_lower:
            return None
        owner = next((c for c in head.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if owner is None or owner.i + 2 != head.i or self.mention_at(owner) is not None:
            return None
        known = self.index.canonical(owner.text)
        if known is not None and known.kind != "country":
            return None
        if known is None and owner.ent_type_ not in {"GPE", "ORG", ""}:
            return None
        state = known.name if known is not None else owner.text
        return self._state_body(state, head.text, self.doc[owner.i : head.i + 1].text)

    def _state_body_of_modifier(self, head: Token) -> str | None:
        """A state's government or ministry a description names after the state's
        adjective: "an Ombrian government spokesman" (Ombrian government), "a Ombrian
        finance ministry official" (the ministry under the article's conventions)."""
        if head.tag_ != "NN":
            return None  # "South Korean government officials": a typed group, as written
        words = list(self.doc[head.left_edge.i : head.i])
        for k, mod in enumerate(words):
            if mod.lower_ not in {"government", "ministry"} or mod.dep_ not in {
                "compound",
                "nmod",
            }:
                continue
            state = next((t for t in reversed(words[:k]) if t.ent_type_ == "NORP"), None)
            if state is None or any(not t.is_lower for t in words[words.index(state) + 1 : k]):
                return None
            ent = next(e for e in self.ents if e.start <= state.i < e.end)
            if mod.lower_ == "government":
                return f"{ent.text} government"
            return self._ministry(mod, self.doc[ent.start : mod.i + 1])
        return None

    def _body_of_word(self, word: Token, before: int) -> str | None:
        """The alliance, company or institute a word of its kind names ("company" of
        "company officials" or "Company spokeswoman X"): the last named before `before`;
        "government" names the government of the article's state."""
        if word.lower_ == "ministry":
            # "a ministry spokeswoman, X": the last ministry the article named with words
            # of its own ("Ombria's defence ministry"), with its country
            found = self._written_ministry(word.i)
            return found[1] if found else None
        if word.lower_ == "government" and not self._state_before_word(word):
            # "Government spokeswoman X", "a government spokesman": the article's state's
            state = self._main_country()
            return self._government(state, "").name if state else None
        typ = self.index.descriptor_type(word.lower_)
        if typ not in _MODIFIER_BODIES:
            if word.lower_ not in self.roles.body_nouns or not word.is_lower:
                return None
            # "an agency spokeswoman, X": the last body named with that word as its last
            named = self._org_named(word.lower_.capitalize(), before)
            if named is None or named.split()[-1] != word.lower_.capitalize():
                return None
            return named
        found = self._org_named(word.lower_.capitalize(), before) or self._latest_of_type(
            before, typ
        )
        if found is None and word.lower_ == "company":  # "X will hire 240 people at its plant"
            found = self._site_owner(before) or self._untyped_org_before(before)
        return found

    def _state_before_word(self, word: Token) -> bool:
        """Whether a state's name or adjective comes right before a word ("South Korean
        government officials")."""
        prev = self.doc[word.i - 1] if word.i > 0 else None
        return prev is not None and (prev.ent_type_ in {"NORP", "GPE"} or prev.pos_ == "PROPN")

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

    def _body_named_after(self, head: Token) -> str | None:
        """The body an unnamed person's description places the person at, after its head:
        "a senior engineer at Halvik Marine" (Halvik Marine), "an official, from the
        finance ministry," (finance ministry); not a place or a country ("an official in
        Oslo")."""
        for prep in head.rights:
            if prep.dep_ != "prep" or prep.lower_ not in {"at", "from", "in", "of", "with"}:
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None or obj.ent_type_ in {"GPE", "LOC", "NORP", "PERSON"}:
                return None
            words = list(self.doc[obj.left_edge.i : obj.right_edge.i + 1])
            while words and (words[0].dep_ == "det" or words[0].tag_ == "PRP$"):
                words = words[1:]
            # (a relative clause set off after the name is not part of it: "at the X
            # Board, who would not give a name,")
            cut = next(
                (k for k, t in enumerate(words) if k and t.i > obj.i and t.text == ","), None
            )
            if (
                cut is not None
                and words[cut + 1 : cut + 2]
                and words[cut + 1].tag_ in {"WP", "WDT"}
            ):
                words = words[:cut]
            if not words or any(t.is_punct and t.text not in {"&", "-"} for t in words):
                return None
            name = _clean_name(self.doc[words[0].i : words[-1].i + 1].text)
            if obj.pos_ == "PROPN":
                known = self.index.canonical(name)
                if known is not None:
                    return None if known.kind == "country" else known.name
                # (a name the tagger reads as a body: "the Harbour Authority")
                body = obj.lower_ in self.roles.body_nouns or (
                    obj.ent_type_ == "ORG" and prep.lower_ != "in"  # "in Bergen": a place
                )
                return _state_ministry(name) if self.index.org_type(name) or body else None
            if obj.lemma_.lower() in self.roles.body_nouns and all(
                t.text.islower() or k == 0 and (t.ent_type_ == "NORP" or t.pos_ == "ADJ")
                for k, t in enumerate(words)
            ):  # "at the interior ministry", "at the Velsian defence ministry"
                return _state_ministry(name)
            return None
        return None

    def _lodged_by(self, head: Token, mention: str) -> Speaker | None:
        """The company whose disclosure a document with no author is, given "with" or "to"
        a market's body ("a half-year statement filed with the X exchange", "a filing with
        the regulator"; roles.json `disclosure_nouns`, `disclosure_bodies`): the company
        the story has taken up."""
        if head.lemma_.lower() not in self.roles.disclosure_nouns:
            return None
        given = self._recipient(head)
        preps = [self.doc[given[0]]] if given is not None else []
        preps += [c for c in head.rights if c.dep_ == "prep" and c.lower_ == "with"]
        to = [c for p in preps for c in p.children if c.dep_ == "pobj"]
        if not any(t.lemma_.lower() in self.roles.disclosure_bodies for t in to) or any(
            c.dep_ == "poss" for c in head.lefts
        ):
            return None
        company = self._company_taken_up(head.idx)
        if company is None:
            return None
        return Speaker(name=company, mention=mention, kind="organization")

    def _linked_description(self, head: Token, document: bool, body: bool) -> Speaker | None:
        """What a description refers back to, on strong evidence only: "alliance
        estimates" (a known organisation type as modifier), "the report" after "a report
        by X" (X), "the institute" after "X, a research institute" (X)."""
        mention = self.doc[head.left_edge.i : head.i + 1].text
        lemma = head.lemma_.lower()
        # "a senior alliance diplomat": a person of the alliance, not the alliance
        person = lemma in self.roles.person_nouns or lemma in self.roles.title_words
        for child in [] if person else head.lefts:
            # (a capital only as the sentence's first word: "Alliance figures show")
            common = child.pos_ == "NOUN" or child.is_sent_start and not child.ent_type_
            if child.dep_ in {"compound", "amod"} and common:
                typ = self.index.descriptor_type(child.text)
                name = latest_of_type(self.doc, head.idx, typ, ents=self.ents) if typ else None
                if name:
                    return Speaker(name=name, mention=mention, kind="organization")
                if typ == "government" and document and child.lower_ == "government":
                    # "Poland spends ..., according to government figures": Poland's
                    state = self._state_before(head)
                    if state is not None:
                        return self._government(state, mention)
        if document:  # "figures published by the statistics office, X": its author, X
            author = self._document_author(head, mention) or self._lodged_by(head, mention)
            if author is not None:
                return author
        if document or head.lemma_.lower() in self.roles.speech_nouns:
            owner = self._owner_of_the_clause(head)
            if owner is not None:
                return owner.model_copy(update={"mention": mention})
        # ("according to that audit": the one just cited, as "the audit" is)
        the = any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in head.lefts)
        if head.dep_ == "compound" and head.left_edge.i > 0:
            # ("the budget tables show" read as one noun: its article hangs on the verb)
            the = the or self.doc[head.left_edge.i - 1].lower_ in {"the", "this"}
        its = any(c.dep_ == "poss" and c.lower_ == "its" for c in head.lefts)
        if document and not its and not self._own_source(head):
            # "according to a confidential audit ... The report, prepared by X, ... According
            # to the audit": one document, whose author one of its mentions gives
            members = self._chain_of(head)
            if len(members) > 1:
                chained = self._chain_author(members)
                if chained is not None:
                    return chained.model_copy(update={"mention": mention})
                if self._brought_in(self.doc[min(members)]):
                    # "according to a confidential review ... The review found ... According
                    # to the review": a document of its own that no mention gives an author,
                    # not the one document with an author before ("a separate study by X")
                    return None
        if not the and not (its and document):
            return None
        if document:  # "the report", "its assessment": the one an author was given before
            documents = self._documents()
            before = [(noun, speaker) for at, noun, speaker in documents if at < head.idx]
            last = self._taken_up(head)
            if last is not None and not self._own_source(head):
                # "a review by X ... The same study found": the document just mentioned,
                # under whatever noun, when the article gave it an author
                authored = next((s for at, _n, s in documents if at == last.idx), None)
                if authored is not None:
                    return authored.model_copy(update={"mention": mention})
            # ("the budget tables" after "X published its budget": the budget's own)
            kinds = {lemma} | {
                c.lemma_.lower()
                for c in head.lefts
                if c.dep_ == "compound" and self._is_document_noun(c)
            }
            for noun, speaker in reversed(before):
                if noun in kinds:
                    return speaker.model_copy(update={"mention": mention})
            single = len({speaker.name for _, speaker in before}) == 1
            if single and not self._own_source(head):
                # "the report" after "X published its annual assessment": the one document
                # the article gave an author, under another noun
                return before[-1][1].model_copy(update={"mention": mention})
            publisher = self.publisher()
            if publisher is not None and the and not before and not list(head.rights):
                # "the audit estimates" in an audit office's own summary: that office
                return publisher.model_copy(update={"mention": mention})
        if not the:
            return None
        if body or self.index.descriptor_type(head.text):
            for ent in reversed(self.ents):
                if ent.end_char > head.idx or ent.label_ not in {"ORG", "FAC"}:
                    continue
                appos = [c for c in ent.root.children if c.dep_ == "appos"]
                if any(a.lemma_.lower() == lemma for a in appos):
                    return self._org_speaker(ent, mention)
            named = self._named_earlier(head)
            if named is not None:
                return named
            bare = all(c.dep_ == "det" for c in head.lefts) and not list(head.rights)
            if lemma in _COMPANY_ORGANS and bare:
                # "The board expects ..." in a company's results: the company's board
                company = self._latest_of_type(head.idx, "company")
                if company is not None:
                    return Speaker(name=company, mention=mention, kind="organization")
        return None

    def _called_by_function(self, head: Token) -> Speaker | None:
        """ "The watchdog found", "the auditors estimated" after "the Chamber of Accounts
        said in a report": a body the article calls by its function is the last one it
        named with a word of that function (lexicon `body_callings`)."""
        words = self.roles.body_callings.get(head.lower_)
        if words is None or [c.lower_ for c in head.lefts] not in (["the"], ["the", "same"]):
            return None
        if not all(c.dep_ in {"relcl", "punct"} for c in head.rights):
            return None  # ("The union, which claims most of the staff,": it still)
        mention = self.doc[head.left_edge.i : head.i + 1].text
        introductions = self.roles.body_introductions.get(head.lower_, frozenset())
        if introductions:  # "In Spain, X was harsher. '...,' the paper wrote": X
            subject = self._paragraph_subject(head)
            if subject is not None:
                return self._org_speaker(subject, mention)
        for ent in reversed(self.ents):
            if ent.end > head.i:
                continue
            # (a paper's name the tagger took for a title: "the Ferncliff Gazette")
            if ent.label_ in _NAMED_BODY_LABELS and any(t.text in words for t in ent):
                return self._org_speaker(ent, mention)
            # "the business daily X", "the weekly X": named right after such a word
            if ent.label_ in _NAMED_BODY_LABELS | {"PERSON"} and self._named_after_calling(
                ent, introductions
            ):
                return self._org_speaker(ent, mention)
        return None

    def _paragraph_subject(self, head: Token) -> Span | None:
        """The name (its entity) that is the subject of the sentence before `head`'s in
        its paragraph, when it is no one's name (no given name, no honorific or title
        before it anywhere) and no state or body the lexicon knows as another kind: what
        a press review's "the paper" or "the daily" stands for."""
        sent = head.sent
        if sent.start == 0:
            return None
        before = self.doc[sent.start - 1].sent
        if "\n" in self.doc[before.end - 1 : sent.start + 1].text_with_ws.strip(" "):
            return None  # the paragraph starts with `head`'s sentence
        for ent in self.ents:
            if not before.start <= ent.start < before.end or ent.root.dep_ != "nsubj":
                continue
            if ent.label_ not in _NAMED_BODY_LABELS | {"PERSON"}:
                continue
            name = _clean_name(
                re.sub(r"^(?:the|The)\s+", "", self.doc[name_start(ent) : ent.end].text)
            )
            known = self.index.canonical(name)
            if known is not None and known.kind != "outlet":
                continue
            if self._given_name(name.split()[0]) or self._named_as_person(name.split()[-1]):
                continue
            if any(m.person.role for m in self.mentions if m.token_start == ent.start):
                continue
            return ent
        return None

    def _named_after_calling(self, ent: Span, words: frozenset[str]) -> bool:
        """Whether a name comes right after one of `words` ("the Korsan daily X", "its
        best-selling tabloid, the X", "the activist fund X"), inside the tagged span or
        just before it: a body the article introduced under that word."""
        if not words:
            return False
        start = ent.start
        while start > 0 and self.doc[start - 1].text.lower() in {"the", ","}:
            start -= 1
        before = list(self.doc[max(start - 3, 0) : start])
        # not across a clause's start ("assured the board that the Tarn yard had ...")
        cut = [k for k, t in enumerate(before) if t.pos_ in _CLAUSE_POS or t.lower_ == "that"]
        if cut:
            before = before[cut[-1] + 1 :]
        inside = [t for t in ent if t.is_lower]
        return any(t.lower_ in words for t in before + inside)

    def _described_body_before(self, head: Token) -> Speaker | None:
        """ "The embassy added" after "the Valdenese embassy in Rome said": a bare body
        noun is the body the article last described with more words under that noun,
        unless it named one with that noun since (the named one is found elsewhere)."""
        lemma = head.lemma_.lower()
        if (
            lemma not in self.roles.body_nouns
            or head.tag_ != "NN"
            or [c.lower_ for c in head.lefts] != ["the"]
            or list(head.rights)
        ):
            return None
        for tok in reversed(self.doc[: head.i]):
            if tok.lemma_.lower() != lemma:
                continue
            if tok.pos_ == "PROPN":
                return None  # "the Harbour Board ... the board": a name
            mention = self.doc[head.left_edge.i : head.i + 1].text
            # "the national statistics office Statinor said": the name written after it
            ent = next((e for e in self.ents if e.start == tok.i + 1), None)
            if tok.pos_ == "NOUN" and ent is not None and ent.label_ == "ORG":
                return self._org_speaker(ent, mention)
            owners = [c for c in tok.lefts if c.dep_ in {"poss", "amod", "compound"}]
            if tok.pos_ != "NOUN" or not owners:
                continue
            if any(c.tag_ == "PRP$" and c.lower_ != "its" for c in owners):
                continue  # "her office": the person's (`_pronoun_owned_body`)
            earlier = self.description(tok)
            if (
                earlier is None
                or earlier.kind != "organization"
                or earlier.name == tok.lower_
                or earlier.name.lower().startswith("its ")
            ):
                continue
            return earlier.model_copy(update={"mention": mention})
        return None

    def _names_a_document(self, name: str) -> bool:
        """Whether a name is a document's or a country's, not an author's: "the National
        Household Survey", "the Arsenal Index", a country a nationality in it stands for."""
        known = self.index.canonical(name)
        if known is not None and known.kind == "country":
            return True
        last = name.split()[-1].lower()
        if last == "research":
            return False  # uncountable: "Harwell Research" is a firm, no document is named so
        return last in self.roles.document_nouns or last in self.roles.passage_nouns

    def _named_earlier(self, head: Token) -> Speaker | None:
        """ "The agency noted" after "the national statistics agency, Statistik Dravik,":
        the name an earlier mention of the same description carried in apposition."""
        if not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in head.lefts):
            return None
        lemma = head.lemma_.lower()
        mention = self.doc[head.left_edge.i : head.i + 1].text
        words = {c.lower_ for c in head.lefts if c.dep_ != "det"}
        for tok in reversed(self.doc[: head.i]):
            if tok.pos_ == "PROPN" and tok.ent_type_ == "ORG" and tok.lemma_.lower() == lemma:
                # "the office" after "the Budget Office (BO)": the nearer name, unless the
                # description has a word that name lacks ("the statistics office")
                ent = next((e for e in self.ents if e.start <= tok.i < e.end), [tok])
                if words <= {t.lower_ for t in ent}:
                    return None
            if tok.pos_ == "NOUN" and tok.lemma_.lower() == lemma:
                named = self._named_appositive(tok)
                if named is not None:
                    return named.model_copy(update={"mention": mention})
        return None

    def _named_appositive(self, head: Token) -> Speaker | None:
        """The organisation a description names in apposition: "the group, the Alder
        Conflict Monitor," and "the national statistics agency, Statistik Dravik"."""
        if head.pos_ != "NOUN":
            return None
        lemma = head.lemma_.lower()
        # "a navy spokesman in the port, Tarrowby": not a body; "the bloc's
        # executive, the Halloway Commission,": a body by the name's own kind
        body = lemma in self.roles.body_nouns or self.index.descriptor_type(head.text) is not None
        # "the country's best-selling tabloid, the X Echo,": a paper's name, however tagged
        press = lemma in self.roles.body_introductions
        labels = _NAMED_BODY_LABELS if press else {"ORG", "FAC"}
        body = body or press
        children = [c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN"]
        after = self._name_after_comma(head) if body else None
        for child in children + ([after] if after is not None else []):
            ent = next((e for e in self.ents if e.start <= child.i < e.end), None)
            if ent is not None and ent.label_ not in labels and body and ent.start == head.i + 1:
                # "the polling firm Marvox": a name right after its body's noun, however
                # the tagger typed it (not a person of the article)
                if self.mention_at(ent.root) is None:
                    labels = labels | {ent.label_}
            if ent is None or ent.label_ not in labels or ent.start <= head.i:
                continue
            known = self.index.canonical(ent.text)
            if known is not None and known.kind == "country":
                continue
            name = _clean_name(re.sub(r"^(?:the|The)\s+", "", ent.text))
            if not body and (
                lemma in self.roles.person_nouns
                or self.index.org_type(name) is None
                and ent[-1].lower_ not in self.roles.body_nouns
            ):
                continue
            return self._org_speaker(ent, self.doc[head.left_edge.i : ent.end].text)
        return None

    def _name_after_comma(self, head: Token) -> Token | None:
        """The first word of a name the parser did not hang on the description it follows
        as apposition: "figures published by the national statistics office, Statistik
        Dravik." (an organisation's name right after the description's comma that closes
        its clause or sentence); None when the name begins a clause of its own."""
        i = head.i + 1
        if i + 1 >= len(self.doc) or self.doc[i].text != "," or head.right_edge.i != head.i:
            return None
        ent = next((e for e in self.ents if e.start == i + 1), None)
        if ent is None or ent.label_ != "ORG" or ent.root.dep_ in {"nsubj", "nsubjpass"}:
            return None
        if ent.end < len(self.doc) and not self.doc[ent.end].is_punct:
            return None
        return ent.root

    def _named_after(self, head: Token, document: bool) -> Speaker | None:
        """An organisation introduced by description and named a sentence or two later,
        as news ledes do: "a defence think tank said ... The Corvid Institute found" (the
        next named organisation of the description's type, if it is the subject of its
        clause and the only one of that type), "a research group said ... The group, the
        Alder Conflict Monitor," (the same description with a name in apposition)."""
        if document or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.lefts):
            return None
        lemma = head.lemma_.lower()
        compound = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
        typ = self.index.descriptor_type(head.text)
        if compound and typ is None:  # "think tank"
            typ = self.index.descriptor_type(f"{compound[-1].text} {head.text}")
        if typ is None and lemma not in self.roles.body_nouns:
            return None
        sents = list(self.doc.sents)
        at = next(i for i, sent in enumerate(sents) if sent.start <= head.i < sent.end)
        candidates: list[Span] = []
        for sent in sents[at + 1 : at + 3]:
            for tok in sent:
                if tok.pos_ == "NOUN" and tok.lemma_.lower() == lemma:
                    if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.lefts):
                        named = self._named_appositive(tok)
                        if named is not None:
                            return named.model_copy(update={"kind": "organization"})
            for ent in self.ents:
                if ent.start >= sent.start and ent.end <= sent.end and ent.label_ == "ORG":
                    name = _clean_name(re.sub(r"^(?:the|The)\s+", "", ent.text))
                    if typ is not None and self.index.org_type(name) == typ:
                        candidates.append(ent)
                    elif typ is None and self.doc[ent.end - 1].lemma_.lower() == lemma:
                        # "a parliamentary committee said ... The Naval Oversight
                        # Committee found": a name whose last word is the description's
                        candidates.append(ent)
        if len({c.text for c in candidates}) != 1:
            return None
        ent = candidates[0]
        if not (
            ent.root.dep_ == "nsubj"
            or ent.root.dep_ == "compound"
            and ent.root.head.dep_ == "nsubj"
        ):
            return None
        mention = self.doc[head.left_edge.i : head.i + 1].text
        return self._org_speaker(ent, mention)

    def _documents_in_reach(self, head: Token) -> list[Token]:
        """The documents the article mentions before `head` in its sentence and the
        `_DOCUMENT_REACH` before it, words of the same phrase left out ("the budget
        documents"): those a definite "the report", "the same study" may take up."""
        first = head.sent.start
        for _ in range(_DOCUMENT_REACH):
            if first == 0:
                break
            first = self.doc[first - 1].sent.start
        return [
            tok
            for tok in self.doc[first : head.left_edge.i]
            if self._is_document_noun(tok) and tok.head.i != head.i and tok.dep_ != "compound"
        ]

    def _chains(self) -> dict[int, int]:
        """The article's mentions of documents joined into one chain per document: a
        definite mention ("the report", "the same study", "this audit") takes up the
        document mentioned last under its noun in reach (`_documents_in_reach`), or under
        another noun when every mention in reach is of one document brought in with "a"
        ("according to a confidential audit ... The report, prepared by X, ..."), else the
        last one under its own noun ("the audit" paragraphs on); any other mention starts
        a chain. A headline's mentions stay out. Mention -> its chain's first mention."""
        if self._document_chains is not None:
            return self._document_chains
        chains: dict[int, int] = {}
        last_by_noun: dict[tuple[str, bool], int] = {}
        headline = headline_end(doc_text(self.doc))
        for tok in tokens_where(self.doc, POS={"NOUN"}):
            if not self._is_document_noun(tok) or tok.dep_ == "compound" or tok.idx < headline:
                continue
            # (a noun and its number: "the poll" takes up no "recent polls")
            lemma = (tok.lemma_.lower(), tok.tag_ == "NNS")
            definite = any(
                c.dep_ == "det" and c.lower_ in _DEFINITE or c.lower_ == "same" for c in tok.lefts
            )
            first = tok.i
            # ("The X/Y poll" names its own author: maybe another poll than "a new poll")
            named = any(c.dep_ in {"compound", "poss"} and c.pos_ == "PROPN" for c in tok.lefts)
            if definite and not named and not self._own_source(tok):
                reach = [m for m in self._documents_in_reach(tok) if m.i in chains]
                same = [m for m in reach if (m.lemma_.lower(), m.tag_ == "NNS") == lemma]
                brought = [m for m in reach if self._brought_in(m)]
                previous = tok.sent.start - 1
                near = self.doc[previous].sent.start if previous >= 0 else tok.sent.start
                if same:
                    first = chains[same[-1].i]
                elif brought and brought[-1] is reach[-1] and reach[-1].i >= near:
                    # one document brought in just before ("its original budget" beside
                    # it is none), when no other was brought in within reach
                    if len({chains[m.i] for m in brought}) == 1:
                        first = chains[reach[-1].i]
                elif lemma in last_by_noun:
                    first = chains[last_by_noun[lemma]]
            chains[tok.i] = first
            last_by_noun[lemma] = tok.i
        self._document_chains = chains
        return chains

    @staticmethod
    def _brought_in(mention: Token) -> bool:
        """Whether a document is brought in with "a" as the article's source: "according to
        a confidential audit", "a memo seen by this newspaper" (not "a plan to build")."""
        if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in mention.lefts):
            return False
        according = mention.dep_ == "pobj" and mention.head.head.lower_ == "according"
        held = any(c.dep_ == "acl" and c.lemma_.lower() in holder_verbs() for c in mention.rights)
        return according or held

    def _chain_of(self, head: Token) -> set[int]:
        """The mentions of the document `head` is a mention of (`_chains`), itself
        included; none when `head` is no mention of a document."""
        chains = self._chains()
        if head.i not in chains:
            return set()
        return {i for i, first in chains.items() if first == chains[head.i]}

    def _chain_author(self, members: set[int]) -> Speaker | None:
        """The author the article gives one of a document's mentions, when they give one
        only; None else."""
        at = {self.doc[i].idx for i in members}
        authors = {s.name: s for a, _n, s in self._documents() if a in at}
        if not authors:
            # "the survey's annex table ... the table": the author of the document that
            # owns one of its mentions
            for i in sorted(members):
                owner = next((c for c in self.doc[i].lefts if c.dep_ == "poss"), None)
                if owner is not None and self._is_document_noun(owner):
                    found = self._owner_body(self.doc[i])
                    if found is not None:
                        authors[found.name] = found
        return next(iter(authors.values())) if len(authors) == 1 else None

    def _is_document_noun(self, tok: Token) -> bool:
        nouns = self.roles.document_nouns
        return tok.pos_ == "NOUN" and (tok.lemma_.lower() in nouns or tok.lower_ in nouns)

    def _taken_up(self, head: Token) -> Token | None:
        """The document a definite one takes up: the one mentioned last before it, when
        "the same X" says so or the noun is the same; under another noun only one the
        sentence before (or its own) brought in with "a", with no other document in reach
        ("according to a paper by X. The analysis ..."; two documents by different
        authors just before: neither is meant for sure)."""
        mentions = self._documents_in_reach(head)
        if not mentions:
            return None
        last = mentions[-1]
        if any(c.lower_ == "same" for c in head.lefts):
            return last
        if last.lemma_.lower() == head.lemma_.lower():
            return last
        previous = head.sent.start - 1
        first = self.doc[previous].sent.start if previous >= 0 else head.sent.start
        if any(c.dep_ == "poss" and c.lower_ == "its" for c in last.lefts):
            # "X released its yearly review. The study concludes ...": the one document
            # the sentence before brought in as a body's own
            recent = [m for m in mentions if m.i >= first]
            return last if recent == [last] else None
        if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in last.lefts):
            return None  # "NATO's latest estimates ... according to the draft": another
        return last if last.i >= first and len(mentions) == 1 else None

    def _own_source(self, head: Token) -> bool:
        """Whether a document's phrase names its own author or owner after it ("the
        report by X", "the figures from the ministry")."""
        return any(
            c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "from", "of"} for c in head.rights
        )

    def _compound_body(self, noun: Token) -> Span | None:
        """An organisation's name among the words before a document's noun that all
        modify it ("an EU capability review", "the Alliance space policy paper")."""
        start = noun.left_edge.i
        return next(
            (
                e
                for e in self.ents
                if e.label_ == "ORG"
                and start <= e.start
                and e.end < noun.i
                # (each of its words on the noun or a word between, so a one-word name,
                # "EU": a longer name's words hang on each other, and taking one as a
                # poll's author carried its figures over a whole passage on PolNeAR)
                and all(t.head.i == noun.i or t.head.i in range(e.end, noun.i) for t in e)
            ),
            None,
        )

    def _body_by_word(self, word: Token) -> Speaker | None:
        """The body a word of its name stands for: a kind the lexicon knows ("the
        alliance": the last alliance named), else the last body named before that holds
        the word ("the brigade": "47th X Brigade"; "Federation": "the X Federation");
        never a state."""
        typ = self.index.descriptor_type(word.lower_)
        name = self._latest_of_type(word.idx, typ) if typ else None
        if name is None and word.lower_ not in self.roles.title_words:
            name = self._org_named(word.text.capitalize(), word.idx)
        if name is None or self._is_state(name) or name in self.persons:
            return None
        return Speaker(name=name, mention=word.text, kind="organization")

    def _org_speaker(self, ent: Span, mention: str) -> Speaker:
        # "the Korsan daily Vestby Post": the name after the words describing it
        name = _clean_name(re.sub(r"^(?:the|The)\s+", "", ent.doc[name_start(ent) : ent.end].text))
        known = self.index.canonical(name)
        kind = "outlet" if known is not None and known.kind == "outlet" else "organization"
        return Speaker(name=known.name if known else name, mention=mention, kind=kind)

    def _kind_word(self, word: Token) -> Token | None:
        """The word of a body's kind that a document's modifier is or opens, written as
        a common noun: "alliance" of "alliance figures", "ministry" of "a ministry planning
        paper" (the modifier's own modifier, right before it)."""
        for tok in (word, word.nbor(-1) if word.i else None):
            if tok is None or tok is not word and (tok.dep_ != "compound" or tok.head != word):
                continue
            common = tok.is_lower or tok.is_sent_start and not tok.ent_type_
            if common and self.index.descriptor_type(tok.lower_) is not None:
                return tok
        return None

    def _reduced_relative_giver(self, tok: Token) -> Speaker | None:
        """The body a relative clause without "that" says gave the document out, whatever
        the parser made of it ("figures the company released on Friday", "data the
        ministry published": "the company" read as an apposition or an object): "the",
        a body's word (with the words of its kind before it), then a verb of giving out
        in the past with no object of its own."""
        doc = self.doc
        i = tok.i + 1
        if i >= len(doc) or doc[i].lower_ != "the":
            return None
        j = i + 1
        while j < len(doc) and doc[j].is_lower and doc[j].pos_ in {"NOUN", "ADJ", "PROPN"}:
            j += 1
        if j == i + 1 or j >= len(doc):
            return None
        noun, verb = doc[j - 1], doc[j]
        if (
            verb.tag_ not in {"VBD", "VBN"}
            or verb.lemma_.lower() not in _GIVE_OUT_VERBS
            or any(c.dep_ in {"dobj", "nsubjpass", "agent"} for c in verb.children)
            or not (
                noun.lemma_.lower() in self.roles.body_nouns
                or self.index.descriptor_type(noun.lower_) is not None
            )
        ):
            return None
        found_by = self._resolve_one(noun) or self.description(noun, False)
        if found_by is None or found_by.kind not in {"organization", "outlet"}:
            return None
        return found_by

    def _documents(self) -> list[tuple[int, str, Speaker]]:
        """Documents the article attributes to an author: (offset, noun, author) for "a
        report by X", "X's study", "the agency's study" (a body named before), "a study
        from X". While the list is being made, a resolution it asks for that looks for a
        document's author again sees the documents found so far (no endless loop)."""
        if self._document_list is not None:
            return self._document_list
        found: list[tuple[int, str, Speaker]] = []
        self._document_list = found
        # (resolving the whole article's documents at once leaves no trace of who spoke
        # last where the reader is)
        reading = self._speakers_state()
        unnamed: list[Token] = []  # "a new survey out this week", no author given
        nouns = self.roles.document_nouns
        for tok in tokens_where(self.doc, POS={"NOUN"}):
            lemma = tok.lemma_.lower()
            part = lemma in self.roles.document_parts  # "an annex the ministry released"
            if lemma not in nouns and tok.lower_ not in nouns and not part:
                continue  # "figures", "estimates": listed in the plural
            giver = self._reduced_relative_giver(tok)
            if giver is not None:
                found.append((tok.idx, lemma, giver))
                continue
            if lemma not in nouns and tok.lower_ not in nouns:
                continue
            for child in tok.children:
                author = None
                if child.dep_ == "poss" and child.pos_ == "PROPN":
                    author = child
                elif child.dep_ == "poss" and child.lower_ == "its":
                    # "Its report says ...": the body the article spoke of last; "X has
                    # delivered 27 boats, according to its website": the clause's subject
                    # "The X ministry put out its spending plan": the publisher's own
                    found_by = (
                        self._according_subject(tok)
                        or self._published_by(tok)
                        or self._resolve_one(child)
                    )
                    if found_by is not None and found_by.kind in {"organization", "outlet"}:
                        found.append((tok.idx, lemma, found_by))
                        break
                    continue
                elif child.dep_ == "poss" and child.pos_ == "NOUN" and child.tag_ == "NNS":
                    # "the Union's yearly members' poll": whose members they are
                    owner = next(
                        (g for g in child.children if g.dep_ == "poss" and g.pos_ == "PROPN"),
                        None,
                    )
                    found_by = self._resolve_one(owner) if owner is not None else None
                    if found_by is not None and found_by.kind == "organization":
                        found.append((tok.idx, lemma, found_by))
                        break
                    continue
                elif (
                    child.dep_ == "poss"
                    and child.lemma_.lower() in nouns
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in child.lefts)
                ):
                    # "the report's fourth table": the author of the last report named
                    earlier = [
                        a for at, n, a in found if n == child.lemma_.lower() and at < tok.idx
                    ]
                    if earlier and earlier[-1].kind in {"organization", "outlet"}:
                        found.append((tok.idx, lemma, earlier[-1]))
                        break
                    continue
                elif (
                    child.dep_ == "poss"
                    and child.pos_ == "NOUN"
                    and any(
                        c.dep_ == "det"
                        and c.lower_ == "the"
                        or c.ent_type_ == "NORP"  # "the Ombrian parliament's accounts"
                        and child.lower_ in self.roles.body_nouns
                        # "her office's report": the body of the person she is
                        or c.dep_ == "poss"
                        and c.lower_ in {"his", "her"}
                        and child.lemma_.lower() in self.roles.body_nouns
                        for c in child.lefts
                    )
                ):
                    # "the agency's annual report": the body "the agency" stands for; "the
                    # army's trial report": the article's army
                    found_by = (
                        self._resolve_one(child)
                        or self._bare_service(child)
                        or self._body_by_word(child)
                        or self._meeting_host(child)
                    )
                    state = next((c for c in child.lefts if c.ent_type_ == "NORP"), None)
                    if found_by is None and state is not None and child.lower_ in STATE_BODY_NOUNS:
                        # "the Ombrian parliament's published accounts": that parliament
                        found_by = Speaker(
                            name=f"{state.text} {child.text}",
                            mention=self.doc[state.i : child.i + 1].text,
                            kind="organization",
                        )
                    if found_by is not None and found_by.kind in {"organization", "outlet"}:
                        found.append((tok.idx, lemma, found_by))
                        break
                    continue
                elif child.dep_ in {"prep", "agent"} and child.lower_ in {"by", "from", "of"}:
                    author = next((c for c in child.children if c.dep_ == "pobj"), None)
                elif child.dep_ == "appos" and child.pos_ in {"ADJ", "NOUN"}:
                    # "The audit, the office's second, ...": the owner of what the
                    # apposition calls it
                    owner = next((c for c in child.children if c.dep_ == "poss"), None)
                    if owner is None or owner.pos_ not in {"NOUN", "PROPN"}:
                        continue
                    found_by = self._resolve_one(owner) or (
                        self._body_by_word(owner) if owner.pos_ == "NOUN" else None
                    )
                    if found_by is not None and found_by.kind in {"organization", "outlet"}:
                        found.append((tok.idx, lemma, found_by))
                        break
                    continue
                elif (
                    child.dep_ == "compound"
                    and child.lemma_.lower() in self.roles.body_nouns
                    and child.is_lower
                    and child.i == tok.i - 1
                ):
                    # "defence ministry figures", "police statistics": the body's own
                    found_by = self._resolve_one(child)
                    if found_by is not None and found_by.kind == "organization":
                        found.append((tok.idx, lemma, found_by))
                        break
                    continue
                elif (
                    child.dep_ == "compound"
                    and child.i == tok.i - 1
                    and (word := self._kind_word(child)) is not None
                ):
                    # "alliance figures", "Alliance estimates", "a ministry planning paper":
                    # the body the word stands for ("the ministry"), else the last of its kind
                    body = None
                    if word is not child and word.lemma_.lower() in self.roles.body_nouns:
                        body = self._resolve_one(word)
                    if body is not None and body.kind == "organization":
                        found.append((tok.idx, lemma, body))
                        break
                    name = latest_of_type(
                        self.doc,
                        tok.idx,
                        self.index.descriptor_type(word.lower_),
                        ents=self.ents,
                    )
                    if name is not None and not self._is_state(name):
                        mention = self.doc[word.i : tok.i + 1].text
                        found.append(
                            (
                                tok.idx,
                                lemma,
                                Speaker(name=name, mention=mention, kind="organization"),
                            )
                        )
                        break
                    continue
                elif child.dep_ in {"compound", "nmod"} and child.pos_ == "PROPN":
                    # "the Harwick Audit Office report", "Ministry of Defence figures": the
                    # body whose name ends right before the noun; "an EU capability review":
                    # a body's name among the words before it
                    ent = next(
                        (e for e in self.ents if e.end == tok.i and e.start <= child.i < e.end),
                        None,
                    ) or self._compound_body(tok)
                    if ent is not None and ent.label_ == "ORG" and not self._is_state(ent.text):
                        mention = self.doc[ent.start : tok.i + 1].text
                        found.append((tok.idx, lemma, self._org_speaker(ent, mention)))
                        break
                    continue
                elif (
                    child.dep_ == "compound"
                    and child.i == tok.i - 1
                    and child.is_title
                    and not child.ent_type_
                ):
                    # "Federation analysis shows": the body the article named in full with
                    # that word ("the X and Y Federation")
                    found_by = self._body_by_word(child)
                    if found_by is not None:
                        found.append((tok.idx, lemma, found_by))
                        break
                    continue
                elif child.dep_ == "acl" and child.lemma_.lower() not in holder_verbs():
                    # "a report released in May by X" (not "documents seen by X": X
                    # holds them, it did not write them)
                    for grand in child.children:
                        if grand.dep_ == "agent":
                            author = next((c for c in grand.children if c.dep_ == "pobj"), None)
                        elif (
                            grand.dep_ == "nsubj"
                            and child.lemma_.lower() in _GIVE_OUT_VERBS
                            and grand.lower_ not in {"which", "that", "who"}
                        ):
                            # "evidence the directorate submitted": a relative clause the
                            # parser read as a participle, its subject the author
                            author = grand
                elif child.dep_ == "relcl" and child.lemma_.lower() in _GIVE_OUT_VERBS:
                    # "figures the Treasury Office published on Tuesday": the clause's subject
                    author = next((c for c in child.children if c.dep_ == "nsubj"), None)
                    if author is not None and author.lower_ in {"which", "that", "who"}:
                        author = None
                    if author is not None and author.lower_ in {"it", "they"}:
                        # "numbers it gave reporters": the body "it" stands for
                        found_by = self._resolve_one(author)
                        if found_by is not None and found_by.kind == "organization":
                            found.append((tok.idx, lemma, found_by))
                            break
                        author = None
                elif child.dep_ == "relcl" and child.lemma_.lower() in _RECEIVING_VERBS:
                    # "numbers the panel got from the X Office": the giver's
                    given = next(
                        (c for c in child.children if c.dep_ == "prep" and c.lower_ == "from"),
                        None,
                    )
                    author = (
                        next((c for c in given.children if c.dep_ == "pobj"), None)
                        if given is not None
                        else None
                    )
                if author is not None and author.pos_ == "NOUN":
                    named = self._named_appositive(author) or self._named_after(author, False)
                    if (
                        named is None
                        and (
                            child.dep_ in {"acl", "relcl"}
                            and child.lemma_.lower() in _GIVE_OUT_VERBS
                            or child.dep_ == "prep"
                            and child.lower_ in {"by", "from"}
                        )
                        and (
                            author.lemma_.lower() in self.roles.body_nouns
                            # "figures released by the alliance": a body named by its kind
                            or self.index.descriptor_type(author.lower_) is not None
                            # "... by the general staff": the command, not a workforce
                            or author.lower_ == "staff"
                            and any(c.lower_ in self.roles.staff_bodies for c in author.lefts)
                        )
                    ):
                        # "a review released by the country's intelligence directorate": the
                        # body as the article resolves it, else as it describes it
                        named = self._resolve_one(author) or self.description(author, False)
                        if named is not None and named.kind != "organization":
                            named = None
                    if (
                        named is None
                        and child.dep_ in {"acl", "prep"}
                        and self._group_author(author)
                    ):
                        # "counts kept by volunteer researchers": the group keeps them;
                        # "photos the authors examined": the publisher they write for
                        if author.lower_ in self.roles.document_voices:
                            named = self._resolve_one(author)
                        named = named or self.description(author, False)
                        if named is None:  # "two European manufacturers": typed makers
                            words = " ".join(self._description_words(author))
                            named = (
                                Speaker(name=words, mention=words, kind="group") if words else None
                            )
                    if named is not None:  # "data released by the statistics agency, X"
                        found.append((tok.idx, lemma, named))
                        break
                if author is None or author.pos_ != "PROPN":
                    continue
                speaker = self._resolve_one(author) or self._untagged_body(author)
                owned = speaker is None and child.dep_ == "poss"
                title = self.capital_title(author) if owned else None
                if title is not None:  # "the Auditor-General's report": the office speaks
                    speaker = Speaker(name=title, mention=title, kind="organization")
                if speaker is not None and speaker.kind == "person" and child.lower_ == "of":
                    continue  # "the release of Anna Berg": what it is about, not its author
                if speaker is not None:
                    found.append((tok.idx, lemma, speaker))
                    break
            else:
                speaker = (
                    self._spoke_in(tok)
                    or self._published_by(tok)
                    or self._given_by(tok)
                    or self._written_by(tok)
                )
                if speaker is None and lemma in self.roles.state_documents:
                    # "as the budget put to parliament shows" after "Dravik plans ...": a
                    # budget no one is named as drawing up is the government's of the state
                    # the sentence or the one before names
                    state = self._state_before(tok, untyped=False)
                    if state is not None:
                        speaker = self._government(
                            state, self.doc[tok.left_edge.i : tok.i + 1].text
                        )
                if speaker is not None:
                    found.append((tok.idx, lemma, speaker))
                elif any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.lefts):
                    unnamed.append(tok)
        found += self._named_next(unnamed, found)
        found.sort(key=lambda entry: entry[0])
        self._document_list = found
        self._restore_speakers(reading)
        return found

    def poll_answered(self, head: Token) -> Speaker | None:
        """Who speaks for a share of a poll's respondents ("Forty percent said ...", "a
        majority said", "most respondents said"): the author of the latest poll or survey
        the article named before, if it gave one; None for any other subject."""
        shares = self.roles.respondent_shares
        if head.dep_ != "nsubj" or (
            head.lemma_.lower() not in shares and head.lower_ not in shares
        ):
            return None
        polls = self.roles.poll_nouns
        before = [
            s
            for at, noun, s in self._documents()
            if noun in polls and at < head.idx and s.kind in {"organization", "outlet"}
        ]
        if not before:
            return None
        mention = self.doc[head.left_edge.i : head.right_edge.i + 1].text
        return before[-1].model_copy(update={"mention": mention})

    def _named_next(
        self, unnamed: list[Token], found: list[tuple[int, str, Speaker]]
    ) -> list[tuple[int, str, Speaker]]:
        """Documents a lede introduces without their author, who is named when the article
        comes back to them: "a new survey out this week" and, a sentence or two later,
        "The poll, run by X, found ...": X's (the next definite mention of the same
        document, under the same noun or as another word for a poll)."""
        if not unnamed:
            return []
        authored = {at: (noun, speaker) for at, noun, speaker in found}
        polls = self.roles.poll_nouns
        sents = list(self.doc.sents)
        added = []
        for tok in unnamed:
            lemma = tok.lemma_.lower()
            at = next(i for i, sent in enumerate(sents) if sent.start <= tok.i < sent.end)
            for later in self.doc[tok.i + 1 : sents[min(at + 2, len(sents) - 1)].end]:
                noun = later.lemma_.lower()
                if later.pos_ != "NOUN" or not (noun == lemma or noun in polls and lemma in polls):
                    continue
                if not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in later.lefts):
                    break  # another document of the kind, not this one again
                entry = authored.get(later.idx)
                if entry is not None:
                    added.append((tok.idx, lemma, entry[1]))
                break
            if not added or added[-1][0] != tok.idx:
                speaking = self._lede_speaker_next(tok)
                if speaking is not None:
                    added.append((tok.idx, lemma, speaking))
        return added

    def _lede_speaker_next(self, tok: Token) -> Speaker | None:
        """A document with "a" in the story's first sentence, its author not given ("...,
        according to a report out on Tuesday"), whose next paragraph opens with a
        body named in full that speaks ("The X Observatory said it had ..."): that body's."""
        start = self._paragraph_after_opening(tok.sent)
        if start is None:
            return None
        nxt = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if nxt is None:
            return None
        root = nxt[0].sent.root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None or not _reports(root):
            return None
        ent = next((e for e in self.ents if e.start <= subject.i < e.end), None)
        if ent is None or ent.label_ != "ORG" or self._is_state(ent.text):
            return None
        mention = self.doc[tok.left_edge.i : tok.i + 1].text
        return self._org_speaker(ent, mention)

    def _untagged_body(self, head: Token) -> Speaker | None:
        """A body's name the tagger left untyped, as a document's author: "the charge sheet
        lodged by the Anti-Smuggling Investigations Office" (capitalised words, "'s", hyphens,
        "of" and "and" between them, ending in a body's word: office, agency, court ...)."""
        if head.ent_type_ or head.lemma_.lower() not in self.roles.body_nouns:
            return None
        words = [t for t in self.doc[head.left_edge.i : head.i + 1] if t.lower_ != "the"]
        owned = [k for k, t in enumerate(words) if t.tag_ == "POS"]
        if (
            owned
            and any(t.is_lower for t in words[: owned[-1]])
            and all(t.text[:1].isupper() for t in words[owned[-1] + 1 :])
        ):  # "the interior ministry's Border Inspectorate" (not "the Prosecutor's Office")
            words = words[owned[-1] + 1 :]
        if len(words) < 2 or any(
            not (
                t.text[:1].isupper()
                or t.text in {"'s", "\u2019s", "-", "'", "\u2019"}
                or t.lower_ in {"of", "and"}
            )
            for t in words
        ):
            return None
        name = self.doc[words[0].i : head.i + 1].text
        return Speaker(name=name, mention=name, kind="organization")

    def _group_author(self, author: Token) -> bool:
        """Whether a document's author is a typed group ("analysts", "researchers"), or
        makers of some kind a people's adjective types ("two European manufacturers")."""
        if author.tag_ != "NNS":
            return False
        if author.lower_ in self.roles.group_nouns:
            return True
        return author.lemma_.lower().endswith(self.roles.agent_endings) and any(
            c.dep_ == "amod" and c.ent_type_ == "NORP" for c in author.lefts
        )

    def _published_by(self, doc_noun: Token) -> Speaker | None:
        """ "The Corvid Institute published its yearly review on Monday" (or "a report"):
        the organisation that published, released, issued, wrote or prepared the document
        as its own ("X prepared a briefing for members"; the object of the verb, with "its"
        or "a" before it; "a report by X" is X's)."""
        verb = doc_noun.head
        if doc_noun.dep_ != "dobj" or verb.lemma_.lower() not in _WRITING_VERBS:
            return None
        if not any(
            c.dep_ == "poss" and c.lower_ == "its" or c.dep_ == "det" and c.lower_ in {"a", "an"}
            for c in doc_noun.children
        ):
            return None  # "published its annual review", "published a report on Monday"
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        if subject.pos_ == "PROPN":  # (a body's name the tagger left untyped, too)
            speaker = self._resolve_one(subject) or self._untagged_body(subject)
        elif subject.pos_ == "NOUN" and subject.lemma_.lower() in self.roles.body_nouns:
            # "The alliance's secretariat published its yearly review": the body as the
            # article resolves it, else as it describes it
            speaker = self._resolve_one(subject) or self.description(subject, False)
        else:
            return None
        if speaker is None or speaker.kind != "organization" or self._is_state(speaker.name):
            return None
        return speaker

    def _written_by(self, doc_noun: Token) -> Speaker | None:
        """ "The report, ..., was written by X, director of the Y Institute's programme,
        and Z": the organisation its authors write for (the guideline's "the report"
        resolved to the organisation that publishes it), or the organisation named as
        the agent."""
        verb = doc_noun.head
        if doc_noun.dep_ != "nsubjpass" or verb.lemma_.lower() not in _WRITING_VERBS:
            return None
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        author = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        if author is None:
            return None
        orgs = set()
        # (a body's name the tagger left untyped: "written by the X's Border Inspectorate")
        for found in self.resolve(author) or list(filter(None, [self._untagged_body(author)])):
            if found.kind == "organization":
                orgs.add(found.name)
            elif found.kind == "person" and found.organization:
                orgs.add(found.organization)
            else:
                return None  # an author who writes for no body the article names
        if len(orgs) != 1:
            return None
        name = orgs.pop()
        if self._is_state(name):
            return None
        mention = self.doc[doc_noun.left_edge.i : doc_noun.i + 1].text
        return Speaker(name=name, mention=mention, kind="organization")

    def _given_by(self, doc_noun: Token) -> Speaker | None:
        """ "figures the Arms Purchasing Office handed to parliament": a named organisation
        right after the document, as the subject of a verb of giving it out, whatever the
        parser hung the clause on."""
        ent = next((e for e in self.ents if e.start == doc_noun.i + 1), None)
        if ent is None or ent.label_ != "ORG" or ent.end >= len(self.doc):
            return None
        verb = self.doc[ent.end]
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _GIVE_OUT_VERBS:
            return None
        if ent.root.head.i != verb.i or ent.root.dep_ != "nsubj":
            return None
        speaker = self._resolve_one(ent.root)
        if speaker is None or speaker.kind != "organization" or self._is_state(speaker.name):
            return None
        return speaker

    def _spoke_in(self, doc_noun: Token) -> Speaker | None:
        """ "In a paper released this week, the bureau estimated ...": the subject of the
        verb the document's "in" phrase hangs on wrote it (an organisation)."""
        prep = doc_noun.head
        if doc_noun.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ != "VERB":
            return None
        subject = next((c for c in prep.head.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in self.roles.document_nouns:
            return None
        says = subject.i < prep.head.i < prep.i and _reports(prep.head)  # "X said in a report"
        # "X, in an assessment published on Friday, said": the phrase set off by commas
        set_off = subject.i < prep.i < prep.head.i and self.doc[prep.i - 1].text == ","
        if not (prep.i < subject.i < prep.head.i or says or set_off and _reports(prep.head)):
            return None  # "Germany accounted for 38 percent in the index": not its author
        speaker = self._resolve_one(subject) or self._named_after(subject, False)
        if speaker is None or speaker.kind != "organization":
            return None
        known = self.index.canonical(speaker.name)
        return None if known is not None and known.kind == "country" else speaker

    def second_title(self, head: Token, conj: Token) -> bool:
        """Whether `conj`, coordinated after `head`, is a second title of the one person
        `head` describes ("the former defence minister and current opposition leader"): both
        singular titles, the determiner written once, before the first."""
        roles = self.roles

        def title(t: Token) -> bool:
            lemma = t.lemma_.lower()
            return t.tag_ == "NN" and (
                lemma in roles.person_nouns
                or lemma in roles.title_heads
                or t.lower_ in roles.title_heads
            )

        return (
            conj.dep_ == "conj"
            and conj.head.i == head.i
            and title(head)
            and title(conj)
            and any(c.dep_ in {"det", "poss"} for c in head.lefts)
            and not any(c.dep_ in {"det", "poss", "nummod"} for c in conj.lefts)
        )

    def _description_words(self, head: Token) -> list[str]:
        """The words of a description: pre-modifiers and head, and a short "of/for/at X"."""
        doc = self.doc
        start = head.left_edge.i
        words: list[str] = []
        glue = False  # the previous word is written joined to this one ("34-year-old")
        state = self._state_owner_words(head)
        for t in doc[start : head.i + 1]:
            if state is not None and state[0] <= t.i < state[1]:
                if t.i == state[0]:  # "Quellmark's foreign intelligence service": the
                    words.append(state[2])  # state's adjective, else its name, before it
                continue
            if t.tag_ == "POS" and t.text in {"'", "’"} and words:
                words[-1] += t.text  # "the shipbuilders' association": a plural's owner
                glue = False
                continue
            if t.dep_ == "det" or t.is_punct and t.text not in {"-", "."}:
                glue = False
                continue
            if t.lower_ in QUANTIFIERS and t.i == start and head.tag_ == "NNS":
                continue  # "several smaller suppliers": the suppliers, not how many spoke
            if (
                t.dep_ == "nummod"
                and t.head.i == head.i
                and t.like_num
                and t.is_alpha
                and head.tag_ in {"NN", "NNS"}
                and head.head.lower_ != "of"
            ):
                # "two congressional aides", "one person involved in the talks": how many
                # spoke is no part of who they are
                glue = False
                continue
            if t.lower_ in _COUNTING and t.dep_ in {"amod", "advmod"} and t.i == start + 1:
                continue  # "a second senior diplomat": another one, typed as the first
            if glue and words:
                words[-1] += t.text
            else:
                words.append(t.text)
            glue = (
                t.text == "-"
                and not t.whitespace_
                or (not t.whitespace_ and t.i + 1 < len(doc) and doc[t.i + 1].text == "-")
            )
        preps = {"for", "of", "at", "with", "from"}
        if head.lemma_.lower() in self.roles.person_nouns or head.lower_ in self.roles.group_nouns:
            preps |= {"in", "on"}  # "a source in the industry", "analysts on the call"
        rights = list(head.rights)
        for n, child in enumerate(rights):
            if child.dep_ == "prep" and child.lower_ in preps:
                # "a retired officer from one of the coastal brigades": who they are,
                # as written, up to a comma ("an official at the ministry, who ..."); a
                # phrase right after it too ("a representative of the union at the yard")
                span = self._qualifier(child, preps)
                if span is not None:
                    nxt = rights[n + 1] if n + 1 < len(rights) else None
                    more = None
                    if nxt is not None and nxt.dep_ == "prep" and nxt.i == span.end:
                        more = self._qualifier(nxt, preps)
                    if more is not None and more.end - span.start <= _LONGEST_QUALIFIER:
                        span = doc[span.start : more.end]
                    words.append(_without_joiner(span).text)
                break
            if (
                child.dep_ == "amod"
                and child.pos_ == "ADJ"
                or child.dep_ == "acl"
                and child.tag_ in {"VBN", "VBD"}  # "a person involved in the talks", "briefed on"
                and any(c.dep_ == "prep" for c in child.children)
                # (of people: "an audit by the X office released in January" was released;
                # "makers cited in the report" are no makers of a kind)
                and head.lemma_.lower() not in self.roles.body_nouns
                and child.lemma_.lower() not in citing_verbs()
            ) and child.i == head.i + 1:
                # "people familiar with the talks", "aides close to her": who they are
                span = doc[child.i : child.right_edge.i + 1]
                if 1 < len(span) <= 6 and not any(t.is_punct for t in span):
                    words += [t.text for t in span]
                break
        second = next((c for c in head.conjuncts if self.second_title(head, c)), None)
        if second is not None:  # "... and current opposition leader": the same person's
            words += ["and"] + [t.text for t in doc[second.left_edge.i : second.i + 1]]
        return [w for w in words if w.strip()]

    def _qualifier(self, prep: Token, preps: set[str]) -> Span | None:
        """The "of/for/at X" phrase a description keeps after its noun, up to a comma:
        not a place ("in Corbridge", "in the capital"), not over `_LONGEST_QUALIFIER`
        tokens, no punctuation but a possessive's mark."""
        if prep.lower_ not in preps:
            return None
        span = _up_to_comma(self.doc[prep.i : prep.right_edge.i + 1])
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        place = prep.lower_ in {"in", "on"} and any(
            o.ent_type_ in {"GPE", "LOC", "FAC"}
            or o.pos_ == "PROPN"
            and not any(c.dep_ in {"det", "poss"} for c in o.children)
            or o.lemma_.lower() in self.roles.place_nouns
            for o in objects
        )  # "a senior official in Corbridge", "in the capital": where, not who
        if (
            len(span) <= _LONGEST_QUALIFIER
            and objects
            and objects[0].i < span.end
            and not place
            and not any(t.is_punct and t.tag_ != "POS" for t in span)
        ):
            return span
        return None

    def _state_owner_words(self, head: Token) -> tuple[int, int, str] | None:
        """A state written as a description's possessive ("Ilbergia's shipbuilders'
        association", "Kessaria's defence minister"): the tokens of the state and its
        "'s", and the word the canonical name puts there instead (the state's adjective
        where the lexicon or the article has one, else its name)."""
        owner = next((c for c in head.lefts if c.dep_ == "poss"), None)
        if owner is not None and owner.pos_ == "NOUN":  # "Ilbergia's shipbuilders' ..."
            owner = next((c for c in owner.lefts if c.dep_ == "poss"), None)
        if owner is None or owner.pos_ != "PROPN" or owner.i + 1 >= len(self.doc):
            return None
        mark = self.doc[owner.i + 1]
        if mark.tag_ != "POS" or mark.text not in {"'s", "’s"}:
            return None
        ent = next((e for e in self.ents if e.start <= owner.i < e.end), None)
        # (the tagger's entity may take the "'s" in: "Porto Clara's")
        first = ent.start if ent is not None and ent.end in {owner.i + 1, owner.i + 2} else owner.i
        name = _clean_name(self.doc[first : owner.i + 1].text)
        known = self.index.canonical(name)
        if known is not None and known.kind != "country":
            return None
        if known is None and not (self._is_state(name) or name in self._likely_states()):
            return None
        state = known.name if known is not None else name
        return first, mark.i + 1, self._demonym(state) or state

    def _next_sentence_end(self, tok: Token) -> int:
        end = tok.sent.end
        return self.doc[end].sent.end_char if end < len(self.doc) else tok.sent.end_char


def _state_ministry(name: str) -> str:
    """A body named after a person's "at" as written ("the interior ministry"), but a
    state's ministry under the formal name it has elsewhere ("Velsian defence ministry" ->
    "Velsian Ministry of Defence", as `organisations` names it)."""
    state, _, rest = name.partition(" ")
    if state[:1].isupper() and rest.islower():
        return f"{state} {_formal(rest)}"
    return name


def _without_joiner(span: Span) -> Span:
    """A phrase without the "and" or "or" the parser hung on its last word for what is
    coordinated after it ("of defence and" + "current party chair")."""
    end = span.end
    while end > span.start + 1 and span.doc[end - 1].dep_ == "cc":
        end -= 1
    return span.doc[span.start : end]


def _up_to_comma(span: Span) -> Span:
    """A span cut before its first comma, dash or bracket."""
    for tok in span:
        if tok.text in {",", "—", "–", "(", ";", ":"}:
            return span.doc[span.start : tok.i]
    return span
