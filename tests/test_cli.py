"""The command line, driven through click's CliRunner as a user would type it."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from scorer.cli import cli
from scorer.cli_options import EXIT_INPUT_ERROR, EXIT_MODEL_ERROR
from scorer.corpus import parse_front_matter
from tests.resources import CONTENT_FARM_TEXT, TRAINING_ARTICLES, WELL_SOURCED_HTML


def run(*args: str, input: bytes | str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_score_prints_score_band_and_quoted_reasons() -> None:
    result = run("score", str(CONTENT_FARM_TEXT))
    assert result.exit_code == 0
    assert "LOW reliability" in result.output
    assert "What lowers the score" in result.output
    assert "“as reported by various news outlets”" in result.output


def test_score_json_from_stdin_matches_the_file() -> None:
    from_file = json.loads(run("score", str(CONTENT_FARM_TEXT), "--format", "json").output)
    from_stdin = json.loads(run("score", "-", "--format", "json", input=CONTENT_FARM_TEXT.read_bytes()).output)
    assert from_file == from_stdin
    assert from_file["band"] == "low"


def test_score_html_page_json() -> None:
    data = json.loads(run("score", str(WELL_SOURCED_HTML), "--format", "json").output)
    assert data["band"] == "high"
    assert data["article"]["format"] == "html"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"", "empty"),
        (b"%PDF-1.4\n%binary", "PDF"),
        (b"Headline\n\nNot enough words here.", "too short"),
    ],
)
def test_bad_input_gives_one_line_and_exit_3(tmp_path, content, message) -> None:
    path = tmp_path / "article.txt"
    if content is not None:
        path.write_bytes(content)
    result = CliRunner().invoke(cli, ["score", str(path)])
    assert result.exit_code == EXIT_INPUT_ERROR
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_broken_model_gives_exit_4(tmp_path) -> None:
    broken = tmp_path / "model.joblib"
    broken.write_bytes(b"not a model")
    result = CliRunner().invoke(cli, ["score", str(CONTENT_FARM_TEXT), "--model", str(broken), "--trust-model"])
    assert result.exit_code == EXIT_MODEL_ERROR
    assert "could not be loaded" in result.output


def test_signals_catalogue_lists_every_signal() -> None:
    from scorer.signals import SIGNALS

    text = run("signals").output
    rows = json.loads(run("signals", "--format", "json").output)
    assert [row["id"] for row in rows] == [signal.id for signal in SIGNALS]
    for signal in SIGNALS:
        assert signal.id in text


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.output


def _small_labelled_file(path, per_label: int = 24) -> None:
    """A user's own labelled JSON Lines, taken from the project's corpus."""
    picked = {"reliable": [], "unreliable": []}
    for article in sorted(TRAINING_ARTICLES.rglob("*.txt")):
        meta, text = parse_front_matter(article.read_text(encoding="utf-8"))
        bucket = picked[meta["label"]]
        if len(bucket) < per_label:
            bucket.append(
                {
                    "id": article.stem,
                    "body": text,
                    "verdict": "ok" if meta["label"] == "reliable" else "bad",
                    "topic": meta["genre"],
                }
            )
    with path.open("w", encoding="utf-8") as handle:
        for row in picked["reliable"] + picked["unreliable"]:
            handle.write(json.dumps(row) + "\n")


def test_train_then_evaluate_on_a_users_own_file(tmp_path) -> None:
    data = tmp_path / "mine.jsonl"
    _small_labelled_file(data)
    model = tmp_path / "mine.joblib"
    fields = ["--text-field", "body", "--label-field", "verdict", "--genre-field", "topic", "--positive", "ok"]
    trained = run("train", str(data), "-o", str(model), *fields)
    assert trained.exit_code == 0, trained.output
    assert model.exists() and (tmp_path / "MODEL_CARD.md").exists()
    card = (tmp_path / "MODEL_CARD.md").read_text()
    assert "SHA-256" in card and "ROC-AUC" in card
    evaluated = run("evaluate", str(data), "--model", str(model), "--trust-model", "--format", "json", *fields)
    report = json.loads(evaluated.output)
    assert report["n"] + report["skipped"] == 48 and report["reliable"] == 24
    assert 0.5 < report["roc_auc"] <= 1.0
    assert len(report["calibration"]) >= 2 and report["signals"]
    scored = run("score", str(CONTENT_FARM_TEXT), "--model", str(model), "--trust-model", "--format", "json")
    assert json.loads(scored.output)["model"]["name"].startswith("scorer-signals")


def test_training_is_deterministic(tmp_path) -> None:
    data = tmp_path / "mine.jsonl"
    _small_labelled_file(data, per_label=12)
    fields = ["--label-field", "verdict", "--text-field", "body", "--genre-field", "topic", "--positive", "ok"]
    run("train", str(data), "-o", str(tmp_path / "a.joblib"), "--card", str(tmp_path / "a.md"), *fields)
    run("train", str(data), "-o", str(tmp_path / "b.joblib"), "--card", str(tmp_path / "b.md"), *fields)
    assert (tmp_path / "a.md").read_text() == (tmp_path / "b.md").read_text()
    assert (tmp_path / "a.joblib").read_bytes() == (tmp_path / "b.joblib").read_bytes()
