"""The `claims` command in-process: exact exit codes and messages."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from pipeline.cli import main, one_line, summary_line
from tests.conftest import CORPUS, SHARED


def _run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_extract_writes_both_outputs(tmp_path):
    result = _run("extract", CORPUS, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "claims.jsonl").stat().st_size > 0
    assert (tmp_path / "out" / "claims.csv").stat().st_size > 0
    assert "2 articles" in result.output


def test_extract_missing_folder_is_a_usage_error(tmp_path):
    result = _run("extract", tmp_path / "missing", "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert "is not a folder" in result.output


def test_bad_files_are_reported_and_the_rest_goes_on(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(b"\x00\xff\x00")
    (src / "latin1.txt").write_bytes(b"Le minist\xe8re a dit que 40 chars.")
    (src / "good.txt").write_text("Peter Holm said the plant builds 40 tanks a year.\n")
    result = _run("extract", src, "--out", tmp_path / "out")
    assert result.exit_code == 3
    lines = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(lines) == 2
    assert any("empty.txt" in line and "empty file" in line for line in lines)
    assert any("binary.txt" in line and "binary" in line for line in lines)
    records = [json.loads(r) for r in (tmp_path / "out" / "claims.jsonl").read_text().splitlines()]
    assert [r["source"] for r in records] == ["good.txt", "latin1.txt"]
    assert "ministère" in records[1]["sentence"]  # latin-1 is decoded, not refused


def test_interrupted_run_leaves_previous_outputs(tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert _run("extract", CORPUS, "--out", out, "--no-cluster").exit_code == 0
    before = (out / "claims.jsonl").read_bytes()

    import pipeline.process.processor as process

    def boom(*_a, **_k):
        raise KeyboardInterrupt

    monkeypatch.setattr(process, "to_records", boom)
    try:
        _run("extract", CORPUS, "--out", out, "--force", "--no-cluster")
    except KeyboardInterrupt:
        pass
    assert (out / "claims.jsonl").read_bytes() == before
    names = sorted(p.name for p in out.iterdir())
    assert names == ["claims.csv", "claims.db", "claims.jsonl", "errors.jsonl"]


def test_eval_on_seed_gold(tmp_path):
    assert _run("extract", CORPUS, "--out", tmp_path).exit_code == 0
    result = _run("eval", "--gold", SHARED / "gold", "--pred", tmp_path / "claims.jsonl")
    assert result.exit_code == 0
    assert "claim F1" in result.output


def test_eval_missing_pred_is_a_usage_error(tmp_path):
    result = _run("eval", "--gold", tmp_path, "--pred", tmp_path / "none.jsonl")
    assert result.exit_code == 2


def test_quantities_plain_and_jsonl_lines(tmp_path):
    src = tmp_path / "lines.txt"
    src.write_text('The army ordered 250 tanks.\n{"text": "Spending rose 12%."}\n\n')
    result = _run("quantities", src)
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["text"] for r in rows] == ["The army ordered 250 tanks.", "Spending rose 12%."]
    assert [(q["value"], q["unit"]) for q in rows[0]["quantities"]] == [(250, "tank")]
    assert [(q["value"], q["unit"]) for q in rows[1]["quantities"]] == [(12, "percent")]


def test_schema_check(tmp_path):
    stale = tmp_path / "schema.json"
    stale.write_text("{}")
    assert _run("schema", "--check", stale).exit_code == 1
    assert _run("schema", "--check", "models/claim-record.schema.json").exit_code == 0


def test_every_command_is_documented():
    for name, command in main.commands.items():
        assert command.help and "Example" in command.help or name == "schema", name


def test_ingest_options_from_the_command_line(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    story = "Defence Minister Anna Kowalczyk said that Poland would buy 96 attack helicopters."
    (src / "feed.csv").write_text(f"headline,story\nHelicopter deal,{story}\n", encoding="utf-8")
    (src / "big.txt").write_text(story + "\n" + "Filler text. " * 200, encoding="utf-8")
    out = tmp_path / "out"
    # without the column name the CSV row has no text; big.txt is over the limit
    result = _run("extract", src, "--out", out, "--max-bytes", "1000")
    assert result.exit_code == 3
    assert "E105" in result.output and "E110" in result.output
    result = _run("extract", src, "--out", out, "--max-bytes", "1000", "--text-field", "story")
    assert result.exit_code == 3  # big.txt is still too large
    records = [json.loads(x) for x in (out / "claims.jsonl").read_text().splitlines()]
    assert [r["source"] for r in records] == ["feed.csv#1"]
    assert records[0]["title"] == "Helicopter deal"
    assert records[0]["speaker"]["name"] == "Anna Kowalczyk"


def test_bad_ingest_config_is_a_usage_error(tmp_path):
    config = tmp_path / "ingest.json"
    config.write_text('{"options": {"no_such_option": 1}}')
    result = _run("extract", CORPUS, "--out", tmp_path / "out", "--ingest-config", config)
    assert result.exit_code == 2
    assert "no_such_option" in result.output


def test_empty_folder_warns_and_writes_empty_outputs(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "notes.docx").write_bytes(b"not an article format")
    result = _run("extract", src, "--out", tmp_path / "out", "--quiet")
    assert result.exit_code == 0
    assert "warning: no article files" in result.output and ".jsonl" in result.output
    assert (tmp_path / "out" / "claims.jsonl").read_text() == ""


# -- one-line messages and summaries (issue 12, items 11 and 14) ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain.txt", "plain.txt"),
        ("two\nlines.txt", "two\\nlines.txt"),
        ("\x1b[31mred.txt", "\\x1b[31mred.txt"),
        ("tab\there\rback", "tab\\there\\rback"),
        ("c1\x9bcsi.txt", "c1\\x9bcsi.txt"),
        ("sep\u2028para\u2029.txt", "sep\\u2028para\\u2029.txt"),
        ("rtl\u202eexe.txt", "rtl\\u202eexe.txt"),
        ("Zoë Müller – 報告.txt", "Zoë Müller – 報告.txt"),  # printable text is left alone
    ],
)
def test_one_line_escapes_what_would_break_or_colour_a_line(text, expected):
    assert one_line(text) == expected


def test_file_names_with_line_breaks_and_escape_codes_are_printed_escaped(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "bad\n\x1b[31mname.txt").write_bytes(b"")
    (src / "good.txt").write_text("Peter Holm said the plant builds 40 tanks a year.\n")
    result = _run("extract", src, "--out", tmp_path / "out")
    assert result.exit_code == 3
    assert "\x1b" not in result.output
    [line] = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert "bad\\n\\x1b[31mname.txt" in line and "empty file" in line


def test_run_summary_counts_add_up():
    from pipeline.errors import EmptyFile, ExtractionError, MalformedRecord
    from pipeline.run.runner import RunSummary

    summary = RunSummary(
        files=15,
        articles=10,
        skipped=2,
        duplicates=3,
        claims=1,
        total_claims=40,
        seconds=2.0,
        words=1000,
        failures=[
            EmptyFile("a.txt"),
            EmptyFile("b#c.txt"),
            MalformedRecord("feed.jsonl#3", "not valid JSON"),
            ExtractionError("long.txt", "boom"),
        ],
        outputs={"jsonl": "out/claims.jsonl"},
    )
    line = summary_line(summary, "in")
    assert line.startswith(
        "15 files read, 2 files failed; 17 articles: 10 extracted, 2 unchanged, "
        "3 duplicates, 2 failed; 1 new claim, 40 in all;"
    )
    one = RunSummary(files=1, articles=1, claims=2, outputs={})
    assert summary_line(one, "in").startswith(
        "1 file read; 1 article: 1 extracted, 0 unchanged, 0 duplicates, 0 failed; 2 new claims"
    )


def test_quantities_on_a_non_utf8_file_names_the_file(tmp_path):
    path = tmp_path / "figures-cp1252.txt"
    path.write_bytes("Le ministère a commandé 40 chars.\n".encode("cp1252"))
    result = _run("quantities", path)
    assert result.exit_code == 1
    assert "figures-cp1252.txt: not UTF-8 text" in result.output


def test_extract_clusters_its_claims_last_unless_told_not_to(tmp_path):
    out = tmp_path / "out"
    result = _run("extract", CORPUS, "--out", out, "--no-cluster")
    assert result.exit_code == 0, result.output
    assert not (out / "clusters.jsonl").exists()
    result = _run("extract", CORPUS, "--out", out)
    assert result.exit_code == 0, result.output
    assert "clusters" in result.output
    clusters = [json.loads(line) for line in (out / "clusters.jsonl").read_text().splitlines()]
    records = [json.loads(line) for line in (out / "claims.jsonl").read_text().splitlines()]
    assert sum(c["size"] for c in clusters) == len(records)
    assert {r["cluster_id"] for r in records} == {c["cluster_id"] for c in clusters}


def test_newsquant_writes_its_errors(tmp_path):
    items = [
        {
            "text": "The navy bought 40 tanks and 3 ships.",
            "quantities": [
                {"value": "40", "normalized_unit": "tank", "change": "="},
                {"value": "7", "normalized_unit": "ship", "change": "="},
            ],
        }
    ]
    bench = tmp_path / "nq.json"
    bench.write_text(json.dumps(items), encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    result = _run("newsquant", bench, "--errors", errors)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert [(r["kind"], r.get("gold", {}).get("value")) for r in rows] == [
        ("missed", "7"),
        ("spurious", None),
    ]
    assert "1 gold figures not found, 1 predictions matching no gold figure" in result.output
