"""What the article says about a claim: cues, negation, references, linking and the assessor.

The articles below are written for these tests; the checks on the users' own examples (the
issue's targets for the Rutte and Chemezov articles) are at the end, skipped without
`../shared/corpus`.
"""

from __future__ import annotations

import pytest

from pipeline.extract.claims import extract_drafts
from pipeline.ingest.files import read_file
from pipeline.nlp.model import set_doc_text
from pipeline.normalize import assessment as assessment_module
from pipeline.normalize.assessment import find_cues, has_cue, negated_label
from pipeline.normalize.to_records import to_records
from pipeline.records import Article, ClaimRecord
from tests.conftest import ASSESS, SHARED


def _records(nlp, text: str) -> list[ClaimRecord]:
    article = Article(article_id="a_test", source="test.txt", text=text)
    doc = nlp(text)
    set_doc_text(doc, text)
    return to_records(article, extract_drafts(doc))


def _by_start(records: list[ClaimRecord], prefix: str) -> list[ClaimRecord]:
    found = [r for r in records if r.sentence.startswith(prefix)]
    assert found, f"no claim starts with {prefix!r}: {[r.sentence for r in records]}"
    return found


# -- cue patterns -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, labels",
    [
        ("this claim appears to be an overstatement .", ["hedged", "disputed"]),
        ("the figure could not be independently verified .", ["hedged"]),
        ("the figure could not be verified .", ["disputed"]),
        ("it has been corroborated by officials .", ["corroborated"]),
        ("such statements were dismissed by analysts .", ["disputed"]),
        ("the tally was borne out by satellite images .", ["corroborated"]),
        ("the ministry said 40 tanks were delivered .", []),
    ],
)
def test_find_cues_labels(sentence, labels):
    found = find_cues(sentence.split())
    assert [c.label for c in found] == labels
    assert has_cue(sentence.split()) == bool(labels)


@pytest.mark.parametrize(
    "words, label",
    [
        ("has not been confirmed".split(), "hedged"),  # negated corroboration hedges
        ("there is no doubt".split(), None),  # negated dispute says nothing
        ("could not be independently verified".split(), "hedged"),  # negator is the cue's own
    ],
)
def test_negation(words, label):
    cue = find_cues(words)[0]
    assert negated_label(cue, cue.negated) == label


# -- linking on articles of our own -----------------------------------------------------

OWN_VOICE = (
    "Admiral Jane Porter, the head of the fleet, said the navy would commission 30 new "
    "patrol boats a year by 2028.\n"
    "Shipyards have struggled to hire welders since the pandemic.\n"
    "Steel prices rose sharply last spring.\n"
    "Even so, this claim appears to be an overstatement.\n"
)
SECOND_SPEAKER = (
    "The ministry said its air defences had shot down 52 drones on Sunday.\n"
    "Opposition lawmakers dismissed the figure as inflated.\n"
)
APPOSITION = (
    "The company said it had built 400 armoured vehicles last year, a figure that could not "
    "be independently verified.\n"
)
CORROBORATED_BY_AGENT = (
    "General Tom Reyes said the brigade had received 90 new howitzers this year.\n"
    "That number was confirmed by the army's procurement office.\n"
)
PLURAL = (
    "Analysts at the Nordsee Institute said the yard built six frigates in 2024. "
    "They said the yard would build eight in 2025.\n"
    "Such statements have been met with skepticism by union officials.\n"
)
OWNED_FIGURES = (  # the owner's figures, with another speaker's claim between them
    "The Baltic Defence Observatory said Latvia spent 1.2 billion euros on arms last year.\n"
    "Colonel Anna Berzina said the army would add 400 soldiers in 2026.\n"
    "The observatory said Estonia spent 900 million euros.\n"
    "The observatory's figures could not be independently verified.\n"
)
OWNED_BETWEEN = (  # an unattributed figure between the owner's claims is one of its figures
    "The Baltic Defence Observatory said Latvia spent 1.2 billion euros on arms last year.\n"
    "Lithuania's arms budget reached 800 million euros.\n"
    "The observatory said Estonia spent 900 million euros.\n"
    "The observatory's figures could not be independently verified.\n"
)
OWNED_AFTER = (  # ... but not one after the owner's last claim
    "The Baltic Defence Observatory said Latvia spent 1.2 billion euros on arms last year.\n"
    "The observatory said Estonia spent 900 million euros.\n"
    "Lithuania's arms budget reached 800 million euros.\n"
    "The observatory's figures could not be independently verified.\n"
)
TARGET = (  # a target is a figure to reach: the future claim with a figure, not the nearest
    "The director said the plant would build 120 drones a month by 2027.\n"
    "She said the plant would be the largest in Europe by 2028.\n"
    "The production target appears to be ambitious.\n"
)
NAMED = (  # "the comparison with Germany": a claim naming Germany before one saying "German"
    "A report by the Harbour Institute said Poland's army is now twice the size of Germany's.\n"
    "Its authors added that the German navy is smaller than the Dutch navy.\n"
    "The comparison with Germany appears to be misleading.\n"
)
PROJECTIONS = (  # what may come, dated or not, by several sources of one paragraph
    "Minister Eva Lund said Nordic yards would deliver 30 corvettes by 2032. The shipbuilder "
    "Kvarner said its yard could build four corvettes a year. The Baltic Yard said it had "
    "hired 500 welders since 2021.\n"
    "Taken together, these projections look far too optimistic.\n"
)
NO_REFERENCE = (
    "The minister said exports had doubled since 2022.\n"
    "Critics doubt that the industry can keep growing.\n"
)
EXPLETIVE = (  # the sentence before names a claim ("The figure"), so "it"/"that" could carry it
    "The agency said it had ordered 12 radars in March. "
    "The figure was repeated by its director on Monday.\n"
    "It is unclear whether the radars will arrive before the winter.\n"
)
RELATIVE = (  # the sentence before names a claim ("The figure"), so "it"/"that" could carry it
    "The agency said it had ordered 12 radars in March. "
    "The figure was repeated by its director on Monday.\n"
    "The order came in a month that seemed to favour the agency's suppliers.\n"
)
NOT_HIS = (
    "The agency said it had ordered 12 radars in March.\n"
    "His comments were dismissed by the opposition.\n"
)
NEGATED = (
    "The agency said it had ordered 12 radars in March.\n"
    "The figure leaves no doubt that demand for radars is rising.\n"
)


