"""RE2 where it can run a pattern, Python's re where it cannot, with the same matches."""

from __future__ import annotations

import re

import pytest

from scorer import fastre

re2 = pytest.importorskip("re2", reason="google-re2 is not installed: everything runs on re")


def test_plain_patterns_run_on_re2_and_look_arounds_on_re() -> None:
    assert fastre.uses_re2(fastre.compile(r"\bas reported by (?:various|several) outlets\b"))
    assert not fastre.uses_re2(fastre.compile(r"(?<![.!?])[.!?]+(?![.!?])"))


@pytest.mark.parametrize(
    ("pattern", "flags", "text"),
    [
        (r"\breports? indicate\b", 0, "café — naïve reports indicate; Reports indicate"),
        (r"^[ \t]*(?:share|subscribe)[ \t]*:?[ \t]*$", re.MULTILINE, "story\nshare:\n subscribe \nend"),
        (r"(?P<name>[A-Z][a-z]+) said", re.IGNORECASE, "ÉLise said and Okafor SAID"),
    ],
)
def test_same_matches_and_character_offsets_as_re(pattern: str, flags: int, text: str) -> None:
    fast = fastre.compile(pattern, flags)
    assert fastre.uses_re2(fast)
    expected = [(m.start(), m.end()) for m in re.compile(pattern, flags).finditer(text)]
    assert [(m.start(), m.end()) for m in fast.finditer(text)] == expected


def test_scorer_no_re2_forces_python_re(monkeypatch) -> None:
    monkeypatch.setenv("SCORER_NO_RE2", "1")
    assert not fastre.uses_re2(fastre.compile(r"\bplain\b"))
