"""`scorer batch` keeps the CLI's conventions: `-o -`, one error style, a summary of the whole
output after --resume, and a progress total that counts CSV records, not lines."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

from click.testing import CliRunner

from scorer.batch.inputs import count_records
from scorer.cli import cli
from tests.batch_corpus import read_rows, write_jsonl


def batch(*args: str):
    return CliRunner().invoke(cli, ["batch", *args, "--jobs", "1"], catch_exceptions=False)


def test_dash_output_streams_rows_to_stdout_and_writes_no_file(tmp_path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", 4)
    result = subprocess.run(
        [sys.executable, "-m", "scorer", "batch", str(source), "-o", "-", "--jobs", "1"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["index"] for row in rows] == [0, 1, 2, 3]
    assert "scored 4" in result.stderr  # the summary goes to stderr, beside the rows
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


def test_resume_is_refused_for_stdout(tmp_path) -> None:
    result = batch(str(write_jsonl(tmp_path / "in.jsonl", 2)), "-o", "-", "--resume")
    assert result.exit_code == 3
    assert result.output.startswith("scorer: error: --resume needs an output file")


def test_an_output_in_a_missing_folder_is_one_line_in_scorers_style(tmp_path) -> None:
    target = tmp_path / "missing" / "out.jsonl"
    result = batch(str(write_jsonl(tmp_path / "in.jsonl", 2)), "-o", str(target), "--quiet")
    assert result.exit_code == 3
    assert result.output == f"scorer: error: {target}: cannot be written (No such file or directory)\n"


def test_the_summary_after_resume_describes_the_whole_output(tmp_path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", 6)
    output = tmp_path / "out.jsonl"
    assert batch(str(source), "-o", str(output), "--quiet").exit_code == 0
    whole = json.loads(json.dumps(read_rows(output)))
    # An interrupted run that had written four rows:
    (tmp_path / "out.jsonl.partial").write_text("".join(json.dumps(row) + "\n" for row in whole[:4]))
    output.unlink()
    summary_path = tmp_path / "summary.json"
    result = batch(str(source), "-o", str(output), "--resume", "--summary", str(summary_path))
    assert result.exit_code == 0, result.output
    summary = json.loads(summary_path.read_text())
    assert (summary["records"], summary["scored"], summary["resumed_after"]) == (6, 6, 4)
    assert sum(summary["bands"].values()) == 6
    assert summary["mean_score"] == round(sum(row["score"] for row in whole) / 6, 2)


def test_the_progress_total_counts_csv_records_not_lines(tmp_path) -> None:
    source = tmp_path / "in.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text"])
        for number in range(20):
            writer.writerow([str(number), "A first paragraph.\n\nA second one.\n\nAnd a third, " * 3])
    assert count_records([str(source)]) == 20


def test_run_batch_is_the_whole_job_as_a_library_call(tmp_path) -> None:
    import pytest

    from scorer.batch import BatchJob, run_batch
    from scorer.errors import ScorerError

    source = write_jsonl(tmp_path / "in.jsonl", 3)
    job = BatchJob(sources=[str(source)], output=tmp_path / "out.jsonl", quiet=True)
    summary = run_batch(job)
    assert (summary.scored, summary.failed) == (3, 0)
    assert len(read_rows(tmp_path / "out.jsonl")) == 3
    with pytest.raises(ScorerError, match="exists; not overwriting it"):
        run_batch(job)  # the policy lives in the library, not in the CLI
