"""The sign-constrained logistic regression behind the default model."""

from __future__ import annotations

import numpy as np
from sklearn.linear_model import LogisticRegression

from scorer.linear import SignConstrainedLogisticRegression


def _data(seed: int = 0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(400, 3))
    logits = 2 * X[:, 0] - 1.5 * X[:, 1] + 0.5 * X[:, 2]
    y = (rng.random(400) < 1 / (1 + np.exp(-logits))).astype(int)
    return X, y


def test_free_signs_match_sklearn_logistic_regression() -> None:
    X, y = _data()
    ours = SignConstrainedLogisticRegression(C=1.0, class_weight=None).fit(X, y)
    reference = LogisticRegression(C=1.0).fit(X, y)
    np.testing.assert_allclose(ours.coef_, reference.coef_, atol=1e-3)
    np.testing.assert_allclose(ours.intercept_, reference.intercept_, atol=1e-3)
    np.testing.assert_allclose(ours.predict_proba(X), reference.predict_proba(X), atol=1e-3)


def test_declared_signs_are_kept_even_against_the_data() -> None:
    X, y = _data()
    # The data says feature 0 helps and feature 1 hurts; declare the opposite.
    model = SignConstrainedLogisticRegression(signs=(-1, 1, 0)).fit(X, y)
    assert model.coef_[0, 0] <= 0
    assert model.coef_[0, 1] >= 0
    assert model.coef_[0, 2] > 0  # free, and the data says positive


def test_predict_uses_the_classes_it_was_given() -> None:
    X, y = _data()
    labels = np.where(y == 1, "reliable", "unreliable")
    model = SignConstrainedLogisticRegression().fit(X, labels)
    assert set(model.predict(X)) <= {"reliable", "unreliable"}
