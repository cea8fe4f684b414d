"""Who says so: named people and institutions, documents, vague and unnamed sources, quotes."""

from __future__ import annotations

import bisect
import re

from scorer.signals.base import (
    Detection,
    Evidence,
    LowerCasePattern,
    Signal,
    case_insensitive,
    counted,
    find_all,
    in_quotes,
    lower_case,
    pattern_signal,
)
from scorer.signals.lexicon import ATTRIBUTION_VERBS, institution_speakers, speaker_mentions
from scorer.textviews import TextViews

vague_attribution = pattern_signal(
    id="vague_attribution",
    family="attribution",
    description="Claims credited to unnamed outlets, 'reports' or 'sources' in general",
    present="Claims are credited to 'reports', 'outlets' or 'sources' in general, which a reader cannot check.",
    absent="Claims are not passed off on vague 'reports' or unnamed outlets.",
    patterns=(
        # The content-farm classic: rewriting others' reporting without naming them.
        r"\bas (?:reported|stated|noted|covered) (?:by|in) (?:various|several|multiple|many|some|other|numerous) "
        r"(?:news |media )?(?:outlets|sources|reports|publications|media|websites|sites)",
        r"\b(?:reports|rumou?rs|accounts|sources|insiders|whispers) (?:indicate|suggest|say|claim|"
        r"reveal|show|state|have it|are swirling|are circulating|point to)\b",
        r"\baccording to (?:some |several |multiple |various |unconfirmed |media |news |recent |local )*"
        r"(?:reports|sources|accounts|rumou?rs|insiders|the internet|social media)\b",
        r"\b(?:some|many|several|most|other) (?:experts|analysts|observers|scientists|doctors|people|critics|"
        r"commentators|insiders|users|fans|residents|sources) (?:say|said|believe|warn|claim|think|"
        r"suggest|argue|fear|agree|note|are saying)\b",
        r"\b(?:experts|analysts|observers|critics|insiders|scientists) (?:say|warn|claim|believe|agree|fear)\b",
        r"\bit (?:is|has been|was) (?:widely |being )?(?:reported|believed|rumou?red|said|claimed|alleged)\b",
        r"\b(?:many|some|people|everyone) (?:are|is) (?:saying|talking|wondering)\b",
        r"\b(?:word|rumou?r|speculation) (?:is|has it) (?:that|swirling|circulating)\b",
        r"\b(?:recent|latest) (?:developments|reports) (?:indicate|suggest|show)\b",
        r"\b(?:social media|the internet|online) (?:is|are|was) (?:buzzing|ablaze|abuzz|on fire|exploding)\b",
        r"\b(?:fans|users|netizens) (?:are|were) (?:convinced|speculating|claiming)\b",
        r"\bsources (?:tell|told) (?:us|me)\b",
    ),
    direction=-1,
)

