"""The article value every signal reads: one text, and where its parts are.

Plain text and HTML pages both end up as an ``Article``: a single ``text`` (for HTML, the
extracted main text with the page furniture that extraction throws away appended as blocks)
and spans that say where the title, the header lines (byline, date), the body, the headings
and the trailing blocks (teasers, link lists, comment forms, share bars) sit in that text.
Evidence offsets always point into ``Article.text``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

BlockKind = Literal["teaser", "links", "comments", "share", "other"]


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True)
class Link:
    """A hyperlink found on an HTML page."""

    href: str
    text: str
    in_body: bool
    outbound: bool


@dataclass(frozen=True)
class Block:
    """A block outside the article's body: related teasers, a link list, a comment form..."""

    kind: BlockKind
    span: Span
    heading: Span | None
    items: tuple[Span, ...] = ()
    link_count: int = 0


@dataclass(frozen=True)
class Article:
    text: str
    format: Literal["text", "html"]
    body: Span
    title: Span | None = None
    header: Span | None = None
    headings: tuple[Span, ...] = ()
    paragraphs: tuple[Span, ...] = ()
    blocks: tuple[Block, ...] = ()
    links: tuple[Link, ...] = ()
    author: str | None = None
    published: str | None = None
    site: str | None = None
    # An HTML page whose date element is present but empty (plain text shows it as "Date:").
    empty_date_element: bool = False

    @property
    def title_text(self) -> str:
        return self.title.of(self.text) if self.title else ""

    @property
    def body_text(self) -> str:
        return self.body.of(self.text)
