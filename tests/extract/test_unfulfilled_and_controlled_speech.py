"""An infinitive of saying under a verb of demand, wish, plan or promise reports nothing
said ("The law requires contractors to tell the ministry when ...", "Lawmakers want the
Pentagon to explain why ..."): its content stays the article's own, with no speaker. An
infinitive of saying under a verb that makes its object do it ("forced the chief
executive to admit that ...") is the object's words, not the subject's. The texts are
written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.test_briefings_and_letters import _records, _speaker_and_claim_of_cue

_YARD = "Mira Kessler, the yard's director, faced the committee on Tuesday. "

# texts whose verb of saying reports nothing: no record takes it as a cue
UNFULFILLED = [
    pytest.param(
        "The 2021 procurement law requires contractors to tell the ministry when a delivery "
        "slips by more than 30 days.",
        "tell",
        id="a-law-requires-firms-to-tell",
    ),
    pytest.param(
        "Lawmakers want the Pentagon to explain why the tanker programme cost 40 percent more "
        "than planned.",
        "explain",
        id="lawmakers-want-an-explanation",
    ),
    pytest.param(
        _YARD + "The auditors asked Kessler to disclose how many of the 14 hulls had failed "
        "their sea trials.",
        "disclose",
        id="asked-to-disclose",
    ),
    pytest.param(
        _YARD + "Kessler promised to report by March how many of the 14 hulls had failed "
        "their sea trials.",
        "report",
        id="promised-to-report",
    ),
    pytest.param(
        "The defence minister is expected to announce on Monday that shell output will "
        "triple by 2026.",
        "announce",
        id="expected-to-announce",
    ),
]


@pytest.mark.parametrize("text, verb", UNFULFILLED)
def test_an_infinitive_of_saying_that_was_only_asked_for_reports_nothing(text, verb):
    records = _records(text)
    assert records, "the figure is still a claim"
    assert [r.attribution.cue for r in records if r.attribution and r.attribution.cue == verb] == []


# (text, cue, speaker, claim): the verb of saying still reports where it was said
SAID = [
    pytest.param(
        _YARD + "Kessler told the committee that 3 of the 14 hulls had failed their sea trials.",
        "told",
        "Mira Kessler",
        "that 3 of the 14 hulls had failed their sea trials",
        id="told-the-committee",
    ),
    pytest.param(
        _YARD + "Kessler managed to explain that output fell 12 percent in the spring.",
        "explain",
        "Mira Kessler",
        "that output fell 12 percent in the spring",
        id="managed-to-explain-the-subject-speaks",
    ),
    pytest.param(
        _YARD + "The senator used the hearing to say that the fleet had lost 12 ships.",
        "say",
        "senator",
        "that the fleet had lost 12 ships",
        id="used-the-hearing-to-say-the-subject-speaks",
    ),
    pytest.param(
        _YARD + "The committee forced Kessler to admit that 1,200 welders had been hired "
        "without checks.",
        "admit",
        "Mira Kessler",
        "that 1,200 welders had been hired without checks",
        id="forced-her-to-admit-the-object-speaks",
    ),
    pytest.param(
        "The committee forced the chief executive to admit that 1,200 accounts had been "
        "opened without consent.",
        "admit",
        "chief executive",
        "that 1,200 accounts had been opened without consent",
        id="forced-the-chief-executive-to-admit",
    ),
]


@pytest.mark.parametrize("text, cue, speaker, claim", SAID)
def test_an_infinitive_of_saying_that_was_said(text, cue, speaker, claim):
    assert _speaker_and_claim_of_cue(text, cue) == (speaker, claim)