# An unnamed person or group given as the source of a claim.
_UNNAMED_SOURCE_RE = LowerCasePattern(
    re.compile(
        r"\b(?:an?|one|two|three|four|several|some|other|multiple)\s+(?:[\w.'’-]+\s+){0,3}?"
        r"(?:officials?|sources?|insiders?|aides?|diplomats?|officers?|executives?|staffers?|employees?|"
        r"members|advisers|advisors|analysts?|persons?|people|individuals?|figures?|commanders?|"
        r"lawmakers?|investigators?|engineers?|workers?|scientists?|doctors?|lawyers?|soldiers?|"
        r"residents?|witnesses|witness|managers?|staff members?)\b"
        # ...that is the one speaking: an attribution verb within a few words, or an aside.
        r"(?=,|\s+(?:[\w'’-]+\s+){0,2}?(?:" + ATTRIBUTION_VERBS + r"|according|familiar with|close to|"
        r"with knowledge of|briefed on|who (?:spoke|asked|requested|declined))\b"
        # "two staff members involved in the talks said"
        r"|\s+(?:involved|working|at|from|in|with|on|inside|within|of)\b[^.;!?\n]{0,60}?\b(?:"
        + ATTRIBUTION_VERBS
        + r")\b)"
        r"|\b(?:people|persons|sources|those) (?:familiar with|close to|with knowledge of|briefed on)\b"
        r"|\ba source (?:close to|inside|within|familiar with)\b"
        r"|\b(?:an|one) insider\b",
    )
)
# Why a source could not be named: what separates careful anonymity from vague sourcing.
_ANONYMITY_REASON_RE = lower_case(
    (
        r"condition of anonymity",
        r"(?:requested|asked for|was granted|were granted|granted) anonymity",
        r"(?:asked|requested|declined) (?:not )?to be (?:named|identified)",
        r"not (?:authori[sz]ed|permitted|allowed|cleared) to (?:speak|discuss|comment|talk|disclose)",
        r"anonymity (?:because|to|in order|so that)",
        r"(?:for )?fear of (?:reprisal|retaliation|retribution|losing|being fired|dismissal)",
        r"because (?:the )?(?:talks|negotiations|deliberations|discussions|investigation|matter|"
        r"information|decision|details) (?:are|is|were|was|remain|remains|had not been|have not been)",
        r"(?:was|were|is|are) not (?:yet )?(?:public|announced|made public)",
        r"(?:speak|talk) (?:freely|candidly)",
    )
)


# How an unnamed source knows: "people familiar with the talks", "an official briefed on the
# investigation", "an aide who was in the room". Newsroom standards ask for this when a source
# cannot be named; it tells the reader what access the source had. "Close to" (a relationship,
# not access) does not count.
_BASIS_OF_KNOWLEDGE_RE = re.compile(
    r"\b(?:familiar with|briefed on|with (?:direct |first-?hand )?knowledge of|involved in (?:the )?"
    r"(?:talks|negotiations|planning|investigation|deliberations|discussions|process|search|case)|"
    r"who (?:was|were) (?:in the room|present|at the meeting)|who attended|with access to)\b",
    re.IGNORECASE,
)
_BASIS_REACH = 60


# The unnamed-sounding source named right after: "two Jamestown employees, Jason Ruiz and ...".
_NAMED_APPOSITION_RE = re.compile(
    r",\s+(?:[A-Z][\w.'’-]*\s+){1,3}?[A-Z][\w'’-]+(?:\s+and\s+(?:[A-Z][\w.'’-]*\s+){1,3}?[A-Z][\w'’-]+)?,"
)


# A comma after the unnamed noun marks an aside only when the sentence goes on to credit it ("a
# senior official, who asked not to be named, said") or it was credited just before ("according
# to two aides, ..."). Otherwise "a town of a few hundred people, on a weekday" credits nobody.
_ASIDE_LEADS_TO_ATTRIBUTION_RE = re.compile(
    r",[^.;!?\n]{0,160}?\b(?:" + ATTRIBUTION_VERBS + r"|according|speaking|who (?:spoke|asked|requested|declined))\b",
    re.IGNORECASE,
)
_CREDITED_JUST_BEFORE_RE = re.compile(r"\b(?:according to|" + ATTRIBUTION_VERBS + r")\s+$", re.IGNORECASE)


def _credits_nobody(text: str, start: int, end: int) -> bool:
    """An unnamed-sounding noun followed by a comma that neither leads to nor follows attribution."""
    if not text.startswith(",", end):
        return False
    if _ASIDE_LEADS_TO_ATTRIBUTION_RE.match(text, end):
        return False
    return not _CREDITED_JUST_BEFORE_RE.search(text, max(0, start - 20), start)


# The first thing the unnamed person does: a question credits them with no claim ("a retired mill
# worker, asked her why she voted no"; "a few readers have asked me whether"). "Who asked not to
# be named" is the anonymity, not the act, so the search goes on past it.
_FIRST_ACT_RE = re.compile(
    r"\b(?:(?P<ask>asked|asks|ask)\b(?P<anonymity>\s+(?:not\b|to\s+(?:be|remain)\b|for\s+anonymity))?"
    r"|(?:" + ATTRIBUTION_VERBS + r"|according)\b)",
    re.IGNORECASE,
)
_FIRST_ACT_REACH = 120


