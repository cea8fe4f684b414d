"""The trust rule holds for library callers on every engine, not only behind the CLI.

A model file is a pickle: unpickling it runs its code. Each path below must refuse a model that
is neither the shipped one nor trusted, before any worker exists or any byte is unpickled.
"""

from __future__ import annotations

import shutil

import pytest

from scorer import distributed
from scorer.batch.engine import score_stream
from scorer.batch.inputs import InputRecord
from scorer.errors import ModelError
from scorer.model import SHIPPED_MODEL_PATH
from scorer.model_loading import model_from_bytes, trusted_model_bytes


@pytest.fixture()
def untrusted(tmp_path, monkeypatch):
    monkeypatch.setenv("SCORER_TRUSTED_MODELS", str(tmp_path / "no-list.txt"))
    copy = tmp_path / "someone-elses.joblib"
    shutil.copy(SHIPPED_MODEL_PATH, copy)
    with copy.open("ab") as handle:
        handle.write(b"\0")  # any other bytes: not the shipped model's hash
    return copy


class _NoWorkers:
    def __init__(self, *args, **kwargs) -> None:
        raise AssertionError("a worker was started for an untrusted model")


def test_local_engine_refuses_before_starting_workers(untrusted, monkeypatch) -> None:
    monkeypatch.setattr("scorer.batch.engine.ProcessPoolExecutor", _NoWorkers)
    rows = score_stream([InputRecord(id="1", text="words " * 40)], model_path=untrusted, jobs=2)
    with pytest.raises(ModelError, match="not in the trusted list"):
        next(rows)


def test_local_engine_in_one_process_refuses_too(untrusted) -> None:
    with pytest.raises(ModelError, match="not in the trusted list"):
        next(score_stream([InputRecord(id="1", text="words " * 40)], model_path=untrusted, jobs=1))


class _RecordingClient:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def scatter(self, *args, **kwargs):
        self.calls.append("scatter")
        raise AssertionError("model bytes were sent to the cluster")

    def submit(self, *args, **kwargs):
        self.calls.append("submit")
        raise AssertionError("a task was submitted")


def test_dask_engine_refuses_on_the_client_before_sending_a_byte(untrusted, tmp_path) -> None:
    client = _RecordingClient()
    with pytest.raises(ModelError, match="not in the trusted list"):
        distributed.run(client, [], tmp_path, "jsonl", None, untrusted, False, 1000, skip_done=False)
    assert client.calls == []


def test_dask_collection_api_refuses_before_building_tasks(untrusted) -> None:
    from scorer.dask_api import add_scores

    class Collection:
        def map_partitions(self, *args, **kwargs):
            raise AssertionError("tasks were built for an untrusted model")

    with pytest.raises(ModelError, match="not in the trusted list"):
        add_scores(Collection(), model_path=untrusted)


def test_a_damaged_model_is_a_one_line_error_not_a_hang(untrusted) -> None:
    with pytest.raises(ModelError, match="damaged"):  # joblib itself would loop forever on it
        model_from_bytes(*trusted_model_bytes(untrusted, trust=True))


def test_bytes_changed_after_the_check_are_refused() -> None:
    data, digest = trusted_model_bytes()
    with pytest.raises(ModelError, match="do not match the SHA-256"):
        model_from_bytes(data + b"x", digest)
    assert model_from_bytes(data, digest) is model_from_bytes(data, digest)  # once per process
