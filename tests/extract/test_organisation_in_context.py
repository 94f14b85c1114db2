"""The organisation a speaker speaks for, where the article gives it through a relative
"whose" ("the X Forum, a research group whose chief economist, Y, ..."), through a
body's name the tagger took for a person's ("Grupo X's chief executive, Y,", after "Grupo
X, a Seville-based shipbuilder"), after a place that only qualifies the body's kind ("a
researcher at the Bucharest think tank X"), with "from" after the name ("Dr Y from the
X University"), or through the person whose office it is ("Aalto's deputy, Colonel Y,"
is of the body Aalto is of). The texts are written for these tests."""

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
    pytest.param(
        "Sofia Marin, a researcher at the Bucharest think tank Strategic Horizons, estimated "
        "that Romania would spend 2.5 percent of its output on defence.",
        "Sofia Marin",
        ("Sofia Marin", "researcher", "Strategic Horizons"),
        id="a-place-before-the-kind-then-the-name",
    ),
    pytest.param(
        '"We will double output by 2026," said Dr Mara Quist from the Baltic Defence University.',
        '"We will double',
        ("Mara Quist", None, "Baltic Defence University"),
        id="a-name-from-a-body",
    ),
    pytest.param(
        "Professor Ivo Ranta from the University of Tartu said the plant would need 300 more "
        "workers.",
        "Professor Ivo Ranta",
        ("Ivo Ranta", "Professor", "University of Tartu"),
        id="a-titled-name-from-a-university",
    ),
    pytest.param(
        '"It is too slow, we lose 20 ships a year," said Anna Berg from Malmo, who works at '
        "the port.",
        '"It is too slow',
        ("Anna Berg", None, None),
        id="a-name-from-a-town-has-no-organisation",
    ),
    pytest.param(
        "Holger Brandt, chairman of the supervisory board at Lindner Werke, said the company "
        "would hire 500 workers.\n\nLindner Werke's head of sales, Nina Graf, said orders had "
        "doubled.",
        "Lindner Werke's head",
        ("Nina Graf", "head of sales", "Lindner Werke"),
        id="a-body-tagged-as-a-person-only-before-its-possessive",
    ),
    pytest.param(
        "HELSINKI — Finland's defence forces will receive 60 new howitzers next year.\n\n"
        "Brigadier General Kari Aalto, the army's chief of logistics, said deliveries would "
        "start in March.\n\nAalto's deputy, Colonel Leena Virta, told reporters the brigade "
        "had trained 400 gunners.",
        "Aalto's deputy",
        ("Leena Virta", "deputy", "Finnish Army"),
        id="a-named-person-s-deputy-is-of-that-person-s-body",
    ),
    pytest.param(
        "HELSINKI — Finland's defence forces will receive 60 new howitzers next year.\n\n"
        "Brigadier General Kari Aalto, the army's chief of logistics, said deliveries would "
        "start in March.\n\nAalto's lawyer, Minna Salo, said the claim was worth 2 million "
        "euros.",
        "Aalto's lawyer",
        ("Minna Salo", "lawyer", None),
        id="a-named-person-s-lawyer-speaks-for-no-body",
    ),
    pytest.param(
        "The Army wants to buy 1,000 more missiles next year, according to budget documents. "
        "The request, which Congress must still approve, is 40 percent larger than this "
        "year's.\n\nLt. Gen. Robert Collins, the service's top acquisition officer, told "
        "lawmakers that production lines were running at full capacity. Collins said output "
        "had doubled since 2022.",
        "Collins said",
        ("Robert Collins", "top acquisition officer", "Army"),
        id="the-service-is-the-armed-service-named-last",
    ),
    pytest.param(
        "Gen. Paul Hartmann, commander of Army Materiel Command, said output had tripled.\n\n"
        "Later, Douglas Bush, the Army's acquisition chief, said the service had spent 2.1 "
        "billion dollars on new plants.",
        "Later, Douglas Bush",
        ("Douglas Bush", "acquisition chief", "Army"),
        id="the-army-s-officer-is-of-the-army-not-of-a-command-of-it",
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