def _only_asks(text: str, end: int) -> bool:
    """The unnamed person's first act in the sentence is a question, not a statement."""
    for act in _FIRST_ACT_RE.finditer(text, end, min(len(text), end + _FIRST_ACT_REACH)):
        if act.group("anonymity"):
            continue
        return act.group("ask") is not None
    return False


def _unnamed_sources(views: TextViews) -> tuple[list[Evidence], list[Evidence]]:
    """Split unnamed sources into those whose anonymity is explained and those left bare."""
    text = views.text
    explained: list[Evidence] = []
    bare: list[Evidence] = []
    body = views.article.body
    for match in _UNNAMED_SOURCE_RE.finditer(views, body.start, body.end):
        if _NAMED_APPOSITION_RE.match(text, match.end()) or in_quotes(views, match.start()):
            continue  # "two employees, Jason Ruiz and Ana Lee, said"; or a speaker's own words
        if _credits_nobody(text, match.start(), match.end()) or _only_asks(text, match.end()):
            continue
        around = views.sentence_around(match.start(), extra=1)
        reason = _ANONYMITY_REASON_RE.span_in(views, around.start, around.end) if around else None
        if reason is None:
            basis = _BASIS_OF_KNOWLEDGE_RE.search(text, match.start(), min(len(text), match.end() + _BASIS_REACH))
            reason = basis.span() if basis else None
        if reason:
            start, end = min(match.start(), reason[0]), max(match.end(), reason[1])
            explained.append(Evidence.at(text, start, end))
        else:
            sentence = views.sentence_around(match.start())
            end = sentence.end if sentence and sentence.end - match.start() < 160 else match.end()
            bare.append(Evidence.at(text, match.start(), end))
    return explained, bare


def _detect_unnamed(views: TextViews) -> Detection:
    return counted(views.shared(_unnamed_sources)[1])


def _detect_explained(views: TextViews) -> Detection:
    return counted(views.shared(_unnamed_sources)[0])


unnamed_source = Signal(
    id="unnamed_source",
    family="attribution",
    description="Unnamed officials or insiders quoted with no reason given for their anonymity, nor how they know",
    present="Claims rest on unnamed officials or insiders, and the piece never says why they could not be named "
    "or how they know.",
    absent="No unexplained anonymous sources.",
    detect=_detect_unnamed,
    direction=-1,
)

explained_anonymity = Signal(
    id="explained_anonymity",
    family="attribution",
    description="Anonymous sources whose anonymity is explained (not authorised to speak, fear of reprisal...) "
    "or whose access is stated ('briefed on the talks', 'familiar with the matter', 'who was in the room')",
    present="Where sources are anonymous, the piece says why or how they know, as careful newsrooms do.",
    absent="",
    detect=_detect_explained,
    direction=1,
)


def _speakers(views: TextViews) -> list[tuple[int, int]]:
    body = views.article.body
    return speaker_mentions(views.text, body.start, body.end)


def _detect_named_sources(views: TextViews) -> Detection:
    text = views.text
    return counted([Evidence.at(text, start, end) for start, end in views.shared(_speakers)])


named_source = Signal(
    id="named_source",
    family="attribution",
    description="People named as sources, with an attribution verb ('Maria Ortega, the city's treasurer, said')",
    present="The piece names the people it relies on, so a reader can check what they said.",
    absent="The piece names no person as the source of what it reports.",
    detect=_detect_named_sources,
    direction=1,
)


def _detect_institutions(views: TextViews) -> Detection:
    body = views.article.body
    text = views.text
    return counted([Evidence.at(text, m.start(), m.end()) for m in institution_speakers(text, body.start, body.end)])


institutional_source = Signal(
    id="institutional_source",
    family="attribution",
    description="Named institutions as sources ('the National Weather Service said', 'police said')",
    present="Claims are credited to named institutions that a reader can contact or check.",
    absent="No institution is named as a source.",
    detect=_detect_institutions,
    direction=1,
)

