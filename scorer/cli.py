"""The command line: thin commands that parse, call the library, and print."""

from __future__ import annotations

import json
from pathlib import Path

import click

from scorer import __version__
from scorer.cli_options import fail, format_option, load_checked_model, max_bytes_option, model_option
from scorer.errors import OutputError, ScorerError
from scorer.output_file import format_for, write_whole_file

# What `-o` names when --format is not given.
_SCORE_FORMAT_BY_SUFFIX = {".json": "json", ".html": "html", ".htm": "html"}


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, invoke_without_command=True)
@click.version_option(__version__, prog_name="scorer")
@click.pass_context
def cli(context: click.Context) -> None:
    """Score news articles for reliability from their sourcing and provenance signals.

    Example: scorer score article.txt
    """
    if context.invoked_subcommand is None:  # bare `scorer`: the help, as a request for it
        click.echo(context.get_help())


@cli.command()
@click.argument("source", metavar="FILE|-")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "html"]),
    default=None,
    help="Terminal view, the JSON contract described in README.md, or a self-contained HTML report "
    "with the evidence highlighted in the article. Default: from -o's suffix (.json, .html), else text.",
)
@click.option(
    "-o",
    "--output",
    "output_path",
    type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
    default=None,
    help="Write to this file instead of stdout (`-` is stdout).",
)
@model_option
@max_bytes_option("Refuse inputs larger than this")
@click.option(
    "--reasons",
    "max_reasons",
    type=click.IntRange(min=1),
    default=6,
    show_default=True,
    help="Reasons shown per direction in the terminal view.",
)
def score(
    source: str,
    output_format: str | None,
    output_path: Path | None,
    model_path: Path | None,
    trust_model: bool,
    max_bytes: int | None,
    max_reasons: int,
) -> None:
    """Score one article (plain text or an HTML page; `-` reads stdin).

    Example: scorer score article.txt --format html -o report.html
    """
    from scorer.reading import MAX_INPUT_BYTES, read_article
    from scorer.scoring import score_article

    try:
        article = read_article(source, max_bytes or MAX_INPUT_BYTES)
        result = score_article(article, load_checked_model(model_path, trust_model))
    except ScorerError as error:
        fail(error)
    name = "stdin" if source == "-" else source
    output_format = format_for(output_path, output_format, _SCORE_FORMAT_BY_SUFFIX, "text")
    if output_format == "json":
        data = result.to_dict()
        data["text"] = article.text  # what the evidence offsets point into (README, "JSON output")
        rendered = json.dumps(data, ensure_ascii=False, indent=2)
    elif output_format == "html":
        from scorer.report import render_page

        rendered = render_page(article, result, source=name)
    else:
        from scorer.render import render_terminal

        rendered = render_terminal(result, name, max_reasons=max_reasons)
    if output_path is None or str(output_path) == "-":
        click.echo(rendered)
        return
    try:
        # A file is not a terminal: no colour codes in it.
        write_whole_file(output_path, click.unstyle(rendered) + "\n")
    except OutputError as error:
        fail(error)


@cli.command()
@format_option
def signals(output_format: str) -> None:
    """List every signal scorer measures, by family.

    Example: scorer signals --format json
    """
    from scorer.signals import SIGNALS

    if output_format == "json":
        rows = [{"id": s.id, "family": s.family, "kind": s.kind, "description": s.description} for s in SIGNALS]
        click.echo(json.dumps(rows, indent=2))
        return
    family = None
    for signal in SIGNALS:
        if signal.family != family:
            family = signal.family
            click.echo(click.style(f"\n{family}", bold=True))
        click.echo(f"  {signal.id:<22} {signal.description}")


from scorer.cli_batch import batch  # noqa: E402  (commands register on the group)
from scorer.cli_models import evaluate, train  # noqa: E402

cli.add_command(train)
cli.add_command(evaluate)
cli.add_command(batch)


def main() -> None:
    """The `scorer` command: click's own handling, except that a closed pipe is not an error.

    Click's main() turns a broken pipe into exit status 1 whatever the mode; but `scorer signals |
    head -2` did what the user asked, so the command is invoked here, and a closed pipe ends it
    quietly with 0.
    """
    import errno
    import os
    import sys

    if "_SCORER_COMPLETE" in os.environ:  # shell completion (README.md) is click's own main()
        cli.main(prog_name="scorer")
    try:
        with cli.make_context("scorer", sys.argv[1:]) as context:
            result = cli.invoke(context)
        sys.stdout.flush()  # here, where a closed pipe can still be caught, not at exit
    except click.exceptions.Exit as done:  # --help, --version
        sys.exit(done.exit_code)
    except click.ClickException as error:  # usage errors: click's message, exit 2
        error.show()
        sys.exit(error.exit_code)
    except click.Abort:
        click.echo("Aborted!", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
    except OSError as error:
        if error.errno != errno.EPIPE:
            raise
        # Point stdout at nothing so that the interpreter's last flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
    sys.exit(result if isinstance(result, int) else 0)
