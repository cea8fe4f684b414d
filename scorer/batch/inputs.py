"""Streaming readers for batch input: JSON Lines, CSV, folders of files, stdin; .gz transparently.

Each reader yields one InputRecord per input record, in input order, without holding more
than one record in memory. A record that cannot be read becomes an InputRecord with an
`error`, so that it still gets its row in the output.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from scorer.decoding import decode_bytes
from scorer.errors import InputError, ScorerError

ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".txt.gz", ".html.gz", ".htm.gz")


@dataclass(frozen=True)
class RecordFields:
    """Which JSON/CSV fields hold what (configurable from the command line)."""

    id: str = "id"
    text: str = "text"
    title: str = "title"
    html: str = "html"
    url: str = "url"


@dataclass(frozen=True)
class InputRecord:
    id: str
    text: str | None = None
    is_html: bool | None = None  # None: decide from the content
    url: str | None = None
    error: str | None = None


def _open_binary(path: Path) -> io.BufferedIOBase:
    if str(path) == "-":
        return sys.stdin.buffer
    if path.name.endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def record_from_mapping(row: object, fields: RecordFields, fallback_id: str) -> InputRecord:
    if not isinstance(row, dict):
        return InputRecord(id=fallback_id, error="record is not a JSON object")
    record_id = row.get(fields.id)
    record_id = fallback_id if record_id in (None, "") else str(record_id)
    html = row.get(fields.html)
    text = row.get(fields.text)
    url = row.get(fields.url) if isinstance(row.get(fields.url), str) else None
    if isinstance(html, str) and html.strip():
        return InputRecord(id=record_id, text=html, is_html=True, url=url)
    if not isinstance(text, str) or not text.strip():
        return InputRecord(id=record_id, error=f"no text: field {fields.text!r} is missing or empty")
    title = row.get(fields.title)
    if isinstance(title, str) and title.strip():
        text = f"{title.strip()}\n\n{text}"
    return InputRecord(id=record_id, text=text, url=url)


def read_mappings(path: Path, kind: str) -> Iterator[tuple[str, object, str | None]]:
    """(where, row, error) for each record of a JSON Lines, CSV or Parquet file: the one reader
    of record files, under both `scorer batch` and the labelled-data reader (scorer.corpus).

    where: "line N" or "row N"; error: why the record could not be read (row is then None).
    """
    if kind == "csv":
        csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # an article is a big field
        with _open_binary(path) as handle:
            text = io.TextIOWrapper(handle, encoding="utf-8", errors="replace", newline="")
            for number, row in enumerate(csv.DictReader(text), 2):
                yield f"row {number}", dict(row), None
        return
    if kind == "parquet":
        try:
            import pandas
        except ImportError as error:
            raise InputError("reading Parquet needs pandas and pyarrow: pip install 'scorer[dask]'") from error
        for number, row in enumerate(pandas.read_parquet(path).to_dict("records"), 1):
            yield f"row {number}", row, None
        return
    with _open_binary(path) as handle:
        for number, raw in enumerate(handle, 1):
            where = f"line {number}"
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                yield where, None, f"line is not valid UTF-8 (byte {error.start})"
                continue
            try:
                yield where, json.loads(line), None
            except json.JSONDecodeError as error:
                yield where, None, f"malformed JSON: {error.msg} (column {error.colno})"


def read_records_file(path: Path, kind: str, fields: RecordFields) -> Iterator[InputRecord]:
    """The records of one JSON Lines, CSV or Parquet file; unreadable ones carry their error."""
    for where, row, error in read_mappings(path, kind):
        yield InputRecord(id=where, error=error) if error else record_from_mapping(row, fields, where)


def read_jsonl(path: Path, fields: RecordFields) -> Iterator[InputRecord]:
    return read_records_file(path, "jsonl", fields)


def read_csv(path: Path, fields: RecordFields) -> Iterator[InputRecord]:
    return read_records_file(path, "csv", fields)


def folder_files(folder: Path) -> list[Path]:
    """The article files below a folder, in a stable order."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.name.lower().endswith(ARTICLE_SUFFIXES))


