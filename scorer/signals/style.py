"""How it is written: blog framing, formulaic endings, hype, chatbot leftovers, clickbait."""

from __future__ import annotations

import re

from scorer import fastre
from scorer.article import Span
from scorer.signals.base import (
    Detection,
    Evidence,
    Signal,
    counted,
    find_all,
    lower_case,
    outside_quotes,
    pattern_signal,
)
from scorer.signals.provenance import dateline_span
from scorer.textviews import TextViews, content_term, word_matches
from scorer.wordlists import MIN_WORD_LETTERS, SHOUTED_WORDS, spells_ordinary_word

blog_framing = pattern_signal(
    id="blog_framing",
    family="style",
    description="Blog and SEO framing ('In this post, we will break down...', 'Let's dive in')",
    present="The piece frames itself as a blog post or explainer ('In this post, we will break down...'), "
    "not as reporting.",
    absent="",
    patterns=(
        r"\bin this (?:post|article|blog(?: post)?|guide|piece|write-?up|video),? (?:we|i)"
        r"(?:'ll| will| are going to| would like to) (?:break down|explore|discuss|look at|dive|delve|examine|"
        r"take a (?:closer )?look|cover|unpack|walk you|explain|analy[sz]e)",
        r"\blet'?s (?:dive|delve|take a (?:closer |deeper )?look|break (?:it|this) down|unpack|explore)\b",
        r"\bwithout further ado\b",
        r"\bstay tuned\b",
        r"\bread on to (?:find out|learn|discover)\b",
        r"\bkeep reading to\b",
        r"\bin this comprehensive (?:guide|article|overview)\b",
        r"\bwe(?:'ve| have) got you covered\b",
        r"\bin today'?s (?:post|article|blog)\b",
        r"\b(?:buckle up|grab a (?:coffee|cup))\b",
    ),
    direction=-1,
)


def _detect_conclusions(views: TextViews) -> Detection:
    text = views.text
    evidence = find_all(_FORMULAIC_RE, views, "body")
    for heading in views.article.headings:
        match = _CONCLUSION_HEADING_RE.match(text, heading.start, heading.end)
        if match:
            evidence.append(Evidence.at(text, match.start(), match.end()))
    evidence.sort(key=lambda e: e.start)
    return counted(evidence)


_FORMULAIC_RE = lower_case(
    (
        r"\bonly time will tell\b",
        r"\bin conclusion\b",
        r"\bone thing is (?:clear|certain|for sure)\b",
        r"\bthe future (?:of [\w\s’']{1,40} )?(?:looks|remains|is) (?:uncertain|unclear|bright)\b",
        r"\ball eyes (?:are|will be) on\b",
        r"\bit will be interesting to see\b",
        r"\bthe bottom line is\b",
        r"\bat the end of the day\b",
        r"\bwhat (?:happens|comes) next (?:is|remains) anyone'?s guess\b",
        r"\bremains to be seen\b",
        r"\bin (?:summary|a nutshell)\b",
        r"\bwe(?:'ll| will) (?:keep you|continue to) (?:updated|posted)\b",
    )
)
_CONCLUSION_HEADING_RE = re.compile(
    r"(?:conclusion|final thoughts|the bottom line|wrapping up|key takeaways|summary)\b",
    re.IGNORECASE,
)

formulaic_conclusion = Signal(
    id="formulaic_conclusion",
    family="style",
    description="Formulaic conclusions ('Only time will tell', a 'Conclusion:' heading)",
    present="It ends on stock phrases ('Only time will tell', a 'Conclusion' heading) typical of filler writing.",
    absent="",
    detect=_detect_conclusions,
    direction=-1,
)


# A subheading is one short phrase. A one-line paragraph with a sentence break inside ("So yes,
# the day is calmer. But was it ever the point?"), a long line, or a transcript's speaker line
# ("DOYLE: Could there be…?") is the writer's own question in the prose, which
# rhetorical_questions counts.
_SENTENCE_BREAK_RE = re.compile(r"(?<!\b[A-Z])(?<!\bMr|\bMs|\bDr|\bSt)[.!?]\s+[\"“‘']?[A-Z]")
_SPEAKER_LINE_RE = re.compile(r"^[A-Z][A-Z .'’-]+(?:\([^()\n]{0,40}\))?:\s")
_MAX_HEADING_WORDS = 14


