"""Score a stream of records in order, in this process or in worker processes.

Pool.imap would read the whole input ahead of the workers (its feeder thread has no back
pressure), so memory would grow with the corpus. Instead a bounded window of chunks is in
flight at any time, and results are yielded in input order.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from pathlib import Path

from scorer.batch.inputs import InputRecord
from scorer.batch.rows import score_record
from scorer.model import ReliabilityModel
from scorer.model_loading import model_from_bytes, trusted_model_bytes
from scorer.reading import MAX_INPUT_BYTES

CHUNK_SIZE = 32
CHUNKS_IN_FLIGHT_PER_JOB = 3

# Each worker process loads the model once, in its initializer.
_worker_model: ReliabilityModel | None = None
_worker_options: dict = {}


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _die_with_parent() -> None:
    """A worker must not outlive a main process killed with SIGKILL (it would idle forever)."""
    parent = os.getppid()
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: the kernel kills us when the parent dies
        if os.getppid() != parent:  # the parent died before prctl took effect
            os._exit(1)
    except (OSError, AttributeError):
        import threading
        import time

        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(1)
            os._exit(1)

        threading.Thread(target=watch, daemon=True).start()


def _init_worker(model_bytes: bytes, digest: str, options: dict) -> None:
    """Unpickle the bytes the parent checked (scorer.model_loading), once per worker."""
    global _worker_model, _worker_options
    _die_with_parent()
    _worker_model = model_from_bytes(model_bytes, digest)
    _worker_options = options


def _score_chunk(chunk: list[tuple[int, InputRecord]]) -> list[dict]:
    assert _worker_model is not None
    return [score_record(record, index, _worker_model, **_worker_options) for index, record in chunk]


def _chunks(numbered: Iterator[tuple[int, InputRecord]], size: int) -> Iterator[list[tuple[int, InputRecord]]]:
    while chunk := list(islice(numbered, size)):
        yield chunk


def score_stream(
    records: Iterable[InputRecord],
    model_path: Path | None = None,
    jobs: int = 1,
    explain: bool = False,
    start_index: int = 0,
    model: ReliabilityModel | None = None,
    trust: bool = False,
    max_bytes: int = MAX_INPUT_BYTES,
    report: bool = False,
) -> Iterator[dict]:
    """Rows for the records, in input order; `start_index` numbers the first record."""
    numbered = enumerate(records, start_index)
    options = {"explain": explain, "max_bytes": max_bytes, "report": report}
    if model is None or jobs > 1:
        # The trust rule runs here, in the caller's process, before any worker starts.
        model_bytes, digest = trusted_model_bytes(model_path, trust)
    if jobs <= 1:
        model = model or model_from_bytes(model_bytes, digest, source=str(model_path or "the shipped model"))
        for index, record in numbered:
            yield score_record(record, index, model, **options)
        return
    window: deque[Future[list[dict]]] = deque()
    limit = jobs * CHUNKS_IN_FLIGHT_PER_JOB
    initargs = (model_bytes, digest, options)
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=initargs) as pool:
        for chunk in _chunks(numbered, CHUNK_SIZE):
            window.append(pool.submit(_score_chunk, chunk))
            if len(window) >= limit:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()
