"""The trained model: a scikit-learn pipeline over the signals, its metadata, and its reasons."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import numpy as np

from scorer.errors import ModelError
from scorer.signals import Detection

# The top-level models/ folder is installed as the package data scorer.models (setup.cfg), so the
# same lookup finds the model in a checkout, an editable install and an installed wheel.
SHIPPED_MODEL_PATH = Path(str(resources.files("scorer.models") / "scorer-model.joblib")).resolve()
# Score bands (score = 100 x calibrated probability that the piece is reliable).
LOW_BELOW = 40
HIGH_FROM = 70


def band_of(score: int) -> str:
    if score < LOW_BELOW:
        return "low"
    return "high" if score >= HIGH_FROM else "mixed"


@dataclass
class ReliabilityModel:
    """What `scorer train` writes: the pipeline plus what a model card needs to say."""

    pipeline: object  # sklearn Pipeline: signals -> scale -> calibrated classifier
    name: str
    version: str
    signal_ids: tuple[str, ...]
    card: dict = field(default_factory=dict)

    def probabilities(self, detections: Sequence[Mapping[str, Detection]]) -> np.ndarray:
        """P(reliable) for each article's detections."""
        return self.pipeline.predict_proba(list(detections))[:, 1]

    def contributions(self, detections: Mapping[str, Detection]) -> tuple[float, dict[str, float], dict[str, bool]]:
        """P(reliable), each signal's effect on the score in points, and which signals are
        above the training corpus's average.

        The effects are integrated gradients from the average training article (every scaled
        feature at 0) to this one. The model is a calibrated linear one, so the path runs
        along the decision function alone and each signal's effect is its decision term times
        the calibration curve's mean slope over the path: the effects add up exactly to this
        score minus the average article's score, and stay meaningful when the score is 0.
        """
        parts = self._linear_parts()
        raw = self.pipeline[0].transform([detections])[0]
        scaled = (raw - parts.mean) / parts.scale
        if parts.expectations is not None:  # the article type's expectations (scorer.expectations)
            scaled = parts.expectations.transform(scaled[np.newaxis, :])[0]
        terms = scaled * parts.coef
        baseline = parts.intercept
        decision = baseline + float(terms.sum())
        probability, base_probability = (float(v) for v in parts.calibrate(np.array([decision, baseline])))
        if abs(decision - baseline) > 1e-9:
            slope = (probability - base_probability) / (decision - baseline)
        else:
            step = 1e-4
            high, low = parts.calibrate(np.array([decision + step, decision - step]))
            slope = float(high - low) / (2 * step)
        effects = {sid: 100.0 * slope * float(term) for sid, term in zip(self.signal_ids, terms, strict=True)}
        above = {sid: bool(z > 0) for sid, z in zip(self.signal_ids, scaled, strict=True)}
        return probability, effects, above

    def baseline_score(self) -> float:
        """The score of an article whose every signal is at the training average."""
        parts = self._linear_parts()
        return 100.0 * float(parts.calibrate(np.array([parts.intercept]))[0])

    def _linear_parts(self) -> _LinearParts:
        """The fitted numbers behind the pipeline, read once: scoring one article through
        sklearn's validation layers costs more than the arithmetic itself."""
        parts = self.__dict__.get("_parts")
        if parts is None:
            parts = _LinearParts.of(self.pipeline)
            self.__dict__["_parts"] = parts
        return parts

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.pop("_parts", None)
        return state


@dataclass(frozen=True)
class _LinearParts:
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    calibrator: object
    expectations: object | None = None

    @classmethod
    def of(cls, pipeline) -> _LinearParts:
        scaler = pipeline[1]
        calibrated = pipeline[-1].calibrated_classifiers_[0]
        estimator = calibrated.estimator
        if getattr(estimator, "coef_", None) is None:
            raise ModelError("this model type cannot explain its scores")
        return cls(
            mean=scaler.mean_,
            scale=scaler.scale_,
            coef=estimator.coef_[0],
            intercept=float(estimator.intercept_[0]),
            calibrator=calibrated.calibrators[0],
            expectations=pipeline.named_steps.get("expectations"),
        )

    def calibrate(self, decisions: np.ndarray) -> np.ndarray:
        """P(reliable) for decision values; sigmoid calibration computed directly."""
        a, b = getattr(self.calibrator, "a_", None), getattr(self.calibrator, "b_", None)
        if a is None or b is None:
            return self.calibrator.predict(decisions)
        return 1.0 / (1.0 + np.exp(a * decisions + b))


def save_model(model: ReliabilityModel, path: str | Path) -> None:
    import joblib

    from scorer.errors import OutputError

    path = Path(path)
    temporary = path.with_name(path.name + ".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        joblib.dump(model, temporary, compress=3)
        temporary.replace(path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot be written ({error.strerror})") from error


def load_model(path: str | Path | None = None, trust: bool = False) -> ReliabilityModel:
    """Load a model written by `scorer train` (the shipped one by default).

    The shipped model must match the SHA-256 recorded in the package; another model must be
    in the trusted list, or `trust` must say the caller trusts it (see scorer.model_trust).
    The check runs on the bytes that are then unpickled (scorer.model_loading).
    """
    from scorer.model_loading import trusted_model_bytes, unpickled

    data, digest = trusted_model_bytes(path, trust)
    return unpickled(data, digest, source=str(path or SHIPPED_MODEL_PATH))


def version_mismatch(model: ReliabilityModel) -> str | None:
    """A warning if the model was trained with another scikit-learn than the one installed."""
    import sklearn

    trained_with = model.card.get("versions", {}).get("scikit-learn")
    if trained_with and trained_with != sklearn.__version__:
        return (
            f"the model was trained with scikit-learn {trained_with} and {sklearn.__version__} is installed; "
            "scores may differ (rebuild the model with `scorer train`)"
        )
    return None
