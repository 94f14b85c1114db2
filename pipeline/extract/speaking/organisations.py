"""Organisations as sources: named bodies, ministries, spokespeople's bodies."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from spacy.tokens import Span, Token

from pipeline.extract.entities import is_legal_form, latest_of_type
from pipeline.extract.speaking.names import _clean_name, name_start
from pipeline.extract.speaking.titles import (
    _FUNCTION_WORDS,
    _GOVERNMENT,
    _MINISTRY_NAME,
    _SPOKES,
    _country_demonyms,
    _office_words,
)
from pipeline.extract.speaking.words import _PRONOUNS, DEMONYM_ENDINGS, bare_government
from pipeline.nlp.model import doc_text
from pipeline.records import Speaker
from pipeline.resources import lexicon

# adjectives before "ministry" that say when, not which ministry
_NOT_DOMAINS = {"new", "former", "old", "own", "current", "previous", "same", "relevant", "whole"}


# "Ostrian Ministry of National Defence": a state's word before a ministry's formal name
_QUALIFIED_MINISTRY = re.compile(
    r"([A-Z][\w.]*(?: [A-Z][\w.]*)?) ((?:Ministry|Department) of [A-Z].*)"
)
# capitalised words before a name that are not part of it ("The Ministry of ...")
_OPENING_WORDS = frozenset(
    {"The", "At", "In", "From", "By", "For", "To", "With", "Of", "And", "But", "A", "An", "Its"}
)
# words before "minister" of a title held under a minister ("Deputy Minister for X")
_JUNIOR = frozenset({"deputy", "vice", "junior", "assistant", "under"})


class OrganisationsMixin:
    """Organisations that speak (part of `SpeakerTracker`)."""

    def as_written(self, speaker: Speaker) -> Speaker:
        """A speaker whose ministry is named as the article names it (guideline: the
        organisation "as the article gives it"): where the article writes a ministry's
        formal name without its state ("the Ministry of Defence", "Ostria's Ministry
        of National Defence"), that name, not the state-qualified one it was resolved
        to; a ministry the article only describes ("Ukraine's defence ministry") keeps
        its state."""
        update = {}
        if speaker.kind != "person" and (bare := self._bare_ministry(speaker.name)):
            update["name"] = bare
        if speaker.organization and (bare := self._bare_ministry(speaker.organization)):
            update["organization"] = bare
        return speaker.model_copy(update=update) if update else speaker

    def _bare_ministry(self, name: str) -> str | None:
        """`name` ("Ostrian Ministry of National Defence") without its state, when the
        article writes the formal name after that state's possessive only, or bare and
        the state is the article's own, and never puts the state's word before it or
        before "ministry"."""
        if name not in self._bare_ministries:  # the article is read once per name
            self._bare_ministries[name] = self._bare_ministry_of(name)
        return self._bare_ministries[name]

    def _bare_ministry_of(self, name: str) -> str | None:
        m = _QUALIFIED_MINISTRY.fullmatch(name)
        if m is None:
            return None
        state, base = m.group(1), m.group(2)
        text = doc_text(self.doc)
        if re.search(r"\b" + re.escape(name) + r"\b", text):
            return None  # "the Peruvian Ministry of Defence" as written
        owners = set()
        found = False
        for at in re.finditer(r"\b" + re.escape(base) + r"\b(?! (?:and |of |for )?[A-Z])", text):
            found = True
            before = text[max(at.start() - 40, 0) : at.start()]
            owner = re.search(r"([A-Z][\w-]*(?: [A-Z][\w-]*)*)['\u2019]s\s+$", before)
            if owner is not None:
                owners.add(owner.group(1))
            elif (word := re.search(r"([A-Z][\w.-]*)\s+$", before)) and word.group(
                1
            ) not in _OPENING_WORDS:
                return None  # another state's ("the Slovak Ministry of Defence") or a name
        if not found:
            return None  # described only ("the defence ministry"): the formal name, qualified
        if any(not self._same_state(state, o) for o in owners):
            return None  # another state's ministry of that name
        if re.search(r"\b" + re.escape(state) + r" (?:[a-z]+ )?ministry\b", text):
            return None  # "The Ostrian ministry did not respond": the article's own words
        if owners:  # "Ostria's Ministry of Defence": the name, its owner said before it
            return base
        main = self._main_country()  # "the Ministry of Defence": the article's own state's
        return base if main and self._same_state(state, main) else None

    def _same_state(self, word: str, state: str) -> bool:
        """Whether `word` ("Ostrian", "UK", "British") names `state`."""
        if word == state or self._demonym(state) == word:
            return True
        known, other = self.index.canonical(word), self.index.canonical(state)
        return known is not None and other is not None and known.name == other.name

    def _named_org_with_word(self, head: Token) -> Speaker | None:
        """The latest organisation named before `head` whose name contains its noun and
        the words before it ("the radar project": not the "Bridge Project"); a title
        ("the defence minister") names a person, never an organisation the model tagged
        with that word ("the Minister of Finance" as ORG)."""
        word = head.lower_
        if word in self.roles.title_heads:
            return None
        said = _office_words(head)
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

    def _member_body_named(self, head: Token) -> Speaker | None:
        """ "the union" after "the Kestrel metalworkers' union branch": the name written
        with "the" before the kind word of a members' body (lexicon `member_bodies`: a
        union, an association) and at most two lower-case words, the last such before
        `head`; not a place, a people or a person."""
        word = head.lower_
        if word not in self.roles.member_bodies or [c.lower_ for c in head.lefts] != ["the"]:
            return None
        text = doc_text(self.doc)[: head.idx]
        pattern = rf"\b[Tt]he ((?:[A-Z][\w-]+ ){{1,2}})(?:[a-z][\w'’-]* ){{0,2}}{word}\b"
        for m in reversed(list(re.finditer(pattern, text))):
            name = m.group(1).strip()
            span = self.doc.char_span(m.start(1), m.start(1) + len(name))
            if span is None or any(t.ent_type_ in {"GPE", "NORP", "LOC"} for t in span):
                continue
            if self.index.canonical(name) is not None or name in self.persons:
                continue
            if any(name in p.split() for p in self.persons):
                continue
            mention = self.doc[head.left_edge.i : head.right_edge.i + 1].text
            return Speaker(name=name, mention=mention, kind="organization")
        return None

    def _known_inside(self, ent: Span):
        """The known organisation or country a tagged name holds ("Russian Railways":
        Russia, left to the caller), unless the name goes on after it to a body of its
        own: "the European Union Satellite Centre" and "the United Nations Office for
        ..." are not the union or the UN."""
        hits = self.index.find_all(ent.text)
        if not hits:
            return None
        _start, end, found = hits[0]
        rest = [w for w in ent.text[end:].split() if w[:1].isupper()]
        if found.kind != "country" and rest and self.index.body_head(rest[-1]):
            return None
        return found

    def _titled_office(self, head: Token) -> str | None:
        """The office of a title holder, named by the title ("the Attorney-General's
        Office", "the Prime Minister's Office"): "Office" written with a capital, its
        possessive owner a title."""
        if head.text != "Office":
            return None
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        title = self.capital_title(owner) if owner is not None else None
        return f"{title}'s Office" if title else None

    def capital_title(self, owner: Token) -> str | None:
        """A possessive owner that is a title written with a capital, an office whose
        holder goes unnamed ("the Attorney-General's", "the Auditor-General's"): the
        title as written, without "the"; None for any other owner."""
        if owner.pos_ == "PRON":
            return None
        words = self.doc[owner.left_edge.i : owner.i + 1]
        if words[0].lower_ == "the":
            words = words[1:]
        title = words.text
        if not title or not title[0].isupper() or self.roles.title_re.fullmatch(title) is None:
            return None
        return title

    def _recipient(self, head: Token) -> tuple[int, int] | None:
        """The tokens of whom a document was given to ("a filing lodged with the X
        exchange", "a letter sent to the Y committee"): a participle of filing on the
        document (lexicon `filing_verbs`) and its "with" or "to" phrase."""
        for verb in head.rights:
            if verb.dep_ != "acl" or verb.lemma_.lower() not in self.roles.filing_verbs:
                continue
            for prep in verb.children:
                if prep.dep_ in {"prep", "dative"} and prep.lower_ in {"with", "to"}:
                    return prep.i, prep.right_edge.i + 1
        return None

    @staticmethod
    def _people_adjective(ent: Span, head: Token) -> bool:
        """Whether a people's adjective describes a plural noun of the phrase other than its
        head ("figures from two European manufacturers": the makers are European; the
        figures are theirs, not Europe's)."""
        noun = ent.root.head
        return (
            ent.label_ == "NORP"
            and ent.root.dep_ == "amod"
            and noun.i != head.i
            and noun.tag_ == "NNS"
        )

    def _holder_s_body(self, head: Token) -> str | None:
        """The body a body's noun owned by a person names: the organisation the article
        gives that person, where the noun is a word of its name or names its kind ("X's
        agency" after "X, who heads the Y Development Agency"). None otherwise: "X's
        party" of a person with no party, "X's office"."""
        if head.pos_ != "NOUN" or not head.is_lower:
            return None
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        held = self.mention_at(owner) if owner is not None else None
        if held is None or held.token_end != owner.i + 1 or not held.person.organization:
            return None
        org = held.person.organization
        typ = self.index.descriptor_type(head.text)
        if head.lower_ in org.lower().split() or typ and self.index.org_type(org) == typ:
            return org
        return None

    def _organisation(self, head: Token, phrase: Span) -> Speaker | None:
        office = self._titled_office(head)
        if office is not None:  # "the Solicitor General's Office stated"
            return Speaker(name=office, mention=phrase.text, kind="organization")
        if head.lemma_.lower() == "ministry":
            ministry = self._ministry(head, phrase)
            if ministry is not None:
                known = self.index.canonical(ministry)
                return Speaker(
                    name=known.name if known else ministry, mention=phrase.text, kind="organization"
                )
        held = self._holder_s_body(head)
        if held is not None:  # "Raskovic's agency": the agency she heads
            return Speaker(name=held, mention=phrase.text, kind="organization")
        if head.i + 1 < len(self.doc) and head.pos_ == "NOUN":
            after = self.doc[head.i + 1].idx
            for at, name, typ in self._described_names():
                if at == after and self._placed_descriptor_name(head, typ) is not None:
                    # "the Kessel consultancy Baltic Arms Monitor": the name after it
                    kind = "outlet" if typ == "outlet" else "organization"
                    return Speaker(name=name, mention=phrase.text, kind=kind)
        # a named organisation, outlet or country inside the phrase; the one the phrase's
        # head is part of first ("France's Naval Group": the group, not its country)
        # ("the Tarnow daily X Y": the daily first, a name the tagger took for a person's)
        unnamed = self.mention_at(head) is None
        ents = sorted(
            self.ents,
            key=lambda e: (
                not (
                    e.start <= head.i < e.end
                    and (e.label_ == "ORG" or e.label_ == "PERSON" and unnamed)
                )
            ),
        )
        recipient = self._recipient(head)
        for ent in ents:
            if recipient is not None and recipient[0] <= ent.start < recipient[1]:
                continue  # "a filing lodged with the X exchange": X received it
            if (
                ent.start >= phrase.start
                and (ent.end <= phrase.end or self._runs_on(ent, phrase))
                and ent.label_ in {"ORG", "GPE", "NORP", "PERSON", "FAC"}
                and not ent.text.islower()  # "the navy" tagged ORG: a description, no name
                and not self._place_modifier(ent)
                and not self._first_of_joined(ent)
                and not self._people_adjective(ent, head)
            ):
                known = self.index.canonical(ent.text) or self._known_inside(ent)
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
                owner = next((c for c in ent.root.lefts if c.dep_ == "poss"), None)
                if (
                    ent.label_ == "ORG"
                    and owner is not None
                    and owner.pos_ == "NOUN"
                    and self._names_a_document(ent.text)
                ):
                    # "the cabinet's own Defence Review": the body that owns it
                    span = self.doc[owner.left_edge.i : owner.i + 1]
                    org = self._organisation(owner, span) or self._state_owner(owner)
                    if org is not None and org.kind != "person":
                        return org.model_copy(update={"mention": phrase.text})
                if (
                    ent.label_ == "ORG"
                    or ent.label_ == "PERSON"
                    and self.mention_at(ent.root) is None
                ):
                    joined = self._joined_start(ent)
                    end = self._name_goes_on(ent, phrase)
                    start = joined if joined is not None else name_start(ent)
                    text = self.doc[start:end].text
                    name = _clean_name(re.sub(r"^(?:the|The)\s+", "", text))
                    if name in self.roles.services:  # "the Army" after "the U.S. Army"
                        name = self._written_service(name, ent.start_char) or name
                    return Speaker(name=name, mention=text, kind="organization")
        if (
            (
                head.text in self.short_forms  # an acronym, whatever the tagger made of it
                or head.text[:1].isupper()  # a name, whatever the tagger made of it
                and head.text in self._company_names
            )
            and self.mention_at(head) is None
        ):
            # "NISS puts the cost at ...", "Dunmere said ..." after "Dunmere Missile Systems":
            # a short form the article defined or a company's own name, untagged; the
            # speaker is put in full (`_in_full`)
            return Speaker(name=head.text, mention=head.text, kind="organization")
        for offset, name, _ in self._untagged_companies():
            # "Coldharbour Marine said": untagged; "Coldharbour Marine plc": its legal form
            end = offset + len(name) + (len(head.text) + 1 if is_legal_form(head.text) else 0)
            if offset <= head.idx < end:
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
                    org = self._organisation(owner, span) or self._state_owner(owner)
                    if org is not None and org.kind != "person":
                        return org.model_copy(update={"mention": phrase.text})
        # "the report", "the study": a document of its own (`description`), not the last
        # organisation named
        if head.lemma_.lower() in self.roles.document_nouns:
            return None
        named = self._named_earlier(head)  # "the agency" after "the agency, Statistik Dravik"
        if named is not None:
            return named
        # "the ministry", "the corporation": the last organisation of that type
        typ = self.index.descriptor_type(" ".join(t.text for t in phrase if t.dep_ != "det"))
        typ = typ or self.index.descriptor_type(head.text)
        if typ is None and head.dep_ == "poss":
            # "by the yard's tally": a body's word that owns something, as it owns a
            # title ("the yard's director": the company)
            typ = self.roles.owner_types.get(head.lemma_.lower())
        if typ:
            name = self._owners_body(head, typ)
            if name is None and _the_company(head):
                # "the company" where the company's name has no word of its kind: the body
                # the sentence before in its paragraph is about (before a company typed
                # further back), else the last company named, else the last body named
                name = self._subject_org_before(head)
            if name is None:  # (a company: not one named once in passing)
                name = (
                    self._company_taken_up(head.idx)
                    if typ == "company"
                    else self._latest_of_type(head.idx, typ)
                )
            if name is None and _the_company(head):
                name = self._untyped_org_before(head.idx)
            if name:
                kind = "outlet" if typ == "outlet" else "organization"
                return Speaker(name=name, mention=phrase.text, kind=kind)
            state_of = self._state_of_body(head) if typ == "government" else None
            if state_of is not None:  # "the government of Ostria": that state's
                return self._government(state_of, phrase.text)
            if typ == "government" and bare_government(head):
                # "the government said", no government named: the government of the state
                # named nearest before, else of the article's country
                state = self._state_before(head) or self._main_country()
                if state is not None:
                    return self._government(state, phrase.text)
        # "the project", "the association": the last organisation whose name has that word
        if any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            named = self._named_org_with_word(head) or self._member_body_named(head)
            if named is not None and named.name.islower():
                # "the coast guard", which the tagger took for a name somewhere: the
                # article's own service, as it names it with its owner
                named = self._bare_service(head) or named
            if named is not None:
                return named
        # "the analyst", "the minister": the last person the article introduced with that
        # role; else it stays a typed description (`description`)
        indefinite = any(
            c.dep_ in {"det", "nummod"} and c.lower_ in {"a", "an", "one", "another"}
            for c in head.lefts
        )
        # a word of titles that names a body ("Ombria's army said"; "army chief" is a
        # title) is that body, not a person
        compound = next((c for c in head.lefts if c.dep_ == "compound" and c.i == head.i - 1), None)
        service = f"{compound.text} {head.text}".title() if compound is not None else head.text
        body = (
            head.lower_ in self.roles.body_nouns
            or head.text.title() in self.roles.services
            or service.title() in self.roles.services  # "Norvane's air force said"
        )
        if (
            head.lower_ in self.roles.title_words
            and not indefinite
            and not body
            and not self._capitalised_body(head)
        ):
            titled = self._person_by_title(head)
            if titled is not None:
                return self._person_speaker(titled, phrase.text)
            introduced = self._introduced_next(head)
            if introduced is not None:
                described = self.doc[head.left_edge.i : head.i + 1]  # "its chief executive"
                role, org = self._role_and_org(described, head.idx)
                # a title the description gives outranks the office a verb of leading gave:
                # "its chief executive said ... X, who has run the company since 2019," (not
                # "head"), "the governor said ... X, who has led the province ..."
                led = id(introduced) in self._led_offices
                if role and (not introduced.role or led):
                    introduced.role = role
                    self._led_offices.discard(id(introduced))
                    org = org or self._default_org(role, head.idx)
                    introduced.organization = introduced.organization or org
                return self._person_speaker(introduced, phrase.text)
        return None

    def _runs_on(self, ent: Span, phrase: Span) -> bool:
        """Whether a body's name the tagger found whole, starting in the phrase, runs past
        it only by its own words, which the parser hung elsewhere ("a report by [the X
        Centre] for Naval Analysis ...": "for Naval Analysis" on "report")."""
        rest = self.doc[phrase.end : ent.end]
        return (
            ent.label_ == "ORG"
            and ent.start < phrase.end
            and len(rest) > 0
            and rest[0].lower_ in {"for", "of"}
            and all(t.text[:1].isupper() or t.lower_ in {"for", "of", "and", "the"} for t in rest)
            and rest[-1].text[:1].isupper()
        )

    def _name_goes_on(self, ent: Span, phrase: Span) -> int:
        """Where a body's name ends when the tagger cut it before "for" or "of the" and
        capitalised words ("[the State Committee] for the Maritime Industry of Vestria"):
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
        if last is not None and doc[end].lower_ == "for":
            client = doc[end + 1 : last + 1]
            if self._outlet(client):
                return end  # "a poll by X Research for the Weekly Sentinel": made for a newspaper
            if self.index.org_type(client.text.removeprefix("the ")) is not None:
                return end  # "a poll by X Research for the Y Defence Forum": a body of its own
        return last + 1 if last is not None else end

    def _outlet(self, words: Span) -> bool:
        """Whether capitalised words name a news outlet: one the entity lexicon knows as
        such, or ending in a word of outlets' names ("the Weekly Sentinel", "The Tribune")."""
        known = self.index.canonical(words.text.removeprefix("the ").removeprefix("The "))
        if known is not None:
            return known.kind == "outlet"
        return words[-1].text in _outlet_name_words()

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
                and (
                    c.pos_ in {"NOUN", "PROPN"}
                    # "the interior ministry", "the foreign ministry"; not "the new ministry"
                    # nor "an internal ministry document" (the document's adjective)
                    or c.pos_ == "ADJ"
                    and c.is_lower
                    and c.lower_ not in _NOT_DOMAINS
                    and head.dep_ != "compound"
                )
                and self.index.canonical(c.text) is None
                and not _demonym_like(c)  # "the Tarvanian defence ministry": its country
                and not self._state_before_domain(c, head)
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
            as_written = domain
            domain = " ".join(
                w if w in {"of", "and", "for"} else w[:1].upper() + w[1:] for w in domain.split()
            )
            if written:  # "the Foreign Ministry"
                base = f"{domain} Ministry"
            elif as_written.islower() and head.text.islower():
                base = f"{as_written} ministry"  # "the defence ministry": as the article writes it
            else:
                base = f"Ministry of {_formal_domain(domain)}"
            if not written:  # "the defence ministry" after "the Ministry of National Defence"
                base = self._named_ministry(domain, head.idx) or base
        return self._with_country(base, phrase, head)

    def _state_before_domain(self, tok: Token, head: Token) -> bool:
        """Whether `tok` names the state that owns a ministry, written as a name before
        the ministry's field in lower case ("the Dravik defence ministry"), where the
        parser takes the name for part of the field: a field is written in lower case
        whole, so a capitalised name before it is its owner (not a person's name, nor a
        body the lexicon knows)."""
        nxt = self.doc[tok.i + 1] if tok.i + 1 < head.i else None
        return (
            tok.pos_ == "PROPN"
            and tok.dep_ == "compound"
            and tok.text[:1].isupper()
            and tok.head.i == head.i
            and nxt is not None
            and nxt.is_alpha
            and nxt.is_lower
            and self.mention_at(tok) is None
            and (self.index.canonical(tok.text) is None or self._names_a_country(tok.text))
        )

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
        # "Ornavia's defence ministry said ... The ministry said": a ministry written in
        # words of its own after the last one named is the one meant
        written = self._written_ministry(self._token_at(before))
        if written is not None and self.doc[written[0]].idx > at:
            return written[1]
        if named is not None:
            return named
        junior = None
        for m in reversed(self.mentions):
            role = (m.person.role or "").lower().split()
            if m.end <= before and "minister" in role:
                tail = role[role.index("minister") + 1 :]  # "of national defence"
                ministry = None
                if len(tail) >= 2 and tail[0] in {"of", "for"}:
                    words = [w if w in _FUNCTION_WORDS else w[:1].upper() + w[1:] for w in tail]
                    ministry = " ".join(["Ministry"] + words)
                if set(role[: role.index("minister")]) & _JUNIOR:
                    # "Deputy Minister for Procurement" may hold a portfolio in the ministry of
                    # a minister named before: that minister's, else the deputy's own
                    junior = junior or ministry
                    continue
                if ministry is not None:
                    return ministry
                break
        if junior is not None:
            return junior
        return latest_of_type(self.doc, before, "ministry", ents=self.ents)

    def _token_at(self, offset: int) -> int:
        """The index of the first token starting at or after character `offset`."""
        if self._token_starts is None:
            self._token_starts = [t.idx for t in self.doc]
        return bisect_left(self._token_starts, offset)

    def _written_ministry(self, before: int) -> tuple[int, str] | None:
        """The last ministry before token `before` that the article wrote with words of
        its own ("Ombria's defence ministry", "the interior ministry"), with its country:
        (its token, its name); not "his ministry" (whose is known only once pronouns are)."""
        for tok in reversed(self.doc[:before]):
            owners = [c for c in tok.lefts if c.dep_ in {"poss", "amod", "compound"}]
            if tok.lemma_.lower() != "ministry" or not owners:
                continue
            if any(c.tag_ == "PRP$" and c.lower_ != "its" for c in owners):
                continue  # (a state's "its defence ministry" is that state's)
            name = self._ministry(tok, self.doc[tok.left_edge.i : tok.i + 1])
            if name is not None:
                known = self.index.canonical(name)
                return tok.i, known.name if known else name
        return None

    def _capitalised_body(self, head: Token) -> bool:
        """ "the General Staff's figures": a capitalised word of titles that heads none
        ("Staff" of "Chief of Staff"), after a capitalised word of its own, names a body,
        not a person by a title ("the General" introduced later)."""
        if head.lower_ in self.roles.title_heads or not head.text[:1].isupper():
            return False
        return any(
            c.dep_ in {"compound", "amod"} and c.text[:1].isupper() and c.i == head.i - 1
            for c in head.lefts
        )

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
        base = named or f"Ministry of {_formal_domain(domain)}"
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

    def _according_clause_state(self, head: Token) -> str | None:
        """The state whose ministry "according to its ministry" is: the name that is the
        subject of the clause it is put to ("Holtmark spent ..., according to its Economy
        Ministry"), one word that is no known body's (only a state has a ministry)."""
        prep = head.head
        if head.dep_ != "pobj" or prep.lower_ != "to" or prep.head.lower_ != "according":
            return None
        verb = prep.head.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        # (whatever the tagger took the name for: "its" is said of no person)
        if subject is None or subject.pos_ != "PROPN":
            return None
        if list(subject.children) or self.index.org_type(subject.text) is not None:
            return None  # one word alone: "Holtmark", not "the Holtmark Shipyards"
        known = self.index.canonical(subject.text)
        if known is not None and known.kind != "country":
            return None
        return known.name if known is not None else subject.text

    def _with_country(self, base: str, phrase: Span, head: Token) -> str:
        """`base` ("Ministry of Defence") qualified by its country: the country written
        in the phrase, else the qualified form the article writes, else the article's
        country."""
        if any(t.lower_ == "its" and t.dep_ == "poss" for t in head.lefts):
            # "Pellvik turns out ..., according to its defence ministry": that state's
            state = self._according_clause_state(head) or self._state_before(head)
            if state is not None:
                known = _country_demonyms().get(state)
                if known is not None:
                    return f"{known} {_formal(base)}"
                return f"{self._demonym(state) or state} {_formal(base)}"
        if self.index.canonical(base) is not None:
            return base
        # the words before the head that the phrase left out ("Pulau Rendah's foreign
        # ministry" given as "ministry")
        phrase = self.doc[min(phrase.start, head.left_edge.i) : max(phrase.end, head.i + 1)]
        first = base.split()[0]
        known_first = self.index.canonical(first)
        if known_first is not None and known_first.kind == "country":
            return base  # already "Estonian Ministry of Defence"
        for tok in phrase:
            if tok.i >= head.i:
                break
            known = self.index.canonical(tok.text)
            if (known is None or known.kind != "country") and _demonym_like(tok):
                return f"{tok.text} {_formal(base)}"  # a country the lexicon lacks: "Vestrian"
            if known is None and self._state_before_domain(tok, head):
                return f"{tok.text} {_formal(base)}"  # "the Dravik defence ministry": Dravik's
            if (
                known is None
                and tok.dep_ == "poss"
                and tok.head.i == head.i
                and tok.pos_ == "PROPN"
                and self.doc[tok.i + 1].tag_ == "POS"
            ):
                # "Rostal's defence ministry": Rostal's adjective as the article writes it
                # (a name of several words whole: "Porto Clara's")
                words = [t for t in self.doc[tok.left_edge.i : tok.i + 1] if t.lower_ != "the"]
                state = " ".join(t.text for t in words)
                return f"{self._demonym(state) or state} {_formal(base)}"
            if known is None or known.kind != "country":
                continue
            nxt = self.doc[tok.i + 1]
            if nxt.tag_ == "POS":  # "Ukraine's defence ministry"
                demonym = _country_demonyms().get(known.name)
                return f"{demonym or known.name} {_formal(base)}"
            # "UK Ministry of Defence"; "the French defence ministry" under its formal
            # name, as "France's defence ministry" is
            return f"{tok.text} {_formal(base)}"
        text = doc_text(self.doc)
        for m in re.finditer(r"([A-Z][\w.]*)\s+" + re.escape(base) + r"\b", text):
            known = self.index.canonical(m.group(1))
            if known is not None and known.kind == "country":
                return f"{m.group(1)} {_formal(base)}"
            at = self.doc.char_span(m.start(1), m.end(1))
            if known is None and at is not None and _demonym_like(at[0]):
                return f"{m.group(1)} {_formal(base)}"
        return self._of_main_country(base)

    def _of_main_country(self, base: str) -> str:
        """`base` ("Ministry of Defence") as the article's own state's."""
        country = self._main_country()
        if country is None:  # no state known: "the defence ministry" by its formal name
            return _formal(base)
        known = _country_demonyms().get(country)
        if known is not None:  # a state the lexicon knows
            return f"{known} {_formal(base)}"
        first = base.split()[0]
        if first[:1].isupper() and first not in {"Ministry", "Department", "Office"}:
            return base  # "the Quellanian defence ministry": its state is written already
        # "the finance ministry", "the Ministry of Defence" of a state the lexicon lacks
        return f"{self._demonym(country) or country} {_formal(base)}"

    def _spokesperson_org(self, head: Token) -> Speaker | None:
        """An unnamed spokesperson is a typed person of the organisation given, kept with
        that role (the issue's "typed description with its role") under its type, as the
        guideline names "U.S. officials": "a defence ministry spokesperson" is "defence
        ministry spokesperson", role spokesperson, organisation the Ministry of Defence."""
        body = self._spokesperson_body(head)
        if body is None:
            return None
        noun = head.lower_
        known = self.index.canonical(body.name)  # "British Ministry of Defence": the UK's
        org = known.name if known is not None else body.name
        return Speaker(
            name=self._as_described(head),
            role=noun,
            organization=org,
            mention=body.mention,
            kind="person",
        )

    def _as_described(self, head: Token) -> str:
        """An unnamed person's description as the article writes it, without its article
        or count, to its head and a "for/of/at X" after it, up to a comma: "spokeswoman
        for the port authority", "defence ministry spokesperson"."""
        doc = self.doc
        end = head.i + 1
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in {"for", "of", "at"}:
                end = child.right_edge.i + 1
                break
        words = []
        for tok in doc[head.left_edge.i : end]:
            if tok.text in {",", "(", "—", "–", ";", ":"}:
                break
            if tok.i == head.left_edge.i and (
                tok.dep_ == "det" or tok.dep_ == "nummod" and tok.like_num and tok.is_alpha
            ):
                continue  # "a", "the", "two"
            words.append(tok.text)
            words.append(tok.whitespace_)
        return "".join(words).strip()

    def _spokesperson_body(self, head: Token) -> Speaker | None:
        """The organisation an unnamed spokesperson speaks for: "a defence ministry
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


def _the_company(head: Token) -> bool:
    """ "the company" itself: the word, with "the" and no owner ("its company", "X's new
    company" are someone's)."""
    return head.lower_ in {"company", "firm"} and [c.lower_ for c in head.lefts] == ["the"]


def _formal(base: str) -> str:
    """A ministry written in lower case under its formal name ("defence ministry" ->
    "Ministry of Defence"), so that "the Ostrian defence ministry" and "Ostria's defence
    ministry" are one body; else `base`."""
    m = re.fullmatch(r"([a-z][a-z ]*) ministry", base)
    if m is None:
        return base
    words = (w if w in {"of", "and", "for"} else w[:1].upper() + w[1:] for w in m.group(1).split())
    return "Ministry of " + _formal_domain(" ".join(words))


def _formal_domain(domain: str) -> str:
    """A ministry's field as its formal name gives it after "Ministry of" ("Foreign" ->
    "Foreign Affairs"; lexicon `ministry_domains`); else as it is."""
    return _ministry_domains().get(domain.lower(), domain)


@lru_cache(maxsize=1)
def _ministry_domains() -> dict[str, str]:
    return {k.lower(): v for k, v in lexicon("roles").get("ministry_domains", {}).items()}


def _demonym_like(tok: Token) -> bool:
    """A capitalised adjective of nationality the lexicon does not know, as the tagger
    reads it ("Vestrian", "Lusterian"): tagged a nationality, or an adjective or name word
    with a nationality's ending that is not a name the article gives a person."""
    if not tok.text[:1].isupper() or not tok.is_alpha or tok.ent_type_ == "PERSON":
        return False
    if tok.ent_type_ == "NORP":
        return True
    return tok.tag_ in {"JJ", "NNP"} and tok.lower_.endswith(DEMONYM_ENDINGS) and len(tok) > 4


@lru_cache(maxsize=1)
def _outlet_name_words() -> frozenset[str]:
    """Words that end a news outlet's name (lexicon reporting_verbs newsroom_name_words)."""
    return frozenset(lexicon("reporting_verbs").get("newsroom_name_words", []))