@pytest.mark.parametrize(
    "text, claim, label, evidence, voice, assessor",
    [
        # the article's own voice, three sentences back
        (OWN_VOICE, "Admiral Jane Porter", "disputed", "Even so, this claim", "article", None),
        # a second speaker, active subject of the evaluative verb
        (
            SECOND_SPEAKER,
            "The ministry said",
            "disputed",
            "Opposition lawmakers dismissed",
            "speaker",
            "Opposition lawmakers",
        ),
        # in the same sentence, after the claim
        (APPOSITION, "The company said", "hedged", "The company said", "article", None),
        # a passive agent makes the assessment
        (
            CORROBORATED_BY_AGENT,
            "General Tom Reyes",
            "corroborated",
            "That number was confirmed",
            "speaker",
            "army's procurement office",
        ),
        # a plural reference takes every claim of the nearest source
        (PLURAL, "Analysts at the Nordsee", "disputed", "Such statements", "speaker", None),
        (PLURAL, "They said the yard", "disputed", "Such statements", "speaker", None),
        # a possessed plural reference takes all of its owner's claims, not only the nearest
        (
            OWNED_FIGURES,
            "The Baltic Defence Observatory",
            "hedged",
            "The observatory's",
            "article",
            None,
        ),
        (
            OWNED_FIGURES,
            "The observatory said Estonia",
            "hedged",
            "The observatory's",
            "article",
            None,
        ),
        (OWNED_FIGURES, "Colonel Anna Berzina", "none", None, None, None),
        (OWNED_BETWEEN, "Lithuania's arms budget", "hedged", "The observatory's", "article", None),
        (
            OWNED_BETWEEN,
            "The observatory said Estonia",
            "hedged",
            "The observatory's",
            "article",
            None,
        ),
        (OWNED_AFTER, "Lithuania's arms budget", "none", None, None, None),
        (
            OWNED_AFTER,
            "The observatory said Estonia",
            "hedged",
            "The observatory's",
            "article",
            None,
        ),
        (TARGET, "The director said", "disputed", "The production target", "article", None),
        (TARGET, "She said", "none", None, None, None),
        (NAMED, "A report by the Harbour", "disputed", "The comparison with", "article", None),
        (NAMED, "Its authors added", "none", None, None, None),
        (PROJECTIONS, "Minister Eva Lund", "disputed", "Taken together", "article", None),
        (PROJECTIONS, "The shipbuilder Kvarner", "disputed", "Taken together", "article", None),
        (PROJECTIONS, "The Baltic Yard", "none", None, None, None),  # no projection
        # a weak cue with no reference to a claim evaluates nothing
        (NO_REFERENCE, "The minister said", "none", None, None, None),
        # "no doubt" does not dispute
        (NEGATED, "The agency said", "none", None, None, None),
        # an expletive "it", a relative "that", "his" with no claim of a person: no reference
        (EXPLETIVE, "The agency said", "none", None, None, None),
        (RELATIVE, "The agency said", "none", None, None, None),
        (NOT_HIS, "The agency said", "none", None, None, None),
    ],
)
def test_assessment_linking(nlp, text, claim, label, evidence, voice, assessor):
    records = _records(nlp, text)
    (record, *_) = _by_start(records, claim)
    got = record.assessment
    assert got.label == label
    if evidence is None:
        assert got.evidence is None and got.voice is None
        return
    assert got.evidence is not None and got.evidence.startswith(evidence)
    assert text[got.char_start : got.char_end] == got.evidence
    assert got.voice == voice
    if assessor is not None:
        assert got.assessor == assessor


