"""What kind of piece it says it is: opinion, press release, satire, listicle, aggregation, analysis.

These cues decide the article type (scorer.article_type). Only `opinion_piece` is a feature of the
model: an op-ed argues rather than reports, so the model must not read its missing datelines and
named sources as a fabrication's (see scorer.expectations). The others are reported with their
evidence so an editor sees what kind of page was scored.
"""

from __future__ import annotations

import re

from scorer.signals.base import Detection, Evidence, Signal, find_all, in_quotes, lower_case, pattern_signal
from scorer.textviews import TextViews

# A label the outlet puts on its opinion pages, at the top of the piece.
_OPINION_LABEL = lower_case(
    (
        r"^[ \t]*(?:opinion|op-ed|oped|editorial|commentary|column|guest column|guest essay|essay|"
        r"personal essay|perspective|viewpoint|my view|our view|letters?|letter to the editor|"
        r"personal history|first person)\s*(?:\||:|—|–|-)",
        r"^[ \t]*(?:opinion|op-ed|editorial|commentary|letter to the editor|guest column)[ \t]*$",
        r"\b(?:an )?open letter to\b",
        r"^[ \t]*dear (?:editor|sir or madam|mayor|governor|senator|councillor|councilor|members)\b",
        # A letter's salutation on its own line: "Dear trustees," / "Dear Mayor Alvarez,"
        r"^[ \t]*dear [\w .'’-]{2,40},[ \t]*$",
        r"\bthis is an? (?:opinion|op-ed|commentary|guest)(?: piece| column| essay)?\b",
        r"\b(?:opinion|op-ed|letters) pages? (?:are|is) open to\b",
    ),
    re.MULTILINE,
)
# Disclaimers and author notes that mark a piece as its writer's view, wherever they stand.
_OPINION_NOTE = lower_case(
    (
        r"\b(?:the )?(?:views|opinions) (?:expressed )?(?:here |in this (?:article|column|piece|essay|letter) )?"
        r"are (?:(?:my|his|her|their|the author'?s|the writer'?s) own|theirs|mine|his|hers|personal)\b",
        r"\bdo(?:es)? not necessarily (?:reflect|represent) (?:the views|those) of\b",
        r"\b(?:is|are) an? (?:weekly |monthly |regular |contributing |guest |opinion )?columnists?\b",
        r"\bwrites a (?:weekly |monthly |regular )?column\b",
        r"\bthe editorial board\b",
    )
)
_FIRST_PERSON_RE = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|mine|myself)\b")
_REPORTING_RE = re.compile(r"\b(?:said|says|told|according to|announced|confirmed)\b")
# "my mother said", "she told me": an essay recalling what people said, not a report crediting
# a source. The subject is a pronoun or someone of the writer's own.
_NARRATED_BEFORE_RE = re.compile(
    r"(?:\b(?:i|he|she|they|we|you|it|nobody|no one|everyone|someone)(?:['’](?:d|ve|s))?"
    r"(?: (?:had|have|has|would|never|always|just|once|only))?"
    r"|\b(?:my|our|his|her|their) [\w'’-]+(?: [\w'’-]+)?"
    r"|\b(?:be|been|being|was|were))\s*$"  # "had to be told": nobody is credited
)
_TOLD_ONE_OF_US_RE = re.compile(r"\s+(?:me|us|him|her|them)\b")
# First-person singular words per 100 words at which a piece speaks as its writer: news reports
# almost never say "I" outside quotes; essays and columns say it every few sentences.
FIRST_PERSON_RATE = 1.5
# ...while crediting few sources: a reporter's first-person diary of an event still reports.
MAX_REPORTING_RATE = 0.8
_TOP_CHARS = 400


def _first_person_voice(views: TextViews) -> list[Evidence]:
    """First-person words outside quotes, if the piece speaks in its writer's voice throughout."""
    body = views.article.body
    lower = views.lower
    words = max(views.word_count, 1)
    mine = [m for m in _FIRST_PERSON_RE.finditer(lower, body.start, body.end) if not in_quotes(views, m.start())]
    reporting = [
        m
        for m in _REPORTING_RE.finditer(lower, body.start, body.end)
        if not in_quotes(views, m.start()) and not _narrated(lower, m)
    ]
    if 100 * len(mine) / words < FIRST_PERSON_RATE or 100 * len(reporting) / words > MAX_REPORTING_RATE:
        return []
    return [Evidence.at(views.text, m.start(), m.end()) for m in mine]


