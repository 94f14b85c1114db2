"""Role titles: the `roles.json` lexicon wrapper (`roles()`), the regular expressions
that read a title's field, portfolio or unit, and small title helpers."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from pipeline.resources import lexicon

_FUNCTION_WORDS = {"of", "the", "for", "in", "and", "to", "at", "on"}
_MINISTRY_NAME = re.compile(r"Ministry of [A-Z]\w*(?: (?:and |of |for |of the )?[A-Z]\w*)*")
_GOVERNMENT = {"minister", "deputy", "state", "secretary", "prime", "vice", "first"}
_SPOKES = {"spokesperson", "spokesman", "spokeswoman"}
# "head of munitions at ...": a lower-case "of" phrase after a title, up to the next link
# "of" and lower-case words up to a preposition, the phrase's end or an "and" that starts
# a clause or another description ("director of research and a former officer")
_ROLE_TAIL = re.compile(
    r"\s+of\s+((?:the\s+)?[a-z][a-z-]*(?:\s+(?:and\s+)?[a-z][a-z-]*)*?)"
    r"(?=\s+(?:at|for|with|in|on)\b|\s+of\s+the\s+[A-Z]"
    r"|\s+and\s+(?:a|an|the|his|her|its|their|former|now|then|was|is|who)\b|\s*$)"
)
# "of the Naval Studies Programme at ...": a capitalised unit, then the body it belongs to
_UNIT_TAIL = re.compile(
    r"(\s+of\s+the\s+[A-Z][\w-]*(?:\s+(?:and\s+|of\s+|for\s+)?[A-Z][\w-]*)*?\s+([A-Z][\w-]*|[a-z]+))"
    r"(?=\s+(?:at|of\s+the)\s)"
)
# one or two lower-case words of a field between a title's first word and its head
_FIELD_WORD = (
    r"(?:(?!(?:and|or|of|for|the|at|in|with|to|on|from|by|an?|who|said|says)\b)[a-z][a-z-]+ )"
)
_TITLE_FIELD = re.compile(r" " + _FIELD_WORD + r"{1,2}(?=[a-z])")
_TITLE_FIELD_WORD = re.compile(r" " + _FIELD_WORD + r"(?=[a-z])")  # one word only
# "for Submarine Readiness at the Department of Defence": a capitalised field or unit,
# then the body it belongs to
_CAPITAL_FIELD = re.compile(
    r"(\s+(?:for|of)\s+(?:the\s+)?([A-Z][\w-]*(?:\s+(?:and\s+|of\s+|for\s+)?[A-Z][\w-]*)*?))"
    # (a body its owner names: "at Ostria's Ministry of Defence")
    r"(?=\s+at\s+(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+)?"
    r"((?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+|of\s+|for\s+|the\s+)?[A-Z][\w-]*)*))"
)
# a minister's portfolio in lower case: "minister for coastal defence"
_LOWER_PORTFOLIO = re.compile(_ROLE_TAIL.pattern.replace(r"\s+of\s+", r"\s+for\s+", 1))
# "analyst for naval forces": a lower-case field after a title, with no article
_ROLE_FOR = re.compile(
    r"\s+for\s+((?!(?:the|a|an|his|her|its|their)\b)[a-z][a-z-]*(?:,?\s+[a-z][a-z-]*)*?)"
    r"(?=\s+(?:at|for|with|in|on)\b|\s*$)"
)
# "analyst in defence economics at ...": a lower-case field after a title, with no
# article, up to the body the title is held at
_ROLE_IN = re.compile(
    r"\s+in\s+((?!(?:the|a|an|his|her|its|their)\b)[a-z][a-z-]*(?:\s+(?:and\s+)?[a-z][a-z-]*)*?)"
    r"(?=\s+(?:at|with)\s+(?:the\s+)?[A-Z])"
)
# "head of East Asian business at X": capitalised words of a region or a people, then a
# lower-case field, up to the body the title is held at
_REGION_FIELD = re.compile(
    r"\s+(?:of|for)\s+((?:[A-Z][a-z]+\s+){1,3}[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)"
    r"(?=\s+(?:at|with)\s+(?:the\s+)?[A-Z]|\s+at\s+(?:the|a|an)\s)"
)
# a minister's title that names the ministry: "Minister of National Defence"
_OWN_MINISTRY = re.compile(r"\bMinister of (?:the )?([A-Z]\w*(?: (?:and )?[A-Z]\w*)*)$")
_PORTFOLIO = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)*")
# a second portfolio after a title that names one: "Minister of Defence" + " and Civil
# Protection"
_AND_PORTFOLIO = re.compile(r"\s+and\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*")


def _title_head(title: str) -> str:
    """The word a title is a kind of: "secretary" of "Secretary of State", "spokesperson"
    of "spokesperson for the ministry"."""
    words = title.lower().split()
    for word in ("of", "for"):
        if word in words[1:]:
            words = words[: words.index(word, 1)]
    return words[-1]


class _Roles:
    """Role titles, group nouns and document nouns from `models/lexicons/roles.json`."""

    def __init__(self, data: dict) -> None:
        titles = sorted(data["titles"], key=lambda t: (-len(t), t))
        alternatives = [
            r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", t)) for t in titles
        ]
        # "Shadow Defence Secretary": a prefix that makes another office of the title
        prefixes = "".join(rf"(?:{re.escape(p)}\s+)?" for p in data.get("title_prefixes", []))
        self.title_re = re.compile(
            r"(?<![\w-])(" + prefixes + "(?:" + "|".join(alternatives) + r"))(?![\w-])",
            re.IGNORECASE,
        )
        self.title_prefixes = {p.lower() for p in data.get("title_prefixes", [])}
        self.title_words = {
            w for t in data["titles"] for w in t.lower().split() if w not in _FUNCTION_WORDS
        }
        self.title_heads = {_title_head(t) for t in data["titles"]}
        self.group_nouns = {g.lower() for g in data["group_nouns"]}
        self.member_nouns = frozenset(data["member_nouns"])
        self.group_modifiers = {m.lower() for m in data["group_modifiers"]}
        self.document_nouns = {d.lower() for d in data["document_nouns"]}
        self.not_speakers = {n.lower() for n in data["not_speakers"]}
        self.speech_nouns = {n.lower() for n in data.get("speech_nouns", [])}
        self.passage_nouns = {n.lower() for n in data.get("passage_nouns", [])}
        self.person_nouns = {n.lower() for n in data.get("person_nouns", [])}
        self.body_nouns = {n.lower() for n in data.get("body_nouns", [])}
        self.branch_nouns = frozenset(n.lower() for n in data.get("branch_nouns", []))
        self.filing_verbs = frozenset(n.lower() for n in data.get("filing_verbs", []))
        self.disclosure_nouns = frozenset(n.lower() for n in data.get("disclosure_nouns", []))
        self.disclosure_bodies = frozenset(n.lower() for n in data.get("disclosure_bodies", []))
        self.ranks = {n.lower() for n in data.get("ranks", [])}
        self.local_government_nouns: dict[str, bool] = data.get("local_government_nouns", {})
        self.academic_titles = frozenset(n.lower() for n in data.get("academic_titles", []))
        self.agent_endings = tuple(data.get("agent_endings", []))
        self.relation_nouns = frozenset(n.lower() for n in data.get("relation_nouns", []))
        self.company_titles = {n.lower() for n in data.get("company_titles", [])}
        self.institute_titles = {n.lower() for n in data.get("institute_titles", [])}
        self.alliance_titles = {n.lower() for n in data.get("alliance_titles", [])}
        self.board_titles = {n.lower() for n in data.get("board_titles", [])}
        self.lead_roles = {k.lower(): v for k, v in data.get("lead_roles", {}).items()}
        self.country_words = {n.lower() for n in data.get("country_words", [])}
        self.leader_words = {n.lower() for n in data.get("leader_words", [])}
        self.lead_verbs = {n.lower() for n in data.get("lead_verbs", [])}
        self.work_verbs = {n.lower() for n in data.get("work_verbs", [])}
        self.worksite_nouns = {n.lower() for n in data.get("worksite_nouns", [])}
        self.make_verbs = frozenset(data.get("make_verbs", []))
        self.chair_titles = {n.lower() for n in data.get("chair_titles", [])}
        self.office_start_verbs = {n.lower() for n in data.get("office_start_verbs", [])}
        self.office_as_verbs = {n.lower() for n in data.get("office_as_verbs", [])}
        self.office_end_verbs = {k.lower(): v for k, v in data.get("office_end_verbs", {}).items()}
        self.owner_types = {k.lower(): v for k, v in data.get("owner_types", {}).items()}
        self.owner_groups = {n.lower() for n in data.get("owner_groups", [])}
        self.unqualifying_modifiers = frozenset(
            n.lower() for n in data.get("unqualifying_modifiers", [])
        )
        self.region_nouns = {n.lower() for n in data.get("region_nouns", [])}
        self.place_nouns = {n.lower() for n in data.get("place_nouns", [])}
        self.abbreviations = {
            " ".join(k.split()).lower(): v for k, v in data.get("title_abbreviations", {}).items()
        }
        shorts = sorted(self.abbreviations, key=lambda k: (-len(k), k))
        self.abbreviation_re = re.compile(
            r"(?<![\w.])("
            + "|".join(r"\s+".join(re.escape(w) for w in k.split()) for k in shorts)
            + r")(?=\s|$)",
            re.IGNORECASE,
        )
        self.regions = set(data.get("regions", []))
        self.region_words = frozenset(data.get("region_words", []))
        self.outlet_words = frozenset(data.get("outlet_words", []))
        self.local_body_words = frozenset(data.get("local_body_words", []))
        self.broadcast_titles = frozenset(data.get("broadcast_titles", []))
        self.think_tank_words = frozenset(data.get("think_tank_words", []))
        self.staff_bodies = frozenset(data.get("staff_bodies", []))
        self.services = set(data.get("services", []))
        self.interview_verbs = {n.lower() for n in data.get("interview_verbs", [])}
        self.rank_services = {k.lower(): v for k, v in data.get("rank_services", {}).items()}
        self.title_services = {k.lower(): v for k, v in data.get("title_services", {}).items()}
        self.no_office_words = {n.lower() for n in data.get("no_office_words", [])}
        self.opposition_words = {n.lower() for n in data.get("opposition_words", [])}
        self.unit_words = {n.lower() for n in data.get("unit_words", [])}
        self.document_parts = {n.lower() for n in data.get("document_parts", [])}
        # the parts of a body "its" may own in a role ("head of its test centre")
        self.owned_units = {n.lower() for n in data.get("owned_units", [])}
        self.seats = {n.lower() for n in data.get("seats", [])}
        self.role_modifiers = {n.lower() for n in data.get("role_modifiers", [])}
        self.capital_role_modifiers = self.role_modifiers | {
            n.lower() for n in data.get("capital_role_modifiers", [])
        }
        self.field_titles = {n.lower() for n in data.get("field_titles", [])}
        self.profession_nouns = {n.lower() for n in data.get("profession_nouns", [])}
        # who speak for a document ("the report's lead author")
        self.document_voices = frozenset(n.lower() for n in data.get("document_voices", []))
        # gatherings a body holds ("the summit's communique": the body's)
        self.meeting_nouns = frozenset(n.lower() for n in data.get("meeting_nouns", []))
        # members' bodies named before their kind word ("the X metalworkers' union")
        self.member_bodies = frozenset(n.lower() for n in data.get("member_bodies", []))
        self.judging_adjectives = {n.lower() for n in data.get("judging_adjectives", [])}
        self.office_time_words = {n.lower() for n in data.get("office_time_words", [])}
        self.appoint_verbs = frozenset(data.get("appoint_verbs", []))
        self.counterpart_nouns = frozenset(data.get("counterpart_nouns", []))
        self.portfolios = {k.lower(): v.lower() for k, v in data.get("portfolios", {}).items()}
        self.party_titles = {n.lower() for n in data.get("party_titles", [])}
        self.party_families: dict[str, str] = dict(data.get("party_families", {}))
        self.party_roles = {n.lower() for n in data.get("party_roles", [])}
        self.study_voices = {n.lower() for n in data.get("study_voices", [])}
        self.poll_nouns = frozenset(data.get("poll_nouns", []))
        self.state_documents = frozenset(data.get("state_documents", []))
        self.respondent_shares = frozenset(data.get("respondent_shares", []))
        self.body_callings = {
            k.lower(): frozenset(v) for k, v in data.get("body_callings", {}).items()
        }
        self.force_endings = tuple(data.get("force_endings", []))
        self.body_introductions = {
            k.lower(): frozenset(w.lower() for w in v)
            for k, v in data.get("body_introductions", {}).items()
        }

    def first_title(self, text: str) -> re.Match | None:
        return self.title_re.search(text)

    def is_title_token(self, tok: Token) -> bool:
        return tok.lower_ in self.title_words

    def names_people(self, noun: Token) -> bool:
        """Whether a common noun names a person or people: a person's noun, a title's
        head or a group's noun ("engineer", "harbourmaster", "analysts", "analyst")."""
        lower, lemma = noun.lower_, noun.lemma_.lower()
        return (
            lemma in self.person_nouns
            or lower in self.group_nouns
            or lemma + "s" in self.group_nouns
            or lower in self.title_heads
            or lemma in self.title_heads
        )


