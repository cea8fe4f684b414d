"""Property tests: whatever the text, parsing and every signal behave.

No exception; every evidence span lies inside the text and quotes exactly what it says; the
score stays within 0-100; and each signal finishes within hypothesis's deadline (a regular
expression that backtracks catastrophically would blow it).
"""

from __future__ import annotations

import os
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scorer.errors import ScorerError
from scorer.html_page import parse_html
from scorer.model import load_model
from scorer.plaintext import parse_plain_text
from scorer.scoring import score_detections
from scorer.signals import SIGNALS, detect_all
from scorer.textviews import TextViews

# Pieces that make the signals' patterns almost match: the near misses fuzzing should explore.
PIECES = [
    "as reported by various news outlets",
    "one senior official stated",
    "said",
    "Maria Ortega",
    "Ortega",
    "according to",
    "“",
    "”",
    '"',
    "'",
    "Date:",
    "By ",
    "LEAVE A REPLY",
    "Related",
    "Popular",
    "Share post:",
    "spot_img",
    "In this post, we will break down",
    "Only time will tell",
    "Conclusion:",
    "?",
    "!",
    "...",
    "WASHINGTON —",
    "on condition of anonymity because",
    "https://example.org/a",
    "March 4, 2025",
    "\n",
    "\n\n",
    "Relevant Links",
    "1. ",
    "- ",
    "THE",
    "you",
    "[td_block]",
    "{{ x }}",
    "İ",
    "ß",
    "—",
    "\t",
    ".",
    ",",
]
text_strategy = st.one_of(
    st.text(max_size=1500),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=120).map(" ".join),
    st.lists(st.sampled_from(PIECES), max_size=200).map("".join),
)
# In CI the examples are derandomized, so a red build can be replayed; locally each run explores anew.
SETTINGS = settings(
    max_examples=150,
    deadline=timedelta(seconds=2),
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=bool(os.environ.get("CI")),
)
MODEL = load_model()


def check_evidence(text: str, detections) -> None:
    for signal_id, detection in detections.items():
        assert detection.value >= 0, signal_id
        for evidence in detection.evidence:
            assert 0 <= evidence.start <= evidence.end <= len(text), signal_id
            assert text[evidence.start : evidence.end] == evidence.text, signal_id


@SETTINGS
@given(text_strategy)
def test_plain_text_parser_and_every_signal(text: str) -> None:
    article = parse_plain_text(text)
    for span in (article.body, article.title, article.header, *article.headings, *article.paragraphs):
        if span is not None:
            assert 0 <= span.start <= span.end <= len(text)
    views = TextViews(article)
    detections = {signal.id: signal.detect(views) for signal in SIGNALS}
    check_evidence(article.text, detections)
    result = score_detections(article, detections, MODEL)
    assert 0 <= result.score <= 100


TAGS = [
    "<div>",
    "</div>",
    "<p>",
    "</p>",
    "<article>",
    "</article>",
    "<aside class='related'>",
    "</aside>",
    "<a href='https://example.org/x'>",
    "</a>",
    "<ul><li>",
    "</li></ul>",
    "<h2>",
    "</h2>",
    "<script>",
    "</script>",
    "<form><textarea placeholder='Leave a reply'></textarea></form>",
    "<time></time>",
    "<br>",
]


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(TAGS), st.sampled_from(PIECES), st.text(max_size=20)), max_size=150))
def test_html_parser_and_every_signal(parts: list[str]) -> None:
    html = "<!DOCTYPE html><html><body>" + "".join(parts) + "</body></html>"
    try:
        article = parse_html(html)
    except ScorerError:
        return  # a page with nothing to extract is refused with a message: that is fine
    check_evidence(article.text, detect_all(article))
