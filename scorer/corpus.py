"""Labelled articles for training and evaluation: JSON Lines, CSV, or a folder of files.

A folder holds one article per .txt or .html file, each opening with a front-matter block
(`label:`, `genre:`, `rationale:`) as in training_data/articles/.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from scorer.batch.inputs import RecordFields, folder_files, read_file_bytes, record_from_mapping
from scorer.decoding import decode_bytes
from scorer.errors import InputError


@dataclass(frozen=True)
class LabelFields(RecordFields):
    """The record's fields as in `scorer batch`, plus its label and genre, and which label
    values mean 'reliable'."""

    label: str = "label"
    genre: str = "genre"
    positive: tuple[str, ...] = ("reliable",)
    negative: tuple[str, ...] = ()


@dataclass(frozen=True)
class LabelledRecord:
    id: str
    text: str
    reliable: bool
    genre: str = "unknown"
    rationale: str = ""
    is_html: bool | None = None


def parse_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split '---\\nkey: value\\n---\\n' from the article that follows it."""
    if not text.startswith("---"):
        return {}, text
    end = text.find("\n---", 3)
    if end < 0:
        return {}, text
    fields = {}
    for line in text[3:end].strip().splitlines():
        key, _, value = line.partition(":")
        if key.strip():
            fields[key.strip().lower()] = value.strip()
    body_start = text.find("\n", end + 4)
    return fields, text[body_start + 1 :] if body_start >= 0 else ""


def _label(value: object, fields: LabelFields, where: str) -> bool:
    label = str(value).strip().lower()
    if label in (v.lower() for v in fields.positive):
        return True
    if not fields.negative or label in (v.lower() for v in fields.negative):
        return False
    raise InputError(f"{where}: label {value!r} is neither positive {fields.positive} nor negative {fields.negative}")


def _open_text(path: Path) -> io.TextIOBase:
    if str(path) == "-":
        return io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
    if path.suffix == ".gz":
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8", errors="replace")
    return path.open(encoding="utf-8", errors="replace", newline="")


def _labelled(row: dict, fields: LabelFields, where: str) -> LabelledRecord:
    """A labelled record, its text read exactly as `scorer batch` reads it (text or html, title)."""
    record = record_from_mapping(row, fields, where)
    if record.error:
        raise InputError(f"{where}: {record.error}")
    if fields.label not in row:
        raise InputError(f"{where}: no label in field {fields.label!r}")
    return LabelledRecord(
        id=record.id,
        text=record.text or "",
        reliable=_label(row[fields.label], fields, where),
        genre=str(row.get(fields.genre) or "unknown"),
        is_html=record.is_html,
    )


def _read_jsonl(path: Path, fields: LabelFields) -> Iterator[LabelledRecord]:
    with _open_text(path) as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                raise InputError(f"{where}: not valid JSON ({error.msg})") from error
            yield _labelled(row, fields, where)


def _read_csv(path: Path, fields: LabelFields) -> Iterator[LabelledRecord]:
    csv.field_size_limit(sys.maxsize)
    with _open_text(path) as handle:
        for number, row in enumerate(csv.DictReader(handle), 2):
            yield _labelled(row, fields, f"{path}:{number}")


def _read_folder(folder: Path, fields: LabelFields) -> Iterator[LabelledRecord]:
    for path in folder_files(folder):
        meta, text = parse_front_matter(decode_bytes(read_file_bytes(path)))
        if "label" not in meta:
            raise InputError(f"{path}: no 'label:' in its front matter")
        yield LabelledRecord(
            id=str(path.relative_to(folder)),
            text=text,
            reliable=_label(meta["label"], fields, str(path)),
            genre=meta.get("genre", path.parent.name),
            rationale=meta.get("rationale", ""),
            is_html=path.name.lower().removesuffix(".gz").endswith((".html", ".htm")),
        )


def read_labelled(paths: Iterable[str | Path], fields: LabelFields | None = None) -> list[LabelledRecord]:
    """All labelled records from the given files and folders, in a stable order."""
    fields = fields or LabelFields()
    records: list[LabelledRecord] = []
    for raw in paths:
        path = Path(raw)
        if str(raw) != "-" and not path.exists():
            raise InputError(f"{path}: no such file or folder")
        name = path.name.lower().removesuffix(".gz")
        if path.is_dir():
            records.extend(_read_folder(path, fields))
        elif name.endswith(".csv"):
            records.extend(_read_csv(path, fields))
        elif name.endswith((".jsonl", ".json", ".ndjson")) or str(raw) == "-":
            records.extend(_read_jsonl(path, fields))
        else:
            raise InputError(f"{path}: unknown kind of data (use .jsonl, .csv or a folder of articles)")
    if not records:
        raise InputError("no labelled records found")
    return records


def data_hash(records: Iterable[LabelledRecord]) -> str:
    """SHA-256 over ids, labels and texts: what the model card records as 'trained on'."""
    digest = hashlib.sha256()
    for record in sorted(records, key=lambda r: r.id):
        digest.update(f"{record.id}\0{int(record.reliable)}\0{record.text}\0".encode())
    return digest.hexdigest()
