"""A person's role: titles before the name, appositions after it, and their parts."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from pipeline.extract.coref import name_gender
from pipeline.extract.speaking.masthead import head_outlet
from pipeline.extract.speaking.names import (
    _HONORIFICS,
    _JOINERS,
    _NOT_OWNERS,
    Person,
    _capital_runs,
    _clean_name,
    _hyphened,
)
from pipeline.extract.speaking.organisations import _demonym_like
from pipeline.extract.speaking.titles import (
    _AND_PORTFOLIO,
    _CAPITAL_FIELD,
    _LOWER_PORTFOLIO,
    _MINISTRY_NAME,
    _PORTFOLIO,
    _REGION_FIELD,
    _ROLE_FOR,
    _ROLE_IN,
    _ROLE_TAIL,
    _TITLE_FIELD,
    _TITLE_FIELD_WORD,
    _UNIT_TAIL,
    _country_demonyms,
)
from pipeline.extract.speaking.words import _RELATIVE, DEMONYM_ENDINGS
from pipeline.nlp.model import doc_text

# a workers' body named only in lower case after a title: "secretary of the Vardby branch
# of the dockers' union", "organiser for the shipyard workers' federation"
_LOWER_UNION = re.compile(
    r"\s+(?:for|of|at)\s+the\s+(?:[A-Z]\w+\s+branch\s+of\s+the\s+)?"
    r"((?:[a-z][\w-]*(?:['’]|s['’])?\s+){1,3}(?:union|federation|association|guild))\b"
)
_STOP_LEFT = {",", ";", "(", ")", "—", "–", ":", '"', "“", "”", "‘", "’", "'", "-"}
_STOP_POS_LEFT = {"VERB", "AUX", "SCONJ", "DET", "PRON", "NUM"}
_WORK_PREPS = {"at", "with", "for"}
_APPOS_STOP = {",", ";", ".", ")", "—", "–", ":", "(", "!", "?"}


_HAVE = {"has", "have", "'s", "'ve"}


def _stops_apposition(tok: Token) -> bool:
    """Punctuation the tokenizer kept as one token that holds a stop ("):" of "Q (X Y,
    Radio Z): Director, ...")."""
    return tok.is_punct and len(tok.text) > 1 and any(ch in _APPOS_STOP for ch in tok.text)


def _lead_lemma(verb: Token) -> str:
    """A verb's lemma with its particle, as the lexicon lists phrasal verbs of leading:
    "took over" -> "take over"; "heads" -> "head"."""
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ == "prt" and child.i > verb.i:
            return f"{lemma} {child.lower_}"
    return lemma


_FOUNDING = {"found", "co-found", "establish"}  # "Y, founded by X": X founded Y
_COMMITTEE = re.compile(r"(?:[A-Z][\w'-]*[ \t]+)+Committee\b")


# offices held for a state: "Chancellor X of Aldoria" speaks for Aldoria
_STATE_OFFICES = {"president", "chancellor", "premier", "minister", "king", "queen", "emir"}


def _with_appositions(root: Token) -> list[Token]:
    """A name's head and the heads of the appositions describing it ("X, a former
    colonel who leads the Y Alliance,"): where a relative clause on the person may hang."""
    return [root] + [c for c in root.children if c.dep_ == "appos"]


def _hangs_on(prep: Token, verb: Token) -> bool:
    """Whether a preposition belongs to `verb`: on it, on its object, or on a phrase of
    its own topic ("speaks on procurement for the X Party")."""
    head = prep.head
    if head.i == verb.i or head.head.i == verb.i:
        return True
    return head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i == verb.i


def _name_end(head: Token) -> int:
    """The last token of a proper name headed by `head`, over the capitalised words of an
    "of"/"for" phrase that belongs to the name ("the Ministry of Defence", "the Institute
    for Maritime Studies"); `head` itself when none follows."""
    end = head.i
    for child in head.rights:
        if child.dep_ != "prep" or child.lower_ not in {"of", "for"} or child.i != end + 1:
            break
        words = list(child.subtree)[1:]
        if not words or not all(
            t.text[:1].isupper() or t.lower_ in {"of", "for", "and", "the", "&"} for t in words
        ):
            break
        end = child.right_edge.i
    return end


def _clean_title(text: str) -> str:
    """A title as an apposition writes it, without its article ("the chief executive")."""
    return re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)


_DASHES = {"-", "–", "—"}


