"""`scorer batch`: score a corpus, streaming, in parallel, resumable, nothing lost."""

from __future__ import annotations

import errno
import json
import sys
import time
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

import click

from scorer.cli_options import (
    EXIT_INPUT_ERROR,
    fail,
    load_checked_model,
    max_bytes_option,
    model_option,
    record_field_options,
)
from scorer.errors import InputError, ScorerError
from scorer.output_file import write_whole_file

# Exit codes beyond those in cli_options (README.md, "Exit codes").
EXIT_SOME_RECORDS_FAILED = 5
EXIT_INTERRUPTED = 130


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path),
    help="Output file (JSON Lines, or CSV with --format csv; `-` is stdout); with --engine dask, a folder "
    "of shards.",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["jsonl", "csv", "parquet"]),
    default="jsonl",
    show_default=True,
    help="Output format (parquet: Dask engine only).",
)
@click.option(
    "--jobs", type=click.IntRange(min=1), default=None, help="Worker processes (default: the machine's cores)."
)
@click.option("--explain", is_flag=True, help="Full reasons with evidence in each row (default: the top 3).")
@click.option(
    "--report",
    "report_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Also write an HTML report: a page per article with its evidence highlighted, and an index.",
)
@click.option("--resume", is_flag=True, help="Continue an interrupted job into the same output.")
@click.option("--overwrite", is_flag=True, help="Replace an existing output.")
@click.option("--quiet", is_flag=True, help="No progress and no summary on stderr.")
@max_bytes_option("Records larger than this become error rows")
@click.option(
    "--summary",
    "summary_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also write the summary as JSON to this file.",
)
@record_field_options
@click.option("--html-field", default="html", show_default=True, help="Field holding a page's HTML, if any.")
@click.option("--url-field", default="url", show_default=True, help="Field holding the page's address, if any.")
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Score here in worker processes, or on a Dask cluster (output: a folder of shards).",
)
@click.option(
    "--scheduler",
    default="local",
    show_default=True,
    help="With --engine dask: a scheduler address (tcp://host:8786), or 'local' for a LocalCluster here.",
)
@model_option
def batch(
    inputs: tuple[str, ...],
    output: Path,
    output_format: str,
    jobs: int | None,
    explain: bool,
    report_dir: Path | None,
    resume: bool,
    overwrite: bool,
    quiet: bool,
    max_bytes: int | None,
    summary_path: Path | None,
    id_field: str,
    text_field: str,
    title_field: str,
    html_field: str,
    url_field: str,
    engine: str,
    scheduler: str,
    model_path: Path | None,
    trust_model: bool,
) -> None:
    """Score every record of JSON Lines, CSV or Parquet files, or of folders of .txt/.html files.

    `-` reads JSON Lines from stdin; .gz inputs are read transparently. Each output row holds the
    record's id, score, band, probability, top reasons and signal values, or an `error`.
    With --engine dask, OUTPUT is a folder of shards (part-00000.jsonl, ...), one per input shard.
    Exit codes: 0 all scored, 5 some records failed (see their rows), 3 bad input or output,
    4 bad model, 130 interrupted (continue with --resume).

    Example: scorer batch crawl.jsonl.gz -o scores.jsonl --jobs 4 --summary summary.json
    """
    from scorer.batch.engine import default_jobs
    from scorer.batch.inputs import RecordFields, check_inputs, expand_sources
    from scorer.reading import MAX_INPUT_BYTES

    settings = _Settings(
        sources=list(inputs),
        output=output,
        output_format=output_format,
        jobs=jobs or default_jobs(),
        explain=explain,
        report_dir=report_dir,
        resume=resume,
        overwrite=overwrite,
        quiet=quiet,
        max_bytes=max_bytes or MAX_INPUT_BYTES,
        fields=RecordFields(id=id_field, text=text_field, title=title_field, html=html_field, url=url_field),
        model_path=model_path,
        trust_model=trust_model,
    )
    try:
        settings.sources[:] = expand_sources(settings.sources)
        check_inputs(settings.sources)
        model = load_checked_model(model_path, trust_model)  # fail fast, before any worker starts
    except ScorerError as error:
        fail(error)
    started = time.monotonic()
    summary = _run_dask(settings, scheduler) if engine == "dask" else _run_local(settings, model)
    report = summary.as_dict(time.monotonic() - started)
    if summary_path:
        try:
            write_whole_file(summary_path, json.dumps(report, indent=2))
        except ScorerError as error:
            fail(error)
    if not quiet:
        from scorer.batch.summary import render_summary

        click.echo(render_summary(report), err=True)
    sys.exit(EXIT_SOME_RECORDS_FAILED if summary.failed else 0)


