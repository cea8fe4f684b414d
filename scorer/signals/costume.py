"""What fabrications in the costume of news do differently, as a careful editor would notice.

A hoax written as news has a dateline, numbers and quotes; what it lacks is a way to check
them. Its extraordinary claim rests on one private person nobody can find; the people it
accuses "could not be reached", with no word of what was asked; its figures come from nowhere;
someone "secretly" did something that no record shows. Its headline is often long, packed
with names and short of small words (Horne and Adali, 2017). Real reporting says what it asked,
of whom and when, and what it could not verify: that is a merit here.
"""

from __future__ import annotations

import re

from scorer import fastre
from scorer.signals.base import Detection, Evidence, Signal, counted, in_quotes, lower_case
from scorer.textviews import TextViews, word_matches

# A private person: someone no reader could find from what the piece says about them.
_PRIVATE_PERSON = (
    r"(?:nurse|resident|neighbou?r|friend|family friend|close friend|relative|family member|employee|"
    r"worker|soldier|witness|eyewitness|staffer|doctor|guard|villager|local|contractor|driver|"
    r"insider|whistleblower|caregiver|maid|bodyguard|acquaintance|cousin|man|woman)"
)
_LONE_WITNESS = lower_case(
    (
        # "according to a private nurse who cared for the singer"
        r"\baccording to (?:a|an|one) (?:[\w'’-]+ ){0,2}?" + _PRIVATE_PERSON + r"\b",
        # "a nurse, who gave only her first name," / "a resident who asked not to be named"
        r"\b(?:a|an|one) (?:[\w'’-]+ ){0,2}?"
        + _PRIVATE_PERSON
        + r"(?: [\w'’-]+){0,4}?,? (?:who )?(?:gave only (?:his|her|their|a) first name|"
        r"would (?:only )?give (?:only )?(?:his|her|their) first name|asked not to be (?:named|identified)|"
        r"declined to (?:give (?:his|her|their) (?:full )?name|be identified|be named)|spoke on condition of "
        r"anonymity|did not want (?:his|her|their) name)",
        # "a family friend told the site", "one neighbour claimed"
        r"\b(?:a|one) (?:family friend|close friend|family member|relative|neighbou?r|local|insider|"
        r"whistleblower) (?:told|said|claimed|revealed|confirmed|insisted)\b",
    )
)
# "...a nurse, Maria Lopez, said": the person is named right after, so they can be found.
_NAMED_RIGHT_AFTER_RE = re.compile(r",?\s+(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w'’-]+,")


def _detect_lone_witness(views: TextViews) -> Detection:
    text = views.text
    body = views.article.body
    found = []
    for match in _LONE_WITNESS.finditer(views, body.start, body.end):
        if in_quotes(views, match.start()) or _NAMED_RIGHT_AFTER_RE.match(text, match.end()):
            continue
        found.append(Evidence.at(text, match.start(), match.end()))
    return counted(found)


lone_witness = Signal(
    id="lone_witness",
    family="attribution",
    description="Claims carried by a private person nobody can check ('according to a nurse who gave only "
    "her first name')",
    present="A claim rests on a private person the reader cannot identify or check.",
    absent="",
    detect=_detect_lone_witness,
    direction=-1,
)

# Someone who did not answer: the same phrase is care or costume depending on what follows.
_NO_RESPONSE = lower_case(
    (
        r"\bcould not (?:immediately )?be reached\b",
        r"\b(?:was|were) not (?:immediately )?(?:available|reachable) for comment\b",
        r"\b(?:did|does|has|have) not (?:immediately )?(?:respond|responded|return|returned|reply|replied|"
        r"comment|commented)\b",
        r"\b(?:declined|refused) to (?:comment|confirm|respond|discuss)\b",
        r"\bno one (?:was available|could be reached|answered)\b",
        r"\bhas yet to (?:comment|respond)\b",
    )
)
# What makes a non-answer a record of the reporting: what was asked, how, or when.
_REQUEST_DETAIL = lower_case(
    (
        r"\brequests? for comment\b",
        r"\b(?:e-?mails?|phone calls?|calls|messages?|voicemails?|text messages?|questions|inquiries|"
        r"enquiries|letters?)\b",
        r"\bby (?:phone|email|e-mail|telephone|text)\b",
        r"\b(?:on|by|since|before) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
        r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)? (?:morning|afternoon|evening)\b",
        r"\bbefore (?:publication|this story was published|deadline)\b",
        r"\bat (?:his|her|their) (?:office|home|lawyer'?s office)\b",
        r"\bthrough (?:a|his|her|their) (?:lawyer|attorney|spokes(?:wo)?man|spokesperson|publicist|agent)\b",
    )
)
# Saying what could not be checked is what fabrications never do.
_UNVERIFIED_ADMITTED = lower_case(
    (
        r"\bcould not (?:be )?(?:independently )?(?:verified|verify|confirmed|confirm)\b",
        r"\bhas not been (?:independently )?(?:verified|confirmed)\b",
        r"\b(?:was|were|is|are) unable to (?:independently )?(?:verify|confirm)\b",
        r"\bnot (?:been )?able to (?:independently )?(?:verify|confirm)\b",
    )
)


