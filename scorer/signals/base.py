"""What a signal is: an id, a family, plain words for a reader, and a detection.

Most signals are data: a list of patterns searched in one part of the article. The few that
need more (quotes, teasers, readability) give their own detect function.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from scorer import fastre
from scorer.article import Span
from scorer.textviews import TextViews

Family = Literal["attribution", "provenance", "contamination", "style", "readability"]
# How the model reads a value: counts are log-scaled, flags are 0/1, measures are used as is.
Kind = Literal["count", "flag", "measure"]
Scope = Literal["body", "title", "header", "all", "top"]
_TOP_CHARS = 600
MAX_EVIDENCE = 8


@dataclass(frozen=True)
class Evidence:
    """A quote from the article text, with its character offsets."""

    text: str
    start: int
    end: int

    @classmethod
    def at(cls, text: str, start: int, end: int) -> Evidence:
        return cls(text=text[start:end], start=start, end=end)


@dataclass(frozen=True)
class Detection:
    value: float
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Signal:
    id: str
    family: Family
    description: str
    # What it means for a reader when the signal is high / present...
    present: str
    # ...and when it is low / absent (for signals whose absence is itself a warning or a merit).
    absent: str
    detect: Callable[[TextViews], Detection]
    kind: Kind = "count"
    # +1: a merit, never lowers the score; -1: a warning, never raises it; 0: the data decides.
    direction: int = 0
    # False: measured and reported, but not a feature of the model (e.g. length, a confound).
    in_model: bool = True


def scope_span(views: TextViews, scope: Scope) -> Span | None:
    article = views.article
    if scope == "body":
        return article.body
    if scope == "title":
        return article.title
    if scope == "header":
        return article.header
    if scope == "top":
        end = min(len(article.text), article.body.start + _TOP_CHARS)
        return Span(article.title.start if article.title else 0, end)
    return Span(0, len(article.text))


@dataclass(frozen=True)
class LowerCasePattern:
    """A pattern written in lower case, run on TextViews.lower (same offsets as the text).

    Matching lower-case patterns on lower-cased text is ~4x faster in Python's re than
    re.IGNORECASE on the text as written. Where RE2 can compile the pattern (no look-arounds),
    RE2 runs it: another ~5x, and linear time whatever the input.
    """

    regex: re.Pattern[str]  # or its RE2 twin (scorer.fastre)

    def finditer(self, views: TextViews, start: int, end: int) -> Iterable[re.Match[str]]:
        return self.regex.finditer(views.lower, start, end)

    def search(self, views: TextViews, start: int, end: int) -> re.Match[str] | None:
        return self.regex.search(views.lower, start, end)

    def span_in(self, views: TextViews, start: int, end: int) -> tuple[int, int] | None:
        """The first match inside text[start:end], as offsets into the whole text.

        Searches a slice: RE2's binding re-encodes the whole string on every call with offsets,
        which makes many small searches over a long article quadratic.
        """
        match = self.regex.search(views.lower[start:end])
        return None if match is None else (start + match.start(), start + match.end())


def find_all(pattern: re.Pattern[str] | LowerCasePattern, views: TextViews, scope: Scope) -> list[Evidence]:
    """Every match in the scope, as evidence quoting the text as written."""
    span = scope_span(views, scope)
    if span is None:
        return []
    text = views.text
    if isinstance(pattern, LowerCasePattern):
        matches = pattern.finditer(views, span.start, span.end)
    else:
        matches = pattern.finditer(text, span.start, span.end)
    return [Evidence.at(text, m.start(), m.end()) for m in matches]


def lower_case(patterns: Iterable[str], flags: int = 0) -> LowerCasePattern:
    """One alternation of lower-case patterns, so each signal reads the text once."""
    return LowerCasePattern(fastre.compile("|".join(f"(?:{p})" for p in patterns), flags))


def case_insensitive(patterns: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """One alternation over the text as written, ignoring case except in (?-i:...) parts."""
    return fastre.compile("|".join(f"(?:{p})" for p in patterns), flags | re.IGNORECASE)


# An opening curly quote ends the search too: many unclosed “ must not each scan to the line's end.
_QUOTED_RE = re.compile(r"“[^”“\n]*”|\"[^\"\n]*\"")
# A social post embedded in a page keeps its signature when scraped: "... pic.twitter.com/x
# — Ann Lee (@annlee) September 27, 2016" or "A post shared by Ann Lee (@annlee) on Sep 27".
# Its questions, capitals and "you" are the poster's words, quoted, not the article's voice.
_EMBEDDED_POST_SIGNATURE_RE = fastre.compile(
    r"\(@\w{1,30}\)\s+(?:on\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|pic\.twitter\.com/\w+|\bA post shared by\b"
)


_EMBEDDED_POST_CHARS = 320


def _quoted_spans(views: TextViews) -> tuple[list[int], list[int]]:
    """Quotations and embedded social posts in the body, as sorted, non-overlapping spans."""
    text = views.text
    body = views.article.body
    spans = [match.span() for match in _QUOTED_RE.finditer(text, body.start, body.end)]
    covered = body.start
    for match in _EMBEDDED_POST_SIGNATURE_RE.finditer(text, body.start, body.end):
        if match.start() < covered:
            continue
        # The post runs back from its signature to the line's start (a post is short), and on to
        # the line's end (the poster's name and the date follow "pic.twitter.com/...").
        reach_back = max(covered, match.start() - _EMBEDDED_POST_CHARS)
        start = text.rfind("\n", reach_back, match.start())
        start = reach_back if start < 0 else start + 1
        reach_on = min(body.end, match.end() + _EMBEDDED_POST_CHARS)
        end = text.find("\n", match.end(), reach_on)
        end = reach_on if end < 0 else end
        spans.append((start, end))
        covered = end
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(spans):
        if ends and start < ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


def in_quotes(views: TextViews, position: int) -> bool:
    """Whether an offset falls inside a quotation or an embedded post."""
    starts, ends = views.shared(_quoted_spans)
    index = bisect.bisect_right(starts, position) - 1
    return index >= 0 and position < ends[index]


def outside_quotes(evidence: list[Evidence], views: TextViews) -> list[Evidence]:
    """Drop matches inside quotation marks: a quoted 'traitor!' is what someone said, not the piece's voice."""
    return [item for item in evidence if not in_quotes(views, item.start)]


