"""Views of an article's text that several signals share, computed once per article."""

from __future__ import annotations

import bisect
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import cached_property
from typing import Any, TypeVar

import Stemmer

from scorer.article import Article, Span
from scorer.headline import headline_span
from scorer.wordlists import ABBREVIATIONS, STOPWORDS

T = TypeVar("T")

_SENTENCE_END_RE = re.compile(
    # The look-arounds pin each run of stops to its start and end: a run of 100,000 dots is
    # matched once, not retried at every length from every position (quadratic backtracking).
    r"(?<![.!?…])[.!?…]+(?![.!?…])[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n\s*\n"
)
_THREAD_STATE = threading.local()
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})
# Terms this long may meet a longer or shorter form of themselves ('russia' / 'russian').
_MIN_PREFIX_CHARS = 5
_STEM_CACHE_WORDS = 200_000
_WORD_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


def _stemmer() -> Stemmer.Stemmer:
    # A PyStemmer instance is not thread-safe (it keeps a cache): one per thread.
    stemmer = getattr(_THREAD_STATE, "stemmer", None)
    if stemmer is None:
        # A corpus's vocabulary outgrows the default cache of 10,000 words, and stemming an
        # uncached word costs ~3x a cached one.
        stemmer = _THREAD_STATE.stemmer = Stemmer.Stemmer("english", _STEM_CACHE_WORDS)
    return stemmer


def _content_words(words: Iterable[str]) -> list[str]:
    """The normalised words that carry content: three letters or more, no stop words, no numbers."""
    return [word for word in words if len(word) >= 3 and word not in STOPWORDS and not word.isdigit()]


def _normalised_word(word: str) -> str:
    """Lower case with one apostrophe, so 'Clinton’s' and "clinton's" stem alike."""
    return word.lower().translate(_APOSTROPHES)


def content_term(word: str) -> str | None:
    """A word's Snowball stem, so 'voted' meets 'votes' and 'Clinton’s' meets 'Clinton'; None for stop words."""
    content = _content_words((_normalised_word(word),))
    return _stemmer().stemWord(content[0]) if content else None


def content_terms(text: str) -> list[str]:
    """The content terms of a text, in order (see content_term)."""
    return _stemmer().stemWords(_content_words(map(_normalised_word, _WORD_RE.findall(text))))


def word_matches(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The words of text[start:end], as matches that keep their offsets."""
    return _WORD_RE.finditer(text, start, end)


class TextViews:
    """The article plus lazily computed views of its body that signals share."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self._shared: dict[Callable[..., Any], Any] = {}

    def shared(self, compute: Callable[[TextViews], T]) -> T:
        """compute(self), run once per article however many signals ask for it."""
        if compute not in self._shared:
            self._shared[compute] = compute(self)
        return self._shared[compute]

    @cached_property
    def lower(self) -> str:
        """The text in lower case, offset for offset, for patterns that ignore case.

        Matching lower-case patterns on lower-cased text is ~4x faster in Python's re than
        re.IGNORECASE. A few characters change length when lowered ('İ'); those are kept.
        """
        lowered = self.text.lower()
        if len(lowered) == len(self.text):
            return lowered
        return "".join(c if len(c.lower()) != 1 else c.lower() for c in self.text)

    @cached_property
    def body_text(self) -> str:
        return self.article.body_text

    @cached_property
    def sentences(self) -> tuple[Span, ...]:
        """Sentence spans in the body (offsets into the whole article text)."""
        body = self.article.body
        spans = []
        start = body.start
        for match in _SENTENCE_END_RE.finditer(self.text, body.start, body.end):
            end = match.end()
            if match.group()[0] == "." and _ends_with_abbreviation(self.text, start, match.start() + 1):
                continue
            _append_trimmed(self.text, spans, start, end)
            start = end
        _append_trimmed(self.text, spans, start, body.end)
        return tuple(spans)

    @cached_property
    def words(self) -> list[str]:
        return _WORD_RE.findall(self.body_text)

    @cached_property
    def word_count(self) -> int:
        return len(self.words)

    @cached_property
    def _body_stems(self) -> dict[str, str]:
        """Each distinct content word of the body, normalised, with its stem."""
        # One lower() and translate() over all distinct words at once: per-word calls cost
        # more than the stemming itself.
        distinct = "\n".join(set(self.words)).lower().translate(_APOSTROPHES).split("\n")
        content = _content_words(set(distinct))
        return dict(zip(content, _stemmer().stemWords(content), strict=True))

    @cached_property
    def body_term_set(self) -> frozenset[str]:
        """The body's content terms (see content_term)."""
        return frozenset(self._body_stems.values())

    @cached_property
    def body_terms(self) -> Counter[str]:
        """How often each content term occurs in the body (see content_term)."""
        stems = self._body_stems
        terms: Counter[str] = Counter()
        for word, count in Counter(self.words).items():  # only pages with teasers get here
            term = stems.get(_normalised_word(word))
            if term is not None:
                terms[term] += count
        return terms

    @cached_property
    def headline(self) -> Span | None:
        """The title without a trailing site name ("… – Eagle Rising", "… | POLITICO").

        The site's name is the publisher's, not the headline's: signals that compare the
        headline with the story must not count it.
        """
        title = self.article.title
        return None if title is None else headline_span(self.text, title, self.article.site)

    @cached_property
    def _sorted_body_terms(self) -> list[str]:
        return sorted(self.body_term_set)

    def mentions(self, term: str) -> bool:
        """Whether the body uses a content term, or a longer or shorter form of it.

        Snowball keeps 'Russia' and 'Russian', 'Ukraine' and 'Ukrainian' apart; a headline's
        'Russia' is supported by a story about 'Russian officials'. Short terms must match exactly.
        """
        terms = self.body_term_set
        if term in terms:
            return True
        if len(term) < _MIN_PREFIX_CHARS:
            return False
        ordered = self._sorted_body_terms
        at = bisect.bisect_left(ordered, term)
        if at < len(ordered) and ordered[at].startswith(term):
            return True
        return any(term[:length] in terms for length in range(_MIN_PREFIX_CHARS, len(term)))

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [span.start for span in self.sentences]

    def sentence_index(self, offset: int) -> int | None:
        """Index of the sentence holding offset, or None outside every sentence."""
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return index
        return None

    def sentence_around(self, offset: int, extra: int = 0) -> Span | None:
        """The sentence holding offset, widened by `extra` sentences on each side."""
        index = self.sentence_index(offset)
        if index is None:
            return None
        first = self.sentences[max(0, index - extra)]
        last = self.sentences[min(len(self.sentences) - 1, index + extra)]
        return Span(first.start, last.end)


def _ends_with_abbreviation(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], which ends in a full stop, ends with 'Mr.', 'U.S.' or 'J.'."""
    tokens = text[max(start, end - 16) : end].split()
    if not tokens:
        return False
    word = tokens[-1].rstrip(".").lstrip("(\"'“‘").lower()
    return word in ABBREVIATIONS or len(word) == 1


def _append_trimmed(text: str, spans: list[Span], start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        left = start + (len(chunk) - len(chunk.lstrip()))
        spans.append(Span(left, left + len(stripped)))
