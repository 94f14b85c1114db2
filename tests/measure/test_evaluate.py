"""Tests for `pipeline.measure.evaluate`: matching, claim counts, field metrics and the report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import resources
from pipeline.measure.evaluate import evaluate, format_report
from pipeline.records import Attribution, ClaimRecord, Comparison, Quantity, Speaker
from tests.conftest import SHARED

SHARED_GOLD = SHARED / "gold"
ARTICLE = "a.txt"
S1 = "Russia produces three times more ammunition in three months than NATO does in a year."
S2 = "Putin and his defence minister have said that output grew sixfold since 2022."
S3 = "The alliance holds overwhelming superiority in advanced combat aircraft."
HALF = (len(S1) + 1) // 2  # the shortest common substring that matches S1


def keep_prefix(sentence: str, n: int) -> str:
    """`sentence` with all but its first `n` characters masked: the overlap is exactly `n`."""
    return sentence[:n] + "#" * (len(sentence) - n)


ENTITIES = {
    "entities": {
        "United States": {
            "kind": "country",
            "type": "country",
            "aliases": ["U.S.", "USA"],
            "demonyms": ["American"],
        },
        "Sweden": {"kind": "country", "type": "country", "demonyms": ["Swedish"]},
    }
}


def gold_claim(
    sentence=S1, *, required=True, speaker=None, mode="none", quantities=(), comp=None, obj=None
):
    return {
        "sentence": sentence,
        "required": required,
        "types": ["attributed"],
        "speaker": speaker,
        "speaker_role": None,
        "speaker_org": None,
        "mode": mode,
        "quantities": [
            {"text": str(v), "value": v, "unit": u, "per": per[0] if per else None}
            for v, u, *per in quantities
        ],
        "comparison": comp and {"subject": comp[0], "object": obj, "direction": comp[1]},
    }


def pred(
    sentence=S1, *, source=ARTICLE, speaker=None, mode=None, quantities=(), comp=None, obj=None
):
    return ClaimRecord(
        claim_id=f"c{abs(hash((sentence, speaker))) % 10**8}",
        article_id="art",
        source=source,
        sentence=sentence,
        char_start=0,
        char_end=len(sentence),
        claim_text=sentence,
        types=["attributed"],
        speaker=Speaker(name=speaker) if speaker else None,
        attribution=Attribution(mode=mode, cue="said") if mode else None,
        quantities=[
            Quantity(
                text=str(v), value=v, unit=u, per=per[0] if per else None, char_start=0, char_end=1
            )
            for v, u, *per in quantities
        ],
        comparison=comp and Comparison(subject=comp[0], object=obj, direction=comp[1]),
        confidence=1.0,
    )


def write_gold(folder: Path, claims: list[dict], article: str = ARTICLE) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    data = {"article": article, "published": None, "claims": claims}
    (folder / f"{Path(article).stem}.json").write_text(json.dumps(data), encoding="utf-8")
    return folder


def write_preds(path: Path, records: list[ClaimRecord]) -> Path:
    path.write_text("".join(r.model_dump_json() + "\n" for r in records), encoding="utf-8")
    return path


def run(tmp_path: Path, gold: list[dict], preds: list[ClaimRecord]):
    gold_dir = write_gold(tmp_path / "gold", gold)
    return evaluate(gold_dir, write_preds(tmp_path / "claims.jsonl", preds))


def values(report) -> dict[str, float | None]:
    return {name: m.value for name, m in report.scores.metrics.items()}


@pytest.fixture
def entities_lexicon(tmp_path, monkeypatch):
    """A models folder whose entities lexicon knows 'U.S.' as 'United States'."""
    lexicons = tmp_path / "models" / "lexicons"
    lexicons.mkdir(parents=True)
    (lexicons / "entities.json").write_text(json.dumps(ENTITIES), encoding="utf-8")
    monkeypatch.setenv("CLAIMS_MODELS_DIR", str(tmp_path / "models"))
    resources.lexicon.cache_clear()
    yield
    resources.lexicon.cache_clear()


def test_perfect_match_scores_one_everywhere(tmp_path):
    quantities = [(3, "times"), (3, "month")]
    report = run(
        tmp_path,
        [
            gold_claim(
                speaker="Mark Rutte",
                mode="direct_quote",
                quantities=quantities,
                comp=("Russia", "more"),
            )
        ],
        [
            pred(
                speaker="Mark Rutte",
                mode="direct_quote",
                quantities=quantities,
                comp=("Russia", "more"),
            )
        ],
    )
    assert values(report) == dict.fromkeys(values(report), 1.0)
    assert (report.scores.tp, report.scores.fp, report.scores.fn) == (1, 0, 0)


@pytest.mark.parametrize(
    "gold, preds, expected",
    [
        pytest.param([gold_claim(S1), gold_claim(S2)], [pred(S1)], (1, 0, 1), id="miss"),
        pytest.param([gold_claim(S1)], [pred(S1), pred(S3)], (1, 1, 0), id="false-positive"),
        pytest.param(
            [gold_claim(S1), gold_claim(S2, required=False)],
            [pred(S1), pred(S2)],
            (1, 0, 0),
            id="optional-matched-is-no-fp",
        ),
        pytest.param(
            [gold_claim(S1), gold_claim(S2, required=False)],
            [pred(S1)],
            (1, 0, 0),
            id="optional-unmatched-is-no-miss",
        ),
        pytest.param(
            [gold_claim(S1), gold_claim(S1)],
            [pred(S1)],
            (1, 0, 1),
            id="one-prediction-matches-one-gold-claim",
        ),
        pytest.param(
            [gold_claim("  Russia produces\n more. ")],
            [pred("Russia produces more.")],
            (1, 0, 0),
            id="whitespace-normalised",
        ),
        pytest.param(
            [gold_claim("x" * 10 + "y" * 10)],
            [pred("x" * 10 + "z" * 10)],
            (1, 0, 0),
            id="overlap-exactly-half",
        ),
        pytest.param(
            [gold_claim("x" * 10 + "y" * 11)],
            [pred("x" * 10 + "z" * 11)],
            (0, 1, 1),
            id="overlap-just-below-half",
        ),
        pytest.param(
            [gold_claim("x" * 11 + "y" * 10)],
            [pred("x" * 11 + "z" * 10)],
            (1, 0, 0),
            id="overlap-just-above-half",
        ),
        pytest.param(
            [gold_claim(S1)],
            [pred(keep_prefix(S1, HALF))],
            (1, 0, 0),
            id="long-sentence-overlap-half",
        ),
        pytest.param(
            [gold_claim(S1)],
            [pred(keep_prefix(S1, HALF - 1))],
            (0, 1, 1),
            id="long-sentence-overlap-below-half",
        ),
    ],
)
def test_claim_counts(tmp_path, gold, preds, expected):
    report = run(tmp_path, gold, preds)
    assert (report.scores.tp, report.scores.fp, report.scores.fn) == expected


def test_optional_match_counted_apart(tmp_path):
    report = run(tmp_path, [gold_claim(S1, required=False)], [pred(S1)])
    s = report.scores
    assert (s.tp, s.fp, s.fn, s.optional_matched, s.speaker_n) == (0, 0, 0, 1, 0)
    assert report.scores.metrics["claim_precision"].value is None


def test_two_speakers_in_one_sentence_get_their_own_predictions(tmp_path):
    gold = [
        gold_claim(S2, speaker="Vladimir Putin", mode="indirect"),
        gold_claim(S2, speaker="Andrei Belousov", mode="indirect"),
    ]
    preds = [
        pred(S2, speaker="Andrei Belousov", mode="indirect"),
        pred(S2, speaker="Vladimir Putin", mode="indirect"),
    ]
    report = run(tmp_path, gold, preds)
    assert (report.scores.tp, report.scores.speaker_correct) == (2, 2)
    assert report.field_errors == []


@pytest.mark.parametrize(
    "gold_kwargs, pred_kwargs, metric, expected",
    [
        pytest.param({}, {}, "speaker_accuracy", 1.0, id="speaker-null-null"),
        pytest.param({"speaker": "Rostec"}, {}, "speaker_accuracy", 0.0, id="speaker-missing"),
        pytest.param(
            {"speaker": "The Pentagon"},
            {"speaker": "pentagon."},
            "speaker_accuracy",
            1.0,
            id="speaker-normalised",
        ),
        pytest.param({"mode": "none"}, {}, "mode_accuracy", 1.0, id="mode-none-no-attribution"),
        pytest.param(
            {"mode": "none"}, {"mode": "indirect"}, "mode_accuracy", 0.0, id="mode-predicted-wrong"
        ),
        pytest.param(
            {"quantities": [(1500000, "shell")]},
            {"quantities": [(1500000.0000001, "Shell")]},
            "quantity_f1",
            1.0,
            id="quantity-int-vs-float-within-tolerance",
        ),
        pytest.param(
            {"quantities": [(100, "shell")]},
            {"quantities": [(100.01, "shell")]},
            "quantity_recall",
            0.0,
            id="quantity-value-outside-tolerance",
        ),
        pytest.param(
            {"quantities": [(3, "times")]},
            {"quantities": [(3, "month")]},
            "quantity_precision",
            0.0,
            id="quantity-unit-mismatch",
        ),
        pytest.param(
            {"quantities": [(3, None)]},
            {"quantities": [(3, "times")]},
            "quantity_precision",
            0.0,
            id="quantity-null-unit-only-equals-null",
        ),
        pytest.param(
            {"quantities": [(3, "times"), (3, "times")]},
            {"quantities": [(3, "times")]},
            "quantity_recall",
            0.5,
            id="quantity-one-to-one",
        ),
        pytest.param(
            {"quantities": [(1200, "shell", "P1M")]},
            {"quantities": [(1200, "shell", "P1M")]},
            "quantity_f1",
            1.0,
            id="quantity-rate-period-equal",
        ),
        pytest.param(
            {"quantities": [(1200, "shell", "P1M")]},
            {"quantities": [(1200, "shell")]},
            "quantity_recall",
            0.0,
            id="quantity-rate-period-missing",
        ),
        pytest.param(
            {"quantities": [(1200, "shell", "P1M")]},
            {"quantities": [(1200, "shell", "P1Y")]},
            "quantity_precision",
            0.0,
            id="quantity-rate-period-differs",
        ),
        pytest.param(
            {"comp": ("weapons production in Russia", "more")},
            {"comp": ("Russia", "more")},
            "comparison_accuracy",
            1.0,
            id="comparison-subject-containment",
        ),
        pytest.param(
            {"comp": ("Russia", "more")},
            {"comp": ("NATO", "more")},
            "comparison_accuracy",
            0.0,
            id="comparison-subject-differs",
        ),
        pytest.param(
            {"comp": ("Russia", "more")},
            {"comp": ("Russia", "less")},
            "comparison_accuracy",
            0.0,
            id="comparison-direction-differs",
        ),
        pytest.param(
            {"comp": ("Russia", "more")},
            {},
            "comparison_accuracy",
            0.0,
            id="comparison-missing",
        ),
        pytest.param({}, {}, "comparison_accuracy", None, id="comparison-both-null-not-counted"),
        pytest.param(
            {"comp": ("Russia", "more"), "obj": "2015-19"},
            {"comp": ("Russia", "more"), "obj": "2015-19"},
            "object_accuracy",
            1.0,
            id="object-equal",
        ),
        pytest.param(
            {"comp": ("Russia", "more"), "obj": "2015-19"},
            {"comp": ("Russia", "more"), "obj": "2020-24"},
            "object_accuracy",
            0.0,
            id="object-differs",
        ),
        pytest.param(
            {"comp": ("Russia", "more"), "obj": "2015-19"},
            {"comp": ("Russia", "more")},
            "object_accuracy",
            0.0,
            id="object-missing",
        ),
        pytest.param(
            {"comp": ("Russia", "more")},
            {"comp": ("Russia", "more"), "obj": "NATO"},
            "object_accuracy",
            0.0,
            id="object-where-gold-has-none",
        ),
        pytest.param(
            {"comp": ("Russia", "more"), "obj": "shipbuilding capacity of the United States"},
            {"comp": ("Russia", "more"), "obj": "United States"},
            "object_accuracy",
            1.0,
            id="object-containment",
        ),
        pytest.param(
            {"comp": ("Russia", "more"), "obj": "NATO"},
            {"comp": ("Russia", "less"), "obj": "NATO"},
            "object_accuracy",
            1.0,
            id="object-scored-apart-from-direction",
        ),
        pytest.param(
            {"comp": ("Russia", "more"), "obj": "NATO"},
            {},
            "object_accuracy",
            None,
            id="object-not-counted-without-a-predicted-comparison",
        ),
    ],
)
def test_field_metrics(tmp_path, gold_kwargs, pred_kwargs, metric, expected):
    report = run(tmp_path, [gold_claim(**gold_kwargs)], [pred(**pred_kwargs)])
    assert report.scores.tp == 1
    assert report.scores.metrics[metric].value == expected


@pytest.mark.parametrize(
    "gold_kwargs, pred_kwargs, metric",
    [
        pytest.param(
            {"comp": ("United States", "less")},
            {"comp": ("the U.S.", "less")},
            "comparison_accuracy",
            id="comparison-subject-alias",
        ),
        pytest.param(
            {"comp": ("United States defense industry", "less")},
            {"comp": ("USA", "less")},
            "comparison_accuracy",
            id="comparison-alias-then-containment",
        ),
        pytest.param(
            {"speaker": "United States"},
            {"speaker": "U.S."},
            "speaker_accuracy",
            id="speaker-alias",
        ),
        pytest.param(
            {"comp": ("Swedish arms exports", "more")},
            {"comp": ("Sweden", "more")},
            "comparison_accuracy",
            id="comparison-demonym-names-its-country",
        ),
        pytest.param(
            {"comp": ("United States", "less")},
            {"comp": ("American shipbuilding capacity", "less")},
            "comparison_accuracy",
            id="comparison-demonym-of-a-two-word-country",
        ),
    ],
)
def test_aliases_from_entities_lexicon(
    tmp_path, entities_lexicon, gold_kwargs, pred_kwargs, metric
):
    report = run(tmp_path, [gold_claim(**gold_kwargs)], [pred(**pred_kwargs)])
    assert report.scores.metrics[metric].value == 1.0


@pytest.mark.parametrize(
    "gold, predicted",
    [
        pytest.param("Swedish arms exports", "Sweden", id="demonym"),
        pytest.param("Swedish arms exports", "Swedish arms imports", id="same-party-other-head"),
        pytest.param("Swedish arms exports", "United States", id="other-country"),
        pytest.param("Sweden's fleet", "Sweden", id="possessive"),
    ],
)
def test_demonym_match_is_word_containment_only(tmp_path, entities_lexicon, gold, predicted):
    """A demonym reads as its country, and nothing more: the words must still be contained."""
    report = run(tmp_path, [gold_claim(comp=(gold, "more"))], [pred(comp=(predicted, "more"))])
    assert report.scores.metrics["comparison_accuracy"].value == (predicted == "Sweden")


@pytest.mark.parametrize("content", [None, "[1, 2]", '{"entities": ["U.S."]}'])
def test_missing_or_odd_entities_lexicon_means_no_aliases(tmp_path, monkeypatch, content):
    lexicons = tmp_path / "models" / "lexicons"
    lexicons.mkdir(parents=True)
    if content is not None:
        (lexicons / "entities.json").write_text(content, encoding="utf-8")
    monkeypatch.setenv("CLAIMS_MODELS_DIR", str(tmp_path / "models"))
    resources.lexicon.cache_clear()
    try:
        report = run(tmp_path, [gold_claim(speaker="United States")], [pred(speaker="U.S.")])
    finally:
        resources.lexicon.cache_clear()
    assert report.scores.metrics["speaker_accuracy"].value == 0.0


@pytest.mark.parametrize(
    "source, matched",
    [
        pytest.param(ARTICLE, True, id="equal"),
        pytest.param(f"corpus/sub/{ARTICLE}", True, id="basename"),
        pytest.param("other.txt", False, id="other-article-ignored"),
    ],
)
def test_source_matching(tmp_path, source, matched):
    report = run(tmp_path, [gold_claim(S1)], [pred(S1, source=source)])
    assert report.scores.tp == int(matched)
    assert report.ignored_predictions == int(not matched)
    assert report.ignored_sources == ([] if matched else [source])
    assert report.scores.fp == 0


@pytest.mark.parametrize(
    "bad_line",
    [
        pytest.param("{not json", id="not-json"),
        pytest.param('{"claim_id": "x"}', id="missing-fields"),
    ],
)
def test_bad_prediction_line_names_file_and_line(tmp_path, bad_line):
    gold_dir = write_gold(tmp_path / "gold", [gold_claim()])
    path = tmp_path / "claims.jsonl"
    path.write_text(pred().model_dump_json() + "\n\n" + bad_line + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"claims\.jsonl, line 3"):
        evaluate(gold_dir, path)


def test_bad_gold_file_is_named(tmp_path):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "broken.json").write_text('{"claims": []}', encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken\.json"):
        evaluate(gold_dir, write_preds(tmp_path / "claims.jsonl", []))


def test_metrics_keep_numerator_and_denominator(tmp_path):
    report = run(tmp_path, [gold_claim(S1), gold_claim(S2)], [pred(S1), pred(S3)])
    f1 = report.scores.metrics["claim_f1"]
    assert (f1.numerator, f1.denominator, f1.value) == (2, 4, 0.5)
    assert report.model_dump()["scores"]["metrics"]["claim_recall"] == {
        "numerator": 1,
        "denominator": 2,
        "value": 0.5,
    }


def test_format_report_ends_with_summary_table(tmp_path):
    gold = [gold_claim(S1, speaker="Mark Rutte"), gold_claim(S2)]
    report = run(tmp_path, gold, [pred(S1), pred(S3)])
    text = format_report(report, verbose=True)
    lines = text.splitlines()
    assert lines[-2].split() == ["comparison", "accuracy", "n/a", "0/0"]
    assert lines[-1].split() == ["object", "accuracy", "n/a", "0/0"]
    assert lines[-12].split() == ["claim", "precision", "0.500", "1/2"]
    assert "claims: TP 1  FP 1  FN 1" in text
    assert f'miss: "{S2}"' in text
    assert f'false positive: "{S3}"' in text
    assert 'speaker: gold "Mark Rutte" / predicted null' in text
    assert format_report(report).splitlines() == lines[-15:]


def test_format_report_truncates_long_sentences(tmp_path):
    long = "word " * 60
    text = format_report(run(tmp_path, [gold_claim(long)], []), verbose=True)
    miss = next(line for line in text.splitlines() if "miss:" in line)
    assert len(miss) < 120 and miss.endswith('…"')


def gold_as_predictions(gold_dir: Path) -> list[ClaimRecord]:
    records = []
    for path in sorted(gold_dir.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for i, c in enumerate(data["claims"]):
            comp = c["comparison"]
            records.append(
                ClaimRecord(
                    claim_id=f"{path.stem}-{i}",
                    article_id=path.stem,
                    source=f"corpus/{data['article']}",
                    sentence=c["sentence"],
                    char_start=0,
                    char_end=len(c["sentence"]),
                    claim_text=c["sentence"],
                    types=c["types"] or ["attributed"],  # a few gold claims have none
                    speaker=(
                        Speaker(
                            name=c["speaker"],
                            role=c.get("speaker_role"),
                            organization=c.get("speaker_org"),
                        )
                        if c["speaker"]
                        else None
                    ),
                    attribution=(
                        Attribution(mode=c["mode"], cue="said") if c["mode"] != "none" else None
                    ),
                    quantities=[
                        Quantity(
                            text=q["text"],
                            value=q["value"],
                            unit=q.get("unit"),
                            char_start=0,
                            char_end=len(q["text"]),
                        )
                        for q in c["quantities"]
                    ],
                    comparison=Comparison(**comp) if comp else None,
                    confidence=1.0,
                )
            )
    return records


@pytest.mark.skipif(not SHARED_GOLD.is_dir(), reason="shared/gold is not beside the project")
def test_gold_scored_against_itself_is_perfect(tmp_path):
    preds = write_preds(tmp_path / "claims.jsonl", gold_as_predictions(SHARED_GOLD))
    report = evaluate(SHARED_GOLD, preds)
    assert values(report) == dict.fromkeys(values(report), 1.0)
    assert report.misses == report.false_positives == report.field_errors == []
    assert report.ignored_predictions == 0


# -- assessment --------------------------------------------------------------------------

EVIDENCE = "While dramatic, this claim appears to be an overstatement."


def assessed(record: ClaimRecord, label: str, evidence: str | None, assessor=None) -> ClaimRecord:
    from pipeline.records import Assessment

    if label == "none":
        record.assessment = Assessment()
    else:
        record.assessment = Assessment(
            label=label,
            evidence=evidence,
            char_start=100,
            char_end=100 + len(evidence),
            voice="speaker" if assessor else "article",
            assessor=assessor,
        )
    return record


@pytest.mark.parametrize(
    "gold, predicted, expected",
    [
        # (label, evidence, assessor) gold / predicted -> (assessment, evidence, assessor) values
        (("disputed", EVIDENCE, None), ("disputed", EVIDENCE, None), (1.0, 1.0, 1.0)),
        (("disputed", EVIDENCE, None), ("hedged", EVIDENCE, None), (0.0, 1.0, 1.0)),
        (("disputed", EVIDENCE, None), ("disputed", "Another sentence.", None), (1.0, 0.0, 1.0)),
        (("disputed", EVIDENCE, "U.S. officials"), ("disputed", EVIDENCE, None), (1.0, 1.0, 0.0)),
        (("disputed", EVIDENCE, None), ("none", None, None), (0.0, 0.0, 1.0)),
        (("none", None, None), ("corroborated", EVIDENCE, None), (0.0, None, None)),
        (("none", None, None), ("none", None, None), (1.0, None, None)),
    ],
)
def test_assessment_metrics(tmp_path, gold, predicted, expected):
    g = gold_claim(speaker="Mark Rutte", mode="direct_quote")
    label, evidence, assessor = gold
    g["assessment"] = {"label": label, "evidence": evidence, "assessor": assessor}
    p = assessed(pred(speaker="Mark Rutte", mode="direct_quote"), *predicted)
    report = run(tmp_path, [g], [p])
    got = {name: m.value for name, m in report.scores.assessment_metrics.items()}
    assert (
        got["assessment_accuracy"],
        got["evidence_accuracy"],
        got["assessor_accuracy"],
    ) == expected
    assert values(report)["claim_f1"] == 1.0  # claim metrics are untouched


def test_assessment_rows_printed_only_when_gold_annotates_them(tmp_path):
    plain = run(tmp_path / "plain", [gold_claim()], [pred()])
    assert "assessment accuracy" not in format_report(plain)
    assert plain.scores.assessment_n == 0
    g = gold_claim()
    g["assessment"] = {"label": "none"}
    annotated = run(tmp_path / "annotated", [g], [pred()])
    lines = format_report(annotated).splitlines()
    assert lines[-3].split() == ["assessment", "accuracy", "1.000", "1/1"]
    assert lines[-2].split() == ["evidence", "accuracy", "n/a", "0/0"]


def test_assessment_field_errors_listed(tmp_path):
    g = gold_claim()
    g["assessment"] = {"label": "hedged", "evidence": EVIDENCE, "assessor": None}
    report = run(tmp_path, [g], [pred()])
    fields = [e.field for e in report.field_errors]
    assert fields == ["assessment", "evidence"]
    assert 'assessment: gold "hedged" / predicted "none"' in format_report(report, verbose=True)


# (gold speaker, role, org; predicted speaker; metric; expected value)
ROLE_ORG_CASES = [
    pytest.param(
        ("Ana Ruiz", "Chief Executive", "Acme"),
        Speaker(name="Ana Ruiz", role="chief executive", organization="Acme"),
        "speaker_role_accuracy",
        1.0,
        id="role-equal-after-casefold",
    ),
    pytest.param(
        ("Ana Ruiz", "chief executive", "Acme"),
        Speaker(name="Ana Ruiz", role="spokeswoman", organization="Acme"),
        "speaker_role_accuracy",
        0.0,
        id="role-differs",
    ),
    pytest.param(
        ("Ana Ruiz", "chief executive", "Acme"),
        Speaker(name="Ana Ruiz", role="chief executive"),
        "speaker_org_accuracy",
        0.0,
        id="org-missing",
    ),
    pytest.param(
        ("Acme", None, None),
        Speaker(name="Acme", kind="organization"),
        "speaker_org_accuracy",
        1.0,
        id="both-null-is-right",
    ),
    pytest.param(
        (None, None, None),
        Speaker(name="Ana Ruiz", role="chief executive", organization="Acme"),
        "speaker_role_accuracy",
        None,
        id="not-counted-without-a-gold-speaker",
    ),
]


@pytest.mark.parametrize("gold, predicted, metric, expected", ROLE_ORG_CASES)
def test_speaker_role_and_org_accuracy(tmp_path, gold, predicted, metric, expected):
    claim = gold_claim(speaker=gold[0])
    claim.update(speaker_role=gold[1], speaker_org=gold[2])
    record = pred(speaker=predicted.name).model_copy(update={"speaker": predicted})
    report = run(tmp_path, [claim], [record])
    assert report.scores.tp == 1
    assert report.scores.metrics[metric].value == expected


def test_role_and_org_not_counted_when_the_gold_file_does_not_annotate_them(tmp_path):
    claim = gold_claim(speaker="Ana Ruiz")
    del claim["speaker_role"], claim["speaker_org"]
    report = run(tmp_path, [claim], [pred(speaker="Ana Ruiz")])
    assert report.scores.metrics["speaker_role_accuracy"].denominator == 0
    assert report.scores.metrics["speaker_org_accuracy"].denominator == 0
    assert report.scores.metrics["speaker_accuracy"].value == 1.0


def test_a_gold_file_that_writes_no_rate_period_is_scored_on_value_and_unit(tmp_path):
    plain = gold_claim(quantities=[(210, "day")])
    for q in plain["quantities"]:
        del q["per"]  # the annotation guideline's fields only
    report = run(tmp_path / "plain", [plain], [pred(quantities=[(210, "day", "P1Y")])])
    assert values(report)["quantity_f1"] == 1.0
    # a file that annotates rates anywhere holds every figure to its period
    rated = gold_claim(S2, quantities=[(5, "ship", "P1Y")])
    report = run(
        tmp_path / "rated",
        [plain, rated],
        [pred(quantities=[(210, "day", "P1Y")]), pred(S2, quantities=[(5, "ship", "P1Y")])],
    )
    assert values(report)["quantity_precision"] == 0.5
