"""Corpora for the batch tests, built from the project's own training articles."""

from __future__ import annotations

import json
from pathlib import Path

from scorer.corpus import parse_front_matter
from tests.resources import TRAINING_ARTICLES


def project_articles(count: int) -> list[tuple[str, str]]:
    """(id, text) of `count` articles, cycling through the corpus if it is smaller."""
    files = sorted(TRAINING_ARTICLES.rglob("*.txt"))
    articles = []
    for number in range(count):
        path = files[number % len(files)]
        _, text = parse_front_matter(path.read_text(encoding="utf-8"))
        articles.append((f"{path.stem}-{number}", text))
    return articles


def write_jsonl(path: Path, count: int, extra_lines: list[str] = ()) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for record_id, text in project_articles(count):
            handle.write(json.dumps({"id": record_id, "text": text}) + "\n")
        for line in extra_lines:
            handle.write(line + "\n")
    return path


def read_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