def _responses(views: TextViews) -> tuple[list[Evidence], list[Evidence]]:
    """Non-answers split into those the piece documents (what was asked, when) and bare ones."""
    text = views.text
    body = views.article.body
    documented: list[Evidence] = []
    bare: list[Evidence] = []
    for match in _NO_RESPONSE.finditer(views, body.start, body.end):
        if in_quotes(views, match.start()):
            continue
        sentence = views.sentence_around(match.start())
        detail = _REQUEST_DETAIL.span_in(views, sentence.start, sentence.end) if sentence else None
        evidence = Evidence.at(text, match.start(), match.end())
        if detail:
            start, end = min(match.start(), detail[0]), max(match.end(), detail[1])
            documented.append(Evidence.at(text, start, end))
        else:
            bare.append(evidence)
    for match in _UNVERIFIED_ADMITTED.finditer(views, body.start, body.end):
        if not in_quotes(views, match.start()):
            documented.append(Evidence.at(text, match.start(), match.end()))
    documented.sort(key=lambda evidence: evidence.start)
    return documented, bare


bare_no_comment = Signal(
    id="bare_no_comment",
    family="attribution",
    description="Someone 'could not be reached' or 'declined to comment', with no word of what was asked or when",
    present="It says people could not be reached or declined to comment, but never what they were asked or when.",
    absent="",
    detect=lambda views: counted(views.shared(_responses)[1]),
    direction=-1,
)

response_sought = Signal(
    id="response_sought",
    family="attribution",
    description="Says what was asked of whom and when, or what could not be verified ('did not respond to "
    "emails sent Tuesday')",
    present="It records its own checking: who was asked for a response and when, or what it could not verify.",
    absent="",
    detect=lambda views: counted(views.shared(_responses)[0]),
    direction=1,
)

# An accusation: wrongdoing alleged or found against someone.
_ACCUSATION = lower_case(
    (
        r"\b(?:accused|accuses|accusing|alleged|alleges|allegedly|violated|violating|sued|suing|lawsuit|"
        r"fraud|fraudulent|misconduct|illegally|unlawfully|negligence|negligent|corruption|corrupt|bribes?|"
        r"bribery|embezzl\w+|cover-?up|covered up|abused|mistreated|defrauded|kickbacks?|scandal|"
        r"wrongdoing|cheated|rigged|falsified|poisoned|concealed)\b",
    )
)
# Any sign that the accused side was heard or asked: a reply, a denial, a statement, a non-answer.
_REPLY = lower_case(
    (
        r"\b(?:denied|denies|deny|denying|responded|responds|response|replied|replies|rejected|rejects|"
        r"disputed|disputes|declined|refused|defended|defends|countered|pushed back|in a statement|"
        r"statement (?:from|by|issued|released)|spokes(?:wo)?man|spokesperson|lawyer for|attorney for|"
        r"representative for|could not be reached|did not (?:respond|return|reply)|has not (?:responded|commented)|"
        r"no comment|comment)\b",
    )
)


def _detect_unanswered_accusation(views: TextViews) -> Detection:
    """An accusation in a piece that never says the accused side was asked or answered."""
    text = views.text
    body = views.article.body
    if _REPLY.search(views, body.start, body.end):
        return Detection(0.0)
    accusations = [m for m in _ACCUSATION.finditer(views, body.start, body.end) if not in_quotes(views, m.start())]
    if not accusations:
        return Detection(0.0)
    return Detection(1.0, tuple(Evidence.at(text, m.start(), m.end()) for m in accusations[:8]))


unanswered_accusation = Signal(
    id="unanswered_accusation",
    family="attribution",
    description="Wrongdoing alleged against someone who, as far as the piece says, was never asked to reply",
    present="It accuses someone of wrongdoing but never says they were asked to reply, or what they said.",
    absent="",
    detect=_detect_unanswered_accusation,
    kind="flag",
    direction=-1,
)

# Figures: percentages, money, numbers in the thousands, and counts of people. On RE2: a
# dozen alternations tried at every offset cost more on re than all the other costume signals.
_FIGURE_RE = fastre.compile(
    r"\b\d+(?:[.,]\d+)?\s?(?:%|percent\b|per cent\b)"
    r"|[$€£]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|m)\b)?"
    r"|\b\d{1,3}(?:,\d{3})+\b"
    r"|\b\d+(?:\.\d+)?\s(?:million|billion|trillion|thousand)\b"
    r"|\b\d{2,}\s(?:people|troops|soldiers|patients|children|deaths|dead|civilians|cases|students|"
    r"workers|residents|families|victims|homes|ballots|votes|babies|women|men|fighters|refugees)\b"
)
# A figure whose sentence (or the one before) says where it comes from.
_FIGURE_SOURCE = lower_case(
    (
        r"\b(?:said|says|say|told|according to|reported|reports?|data|figures|statistics|survey|poll|study|"
        r"census|records?|statement|estimates?|estimated|filings?|budget|audit|tally|counted|showed|shows|"
        r"found|published|released|announced|documents?|spreadsheet|database|analysis|index|forecast|"
        r"projected|projects|reported|testified|listed|recorded)\b",
    )
)


