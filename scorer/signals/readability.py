"""How dense with checkable specifics the text is, and how hard it reads (textstat and counts)."""

from __future__ import annotations

import re

from scorer.signals.base import Detection, Signal
from scorer.signals.lexicon import looks_like_person
from scorer.textviews import TextViews

_NUMBER_RE = re.compile(r"(?<![\w.])[$€£]?\d[\d,]*(?:\.\d+)?%?")
_NAME_RE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+", re.MULTILINE)
_PER_WORDS = 100


def _per_hundred_words(count: int, views: TextViews) -> float:
    return _PER_WORDS * count / max(views.word_count, 1)


# pyphen's hyphenation of one token grows faster than linearly with its length: a 500,000-
# character "word" takes seconds. No real word is this long, so such tokens are cut first.
_OVERLONG_TOKEN_RE = re.compile(r"\S{200}\S+")


def _detect_grade_level(views: TextViews) -> Detection:
    import textstat

    from scorer import syllables

    syllables.install()  # textstat's own first use loads the CMU dictionary for ~0.9 s
    body = _OVERLONG_TOKEN_RE.sub(lambda match: match.group()[:200], views.body_text)
    grade = textstat.flesch_kincaid_grade(body)
    return Detection(float(min(max(grade, 0.0), 30.0)))


def _detect_sentence_length(views: TextViews) -> Detection:
    sentences = max(len(views.sentences), 1)
    return Detection(min(views.word_count / sentences, 80.0))


def _detect_number_density(views: TextViews) -> Detection:
    return Detection(_per_hundred_words(len(_NUMBER_RE.findall(views.body_text)), views))


def _detect_name_density(views: TextViews) -> Detection:
    names = [m for m in _NAME_RE.findall(views.body_text) if looks_like_person(m) or len(m.split()) > 1]
    return Detection(_per_hundred_words(len(names), views))


def _detect_length(views: TextViews) -> Detection:
    return Detection(float(views.word_count))


grade_level = Signal(
    id="grade_level",
    family="readability",
    description="Flesch-Kincaid grade level of the body (textstat)",
    present="The text reads at a high grade level.",
    absent="The text reads at a low grade level.",
    detect=_detect_grade_level,
    kind="measure",
    direction=0,
)
sentence_length = Signal(
    id="sentence_length",
    family="readability",
    description="Mean words per sentence in the body",
    present="Its sentences are long.",
    absent="Its sentences are short.",
    detect=_detect_sentence_length,
    # Reported, not a model feature: it separated our corpus (writers' habits) but not real pages.
    in_model=False,
    kind="measure",
    direction=0,
)
number_density = Signal(
    id="number_density",
    family="readability",
    description="Numbers per 100 words: figures, amounts, percentages",
    present="It is dense with figures a reader can check.",
    absent="It gives few figures.",
    detect=_detect_number_density,
    # Reported, not a model feature: our reliable writers packed in figures (ROC-AUC 0.86 on the
    # corpus) but real reliable and unreliable pages carry as many (0.52), and the model leaned on it.
    in_model=False,
    kind="measure",
    direction=0,
)
name_density = Signal(
    id="name_density",
    family="readability",
    description="Proper names (people, places, organisations) per 100 words",
    present="It is specific about who and where.",
    absent="It is vague about who and where: few proper names.",
    detect=_detect_name_density,
    kind="measure",
    direction=0,
)
article_length = Signal(
    id="article_length",
    family="readability",
    description="Words in the body",
    present="It is a long piece.",
    absent="It is a short piece.",
    detect=_detect_length,
    # Length says little about sourcing, and the model leaned on it: long posts scored high.
    in_model=False,
    direction=0,
)

SIGNALS = (grade_level, sentence_length, number_density, name_density, article_length)
