"""Reading articles: plain-text layout, HTML extraction with its furniture, and decoding."""

from __future__ import annotations

import pytest

from scorer.decoding import decode_bytes
from scorer.errors import InputError
from scorer.html_page import looks_like_html
from scorer.reading import article_from_bytes, article_from_text, read_article
from tests.resources import CONTENT_FARM_HTML, CONTENT_FARM_TEXT, WELL_SOURCED_HTML, WELL_SOURCED_TEXT


def test_plain_text_layout_finds_title_header_body_and_blocks() -> None:
    article = read_article(CONTENT_FARM_TEXT)
    text = article.text
    assert article.format == "text"
    assert article.title_text.startswith("Kremlin Quietly Moves Generals")
    assert article.header is not None and article.header.of(text) == "Date:"
    assert article.body_text.startswith("The situation on the Black Sea")
    assert article.body_text.endswith("new and dangerous phase.")
    kinds = [block.kind for block in article.blocks]
    assert kinds[:2] == ["links", "comments"] and "teaser" in kinds
    teasers = [item.of(text) for b in article.blocks if b.kind == "teaser" for item in b.items]
    assert teasers[0].startswith("7 Altcoins Set to Explode")
    assert "Is This the Beginning of the End for Russian Crimea?" in [h.of(text) for h in article.headings]


def test_story_with_a_related_line_in_the_middle_keeps_its_body() -> None:
    body = (
        "First paragraph of the story with enough words to be a real paragraph of news. " * 3
        + "\n\nRelated\n\n"
        + "A long second paragraph that continues the story after the inline related link. " * 5
    )
    article = article_from_text("Headline\n\n" + body)
    assert article.body_text.endswith("inline related link.")
    assert all(block.items == () for block in article.blocks)


def test_html_page_keeps_the_furniture_trafilatura_drops() -> None:
    article = read_article(CONTENT_FARM_HTML)
    text = article.text
    assert article.format == "html"
    assert article.title_text == "Kremlin Quietly Moves Generals Out of Crimea as Ukrainian Drones Close In"
    assert "LEAVE A REPLY" not in article.body_text
    assert article.empty_date_element
    blocks = {block.kind: block for block in article.blocks}
    assert {"comments", "teaser", "links"} <= set(blocks)
    assert "LEAVE A REPLY" in blocks["comments"].span.of(text)
    teaser_items = [item.of(text) for block in article.blocks if block.kind == "teaser" for item in block.items]
    assert "7 Altcoins Set to Explode Before the Next Bitcoin Halving" in teaser_items
    assert blocks["links"].link_count == 0 and len(blocks["links"].items) == 3


def test_html_metadata_and_outbound_body_links() -> None:
    article = read_article(WELL_SOURCED_HTML)
    assert article.author == "Teresa Okafor"
    assert article.published == "2025-03-12"
    body_links = [link.href for link in article.links if link.in_body and link.outbound]
    assert "https://www.lanerivercounty.example/budget/flood-barrier-2025.pdf" in body_links
    assert not any("rivertonledger.example" in href for href in body_links)
    assert not any("sharer" in link.href for link in article.links)


def test_html_is_recognised_by_content_not_name(tmp_path) -> None:
    page = tmp_path / "story.txt"
    page.write_bytes(WELL_SOURCED_HTML.read_bytes())
    assert read_article(page).format == "html"
    assert looks_like_html(WELL_SOURCED_HTML.read_text())
    assert not looks_like_html(WELL_SOURCED_TEXT.read_text())
    assert not looks_like_html("The <b> tag is bold; use 5 < 6 in text.")


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-16", "utf-8-sig"])
def test_non_utf8_text_is_decoded(encoding: str) -> None:
    text = WELL_SOURCED_TEXT.read_text().replace("neighbourhoods", "quartiers café").replace("—", "-")
    article = article_from_bytes(text.encode(encoding))
    assert "quartiers café" in article.text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"PK\x03\x04\x14\x00\x00\x00", "ZIP"),
        (bytes(range(256)) * 4, "binary"),
    ],
)
def test_binary_input_is_refused(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        decode_bytes(data)


@pytest.mark.parametrize(
    ("text", "message"),
    [("", "empty"), ("   \n\t ", "empty"), ("Short headline\n\nToo short to score.", "too short")],
)
def test_empty_and_too_short_input_is_refused(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        article_from_text(text)


def test_html_page_without_article_text_is_refused() -> None:
    with pytest.raises(InputError, match="no article text"):
        article_from_text("<!DOCTYPE html><html><head><title>x</title></head><body><script>x()</script></body></html>")
