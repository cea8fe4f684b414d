"""Write rows so that no kill can leave a half-written or falsely complete output.

Rows go to OUTPUT.partial, one whole line per record, flushed as they come; only a finished
job renames it to OUTPUT. `--resume` truncates a torn last line (a kill during a write),
checks that the rows it holds are records 0..k-1 in order, and carries on from record k.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

from scorer.errors import InputError, OutputError
from scorer.signals import SIGNALS

CSV_FIELDS = ["index", "id", "score", "band", "probability", "error", "top_reasons", "words"] + [
    f"signal_{signal.id}" for signal in SIGNALS
]


# What a user means by an output's suffix when they do not say --format.
FORMAT_BY_SUFFIX = {".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}


def partial_path(output: Path) -> Path:
    return output.with_name(output.name + ".partial")


def _one_line(value: object) -> object:
    """CSV cells keep each record on one physical line, so lines can be counted on resume."""
    return " ".join(value.split()) if isinstance(value, str) else value


def format_row(row: dict, output_format: str) -> str:
    if output_format == "jsonl":
        return json.dumps(row, ensure_ascii=False) + "\n"
    flat = {key: row.get(key) for key in ("index", "id", "score", "band", "probability", "error", "words")}
    flat["top_reasons"] = "; ".join(f"{r['signal']} {r['impact']:+.1f}" for r in row.get("reasons", []))
    for signal_id, value in row.get("signals", {}).items():
        flat[f"signal_{signal_id}"] = value
    buffer = io.StringIO()
    csv.DictWriter(buffer, fieldnames=CSV_FIELDS, lineterminator="\n").writerow(
        {key: _one_line(value) for key, value in flat.items()}
    )
    return buffer.getvalue()


def csv_header() -> str:
    return ",".join(CSV_FIELDS) + "\n"


def _from_csv(cells: dict) -> dict:
    """A CSV output row read back in the shape the summary counts (index, score, band, signals)."""
    row: dict = {"index": int(cells["index"]), "id": cells["id"]}
    if cells.get("error"):
        row["error"] = cells["error"]
        return row
    row["score"] = float(cells["score"])
    row["band"] = cells["band"]
    prefix = "signal_"
    row["signals"] = {key[len(prefix) :]: float(v) for key, v in cells.items() if key.startswith(prefix) and v}
    return row


class StdoutWriter:
    """Rows to stdout (`-o -`): whole lines, flushed as they come; nothing to rename or resume."""

    def __init__(self, output_format: str) -> None:
        import sys

        self.format = output_format
        self.done = 0
        self.earlier_rows: list[dict] = []
        self.partial = "stdout"
        self._stream = sys.stdout
        if output_format == "csv":
            self._stream.write(csv_header())

    def write(self, row: dict) -> None:
        self._stream.write(format_row(row, self.format))
        self._stream.flush()

    def finish(self) -> None:
        self._stream.flush()

    def close(self) -> None:
        self._stream.flush()


class RowWriter:
    """Appends whole lines to OUTPUT.partial; `finish()` makes OUTPUT appear."""

    def __init__(self, output: Path, output_format: str, resume: bool, overwrite: bool = False) -> None:
        self.output = output
        self.partial = partial_path(output)
        self.format = output_format
        self.done = 0  # records already written (by an earlier, interrupted run when resuming)
        if output.exists() and not overwrite:
            if resume:
                raise InputError(f"{output} is already complete; nothing to resume (use another -o, or --overwrite)")
            raise InputError(
                f"{output} exists; not overwriting it (use --overwrite, or --resume for an interrupted job)"
            )
        self.earlier_rows: list[dict] = []  # what the interrupted run wrote, for the summary
        try:
            if self.partial.exists() and resume:
                self.done = self._recover()
            elif self.partial.exists() and not overwrite:
                raise InputError(
                    f"{self.partial} holds an interrupted job: continue it with --resume, or use --overwrite"
                )
            else:
                self._start_fresh()
            self._handle = self.partial.open("ab", buffering=0)
        except OSError as error:
            raise OutputError(f"{output}: cannot be written ({error.strerror})") from error

    def _start_fresh(self) -> None:
        with self.partial.open("wb") as handle:
            if self.format == "csv":
                handle.write(csv_header().encode())

    def _recover(self) -> int:
        """Drop a torn last line and count the whole rows, checking they are 0..k-1."""
        data = self.partial.read_bytes()
        whole = data[: data.rfind(b"\n") + 1]
        if len(whole) != len(data):
            with self.partial.open("r+b") as handle:
                handle.truncate(len(whole))
        lines = whole.decode("utf-8").splitlines()
        if self.format == "csv":
            if not lines:
                self._start_fresh()
                return 0
            lines = lines[1:]
            rows = [_from_csv(row) for row in csv.DictReader(io.StringIO(csv_header() + "\n".join(lines)))]
        else:
            rows = [json.loads(line) for line in lines]
        self.earlier_rows = rows
        indexes = [row["index"] for row in rows]
        if indexes != list(range(len(indexes))):
            raise InputError(f"{self.partial} does not hold rows 0..{len(indexes) - 1} in order; cannot resume it")
        return len(indexes)

    def write(self, row: dict) -> None:
        line = format_row(row, self.format).encode("utf-8")
        # One write call per line: a kill leaves at most one torn line, which resume removes.
        written = self._handle.write(line)
        while written is not None and written < len(line):
            written += self._handle.write(line[written:])

    def finish(self) -> None:
        self._handle.flush()
        os.fsync(self._handle.fileno())
        self._handle.close()
        self.partial.replace(self.output)

    def close(self) -> None:
        if not self._handle.closed:
            self._handle.close()