def test_plural_assessor_is_the_passive_agent(nlp):
    records = _records(nlp, PLURAL)
    assert {r.assessment.assessor for r in records if r.assessment.label == "disputed"} == {
        "union officials"
    }


@pytest.mark.parametrize("text", [OWN_VOICE, SECOND_SPEAKER, APPOSITION, PLURAL])
def test_assessment_adds_and_removes_no_record(nlp, text, monkeypatch):
    with_assessment = [r.claim_id for r in _records(nlp, text)]
    monkeypatch.setattr(
        "pipeline.normalize.to_records.assessments",
        lambda drafts, records=None: [assessment_module.Assessment() for _ in drafts],
    )
    without = _records(nlp, text)
    assert [r.claim_id for r in without] == with_assessment
    assert all(r.assessment.label == "none" for r in without)


def test_evaluative_sentence_that_is_a_claim_stays_a_claim(nlp):
    text = (
        "The ministry said it had trained 3,000 pilots.\n"
        "Analysts at the Baltic Defence Forum said that figure was inflated by at least 20%.\n"
    )
    records = _records(nlp, text)
    first = _by_start(records, "The ministry said")[0]
    second = _by_start(records, "Analysts at the Baltic")[0]
    assert first.assessment.label == "disputed"
    assert first.assessment.assessor == second.speaker.name
    assert second.assessment.label == "none"  # it does not evaluate itself


# -- the users' own examples ------------------------------------------------------------

SEEDS = SHARED / "corpus"


@pytest.fixture(scope="module")
def seed_records(nlp) -> dict[str, list[ClaimRecord]]:
    if not SEEDS.is_dir():
        pytest.skip(f"no seed corpus at {SEEDS}")
    out = {}
    for path in sorted(SEEDS.glob("*.txt")):
        (article,) = read_file(path, SEEDS)
        doc = nlp(article.text)
        set_doc_text(doc, article.text)
        out[path.name] = to_records(article, extract_drafts(doc))
    return out


def test_seed_rutte_claim_is_disputed_in_the_article_voice(seed_records):
    records = seed_records["rutte-nato-ammunition.txt"]
    (rutte,) = [r for r in records if r.speaker and "Rutte" in r.speaker.name]
    got = rutte.assessment
    assert got.label == "disputed" and got.voice == "article" and got.assessor is None
    assert got.evidence == "While dramatic, this claim appears to be an overstatement."


def test_seed_chemezov_claims_are_corroborated_by_us_officials(seed_records):
    records = seed_records["chemezov-rostec-production.txt"]
    chemezov = [r for r in records if r.speaker and r.speaker.name == "Sergei Chemezov"]
    assert len(chemezov) >= 5
    for record in chemezov:
        got = record.assessment
        assert got.label == "corroborated", record.sentence
        assert got.assessor == "U.S. officials"
        assert got.evidence.startswith("This growing narrative of Russian military prowess")
    narrative = [r for r in records if r.sentence.startswith("This growing narrative")]
    assert narrative, "the evaluative sentence stays a claim of its own"
    assert narrative[0].assessment.label == "disputed"  # "Such statements ... skepticism"


def test_assess_set_has_six_gold_articles():
    assert len(list((ASSESS / "gold").glob("*.json"))) == len(list(ASSESS.glob("*.txt"))) >= 6