def _detect_question_headings(views: TextViews) -> Detection:
    text = views.text
    found = [Evidence.at(text, h.start, h.end) for h in views.article.headings if _is_question_heading(h.of(text))]
    return counted(found)


def _is_question_heading(line: str) -> bool:
    return (
        line.endswith("?")
        and len(line.split()) <= _MAX_HEADING_WORDS
        and not _SENTENCE_BREAK_RE.search(line)
        and not _SPEAKER_LINE_RE.match(line)
    )


question_headings = Signal(
    id="question_headings",
    family="style",
    description="Subheadings phrased as rhetorical questions ('What's Next for Syria?')",
    present="Its subheadings are rhetorical questions, an SEO-explainer habit.",
    absent="",
    detect=_detect_question_headings,
    direction=-1,
)

hype_words = pattern_signal(
    id="hype_words",
    family="style",
    description="Hype and outrage words ('game-changer', 'shocking', 'slams', 'bombshell')",
    present="It leans on hype and outrage words instead of facts.",
    absent="",
    # Not "must-read": on real pages it is a newsletter's tagline ("POLITICO's must-read
    # briefing"), a publisher's boilerplate rather than the writer's voice.
    patterns=(
        r"\bgame[- ]?changer\b|\bgame[- ]changing\b",
        r"\b(?:shocking|stunning|jaw-?dropping|mind-?blowing|explosive|bombshell|unbelievable|"
        r"incredible|insane|outrageous|horrifying|terrifying|epic|disgusting|"
        r"groundbreaking|miracle|miraculous|skyrocket(?:ed|ing|s)?|"
        r"slams?|slammed|destroys?|destroyed|obliterates?|eviscerates?|owns|humiliates?|humiliated|"
        r"blasts?|blasted|rips|ripped into|meltdown|must-see|viral|exposed|exposes)\b",
        r"\byou won'?t believe\b",
        r"\bwill (?:blow your mind|leave you speechless|shock you)\b",
    ),
    quoted=False,
    direction=-1,
)

expose_framing = pattern_signal(
    id="expose_framing",
    family="style",
    description="Exposé framing: the story told as a hidden truth uncovered ('revealed', 'proof', 'cover-up')",
    present="It frames its story as a secret uncovered ('revealed', 'proof', 'cover-up') rather than "
    "reporting who said or did what.",
    absent="",
    # On real pages these words are twice as common in unreliable posts as in reliable ones
    # ("Proof Hillary Lied", "what they are hiding"); reporters write "said" and "found".
    patterns=(
        # Not "caught", "hid", "hidden" or "admitted" alone: reporters use them for plain facts
        # ("police caught the suspect", "he admitted the charge"); "caught lying" is an exposé.
        r"\b(?:revealed|reveals|revelations?|proof|proves|cover-?ups?|covered up|hiding|"
        r"secretly|admits|admission|leaked)\b",
        # "The truth about", "the real truth", "the truth is out there"; not the arguing idiom
        # "the truth is smaller" or "to tell the truth", which essays use without any exposé.
        r"\bthe (?:real|hidden|untold|whole) truth\b|\bthe truth (?:about|behind|is out)\b",
        r"\bcaught (?:on (?:camera|tape|video|film)|red-handed|lying|in (?:a|the|another) lie)\b",
        r"\bhidden (?:agenda|truth|motive)s?\b",
    ),
    quoted=False,
    direction=-1,
)