_DOCUMENT_PATTERNS = lower_case(
    (
        r"\baccording to (?:a|an|the|its|their|his|her)\s+(?:[\w,'’-]+\s+){0,4}?(?:report|study|survey|filing|"
        r"statement|ruling|audit|analysis|census|data|records|documents?|figures|poll|indictment|"
        r"complaint|affidavit|transcript|letter|memo|release|bulletin|budget|minutes|estimates?|"
        r"forecast|assessment|review|paper)\b",
        r"\b(?:court|police|public|property|financial|campaign finance|land|county|state|federal|"
        r"flight|shipping|voting|tax) records\b",
        r"\bcourt (?:documents|filings|papers|records|transcripts?)\b",
        r"\b(?:case|docket|file|bill|resolution|ordinance) (?:no\.|number|#)\s*[\w:.-]*\d",
        r"\b(?:form )?(?:10-k|10-q|8-k|s-1|13f)\b",
        r"\b(?:annual|quarterly) (?:report|filing|results|statement)\b",
        r"\bearnings (?:release|report|statement)\b",
        r"\bin (?:a|an|its|their|the) (?:written |joint |brief |court |regulatory |securities )?"
        r"(?:statement|filing|ruling|report|letter|memo|release|bulletin|decision|opinion|order|notice)\b",
        r"\b(?:the|a|an|their|its) (?:[\w'’-]+ ){0,4}?(?:study|report|survey|poll|audit|analysis|review|paper|"
        r"trial|ruling|filing|indictment|complaint|budget|data|dataset|census) (?:found|finds|shows|showed|"
        r"concluded|estimates|estimated|states|noted|published|says|said|released)\b",
        r"\bdoi:\s*10\.\d{4,}|\bdoi\.org/10\.",
        r"\bmargin of (?:sampling )?error\b",
    )
)
# Citations that hinge on a capital letter (a journal's or an agency's name, a bill number).
_NAMED_DOCUMENT_PATTERNS = case_insensitive(
    (
        r"\b(?:published|appeared|reported) (?:on \w+ |this week |last week )?in (?:the )?(?:journal )?"
        r"(?-i:[A-Z][\w&-]*)(?:\s(?-i:[A-Z][\w&-]*)){0,5}",
        r"\b(?:data|statistics) (?:from|released by|published by|compiled by) (?:the )?(?-i:[A-Z])",
        r"\b(?:figures|numbers) (?:released|published|compiled) by (?:the )?(?-i:[A-Z])",
        r"(?-i:\bH\.R\.\s?\d+|\bS\.\s?\d{2,}|\b(?:SB|HB|AB)\s?\d+)",
    )
)


def _detect_documents(views: TextViews) -> Detection:
    found = find_all(_DOCUMENT_PATTERNS, views, "body") + find_all(_NAMED_DOCUMENT_PATTERNS, views, "body")
    return counted(sorted(found, key=lambda evidence: evidence.start))


document_citation = Signal(
    id="document_citation",
    family="attribution",
    description="Specific documents, studies, filings, records or data cited as the basis of claims",
    present="The piece points to specific documents, studies, filings or data behind its claims.",
    absent="The piece cites no document, study, filing or data set.",
    detect=_detect_documents,
    direction=1,
)

_QUOTE_RE = re.compile(r"“([^”“\n]{12,800})”|\"([^\"\n]{12,800})\"|‘([^’\n]{20,800})’(?!\w)")
_CONTEXT_BEFORE = 160
_CONTEXT_AFTER = 120
_PRONOUN_SPEECH_RE = re.compile(
    rf"\b(?:he|she|they)\s+(?:{ATTRIBUTION_VERBS})\b|\b(?:{ATTRIBUTION_VERBS})\s+(?:he|she)\b",
    re.IGNORECASE,
)
_MIN_QUOTE_WORDS = 4
_PRONOUN_LOOKBACK = 600


