"""The Ray engine: same results as the local engine, byte for byte, on a local Ray instance.

Ray is an optional dependency that CI installs (`make setup-ray`). These tests fail
without it, unless CLAIMS_ALLOW_NO_RAY is set, in which case the Ray runs are skipped.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from pipeline.errors import (
    BinaryFile,
    EmptyFile,
    ExtractionError,
    IngestError,
    UndecodableFile,
    UnreadableFile,
    VanishedFile,
)
from pipeline.process.fingerprint import pipeline_fingerprint
from pipeline.records import Article
from pipeline.run import ray_engine
from pipeline.run.runner import run_extract
from tests.conftest import CORPUS, DEV

# Ray Data warns about its own deprecated settings when it builds its context.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:ray.data.context")


def _need_ray():
    if os.environ.get("CLAIMS_ALLOW_NO_RAY"):
        return pytest.importorskip("ray")
    import ray  # a missing Ray fails the test: CI installs it with `make setup-ray`

    return ray


@pytest.fixture(scope="module")
def ray_instance():
    """One small local Ray instance for the module; ray_results attaches to it."""
    ray = _need_ray()
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level="WARNING")
    yield ray
    ray.shutdown()


@pytest.fixture(scope="module")
def mixed_folder(tmp_path_factory) -> Path:
    """The seed corpus, the development articles, an empty, a Latin-1 and a binary file."""
    root = tmp_path_factory.mktemp("ray-in")
    for path in sorted(CORPUS.glob("*.txt")):
        shutil.copy(path, root / path.name)
    (root / "dev").mkdir()
    for path in sorted(DEV.glob("*.txt")):
        shutil.copy(path, root / "dev" / path.name)
    (root / "bad").mkdir()
    (root / "bad" / "empty.txt").write_bytes(b"  \n")
    (root / "bad" / "latin1.txt").write_bytes("Défense: 3 chars\n".encode("latin-1"))
    (root / "bad" / "binary.md").write_bytes(b"abc\x00def")
    return root


@pytest.mark.slow
def test_ray_outputs_are_byte_identical_to_the_local_engine(ray_instance, mixed_folder, tmp_path):
    local, on_ray = tmp_path / "local", tmp_path / "ray"
    summary = run_extract(mixed_folder, local)
    on_ray_summary = run_extract(mixed_folder, on_ray, engine="ray", batch_size=4)
    assert summary.articles >= 12 and len(summary.failures) >= 2  # empty.txt, binary.md
    assert (on_ray_summary.articles, on_ray_summary.claims) == (summary.articles, summary.claims)
    assert [str(e) for e in on_ray_summary.failures] == [str(e) for e in summary.failures]
    claims = (on_ray / "claims.jsonl").read_bytes()
    assert claims.count(b"\n") >= 12  # a real run, not two empty files
    assert claims == (local / "claims.jsonl").read_bytes()
    assert (on_ray / "claims.csv").read_bytes() == (local / "claims.csv").read_bytes()
    assert (on_ray / "errors.jsonl").read_bytes() == (local / "errors.jsonl").read_bytes()


@pytest.mark.slow
def test_results_come_back_per_file_in_the_order_given(ray_instance, mixed_folder, tmp_path):
    names = ["rutte-nato-ammunition.txt", "bad/empty.txt", "dev/uk-frigate-order.txt"]
    files = [(mixed_folder / n, n) for n in names]
    files.append((tmp_path / "gone.txt", "gone.txt"))  # listed, then deleted
    out = list(ray_engine.ray_results(files, batch_size=2))
    assert [rel for rel, _ in out] == [*names, "gone.txt"]
    (rutte,), (empty,), (frigate,), (gone,) = (results for _, results in out)
    article, records = rutte
    assert isinstance(article, Article) and article.source == names[0]
    assert any(r.speaker and r.speaker.name == "Mark Rutte" for r in records)
    assert isinstance(empty, EmptyFile) and str(empty) == str(EmptyFile("bad/empty.txt"))
    assert frigate[0].source == names[2] and isinstance(frigate[1], list)
    assert isinstance(gone, VanishedFile) and gone.path == "gone.txt"


@pytest.mark.slow
def test_stopping_early_stops_the_run_and_keeps_ray_usable(ray_instance, mixed_folder):
    files = [(p, p.relative_to(mixed_folder).as_posix()) for p in sorted(mixed_folder.rglob("*"))]
    files = [(p, rel) for p, rel in files if p.is_file()]
    results = ray_engine.ray_results(files, batch_size=1, workers=1)
    first_rel, _ = next(results)
    results.close()  # what the runner does on SIGINT after the file in hand
    assert first_rel == files[0][1]
    assert ray_instance.is_initialized()  # attached, not owned: left running
    again = ray_engine.ray_results(files[:1], batch_size=1)
    assert [rel for rel, _ in again] == [first_rel]


def test_no_files_needs_no_ray():
    assert list(ray_engine.ray_results([])) == []


def test_a_missing_ray_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray -> ImportError
    with pytest.raises(ray_engine.RayNotInstalled, match=r"make setup-ray"):
        ray_engine.ray_results([(Path("a.txt"), "a.txt")]).__next__()


@pytest.mark.parametrize(
    "err",
    [
        EmptyFile("a/b.txt"),
        BinaryFile("x.md"),
        UndecodableFile("é.txt", "byte 0xe9 at offset 1"),
        UnreadableFile("c.txt", "Permission denied"),
        ExtractionError("d.txt", "ValueError: boom"),
    ],
)
def test_errors_cross_processes_unchanged(err):
    base = ExtractionError if isinstance(err, ExtractionError) else IngestError
    back = ray_engine._error_from_json(ray_engine._error_json(err), base)
    assert type(back) is type(err)
    assert (str(back), back.code, back.path) == (str(err), err.code, err.path)
    assert getattr(back, "reason", None) == getattr(err, "reason", None)


def _row(index: int, seq: int, kind: str, **values) -> dict:
    row = {"index": index, "seq": seq, "file": f"{index}.txt", "kind": kind, "count": 0}
    row |= {"article": "", "records": "", "error": "", "fingerprint": pipeline_fingerprint()}
    return row | values


FILES = [(Path("0.txt"), "0.txt"), (Path("1.txt"), "1.txt")]


def test_rows_are_grouped_back_into_each_files_results():
    article = Article(article_id="a_1", source="1.txt", text="Hello there.")
    failure = ray_engine._error_json(ExtractionError("1.txt", "ValueError: boom"))
    rows = [
        _row(0, -1, "file", count=1),
        _row(0, 0, "ingest_error", error=ray_engine._error_json(EmptyFile("0.txt"))),
        _row(1, -1, "file", count=2),
        _row(1, 0, "article", article=article.model_dump_json()),
        _row(1, 1, "article", article=article.model_dump_json(), error=failure),
    ]
    (rel0, (empty,)), (rel1, (ok, failed)) = ray_engine._gather(rows, FILES, pipeline_fingerprint())
    assert (rel0, rel1) == ("0.txt", "1.txt")
    assert isinstance(empty, EmptyFile) and empty.path == "0.txt"
    assert ok == (article, [])
    assert failed[0] == article and isinstance(failed[1], ExtractionError)


def test_workers_of_another_pipeline_version_are_refused():
    rows = [_row(0, -1, "file", fingerprint="0.0.0+other")]
    with pytest.raises(ray_engine.RayEngineError, match="same version on every node"):
        list(ray_engine._gather(rows, FILES, pipeline_fingerprint()))


@pytest.mark.parametrize(
    "rows, lost",
    [
        ([_row(0, -1, "file", count=1)], "0.txt: the Ray run lost some"),  # an item missing
        ([_row(0, -1, "file")], "1.txt: the Ray run lost this"),  # a file missing at the end
        ([_row(1, -1, "file")], "0.txt: the Ray run lost this"),  # ... or in the middle
    ],
)
def test_a_file_whose_results_were_lost_is_an_error(rows, lost):
    with pytest.raises(ray_engine.RayEngineError, match=lost):
        list(ray_engine._gather(rows, FILES, pipeline_fingerprint()))


def test_each_path_must_end_with_its_relative_path(tmp_path):
    assert ray_engine._root_of(tmp_path / "a" / "b.txt", "a/b.txt") == tmp_path
    with pytest.raises(ValueError, match="does not end with its relative path"):
        ray_engine.ray_results([(tmp_path / "a" / "b.txt", "c/b.txt")]).__next__()


def test_a_ray_client_address_is_refused_with_what_to_do_instead():
    results = ray_engine.ray_results([], address="ray://head:10001")
    with pytest.raises(ray_engine.RayEngineError, match="--ray-address auto"):
        next(results)
