"""`scorer batch`: score a corpus, streaming, in parallel, resumable, nothing lost."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from scorer.cli_options import (
    fail,
    load_checked_model,
    max_bytes_option,
    model_option,
    record_field_options,
)
from scorer.errors import ScorerError
from scorer.output_file import format_for, write_whole_file

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
    help="Output file (`-` is stdout); with --engine dask, a folder of shards.",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["jsonl", "csv", "parquet"]),
    default=None,
    help="Output format (parquet: Dask engine only). Default: from OUTPUT's suffix (.csv, .parquet), "
    "else jsonl.",
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
    output_format: str | None,
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
    from scorer.batch.inputs import RecordFields
    from scorer.batch.job import BatchInterrupted, BatchJob, run_batch
    from scorer.batch.output import FORMAT_BY_SUFFIX
    from scorer.batch.summary import render_summary
    from scorer.reading import MAX_INPUT_BYTES

    job = BatchJob(
        sources=list(inputs),
        output=output,
        output_format=format_for(output, output_format, FORMAT_BY_SUFFIX, "jsonl"),
        engine=engine,
        scheduler=scheduler,
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
    say = (lambda message: None) if quiet else (lambda message: click.echo(message, err=True))
    started = time.monotonic()
    try:
        # Fail fast on the model, before any input is read or worker started.
        model = load_checked_model(model_path, trust_model)
        summary = run_batch(job, model=model, on_message=say)
        report = summary.as_dict(time.monotonic() - started)
        if summary_path:
            write_whole_file(summary_path, json.dumps(report, indent=2))
    except BatchInterrupted as interrupted:
        click.echo(f"\nscorer: {interrupted}", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except ScorerError as error:
        fail(error)
    say(render_summary(report))
    sys.exit(EXIT_SOME_RECORDS_FAILED if summary.failed else 0)