# A speaker named right at the quote: '..." Rouhani said', '..." said Sen. Roy Blunt',
# 'Their statement said: "...'. Reporters name well-known people by surname alone, so a
# capitalised name touching both the quote and a speech verb is a named speaker even when the
# full name never appears.
_NAME_AT_QUOTE = r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|al|bin)){0,4})"
_NOT_BEFORE_A_NAME = r"(?:a|an|one|two|three|some|several|many|of|from|in|near|on|at|by|with|to|for|who|and)"
_SPEAKER_AFTER_RE = re.compile(
    rf"[,.!?]?\s*(?:{_NAME_AT_QUOTE}\s+(?:{ATTRIBUTION_VERBS}|went on to say)\b"
    # '..." said DSCC spokesman Lauren Passalacqua', not '..." said a resident of Houston'
    rf"|(?:{ATTRIBUTION_VERBS})\s+(?:the\s+)?(?:(?!{_NOT_BEFORE_A_NAME}\b)[a-z]+\s+){{0,3}}?"
    rf"{_NAME_AT_QUOTE.replace('name', 'name2')})"
)
_SPEAKER_BEFORE_RE = re.compile(rf"{_NAME_AT_QUOTE}\s+(?:{ATTRIBUTION_VERBS})(?:\s+\w+){{0,3}}?\s*[,:]\s*$")
# Capitalised words that start a sentence or stand for a crowd, not a name.
_NOT_A_NAME = frozenset(
    {
        "The",
        "A",
        "An",
        "One",
        "Some",
        "Many",
        "Most",
        "Several",
        "Other",
        "Others",
        "He",
        "She",
        "They",
        "It",
        "We",
        "I",
        "You",
        "This",
        "That",
        "These",
        "Those",
        "Sources",
        "Officials",
        "Experts",
        "Critics",
        "Insiders",
        "Analysts",
        "Observers",
        "Witnesses",
        "Residents",
        "Reports",
        "Someone",
        "Everyone",
        "Nobody",
        "People",
        "Fans",
        "Users",
        "Supporters",
        "Aides",
        "Advisers",
        "Scientists",
        "Doctors",
        "Researchers",
        "His",
        "Her",
        "Their",
        "Its",
        "Our",
        "My",
        "When",
        "After",
        "But",
        "And",
        "In",
        "On",
        "As",
        "If",
        "Protesters",
        "Demonstrators",
        "Locals",
        "Voters",
        "Parents",
        "Neighbors",
        "Neighbours",
        "Workers",
    }
)


def _named_at_quote(text: str, start: int, end: int, paragraph_start: int, paragraph_end: int) -> bool:
    """Whether a name and a speech verb sit right against the quote text[start:end]."""
    after = _SPEAKER_AFTER_RE.match(text, end, min(paragraph_end, end + 80))
    if after:
        name = after.group("name") or after.group("name2")
        if name.split()[0] not in _NOT_A_NAME:
            return True
    before = _SPEAKER_BEFORE_RE.search(text, max(paragraph_start, start - 120), start)
    return bool(before and before.group("name").split()[0] not in _NOT_A_NAME)


def _quotes(views: TextViews) -> tuple[list[Evidence], list[Evidence]]:
    """Direct quotes with a named speaker (person, institution or document) and those without."""
    text = views.text
    body = views.article.body
    speaker_starts = [start for start, _ in views.shared(_speakers)]
    attributed: list[Evidence] = []
    unattributed: list[Evidence] = []
    previous_end, previous_named = -1, False
    for match in _QUOTE_RE.finditer(text, body.start, body.end):
        inner = next(group for group in match.groups() if group)
        if len(inner.split()) < _MIN_QUOTE_WORDS:
            continue  # scare quotes and titles, not quotations
        before = max(body.start, match.start() - _CONTEXT_BEFORE)
        after = min(body.end, match.end() + _CONTEXT_AFTER)
        window_start = text.rfind("\n\n", before, match.start())
        window_start = before if window_start < 0 else window_start
        window_end = text.find("\n\n", match.end(), after)
        window_end = after if window_end < 0 else window_end
        if text[window_start : match.start()].strip() == "" and _ends_with_colon(text, body.start, window_start):
            # 'Lavrov told the assembly:' then the quote as its own paragraph.
            reach = max(body.start, before - _CONTEXT_BEFORE)
            introduction = text.rfind("\n\n", reach, window_start)
            window_start = reach if introduction < 0 else introduction
        window = text[window_start : match.start()] + " " + text[match.end() : window_end]
        unnamed = _UNNAMED_SOURCE_RE.regex.search(window.lower())
        named = _any_between(speaker_starts, window_start, window_end) or institution_speakers(window)
        named = named or _named_at_quote(text, match.start(), match.end(), window_start, window_end)
        if not named and _PRONOUN_SPEECH_RE.search(window):
            # "she said" names nobody by itself: look for the person in the lines before.
            named = _any_between(speaker_starts, max(body.start, match.start() - _PRONOUN_LOOKBACK), match.start())
        if not named and previous_named and _continues_quote(text, previous_end, match.start()):
            named = True  # the next sentence of the same speaker's quote
        evidence = Evidence.at(text, match.start(), match.end())
        named = bool(named and not unnamed)
        (attributed if named else unattributed).append(evidence)
        previous_end, previous_named = match.end(), named
    return attributed, unattributed