chatbot_leftovers = pattern_signal(
    id="chatbot_leftovers",
    family="style",
    description="Chatbot leftovers ('As an AI language model', 'Certainly! Here is')",
    present="It contains a chatbot's leftovers: the text was generated and pasted without reading.",
    absent="",
    patterns=(
        r"\bas an ai(?: language)? model\b",
        r"\bi(?: a|')m (?:just )?an ai\b",
        r"\bcertainly!? here(?:'s| is)\b",
        r"\bsure!? here(?:'s| is)\b",
        r"\bi hope this (?:helps|article helps)\b",
        r"\bas of my (?:last )?(?:knowledge|training) (?:cutoff|update)\b",
        r"\bi (?:cannot|can't|don't have the ability to) (?:browse|access real-time)\b",
        r"\bregenerate response\b",
        r"\bhere is (?:a|an|the) (?:rewritten|revised|\d+-word) (?:version|article)\b",
    ),
    scope="all",
    direction=-1,
)

_CLICKBAIT_TITLE_PATTERNS = (
    r"\byou won'?t believe\b",
    r"\bwhat happen(?:s|ed) next\b",
    r"\b(?:this|here'?s) (?:is )?why\b",
    r"\b(?:doctors|experts|they) (?:hate|don'?t want you to know)\b",
    r"\bwill (?:blow your mind|shock you|leave you)\b",
    r"\bthe (?:real )?truth about\b",
    r"^\s*(?:breaking|watch|shocking|must see|exposed|exclusive|update)\s*[:!]",
    # Tags that sell the embed rather than the story: "(VIDEO)", "[IMAGES]", "(TWEETS)".
    r"[(\[](?:video|videos|images|photos|pics|tweets?|watch)[)\]]",
    r"^\s*\d+\s+(?:biggest|best|worst|things|reasons|ways|secrets|signs|facts|shocking|top)\b",
    r"!",
    r"\b(?:slams?|destroys?|epic|shocking|stunning|bombshell|exposed|exposes|owns|humiliates?|"
    r"meltdown|brutal|insane|jaw-?dropping|goes viral|breaks the internet)\b",
    r"\?\s*$",
)
_CLICKBAIT_RE = re.compile("|".join(f"(?:{p})" for p in _CLICKBAIT_TITLE_PATTERNS), re.IGNORECASE)
# Words in capitals that shout; acronyms (NATO, IRGC) are capitals too but do not.
_SHOUT_RE = re.compile(r"\b(?:" + "|".join(word.upper() for word in SHOUTED_WORDS) + r")\b")


_CAPITALS_RE = fastre.compile(r"\b[A-Z]{4,}\b")
_ROMAN_NUMERAL_RE = re.compile(r"[IVXLCDM]+")


def _shouted_title_words(views: TextViews, title: Span, found: list[Evidence]) -> list[Evidence]:
    """Words the headline puts in capitals ('Hillary Makes Her Entrance With The Worst Song EVER').

    An acronym (NASA, ISIS) is written with a capital in the body too ("NASA", "Covid"); a
    shouted word is not (it is "ever" there, if anything). Short acronyms (WHO, CDC), numerals
    (LVIII) and codes (COVID-19, USB-C) never count.
    """
    text = views.text
    body = views.article.body
    capitals = list(_CAPITALS_RE.finditer(text, title.start, title.end))
    if not capitals:
        return []  # most headlines: no need to read the body for acronyms
    already = {evidence.start for evidence in found}
    shouted = []
    for m in capitals:
        word = m.group()
        joined = text[m.end() : m.end() + 1] in ("-", "‑") or text[m.start() - 1 : m.start()] in ("-", "‑")
        if m.start() in already or joined or _ROMAN_NUMERAL_RE.fullmatch(word):
            continue
        # "NASA" or "Nasa" in the body: the first letter as written, the rest in any case.
        if re.compile(rf"\b{word[0]}(?i:{word[1:]})\b").search(text, body.start, body.end):
            continue
        shouted.append(Evidence.at(text, m.start(), m.end()))
    return shouted


