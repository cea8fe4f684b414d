"""Kill a batch job at random points, or fill its disk: never a half line, and --resume completes it."""

from __future__ import annotations

import random
import resource
import signal
import subprocess
import sys
import time

from click.testing import CliRunner

from scorer.cli import cli
from tests.batch_corpus import write_jsonl

RECORDS = 240


def start_batch(source, output, *extra: str, preexec=None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "scorer", "batch", str(source), "-o", str(output), "--quiet", "--jobs", "2", *extra],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=preexec,
    )


def reference_output(tmp_path, source):
    whole = tmp_path / "whole.jsonl"
    result = CliRunner().invoke(cli, ["batch", str(source), "-o", str(whole), "--quiet", "--jobs", "2"])
    assert result.exit_code == 0
    return whole.read_bytes()


def assert_whole_lines(path) -> None:
    data = path.read_bytes()
    for line in data.splitlines()[:-1]:
        assert line.startswith(b"{") and line.endswith(b"}")


def test_kills_at_random_points_then_resume(tmp_path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", RECORDS)
    expected = reference_output(tmp_path, source)
    chooser = random.Random(20261124)
    output = tmp_path / "out.jsonl"
    partial = tmp_path / "out.jsonl.partial"
    for attempt in range(4):
        process = start_batch(source, output, *(["--resume"] if attempt else []))
        time.sleep(chooser.uniform(0.5, 3.0))  # anywhere: start-up, mid-write, between chunks
        process.send_signal(signal.SIGKILL)
        process.wait()
        if output.exists():
            break  # it finished before the kill
        if partial.exists():
            assert_whole_lines(partial)
    if not output.exists():
        finisher = start_batch(source, output, "--resume")
        assert finisher.wait(timeout=300) == 0, finisher.stderr.read().decode()
    assert output.read_bytes() == expected


def _limit_file_size(limit: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_a_full_disk_stops_the_job_cleanly_and_resume_completes_it(tmp_path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", 60)
    expected = reference_output(tmp_path, source)
    output = tmp_path / "out.jsonl"
    # Writes past 25 KB fail, as on a full disk: the last write is cut short mid-line.
    process = start_batch(source, output, preexec=_limit_file_size(25_000))
    status = process.wait(timeout=300)
    message = process.stderr.read().decode()
    assert status == 3, message
    assert "cannot write" in message and "--resume" in message
    assert not output.exists()
    resumed = start_batch(source, output, "--resume")
    assert resumed.wait(timeout=300) == 0, resumed.stderr.read().decode()
    assert output.read_bytes() == expected


def test_workers_do_not_outlive_a_killed_job(tmp_path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", RECORDS)
    process = start_batch(source, tmp_path / "out.jsonl")
    partial = tmp_path / "out.jsonl.partial"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (partial.exists() and partial.read_bytes().count(b"\n") > 20):
        time.sleep(0.05)
    children = _children(process.pid)
    assert children, "the job should have worker processes"
    process.send_signal(signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(pid) for pid in children):
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in children)


def _children(pid: int) -> list[int]:
    from pathlib import Path

    found = []
    for status in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = status.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(status.parent.name))
    return found


def _alive(pid: int) -> bool:
    from pathlib import Path

    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