# Between two quotes of one speaker: '"...," Clinton said. "..."', or a new paragraph that opens
# on the quote right after the last one ended its paragraph.
_CONTINUATION_GAP = 200


def _continues_quote(text: str, previous_end: int, start: int) -> bool:
    if previous_end < 0 or start - previous_end > _CONTINUATION_GAP:
        return False
    gap = text[previous_end:start]
    if gap.strip() == "":
        return True  # the next paragraph opens on it
    if "\n\n" in gap:
        return False
    # Same paragraph: '...," Clinton said. "...' continues; '... A heckler shouted back: "...' does not.
    tail = re.split(r"[.!?]", gap)[-1]
    return tail.strip() == ""


def _ends_with_colon(text: str, low: int, position: int) -> bool:
    """Whether the text just before position (ignoring blank space) is a colon; reads 200 chars at most."""
    return text[max(low, position - 200) : position].rstrip().endswith(":")


def _any_between(starts: list[int], low: int, high: int) -> bool:
    """Whether any of the sorted offsets falls in [low, high)."""
    index = bisect.bisect_left(starts, low)
    return index < len(starts) and starts[index] < high


attributed_quote = Signal(
    id="attributed_quote",
    family="attribution",
    description="Direct quotes attributed to a named person, institution or document",
    present="Quotes are attributed to named people or documents that a reader can check.",
    absent="The piece quotes nobody by name.",
    detect=lambda views: counted(views.shared(_quotes)[0]),
    direction=1,
)

unattributed_quote = Signal(
    id="unattributed_quote",
    family="attribution",
    description="Direct quotes attributed to nobody, or to an unnamed official",
    present="Quotes are given without saying who said them, so they cannot be checked.",
    absent="",
    # Reported, not a model feature: on real pages it still misses too many attributions
    # ("..., the Republican nominee told supporters") and then marks careful reporting down.
    in_model=False,
    detect=lambda views: counted(views.shared(_quotes)[1]),
    direction=-1,
)


reported_speech = pattern_signal(
    id="reported_speech",
    family="attribution",
    description="Statements credited to someone with a reporting verb ('said', 'told', 'according to')",
    present="The piece keeps saying who said what, statement by statement.",
    absent="The piece asserts its claims without crediting any of them to a speaker.",
    # Real reporting is made of "said" and "told": on real pages this counts apart reliable from
    # unreliable better than any single named-source rule, because it also catches "he said"
    # and "the spokesman told reporters" that the name rules cannot tie to a person.
    patterns=(r"\b(?:said|says|told|according to|added|testified|announced)\b",),
    quoted=False,
    direction=1,
    keywords=("said", "says", "told", "according to", "added", "testified", "announced"),
)


SIGNALS = (
    vague_attribution,
    unnamed_source,
    explained_anonymity,
    named_source,
    institutional_source,
    document_citation,
    attributed_quote,
    unattributed_quote,
    reported_speech,
)