def _detect_clickbait(views: TextViews) -> Detection:
    title = views.headline  # a site name after it ("| POLITICO", "– Eagle Rising") is not clickbait
    if title is None:
        return Detection(0.0)
    text = views.text
    evidence = [Evidence.at(text, m.start(), m.end()) for m in _CLICKBAIT_RE.finditer(text, title.start, title.end)]
    if not text[title.start : title.end].isupper():  # an all-caps headline style shouts no word
        clickbait = {e.start for e in evidence}  # "SHOCKING" is both a clickbait word and a shout: once
        shouts = _SHOUT_RE.finditer(text, title.start, title.end)
        evidence += [Evidence.at(text, m.start(), m.end()) for m in shouts if m.start() not in clickbait]
        evidence += _shouted_title_words(views, title, evidence)
    evidence.sort(key=lambda e: e.start)
    return counted(evidence)


clickbait_headline = Signal(
    id="clickbait_headline",
    family="style",
    description="Clickbait cues in the headline ('You Won't Believe', 'BREAKING:', 'SLAMS', '!')",
    present="The headline is built to make people click rather than to inform.",
    absent="",
    detect=_detect_clickbait,
    direction=-1,
)


_HYPHEN_PREFIXES = frozenset(
    ["anti", "co", "ex", "mid", "multi", "non", "over", "post", "pre", "pro", "re", "self", "semi", "under"]
)


_HEADLINE_TAGS = frozenset(
    [
        "video",
        "videos",
        "watch",
        "breaking",
        "exclusive",
        "update",
        "updated",
        "live",
        "photos",
        "photo",
        "pics",
        "tweets",
        "audio",
        "listen",
    ]
)


def _detect_unsupported_headline(views: TextViews) -> Detection:
    """Headline words whose stem the story never uses ('Trey Gowdy Is The NEW DIRECTOR Of The FBI'
    over a story that only says he expects the deputy director to go).

    A news headline sums up what the story reports, so its words come back in the text; a headline
    rewritten to sell a post claims what the story does not say. Each missing word counts once.
    """
    title = views.headline  # not the site's name after it ("… – Eagle Rising")
    if title is None:
        return Detection(0.0)
    text = views.text
    missing: set[str] = set()
    evidence = []
    for match in word_matches(text, title.start, title.end):
        term = content_term(match.group())
        if match.group().lower() in _HEADLINE_TAGS:
            continue  # "[VIDEO]", "BREAKING:": a tag on the post, not a claim (clickbait_headline reads it)
        if term is None or term in missing or _headline_word_supported(views, match.group(), term):
            continue
        missing.add(term)
        evidence.append(Evidence.at(text, match.start(), match.end()))
    return counted(evidence)


def _headline_word_supported(views: TextViews, word: str, term: str) -> bool:
    if views.mentions(term):
        return True
    # "Pro-Trump", "Long-Term": supported when the story uses each part ("backs Trump", "long
    # term"); prefixes such as "pro-" and function words such as "new-" need not come back.
    parts = re.split(r"[-‑]", word)
    if len(parts) < 2:
        return False
    terms = [content_term(part) for part in parts if part.lower() not in _HYPHEN_PREFIXES]
    return all(views.mentions(term) for term in terms if term is not None)


unsupported_headline = Signal(
    id="unsupported_headline",
    family="style",
    description="Headline words the story never uses: a headline that claims more than the article reports",
    present="Its headline says things the article itself never mentions.",
    absent="",
    detect=_detect_unsupported_headline,
    direction=-1,
)


engagement_bait = pattern_signal(
    id="engagement_bait",
    family="style",
    description="Appeals to share, like or comment ('Share if you agree', 'What do you think?')",
    present="It asks readers to share or react, the habit of pages written for social feeds.",
    absent="",
    patterns=(
        r"\bshare (?:this|it|if you)\b[^.\n]{0,40}?(?:agree|everyone|friends|know|now|far and wide)",
        r"\bplease share\b",
        r"\b(?:like and share|share and like)\b",
        r"\blet us know (?:in the comments|what you think)\b",
        r"\bwhat do you think\?",
        r"\bsound off (?:below|in the comments)\b",
        r"\btell us (?:what you think|in the comments)\b",
        r"\bcomment below\b",
        r"\b(?:watch|see) (?:the|this) video below\b|\bin the video below\b",
    ),
    scope="all",
    direction=-1,
)


