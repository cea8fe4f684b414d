"""Regular expressions on RE2 where it can take them, Python's re where it cannot.

RE2 runs a pattern in time linear in the text (no backtracking, so no input can make it
slow) and is several times faster than re on our alternations of phrases. It lacks
look-arounds and back-references: those patterns stay on re. Both give the same matches and
character offsets on the patterns that RE2 accepts (tests run every signal's table through
whichever engine is installed).
"""

from __future__ import annotations

import os
import re

_INLINE_FLAGS = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"))
_LOOKAROUND_RE = re.compile(r"\(\?(?:=|!|<=|<!)|\\[1-9]")


def compile(pattern: str, flags: int = 0):
    """A compiled pattern with re's finditer/search/findall/match, on RE2 when possible."""
    if os.environ.get("SCORER_NO_RE2"):  # compare the engines, or rule RE2 out
        return re.compile(pattern, flags)
    try:
        import re2
    except ImportError:
        return re.compile(pattern, flags)
    if _LOOKAROUND_RE.search(pattern):
        return re.compile(pattern, flags)
    inline = "".join(letter for flag, letter in _INLINE_FLAGS if flags & flag)
    options = re2.Options()
    options.log_errors = False  # RE2 would print its parse errors on stderr
    try:
        return re2.compile((f"(?{inline})" if inline else "") + pattern, options)
    except Exception:  # re2.error: syntax RE2 does not have
        return re.compile(pattern, flags)


def uses_re2(compiled: object) -> bool:
    return not isinstance(compiled, re.Pattern)
