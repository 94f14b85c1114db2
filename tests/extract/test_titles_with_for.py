"""A title that names its field with "for" ("Minister for Coastal Affairs") is the same
office as the bare title later ("the minister said"), as one naming it with "of" is; the
words after "for" still say which office. The texts are written for these tests."""

from __future__ import annotations

from tests.extract.test_briefings_and_letters import _records, _speaker_of

_HARBOURS = (
    "Harbour works to double patrol berths by 2028\n"
    "\n"
    "Minister for Coastal Affairs Ilse Varndal opened the new pier at Skarholm on "
    "Monday, saying the navy's patrol berths on the west coast would double to 18 by "
    "2028.\n"
    "\n"
    '"We waited far too long for this. The last pier of this size took eleven years '
    'to approve and four to build," the minister told local reporters. "This one took '
    'two."\n'
)


def test_the_minister_is_the_minister_for_coastal_affairs():
    """ "the minister told" after "Minister for Coastal Affairs X": X, with her title."""
    speaker = _speaker_of(_HARBOURS, "The last pier of this size")
    assert speaker is not None
    assert speaker[:2] == ("Ilse Varndal", "Minister for Coastal Affairs")
    assert speaker[3] == "direct_quote"


def test_a_field_after_for_still_says_which_minister():
    """ "the finance minister" is not the Minister for Coastal Affairs named before."""
    text = _HARBOURS.replace(
        "the minister told local reporters", "the finance minister told local reporters"
    )
    speaker = _speaker_of(text, "The last pier of this size")
    assert speaker is None or speaker[0] != "Ilse Varndal"
    assert _records(text)  # the article still gives its claims


def test_a_field_after_of_gives_way_to_the_body_named_after_at():
    """ "Director of Land Equipment and Logistics at X's Ministry of Defence":
    the field is part of the office, the ministry is the body; a title whose "of" names
    a body keeps it."""
    text = (
        "Procurement chief sees more drones\n"
        "\n"
        "Colonel Vessna Marrek has been Director of Land Equipment and Logistics at "
        "Norway's Ministry of Defence since 2022. She said the army would field 40 more "
        "drones next year.\n"
    )
    speaker = _speaker_of(text, "She said the army")
    assert speaker is not None and speaker[0] == "Vessna Marrek"
    assert speaker[2] is not None and "Ministry of Defence" in speaker[2]
    kept = text.replace(
        "Director of Land Equipment and Logistics at Norway's Ministry of Defence",
        "Director General of the Oldevik Defence Agency",
    )
    speaker = _speaker_of(kept, "She said the army")
    assert speaker is not None and speaker[2] == "Oldevik Defence Agency"