def _unsupported(views: TextViews, matches, support, before: int, after: int) -> Detection:
    """Matches outside quotes with no `support` in their sentence, `before` sentences before it
    or `after` sentences after it: a claim whose basis the piece does not give."""
    found = []
    for match in matches:
        index = views.sentence_index(match.start())
        if index is None or in_quotes(views, match.start()):
            continue
        sentences = views.sentences
        start = sentences[max(0, index - before)].start
        end = sentences[min(len(sentences) - 1, index + after)].end
        if support.span_in(views, start, end) is None:
            found.append(Evidence.at(views.text, match.start(), match.end()))
    return counted(found)


def _detect_unsourced_figures(views: TextViews) -> Detection:
    body = views.article.body
    return _unsupported(views, _FIGURE_RE.finditer(views.text, body.start, body.end), _FIGURE_SOURCE, 1, 0)


unsourced_figures = Signal(
    id="unsourced_figures",
    family="attribution",
    description="Figures (percentages, amounts, counts) in sentences that give no source for them",
    present="It gives figures without saying where they come from.",
    absent="",
    detect=_detect_unsourced_figures,
    direction=-1,
)

_SECRET_ACT = lower_case(
    (
        r"\b(?:secretly|quietly|privately|covertly) (?:\w+ly )?(?:signed|signs|ordered|orders|admitted|admits|"
        r"met|meets|paid|pays|funded|approved|planned|moved|told|agreed|transferred|negotiated|struck|"
        r"arranged|authori[sz]ed|confessed|diverted|hid|sold|bought|deleted|shipped|instructed|sent|removed|"
        r"lobbied|settled|buried|destroyed|tested|owns|owned|funneled|funnelled|pocketed|confided|warned|"
        r"fired|hired|recorded|cut|dropped|gave|gives|took|ran|pushed|financed|bankrolled|shelved|"
        r"scrapped|cancelled|canceled|delayed|killed)\b",
        r"\bbehind closed doors\b",
        r"\bin secret\b",
        r"\bsecret (?:deal|meeting|plan|payments?|talks|order|memo|agreement|pact|list|program|programme)\b",
    )
)
# A record that shows the secret act: then "secretly" reports a finding, not an insinuation.
_SECRET_RECORD = lower_case(
    (
        r"\b(?:court|judge|jury|ruling|records?|emails?|documents?|filings?|recording|recordings|transcript|"
        r"testimony|testified|audit|invoices?|minutes|indictment|disclosed|disclosure|"
        r"freedom of information|public records|obtained by|released by|investigation found|inquiry found|"
        r"report found|pleaded|admitted in)\b",
    )
)


def _detect_secret_conduct(views: TextViews) -> Detection:
    body = views.article.body
    return _unsupported(views, _SECRET_ACT.finditer(views, body.start, body.end), _SECRET_RECORD, 1, 1)


secret_conduct = Signal(
    id="secret_conduct",
    family="attribution",
    description="Claims about what someone did 'secretly', 'quietly' or 'privately', with no record cited",
    present="It says someone acted in secret, but cites no record that shows it.",
    absent="",
    detect=_detect_secret_conduct,
    direction=-1,
)

# Function words: what a news headline keeps and a packed one drops.
_FUNCTION_WORDS = frozenset(
    str.split(
        "a an the of in on at to for with by from and or but as is are was were be been being it its this that "
        "these those after over into about than up out off not no how what why who when where will would can "
        "could should may might has have had his her their our your my we you they he she i him them us do does "
        "did amid before under against between during while if so just new says said"
    )
)


def _detect_packed_headline(views: TextViews) -> Detection:
    """Content words minus function words in the headline: long headlines of names and few small words
    score high. Horne and Adali (2017) found fake-news titles longer, with more proper nouns and fewer
    stop words, than real news titles."""
    headline = views.headline
    if headline is None:
        return Detection(0.0)
    words = [match.group().lower() for match in word_matches(views.text, headline.start, headline.end)]
    function = sum(1 for word in words if word in _FUNCTION_WORDS)
    value = float(max(0, len(words) - 2 * function))
    evidence = (Evidence.at(views.text, headline.start, headline.end),) if value > 0 else ()
    return Detection(value=value, evidence=evidence)


packed_headline = Signal(
    id="packed_headline",
    family="style",
    description="A long headline packed with names and few small words (Horne and Adali, 2017)",
    present="Its headline is long and packed with names, with few of the small words a news headline keeps.",
    absent="",
    detect=_detect_packed_headline,
    kind="measure",
    direction=-1,
)

SIGNALS = (
    lone_witness,
    bare_no_comment,
    response_sought,
    unanswered_accusation,
    unsourced_figures,
    secret_conduct,
    packed_headline,
)