def _narrated(lower: str, match: re.Match[str]) -> bool:
    """Whether a reporting verb recalls what someone of the writer's own said ("my father told me")."""
    if _NARRATED_BEFORE_RE.search(lower, max(0, match.start() - 30), match.start()):
        return True
    return match.group() == "told" and _TOLD_ONE_OF_US_RE.match(lower, match.end()) is not None


def _opinion_cues(views: TextViews) -> list[Evidence]:
    """Why the piece reads as opinion: its label, an author's note, or else its first-person voice."""
    labels = [e for e in find_all(_OPINION_LABEL, views, "all") if _near_top(views, e.start)]
    labels += find_all(_OPINION_NOTE, views, "all")
    if labels:
        return [_trimmed(e, views.text) for e in sorted(labels, key=lambda e: e.start)]
    return _first_person_voice(views)


def _near_top(views: TextViews, offset: int) -> bool:
    article = views.article
    top = article.title.start if article.title else 0
    return offset < max(article.body.start, top) + _TOP_CHARS


def _trimmed(evidence: Evidence, text: str) -> Evidence:
    """A label matched from the line's start: quote it without the line break and indent."""
    start, end = evidence.start, evidence.end
    while start < end and text[start].isspace():
        start += 1
    return Evidence.at(text, start, end)


def _detect_opinion(views: TextViews) -> Detection:
    cues = views.shared(_opinion_cues)
    return Detection(value=1.0 if cues else 0.0, evidence=tuple(cues[:8]))


opinion_piece = Signal(
    id="opinion_piece",
    family="style",
    description="Presents itself as opinion: an 'Opinion'/'Editorial'/open-letter label, an author's note, "
    "or the writer's own voice",
    present="It presents itself as opinion, not as a news report: judged as argument, so missing datelines, "
    "named sources and quotes do not count against it.",
    absent="",
    detect=_detect_opinion,
    kind="flag",
    direction=0,
)

press_release_form = pattern_signal(
    id="press_release_form",
    family="style",
    description="Press-release form ('FOR IMMEDIATE RELEASE', 'Media contact:', a wire service's name)",
    present="It is a press release: it speaks for the organisation that issued it.",
    absent="",
    patterns=(
        r"\bfor immediate release\b",
        r"^[ \t]*(?:media|press) (?:contacts?|inquiries|enquiries)\s*:",
        r"\b(?:pr newswire|prnewswire|business wire|globe newswire|accesswire)\b",
        r"^[ \t]*about (?:[a-z0-9&.,'’-]+ ){0,4}?(?:inc|llc|ltd|corp|corporation|group|foundation)\b",
        r"^[ \t]*#{3}[ \t]*$",
        r"\bforward-looking statements\b",
    ),
    scope="all",
    kind="flag",
    direction=0,
    flags=re.MULTILINE,
    in_model=False,
)

satire_label = pattern_signal(
    id="satire_label",
    family="style",
    description="Labelled as satire, parody or fiction",
    present="It says it is satire or fiction: the score does not judge a joke's sourcing.",
    absent="",
    patterns=(
        r"\b(?:satire|satirical|parody|spoof)\b",
        r"\bthis (?:is a|article is a|story is a) work of fiction\b",
        r"^[ \t]*humou?r\s*(?:\||:)",
    ),
    scope="all",
    kind="flag",
    direction=0,
    flags=re.MULTILINE,
    in_model=False,
)

