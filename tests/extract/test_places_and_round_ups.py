"""Where a person works is not a place named after "in" ("at a college in Bergen"); "the
country's defence minister" in a round-up of several states belongs to the state its
paragraph is about; the states of the world are known by name. The texts are written for
these tests."""

from __future__ import annotations

from tests.extract.test_briefings_and_letters import _speaker_of

_COLLEGE = (
    "Fleet too small for the north, says a retired officer\n"
    "\n"
    "Ilka Brandvold, a retired commander who now lectures at a naval college in Bergen, "
    "said the fleet would need 12 more frigates to patrol the northern approaches.\n"
)


def test_a_place_after_in_is_not_the_speakers_organisation():
    """ "at a naval college in Bergen": an unnamed college, so no organisation."""
    speaker = _speaker_of(_COLLEGE, "Ilka Brandvold")
    assert speaker is not None
    assert speaker[:3] == ("Ilka Brandvold", "retired commander", None)


def test_an_owner_after_in_still_counts():
    """ "an analyst in Norway's defence ministry": the ministry is where she works."""
    text = _COLLEGE.replace(
        "a retired commander who now lectures at a naval college in Bergen",
        "a senior adviser at the planning office in Norway's defence ministry",
    )
    speaker = _speaker_of(text, "Ilka Brandvold")
    assert speaker is not None and speaker[2] is not None and "Bergen" not in speaker[2]


_ROUND_UP = (
    "Pacific and Baltic briefs\n"
    "\n"
    "OSLO - Norway will buy 14 coastal radars over the winter, up from seven in 2023, "
    "Defence Minister Tove Aalstad said on Monday.\n"
    "\n"
    "SUVA - Work on a new patrol boat slipway in Fiji is six months late, two engineers "
    "on the project said. The slipway is paid for by New Zealand. The country's defence "
    "minister, Semi Rokotuni, told parliament that its cost of 30 million had not risen.\n"
)


def test_the_countrys_minister_belongs_to_the_state_of_his_paragraph():
    """Not the article's first state (Norway), nor the donor named just before (New
    Zealand): the state the paragraph is about."""
    speaker = _speaker_of(_ROUND_UP, "The country's defence minister")
    assert speaker is not None
    assert speaker[:3] == ("Semi Rokotuni", "defence minister", "Fiji")
    norway = _speaker_of(_ROUND_UP, "OSLO - Norway")
    assert norway is not None and norway[0] == "Tove Aalstad" and norway[2] is not None
    assert "Norw" in norway[2]
