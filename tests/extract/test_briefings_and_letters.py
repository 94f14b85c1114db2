"""Whole texts whose speaker is set by their form, not by a cue in the sentence: a
ministry's briefing transcript, a letter printed whole and signed, a podcast whose
labels are given names, a digest whose items each open on their own company. The
texts are written for these tests."""

from __future__ import annotations

import pytest

from pipeline.process.processor import Processor
from pipeline.records import Article


def _records(text):
    [(_, records)] = list(
        Processor().process([Article(article_id="a1", source="a.txt", text=text)])
    )
    return records


def _speaker_and_claim_of_cue(text, cue):
    """(speaker name, claim text) of the first record whose cue is `cue`."""
    found = [r for r in _records(text) if r.attribution and r.attribution.cue == cue]
    assert found, f"no record with the cue {cue!r}"
    return found[0].speaker.name, found[0].claim_text


def _speaker_of(text, opening):
    """(name, role, organisation, mode) of the record whose sentence opens so."""
    found = [r for r in _records(text) if r.sentence.startswith(opening)]
    assert found, f"no record opens with {opening!r}"
    r = found[0]
    if r.speaker is None:
        return None
    return (r.speaker.name, r.speaker.role, r.speaker.organization, r.attribution.mode)


_BRIEFING = (
    "REPUBLIC OF TAVENDA\n"
    "MINISTRY OF DEFENCE AND CIVIL PROTECTION\n"
    "\n"
    "Press briefing - transcript\n"
    "Spokesperson: Major Ilse Marrow\n"
    "Kellport, Friday\n"
    "\n"
    "A: Good afternoon. One item before questions. The navy commissioned two "
    "minehunters on Tuesday, the first of six on order.\n"
    "\n"
    "Q (Kellport Courier): Major, the opposition Green League says the minehunters "
    "cost 80 million euros each. Is that right?\n"
    "\n"
    "A: No. Each hull cost 61 million euros, and the whole programme stays within its"
    " budget of 390 million.\n"
    "\n"
    "Q (Radio Tavenda): {question}\n"
    "\n"
    "A: We trained 1,400 reservists this spring, twice as many as last year.\n"
)


def test_a_briefing_s_answers_are_the_spokesperson_s_its_head_names():
    """A briefing transcript names its spokesperson on a line of its head
    ("Spokesperson: Major X") under the ministry's name in capitals: the answer lines
    are hers, with that part and that ministry, though the questions name their outlet
    in brackets ("Q (Courier): ...")."""
    text = _BRIEFING.format(question="How many reservists did you train?")
    expected = (
        "Ilse Marrow",
        "Spokesperson",
        "Ministry of Defence and Civil Protection",
        "direct_quote",
    )
    assert _speaker_of(text, "Each hull cost 61 million euros") == expected
    assert _speaker_of(text, "We trained 1,400 reservists") == expected


def test_a_briefing_question_s_report_is_the_one_it_cites():
    """A question that reports what someone says ("Major, the opposition Green League
    says ...") is that source's claim, not the outlet's whose reporter asks."""
    text = _BRIEFING.format(question="How many reservists did you train?")
    found = _speaker_of(text, "Q (Kellport Courier): Major, the opposition")
    assert found is not None and found[0] == "Green League" and found[3] == "indirect"


_LETTER = (
    "Corvane Systems Annual Report 2025: A Letter from our Chair\n"
    "\n"
    "Dear fellow shareholders,\n"
    "\n"
    "When I wrote to you last spring I promised a year of delivery. I can report that"
    " we kept that promise.\n"
    "\n"
    "Our sales reached 2.3 billion euros, up 18 percent on 2024. The "
    "sonar plant at Brevik turned out 340 towed arrays, against 210 in 2024.\n"
    "\n"
    "We spent 160 million euros on new test tanks, the largest investment in our "
    "history.\n"
    "\n"
    "With thanks for your trust,\n"
    "\n"
    "Harriet Oyelaran\n"
    "Chair of the Board\n"
    "\n"
    "* * *\n"
    "\n"
    "Shares in Corvane Systems rose 4 percent after the report was published. "
    "Analysts at Lundgren Bank said the sonar figures beat their forecast of 300 "
    "arrays.\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        "Our sales reached 2.3 billion euros",
        "The sonar plant at Brevik turned out 340 towed arrays",
        "We spent 160 million euros",
    ],
)
def test_a_signed_letter_s_figures_are_its_signer_s(opening):
    """A letter printed whole ("Dear fellow shareholders," ... signed with a name and a
    title under it) speaks in its signer's voice: each of its figures is hers, mode
    according_to, with the title the signature gives and the company the article
    shows to be listed ("Shares in X rose")."""
    assert _speaker_of(_LETTER, opening) == (
        "Harriet Oyelaran",
        "Chair of the Board",
        "Corvane Systems",
        "according_to",
    )


