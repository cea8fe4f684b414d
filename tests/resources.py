"""Sample articles written for these tests, shared by several test modules."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parent / "data"
CONTENT_FARM_TEXT = DATA / "content_farm.txt"
CONTENT_FARM_HTML = DATA / "content_farm.html"
WELL_SOURCED_TEXT = DATA / "well_sourced.txt"
WELL_SOURCED_HTML = DATA / "well_sourced.html"
ROOT = Path(__file__).parent.parent
TRAINING_ARTICLES = ROOT / "training_data" / "articles"
BLIND_SPOTS = ROOT / "training_data" / "blind_spots"


def article_text(body: str, title: str = "A headline for the test article") -> str:
    """A plain-text article: a title line, a blank line, then the body."""
    return f"{title}\n\n{body}"
