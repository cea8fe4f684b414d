"""Read one article from a file, stdin, bytes or a string, whatever its format."""

from __future__ import annotations

import sys
from pathlib import Path

from scorer.article import Article
from scorer.decoding import decode_bytes, strip_control_characters
from scorer.errors import InputError
from scorer.html_page import looks_like_html, parse_html
from scorer.plaintext import parse_plain_text

MAX_INPUT_BYTES = 20_000_000
MIN_WORDS = 25


def read_source(source: str | Path, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of a file path, or of stdin for "-"."""
    if str(source) == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        name = "stdin"
    else:
        path = Path(source)
        if not path.exists():
            raise InputError(f"{path}: no such file")
        if path.is_dir():
            raise InputError(f"{path}: is a folder; score one file, or use `scorer batch` for a folder")
        try:
            with path.open("rb") as handle:
                data = handle.read(max_bytes + 1)
        except OSError as error:
            raise InputError(f"{path}: cannot be read ({error.strerror})") from error
        name = str(path)
    if len(data) > max_bytes:
        raise InputError(f"{name}: larger than the limit of {max_bytes:,} bytes (raise it with --max-bytes)")
    return data


def article_from_bytes(data: bytes, url: str | None = None) -> Article:
    return article_from_text(decode_bytes(data), url=url)


def article_from_text(text: str, url: str | None = None, html: bool | None = None) -> Article:
    """Build an Article from text that is either plain text or an HTML page."""
    text = strip_control_characters(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise InputError("the input is empty")
    is_html = looks_like_html(text) if html is None else html
    article = parse_html(text, url=url) if is_html else parse_plain_text(text)
    words = len(article.body_text.split())
    if words < MIN_WORDS:
        raise InputError(f"the article is too short to score ({words} words; at least {MIN_WORDS} needed)")
    return article


def read_article(source: str | Path, max_bytes: int = MAX_INPUT_BYTES) -> Article:
    """Read and lay out one article from a path or "-" (stdin)."""
    data = read_source(source, max_bytes)
    try:
        return article_from_bytes(data)
    except InputError as error:  # say which input: "notes.txt: the input is empty"
        name = "stdin" if str(source) == "-" else str(source)
        raise InputError(f"{name}: {error}") from error
