"""Cut a text at every boundary of a set of spans that may overlap.

Evidence from different signals overlaps ("One senior Russian officer stated" is an unnamed
source inside a passage that may also be vague attribution), but HTML elements cannot cross.
So the text is split at every start and end, and each piece lists every span covering it:
a character under three spans carries all three.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Generic, TypeVar

Label = TypeVar("Label")


@dataclass(frozen=True)
class Segment(Generic[Label]):
    start: int
    end: int
    # Labels of the spans covering every character of this piece, in the order they were given.
    covering: tuple[Label, ...] = ()


def split_at_spans(
    length: int, spans: Sequence[tuple[int, int, Label]], cuts: Iterable[int] = ()
) -> list[Segment[Label]]:
    """Pieces that tile ``[0, length)``, cut at every span boundary and at each of ``cuts``.

    Spans are half-open ``(start, end, label)``; they are clamped to the text, and empty ones
    are dropped (there is nothing to show). ``cuts`` are extra boundaries (section breaks) that
    no piece may cross.
    """
    kept = [(max(0, start), min(length, end), label) for start, end, label in spans]
    kept = [(start, end, label) for start, end, label in kept if end > start]
    starts: dict[int, list[int]] = defaultdict(list)
    ends: dict[int, list[int]] = defaultdict(list)
    for index, (start, end, _) in enumerate(kept):
        starts[start].append(index)
        ends[end].append(index)
    bounds = sorted({0, length, *starts, *ends, *(cut for cut in cuts if 0 < cut < length)})
    active: set[int] = set()
    segments: list[Segment[Label]] = []
    for start, end in pairwise(bounds):
        # Spans are half-open: one ending here no longer covers this piece; one starting here does.
        active.difference_update(ends.get(start, ()))
        active.update(starts.get(start, ()))
        segments.append(Segment(start, end, tuple(kept[index][2] for index in sorted(active))))
    return segments