class PersonRolesMixin:
    """The role of a person (part of `SpeakerTracker`)."""

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
        titled = left  # the phrase the role comes from
        for appos in (self._apposition(span), pre):
            if appos is None:
                continue
            a_role, a_org = self._role_and_org(appos, span.start_char)
            if a_role is None:
                if appos is not pre and not org:  # "Public prosecutor X, of the Y Office,"
                    org = self._of_body(appos)
                continue
            listed = self._listed_org(appos) if appos is not pre else None
            if listed is not None:  # "X, Director of Air Defence Capability, Y Armed Forces;"
                a_role, a_org = _clean_title(appos.text), listed
            if (
                role is None
                or self._is_rank(role)
                or self._seat(role, org, a_org)
                # "The study's lead author, X, a former naval officer,": the part held now
                or self._past_office(role)
                and not self._past_office(a_role)
            ):
                role, org, titled = a_role, a_org or org, appos
            elif org is None:
                org = a_org
        if (role is None or self._is_rank(role)) and titles:
            labelled = self._labelled_title(first)  # "Spokesperson: Colonel X"
            if labelled is not None:
                role, org = labelled, self._default_org(labelled, span.start_char)
        weak = role is None or self._is_rank(role) or self._past_office(role)
        if titles and (weak or org is None):
            # "X became Latvia's defence minister"; "Vice Admiral X has been the navy's
            # deputy commander for two years": the office outranks the rank; "X, a former
            # auditor, is now head of the agency": the office held now outranks a past one;
            # "X, a paint-shop forewoman, is the union's representative at the plant": an
            # office the sentence says with its body outranks a trade without one
            p_role, p_org, p_phrase = self._predicate_title(span)
            if p_role is not None and (weak or p_org):
                role, org = p_role, p_org or org
                titled = p_phrase
        counterpart = self._counterpart(span) if role is None and titles else None
        if counterpart is not None:  # "the minister and his Polish counterpart X"
            role, org = counterpart
        if role is None and titles:  # "with hosts X and Y": each is a host
            role = self._shared_title(span)
        if role is None:  # "Members present: X (Chair), Y"
            role = self._bracketed_title(span)
            if role is not None and role.lower() in self.roles.chair_titles:
                committee = _COMMITTEE.search(doc_text(self.doc))  # the one the article is of
                org = committee.group(0) if committee else None
        if role is None and titles:  # "Participants: X - Chief Financial Officer; Y - ..."
            role = self._dashed_title(span)
            if role is not None:
                org = self._default_org(role, span.start_char)
        if role and self._past_office(role):
            org = None  # "a former head of purchasing at the agency": its voice no more
        if role and not org and titles:  # "Defence spokesman X of the Coastal Party"
            org = (
                self._org_of_name(span, role)
                or self._speaking_for(span)
                or self._party_before_title(titled)
                or self._party_family(titled)
                or self._whose_org(titled)
                or self._own_body_after(span)
            )
        if not role and not org and titles:  # "X of the Coastal Greens said"
            org = self._org_of_name(span)
        if org in self.roles.party_families:  # "a Labour MP": the party, not a seat
            org = self.roles.party_families[org]
        if org and role and self._constituency(role, org):
            org = None  # "the MP for South Harrowfield": a seat's place, not a body
        if role and not org and titled is not None:  # "Her chief engineer, X,": whose
            owner = self._pronoun_owner(titled)
            if owner is not None:
                self._owned_titles.append((person, owner))
            elif (document := self._document_owner(titled)) is not None:
                # "X, the report's lead author": whoever published the report
                self._document_titles.append((person, document))
                titled = None
        if role and not org and titled is not None:
            # "The country's defence minister, X,": the state his paragraph is about (in a
            # round-up of several states, not the article's own)
            org = self._country_of_title(titled)
        guessed = False  # the organisation only a title without one suggests
        if role and not org and counterpart is None and titled is not None:
            # (a counterpart is at another state)
            org = self._default_org(role, span.start_char)
            guessed = org is not None
        led = None
        if titles and (role is None or self._is_rank(role) or self._past_office(role)):
            # "X, who chairs the Y,", "Colonel X, who heads the Y office,": the office a
            # verb of leading gives outranks a military rank, as an apposition's does,
            # and an office held before ("a former colonel who leads the Y Alliance")
            led = self._led_role(span)
            if led is not None:
                led_org = self._org_led(span)
                role, org = led, led_org or org
                guessed = guessed and led_org is None
        if role is None and titles:  # "X, who retired in 2021 as a rear admiral,"
            role = self._office_left(span)
        if (not org or guessed) and titles and not (role and self._past_office(role)):
            # "X, who commands a brigade of the Y Land Forces,"
            led_org = self._org_led(span)
            if led_org:
                org, guessed = led_org, False
        if not org:  # (held now, whatever office was held before)
            org = self._workplace(span)  # "X, who works for the consultancy Y,"
        if not org and role and titles and not self._past_office(role):
            org = self._worksite(span)  # "X, a welder, joins casings on the line"
        if not org and left is not None and role and not self._past_office(role):
            org = self._rank_service(left)
        if role and (
            not person.role
            or self._is_rank(person.role)
            and (not self._is_rank(role) or self._finer_rank(role, person.role))
        ):
            person.role = role
            person.organization = org or person.organization
            if titles and role == led:
                self._led_offices.add(id(person))
            if org:
                self._guessed_orgs.discard(id(person))
        elif role and role.lower().startswith(
            (person.role.lower() + " of ", person.role.lower() + " for ")
        ):  # "Vice Minister" in a cast list, then "the Vice Minister for Energy, X":
            person.role = role  # the same title, with what it is of (the body given stays)
        if org and (not person.organization or id(person) in self._guessed_orgs and not guessed):
            # a body the article names for the person outranks one a bare title suggested
            # at an earlier mention ("Defence Minister X" in a headline; "X, who has
            # run the Y Ministry of Finance since 2023," below it)
            person.organization = org
            self._guessed_orgs.discard(id(person))
        if guessed and person.organization == org:
            self._guessed_orgs.add(id(person))

    def _country_of_title(self, phrase: Span) -> str | None:
        """The state that "the country's" or "the nation's" owning a title refers to: the
        one its paragraph names most often before it (the first of equals: a round-up's
        item opens on its state), else the one named nearest before it."""
        for tok in phrase.root.lefts:
            if (
                tok.dep_ == "poss"
                and tok.lemma_.lower() in {"country", "nation"}
                and [c.lower_ for c in tok.lefts] == ["the"]
            ):
                return self._paragraph_state(tok) or self._state_before(tok, untyped=False)
        return None

    def _paragraph_state(self, tok: Token) -> str | None:
        """The known state named most often in `tok`'s paragraph before it, the first named
        of equals; None when the paragraph names none there."""
        start = doc_text(self.doc).rfind("\n", 0, tok.idx) + 1
        counts: dict[str, list[int]] = {}
        for ent in self.ents:
            if ent.start_char < start or ent.end > tok.i:
                continue
            known = self.index.canonical(_clean_name(ent.text))
            if known is not None and known.kind == "country":
                counts.setdefault(known.name, [0, -ent.start])[0] += 1
        return max(counts, key=lambda name: tuple(counts[name]), default=None)

    def _pronoun_owner(self, phrase: Span) -> Token | None:
        """The personal possessive that owns the title a phrase gives: "her" of "Her
        chief engineer", "his" of "his deputy"."""
        root = phrase.root
        for tok in root.lefts:
            if tok.dep_ == "poss" and tok.tag_ == "PRP$" and tok.lower_ in {"his", "her"}:
                return tok
        return None

    def _document_owner(self, phrase: Span) -> Token | None:
        """The title's head in a phrase a document owns ("the report's lead author", "the
        study's co-author", "the lead author of the study"), for its publisher; None when
        no document owns it."""
        nouns = self.roles.document_nouns
        for tok in phrase:
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns:
                continue
            head = tok.head
            if tok.dep_ == "poss" and head.i in range(phrase.start, phrase.end):
                return head
            if (  # "the lead author of the study"
                tok.dep_ == "pobj"
                and head.lower_ == "of"
                and head.head.i in range(phrase.start, phrase.end)
                and head.head.pos_ == "NOUN"
                and any(c.lower_ == "the" for c in tok.lefts)
            ):
                return head.head
        # "X, a co-author who ran the field interviews": an author of the document the
        # article is presenting (its publisher is the one named last before)
        if _clean_title(phrase.text).lower() in self.roles.document_voices:
            return phrase[-1]
        return None

    def _owners_organisations(self) -> None:
        """A title a possessive pronoun owns takes the organisation of the person the
        pronoun refers to when the article gave it none: "X founded Y Robotics. Her chief
        engineer, Z, said" -> Y Robotics."""
        for person, owner in self._owned_titles:
            other = self._pronouns.get(owner.i)
            if person.organization or other is None or other is person:
                continue
            person.organization = other.organization
        for person, head in self._document_titles:  # "the report's lead author": its body
            publisher = None if person.organization else self._publisher(head)
            if publisher is not None and publisher.kind == "organization":
                person.organization = publisher.name

    def _broadcast_hosts(self) -> None:
        """A presenter given no organisation ("ANCHOR: X", "X, the host") presents for the
        broadcaster a line of the article's head names ("... | X State Radio")."""
        outlet = None
        for person in self.persons.values():
            if (
                person.organization
                or (person.role or "").lower() not in self.roles.broadcast_titles
            ):
                continue
            outlet = outlet or head_outlet(doc_text(self.doc))
            if outlet is None:
                return
            person.organization = outlet

    def _past_office_verb(self, verb: Token) -> bool:
        """A verb of leading in the past tense: an office no longer held ("commanded",
        "ran"); a verb that starts an office keeps it ("founded the company": its
        founder; "took over the ministry")."""
        return verb.tag_ == "VBD" and _lead_lemma(verb) not in self.roles.office_start_verbs

    def _current_office_verb(self, verb: Token) -> bool:
        """A main verb of leading that gives an office held now: the present ("heads"),
        the present perfect ("has run ... since 2020"), the present progressive ("is
        running"), or a verb that starts an office in the past tense ("took over the
        ministry in 2023"); not "ran", "will run", "has never run"."""
        if any(c.dep_ == "neg" for c in verb.children):
            return False
        auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
        if verb.tag_ in {"VBZ", "VBP"}:
            return not auxes
        if verb.tag_ == "VBN":
            return bool(auxes & _HAVE) and not auxes - _HAVE
        if verb.tag_ == "VBG":
            return bool(auxes) and auxes <= {"is", "are", "'s", "'re", "been"} | _HAVE
        return verb.tag_ == "VBD" and _lead_lemma(verb) in self.roles.office_start_verbs

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
                return self._service_named(service, left.start_char)
        return None

    def _service_named(self, service: str, before: int) -> str | None:
        """An armed service of the article: as it names it with its owner ("Royal Navy",
        "the Ombrian navy"), else of the article's country, else bare where the article
        writes "the navy" and names no country."""
        found = self._written_service(service, before)
        if found is not None:
            return found
        country = self._main_country()
        # a state the lexicon does not know is trusted as the article's only with its
        # adjective ("Ombrian") or as the owner of a body of state ("Ombria's army"); else a
        # place the article names often may pass for one
        trusted = country is not None and (
            self.index.canonical(country) is not None
            or self._demonym(country) is not None
            or country in self._unknown_countries()
        )
        bare = re.search(rf"\bthe {service}\b", doc_text(self.doc), re.I) is not None
        if bare and not trusted:
            return service
        return self._national_service(service) or (service if bare else None)

    def _service_word_before(self, tok: Token, phrase: Span, before: int) -> str | None:
        """An armed service written in lower case right before a title ("army spokesperson
        X", "air force spokesman X"): the service as the article names it, else of the
        article's country."""
        for size in (2, 1):
            if tok.i - size < phrase.start:
                continue
            words = self.doc[tok.i - size : tok.i]
            if not all(t.is_lower for t in words):
                continue
            service = words.text.title()
            if service in self.roles.services:
                return self._service_named(service, before)
        return None

    def _written_service(self, service: str, before: int) -> str | None:
        """An armed service as the article writes it with its owner's word ("U.S. Army",
        "Royal Navy", not "Department of the Army"): the last before `before`, else the
        first after it."""
        owner = r"(?:[A-Z]\.){2,}|[A-Z][a-z]+(?: [A-Z][a-z]+)*"
        # the service's words in either case: "the Ombrian navy" is the Ombrian Navy
        pattern = rf"(?<![\w.])({owner}) (?i:{re.escape(service)})\b"
        found = []  # "Royal Australian Navy": every capitalised word of the owner
        for m in re.finditer(pattern, doc_text(self.doc)):
            words = m.group(1).split()
            while words and words[0] in _NOT_OWNERS:
                words = words[1:]
            if words and all(w in self.roles.region_words for w in words):
                continue  # "the Andean armies", "a Baltic navy": a region's, no state's
            if words and not m.group(0).endswith(service):
                # "the Ombrian navy": only after a state's word ("No navy nearby")
                last = self.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
                if last is None or not (
                    last[-1].ent_type_ in {"NORP", "GPE"}
                    or last[-1].lower_.endswith(DEMONYM_ENDINGS)
                ):
                    continue
            if words:
                found.append((m.start(), " ".join([*words, service])))
        earlier = [name for at, name in found if at < before]
        if earlier:
            return earlier[-1]
        return found[0][1] if found else None

    def _constituency(self, role: str, org: str) -> bool:
        """A legislator's seat given with the place it is for ("the MP for X", "Senator Y
        of X"): the place is no organisation (a party or a body keeps its kind's word)."""
        if role.lower().split()[-1] not in self.roles.seats:
            return False
        known = self.index.canonical(org)
        if known is not None:
            return known.kind in {"country", "place"}
        if self.index.org_type(org) is not None or org.split()[-1].lower() in self.roles.body_nouns:
            return False
        if re.search(rf"\b{re.escape(role)} at (?:the )?{re.escape(org)}\b", doc_text(self.doc)):
            return False  # "a union representative at X": a place of work, not a seat
        if re.search(rf"\bthe (?:[a-z]+ )?{re.escape(org)}\b", doc_text(self.doc)):
            return (
                False  # "an MP for the (opposition) Liberty Front": a seat's place takes no "the"
            )
        # "an MP for the Varde party": the name the article writes before a body's word
        # (lower case after it) is that body's, not a seat's place
        # (or a trade's: "the X metalworkers' union")
        written = re.finditer(
            rf"\b{re.escape(org)}((?: [a-z]+(?:['’]s?)?){{1,3}})", doc_text(self.doc)
        )
        return not any(
            w.rstrip("'’s") in self.roles.body_nouns or w in self.roles.body_nouns
            for m in written
            for w in m.group(1).split()
        )

    def _org_of_name(self, span: Span, role: str = "") -> str | None:
        """An organisation in an "of" (or "from") phrase right after a titled name: "Defence
        spokesman Per Vollan of the Coastal Party" -> Coastal Party; only a name the
        tagger or the lexicon takes for an organisation (not "X of Ohio"), or a state the
        holder of a state's office speaks for ("Chancellor X of Aldoria" -> Aldoria); or
        proper nouns after "the" the tagger left untyped ("X of the Coastal Greens")."""
        end = span.end
        if end + 1 >= len(self.doc) or self.doc[end].lower_ not in {"of", "from"}:
            return None
        # "Dr X from the Y University": a body only (a place is where one comes from)
        from_ = self.doc[end].lower_ == "from"
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
        tagged = next((e for e in self.ents if e.start <= run[0].i < e.end), None)
        if tagged is not None and tagged.label_ == "ORG" and tagged.end > run[-1].i + 1:
            # "X of the People's Y Party": a tagged name with a possessive inside
            return re.sub(r"^(?:the|The)\s+", "", tagged.text)
        known = self.index.canonical(name)
        if from_:
            if known is not None:
                return known.name if known.kind not in {"country", "place"} else None
            typed = run[-1].ent_type_ == "ORG" or self.index.org_type(name) is not None
            return name if typed else None
        if self._state_office(role) and (
            known is not None
            and known.kind == "country"
            or known is None
            and run[-1].ent_type_ == "GPE"
            and i == end + 1
        ):
            return known.name if known is not None else name
        if known is not None:
            return known.name if known.kind != "country" else None
        if run[-1].ent_type_ == "ORG" or self.index.org_type(name) is not None:
            return name
        if i == end + 2 and not run[-1].ent_type_ and all(t.pos_ == "PROPN" for t in run):
            return name  # "X of the Coastal Greens": a body the tagger did not name
        return None

    def _own_body_after(self, span: Span) -> str | None:
        """The body a relative "whose" right after a titled name gives the person
        ("Regional Governor X, whose Olt Valley Region owns part of the yard"): the
        name the clause opens with, when it heads its phrase and reads as a body's."""
        doc = self.doc
        at = span.end
        if at + 2 >= len(doc) or doc[at].text != "," or doc[at + 1].lower_ != "whose":
            return None
        end = at + 2
        while end < len(doc) and (
            doc[end].text[:1].isupper() or doc[end].text == "-" or doc[end].lower_ in {"of", "for"}
        ):
            end += 1
        words = doc[at + 2 : end]
        if len(words) < 2 or not words[-1].text[:1].isupper():
            return None
        if words[-1].dep_ not in {"nsubj", "nsubjpass", "dobj"}:
            return None  # "whose Acme Corp shares": the name modifies another noun
        name = _clean_name(words.text)
        known = self.index.canonical(name)
        if known is not None:
            return known.name if known.kind != "country" else None
        last = words[-1].lower_
        body = (
            last in self.roles.body_nouns
            or last in self.roles.local_government_nouns
            or self.index.org_type(name) is not None
        )
        # (a name the tagger took for a person's is a body's by its last word)
        return name if body or self.mention_at(words[-1]) is None else None

    def _whose_org(self, phrase: Span | None) -> str | None:
        """The organisation a relative "whose" gives the title to: "the X Forum, a research
        group whose chief economist, Y," and "X Dynamics, whose chief executive, Y," ->
        the name before "whose", or the name its description stands in apposition to;
        None when that is a person or no name the tagger or the lexicon takes for a body."""
        if phrase is None:
            return None
        doc = self.doc
        whose = next(
            (t for t in doc[max(phrase.start - 1, 0) : phrase.end] if t.lower_ == "whose"), None
        )
        if whose is None or whose.i < 2:
            return None
        end = whose.i - 1
        if not doc[end].text[:1].isupper():
            # "X, a research group whose": the name before the description's comma
            k = end
            while k > whose.sent.start and end - k < 6 and doc[k - 1].text != ",":
                if doc[k - 1].pos_ not in {"DET", "ADJ", "NOUN", "PROPN", "ADV", "PUNCT"}:
                    return None
                k -= 1
            if k - 2 < whose.sent.start or doc[k - 1].text != "," or doc[end].pos_ != "NOUN":
                return None
            end = k - 2
        run = next(
            (r for r in _capital_runs(list(doc[whose.sent.start : end + 1])) if r[-1].i == end),
            None,
        )
        if run is None:
            return None
        name = _clean_name(doc[run[0].i : end + 1].text)
        if name in self.persons or doc[end].ent_type_ in {"PERSON", "GPE", "LOC", "NORP"}:
            return None
        known = self.index.canonical(name)
        if known is not None:
            return known.name if known.kind not in {"country", "place"} else None
        if doc[end].ent_type_ == "ORG" or self.index.org_type(name) is not None:
            return name
        return None

    def _state_office(self, role: str) -> bool:
        """A head of state or government or a minister: held for a state, not a seat."""
        words = set(role.lower().replace("-", " ").split())
        return bool(words & _STATE_OFFICES) and not words & self.roles.no_office_words

    def _party_before_title(self, phrase: Span | None) -> str | None:
        """A body named right before a title word in the phrase that gave the role: "a
        Harbour Party deputy" -> Harbour Party (also as the second of two offices:
        "chairman of the committee and a Harbour Party deputy"), or its first word alone
        where the article names the body in full: "a Unity backbencher" -> Unity Party."""
        if phrase is None:
            return None
        for tok in phrase:
            if tok.i + 1 >= phrase.end or self.doc[tok.i + 1].lower_ not in self.roles.party_titles:
                continue
            if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or self.mention_at(tok):
                continue
            ent = next((e for e in self.ents if e.start <= tok.i < e.end), None)
            words = [t for t in ent if t.pos_ != "DET"] if ent is not None else []
            if ent is not None and ent.label_ == "ORG" and ent.end == tok.i + 1 and len(words) > 1:
                return _clean_name(self.doc[words[0].i : ent.end].text)
            if ent is not None and ent.label_ not in {"ORG", "NORP"}:
                continue
            for named in self.ents:  # "Unity" of "the Unity Party" named elsewhere
                if named.label_ == "ORG" and len(named) > 1:
                    words = [t for t in named if t.lower_ != "the"]
                    if words[0].text == tok.text and len(words) == 2:
                        return _clean_name(named.text)
        return None

    def _party_family(self, phrase: Span | None) -> str | None:
        """The party a politician's title names by its family word, capitalised right
        before it or before the portfolio it carries: "Liberal defence critic X", "a Labour
        MP" -> Liberal Party, Labour Party (roles.json `party_families`); not a word of a
        longer name ("the Liberal Democrats")."""
        if phrase is None:
            return None
        titles = self.roles.party_titles | self.roles.party_roles
        words = list(phrase)
        for n, tok in enumerate(words):
            if not tok.text[:1].isupper() or n + 1 >= len(words):
                continue
            family = tok.text
            k = n + 1
            if (
                words[k].text[:1].isupper()
                and f"{tok.text} {words[k].text}" in self.roles.party_families
            ):
                family, k = f"{tok.text} {words[k].text}", k + 1
            party = self.roles.party_families.get(family)
            if party is None:
                continue
            while k < len(words) and words[k].is_lower and words[k].lower_ not in titles:
                k += 1  # "defence" of "Liberal defence critic"
            if k < len(words) and words[k].lower_ in titles:
                return party
        return None

    def _speaking_for(self, span: Span) -> str | None:
        """The body a fronted participle has the named subject speak for: "Speaking for
        the governing Unity Party, deputy X said" -> Unity Party (a name the tagger takes
        for an organisation after "for" or "on behalf of")."""
        root = span.root
        if root.dep_ != "nsubj":
            return None
        for clause in root.head.children:
            if clause.dep_ != "advcl" or clause.tag_ != "VBG" or clause.i > root.i:
                continue
            for prep in clause.children:
                if prep.dep_ != "prep" or prep.lower_ not in {"for", "on"}:
                    continue
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and prep.lower_ == "on" and obj.lower_ == "behalf":
                    of = next((c for c in obj.children if c.lower_ == "of"), None)
                    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
                if obj is None:
                    continue
                ent = next((e for e in self.ents if e.start <= obj.i < e.end), None)
                if ent is not None and ent.label_ == "ORG" and self.mention_at(obj) is None:
                    return _clean_name(re.sub(r"^(?:the|The)\s+", "", ent.text))
        return None

    def _org_led(self, span: Span) -> str | None:
        """The organisation a person leads, from a verb of leading whose subject the
        name is or that a relative clause on the name heads: "X, who commands a brigade
        of the Romanian Land Forces", "X runs the company"."""
        root = span.root
        heads = _with_appositions(root)
        verbs = [c for head in heads for c in head.children if c.dep_ == "relcl"]
        if root.dep_ == "nsubj":
            verbs.append(root.head)
        for verb in verbs:
            if _lead_lemma(verb) not in self.roles.lead_verbs or self._past_office_verb(verb):
                continue  # "X commanded Norland's land forces until 2022": no office now
            org = self._org_of_lead_verb(verb, span.start_char)
            if org:  # "heads the opposition Reform League": the name, not its description
                org = re.sub(r"^(?:[a-z][\w-]* )+(?=[A-Z])", "", org)
                # "heads Ostland's National X Centre": the centre's name, not its owner's
                return re.sub(r"^[A-Z][\w-]*['’]s (?=[A-Z][\w-]* [A-Z])", "", org)
        return None

    def _bracketed_title(self, span: Span) -> str | None:
        """A title in brackets right after a name ("X (Chair)", "X (Chief Executive)"),
        as lists of members and witnesses give it."""
        doc = self.doc
        i = span.end
        if i + 2 >= len(doc) or doc[i].text != "(":
            return None
        close = next((k for k in range(i + 1, min(i + 6, len(doc))) if doc[k].text == ")"), None)
        if close is None or close == i + 1:
            return None
        inside = doc[i + 1 : close].text
        match = self.roles.title_re.fullmatch(inside)
        return inside if match is not None else None

    def _labelled_title(self, first: int) -> str | None:
        """A title a line of the article's head gives as the label of the name after it,
        as a briefing's transcript names its speaker ("Spokesperson: Colonel X",
        "Presenter: X"): the words between the line's start and a colon right before
        the name (or the words before it, from `first`), when they are a title."""
        doc = self.doc
        if first == 0 or doc[first - 1].text != ":":
            return None
        text = doc_text(doc)
        colon = doc[first - 1].idx
        line = text[text.rfind("\n", 0, colon) + 1 : colon].strip()
        if not line or self.roles.title_re.fullmatch(line) is None:
            return None
        return line.lower() if line.isupper() else line  # "ANCHOR: X": anchor

    def _dashed_title(self, span: Span) -> str | None:
        """A title set after a listed name with a dash, as a call transcript's list of
        participants gives it ("Participants: X - Chief Financial Officer; Y - ..."): the
        whole item after the dash, up to ';' or the line's end, when it is a title. The
        name must open its item (after ':', ';' or at a line's start)."""
        doc = self.doc
        i = span.end
        if i + 1 >= len(doc) or doc[i].text not in _DASHES:
            return None
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.text not in {":", ";"} and "\n" not in before.text:
            return None
        j = i + 1
        while j < len(doc) and doc[j].text != ";" and "\n" not in doc[j].text:
            j += 1
        item = doc[i + 1 : j].text.strip()
        if not item or self.roles.title_re.fullmatch(item) is None:
            return None
        return item

    def _listed_org(self, appos: Span) -> str | None:
        """The organisation a list gives after a person's title, comma-separated, as
        witness lists and captions write it ("X, Chief Executive, Marrick Ordnance;"):
        capitalised words ending the segment (at ';', a line end or the sentence's end), a
        name the tagger or the lexicon takes for an organisation; None otherwise."""
        doc = self.doc
        i = appos.end
        if i >= len(doc) or doc[i].text != ",":
            return None
        j = i + 1
        while j < len(doc) and doc[j].text not in {";", ",", ".", ")"} and "\n" not in doc[j].text:
            j += 1
        words = doc[i + 1 : j]
        if not 1 <= len(words) <= 6:
            return None
        if j < len(doc) and doc[j].text == ",":
            return None  # the sentence goes on: "X, Chief Executive, Marrick, said ..."
        if not all(t.text[:1].isupper() or t.lower_ in _JOINERS for t in words):
            return None
        name = _clean_name(words.text)
        known = self.index.canonical(name)
        if known is not None:
            return None if known.kind == "country" else known.name
        if words[-1].ent_type_ == "ORG" or self.index.org_type(name) is not None:
            return name
        return None

    def _workplace(self, span: Span) -> str | None:
        """The organisation a present-tense relative clause on a name says the person works
        at or for: "X, who works for the consultancy Y", "X, who writes about the sector
        for the brokerage Y", "X, who teaches at the Y Academy"; not a past one ("who worked for
        Y until 2020") and not a country ("who reports for Norland")."""
        # (or on the apposition that describes the name: "X, a former officer who sits for
        # the Y Party,")
        heads = _with_appositions(span.root)
        for verb in (c for head in heads for c in head.children):
            if (
                verb.dep_ != "relcl"
                or verb.lemma_.lower() not in self.roles.work_verbs
                or verb.tag_ not in {"VBZ", "VBP"}
                or not any(c.lower_ in {"who", "that"} for c in verb.lefts)
            ):
                continue
            for prep in verb.subtree:
                if prep.i <= verb.i or prep.lower_ not in {"at", "for", "with"}:
                    continue
                if not _hangs_on(prep, verb):
                    continue  # "for" inside a deeper phrase
                org = self._org_after(self.doc[prep.i : prep.right_edge.i + 1], 0)
                if org is not None and not self._is_country(org):
                    return org
        return None

    def _worksite(self, span: Span) -> str | None:
        """The company whose shop floor a person given a trade works on, by a verb in the
        present tense whose subject the name is (or a relative clause on it) and a place
        "on", "at" or "in" "the" shop-floor noun ("X, a welder, joins casings on the second
        assembly line"; roles.json `worksite_nouns`): the company the story has taken up
        (`_company_taken_up`). None where that place has a name of its own."""
        if self._in_quote(span.start_char):
            return None
        root = span.root
        verbs = [c for head in _with_appositions(root) for c in head.children if c.dep_ == "relcl"]
        if root.dep_ == "nsubj":
            verbs.append(root.head)
        for verb in verbs:
            if verb.pos_ != "VERB" or verb.tag_ not in {"VBZ", "VBP"}:
                continue
            for prep in verb.subtree:  # (wherever the parser hung the place)
                if prep.dep_ != "prep" or prep.lower_ not in {"on", "at", "in"}:
                    continue
                place = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if (
                    place is not None
                    and place.pos_ == "NOUN"
                    and place.lemma_.lower() in self.roles.worksite_nouns
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in place.lefts)
                    and not any(t.pos_ == "PROPN" for t in place.subtree)
                ):
                    return self._company_taken_up(span.start_char)
        return None

    def _org_of_lead_verb(self, verb: Token, before: int) -> str | None:
        """The organisation a verb of leading names by its object: "commands a brigade
        of the Y Land Forces" -> Y Land Forces, "runs the plant" -> the plant's company."""
        phrase = self.doc[verb.i : verb.right_edge.i + 1]
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        branch = self._branch_owner(obj) if obj is not None else None
        if branch is not None:  # "runs the Observatory's Tallinn office": the Observatory
            return branch
        if (
            obj is not None
            and obj.pos_ == "PROPN"
            and obj.text[:1].isupper()
            and not any(t.dep_ == "poss" for t in obj.lefts)
        ):
            # "commands the 14th Mechanised Brigade at Wrenfield Camp": the body, not a place
            first = obj.left_edge.i
            while first < obj.i and self.doc[first].pos_ == "DET":
                first += 1
            return _clean_name(self.doc[first : _name_end(obj) + 1].text)
        service = self._bare_service(obj) if obj is not None else None
        if service is not None:  # "who leads the border guard": the article's, by its owner
            return service.name
        org = self._org_after(phrase, 0)
        if org:
            return org
        service = self._service_owner(obj)
        if service is not None:  # "who heads the navy's frigate programme office"
            return service
        if obj is not None and obj.pos_ == "PROPN" and obj.text[:1].isupper():
            first = obj.left_edge.i  # "commands the 12th Mechanised Brigade"
            while first < obj.i and self.doc[first].pos_ == "DET":
                first += 1
            return _clean_name(self.doc[first : obj.i + 1].text)
        named = self._org_entity_in(phrase)
        if named is not None:  # "founded the drone maker Stormline Robotics"
            return named
        if obj is not None and any(c.lower_ == "the" for c in obj.lefts):
            return self._org_by_word(obj, before)
        owner = next((c for c in obj.lefts if c.dep_ == "poss"), None) if obj is not None else None
        if (
            owner is not None
            and obj.lemma_.lower() in self.roles.body_nouns
            and owner.pos_ in {"NOUN", "PROPN"}
        ):
            # "who chairs parliament's trade committee": the body as the article writes it
            first = owner.left_edge.i
            while first < obj.i and self.doc[first].pos_ == "DET":
                first += 1
            return self.doc[first : obj.i + 1].text
        return None

    def _branch_owner(self, obj: Token) -> str | None:
        """The body whose outpost a place names ("the Observatory's Tallinn office", "the
        institute's Oslo bureau"): the owner as the article named it in full."""
        if obj.lemma_.lower() not in self.roles.branch_nouns:
            return None
        owner = next((c for c in obj.lefts if c.dep_ == "poss"), None)
        if owner is None or not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in obj.lefts):
            return None
        if owner.pos_ == "NOUN":  # "the institute's Oslo office": the institute named before
            return self._org_by_word(owner, owner.idx)
        if owner.pos_ != "PROPN":
            return None
        first = owner.left_edge.i
        while first < owner.i and self.doc[first].pos_ == "DET":
            first += 1
        return self._full_name(self.doc[first : owner.i + 1].text, owner.idx)

    def _profile_offices(self) -> None:
        """The office a profile sentence gives a person whom no title describes: a verb
        of leading held now, as the main verb of a sentence in the narrator's voice
        whose subject is the person (a name, a surname or a pronoun for them), or of a
        relative clause on a surname: "X, 52, has run the yard since 2020" -> head of
        the plant, at the company the article named with the plant. A role or an
        organisation the article gave otherwise stays."""
        heads = [(self.doc[m.token_start : m.token_end].root, m.person) for m in self.mentions]
        heads += [(self.doc[i], p) for i, p in self._pronouns.items()]
        for head, person in sorted(heads, key=lambda hp: hp[0].i):
            if person.role and person.organization:
                continue
            fronted = self._fronted_description(head)
            if fronted is not None and not person.role:
                # "A principal engineer at the X Laboratory, she wrote ...": who she is
                role, org = self._role_and_org(fronted, head.idx)
                if role is not None:
                    person.role = role
                    person.organization = person.organization or org
                    continue
            founded = self._founded_by(head)
            if founded is not None:  # "Vantor Robotics, founded in 2021 by X,"
                person.role = person.role or self.roles.lead_roles.get("found")
                person.organization = person.organization or founded
                continue
            for verb in self._profile_verbs(head):
                role = self.roles.lead_roles.get(_lead_lemma(verb))
                obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
                if self._office_as(person, verb, head):
                    break  # ("took over as battery commander": the office, not "head")
                if role is None or obj is None:
                    continue
                if any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in obj.lefts):
                    continue  # "took over a failing plant": a description, no body named
                office = self._led_body(role, verb, obj)
                # "X runs Nordvik Systems": a bare "head" is no title; "X founded Y": founder;
                # "X heads the Y Bureau", "X commands the 9th Brigade": head, commander
                named = (
                    office != role
                    or _lead_lemma(verb) in self.roles.office_start_verbs
                    or obj.pos_ == "PROPN"
                    and _lead_lemma(verb) != "run"
                )
                if not person.role and named:
                    person.role = office
                    self._led_offices.add(id(person))
                if not person.organization:
                    person.organization = self._org_of_lead_verb(verb, head.idx)
                break

    def _fronted_description(self, head: Token) -> Span | None:
        """A noun phrase opening the sentence that describes its subject, set off by a
        comma right before it: "A principal engineer at the X Laboratory, she wrote ..."."""
        if head.dep_ != "nsubj" or head.i < 2 or self.doc[head.i - 1].text != ",":
            return None
        sent = head.sent
        for child in head.head.children:
            if (
                child.i < head.i
                and child.pos_ == "NOUN"
                and child.dep_ in {"advcl", "npadvmod", "appos", "dep"}
                and child.left_edge.i == sent.start
                and child.right_edge.i == head.i - 2
                and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in child.lefts)
            ):
                return self.doc[child.left_edge.i : child.right_edge.i + 1]
        return None

    def _founded_by(self, head: Token) -> str | None:
        """The organisation a name is the founder of by a passive participle on the
        organisation's name: "Vantor Robotics, founded four years ago by X, ..." (not "a
        company founded by X", which names no body)."""
        agent = head.head
        if head.dep_ != "pobj" or agent.dep_ != "agent" or self._in_quote(head.idx):
            return None
        verb = agent.head
        if verb.tag_ not in {"VBN", "VBD"} or _lead_lemma(verb) not in _FOUNDING:
            return None
        if verb.dep_ == "acl":
            body = verb.head
        else:  # the parser read "Y, founded ... by X, now builds" with "founded" as a verb
            body = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if body is None or verb.i != body.i + 2 or self.doc[body.i + 1].text != ",":
                return None
        ent = next((e for e in self.ents if e.start <= body.i < e.end), None)
        if ent is None or ent.label_ not in {"ORG", "PERSON"} or self.mention_at(body):
            return None
        return _clean_name(re.sub(r"^(?:the|The)\s+", "", ent.text))

    def _profile_verbs(self, head: Token) -> list[Token]:
        """The verbs of leading held now whose subject `head` is in a main clause ("X has
        run the yard", "X joined in 2010 and has run the yard since"), or that a
        relative clause on `head` opens ("X, who runs the plant")."""
        if self._in_quote(head.idx):
            return []
        verbs = [
            c
            for c in head.children
            if c.dep_ == "relcl" and any(w.lower_ in {"who", "that"} for w in c.lefts)
        ]
        verb = head.head
        if head.dep_ == "nsubj" and (
            verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"
        ):
            verbs.append(verb)
            verbs += [  # "X joined in 2010 and has run the yard since": the same subject
                c
                for c in verb.children
                if c.dep_ == "conj" and not any(w.dep_ == "nsubj" for w in c.children)
            ]
        if head.dep_ == "nsubj" and self._body_led_by_clause(verb) is not None:
            verbs.append(verb)  # "Y, the yard that she has run since 2017"
        return [
            v
            for v in verbs
            if v.pos_ == "VERB"
            and _lead_lemma(v) in self.roles.lead_verbs | self.roles.office_as_verbs
            and self._current_office_verb(v)
        ]

    def _body_led_by_clause(self, verb: Token) -> Token | None:
        """The noun a relative clause of leading is on, when the clause leads it (its
        object is the relative word or none): "the yard that she has run since 2017"
        -> yard."""
        body = verb.head
        if verb.dep_ != "relcl" or body.pos_ not in {"NOUN", "PROPN"}:
            return None
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.lower_ not in {"that", "which"}:
            return None
        if (
            not any(w.lower_ in {"that", "which"} for w in verb.lefts)
            and obj is None
            and not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
        ):
            # "the plant she runs": no relative word to take for the object (but "the
            # yard he has run as managing director" says the office it leads)
            return None
        return body

    def _led_body_org(self, verb: Token, before: int) -> str | None:
        """The organisation a relative clause of leading is on: a name, or the one the
        noun takes up ("Y, the yard that she has run": Y)."""
        body = self._body_led_by_clause(verb)
        if body is None:
            return None
        if body.pos_ == "PROPN" and body.text[:1].isupper():
            return _clean_name(self.doc[body.left_edge.i : _name_end(body) + 1].text)
        return self._org_by_word(body, before)

    def _office_as(self, person: Person, verb: Token, head: Token) -> bool:
        """The title an "as" phrase on a verb of taking or holding an office gives: "X
        joined the Y Agency in 2019 as its chief economist" -> chief economist, at the
        body joined; whether it gave one."""
        if _lead_lemma(verb) not in self.roles.office_as_verbs:
            return False
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        title = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if title is None or title.lower_ not in self.roles.title_words:
            return False
        phrase = self.doc[title.left_edge.i : title.right_edge.i + 1]
        role, org = self._role_and_org(phrase, head.idx)
        if role is None:
            return False
        if org is None:
            org = self._led_body_org(verb, head.idx)  # "Y, the yard she has run as ..."
        if org is None and any(c.dep_ == "dobj" for c in verb.children):
            org = self._org_of_lead_verb(verb, head.idx)  # "joined the Y Agency as its ..."
        org = org or self._default_org(role, head.idx)
        if not person.role or self._is_rank(person.role):  # the office outranks the rank
            person.role = role
            person.organization = person.organization or org
        elif not person.organization:
            person.organization = org
        return True

    def _service_owner(self, obj: Token | None) -> str | None:
        """The body that owns a body led, written as a word of its kind: an armed service
        ("the navy's programme office"), as the article names it or qualified by its
        country; an institute or a company ("the institute's naval programme"), the one
        the article named before."""
        if obj is None:
            return None
        owner = next((c for c in obj.children if c.dep_ == "poss"), None)
        if owner is None or not owner.text.islower():
            return None
        service = self._service_of_owner(owner)
        if service is not None or self.index.descriptor_type(owner.text) is None:
            return service
        return self._org_by_word(owner, owner.idx)

    def _service_of_owner(self, word: Token) -> str | None:
        """An armed service written as a title's owner ("the Ombrian navy's", "the air
        force's"): with the adjective of nationality written before it, else as the
        article names the service, else with the article's country."""
        first = word
        if word.lower_ == "force" and word.i > 0 and self.doc[word.i - 1].lower_ == "air":
            first = self.doc[word.i - 1]
        service = " ".join(t.text.capitalize() for t in self.doc[first.i : word.i + 1])
        if service not in self.roles.services:
            return None
        qualifier = self.doc[first.i - 1] if first.i > 0 else None
        if (
            qualifier is not None
            and qualifier.dep_ in {"amod", "compound"}
            and qualifier.text[:1].isupper()
            and (qualifier.ent_type_ == "NORP" or _demonym_like(qualifier))
        ):
            return f"{qualifier.text} {self.doc[first.i : word.i + 1].text}"
        return self._service_org(service, word.idx)

    def _org_entity_in(self, phrase: Span) -> str | None:
        """The first organisation named inside a phrase: a known one, or capitalised words
        the tagger takes for an organisation or whose words give an organisation's type
        ("the drone maker Stormline Robotics"); not a country, not a person."""
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
        chairs the committee" (chair), "X, who commands the brigade" (commander), also
        on its apposition ("X, a former colonel who leads the Y Alliance")."""
        heads = _with_appositions(span.root)
        for verb in [c for head in heads for c in head.children]:
            if (
                verb.dep_ == "relcl"
                and not self._past_office_verb(verb)  # "X, who commanded the brigade": past
                and any(c.lower_ in {"who", "that"} for c in verb.lefts)
            ):
                role = self.roles.lead_roles.get(_lead_lemma(verb))
                obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
                if role is not None and obj is not None:
                    return self._led_body(role, verb, obj)
        return None

    def _office_left(self, span: Span) -> str | None:
        """The office a verb of leaving gives by its "as" phrase, on a name as its subject
        or in a relative clause on it (lexicon `office_end_verbs`): "X, who retired in 2021
        as a rear admiral and later deputy chief," -> retired rear admiral."""
        root = span.root
        verbs = [c for head in _with_appositions(root) for c in head.children if c.dep_ == "relcl"]
        if root.dep_ == "nsubj":
            verbs.append(root.head)
        for verb in verbs:
            word = self.roles.office_end_verbs.get(_lead_lemma(verb))
            prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
            title = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
            if word is None or title is None or title.lower_ not in self.roles.title_words:
                continue
            end = title.i + 1  # the first title of several ("... and deputy commander")
            phrase = self.doc[title.left_edge.i : end]
            role, _org = self._role_and_org(phrase, span.start_char)
            if role is not None:
                return role if role.lower().startswith(word) else f"{word} {role}"
        return None

    def _led_body(self, role: str, verb: Token, obj: Token) -> str:
        """The office with the body led, as written up to its head noun, a possessive
        owner read as "the": "chairs parliament's defence committee" -> "chair of the
        defence committee"; a founder stays a founder ("founded the drone maker X"), and
        the head of a body named on its own stays "head" (the body is the organisation)."""
        if role == self.roles.lead_roles.get("found") or obj.pos_ not in {"NOUN", "PROPN"}:
            return role
        if obj.pos_ == "PROPN" and not any(
            t.dep_ == "poss" and t.pos_ != "PROPN" for t in obj.lefts
        ):  # "heads the Oskarian Procurement Office", "heads Ostland's X Centre": head, at it
            return role
        words = [t for t in self.doc[obj.left_edge.i : obj.i + 1]]
        poss = [t for t in words if t.dep_ == "poss" and t.head.i == obj.i]
        if poss:  # "parliament's defence committee": the committee
            cut = poss[-1].i + 1
            while cut <= obj.i and self.doc[cut].tag_ == "POS":
                cut += 1
            words = self.doc[cut : obj.i + 1]
            body = f"the {words.text}"
        elif words and words[0].lower_ in {"the", "a", "an"}:
            body = self.doc[words[0].i : obj.i + 1].text
        elif obj.tag_ == "NN" and all(t.is_lower and t.pos_ in {"NOUN", "ADJ"} for t in words):
            body = self.doc[words[0].i : obj.i + 1].text  # "heads missile research": a field
        else:
            return role
        if any(t.is_punct and t.text != "-" for t in words):  # "defence-industry": a word
            return role
        return f"{role} of {body}"

    def _predicate_title(self, span: Span) -> tuple[str | None, str | None, Span | None]:
        """The title a verb gives the person named (role, organisation and the phrase
        of the title): "Its finance director is X", "X, who became Director Land
        Warfare in March,", "X has been the navy's deputy commander"."""
        root = span.root
        verb = root.head
        if root.dep_ == "attr" and verb.lemma_ == "be":
            # "Its finance director is X": the title the subject gives
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ in self.roles.title_words:
                phrase = self.doc[subject.left_edge.i : subject.right_edge.i + 1]
                return *self._role_and_org(phrase, span.start_char), phrase
            return None, None, None
        relative = self._relative_title(root)
        if relative is not None:  # "X, who became Director Land Warfare in March,"
            role, org = self._role_and_org(relative, span.start_char)
            if all(t.text[:1].isupper() for t in relative):  # a title written as a name
                return relative.text, org, relative
            return role, org, relative
        if root.dep_ != "nsubj" or verb.lemma_ not in {"be", "become"}:
            return None, None, None
        for child in verb.children:
            if child.dep_ in {"attr", "oprd", "dobj"} and child.lower_ in self.roles.title_words:
                end = child.right_edge.i + 1
                # "X has been Director of A and B at Ostria's Ministry of Defence": the
                # place the parser hung on the verb is where the title is held
                at = next(
                    (
                        p
                        for p in verb.children
                        if p.dep_ == "prep" and p.i == end and p.lower_ == "at"
                    ),
                    None,
                )
                if at is not None:
                    end = at.right_edge.i + 1
                phrase = self.doc[child.left_edge.i : end]
                return *self._role_and_org(phrase, span.start_char), phrase
        return None, None, None

    def _counterpart(self, span: Span) -> tuple[str, str | None] | None:
        """The office of a person introduced as another's counterpart ("Defence Minister
        X and his Polish counterpart Y", "X's counterpart, Y,"): the other's role, at the
        state a people's adjective names (Poland), else at no organisation named."""
        doc = self.doc
        word = None
        for back in (1, 2):  # "his Polish counterpart X", "Her Polish counterpart, X,"
            if span.start < back or back == 2 and doc[span.start - 1].text != ",":
                break
            if doc[span.start - back].lemma_.lower() in self.roles.counterpart_nouns:
                word = doc[span.start - back]
                break
        for phrase in (self._apposition(span), self._pre_apposition(span.start)):
            if word is None and phrase is not None:
                word = next(
                    (t for t in phrase if t.lemma_.lower() in self.roles.counterpart_nouns), None
                )
        if word is None:
            return None
        owner = next((c for c in word.lefts if c.dep_ == "poss"), None)
        other = None
        if owner is not None and owner.pos_ == "PROPN":
            m = self.mention_at(owner)
            other = m.person if m is not None else None
        elif owner is not None and owner.pos_ == "PRON":
            # "his counterpart": the person named last before it in the sentence; "Her
            # Polish counterpart, Y," opening a sentence: the one the sentence before
            # named last, of the pronoun's gender
            start = word.sent.start
            if owner.i == start and start > 0:
                start = doc[start - 1].sent.start
            before = [m for m in self.mentions if start <= m.token_start and m.token_end <= owner.i]
            if not before and owner.i == word.sent.start:
                # (the sentence before spoke of the person only as "she"): the last one named
                before = [m for m in self.mentions if m.token_end <= owner.i]
            if owner.i == word.sent.start:  # of the pronoun's gender, a known one first
                gender = {"his": "he", "her": "she"}.get(owner.lower_)
                known = [
                    m for m in before if (m.person.gender or name_gender(m.person.name)) == gender
                ]
                before = known or [
                    m for m in before if not (m.person.gender or name_gender(m.person.name))
                ]
            other = before[-1].person if before else None
        if other is None or not other.role:
            return None
        run = [
            t for t in doc[word.left_edge.i : word.i] if t.text[:1].isupper() and t.pos_ != "PRON"
        ]
        known = self.index.canonical(" ".join(t.text for t in run)) if run else None
        state = known.name if known is not None and known.kind == "country" else None
        return other.role, state  # "his South Korean counterpart": South Korea

    def _relative_title(self, root: Token) -> Span | None:
        """The title a relative clause on a name says the person holds now: "who became
        X", "who is X", "who has been X", "who was appointed (named) X"; not "who was X"
        (held before)."""
        for verb in root.children:
            if verb.dep_ != "relcl" or not any(
                c.lower_ in {"who", "that"} and c.dep_ in {"nsubj", "nsubjpass"}
                for c in verb.children
            ):
                continue
            lemma = verb.lemma_.lower()
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            perfect = verb.tag_ == "VBN" and any(
                c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in verb.children
            )  # "who has been X since 2021": held still
            if not (
                lemma == "become"
                or lemma == "be"
                and (verb.tag_ in {"VBZ", "VBP"} or perfect)
                or passive
                and lemma in self.roles.appoint_verbs
            ):
                continue
            for child in verb.children:
                if child.dep_ not in {"attr", "oprd"}:
                    continue
                phrase = self.doc[child.left_edge.i : child.right_edge.i + 1]
                if self.roles.first_title(phrase.text) is not None:
                    return phrase
        return None

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

    @staticmethod
    def _finer_rank(rank: str, other: str) -> bool:
        """Whether a rank names the other more finely ("Vice Admiral" after "the
        admiral")."""
        words, others = rank.lower().split(), other.lower().split()
        return len(words) > len(others) and words[-len(others) :] == others

    def _is_rank(self, role: str) -> bool:
        """Whether a title is a military rank or an academic one ("Professor"): an office
        the article gives the person outranks it."""
        words = role.lower().replace("-", " ").split()
        while words and words[0] in self.roles.no_office_words:  # "Retired Rear Admiral"
            words = words[1:]
        title = " ".join(words)
        return title in self.roles.ranks or title in self.roles.academic_titles

    def _shared_title(self, span: Span) -> str | None:
        """The title a plural noun gives each of the names coordinated after it ("with
        hosts X and Y", "by defence ministers X and Y"): its singular, with the nouns
        that modify it."""
        head = span[-1]
        while head.dep_ == "conj" and head.head.pos_ == "PROPN" and head.head.i < head.i:
            head = head.head
        if not any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in head.children):
            return None
        start = min(
            [c.i for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [head.i]
        )
        if start == 0:
            return None
        noun = self.doc[start - 1]
        lemma = noun.lemma_.lower()
        # (the parser hangs the names on the noun, or the noun on the first name)
        hung = head.head.i == noun.i and head.dep_ in ("appos", "compound")
        if noun.tag_ != "NNS" or not (hung or noun.dep_ == "compound" and noun.head.i == head.i):
            return None
        if lemma not in self.roles.title_heads and lemma not in self.roles.profession_nouns:
            return None
        words = [c.lower_ for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
        return " ".join(words + [lemma])

    def _left_context(self, span: Span) -> Span | None:
        i = span.start
        sent_start = span.sent.start
        while i > sent_start and i > span.start - 8:
            tok = self.doc[i - 1]
            joins = tok.text == "-" and i >= 2 and not self.doc[i - 2].whitespace_
            if joins and not tok.whitespace_:  # "Secretary-General X": one title
                i -= 1
                continue
            if tok.lower_ in self.roles.title_prefixes:
                i -= 1  # "said retired Rear Admiral X": the tagger's verb, a title's word
                continue
            if tok.text in _STOP_LEFT or tok.pos_ in _STOP_POS_LEFT or tok.is_space:
                break
            if (
                tok.pos_ == "ADP"
                and tok.lower_ != "of"
                and not _hyphened(tok)
                and not self._capital_portfolio(tok, sent_start)
            ):
                break
            if (
                tok.pos_ == "CCONJ"
                and i - 2 >= sent_start
                and (self.doc[i - 2].ent_type_ == "PERSON" or self.doc[i - 2].is_punct)
            ):
                # "director X and senior fellow Y": Y's title starts after "and"; so does
                # one after "X, head of Z, and Y"
                break
            i -= 1
        return self.doc[i : span.start] if i < span.start else None

    def _capital_portfolio(self, tok: Token, sent_start: int) -> bool:
        """ "for" inside a title written in capitals before a name ("Minister of State for
        Procurement X", "Secretary for the Armed Forces X"): a capitalised word on each side."""
        if tok.lower_ != "for" or tok.i - 1 < sent_start or tok.i + 1 >= len(self.doc):
            return False
        after = self.doc[tok.i + 1]
        if after.lower_ == "the" and tok.i + 2 < len(self.doc):
            after = self.doc[tok.i + 2]
        before = self.doc[tok.i - 1]
        return before.text[:1].isupper() and after.text[:1].isupper() and before.is_alpha

    def _apposition(self, span: Span) -> Span | None:
        end = self._home_end(span.end)
        if (  # "X Y (@xy_posts), a defence analyst": past the handle in brackets
            end + 3 < len(self.doc)
            and self.doc[end].text == "("
            and self.doc[end + 1].text.startswith("@")
            and self.doc[end + 2].text == ")"
        ):
            end += 3
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
        if i < len(self.doc) and self.doc[i].pos_ == "CCONJ":
            return None  # "X, and Barbados's defence minister, Y": the next one's title
        while i < len(self.doc) and i < end + 20:
            if (
                self.doc[i].lower_ in _RELATIVE
                and self.doc[i].dep_ in {"nsubj", "nsubjpass"}
                or self.doc[i].lower_ == "whose"
            ):
                break  # "X, an engineer who joined the plant in 2019,": the description
            if self.doc[i].text in _APPOS_STOP or _stops_apposition(self.doc[i]):
                listed = self._listed_field_end(i) if self.doc[i].text == "," else None
                if listed is None:
                    break
                i = listed
                continue
            if (
                self.doc[i].pos_ in {"VERB", "AUX"}
                and self.doc[i].tag_ not in {"VBN", "VBG"}
                and not (self.doc[i].pos_ == "VERB" and self.roles.is_title_token(self.doc[i]))
                and not self._hyphened_word(i)
            ):
                return None  # a clause; not a title the tagger read as a verb ("convenor")
            i += 1
        return self.doc[end + 1 : i] if i > end + 1 else None

    def _hyphened_word(self, i: int) -> bool:
        """Whether a token the tagger read as a verb is the first part of a hyphened noun
        ("the start-up X", "a spin-off of Y"), glued to the hyphen after it."""
        tok = self.doc[i]
        return not tok.whitespace_ and i + 2 < len(self.doc) and self.doc[i + 1].text == "-"

    def _listed_field_end(self, comma: int) -> int | None:
        """A comma inside a lower-case list a title's "for" field gives, which "and"
        closes: "under secretary for policy, plans and strategy at ..." ->
        the index after "and strategy"; None for a comma that ends the apposition."""
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
        while i > sent_start and i > end - 14:
            tok = self.doc[i - 1]
            if tok.text in _APPOS_STOP or tok.is_space or tok.pos_ in {"AUX", "SCONJ"}:
                break
            if tok.pos_ == "VERB" and tok.tag_ not in {"VBN", "VBG"}:
                break
            if tok.dep_ == "cc" and tok.head.i > end:
                break  # "But the governor of ..., X,": the sentence's conjunction
            if tok.pos_ == "CCONJ" and tok.i > sent_start and self.doc[tok.i - 1].text == ",":
                break  # "Y's minister, X, and Z's minister, W": W's title after "and"
            if (
                tok.pos_ == "ADP"
                and tok.lower_ not in {"of", "for", "at"}
                and not _hyphened(tok)
                # "ambassador to Tessvik, X": a title's own "to"; not "according to its X"
                and not (
                    tok.lower_ == "to" and self.doc[tok.i - 1].lower_ in self.roles.title_words
                )
                # "a spokeswoman for the X embassy in Y, Z": where a body or an office is
                and not (tok.lower_ == "in" and self.doc[tok.i - 1].pos_ == "NOUN")
            ):
                break
            i -= 1
        if i == end:
            return None
        phrase = self.doc[i:end]
        root = phrase.root
        if root.lower_ in self.roles.title_words:
            return phrase
        # "De Waal's lawyer, X,", "A former Heerdink accountant, X,": a profession; "the
        # report's lead author, X,": who writes for a document
        if root.lemma_.lower() in self.roles.profession_nouns or (
            root.lower_ in self.roles.document_voices
        ):
            return phrase
        for tok in phrase:  # "On Monday the head of the air force, X,": the title's phrase
            if (
                tok.lower_ in self.roles.title_words
                and tok.pos_ == "NOUN"
                and i < tok.left_edge.i
                and self.doc[tok.left_edge.i : end].root.i == tok.i
                and self.doc[tok.left_edge.i].pos_ == "DET"
            ):
                return self.doc[tok.left_edge.i : end]
        return None

    def _unit_owned_in(self, phrase: Span, start: int, end: int) -> Token | None:
        """The "its" of a role's "of its ... office" between two offsets of the phrase."""
        for tok in phrase:
            at = tok.idx - phrase.start_char
            if start <= at < end and tok.lower_ in {"its", "their"} and tok.i > phrase.start:
                if self.doc[tok.i - 1].lower_ not in {"of", "at"}:
                    continue
                k = tok.i + 1
                while k < phrase.end and self.doc[k].idx - phrase.start_char < end:
                    k += 1
                words = self.doc[tok.i : k]
                if self._owned_unit(words):
                    return tok
        return None

    def _role_and_org(self, phrase: Span, before: int) -> tuple[str | None, str | None]:
        """The title a phrase gives ("deputy chair of the budget committee", "defence
        economist") and the organisation it is held at."""
        text = phrase.text
        match = self.roles.first_title(text)
        if match is None:
            short = self._abbreviated_title(text)
            return (short, None) if short else self._workplace_description(phrase)
        if text[match.end(1) : match.end(1) + 3] in {"'s ", "’s "}:
            # "the minister's spokesman", "the governor's press secretary": the title the
            # owner's title owns
            later = self.roles.title_re.search(text, match.end(1) + 3)
            gap = text[match.end(1) + 3 : later.start(1)] if later is not None else ","
            if "," not in gap and len(gap.split()) <= 2:
                match = later
        start, end = match.start(1), match.end(1)
        own_end = None  # where a title that names its body inside it had ended
        while True:
            if text[end : end + 1] == " ":  # titles side by side are one: "deputy chair"
                more = self.roles.title_re.match(text, end + 1)
                if (
                    more is not None
                    and more.group(1).lower() in self.roles.ranks
                    and text[start:end].lower() not in self.roles.ranks
                    and phrase.start_char < before <= phrase.start_char + more.end(1) + 2
                ):
                    break  # "spokesperson Lieutenant Colonel X": the rank goes with the name
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
            more = None
            for field in (_TITLE_FIELD.match(text, end), _TITLE_FIELD_WORD.match(text, end)):
                # the field's words, two or one: "chief procurement officer at ..."
                more = self.roles.title_re.match(text, field.end()) if field else None
                if more is not None:
                    break
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
        # "chief prosecutor", "senior engineer": a title's word before a trade's noun
        trade = re.match(r" ([a-z]+)\b", text[end:])
        if trade and trade.group(1) in self.roles.profession_nouns:
            end += trade.end()
        # words compounded before the title: "defence economist", "regional secretary"
        by_char = {t.idx - phrase.start_char: t for t in phrase}
        end = self._service_field(text, end, by_char)  # "chief of army logistics"
        tok = by_char.get(start)
        minister = match.group(1).lower().split()[-1] == "minister"
        # (a secretary of a one-word portfolio as well: "Finance Secretary X"; not "White
        # House press secretary", nor "Homeland Security Secretary", whose words name a body)
        secretary = match.group(1).lower() in {"secretary", "cabinet secretary"}
        # "a naval analyst", "a senior sovereign analyst": an expert's field is its title's
        field = re.split(r"[\s-]+", match.group(1).lower())[-1] in self.roles.field_titles
        while tok is not None and tok.i > phrase.start:
            prev = self.doc[tok.i - 1]
            if self._hyphened_modifier(prev, tok, phrase, match.start(1)):
                prev = self.doc[prev.i - 1]  # "defence-industry analyst": both words
                tok, start = prev, prev.idx - phrase.start_char
                continue
            if minister and (self._portfolio_word(prev) or self._lower_portfolio_word(prev)):
                tok, start = prev, prev.idx - phrase.start_char  # "Armed Forces Minister"
                continue
            if (
                secretary
                and tok.idx - phrase.start_char == match.start(1)
                and self._portfolio_word(prev)
                and not (prev.i > phrase.start and self._portfolio_word(self.doc[prev.i - 1]))
            ):
                tok, start = prev, prev.idx - phrase.start_char
                continue
            if not self._role_modifier(prev, tok.idx - phrase.start_char == match.start(1), field):
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
        if self._government_title(text[start:end]):
            portfolio = _PORTFOLIO.match(text, end)
            if portfolio:
                end = portfolio.end()
                # "Minister of State for Naval Supply": a portfolio after the rank
                more = _PORTFOLIO.match(text, end)
                if more and text[end:].lstrip().startswith("for "):
                    end = more.end()
            elif lower := _LOWER_PORTFOLIO.match(text, end):
                end = lower.end(1)
            elif re.search(r"\s(?:of|for)\s", text[start:end]) and (
                joined := _AND_PORTFOLIO.match(text, end)
            ):
                # "Minister of Defence and Civil Protection", the title known to the
                # lexicon up to "Defence": the second portfolio too, unless its words
                # or the next open another office ("... and Prime Minister")
                rest = joined.group().split(maxsplit=1)[1] + text[joined.end() :]
                if not any(  # (nor name a body a title after them holds: "and Army chief")
                    self.roles.title_re.match(rest, k)
                    for k in [0] + [m.end() for m in re.finditer(r"\s+", rest)][:6]
                ):
                    end = joined.end()
        # "director of the Naval Studies Programme at the X Institute": a unit of the body
        # named after it is part of the title
        if unit := _UNIT_TAIL.match(text, end):
            if unit.group(2).lower() in self.roles.unit_words:
                end = unit.end(1)
        elif (field := _CAPITAL_FIELD.match(text, end)) and self._field_of_body(field):
            end = field.end(1)  # "Deputy Secretary for Submarine Readiness at ..."
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
                # "chief of naval staff for fleet readiness": the field too
                if field := _ROLE_FOR.match(text, end):
                    end = field.end(1)
        elif tail is None and (lower := _ROLE_FOR.match(text, end)):
            end = lower.end(1)  # "analyst for naval forces": a field, not a body
        elif tail is None and (lower := _ROLE_IN.match(text, end)):
            end = lower.end(1)  # "lecturer in naval history at X": a field, then X
        elif tail is None and (region := _REGION_FIELD.match(text, end)):
            if self._regional_field(phrase, region):
                end = region.end(1)  # "head of Nordic sales at X": a field, then X
        role = text[start:end]
        if former is not None:
            return role, None
        if branch is not None:
            return role, self._org_after(phrase, end) or branch[0]
        ministry = self._owned_ministry(tok) if former is None else None
        if ministry is not None:  # "Ostavia's foreign ministry spokesman"
            return role, self._org_after(phrase, end) or ministry
        if tok is not None and tok.i > phrase.start and self.doc[tok.i - 1].tag_ == "POS":
            # "the Ombrian navy's chief of staff": the armed service that owns the title
            service = self._service_of_owner(self.doc[tok.i - 2]) if tok.i >= 2 else None
            if service is not None:
                return role, service
            # "the union's chief negotiator at Brenmoor": the title's owner, not where it
            # is held
            owner = self._org_before(phrase, start, before, role)
            if owner is not None:
                return role, self._state_ministry(owner, self._org_after(phrase, end)) or owner
        org = (
            self._org_after(phrase, end)
            or (self._org_after(phrase, own_end) if own_end is not None else None)
            or self._org_before(phrase, start, before, role)
        )
        # (a body's kind the title holds as its first word: "union representative")
        kind = tok if tok is not None and tok.lower_ in self.roles.body_nouns else None
        if kind is not None and kind.i + 1 < phrase.end and self.doc[kind.i + 1].text.islower():
            title = self.doc[kind.i + 1]
        else:
            kind, title = None, tok
        if org is None and title is not None and title.i > phrase.start:
            # "Company spokeswoman X", "a company spokeswoman, X": the company named before
            org = self._body_of_word(kind or self.doc[title.i - 1], before)
        if org is None and title is not None and title.i > phrase.start:
            # "army spokesperson X": the article's army
            org = self._service_word_before(title, phrase, before)
        if org is None and (owned := self._unit_owned_in(phrase, start, end)) is not None:
            # "head of its armour procurement office": the body "its" stands for,
            # whose office the title is of ("head of the ... office")
            org = self._owner_of(owned, before)
            if org is not None:
                at = owned.idx - phrase.start_char - start
                role = role[:at] + "the" + role[at + len(owned.text) :]
        if union := _LOWER_UNION.match(text, end):
            org = union.group(1)  # "organiser for the shipyard workers' federation": as written
        service = self._service_in_title(role) if org is None else None
        if service is not None:  # "chief of army logistics": the article's state's army
            org = self._service_org(service, before)
        if org is None:  # "the army chief": the army of the article's state
            opening = next(
                (v for v in self.roles.services if role.lower().startswith(v.lower() + " ")),
                None,
            )
            if opening is not None:
                org = self._national_service(opening) or self._written_service(opening, before)
        if org in self.roles.services:  # "Head of the Navy": the navy of the article's state
            org = self._service_org(org, before) or org
        return role, org

    def _state_ministry(self, owner: str, held: str | None) -> str | None:
        """The ministry a state's official is said to be at ("Ostavia's procurement director
        at the Ministry of Finance"), with the state's adjective: that ministry's official;
        None when the owner is no state or the place no ministry of its own."""
        if held is None or not _MINISTRY_NAME.fullmatch(held):
            return None
        known = self.index.canonical(owner)
        if known is not None and known.kind == "country":
            return f"{_country_demonyms().get(known.name) or owner} {held}"
        if known is None and owner in self._likely_states():
            return f"{self._demonym(owner) or owner} {held}"
        return None

    def _service_in_title(self, role: str) -> str | None:
        """An armed service a title names in lower case after "of" ("chief of army
        logistics", "head of the navy reserve"): the service, bare."""
        words = " ".join(role.lower().split())
        found = [
            (m.start(), service)
            for service in self.roles.services
            if (m := re.search(rf"\bof (?:the )?{re.escape(service.lower())}\b", words))
        ]
        return min(found)[1] if found else None  # the first the title names

    def _service_field(self, text: str, end: int, by_char: dict[int, Token]) -> int:
        """Where a title ending in an armed service ends when a noun in lower case
        compounds with that service as its field: "chief of army logistics" (not "chief
        of army", the title the lexicon knows, and "logistics" left out)."""
        words = text[:end].split()
        if not words or words[-1].title() not in self.roles.services:
            return end
        after = by_char.get(end + 1)
        if (
            after is not None
            and text[end : end + 1] == " "
            and after.pos_ == "NOUN"
            and after.text.islower()
            and after.is_alpha
            and after.dep_ != "appos"
        ):
            return end + 1 + len(after.text)
        return end

    def _workplace_description(self, phrase: Span) -> tuple[str | None, str | None]:
        """A description the title lexicon does not list, held at a named organisation:
        "an explosives specialist at the X Forum", "a researcher with the Y Agency" -> the
        description as role, the organisation named after "at"/"with". Only a singular
        lower-case noun heading the phrase, right before the preposition ("the branch
        secretary for the X Union") or before a field in lower case that "in" gives ("a
        lecturer in naval history at the Y College", the field part of the role); "of"
        ("a critic of ...") names no workplace."""
        words = [t for t in phrase if not t.is_space]
        # "a paint-shop operator who joined the plant in 2015": the relative clause says
        # where the person works, not what the description is
        rel = next((n for n, t in enumerate(words) if t.tag_ in {"WP", "WDT"}), len(words))
        k = next((n for n, t in enumerate(words[:rel]) if t.lower_ in _WORK_PREPS), None)
        owner = next((n for n, t in enumerate(words) if t.tag_ == "POS"), None)
        if k is None and owner is not None and owner < 4:
            # "De Waal's lawyer": a lawyer; "the report's lead author": a lead author;
            # "Halvik's lawyer" after "Halvik Shipyards": the company's
            owned = " ".join(t.text for t in words[:owner])
            company = self._company_names.get(owned) or (
                owned if owned in self._company_names.values() else None
            )
            return self._profession(words[owner + 1 :]), company
        if k is None and len(words) >= 2 and words[0].lower_ in {"a", "an", "the"}:
            return self._profession(words[1:]), None
        if k is None and len(words) == 2 and words[0].is_sent_start and words[0].is_title:
            # "Public prosecutor X" opening a sentence: a profession before the name
            return self._profession(words, opener=True), None
        if k is None or k < 2 or words[0].lower_ not in {"a", "an", "the"}:
            return None, None
        last = k - 1  # the description's last word: its head, or its field's
        field = next((n for n in range(2, k - 1) if words[n].lower_ == "in"), None)
        if field is not None and all(
            t.text.islower() and (t.pos_ in {"NOUN", "ADJ"} or t.lower_ == "and")
            for t in words[field + 1 : k]
        ):
            k = field  # "a reader in naval history at X": a field, part of the role
        else:
            field = None
        head = words[k - 1]
        if head.tag_ != "NN" or not head.text.islower() or head.dep_ not in {"appos", "ROOT"}:
            return None, None
        if head.lower_ in self.roles.body_nouns or head.lower_ in self.roles.document_nouns:
            return None, None
        described = words[1:k]
        if any(t.pos_ not in {"NOUN", "ADJ", "PROPN"} and t.text != "-" for t in described):
            return None, None
        org = self._org_after(phrase, words[last + 1].idx - phrase.start_char)
        if org is None or self._is_country(org):
            return self._profession(words[1:]), None  # "a foreman at the yard": a foreman
        return phrase.doc[described[0].i : words[last].i + 1].text, org

    def _profession(self, words: list[Token], opener: bool = False) -> str | None:
        """A profession, from the words after its determiner or owner: "X, a defence
        lawyer, said", "a grain farmer", "De Waal's lawyer" (lexicon `profession_nouns`; a
        judging adjective and a body's name before it are not part of it: "a Heerdink
        accountant" is an accountant). With `opener`, the first word is capitalised only
        because it opens the sentence ("Public prosecutor X")."""
        cut = next(
            (n for n, t in enumerate(words) if t.pos_ == "ADP" or t.tag_ in {"WP", "WDT"}),
            len(words),
        )
        words = words[:cut]  # "a grain farmer near the border", "... who has ...": the farmer
        head = words[-1] if words else None
        if head is None or head.tag_ != "NN" or not head.is_lower:
            return None
        if head.lemma_.lower() not in self.roles.profession_nouns and not self._agent_noun(head):
            return None
        described = [t for t in words if t.lower_ not in self.roles.judging_adjectives]
        if opener:
            return " ".join(t.lower_ for t in described) if len(described) == 2 else None
        described = [t for t in described if not (t.pos_ == "PROPN" and t.text[:1].isupper())]
        # (a participle before the noun describes as an adjective does: "a retired driver")
        doc = head.doc
        hyphen = {  # between two nouns: "a paint-shop operator" (not "a long-serving")
            t.i
            for t in described
            if t.text == "-"
            and not t.whitespace_
            and 0 < t.i < len(doc) - 1
            and doc[t.i - 1].pos_ == doc[t.i + 1].pos_ == "NOUN"
        }
        if any(
            t.i not in hyphen
            and (
                t.pos_ not in {"NOUN", "ADJ"}
                and not (t.tag_ == "VBN" and t.dep_ == "amod")
                or not t.is_lower
            )
            for t in described
        ):
            return None
        return "".join(t.text_with_ws for t in described).strip()

    def _agent_noun(self, head: Token) -> bool:
        """A noun that names someone by what they do, as its ending shows ("operator",
        "foreman", "inspector", "machinist"; lexicon `agent_endings`), not a relation to
        others ("neighbour", "supporter", "daughter"; lexicon `relation_nouns`)."""
        word = head.lemma_.lower()
        return (
            len(word) > 4
            and word.endswith(self.roles.agent_endings)
            and word not in self.roles.relation_nouns
        )

    def _is_country(self, name: str) -> bool:
        known = self.index.canonical(name)
        return known is not None and known.kind == "country"

    def _hyphened_modifier(self, hyphen: Token, tok: Token, phrase: Span, title: int) -> bool:
        """A lower-case word joined by a hyphen to a modifier already taken into the title:
        "defence" of "defence-industry analyst" (not a word glued to the title itself)."""
        if hyphen.text != "-" or hyphen.i - 1 < phrase.start:
            return False
        word = self.doc[hyphen.i - 1]
        return (
            tok.idx - phrase.start_char != title
            and not hyphen.whitespace_
            and not word.whitespace_
            and word.is_alpha
            and word.text.islower()
            and tok.text.islower()
            and word.pos_ in {"NOUN", "ADJ"}
        )

    def _government_title(self, title: str) -> bool:
        """Whether a title is a government's office, by a word of it ("Minister") or the
        whole of a title of several words ("State Secretary")."""
        low = title.lower()
        words = self.roles.country_words
        return bool(set(low.split()) & words) or any(
            " " in w and re.search(rf"\b{re.escape(w)}\b", low) for w in words
        )

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

    def _of_body(self, appos: Span) -> str | None:
        """The body an apposition of its own names with "of" ("X, of the Federal
        Prosecution Office,"): an organisation, not a place ("X, of Ohio,")."""
        if len(appos) < 2 or appos[0].lower_ != "of":
            return None
        org = self._org_after(appos, 0)
        if org is None or self._is_country(org):
            return None
        if any(t.ent_type_ in {"GPE", "LOC"} for t in appos[1:]):
            return None
        return org

    def _lower_portfolio_word(self, prev: Token) -> bool:
        """A lower-case word of a minister's portfolio right before the title: "interior"
        of "the interior minister", "justice"; not a word telling when the office is held
        ("the new minister", lexicon `office_time_words`), one judging the person, a
        people's adjective ("the Polish minister") or a body the lexicon knows."""
        return (
            prev.is_lower
            and prev.is_alpha
            and prev.dep_ in {"amod", "compound"}
            and prev.pos_ in {"ADJ", "NOUN"}
            and prev.ent_type_ not in {"NORP", "GPE", "LOC", "ORG"}
            and prev.lower_ not in self.roles.office_time_words
            and prev.lower_ not in self.roles.judging_adjectives
            and self.index.canonical(prev.text) is None
        )

    def _regional_field(self, phrase: Span, region: re.Match) -> bool:
        """Whether "of East Asian business" is a field: its capitalised words are a
        people's or a region's adjective (the tagger's adjective, or a people), and its
        lower-case words are nouns, not an organisation's own name."""
        first = phrase.start_char + region.start(1)
        words = [t for t in phrase if first <= t.idx < phrase.start_char + region.end(1)]
        capital = [t for t in words if t.text[:1].isupper()]
        lower = [t for t in words if not t.text[:1].isupper()]
        if not capital or not lower or lower[-1].pos_ != "NOUN":
            return False
        if any(t.ent_type_ in {"ORG", "PERSON", "FAC"} for t in words):
            return False
        return capital[-1].tag_ == "JJ" or capital[-1].ent_type_ == "NORP"

    def _field_of_body(self, field: re.Match) -> bool:
        """Whether a capitalised "for"/"of" phrase between a title and "at" a body is the
        title's field or unit ("for Submarine Readiness at the Department of Defence"), not
        an organisation of its own ("of Brenmoor Systems at the fair")."""
        name, body = field.group(2), re.sub(r"^the\s+", "", field.group(3))
        known = self.index.canonical(name)
        if known is not None or self.index.type_word(name.split()[-1]) is not None:
            return False
        known_body = self.index.canonical(body)
        if known_body is not None:
            return known_body.kind != "country"
        return self.index.org_type(body) is not None

    def _role_modifier(self, prev: Token, at_title: bool, field: bool = False) -> bool:
        """A word before a title that is part of it: a lower-case noun compounded to it
        ("defence economist", "Finance director" opening a sentence, right before the
        title: not "Opposition defence spokesman"), an adjective that ranks or places
        the office ("regional secretary", "principal analyst"), or, before an expert's
        title (`field`), an adjective that names the field ("naval analyst"; not one that
        judges the person: "a respected analyst")."""
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
            # (or an adjective of a field noun set before the title: "maritime" of "a
            # maritime security fellow")
            of_field = title is not None and title.dep_ == "compound" and title.pos_ == "NOUN"
            if (
                (field or of_field)
                and prev.dep_ == "amod"
                and prev.text.islower()
                and prev.is_alpha
            ):
                return prev.lower_ not in self.roles.judging_adjectives
            return prev.lower_ in self.roles.role_modifiers
        # "Finance director X" opening a line, "Finance" tagged a proper noun: a word of
        # the titles the lexicon knows, not a name ("Halvik chief executive X")
        # (or a word that makes a title the lexicon knows whole with it: "Plant director")
        whole = title is not None and f"{prev.lower_} {title.lower_}" in self.roles.company_titles
        noun = prev.pos_ == "NOUN" or (
            opener and prev.pos_ == "PROPN" and (prev.lower_ in self.roles.title_words or whole)
        )
        if noun and prev.dep_ == "compound" and at_title and prev.lower_ in self.roles.body_nouns:
            # "the union representative", "a committee member", "company spokeswoman X": a
            # body's kind alone right before the title is part of it as written (the body
            # is the organisation); not in "a defence ministry spokesperson", whose words
            # name a body
            before = prev.doc[prev.i - 1] if prev.i > 0 else None
            return before is None or before.pos_ not in {"NOUN", "PROPN", "ADJ"}
        return (
            noun
            and prev.dep_ == "compound"
            and prev.lower_ not in self.roles.body_nouns
            # (a title the lexicon knows whole outranks a word of a body's kind: "Yard
            # director")
            and (whole or self.index.descriptor_type(prev.text) is None)
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
