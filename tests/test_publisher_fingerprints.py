"""No signal of the model fires on a publisher's name or house boilerplate.

Such strings leak the label in real collections (a fifth of one set's reliable articles open with
"(CNN)", a third carry Politico's "Story Continued Below"): a signal that fired on them would
measure the publisher, not the sourcing. Adding each to a neutral article must leave every model
feature as it was.
"""

from __future__ import annotations

import pytest

from scorer.reading import article_from_text
from scorer.signals import MODEL_SIGNALS, detect_all

HEADLINE = "Council weighs new rules for short-term rentals"
BODY = (
    "The council discussed the proposal for two hours and heard from landlords, tenants and "
    "neighbours who live near the busiest streets. Members asked for more figures before a vote, "
    "and the chair said the question would come back in the spring after a second hearing."
)
BOILERPLATE = [
    ("opening", "(CNN)"),
    ("opening", "Washington (CNN) —"),
    ("opening", "(Reuters) -"),
    ("middle", "Story Continued Below"),
    ("middle", "Advertisement"),
    ("end", "Featured image via Twitter"),
    ("end", "Copyright 2016 The Associated Press. All rights reserved."),
    ("end", "Getty Images"),
    ("end", "POLITICO"),
    ("middle", "POLITICO's must-read briefing on what's driving the day in Washington"),
    ("middle", "JUST WATCHED Senator on the budget Replay More Videos ... MUST WATCH"),
]


def _features(text: str) -> dict[str, float]:
    detections = detect_all(article_from_text(text))
    return {signal.id: detections[signal.id].value for signal in MODEL_SIGNALS}


@pytest.mark.parametrize(("where", "boilerplate"), BOILERPLATE, ids=[b for _, b in BOILERPLATE])
def test_publisher_boilerplate_moves_no_model_feature(where: str, boilerplate: str) -> None:
    first, second = BODY.split(". ", 1)
    if where == "opening":
        body = f"{boilerplate} {BODY}"
    elif where == "middle":
        body = f"{first}.\n\n{boilerplate}\n\n{second}"
    else:
        body = f"{BODY}\n\n{boilerplate}"
    plain = _features(f"{HEADLINE}\n\n{first}.\n\n{second}")
    marked = _features(f"{HEADLINE}\n\n{body}")
    changed = {k: (plain[k], marked[k]) for k in plain if k not in _LENGTH_BOUND and plain[k] != marked[k]}
    assert not changed


# Measures of the text's shape move a little with any added words; they are not about who published.
_LENGTH_BOUND = {"grade_level", "sentence_length", "number_density", "name_density", "packed_headline"}
