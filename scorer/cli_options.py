"""Option bundles and error handling shared by the commands."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import click

from scorer.corpus import LabelFields
from scorer.errors import ModelError, ScorerError

# Exit codes (README.md, "Exit codes"). click itself exits 2 on a usage error.
EXIT_INPUT_ERROR = 3
EXIT_MODEL_ERROR = 4


def fail(error: ScorerError) -> NoReturn:
    """One line on stderr and a distinct exit code, never a traceback."""
    click.echo(f"scorer: error: {error}", err=True)
    sys.exit(EXIT_MODEL_ERROR if isinstance(error, ModelError) else EXIT_INPUT_ERROR)


def model_option(function):
    """--model and --trust-model: which model to load, and whether to trust a file not on the list."""
    function = click.option(
        "--trust-model",
        is_flag=True,
        help="Load --model even if its SHA-256 is not in the trusted list (it is a pickle: it runs code).",
    )(function)
    return click.option(
        "--model",
        "model_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="Model file written by `scorer train` (default: the shipped model).",
    )(function)


def load_checked_model(model_path: Path | None, trust: bool):
    """Load the model, warning on stderr when it was trained with another scikit-learn."""
    from scorer.model import load_model, version_mismatch

    model = load_model(model_path, trust=trust)
    warning = version_mismatch(model)
    if warning:
        click.echo(f"scorer: warning: {warning}", err=True)
    return model


format_option = click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Readable text, or JSON.",
)


def _apply(function, options: list):
    for option in reversed(options):
        function = option(function)
    return function


def record_field_options(function):
    """Which fields of a JSON Lines or CSV record hold its id, text and title: batch, train, evaluate."""
    return _apply(
        function,
        [
            click.option("--id-field", default="id", show_default=True, help="Field/column holding the record id."),
            click.option("--text-field", default="text", show_default=True, help="Field/column holding the article."),
            click.option(
                "--title-field",
                default="title",
                show_default=True,
                help="Field/column holding the title, if separate from the text.",
            ),
        ],
    )


def max_bytes_option(what: str):
    """--max-bytes, its default limit named once (scorer.reading.MAX_INPUT_BYTES)."""
    from scorer.reading import MAX_INPUT_BYTES

    return click.option(
        "--max-bytes",
        type=click.IntRange(min=1),
        default=None,
        help=f"{what} (default {MAX_INPUT_BYTES:,}).",
    )


def data_options(function):
    """Options that say how to read labelled data: shared by train and evaluate."""
    options = [
        click.option("--label-field", default="label", show_default=True, help="Field/column holding the label."),
        click.option(
            "--genre-field",
            default="genre",
            show_default=True,
            help="Field/column used to group cross-validation folds.",
        ),
        click.option(
            "--positive",
            multiple=True,
            default=("reliable",),
            show_default=True,
            help="Label value meaning reliable (repeatable).",
        ),
        click.option(
            "--negative",
            multiple=True,
            default=(),
            help="Label value meaning unreliable (repeatable; default: every other value).",
        ),
    ]
    return record_field_options(_apply(function, options))


def pop_fields(kwargs: dict) -> LabelFields:
    """Take the data_options out of a command's keyword arguments."""
    return LabelFields(
        text=kwargs.pop("text_field"),
        label=kwargs.pop("label_field"),
        title=kwargs.pop("title_field"),
        id=kwargs.pop("id_field"),
        genre=kwargs.pop("genre_field"),
        positive=tuple(kwargs.pop("positive")),
        negative=tuple(kwargs.pop("negative")),
    )
