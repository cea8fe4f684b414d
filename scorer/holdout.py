"""Leave-one-dataset-out: how a model trained on the corpus and real collections holds on a
collection it never saw.

Each real collection in turn is held out; a model is trained on the corpus plus every other
collection, with any article that also appears in the held-out one removed (two public sets
share ~190 articles), and scored on the held-out collection. Beside it, the corpus-only model is
scored on the same collection. ROC-AUC comes with a bootstrap interval, since a few hundred
articles leave real uncertainty.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from scorer.corpus import LabelledRecord
from scorer.evaluation import metrics

BOOTSTRAP_ROUNDS = 1000
_NON_WORD_RE = re.compile(r"\W+")
_FINGERPRINT_CHARS = 400


@dataclass(frozen=True)
class Collection:
    """A named set of labelled records with their detections (scorer.training.PreparedData)."""

    name: str
    data: object  # PreparedData


def fingerprint(record: LabelledRecord) -> str:
    """The first words of the text, normalised: the same article scraped twice gives the same print."""
    return _NON_WORD_RE.sub(" ", record.text.lower()).strip()[:_FINGERPRINT_CHARS]


def without_overlap(data, held_out) -> list[int]:
    """Indices of data's records that do not also appear in held_out."""
    seen = {fingerprint(record) for record in held_out.records}
    return [i for i, record in enumerate(data.records) if fingerprint(record) not in seen]


def bootstrap_roc_auc(labels: np.ndarray, probabilities: np.ndarray, seed: int, rounds: int = BOOTSTRAP_ROUNDS):
    """The 95% percentile interval of ROC-AUC over resamples of the articles."""
    from sklearn.metrics import roc_auc_score

    rng = np.random.default_rng(seed)
    values = []
    n = len(labels)
    for _ in range(rounds):
        sample = rng.integers(0, n, n)
        if labels[sample].min() != labels[sample].max():
            values.append(roc_auc_score(labels[sample], probabilities[sample]))
    low, high = np.percentile(values, [2.5, 97.5])
    return float(low), float(high)


def evaluated(labels: np.ndarray, probabilities: np.ndarray, seed: int) -> dict:
    """metrics() plus the ROC-AUC's bootstrap interval (None when the set holds one label)."""
    report = metrics(labels, probabilities)
    both = len(set(np.asarray(labels).tolist())) == 2
    interval = bootstrap_roc_auc(np.asarray(labels), np.asarray(probabilities), seed) if both else None
    report["roc_auc_interval"] = interval
    return report


def leave_one_dataset_out(
    corpus, collections: Sequence[Collection], seed: int, weights: Mapping[str, float] | None = None
) -> dict[str, dict]:
    """For each collection: the model trained on the corpus and the other collections, scored on it."""
    from scorer.training import fit_pipeline

    results = {}
    for held_out in collections:
        parts = [(corpus, list(range(len(corpus.records))), "corpus")]
        parts += [(c.data, without_overlap(c.data, held_out.data), c.name) for c in collections if c is not held_out]
        pipeline = fit_pipeline(parts, seed, weights)
        probabilities = pipeline.predict_proba(held_out.data.detections)[:, 1]
        results[held_out.name] = evaluated(held_out.data.labels, probabilities, seed)
        results[held_out.name]["trained_on"] = {name: len(indices) for _, indices, name in parts}
    return results
