"""The signal registry: every detector scorer runs, in a fixed order (the model's features).

To add a signal, define it in its family's module and add it to that module's SIGNALS tuple.
"""

from __future__ import annotations

from scorer.article import Article
from scorer.signals import attribution, contamination, costume, form, provenance, readability, style
from scorer.signals.base import Detection, Evidence, Signal
from scorer.textviews import TextViews

SIGNALS: tuple[Signal, ...] = (
    attribution.SIGNALS
    + costume.SIGNALS
    + provenance.SIGNALS
    + contamination.SIGNALS
    + style.SIGNALS
    + form.SIGNALS
    + readability.SIGNALS
)
SIGNALS_BY_ID: dict[str, Signal] = {signal.id: signal for signal in SIGNALS}
# The model's features, in order: every signal but those only reported (Signal.in_model).
MODEL_SIGNALS: tuple[Signal, ...] = tuple(signal for signal in SIGNALS if signal.in_model)
assert len(SIGNALS_BY_ID) == len(SIGNALS), "signal ids must be unique"


def detect_all(article: Article) -> dict[str, Detection]:
    """Run every signal once over the article."""
    views = TextViews(article)
    return {signal.id: signal.detect(views) for signal in SIGNALS}


__all__ = ["MODEL_SIGNALS", "SIGNALS", "SIGNALS_BY_ID", "Detection", "Evidence", "Signal", "detect_all"]
