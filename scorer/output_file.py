"""Writing a whole output file or nothing: a reader never finds half a report under its final name."""

from __future__ import annotations

import os
from pathlib import Path

from scorer.errors import OutputError


def write_whole_file(path: Path, content: str) -> None:
    """Write content to path through a temporary file beside it, renamed into place when complete."""
    temporary = path.with_name(f".{path.name}.partial")
    try:
        temporary.write_text(content, encoding="utf-8")
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot be written ({error.strerror})") from error


def refuse_to_replace(paths: list[Path], overwrite: bool) -> None:
    """Refuse outputs that exist unless the user said --overwrite, as `scorer batch` does."""
    if overwrite:
        return
    existing = [str(path) for path in paths if path.exists()]
    if existing:
        raise OutputError(f"{', '.join(existing)} already exists (pass --overwrite to replace it)")


def format_for(output: Path | None, explicit: str | None, by_suffix: dict[str, str], default: str) -> str:
    """The format asked for; else the one the output's suffix names (`scores.csv`); else the default.

    A user who writes `-o scores.csv` means CSV: a JSON Lines file under that name would mislead
    every tool that opens it. A trailing `.gz` is looked through.
    """
    if explicit:
        return explicit
    if output is None or str(output) == "-":
        return default
    suffixes = [suffix.lower() for suffix in output.suffixes if suffix.lower() != ".gz"]
    return by_suffix.get(suffixes[-1], default) if suffixes else default
