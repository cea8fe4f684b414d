"""Shared word lists and patterns for people, organisations and attribution verbs."""

from __future__ import annotations

import re
from itertools import islice

from scorer import fastre

ATTRIBUTION_VERBS = (
    r"said|says|say|told|tells|stated|states|wrote|writes|added|adds|explained|noted|argued|"
    r"testified|announced|confirmed|warned|recalled|acknowledged|insisted|replied|cautioned|"
    r"emphasized|emphasised|stressed|observed|conceded|estimated|predicted|claimed|claims|"
    r"asked|answered|responded|declared|continued|concluded|remarked|countered"
)
_CAP_WORD = r"[A-Z][a-zA-Z'’\-]+"
# Two to four capitalised words ("Maria Ortega", "Police Chief Dana Whitfield"), allowing
# initials and particles. Whether it names a person is checked in code (see looks_like_person).
# The parts of a name stand on one line: "Advertisement\n\nMembers asked" is no person.
PERSON_NAME = rf"(?:{_CAP_WORD}|[A-Z]\.)(?:[ \t]+(?:{_CAP_WORD}|[A-Z]\.|de|da|van|von|bin|al-\w+|Mc\w+)){{1,3}}"

# Words that start a capitalised run without it being a name.
_NOT_NAME_START = frozenset(
    [
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "You",
        "In",
        "On",
        "At",
        "But",
        "And",
        "However",
        "When",
        "While",
        "If",
        "After",
        "Before",
        "As",
        "For",
        "From",
        "Some",
        "Many",
        "Most",
        "Several",
        "One",
        "Two",
        "Three",
        "Officials",
        "Police",
        "Experts",
        "Critics",
        "Sources",
        "Reports",
        "Analysts",
        "Residents",
        "Fans",
        "Insiders",
        "Observers",
        "Others",
        "People",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Meanwhile",
        "Still",
        "Yet",
        "Today",
        "Yesterday",
        "Last",
        "Next",
        "Earlier",
        "Later",
        "Why",
        "What",
        "How",
        "Who",
        "Where",
        "Our",
        "Their",
        "His",
        "Her",
        "Its",
        "Your",
        "My",
        "Both",
        "Such",
        "According",
        "Also",
        "Then",
        "Now",
        "Here",
        "There",
        "So",
        "Although",
        "Though",
        "Because",
        "Since",
        "During",
        "Under",
        "Over",
    ]
)
ORGANISATION_WORDS = frozenset(
    [
        "Department",
        "Ministry",
        "Police",
        "Service",
        "Services",
        "Agency",
        "Office",
        "Council",
        "Commission",
        "Court",
        "University",
        "Institute",
        "Bureau",
        "Board",
        "Authority",
        "Company",
        "Corp",
        "Corporation",
        "Inc",
        "Ltd",
        "Association",
        "Center",
        "Centre",
        "Committee",
        "Administration",
        "Government",
        "Organization",
        "Organisation",
        "Federation",
        "League",
        "Hospital",
        "District",
        "Party",
        "Senate",
        "House",
        "Congress",
        "Parliament",
        "Assembly",
        "Union",
        "Bank",
        "Fund",
        "Foundation",
        "Group",
        "Network",
        "Times",
        "Post",
        "News",
        "Journal",
        "Tribune",
        "Herald",
        "Press",
        "Reuters",
        "Guardian",
        "Club",
        "Team",
        "Agency",
        "Laboratory",
        "Lab",
        "College",
        "School",
        "Schools",
        "Council",
        "Coalition",
        "Alliance",
        "Forum",
        "Trust",
        "Society",
        "Academy",
        "Institution",
        "Administration",
        "Cabinet",
        "Army",
        "Navy",
        "Force",
        "Forces",
        "Command",
        "Guard",
        "Corps",
        "Regime",
        "Kremlin",
        "Pentagon",
        "Whitehouse",
        "Republicans",
        "Democrats",
        "Republican",
        "Democratic",
    ]
)


# Titles before a name ("Police Chief Dana Whitfield"): not part of the name itself.
_TITLES = frozenset(
    [
        "Police",
        "Chief",
        "Mayor",
        "Commissioner",
        "Senator",
        "Sen",
        "Rep",
        "Representative",
        "Gov",
        "Governor",
        "President",
        "Minister",
        "Judge",
        "Justice",
        "Dr",
        "Prof",
        "Professor",
        "Officer",
        "Sgt",
        "Sergeant",
        "Capt",
        "Captain",
        "General",
        "Gen",
        "Col",
        "Colonel",
        "Lt",
        "Secretary",
        "Director",
        "Coach",
        "Detective",
        "Councilwoman",
        "Councilman",
        "Councillor",
        "Councilor",
        "Inspector",
        "Superintendent",
        "Sheriff",
        "Deputy",
        "Attorney",
        "Prosecutor",
        "Ambassador",
        "Chancellor",
        "Premier",
        "Speaker",
        "Chairman",
        "Chairwoman",
        "Chair",
        "Dean",
        "Principal",
        "Rev",
        "Reverend",
        "Father",
        "Sister",
        "Mr",
        "Mrs",
        "Ms",
        "Miss",
        "Sir",
        "Dame",
        "Lord",
        "Lady",
        "Prime",
        "Foreign",
        "Defence",
        "Defense",
        "Finance",
        "Health",
        "Interior",
        "State",
        "Assistant",
        "Fire",
        "Manager",
        "Spokesman",
        "Spokeswoman",
        "Spokesperson",
        "Treasurer",
        "Trustee",
        "Alderman",
        "Alderwoman",
        "Supervisor",
        "Admiral",
    ]
)


