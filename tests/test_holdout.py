"""Leave-one-dataset-out: no held-out article leaks into training, and the figures carry intervals."""

from __future__ import annotations

import numpy as np
import pytest

from scorer.corpus import LabelledRecord, read_labelled
from scorer.holdout import Collection, bootstrap_roc_auc, leave_one_dataset_out, without_overlap
from scorer.training import prepare
from tests.resources import TRAINING_ARTICLES


@pytest.fixture(scope="module")
def three_sets():
    records = read_labelled([TRAINING_ARTICLES / "us-politics", TRAINING_ARTICLES / "hyperpartisan-post"])
    records += read_labelled([TRAINING_ARTICLES / "science-and-health", TRAINING_ARTICLES / "courts"])
    data = prepare(records[::2])
    thirds = [list(range(i, len(data.records), 3)) for i in range(3)]

    def subset(indices):
        return type(data)([data.records[i] for i in indices], [data.detections[i] for i in indices], [])

    return subset(thirds[0]), subset(thirds[1]), subset(thirds[2])


def test_an_article_in_both_sets_is_dropped_from_training(three_sets) -> None:
    _, first, second = three_sets
    shared = first.records[0]
    copy = LabelledRecord(id="elsewhere/1", text=shared.text.upper() + "\n", reliable=shared.reliable)
    widened = type(second)([*second.records, copy], [*second.detections, first.detections[0]], [])
    kept = without_overlap(widened, first)
    assert len(kept) == len(second.records)
    assert len(widened.records) - 1 not in kept


def test_each_set_is_held_out_in_turn_with_an_interval(three_sets) -> None:
    corpus, first, second = three_sets
    results = leave_one_dataset_out(corpus, [Collection("first", first), Collection("second", second)], seed=7)
    assert set(results) == {"first", "second"}
    assert results["first"]["trained_on"] == {"corpus": len(corpus.records), "second": len(second.records)}
    for report in results.values():
        low, high = report["roc_auc_interval"]
        assert 0 <= low <= report["roc_auc"] <= high <= 1


def test_the_bootstrap_interval_narrows_with_more_articles() -> None:
    rng = np.random.default_rng(0)
    widths = []
    for n in (60, 2000):
        labels = rng.integers(0, 2, n)
        scores = labels * 0.5 + rng.random(n)
        low, high = bootstrap_roc_auc(labels, scores, seed=1, rounds=300)
        widths.append(high - low)
    assert widths[1] < widths[0] / 2


def test_scorer_train_leave_one_out_writes_the_table_with_the_corpus_figure_beside_it(tmp_path) -> None:
    """`scorer train --leave-one-out` as a user runs it, on two small labelled sets of our own."""
    import json

    from click.testing import CliRunner

    from scorer.cli import cli

    records = read_labelled([TRAINING_ARTICLES / "courts", TRAINING_ARTICLES / "rumour-and-celebrity"])
    records += read_labelled([TRAINING_ARTICLES / "local-government", TRAINING_ARTICLES / "conspiracy-post"])
    for name, part in (("first.jsonl", records[0::4]), ("second.jsonl", records[1::4])):
        lines = [json.dumps({"id": r.id, "text": r.text, "label": "reliable" if r.reliable else "fake"}) for r in part]
        (tmp_path / name).write_text("\n".join(lines) + "\n")
    training = tmp_path / "train.jsonl"
    training.write_text(
        "\n".join(
            json.dumps({"id": r.id, "text": r.text, "label": "reliable" if r.reliable else "fake", "genre": r.genre})
            for r in records[2::2]
        )
        + "\n"
    )
    card = tmp_path / "card.md"
    result = CliRunner().invoke(
        cli,
        [
            "train", str(training), "-o", str(tmp_path / "m.joblib"), "--card", str(card),
            "--external", str(tmp_path / "first.jsonl"), "--external", str(tmp_path / "second.jsonl"),
            "--leave-one-out",
        ],
        catch_exceptions=False,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    text = card.read_text()
    table = text[text.index("## Leave-one-dataset-out") :].split("\n## ")[0]
    rows = [line for line in table.splitlines() if line.startswith("| first.jsonl") or line.startswith("| second")]
    assert len(rows) == 2
    for row in rows:
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        assert all("(" in cell and "-" in cell for cell in cells[1:3]), row  # each figure with its interval
    assert "| training data, grouped cross-validation:" in table
