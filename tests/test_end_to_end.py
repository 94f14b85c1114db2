"""The seed corpus end to end: the records users get from `make extract`."""

from __future__ import annotations

import csv
import json

import pytest

from pipeline.records import ClaimRecord
from pipeline.records.schema import schema_json, schema_path
from tests.conftest import CORPUS


def _records(out):
    lines = (out / "claims.jsonl").read_text(encoding="utf-8").splitlines()
    return [ClaimRecord.model_validate_json(line) for line in lines]


def test_rutte_record_field_by_field(seed_outputs):
    out, _summary = seed_outputs
    rutte = [r for r in _records(out) if r.speaker and r.speaker.name == "Mark Rutte"]
    assert len(rutte) == 1
    r = rutte[0]
    assert r.source == "rutte-nato-ammunition.txt"
    assert r.speaker.role == "Secretary General"
    assert r.speaker.organization == "NATO"
    assert r.attribution.mode == "direct_quote"
    assert r.attribution.cue == "stating"
    assert r.types == ["attributed", "quantitative", "comparative"]
    assert [(q.text, q.value, q.unit) for q in r.quantities] == [
        ("three times", 3, "times"),
        ("three months", 3, "month"),
        ("a year", 1, "year"),
    ]
    c = r.comparison
    assert (c.subject, c.object, c.direction, c.ratio) == ("Russia", "NATO", "more", 3)
    assert (c.subject_period, c.object_period, c.rate_ratio) == ("P3M", "P1Y", 12)
    assert r.claim_text == (
        "Russia produces three times more ammunition in three months than NATO does in a year."
    )


def test_offsets_index_the_text_as_read(seed_outputs):
    out, _summary = seed_outputs
    texts = {p.name: p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt")}
    records = _records(out)
    assert records
    for r in records:
        assert texts[r.source][r.char_start : r.char_end] == r.sentence
        for q in r.quantities:
            assert texts[r.source][q.char_start : q.char_end] == q.text


def test_csv_has_one_row_per_record_with_readable_columns(seed_outputs):
    out, _summary = seed_outputs
    with (out / "claims.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    records = _records(out)
    # the same records as claims.jsonl, most worth checking first, ties in reading order
    by_worth = sorted(records, key=lambda r: -r.checkworthiness.score)
    assert [row["claim_id"] for row in rows] == [r.claim_id for r in by_worth]
    assert rows[0]["speaker"] == "Mark Rutte"  # a disputed ratio from a Secretary General
    rutte = next(row for row in rows if row["speaker"] == "Mark Rutte")
    assert (
        rutte["quantities"]
        == '"three times" = 3 times; "three months" = 3 month; "a year" = 1 year'
    )
    assert rutte["comparison"] == "Russia > NATO ×3 (P3M vs P1Y: rate ×12)"
    assert rutte["types"] == "attributed|quantitative|comparative"


def test_same_input_same_output_byte_for_byte(seed_outputs, tmp_path):
    from pipeline.run.runner import run_extract

    out, _summary = seed_outputs
    run_extract(CORPUS, tmp_path)
    for name in ("claims.jsonl", "claims.csv"):
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes()


def test_claim_ids_do_not_depend_on_the_folder(seed_outputs, tmp_path):
    from pipeline.run.runner import run_extract

    out, _summary = seed_outputs
    sub = tmp_path / "in" / "nested"
    sub.mkdir(parents=True)
    for p in CORPUS.glob("*.txt"):
        (sub / p.name).write_bytes(p.read_bytes())
    run_extract(tmp_path / "in", tmp_path / "out")
    ids = [r.claim_id for r in _records(tmp_path / "out")]
    assert ids == [r.claim_id for r in _records(out)]


def test_committed_json_schema_matches_the_model():
    assert schema_path().read_text(encoding="utf-8") == schema_json()


def test_every_record_validates_against_the_json_schema(seed_outputs):
    jsonschema = pytest.importorskip("jsonschema")
    out, _summary = seed_outputs
    schema = json.loads(schema_json())
    for line in (out / "claims.jsonl").read_text(encoding="utf-8").splitlines():
        jsonschema.validate(json.loads(line), schema)
