"""The project's own corpus: every record well formed, labelled, explained and readable."""

from __future__ import annotations

from collections import Counter

import pytest

from scorer.corpus import parse_front_matter, read_labelled
from scorer.reading import article_from_text
from tests.resources import BLIND_SPOTS, TRAINING_ARTICLES

FILES = sorted(
    p for folder in (TRAINING_ARTICLES, BLIND_SPOTS) for p in folder.rglob("*") if p.suffix in (".txt", ".html")
)


def test_corpus_has_both_labels_many_genres_and_html_pages() -> None:
    records = read_labelled([TRAINING_ARTICLES])
    labels = Counter(record.reliable for record in records)
    assert labels[True] >= 75 and labels[False] >= 75
    assert len({record.genre for record in records}) >= 12
    assert sum(1 for record in records if record.is_html) >= 30


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_record_is_labelled_explained_and_readable(path) -> None:
    meta, text = parse_front_matter(path.read_text(encoding="utf-8"))
    assert meta.get("label") in {"reliable", "unreliable"}
    assert meta.get("genre") == path.parent.name
    assert len(meta.get("rationale", "")) > 20
    article = article_from_text(text, html=path.suffix == ".html")
    assert len(article.body_text.split()) >= 25
