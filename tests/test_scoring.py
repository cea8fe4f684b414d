"""Scoring with the shipped model: the verdicts and the reasons an editor reads."""

from __future__ import annotations

import pytest

from scorer.model import load_model
from scorer.reading import read_article
from scorer.scoring import build_reasons, score_article
from scorer.signals import SIGNALS_BY_ID, Detection, Evidence
from tests.resources import CONTENT_FARM_HTML, CONTENT_FARM_TEXT, WELL_SOURCED_HTML, WELL_SOURCED_TEXT


@pytest.fixture(scope="module")
def model():
    return load_model()


def _quotes(result) -> dict[str, list[str]]:
    return {reason.signal: [e.text for e in reason.evidence] for reason in result.reasons}


@pytest.mark.parametrize("path", [CONTENT_FARM_TEXT, CONTENT_FARM_HTML], ids=["text", "html"])
def test_content_farm_is_low_with_the_evidence_an_editor_needs(model, path) -> None:
    article = read_article(path)
    result = score_article(article, model)
    assert result.band == "low"
    signals = result.signals
    # What the page gives itself away by is found, whatever weight the model gives it.
    for signal_id in (
        "vague_attribution",
        "unnamed_source",
        "empty_link_list",
        "comment_form",
        "offtopic_teasers",
        "blog_framing",
        "empty_date_field",
    ):
        assert signals[signal_id] > 0, signal_id
    quotes = _quotes(result)
    assert "as reported by various news outlets" in quotes["vague_attribution"]
    assert any(q.startswith("In this post, we will break down") for q in quotes["blog_framing"])
    assert any("senior Russian officer" in q for q in quotes["unnamed_source"])
    lowering = [reason for reason in result.reasons if reason.impact < 0]
    assert sum(reason.impact for reason in lowering) <= -30
    assert "vague_attribution" in [reason.signal for reason in lowering[:5]]


def test_content_farm_evidence_quotes_the_page_furniture(model) -> None:
    from scorer.signals import detect_all

    detections = detect_all(read_article(CONTENT_FARM_TEXT))
    assert detections["comment_form"].evidence[0].text == "LEAVE A REPLY"
    assert detections["empty_link_list"].evidence[0].text == "Relevant Links for Further Reading:"
    assert detections["empty_date_field"].evidence[0].text == "Date:"
    assert any(e.text.startswith("7 Altcoins") for e in detections["offtopic_teasers"].evidence)


@pytest.mark.parametrize("path", [WELL_SOURCED_TEXT, WELL_SOURCED_HTML], ids=["text", "html"])
def test_well_sourced_article_is_high(model, path) -> None:
    result = score_article(read_article(path), model)
    assert result.band == "high"
    assert result.signals["offtopic_teasers"] == 0  # its related coverage is on topic
    for signal_id in ("dateline", "byline", "named_source", "attributed_quote", "source_links", "explained_anonymity"):
        assert result.signals[signal_id] > 0, signal_id


@pytest.mark.parametrize("path", [CONTENT_FARM_TEXT, CONTENT_FARM_HTML, WELL_SOURCED_TEXT, WELL_SOURCED_HTML])
def test_reasons_are_faithful_to_the_score(model, path) -> None:
    article = read_article(path)
    result = score_article(article, model)
    _, effects, _ = model.contributions({k: v for k, v in _detections(article).items()})
    # Effects add up to the score's distance from the average training article.
    assert sum(effects.values()) == pytest.approx(100 * result.probability - model.baseline_score(), abs=1e-6)
    for reason in result.reasons:
        assert reason.impact == pytest.approx(effects[reason.signal])
        for evidence in reason.evidence:
            assert article.text[evidence.start : evidence.end] == evidence.text
    impacts = [abs(reason.impact) for reason in result.reasons]
    assert impacts == sorted(impacts, reverse=True)


def _detections(article):
    from scorer.signals import detect_all

    return detect_all(article)


def test_json_contract(model) -> None:
    data = score_article(read_article(CONTENT_FARM_TEXT), model).to_dict()
    assert 0 <= data["score"] <= 100 and data["band"] in {"low", "mixed", "high"}
    assert 0 <= data["probability"] <= 1
    assert set(data["model"]) >= {"name", "version"}
    reason = data["reasons"][0]
    assert set(reason) >= {"signal", "message", "impact", "evidence"}
    assert set(reason["evidence"][0]) == {"text", "start", "end"}
    from scorer.signals import SIGNALS

    assert set(data["signals"]) == {signal.id for signal in SIGNALS}


@pytest.mark.parametrize("path", [CONTENT_FARM_TEXT, WELL_SOURCED_HTML])
def test_fast_scoring_path_matches_the_sklearn_pipeline(model, path) -> None:
    article = read_article(path)
    result = score_article(article, model)
    assert model.probabilities([_detections(article)])[0] == pytest.approx(result.probability, abs=1e-12)


def test_a_signal_found_but_below_the_typical_article_says_so() -> None:
    found_once = Detection(1.0, (Evidence("Friday", 10, 16),))
    detections = {"explicit_dates": found_once, "exclamations": Detection(1.0, (Evidence("!", 3, 4),))}
    effects = {"explicit_dates": -8.0, "exclamations": 2.0}
    reasons = {
        r.signal: r for r in build_reasons(detections, effects, {"explicit_dates": False, "exclamations": False})
    }
    dates, exclamations = SIGNALS_BY_ID["explicit_dates"], SIGNALS_BY_ID["exclamations"]
    assert reasons["explicit_dates"].message == f"Fewer than in a typical article (1 found): {dates.description}"
    assert reasons["explicit_dates"].evidence == found_once.evidence
    # One exclamation mark raises the score; its evidence is not listed as a merit.
    assert reasons["exclamations"].message == f"Fewer than in a typical article (1 found): {exclamations.description}"
    assert reasons["exclamations"].evidence == ()
    many = {"explicit_dates": Detection(6.0, found_once.evidence)}
    (reason,) = build_reasons(many, {"explicit_dates": 5.0}, {"explicit_dates": True})
    assert reason.message == dates.present and reason.evidence == found_once.evidence
