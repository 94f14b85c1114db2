"""What a cue reports when the parser hangs more than its clause on it, and who speaks
when the tagger reads a name differently in one place: a clause before the cue cut off
by a semicolon, a colon or a conjunction of its own is the writer's; an "according to"
phrase that swallowed its sentence ends at its comma; a cue set off by commas inside
its content reports the whole of it; a quotation opened in one style of double marks
and closed in the other is one quotation; a short form in capitals and a name typed
as an organisation elsewhere in the article still speak. The texts are written for
these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from pipeline.extract.quotes import quote_regions
from pipeline.extract.speakers import SpeakerTracker
from tests.extract.test_briefings_and_letters import _records


def _record(text, opening):
    found = [r for r in _records(text) if r.sentence.startswith(opening)]
    assert found, f"no record opens with {opening!r}"
    return found[0]


# (text, the opening of the sentence, the speaker's name, how its claim text starts)
CONTENT_CASES = [
    pytest.param(
        "Procurement slowed in 2025. It’s an unlikely outcome; the navy’s staff says the "
        "four frigates will still arrive by 2028.",
        "It’s an unlikely outcome",
        "navy’s staff",
        "the four frigates will still arrive",
        id="a-clause-before-a-semicolon-is-the-writers",
    ),
    pytest.param(
        "It is a distant prospect; Mr Orlov's office says he will visit 14 garrisons "
        "later this year.",
        "It is a distant prospect",
        "Mr Orlov's office",
        "he will visit 14 garrisons",
        id="a-semicolon-before-a-possessive-subject",
    ),
    pytest.param(
        "The audit caused a stir in parliament on Tuesday: opposition deputies said the "
        "army had overstated its reserves by 40 percent.",
        "The audit caused a stir",
        "opposition deputies",
        "the army had overstated its reserves",
        id="a-clause-before-a-colon-is-the-writers",
    ),
    pytest.param(
        "While he admitted inflation was a major reason the budget ran over, Tarn also "
        "noted several “hidden” costs left it 12 percent short.",
        "While he admitted",
        "Tarn",
        "several “hidden” costs left it",
        id="a-clause-opened-by-while-is-no-content-of-the-later-verb",
    ),
    pytest.param(
        "The ministry cut the budget for spares again. According to defence analyst Mira "
        "Tollan, the cut reeks of neglect and of 30 years of delay.",
        "According to defence analyst",
        "Mira Tollan",
        "the cut reeks of neglect",
        id="according-to-that-swallowed-its-sentence-ends-at-its-comma",
    ),
    pytest.param(
        "The inquiry heard from the yard's owners. Those welders, Ms Varga explained "
        "earlier in the hearing, were “well paid,” earning between $40,000 and $70,000 "
        "a year.",
        "Those welders",
        "Varga",
        "Those welders, Ms Varga explained",
        id="a-cue-set-off-inside-its-content-parsed-as-the-main-verb",
    ),
    pytest.param(
        "The plant will close in May, the minister said, and 300 jobs will go.",
        "The plant will close",
        "minister",
        "The plant will close in May",
        id="guard-a-clause-before-a-comma-is-still-content",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker", "content"), CONTENT_CASES)
def test_what_a_cue_reports(text, opening, speaker, content):
    record = _record(text, opening)
    assert record.speaker is not None
    assert record.speaker.name == speaker
    assert record.claim_text.startswith(content)


# (text, the opening of the sentence, the speaker's name)
MIXED_MARK_CASES = [
    pytest.param(
        "Colonel Ana Brix spoke to reporters at the base. “We will field 40 drones by "
        'June," Colonel Brix said.',
        "“We will field 40 drones",
        "Ana Brix",
        id="curly-opened-straight-closed",
    ),
    pytest.param(
        'The yard reopened in May. "The yard now has 300 welders,” said Tomas Reel, its director.',
        '"The yard now has 300 welders',
        "Tomas Reel",
        id="straight-opened-curly-closed",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), MIXED_MARK_CASES)
def test_a_quotation_in_mixed_marks_is_quoted(text, opening, speaker):
    record = _record(text, opening)
    assert record.speaker is not None and record.speaker.name == speaker
    assert record.attribution.mode == "direct_quote"


def test_a_straight_mark_after_a_digit_closes_nothing():
    """'the 5" gun' inside a quotation opened with a curly mark: a measure in inches,
    the quotation runs on to its curly closer."""
    text = '“The old 5" gun fires 20 rounds a minute,” the gunner said.'
    [(start, end)] = quote_regions(text)
    assert text[start:end] == '“The old 5" gun fires 20 rounds a minute,”'


def test_a_short_form_in_capitals_untagged_speaks_for_its_body(nlp):
    """ "NDSR reported" where the tagger typed NDSR as nothing: the register the article
    named in full before, under the short form it writes."""
    text = (
        "The Nordic Defence Supply Register listed 40 firms in 2024. NDSR reported on "
        "Tuesday that 12 of them had closed."
    )
    doc = nlp(text)
    doc.ents = [e for e in doc.ents if e.text != "NDSR"]
    [short] = [t for t in doc if t.text == "NDSR"]
    assert not short.ent_type_
    tracker = SpeakerTracker(doc)
    assert [s.name for s in tracker.resolve(short)] == ["NDSR"]


def test_a_name_typed_as_an_organisation_elsewhere_speaks(nlp):
    """'"...," Harbourline says.' read as a work of art, after the tagger typed
    Harbourline as an organisation in the sentence before: the organisation."""
    text = (
        "Harbourline tracks ship movements in the strait. “Eleven tankers crossed the "
        "strait in March alone,” Harbourline says."
    )
    doc = nlp(text)
    first, second = [t.i for t in doc if t.text == "Harbourline"]
    keep = [e for e in doc.ents if not (e.start <= first < e.end or e.start <= second < e.end)]
    doc.ents = keep + [
        Span(doc, first, first + 1, label="ORG"),
        Span(doc, second, second + 1, label="WORK_OF_ART"),
    ]
    tracker = SpeakerTracker(doc)
    assert [s.name for s in tracker.resolve(doc[second])] == ["Harbourline"]


def test_a_person_typed_otherwise_elsewhere_is_no_organisation(nlp):
    """Guard: a name the tagger typed as an organisation once is not taken for one
    where it is a person of the article ("Lena Vik ... Vik said")."""
    text = (
        "Lena Vik, a port official, counted the ships. Vik Shipping was not involved. "
        "“Eleven tankers crossed in March,” Vik said."
    )
    doc = nlp(text)
    tracker = SpeakerTracker(doc)
    last = [t for t in doc if t.text == "Vik"][-1]
    assert [s.name for s in tracker.resolve(last)] == ["Lena Vik"]


def test_a_quotation_nested_in_the_other_style_does_not_close_the_outer_one():
    """Guard: '"... the question: “Do you ...?” Forty, yes."': the curly pair is a
    quotation inside the straight one, which runs on to its own straight closer."""
    text = (
        '"I will read you the question: “Do you think the 40 new tanks matter?” Forty, '
        'yes; twelve, no."\n\nThe poll closed.'
    )
    assert [text[a:b] for a, b in quote_regions(text)] == [text[: text.index("\n")]]


def test_a_pronoun_in_a_line_of_capitals_names_no_one(nlp):
    """ "PARLIAMENT SUMMONED HIM — Tolland's schedule ...": the capitals are a heading's
    words glued to the paragraph; its "HIM" is no one's pronoun (it took the speaker
    of the quotation before), the "he" after the heading is Tolland."""
    from pipeline.nlp.model import set_doc_text

    text = (
        "Admiral Rhys Tolland commands the northern fleet. Critics have long doubted his "
        'plans. "The fleet has 14 ships, and half of them cannot sail,” said Piet Larsen, '
        "a retired captain.\n\nPARLIAMENT SUMMONED HIM — Tolland’s refit schedule drew "
        "the attention of parliament, where he appeared at a hearing in 2025."
    )
    doc = nlp(text)
    set_doc_text(doc, text)
    tracker = SpeakerTracker(doc)
    [heading] = [t.i for t in doc if t.text == "HIM"]
    [he] = [t.i for t in doc if t.text == "he"]
    assert heading not in tracker._pronouns
    assert tracker._pronouns[he].name == "Rhys Tolland"


def test_a_capitalised_field_before_a_body_its_state_owns_is_part_of_the_title():
    """ "Director General of Maritime Systems and Sensors at Ostria's Ministry of
    Defence": the field is the title's, the ministry the body (the state owning it no
    longer hides the body from the field test)."""
    from tests.extract.test_briefings_and_letters import _speaker_of

    text = (
        "Navy orders sonar\n\n"
        "Commodore Lisbet Aune has been Director General of Maritime Systems and Sensors "
        "at Sweden's Ministry of Defence since 2023. She said the navy would buy 12 new "
        "sonar sets by 2027.\n"
    )
    speaker = _speaker_of(text, "She said the navy")
    assert speaker is not None
    assert speaker[1] == "Director General of Maritime Systems and Sensors"
    assert speaker[2] is not None and "Ministry of Defence" in speaker[2]


# (the sentence, after a lead of its own, and the typed group or the body that speaks)
SPEAKER_NAME_CASES = [
    pytest.param(
        "Three officials familiar with the tender, who declined to be identified, said the "
        "ministry had received 12 bids.",
        "officials familiar with the tender",
        id="a-relative-clause-set-off-by-commas-is-no-part-of-the-type",
    ),
    pytest.param(
        "Two diplomats from Caribbean island states who attended the summit said their "
        "navies needed 30 more patrol boats.",
        "diplomats from Caribbean island states",
        id="a-relative-clause-hung-on-the-last-noun-ends-the-type",
    ),
    pytest.param(
        "Analysts in Tunis say salaries took most of the 8 percent increase.",
        "Analysts in Tunis",
        id="a-city-the-tagger-took-for-a-people",
    ),
    pytest.param(
        "Diplomats in Geneva said 40 inspectors would be sent.",
        "Diplomats in Geneva",
        id="guard-a-city-tagged-as-a-place",
    ),
    pytest.param(
        "Economists at several Lisbon banks estimated that the plan would add 3 billion "
        "euros to the deficit.",
        "Economists",
        id="guard-a-workplace-placed-by-its-city-types-no-group",
    ),
    # a body's name the tagger cut at its "and"
    pytest.param(
        "According to the Centre for Arctic and Maritime Security, a think tank in "
        "Tromso, the navy has 14 ships.",
        "Centre for Arctic and Maritime Security",
        id="a-name-cut-at-its-and-is-one-name",
    ),
    pytest.param(
        "The Centre for Naval Analysis and Amberley Shipyards said 12 ships were in the port.",
        "Centre for Naval Analysis",
        id="guard-a-second-body-after-and-stays-apart",
    ),
]


@pytest.mark.parametrize(("sentence", "name"), SPEAKER_NAME_CASES)
def test_the_name_a_group_or_a_body_speaks_under(sentence, name):
    record = _record(f"The ministry faces questions.\n\n{sentence}", sentence[:20])
    assert record.speaker is not None
    assert record.speaker.name == name


def test_a_gerund_after_by_on_a_verb_hung_on_the_name():
    """ "The editor, Ana Brito, who chaired it, opened by reminding viewers that ...":
    the parser hung "opened" on the name as a participle and its "by" as an agent; the
    name is who reminds."""
    from tests.extract.test_briefings_and_letters import _speaker_of

    text = (
        "Budget dominates the debate\n\n"
        "The channel's senior editor, Ana Brito, who chaired the debate, opened by reminding "
        "viewers that the country spent 1.4 percent of its output on defence last year, "
        "well below the target the alliance agreed.\n"
    )
    speaker = _speaker_of(text, "The channel's senior editor")
    assert speaker is not None and speaker[0] == "Ana Brito"


# (text, the opening of a sentence that must have no record attributed to anyone)
NO_REPORT_CASES = [
    pytest.param(
        "Colonel Ines Raud left the army in 2019. That was what Colonel Raud said when she "
        "resigned from the staff after the 14 tanks were sold.",
        "That was what Colonel Raud said",
        id="what-someone-said-is-a-thing-not-a-report",
    ),
    pytest.param(
        "The region has seen this before: the old junta declared war on its neighbour in "
        "1987 and lost 3,000 soldiers.",
        "The region has seen this before",
        id="a-clause-a-colon-ends-is-no-content-of-the-verb-after-it",
    ),
]


@pytest.mark.parametrize(("text", "opening"), NO_REPORT_CASES)
def test_no_report(text, opening):
    records = [r for r in _records(text) if r.sentence.startswith(opening)]
    assert records, f"no record opens with {opening!r}"
    assert all(r.speaker is None for r in records)
