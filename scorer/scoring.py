"""Score an article: run the signals, ask the model, and turn its terms into reasons."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from scorer import __version__
from scorer.article import Article
from scorer.article_type import article_type
from scorer.language import looks_english
from scorer.model import ReliabilityModel, band_of, load_model
from scorer.signals import SIGNALS_BY_ID, Detection, Evidence, detect_all

# Reasons that move the score by less than this many points are noise to an editor.
MIN_REASON_POINTS = 0.5


@dataclass(frozen=True)
class Reason:
    signal: str
    family: str
    message: str
    impact: float  # score points this signal adds (+) or takes away (-)
    value: float
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class ScoreResult:
    score: int
    band: str
    probability: float
    reasons: tuple[Reason, ...]
    signals: dict[str, float]
    model: dict[str, str]
    article: dict[str, object] = field(default_factory=dict)
    # Why the score should not be read as a verdict (e.g. the article is not in English).
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        """The JSON contract (see README.md, "JSON output")."""
        data = asdict(self)
        data["probability"] = round(self.probability, 4)
        for reason in data["reasons"]:
            reason["impact"] = round(reason["impact"], 2)
            reason["value"] = round(reason["value"], 3)
        data["signals"] = {key: round(value, 3) for key, value in self.signals.items()}
        return data


def build_reasons(
    detections: dict[str, Detection], effects: dict[str, float], above_average: dict[str, bool]
) -> tuple[Reason, ...]:
    reasons = []
    for signal_id, impact in effects.items():
        if abs(impact) < MIN_REASON_POINTS:
            continue
        signal = SIGNALS_BY_ID[signal_id]
        detection = detections[signal_id]
        # Counts and flags speak of what was found; measures of being above or below average.
        found = above_average[signal_id] if signal.kind == "measure" else detection.value > 0
        message = signal.present if found else signal.absent
        if not message:
            continue
        evidence = detection.evidence if found else ()
        if found and signal.kind == "count" and impact * signal.direction < 0:
            # Present, yet it moves the score against its direction: the article has fewer of
            # these than the typical training article ("said" once in a long piece, one
            # exclamation mark where most have two). Its own message would argue the other way.
            message = f"Fewer than in a typical article ({detection.value:g} found): {signal.description}"
            if signal.direction < 0:
                evidence = ()  # a warning's evidence does not belong among what raises the score
        reasons.append(
            Reason(
                signal=signal_id,
                family=signal.family,
                message=message,
                impact=impact,
                value=detection.value,
                evidence=evidence,
            )
        )
    reasons.sort(key=lambda reason: -abs(reason.impact))
    return tuple(reasons)


def score_detections(article: Article, detections: dict[str, Detection], model: ReliabilityModel) -> ScoreResult:
    probability, effects, above_average = model.contributions(detections)
    score = round(100 * probability)
    warnings: tuple[str, ...] = ()
    band = band_of(score)
    kind = article_type(detections)
    if kind.name == "satire":
        warnings = ("the page labels itself satire or fiction: the score judges its form, not whether it is true",)
    if not looks_english(article.body_text):
        # The signals are English patterns: say so instead of giving a confident verdict.
        band = "unknown"
        warnings = (
            "the article does not look like English; scorer's signals are English patterns, so this "
            "score says nothing about its reliability",
        )
    return ScoreResult(
        score=score,
        band=band,
        warnings=warnings,
        probability=probability,
        reasons=build_reasons(detections, effects, above_average),
        signals={signal_id: detection.value for signal_id, detection in detections.items()},
        model={"name": model.name, "version": model.version, "scorer": __version__},
        article={
            "title": article.title_text,
            "format": article.format,
            "words": len(article.body_text.split()),
            "author": article.author,
            "published": article.published,
            "site": article.site,
            "type": kind.to_dict(),
        },
    )


def score_article(article: Article, model: ReliabilityModel | None = None) -> ScoreResult:
    """Score one article with the given model (the shipped one by default)."""
    model = model or load_model()
    return score_detections(article, detect_all(article), model)
