"""`scorer batch`: score a corpus, streaming, in parallel, resumable, nothing lost."""

from __future__ import annotations

import json
import sys
import time
from itertools import islice
from pathlib import Path

import click

from scorer.cli_options import EXIT_INPUT_ERROR, fail, load_checked_model, model_option
from scorer.errors import ScorerError

# Exit codes beyond those in cli_options (README.md, "Exit codes").
EXIT_SOME_RECORDS_FAILED = 5
EXIT_INTERRUPTED = 130


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Output file (JSON Lines, or CSV with --format csv).",
)
@click.option("--format", "output_format", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option(
    "--jobs", type=click.IntRange(min=1), default=None, help="Worker processes (default: the machine's cores)."
)
@click.option("--explain", is_flag=True, help="Full reasons with evidence in each row (default: the top 3).")
@click.option("--resume", is_flag=True, help="Continue an interrupted job into the same output.")
@click.option("--overwrite", is_flag=True, help="Replace an existing output.")
@click.option("--quiet", is_flag=True, help="No progress and no summary on stderr.")
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=None,
    help="Records larger than this become error rows (default 20,000,000).",
)
@click.option(
    "--summary",
    "summary_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also write the summary as JSON to this file.",
)
@click.option("--id-field", default="id", show_default=True)
@click.option("--text-field", default="text", show_default=True)
@click.option("--title-field", default="title", show_default=True)
@click.option("--html-field", default="html", show_default=True, help="Field holding a page's HTML, if any.")
@click.option("--url-field", default="url", show_default=True)
@model_option
def batch(
    inputs: tuple[str, ...],
    output: Path,
    output_format: str,
    jobs: int | None,
    explain: bool,
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
    model_path: Path | None,
    trust_model: bool,
) -> None:
    """Score every record of JSON Lines or CSV files, or of folders of .txt/.html files.

    `-` reads JSON Lines from stdin; .gz inputs are read transparently. Each output row holds the
    record's id, score, band, probability, top reasons and signal values, or an `error`.
    Exit codes: 0 all scored, 5 some records failed (see their rows), 3 bad input or output,
    4 bad model, 130 interrupted (continue with --resume).

    Example: scorer batch crawl.jsonl.gz -o scores.jsonl --jobs 4 --summary summary.json
    """
    from scorer.batch.engine import default_jobs, score_stream
    from scorer.batch.inputs import RecordFields, check_inputs, count_records, read_inputs
    from scorer.batch.output import RowWriter
    from scorer.batch.progress import Progress
    from scorer.batch.summary import Summary, render_summary
    from scorer.reading import MAX_INPUT_BYTES

    fields = RecordFields(id=id_field, text=text_field, title=title_field, html=html_field, url=url_field)
    sources = list(inputs)
    jobs = jobs or default_jobs()
    try:
        check_inputs(sources)
        model = load_checked_model(model_path, trust_model)  # fail fast, before any worker starts
        writer = RowWriter(output, output_format, resume=resume, overwrite=overwrite)
    except ScorerError as error:
        fail(error)
    summary = Summary(resumed_from=writer.done)
    progress = Progress(None if quiet else count_records(sources), quiet=quiet, done_before=writer.done)
    started = time.monotonic()
    records = islice(read_inputs(sources, fields), writer.done, None)
    rows = score_stream(
        records,
        model_path=model_path,
        jobs=jobs,
        explain=explain,
        start_index=writer.done,
        model=model if jobs == 1 else None,
        trust=trust_model,
        max_bytes=max_bytes or MAX_INPUT_BYTES,
    )
    try:
        for row in rows:
            writer.write(row)
            summary.add(row)
            progress.update(failed="error" in row)
        writer.finish()
    except KeyboardInterrupt:
        writer.close()
        click.echo(f"\nscorer: interrupted; continue with: --resume (kept {writer.partial})", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except OSError as error:
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
    report = summary.as_dict(time.monotonic() - started)
    if summary_path:
        temporary = summary_path.with_name(summary_path.name + ".tmp")
        temporary.write_text(json.dumps(report, indent=2), encoding="utf-8")
        temporary.replace(summary_path)
    if not quiet:
        click.echo(render_summary(report), err=True)
    sys.exit(EXIT_SOME_RECORDS_FAILED if summary.failed else 0)
