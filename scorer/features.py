"""Signals as a scikit-learn transformer: one interpretable feature per signal."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

from scorer.article import Article
from scorer.signals import MODEL_SIGNALS, Detection, detect_all


def feature_value(kind: str, value: float) -> float:
    """Counts are log-scaled so that the tenth hype word weighs less than the first."""
    return float(np.log1p(max(value, 0.0))) if kind == "count" else float(value)


class SignalFeaturizer(TransformerMixin, BaseEstimator):
    """Turns articles (or their precomputed detections) into the signal feature matrix.

    Accepting detections lets the scorer run every signal once per article and reuse the
    result both for the features and for the evidence in the reasons.
    """

    def fit(self, X: Sequence[Article | Mapping[str, Detection]], y: object = None) -> SignalFeaturizer:
        self.signal_ids_ = tuple(signal.id for signal in MODEL_SIGNALS)
        self.kinds_ = tuple(signal.kind for signal in MODEL_SIGNALS)
        self.n_features_out_ = len(self.signal_ids_)
        return self

    def transform(self, X: Sequence[Article | Mapping[str, Detection]]) -> np.ndarray:
        rows = np.zeros((len(X), len(self.signal_ids_)))
        for row, item in enumerate(X):
            detections = detect_all(item) if isinstance(item, Article) else item
            for column, (signal_id, kind) in enumerate(zip(self.signal_ids_, self.kinds_, strict=True)):
                rows[row, column] = feature_value(kind, detections[signal_id].value)
        return rows

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        return np.asarray(self.signal_ids_, dtype=object)