def counted(evidence: list[Evidence]) -> Detection:
    return Detection(value=float(len(evidence)), evidence=tuple(evidence[:MAX_EVIDENCE]))


def pattern_signal(
    id: str,
    family: Family,
    description: str,
    present: str,
    absent: str,
    patterns: Iterable[str],
    scope: Scope = "body",
    kind: Kind = "count",
    flags: int = 0,
    direction: int = 0,
    keywords: tuple[str, ...] = (),
    quoted: bool = True,
    in_model: bool = True,
) -> Signal:
    """A signal that counts the matches of its (lower-case) patterns in one part of the article.

    direction as in Signal (0 unless given: each signal says whether it is a warning or a merit).

    keywords: lower-case strings of which every match contains at least one. When none is in
    the text, the regular expression is not run at all (a substring test costs far less).
    """
    compiled = lower_case(patterns, flags)

    def detect(views: TextViews) -> Detection:
        if keywords and not any(keyword in views.lower for keyword in keywords):
            return Detection(0.0)
        found = find_all(compiled, views, scope)
        if not quoted:
            found = outside_quotes(found, views)
        if kind == "flag":
            return Detection(value=1.0 if found else 0.0, evidence=tuple(found[:MAX_EVIDENCE]))
        return counted(found)

    return Signal(
        id=id,
        family=family,
        description=description,
        present=present,
        absent=absent,
        detect=detect,
        kind=kind,
        direction=direction,
        in_model=in_model,
    )
