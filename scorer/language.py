"""Is the article in English? The signals are English patterns; elsewhere a score means nothing."""

from __future__ import annotations

import re

# The most frequent English function words: in English prose they make up 35-50% of words;
# in French, German or Spanish prose, a few percent (shared words like 'a', 'in', 'of'...).
_ENGLISH_FUNCTION_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "a",
        "in",
        "is",
        "that",
        "for",
        "it",
        "was",
        "on",
        "with",
        "as",
        "he",
        "be",
        "by",
        "at",
        "his",
        "this",
        "are",
        "from",
        "have",
        "or",
        "had",
        "an",
        "they",
        "not",
        "but",
        "were",
        "which",
        "she",
        "her",
        "their",
        "has",
        "been",
        "its",
        "who",
        "will",
        "would",
        "said",
        "there",
        "one",
        "all",
        "we",
        "can",
    ]
)
_WORD_RE = re.compile(r"[^\W\d_]+")
MIN_ENGLISH_SHARE = 0.15
MIN_WORDS_TO_JUDGE = 20


def english_share(text: str, sample_words: int = 3000) -> float | None:
    """Share of English function words among the first words of text (None if too few words)."""
    words = [w.lower() for w in _WORD_RE.findall(text[: sample_words * 12])][:sample_words]
    if len(words) < MIN_WORDS_TO_JUDGE:
        return None
    return sum(1 for word in words if word in _ENGLISH_FUNCTION_WORDS) / len(words)


def looks_english(text: str) -> bool:
    share = english_share(text)
    return share is None or share >= MIN_ENGLISH_SHARE
