"""Train a model on labelled articles, with grouped cross-validation figures for its card."""

from __future__ import annotations

import platform
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from scorer import __version__
from scorer.corpus import LabelledRecord, data_hash
from scorer.errors import InputError, ScorerError
from scorer.evaluation import max_calibration_gap, metrics
from scorer.features import SignalFeaturizer
from scorer.linear import SignConstrainedLogisticRegression
from scorer.model import ReliabilityModel
from scorer.reading import article_from_text
from scorer.signals import MODEL_SIGNALS, Detection, detect_all

MODEL_TYPES = ("logreg",)
# Chosen by tools/compare_models.py (its table is in the model card): the best worst-case ROC-AUC
# over the two real-article sets. Stronger regularisation than our own cross-validation prefers:
# weights learned from our writers' articles transfer better to real pages when no single
# signal is allowed to dominate.
REGULARISATION_C = 0.005
DEFAULT_SEED = 20261124


@dataclass(frozen=True)
class PreparedData:
    records: list[LabelledRecord]
    detections: list[dict[str, Detection]]
    skipped: list[tuple[str, str]]  # (record id, why)

    @property
    def labels(self) -> np.ndarray:
        return np.array([int(r.reliable) for r in self.records])

    @property
    def genres(self) -> list[str]:
        return [r.genre for r in self.records]


def _detect_record(record: LabelledRecord) -> dict[str, Detection] | str:
    try:
        return detect_all(article_from_text(record.text, html=record.is_html))
    except ScorerError as error:
        return str(error)


def prepare(records: Sequence[LabelledRecord], jobs: int = 1) -> PreparedData:
    """Run the signals over every record; records that cannot be read are set aside."""
    if jobs == 1 or len(records) < 200:
        results = [_detect_record(record) for record in records]
    else:
        from joblib import Parallel, delayed

        results = Parallel(n_jobs=jobs, batch_size=32)(delayed(_detect_record)(r) for r in records)
    kept, detections, skipped = [], [], []
    for record, result in zip(records, results, strict=True):
        if isinstance(result, str):
            skipped.append((record.id, result))
        else:
            kept.append(record)
            detections.append(result)
    return PreparedData(kept, detections, skipped)


def build_pipeline(model_type: str = "logreg", seed: int = DEFAULT_SEED, calibration_folds: int = 5):
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.model_selection import StratifiedKFold
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import StandardScaler

    if model_type not in MODEL_TYPES:
        raise InputError(f"unknown model type {model_type!r} (choose from {', '.join(MODEL_TYPES)})")
    classifier = SignConstrainedLogisticRegression(C=REGULARISATION_C, signs=tuple(s.direction for s in MODEL_SIGNALS))
    calibrated = CalibratedClassifierCV(
        classifier,
        method="sigmoid",
        cv=StratifiedKFold(calibration_folds, shuffle=True, random_state=seed),
        ensemble=False,
    )
    from scorer.expectations import TypeExpectations

    expectations = TypeExpectations(feature_names=tuple(signal.id for signal in MODEL_SIGNALS))
    return Pipeline(
        [
            ("signals", SignalFeaturizer()),
            ("scale", StandardScaler()),
            ("expectations", expectations),
            ("classify", calibrated),
        ]
    )


