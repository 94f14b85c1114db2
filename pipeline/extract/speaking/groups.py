"""Groups, bodies and documents as sources: pronouns for them, group nouns, publishers."""

from __future__ import annotations

import re

from spacy.lang.en.lex_attrs import like_num
from spacy.tokens import Span, Token

from pipeline.extract.entities import latest_of_type
from pipeline.extract.speaking.names import _capital_runs, holder_verbs
from pipeline.extract.speaking.words import _ORG_PRONOUNS, QUANTIFIERS, WORD_RUN
from pipeline.nlp.model import doc_text
from pipeline.records import Speaker
from pipeline.resources import lexicon

# prepositions whose phrase after a bare group noun says which of the group speak
_WHICH_PREPOSITIONS = frozenset({"of", "on", "from", "at", "with"})


class GroupsMixin:
    """Groups, bodies and documents that speak (part of `SpeakerTracker`)."""

    def _recent_body(self, pronoun: Token) -> Speaker | None:
        """What "it" speaks for when an organisation or a country was the subject of a
        clause after the last body that spoke: "Penhallow Marine won the contract on
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
        if cue.dep_ == "parataxis":  # (the clause it is set inside, however deep)
            reported |= {a.i for a in cue.ancestors}
        for tok in reversed(self.doc[max(start, self._last_org_at + 1) : pronoun.i]):
            if tok.dep_ not in {"nsubj", "nsubjpass"} or self._in_quote(tok.idx):
                continue
            if tok.head.i in reported or tok.head.dep_ == "relcl" and tok.pos_ == "NOUN":
                continue  # (nor a thing a relative clause is about: "whose crews are")
            if any(
                verb.dep_ in {"ccomp", "parataxis"}
                and verb.head.i < tok.i
                and verb.head.lemma_.lower() in lexicon("reporting_verbs")["verbs"]
                for verb in [tok.head, *tok.head.ancestors]
            ):
                # "X said [the plant supplies ...]. It added": what X said is no one, nor
                # a clause inside it ("found that ... the number Russia has")
                continue
            short = self._company_short_name_at(tok)
            if short is not None:  # "Breckmore declined to comment. It said": Breckmore Dynamics
                return short
            if (
                tok.pos_ == "NOUN"
                and self.index.descriptor_type(tok.lemma_) is not None
                and [c.lower_ for c in tok.lefts if c.dep_ == "det"] == ["the"]
            ):
                # "the company employs 900, according to figures that it published":
                # the body the description takes up
                org = self._organisation(tok, self.doc[tok.left_edge.i : tok.i + 1])
                return org if org is not None and org.kind != "person" else None
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.roles.document_nouns:
                # "The audit, the office's second, rests on ... Its key results":
                # a document an author is known for speaks with its author's voice
                author = self._document_author(tok)
                if author is None and [c.lower_ for c in tok.lefts if c.dep_ == "det"] == ["the"]:
                    author = self.description(tok, False)  # "The report also ...": one before
                if author is not None and author.kind in {"organization", "outlet"}:
                    return author.model_copy(update={"mention": pronoun.text})
            if not self._names_a_body(tok) or self.mention_at(tok) is not None:
                if tok.pos_ == "NOUN" and tok.head.i == tok.sent.root.i:
                    # "The optimistic view comes from a study by X. It argues ...":
                    # the one document of a known author in the thing's sentence
                    return self._sole_document_author(tok.sent)
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

    def _company_short_name_at(self, tok: Token) -> Speaker | None:
        """A company named in full before and here by its short name alone ("Breckmore" after
        "Breckmore Dynamics"), whatever the tagger made of the short name (a place, a person)."""
        if tok.pos_ != "PROPN" or self.mention_at(tok) is not None:
            return None
        start, end = tok.left_edge.i, tok.right_edge.i + 1
        if self.doc[start].lower_ == "the":
            start += 1
        full = self._company_names.get(self.doc[start:end].text)
        if full is None or doc_text(self.doc).find(full, 0, tok.idx) < 0:
            return None
        return Speaker(name=full, mention=self.doc[start:end].text, kind="organization")

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
        """Whether a name only says where something is: "Kyiv" of "the Kyiv-based ...",
        "Kessel" of "the Kessel consultancy Baltic Arms Monitor" (a place, a descriptor and
        the body's name after it)."""
        end = ent.end
        if end + 1 >= len(self.doc):
            return False
        if self.doc[end].text == "-":
            return self.doc[end + 1].lower_ == "based"
        if self.index.descriptor_type(self.doc[end].lemma_) is None:
            return False
        after = self.doc[end + 1].idx
        return any(at == after for at, _name, _typ in self._described_names())

    def _names_a_body(self, tok: Token) -> bool:
        """Whether a token is part of an organisation's or a country's name (a company
        name tagged PERSON counts when its words type it: "Penhallow Marine")."""
        if tok.ent_type_ in {"ORG", "GPE", "NORP"}:
            return True
        if tok.ent_type_ != "PERSON":
            return False
        ent = next((e for e in self.ents if e.start <= tok.i < e.end), None)
        if ent is None:
            return False
        # (or that the article describes as a body: "the munitions maker X")
        return self.index.org_type(ent.text) is not None or any(
            name == ent.text for _, name, _kind in self._described_names()
        )

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
        noun: "Senator Malloy and Senator Corliss wrote to the agency. ... they say"
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
            if t.tag_ in {"NNS", "NNPS"}
            and (
                t.lower_ in self.roles.group_nouns
                # "Democrats on the committee ..., they said": a party's members
                or t.ent_type_ == "NORP"
                and t.dep_ == "nsubj"
                and t.text[:1].isupper()
            )
        ]
        subjects = [t for t in candidates if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"]
        for tok in reversed(subjects or candidates):
            if tok.lower_ in self.roles.group_nouns:
                return self._group(tok)
            return self.description(tok, False)
        return None

    def _what_a_document_is_about(self, head: Token) -> set[int]:
        """Tokens of a document's phrase that say what or where it is, not who wrote it:
        "a document on the campaign's website", "a report about Putin's army", "a memo
        seen by the Lantern"."""
        lemma = head.lemma_.lower()
        if lemma not in self.roles.document_nouns and head.lower_ not in self.roles.document_nouns:
            return set()
        about = {
            t.i
            for c in head.children
            if c.dep_ == "prep" and c.lower_ not in {"by", "from", "of"} or c.dep_ == "relcl"
            for t in c.subtree
        }
        # "documents seen by the Lantern", "an extract of the navy's review seen by the
        # Lantern": who holds it, not who wrote it
        about.update(
            t.i
            for c in head.subtree
            if c.dep_ == "acl" and c.lemma_.lower() in holder_verbs()
            for t in c.subtree
        )
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

    def _group(self, head: Token) -> Speaker | None:
        members = self._body_of_members(head)
        if members is not None:  # "auditors" in an article on the X Audit Office
            return members
        text = head.lower_
        if text not in self.roles.group_nouns or head.tag_ not in {"NNS", "NNPS", "NN"}:
            return None
        if head.lemma_.lower() == "author":  # "the report's authors": its publisher
            publisher = self._publisher(head)
            if publisher is not None:
                return publisher
        if (
            head.lemma_.lower() in self.roles.study_voices
            and [c.lower_ for c in head.lefts] == ["the"]
            and not list(head.rights)
        ):
            # "The researchers found" after "X published a report": the report's author
            for at, _noun, speaker in reversed(self._documents()):
                # (a named body: a described one, "a group of researchers", is no more
                # than what "the researchers" says)
                if (
                    at < head.idx
                    and speaker.kind in {"organization", "outlet"}
                    and (speaker.name[:1].isupper())
                ):
                    mention = self.doc[head.left_edge.i : head.i + 1].text
                    return speaker.model_copy(update={"mention": mention})
        mods = [
            c
            for c in head.lefts
            if c.dep_ in {"compound", "nmod"}
            or c.dep_ in {"amod", "npadvmod"}
            and (c.text[:1].isupper() or c.lower_ in self.roles.group_modifiers)
            and c.lower_ not in QUANTIFIERS  # "Several analysts": how many, not which
        ]
        if not mods and any(c.lower_ in {"the", "these", "those"} for c in head.lefts):
            # the group that spoke last under that noun, else a document's authors ("a
            # study put out by several university researchers ... The researchers")
            authors = [s for at, _n, s in self._documents() if at < head.idx and s.kind == "group"]
            for last in [self._last_group, *reversed(authors)]:
                if last is not None and (
                    last.name.lower().endswith(head.lower_)
                    or (last.mention or "").lower().endswith(head.lower_)
                ):
                    return last.model_copy(update={"mention": f"the {head.text}"})
        bare = all(c.dep_ in {"det", "nummod"} for c in head.lefts) and not list(head.rights)
        if not mods and bare and head.tag_ == "NNS":
            # "officials said", "two officials said", "the officials said" after "three
            # officials familiar with the matter": the group the article typed with that
            # noun, again in the bare noun
            last = self._last_group
            if last is None or _group_noun(last.name) != head.lower_:
                # another group spoke since: the group typed with this noun before it
                last = self._typed_groups.get(head.lower_)
            if last is not None and _group_noun(last.name) == head.lower_:
                return last.model_copy(update={"mention": head.text})
        for child in head.children:
            org = None
            if child.dep_ == "poss" and child.lower_ in _ORG_PRONOUNS | {"their"}:
                org = self._last_org
            elif child.dep_ == "poss":
                org = self._organisation(child, self.doc[child.left_edge.i : child.i + 1])
            elif child.dep_ == "prep" and child.lower_ in {"at", "from", "of"}:
                # ("union stewards at the works": the group its modifier types,
                # not the yard's voice)
                objs = [c for c in child.children if c.dep_ == "pobj"] if not mods else []
                if objs:
                    obj = objs[0]
                    unnamed = self._unnamed_body(obj)
                    if unnamed is not None:  # "officials at the finance ministry"
                        mention = self.doc[head.i : obj.i + 1].text
                        name = f"{unnamed} {head.text}"
                        return Speaker(name=name, mention=mention, kind="group")
                    org = self._organisation(obj, self.doc[obj.left_edge.i : obj.i + 1])
                    org = org or self._named_in(obj)
                    if (
                        org is not None
                        and org.kind == "organization"
                        and head.tag_ == "NNS"
                        and obj.pos_ == "NOUN"
                        and all(c.dep_ == "det" for c in obj.lefts)
                        and not self._is_state(org.name)
                    ):
                        # "three engineers at the firm": those engineers, who speak for the
                        # body the article calls so ("analysts at X Bank" are X Bank's voice)
                        name = self.doc[head.i : obj.i + 1].text
                        return Speaker(name=name, organization=org.name, mention=name, kind="group")
            if org is not None and org.kind != "person":
                return org
        start = min([c.left_edge.i for c in mods] + [head.i])
        # ("Two people familiar with the talks": how many is no part of the type, as the
        # guideline names "U.S. officials")
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
            if head.tag_ == "NNS":
                self._typed_groups.setdefault(head.lower_, Speaker(name=name, kind="group"))
        org = self._body_of_modifier(head) if mods else None  # "alliance officials"
        return Speaker(
            name=name, organization=org, mention=self.doc[start : head.i + 1].text, kind="group"
        )

    def _body_of_members(self, head: Token) -> Speaker | None:
        """The one organisation named before `head` for the work its members do ("auditors",
        "the inspectors", "investigators" after "the X Audit Office", "the Y Inspectorate",
        "the Z Investigation Board"): a plural noun of an agent, bare or after "the", whose
        stem is a word of that organisation's name (as it is, or with "-ion", "-ory", "-s",
        or "-ate" after the agent: "Inspectorate"). None when no organisation or more than
        one is named so."""
        lower = head.lower_
        ending = next((e for e in _AGENT_ENDINGS if lower.endswith(e)), None)
        if (
            ending is None
            or head.tag_ != "NNS"
            or any(c.dep_ != "case" for c in head.rights)  # "the auditors' estimates"
            or any(c.lower_ != "the" for c in head.lefts)
        ):
            return None
        stem, agent = lower[: -len(ending)], lower[:-1]
        if len(stem) < 5:
            return None
        words = {stem, stem + "ion", stem + "ory", stem + "s", agent, agent + "ate"}
        found: dict[str, Speaker] = {}
        for ent in self.ents:
            if ent.label_ != "ORG" or ent.start >= head.i:
                continue
            if not words & {w.lower() for w in WORD_RUN.findall(ent.text)}:
                continue
            org = self._organisation(ent.root, ent)
            if org is not None and org.kind == "organization":
                found.setdefault(org.name, org)
        if len(found) != 1:
            return None
        return next(iter(found.values())).model_copy(update={"mention": head.text})

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
        for t in span:  # "officials familiar with the talks and a senior diplomat": two sources
            if t.dep_ == "cc" and t.i + 1 < span.end and self.doc[t.i + 1].lower_ in {"a", "an"}:
                span = self.doc[nxt.i : t.i]
                break
            # "officials familiar with the plan, who declined to be identified,", "diplomats
            # from two Baltic states who attended": a relative clause the parser hung on
            # the last noun says more about them, not which of them
            if t.i > nxt.i + 1 and (t.tag_ in {"WP", "WDT"} or t.text == "," and t.dep_ == "punct"):
                span = self.doc[nxt.i : t.i]
                break
        if any(t.is_punct and t.tag_ != "POS" for t in span) or not 1 < len(span) <= 8:
            return None
        if nxt.dep_ == "amod" and nxt.pos_ == "ADJ" or nxt.dep_ == "acl" and nxt.tag_ == "VBN":
            return span.text if len(span) <= 6 else None
        if (
            nxt.dep_ == "prep"
            and nxt.lower_ in _WHICH_PREPOSITIONS
            and any(c.dep_ == "pobj" for c in nxt.children)
            and not any(t.ent_type_ in {"DATE", "TIME"} for t in span)
            # (not a place itself, "officials from Ostria" are the state's, nor a
            # workplace placed by its city, "economists at two Ostrian banks"; "diplomats
            # from Caribbean island states" are typed by where they come from)
            and not any(
                (c.dep_ == "pobj" or nxt.lower_ == "at") and c.ent_type_ in {"GPE", "LOC", "NORP"}
                for c in nxt.subtree
            )
        ):
            # "representatives of the staff council", "analysts on the investor line",
            # "officials from three of the smaller allies": which of them, as written
            return span.text
        if nxt.dep_ == "prep" and nxt.lower_ == "in" and len(span) == 2:
            # (a city the tagger took for a people's name, "analysts in Tunis", as well)
            if span[1].ent_type_ in {"GPE", "LOC", "NORP"} and span[1].pos_ == "PROPN":
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

    def _sole_document_author(self, sent: Span) -> Speaker | None:
        """The author of the one document a sentence mentions, when the article names it
        as a body; None for none or several."""
        authors = [a for at, _n, a in self._documents() if sent.start_char <= at < sent.end_char]
        if len(authors) != 1 or authors[0].kind not in {"organization", "outlet"}:
            return None
        return authors[0]

    def _subject_before(self, pronoun: Token) -> Speaker | None:
        """The source that was the subject of the clause nearest before a pronoun, in its
        sentence or the one before (outside quotations; a thing is passed over): "The
        institute adds ... Its authors" (the institute as the article resolves it)."""
        sent = pronoun.sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for tok in reversed(self.doc[start : pronoun.i]):
            if tok.dep_ != "nsubj" or self._in_quote(tok.idx):
                continue
            if tok.pos_ == "PRON" or tok.head.dep_ == "relcl":
                continue  # "it adds"; "costs, which Vessland books elsewhere": not the clause's
            found = self._resolve_one(tok)
            if found is not None:  # a body, or a person who is nearer; a thing is passed over
                return found
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
            elif child.dep_ == "poss" and child.lower_ == "its":
                # "The institute adds ... Its authors estimate": the body "its" stands for
                org = self._subject_before(child)
                if org is not None and org.kind == "organization" and not self._is_state(org.name):
                    return org.model_copy(update={"mention": mention})
        for at, doc_noun, speaker in reversed(self._documents()):
            # (a document whose authors are a group, "photos the authors examined",
            # names no publisher)
            if at < head.idx and (noun is None or doc_noun == noun) and speaker.kind != "group":
                return speaker.model_copy(update={"mention": mention})
        name = latest_of_type(
            self.doc, head.idx, "institute", ents=self.ents
        ) or self._last_org_before(head.idx)
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


# plural endings of a noun of an agent: auditors, researchers, economists, statisticians
_AGENT_ENDINGS = ("ors", "ers", "ists", "ians")


def uncounted(name: str) -> str:
    """A group's description without its count ("two officials familiar with ..." ->
    "officials familiar with ..."): a small count written out or in digits."""
    words = name.split()
    if len(words) > 1 and (words[0].isdigit() or words[0].isalpha() and like_num(words[0])):
        return " ".join(words[1:])
    return name


def _group_noun(name: str) -> str:
    """The first word of a group's description after its count ("two officials
    familiar with ..." -> "officials")."""
    words = uncounted(name).lower().split()
    return words[0] if words else ""
