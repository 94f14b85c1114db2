"""A ministry under the name the article gives it (guideline: the organisation "as the
article gives it"), and the body "its" stands for in a role ("head of its test centre").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.claims import extract_drafts
from pipeline.extract.speakers import SpeakerTracker


def _speakers(nlp, text, opening):
    drafts = [
        d
        for d in extract_drafts(nlp(text))
        if d.speaker is not None and d.sentence.text.startswith(opening)
    ]
    assert drafts, f"no attributed claim in the sentence opening {opening!r}"
    return [(d.speaker.name, d.speaker.organization) for d in drafts]


AS_WRITTEN = [
    pytest.param(
        "Velsia delays corvette order\n\nVELGRAD — Velsia will put off the purchase of two "
        "corvettes until 2029 to save 300 million euros, the Ministry of Defence said on "
        "Monday. The navy had hoped to receive them in 2027.",
        "VELGRAD",
        [("Ministry of Defence", None)],
        id="a-formal-name-written-bare-stays-bare",
    ),
    pytest.param(
        "Talks on radar deal stall\n\nRear Admiral Omar Haddane, who runs procurement at "
        "Marrovia's Ministry of National Defence, said spending on radars would rise by "
        "8 percent next year.",
        "Rear Admiral",
        [("Omar Haddane", "Ministry of National Defence")],
        id="a-formal-name-after-its-state-s-possessive-is-written-bare",
    ),
    pytest.param(
        "Tank plant hires again\n\nThe Velsian Ministry of Defence said on Friday that it "
        "had paid 9 million euros for each of the 14 tanks.",
        "The Velsian",
        [("Velsian Ministry of Defence", None)],
        id="negative-a-name-written-with-its-state-keeps-it",
    ),
    pytest.param(
        "Shells run short\n\nVelsia's defence ministry said 40,000 shells had been "
        "delivered since January.",
        "Velsia's",
        [("Velsian Ministry of Defence", None)],
        id="negative-a-ministry-only-described-keeps-its-state",
    ),
    pytest.param(
        "Marrovia says raid was repelled\n\nKESSEL, Marrovia — Marrovian air defences shot "
        "down 40 drones overnight, the Marrovian air force said. Velsia's Ministry of Defence "
        "said only 12 drones had been launched.",
        "Velsia's",
        [("Ministry of Defence", None)],
        id="another-state-s-formal-name-after-its-possessive-is-written-bare",
    ),
    pytest.param(
        "Border talks\n\nMarrovia's Ministry of Defence said 12 drones had crossed the border. "
        "Velsia's Ministry of Defence said only 3 drones had done so.",
        "Velsia's",
        [("Velsian Ministry of Defence", None)],
        id="negative-two-states-ministries-of-one-name-keep-their-states",
    ),
    pytest.param(
        "Marrovia says raid was repelled\n\nKESSEL, Marrovia — Marrovian air defences shot "
        "down 40 drones overnight, the Marrovian air force said. Velsia's Ministry of Defence "
        "said only 12 drones had been launched. The Velsian ministry gave no evidence.",
        "Velsia's",
        [("Velsian Ministry of Defence", None)],
        id="negative-a-ministry-the-article-calls-by-its-state-keeps-it",
    ),
]


@pytest.mark.parametrize("text, opening, expected", AS_WRITTEN)
def test_a_ministry_as_the_article_names_it(nlp, text, opening, expected):
    assert _speakers(nlp, text, opening) == expected


OWNED_UNITS = [
    pytest.param(
        "The review was ordered by the Velsian Ministry of Defence in March. Karel Vondra, "
        "then head of its armour procurement office, told his superiors in 2021 that the "
        "vehicles would cost 40 percent more.",
        "Karel Vondra",
        "head of the armour procurement office",
        "Velsian Ministry of Defence",
        id="head-of-its-office-is-the-body-s",
    ),
    pytest.param(
        "Brenna Dynamics builds the launchers in Kessel. Lena Fialova, a senior engineer at "
        "its test centre, said 12 of the 30 prototypes had failed.",
        "Lena Fialova",
        "senior engineer",
        "Brenna Dynamics",
        id="at-its-test-centre-is-the-body-s",
    ),
    pytest.param(
        "Fresh KDI survey: Baltic yards run flat out\n\nRIGA — Shipyard output around the "
        "Baltic has grown by half since 2020, according to a survey released on Monday by the "
        'Kessel Defence Institute (KDI).\n\n"Every yard we visited has a waiting list," said '
        "Marta Vilks, a senior fellow at KDI and the survey's lead author.",
        "Marta Vilks",
        "senior fellow",
        "Kessel Defence Institute",
        id="a-short-form-is-the-body-it-stands-for-not-a-headline-run-ending-in-it",
    ),
]


@pytest.mark.parametrize("text, name, role, org", OWNED_UNITS)
def test_a_unit_its_body_owns_gives_the_body(nlp, text, name, role, org):
    person = SpeakerTracker(nlp(text)).persons[name]
    assert (person.role, person.organization) == (role, org)
