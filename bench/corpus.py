"""Benchmark inputs: the project's own articles, and ../shared/datasets when present."""

from __future__ import annotations

import json
from pathlib import Path

from scorer.corpus import parse_front_matter

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "training_data" / "articles"
SHARED_DATASETS = ROOT.parent / "shared" / "datasets"


def project_articles(suffix: str) -> list[str]:
    """Texts (front matter removed) of the project's .txt or .html articles."""
    return [parse_front_matter(p.read_text(encoding="utf-8"))[1] for p in sorted(ARTICLES.rglob(f"*{suffix}"))]


def shared_texts(limit: int = 400) -> list[str]:
    """Real articles for timing only (never trained on, never copied into the project)."""
    texts: list[str] = []
    for path in sorted(SHARED_DATASETS.glob("*.jsonl")) if SHARED_DATASETS.exists() else []:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                texts.append(f"{row.get('title') or ''}\n\n{row['text']}")
                if len(texts) >= limit:
                    return texts
    return texts


def words(text: str) -> int:
    return len(text.split())
