"""Plain text to Article: find the title, header lines, body, headings and trailing blocks.

Text copied from a web page keeps the page's shape: a headline, sometimes "Date:" and "By"
lines, the body with its subheadings, then whatever the page had below the story ("Related",
"Popular", "LEAVE A REPLY", "Share post:"). The signals need to know which is which.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from scorer.article import Article, Block, BlockKind, Span

# Headings that open a block of page furniture below the story, by the kind of block.
_BLOCK_HEADINGS: dict[BlockKind, str] = {
    "links": r"(relevant |related |useful |external )?links?( for further reading)?|"
    r"further reading|sources|references|resources|read more about (this|it)",
    "comments": r"leave a (reply|comment)|comments?|\d+ comments?|post a comment|"
    r"join the discussion|what do you think",
    "share": r"share( this| post| this (post|article|story))?|share on \w+|subscribe|"
    r"follow us|newsletter|sign up for our newsletter|tags",
    "teaser": r"related( posts| articles| stories| news| coverage)?|popular( posts| now)?|"
    r"most (read|popular|viewed)|trending( now)?|more like this|you may (also )?like|"
    r"recommended( for you)?|latest( news| posts)?|more (news|stories)|more from [\w .'-]{2,40}|"
    r"read (more|next)|don't miss|top stories|editor'?s picks|sponsored( content)?|"
    r"around the web|in case you missed it",
}
_BLOCK_HEADING_RE = re.compile(
    r"^\W{0,3}(?:"
    + "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _BLOCK_HEADINGS.items())
    + r")\s*[:»›]?\s*$",
    re.IGNORECASE,
)
_URL_RE = re.compile(r"https?://\S+|www\.\w[\w.-]*\.\w{2,}\S*", re.IGNORECASE)
# A line this long under a furniture heading is the story again, not a teaser or a form label.
_STORY_LINE_CHARS = 200
_STORY_SENTENCE_WORDS = 12
_MAX_TITLE_CHARS = 220
_MAX_HEADER_LINES = 6
_HEADER_LINE_RE = re.compile(
    r"^\s*(by\s|written by|posted (on|by)|published|updated|date\s*:|last updated|"
    r"\w[\w .'-]{1,40}\|\s*\w|reporting by|story by|\(?[A-Z][a-z]+day\b|"
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}|\d{1,2} "
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|"
    r"home\s*[»>/])",
    re.IGNORECASE,
)
_HEADING_MAX_CHARS = 120
_LIST_ITEM_CHARS = 160


def block_kind_of_heading(line: str) -> BlockKind | None:
    """The kind of furniture block a heading line opens, or None if it is not one."""
    match = _BLOCK_HEADING_RE.match(line.strip())
    if not match:
        return None
    return next(kind for kind, value in match.groupdict().items() if value)  # type: ignore[return-value]


def count_urls(text: str) -> int:
    return len(_URL_RE.findall(text))


def _lines(text: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
    """Non-empty lines of text[start:end] as spans without surrounding white space."""
    end = len(text) if end is None else end
    for match in re.finditer(r"[^\n]+", text[start:end]):
        line = match.group()
        stripped = line.strip()
        if stripped:
            left = match.start() + start + (len(line) - len(line.lstrip()))
            yield Span(left, left + len(stripped))


def split_paragraphs(text: str, start: int, end: int) -> tuple[Span, ...]:
    """Paragraphs of text[start:end]: blank-line separated blocks, or lines if it has none."""
    region = text[start:end]
    if len(re.findall(r"\n\s*\n", region)) < 2:
        return tuple(_lines(text, start, end))
    spans = []
    for match in re.finditer(r"\S(?:.*?\S)?(?=\s*\n\s*\n|\s*$)", region, re.DOTALL):
        spans.append(Span(start + match.start(), start + match.end()))
    return tuple(spans)


def find_headings(text: str, paragraphs: tuple[Span, ...]) -> tuple[Span, ...]:
    """Subheadings: short one-line paragraphs that do not end like a sentence."""
    headings = []
    for span in paragraphs:
        chunk = span.of(text)
        if "\n" in chunk or len(chunk) > _HEADING_MAX_CHARS or len(chunk.split()) < 2:
            continue
        if chunk[-1] in ".,;…\"”'’" or chunk.endswith("..."):
            continue
        headings.append(span)
    return tuple(headings)


def _is_story_line(line: str) -> bool:
    """A line of the story itself: a long line or a full sentence, not a snippet cut off with '...'."""
    if line.endswith(("...", "…")):
        return False
    if len(line) >= _STORY_LINE_CHARS:
        return True
    return len(line.split()) >= _STORY_SENTENCE_WORDS and line[-1] in '.!?"”’)'


def _split_furniture(text: str, lines: list[Span]) -> tuple[list[Span], list[Block]]:
    """Separate the story's lines from furniture blocks (a heading and the short lines under it).

    A block ends at the next furniture heading or at the first line that reads as story, so a
    share bar above the story or a "Related" line inside it does not swallow what follows.
    """
    story: list[Span] = []
    blocks: list[Block] = []
    current: tuple[BlockKind, Span, list[Span]] | None = None

    def close() -> None:
        if current is None:
            return
        kind, heading, items = current
        end = items[-1].end if items else heading.end
        blocks.append(
            Block(
                kind=kind,
                span=Span(heading.start, end),
                heading=heading,
                items=_teaser_items(text, items) if kind == "teaser" else tuple(items),
                link_count=count_urls(text[heading.start : end]),
            )
        )

    for line in lines:
        chunk = line.of(text)
        kind = block_kind_of_heading(chunk)
        if kind:
            close()
            current = (kind, line, [])
        elif current is not None and not _is_story_line(chunk):
            current[2].append(line)
        else:
            close()
            current = None
            story.append(line)
    close()
    return story, blocks


def find_link_lists(text: str, paragraphs: tuple[Span, ...]) -> list[Block]:
    """ "Further reading"-style headings inside the body, with the list items under them."""
    lists = []
    for index, paragraph in enumerate(paragraphs):
        lines = list(_lines(text, paragraph.start, paragraph.end))
        if block_kind_of_heading(lines[0].of(text)) != "links":
            continue
        items = lines[1:]
        for following in paragraphs[index + 1 :]:
            following_lines = list(_lines(text, following.start, following.end))
            if any(len(line.of(text)) > _LIST_ITEM_CHARS for line in following_lines):
                break
            items.extend(following_lines)
        items = [line for line in items if len(line.of(text)) <= _LIST_ITEM_CHARS]
        if len(items) < 2:
            continue
        end = items[-1].end
        lists.append(
            Block(
                kind="links",
                span=Span(lines[0].start, end),
                heading=lines[0],
                items=tuple(items),
                link_count=count_urls(text[lines[0].start : end]),
            )
        )
    return lists


def _teaser_items(text: str, lines: list[Span]) -> tuple[Span, ...]:
    """Teaser headlines, each with the snippet line that follows it ("2024 has been...")."""
    items: list[Span] = []
    for line in lines:
        chunk = line.of(text)
        is_snippet = chunk.endswith(("...", "…")) and items
        if is_snippet:
            items[-1] = Span(items[-1].start, line.end)
        else:
            items.append(line)
    return tuple(items)


def parse_plain_text(text: str) -> Article:
    """Lay out a plain-text article."""
    lines = list(_lines(text))
    if not lines:
        return Article(text=text, format="text", body=Span(0, len(text)))
    title = None
    first = lines[0]
    if len(first.of(text)) <= _MAX_TITLE_CHARS and len(lines) > 1:
        title = first
    header_start = header_end = title.end if title else 0
    for line in lines[1 if title else 0 : 1 + _MAX_HEADER_LINES]:
        chunk = line.of(text)
        if len(chunk) <= 120 and (_HEADER_LINE_RE.match(chunk) or chunk.rstrip(":").lower() == "date"):
            if header_end == header_start:
                header_start = line.start
            header_end = line.end
        else:
            break
    remaining = [line for line in lines if line.start >= header_end]
    story, blocks = _split_furniture(text, remaining)
    if not story:
        return Article(text=text, format="text", title=title, body=Span(header_end, header_end), blocks=tuple(blocks))
    body_start, body_end = story[0].start, story[-1].end
    paragraphs = split_paragraphs(text, body_start, body_end)
    return Article(
        text=text,
        format="text",
        title=title,
        header=Span(header_start, header_end) if header_end > header_start else None,
        body=Span(body_start, body_end),
        headings=find_headings(text, paragraphs),
        paragraphs=paragraphs,
        blocks=tuple(blocks),
    )