# A numbered headline ("7 Ways to...", "The 10 Best...") or three numbered section headings.
_LISTICLE_HEADLINE_RE = re.compile(
    r"\s*(?:the )?(?:top )?\d{1,2} (?:[\w'’-]+ ){0,3}?(?:ways|reasons|things|tips|signs|facts|"
    r"secrets|mistakes|foods|steps|tricks|ideas|questions|lessons|best|places|habits|myths)\b"
)
_NUMBERED_HEADING_RE = re.compile(r"^[ \t]*\d{1,2}[.)][ \t]+[A-Z][^\n]{0,80}$", re.MULTILINE)
# A short unnumbered heading on its own line ("The dispute"). When one follows the numbered
# sections, they were parts of an analysis that goes on, not the items of a list. A list's own
# closing heading ("Conclusion", "FAQ") does not count.
_PLAIN_HEADING_RE = re.compile(r"(?<=\n\n)[ \t]*[A-Z][\w'’,-]*(?:[ \t]+[\w'’,-]+){0,6}[ \t]*(?=\n\n)")
_NUMBER_PREFIX_RE = re.compile(r"^[ \t]*\d{1,2}[.)][ \t]+")
_LIST_CLOSER_RE = re.compile(
    r"\s*(?:(?:the |in )?conclusions?|final thoughts|(?:the )?bottom line|wrapping up|(?:in )?summary|faqs?|"
    r"frequently asked questions|related|read more|more from|share|comments?|leave a reply|advertisement)\b",
    re.IGNORECASE,
)


def _analysis_goes_on(views: TextViews, numbered: list[re.Match], end: int) -> bool:
    # A page that lists its sections first (a table of contents) repeats them unnumbered below.
    items = {_NUMBER_PREFIX_RE.sub("", m.group()).strip().lower() for m in numbered}
    for heading in _PLAIN_HEADING_RE.finditer(views.text, numbered[-1].end(), end):
        text = heading.group().strip()
        if not _LIST_CLOSER_RE.match(text) and text.lower() not in items:
            return True
    return False


def _detect_listicle(views: TextViews) -> Detection:
    headline = views.headline
    if headline is not None:
        match = _LISTICLE_HEADLINE_RE.match(views.lower, headline.start, headline.end)
        if match:
            return Detection(1.0, (_trimmed(Evidence.at(views.text, match.start(), match.end()), views.text),))
    body = views.article.body
    headings = list(_NUMBERED_HEADING_RE.finditer(views.text, body.start, body.end))
    if len(headings) >= 3 and not _analysis_goes_on(views, headings, body.end):
        return Detection(1.0, tuple(_trimmed(Evidence.at(views.text, *m.span()), views.text) for m in headings[:8]))
    return Detection(0.0)


listicle_form = Signal(
    id="listicle_form",
    family="style",
    description="A list article: a numbered headline ('7 Ways to...') or numbered sections",
    present="It is a list article, not a report.",
    absent="",
    detect=_detect_listicle,
    kind="flag",
    direction=0,
    in_model=False,
)

aggregation_credit = pattern_signal(
    id="aggregation_credit",
    family="provenance",
    description="Re-served from another outlet ('h/t', 'As first reported by', 'Source:', 'Read more at')",
    present="It re-serves another outlet's story rather than reporting its own.",
    absent="",
    patterns=(
        r"\bh/t\b",
        r"\bhat tip\b",
        # "as first reported by the Ledger" credits one outlet; "as reported by various outlets" is vague
        # attribution (its own signal), not a credit.
        r"\bas (?:first|originally) (?:reported|published) (?:by|in|on)\b",
        r"\b(?:originally|first) (?:appeared|published|posted) (?:on|in|at)\b",
        r"^[ \t]*(?:source|via|read more at|read the full story at|continue reading at)\s*:",
    ),
    scope="all",
    kind="count",
    direction=0,
    flags=re.MULTILINE,
    in_model=False,
)

analysis_label = pattern_signal(
    id="analysis_label",
    family="style",
    description="Labelled analysis, explainer or fact check ('Analysis:', 'What we know', 'Fact check:')",
    present="It presents itself as analysis or an explainer.",
    absent="",
    patterns=(
        r"^[ \t]*(?:analysis|news analysis|explainer|fact check|fact-check|reality check)\s*(?:\||:|—|–|-)",
        r"\bwhat we know (?:so far )?about\b",
    ),
    scope="top",
    kind="flag",
    direction=0,
    flags=re.MULTILINE,
    in_model=False,
)

SIGNALS = (opinion_piece, press_release_form, satire_label, listicle_form, aggregation_credit, analysis_label)
