"""HTML page to Article: trafilatura finds the story; we keep what it throws away.

trafilatura extracts the main text and metadata well, but discards exactly what a content
farm gives itself away by: the teaser blocks under the story, the comment form, the share
bar, and the links. We scan the page for those first, then hand the same tree to trafilatura.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from urllib.parse import urlsplit

from scorer.article import Article, Block, BlockKind, Link, Span
from scorer.decoding import strip_control_characters
from scorer.errors import InputError
from scorer.plaintext import block_kind_of_heading, find_headings, find_link_lists

# class/id words of the containers that hold page furniture, by the kind of block.
_FURNITURE_CLASS_RE = re.compile(
    r"(?P<comments>comment|respond|reply|disqus|discussion)|"
    r"(?P<share>share|sharing|social|newsletter|subscri|follow|signup|sign-up)|"
    r"(?P<links>further-reading|references|sources-list)|"
    r"(?P<teaser>related|popular|trending|recommend|teaser|widget|sidebar|most-read|mostread|"
    r"also-like|more-stories|more-news|read-next|yarpp|td_block|td-block|outbrain|taboola|"
    r"promo|latest)",
    re.IGNORECASE,
)
_FURNITURE_TAGS = {"aside", "form", "footer"}
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "head"}
_LEAF_BLOCK_TAGS = {
    "p",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "dt",
    "dd",
    "label",
    "button",
    "figcaption",
    "a",
    "span",
    "div",
    "td",
    "th",
    "time",
    "textarea",
    "input",
    "section",
    "header",
    "blockquote",
}
_DATE_CLASS_RE = re.compile(r"date|time|published|posted-on", re.IGNORECASE)
_SHARE_INTENT_RE = re.compile(r"sharer|/intent/|/share\?|mailto:|whatsapp:|addtoany|pinterest\.com/pin", re.IGNORECASE)
_MAX_BLOCK_SHARE_OF_PAGE = 0.6


def looks_like_html(text: str) -> bool:
    """Recognise an HTML page by its content, not its file name."""
    head = text[:4000].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in text[:20000].lower():
        return True
    tags = re.findall(r"</?(?:html|head|body|div|p|article|span|a|meta|title|section|br)\b", head)
    return len(tags) >= 5


def parse_html(html: str, url: str | None = None) -> Article:
    """Extract the story, its metadata, links and the page furniture around it."""
    import lxml.html
    import trafilatura
    from lxml.etree import ParserError

    html = strip_control_characters(html)  # parse_html is public: callers may skip reading.py
    try:
        tree = lxml.html.document_fromstring(html)
    except (ParserError, ValueError) as error:
        raise InputError(f"could not parse the HTML page: {error}") from error
    for element in tree.xpath("//script|//style|//noscript|//template"):
        element.drop_tree()
    page_host = _page_host(tree, url)
    furniture = list(_furniture_elements(tree))
    # Elements themselves, not id(): lxml's proxies are recycled, and a recycled id matches a stranger.
    furniture_elements = {el for el, _ in furniture}
    raw_links = list(_links(tree, furniture_elements, page_host))
    block_drafts = [(kind, lines, _anchor_count(el)) for el, kind in furniture if (lines := list(_element_lines(el)))]
    empty_date = _has_empty_date_element(tree)
    anchors_by_list_heading = dict(_link_lists(tree))

    try:
        document = trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (ValueError, RecursionError) as error:
        raise InputError(f"the HTML page could not be extracted ({type(error).__name__})") from error
    if document is None or not (document.text or "").strip():
        raise InputError("the HTML page holds no article text that could be extracted")
    title = (document.title or "").strip()
    body_lines = [line.strip() for line in document.text.split("\n") if line.strip()]
    if body_lines and title and body_lines[0] == title:
        body_lines = body_lines[1:]
    if not body_lines:
        raise InputError("the HTML page holds no article text that could be extracted")

    composer = _TextComposer()
    title_span = composer.add_line(title) if title else None
    header_start = composer.position
    if document.author:
        composer.add_line(f"By {document.author.strip()}")
    if document.date:
        composer.add_line(f"Published {document.date}")
    header = Span(header_start, composer.position) if composer.position > header_start else None
    composer.paragraph_break()
    body_start = composer.position
    paragraphs = tuple(composer.add_paragraph(line) for line in body_lines)
    body = Span(body_start, paragraphs[-1].end)
    body_text = "\n".join(body_lines)
    blocks = []
    for kind, lines, anchors in block_drafts:
        if _mostly_in(lines, body_text):
            continue
        composer.paragraph_break()
        spans = [composer.add_line(line) for line in lines]
        heading = spans[0] if block_kind_of_heading(lines[0]) or len(spans) > 1 else None
        items = tuple(spans[1:] if heading else spans)
        blocks.append(
            Block(kind=kind, span=Span(spans[0].start, spans[-1].end), heading=heading, items=items, link_count=anchors)
        )
    text = composer.text()
    for inline in find_link_lists(text, paragraphs):
        heading = " ".join(inline.heading.of(text).split()) if inline.heading else ""
        anchors = anchors_by_list_heading.get(heading.rstrip(":").lower(), 0)
        blocks.append(
            Block(kind="links", span=inline.span, heading=inline.heading, items=inline.items, link_count=anchors)
        )
    links = tuple(
        Link(href=href, text=anchor, in_body=in_furniture is False and anchor in body_text, outbound=outbound)
        for href, anchor, in_furniture, outbound in raw_links
    )
    return Article(
        text=text,
        format="html",
        title=title_span,
        header=header,
        body=body,
        headings=find_headings(text, paragraphs),
        paragraphs=paragraphs,
        blocks=tuple(blocks),
        links=links,
        author=document.author,
        published=document.date,
        site=document.sitename,
        empty_date_element=empty_date and not document.date,
    )


class _TextComposer:
    """Builds the article text line by line, remembering where each piece went."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self.position = 0

    def add_line(self, line: str) -> Span:
        if self._parts and not self._parts[-1].endswith("\n"):
            self._append("\n")
        start = self.position
        self._append(line)
        return Span(start, self.position)

    def add_paragraph(self, line: str) -> Span:
        self.paragraph_break()
        return self.add_line(line)

    def paragraph_break(self) -> None:
        if not self._parts:
            return
        tail = self._parts[-1]
        self._append("\n\n" if not tail.endswith("\n") else ("" if tail.endswith("\n\n") else "\n"))

    def _append(self, piece: str) -> None:
        if not piece:
            return
        self._parts.append(piece)
        self.position += len(piece)

    def text(self) -> str:
        return "".join(self._parts)


