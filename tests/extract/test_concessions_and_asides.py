"""What a verb of saying reports where the parser hung the writer's words on the
reported clause, or the reported clause on the verb: a clause of concession before the
main one has its own verb of saying and its own content ("While she admitted A, Vos
argued B"); what the writer adds about the speaker after a comma at the end of the
reported clause (a participle of saying or citing, a concession whose subject is the
speaker) is not part of it; a reported clause whose subject is a part of something
("said many of the contracts ... were signed") is reported, though the parser made the
part the verb's object; a reported clause whose own verb is one of saying ("Brandt says
Olenko promised A") is reported whole, not cut at that verb. The texts are written for
these tests."""

from __future__ import annotations

import pytest

from tests.extract.test_briefings_and_letters import _records, _speaker_and_claim_of_cue

_VOS = "Commander Ilse Vos spoke to the committee on Monday. "


_BRANDT = (
    "Lena Brandt, a spokeswoman for the shipyard, spoke on Friday. Dmitri Olenko, the "
    "union leader, met the board. "
)

# (text, the record's cue, its speaker's name, its claim text)
CASES = [
    pytest.param(
        _BRANDT + "Brandt says Olenko promised to end the strike by March and said he would "
        "accept a 6 percent raise.",
        "says",
        "Lena Brandt",
        "Olenko promised to end the strike by March and said he would accept a 6 percent raise",
        id="a-reported-clause-whose-verb-is-one-of-saying-is-reported-whole",
    ),
    pytest.param(
        _BRANDT + "Brandt says Olenko promised to end the strike by March and said he would "
        "accept a 6 percent raise.",
        "promised",
        "Dmitri Olenko",
        "to end the strike by March",
        id="the-relayed-promise-keeps-its-own-record",
    ),
    pytest.param(
        _BRANDT + "Brandt said the yard had lost 30 welders, while Olenko said it had lost 45.",
        "said",
        "Lena Brandt",
        "the yard had lost 30 welders",
        id="a-second-speaker-after-while-still-ends-the-first-content",
    ),
    pytest.param(
        _VOS + "While she admitted fuel prices were one big reason the navy lost 12 ships, "
        "Vos also argued several hidden repairs left the budget 20 percent short.",
        "admitted",
        "Ilse Vos",
        "fuel prices were one big reason the navy lost 12 ships",
        id="a-concession-before-the-main-verb-reports-its-own-clause",
    ),
    pytest.param(
        _VOS + "While she admitted fuel prices were one big reason the navy lost 12 ships, "
        "Vos also argued several hidden repairs left the budget 20 percent short.",
        "argued",
        "Ilse Vos",
        "several hidden repairs left the budget 20 percent short",
        id="the-main-verb-after-a-concession-keeps-its-clause",
    ),
    pytest.param(
        "Naval analysts said regional rivalries have pushed Ostria's budget up by 8 "
        "percent, citing the strategic value of a coast that borders two rival powers.",
        "said",
        "Naval analysts",
        "regional rivalries have pushed Ostria's budget up by 8 percent",
        id="citing-after-the-reported-clause",
    ),
    pytest.param(
        _VOS + "She claimed that the fleet had lost 12 ships since 2020, although she again "
        "refused to release the full report before the audit.",
        "claimed",
        "Ilse Vos",
        "that the fleet had lost 12 ships since 2020",
        id="a-concession-of-the-speaker-after-the-reported-clause",
    ),
    pytest.param(
        "The minister said the fleet would grow to 40 ships, adding that the yard needed "
        "300 more welders.",
        "said",
        "minister",
        "the fleet would grow to 40 ships",
        id="adding-after-the-reported-clause",
    ),
    pytest.param(
        "The spokeswoman said many of the contracts that auditors object to were signed in 2019.",
        "said",
        "spokeswoman",
        "many of the contracts that auditors object to were signed in 2019",
        id="a-part-of-something-as-the-reported-subject",
    ),
    pytest.param(
        "The admiral said much of the fleet is idle for 40 percent of the year.",
        "said",
        "admiral",
        "much of the fleet is idle for 40 percent of the year",
        id="much-of-as-the-reported-subject",
    ),
    # guards: the reported clause's own words
    pytest.param(
        "The minister said the fleet would grow to 40 ships, although it will take a decade.",
        "said",
        "minister",
        "the fleet would grow to 40 ships, although it will take a decade",
        id="a-concession-about-something-else-is-reported",
    ),
    pytest.param(
        "The minister said the fleet would grow to 40 ships, reaching 50 by 2030.",
        "said",
        "minister",
        "the fleet would grow to 40 ships, reaching 50 by 2030",
        id="a-participle-that-says-nothing-is-reported",
    ),
]


@pytest.mark.parametrize("text, cue, speaker, claim", CASES)
def test_concessions_and_asides(text, cue, speaker, claim):
    assert _speaker_and_claim_of_cue(text, cue) == (speaker, claim)


def test_a_part_of_something_the_speaker_talked_about_is_no_clause():
    text = "The admiral said many of the things he had heard about the 12 frigates."
    assert [r.attribution for r in _records(text) if r.attribution] == []
