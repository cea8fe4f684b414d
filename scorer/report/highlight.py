"""The article text as HTML, with every evidence span of every reason highlighted.

The text is laid out in regions: the article itself (title, header, body) and, after the
body, each block of page furniture (teasers, link lists, comment forms, share bars) that
``Article.blocks`` names. It is cut at every evidence boundary and every region boundary
(spans.py), and each piece covered by evidence becomes one focusable ``<mark>`` that carries
all its signals. Everything taken from the article or the result is escaped: the text is
hostile input.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from html import escape

from scorer.article import Article
from scorer.report.palette import FAMILIES, family_style
from scorer.report.spans import Segment, split_at_spans
from scorer.scoring import Reason, ScoreResult
from scorer.signals.base import Evidence

BLOCK_LABELS = {
    "teaser": "Teasers and related links",
    "links": "Link list",
    "comments": "Comment form",
    "share": "Share and subscribe bar",
    "other": "Other page text",
}


@dataclass(frozen=True)
class Highlight:
    """One evidence span of one reason; ``key`` names it in the page's data attributes."""

    key: str
    reason_index: int
    reason: Reason
    evidence: Evidence


@dataclass(frozen=True)
class Region:
    start: int
    end: int
    kind: str | None  # None: the article itself; otherwise a block kind found outside it


@dataclass(frozen=True)
class HighlightedText:
    article_html: str
    # (block kind, HTML) for each region after the body, in page order.
    outside: tuple[tuple[str, str], ...]
    # Element id of each reason's first highlight in the text, by reason index.
    first_highlight: dict[int, str]
    # Element id of each evidence span's first piece, by highlight key.
    evidence_targets: dict[str, str]


def evidence_key(reason_index: int, evidence_index: int) -> str:
    return f"r{reason_index}e{evidence_index}"


def collect_highlights(result: ScoreResult) -> list[Highlight]:
    return [
        Highlight(evidence_key(r, e), r, reason, evidence)
        for r, reason in enumerate(result.reasons)
        for e, evidence in enumerate(reason.evidence)
    ]


def layout_regions(article: Article) -> tuple[Region, list[Region]]:
    """The article region, and the regions after its body (blocks and the text between them)."""
    length = len(article.text)
    body_end = min(max(article.body.end, 0), length)
    outside: list[Region] = []
    cursor = body_end
    # Blocks inside the body (an HTML "Further reading" list) stay where the reader saw them.
    for block in sorted(article.blocks, key=lambda block: block.span.start):
        start = min(max(block.span.start, cursor), length)
        end = min(max(block.span.end, start), length)
        if start > cursor:
            outside.append(Region(cursor, start, "other"))
        if end > start:
            outside.append(Region(start, end, block.kind))
        cursor = max(cursor, end)
    if cursor < length:
        outside.append(Region(cursor, length, "other"))
    return Region(0, body_end, None), outside


def _families(highlights: tuple[Highlight, ...]) -> list[str]:
    return list(dict.fromkeys(h.reason.family for h in highlights))


def _signals(highlights: tuple[Highlight, ...]) -> list[str]:
    return list(dict.fromkeys(h.reason.signal for h in highlights))


def points(impact: float) -> str:
    """Score points as an editor reads them: a sign always, and a real minus."""
    return f"{impact:+.1f}".replace("-", "\u2212")


def _tip(highlights: tuple[Highlight, ...]) -> str:
    reasons = {h.reason_index: h.reason for h in highlights}
    return "\n".join(f"{points(r.impact)} {r.signal}: {r.message}" for r in reasons.values())


def _stripes(families: list[str]) -> str:
    """Horizontal bands, one per family, so a passage two families flagged shows both colours."""
    share = 100 / len(families)
    stops = ", ".join(f"{family_style(f).tint} {i * share:.0f}% {(i + 1) * share:.0f}%" for i, f in enumerate(families))
    return f"background: linear-gradient(180deg, {stops})"