def test_negative_an_article_with_no_salutation_is_no_letter():
    """The same paragraphs with no salutation line are the article's own voice, as a
    signed column's are (guideline: `null` when the article itself asserts it)."""
    text = _LETTER.replace("Dear fellow shareholders,\n\n", "")
    assert _speaker_of(text, "Our sales reached 2.3 billion euros") is None


_COMMA_TITLED = (
    "Taskell Marine Holdings: a letter to our customers\n"
    "\n"
    "Dear customers,\n"
    "\n"
    "We have handed over four of the six ferries, and the fifth sails in August. The "
    "delay on the first hull was 11 months.\n"
    "\n"
    "Jonah Perrault-Vey\n"
    "Chief Executive, Taskell Marine Holdings\n"
    "\n"
    "* * *\n"
    "\n"
    "Taskell Marine Holdings builds ferries for three coastal operators.\n"
)


@pytest.mark.parametrize(
    "opening",
    ["We have handed over four of the six ferries", "The delay on the first hull"],
)
def test_a_signature_s_title_and_body_after_a_comma(opening):
    """A title line written "Chief Executive, X Holdings" gives the role before the comma
    and the body the article names after it as the signer's organisation."""
    assert _speaker_of(_COMMA_TITLED, opening) == (
        "Jonah Perrault-Vey",
        "Chief Executive",
        "Taskell Marine Holdings",
        "according_to",
    )


_PODCAST = (
    "Signal Flags, episode 12: Who builds the northern fleet?\n"
    "\n"
    "Tomas: Welcome back to Signal Flags. I'm Tomas Ekberg.\n"
    "\n"
    "Runa: And I'm Runa Halvorsrud. With us today is Ingrid Sellevoll, senior "
    "fleet analyst with the Fjordline Institute. Ingrid, welcome.\n"
    "\n"
    "Ingrid: Thank you. The yards at Sandvik launched nine frigates last year, three "
    "times the 2021 total.\n"
    "\n"
    "Runa: Is that sustainable?\n"
    "\n"
    "Ingrid: Only if the steel keeps coming. They import about 70 percent of their "
    "plate.\n"
)


def test_a_podcast_label_written_as_a_given_name_is_the_person_introduced():
    """Labels that give only a first name ("Ingrid:") are the one person of the
    episode with that given name, as the hosts introduced her, part and body kept."""
    assert _speaker_of(_PODCAST, "They import about 70 percent") == (
        "Ingrid Sellevoll",
        "senior fleet analyst",
        "Fjordline Institute",
        "direct_quote",
    )


_DIGEST = (
    "THE YARD LIST\n"
    "Naval industry news, every Friday\n"
    "\n"
    "**Sonar orders.** Keldamar Acoustics, which makes towed sonar for three navies, "
    "said it had booked orders worth 140 million euros in the quarter. Chief "
    "executive Pia Strand said demand had never been higher.\n"
    "\n"
    "**Armour at last.** Brask Vehicle Company delivered its first 12 armoured trucks"
    " to the army on Monday, eight months late.\n"
    "\n"
    "**Drones in the north.** Torvane Aero, which flies patrol drones over the "
    "fishing grounds, reported revenue of 31 million euros, up 22 percent. Chief "
    "executive Ole Hammar said Torvane planned to take on 40 pilots.\n"
)


def test_a_digest_item_s_title_belongs_to_the_company_the_item_opens_on():
    """In a digest each item opens on its own company: a title given without a body
    ("Chief executive X said") is that item's company, though a company the lexicon
    types ("... Vehicle Company") was named in an earlier item; "X, which ..." marks a
    name as a body's, however the tagger read it."""
    found = _speaker_of(_DIGEST, "Chief executive Ole Hammar said")
    assert found is not None and found[:3] == ("Ole Hammar", "Chief executive", "Torvane Aero")


def test_a_table_credited_by_a_source_line_under_it_gives_records():
    """Rows laid out in columns with "Source: X" on the line under them become records
    of X's, through the whole pipeline (the credited rows once failed the article)."""
    text = (
        "Shell output has risen across the region.\n\n"
        "Country | 2024 | 2025\nVelmar | 120 | 210\nTessvik | 80 | 95\n"
        "Source: Harlow Institute"
    )
    rows = [r for r in _records(text) if "|" in r.sentence]
    assert [(r.speaker.name, r.attribution.mode) for r in rows] == [
        ("Harlow Institute", "according_to"),
        ("Harlow Institute", "according_to"),
    ]
