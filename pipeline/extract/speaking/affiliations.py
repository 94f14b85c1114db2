"""A person's organisation: ministries, services, companies and bodies named
near the name or earlier in the article."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Span, Token

from pipeline.extract.datelines import in_dateline
from pipeline.extract.entities import bare_type_word, is_legal_form, latest_of_type, without_tail
from pipeline.extract.speaking.masthead import head_ministry
from pipeline.extract.speaking.names import (
    _CAPITAL_NAME,
    _JOINERS,
    _NAME_HONORIFICS,
    _NOT_OWNERS,
    _capital_runs,
    _clean_name,
    _looks_like_name,
    body_particles,
    name_start,
    traded_in,
)
from pipeline.extract.speaking.titles import (
    _FUNCTION_WORDS,
    _GOVERNMENT,
    _MINISTRY_NAME,
    _OWN_MINISTRY,
    _SPOKES,
    _country_demonyms,
)
from pipeline.extract.speaking.words import (
    _PRONOUNS,
    DEMONYM_ENDINGS,
    STATE_BODY_NOUNS,
    WORD_RUN,
    headline_end,
    sentence_before,
)
from pipeline.nlp.model import doc_text, tokens_where, tokens_with_text
from pipeline.resources import lexicon

# a country's name as a currency's ("US dollars", "Canadian dollar")
_CURRENCY_AFTER = re.compile(r"\s+dollars?\b|\$")  # "US dollars", "US$7 billion"
_ORG_PREPS = {"of", "at", "for", "with"}
# "Carpania's army", "Tarvania's defence ministry": a capitalised owner, then up to four
# lower-case words of which the last is the head
_STATE_OWNER = re.compile(r"(?<![\w.-])([A-Z][a-z]{3,})['’]s((?: [a-z]+){1,4})\b")
_STATE_HEADS = {"army", "navy", "government", "parliament", "military", "cabinet"}
_STATE_HEADS |= {"ministry", "minister", "forces"}
# a state's bodies written in lower case after its name or adjective ("the Ombrian
# parliament"): the body, not the state
_DEFENCE_HEADS = {"official", "officials", "chief", "budget", "spending", "industry"}
# weaker signs that a name the lexicon does not know is a state, read only when the article
# names no state the lexicon knows: a possessor of anything ("Tarvania's stocks"), the
# country of a dateline ("OSKEN, Tarvania (Agency) -"), or the owner's word of a state body
# ("the Tarvania Audit Office")
_POSSESSOR = re.compile(r"(?<![\w.-])([A-Z][a-z]{3,})['’]s (?=[a-z])")
# a state's name of two words as a possessor ("Pulau Rendah's foreign ministry")
_POSSESSOR_TWO = re.compile(r"(?<![\w.-])([A-Z][a-z]{2,} [A-Z][a-z]{3,})['’]s (?=[a-z])")
# what stands before a possessor that is no state: "the" ("the Comptroller's"), or another
# capitalised word of the same name inside a sentence ("Joint Staff's", "Comptroller
# General's"; not a sentence's first word: "Meanwhile Dravik's navy")
_NOT_STATE_BEFORE = re.compile(r"(?:\b[Tt]he|[a-z,] [A-Z][\w'’-]*) $")
_THE_BEFORE = re.compile(r"\b[Tt]he $")
_OPENING = 400  # characters of an article's opening, where its dateline is
_DATELINE_STATE = re.compile(r"^[A-Z][A-Z.' -]+, ([A-Z][a-z]{3,}) *[(\-–—]", re.MULTILINE)
_STATE_BODY = re.compile(
    r"(?<![\w.-])([A-Z][a-z]{3,}) (?:Audit|Armed Forces|Army|Navy|Air Force|Coast Guard|"
    r"Ministry|Parliament|Defence Forces|Defense Forces|National|Border|Foreign|Finance)\b"
)
# a possessor of a body of state written with capitals ("Tarvania's Defence Procurement
# Agency", "Tarvania's Ministry of Finance"); not a body itself ("the Senate's Defence
# Committee")
_STATE_BODY_OWNER = re.compile(
    r"(?<![\w.-])(?<!the )(?<!The )([A-Z][a-z]{3,})['’]s (?:Ministry|Defence|Defense|"
    r"Armed Forces|Army|Navy|Air Force|Coast Guard|Parliament|National|Border|Foreign|"
    r"Finance)\b"
)
# a state's adjective before a body of state ("the Estorian Ministry of Finance", "the
# Estorian cabinet", "the Estorian army"): a sign of the state it is the adjective of
_DEMONYM_BODY = re.compile(
    r"(?<![\w.-])([A-Z][a-z]{3,}(?:ian|an|ish|ese|i)) (?:[a-z]+ )?(?:Ministry|Armed Forces|"
    r"Army|Navy|Air Force|Coast Guard|Parliament|Government|army|navy|government|"
    r"parliament|military|cabinet|ministry|armed forces)\b"
)
# a state named after a body of state or its head ("the government of St. Orla", "the
# navy of Dravenia", "the President of Norvania") or in its formal name ("the Republic of
# Norvania"), a name of one or two words
_STATE_OF = re.compile(
    r"(?<![\w-])(?:[Gg]overnment|[Aa]rmy|[Nn]avy|[Pp]arliament|[Aa]rmed [Ff]orces|"
    r"[Cc]oast [Gg]uard|[Pp]resident|[Pp]rime [Mm]inister|Republic|Kingdom|Federation|"
    r"Sultanate|Principality|Grand Duchy) of "
    r"((?:(?:St\.|Saint|San|Santa|New|North|South|East|West) )?[A-Z][a-z]{3,})(?![\w-])"
)
# "in" and a capitalised run of up to four words ("in New Delhi", "In Oslo")
_IN_PLACE = re.compile(r"\b[Ii]n ((?:[A-Z][\w'’-]*)(?: (?:[A-Z][\w'’-]*|of|la|es))*)")
# words that make an official a guest where a sentence opens on a place
_GUEST = frozenset({"visiting", "foreign", "guest", "outgoing"})
_COMPANY_AFTER = re.compile(
    r"(?: [A-Z][a-z]+){0,2} (?:Munitions|Dynamics|Systems|Aerospace|Industries|Group|Works|"
    r"Shipyard|Marine|Ordnance|Robotics|Avionics|Holdings|Defence Systems|plc)\b"
)


class AffiliationsMixin:
    """The organisation of a person (part of `SpeakerTracker`)."""

    def _company_short_names(self) -> dict[str, str]:
        """ "Brantley" after "Brantley Group": a company named in full once and later by its
        name without the word of its kind ("Group", "Munitions", "Systems"), another body of
        three words or more by its first word ("Castrel" for "the Castrel Institute for
        Naval Studies"); not when two share the shorter name, or it names a known body
        or place itself."""
        found: dict[str, str | None] = {}
        names = [e.text for e in self.ents if e.label_ == "ORG"]
        # (a body the tagger took for a building: "the X Strategic Forum" tagged FAC)
        names += [
            e.text for e in self.ents if e.label_ == "FAC" and self.index.org_type(e[-1].text)
        ]
        names += [name for _, name, _ in self._untagged_companies()]
        # (a body the tagger took for a person: "Pellan Kraft" tagged PERSON, then
        # "Pellan's chief executive"; kept only by the test of `_used_alone`)
        names += [
            e.text
            for e in self.ents
            if e.label_ == "PERSON"
            and len(e) == 2
            and all(t.tag_ == "NNP" for t in e)
            and e.text in _body_text(doc_text(self.doc))  # not a headline's words alone
            and not self._named_as_person(e[0].text)
        ]
        # (one a noun of its kind names: "the manufacturer Ardel Sistemas Navais")
        names += [
            e.text for e in self.ents if e.label_ == "PERSON" and self._body_by_descriptor(list(e))
        ]
        # (a name of no body's word set beside a person's title is a person's, whatever
        # the tag: "Our defence correspondent, Tamaz X, ... Tamaz, what did you find?")
        titled = {
            e.text
            for e in self.ents
            if self.index.org_type(e.text) is None and self._titled_in_apposition(e)
        }
        for text in names:
            if text in titled:
                continue
            words = _clean_name(re.sub(r"^(?:the|The)\s+", "", text)).split()
            if len(words) > 2 and self.index.org_type(words[-1]) != "company":
                # "Castrel" after "the Castrel Institute for Naval Studies": any
                # body of three words or more by a distinct first word
                if self._distinct_word(words[0]) and self.index.canonical(words[0]) is None:
                    full = " ".join(words)
                    found[words[0]] = full if found.get(words[0], full) == full else None
                continue
            if len(words) < 2:
                continue
            if self.index.org_type(words[-1]) is None and self._used_alone(words):
                # "Hallberg's chief" after "Hallberg Werft": a body of two words of no
                # known kind, whose first word the article writes alone and its other
                # never ("Thornquist" alone after "Beatrix Thornquist": a person)
                full = " ".join(words)
                found[words[0]] = full if found.get(words[0], full) == full else None
                continue
            if (
                len(words) == 2
                and words[-1] in self.roles.think_tank_words
                and self._distinct_word(words[0])
                and not self._state_like(words[0])
            ):  # "Gullrock" after "the Gullrock Institute": a think tank's own word
                full = " ".join(words)
                found[words[0]] = full if found.get(words[0], full) == full else None
                continue
            if self.index.org_type(words[-1]) != "company":
                continue
            if words[-1] in {"Defence", "Defense"} and not (
                len(words) == 2 and self._distinct_word(words[0])
            ):
                continue  # "Nordic Defence": a field, not the kind of company ("Brask
                # Defence", with a first word of its own, is "Brask" for short)
            full = " ".join(words)
            # "Moravik Defence Systems": "Moravik Defence", and "Moravik" (the field goes too)
            cuts = [len(words) - 1]
            if len(words) > 2 and words[-2] in {"Defence", "Defense"}:
                cuts.append(len(words) - 2)
            if len(words) > 2 and self._distinct_word(words[0]):
                cuts.append(1)  # "Dunmere" after "Dunmere Missile Systems"
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

    def _written_at(self, word: str) -> list[int]:
        """Where the article writes `word` as a whole word (between characters that are
        neither word characters nor hyphens), in order. A word of word characters and
        hyphens only is looked up in the article's runs of such characters, read once."""
        if WORD_RUN.fullmatch(word):
            if self._word_starts is None:
                self._word_starts = {}
                for m in WORD_RUN.finditer(doc_text(self.doc)):
                    self._word_starts.setdefault(m.group(), []).append(m.start())
            return self._word_starts.get(word, [])
        pattern = rf"(?<![\w-]){re.escape(word)}(?![\w-])"
        return [m.start() for m in re.finditer(pattern, doc_text(self.doc))]

    def _named_as_person(self, word: str) -> bool:
        """Whether the article writes `word` after an honorific or a title ("Mr. Obama",
        "President Obama"): a person's name."""
        return any(
            i > 0
            and (
                self.doc[i - 1].lower_ in _NAME_HONORIFICS
                or self.doc[i - 1].text[:1].isupper()
                and self.roles.is_title_token(self.doc[i - 1])
            )
            for i in tokens_with_text(self.doc, {word})
        )

    def _titled_in_apposition(self, ent: Span) -> bool:
        """Whether a name stands in apposition to a person's title or trade, or has one in
        apposition ("Our defence correspondent, Nodar X, ..."; "X, an engineer, ..."):
        a person's name, even where the given name alone comes back later."""
        nouns = self.roles.title_heads | self.roles.profession_nouns
        root = ent.root
        beside = [root.head] if root.dep_ == "appos" else []
        beside += [c for c in root.children if c.dep_ == "appos"]
        return any(t.pos_ == "NOUN" and t.lemma_.lower() in nouns for t in beside)

    def _used_alone(self, words: list[str]) -> bool:
        """Whether a two-word name's distinct first word stands alone in the article
        (not followed by the second) and the second word never does."""
        if len(words) != 2 or not self._distinct_word(words[0]) or not words[1][:1].isupper():
            return False
        if self.index.canonical(words[0]) is not None or self._given_name(words[0]):
            return False
        text = doc_text(self.doc)
        first = rf"(?<![\w-]){re.escape(words[0])}(?![\w-])(?!\s+{re.escape(words[1])})"
        second = rf"(?<!{re.escape(words[0])}\s)(?<![\w-]){re.escape(words[1])}(?![\w-])"
        return re.search(first, text) is not None and re.search(second, text) is None

    def _state_like(self, word: str) -> bool:
        """Whether the tagger reads a word as a place's or a people's name somewhere."""
        return any(e.label_ in {"GPE", "LOC", "NORP"} and e.text == word for e in self.ents)

    def _distinct_word(self, word: str) -> bool:
        """A company's first word that can name it alone: not a common word (the article
        never writes it in lower case), not a word of an organisation's kind or field
        ("Naval", "General"), not a name the lexicon knows (a place, a country)."""
        if len(word) < 4 or not word[:1].isupper() or not word[1:].islower():
            return False
        if self.index.org_type(word) is not None or self.index.canonical(word) is not None:
            return False
        if word.lower() in _FUNCTION_WORDS or word in self.given_names:
            return False
        return not self._written_at(word.lower())

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
        "Ostavia's foreign ministry spokesman", "the Polish defence ministry spokesman"
        -> "Ostavia Foreign Ministry", "Polish Defence Ministry" (a country the lexicon
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
        # "a lawmaker from the X Party": "from" right after the title names its body
        k = next(
            (
                n
                for n, t in enumerate(after)
                if t.lower_ in _ORG_PREPS or n == 0 and t.lower_ == "from"
            ),
            None,
        )
        if k is None:
            return self._org_in(after) or self._org_to(after, phrase.start_char)
        obj = after[k + 1 :]
        runs = _capital_runs(obj)
        names = []
        for run in runs:
            name = re.sub(r"^(?:The|the)\s+", "", self.doc[run[0].i : run[-1].i + 1].text)
            if not name or name in {"The", "the"}:
                continue
            known = self.index.canonical(name)
            nxt = run[-1].i + 1
            if self._where_a_thing_is(run):
                continue  # "at a naval college in Bergen": where the unnamed body is
            if known is None and self._place_adjective(run):
                continue  # "the Oslo-based Centre ...", "the Franco-German maker X"
            if known is None and self._modifies_later_name(run, runs):
                continue  # "the Lyon brokerage Y": a place or owner, then the body's name
            if (
                nxt < len(self.doc)
                and self.doc[nxt].lower_ in self.roles.region_nouns | STATE_BODY_NOUNS
                and self.doc[nxt].text.islower()
                and run[-1].head.i == nxt
            ):  # "governor of the Nordvik region", "of the Ombrian parliament": the body
                names.append(("org", f"{name} {self.doc[nxt].text}"))
                continue
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
            if (
                known is None
                and len(run) == 1
                and (
                    run[0].ent_type_ == "NORP"
                    or self._state_of_demonym(name, doc_text(self.doc)) is not None
                )
            ):
                service = self._lower_service_after(run[-1], name)
                if service is not None:  # "for the Ostrian navy": that people's navy
                    names.append(("org", service))
                    continue
            if known is None and nxt < len(self.doc) and self.doc[nxt].tag_ == "POS":
                body = next((r for r in runs if r[0].i == nxt + 1), None)
                owned = self.doc[body[0].i : body[-1].i + 1].text if body else None
                state = len(run) == 1 and (
                    run[0].ent_type_ == "GPE"
                    or name in self._unknown_countries()
                    # (a place the tagger found elsewhere in the article)
                    or any(e.label_ == "GPE" and e.text == name for e in self.ents)
                )
                if state and owned:
                    # "Brastovia's Land Forces", "Brastovia's Kovar Holding": a body the
                    # state owns or hosts, not the state
                    continue
            names.append(("org", known.name if known else self._full_name(name, run[0].idx)))
        typed = [n for n, (kind, name) in enumerate(names) if kind == "org" and self._typed(name)]
        for n, (kind, name) in enumerate(names):
            if kind != "org":
                continue
            if typed and n < typed[0] and self._then_at(phrase.text, name, names[typed[0]][1]):
                # "Director of Land Equipment and Logistics at Ostria's Ministry of
                # Defence": a field of the title, then the body that has it
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
        if self._owned_unit(obj):
            # "a senior engineer at its test centre": a unit of the body "its" stands for
            return self._owner_of(obj[0], phrase.start_char)
        if (
            2 < len(obj) <= 4
            and obj[0].lower_ == "the"
            and obj[-1].lemma_.lower() == "ministry"
            and all(t.is_lower for t in obj[1:])
        ):  # "at the interior ministry": the ministry, with its country
            return self._ministry(obj[-1], self.doc[obj[1].i : obj[-1].i + 1])
        return None

    def _owned_unit(self, words: list[Token] | Span) -> bool:
        """Whether words are "its" and a unit of a body in lower case ("its test centre",
        "its armour procurement office"): a part of the body "its" stands for."""
        return (
            1 < len(words) <= 6
            and words[0].lower_ in {"its", "their"}
            and words[0].tag_ == "PRP$"
            and all(t.is_lower and t.is_alpha for t in words[1:])
            and words[-1].lemma_.lower() in self.roles.owned_units
        )

    def _modifies_later_name(self, run: list[Token], runs: list[list[Token]]) -> bool:
        """Whether a run of capitals only qualifies a body named after it, through the
        lower-case noun of the body's kind between them: "Lyon" of "the Lyon brokerage
        Caudron Freres", the parser's compounds leading from one to the other, the name
        compounded with the kind or in apposition to it."""
        nxt = run[-1].i + 1
        later = {t.i for r in runs if r[0].i > nxt for t in r}
        if (  # "the Lakeside start-up X": a hyphened kind the tagger reads as a verb
            nxt + 3 < len(self.doc)
            and all(self.doc[k].is_lower for k in (nxt, nxt + 2))
            and self.doc[nxt + 1].text == "-"
            and not self.doc[nxt].whitespace_
            and not self.doc[nxt + 1].whitespace_
            and nxt + 3 in later
        ):
            return True
        if nxt >= len(self.doc) or not self.doc[nxt].is_lower or self.doc[nxt].pos_ != "NOUN":
            return False
        tok, kinds = run[-1], 0
        while tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.i not in later:
            tok = tok.head
            if not (tok.is_lower and tok.pos_ == "NOUN"):
                return False
            kinds += 1
        if kinds == 0:
            # "the Bucharest think tank X" with the place hung on the name itself: the
            # words between are a body's kind, and the name follows them
            k = nxt
            while k < len(self.doc) and k - nxt < 3 and self.doc[k].is_lower:
                k += 1
            kind = self.doc[nxt:k].text
            return (
                k in later
                and run[-1].head.i in later
                and all(t.pos_ == "NOUN" for t in self.doc[nxt:k])
                and self.index.descriptor_type(kind) is not None
            )
        # the name compounded with the kind ("brokerage Y") or set beside it ("bank, Y")
        return (
            tok.dep_ == "compound"
            and tok.head.i in later
            or any(c.dep_ == "appos" and c.i in later for c in tok.children)
        )

    def _name_before_word(self, word: Token) -> str | None:
        """The name written right before a body's word ("Werftbund" of "the Werftbund
        union"): capitalised words, not a state or place, not a person of the article."""
        if word.lower_ not in self.roles.body_nouns:
            return None
        run = []
        k = word.i - 1
        while k >= 0 and self.doc[k].pos_ == "PROPN" and self.doc[k].text[:1].isupper():
            run.insert(0, self.doc[k])
            k -= 1
        if not run or any(t.ent_type_ in {"GPE", "LOC", "NORP"} for t in run):
            return None
        name = " ".join(t.text for t in run)
        known = self.index.canonical(name)
        person = self.mention_at(run[-1])
        if (
            known is not None
            and known.kind == "country"
            or person
            and person.token_start < run[0].i
        ):
            return None  # (a name the tagger took for a person's alone stays a body's)
        return known.name if known is not None else name

    def _org_to(self, after: list[Token], before: int) -> str | None:
        """ "counsel to the inquiry", "adviser to the committee": the body the article named
        so; never a person ("adviser to the minister") nor a place ("envoy to Armenia")."""
        if len(after) < 3 or after[0].lower_ != "to" or after[1].lower_ != "the":
            return None
        noun = after[2]
        if noun.pos_ != "NOUN" or (len(after) > 3 and after[3].pos_ in {"NOUN", "PROPN", "ADP"}):
            return None
        if noun.lemma_.lower() in self.roles.person_nouns | self.roles.title_words:
            return None
        return self._org_by_word(noun, before)

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

    @staticmethod
    def _then_at(text: str, first: str, typed: str) -> bool:
        """Whether `typed` comes after `first` in a phrase of its own opened by "at" (the
        body that has the office), not as what `first` owns ("the X Air Force's Air
        Defence Command": the service)."""
        start = text.find(first)
        end = text.find(typed, start + len(first)) if start >= 0 else -1
        return end > start and " at " in text[start:end]

    def _typed(self, name: str) -> bool:
        """Whether an organisation's name says what kind of body it is ("Ministry of
        National Defence", "Harlow Institute"), or the lexicon knows it."""
        return self.index.org_type(name) is not None or any(
            w.lower() in self.roles.body_nouns for w in name.split()
        )

    def _where_a_thing_is(self, run: list[Token]) -> bool:
        """Whether a capitalised run only says where someone works or something is: a
        place after "in" ("an analyst in Oslo", "a think tank in Norway"), or any name
        after "in" on a body left unnamed ("at a naval college in Bergen", however the
        tagger types Bergen); not an owner ("in Norway's defence ministry")."""
        first, last = run[0], run[-1]
        if first.i == 0 or self.doc[first.i - 1].lower_ != "in":
            return False
        after = self.doc[last.i + 1] if last.i + 1 < len(self.doc) else None
        if after is not None and after.tag_ == "POS":
            return False
        noun = self.doc[first.i - 1].head
        if (
            noun.pos_ == "NOUN"
            and noun.is_lower
            and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)
        ):
            return True
        known = self.index.canonical(" ".join(t.text for t in run))
        return first.ent_type_ in {"GPE", "LOC"} or known is not None and known.kind == "country"

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

    def _apostrophe_name(self, tok: Token, mark: Token, limit: int) -> str | None:
        """A name holding a plural's apostrophe ("Riveters' Guild", "Caulkers'
        Association"): capitalised words on both sides of a bare apostrophe, before
        `limit`; None for an owner ("Corvane's director")."""
        doc = self.doc
        if mark.text not in {"'", "’"} or not tok.text[:1].isupper() or mark.i + 1 >= len(doc):
            return None
        end = mark.i + 1
        if not doc[end].text[:1].isupper() or doc[end].idx >= limit:
            return None
        while end + 1 < len(doc) and doc[end + 1].text[:1].isupper() and doc[end + 1].idx < limit:
            end += 1
        start = tok.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
            start -= 1
        return doc[start : end + 1].text

    def _org_before(
        self, phrase: Span, title_start: int, before: int, role: str = ""
    ) -> str | None:
        """The organisation before a title: its owner ("Its", "the yard's", "Corvane's",
        "Germany's") or a name ("NATO Secretary General")."""
        for tok in phrase:
            if tok.idx - phrase.start_char >= title_start:
                break
            if tok.lower_ in {"its", "their"} and tok.tag_ == "PRP$":
                if role and self._state_office(role):
                    # "The X Union, which ..., warned ... Its president, Y, said": the
                    # body the sentence before was about presides there
                    if set(role.lower().split()) & {"president", "chancellor"}:
                        return self._named_body_subject_before(tok)
                    return None  # "X will buy jets from Y, its defence minister said": a state's
                return self._owner_of(tok, before)
            nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
            if nxt is None or nxt.tag_ != "POS":
                continue
            if self._possessive_in_name(nxt):
                continue  # "the Farmers' Union Party's leader": the party's
            named = self._apostrophe_name(tok, nxt, phrase.start_char + title_start)
            if named is not None:  # "the Riveters' Guild steward"
                return named
            owner = self._glued_owner(tok)
            known = (
                self._state_run_ending(tok)
                or self.index.canonical(owner)
                or self._known_run_ending(tok)
            )
            if known is not None:
                return known.name
            held = self.mention_at(tok)
            if held is not None and held.token_end == tok.i + 1 and held.person.role:
                # "Aalto's deputy, Colonel X,": the body of the person whose deputy X is
                # (an office; "X's lawyer" speaks for X, no body); a person with an office
                # of their own (the tagger takes a state's name for a person's, too)
                words = set(role.lower().split())
                office = words & self.roles.title_words and not words & self.roles.profession_nouns
                return held.person.organization if office else None
            if owner.islower():
                service = owner.capitalize()
                if service in self.roles.services:  # "the navy's deputy chief of staff"
                    found = self._service_org(service, before)
                    if found:
                        return found
                if owner in self.roles.owner_groups:  # "the opposition's spokesman"
                    return owner
                named = self._name_before_word(tok)
                if named is not None:  # "the Werftbund union's secretary": Werftbund
                    return named
                return self._org_by_word(tok, before)
            if owner in self.roles.services:  # "the Army's deputy chief": the service
                written = self._written_service(owner, before)
                if written:
                    return written
                named = self._org_named(owner, before)
                if named is not None and named.endswith(owner):
                    return named  # (not "Army Materiel Command": a body of the service)
                return self._national_service(owner) or owner
            if "minister" in role.lower().split() and " " not in owner:
                # "Ostland's defence minister": Ostland, not "Ostland Rail" (a president
                # may be a company's: "Corvane's president")
                return owner
            run = self._owner_run(tok, phrase.start)
            before_owner = run[: len(run) - len(owner)]
            if "'" in before_owner or "’" in before_owner:
                return run  # "the Farmers' Union Party's leader": the name read whole
            return self._org_named(owner, before) or self._national_service(owner) or run
        name = self._typed_run_before(phrase, title_start) or self._entity_name(
            phrase, phrase.start_char, limit=phrase.start_char + title_start
        )
        if name is None:  # "NCDS director X": a short form the article uses for a body
            shorts = [
                self.org_short_forms[t.text]
                for t in phrase
                if t.idx - phrase.start_char < title_start and t.text in self.org_short_forms
            ]
            name = shorts[-1] if shorts else None
        if name is None:
            name = self._short_name_before(phrase, title_start, before)
        if name is None:
            name = self._body_word_before(phrase, title_start, before)
        if name is None and role.lower() in self.roles.company_titles:
            return self._company_before_title(phrase, title_start)
        return name

    def _body_word_before(self, phrase: Span, title_start: int, before: int) -> str | None:
        """ "a defence ministry spokeswoman": a body's noun in lower case right before the
        title, on it, is the title's body, as "a spokeswoman for the defence ministry"
        would be (a ministry with its field and state; another body as "the company"
        names it)."""
        words = [t for t in phrase if t.idx - phrase.start_char < title_start]
        if not words:
            return None
        tok = words[-1]
        if (
            tok.pos_ != "NOUN"
            or not tok.is_lower
            or tok.dep_ != "compound"
            or tok.head.idx - phrase.start_char < title_start
        ):
            return None
        if tok.lemma_ == "ministry":
            return self._ministry(tok, phrase)
        if tok.lemma_ not in self.roles.body_nouns:
            return None
        return self._org_by_word(tok, before)

    def _short_name_before(self, phrase: Span, title_start: int, before: int) -> str | None:
        """ "the Northbeam partner", "a Heartland backbencher": a capitalised word right
        before the title that is the first word of an organisation the article named in
        full before ("Northbeam Equity", "the Heartland Party"), or its last word when
        that gives its kind ("Forum spokeswoman" after "the Eastern Arms Forum")."""
        words = [t for t in phrase if t.idx - phrase.start_char < title_start]
        if not words:
            return None
        tok = words[-1]
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or self.mention_at(tok) is not None:
            return None
        if self.index.canonical(tok.text) is not None:
            return None  # a state or a body the lexicon knows: read elsewhere
        full = self._org_named(tok.text, before)
        if full is None:
            return None
        # (or its last word, the word of its kind: "Forum spokeswoman X" after "the
        # Eastern Arms Forum")
        kind = full.split()[-1] == tok.text and self.index.org_type(tok.text) is not None
        if full.split()[0] != tok.text and not kind:
            return None
        if self.roles.first_title(full) is not None:
            return None  # "Karvonian Defence Minister": a title written before, no body
        if tok.ent_type_ == "NORP":
            return None  # "the Karvonian defence minister": a state's word
        return full

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

    def _state_run_ending(self, tok: Token):
        """The state a name of several words ending at `tok` names ("Papua New Guinea's",
        "Trinidad and Tobago's": not Guinea, not Tobago), the longest first."""
        start = tok.i
        while start > 0 and tok.i - start < 4:
            prev = self.doc[start - 1]
            joined = prev.lower_ == "and" and start >= 2 and self.doc[start - 2].is_title
            if not (prev.is_title and prev.pos_ == "PROPN" or joined):
                break
            start -= 1
        for k in range(start, tok.i):
            if self.doc[k].lower_ == "and":
                continue
            known = self.index.canonical(self.doc[k : tok.i + 1].text)
            if known is not None and known.kind == "country":
                return known
        return None

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

    def _owner_of(self, owner: Token, before: int) -> str | None:
        """The body "its" stands for: the subject of the sentence before when a body, else
        the last organisation named before `before`."""
        return (
            self._body_subject_here(owner)
            or self._body_subject_before(owner)
            or self._last_org_before(self._interviewer_start(owner, before))
        )

    def _body_subject_here(self, owner: Token) -> str | None:
        """What "its" owns when its own sentence opens with a body as the subject of its
        main verb ("Last year the company spent ..., according to X, its chief
        technology officer"): that body (`_subject_body`)."""
        root = owner.sent.root
        subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < owner.i), None)
        return self._subject_body(subj) if subj is not None else None

    def _body_subject_before(self, owner: Token) -> str | None:
        """What "its" owns when the sentence before had a body as its subject ("The ministry
        disputed the findings. Replying in writing, its spokesperson, X, said"): that body
        (`_subject_body`), when nothing is named between it and "its" but the subject
        of a verb of interviewing, who asks ("The Gazette interviewed its founder")."""
        sent = owner.sent
        if sent.start == 0:
            return None
        start = max(sent.start_char, self._interviewer_start(owner, owner.idx))
        if any(t.ent_type_ == "ORG" for t in self.doc[sent.start : owner.i] if t.idx < start):
            return None
        before = self.doc[sent.start - 1].sent
        subj = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
        return self._subject_body(subj) if subj is not None else None

    def _named_body_subject_before(self, owner: Token) -> str | None:
        """A body named in full ("The X Shipworkers' Association", not a state, not a
        company's short name) that is the subject of the main verb of the sentence before
        `owner`'s, in the same paragraph; else None."""
        before = sentence_before(owner.sent)
        subjects = [c for c in before.root.children if c.dep_ == "nsubj"] if before else []
        # (a dateline the parser took for a subject too: "KALVIK — The X Union warned")
        ent = next(
            (
                e
                for s in subjects
                if s.pos_ == "PROPN"
                for e in self.ents
                if e.start <= s.i < e.end and e.label_ == "ORG"
            ),
            None,
        )
        if ent is None:  # (a body's name the tagger missed, ending in a body's word)
            ent = next(
                (
                    self.doc[s.left_edge.i : s.i + 1]
                    for s in subjects
                    if s.pos_ == "PROPN" and self.index.body_head(s.text)
                ),
                None,
            )
        if ent is None or len(ent) < 2:
            return None
        name = _clean_name(re.sub(r"^(?:the|The)\s+", "", ent.text))
        known = self.index.canonical(name)
        if (known is not None and known.kind == "country") or self._is_state(name):
            return None
        return known.name if known is not None else name

    def _subject_body(self, subj: Token) -> str | None:
        """The body a subject names by a body's noun with "the" or with a named owner that
        is no state ("the ministry", "Parliament's defence committee"), as the article
        resolves it; an owner's body as written where it resolves to none."""
        if subj.pos_ != "NOUN" or subj.lemma_.lower() not in self.roles.body_nouns:
            return None
        if not any(
            c.dep_ == "det"
            and c.lower_ == "the"
            # ("Parliament's defence committee will meet. Its chairman"; not a state's body,
            # which the state's resolution names)
            or c.dep_ == "poss"
            and c.pos_ == "PROPN"
            and not self._is_state(c.text)
            and c.text not in self._unknown_countries()
            for c in subj.children
        ):
            return None
        found = self._resolve_one(subj)
        if found is None:
            owner_word = next((c for c in subj.children if c.dep_ == "poss"), None)
            if owner_word is not None and owner_word.pos_ == "PROPN":
                first = owner_word.left_edge.i  # as written, its article left out
                while first < owner_word.i and self.doc[first].dep_ == "det":
                    first += 1
                return self.doc[first : subj.i + 1].text
        return found.name if found is not None and found.kind == "organization" else None

    def _interviewer_start(self, owner: Token, before: int) -> int:
        """Where to look back from for what "its" owns in a phrase put to a verb of
        interviewing: from before that verb's subject, which asks the questions and is
        not the owner ("Harbour Trade Review spoke to its finance director, X": the
        company named before, not the review); else from `before`."""
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
        if len(self._written_at(name)) < 2:
            return None
        return name

    def _national_service(self, owner: str) -> str | None:
        """A country's armed service named bare ("the Army's top officer") qualified by
        the country the article is about, as the article abbreviates it ("U.S. Army")
        or by its demonym ("Polish Navy")."""
        if owner not in self.roles.services and owner not in self.roles.title_services.values():
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
        if self.index.canonical(country) is None:  # a state the lexicon lacks: "Halbeck Navy"
            return f"{self._demonym(country) or country} {owner}"
        demonym = self._demonym(country)
        return f"{demonym} {owner}" if demonym else None

    def _demonym(self, country: str) -> str | None:
        """A country's demonym: the lexicon's, else for a country it does not know one the
        article writes ("Lusterian" beside "Lusteria"), else the regular one of a name in
        "-ia" ("Carpania" -> "Carpanian")."""
        known = _country_demonyms().get(country)
        if known or self.index.canonical(country) is not None:
            return known
        stem = country[:-1] if country[-1:] in "aeiouy" else country
        for ending in DEMONYM_ENDINGS:
            if self._written_at(stem + ending):
                return stem + ending
        return country + "n" if country.endswith("ia") else None

    def _owner_run(self, tok: Token, first: int) -> str:
        """A possessive owner's name with the capitalised words compounded before it: "the
        Corran Institute's director" -> Corran Institute (not Institute); no earlier than
        `first`, and not a person's name."""
        start = tok.i
        while start - 1 >= first:
            prev = self.doc[start - 1]
            if (
                prev.dep_ != "compound"
                or not start - 1 < prev.head.i <= tok.i
                or not prev.text[:1].isupper()
                or prev.ent_type_ == "PERSON"
                or self.mention_at(prev) is not None
            ):
                if prev.tag_ == "POS" and self._possessive_in_name(prev) and start - 2 >= first:
                    start -= 2  # "Farmers'" of "the Farmers' Union Party's": one name
                    continue
                break
            start -= 1
        return self._glued_owner(tok) if start == tok.i else self.doc[start : tok.i + 1].text

    def _made_things(self) -> frozenset[str]:
        """Names the article gives as what is made ("a plant that makes TNT and other
        explosives"): a product's, wherever the tagger takes it for a body's."""
        if self._made_names is None:
            made = set()
            for e in self.ents:
                obj = e.root.head if e.root.dep_ == "conj" else e.root
                if (
                    e.label_ == "ORG"
                    and obj.dep_ == "dobj"
                    and obj.head.lemma_.lower() in self.roles.make_verbs
                ):
                    made.add(e.text)
            self._made_names = frozenset(made)
        return self._made_names

    def _possessive_in_name(self, mark: Token) -> bool:
        """Whether a possessive mark is inside a name the tagger read whole, its capitalised
        words going on after it ("Farmers'" of "the Farmers' Union Party's")."""
        after = mark.i + 1
        return (
            after < len(self.doc)
            and self.doc[after].text[:1].isupper()
            and any(e.start < mark.i and e.end > after for e in self.ents)
        )

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
        word, else the last of the descriptor's type, else the last organisation. Not a
        body of the same kind that its own name sets apart: "the foreign ministry" after
        "the Ministry of Defence" is the foreign ministry, as written."""
        found = self._org_by_word_found(noun, before)
        if found is None:
            return None
        qualifiers = [
            c
            for c in noun.lefts
            if c.dep_ in {"amod", "compound"}
            and c.is_alpha
            and c.text.islower()
            and c.lower_ not in self.roles.unqualifying_modifiers
        ]
        words = {_spelled(w) for w in re.findall(r"[\w-]+", found)}
        if not qualifiers or noun.lower_ not in words:
            return found
        if all(_spelled(q.text) in words for q in qualifiers):
            return found
        return " ".join(t.text for t in self.doc[qualifiers[0].i : noun.i + 1])

    def _org_by_word_found(self, noun: Token, before: int) -> str | None:
        named = self._org_named(noun.text.capitalize(), before)
        if named:
            return named
        place = self._place_called(noun, before)
        if place is not None:  # "the municipality" after "In X, a municipality of ...,"
            return place
        if noun.lemma_.lower() == "service":  # "the service's top officer": the armed
            service = self._last_service_before(before)  # service named last before
            if service is not None:
                return self._service_org(service, before) or service
        if noun.lower_ in {"company", "firm"}:
            # "X said ... The company's finance chief": the body the sentence before is
            # about, where its name has no word of its kind
            subject = self._subject_org_before(noun)
            if subject is not None:
                return subject
        typ = self.index.descriptor_type(noun.text) or self.roles.owner_types.get(
            noun.lemma_.lower()
        )
        if typ:
            found = (
                self._company_taken_up(before)
                if typ == "company"
                else self._latest_of_type(before, typ)
            )
            text = doc_text(self.doc)
            for other in self.index.descriptor_also.get(noun.lemma_.lower(), ()):
                # "the group's researcher" after a rights group: the one named last
                alt = self._latest_of_type(before, other)
                if alt and (not found or text.rfind(alt, 0, before) > text.rfind(found, 0, before)):
                    found = alt
            if found:
                return found
        introduced = self._introduced_with(noun, before)
        if introduced is not None:  # "an analyst at the fund" after "the activist fund X"
            return introduced
        if noun.lemma_.lower() in self.roles.body_nouns or typ:
            # "the service's director" after "a review released by Ombria's intelligence
            # service": the body a document's author was described as
            described = self._owned_description(noun, before)
            if described is not None:
                return described
            written = self._written_before(noun, before)
            if written is not None:  # "the committee" after "the senate shipping
                return written  # committee": that committee, as written
            found = self._last_org_before(before)
            if found is not None and self.index.org_type(found) == "outlet" != typ:
                return None  # "a spokeswoman for the ministry" after "Reuters quoted": no outlet
            if typ == "ministry" and found is not None and self.index.org_type(found) != typ:
                return None  # a ministry's name carries its word: "the ministry" is no other body
            return None if found is not None and _clean_name(found) in self.persons else found
        return None

    def _place_called(self, noun: Token, before: int) -> str | None:
        """The local body a place the article described with this noun stands for ("X, a
        municipality of 3,000 people": for a later "the municipality", "X municipality";
        "Y, a town of ...": "Y"): the last place named before `before` with the noun in
        apposition, after a comma and an article (lexicon `local_government_nouns`: the
        nouns named with the place, others give the place alone)."""
        lemma = noun.lemma_.lower()
        named_with = self.roles.local_government_nouns.get(lemma)
        if named_with is None:
            return None
        doc = self.doc
        for ent in reversed(self.ents):
            if ent.start_char >= before or ent.label_ not in {"GPE", "LOC"}:
                continue
            after = doc[ent.end : min(ent.end + 5, len(doc))]
            if len(after) < 3 or after[0].text != "," or after[1].lower_ not in {"a", "an"}:
                continue
            nouns = [t for t in after[2:] if t.pos_ in {"NOUN", "PROPN"}]
            if nouns and nouns[0].lemma_.lower() == lemma:
                return f"{ent.text} {lemma}" if named_with else ent.text
        return None

    def _service_org(self, service: str, before: int) -> str | None:
        """An armed service ("Navy") as the article writes it with its state's word, else
        as the article's state's ("U.S. Navy")."""
        return self._written_service(service, before) or self._national_service(service)

    def _last_service_before(self, before: int) -> str | None:
        """The armed service ("Army", "Navy", "Air Force") the article names last before
        `before`, capitalised as a name."""
        text = doc_text(self.doc)[:before]
        found = [
            (m.start(), service)
            for service in self.roles.services
            for m in re.finditer(rf"\b{re.escape(service)}\b", text)
        ]
        return max(found)[1] if found else None

    def _written_before(self, noun: Token, before: int) -> str | None:
        """The last body written before `before` in lower case with the same noun and
        words of its own ("the coastal shipping committee"), as written, after the name of
        its owner if it has one ("the Storting's defence committee": "Storting defence
        committee"); none when two such bodies differ."""
        lemma = noun.lemma_.lower()
        if lemma not in self.roles.body_nouns:
            return None  # ("the plant": a site, not a body)
        found = []
        for tok in self.doc:
            if tok.idx >= before or tok.i == noun.i:
                break
            if tok.lemma_.lower() != lemma or not tok.is_lower or tok.pos_ != "NOUN":
                continue
            mods = [c for c in tok.lefts if c.dep_ in {"amod", "compound"} and c.is_lower]
            if not mods or any(c.lower_ in self.roles.office_time_words for c in mods):
                continue
            words = [t for t in self.doc[tok.left_edge.i : tok.i + 1] if t.dep_ != "det"]
            mark = next((k for k, t in enumerate(words) if t.tag_ == "POS"), None)
            owner = words[:mark] if mark is not None else []
            if owner and all(t.text[:1].isupper() for t in owner):
                words = owner + words[mark + 1 :]  # "the Storting's defence committee"
            else:
                owner = []
            if all(t.is_lower and t.is_alpha for t in words[len(owner) :]):
                found.append(" ".join(t.text for t in words))
        return found[-1] if found and len(set(found)) == 1 else None

    def _opens_title(self, span: Span) -> bool:
        """Whether a tagged name is a title or rank, or its first words ("Group" of "Group
        Captain", "Group Captain" itself)."""
        title = self.roles.title_re.match(doc_text(self.doc), span.start_char)
        return title is not None and title.end(1) >= span.end_char

    def _introduced_with(self, noun: Token, before: int) -> str | None:
        """The last organisation the article introduced with this noun right before its
        name ("the activist fund Fenrir Holdings", "the state shipbuilder Kornwerk"), for a
        later "the fund", "the shipbuilder"."""
        words = frozenset({noun.lower_, noun.lemma_.lower()})
        for ent in reversed(self.ents):
            if ent.start_char >= before or ent.label_ not in {"ORG", "PERSON"}:
                continue
            if ent.label_ == "PERSON" and self.mention_at(ent.root) is not None:
                continue
            if self._opens_title(ent):
                continue  # "the base's commander, Group Captain X": a rank, no body
            if self._named_after_calling(ent, words) or self._called_after_name(ent, words):
                return _clean_name(self.doc[name_start(ent) : ent.end].text)
        return None

    def _called_after_name(self, ent: Span, words: frozenset[str]) -> bool:
        """Whether an apposition right after a name calls it by one of `words`
        ("Orkney Ridge Partners, a Dunedin venture fund that ..." for "the fund")."""
        if ent.end >= len(self.doc) or self.doc[ent.end].text != ",":
            return False
        return any(
            t.dep_ == "appos"
            and t.head.i in range(ent.start, ent.end)
            and (t.lower_ in words or t.lemma_.lower() in words)
            for t in self.doc[ent.end + 1 : min(ent.end + 7, len(self.doc))]
        )

    def _owned_description(self, noun: Token, before: int) -> str | None:
        """The last earlier mention of the same body noun described with its state or owner
        ("Ombria's foreign intelligence service", "the Ombrian intelligence service"), with
        no article or possessive mark ("Ombria foreign intelligence service"), for a later
        "the service"."""
        for tok in reversed(self.doc[: noun.i]):
            if tok.idx >= before or tok.text != noun.lower_ or tok.i == noun.i:
                continue  # a body described in lower case, not one named
            lefts = list(tok.lefts)
            owner = next(
                (
                    c
                    for c in lefts
                    if c.dep_ == "poss" and c.pos_ == "PROPN" or c.ent_type_ == "NORP"
                ),
                None,
            )
            if owner is None:
                continue
            words = self.doc[owner.left_edge.i : tok.i + 1]
            if any(t.is_punct and t.tag_ != "POS" for t in words):
                continue
            # as the article's other bodies are named: "Ombria foreign intelligence service"
            return " ".join(t.text for t in words if t.tag_ != "POS" and t.dep_ != "det")
        return None

    def _joined_body_with(self, word: str, start: int, end: int) -> list[str] | None:
        """The words of the organisation that holds `word`, where "and" inside a run of
        capitalised words between two offsets joins two organisations the tagger told
        apart: one ends right before it, another starts right after it. None where it
        does not ("Harland and Wolff", tagged whole, is one)."""
        orgs = [e for e in self.ents if e.label_ == "ORG" and start <= e.start_char < end]
        joined = any(
            a.end < len(self.doc)
            and self.doc[a.end].lower_ == "and"
            and any(b.start == a.end + 1 for b in orgs)
            for a in orgs
        )
        if not joined:
            return None
        for ent in orgs:
            words = [t.text for t in ent if t.lower_ != "the"]
            if word in words:
                return words
        return None

    def _states_joined(self, words: list[str]) -> bool:
        """Whether "and" in a run of capitalised words joins places, not the words of one
        name: "between Varnia and Keldor" (a word beside "and" a place the tagger or the
        lexicon knows)."""
        for k, w in enumerate(words):
            if w != "and" or k == 0 or k + 1 == len(words):
                continue
            sides = [words[k - 1], words[k + 1]]
            for side in sides:
                known = self.index.canonical(side)
                if known is not None and known.kind == "country" or side in self._places():
                    return True
            if all(self._stands_alone(side) for side in sides):
                return True  # "Varnia launched 11 ...; Keldor launched five": two names
        return False

    def _stands_alone(self, word: str) -> bool:
        """Whether the article writes a capitalised word as a name of one word, with no
        capitalised word beside it and not beside "and" ("... ships; Keldor launched")."""
        pattern = rf"(\S+)\s+{re.escape(word)}\s+(\S+)"
        return any(
            not m.group(1)[:1].isupper()
            and re.match(r"[a-z]", m.group(2))
            and "and" not in (m.group(1), m.group(2))
            for m in re.finditer(pattern, doc_text(self.doc))
        )

    def _places(self) -> frozenset[str]:
        """One-word names the tagger takes for places (GPE) somewhere in the article."""
        return frozenset(e.text for e in self.ents if e.label_ == "GPE" and len(e) == 1)

    def _org_named(self, word: str, before: int) -> str | None:
        """The last capitalised name before `before` that holds `word` ("Corvane" ->
        "Corvane Dynamics", "Observatory" -> "International Arms Transfer Observatory"),
        found in the text, not by the tagger."""
        text = doc_text(self.doc)[:before]
        line_end = headline_end(doc_text(self.doc))
        body = _body_text(doc_text(self.doc)) if line_end > 0 else ""
        best, bounded = None, False
        for m in _CAPITAL_NAME.finditer(text):
            words = m.group(0).rstrip(".").split()
            if m.start() < line_end and m.group(0) not in body:
                continue  # a headline's capitals ("Inside the Plant That ..."), not a name
            if len(words) > 1 and words[0] != "The" and self._sentence_opener(m.start()):
                words = words[1:]  # "Today Tarnholm employs ...": "Today" opens the sentence
            if (
                len(words) > 2
                and words[1] == "of"
                and (
                    words[0].lower() in self.roles.member_nouns
                    or self.roles.title_re.fullmatch(words[0].lower())
                )
            ):  # "Members of the X Pact", "Chairman of X Group": the body after them
                words = words[3:] if words[2] == "the" else words[2:]
            while words and (words[0] == "The" or re.fullmatch(r"\w+-[a-z]+", words[0])):
                words = words[1:]  # "The", "Geneva-based"
            words = self._after_purpose(words)
            apart = self._joined_body_with(word, m.start(), m.end()) if "and" in words else None
            if apart is not None:
                # "X Marine Systems and Y Naval Industries of Z": two bodies the tagger
                # told apart; the one that holds the word, as the tagger bounds it
                words = apart
            if (
                word in words
                and len(words) >= 2
                and self.index.canonical(" ".join(words)) is None
                and not self._states_joined(words)
                and not self._holds_person(words)
            ):
                best, bounded = " ".join(words), apart is not None
                if word in without_tail(best).split():
                    best = without_tail(best)  # "X Industries of Y": Y is its seat
                ordinal = re.search(r"(?<![\w-])(\d+(?:st|nd|rd|th))\s+$", text[: m.start()])
                if ordinal is not None and words[0] == m.group(0).split()[0]:
                    best = f"{ordinal.group(1)} {best}"  # "the 14th Fighter Wing": its number
        if best is not None and _clean_name(best) in self.persons:
            return None
        if best is not None and not bounded:
            # "the Helmdale Centre" for "the Helmdale Centre for ... Studies"
            longer = re.search(
                rf"(?<![\w-]){re.escape(best)}\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w-]*"
                r"(?:\s+(?:and\s+|of\s+|for\s+|&\s+)?[A-Z][\w-]*)*",
                doc_text(self.doc),
            )
            if longer is not None:
                best = without_tail(longer.group(0))  # (not a seat: "X Industries of Y")
            else:
                best = self._company_in_full(best, before)
        return best

    def _after_purpose(self, words: list[str]) -> list[str]:
        """A capitalised run the text joined with "for" to the body after it ("Harvik for
        the X Defence Forum": a place, then what one came there for): the body alone,
        when no word before "for" is a body's word ("Centre for ...", "Campaign for
        ..." stay whole) and the body ends in one."""
        if "for" not in words[1:-1]:
            return words
        at = words.index("for")
        after = words[at + 2 :] if words[at + 1] == "the" else words[at + 1 :]
        if len(after) < 2 or self.index.org_type(after[-1]) is None:
            return words
        if any(
            self.index.org_type(w) is not None
            or self.index.untyped_head(w)
            or w.lower() in self.roles.body_nouns
            for w in words[:at]
        ):
            return words
        return after

    def _holds_person(self, words: list[str]) -> bool:
        """Whether a capitalised run holds a person's full name after other words ("Group
        Chief Executive Officer Jan Vos"): a title and a name, no body's name."""
        run = " ".join(words)
        return any(
            " " in name and run.endswith(" " + name)
            for name in self.persons
            if len(name) < len(run)
        )

    def _sentence_opener(self, offset: int) -> bool:
        """Whether the word at a character offset opens its sentence capitalised only for
        that: an adverb, a determiner or a common word, not a name ("Today", "Last")."""
        at = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        if at is None:
            return False
        tok = at[0]
        return _opens_sentence(tok) and (
            tok.pos_ in {"ADV", "DET", "ADP", "SCONJ", "CCONJ", "PRON"}
            or tok.ent_type_ in {"DATE", "TIME"}
            or tok.dep_ in {"npadvmod", "advmod"}  # "Today Tarnholm employs ..."
            # (a common word the article also writes in lower case: "today")
            or tok.pos_ != "PROPN"
            and bool(self._written_at(tok.lower_))
        )

    def _full_name(self, name: str, before: int) -> str:
        """The longer name an article gave first to the body it now names short:
        "the Pennine Institute" after "the Pennine Institute for Strategic Research"."""
        if name.isupper() and (full := self._stands_for(name)):
            return full  # "at KDI" after "the Kessel Defence Institute (KDI)"
        text = doc_text(self.doc)[:before]
        ending = None  # "the Observatory" after "the Northern Waters Research Observatory"
        for m in _CAPITAL_NAME.finditer(text):
            full = m.group(0).rstrip(".")
            if full.startswith(name + " ") and re.match(r" (?:for|of|and|&) ", full[len(name) :]):
                return without_tail(full)  # (not a company's seat: "X Industries of Y")
            words = full.removeprefix("The ").split()
            if len(words) >= 2 and words[-1] == name:
                ending = " ".join(words)
        if ending is not None and " " not in name and name not in self.roles.services:
            return ending
        return self._company_in_full(name, before)

    def _company_in_full(self, name: str, before: int) -> str:
        """The one company's full name written before `before` that `name` shortens
        (`_company_named_by`); else `name`."""
        size = len(name.split())
        longer = set()
        for m in _CAPITAL_NAME.finditer(doc_text(self.doc)[:before]):
            words = m.group(0).rstrip(".").removeprefix("The ").split()
            if len(words) > size and self._company_named_by(words, name):
                longer.add(" ".join(words))
        return longer.pop() if len(longer) == 1 else name

    def _company_named_by(self, words: list[str], name: str) -> bool:
        """Whether a capitalised name is a company's full name that `name` shortens: its
        first words with a word of a company's kind at its end ("Halvard" for "Halvard
        Armament Works"), or its last words where the tagger read the whole as a body
        ("Costa Norte" for "Fabril Costa Norte")."""
        size = len(name.split())
        if " ".join(words[:size]) == name:
            return self.index.org_type(words[-1]) == "company"
        if size < 2 or " ".join(words[-size:]) != name:
            return False
        return " ".join(words) in self._tagged_orgs()

    def _tagged_orgs(self) -> frozenset[str]:
        """The names the tagger labelled ORG, their article left out (read once)."""
        if self._orgs_tagged is None:
            self._orgs_tagged = frozenset(
                re.sub(r"^(?:the|The)\s+", "", e.text) for e in self.ents if e.label_ == "ORG"
            )
        return self._orgs_tagged

    def _last_org_before(self, before: int) -> str | None:
        """The last organisation (not a country, not a person) named before an offset; a
        name the lexicon lacks that the article treats as a state is a country."""
        best: tuple[int, str] | None = None
        unknown: dict[str, int] | None = None
        for start, end, ent in self._known_entities():
            if end > before:
                break
            if ent.kind != "country" and (best is None or start >= best[0]):
                best = (start, ent.name)
        text = doc_text(self.doc)
        for span in self.ents:
            if span.end_char > before:
                continue
            # (a name the article marks as a body's, "X Y, which fills shells", whatever
            # the tagger calls it)
            marked = span.label_ in {"PERSON", "FAC", "PRODUCT"} and self.marked_body(span)
            if span.label_ not in {"ORG", "PERSON"} and not marked:
                continue
            if span.label_ == "PERSON" and self.index.org_type(span.text) is None and not marked:
                continue  # a person's name; "Clydemouth Marine" tagged PERSON is a company
            if span.text.isupper() and (span.start_char == 0 or text[span.start_char - 1] == "\n"):
                continue  # "TALLINN, March 4": a dateline opening a line
            if span.text.islower():
                continue  # "navy" of "alongside navy officers": a common word, no name
            if span.text.split()[0] in _currency_codes():
                continue  # "EUR million" of a table's heading: a currency
            if in_dateline(span):
                continue  # "OSTRAVA, May 4 (Wirenews) –": the wire that filed the story
            name = _clean_name(re.sub(r"^(?:the|The)\s+", "", span.text))
            if bare_type_word(span, name, self.index):
                continue  # "Defence" of "Norwegian Defence Minister"
            if self._opens_title(span):
                continue  # "Group" of "Group Captain X": a rank's first word
            if span.text in self._made_things():
                continue  # "the plant's manager" after "a plant that makes TNT": no body
            known = self.index.canonical(name)
            if known is not None and known.kind == "country":
                continue
            if known is None and unknown is None:
                unknown = self._unknown_countries()  # read once, when first needed
            if known is None and name in unknown:
                continue  # "Sundvik" of "Sundvik's defence ministry": a state, not a body
            if known is None and self._placed_word(span):
                continue  # "a cannery in Brekkevik": a town the tagger took for a body
            if known is None and name in self.persons and not marked:
                continue  # "X Y, an assembly technician," tagged ORG: a person of the article
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
        found = latest_of_type(self.doc, before, typ, ents=self.ents)
        at = doc_text(self.doc).rfind(found, 0, before) if found else -1
        text = doc_text(self.doc)
        typed = [*self._described_names(), *self._untagged_bodies()]
        # "X Y S.A.": X Y is a company wherever the article names it
        typed += [(at, name, "company") for at, name in self.legal_names()]
        for start, name, kind in typed:
            if kind != typ:
                continue
            if start >= before:  # a name typed only later is of its type before, too
                # ("Shares in X" after "X Defence Holdings, the arms maker": the full name)
                name = next((n for _, n, k in typed if k == typ and n.startswith(name + " ")), name)
                start = text.rfind(name, 0, before)
            if at < start < before:
                found, at = name, start
        if typ == "company":  # "Fennick, which ..." after "Fennick Group": the company again
            for short, full in self._company_names.items():
                if self.index.untyped_head(full.split()[0]):
                    continue  # "the Board's" after "the Board of Directors": no company
                for m in re.finditer(rf"\b{re.escape(short)}\b", text[:before]):
                    if at < m.start() and text.find(full, 0, m.start()) >= 0:
                        found, at = full, m.start()
            if found is not None:  # "Defence Group", the tagger's cut of "X Defence Group"
                found = self._company_in_full(found, before)
        return found

    def _company_taken_up(self, before: int) -> str | None:
        """The company a description ("the company", "the management") takes up before
        `before`: the last one named (`_latest_of_type`), as `_salient_company` weighs it."""
        found = self._latest_of_type(before, "company")
        return self._salient_company(found, before) if found else None

    def _salient_company(self, found: str, before: int) -> str:
        """The company "the company" takes up: the last one named, unless that one was
        named only once, in passing (not as the subject of its clause: "ahead of X's
        Y"), after a company the article named more often; then that one."""
        text = doc_text(self.doc)
        at = text.rfind(found, 0, before)
        if at < 0 or self._named_times(found, before) > 1:
            return found
        tok = next((t for t in self.doc if t.idx >= at), None)
        if tok is None:
            return found
        head = tok
        while head.head.i != head.i and head.dep_ in {"compound", "flat"}:
            head = head.head
        if head.dep_ in {"nsubj", "nsubjpass"}:
            return found
        earlier = self._latest_of_type(at, "company")
        earlier = self._company_names.get(earlier, earlier) if earlier else None
        if earlier and earlier != found and self._named_times(earlier, before) > 1:
            return earlier
        return found

    def _named_times(self, name: str, before: int) -> int:
        """How often a company is named before `before`, in full or by its short name."""
        text = doc_text(self.doc)[:before]
        shorts = [short for short, full in self._company_names.items() if full == name]
        # (distinct places: "X Defence" and its short form "X" start at the same one)
        return len(
            {m.start() for n in [name, *shorts] for m in re.finditer(rf"\b{re.escape(n)}\b", text)}
        )

    def _subject_org_before(self, head: Token) -> str | None:
        """The body a description ("the company") takes up from the sentence before, in
        its paragraph: a name that sentence has as its subject, which the tagger takes
        for an organisation (or for a person the article does not name as one) and
        nothing types otherwise ("Halvik Unmanned had 40 staff in a hangar outside Tarn.
        Today the company employs 600": Halvik Unmanned, not the town the tagger also
        took for one)."""
        before = sentence_before(head.sent)
        if before is None:
            return None
        for tok in before:
            if tok.dep_ != "nsubj" or tok.head != before.root:
                continue
            if tok.i == before.start and tok.text.isupper() and len(tok) > 1:
                continue  # "UPDATE (1420 GMT): X said ...": a label the parser made subject
            if tok.ent_type_ not in {"ORG", "PERSON"}:
                return None
            span = next((e for e in self.ents if e.start <= tok.i < e.end), None)
            if span is None or in_dateline(span) or span.text.isupper():
                return None
            name = _clean_name(re.sub(r"^(?:the|The)\s+", "", span.text))
            if span.label_ == "PERSON" and (name in self.persons or len(span) < 2):
                return None  # a person the article names, or one word the tagger guessed
            if any(name in person.name.split() for person in self.persons.values()):
                return None  # a person's family name, whatever the tagger typed it
            full = self._company_names.get(name)
            if full is not None and doc_text(self.doc).find(full, 0, span.start_char) >= 0:
                return full  # "Veldstrom" after "Veldstrom Defence Holdings": the company
            typed = self.index.canonical(name) is not None or self.index.org_type(name)
            if typed or bare_type_word(span, name, self.index) or name in self._unknown_countries():
                return None
            return name
        return None

    def _paragraph_company(self, before: int, typed: str | None) -> str | None:
        """The company a title without one belongs to when its paragraph opens on a body
        that nothing types, as the subject of its sentence, and no company the article
        types is named in the paragraph ("**Cyber.** Halvorsen Secure reported revenue
        of ... Chief executive X said": Halvorsen Secure, not a company typed in an
        earlier item of the digest). `typed`: the last company the article types."""
        text = doc_text(self.doc)
        start = text.rfind("\n", 0, before) + 1
        if typed is not None and text.rfind(typed, start, before) >= 0:
            return None  # the paragraph's own company, typed
        for tok in self.doc:
            if tok.idx < start or tok.dep_ != "nsubj" or tok.head != tok.sent.root:
                continue
            if tok.idx >= before:
                break
            span = next((e for e in self.ents if e.start <= tok.i < e.end), None)
            if span is None or span.label_ not in {"ORG", "PERSON"} or in_dateline(span):
                continue
            name = _clean_name(re.sub(r"^(?:the|The)\s+", "", span.text))
            if span.label_ == "PERSON" and (name in self.persons or len(span) < 2):
                continue  # a person the article names, or one word the tagger guessed
            known = self.index.canonical(name)
            if known is not None or self.index.org_type(name) not in {None, "company"}:
                return None  # the paragraph is about a body of another kind
            if bare_type_word(span, name, self.index) or name in self._unknown_countries():
                return None
            return name
        return None

    def _untyped_org_before(self, before: int) -> str | None:
        """The last name before `before` that the tagger takes for an organisation and
        nothing types: not a body the lexicon knows, not a name with a word of another
        kind ("Institute", "Ministry"), not a dateline's place or wire."""
        best = None
        for span in self.ents:
            if span.end_char > before:
                break
            if span.label_ != "ORG" or in_dateline(span) or span.text.isupper():
                continue
            name = _clean_name(re.sub(r"^(?:the|The)\s+", "", span.text))
            if self.index.canonical(name) is not None or self.index.org_type(name) is not None:
                continue
            if bare_type_word(span, name, self.index):
                continue
            best = name
        return best

    def _untagged_companies(self) -> list[tuple[int, str, str]]:
        """Company names the tagger left out altogether: a run of two or more proper
        nouns, none inside an entity, whose last word names a company ("Tarbrook
        Shipbuilding Group reported ..." after a dateline), as (offset, name, "company")."""
        return [found for found in self._untagged_bodies() if found[2] == "company"]

    def _untagged_bodies(self) -> list[tuple[int, str, str]]:
        """Names of bodies the tagger left out altogether, as (offset, name, type): a
        company (`_untagged_companies`), or a run whose last word names another type of
        body ("the Tessmark Concord": an alliance)."""
        if self._untagged is not None:
            return self._untagged
        # (a lone word the tagger took for a people, before a name's untagged word, is
        # that name's first word: "Talvik" of "Talvik Robotics")
        # (and proper nouns the tagger ran into a date: "May 7 - Halden AG reported ...")
        tagged = {
            t.i
            for ent in self.ents
            for t in ent
            if not self._people_slip(ent) and not (ent.label_ == "DATE" and t.pos_ == "PROPN")
        }
        found: list[tuple[int, str, str]] = []
        run: list[Token] = []
        # (only proper nouns make or break a run: a run is of neighbouring tokens)
        for tok in [*tokens_where(self.doc, POS={"PROPN"}), None]:
            if tok is not None and tok.i not in tagged:
                if run and tok.i == run[-1].i + 1 and tok.sent.start == run[0].sent.start:
                    run.append(tok)
                    continue
            # a legal form after the name ("Ironvale Defence plc") marks a company and
            # is left out of its name
            legal = len(run) >= 2 and is_legal_form(run[-1].text)
            words = run[:-1] if legal else run
            if len(run) >= 2 and _looks_like_name(words):
                name = self._tagged_in_full(self.doc[words[0].i : words[-1].i + 1])
                typ = "company" if legal else self.index.ending_type(run[-1].text)
                if self.index.canonical(name) is None and typ is not None:
                    found.append((run[0].idx, name, typ))
            run = [tok] if tok is not None and tok.i not in tagged else []
        self._untagged = found
        return found

    def _tagged_in_full(self, run: Span) -> str:
        """An untagged run's name, with the capitalised word before it that the article
        writes as part of the name elsewhere, after "the" or inside a name the tagger
        took whole ("Northern" of "the Northern X Compact", in a headline whose first
        words the tagger left out)."""
        name = run.text
        if run.start == 0:
            return name
        before = self.doc[run.start - 1]
        if not (before.is_alpha and before.text[:1].isupper()):
            return name
        longer = f"{before.text} {name}"
        if any(longer in ent.text for ent in self.ents if ent.label_ == "ORG"):
            return longer
        if re.search(rf"\b[Tt]he {re.escape(longer)}\b", doc_text(self.doc)):
            return longer
        return name

    def _people_slip(self, ent: Span) -> bool:
        """A one-word NORP entity with no people's name form, right before a capitalised
        word the tagger left untyped: the first word of a body's name."""
        if ent.label_ != "NORP" or len(ent) != 1 or ent.end >= len(self.doc):
            return False
        after = self.doc[ent.end]
        return (
            ent[0].pos_ == "PROPN"
            and after.pos_ == "PROPN"
            and not after.ent_type_
            and self.index.canonical(ent.text) is None
            and not ent.text.endswith(DEMONYM_ENDINGS)
        )

    def _described_names(self) -> list[tuple[int, str, str]]:
        """Names the tagger missed or took for a person, given as organisations by a
        descriptor in apposition: "Falkwerk, the Munich-based maker of ...", "Korvel
        Munitions, the Latvian company that ..." (offset of the name, the name)."""
        if self._described is not None:
            return self._described
        found: list[tuple[int, str]] = []
        # (each test below starts from a noun or a proper noun)
        for tok in tokens_where(self.doc, POS={"NOUN", "PROPN"}):
            named = self._descriptor_before_name(tok)
            if named is not None:  # "the state news agency ONA": an outlet
                found.append(named)
            traded = self._traded_name(tok)
            if traded is not None:  # "Shares in X fell": a listed company
                found.append(traded)
            closing = self._name_closing_description(tok)
            if closing is not None:  # "The firm that owns the yard, X, opened in 2021"
                found.append(closing)
            if tok.pos_ != "PROPN" or self.mention_at(tok) is not None:
                continue
            appos = [c for c in tok.children if c.dep_ == "appos"]
            typ = self.index.descriptor_type(appos[0].lemma_) if appos else None
            if not typ:
                continue
            start = tok.i
            while True:
                if (  # "Saint-Maurice": a name's words joined by a hyphen
                    start > 1
                    and self.doc[start - 1].text == "-"
                    and not self.doc[start - 1].whitespace_
                    and not self.doc[start - 2].whitespace_
                    and self.doc[start - 2].text[:1].isupper()
                    and self.doc[start - 2].head.i == tok.i
                ):
                    start -= 2
                    continue
                if not (
                    start > 0
                    and self.doc[start - 1].dep_ in {"compound", "amod", "nmod"}
                    and start <= self.doc[start - 1].head.i <= tok.i
                    # (not a sentence's first word capitalised only for that: "Today")
                    and not self._sentence_opener(self.doc[start - 1].idx)
                    and (
                        self.doc[start - 1].text[:1].isupper()
                        # "Le Courrier de Nabra": a small word of a name in another language
                        or self.doc[start - 1].text in body_particles()
                        and start >= 2
                        and self.doc[start - 2].text[:1].isupper()
                    )
                ):
                    break
                start -= 1
            found.append((self.doc[start].idx, self.doc[start : tok.i + 1].text, typ))
        self._described = found
        return found

    def _placed_word(self, span: Span) -> bool:
        """Whether a one-word name nothing types, not in capitals, is written as a place
        ("a cannery in Brekkevik", "a depot near Ostby"): after "in", "near" or "outside"
        and never elsewhere but after such a word."""
        if len(span) != 1 or span.text.isupper() or self.index.org_type(span.text) is not None:
            return False
        if span.text in self._company_names or span.text in self._company_names.values():
            return False
        if span.text not in self._placed_words:  # (the article is read once per name)
            seen = [
                self.doc[i]
                for i in tokens_with_text(self.doc, {span.text})
                if self.doc[i].text == span.text and not self.doc[i].is_sent_start
            ]
            self._placed_words[span.text] = bool(seen) and all(
                self.doc[t.i - 1].lower_ in {"in", "near", "outside"} for t in seen
            )
        return self._placed_words[span.text]

    def _name_closing_description(self, tok: Token) -> tuple[int, str, str] | None:
        """A name set after a description with a relative clause, closing it between
        commas: "The firm that owns the yard, X, opened in 2021" (offset, name,
        the descriptor's type), wherever the parser hung the name in the clause."""
        if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.lefts):
            return None
        typ = self.index.descriptor_type(tok.lemma_)
        if not typ or not any(c.dep_ == "relcl" for c in tok.rights):
            return None
        doc = self.doc
        for name in tok.subtree:
            if (
                name.dep_ != "appos"
                or name.pos_ != "PROPN"
                or name.right_edge.i < tok.right_edge.i - 1
            ):
                continue
            start = name.left_edge.i
            if start == 0 or doc[start - 1].text != ",":
                continue
            words = doc[start : name.i + 1]
            if not all(t.text[:1].isupper() for t in words):
                continue
            return words[0].idx, words.text, typ
        return None

    def _traded_name(self, tok: Token) -> tuple[int, str, str] | None:
        """A company the article shows to be listed: "shares in X", "shares of X" (offset,
        name, "company")."""
        if tok.pos_ != "PROPN" or not traded_in(tok) or self.mention_at(tok) is not None:
            return None
        start = tok.i
        while start > tok.head.i + 1 and self.doc[start - 1].dep_ == "compound":
            start -= 1
        if not self.doc[start].text[:1].isupper():
            return None
        return self.doc[start].idx, self.doc[start : tok.i + 1].text, "company"

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
        """ "the Ostavian state news agency ONA", "the state arms conglomerate Ostrotech":
        a descriptor noun with the organisation's name right after it (offset, name, type)."""
        if tok.pos_ != "NOUN" or tok.i + 1 >= len(self.doc):
            return None
        name = self.doc[tok.i + 1]
        typ = self.index.descriptor_type(tok.lemma_)
        placed = self._placed_descriptor_name(tok, typ)
        if placed is not None:  # "the Tarn weekly Grenzbote": the weekly's name
            return placed
        ent = next((e for e in self.ents if e.start <= name.i < e.end), None)
        if ent is None or ent.start != name.i:
            return None
        linked = (name.dep_ == "appos" and name.head.i == tok.i) or (
            # "state shipbuilder Kornwerk", "manufacturer Ardel Sistemas Navais"
            self._body_by_descriptor(list(ent))
        )
        if (
            typ is None
            or not linked
            or name.pos_ != "PROPN"
            and not (name.text[:1].isupper() and name.ent_type_)
            or name.ent_type_ not in {"ORG", "PERSON"}
            and not self._misread_place(name)
            or self.mention_at(name) is not None
        ):
            return None
        return (name.idx, _clean_name(ent.text), typ)

    def _placed_descriptor_name(self, tok: Token, typ: str | None) -> tuple[int, str, str] | None:
        """ "the Tarn weekly Grenzbote", "the Kessel consultancy Baltic Arms Monitor": after
        "the", a place's name, a descriptor noun and a run of capitalised words, which
        is the body's name whatever the tagger made of it (offset, name, type)."""
        doc = self.doc
        if typ is None or tok.i < 2 or not tok.is_lower:
            return None
        place, det = doc[tok.i - 1], doc[tok.i - 2]
        if det.lower_ != "the" or place.pos_ != "PROPN" or not place.text[:1].isupper():
            return None
        if self.index.descriptor_type(place.lemma_) is not None or self.mention_at(place):
            return None
        end = tok.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        if end == tok.i + 1 or end - tok.i - 1 > 5:
            return None
        run = doc[tok.i + 1 : end]
        if self.mention_at(run[0]) is not None or self.index.canonical(run[0].text):
            return None  # a person's name, or a state's or body's the lexicon knows
        return (run.start_char, _clean_name(run.text), typ)

    def _misread_place(self, name: Token) -> bool:
        """Whether a name the tagger typed a place right after a body's descriptor ("the
        drone maker Fjordvik") is no state or place the article treats as one."""
        return (
            name.ent_type_ == "GPE"
            and self.index.canonical(name.text) is None
            and not self._article_state(name.text)
        )

    def _article_state(self, name: str) -> bool:
        """Whether the article treats a name as a state: a country the lexicon knows, or
        one it does not that the article writes as a state (`_unknown_countries`,
        `_likely_states`); not a place only because the tagger typed it one."""
        known = self.index.canonical(name)
        if known is not None:
            return known.kind == "country"
        return name in self._unknown_countries() or name in self._likely_states()

    def _default_org(self, role: str, before: int) -> str | None:
        """The organisation of a title given without one: a company title's company; a
        government title's ministry when the sentence or the one before names one of
        its domain ("Defence Minister X" after "the Estonian Ministry of Defence"), else
        the article's country."""
        low = " ".join(role.lower().replace("-", " ").split())  # "Secretary-General"
        if low in _SPOKES:  # "Spokesperson X" at a ministry's briefing: that ministry
            named = [m for m in _MINISTRY_NAME.finditer(doc_text(self.doc)[:before])]
            return named[-1].group(0) if named else head_ministry(doc_text(self.doc))
        if low.removeprefix("group ") in self.roles.company_titles:
            # ("Group Chief Executive Officer": the group's own title); the company the
            # article is about, not one named once in passing (`_company_taken_up`)
            typed = self._company_taken_up(before)
            return (
                self._paragraph_company(before, typed)
                or typed
                or self._site_owner(before)
                or self._last_org_before(before)
            )
        if low in self.roles.institute_titles:  # "senior fellow X": the institute
            return self._latest_of_type(before, "institute")
        if low in self.roles.alliance_titles:  # "Secretary General X": the alliance
            return self._latest_of_type(before, "alliance")
        service = self.roles.title_services.get(low.removeprefix("the "))
        if service is not None:  # "the Chief of the Defence Staff": the armed forces
            return self._service_named(service, before)
        governing = self.roles.country_words | self.roles.leader_words
        government = set(low.split()) & governing or low in governing or self._government_title(low)
        kind = None if government else self._body_of_title_kind(low, before)
        if kind is not None:  # "the battalion commander": the battalion named before
            return kind
        if "commander" in low.split() or low in self.roles.ranks:
            # "the regional commander, Brigadier X": the armed force the article named
            force = self._named_force(before)
            if force is not None:
                return force
        if government:
            if set(low.split()) & (self.roles.no_office_words | self.roles.opposition_words):
                return None  # "former prime minister": speaks for no government
            placed = (
                self._placed_state(before)
                or self._subject_state(before)
                or self._topic_state(before)
            )
            if placed is not None:  # "In Oslo, Defence Minister X": Norway's, whoever before
                return self._ministry_of(placed, role, before) or placed
            own = _OWN_MINISTRY.search(role)  # "Deputy Minister of National Defence"
            return (
                self._nearby_ministry(role, before)
                or self._article_ministry(role, before)
                or (f"Ministry of {own.group(1)}" if own else None)
                or self._main_country()
            )
        return None

    def _body_of_title_kind(self, title: str, before: int) -> str | None:
        """The body a title's modifier names by its kind ("battalion commander", "regiment
        spokesman", "laboratory director"): the last organisation named before `before`
        whose name ends in that word ("the Kainara Air Defence Battalion"), as named."""
        words = title.split()
        if not 1 < len(words) <= 3 or set(words) & {"of", "for", "at", "its", "his", "her"}:
            return None  # ("head of its procurement office": the words of another phrase)
        kinds = set(words[:-1])
        return self._last_org_named(
            before,
            lambda ent, _name: (
                len(ent) >= 2 and ent[-1].lower_ in kinds and ent[-1].pos_ in {"PROPN", "NOUN"}
            ),
        )

    def _named_force(self, before: int) -> str | None:
        """The last armed force named before `before` ("the Pellarian Defence Force", "the
        Ombrian Army"), as named."""
        ends = self.roles.force_endings
        return self._last_org_named(
            before, lambda _ent, name: any(name == e or name.endswith(" " + e) for e in ends)
        )

    def _last_org_named(self, before: int, fits: Callable[[Span, str], bool]) -> str | None:
        """The last name tagged as an organisation before `before` that `fits` (given the
        entity and its name without "the"), as named."""
        for ent in reversed(self.ents):
            if ent.start_char >= before or ent.label_ != "ORG":
                continue
            name = _clean_name(re.sub(r"^(?:the|The)\s+", "", ent.text))
            if fits(ent, name):
                return name
        return None

    def _site_owner(self, before: int) -> str | None:
        """The company a sentence gives a site of its own: "Corran Avionics will
        add 200 staff at its Eastfield site" -> Corran Avionics (the named
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
            first = subj.i  # the capitalised words run before the head: "Hollins Aerostructures"
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
        country. A title with its portfolio in it ("Finance Minister") takes the ministry
        of that portfolio only where it is the article's own state's ("Defence Minister X
        ... briefed reporters in the Ministry of Defence"), not another state's; a head of
        government none."""
        words = set(role.lower().replace("-", " ").split())
        if "prime" in words or words & {"president", "chancellor", "premier"}:
            return None
        own = {w for w in words if w not in _GOVERNMENT and w not in _FUNCTION_WORDS}
        domain = self._domain(role)
        portfolio = bool(own) and domain == own
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
            return None if portfolio else found.group(0)
        head = at[0]
        named = self._with_country(found.group(0), self.doc[max(head.i - 1, 0) : head.i + 1], head)
        if not portfolio:
            return named
        if self._names_main_country(named):
            return named
        if head.i and self.doc[head.i - 1].lower_ == "the":
            # "in the Ministry of Defence", no state written: the article's own, though
            # the article writes another state's ministry of that name elsewhere
            return self._of_main_country(found.group(0))
        return None

    def _names_main_country(self, ministry: str) -> bool:
        """Whether a ministry's qualified name ("Velskan Ministry of Defence") is of the
        article's main state (by its name or its demonym)."""
        main = self._main_country()
        return bool(main) and self._names_country(ministry, main)

    def _names_country(self, ministry: str, country: str) -> bool:
        """Whether a ministry's qualified name is of `country` (its name or demonym)."""
        words = ministry.split()
        return all(w in words for w in country.split()) or self._demonym(country) in words

    def _ministry_of(self, state: str, role: str, before: int) -> str | None:
        """The last ministry of `state` named before `before` of the title's portfolio
        ("the Norwegian Ministry of Defence" for Norway's "Defence Minister")."""
        domain = self._domain(role)
        found = None
        for m in _MINISTRY_NAME.finditer(doc_text(self.doc)[:before]):
            if not domain <= {w.lower() for w in m.group(0).split()}:
                continue
            at = self.doc.char_span(m.start(), m.start() + 8)
            if at is None:
                continue
            head = at[0]
            name = self._with_country(m.group(0), self.doc[max(head.i - 1, 0) : head.i + 1], head)
            if self._names_country(name, state):
                found = name
        return found

    def _placed_state(self, before: int) -> str | None:
        """The state a sentence places the government title at `before` in: a capital or
        a state written after "in" and closed by the comma the title follows ("In Oslo,
        Defence Minister X said" -> Norway; "At a briefing in Warsaw on Monday, the deputy
        minister ..."). Not a visitor's ("In Oslo, visiting Defence Minister X") nor a
        place further back than its own sentence."""
        at = self.doc.char_span(before, before + 1, alignment_mode="expand")
        if at is None:
            return None
        sent = at[0].sent
        commas = [t for t in sent if t.i < at[0].i and t.text == ","]
        if not commas or self._visiting(self.doc[commas[-1].i + 1 : at[0].i]):
            return None
        prefix = doc_text(self.doc)[sent.start_char : commas[-1].idx]
        for m in reversed(list(_IN_PLACE.finditer(prefix))):
            if any(c in prefix[m.end() :] for c in ',;:"“”'):
                break  # a place of an earlier clause
            state = self._state_named(m.group(1))
            if state is not None:
                return state
        return None

    def _subject_state(self, before: int) -> str | None:
        """The state a government title's own sentence has as the subject of what it
        reports, before the title and outside quotation marks ("Varnland now fills 30,000
        shells a month, Defence Minister X said" -> Varnland, in a story that names another
        state more often): the one state that is such a subject there, when it is not the
        article's own (whose ministry the other readings find), else None."""
        at = self.doc.char_span(before, before + 1, alignment_mode="expand")
        if at is None:
            return None
        states = set()
        for tok in at[0].sent:
            if tok.i >= at[0].i:
                break
            if tok.dep_ != "nsubj" or tok.pos_ != "PROPN" or self._in_quote(tok.idx):
                continue
            name = self.doc[tok.left_edge.i : tok.i + 1].text
            # (the name as written, else its last word: "KUOPIO - Finland" of a dateline)
            known = self.index.canonical(_clean_name(name)) or self.index.canonical(tok.text)
            if known is not None and known.name in self.roles.regions:
                return None  # "Europe buys too few": a region, no minister's state
            if known is not None and known.kind == "country":
                states.add(known.name)
            elif known is None and tok.text in self._unknown_countries():
                states.add(tok.text)
            else:
                return None  # a body or a person is what the sentence is about
        if len(states) != 1:
            return None
        state = states.pop()
        return None if state == self._main_country() else state  # (the own: its ministry)

    def _topic_state(self, before: int) -> str | None:
        """The state a round-up's paragraph is about, for a government title in it: the
        subject of the sentence before in the same paragraph ("Ethiopia, which joined in
        March, made the largest pledge. Defence Minister X said ..." -> Ethiopia), when
        that state is not the article's own."""
        at = self.doc.char_span(before, before + 1, alignment_mode="expand")
        prev = sentence_before(at[0].sent) if at is not None else None
        if prev is None:
            return None
        subject = next((c for c in prev.root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "PROPN":
            return None
        name = self.doc[subject.left_edge.i : subject.i + 1].text
        known = self.index.canonical(_clean_name(name))
        if known is None or known.kind != "country" or known.name == self._main_country():
            return None
        return known.name

    @staticmethod
    def _visiting(title: Span) -> bool:
        """Whether the words between a place's comma and a name are no title alone: a
        verb ("visiting", "said"), a guest's word or a preposition ("from Sweden")."""
        return any(
            t.pos_ in {"VERB", "AUX", "ADP", "PRON"} and t.lower_ != "of" or t.lower_ in _GUEST
            for t in title
        )

    def _state_named(self, words: str) -> str | None:
        """The state a run of capitalised words names, whole or by its first words: a
        capital of the lexicon ("New Delhi" -> India) or a country ("Chile")."""
        parts = words.split()
        for n in range(len(parts), 0, -1):
            name = " ".join(parts[:n])
            capital = _capitals().get(name)
            if capital is not None:
                return capital
            known = self.index.canonical(name)
            if known is not None and known.kind == "country":
                return known.name
        return None

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
        """The country an article mentions most (first mentioned on a tie); a country the
        lexicon does not know (`_unknown_countries`) when the article names it more often."""
        if self._country is None:
            counts: dict[str, int] = {}
            text = doc_text(self.doc)
            for _start, end, ent in self._known_entities():
                if _CURRENCY_AFTER.match(text, end):
                    continue  # "4 billion US dollars": a currency, not a state of the story
                if ent.kind == "country" and ent.name not in self.roles.regions:
                    counts[ent.name] = counts.get(ent.name, 0) + 1
            best = max(counts.values()) if counts else 0
            unknown = self._unknown_countries()
            if not counts:
                # no state the lexicon knows: of the names the article treats as states,
                # the first it names is the one it is about ("Velderia will double its
                # output ... Ostrania's government declined to comment")
                named = {**self._likely_states(), **unknown}
                first = {name: found[0] for name in named if (found := self._written_at(name))}
                self._country = min(first, key=first.__getitem__) if first else ""
                # the one state the article names ("Corvane" of "St. Corvane" is the same)
                own = [n for n in first if not any(n != o and n in o.split() for o in first)]
                self._dominant = len(own) == 1
                return self._country or None
            for name, count in sorted(unknown.items(), key=lambda kv: -kv[1]):
                if count > best:
                    counts, best = {name: count}, count
                break
            for name in self._likely_states():
                # a state by weaker signs ("Velderia's output") whose adjective the article
                # writes too ("Velderian"), named more often than any the lexicon knows
                # ("... since the war in Ukraine" once); not a place or a person of a
                # country the lexicon knows, which has no such adjective ("Florida's")
                demonym = self._demonym(name)
                if name in unknown or not demonym or not self._written_at(demonym):
                    continue
                count = len(self._written_at(name)) + len(self._written_at(demonym))
                if count > best:
                    counts, best = {name: count}, count
            text = doc_text(self.doc)
            for m in _DATELINE_STATE.finditer(text[:_OPENING]):
                # "TOWN, Xa (Wire) -": the state the story is filed from, unknown to the
                # lexicon, when the article names it more often than any state it knows
                name = m.group(1)
                if name in unknown or name not in self._likely_states():
                    continue
                demonym = self._demonym(name)
                count = len(self._written_at(name)) + (
                    len(self._written_at(demonym)) if demonym and demonym != name else 0
                )
                if count > best:
                    counts, best = {name: count}, count
            self._country = max(counts, key=counts.__getitem__) if counts else ""
            ranked = sorted(counts.values(), reverse=True)
            # the state the article names at least twice, twice as often as any other
            self._dominant = bool(ranked) and ranked[0] >= 2 and ranked[0] >= 2 * sum(ranked[1:2])
        return self._country or None

    def _dominant_country(self) -> str | None:
        """The article's country when the article names it far more than any other state
        (`_main_country`): a bare "the coast guard" is then that state's, where a state
        named once beside others says nothing of whose it is ("KYIV - The air force said
        ... Russia launched ...")."""
        country = self._main_country()
        return country if country and self._dominant else None

    def _likely_states(self) -> dict[str, int]:
        """For an article that names no state the lexicon knows: the names it treats as one
        by weaker signs (`_POSSESSOR`, `_DATELINE_STATE`, `_STATE_BODY`,
        `_STATE_BODY_OWNER`), scored by those signs and then by which it names first; not a
        person's name, not a company's ("Halbeck Munitions"), not a word it also writes in
        lower case ("Today's"). Found once for the people known so far (do not change the
        dict returned)."""
        key = ("likely", tuple(self.persons))
        if key not in self._states_cache:
            self._states_cache[key] = self._find_likely_states()
        return self._states_cache[key]

    def _find_likely_states(self) -> dict[str, int]:
        text = doc_text(self.doc)
        signs: dict[str, int] = {}
        for pattern, weight in (
            (_POSSESSOR, 1),
            (_DATELINE_STATE, 2),
            (_STATE_BODY, 1),
            (_STATE_BODY_OWNER, 1),
        ):
            for m in pattern.finditer(text):  # a dateline's place is where the story is
                if pattern is _POSSESSOR and _after_name_or_the(text, m.start(1)):
                    continue  # "the Auditor's tally", "the General Staff's estimate"
                signs[m.group(1)] = signs.get(m.group(1), 0) + weight
        for m in _POSSESSOR_TWO.finditer(text):
            words = m.group(1).split()
            if _after_name_or_the(text, m.start(1)) or any(
                w.lower() in self.roles.body_nouns or self.roles.title_re.fullmatch(w.lower())
                for w in words
            ):
                continue  # "the Joint Staff's", "Prime Minister's": no state's name
            signs[m.group(1)] = signs.get(m.group(1), 0) + 1
        for ent in self.ents:  # a one-word place the tagger found
            if ent.label_ == "GPE" and len(ent) == 1 and ent.text[:1].isupper():
                signs[ent.text] = signs.get(ent.text, 0) + 1
        for name in list(signs):
            state = self._state_of_demonym(name, text)
            if state is not None:  # "the Kardovian Army": a sign of Kardovia
                signs[state] = signs.get(state, 0) + signs.pop(name)
        scores: dict[str, int] = {}
        for name, count in signs.items():
            if self.index.canonical(name) is not None or name in self.given_names:
                continue
            if self._not_a_state(name, text):
                continue  # "the Nordic region's", "TV Nordvik's evening news"
            if any(name in p.split() and p != name for p in self.persons):
                continue  # a person's name; a lone word the tagger took for one may be a state
            if re.search(rf"(?<![\w-]){re.escape(name)}{_COMPANY_AFTER.pattern}", text):
                continue
            if self._names_a_place(name, text):
                continue  # "Velling's gates" after "Velling Barracks": a site's
            if name.lower() in self.roles.body_nouns:
                continue  # "the Army's garrison plan": a body's word
            if self._written_at(name.lower()):
                continue
            found = self._written_at(name)
            if count >= 2 or len(found) >= 2:
                scores[name] = count * len(text) - found[0]  # the most signs, then the first named
        return scores

    def _not_a_state(self, name: str, text: str) -> bool:
        """Whether a name is no state's, whatever signs of one it has: a region's word
        ("Nordic", "Andean": lexicon `region_words`), or a broadcaster's name, written
        only ever after an outlet's word ("TV Nordvik", "told TV Nordvik": `outlet_words`;
        not "Radio Ostvik" in an article that also writes "Ostvik's navy")."""
        if name in self.roles.region_words:
            return True
        words = "|".join(re.escape(w) for w in sorted(self.roles.outlet_words))
        if not words:
            return False
        outlet = len(re.findall(rf"\b(?:{words})\s+{re.escape(name)}\b", text))
        return outlet > 0 and outlet == len(re.findall(rf"(?<![\w-]){re.escape(name)}\b", text))

    def _names_a_place(self, name: str, text: str) -> bool:
        """Whether the article writes `name` as the first word of a place's or a
        building's name ("Velling Barracks", "Velling Grammar School") or as the name of a
        site ("the Velling works", "the Velling plant": the lexicon's `owner_types`)."""
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}((?: [A-Z][a-z]+){{1,2}})\b", text):
            if any(self.index.place_ending(w) for w in m.group(1).split()):
                return True  # (or a town's body: "Haldane Town Council")
        for m in re.finditer(rf"\b[Tt]he {re.escape(name)} ([a-z]+)\b", text):
            if m.group(1) in self.roles.owner_types:
                return True
        return False

    @staticmethod
    def _state_of_demonym(name: str, text: str) -> str | None:
        """The state an adjective of nationality names when the article writes that state
        too ("Kardovian" beside "Kardovia", "Velmarish" beside "Velmar"), else None."""
        for ending in DEMONYM_ENDINGS:
            if not name.endswith(ending) or len(name) - len(ending) < 3:
                continue
            stem = name[: -len(ending)]
            m = re.search(rf"(?<![\w-])({re.escape(stem)}(?:ia|a|)?)(?![\w-])", text)
            if m is not None and m.group(1) != name:
                return m.group(1)
        return None

    def _unknown_countries(self) -> dict[str, int]:
        """Names the lexicon does not know that the article treats as a state: the owner of
        an army, a navy, a government or a defence official ("Carpania's army", "Tarvania's
        defence ministry", "Lusteria's top defence official") or of a body of state named
        with capitals ("Lusteria's Ministry of Finance"), with how often the article names
        each; not a person's name, not a body's word ("the Senate's ..."). Found once for
        the people known so far (do not change the dict returned)."""
        key = ("unknown", tuple(self.persons))
        if key not in self._states_cache:
            self._states_cache[key] = self._find_unknown_countries()
        return self._states_cache[key]

    def _find_unknown_countries(self) -> dict[str, int]:
        text = doc_text(self.doc)
        found: dict[str, int] = {}
        owners = [
            (m.group(1), m.group(2).lower().split())
            for m in _STATE_OWNER.finditer(text)
            if not _after_name_or_the(text, m.start(1))
        ]
        # "Lusteria's Ministry of Finance", "Lusteria's Defence Procurement Agency" likewise
        owners += [
            (m.group(1), ["ministry"])
            for m in _STATE_BODY_OWNER.finditer(text)
            if not _after_name_or_the(text, m.start(1))
        ]
        owners += [(m.group(1), ["government"]) for m in _STATE_OF.finditer(text)]
        for m in _DEMONYM_BODY.finditer(text):  # "the Estorian Ministry of Finance"
            state = self._state_of_demonym(m.group(1), text)
            if state is not None:
                owners.append((state, ["ministry"]))
            elif m.group(1) not in self.roles.region_words:
                # "the Delvanian navy" where the article never names Delvania: the
                # adjective stands for the state
                owners.append((m.group(1), ["ministry"]))
        for name, words in owners:
            if not any(
                head in _STATE_HEADS
                or ({"defence", "defense"} & set(words[:k]) and head in _DEFENCE_HEADS)
                for k, head in enumerate(words)
            ):
                continue
            if name in found or self.index.canonical(name) is not None:
                continue
            if name.lower() in self.roles.body_nouns or self._not_a_state(name, text):
                continue  # "the Senate's Defence Committee": a body's word
            if any(name in p.split()[1:] for p in self.persons):
                continue  # a surname
            # how often the article names it, by name or adjective, as a known state's
            # count takes its demonym ("Russian output")
            demonym = self._demonym(name)
            found[name] = len(self._written_at(name)) + (
                len(self._written_at(demonym)) if demonym and demonym != name else 0
            )
        return found

    def _entity_name(self, phrase: Span, start: int, limit: int | None = None) -> str | None:
        """The first known entity or ORG/GPE entity in `phrase` at or after char `start`."""
        limit = phrase.end_char if limit is None else limit
        for ent in self.ents:
            if (
                ent.start_char >= start
                and ent.end_char <= limit
                and ent.label_ in {"ORG", "GPE", "NORP"}
                and _clean_name(ent.text) not in self._surnames
                and not ent.text.islower()  # ("a navy spokesman": a word, not a name)
            ):
                known = self.index.first_in(ent.text)
                if known:
                    return known.name
                if ent.label_ == "ORG":
                    return _clean_name(re.sub(r"^(?:the|The)\s+", "", ent.text))
        known = self.index.first_in(doc_text(self.doc)[start:limit])
        return known.name if known else None


def _opens_sentence(tok: Token) -> bool:
    """Whether a token is its sentence's first word (after any paragraph break)."""
    return tok.is_sent_start or tok.i > 0 and tok.doc[tok.i - 1].is_space


def _after_name_or_the(text: str, at: int) -> bool:
    """Whether a possessor at `at` follows "the" or another capitalised word of its name
    inside a sentence: no state's name ("the Auditor's tally", "the General Staff's"). A
    headline writes every word with a capital ("Budget Cuts Hit Dravik's Navy"): there,
    only "the" counts."""
    before = _THE_BEFORE if text.find("\n", 0, at) < 0 else _NOT_STATE_BEFORE
    return before.search(text, max(at - 40, 0), at) is not None


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """City -> the state it is the seat of government of (`models/lexicons/capitals.json`)."""
    return dict(lexicon("capitals")["capitals"])


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    """ISO codes of the currencies the units lexicon knows ("EUR", "USD")."""
    units = lexicon("units")
    codes = [*units["currency_words"].values(), *units["currency_symbols"].values()]
    for table in units["shared_currency_words"].values():
        codes += [*table["countries"].values(), table["default"] or ""]
    return frozenset(c for c in codes if len(c) == 3 and c.isupper())


def _body_text(text: str) -> str:
    """An article's text after its headline, or all of it when it has none."""
    end = headline_end(text)
    return text[end + 1 :] if end >= 0 else text


def _spelled(word: str) -> str:
    """A word in lower case, in one spelling where British and American ones differ
    ("Defense" and "defence" alike)."""
    word = word.lower()
    return word[:-4] + "ence" if word.endswith("ense") and word != "sense" else word
