"""`scorer batch` and score_many: every input kind, bad records, order, resume after a kill."""

from __future__ import annotations

import csv
import gzip
import json
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from scorer.batch import score_many
from scorer.cli import cli
from tests.batch_corpus import project_articles, read_rows, write_jsonl
from tests.resources import CONTENT_FARM_HTML, CONTENT_FARM_TEXT, WELL_SOURCED_HTML


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(cli, ["batch", *args, "--quiet"], input=input, catch_exceptions=False)


def test_jsonl_in_jsonl_out_with_ids_scores_reasons_and_signals(tmp_path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", 5)
    result = run(str(source), "-o", str(tmp_path / "out.jsonl"), "--jobs", "1")
    assert result.exit_code == 0, result.output
    rows = read_rows(tmp_path / "out.jsonl")
    assert [row["id"] for row in rows] == [record_id for record_id, _ in project_articles(5)]
    for row in rows:
        assert 0 <= row["score"] <= 100 and row["band"] in {"low", "mixed", "high"}
        assert 0 <= row["probability"] <= 1 and len(row["reasons"]) <= 3
        assert "vague_attribution" in row["signals"]


def test_gzip_csv_input_and_csv_output(tmp_path) -> None:
    source = tmp_path / "in.csv.gz"
    with gzip.open(source, "wt", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["doc", "headline", "body"])
        for record_id, text in project_articles(4):
            title, _, body = text.partition("\n\n")
            writer.writerow([record_id, title, body])
    result = run(
        str(source),
        "-o",
        str(tmp_path / "out.csv"),
        "--format",
        "csv",
        "--id-field",
        "doc",
        "--title-field",
        "headline",
        "--text-field",
        "body",
        "--jobs",
        "1",
    )
    assert result.exit_code == 0, result.output
    with (tmp_path / "out.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["id"] for row in rows] == [record_id for record_id, _ in project_articles(4)]
    assert all(row["score"] and row["signal_vague_attribution"] != "" for row in rows)


def test_folder_input_is_recursive_and_ids_are_relative_paths(tmp_path) -> None:
    folder = tmp_path / "pages"
    (folder / "world").mkdir(parents=True)
    (folder / "world" / "farm.html").write_bytes(CONTENT_FARM_HTML.read_bytes())
    (folder / "farm.txt").write_bytes(CONTENT_FARM_TEXT.read_bytes())
    (folder / "notes.md").write_text("not an article")
    result = run(str(folder), "-o", str(tmp_path / "out.jsonl"), "--jobs", "1")
    assert result.exit_code == 0, result.output
    rows = read_rows(tmp_path / "out.jsonl")
    assert [row["id"] for row in rows] == ["farm.txt", "world/farm.html"]
    assert all(row["band"] == "low" for row in rows)


def test_stdin_jsonl_and_html_field(tmp_path) -> None:
    lines = [
        json.dumps({"id": "page", "html": WELL_SOURCED_HTML.read_text()}),
        json.dumps({"id": "farm", "text": CONTENT_FARM_TEXT.read_text()}),
    ]
    result = run("-", "-o", str(tmp_path / "out.jsonl"), "--jobs", "1", input="\n".join(lines).encode())
    assert result.exit_code == 0, result.output
    rows = read_rows(tmp_path / "out.jsonl")
    assert [(row["id"], row["band"]) for row in rows] == [("page", "high"), ("farm", "low")]


def test_bad_records_become_error_rows_and_the_job_goes_on(tmp_path) -> None:
    source = tmp_path / "in.jsonl"
    good = json.dumps({"id": "good", "text": CONTENT_FARM_TEXT.read_text()})
    with source.open("wb") as handle:
        handle.write(good.encode() + b"\n")
        handle.write(b'{"id": "torn", "text": "no closing\n')
        handle.write(b'{"id": "no-text"}\n')
        handle.write(b'{"id": "empty", "text": "   "}\n')
        handle.write(b'{"id": "latin", "text": "caf\xe9"}\n')
        handle.write(
            json.dumps({"id": "script-only", "html": "<html><body><script>x()</script></body></html>"}).encode() + b"\n"
        )
        handle.write(json.dumps({"id": "short", "text": "Too short."}).encode() + b"\n")
        handle.write(good.replace('"good"', '"good-again"').encode() + b"\n")
    summary = tmp_path / "summary.json"
    result = run(str(source), "-o", str(tmp_path / "out.jsonl"), "--jobs", "1", "--summary", str(summary))
    assert result.exit_code == 5
    rows = read_rows(tmp_path / "out.jsonl")
    assert [row["id"] for row in rows] == [
        "good",
        "line 2",
        "no-text",
        "empty",
        "line 5",
        "script-only",
        "short",
        "good-again",
    ]
    errors = {row["id"]: row["error"] for row in rows if "error" in row}
    assert "malformed JSON" in errors["line 2"]
    assert "no text" in errors["no-text"] and "no text" in errors["empty"]
    assert "not valid UTF-8" in errors["line 5"]
    assert "no article text" in errors["script-only"]
    assert "too short" in errors["short"]
    report = json.loads(summary.read_text())
    assert report["scored"] == 2 and report["failed"] == 6
    assert report["bands"]["low"] == 2 and report["mean_score"] is not None
    assert report["signals_fired_most"][0]["records"] == 2


def test_unreadable_file_in_a_folder_is_an_error_row(tmp_path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_bytes(CONTENT_FARM_TEXT.read_bytes())
    (folder / "b.txt").write_bytes(b"%PDF-1.5 binary")
    result = run(str(folder), "-o", str(tmp_path / "out.jsonl"), "--jobs", "1")
    assert result.exit_code == 5
    rows = read_rows(tmp_path / "out.jsonl")
    assert "PDF" in rows[1]["error"]


def test_missing_input_is_fatal_and_writes_nothing(tmp_path) -> None:
    result = CliRunner().invoke(cli, ["batch", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 3
    assert "no such file" in result.output
    assert list(tmp_path.iterdir()) == []


def test_existing_output_is_not_overwritten_without_asking(tmp_path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", 2)
    output = tmp_path / "out.jsonl"
    output.write_text("precious\n")
    result = CliRunner().invoke(cli, ["batch", str(source), "-o", str(output), "--quiet"])
    assert result.exit_code == 3 and "--overwrite" in result.output
    assert output.read_text() == "precious\n"
    assert run(str(source), "-o", str(output), "--overwrite", "--jobs", "1").exit_code == 0
    assert len(read_rows(output)) == 2


def test_several_jobs_keep_the_input_order(tmp_path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", 150)
    assert run(str(source), "-o", str(tmp_path / "one.jsonl"), "--jobs", "1").exit_code == 0
    assert run(str(source), "-o", str(tmp_path / "two.jsonl"), "--jobs", "2").exit_code == 0
    assert (tmp_path / "one.jsonl").read_text() == (tmp_path / "two.jsonl").read_text()


def _batch_process(source, output, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "scorer", "batch", str(source), "-o", str(output), "--quiet", *extra],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_resume_after_sigkill_gives_every_record_exactly_once(tmp_path, jobs) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", 400)
    output = tmp_path / "out.jsonl"
    partial = tmp_path / "out.jsonl.partial"
    process = _batch_process(source, output, "--jobs", jobs)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if partial.exists() and partial.read_bytes().count(b"\n") >= 60:
            break
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert not output.exists(), "a killed job must not leave a file that looks complete"
    written_before = partial.read_bytes().count(b"\n")
    assert 0 < written_before < 400
    resumed = _batch_process(source, output, "--jobs", jobs, "--resume")
    assert resumed.wait(timeout=300) == 0, resumed.stderr.read().decode()
    uninterrupted = tmp_path / "whole.jsonl"
    assert run(str(source), "-o", str(uninterrupted), "--jobs", "2").exit_code == 0
    assert output.read_text() == uninterrupted.read_text()


def test_resume_drops_a_torn_last_line(tmp_path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", 6)
    whole = tmp_path / "whole.jsonl"
    assert run(str(source), "-o", str(whole), "--jobs", "1").exit_code == 0
    lines = whole.read_bytes().splitlines(keepends=True)
    partial = tmp_path / "out.jsonl.partial"
    partial.write_bytes(b"".join(lines[:3]) + lines[3][:25])  # killed in the middle of a write
    assert run(str(source), "-o", str(tmp_path / "out.jsonl"), "--resume", "--jobs", "1").exit_code == 0
    assert (tmp_path / "out.jsonl").read_bytes() == whole.read_bytes()


def test_score_many_streams_dicts_and_strings() -> None:
    items = [{"id": "farm", "text": CONTENT_FARM_TEXT.read_text()}, WELL_SOURCED_HTML.read_text(), {"id": "x"}]
    rows = list(score_many(iter(items)))
    assert [row.get("band") for row in rows] == ["low", "high", None]
    assert rows[1]["id"] == "1" and "error" in rows[2]


def test_batch_report_writes_a_page_per_article_and_an_index(tmp_path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "farm.txt").write_bytes(CONTENT_FARM_TEXT.read_bytes())
    (folder / "ledger.html").write_bytes(WELL_SOURCED_HTML.read_bytes())
    (folder / "empty.txt").write_text("")
    report = tmp_path / "report"
    result = run(str(folder), "-o", str(tmp_path / "out.jsonl"), "--jobs", "2", "--report", str(report))
    assert result.exit_code == 5
    pages = sorted(p.name for p in (report / "articles").iterdir())
    assert pages == ["farm.txt.html", "ledger.html.html"]
    index = (report / "index.html").read_text()
    assert index.index("farm.txt") < index.index("ledger.html")  # lowest score first
    assert "<svg" in index
    assert "_report" not in (tmp_path / "out.jsonl").read_text()
