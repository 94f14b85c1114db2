"""The `claims` command: a thin click layer over the pipeline's library functions.

The only module that knows the command line: every other module is a library.

Exit codes: 0 success, 1 failure, 2 usage error, 3 some input files failed.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import sqlite3
import sys
from pathlib import Path

import click

from pipeline import __version__
from pipeline.errors import EXIT_INTERRUPTED, EXIT_SOME_FILES_FAILED, ClaimsError
from pipeline.measure.bench import BenchError, format_table, run_bench
from pipeline.store.db import DB_NAME, Store, StoreError
from pipeline.store.review import (
    READ_ONLY_HINT,
    ReviewFileError,
    format_status,
    import_reviews,
    write_review_csv,
)
from pipeline.views.export import EXTENSIONS, FORMATS, STATUSES, export
from pipeline.views.report import DEFAULT_OUT, write_report

db_option = click.option(
    "--db",
    "db_path",
    default=Path("outputs") / DB_NAME,
    show_default=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The claims database written by `claims extract`.",
)


def open_store(db_path: Path) -> Store:
    """Open an existing claims database for the commands, with a clear error otherwise."""
    if not db_path.is_file():
        raise click.ClickException(
            f"no claims database at {db_path}: run `claims extract DIR --out "
            f"{db_path.parent}` first, or point --db at one"
        )
    try:
        return Store(db_path)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc


class _JsonFormatter(logging.Formatter):
    """One JSON object per log line: time, level, logger, message (and exception)."""

    def format(self, record: logging.LogRecord) -> str:
        item = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            item["exception"] = self.formatException(record.exc_info)
        return json.dumps(item, ensure_ascii=False)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claims")
@click.option(
    "--log-level",
    default="WARNING",
    show_default=True,
    type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"], case_sensitive=False),
    help="Logging threshold (logs go to stderr).",
)
@click.option(
    "--log-format",
    default="text",
    show_default=True,
    type=click.Choice(["text", "json"]),
    help="Log lines as text or as one JSON object per line.",
)
def main(log_level: str, log_format: str) -> None:
    """Pull checkable claims (who said what figure, compared with whom) out of defense news."""
    handler = logging.StreamHandler()
    if log_format == "json":
        handler.setFormatter(_JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(log_level.upper())
    if log_level.upper() != "DEBUG":  # our own error lines already say what a bad page is
        logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


@main.command()
@click.argument("input_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--out",
    "out_dir",
    default="outputs",
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the outputs.",
)
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The claims database (default: OUT/claims.db).",
)
@click.option(
    "--batch-size",
    default=16,
    show_default=True,
    type=click.IntRange(1, 1024),
    help="Articles per spaCy batch.",
)
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Worker processes for parsing and extraction.",
)
@click.option("--force", is_flag=True, help="Re-extract every article, changed or not.")
@click.option(
    "--engine",
    default="local",
    show_default=True,
    type=click.Choice(["local", "ray"]),
    help="Run here (local) or on Ray Data (needs `make setup-ray`).",
)
@click.option(
    "--ray-address",
    default=None,
    help="With --engine ray: a cluster address ('auto' or HEAD_IP:6379), run from a node of "
    "that cluster; default starts a local Ray instance.",
)
@click.option(
    "--ingest-config",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="JSON file of ingest options (field names, size limit); default models/ingest.json.",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(1),
    help="Skip (and report) files larger than this many bytes.",
)
@click.option(
    "--text-field",
    "text_fields",
    multiple=True,
    help="JSON key or CSV column holding the article text (repeat for fallbacks).",
)
@click.option("--quiet", is_flag=True, help="No progress bar or summary on stderr.")
def extract(
    input_dir: Path,
    out_dir: Path,
    db_path: Path | None,
    batch_size: int,
    workers: int,
    force: bool,
    engine: str,
    ray_address: str | None,
    ingest_config: Path | None,
    max_bytes: int | None,
    text_fields: tuple[str, ...],
    quiet: bool,
) -> None:
    """Extract claims from every article under INPUT_DIR.

    Writes OUT/claims.jsonl, OUT/claims.csv and OUT/errors.jsonl atomically from
    the claims database, which keeps every result and every review. A re-run
    skips articles that are unchanged since they were last extracted by this
    pipeline version; Ctrl-C stops after the article in hand and keeps the
    previous outputs. Files that cannot be read are reported on stderr and in
    errors.jsonl; the exit code is then 3 (130 when interrupted).

    Example: claims extract corpus --out outputs
    """
    from pipeline.ingest.files import IngestOptions
    from pipeline.run.progress import Progress
    from pipeline.run.runner import run_extract

    if not input_dir.is_dir():
        raise click.BadParameter(f"{input_dir} is not a folder", param_hint="INPUT_DIR")
    try:
        options = IngestOptions.load(ingest_config)
    except (ValueError, OSError) as exc:
        raise click.BadParameter(str(exc), param_hint="--ingest-config") from exc
    if max_bytes is not None:
        options = dataclasses.replace(options, max_bytes=max_bytes)
    if text_fields:
        options = dataclasses.replace(options, text_fields=tuple(text_fields))
    progress = Progress(enabled=not quiet)
    try:
        with progress:
            summary = run_extract(
                input_dir,
                out_dir,
                batch_size=batch_size,
                workers=workers,
                force=force,
                db=db_path,
                engine=engine,
                ray_address=ray_address,
                ingest=options,
                on_start=progress.start,
                on_progress=progress.update,
                on_error=lambda e: progress.echo(f"error: {e}"),
            )
    except ClaimsError as exc:
        raise click.ClickException(str(exc)) from exc
    if summary.interrupted:
        click.echo(
            f"interrupted ({summary.interrupted}): {summary.articles} articles saved to the "
            "database; outputs unchanged. Run the same command again to go on.",
            err=True,
        )
        sys.exit(EXIT_INTERRUPTED)
    if summary.files == 0 and not summary.failures:
        click.echo(
            f"warning: no article files under {input_dir} (read: "
            + ", ".join(options.suffixes)
            + ")",
            err=True,
        )
    if not quiet:
        rate = summary.words / summary.seconds if summary.seconds else 0.0
        click.echo(
            f"{summary.files} files: {summary.articles} articles extracted, "
            f"{summary.skipped} unchanged, {summary.duplicates} duplicates, "
            f"{len(summary.failures)} failed; {summary.claims} new claims, "
            f"{summary.total_claims} in all; {summary.seconds:.1f}s ({rate:.0f} words/s) -> "
            + ", ".join(str(p) for p in summary.outputs.values()),
            err=True,
        )
        if summary.failures:
            click.echo(f"{len(summary.failures)} failed, by error code:", err=True)
            codes: dict[str, int] = {}
            for failure in summary.failures:
                codes[failure.code] = codes.get(failure.code, 0) + 1
            for code, n in sorted(codes.items()):
                click.echo(f"  {code}: {n}", err=True)
    if summary.failures:
        sys.exit(EXIT_SOME_FILES_FAILED)


@main.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the runs as JSON.")
def runs(db_path: Path, as_json: bool) -> None:
    """List the extraction runs recorded in the database (when, version, counts, status).

    Example: claims runs --db outputs/claims.db
    """
    with open_store(db_path) as store:
        rows = store.runs()
    if as_json:
        click.echo(json.dumps(rows, indent=1))
        return
    click.echo(f"{'run':>4}  {'started':20}  {'status':11}  {'version':20}  counts")
    for r in rows:
        counts = r["counts"] or {}
        text = ", ".join(f"{k} {v}" for k, v in counts.items())
        click.echo(
            f"{r['run_id']:>4}  {r['started_at']:20}  {r['status']:11}  "
            f"{r['pipeline_version']:20}  {text}"
        )


@main.command("eval")
@click.option(
    "--gold",
    "gold_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder of gold JSON files.",
)
@click.option(
    "--pred",
    "pred_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Predicted claims.jsonl.",
)
@click.option(
    "--polnear",
    is_flag=True,
    help="Extract the PolNeAR articles (../shared/benchmarks/polnear) and run its score.py.",
)
@click.option(
    "--out",
    "out_dir",
    default=Path("outputs/polnear"),
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="With --polnear: where the extracted records go.",
)
@click.option(
    "--errors",
    "errors_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="With --polnear: write misses, false positives and speaker errors here (JSONL).",
)
@click.option(
    "--only",
    default=None,
    help="With --polnear: score only these publishers (comma-separated, e.g. nyt,politico).",
)
@click.option("--verbose", "-v", is_flag=True, help="List misses, false positives, field errors.")
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON.")
def eval_cmd(
    gold_dir: Path | None,
    pred_path: Path | None,
    polnear: bool,
    out_dir: Path,
    errors_path: Path | None,
    only: str | None,
    verbose: bool,
    as_json: bool,
) -> None:
    """Score predicted claims against gold claims (precision, recall, field accuracy).

    With --polnear: extract the PolNeAR benchmark's articles into --out and print
    the tracks of its own scorer (speech, direct, indirect, speaker accuracy).

    Example: claims eval --gold ../shared/gold --pred outputs/claims.jsonl
    Example: claims eval --polnear --only huff-post,politico,west-journal
    """
    if polnear:
        from pipeline.measure.polnear import run_polnear

        try:
            result = run_polnear(out_dir, errors=errors_path, only=only)
        except (FileNotFoundError, ClaimsError) as exc:
            raise click.ClickException(str(exc)) from exc
        click.echo(result.output, nl=False)
        if result.returncode:
            sys.exit(result.returncode)
        return
    if gold_dir is None or pred_path is None:
        raise click.UsageError("--gold and --pred are required (or use --polnear)")
    from pipeline.measure.evaluate import evaluate, format_report

    try:
        report = evaluate(gold_dir, pred_path)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(report.model_dump(mode="json"), indent=1))
    else:
        click.echo(format_report(report, verbose=verbose))


@main.command()
@click.argument("file", type=click.File("r", encoding="utf-8-sig"))
@click.option(
    "--out",
    "out",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="Where to write JSONL (default: stdout).",
)
def quantities(file, out) -> None:
    """Run the quantity extractor alone: one JSONL line out per input line.

    Input lines are plain text or JSON objects with a "text" field.

    Example: claims quantities sentences.txt
    """
    from pipeline.extract.quantities import annotate_lines

    try:
        for item in annotate_lines(file):
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc


@main.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def newsquant(path: Path, as_json: bool) -> None:
    """Score the quantity extractor on the NewsQuant benchmark file PATH.

    Example: claims newsquant ../shared/benchmarks/newsquant/NewsQuant.json
    """
    from pipeline.measure.newsquant import evaluate, format_table

    result = evaluate(path)
    click.echo(json.dumps(result, indent=1) if as_json else format_table(result))


@main.command()
@click.option(
    "--check",
    "check_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Fail (exit 1) unless this file equals the generated schema.",
)
def schema(check_path: Path | None) -> None:
    """Print the JSON Schema of a claim record (generated from the pydantic model)."""
    from pipeline.records.schema import schema_json

    text = schema_json()
    if check_path is None:
        click.echo(text, nl=False)
        return
    if not check_path.is_file() or check_path.read_text(encoding="utf-8") != text:
        raise click.ClickException(
            f"{check_path} is out of date: run `claims schema > {check_path}`"
        )
    click.echo(f"{check_path} is up to date")


# -- review, export, report, bench ------------------------------------------------------


@main.group("review")
def review_group() -> None:
    """Audit claims in a spreadsheet: import the decisions made in claims.csv, count them.

    Open OUT/claims.csv, set review_status (accepted, rejected or corrected), fill in a
    corrected_* column for a correction, add a note, save it as CSV, then import it.
    Decisions are kept in the database across re-runs; claims.csv shows them.

    Example: claims review import outputs/claims.csv --reviewer ana
    """


@review_group.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@db_option
@click.option(
    "--skip-invalid",
    is_flag=True,
    help="Import the valid rows and list the others (exit 3), instead of importing nothing.",
)
@click.option(
    "--reviewer",
    metavar="NAME",
    help="Who made the decisions changed in rows with a blank reviewer cell.",
)
def import_cmd(file: Path, db_path: Path, skip_invalid: bool, reviewer: str | None) -> None:
    """Import review decisions from FILE, a claims.csv edited in a spreadsheet.

    Every row is checked first: a known claim_id (once), a known review_status,
    read-only columns as exported (`stale` is not compared), a correction for
    each 'corrected' row and none for other statuses. Problems are listed by
    spreadsheet row (the header is row 1) and column, and nothing is imported
    unless every row is valid (exit 1); with --skip-invalid the valid rows are
    imported and the rest listed (exit 3). All changes go in one transaction and
    into the review log; importing the same file again changes nothing.

    Example: claims review import reviewed.csv --db outputs/claims.db --reviewer ana
    """
    store = open_store(db_path)
    view = db_path.parent / "claims.csv"
    try:
        result = import_reviews(store, file, skip_invalid=skip_invalid, reviewer=reviewer)
        if result.applied and result.changed:  # the CSV view next to the database follows
            write_review_csv(store.claims(include_stale=True), view)
    except (ReviewFileError, StoreError, sqlite3.Error) as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        store.close()
    for note in result.notes:
        click.echo(f"note: {note}", err=True)
    for problem in result.problems:
        click.echo(f"error: {problem}", err=True)
    if any(p.kind == "read_only" for p in result.problems):
        click.echo(f"hint: {READ_ONLY_HINT}", err=True)
    if not result.applied:
        raise click.ClickException(
            f"{len(result.problems)} problem(s) in {result.skipped} of {result.rows} rows; "
            "nothing was imported (fix them, or use --skip-invalid to import the valid rows)"
        )
    statuses = ", ".join(f"{s} {n}" for s, n in result.by_status.items())
    blank = f" ({result.blank} blank rows ignored)" if result.blank else ""
    click.echo(
        f"{file}: {result.rows} rows read{blank}: {result.changed} changed, "
        f"{result.unchanged} unchanged, {result.skipped} skipped\nby status: {statuses}"
    )
    if result.applied and result.changed:
        click.echo(f"{view} updated with the decisions")
    if result.skipped:
        sys.exit(EXIT_SOME_FILES_FAILED)


@review_group.command("status")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
def status_cmd(db_path: Path, as_json: bool) -> None:
    """Count claims by review status, overall and per article.

    Columns: unreviewed, accepted, rejected, corrected and stale (a stale claim is
    counted as stale whatever its status), one row per article path, then a total.

    Example: claims review status --db outputs/claims.db
    """
    store = open_store(db_path)
    try:
        summary = store.review_summary()
    finally:
        store.close()
    click.echo(json.dumps(summary, indent=1) if as_json else format_status(summary))


@main.command("export")
@click.option(
    "--format",
    "fmt",
    default="jsonl",
    show_default=True,
    type=click.Choice(FORMATS),
    help="Output format.",
)
@click.option(
    "--status",
    type=click.Choice(STATUSES),
    help="Only current claims with this review status ('stale': only stale ones).",
)
@db_option
@click.option(
    "--out",
    "out_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The file to write (default: outputs/export.<ext>).",
)
def export_command(fmt: str, status: str | None, db_path: Path, out_path: Path | None) -> None:
    """Export the claims database for fact-checkers, analysts or annotators.

    jsonl: claim records (the contract); csv: the review CSV; parquet: flat rows for
    analysts; claimreview: schema.org Claim objects (JSON-LD array); labelstudio: Label
    Studio tasks with the claims as predictions (config: models/labelstudio/).

    Example: claims export --format claimreview --status accepted
    """
    out = out_path or Path("outputs") / f"export.{EXTENSIONS[fmt]}"
    with open_store(db_path) as store:
        count = export(store, fmt, out, status=status)
    click.echo(f"{count} claims written to {out}")


@main.command("report")
@db_option
@click.option(
    "--out",
    "out_path",
    default=str(DEFAULT_OUT),
    show_default=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The HTML file to write.",
)
def report_command(db_path: Path, out_path: Path) -> None:
    """Write a self-contained HTML report: articles with their claims highlighted.

    Open it in any browser (no network needed): filter by type and review status,
    point at a sentence to see its record. #type=comparative&status=accepted in the
    address applies filters on load.

    Example: claims report --db outputs/claims.db --out outputs/report.html
    """
    with open_store(db_path) as store:
        path = write_report(store, out_path)
        n = sum(1 for _ in store.claims(include_stale=True))
    click.echo(f"{n} claims reported in {path}")


def _parse_workers(ctx, param, value: str) -> list[int]:
    try:
        counts = sorted({int(v) for v in value.split(",") if v.strip()})
    except ValueError:
        raise click.BadParameter("a comma-separated list of worker counts, e.g. 1,2") from None
    if not counts or counts[0] < 1:
        raise click.BadParameter("worker counts must be >= 1")
    return counts


@main.command("bench")
@click.option(
    "--articles",
    default=500,
    show_default=True,
    type=click.IntRange(1),
    help="Articles in the main corpus (throughput, workers, re-run, memory).",
)
@click.option(
    "--large",
    default=5000,
    show_default=True,
    type=click.IntRange(0),
    help="Articles in the large corpus for the memory comparison (0: skip).",
)
@click.option(
    "--workers",
    default="1,2",
    show_default=True,
    callback=_parse_workers,
    help="Worker counts to compare (1 is always measured).",
)
@click.option(
    "--out",
    "out_path",
    default="outputs/bench.json",
    show_default=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the results.",
)
@click.option(
    "--keep",
    type=click.Path(file_okay=False, path_type=Path),
    help="Keep the generated corpora and outputs in this folder.",
)
@click.option("--seed", default=0, show_default=True, help="Seed of the generated corpora.")
def bench_command(
    articles: int, large: int, workers: list[int], out_path: Path, keep: Path | None, seed: int
) -> None:
    """Measure extraction throughput, memory, worker scaling and re-run cost.

    Generates distinct articles from the project's own articles, runs `claims
    extract` and bare spaCy on them in subprocesses, prints a table with each
    target marked PASS or MISS and writes the figures to --out as JSON.

    Example: claims bench --articles 500 --large 5000 --workers 1,2
    """
    try:
        result = run_bench(
            articles, large, workers, out_path, keep, seed, echo=lambda s: click.echo(s, err=True)
        )
    except BenchError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(format_table(result))
    click.echo(f"-> {out_path}")


if __name__ == "__main__":
    main()
