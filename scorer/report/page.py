"""One article's report page: score and band, legend, highlighted text, and the reasons."""

from __future__ import annotations

from html import escape

from scorer.article import Article
from scorer.report.assets import PAGE_CSS, html_document
from scorer.report.highlight import BLOCK_LABELS, HighlightedText, evidence_key, family_class, highlight_text, points
from scorer.report.palette import FAMILIES, family_style
from scorer.scoring import Reason, ScoreResult

_QUOTE_CHARS = 160


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _QUOTE_CHARS else text[: _QUOTE_CHARS - 1] + "…"


def _summary(result: ScoreResult, title: str, source: str | None, back_href: str | None) -> str:
    facts = [
        f"{result.article.get('format', '?')}, {result.article.get('words', '?')} words",
        *(
            f"{label} {result.article[key]}"
            for key, label in (("author", "by"), ("published", "published"))
            if result.article.get(key)
        ),
        *([str(result.article["site"])] if result.article.get("site") else []),
        *([source] if source else []),
    ]
    back = f'<p class="meta"><a href="{escape(back_href)}">← All articles</a></p>' if back_href else ""
    return (
        f'<header class="wrap">{back}<div class="summary">'
        f'<div class="score band-{escape(result.band)}"><span class="num">{result.score}</span>'
        f'<span class="band">{escape(result.band)} reliability</span></div>'
        f"<div><h1>{escape(title)}</h1>"
        f'<p class="meta">Score {result.score}/100 · {escape(" · ".join(facts))}</p>'
        + "".join(f'<p class="meta" role="alert"><strong>Warning:</strong> {escape(w)}</p>' for w in result.warnings)
        + "</div></div></header>"
    )


def _legend(result: ScoreResult) -> str:
    counts = {family: 0 for family in FAMILIES}
    for reason in result.reasons:
        counts[reason.family] = counts.get(reason.family, 0) + len(reason.evidence)
    items = "".join(
        f'<li><span class="swatch {family_class(family)}"><span class="letter" aria-hidden="true">'
        f"{escape(family_style(family).letter)}</span> {escape(family)}</span> "
        f"{escape(family_style(family).gist)} ({count} passage{'' if count == 1 else 's'})</li>"
        for family, count in counts.items()
    )
    return (
        f'<ul class="legend" aria-label="Legend: signal families">{items}'
        "<li>Overlapping passages show every family: stacked colour bands, a double underline, a letter "
        "per passage. Hover over or focus a highlight for its reason.</li></ul>"
    )


def _reason_item(index: int, reason: Reason, highlighted: HighlightedText) -> str:
    target = highlighted.first_highlight.get(index)
    message_id = f"reason-{index}-message"
    if target:
        message = f'<a id="{message_id}" href="#{target}" data-goto="{target}">{escape(reason.message)}</a>'
    else:
        message = f'<span id="{message_id}">{escape(reason.message)}</span>'
    quotes = []
    for number, evidence in enumerate(reason.evidence):
        quoted = f"“{escape(_quote(evidence.text))}”"
        where = highlighted.evidence_targets.get(evidence_key(index, number))
        if where:
            quoted = f'<a href="#{where}" data-goto="{where}">{quoted}</a>'
        quotes.append(f'<li>{quoted} <span class="where">chars {evidence.start}–{evidence.end}</span></li>')
    details = (
        f'<ul class="quotes">{"".join(quotes)}</ul>'
        if quotes
        else '<p class="quotes where">No passage to point at: measured over the whole text.</p>'
    )
    direction = "lowers" if reason.impact < 0 else "raises"
    return (
        f'<li class="reason {direction} {family_class(reason.family)}" data-reason="{escape(reason.signal)}">'
        f'<div class="head"><span class="impact" title="score points">{points(reason.impact)}</span>'
        f'<span><span class="letter" aria-hidden="true">{escape(family_style(reason.family).letter)}</span> '
        f'{message} <span class="signal">{escape(reason.signal)} · {escape(reason.family)}</span></span></div>'
        f"{details}</li>"
    )


def _reasons(result: ScoreResult, highlighted: HighlightedText) -> str:
    parts = [
        '<aside class="reasons" id="reasons" aria-labelledby="reasons-heading">',
        '<h2 id="reasons-heading">Reasons</h2>',
        '<p class="note">Score points each signal adds or takes away, strongest first. '
        "Click a reason or a quote to see it in the text.</p>",
    ]
    for heading, lowers in (("What lowers the score", True), ("What raises the score", False)):
        items = [
            _reason_item(index, reason, highlighted)
            for index, reason in enumerate(result.reasons)
            if (reason.impact < 0) == lowers
        ]
        if items:
            parts.append(f"<h3>{heading}</h3><ol>{''.join(items)}</ol>")
    if not result.reasons:
        parts.append('<p class="note">No signal moved the score by half a point or more.</p>')
    parts.append("</aside>")
    return "".join(parts)


def _outside(highlighted: HighlightedText) -> str:
    if not highlighted.outside:
        return ""
    blocks = "".join(
        f'<section class="block block-{escape(kind)}"><h3>{escape(BLOCK_LABELS.get(kind, kind))}</h3>'
        f'<div class="text">{html}</div></section>'
        for kind, html in highlighted.outside
    )
    return (
        '<section class="outside" aria-labelledby="outside-heading">'
        '<h2 id="outside-heading">Found outside the article</h2>'
        '<p class="note">Page furniture that extraction set apart from the story: teasers, link lists, '
        "comment forms, share bars. scorer reads it too.</p>"
        f"{blocks}</section>"
    )


def render_page(article: Article, result: ScoreResult, source: str | None = None, back_href: str | None = None) -> str:
    """The self-contained HTML report for one scored article.

    ``source`` names where the article came from (a path); ``back_href`` adds a link back to a
    batch index.
    """
    highlighted = highlight_text(article, result)
    title = str(result.article.get("title") or article.title_text or "(no title)")
    body = (
        '<a class="skip" href="#reasons">Skip to the reasons</a>'
        f"{_summary(result, title, source, back_href)}"
        f'<main class="wrap">{_legend(result)}<div class="columns">'
        '<div><section aria-labelledby="article-heading"><h2 id="article-heading">Article text</h2>'
        f'<div class="text">{highlighted.article_html}</div></section>{_outside(highlighted)}</div>'
        f"{_reasons(result, highlighted)}</div></main>"
        f'<footer class="wrap">Model {escape(str(result.model.get("name", "?")))} '
        f"{escape(str(result.model.get('version', '?')))}, scorer {escape(str(result.model.get('scorer', '?')))}. "
        "Impacts are score points; they add up to the score given.</footer>"
    )
    return html_document(f"{result.score}/100 {escape(result.band)}: {escape(title)}", PAGE_CSS, body, True)
