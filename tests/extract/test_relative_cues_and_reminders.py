"""A verb of promising or saying that heads a relative clause on the thing promised ("the
14 that the government promised to field") reports nothing of the sentence; "remind"
and "inform" report what follows them as "tell" does. The texts are written for these
tests."""

from __future__ import annotations

from tests.extract.test_briefings_and_letters import _speaker_of

_TARGET = (
    "Navy still short of frigates\n"
    "\n"
    "Brannvik's navy has 9 frigates in service, fewer than the 14 that the government "
    "promised to field by 2030.\n"
)


def test_a_relative_clause_on_what_was_pledged_is_no_attribution():
    """The figures are the writer's: the government promised frigates, it did not report
    how many the navy has."""
    assert _speaker_of(_TARGET, "Brannvik's navy has 9 frigates") is None


def test_a_relative_clause_with_a_clause_of_its_own_still_reports():
    """ "the budget, which the minister said would reach 2 percent": the minister said it."""
    text = _TARGET.replace(
        "Brannvik's navy has 9 frigates in service, fewer than the 14 that the government "
        "promised to field by 2030.",
        "Brannvik will raise its budget, which Finance Minister Halvard Tessen said would "
        "reach 2 percent of economic output by 2028.",
    )
    speaker = _speaker_of(text, "Brannvik will raise")
    assert speaker is not None and speaker[0] == "Halvard Tessen"


def test_reminded_reporters_that_is_reported_speech():
    text = (
        "Navy still short of frigates\n"
        "\n"
        "Finance Minister Halvard Tessen reminded reporters that Brannvik had bought 3 "
        "frigates in the last decade.\n"
        "\n"
        "He informed parliament on Friday that the navy would get 300 million more.\n"
    )
    reminded = _speaker_of(text, "Finance Minister Halvard Tessen reminded")
    assert reminded is not None and reminded[0] == "Halvard Tessen" and reminded[3] == "indirect"
    informed = _speaker_of(text, "He informed parliament")
    assert informed is not None and informed[0] == "Halvard Tessen"
