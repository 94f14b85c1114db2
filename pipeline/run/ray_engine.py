"""The Ray engine: the same ingest and extraction stages, run on Ray Data.

`ray_results(files, options)` sends every input file through a Ray Data
pipeline and hands back, for each file in the order given, the same results the
local engine produces for it:

1. a dataset of (position, path, relative path) rows, one per file, in blocks of
   `batch_size` files (larger blocks for very long runs);
2. `map_batches` with `_ExtractBatch`, a callable class run by a pool of Ray actors:
   each actor builds one `Processor` (spaCy loaded once per worker), reads its
   files with `pipeline.ingest.read_file` (the same size limit, formats, encodings
   and per-file errors as the local engine) and extracts the articles' records; a
   file that cannot be read becomes its `IngestError` and the run goes on. Each
   output row holds one file marker, article (as JSON, with its records as JSONL
   text or its extraction error) or ingest error;
3. the driver streams the rows back in input order (Ray Data's `preserve_order`)
   while the workers go on, and rebuilds each file's results into `Article`,
   `ClaimRecord` and error objects.

The runner saves each file's results to the store as they arrive and writes the
outputs from the store as for the local engine, so `claims.jsonl` is the same,
byte for byte, and a run stopped half-way keeps what it finished. Nothing is
staged on disk, so a cluster needs no storage shared with this machine for
results; the workers do need to read the input files at the paths given.

Ray is imported only when the engine runs. `address=None` starts a Ray instance
on this machine (or uses the one this process already started); an address
("auto" or "HEAD_IP:6379") joins an existing cluster from one of its nodes, whose
nodes must run the same installation (checked: every row carries the workers'
pipeline fingerprint). A Ray Client address ("ray://...") is refused: Ray Data
does not run through the Ray Client. Usage statistics are off
(`RAY_USAGE_STATS_ENABLED=0`) and so is the dashboard (`include_dashboard=False`):
a run sends nothing outside the machines that do the work.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from pipeline.errors import ClaimsError, ExtractionError, IngestError
from pipeline.ingest.files import IngestOptions, read_file
from pipeline.process.fingerprint import pipeline_fingerprint
from pipeline.records import Article, ClaimRecord

log = logging.getLogger(__name__)

FileResults = list[tuple[Article, list[ClaimRecord] | ExtractionError] | IngestError]

_INSTALL_HINT = "run `make setup-ray` (or `pip install .[ray]`)"
# Kinds of rows: one "file" marker per input file, then one row per item the file gave.
_FILE, _ARTICLE, _INGEST_ERROR = "file", "article", "ingest_error"
_MAX_BLOCKS = 4096
_COLUMNS = ("index", "seq", "file", "kind", "count", "article", "records", "error", "fingerprint")


class RayEngineError(ClaimsError):
    """The Ray engine cannot run, or its workers disagree with this installation."""

    code = "E300"


class RayNotInstalled(RayEngineError):
    code = "E301"

    def __init__(self) -> None:
        super().__init__(f"the Ray engine needs Ray, which is not installed: {_INSTALL_HINT}")


def import_ray() -> Any:
    """The `ray` module with Ray Data, or `RayNotInstalled`."""
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # no usage reports sent anywhere
    os.environ.setdefault("RAY_DATA_LOG_LEVEL", "WARNING")  # the CLI reports progress itself
    try:
        import ray
        import ray.data  # noqa: F401  (Ray Data is a separate extra)
    except ImportError as exc:
        raise RayNotInstalled() from exc
    return ray


def ray_results(
    files: list[tuple[Path, str]],
    options: IngestOptions | None = None,
    *,
    batch_size: int = 16,
    address: str | None = None,
    num_cpus: int | None = None,
    workers: int | None = None,
) -> Iterator[tuple[str, FileResults]]:
    """For each `(path, relative path)` of `files`, in that order: (relative path, results).

    A file's results are what the local engine gives for it: per article (in the
    file's order) the article with its records or its `ExtractionError`, and an
    `IngestError` for what could not be read. A worker takes `batch_size` files per
    call (and spaCy as many articles per batch); `num_cpus` caps a Ray instance
    started here; `workers` sizes the actor pool (default: one actor per CPU of the
    cluster). Closing the iterator early stops the Ray run.
    """
    if address is not None and address.startswith("ray://"):
        raise RayEngineError(
            f"{address}: Ray Data does not run through the Ray Client; run `claims extract` "
            "on a node of the cluster with --ray-address auto (or HEAD_IP:6379)"
        )
    if not files:
        return
    items = _items(files)
    ray = import_ray()
    options = options or IngestOptions()
    owned = _connect(ray, address, num_cpus)
    rows = _rows(ray, items, options, batch_size, workers)
    try:
        yield from _gather(rows, files, pipeline_fingerprint())
    finally:
        rows.close()
        if owned:
            ray.shutdown()


def _items(files: list[tuple[Path, str]]) -> list[dict[str, Any]]:
    items = []
    for i, (path, rel) in enumerate(files):
        full = Path(path).absolute()  # workers may run elsewhere; links are kept as links
        _root_of(full, rel)  # a mismatch is the caller's mistake: say so before any work
        items.append({"index": i, "path": str(full), "file": rel})
    return items


def _root_of(path: Path, rel: str) -> Path:
    """The input folder of `path`, given its path relative to that folder."""
    depth = len(PurePosixPath(rel).parts)
    root = path.parents[depth - 1] if 0 < depth <= len(path.parents) else path
    if depth == 0 or path.relative_to(root).as_posix() != rel:
        raise ValueError(f"{path} does not end with its relative path {rel!r}")
    return root


def _connect(ray: Any, address: str | None, num_cpus: int | None) -> bool:
    """Attach to Ray; True when this call connected (and so must disconnect after)."""
    if ray.is_initialized():
        return False
    quiet = {"logging_level": logging.WARNING, "log_to_driver": False}
    if address is None:
        ray.init(num_cpus=num_cpus, include_dashboard=False, **quiet)
    else:
        if num_cpus is not None:
            log.warning("num_cpus is ignored when joining the cluster at %s", address)
        ray.init(address=address, **quiet)
    return True


def _rows(
    ray: Any,
    items: list[dict[str, Any]],
    options: IngestOptions,
    batch_size: int,
    workers: int | None,
) -> Iterator[dict[str, Any]]:
    """The workers' rows, in input order, as they are produced."""
    # One block per batch spreads even a short run over every worker; a long run gets
    # at most _MAX_BLOCKS blocks, still many more than workers, so the load stays balanced.
    blocks = min(-(-len(items) // batch_size), _MAX_BLOCKS)
    # The pool starts at full size (one actor per CPU unless `workers` says otherwise):
    # an actor costs a spaCy load, and a pool that grows late leaves CPUs idle.
    size = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
    size = max(1, min(size, blocks))
    pool = ray.data.ActorPoolStrategy(
        min_size=1, max_size=size, initial_size=size, max_tasks_in_flight_per_actor=2
    )
    dataset = ray.data.from_items(items, override_num_blocks=blocks)
    context = dataset.context  # this dataset's own copy: the global context is left alone
    context.execution_options.preserve_order = True
    context.enable_progress_bars = False
    logging.getLogger("ray.data._internal.progress").setLevel(logging.ERROR)  # "bars disabled"
    context.print_on_execution_start = False
    dataset = dataset.map_batches(
        _ExtractBatch,
        fn_constructor_kwargs={"options": options, "batch_size": batch_size},
        batch_size=batch_size,
        batch_format="numpy",
        compute=pool,
        num_cpus=1,
    )
    batches = iter(dataset.iter_batches(batch_size=None, batch_format="pyarrow"))
    try:
        for table in batches:
            yield from table.to_pylist()
    finally:
        close = getattr(batches, "close", None)
        if close is not None:
            close()  # stops the run when the caller stops early


class _ExtractBatch:
    """A Ray Data worker: loads the pipeline once, then turns batches of files into rows."""

    def __init__(self, options: IngestOptions, batch_size: int) -> None:
        from pipeline.process.processor import Processor

        self.options = options
        self.processor = Processor(batch_size=batch_size)
        self.fingerprint = pipeline_fingerprint()

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        rows: list[dict[str, Any]] = []

        def add(index: int, seq: int, file: str, kind: str, **values: Any) -> None:
            row = {"index": index, "seq": seq, "file": file, "kind": kind, "count": 0}
            row |= {"article": "", "records": "", "error": "", "fingerprint": self.fingerprint}
            rows.append(row | values)

        pending: list[tuple[int, int, str, Article]] = []
        for raw_index, raw_path, raw_file in zip(
            batch["index"], batch["path"], batch["file"], strict=True
        ):
            index, path, file = int(raw_index), Path(str(raw_path)), str(raw_file)
            items = read_file(path, _root_of(path, file), self.options)
            add(index, -1, file, _FILE, count=len(items))
            for seq, item in enumerate(items):
                if isinstance(item, IngestError):
                    add(index, seq, file, _INGEST_ERROR, error=_error_json(item))
                else:
                    pending.append((index, seq, file, item))
        results = self.processor.process(article for *_, article in pending)
        for (index, seq, file, _), (article, result) in zip(pending, results, strict=True):
            if isinstance(result, ExtractionError):
                add(index, seq, file, _ARTICLE, article=article.model_dump_json(),
                    error=_error_json(result))  # fmt: skip
            else:
                records = "\n".join(r.model_dump_json() for r in result)
                add(index, seq, file, _ARTICLE, article=article.model_dump_json(), records=records)
        rows.sort(key=lambda row: (row["index"], row["seq"]))  # each file's rows together
        return {name: [row[name] for row in rows] for name in _COLUMNS}


# -- errors across processes ---------------------------------------------------------
# The project's errors take their own constructor arguments, so pickling them does not
# round-trip; they travel as their class name, code, message and plain attributes.


def _error_json(err: ClaimsError) -> str:
    attrs = {k: v for k, v in vars(err).items() if isinstance(v, str | int | float | bool | None)}
    payload = {"type": type(err).__name__, "code": err.code, "message": str(err), "attrs": attrs}
    return json.dumps(payload, ensure_ascii=False)


def _error_class(name: str, base: type[ClaimsError]) -> type[ClaimsError]:
    todo: list[type[ClaimsError]] = [base]
    while todo:
        cls = todo.pop()
        if cls.__name__ == name:
            return cls
        todo.extend(cls.__subclasses__())
    return base


def _error_from_json(text: str, base: type[ClaimsError]) -> ClaimsError:
    payload = json.loads(text)
    cls = _error_class(payload["type"], base)
    err = cls.__new__(cls)
    Exception.__init__(err, payload["message"])
    for key, value in payload["attrs"].items():
        setattr(err, key, value)
    if err.code != payload["code"]:
        err.code = payload["code"]
    return err


# -- rows back into results, file by file --------------------------------------------


def _gather(
    rows: Iterable[dict[str, Any]], files: list[tuple[Path, str]], fingerprint: str
) -> Iterator[tuple[str, FileResults]]:
    """Group the ordered rows by file; every file must come back, in order, complete."""
    position = 0
    for index, group in itertools.groupby(rows, key=lambda row: row["index"]):
        if position >= len(files) or index != position:
            break
        rel = files[position][1]
        yield rel, _file_results(rel, list(group), fingerprint)
        position += 1
    if position < len(files):
        raise RayEngineError(f"{files[position][1]}: the Ray run lost this file's results")


def _file_results(rel: str, rows: list[dict[str, Any]], fingerprint: str) -> FileResults:
    marker = rows[0]
    if marker["fingerprint"] != fingerprint:
        raise RayEngineError(
            f"a Ray worker runs pipeline version {marker['fingerprint']}, this machine "
            f"{fingerprint}: install the same version on every node"
        )
    if marker["kind"] != _FILE or len(rows) != marker["count"] + 1:
        raise RayEngineError(f"{rel}: the Ray run lost some of this file's results")
    results: FileResults = []
    for row in rows[1:]:
        if row["kind"] == _INGEST_ERROR:
            err = _error_from_json(row["error"], IngestError)
            assert isinstance(err, IngestError)
            results.append(err)
            continue
        article = Article.model_validate_json(row["article"])
        if row["error"]:
            failure = _error_from_json(row["error"], ExtractionError)
            assert isinstance(failure, ExtractionError)
            results.append((article, failure))
        else:
            lines = row["records"].split("\n") if row["records"] else []
            results.append((article, [ClaimRecord.model_validate_json(x) for x in lines]))
    return results
