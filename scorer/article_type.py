"""What kind of piece it is, decided from the form signals (scorer.signals.form), with evidence.

Types, first match wins: a page that labels itself satire or a press release is that whatever
else it does; then opinion (its label, an author's note or the writer's own voice), a list
article, an aggregation (re-served from another outlet), analysis; news otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from scorer.signals import Detection, Evidence

# (type, the signal that decides it, how the score reads for that type)
_RULES: tuple[tuple[str, str, str], ...] = (
    ("satire", "satire_label", "labelled satire or fiction: the score judges its form, not a joke"),
    ("press-release", "press_release_form", "a press release: it speaks for the organisation that issued it"),
    (
        "opinion",
        "opinion_piece",
        "judged as argument, not reporting: missing datelines, named sources and quotes do not count "
        "against it; what it presents as fact must still be traceable",
    ),
    ("listicle", "listicle_form", "a list article: judged on whether its claims say where they come from"),
    ("aggregation", "aggregation_credit", "re-served from another outlet: the reporting is the original's"),
    ("analysis", "analysis_label", "analysis or an explainer: its figures and claims should name their sources"),
)
_NEWS_NOTE = "judged as a news report: it is expected to say where its facts come from"
TYPES = ("news", *(rule[0] for rule in _RULES))


@dataclass(frozen=True)
class ArticleType:
    name: str
    note: str
    evidence: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "note": self.note,
            "evidence": [{"text": e.text, "start": e.start, "end": e.end} for e in self.evidence],
        }


def article_type(detections: Mapping[str, Detection]) -> ArticleType:
    """The article's type from its signals' detections (as returned by detect_all)."""
    for name, signal_id, note in _RULES:
        detection = detections.get(signal_id)
        if detection is not None and detection.value > 0:
            return ArticleType(name=name, note=note, evidence=detection.evidence[:3])
    return ArticleType(name="news", note=_NEWS_NOTE)
