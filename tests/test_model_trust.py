"""Model files are pickles: only the recorded shipped model, trusted hashes, or an explicit --trust-model."""

from __future__ import annotations

import shutil
import subprocess
import sys

import joblib
import pytest
from click.testing import CliRunner

from scorer.cli import cli
from scorer.cli_options import EXIT_MODEL_ERROR
from scorer.errors import ModelError
from scorer.model import SHIPPED_MODEL_PATH, load_model, save_model
from scorer.model_trust import check_shipped, file_sha256, recorded_shipped_hash
from tests.resources import CONTENT_FARM_TEXT


def score_with(model_path, *extra: str):
    return CliRunner().invoke(
        cli, ["score", str(CONTENT_FARM_TEXT), "--format", "json", "--model", str(model_path), *extra]
    )


def test_the_shipped_model_matches_the_recorded_hash() -> None:
    assert recorded_shipped_hash() == file_sha256(SHIPPED_MODEL_PATH)
    load_model()


def test_a_changed_shipped_model_is_refused(tmp_path) -> None:
    tampered = tmp_path / "scorer-model.joblib"
    data = bytearray(SHIPPED_MODEL_PATH.read_bytes())
    data[len(data) // 2] ^= 0xFF
    tampered.write_bytes(bytes(data))
    with pytest.raises(ModelError, match="does not match the SHA-256 recorded"):
        check_shipped(tampered)


def test_an_untrusted_model_is_not_loaded_without_consent(tmp_path) -> None:
    copy = tmp_path / "other.joblib"
    model = load_model()
    model.name = "someone-elses-model"
    save_model(model, copy)
    refused = score_with(copy)
    assert refused.exit_code == EXIT_MODEL_ERROR
    assert "not in the trusted list" in refused.output and "--trust-model" in refused.output
    assert "Traceback" not in refused.output
    accepted = score_with(copy, "--trust-model")
    assert accepted.exit_code == 0, accepted.output


def test_a_hash_in_the_trusted_list_is_loaded(tmp_path, monkeypatch) -> None:
    copy = tmp_path / "other.joblib"
    shutil.copy(SHIPPED_MODEL_PATH, copy)
    model = joblib.load(copy)
    model.name = "trusted-by-the-user"
    save_model(model, copy)
    trusted = tmp_path / "trusted.txt"
    trusted.write_text(f"# our models\n{file_sha256(copy)}  other.joblib\n")
    monkeypatch.setenv("SCORER_TRUSTED_MODELS", str(trusted))
    assert score_with(copy).exit_code == 0


def test_a_truncated_model_gives_a_clear_error(tmp_path) -> None:
    truncated = tmp_path / "truncated.joblib"
    truncated.write_bytes(SHIPPED_MODEL_PATH.read_bytes()[:2000])
    result = score_with(truncated, "--trust-model")
    assert result.exit_code == EXIT_MODEL_ERROR
    assert "is damaged: truncated" in result.output and "Traceback" not in result.output


def test_a_scikit_learn_version_mismatch_is_reported(tmp_path) -> None:
    copy = tmp_path / "old.joblib"
    model = load_model()
    model.card = {**model.card, "versions": {**model.card["versions"], "scikit-learn": "0.0.1"}}
    save_model(model, copy)
    result = score_with(copy, "--trust-model")
    assert result.exit_code == 0
    assert "trained with scikit-learn 0.0.1" in result.stderr


def test_the_shipped_model_is_what_scorer_train_builds_from_the_corpus(tmp_path) -> None:
    """Guards against changing a signal without rebuilding the model (README: 'Rebuild the model').

    What must hold is what a user relies on: the same training data (its hash), the same fitted
    numbers within floating-point noise, and the same score on every article. The file's bytes
    are not compared: a float's last digits can differ between machines with the same versions.
    """
    import numpy
    import sklearn

    from scorer.model import version_mismatch
    from scorer.reading import article_from_text
    from scorer.scoring import score_article
    from tests.resources import TRAINING_ARTICLES

    shipped = load_model()
    built_with = shipped.card["versions"]
    if version_mismatch(shipped) or built_with.get("numpy") != numpy.__version__:
        pytest.skip(f"the shipped model was built with other versions ({built_with}) than {sklearn.__version__}")
    rebuilt_path = tmp_path / "scorer-model.joblib"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "scorer",
            "train",
            str(TRAINING_ARTICLES),
            "-o",
            str(rebuilt_path),
            "--card",
            str(tmp_path / "card.md"),
            "--jobs",
            "2",
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    rebuilt = load_model(rebuilt_path, trust=True)
    assert rebuilt.version == shipped.version  # the same corpus, by its hash
    assert rebuilt.signal_ids == shipped.signal_ids
    ours, theirs = shipped._linear_parts(), rebuilt._linear_parts()
    for name in ("mean", "scale", "coef"):
        numpy.testing.assert_allclose(getattr(theirs, name), getattr(ours, name), rtol=1e-7, atol=1e-10)
    assert theirs.intercept == pytest.approx(ours.intercept, rel=1e-7, abs=1e-10)
    assert (theirs.calibrator.a_, theirs.calibrator.b_) == pytest.approx((ours.calibrator.a_, ours.calibrator.b_))
    files = sorted(TRAINING_ARTICLES.rglob("*.txt"))[::10]
    for path in files:
        article = article_from_text(path.read_text(encoding="utf-8").split("\n---\n", 1)[-1])
        assert score_article(article, rebuilt).score == score_article(article, shipped).score, path.name
