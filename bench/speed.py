"""Scoring speed against the libraries underneath, as ratios measured in one run.

Usage: python bench/speed.py [--write]   (--write also updates bench/RESULTS.md)

Prints, for the same inputs in the same run:
- plain text: full scoring per article vs textstat.flesch_reading_ease and re.findall(r"\\w+")
- HTML: full scoring per page vs trafilatura.extract on the same pages
- cold start: `scorer score FILE` vs `python -c "import sklearn.linear_model"`
- where the time goes, signal by signal
- growth with length (1,000 vs 20,000 words) and the slowest signal on hostile inputs
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import project_articles, shared_texts, words
from bench.machine import describe

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
TYPICAL_WORDS = (300, 1500)
REPEATS = 3


def per_item_ms(function: Callable[[str], object], items: Sequence[str], repeats: int = REPEATS) -> float:
    """Best of `repeats` passes over the items, in milliseconds per item."""
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        for item in items:
            function(item)
        best = min(best, time.perf_counter() - started)
    return 1000 * best / len(items)


def unique(texts: Sequence[str], round_number: int) -> list[str]:
    """Make each pass's texts distinct, so textstat's per-text cache cannot answer from memory."""
    return [f"{text}\n{round_number}" for text in texts]


def text_figures(model) -> list[tuple[str, float, str]]:
    import textstat

    from scorer.reading import article_from_text
    from scorer.scoring import score_article

    texts = [t for t in project_articles(".txt") + shared_texts() if TYPICAL_WORDS[0] <= words(t) <= TYPICAL_WORDS[1]]
    score_article(article_from_text(texts[0]), model)  # warm: model and dictionaries loaded once
    textstat.flesch_reading_ease(texts[0])
    scorer_ms = min(
        per_item_ms(lambda t: score_article(article_from_text(t), model), unique(texts, r), 1) for r in range(REPEATS)
    )
    flesch_ms = min(per_item_ms(textstat.flesch_reading_ease, unique(texts, 100 + r), 1) for r in range(REPEATS))
    tokens_ms = per_item_ms(lambda t: re.findall(r"\w+", t), texts)
    mean_words = statistics.mean(words(t) for t in texts)
    return [
        (
            f"plain text, {len(texts)} articles of {TYPICAL_WORDS[0]}-{TYPICAL_WORDS[1]} words "
            f"(mean {mean_words:.0f}): scorer ms/article",
            scorer_ms,
            "",
        ),
        ("  textstat.flesch_reading_ease ms/article", flesch_ms, ""),
        ("  re.findall(r'\\w+') ms/article", tokens_ms, ""),
        ("  ratio scorer / flesch_reading_ease", scorer_ms / flesch_ms, "target <= 5"),
        ("  ratio scorer / tokenising pass", scorer_ms / tokens_ms, ""),
    ]


def html_figures(model) -> list[tuple[str, float, str]]:
    import trafilatura

    from scorer.reading import article_from_text
    from scorer.scoring import score_article

    pages = project_articles(".html")
    score_article(article_from_text(pages[0]), model)
    scorer_ms = per_item_ms(lambda page: score_article(article_from_text(page), model), pages)
    extract_ms = per_item_ms(trafilatura.extract, pages)
    return [
        (f"HTML, {len(pages)} pages: scorer ms/page", scorer_ms, ""),
        ("  trafilatura.extract ms/page", extract_ms, ""),
        ("  ratio scorer / trafilatura.extract", scorer_ms / extract_ms, "target <= 1.5"),
    ]


def wall_seconds(command: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def cold_start_figures() -> list[tuple[str, float, str]]:
    article = next(t for t in project_articles(".txt") if 400 <= words(t) <= 900)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as handle:
        handle.write(article)
    subprocess.run([sys.executable, "-m", "scorer", "score", handle.name], check=True, stdout=subprocess.DEVNULL)
    scorer_s = wall_seconds([sys.executable, "-m", "scorer", "score", handle.name])
    sklearn_s = wall_seconds([sys.executable, "-c", "import sklearn.linear_model"])
    Path(handle.name).unlink()
    return [
        ("cold `scorer score FILE` seconds (median of 5)", scorer_s, ""),
        ("  python -c 'import sklearn.linear_model' seconds", sklearn_s, ""),
        ("  ratio", scorer_s / sklearn_s, "target <= 1.5"),
    ]


def signal_profile() -> list[tuple[str, float]]:
    from scorer.reading import article_from_text
    from scorer.signals import SIGNALS
    from scorer.textviews import TextViews

    articles = [article_from_text(t) for t in project_articles(".txt")]
    totals = dict.fromkeys((s.id for s in SIGNALS), 0.0)
    for article in articles:
        views = TextViews(article)
        for signal in SIGNALS:
            started = time.perf_counter()
            signal.detect(views)
            totals[signal.id] += time.perf_counter() - started
    return sorted(((sid, 1000 * t / len(articles)) for sid, t in totals.items()), key=lambda row: -row[1])


def growth_figures(model) -> list[tuple[str, float, str]]:
    from scorer.reading import article_from_text
    from scorer.scoring import score_article

    bodies = [t.split("\n\n", 1)[-1] for t in project_articles(".txt")]
    pool = "\n\n".join(bodies).split()

    def article_of(count: int, offset: int) -> str:
        chunk = pool[offset : offset + count]
        paragraphs = [" ".join(chunk[i : i + 80]) for i in range(0, len(chunk), 80)]
        return "A long article for the growth benchmark\n\n" + "\n\n".join(paragraphs)

    small = [article_of(1000, 1000 * i) for i in range(5)]
    large = [article_of(20000, 20000 * i % max(1, len(pool) - 20000)) for i in range(2)]
    small_ms = per_item_ms(lambda t: score_article(article_from_text(t), model), small)
    large_ms = per_item_ms(lambda t: score_article(article_from_text(t), model), large, repeats=2)
    return [
        ("1,000-word article ms", small_ms, ""),
        ("20,000-word article ms", large_ms, ""),
        ("  ratio 20,000 / 1,000 words", large_ms / small_ms, "target <= 25"),
    ]


HOSTILE_INPUTS = {
    "one endless line": "word " * 200_000,
    "no spaces": "a" * 500_000,
    "capitalised words": "Alpha Beta Gamma Delta said " * 40_000,
    "quotes without end": '"' + "said the official " * 40_000,
    "dots": "." * 300_000,
    "dashes and capitals": "WASHINGTON — " * 40_000,
    "unclosed brackets": "[caption " * 60_000,
}


def hostile_figures() -> list[tuple[str, float, str]]:
    from scorer.plaintext import parse_plain_text
    from scorer.signals import SIGNALS
    from scorer.textviews import TextViews

    rows = []
    for name, body in HOSTILE_INPUTS.items():
        views = TextViews(parse_plain_text("Headline\n\n" + body))
        slowest, slowest_id = 0.0, ""
        for signal in SIGNALS:
            started = time.perf_counter()
            signal.detect(views)
            elapsed = time.perf_counter() - started
            if elapsed > slowest:
                slowest, slowest_id = elapsed, signal.id
        rows.append(
            (f"hostile input '{name}' ({len(body):,} chars): slowest signal {slowest_id} s", slowest, "target < 1")
        )
    return rows


def render(sections: dict[str, list[tuple[str, float, str]]], profile: list[tuple[str, float]]) -> str:
    lines = [f"Machine: {describe()}", ""]
    for title, rows in sections.items():
        lines += [f"## {title}", "", "| figure | value | target |", "|---|---|---|"]
        lines += [f"| {label} | {value:,.3f} | {target} |" for label, value, target in rows]
        lines.append("")
    lines += [
        "## Where the time goes (ms per article, project plain-text articles)",
        "",
        "| signal | ms |",
        "|---|---|",
    ]
    lines += [f"| {sid} | {ms:.3f} |" for sid, ms in profile]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="also write bench/RESULTS.md")
    arguments = parser.parse_args()
    from scorer.model import load_model

    model = load_model()
    sections = {
        "Plain text": text_figures(model),
        "HTML": html_figures(model),
        "Cold start": cold_start_figures(),
        "Growth with length": growth_figures(model),
        "Hostile inputs (regular-expression backtracking)": hostile_figures(),
    }
    report = render(sections, signal_profile())
    print(report)
    if arguments.write:
        RESULTS.write_text(
            "# Speed benchmark results\n\nWritten by `python bench/speed.py --write`.\n\n" + report, encoding="utf-8"
        )


if __name__ == "__main__":
    main()