@dataclass(frozen=True)
class _Settings:
    sources: list[str]
    output: Path
    output_format: str
    jobs: int
    explain: bool
    report_dir: Path | None
    resume: bool
    overwrite: bool
    quiet: bool
    max_bytes: int
    fields: object
    model_path: Path | None
    trust_model: bool


def _run_local(settings: _Settings, model):
    """Stream every record through worker processes into one output file."""
    from scorer.batch.engine import score_stream
    from scorer.batch.inputs import count_records, read_inputs
    from scorer.batch.output import RowWriter, StdoutWriter
    from scorer.batch.progress import Progress
    from scorer.batch.rows import REPORT_KEY
    from scorer.batch.summary import Summary
    from scorer.report.batch import BatchReportWriter

    if settings.output_format == "parquet":
        fail(InputError("--format parquet needs --engine dask (the local engine writes JSON Lines or CSV)"))
    if settings.output.is_dir():
        fail(InputError(f"{settings.output} is a folder; the local engine writes one output file"))
    to_stdout = str(settings.output) == "-"
    if to_stdout and settings.resume:
        fail(InputError("--resume needs an output file: rows written to stdout (-o -) cannot be resumed"))
    try:
        if to_stdout:
            writer = StdoutWriter(settings.output_format)
        else:
            writer = RowWriter(
                settings.output, settings.output_format, resume=settings.resume, overwrite=settings.overwrite
            )
    except ScorerError as error:
        fail(error)
    summary = Summary()
    for row in writer.earlier_rows:  # the summary describes the whole output, not only this run
        summary.add(row)
    summary.resumed_from = writer.done
    total = None if settings.quiet else count_records(settings.sources)
    progress = Progress(total, quiet=settings.quiet, done_before=writer.done)
    records = islice(read_inputs(settings.sources, settings.fields), writer.done, None)
    rows = score_stream(
        records,
        model_path=settings.model_path,
        jobs=settings.jobs,
        explain=settings.explain,
        start_index=writer.done,
        model=model if settings.jobs == 1 else None,
        trust=settings.trust_model,
        max_bytes=settings.max_bytes,
        report=settings.report_dir is not None,
    )
    report = BatchReportWriter(settings.report_dir) if settings.report_dir else None
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
        click.echo(f"\nscorer: interrupted; continue with: --resume (kept {writer.partial})", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except OSError as error:
        if to_stdout and error.errno == errno.EPIPE:
            raise  # the reader stopped reading (`| head`): scorer.cli.main ends quietly
        writer.close()
        click.echo(
            f"scorer: error: cannot write {writer.partial}: {error.strerror}; free space and continue with --resume",
            err=True,
        )
        sys.exit(EXIT_INPUT_ERROR)
    except ScorerError as error:
        writer.close()
        fail(error)
    progress.close()
    return summary


def _run_dask(settings: _Settings, scheduler: str):
    """Score shards on a Dask cluster into a folder of output shards."""
    from scorer import distributed

    if settings.report_dir is not None:
        fail(InputError("--report works with the local engine; with Dask, score first, then report a sample"))
    output = settings.output
    if output.exists() and not output.is_dir():
        fail(InputError(f"{output} is a file; with --engine dask, -o names a folder for the output shards"))
    if output.exists() and any(output.iterdir()) and not (settings.resume or settings.overwrite):
        fail(InputError(f"{output} is not empty; use --resume to finish its missing shards, or --overwrite"))
    if output.exists() and settings.overwrite and not settings.resume:
        for old in output.glob("part-*"):
            old.unlink()
    output.mkdir(parents=True, exist_ok=True)
    try:
        shards = distributed.plan_shards(settings.sources)
        client = distributed.connect(scheduler, settings.jobs)
    except ScorerError as error:
        fail(error)
    done = 0

    def shard_done(shard_summary) -> None:
        nonlocal done
        done += 1
        if not settings.quiet:
            click.echo(
                f"scorer batch: shard {done}/{len(shards)} done "
                f"({shard_summary.scored} scored, {shard_summary.failed} failed)",
                err=True,
            )

    try:
        return distributed.run(
            client,
            shards,
            output,
            settings.output_format,
            settings.fields,
            settings.model_path,
            settings.explain,
            settings.max_bytes,
            skip_done=settings.resume,
            on_shard_done=shard_done,
            trust=settings.trust_model,
        )
    finally:
        cluster = getattr(client, "cluster", None)
        client.close()
        if scheduler == "local" and cluster is not None:
            cluster.close()