def read_file_bytes(path: Path) -> bytes:
    """A file's bytes, decompressed if it is .gz."""
    with _open_binary(path) as handle:
        return handle.read()


def read_article_file(folder: Path, path: Path) -> InputRecord:
    """One file of a folder input as a record; the id is its path relative to the folder."""
    record_id = path.relative_to(folder).as_posix()
    try:
        text = decode_bytes(read_file_bytes(path))
    except (OSError, ScorerError) as error:
        return InputRecord(id=record_id, error=str(error))
    # A file named .html is a page even if it opens oddly; a .txt file may still hold HTML.
    return InputRecord(id=record_id, text=text, is_html=True if is_page_file(path) else None)


def is_page_file(path: Path) -> bool:
    """Whether the file's name says it is an HTML page (.html, .htm, either gzipped)."""
    return path.name.lower().removesuffix(".gz").endswith((".html", ".htm"))


def read_folder(folder: Path) -> Iterator[InputRecord]:
    """Every .txt/.html file below the folder, sorted."""
    for path in folder_files(folder):
        yield read_article_file(folder, path)


def read_parquet(path: Path, fields: RecordFields) -> Iterator[InputRecord]:
    """Records of a Parquet file (needs pandas and pyarrow: pip install 'scorer[dask]')."""
    return read_records_file(path, "parquet", fields)


def input_kind(source: str) -> str:
    path = Path(source)
    name = path.name.lower().removesuffix(".gz")
    if source == "-":
        return "jsonl"
    if path.is_dir():
        return "folder"
    if name.endswith(".csv"):
        return "csv"
    if name.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    if name.endswith(".parquet"):
        return "parquet"
    raise InputError(
        f"{source}: unknown input kind (use .jsonl, .csv, .parquet, a folder, or - for JSON Lines on stdin)"
    )


def expand_sources(sources: list[str]) -> list[str]:
    """Expand quoted globs ('crawl/part-*.jsonl'), as a cluster job names its shards."""
    import glob

    expanded: list[str] = []
    for source in sources:
        if source != "-" and not Path(source).exists() and glob.has_magic(source):
            matches = sorted(glob.glob(source, recursive=True))
            if not matches:
                raise InputError(f"{source}: no file matches this pattern")
            expanded.extend(matches)
        else:
            expanded.append(source)
    return expanded


def check_inputs(sources: list[str]) -> None:
    """Fail before any work if an input is missing or unreadable: that is fatal, not a bad record."""
    for source in sources:
        if source == "-":
            continue
        path = Path(source)
        if not path.exists():
            raise InputError(f"{source}: no such file or folder")
        input_kind(source)
        if path.is_file():
            try:
                path.open("rb").close()
            except OSError as error:
                raise InputError(f"{source}: cannot be read ({error.strerror})") from error


def read_inputs(sources: list[str], fields: RecordFields) -> Iterator[InputRecord]:
    """Every record of the inputs, in order: files of records, folders of articles, or stdin."""
    for source in sources:
        kind = input_kind(source)
        path = Path(source)
        if kind == "folder":
            yield from read_folder(path)
        else:
            yield from read_records_file(path, kind, fields)


def count_records(sources: list[str]) -> int | None:
    """How many records the inputs hold, for the progress bar's ETA (None for stdin)."""
    total = 0
    for source in sources:
        if source == "-":
            return None
        kind = input_kind(source)
        path = Path(source)
        if kind == "folder":
            total += len(folder_files(path))
        elif kind == "parquet":
            return None
        elif kind == "csv":
            # A CSV field may hold line breaks (an article's paragraphs): count rows, not lines.
            csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # as read_csv: an article is a big field
            with _open_binary(path) as handle:
                text = io.TextIOWrapper(handle, encoding="utf-8", errors="replace", newline="")
                total += max(0, sum(1 for _ in csv.reader(text)) - 1)
        else:
            with _open_binary(path) as handle:
                total += sum(1 for line in handle if line.strip())
    return total
