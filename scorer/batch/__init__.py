"""Batch scoring: stream records in, score them in order (in parallel if asked), rows out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from scorer.batch.engine import default_jobs, score_stream
from scorer.batch.inputs import InputRecord, RecordFields
from scorer.batch.job import BatchInterrupted, BatchJob, run_batch
from scorer.model import ReliabilityModel


def _as_record(item: InputRecord | Mapping | str, position: int, fields: RecordFields) -> InputRecord:
    from scorer.batch.inputs import record_from_mapping

    if isinstance(item, InputRecord):
        return item
    if isinstance(item, str):
        return InputRecord(id=str(position), text=item)
    return record_from_mapping(dict(item), fields, str(position))


def score_many(
    records: Iterable[InputRecord | Mapping | str],
    model: ReliabilityModel | None = None,
    model_path: str | Path | None = None,
    jobs: int = 1,
    explain: bool = False,
    fields: RecordFields | None = None,
    trust: bool = False,
) -> Iterator[dict]:
    """Score records lazily, in order: dicts with `id`/`text` (or `html`, `title`, `url`), or strings.

    Yields one row per record: `index`, `id`, `score`, `band`, `probability`, `reasons`,
    `signals`, or `error` for a record that could not be scored. With jobs > 1 the records
    are scored in worker processes that each load the model once (from `model_path`, or the
    shipped model; `trust` as --trust-model); memory stays flat however many records stream through.
    """
    fields = fields or RecordFields()
    converted = (_as_record(item, position, fields) for position, item in enumerate(records))
    path = Path(model_path) if model_path else None
    return score_stream(converted, model_path=path, jobs=jobs, explain=explain, model=model, trust=trust)


__all__ = [
    "BatchInterrupted",
    "BatchJob",
    "InputRecord",
    "RecordFields",
    "default_jobs",
    "run_batch",
    "score_many",
]
