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