def test_a_failing_assessment_keeps_the_claims(nlp, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError("unforeseen parse")

    monkeypatch.setattr(assessment_module, "find_evaluations", broken)
    records = _records(nlp, OWN_VOICE)
    assert records and all(r.assessment.label == "none" for r in records)
    assert "assessment failed" in caplog.text


# -- claim embeddings as a tie-breaker --------------------------------------------------------

TWO_IN_ONE = (  # "this claim" cannot tell which of the two assertions of the sentence before
    "Admiral Jane Porter said the navy would commission 30 patrol boats, while General Omar "
    "Diaz said the army would field 200 new tanks.\n"
    "This claim about the tanks appears to be an overstatement.\n"
)


def _overlap(query: str, candidates):
    """A similarity of our own: the share of a candidate's words found in the query."""
    words = set(query.lower().replace(".", " ").split())
    return [len(words & set(c.split())) / len(set(c.split())) for c in candidates]


@pytest.fixture
def tie_breaker():
    """Set the tie-breaker for one test; the default is put back after it."""
    previous = assessment_module.use_tie_breaker(None)
    yield assessment_module.use_tie_breaker
    assessment_module.use_tie_breaker(previous)


@pytest.mark.parametrize(
    "similarity, porter, diaz",
    [
        (_overlap, "none", "disputed"),  # the assertion nearest the evaluative sentence
        (None, "disputed", "disputed"),  # no tie-breaker: the rules alone, both kept
        (lambda q, c: None, "disputed", "disputed"),  # the embedding extra is not installed
        (lambda q, c: [0.5001, 0.4999], "disputed", "disputed"),  # equal at 2 decimals
        (lambda q, c: [0.9, 0.2], "disputed", "none"),
    ],
)
def test_a_tie_between_assertions_is_broken_by_similarity(
    nlp, tie_breaker, similarity, porter, diaz
):
    tie_breaker(similarity)
    records = _records(nlp, TWO_IN_ONE)
    assert _by_start(records, "Admiral Jane Porter")[0].assessment.label == porter
    (diaz_record,) = [r for r in records if r.speaker and r.speaker.name == "Omar Diaz"]
    assert diaz_record.assessment.label == diaz
    assert len(records) == 2  # no record added or removed either way


@pytest.mark.parametrize("text", [OWN_VOICE, SECOND_SPEAKER, PLURAL, OWNED_FIGURES, APPOSITION])
def test_no_tie_no_similarity_asked(nlp, tie_breaker, text):
    asked = []
    tie_breaker(lambda q, c: asked.append(c) or _overlap(q, c))
    _records(nlp, text)
    assert asked == []  # the model is never loaded where the rules decide


def _claim(index: int, start: int, end: int, text: str):
    return assessment_module._Claim(
        index=index, sent_start=0, content_start=start, content_end=end, speaker="S",
        kind="person", mode="indirect", words=frozenset(), quantities=False,
        comparison=False, future=False, modal=False, text=text,
    )  # fmt: skip


class _Sentence:
    text = "the figure of 40 tanks was inflated."


@pytest.mark.parametrize(
    "claims, scores, kept, asked",
    [
        # two assertions: the more similar one
        ([(0, 0, 10, "40 tanks"), (1, 20, 30, "9 boats")], [0.8, 0.3], [0], True),
        # one assertion sourced twice (overlapping contents): no tie, both kept
        ([(0, 0, 10, "40 tanks"), (1, 5, 10, "tanks")], [0.8, 0.3], [0, 1], False),
        # the same text twice: no tie
        ([(0, 0, 10, "40 tanks"), (1, 20, 30, "40 tanks")], [0.8, 0.3], [0, 1], False),
        # three claims, two of them one assertion: that assertion is kept whole
        (
            [(0, 0, 10, "9 boats"), (1, 20, 30, "40 tanks"), (2, 25, 30, "tanks")],
            [0.1, 0.4, 0.7],
            [1, 2],
            True,
        ),
    ],
)
def test_break_tie_keeps_the_most_similar_assertion(tie_breaker, claims, scores, kept, asked):
    calls = []
    tie_breaker(lambda q, c: calls.append((q, list(c))) or scores)
    got = assessment_module._break_tie([_claim(*c) for c in claims], _Sentence())
    assert [c.index for c in got] == kept
    assert bool(calls) == asked
    if asked:
        assert calls[0] == (_Sentence.text, [c[3] for c in claims])


def test_without_the_embedding_extra_the_tie_breaker_answers_none_once(monkeypatch):
    from pipeline.nlp import embedding

    calls = []

    def missing(*args, **kwargs):
        calls.append(1)
        raise embedding.EmbeddingUnavailable("no torch here")

    monkeypatch.setattr(embedding, "shared_embedder", missing)
    monkeypatch.setattr(embedding, "_UNAVAILABLE", [])
    assert embedding.similarities("a claim", ["one", "two"]) is None
    assert embedding.similarities("a claim", ["one", "two"]) is None
    assert calls == [1]  # not tried again in this process


@pytest.mark.embed
def test_claim_embeddings_break_the_tie(nlp):
    """The default tie-breaker, with the real model (the embedding extra)."""
    labels = []
    for _ in range(2):  # the same every time
        records = _records(nlp, TWO_IN_ONE)
        labels.append([r.assessment.label for r in records])
    assert labels[0] == labels[1] == ["none", "disputed"]
