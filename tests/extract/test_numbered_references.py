"""Numbered references: a sentence that cites "[n]" and has no cue of its own is the
cited source's; the list at the end and a marker split off on its own make no claims.
The texts are written for these tests."""

from __future__ import annotations

from pipeline.extract.footnotes import References, marker_only
from tests.extract.test_briefings_and_letters import _records

_BLOG = (
    "Six numbers behind Selvara's naval budget\n"
    "\n"
    "By the Saltmarsh Notes team\n"
    "\n"
    "The navy's share of Selvara's defence spending climbs to 34 percent next year, from "
    "27 percent this year [1]. That is the largest shift between the services in a decade.\n"
    "\n"
    "Money for new patrol boats doubles to 180 million dollars [1]. The builder, Dunmoor "
    "Marine, delivered four hulls in 2025 and expects to deliver seven in 2026 [2].\n"
    "\n"
    'Rear Admiral Oda Varn told the budget committee that crews were "the real limit, '
    'not steel", and put the shortfall at 420 sailors [3].\n'
    "\n"
    "Fuel for the fleet costs 61 million dollars, 9 percent above this year [1].\n"
    "\n"
    "Notes\n"
    "\n"
    "[1] Selvara Finance Ministry, Budget Bill 2026, Annex 4 (Defence), March 2026.\n"
    "[2] Dunmoor Marine, annual report 2025, p. 12.\n"
    "[3] Record of the budget committee hearing, 4 February 2026.\n"
)


def _by_opening(records, opening):
    found = [r for r in records if r.sentence.startswith(opening)]
    assert found, f"no record opens with {opening!r}"
    return found[0]


def test_a_cited_sentence_is_the_referenced_sources():
    records = _records(_BLOG)
    for opening in ("The navy's share", "Money for new patrol boats", "Fuel for the fleet"):
        record = _by_opening(records, opening)
        assert record.speaker is not None
        assert record.speaker.name == "Selvara Finance Ministry"
        assert record.attribution.mode == "according_to"


def test_a_company_entry_speaks_for_the_company():
    record = _by_opening(_records(_BLOG), "The builder, Dunmoor Marine")
    assert record.speaker is not None
    assert record.speaker.name == "Dunmoor Marine"


def test_a_sentence_with_its_own_cue_keeps_it():
    """ "Rear Admiral Oda Varn told the budget committee ... [3]": the admiral speaks."""
    record = _by_opening(_records(_BLOG), "Rear Admiral Oda Varn")
    assert record.speaker is not None and record.speaker.name == "Oda Varn"


def test_the_list_and_a_marker_alone_make_no_claims():
    records = _records(_BLOG)
    assert not any(r.sentence.lstrip().startswith("[") for r in records)
    assert not any("Annex 4" in r.sentence or "annual report 2025" in r.sentence for r in records)


def test_a_list_is_numbered_from_one_and_ends_the_text():
    text = "Some text.\n\n[1] Office of Audit, Report 3.\n[2] Harbour Board, minutes.\n"
    refs = References.of(text)
    assert sorted(refs.entries) == [1, 2]
    first = refs.entries[1]
    assert text[first.source_start : first.source_end] == "Office of Audit"
    assert refs.holds(text.index("[2]")) and not refs.holds(0)
    assert not References.of(text.replace("[1]", "[3]"))  # not numbered from one
    assert not References.of(text + "\nMore prose after the list.\n")  # not at the end
    assert not References.of("Some text.\n\n[1] Office of Audit, Report 3.\n")  # one line


def test_an_entry_leads_in_to_its_source():
    text = (
        "It rose 4 percent [2]. It fell [9].\n\n"
        "[1] Speech by General Ana Ruiz to the Harbour Forum, May.\n"
        "[2] Interview with Tomas Ek, Radio North.\n"
    )
    refs = References.of(text)
    named = [text[e.source_start : e.source_end] for e in refs.entries.values()]
    assert named == ["General Ana Ruiz", "Tomas Ek"]
    first = text.index(".") + 1
    assert refs.cited(text, 0, first).number == 2
    assert refs.cited(text, first + 1, text.index(".", first) + 1) is None  # no entry 9
    assert marker_only("[4].") and not marker_only("[4] Ministry")
