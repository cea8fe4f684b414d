"""Figures that say how far a model's scores can be trusted."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from scorer.model import HIGH_FROM, LOW_BELOW, ReliabilityModel
from scorer.signals import Detection

DECILES = 10


def metrics(reliable: Sequence[bool], probabilities: Sequence[float]) -> dict:
    """ROC-AUC, PR-AUC, Brier, log loss, precision/recall at the bands, calibration table."""
    from sklearn.metrics import average_precision_score, brier_score_loss, log_loss, roc_auc_score

    y = np.asarray(reliable, dtype=int)
    p = np.clip(np.asarray(probabilities, dtype=float), 1e-6, 1 - 1e-6)
    scores = np.rint(100 * p)
    both = len(set(y.tolist())) == 2
    high, low = scores >= HIGH_FROM, scores < LOW_BELOW
    report = {
        "n": len(y),
        "reliable": int(y.sum()),
        "unreliable": int(len(y) - y.sum()),
        "roc_auc": float(roc_auc_score(y, p)) if both else None,
        "pr_auc_reliable": float(average_precision_score(y, p)) if both else None,
        "pr_auc_unreliable": float(average_precision_score(1 - y, 1 - p)) if both else None,
        "brier": float(brier_score_loss(y, p)),
        "log_loss": float(log_loss(y, p, labels=[0, 1])),
        "bands": {
            "high": _band_figures(y, high, positive=1),
            "low": _band_figures(y, low, positive=0),
            "mixed": {"n": int((~high & ~low).sum())},
        },
        "calibration": calibration_table(y, p),
    }
    return report


def _band_figures(y: np.ndarray, in_band: np.ndarray, positive: int) -> dict:
    """Precision and recall of reading a band as a verdict ('high' = reliable, 'low' = not)."""
    relevant = y == positive
    hits = int((in_band & relevant).sum())
    return {
        "n": int(in_band.sum()),
        "precision": hits / int(in_band.sum()) if in_band.any() else None,
        "recall": hits / int(relevant.sum()) if relevant.any() else None,
    }


def calibration_table(y: np.ndarray, p: np.ndarray) -> list[dict]:
    """Predicted against observed share of reliable articles, by score decile."""
    rows = []
    bins = np.minimum((p * DECILES).astype(int), DECILES - 1)
    for decile in range(DECILES):
        inside = bins == decile
        if not inside.any():
            continue
        rows.append(
            {
                "scores": f"{decile * 10}-{decile * 10 + 9 if decile < DECILES - 1 else 100}",
                "n": int(inside.sum()),
                "predicted": float(p[inside].mean()),
                "observed": float(y[inside].mean()),
            }
        )
    return rows


def max_calibration_gap(table: list[dict], min_count: int = 10) -> float | None:
    gaps = [abs(row["predicted"] - row["observed"]) for row in table if row["n"] >= min_count]
    return max(gaps) if gaps else None


def signal_importance(model: ReliabilityModel, detections: Sequence[Mapping[str, Detection]]) -> list[dict]:
    """Mean absolute effect of each signal on the score, in points, over the given articles."""
    totals: dict[str, list[float]] = {sid: [] for sid in model.signal_ids}
    for item in detections:
        _, effects, _ = model.contributions(item)
        for sid, effect in effects.items():
            totals[sid].append(effect)
    rows = [
        {"signal": sid, "mean_abs_points": float(np.mean(np.abs(v))), "mean_points": float(np.mean(v))}
        for sid, v in totals.items()
        if v
    ]
    return sorted(rows, key=lambda row: -row["mean_abs_points"])
