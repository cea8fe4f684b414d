"""The article type and what it changes: an honest op-ed is judged as argument, a fabrication
dressed as news is caught by what gives it away (issue: a score that holds on real articles)."""

from __future__ import annotations

import pytest

from scorer.article_type import TYPES, article_type
from scorer.expectations import ARGUMENT_VOICE, NEWS_MERITS
from scorer.model import load_model
from scorer.reading import article_from_text, read_article
from scorer.render import render_terminal
from scorer.scoring import score_article
from scorer.signals import detect_all
from tests.resources import DATA, article_text

HONEST_OPED = DATA / "honest_oped.txt"
COSTUME_FABRICATION = DATA / "costume_fabrication.txt"
FILLER = (
    "The plan was discussed for two hours and the members heard from landlords, tenants and "
    "neighbours before they agreed to return to it in the spring after another round of hearings."
)


def _type_of(text: str) -> str:
    return article_type(detect_all(article_from_text(text))).name


@pytest.mark.parametrize(
    ("expected", "text"),
    [
        ("news", article_text("WASHINGTON — The Senate voted 52-48 on Tuesday, the clerk said. " + FILLER)),
        ("opinion", "Opinion | The rent plan helps nobody\n\n" + FILLER),
        ("opinion", article_text("An open letter to the council: " + FILLER)),
        ("press-release", article_text("FOR IMMEDIATE RELEASE\n\nHarbor Robotics announced today. " + FILLER)),
        ("satire", article_text("This article is satire. " + FILLER)),
        ("listicle", article_text(FILLER, title="7 Ways to Cut Your Heating Bill This Winter")),
        ("aggregation", article_text(FILLER + "\n\nSource: Capitol Ledger News Service")),
        ("analysis", article_text("Analysis: " + FILLER)),
    ],
    ids=lambda value: value if value in TYPES else "",
)
def test_the_type_is_recognised(expected: str, text: str) -> None:
    assert _type_of(text) == expected


TIPS = ("1. Seal the windows", "2. Turn the heating down", "3. Close the curtains")


def _sections(*headings: str) -> str:
    return "\n\n".join(f"{heading}\n\n{FILLER}" for heading in headings)


@pytest.mark.parametrize(
    ("expected", "body"),
    [
        ("listicle", _sections(*TIPS)),
        ("listicle", _sections(*TIPS, "Conclusion")),
        # a table of contents repeated as the sections below it is still the list
        (
            "listicle",
            "1. Seal the windows\n2. Turn the heating down\n3. Close the curtains\n\n"
            + _sections("Seal the windows", "Turn the heating down", "Close the curtains"),
        ),
        # numbered parts of an analysis that goes on to an unnumbered section
        (
            "news",
            _sections("1. Certified deaths: 14", "2. The ministry's figure: 612", "3. A model: 1,100", "The dispute"),
        ),
        ("news", _sections("1. The certified result", "2. Why there is a recount")),
    ],
    ids=["numbered", "numbered-with-conclusion", "contents-then-sections", "analysis-parts", "two-sections"],
)
def test_numbered_sections_make_a_list_only_when_they_are_the_piece(expected: str, body: str) -> None:
    assert _type_of(article_text(body)) == expected


def test_an_honest_op_ed_is_judged_as_argument_not_as_missing_reporting() -> None:
    article = read_article(HONEST_OPED)
    result = score_article(article)
    kind = result.article["type"]
    assert kind["name"] == "opinion"
    assert any(article.text[e["start"] : e["end"]] == e["text"] == "Opinion |" for e in kind["evidence"])
    assert result.score >= 40, result.reasons  # mixed band or higher
    waived = set(NEWS_MERITS) | set(ARGUMENT_VOICE)
    assert not [r.signal for r in result.reasons if r.signal in waived and r.impact < 0]
    assert "type: opinion: judged as argument" in render_terminal(result, "op-ed")


def test_a_fabrication_in_news_costume_scores_low_and_quotes_what_gives_it_away() -> None:
    article = read_article(COSTUME_FABRICATION)
    result = score_article(article)
    assert result.article["type"]["name"] == "news"
    assert result.score < 40
    reasons = {r.signal: r for r in result.reasons}
    for signal, quoted in (("lone_witness", "according to a nurse"), ("bare_no_comment", "could not be reached")):
        assert reasons[signal].impact < 0
        assert quoted in [e.text for e in reasons[signal].evidence]
        for evidence in reasons[signal].evidence:
            assert article.text[evidence.start : evidence.end] == evidence.text


@pytest.mark.parametrize("path", [HONEST_OPED, COSTUME_FABRICATION], ids=["op-ed", "fabrication"])
def test_impacts_still_add_up_to_the_score(path) -> None:
    """The type's expectations run inside the model, so the reasons stay faithful to it."""
    model = load_model()
    detections = detect_all(read_article(path))
    probability, effects, _ = model.contributions(detections)
    assert sum(effects.values()) == pytest.approx(100 * probability - model.baseline_score(), abs=1e-6)
    assert model.probabilities([detections])[0] == pytest.approx(probability, abs=1e-9)


def test_an_opinion_piece_that_asserts_untraceable_facts_is_still_judged_on_them() -> None:
    """Opinion waives the expectations of reporting, not the warnings about claims."""
    honest = "Opinion | Our parks deserve better\n\n" + FILLER + " I think we can do better. " + FILLER
    smuggled = (
        "Opinion | Our parks deserve better\n\n"
        + FILLER
        + " Insiders have told me the mayor secretly signed the park over to a developer, and reports "
        "indicate that $4.2 million changed hands. A family friend told me the deal was done in March. " + FILLER
    )
    assert _type_of(honest) == _type_of(smuggled) == "opinion"
    assert score_article(article_from_text(smuggled)).score < score_article(article_from_text(honest)).score


def _typed_corpus_records() -> list:
    from scorer.corpus import read_labelled
    from tests.resources import TRAINING_ARTICLES

    return [record for record in read_labelled([TRAINING_ARTICLES]) if record.article_type]


def test_the_type_agrees_with_what_the_corpus_writers_say_they_wrote() -> None:
    """The writers of the fourth and later briefs named each piece's type in its front matter.

    News must stay news (typing a report as opinion would waive what it owes its readers); honest
    opinion must mostly be seen as opinion, or the waiver that keeps op-eds out of the low band
    never applies.
    """
    records = _typed_corpus_records()
    found = {record.id: _type_of_record(record) for record in records}
    news = [record for record in records if record.article_type == "news"]
    honest_opinion = [record for record in records if record.article_type == "opinion" and record.reliable]
    assert len(news) >= 20 and len(honest_opinion) >= 20
    news_kept = sum(found[record.id] == "news" for record in news) / len(news)
    opinion_seen = sum(found[record.id] == "opinion" for record in honest_opinion) / len(honest_opinion)
    assert news_kept >= 0.9, [record.id for record in news if found[record.id] != "news"]
    assert opinion_seen >= 0.8, [record.id for record in honest_opinion if found[record.id] != "opinion"]


def _type_of_record(record) -> str:
    return article_type(detect_all(article_from_text(record.text, html=record.is_html))).name
