"""Where and when, by whom: dateline, byline, dates, links to sources."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from scorer import fastre
from scorer.article import Span
from scorer.signals.base import (
    MAX_EVIDENCE,
    Detection,
    Evidence,
    Signal,
    counted,
    find_all,
    lower_case,
    outside_quotes,
    pattern_signal,
)
from scorer.signals.lexicon import looks_like_person
from scorer.textviews import TextViews

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
EXPLICIT_DATE = (
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
    # Any weekday, not only "on Tuesday": news style pegs events as "said Tuesday", "Tuesday's vote".
    rf"|\b(?:(?:on|last|this|next|late|early)\s+)?{_WEEKDAY}\b(?:,?\s+(?:morning|afternoon|evening|night)\b)?"
    rf"|\b(?:in|since|by|until)\s+{_MONTH}\s+\d{{4}}\b"
)
_EXPLICIT_DATE_RE = fastre.compile(EXPLICIT_DATE)

# "SPRINGFIELD, Ill. (AP) —", "LONDON —", "KYIV, Ukraine (Reuters) -", "Nairobi, Kenya —"
_DATELINE_RE = re.compile(
    r"(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s+[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,2})?"
    r"(?:\s+\([A-Za-z][\w .&-]{1,25}\))?\s*(?:[—–]|--?)\s"
    r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2},\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?(?:\s+\([A-Za-z][\w .&-]{1,25}\))?\s*[—–]\s"
    rf"|[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){{0,2}},?\s+{_MONTH}\s+\d{{1,2}}\s+\([A-Za-z][\w .&-]{{1,25}}\)\s*[—–-]\s)"
)
_DATELINE_WINDOW = 160


def dateline_span(views: TextViews) -> Span | None:
    """Where the dateline is, if one opens the body (or its first paragraph, after a byline line).

    Shared with the shouting signal: a dateline's city is written in capitals by convention.
    """
    return views.shared(_find_dateline)


def _find_dateline(views: TextViews) -> Span | None:
    text = views.text
    starts = [views.article.body.start] + [p.start for p in views.article.paragraphs[:3]]
    for start in dict.fromkeys(starts):
        match = _DATELINE_RE.match(text, start, min(len(text), start + _DATELINE_WINDOW))
        if match and not match.group().strip().startswith(("BREAKING", "WATCH", "UPDATE", "EXCLUSIVE")):
            return Span(match.start(), match.end() - 1)
    return None


def _detect_dateline(views: TextViews) -> Detection:
    span = dateline_span(views)
    if span is None:
        return Detection(0.0)
    return Detection(1.0, (Evidence.at(views.text, span.start, span.end),))


dateline = Signal(
    id="dateline",
    family="provenance",
    description="A dateline saying where the story was reported from ('NAIROBI, Kenya —')",
    present="The story says where it was reported from.",
    absent="The story never says where it was reported from (no dateline).",
    detect=_detect_dateline,
    kind="flag",
    direction=1,
)

_BYLINE_RE = re.compile(
    r"^[ \t]*(?:by|written by|story by|words by|reporting by|posted by|author:?)[ \t]+"
    r"(?P<name>(?-i:[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|de|van|von|da|al-\w+)){0,3}))"
    r"|^[ \t]*(?P<name2>(?-i:[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3}))[ \t]*[|,—–-][ \t]*"
    r"(?:(?:senior|staff|chief|contributing|political|sports|business|science|health|investigative|"
    r"special|foreign|local|city|education|courts?|technology|tech|climate|environment|"
    r"national|data|digital|associate|managing)[ \t]+)*"
    r"(?:writer|reporter|correspondent|editor|columnist|journalist|contributor)"
    r"|\((?:additional )?reporting by[ \t]+(?P<name3>(?-i:[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3}))"
    # The credit line that closes many agency and newspaper stories: "CNN's Ann Lee contributed to this report."
    r"|(?:(?-i:[A-Z][\w.]*)['’]s[ \t]+)?(?P<name4>(?-i:[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3}))"
    r"(?:,?[ \t]+and[ \t]+(?-i:[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3}))?"
    r"[ \t]+contributed[ \t]+(?:to[ \t]+)?(?:this[ \t]+)?(?:report|reporting|story)",
    re.IGNORECASE | re.MULTILINE,
)
# A byline that names no one identifies no one.
_NON_PERSON_BYLINES = frozenset(
    [
        "admin",
        "administrator",
        "staff",
        "editor",
        "editors",
        "team",
        "desk",
        "newsroom",
        "guest",
        "user",
        "webmaster",
        "author",
        "anonymous",
        "contributor",
        "news",
        "web",
    ]
)
_BYLINE_ZONE_CHARS = 400
# "Agence France-Presse contributed to this report" credits an agency, not a writer.
_AGENCY_NAME_RE = re.compile(r"\b(?:Press|Presse|News|Agency|Service|Wire|Reuters|Bloomberg|Staff|Desk)\b")


def _byline_zones(views: TextViews) -> list[Span]:
    article = views.article
    zones = []
    if article.header:
        zones.append(article.header)
    zones.append(Span(article.body.start, min(article.body.end, article.body.start + _BYLINE_ZONE_CHARS)))
    zones.append(Span(max(article.body.start, article.body.end - _BYLINE_ZONE_CHARS), article.body.end))
    return zones


def _detect_byline(views: TextViews) -> Detection:
    text = views.text
    for zone in _byline_zones(views):
        for match in _BYLINE_RE.finditer(text, zone.start, zone.end):
            name = match.group("name") or match.group("name2") or match.group("name3") or match.group("name4") or ""
            words = name.split()
            if not words or words[0].lower() in _NON_PERSON_BYLINES or _AGENCY_NAME_RE.search(name):
                continue
            if len(words) == 1 or looks_like_person(" ".join(w.capitalize() for w in words)):
                return Detection(1.0, (Evidence.at(text, match.start(), match.end()),))
    return Detection(0.0)


byline = Signal(
    id="byline",
    family="provenance",
    description="A byline naming the person who wrote the piece",
    present="A named author stands behind the piece.",
    absent="No named author stands behind the piece (no byline, or one like 'admin').",
    detect=_detect_byline,
    kind="flag",
    direction=1,
)

_DATE_FIELD_RE = re.compile(
    rf"(?:date|published|posted|updated|posted on|last updated)\s*:?\s*(?:{EXPLICIT_DATE}|\d{{4}})"
    rf"|^\s*(?:{EXPLICIT_DATE})",
    re.IGNORECASE | re.MULTILINE,
)


def _detect_publication_date(views: TextViews) -> Detection:
    text = views.text
    article = views.article
    zones = _byline_zones(views)[:2]
    for zone in zones:
        match = _DATE_FIELD_RE.search(text, zone.start, zone.end)
        if match:
            return Detection(1.0, (Evidence.at(text, match.start(), match.end()),))
    if article.published:
        return Detection(1.0)
    return Detection(0.0)


publication_date = Signal(
    id="publication_date",
    family="provenance",
    description="A publication or update date at the top of the piece",
    present="The piece says when it was published.",
    absent="The piece does not say when it was published.",
    detect=_detect_publication_date,
    kind="flag",
    direction=1,
)

_EMPTY_DATE_RE = re.compile(
    r"^[ \t]*(?:date|published|posted on|posted|updated|last updated|published on)[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _detect_empty_date(views: TextViews) -> Detection:
    text = views.text
    article = views.article
    end = article.body.start + min(len(article.body_text), _BYLINE_ZONE_CHARS)
    found = [_stripped(text, m.start(), m.end()) for m in _EMPTY_DATE_RE.finditer(text, 0, end)]
    if found:
        return Detection(1.0, tuple(found[:MAX_EVIDENCE]))
    return Detection(1.0 if article.empty_date_element else 0.0)


def _stripped(text: str, start: int, end: int) -> Evidence:
    chunk = text[start:end]
    left = start + len(chunk) - len(chunk.lstrip())
    return Evidence.at(text, left, left + len(chunk.strip()))


empty_date_field = Signal(
    id="empty_date_field",
    family="provenance",
    description="A 'Date:' or 'Published:' field left empty by the page template",
    present="The page has a date field with no date in it: its template expected a date nobody filled in.",
    absent="",
    detect=_detect_empty_date,
    kind="flag",
    direction=-1,
)

_URL_RE = lower_case([r"https?://[^\s<>\"'”)]+|\bwww\.[\w-]+(?:\.[\w-]+)+[^\s<>\"'”)]*"])


# Hosts of embedded posts and videos (and their subdomains: mobile.twitter.com, player.vimeo.com):
# their links are what a scraped page keeps of an embed ("https://t.co/...", a YouTube player),
# the post itself, not a document the story rests on.
_EMBED_HOSTS = (
    "t.co",
    "twitter.com",
    "x.com",
    "twimg.com",
    "youtube.com",
    "youtube-nocookie.com",
    "youtu.be",
    "facebook.com",
    "fb.me",
    "fb.watch",
    "instagram.com",
    "instagr.am",
    "tiktok.com",
    "vimeo.com",
)
# Paths that are a site's front page under another name.
_HOME_PATH_RE = re.compile(r"(?:[a-z]{2}(?:-[a-z]{2})?/?)?(?:(?:index|default|home)\.\w+)?", re.IGNORECASE)


def is_source_url(url: str) -> bool:
    """Whether a link can point at a source: not an embedded post or video, not a bare home page.

    A home page ("www.example-news.com", the site promoting itself) names no document; a
    link to a social post or a video is the embed, which the piece quotes rather than cites.
    """
    url = url.strip().rstrip(".,;")
    try:
        parts = urlsplit(url if "://" in url else "//" + url)
        host = parts.hostname
    except ValueError:
        return False
    if not host or any(host == embed or host.endswith("." + embed) for embed in _EMBED_HOSTS):
        return False
    names_a_page = parts.query or parts.fragment or not _HOME_PATH_RE.fullmatch(parts.path.strip("/"))
    return bool(names_a_page)


def _detect_source_links(views: TextViews) -> Detection:
    article = views.article
    text = views.text
    # A link inside an embedded post or a quotation is the poster's, not the piece's own sourcing.
    urls = outside_quotes(find_all(_URL_RE, views, "body"), views)
    evidence = [url for url in urls if is_source_url(url.text)]
    count = len(evidence)
    anchors = {
        link.text.strip() for link in article.links if link.in_body and link.outbound and is_source_url(link.href)
    }
    for anchor in anchors:
        count += 1
        position = text.find(anchor, article.body.start, article.body.end) if anchor else -1
        if position >= 0:
            evidence.append(Evidence.at(text, position, position + len(anchor)))
    evidence.sort(key=lambda e: e.start)
    return Detection(float(count), tuple(evidence[:MAX_EVIDENCE]))


source_links = Signal(
    id="source_links",
    family="provenance",
    description="Links in the body to outside sources (HTML links to other sites, or URLs in text)",
    present="The piece links to its sources, so a reader can follow them.",
    absent="The piece links to no outside source.",
    detect=_detect_source_links,
    direction=1,
)


def _detect_empty_link_list(views: TextViews) -> Detection:
    text = views.text
    evidence = [
        Evidence.at(text, block.span.start, block.heading.end if block.heading else block.span.end)
        for block in views.article.blocks
        if block.kind == "links" and block.link_count == 0 and len(block.items) >= 2
    ]
    return counted(evidence)


empty_link_list = Signal(
    id="empty_link_list",
    family="provenance",
    description="A 'Relevant links' / 'Further reading' / 'Sources' list whose items link nowhere",
    present="A 'links' or 'sources' list is there for show: its items link to nothing.",
    absent="",
    detect=_detect_empty_link_list,
    direction=-1,
)

vague_time = pattern_signal(
    id="vague_time",
    family="provenance",
    description="Vague time references ('as of the weekend', 'a few days ago', 'nowadays')",
    present="The piece places events only vaguely in time ('as of the weekend', 'a few days ago').",
    absent="",
    patterns=(
        r"\bas of (?:the|this|last) (?:weekend|week|morning|moment|time of writing)\b",
        r"\ba (?:few|couple of) (?:days|weeks|months) ago\b",
        r"\bthe other day\b",
        r"\bnot (?:too )?long ago\b",
        r"\bthese days\b|\bnowadays\b",
        r"\bat the time of (?:writing|this writing)\b",
        r"\bin today'?s (?:world|fast-paced|digital|modern)\b",
    ),
    direction=-1,
)


# "Black Friday", "Super Tuesday", "the Sunday Times", "Tuesday Weld": a weekday inside a name.
_NAME_BEFORE_WEEKDAY_RE = re.compile(r"([A-Z][a-z]+)[ \t]+$")
_NAME_AFTER_WEEKDAY_RE = re.compile(r"[ \t]+[A-Z][a-z]")
_WORDS_BEFORE_A_WEEKDAY = frozenset(
    {"On", "Last", "This", "Next", "Late", "Early", "By", "Until", "Since", "From", "Through", "Before", "After"}
)
_WEEKDAY_ONLY_RE = re.compile(rf"{_WEEKDAY}(?:,?\s+(?:morning|afternoon|evening|night))?")


def _detect_explicit_dates(views: TextViews) -> Detection:
    text = views.text
    return counted([e for e in find_all(_EXPLICIT_DATE_RE, views, "body") if not _weekday_in_a_name(text, e)])


def _weekday_in_a_name(text: str, evidence: Evidence) -> bool:
    if not _WEEKDAY_ONLY_RE.fullmatch(evidence.text):
        return False
    before = _NAME_BEFORE_WEEKDAY_RE.search(text, max(0, evidence.start - 20), evidence.start)
    if before and before.group(1) not in _WORDS_BEFORE_A_WEEKDAY:
        return True
    return bool(_NAME_AFTER_WEEKDAY_RE.match(text, evidence.end))


explicit_dates = Signal(
    id="explicit_dates",
    family="provenance",
    description="Explicit dates and days in the body ('on Tuesday', 'March 4, 2025')",
    present="The piece dates the events it reports.",
    absent="The piece never says on which day anything happened.",
    detect=_detect_explicit_dates,
    direction=1,
)

SIGNALS = (
    dateline,
    byline,
    publication_date,
    empty_date_field,
    source_links,
    empty_link_list,
    vague_time,
    explicit_dates,
)
