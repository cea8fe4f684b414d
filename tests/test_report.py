"""The HTML report: span splitting, escaping, highlights matching the JSON, colours, batch pages."""

from __future__ import annotations

import json
import re
from html import unescape
from html.parser import HTMLParser
from itertools import pairwise
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from scorer.cli import cli
from scorer.reading import article_from_text, read_article
from scorer.report import render_page, write_batch_report
from scorer.report.assets import BASE_CSS, INDEX_CSS, PAGE_CSS, SCRIPT, script_hash
from scorer.report.batch import page_name
from scorer.report.highlight import layout_regions
from scorer.report.palette import BANDS, CONTRAST_PAIRS, FAMILIES, OTHER_FAMILY, contrast_ratio
from scorer.report.spans import Segment, split_at_spans
from scorer.scoring import Reason, ScoreResult, score_article
from scorer.signals.base import Evidence
from tests.resources import CONTENT_FARM_HTML, CONTENT_FARM_TEXT, WELL_SOURCED_HTML, article_text

FIXTURES = [CONTENT_FARM_HTML, CONTENT_FARM_TEXT, WELL_SOURCED_HTML]


class Marks(HTMLParser):
    """The page's highlights: each <mark>'s attributes and text, in document order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[dict] = []
        self.scripts = 0
        self._open: dict | None = None
        self.section = "article"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if attributes.get("class") == "outside":
            self.section = "outside"
        if tag == "mark":
            self._open = {"attrs": attributes, "text": "", "section": self.section}
            self.marks.append(self._open)

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._open["text"] += data

    def text_of(self, key: str) -> str:
        """The text of every piece carrying one evidence key, joined in page order."""
        return "".join(m["text"] for m in self.marks if key in m["attrs"]["data-evidence"].split())


def parse(html: str) -> Marks:
    parser = Marks()
    parser.feed(html)
    parser.close()
    return parser


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _cover(segments: list[Segment[str]]) -> list[tuple[int, int, tuple[str, ...]]]:
    return [(s.start, s.end, s.covering) for s in segments]


@pytest.mark.parametrize(
    ("spans", "cuts", "expected"),
    [
        ([], (), [(0, 10, ())]),
        ([(2, 5, "a")], (), [(0, 2, ()), (2, 5, ("a",)), (5, 10, ())]),
        # Crossing spans: the shared middle carries both.
        ([(1, 6, "a"), (4, 9, "b")], (), [(0, 1, ()), (1, 4, ("a",)), (4, 6, ("a", "b")), (6, 9, ("b",)), (9, 10, ())]),
        # One inside another.
        ([(0, 10, "a"), (3, 5, "b")], (), [(0, 3, ("a",)), (3, 5, ("a", "b")), (5, 10, ("a",))]),
        # The same span from two signals.
        ([(2, 4, "a"), (2, 4, "b")], (), [(0, 2, ()), (2, 4, ("a", "b")), (4, 10, ())]),
        # Touching, not overlapping: half-open spans share no character.
        ([(0, 4, "a"), (4, 8, "b")], (), [(0, 4, ("a",)), (4, 8, ("b",)), (8, 10, ())]),
        # Three deep, with the labels in the order given.
        (
            [(5, 8, "c"), (0, 9, "a"), (4, 10, "b")],
            (),
            [(0, 4, ("a",)), (4, 5, ("a", "b")), (5, 8, ("c", "a", "b")), (8, 9, ("a", "b")), (9, 10, ("b",))],
        ),
        # Out-of-range spans are clamped; empty ones dropped.
        ([(-3, 2, "a"), (8, 50, "b"), (5, 5, "c")], (), [(0, 2, ("a",)), (2, 8, ()), (8, 10, ("b",))]),
        # Cuts split a span at a section break without changing what covers it.
        ([(2, 8, "a")], (5, 0, 99), [(0, 2, ()), (2, 5, ("a",)), (5, 8, ("a",)), (8, 10, ())]),
    ],
)
def test_split_at_spans(spans, cuts, expected) -> None:
    assert _cover(split_at_spans(10, spans, cuts)) == expected


def test_split_empty_text() -> None:
    assert split_at_spans(0, [(0, 3, "a")]) == []


@given(
    st.integers(min_value=1, max_value=60).flatmap(
        lambda n: st.tuples(
            st.just(n),
            st.lists(st.tuples(st.integers(0, n), st.integers(0, n)).map(sorted), max_size=8),
        )
    )
)
def test_every_character_carries_every_span_over_it(case) -> None:
    length, bounds = case
    spans = [(start, end, index) for index, (start, end) in enumerate(bounds)]
    segments = split_at_spans(length, spans)
    assert segments[0].start == 0 and segments[-1].end == length
    assert all(a.end == b.start and a.start < a.end for a, b in pairwise(segments))
    for segment in segments:
        for position in range(segment.start, segment.end):
            assert segment.covering == tuple(i for s, e, i in spans if s <= position < e)


@pytest.fixture(scope="module")
def scored() -> dict[Path, tuple[dict, str]]:
    """JSON and HTML reports of each fixture, made through the command line as a user would."""
    return {
        path: (
            json.loads(run("score", str(path), "--format", "json").output),
            run("score", str(path), "--format", "html").output,
        )
        for path in FIXTURES
    }


@pytest.mark.parametrize("path", FIXTURES, ids=lambda path: path.name)
def test_every_evidence_span_is_highlighted_with_exactly_its_text(scored, path) -> None:
    data, html = scored[path]
    marks = parse(html)
    spans = [(r, e, ev) for r, reason in enumerate(data["reasons"]) for e, ev in enumerate(reason["evidence"])]
    assert spans, "the fixture should give evidence to show"
    for r, e, evidence in spans:
        assert marks.text_of(f"r{r}e{e}") == evidence["text"], (r, e)
    # ...and nothing is highlighted that the JSON does not give.
    keys = {f"r{r}e{e}" for r, e, _ in spans}
    assert {key for m in marks.marks for key in m["attrs"]["data-evidence"].split()} == keys


@pytest.mark.parametrize("path", FIXTURES, ids=lambda path: path.name)
def test_every_highlight_is_focusable_named_and_marked(scored, path) -> None:
    data, html = scored[path]
    marks = parse(html).marks
    for mark in marks:
        attrs = mark["attrs"]
        assert attrs["tabindex"] == "0"
        for signal in attrs["data-signals"].split():
            assert signal.replace("_", " ") in attrs["aria-label"]
            assert signal in attrs["data-tip"]
    # Colour is not the only carrier: every evidence span starts with a family letter.
    starts = [m for m in marks if "data-markers" in m["attrs"]]
    evidence_count = sum(len(reason["evidence"]) for reason in data["reasons"])
    assert sum(len(m["attrs"]["data-markers"]) for m in starts) == evidence_count


def test_the_page_text_is_the_article_text(scored) -> None:
    """Every character of Article.text is on the page, in order (blank gaps between blocks aside)."""
    _, html = scored[CONTENT_FARM_HTML]
    article = read_article(CONTENT_FARM_HTML)
    shown = unescape(re.sub(r"<[^>]+>", "", html.split('id="article-heading"')[1].split('id="reasons"')[0]))
    for line in article.text.splitlines():
        assert line.strip() in shown


def test_furniture_goes_under_found_outside_the_article(scored) -> None:
    _, html = scored[CONTENT_FARM_HTML]
    article = read_article(CONTENT_FARM_HTML)
    main, outside = layout_regions(article)
    assert main.end == article.body.end
    assert {region.kind for region in outside} >= {"teaser", "share", "comments"}
    assert "Found outside the article" in html
    marks = parse(html).marks
    sections = {m["attrs"]["data-signals"]: m["section"] for m in marks}
    assert sections["comment_form"] == "outside"
    assert sections["offtopic_teasers"] == "outside"
    assert sections["vague_attribution"] == "article"
    # The "Further reading" list sits inside the body on this page: it stays in the article.
    assert article.text.index("Relevant Links") < article.body.end


def test_overlapping_spans_carry_every_signal() -> None:
    text = article_text(
        "One senior officer stated that reports indicate the fleet left the port at night. "
        "The rest of this paragraph is filler so the article is long enough to be scored at all, "
        "with more than twenty-five words in its body."
    )
    article = article_from_text(text)
    outer = text.index("One senior officer stated that reports indicate")
    inner = text.index("reports indicate the fleet")
    reasons = (
        Reason("unnamed_source", "attribution", "Unnamed.", -3.0, 1.0, (Evidence.at(text, outer, outer + 47),)),
        Reason("vague_attribution", "attribution", "Vague.", -2.0, 1.0, (Evidence.at(text, inner, inner + 26),)),
        Reason("hype_words", "style", "Hype.", -1.0, 1.0, (Evidence.at(text, inner + 8, inner + 16),)),
    )
    html = render_page(article, _result(reasons))
    marks = parse(html)
    assert marks.text_of("r0e0") == "One senior officer stated that reports indicate"
    assert marks.text_of("r1e0") == "reports indicate the fleet"
    assert marks.text_of("r2e0") == "indicate"
    triple = next(m for m in marks.marks if m["text"] == "indicate")
    assert triple["attrs"]["data-signals"].split() == ["unnamed_source", "vague_attribution", "hype_words"]
    assert "f-attribution" in triple["attrs"]["class"] and "f-style" in triple["attrs"]["class"]
    assert "linear-gradient" in triple["attrs"]["style"]
    assert "hl-stacked" in triple["attrs"]["class"]


def _result(reasons: tuple[Reason, ...], title: str = "A title") -> ScoreResult:
    return ScoreResult(
        score=12,
        band="low",
        probability=0.12,
        reasons=reasons,
        signals={},
        model={"name": "test", "version": "0", "scorer": "0"},
        article={"title": title, "format": "text", "words": 40},
    )


HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quoted" \'single\' </textarea></mark>'


def test_everything_from_the_article_and_the_result_is_escaped() -> None:
    text = article_text(
        f"The piece says {HOSTILE} and then goes on for long enough to be scored, with plenty of "
        "ordinary words after it so the body has more than twenty-five of them in all.",
        title=f"Headline {HOSTILE}",
    )
    article = article_from_text(text)
    start = text.index(HOSTILE, text.index("The piece"))
    reasons = (
        Reason(
            'sig"><script>alert(2)</script>',
            f"family{HOSTILE}",
            f"Message {HOSTILE}",
            -4.0,
            1.0,
            (Evidence.at(text, start, start + len(HOSTILE)),),
        ),
    )
    html = render_page(article, _result(reasons, title=f"Headline {HOSTILE}"), source=f"src{HOSTILE}")
    assert "<script>alert" not in html and "<img" not in html and "</textarea>" not in html
    marks = parse(html)
    assert marks.scripts == 1  # only the report's own script
    assert marks.text_of("r0e0") == HOSTILE  # escaped, yet it reads back exactly
    assert len(marks.marks) == 1


def test_page_is_self_contained_and_pins_its_script() -> None:
    html = run("score", str(CONTENT_FARM_TEXT), "--format", "html").output
    assert f"script-src '{script_hash()}'" in html and f"<script>{SCRIPT}</script>" in html
    assert "default-src 'none'" in html
    for fetches in ("<link", " src=", "url(", "@import", "@font-face"):
        assert fetches not in html


def test_print_css_hides_tooltips_and_outlines_highlights() -> None:
    print_css = PAGE_CSS.split("@media print")[1]
    assert "display: none" in print_css and "::after" in print_css
    assert "text-decoration: underline" in print_css and "outline" in print_css
    assert ".reasons" in print_css and "position: static" in print_css


@pytest.mark.parametrize(("what", "foreground", "background"), CONTRAST_PAIRS, ids=[p[0] for p in CONTRAST_PAIRS])
def test_palette_passes_wcag_aa(what, foreground, background) -> None:
    assert contrast_ratio(foreground, background) >= 4.5, what


@pytest.mark.parametrize(
    ("first", "second", "ratio"),
    [("#000000", "#ffffff", 21.0), ("#ffffff", "#ffffff", 1.0), ("#777777", "#ffffff", 4.48)],
)
def test_contrast_ratio_matches_wcag_examples(first, second, ratio) -> None:
    assert contrast_ratio(first, second) == pytest.approx(ratio, abs=0.01)


def test_css_uses_only_colours_from_the_palette() -> None:
    """The contrast test covers what is drawn: no colour in the CSS comes from anywhere else."""
    from scorer.report import palette

    known = {value for value in vars(palette).values() if isinstance(value, str) and value.startswith("#")}
    known |= {s.tint for s in [*FAMILIES.values(), OTHER_FAMILY]} | {
        s.accent for s in [*FAMILIES.values(), OTHER_FAMILY]
    }
    known |= set(BANDS.values())
    used = set(re.findall(r"#[0-9a-fA-F]{6}\b", BASE_CSS + PAGE_CSS + INDEX_CSS))
    assert used <= known


def test_cli_writes_html_json_and_text_to_a_file(tmp_path) -> None:
    for output_format in ("html", "json", "text"):
        target = tmp_path / f"report.{output_format}"
        result = run("score", str(CONTENT_FARM_TEXT), "--format", output_format, "-o", str(target))
        assert result.exit_code == 0 and result.output == ""
        written = target.read_text(encoding="utf-8")
        assert written.strip() == run("score", str(CONTENT_FARM_TEXT), "--format", output_format).output.strip()
        assert "\x1b[" not in written
    assert (tmp_path / "report.html").read_text().startswith("<!DOCTYPE html>")


def test_cli_reports_an_unwritable_output_in_one_line(tmp_path) -> None:
    result = CliRunner().invoke(cli, ["score", str(CONTENT_FARM_TEXT), "-o", str(tmp_path / "no" / "such" / "x.html")])
    assert result.exit_code != 0 and "Traceback" not in result.output


@pytest.mark.parametrize(
    ("article_id", "expected"),
    [
        ("farm/post.html", "farm-post.html.html"),
        ("../../etc/passwd", "etc-passwd.html"),
        ("", "article.html"),
        ("https://example.test/a?b=1", "https-example.test-a-b-1.html"),
    ],
)
def test_page_names_are_safe(article_id, expected) -> None:
    assert page_name(article_id, set()) == expected


def test_page_names_differing_only_in_case_do_not_collide() -> None:
    taken: set[str] = set()
    assert [page_name(n, taken) for n in ("Post", "post", "POST")] == ["Post.html", "post-2.html", "POST-3.html"]


def test_batch_report_writes_pages_and_an_index_sorted_by_score(tmp_path) -> None:
    items = []
    for path in FIXTURES:
        article = read_article(path)
        items.append((f"corpus/{path.name}", article, score_article(article)))
    index = write_batch_report(tmp_path / "report", iter(items))
    assert index == tmp_path / "report" / "index.html"
    html = index.read_text(encoding="utf-8")
    links = re.findall(r'<td><a href="([^"]+)">', html)
    assert len(links) == 3
    for link in links:
        page = (index.parent / link).read_text(encoding="utf-8")
        assert 'href="../index.html"' in page and "<mark" in page
    scores = [int(score) for score in re.findall(r'<td class="num">(\d+)</td>', html)]
    assert scores == sorted(scores)
    bands = [result.band for _, _, result in items]
    assert (
        "<svg" in html and f"low {bands.count('low')}, mixed {bands.count('mixed')}, high {bands.count('high')}" in html
    )
    assert "<script" not in html
