"""The headline inside a page title: the title without the site's name after it."""

from __future__ import annotations

import re

from scorer.article import Span
from scorer.wordlists import spells_ordinary_word

# A separator between a headline and a site name: "Headline – Eagle Rising", "Headline | POLITICO".
_SEPARATOR_RE = re.compile(r"[ \t]+(?:[|⋆•·»«:–—]|-|::)[ \t]+")
# Site names are short: looking only at the title's end keeps an endless title linear.
_TAIL_CHARS = 60
# What is left must still read as a headline, not a section label ("Opinion | Why …").
_MIN_HEADLINE_WORDS = 4
# Up to two trailing segments: "… - Politics - Fox News".
_MAX_SEGMENTS = 2
_NAME_WORD_RE = re.compile(r"(?:[A-Z0-9][\w&'’.]*|of|the|and|&)")
_DOMAIN_RE = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+")


def headline_span(text: str, title: Span, site: str | None = None) -> Span:
    """The part of the title that is the headline, dropping trailing site names and sections."""
    end = title.end
    for _ in range(_MAX_SEGMENTS):
        separators = list(_SEPARATOR_RE.finditer(text, max(title.start, end - _TAIL_CHARS), end))
        if not separators:
            break
        last = separators[-1]
        if len(text[title.start : last.start()].split()) < _MIN_HEADLINE_WORDS:
            break
        if not _is_site_name(text[last.end() : end].strip(), last.group().strip(), site):
            break
        end = last.start()
    return Span(title.start, end)


def _is_site_name(segment: str, separator: str, site: str | None) -> bool:
    if site and segment.casefold() == site.strip().casefold():
        return True
    if separator == ":":  # "Budget : The Numbers" is a headline's own; only the known site counts
        return False
    if _DOMAIN_RE.fullmatch(segment):  # "naturalnews.com"
        return True
    words = segment.split()
    if not 0 < len(words) <= 4 or not all(_NAME_WORD_RE.fullmatch(word) for word in words):
        return False
    # After a dash, capitals that spell words are the headline shouting ("– SHOCKING VIDEO"); capitals
    # that spell none are a name ("– POLITICO").
    shouted = segment.isupper() and spells_ordinary_word(segment)
    return not (separator in "-–—" and shouted)
