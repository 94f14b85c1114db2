"""The organisation a speaker speaks for, where the article gives it through a relative
"whose" ("the X Forum, a research group whose chief economist, Y, ...") or through a
body's name the tagger took for a person's ("Grupo X's chief executive, Y,", after "Grupo
X, a Seville-based shipbuilder"). The texts are written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.test_briefings_and_letters import _speaker_of

# (text, opening of the claim's sentence, (name, role, organisation))
ORGANISATIONS = [
    pytest.param(
        "The budget figures were checked by the Vistula Security Forum, a Warsaw research "
        "group whose chief economist, Pawel Nowacki, has followed defence spending for a "
        "decade. Nowacki said the plan would cost 18 billion zloty more than last year's.",
        "Nowacki said",
        ("Pawel Nowacki", "chief economist", "Vistula Security Forum"),
        id="whose-after-a-description-of-the-body",
    ),
    pytest.param(
        "Shell output was estimated by the Kestrel Institute, a Sydney think tank whose senior "
        "analyst, Tom Reyes, watched the debate from the gallery. Reyes said spending on "
        "munitions would rise 12 percent next year.",
        "Reyes said",
        ("Tom Reyes", "senior analyst", "Kestrel Institute"),
        id="whose-after-a-think-tank",
    ),
    pytest.param(
        "The turret contract went to Harwick Dynamics, whose chief executive, Ellen Marsh, "
        "has run the firm since 2019. Marsh said the plant would build 40 turrets a year.",
        "Marsh said",
        ("Ellen Marsh", "chief executive", "Harwick Dynamics"),
        id="whose-right-after-the-name",
    ),
    pytest.param(
        "The navy will buy six corvettes from Grupo Tessar, a Seville-based shipbuilder, "
        "under the plan.\n\nGrupo Tessar's chief executive, Ana Ruiz, said the yard could "
        "deliver two ships a year.",
        "Grupo Tessar's chief executive",
        ("Ana Ruiz", "chief executive", "Grupo Tessar"),
        id="a-described-body-is-no-person",
    ),
    pytest.param(
        "Norway, a country whose defence minister, Ola Strand, has promised more, will spend "
        "2 percent of its output on defence next year, Strand said.",
        "Norway, a country",
        ("Ola Strand", "defence minister", "Norway"),
        id="whose-after-a-country-stays-the-country",
    ),
    pytest.param(
        "Lena Varga, a Budapest-based analyst, has followed the tender for years. Lena Varga "
        "said the army would receive 40 fewer vehicles than planned.",
        "Lena Varga said",
        ("Lena Varga", "analyst", None),
        id="a-person-described-after-a-comma-stays-a-person",
    ),
]


@pytest.mark.parametrize("text, opening, speaker", ORGANISATIONS)
def test_the_organisation_given_in_context(text, opening, speaker):
    found = _speaker_of(text, opening)
    assert found is not None, "the claim has a speaker"
    assert found[:3] == speaker


def test_a_founder_of_a_company_stays_a_person():
    # the parser hangs both appositions on the name: only the first describes it
    text = (
        "The idea came from Marta Van Dijk, a founder of T9, a company outside Leeds. T9's "
        "business is planting hedges.\n\nAn acre of hedges can store 90 tons of carbon, "
        "Ms. Van Dijk said."
    )
    found = _speaker_of(text, "An acre")
    assert found is not None and found[0] == "Marta Van Dijk"
