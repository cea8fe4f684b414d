"""Print the genre x label x format table of training_data/articles for its datasheet."""

from __future__ import annotations

import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scorer.corpus import parse_front_matter

ROOT = Path(__file__).resolve().parent.parent / "training_data" / "articles"


def main() -> None:
    table: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    hard: collections.Counter = collections.Counter()
    for path in sorted(ROOT.rglob("*")):
        if path.suffix not in (".txt", ".html"):
            continue
        meta, _ = parse_front_matter(path.read_text(encoding="utf-8"))
        key = (meta["label"], "html" if path.suffix == ".html" else "txt")
        table[meta["genre"]][key] += 1
        table["**all**"][key] += 1
        if "hard_case" in meta:
            hard[meta["label"]] += 1
    print("| genre | reliable (text / HTML) | unreliable (text / HTML) |")
    print("|---|---|---|")
    for genre in sorted(table, key=lambda g: (g == "**all**", g)):
        c = table[genre]
        print(f"| {genre} | {c[('reliable', 'txt')]} / {c[('reliable', 'html')]} "
              f"| {c[('unreliable', 'txt')]} / {c[('unreliable', 'html')]} |")
    print(f"\nRecords marked `hard_case`: {hard['reliable']} reliable, {hard['unreliable']} unreliable.")


if __name__ == "__main__":
    main()