exclamations = pattern_signal(
    id="exclamations",
    family="style",
    description="Exclamation marks in the body",
    present="The body shouts with exclamation marks, which news writing avoids.",
    absent="",
    patterns=(r"!+",),
    quoted=False,
    direction=-1,
)

# Runs of capitals that shout ("THIS IS AN OUTRAGE"), not acronyms standing alone (NATO, FBI).
# A run stays on one line: capitals on separate lines are labels ("RELATED", "BY"), not a shout.
_SHOUT_RUN_RE = re.compile(r"\b[A-Z]{2,}[!?.,]*(?:[ \t]+[A-Z]{2,}[!?.,]*){1,}\b|\b[A-Z]{7,}\b")


def _alone_on_its_line(text: str, evidence: Evidence) -> bool:
    """One capitalised word that is the whole line: a site's name or a furniture label
    ('POLITICO', 'ADVERTISEMENT'), which says who published the page, not how it is written."""
    if " " in evidence.text or not _opens_its_line(text, evidence.start):
        return False
    after = text[evidence.end : evidence.end + _LINE_REACH]
    at_end = len(after) < _LINE_REACH or "\n" in after
    return at_end and not after.split("\n", 1)[0].strip(" \t:.!")


def _opens_its_line(text: str, start: int) -> bool:
    """Nothing but spaces before start on its line. Only a few characters are read: a longer
    stretch is prose, and searching without a bound for the line's start would be quadratic on a
    text with no line breaks."""
    before = text[max(0, start - _LINE_REACH) : start]
    at_start = start == len(before) or "\n" in before
    return at_start and not before.rsplit("\n", 1)[-1].strip()


_LINE_REACH = 8


_LETTERS_RE = re.compile(r"[A-Z]+")
# Lower-case words of the prose: not the parts of an address ("politico.com", "/trump/").
_LOWER_WORD_RE = re.compile(r"(?<![\w./@-])[a-z]+(?![\w/@-]|\.\w)")
# Page furniture in capitals: share buttons and a video player's labels ("JUST WATCHED … Replay
# More Videos … MUST WATCH"). They are the site's template, which share_bar reads; not the writer.
_FURNITURE_CAPITALS = frozenset(
    [
        "SHARE",
        "SHARES",
        "THIS",
        "STORY",
        "ON",
        "FACEBOOK",
        "TWITTER",
        "EMAIL",
        "PRINT",
        "TWEET",
        "READ",
        "MORE",
        "RELATED",
        "SUBSCRIBE",
        "ADVERTISEMENT",
        "JUST",
        "WATCHED",
        "MUST",
        "WATCH",
        "REPLAY",
        "VIDEO",
        "VIDEOS",
    ]
)
# A label opens its line and ends in a colon: "CORRECTION:", "RELATED:", "PRESENTER (LIAM DOYLE):".
_LABEL_END_RE = re.compile(r"[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*:")


def _detect_shouting(views: TextViews) -> Detection:
    """Capitals that raise the voice ('THIS IS AN OUTRAGE', 'NOTHING'), not capitals that a
    convention or a name puts there: a dateline's city, a publisher's name ('told POLITICO'),
    acronyms side by side ('HP CEO', '3 PM CET'), a label ('CORRECTION:', a transcript's
    'PRESENTER:'), or a furniture word alone on its line."""
    text = views.text
    dateline = dateline_span(views)
    found = outside_quotes(find_all(_SHOUT_RUN_RE, views, "body"), views)
    return counted(
        [
            evidence
            for evidence in found
            if not _alone_on_its_line(text, evidence)
            and not (dateline and dateline.start <= evidence.start < dateline.end)
            and not _is_label(text, evidence)
            and not set(_LETTERS_RE.findall(evidence.text)) <= _FURNITURE_CAPITALS
            and _reads_as_words(views, evidence.text)
        ]
    )


