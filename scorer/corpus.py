"""Labelled articles for training and evaluation: JSON Lines, CSV, or a folder of files.

A folder holds one article per .txt or .html file, each opening with a front-matter block
(`label:`, `genre:`, `rationale:`) as in training_data/articles/.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from scorer.batch.inputs import (
    RecordFields,
    folder_files,
    input_kind,
    is_page_file,
    read_file_bytes,
    read_mappings,
    record_from_mapping,
)
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
    article_type: str = ""  # the writer's front matter says what kind of piece it is, where it does


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


def _read_records_file(path: Path, kind: str, fields: LabelFields) -> Iterator[LabelledRecord]:
    """A file of labelled records, read by batch's reader; for training, an unreadable record is fatal."""
    for where, row, error in read_mappings(path, kind):
        if error:
            raise InputError(f"{path}: {where}: {error}")
        yield _labelled(row, fields, f"{path}: {where}")


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
            article_type=meta.get("article_type", ""),
            is_html=is_page_file(path),
        )


def read_labelled(paths: Iterable[str | Path], fields: LabelFields | None = None) -> list[LabelledRecord]:
    """All labelled records from the given files and folders, in a stable order."""
    fields = fields or LabelFields()
    records: list[LabelledRecord] = []
    for raw in paths:
        path = Path(raw)
        if str(raw) != "-" and not path.exists():
            raise InputError(f"{path}: no such file or folder")
        kind = input_kind(str(raw))  # the same dispatch as `scorer batch`
        if kind == "folder":
            records.extend(_read_folder(path, fields))
        else:
            records.extend(_read_records_file(path, kind, fields))
    if not records:
        raise InputError("no labelled records found")
    return records


def data_hash(records: Iterable[LabelledRecord]) -> str:
    """SHA-256 over ids, labels and texts: what the model card records as 'trained on'."""
    digest = hashlib.sha256()
    for record in sorted(records, key=lambda r: r.id):
        digest.update(f"{record.id}\0{int(record.reliable)}\0{record.text}\0".encode())
    return digest.hexdigest()
