"""The model card: what a model was trained on, how it did, and what it cannot do."""

from __future__ import annotations

from pathlib import Path

from scorer.model import HIGH_FROM, LOW_BELOW, ReliabilityModel
from scorer.output_file import write_whole_file

_KNOWN_LIMITS = f"""\
- The score measures *reporting practice* (sourcing, provenance, page hygiene, style), not the
  truth of the claims. A well-sourced falsehood can score high; a true rumour can score low.
- English only. Signals are English patterns; other languages get meaningless scores.
- Trained on articles written for this project (see training_data/README.md), not on real
  publishers' pages: external figures below are the honest test.
- Bands: low < {LOW_BELOW} <= mixed < {HIGH_FROM} <= high. A band is a triage hint for an editor, not a verdict.
"""


def _figure(value: object) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def metrics_table(named_reports: dict[str, dict]) -> list[str]:
    lines = [
        "| data | n | reliable / unreliable | ROC-AUC | PR-AUC (reliable) | PR-AUC (unreliable) | Brier | log loss "
        "| high: precision / recall | low: precision / recall |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, report in named_reports.items():
        high, low = report["bands"]["high"], report["bands"]["low"]
        lines.append(
            f"| {name} | {report['n']} | {report['reliable']} / {report['unreliable']} "
            f"| {_figure(report['roc_auc'])} | {_figure(report['pr_auc_reliable'])} "
            f"| {_figure(report['pr_auc_unreliable'])} | {_figure(report['brier'])} | {_figure(report['log_loss'])} "
            f"| {_figure(high['precision'])} / {_figure(high['recall'])} "
            f"| {_figure(low['precision'])} / {_figure(low['recall'])} |"
        )
    return lines


def _with_interval(report: dict) -> str:
    interval = report.get("roc_auc_interval")
    if report.get("roc_auc") is None or interval is None:
        return "n/a"
    return f"{report['roc_auc']:.3f} ({interval[0]:.3f}-{interval[1]:.3f})"


def _interval_line(name: str, report: dict) -> str:
    if report.get("roc_auc") is None:  # one label only: say how many reach the high band
        return f"- {name}: {report['bands']['high']['n']} of {report['n']} score high (>= {HIGH_FROM})."
    return f"- {name}: ROC-AUC {_with_interval(report)} (95% bootstrap interval)."


def calibration_lines(table: list[dict]) -> list[str]:
    lines = ["| scores | n | predicted reliable | observed reliable |", "|---|---|---|---|"]
    lines += [f"| {r['scores']} | {r['n']} | {r['predicted']:.2f} | {r['observed']:.2f} |" for r in table]
    return lines


def render_model_card(model: ReliabilityModel, notes: str = "", extras: dict | None = None) -> str:
    card = {**model.card, **(extras or {})}
    data = card["data"]
    settings = card["settings"]
    lines = [
        f"# Model card: {model.name} {model.version}",
        "",
        'Written by `scorer train`; rebuilt with the command in README.md ("Rebuild the model").',
        "",
        "## Model",
        f"- Classifier: {settings['classifier']} on {len(model.signal_ids)} signal features "
        f"({settings['scaling']}), probabilities calibrated with {settings['calibration']} scaling "
        "(CalibratedClassifierCV, 5 stratified folds).",
        f"- Settings: `{settings['params']}`; seed {card['seed']}.",
        "- Score = 100 x P(reliable). Reasons' impacts are integrated gradients from the average training"
        " article: they add up to the score minus that article's score (see `ReliabilityModel.contributions`).",
        "",
        "## Training data",
        f"- SHA-256 of (id, label, text) over all records: `{data['sha256']}`",
        f"- {data['articles']} articles ({data['reliable']} reliable, {data['unreliable']} unreliable), "
        f"{data['html_pages']} of them HTML pages; {data['skipped']} records skipped as unreadable.",
        "- Genres: " + ", ".join(f"{genre} {count}" for genre, count in data["genres"].items()),
        "",
        "## Cross-validation",
        f"Scheme: {card['cross_validation']['scheme']}. Out-of-fold predictions pooled over the folds.",
        "",
        *metrics_table({"training_data (out of fold)": card["cross_validation"]}),
        "",
        "Calibration, out of fold (largest gap over deciles with 10+ articles: "
        f"{_figure(card['cross_validation'].get('max_calibration_gap'))}):",
        "",
        *calibration_lines(card["cross_validation"]["calibration"]),
        "",
        "## External evaluation (never trained on)",
    ]
    external = card.get("external") or {}
    if external:
        lines += metrics_table(external)
        lines += [""] + [_interval_line(name, report) for name, report in external.items()]
    else:
        lines.append("No external data was given to `scorer train --external` for this model.")
    held_out = card.get("leave_one_out") or {}
    if held_out:
        lines += [
            "",
            "## Leave-one-dataset-out",
            "",
            "Each external set in turn is held out; a model is trained on the training data plus every other "
            "external set (articles that also appear in the held-out set removed) and scored on it. Beside it, "
            "the model above (training data only), on the same set. 95% bootstrap intervals, 1,000 resamples.",
            "",
            "| held-out set | training data only: ROC-AUC | training data + the other sets: ROC-AUC | trained on |",
            "|---|---|---|---|",
        ]
        for name, report in held_out.items():
            trained_on = ", ".join(f"{part} {n}" for part, n in report["trained_on"].items())
            lines.append(
                f"| {name} | {_with_interval(external.get(name, {}))} | {_with_interval(report)} | {trained_on} |"
            )
        # The corpus's own figure beside them, so nobody reads the optimistic one alone.
        lines.append(
            f"| training data, grouped cross-validation: {card['cross_validation']['scheme']} | "
            f"{_figure(card['cross_validation'].get('roc_auc'))} | | |"
        )
    if card.get("importance"):
        lines += ["", "## Signals that matter most (mean |effect| on the score over the training data, points)", ""]
        lines += ["| signal | mean abs effect | mean effect |", "|---|---|---|"]
        lines += [
            f"| {r['signal']} | {r['mean_abs_points']:.1f} | {r['mean_points']:+.1f} |" for r in card["importance"][:15]
        ]
    lines += ["", "## Versions", ""] + [f"- {name} {version}" for name, version in card["versions"].items()]
    lines += ["", "## Known limits", "", _KNOWN_LIMITS]
    if notes.strip():
        lines += [notes.strip(), ""]
    return "\n".join(lines)


def write_model_card(
    model: ReliabilityModel, path: Path, notes_path: Path | None = None, extras: dict | None = None
) -> None:
    """Write the card; extras holds figures kept out of the model file (external, importance)."""
    notes = notes_path.read_text(encoding="utf-8") if notes_path and notes_path.exists() else ""
    write_whole_file(path, render_model_card(model, notes, extras))
