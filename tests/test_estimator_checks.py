"""scikit-learn's own estimator checks on scorer's estimators (clone, pickling, input validation,
fitted state...). SignalFeaturizer is left out: its input is articles or their detections, not
a numeric matrix, which the checks cannot generate."""

from __future__ import annotations

from sklearn.utils.estimator_checks import parametrize_with_checks

from scorer.expectations import TypeExpectations
from scorer.linear import SignConstrainedLogisticRegression


@parametrize_with_checks([SignConstrainedLogisticRegression(), TypeExpectations()])
def test_sklearn_compatible_estimator(estimator, check) -> None:
    check(estimator)
