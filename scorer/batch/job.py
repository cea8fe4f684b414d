"""`run_batch`: a whole batch job as a library call, whichever engine runs it.

It owns the policy the CLI must not: which outputs may be written or replaced, resuming an
interrupted job, the engines' lives (worker processes, a Dask client), the HTML report, and the
summary of the whole output. The CLI parses options into a BatchJob, calls run_batch, and maps
its errors to exit codes. Errors are ScorerErrors with one-line messages; an interruption is
BatchInterrupted, after which `resume=True` continues the job.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from scorer.batch.inputs import RecordFields, check_inputs, expand_sources
from scorer.batch.summary import Summary
from scorer.errors import InputError, OutputError, ScorerError
from scorer.reading import MAX_INPUT_BYTES

STDOUT = "-"


class BatchInterrupted(ScorerError):
    """The job was interrupted (Ctrl-C); what was written is kept for `resume`."""


@dataclass(frozen=True)
class BatchJob:
    sources: list[str]
    output: Path  # a file (local engine; "-" is stdout) or a folder of shards (Dask)
    output_format: str = "jsonl"
    engine: str = "local"  # or "dask"
    scheduler: str = "local"  # Dask: an address, or "local" for a LocalCluster here
    jobs: int = 1
    explain: bool = False
    report_dir: Path | None = None
    resume: bool = False
    overwrite: bool = False
    quiet: bool = False
    max_bytes: int = MAX_INPUT_BYTES
    fields: RecordFields = field(default_factory=RecordFields)
    model_path: Path | None = None
    trust_model: bool = False


def run_batch(job: BatchJob, model=None, on_message: Callable[[str], None] = lambda message: None) -> Summary:
    """Run the job; the summary of the whole output. `model`: an already loaded model, used by a
    single-process local job (others load the checked bytes themselves: scorer.model_loading)."""
    sources = expand_sources(job.sources)
    check_inputs(sources)
    if job.engine == "dask":
        return _run_dask(job, sources, on_message)
    return _run_local(job, sources, model)


def _open_writer(job: BatchJob):
    from scorer.batch.output import RowWriter, StdoutWriter

    if job.output_format == "parquet":
        raise InputError("--format parquet needs --engine dask (the local engine writes JSON Lines or CSV)")
    if str(job.output) == STDOUT:
        if job.resume:
            raise InputError("--resume needs an output file: rows written to stdout (-o -) cannot be resumed")
        return StdoutWriter(job.output_format)
    if job.output.is_dir():
        raise InputError(f"{job.output} is a folder; the local engine writes one output file")
    return RowWriter(job.output, job.output_format, resume=job.resume, overwrite=job.overwrite)


def _run_local(job: BatchJob, sources: list[str], model) -> Summary:
    """Stream every record through worker processes into one output."""
    from scorer.batch.engine import score_stream
    from scorer.batch.inputs import count_records, read_inputs
    from scorer.batch.progress import Progress
    from scorer.batch.rows import REPORT_KEY
    from scorer.report.batch import BatchReportWriter

    writer = _open_writer(job)
    summary = Summary()
    for row in writer.earlier_rows:  # the summary describes the whole output, not only this run
        summary.add(row)
    summary.resumed_from = writer.done
    progress = Progress(None if job.quiet else count_records(sources), quiet=job.quiet, done_before=writer.done)
    rows = score_stream(
        islice(read_inputs(sources, job.fields), writer.done, None),
        model_path=job.model_path,
        jobs=job.jobs,
        explain=job.explain,
        start_index=writer.done,
        model=model if job.jobs == 1 else None,
        trust=job.trust_model,
        max_bytes=job.max_bytes,
        report=job.report_dir is not None,
    )
    report = BatchReportWriter(job.report_dir) if job.report_dir else None
    try:
        for row in rows:
            page = row.pop(REPORT_KEY, None)
            if report is not None and page is not None:
                report.add(row["id"], page["html"], row["score"], row["band"], page["title"], page["warning"])
            writer.write(row)
            summary.add(row)
            progress.update(failed="error" in row)
        writer.finish()
        if report is not None:
            report.finish()
    except KeyboardInterrupt:
        writer.close()
        raise BatchInterrupted(f"interrupted; continue with: --resume (kept {writer.partial})") from None
    except OSError as error:
        if str(job.output) == STDOUT and error.errno == errno.EPIPE:
            raise  # the reader stopped reading (`| head`): the caller decides what that means
        writer.close()
        raise OutputError(
            f"cannot write {writer.partial}: {error.strerror}; free space and continue with --resume"
        ) from error
    except ScorerError:
        writer.close()
        raise
    progress.close()
    return summary


def _run_dask(job: BatchJob, sources: list[str], on_message: Callable[[str], None]) -> Summary:
    """Score shards on a Dask cluster into a folder of output shards."""
    from scorer import distributed

    output = job.output
    if job.report_dir is not None:
        raise InputError("--report works with the local engine; with Dask, score first, then report a sample")
    if str(output) == STDOUT:
        raise InputError("with --engine dask, -o names a folder for the output shards, not stdout")
    if output.exists() and not output.is_dir():
        raise InputError(f"{output} is a file; with --engine dask, -o names a folder for the output shards")
    if output.exists() and any(output.iterdir()) and not (job.resume or job.overwrite):
        raise InputError(f"{output} is not empty; use --resume to finish its missing shards, or --overwrite")
    try:
        if output.exists() and job.overwrite and not job.resume:
            for old in output.glob("part-*"):
                old.unlink()
        output.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"{output}: cannot be written ({error.strerror})") from error
    shards = distributed.plan_shards(sources)
    client = distributed.connect(job.scheduler, job.jobs)
    done = 0

    def shard_done(shard_summary: Summary) -> None:
        nonlocal done
        done += 1
        on_message(
            f"scorer batch: shard {done}/{len(shards)} done "
            f"({shard_summary.scored} scored, {shard_summary.failed} failed)"
        )

    try:
        return distributed.run(
            client,
            shards,
            output,
            job.output_format,
            job.fields,
            job.model_path,
            job.explain,
            job.max_bytes,
            skip_done=job.resume,
            on_shard_done=shard_done,
            trust=job.trust_model,
        )
    finally:
        cluster = getattr(client, "cluster", None)
        client.close()
        if job.scheduler == "local" and cluster is not None:
            cluster.close()
