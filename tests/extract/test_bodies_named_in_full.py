"""A speaker's body named in full however the article shortens it or the tagger cuts it:
a company by the first word of its name, a group's own titles, a board that is no
company, a long title phrase with a describing noun before the name, a body's kind word
before a title, and a news outlet introduced by a noun the parser read as an adjective.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.test_briefings_and_letters import _records


def _fields(text: str, opening: str) -> tuple[str | None, str | None, str | None]:
    """(speaker, role, organisation) of the record whose sentence opens with `opening`."""
    found = [r for r in _records(text) if r.sentence.startswith(opening)]
    assert found, f"no record for {opening!r}"
    s = found[0].speaker
    return (s.name, s.role, s.organization) if s else (None, None, None)


_RESULTS = (
    "Norvik Marine Group reports record profit\n\n"
    "Norvik Marine Group said revenue rose 21 percent to 4.2 billion crowns.\n\n"
    "The Board of Directors proposed a dividend of 2 crowns a share. "
    '"We grew in every market," said Asa Lindqvist, Chairman of Norvik Marine Group. '
    '"The Board\'s aim is to pay down debt."\n\n'
    "Group Chief Executive Officer Piet Haverkamp said the yard would launch 9 hulls in "
    "2026, against 6 last year.\n\n"
    "Chief Financial Officer Mona Rask said net debt fell 30 percent. Tomas Hedin, who "
    "heads the group's submarine division, said orders had doubled."
)


_PASSING = (
    "Tessin boatbuilder Halvard Kinetik makes patrol craft. In March the Norland Navy ordered "
    "six of its boats for 54 million euros, the biggest order in Halvard Kinetik's history. "
    "Ines Kaur, an analyst at Baltic Defence Analytics, called it a turning point. Ana Reyes, "
    "the chief technology officer, said the yard builds 4 boats every month and expects 10 "
    "monthly by next year."
)


@pytest.mark.parametrize(
    "text, opening, expected",
    [
        pytest.param(
            "A new line at the state-owned Halvard Armament Works in Tessin will open in May. "
            "Ines Kaur, the chief executive of Halvard, said the plant had hired 400 workers "
            "since January.",
            "Ines Kaur",
            ("Ines Kaur", "chief executive", "Halvard Armament Works"),
            id="a-company-by-the-first-word-of-its-name",
        ),
        pytest.param(
            _RESULTS,
            "Group Chief",
            ("Piet Haverkamp", "Group Chief Executive Officer", "Norvik Marine Group"),
            id="a-group-s-own-title-is-a-company-title",
        ),
        pytest.param(
            _RESULTS,
            "Chief Financial",
            ("Mona Rask", "Chief Financial Officer", "Norvik Marine Group"),
            id="the-board-named-short-is-no-company",
        ),
        pytest.param(
            _RESULTS,
            "Tomas Hedin",
            ("Tomas Hedin", "head of the submarine division", "Norvik Marine Group"),
            id="the-group-is-no-run-of-a-title-and-a-name",
        ),
        pytest.param(
            "Norvik Marine Group said revenue rose 21 percent to 4.2 billion crowns.\n\n"
            '"We grew in every market," said Asa Lindqvist, Chairman of Norvik Marine Group.'
            "\n\nTomas Hedin, who heads the group's submarine division, said orders had "
            "doubled.",
            "Tomas Hedin",
            ("Tomas Hedin", "head of the submarine division", "Norvik Marine Group"),
            id="the-group-is-no-run-of-a-title-of-the-group",
        ),
        pytest.param(
            "The head of the state-owned rocket maker Tessin Propulsion Works, Karl Aune, told "
            "reporters his company had hired 300 engineers.",
            "The head",
            ("Karl Aune", "head", "Tessin Propulsion Works"),
            id="a-long-title-phrase-with-a-describing-noun-before-the-name",
        ),
        pytest.param(
            "Delegates from 12 countries meet this week in the port town of Harvik for the "
            "Northern Arms Procurement Forum.\n\nForum spokesman Tor Eide says 1,800 delegates "
            "have registered, twice as many as in 2024.",
            "Forum spokesman",
            ("Tor Eide", "spokesman", "Northern Arms Procurement Forum"),
            id="a-body-s-kind-word-before-a-title-and-a-place-before-for",
        ),
        pytest.param(
            "Halvard Marine Systems builds patrol craft in Tessin. In March the Norland Navy "
            "ordered six of its boats. Last year the company spent 15 percent of its revenue on "
            "research, according to Ana Reyes, its chief technology officer.",
            "Last year",
            ("Ana Reyes", "chief technology officer", "Halvard Marine Systems"),
            id="its-is-the-body-its-own-sentence-opens-with",
        ),
        pytest.param(
            _PASSING,
            "Ana Reyes",
            ("Ana Reyes", "chief technology officer", "Halvard Kinetik"),
            id="a-company-title-is-the-story-s-company-not-one-named-in-passing",
        ),
        pytest.param(
            "The news portal Tarnpost reported on Tuesday that the 12 countries will buy 40 "
            "percent of their shells in the region by 2030.",
            "The news portal",
            ("Tarnpost", None, None),
            id="an-outlet-after-a-noun-read-as-an-adjective",
        ),
    ],
)
def test_a_body_named_in_full(text, opening, expected):
    assert _fields(text, opening) == expected


def test_the_company_s_own_expectation_in_its_officer_s_words_is_no_second_claim():
    """ "X, the chief technology officer, said the yard ... expects ...": the yard is her
    company; what it expects is part of her claim."""
    records = [r for r in _records(_PASSING) if r.sentence.startswith("Ana Reyes")]
    assert [r.speaker.name for r in records] == ["Ana Reyes"]
