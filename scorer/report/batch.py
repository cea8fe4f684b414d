"""A corpus report: one page per article and an index sorted by score, with a band chart.

Pages are written as the items arrive, so a large corpus never sits in memory; only a row
per article is kept for the index.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from html import escape
from pathlib import Path

from scorer.article import Article
from scorer.report.assets import INDEX_CSS, html_document
from scorer.report.page import render_page
from scorer.report.palette import BANDS
from scorer.scoring import ScoreResult

PAGES_FOLDER = "articles"
_UNSAFE_NAME_RE = re.compile(r"[^A-Za-z0-9._-]+")
_MAX_NAME_CHARS = 80


@dataclass(frozen=True)
class IndexRow:
    id: str
    page: str  # relative to the index
    score: int
    band: str
    title: str
    strongest_warning: str


def page_name(article_id: str, taken: set[str]) -> str:
    """A file name for an article id that is safe on any file system and unique in the batch.

    Ids are often paths ("farm/post.html") or URLs: they must not climb out of the folder, and
    two ids differing only in case must not overwrite each other on macOS or Windows.
    """
    stem = _UNSAFE_NAME_RE.sub("-", article_id).strip(".-")[:_MAX_NAME_CHARS] or "article"
    name, number = stem, 1
    while name.lower() in taken:
        number += 1
        name = f"{stem}-{number}"
    taken.add(name.lower())
    return f"{name}.html"


def _row(article_id: str, page: str, article: Article, result: ScoreResult) -> IndexRow:
    warnings = [reason for reason in result.reasons if reason.impact < 0]
    return IndexRow(
        id=article_id,
        page=page,
        score=result.score,
        band=result.band,
        title=str(result.article.get("title") or article.title_text or "(no title)"),
        strongest_warning=warnings[0].message if warnings else "",
    )


def band_chart(counts: dict[str, int]) -> str:
    """Horizontal bars, one per band, each labelled with its name and count (not colour alone)."""
    bar_height, gap, label_width, bar_width = 22, 8, 64, 260
    total = sum(counts.values()) or 1
    bars = []
    for i, band in enumerate(BANDS):
        y = i * (bar_height + gap)
        width = round(bar_width * counts.get(band, 0) / total)
        bars.append(
            f'<text x="0" y="{y + 16}">{band}</text>'
            f'<rect x="{label_width}" y="{y}" width="{width}" height="{bar_height}" fill="{BANDS[band]}"></rect>'
            f'<text x="{label_width + width + 6}" y="{y + 16}">{counts.get(band, 0)}</text>'
        )
    height = len(BANDS) * (bar_height + gap)
    described = ", ".join(f"{band} {counts.get(band, 0)}" for band in BANDS)
    return (
        f'<svg class="chart" role="img" aria-labelledby="chart-title" width="{label_width + bar_width + 50}" '
        f'height="{height}" viewBox="0 0 {label_width + bar_width + 50} {height}" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="chart-title">Articles by band: {described}</title>{"".join(bars)}</svg>'
    )


def render_index(rows: list[IndexRow]) -> str:
    rows = sorted(rows, key=lambda row: (row.score, row.id))
    counts = Counter(row.band for row in rows)
    body_rows = "".join(
        f'<tr><td class="num">{row.score}</td>'
        f'<td><span class="chip band-{escape(row.band)}">{escape(row.band)}</span></td>'
        f'<td><a href="{escape(row.page)}">{escape(row.title)}</a></td>'
        f"<td>{escape(row.id)}</td><td>{escape(row.strongest_warning)}</td></tr>"
        for row in rows
    )
    body = (
        f'<header class="wrap"><div class="summary"><div><h1>Reliability report: {len(rows)} '
        f"article{'' if len(rows) == 1 else 's'}</h1>"
        '<p class="meta">Lowest score first. Each title opens the article with its evidence highlighted.</p>'
        f"</div></div></header>"
        f'<main class="wrap"><h2>Bands</h2>{band_chart(dict(counts))}'
        '<h2>Articles</h2><table><thead><tr><th scope="col">Score</th><th scope="col">Band</th>'
        '<th scope="col">Title</th><th scope="col">Id</th><th scope="col">Strongest warning</th></tr></thead>'
        f"<tbody>{body_rows}</tbody></table></main>"
    )
    return html_document(f"Reliability report: {len(rows)} articles", INDEX_CSS, body)


def write_batch_report(directory: str | Path, items: Iterable[tuple[str, Article, ScoreResult]]) -> Path:
    """Write ``index.html`` and one page per (id, article, result) under ``directory``.

    Returns the index's path. The folder is created if needed; pages go in ``articles/`` so no
    article id can overwrite the index.
    """
    directory = Path(directory)
    pages = directory / PAGES_FOLDER
    pages.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    rows = []
    for article_id, article, result in items:
        name = page_name(str(article_id), taken)
        html = render_page(article, result, source=str(article_id), back_href="../index.html")
        (pages / name).write_text(html, encoding="utf-8")
        rows.append(_row(str(article_id), f"{PAGES_FOLDER}/{name}", article, result))
    index = directory / "index.html"
    index.write_text(render_index(rows), encoding="utf-8")
    return index


class BatchReportWriter:
    """The same report, fed with pages already rendered (by batch workers) as they arrive."""

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)
        self.pages = self.directory / PAGES_FOLDER
        self.pages.mkdir(parents=True, exist_ok=True)
        self._taken: set[str] = set()
        self._rows: list[IndexRow] = []

    def add(self, article_id: str, page_html: str, score: int, band: str, title: str, warning: str) -> None:
        name = page_name(article_id, self._taken)
        (self.pages / name).write_text(page_html, encoding="utf-8")
        self._rows.append(IndexRow(article_id, f"{PAGES_FOLDER}/{name}", score, band, title, warning))

    def finish(self) -> Path:
        index = self.directory / "index.html"
        index.write_text(render_index(self._rows), encoding="utf-8")
        return index
