"""The Dask engine: score shards of a corpus on a cluster, one output shard per input shard.

A shard is one input file (JSON Lines, CSV or Parquet), or a group of files from a folder.
Each task reads its shard with the same readers as the local engine, scores it with the same
row code, writes its output shard atomically (part-NNNNN.jsonl or .parquet, next to the
others in the output folder), and sends back only its summary. The model travels once per
worker: the client checks its hash, scatters its bytes to every worker, and each worker
unpickles it once and keeps it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from scorer.batch.inputs import (
    RecordFields,
    folder_files,
    input_kind,
    read_article_file,
    read_csv,
    read_jsonl,
    read_parquet,
)
from scorer.batch.output import format_row
from scorer.batch.rows import score_record
from scorer.batch.summary import Summary
from scorer.errors import InputError, ScorerError
from scorer.model_loading import model_from_bytes, trusted_model_bytes

FILES_PER_FOLDER_SHARD = 200
INSTALL_HINT = "the Dask engine needs the dask extra: pip install 'scorer[dask]'"


@dataclass(frozen=True)
class Shard:
    number: int
    kind: str  # jsonl, csv, parquet or folder
    path: str
    files: tuple[str, ...] = ()  # for a folder shard: its files, relative to path


def plan_shards(sources: list[str]) -> list[Shard]:
    """One shard per input file; folders are cut into groups of files."""
    shards: list[Shard] = []
    for source in sources:
        if source == "-":
            raise InputError("the Dask engine reads files, not stdin: save the records to a file first")
        kind = input_kind(source)
        if kind == "folder":
            files = [p.relative_to(source).as_posix() for p in folder_files(Path(source))]
            for start in range(0, len(files), FILES_PER_FOLDER_SHARD):
                group = tuple(files[start : start + FILES_PER_FOLDER_SHARD])
                shards.append(Shard(len(shards), kind, source, group))
        else:
            shards.append(Shard(len(shards), kind, source))
    return shards


def shard_output(output: Path, shard: Shard, output_format: str) -> Path:
    suffix = "parquet" if output_format == "parquet" else output_format
    return output / f"part-{shard.number:05d}.{suffix}"


def _records(shard: Shard, fields: RecordFields):
    path = Path(shard.path)
    if shard.kind == "folder":
        return (read_article_file(path, path / name) for name in shard.files)
    readers = {"jsonl": read_jsonl, "csv": read_csv, "parquet": read_parquet}
    return readers[shard.kind](path, fields)


def score_shard(
    shard: Shard,
    output: str,
    output_format: str,
    fields: RecordFields,
    model_bytes: bytes,
    digest: str,
    explain: bool,
    max_bytes: int,
) -> Summary:
    """Run on a worker: score one shard, write its output shard, return its summary."""
    model = model_from_bytes(model_bytes, digest)
    summary = Summary()
    rows = _shard_rows(shard, fields, model, explain, max_bytes, summary)
    target = shard_output(Path(output), shard, output_format)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    if output_format == "parquet":
        _write_parquet(temporary, list(rows))
    else:
        with temporary.open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(format_row(row, output_format))
    temporary.replace(target)
    return summary


def _shard_rows(shard, fields, model, explain, max_bytes, summary) -> Iterator[dict]:
    try:
        records = _records(shard, fields)
        for index, record in enumerate(records):
            row = score_record(record, index, model, explain, max_bytes)
            row["shard"] = shard.number
            summary.add(row)
            yield row
    except (OSError, ScorerError) as error:  # the shard itself is unreadable: one row says so
        row = {"index": 0, "id": shard.path, "shard": shard.number, "error": f"shard unreadable: {error}"}
        summary.add(row)
        yield row


def _write_parquet(path: Path, rows: list[dict]) -> None:
    import json

    import pandas

    flat = []
    for row in rows:
        item = {key: row.get(key) for key in ("shard", "index", "id", "score", "band", "probability", "error", "words")}
        item["reasons"] = json.dumps(row.get("reasons", []), ensure_ascii=False)
        for signal_id, value in row.get("signals", {}).items():
            item[f"signal_{signal_id}"] = value
        flat.append(item)
    pandas.DataFrame(flat).to_parquet(path, index=False)


def connect(scheduler: str, jobs: int):
    """A distributed Client: a new LocalCluster for 'local', or the cluster at ADDRESS."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as error:
        raise InputError(INSTALL_HINT) from error
    if scheduler == "local":
        cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None)
        return Client(cluster)
    try:
        return Client(scheduler, timeout="20s")
    except OSError as error:
        raise InputError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from error


def run(
    client,
    shards: list[Shard],
    output: Path,
    output_format: str,
    fields: RecordFields,
    model_path: Path | None,
    explain: bool,
    max_bytes: int,
    skip_done: bool,
    on_shard_done=None,
    trust: bool = False,
) -> Summary:
    """Score every shard not already done; the merged summary of the shards scored now.

    The trust rule runs here, on the client, before a byte is sent: workers unpickle only
    bytes whose SHA-256 the client checked (scorer.model_loading).
    """
    model_bytes, digest = trusted_model_bytes(model_path, trust)
    from dask.distributed import as_completed

    [model_future] = client.scatter([model_bytes], broadcast=True)
    summary = Summary()
    todo = [s for s in shards if not (skip_done and shard_output(output, s, output_format).exists())]
    futures = [
        client.submit(
            score_shard, shard, str(output), output_format, fields, model_future, digest, explain, max_bytes, pure=False
        )
        for shard in todo
    ]
    for future in as_completed(futures):
        shard_summary = future.result()
        summary.merge(shard_summary)
        if on_shard_done:
            on_shard_done(shard_summary)
    return summary