def family_class(family: str) -> str:
    # Class names come from the known families only: a family is data, not markup.
    return f"f-{family}" if family in FAMILIES else "f-other"


class _Pieces:
    """Renders pieces, numbering the ones that are the first piece of some evidence span."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.count = 0
        self.first_piece: dict[str, str] = {}

    def piece(self, segment: Segment[Highlight]) -> str:
        content = escape(self.text[segment.start : segment.end])
        if not segment.covering:
            return content
        covering = segment.covering
        families = _families(covering)
        signals = _signals(covering)
        spoken = ", ".join(signal.replace("_", " ") for signal in signals)
        starting = [h for h in covering if h.key not in self.first_piece]
        attributes = {
            "class": " ".join(
                ["hl", *(family_class(f) for f in families), *(["hl-stacked"] if len(covering) > 1 else [])]
            ),
            "tabindex": "0",
            "data-signals": " ".join(signals),
            "data-families": " ".join(families),
            "data-evidence": " ".join(h.key for h in covering),
            "data-tip": _tip(covering),
            # Names the signals, then the passage, so a screen reader hears both.
            "aria-label": f"{spoken}: {self.text[segment.start : segment.end]}",
            "aria-describedby": " ".join(dict.fromkeys(f"reason-{h.reason_index}-message" for h in covering)),
        }
        if starting:
            self.count += 1
            attributes["id"] = f"hl-{self.count}"
            attributes["data-markers"] = "".join(family_style(h.reason.family).letter for h in starting)
            for highlight in starting:
                self.first_piece[highlight.key] = attributes["id"]
        if len(families) > 1:
            attributes["style"] = _stripes(families)
        rendered = " ".join(f'{name}="{escape(value)}"' for name, value in attributes.items())
        return f"<mark {rendered}>{content}</mark>"


class _Headings:
    """Which pieces lie in the title or a heading, so the plain text keeps its outline."""

    def __init__(self, article: Article) -> None:
        spans = [article.title, *article.headings] if article.title else list(article.headings)
        self.spans = sorted((span.start, span.end) for span in spans if span.end > span.start)
        self.starts = [start for start, _ in self.spans]

    def bounds(self) -> list[int]:
        return [bound for span in self.spans for bound in span]

    def contains(self, segment: Segment[Highlight]) -> bool:
        index = bisect_right(self.starts, segment.start) - 1
        return index >= 0 and segment.end <= self.spans[index][1]


def highlight_text(article: Article, result: ScoreResult) -> HighlightedText:
    text = article.text
    highlights = collect_highlights(result)
    article_region, outside_regions = layout_regions(article)
    regions = [article_region, *outside_regions]
    headings = _Headings(article)
    segments = split_at_spans(
        len(text),
        [(h.evidence.start, h.evidence.end, h) for h in highlights],
        cuts=[*(bound for region in regions for bound in (region.start, region.end)), *headings.bounds()],
    )
    pieces = _Pieces(text)
    rendered: list[list[str]] = [[] for _ in regions]
    covered = [False] * len(regions)
    region_index = 0
    for segment in segments:
        while segment.start >= regions[region_index].end:
            region_index += 1
        piece = pieces.piece(segment)
        rendered[region_index].append(f'<b class="heading">{piece}</b>' if headings.contains(segment) else piece)
        covered[region_index] = covered[region_index] or bool(segment.covering)
    outside = tuple(
        (region.kind or "other", "".join(html))
        for region, html, has_evidence in zip(outside_regions, rendered[1:], covered[1:], strict=True)
        # Blank lines between blocks are layout, not content; show them only if evidence is there.
        if has_evidence or text[region.start : region.end].strip()
    )
    first_highlight: dict[int, str] = {}
    for highlight in sorted(highlights, key=lambda h: h.evidence.start):
        target = pieces.first_piece.get(highlight.key)
        if target and highlight.reason_index not in first_highlight:
            first_highlight[highlight.reason_index] = target
    return HighlightedText("".join(rendered[0]), outside, first_highlight, dict(pieces.first_piece))