def _is_label(text: str, evidence: Evidence) -> bool:
    return _opens_its_line(text, evidence.start) and _LABEL_END_RE.match(text, evidence.end) is not None


def _reads_as_words(views: TextViews, run: str) -> bool:
    """Whether the capitals spell at least one ordinary word: a familiar one ('THIS', 'NOTHING'),
    an emphatic one, or one the text itself writes in lower case elsewhere ('PREGNANT' beside
    'pregnant'). Names and acronyms are none of these ('POLITICO', 'HEMPSTEAD', 'NBA, NCAA')."""
    if spells_ordinary_word(run):
        return True
    lower_case_words = views.shared(_lower_case_words)
    words = (token.lower() for token in _LETTERS_RE.findall(run))
    return any(len(word) >= MIN_WORD_LETTERS and word in lower_case_words for word in words)


def _lower_case_words(views: TextViews) -> frozenset[str]:
    return frozenset(match.group() for match in _LOWER_WORD_RE.finditer(views.text))


shouting = Signal(
    id="shouting",
    family="style",
    description="Words in capitals that shout in the body ('THIS IS AN OUTRAGE')",
    present="The body shouts in capital letters, which news writing does not do.",
    absent="",
    detect=_detect_shouting,
    direction=-1,
)

reader_address = pattern_signal(
    id="reader_address",
    family="style",
    description="The reader addressed as 'you' outside quotes",
    present="It talks to the reader ('you'), as posts and explainers do, rather than reporting.",
    absent="",
    patterns=(r"\b(?:you|your|you're|you'll|you've|yourself)\b",),
    quoted=False,
    direction=0,
)


def _outside_quotes(views: TextViews, pattern) -> list[Evidence]:
    """Matches in the body that are not inside a quotation (a quoted 'you' is the speaker's)."""
    return outside_quotes(find_all(pattern, views, "body"), views)


# The look-behind pins each match to the start of a clause: without it an endless line with no
# "?" is rescanned from every position (quadratic: 100,000 words took minutes).
# A question mark that a word, "=" or "/" follows is part of a web address ("youtube.com/watch?v=").
_QUESTION_RE = re.compile(r"(?<![^.!?\n\"“”])[^.!?\n\"“”]{8,}\?(?![\w=&/%])")

rhetorical_questions = Signal(
    id="rhetorical_questions",
    family="style",
    description="Questions in the body outside quotes ('Is this really what we want?')",
    present="It asks the reader questions instead of answering them.",
    absent="",
    detect=lambda views: counted(_outside_quotes(views, _QUESTION_RE)),
    direction=-1,
)

loaded_language = pattern_signal(
    id="loaded_language",
    family="style",
    description="Insults and partisan labels ('traitor', 'radical left', 'fake news', 'deep state')",
    present="It uses insults and partisan labels instead of describing what people did.",
    absent="",
    patterns=(
        r"\b(?:idiots?|morons?|imbeciles?|liars?|traitors?|thugs?|lunatics?|hypocrites?|clowns?|crooks?|"
        r"sheeple|libtards?|snowflakes?|commies|fascists?|nazis?|puppets?|disgraceful|disgrace|pathetic|"
        r"unhinged|treasonous|treason|crooked|scumbags?|lowlifes?|traitorous)\b",
        r"\b(?:radical|far|extreme|loony|crazy) (?:left|right|leftists?|liberals?|conservatives?)\b",
        r"\b(?:leftists?|globalists?|rinos?|dems)\b",
        r"\b(?:fake news|mainstream media|lamestream|liberal media|deep state|msm|establishment elites?)\b",
    ),
    quoted=False,
    direction=-1,
)

SIGNALS = (
    blog_framing,
    formulaic_conclusion,
    question_headings,
    hype_words,
    expose_framing,
    chatbot_leftovers,
    clickbait_headline,
    unsupported_headline,
    engagement_bait,
    exclamations,
    shouting,
    reader_address,
    rhetorical_questions,
    loaded_language,
)