def _page_host(tree, url: str | None) -> str | None:
    candidates = [url] if url else []
    candidates += tree.xpath("//link[@rel='canonical']/@href")
    candidates += tree.xpath("//meta[@property='og:url']/@content")
    for candidate in candidates:
        host = _host(candidate)
        if host:
            return host
    return None


def _host(href: str) -> str | None:
    try:
        host = urlsplit(href.strip()).hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None


def _furniture_kind(element) -> BlockKind | None:
    tag = element.tag if isinstance(element.tag, str) else ""
    names = " ".join(filter(None, (element.get("class"), element.get("id"), element.get("role"))))
    match = _FURNITURE_CLASS_RE.search(names) if names else None
    if match:
        return next(k for k, v in match.groupdict().items() if v)  # type: ignore[return-value]
    if tag in _FURNITURE_TAGS:
        if tag == "form" and element.xpath(".//textarea"):
            return "comments"
        return {"aside": "teaser", "form": "share", "footer": "other"}.get(tag)
    return None


def _furniture_elements(tree) -> Iterator[tuple[object, BlockKind]]:
    """Outermost furniture containers, skipping any that would swallow the whole story."""
    page_chars = max(1, len(tree.text_content()))
    stack = [tree]
    while stack:
        element = stack.pop()
        for child in reversed(list(element)):
            if not isinstance(child.tag, str) or child.tag in _SKIP_TAGS:
                continue
            kind = _furniture_kind(child)
            holds_story = child.tag == "article" or child.xpath(".//article")
            too_big = len(child.text_content()) > _MAX_BLOCK_SHARE_OF_PAGE * page_chars
            if kind and not holds_story and not too_big:
                yield child, kind
            else:
                stack.append(child)


def _element_lines(element) -> Iterator[str]:
    """The visible text of a block, one line per leaf element, plus form placeholders."""
    for node in element.iter():
        if not isinstance(node.tag, str) or node.tag in _SKIP_TAGS:
            continue
        if node.tag in ("input", "textarea"):
            label = node.get("placeholder") or (node.get("value") if node.get("type") == "submit" else None)
            if label and label.strip():
                yield label.strip()
            continue
        if node.tag not in _LEAF_BLOCK_TAGS:
            continue
        if any(isinstance(c.tag, str) and c.tag in _LEAF_BLOCK_TAGS for c in node.iterdescendants()):
            # Only text directly in a container counts here; its children report their own.
            own = " ".join(t.strip() for t in [node.text or ""] if t and t.strip())
            if own:
                yield own
            continue
        line = " ".join(node.text_content().split())
        if line:
            yield line


def _anchor_count(element) -> int:
    return len([href for href in element.xpath(".//a/@href") if href.strip() not in ("", "#")])


def _links(tree, furniture_elements: set, page_host: str | None) -> Iterator[tuple[str, str, bool, bool]]:
    chrome = set(tree.xpath("//nav|//header|//footer"))
    hosts = Counter()
    anchors = []
    for anchor in tree.xpath("//a[@href]"):
        href = anchor.get("href", "").strip()
        if not href.lower().startswith(("http://", "https://")) or _SHARE_INTENT_RE.search(href):
            continue
        in_furniture = any(parent in furniture_elements or parent in chrome for parent in anchor.iterancestors())
        host = _host(href)
        if in_furniture and host:
            hosts[host] += 1
        anchors.append((href, " ".join(anchor.text_content().split()), in_furniture, host))
    # Without a canonical URL, the host that the site's own navigation points to is the site.
    site_host = page_host or (hosts.most_common(1)[0][0] if hosts else None)
    for href, text, in_furniture, host in anchors:
        yield href, text, in_furniture, bool(host) and host != site_host


def _has_empty_date_element(tree) -> bool:
    for element in tree.xpath("//time|//*[@class or @id or @itemprop]"):
        names = " ".join(filter(None, (element.get("class"), element.get("id"), element.get("itemprop"))))
        if element.tag != "time" and not _DATE_CLASS_RE.search(names):
            continue
        if len(element) == 0 and not element.text_content().strip() and not element.get("datetime"):
            return True
    return False


def _mostly_in(lines: list[str], body_text: str) -> bool:
    """A block whose lines trafilatura already kept in the body is not furniture."""
    long_lines = [line for line in lines if len(line) > 30]
    if not long_lines:
        return False
    inside = sum(1 for line in long_lines if line in body_text)
    return inside / len(long_lines) > 0.5


def _link_lists(tree) -> Iterator[tuple[str, int]]:
    """(heading, anchors) for each list that follows a "Further reading"-style heading."""
    for listing in tree.xpath("//ul|//ol"):
        previous = listing.getprevious()
        if previous is None:
            continue
        heading = " ".join(previous.text_content().split())
        if block_kind_of_heading(heading) == "links":
            yield heading.rstrip(":").lower(), _anchor_count(listing)
