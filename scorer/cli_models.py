"""`scorer train` and `scorer evaluate`: building models and measuring them."""

from __future__ import annotations

import json
from pathlib import Path

import click

from scorer.cli_options import data_options, fail, format_option, load_checked_model, model_option, pop_fields
from scorer.errors import ScorerError


@click.command()
@click.argument("data", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the model (.joblib).",
)
@click.option(
    "--card",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Where to write the model card (default: MODEL_CARD.md beside the model).",
)
@click.option(
    "--notes",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="A Markdown file appended to the model card (failure analysis, caveats).",
)
@click.option("--model-type", default="logreg", show_default=True, help="Classifier to train.")
@click.option("--seed", type=int, default=None, help="Random seed (default: fixed, so training is deterministic).")
@click.option(
    "--external",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Labelled data to evaluate on after training, recorded in the card (repeatable; missing files are skipped).",
)
@click.option(
    "--jobs", type=click.IntRange(min=1), default=1, show_default=True, help="Processes for running the signals."
)
@click.option(
    "--leave-one-out",
    is_flag=True,
    help="Also train, for each --external set, a model on DATA plus the other --external sets and "
    "report how it does on the held-out set (leave-one-dataset-out, in the card).",
)
@click.option("--overwrite", is_flag=True, help="Replace an existing model file and model card.")
@data_options
def train(
    data: tuple[Path, ...],
    output: Path,
    card: Path | None,
    notes: Path | None,
    model_type: str,
    seed: int | None,
    external: tuple[Path, ...],
    jobs: int,
    leave_one_out: bool,
    overwrite: bool,
    **kwargs: object,
) -> None:
    """Train a model on labelled articles and write it with its model card.

    DATA are JSON Lines or CSV files (a text and a label per record) or folders of
    articles with front matter, like training_data/articles.

    Example: scorer train training_data/articles -o mine.joblib
    """
    from scorer.corpus import read_labelled
    from scorer.evaluation import signal_importance
    from scorer.holdout import Collection, evaluated, leave_one_dataset_out
    from scorer.model import save_model
    from scorer.model_card import write_model_card
    from scorer.output_file import refuse_to_replace
    from scorer.training import DEFAULT_SEED, prepare
    from scorer.training import train as train_model

    fields = pop_fields(kwargs)
    say = lambda message: click.echo(message, err=True)  # noqa: E731
    card_path = card or output.parent / "MODEL_CARD.md"
    try:
        refuse_to_replace([output, card_path], overwrite)  # before the minutes of training, not after
        records = read_labelled(data, fields)
        say(f"read {len(records)} labelled articles; running the signals")
        prepared = prepare(records, jobs=jobs)
        for record_id, why in prepared.skipped:
            say(f"  skipped {record_id}: {why}")
        seed = DEFAULT_SEED if seed is None else seed
        model = train_model(prepared, model_type=model_type, seed=seed, progress=say)
        # Figures that depend on data outside the corpus stay out of the model file, so that
        # rebuilding it from training_data gives the same model whether ../shared exists or not.
        extras = {"importance": signal_importance(model, prepared.detections), "external": {}}
        collections = []
        for path in external:
            if not path.exists():
                say(f"external data {path} not found: skipped")
                continue
            outside = prepare(read_labelled([path], fields), jobs=jobs)
            extras["external"][path.name] = evaluated(outside.labels, model.probabilities(outside.detections), seed)
            if len(set(outside.labels.tolist())) == 2:  # a one-label set (blind spots) is never trained on
                collections.append(Collection(path.name, outside))
        if leave_one_out and collections:
            say(f"leave-one-dataset-out over {len(collections)} external sets")
            extras["leave_one_out"] = leave_one_dataset_out(prepared, collections, seed)
        save_model(model, output)
        write_model_card(model, card_path, notes, extras)
        digest = _record_or_describe_hash(output)
    except ScorerError as error:
        fail(error)
    cv = model.card["cross_validation"]
    say(f"wrote {output} (SHA-256 {digest}) and {card_path}")
    click.echo(f"grouped CV ROC-AUC {cv['roc_auc']:.3f}, Brier {cv['brier']:.3f}")
    for name, report in extras["external"].items():
        click.echo(f"external {name}: {_auc(report)}, Brier {report['brier']:.3f}")
    for name, report in extras.get("leave_one_out", {}).items():
        click.echo(f"leave-one-dataset-out {name}: {_auc(report)}")


def _auc(report: dict) -> str:
    if report["roc_auc"] is None:  # one label only (a set of known fabrications, say)
        return f"{report['bands']['high']['n']} of {report['n']} score high"
    low, high = report["roc_auc_interval"]
    return f"ROC-AUC {report['roc_auc']:.3f} (95% interval {low:.3f}-{high:.3f})"


def _record_or_describe_hash(output: Path) -> str:
    """The shipped model's hash is recorded in the package; any other model's is printed."""
    from scorer.model import SHIPPED_MODEL_PATH
    from scorer.model_trust import file_sha256, record_shipped_hash, trusted_list_path

    if output.resolve() == SHIPPED_MODEL_PATH:
        return record_shipped_hash(output)
    digest = file_sha256(output)
    click.echo(f"to score with it: --model {output} --trust-model, or add {digest} to {trusted_list_path()}", err=True)
    return digest


@click.command()
@click.argument("data", nargs=-1, required=True, type=click.Path(path_type=Path))
@model_option
@format_option
@click.option(
    "--jobs", type=click.IntRange(min=1), default=1, show_default=True, help="Processes for running the signals."
)
@click.option(
    "--top",
    type=click.IntRange(min=1),
    default=10,
    show_default=True,
    help="How many of the signals that matter most to list.",
)
@data_options
def evaluate(
    data: tuple[Path, ...],
    model_path: Path | None,
    trust_model: bool,
    output_format: str,
    jobs: int,
    top: int,
    **kwargs: object,
) -> None:
    """Measure a model on labelled articles: ROC-AUC, PR-AUC, Brier, calibration.

    Example: scorer evaluate my_labelled.jsonl --positive true --format json
    """
    from scorer.corpus import read_labelled
    from scorer.evaluation import metrics, signal_importance
    from scorer.training import prepare

    fields = pop_fields(kwargs)
    try:
        model = load_checked_model(model_path, trust_model)
        prepared = prepare(read_labelled(data, fields), jobs=jobs)
        if not prepared.records:
            raise ScorerError("none of the records could be scored")
        report = metrics(prepared.labels, model.probabilities(prepared.detections))
        report["skipped"] = len(prepared.skipped)
        report["signals"] = signal_importance(model, prepared.detections)[:top]
        report["model"] = {"name": model.name, "version": model.version}
    except ScorerError as error:
        fail(error)
    if output_format == "json":
        click.echo(json.dumps(report, indent=2))
    else:
        click.echo(render_evaluation(report))


def render_evaluation(report: dict) -> str:
    from scorer.model_card import calibration_lines, metrics_table

    lines = [
        f"model {report['model']['name']} {report['model']['version']}; "
        f"{report['n']} articles scored, {report['skipped']} skipped",
        "",
    ]
    lines += [*metrics_table({"this data": report}), "", "Calibration by score decile:", ""]
    lines += calibration_lines(report["calibration"])
    lines += ["", "Signals that matter most (mean |effect| on the score, points):"]
    lines += [
        f"  {row['signal']:<22} {row['mean_abs_points']:5.1f}  (mean {row['mean_points']:+.1f})"
        for row in report["signals"]
    ]
    return "\n".join(lines)