def looks_like_person(name: str) -> bool:
    words = [word.strip(".,'’") for word in name.split()]
    while len(words) > 2 and words[0] in _TITLES:
        words = words[1:]
    if len(words) < 2 or words[0] in _NOT_NAME_START:
        return False
    if words[0] in _TITLES and len(words) == 2:
        return words[1] not in ORGANISATION_WORDS and words[1] not in _TITLES
    return not any(word in ORGANISATION_WORDS or word in _TITLES for word in words)


def looks_like_organisation(name: str) -> bool:
    words = name.split()
    return bool(words) and any(word.strip(".,'’") in ORGANISATION_WORDS for word in words)


NAMED_SPEAKER_RE = fastre.compile(
    # "Maria Ortega, the county's finance director, said" / "Mayor Dana Whitfield told"
    rf"(?P<before>{PERSON_NAME})(?:,\s(?:[^,.;:\"“”\n]{{2,90}}),)?\s+(?:{ATTRIBUTION_VERBS})\b"
    # "said Maria Ortega" / "according to Maria Ortega"
    rf"|\b(?:{ATTRIBUTION_VERBS}|[Aa]ccording to)\s+(?:[a-z][\w-]*\s+){{0,3}}(?P<after>{PERSON_NAME})"
)
PERSON_NAME_RE = fastre.compile(PERSON_NAME)
# No article quotes thousands of people: past this, a page of names is read no further (a
# 1 MB page of "Alpha Beta said" would otherwise cost seconds for a count nobody needs).
MAX_MENTIONS = 2000
# A surname alone with an attribution verb: "Okafor said", "said Okafor", "according to Okafor".
SURNAME_SPEAKER_RE = fastre.compile(
    rf"\b(?P<before>[A-Z][a-z'’\-]+)(?:,\s(?:[^,.;:\"“”\n]{{2,90}}),)?\s+(?:{ATTRIBUTION_VERBS})\b"
    rf"|\b(?:{ATTRIBUTION_VERBS}|[Aa]ccording to)\s+(?P<after>[A-Z][a-z'’\-]+)\b"
)
ORGANISATION_NAME = rf"(?:the\s+)?(?:{_CAP_WORD}\s+){{0,5}}{_CAP_WORD}"
COMMON_INSTITUTIONS = (
    r"police|prosecutors|investigators|regulators|the (?:ministry|department|agency|company|"
    r"court|judge|council|city|county|district|board|commission|sheriff'?s office|fire department|"
    r"hospital|university|school district|league|club|team|government|coast guard|army|navy|"
    r"weather service|met office|firm|bank|central bank|airline|utility|state|governor'?s office|"
    r"white house|pentagon|state department|ruling|indictment|complaint|filing|report|study|"
    r"statement|lawsuit|order|audit|survey|memo|letter)"
)
INSTITUTION_SPEAKER_RE = fastre.compile(
    rf"\b(?P<org>{ORGANISATION_NAME})\s+(?:{ATTRIBUTION_VERBS}|reported|issued|published|released)\b"
    rf"|\b[Aa]ccording to\s+(?P<org2>{ORGANISATION_NAME})"
    rf"|\b(?i:{COMMON_INSTITUTIONS})\s+(?:{ATTRIBUTION_VERBS}|reported|issued|released)\b",
)


def named_speakers(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """Matches of a named person with an attribution verb, with non-names filtered out."""
    end = len(text) if end is None else end
    found = []
    for match in islice(NAMED_SPEAKER_RE.finditer(text, start, end), MAX_MENTIONS):
        name = match.group("before") or match.group("after")
        if looks_like_person(name):
            found.append(match)
    return found


def institution_speakers(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """Matches of a named organisation, or a known kind of institution, as a source."""
    end = len(text) if end is None else end
    found = []
    for match in INSTITUTION_SPEAKER_RE.finditer(text, start, end):
        org = match.group("org") or match.group("org2")
        if org is None or looks_like_organisation(org):
            found.append(match)
    return found


def surnames(text: str, start: int = 0, end: int | None = None) -> set[str]:
    """Last names of the people named in full in text[start:end], for later "Okafor said"."""
    end = len(text) if end is None else end
    found = set()
    for match in islice(PERSON_NAME_RE.finditer(text, start, end), MAX_MENTIONS):
        if looks_like_person(match.group()):
            last = match.group().split()[-1]
            found.add(last.removesuffix("'s").removesuffix("’s"))
    return found


def speaker_mentions(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans where a named person is given as a speaker: in full, or by a surname named before."""
    import bisect

    end = len(text) if end is None else end
    full = [(m.start(), m.end()) for m in named_speakers(text, start, end)]  # in text order
    full_starts = [s for s, _ in full]
    known = surnames(text, start, end)
    spans = list(full)
    for match in islice(SURNAME_SPEAKER_RE.finditer(text, start, end), MAX_MENTIONS):
        name = match.group("before") or match.group("after")
        if name not in known:
            continue
        # Skip a surname mention that overlaps a full-name mention already found (bisect: a
        # page of 40,000 names must not cost 40,000 x 40,000 comparisons).
        index = bisect.bisect_left(full_starts, match.end())
        if index and full[index - 1][1] > match.start():
            continue
        spans.append((match.start(), match.end()))
    return sorted(spans)
