"""Sourcing expectations by article type: an op-ed is judged as argument, not as a news report.

A news report that gives no dateline, names no source and quotes nobody cannot be checked; an
essay that argues from its writer's experience never claimed to report. For pieces that present
themselves as opinion (the `opinion_piece` signal), the merits of reporting may still raise the
score, but their absence is not held against the piece: each such feature is raised to the
training average (0 after scaling), where it moves the score by nothing. The voice of argument
(questions to the reader, "you") is likewise not held against it beyond the average. Warnings
about sourcing that is claimed but untraceable (vague attribution, lone witnesses, unsourced
figures, secret deeds) apply to every type: an op-ed that smuggles in invented facts is caught by
them.

This runs on the scaled features, between the scaler and the classifier, so training and the
explanations (scorer.model) see the same numbers and the impacts still add up to the score.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted, validate_data

OPINION_SIGNAL = "opinion_piece"
# What a news report is expected to show and an opinion piece is not.
NEWS_MERITS = (
    "named_source",
    "institutional_source",
    "document_citation",
    "attributed_quote",
    "reported_speech",
    "explained_anonymity",
    "response_sought",
    "dateline",
    "byline",
    "publication_date",
    "source_links",
    "explicit_dates",
)
# How an argument talks: fine in an op-ed, a warning in a news report.
ARGUMENT_VOICE = ("rhetorical_questions", "reader_address")


class TypeExpectations(TransformerMixin, BaseEstimator):
    """Waives news expectations for rows flagged as opinion (scaled features in, same shape out).

    feature_names: the column names, in order (the signal ids of the model's features).
    """

    def __init__(self, feature_names: Sequence[str] = ()) -> None:
        self.feature_names = feature_names

    def fit(self, X: np.ndarray, y: object = None) -> TypeExpectations:
        X = validate_data(self, X, dtype=np.float64)
        names = list(self.feature_names)
        self.opinion_column_ = names.index(OPINION_SIGNAL) if OPINION_SIGNAL in names else None
        self.merit_columns_ = np.array([names.index(n) for n in NEWS_MERITS if n in names], dtype=int)
        self.voice_columns_ = np.array([names.index(n) for n in ARGUMENT_VOICE if n in names], dtype=int)
        return self

    def transform(self, X: np.ndarray) -> np.ndarray:
        check_is_fitted(self, "merit_columns_")
        X = validate_data(self, X, reset=False, dtype=np.float64, copy=True)  # the caller's matrix stays as it was
        if self.opinion_column_ is None or not len(X):
            return X
        opinion = X[:, self.opinion_column_] > 0  # the flag is 1, above its training mean
        if opinion.any():
            rows = np.flatnonzero(opinion)
            X[np.ix_(rows, self.merit_columns_)] = np.maximum(X[np.ix_(rows, self.merit_columns_)], 0.0)
            X[np.ix_(rows, self.voice_columns_)] = np.minimum(X[np.ix_(rows, self.voice_columns_)], 0.0)
        return X

    def waived(self) -> tuple[str, ...]:
        """The features whose shortfall an opinion piece is not judged on."""
        return tuple(n for n in NEWS_MERITS + ARGUMENT_VOICE if n in self.feature_names)