@lru_cache(maxsize=1)
def roles() -> _Roles:
    return _Roles(lexicon("roles"))


@lru_cache(maxsize=1)
def _country_demonyms() -> dict[str, str]:
    """Canonical country name -> its first demonym ('Finland' -> 'Finnish')."""
    table = lexicon("entities")["entities"]
    return {
        name: spec["demonyms"][0]
        for name, spec in table.items()
        if isinstance(spec, dict) and spec.get("kind") == "country" and spec.get("demonyms")
    }


def _same_role(head: Token, role: str, ignore: frozenset[str] = frozenset()) -> bool:
    """'the president' for a person introduced as 'President ...' (not 'Vice President');
    'the defence minister' not for a 'finance minister' or a 'Minister of Finance': the
    words that say which office, on both sides, must share one when both have them."""
    words = role.lower().replace("defense", "defence").split()
    field: set[str] = set()
    # "Secretary of State" is a secretary, not "the state"; "Minister for Defence
    # Industry" a minister
    cut = next((n for n, w in enumerate(words) if n and w in {"of", "for"}), None)
    if cut is not None:
        field = set(words[cut + 1 :]) - {"the"}
        words = words[:cut]
    if (
        len(words) > 1
        and words[-1] in postpositive_words()
        and " ".join(words) not in roles().ranks
    ):
        words = words[:-1]  # "auditor general" is an auditor; "major general" a general
    if words[-1] != head.lower_:
        return False
    said = {w.replace("defense", "defence") for w in _office_words(head) - ignore}
    if len(words) > 1 and words[0] in {"vice", "deputy"}:
        if words[0] not in said:  # "the minister" is not a deputy minister
            return False
        said.discard(words[0])  # "the deputy minister" for "Deputy Defence Minister X"
        words = words[1:]
    field |= set(words[:-1])
    return not (field and said and not field & said)


@lru_cache(maxsize=1)
def postpositive_words() -> frozenset[str]:
    """Words written after the title they qualify ("general" of "auditor general")."""
    return frozenset(lexicon("roles").get("postpositive_words", []))


def _office_words(head: Token) -> set[str]:
    """The words before a noun that say which office or body it is ("defence" of "the
    defence minister", "radar" of "the radar project"), not when or how high."""
    return {
        c.lower_
        for c in head.lefts
        if c.dep_ in {"compound", "amod"} and c.lower_ not in _office_time_words()
    }


@lru_cache(maxsize=1)
def _office_time_words() -> frozenset[str]:
    """Words before a title that say when or how high, not which office (lexicon)."""
    return frozenset(w.lower() for w in lexicon("roles").get("office_time_words", []))
