"""A body's noun with a word that sets it apart from the body of the same kind named
before ("the foreign ministry's spokesman" after "the Ministry of Defence"), and a body's
noun written before a title ("a defence ministry spokeswoman", "a company spokesman").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.claims import extract_drafts


def _speaker(nlp, text: str, opening: str) -> tuple[str | None, str | None, str | None]:
    """(speaker, role, organisation) of the first draft of the sentence that opens with
    `opening`."""
    drafts = [d for d in extract_drafts(nlp(text)) if d.sentence.text.startswith(opening)]
    assert drafts, f"no draft for {opening!r}"
    s = drafts[0].speaker
    return (s.name, s.role, s.organization) if s else (None, None, None)


_DEFENCE_FIRST = "The Ministry of Defence said on Monday that stocks had fallen by 20 percent.\n\n"


@pytest.mark.parametrize(
    "second, org",
    [
        pytest.param(
            "Later the foreign ministry's spokesman, Karel Dvorsky, said talks with three "
            "suppliers would add 40 launchers by June.",
            "foreign ministry",
            id="a-ministry-of-another-field-is-its-own-body",
        ),
        pytest.param(
            "Later the defence ministry's spokesman, Karel Dvorsky, said talks with three "
            "suppliers would add 40 launchers by June.",
            "Ministry of Defence",
            id="negative-the-same-field-is-the-ministry-named-before",
        ),
        pytest.param(
            "Later the ministry's spokesman, Karel Dvorsky, said talks with three suppliers "
            "would add 40 launchers by June.",
            "Ministry of Defence",
            id="negative-no-field-is-the-ministry-named-before",
        ),
        pytest.param(
            "Later the same ministry's spokesman, Karel Dvorsky, said talks with three "
            "suppliers would add 40 launchers by June.",
            "Ministry of Defence",
            id="negative-a-word-that-sets-nothing-apart",
        ),
    ],
)
def test_a_possessor_s_field_sets_its_body_apart(nlp, second, org):
    assert _speaker(nlp, _DEFENCE_FIRST + second, "Later the") == (
        "Karel Dvorsky",
        "spokesman",
        org,
    )


def test_an_american_spelling_is_the_same_field(nlp):
    text = (
        "The Ministry of Defense said on Monday that stocks had fallen by 20 percent.\n\n"
        "Later the defence ministry's spokesman, Karel Dvorsky, said talks with three "
        "suppliers would add 40 launchers by June."
    )
    assert _speaker(nlp, text, "Later the")[2] == "Ministry of Defense"


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Velmark's army fired 9,000 shells last month, officials said.\n\n"
            "A defence ministry spokeswoman, Ingrid Lovaas, later said the army would "
            "receive 30 new howitzers this year.",
            ("Ingrid Lovaas", "spokeswoman", "Velmark Ministry of Defence"),
            id="a-ministry-before-a-title-is-its-body-with-its-state",
        ),
        pytest.param(
            "Workers at Brenholt Naval Works voted to strike on Monday.\n\n"
            "A company spokesman, Pal Aasen, said 1,200 of the 1,900 welders had backed "
            "the walkout.",
            ("Pal Aasen", "company spokesman", "Brenholt Naval Works"),
            id="a-company-before-a-title-is-the-company-of-the-article",
        ),
    ],
)
def test_a_body_s_noun_before_a_title(nlp, text, expected):
    assert _speaker(nlp, text, "A ") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "A spokeswoman for the Ostrian embassy in Velgrad, Marta Kessler, said 85 "
            "engineers would arrive in March.",
            ("Marta Kessler", "spokeswoman", "Ostrian embassy"),
            id="a-title-whose-body-is-placed-with-in-before-the-name",
        ),
        pytest.param(
            "After a meeting in Velgrad, Marta Kessler said 85 engineers would arrive in March.",
            ("Marta Kessler", None, None),
            id="negative-a-place-after-an-event-gives-no-title",
        ),
    ],
)
def test_a_title_before_a_name_with_its_body_s_place(nlp, text, expected):
    assert _speaker(nlp, text, text[:8]) == expected