def _calibration_folds(labels: np.ndarray) -> int:
    """Five folds, or fewer when a class is too small to appear in each of them."""
    minority = int(min(labels.sum(), len(labels) - labels.sum()))
    return max(2, min(5, minority // 3))


def cross_validated_probabilities(data: PreparedData, model_type: str, seed: int) -> tuple[np.ndarray, str]:
    """Out-of-fold P(reliable) and the scheme used.

    Whole genres are held out so that near-identical pieces cannot leak between folds. Where
    that is impossible (fewer than two genres, or a genre split that leaves a fold with one
    label) it falls back to stratified folds and says so.
    """
    from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold

    labels = data.labels
    minority = int(min(labels.sum(), len(labels) - labels.sum()))
    groups = len(set(data.genres))
    if groups >= 2:
        splitter = StratifiedGroupKFold(n_splits=min(5, groups), shuffle=True, random_state=seed)
        splits = list(splitter.split(np.zeros(len(labels)), labels, groups=data.genres))
        if all(len(set(labels[train].tolist())) == 2 for train, _ in splits):
            return _out_of_fold(data, splits, model_type, seed), f"StratifiedGroupKFold by genre ({len(splits)} folds)"
    if minority < 2:
        raise InputError("cross-validation needs at least two records of each label")
    splitter = StratifiedKFold(n_splits=min(5, minority), shuffle=True, random_state=seed)
    splits = list(splitter.split(np.zeros(len(labels)), labels))
    why = "fewer than two genres" if groups < 2 else "genres hold a single label"
    return _out_of_fold(data, splits, model_type, seed), f"StratifiedKFold ({why}; grouping impossible)"


def _out_of_fold(data: PreparedData, splits: list, model_type: str, seed: int) -> np.ndarray:
    labels = data.labels
    out_of_fold = np.zeros(len(labels))
    for train_index, test_index in splits:
        pipeline = build_pipeline(model_type, seed, _calibration_folds(labels[train_index]))
        pipeline.fit([data.detections[i] for i in train_index], labels[train_index])
        out_of_fold[test_index] = pipeline.predict_proba([data.detections[i] for i in test_index])[:, 1]
    return out_of_fold


def fit_pipeline(parts: Sequence[tuple[PreparedData, list[int], str]], seed: int, weights=None):
    """A pipeline fitted on the chosen records of several data sets (data, indices, name).

    weights: optional total weight per set name, spread evenly over its records, so that a large
    collection does not swamp the corpus (sets without a weight count 1 per record).
    """
    detections, labels, sample_weight = [], [], []
    for data, indices, name in parts:
        detections += [data.detections[i] for i in indices]
        labels += [int(data.records[i].reliable) for i in indices]
        share = (weights or {}).get(name)
        sample_weight += [share / max(len(indices), 1) if share else 1.0] * len(indices)
    y = np.array(labels)
    w = np.array(sample_weight)
    pipeline = build_pipeline("logreg", seed, _calibration_folds(y))
    return pipeline.fit(detections, y, classify__sample_weight=w * len(w) / w.sum())


def train(
    data: PreparedData,
    model_type: str = "logreg",
    seed: int = DEFAULT_SEED,
    name: str = "scorer-signals",
    progress: Callable[[str], None] = lambda message: None,
) -> ReliabilityModel:
    labels = data.labels
    if len(set(labels.tolist())) < 2:
        raise InputError("training needs both reliable and unreliable records")
    progress(f"cross-validating on {len(labels)} articles")
    probabilities, scheme = cross_validated_probabilities(data, model_type, seed)
    cv_report = metrics(labels, probabilities)
    cv_report["max_calibration_gap"] = max_calibration_gap(cv_report["calibration"])
    progress("fitting the final model on all articles")
    pipeline = build_pipeline(model_type, seed, _calibration_folds(labels)).fit(data.detections, labels)
    digest = data_hash(data.records)
    model = ReliabilityModel(
        pipeline=pipeline,
        name=f"{name}-{model_type}",
        version=f"{__version__}+{digest[:12]}",
        signal_ids=tuple(signal.id for signal in MODEL_SIGNALS),
    )
    model.card = {
        "model_type": model_type,
        "settings": _settings(pipeline),
        "seed": seed,
        "data": {
            "sha256": digest,
            "articles": len(labels),
            "reliable": int(labels.sum()),
            "unreliable": int(len(labels) - labels.sum()),
            "skipped": len(data.skipped),
            "genres": dict(sorted(Counter(data.genres).items())),
            "html_pages": sum(1 for r in data.records if r.is_html),
        },
        "cross_validation": {"scheme": scheme, **cv_report},
        "versions": _versions(),
    }
    return model


def _settings(pipeline) -> dict:
    classifier = pipeline[-1]
    base = classifier.estimator
    return {
        "classifier": type(base).__name__,
        "params": {k: v for k, v in base.get_params().items() if isinstance(v, (int, float, str, type(None)))},
        "sign_constraints": "declared per signal (merits >= 0, warnings <= 0)" if hasattr(base, "signs") else None,
        "calibration": classifier.method,
        "scaling": type(pipeline[1]).__name__,
    }


def _versions() -> dict:
    import joblib
    import sklearn
    import textstat
    import trafilatura

    return {
        "scorer": __version__,
        "python": platform.python_version(),
        "scikit-learn": sklearn.__version__,
        "numpy": np.__version__,
        "joblib": joblib.__version__,
        "textstat": getattr(textstat, "__version__", "0.7.8"),
        "trafilatura": trafilatura.__version__,
    }
