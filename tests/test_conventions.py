"""The command-line conventions users expect (issue: release-ready), run as real processes.

These go through `python -m scorer`, the same entry point as the installed `scorer` command,
because several of them (a closed pipe, a bare command) happen outside click's test runner.
"""

from __future__ import annotations

import configparser
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.resources import CONTENT_FARM_HTML, CONTENT_FARM_TEXT, ROOT


def scorer(*args: str, cwd: Path | None = None, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scorer", *args], capture_output=True, text=True, cwd=cwd, input=stdin)


def test_bare_scorer_prints_its_help_and_succeeds() -> None:
    result = scorer()
    assert result.returncode == 0
    assert "Commands:" in result.stdout and "score" in result.stdout


def test_a_reader_that_stops_early_is_not_an_error() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "scorer", "signals"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    process.stdout.readline()
    process.stdout.close()  # `scorer signals | head -1`
    assert process.wait(timeout=60) == 0
    assert process.stderr.read() == b""


def test_dash_output_is_stdout_and_writes_no_file(tmp_path) -> None:
    result = scorer("score", str(CONTENT_FARM_TEXT), "-o", "-", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0
    assert json.loads(result.stdout)["score"] >= 0
    assert list(tmp_path.iterdir()) == []


def test_an_output_that_cannot_be_written_is_one_line_in_scorers_style(tmp_path) -> None:
    result = scorer("score", str(CONTENT_FARM_TEXT), "-o", str(tmp_path / "no" / "such" / "dir.json"))
    assert result.returncode == 3
    assert result.stderr.startswith("scorer: error: ") and result.stderr.count("\n") == 1
    assert "dir.json" in result.stderr


def test_an_empty_input_names_the_file(tmp_path) -> None:
    empty = tmp_path / "notes.txt"
    empty.write_text("")
    result = scorer("score", str(empty))
    assert result.returncode == 3
    assert result.stderr == f"scorer: error: {empty}: the input is empty\n"


def test_a_missing_model_file_does_not_suggest_rebuilding_it() -> None:
    result = scorer("score", str(CONTENT_FARM_TEXT), "--model", "/nope.joblib")
    assert result.returncode == 4
    assert result.stderr == "scorer: error: model file not found: /nope.joblib\n"


def test_train_refuses_to_replace_a_model_without_overwrite(tmp_path) -> None:
    existing = tmp_path / "mine.joblib"
    existing.write_bytes(b"an earlier model")
    result = scorer("train", str(ROOT / "training_data" / "articles"), "-o", str(existing))
    assert result.returncode == 3
    assert "already exists (pass --overwrite to replace it)" in result.stderr
    assert existing.read_bytes() == b"an earlier model"


@pytest.mark.parametrize("page", [CONTENT_FARM_TEXT, CONTENT_FARM_HTML], ids=["text", "html"])
def test_every_evidence_offset_points_into_the_text_in_the_json(page: Path) -> None:
    """README's promise: article_text[start:end] == text, for plain text and for an HTML page."""
    result = scorer("score", str(page), "--format", "json")
    data = json.loads(result.stdout)
    evidence = [item for reason in data["reasons"] for item in reason["evidence"]]
    evidence += data["article"]["type"]["evidence"]
    assert evidence
    for item in evidence:
        assert data["text"][item["start"] : item["end"]] == item["text"]


def test_shell_completion_is_click_s() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "scorer"],
        capture_output=True,
        text=True,
        env={**__import__("os").environ, "_SCORER_COMPLETE": "bash_source"},
    )
    assert "_scorer_completion" in result.stdout


def test_the_wheel_lists_every_package_and_carries_the_model() -> None:
    """setup.cfg names its packages one by one (models/ is mapped in): a new subpackage must be added."""
    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg")
    listed = set(config["options"]["packages"].split())
    on_disk = {".".join(path.parent.relative_to(ROOT).parts) for path in (ROOT / "scorer").rglob("__init__.py")}
    assert on_disk <= listed
    assert config["options"]["package_dir"].split() == ["scorer.models", "=", "models"]
    assert "scorer-model.joblib" in config["options.package_data"]["scorer.models"]


def test_the_output_suffix_chooses_the_format_when_format_is_not_given(tmp_path) -> None:
    assert scorer("score", str(CONTENT_FARM_TEXT), "-o", str(tmp_path / "farm.json")).returncode == 0
    assert json.loads((tmp_path / "farm.json").read_text())["band"] in {"low", "mixed", "high"}
    assert scorer("score", str(CONTENT_FARM_TEXT), "-o", str(tmp_path / "farm.html")).returncode == 0
    assert (tmp_path / "farm.html").read_text().lstrip().lower().startswith("<!doctype html")
    assert scorer("score", str(CONTENT_FARM_TEXT), "-o", str(tmp_path / "farm.txt")).returncode == 0
    assert "/100" in (tmp_path / "farm.txt").read_text()

    records = tmp_path / "in.jsonl"
    records.write_text(json.dumps({"id": "farm", "text": CONTENT_FARM_TEXT.read_text()}) + "\n")
    assert scorer("batch", str(records), "-o", str(tmp_path / "scores.csv"), "--quiet").returncode == 0
    assert (tmp_path / "scores.csv").read_text().startswith("index,id,score,")
    # An explicit --format wins over the suffix.
    result = scorer("batch", str(records), "-o", str(tmp_path / "rows.csv"), "--format", "jsonl", "--quiet")
    assert result.returncode == 0
    assert json.loads((tmp_path / "rows.csv").read_text())["id"] == "farm"
