"""The report's colours, one place, with the WCAG contrast maths that keeps them readable.

Every colour the report's CSS uses comes from here, and ``CONTRAST_PAIRS`` lists each text
colour with each background it is drawn on, so a test can hold them all to WCAG AA (4.5:1).
"""

from __future__ import annotations

from dataclasses import dataclass

TEXT = "#1b1b1b"
PAGE = "#ffffff"
# Panels: the "Found outside the article" blocks and the reasons list.
PANEL = "#f3f4f6"
MUTED = "#565656"
# Hairlines between rows: decoration, never under text.
RULE = "#d0d4da"
LINK = "#0b57d0"
TOOLTIP_TEXT = "#ffffff"
TOOLTIP_BACKGROUND = "#1f2328"
ON_BAND = "#ffffff"
LOWERS = "#a8231b"
RAISES = "#1d6a34"


@dataclass(frozen=True)
class FamilyStyle:
    letter: str  # the marker drawn on each highlight, so colour is not the only carrier
    tint: str  # highlight background, under TEXT
    accent: str  # underline and marker letter, on the tint
    gist: str  # what the family is about, for the legend


# Hues far apart on the wheel (amber, blue, magenta, violet, green) so neighbours differ.
FAMILIES: dict[str, FamilyStyle] = {
    "attribution": FamilyStyle("A", "#fde2b8", "#7a4100", "who the claims are credited to"),
    "provenance": FamilyStyle(
        "P", "#cfe3ff", "#1d4f91", "where and when it comes from: dateline, byline, dates, links"
    ),
    "contamination": FamilyStyle(
        "C", "#f8cde0", "#8c1d4f", "page furniture and text that does not belong to the story"
    ),
    "style": FamilyStyle("S", "#e0d6f7", "#4b2a8a", "blog, hype and clickbait phrasing"),
    "readability": FamilyStyle("R", "#c9ecd4", "#1f5f35", "length and difficulty of the text"),
}
# A family this version does not know (a newer model, a hand-built result) still renders.
OTHER_FAMILY = FamilyStyle("?", "#e4e4e4", "#3d3d3d", "other signals")

BANDS: dict[str, str] = {"low": "#a8231b", "mixed": "#7d4e00", "high": "#1d6a34", "unknown": "#4a4a4a"}


def family_style(family: str) -> FamilyStyle:
    return FAMILIES.get(family, OTHER_FAMILY)


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a #rrggbb colour."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio, 1 to 21; AA asks 4.5 for body text."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _pairs() -> tuple[tuple[str, str, str], ...]:
    pairs = [
        ("text on page", TEXT, PAGE),
        ("text on panel", TEXT, PANEL),
        ("muted on page", MUTED, PAGE),
        ("muted on panel", MUTED, PANEL),
        ("link on page", LINK, PAGE),
        ("link on panel", LINK, PANEL),
        ("lowers on panel", LOWERS, PANEL),
        ("raises on panel", RAISES, PANEL),
        ("lowers on page", LOWERS, PAGE),
        ("raises on page", RAISES, PAGE),
        ("tooltip", TOOLTIP_TEXT, TOOLTIP_BACKGROUND),
    ]
    pairs += [(f"{band} band", ON_BAND, colour) for band, colour in BANDS.items()]
    for name, style in [*FAMILIES.items(), ("other", OTHER_FAMILY)]:
        pairs.append((f"text on {name}", TEXT, style.tint))
        pairs.append((f"{name} marker", style.accent, style.tint))
        # The legend and the reasons list draw the family's letter on the page and panels too.
        pairs.append((f"{name} accent on page", style.accent, PAGE))
        pairs.append((f"{name} accent on panel", style.accent, PANEL))
    return tuple(pairs)


# (what, foreground, background): every pairing of text and background the report draws.
CONTRAST_PAIRS = _pairs()
