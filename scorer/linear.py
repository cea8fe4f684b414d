"""Logistic regression whose coefficients keep the sign each signal declares.

A warning sign (vague attribution, off-topic teasers) must never raise a score, and a merit
(a named source, a dateline) must never lower it: otherwise an editor reads a reason that
says 'rhetorical question headings: +3 points' because of a quirk of the training corpus.
Signals with no declared direction (readability measures) are left free.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.utils.multiclass import check_classification_targets
from sklearn.utils.validation import _check_sample_weight, check_is_fitted, validate_data


class SignConstrainedLogisticRegression(ClassifierMixin, BaseEstimator):
    """L2-regularised logistic regression with per-feature sign bounds.

    signs: +1 (coefficient >= 0), -1 (<= 0) or 0 (free) for each feature, in column order.
    C: inverse regularisation strength, as in sklearn's LogisticRegression.
    """

    def __init__(
        self,
        C: float = 1.0,
        signs: Sequence[int] | None = None,
        class_weight: str | dict | None = "balanced",
        max_iter: int = 2000,
        tol: float = 1e-8,
    ) -> None:
        self.C = C
        self.signs = signs
        self.class_weight = class_weight
        self.max_iter = max_iter
        self.tol = tol

    def fit(self, X: np.ndarray, y: np.ndarray, sample_weight: np.ndarray | None = None):
        from scipy.optimize import minimize  # only training needs it: keep it off the scoring path
        from scipy.special import expit

        X, y = validate_data(self, X, y, dtype=np.float64)
        check_classification_targets(y)
        self.classes_ = np.unique(y)
        if len(self.classes_) > 2:
            raise ValueError("Only binary classification is supported: reliable or not.")
        if len(self.classes_) < 2:
            raise ValueError(f"Two classes are needed; the data holds one class ({self.classes_[0]!r}).")
        target = (y == self.classes_[1]).astype(float)
        weights = _check_sample_weight(sample_weight, X, dtype=np.float64)
        for label in self.classes_:
            if not weights[y == label].sum() > 0:
                raise ValueError(f"Two weighted classes are needed; class {label!r} carries no sample weight.")
        if self.class_weight == "balanced":
            # Each class carries half the weight (with unit sample weights: sklearn's "balanced").
            positives = np.average(target, weights=weights)
            weights = weights * np.where(target == 1, 0.5 / positives, 0.5 / (1 - positives))
        elif isinstance(self.class_weight, dict):
            weights = weights * np.array([self.class_weight.get(label, 1.0) for label in y], dtype=float)
        signs = np.zeros(X.shape[1]) if self.signs is None else np.asarray(self.signs)
        if len(signs) != X.shape[1]:
            raise ValueError(f"{len(signs)} signs given for {X.shape[1]} features")
        bounds = [(0, None) if s > 0 else (None, 0) if s < 0 else (None, None) for s in signs]
        bounds.append((None, None))  # the intercept is free
        penalty = 1.0 / self.C

        def loss_and_gradient(params: np.ndarray) -> tuple[float, np.ndarray]:
            coef, intercept = params[:-1], params[-1]
            z = X @ coef + intercept
            loss = float(np.sum(weights * (np.logaddexp(0, z) - target * z)) + 0.5 * penalty * coef @ coef)
            residual = weights * (expit(z) - target)
            gradient = np.append(X.T @ residual + penalty * coef, residual.sum())
            return loss, gradient

        result = minimize(
            loss_and_gradient,
            np.zeros(X.shape[1] + 1),
            jac=True,
            method="L-BFGS-B",
            bounds=bounds,
            options={"maxiter": self.max_iter, "gtol": self.tol},
        )
        self.coef_ = result.x[:-1].reshape(1, -1)
        self.intercept_ = result.x[-1:].copy()
        self.n_iter_ = np.array([result.nit])
        return self

    def decision_function(self, X: np.ndarray) -> np.ndarray:
        check_is_fitted(self, "coef_")
        X = validate_data(self, X, reset=False, dtype=np.float64)
        return X @ self.coef_[0] + self.intercept_[0]

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.classifier_tags.multi_class = False  # two classes: reliable or not
        return tags

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        positive = 1.0 / (1.0 + np.exp(-self.decision_function(X)))
        return np.column_stack([1 - positive, positive])

    def predict(self, X: np.ndarray) -> np.ndarray:
        check_is_fitted(self, "coef_")
        return self.classes_[(self.decision_function(X) > 0).astype(int)]
