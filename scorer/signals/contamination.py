"""What the page put around the story: off-topic teasers, comment forms, share bars, leftovers."""

from __future__ import annotations

import re

from scorer.signals.base import Detection, Evidence, Signal, counted, pattern_signal
from scorer.textviews import TextViews, content_terms

# A teaser shares this little of its vocabulary with the story when it is about something else.
_OFFTOPIC_SIMILARITY = 0.25
_MIN_TEASER_TERMS = 3


def teaser_similarity(teaser: str, body_terms: dict[str, int]) -> float:
    """Share of a teaser's content words that the story uses (twice or more counts in full)."""
    terms = set(content_terms(teaser))
    if not terms:
        return 1.0
    weight = sum(1.0 if body_terms.get(t, 0) >= 2 else 0.5 if body_terms.get(t) else 0.0 for t in terms)
    return weight / len(terms)


def _detect_offtopic_teasers(views: TextViews) -> Detection:
    text = views.text
    if not any(block.kind == "teaser" and block.items for block in views.article.blocks):
        return Detection(0.0)  # most articles have no teasers: skip counting the body's words
    body_terms = views.body_terms
    evidence = []
    for block in views.article.blocks:
        if block.kind != "teaser":
            continue
        for item in block.items:
            teaser = item.of(text)
            if len(set(content_terms(teaser))) < _MIN_TEASER_TERMS:
                continue
            if teaser_similarity(teaser, body_terms) < _OFFTOPIC_SIMILARITY:
                evidence.append(Evidence.at(text, item.start, item.end))
    return counted(evidence)


offtopic_teasers = Signal(
    id="offtopic_teasers",
    family="contamination",
    description="Teaser/related/popular items whose topic has nothing to do with the story",
    present="Unrelated teasers (crypto, weather, gossip...) are scraped in around the story: "
    "the mark of a content farm.",
    absent="",
    detect=_detect_offtopic_teasers,
    direction=-1,
)

comment_form = pattern_signal(
    id="comment_form",
    family="contamination",
    description="Comment-form furniture ('LEAVE A REPLY', 'Please enter your comment!')",
    present="The page carries comment-form furniture copied in with the text.",
    absent="",
    patterns=(
        r"\bleave a (?:reply|comment)\b",
        r"\bplease enter your (?:comment|name|email)\b",
        r"\bpost (?:a )?comment\b",
        r"\byour email address will not be published\b",
        r"\brequired fields are marked\b",
        r"\bcomments are closed\b",
        r"\b(?:add|write) a comment\b",
        r"\bjoin the discussion\b",
        r"\bloading\.{3} comments\b",
    ),
    scope="all",
    keywords=("reply", "comment", "enter your", "email address", "required fields", "discussion"),
    direction=0,
)

share_bar = pattern_signal(
    id="share_bar",
    family="contamination",
    description="Share, follow and subscribe furniture ('Share post:', 'Subscribe', 'Follow us')",
    present="The page carries share and subscribe furniture.",
    absent="",
    patterns=(
        r"\bshare (?:post|this(?: (?:post|article|story|page))?|on (?:facebook|twitter|x|whatsapp|linkedin))\b",
        r"^[ \t]*(?:share|tweet|pin it|email|print|subscribe|follow us)[ \t]*:?[ \t]*$",
        r"\bsign up for (?:our|the) (?:free )?(?:daily |weekly )?newsletter\b",
        r"\bfollow us on\b",
        r"\b\d+(?:\.\d+)?k? shares\b",
        r"\bsubscribe (?:now|today|to our)\b",
    ),
    scope="all",
    flags=re.MULTILINE,
    keywords=("share", "tweet", "pin it", "email", "print", "subscribe", "follow us", "newsletter"),
    direction=0,
)

template_leftovers = pattern_signal(
    id="template_leftovers",
    family="contamination",
    description="Template and scraper leftovers ('spot_img', '[td_block]', '{{title}}', 'Lorem ipsum')",
    present="Bits of the site's page template leaked into the text: it was assembled by a scraper, not edited.",
    absent="",
    patterns=(
        r"spot_img",
        r"\btd_block\w*",
        r"\[/?(?:caption|embed|td_\w+|vc_\w+|et_pb_\w+|gallery|shortcode)[^\]]{0,80}\]",
        r"\{\{\s*[\w.]+\s*\}\}",
        r"%%\w+%%",
        r"\blorem ipsum\b",
        r"\[insert [^\]]{1,40}\]",
        r"\bundefined undefined\b",
        r"\bnull null\b",
    ),
    scope="all",
    keywords=("spot_img", "td_", "[", "{{", "%%", "lorem", "undefined", "null"),
    direction=-1,
)

SIGNALS = (offtopic_teasers, comment_form, share_bar, template_leftovers)
