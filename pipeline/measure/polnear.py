"""Attribution measured on PolNeAR: real news nobody on the project wrote.

`run_polnear` extracts the benchmark's articles (`../shared/benchmarks/polnear`,
found next to the repository) and runs the benchmark's own `score.py` on the
records, with the current Python, so the scorer stays the benchmark's and is
never copied here. Its printed tracks are returned as they are.

A record's span is scored two ways (`SPANS`): its content (`claim_start`..`claim_end`,
the quotation or reported clause it claims, over several sentences where a quotation
runs on) and its one sentence (`char_start`..`char_end`, the scorer's default). The
gold spans a quotation of several sentences whole, where a record stands on one.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from pipeline.run.runner import run_extract

SPANS = ("claim", "sentence")  # score.py --span: the record's content, then its sentence
STUDY = ("breitbart", "nyt", "usa-today", "wash-post")
CHECK = ("huff-post", "politico", "west-journal")


def repo_root() -> Path:
    return Path(__file__).resolve().parents[2]


def benchmark_dir(root: Path | None = None) -> Path:
    """The PolNeAR folder of the shared benchmarks (the repository's parent holds shared/)."""
    return (root or repo_root()).parent / "shared" / "benchmarks" / "polnear"


@dataclass(frozen=True)
class PolnearResult:
    claims: Path
    output: str  # score.py's report as printed
    returncode: int


def score(
    claims: Path,
    bench: Path,
    *,
    errors: Path | None = None,
    only: str | None = None,
    json_out: Path | None = None,
    span: str = "sentence",
) -> PolnearResult:
    """Run the benchmark's score.py on `claims` (spans `span`) and return what it prints."""
    cmd = [sys.executable, str(bench / "score.py"), str(claims), "--span", span]
    if errors is not None:
        cmd += ["--errors", str(errors)]
    if only:
        cmd += ["--only", only]
    if json_out is not None:
        cmd += ["--json", str(json_out)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    return PolnearResult(claims, proc.stdout + proc.stderr, proc.returncode)


def run_polnear(
    out_dir: Path,
    *,
    bench: Path | None = None,
    errors: Path | None = None,
    only: str | None = None,
    force: bool = False,
    spans: tuple[str, ...] = SPANS,
) -> PolnearResult:
    """Extract the PolNeAR articles into `out_dir` and score them, once per span of
    `spans` (the errors are those of the first); the reports one after the other."""
    bench = bench or benchmark_dir()
    articles = bench / "articles"
    if not (bench / "score.py").is_file() or not articles.is_dir():
        raise FileNotFoundError(f"no PolNeAR benchmark at {bench}")
    out_dir = Path(out_dir)
    run_extract(articles, out_dir, db=out_dir / "claims.db", force=force)
    results = [
        score(out_dir / "claims.jsonl", bench, errors=None if i else errors, only=only, span=span)
        for i, span in enumerate(spans)
    ]
    return PolnearResult(
        out_dir / "claims.jsonl",
        "\n".join(r.output for r in results),
        max((r.returncode for r in results), default=0),
    )
