"""Broken, huge and hostile input: one clear line and a documented exit code, or an error row."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from scorer.cli import cli
from scorer.cli_options import EXIT_INPUT_ERROR
from tests.resources import CONTENT_FARM_TEXT, WELL_SOURCED_TEXT

FIFTY_MB = 50 * 1024 * 1024
ARTICLE = WELL_SOURCED_TEXT.read_text(encoding="utf-8")


def score_file(tmp_path, data: bytes, *extra: str):
    path = tmp_path / "input"
    path.write_bytes(data)
    return CliRunner().invoke(cli, ["score", str(path), "--format", "json", *extra])


def assert_one_line_error(result, message: str) -> None:
    assert result.exit_code == EXIT_INPUT_ERROR, result.output
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output


NESTED = "<html><body>" + "<div>" * 100_000 + "<p>deep</p>" + "</div>" * 100_000 + "</body></html>"
REFUSED = {
    "empty": (b"", "empty"),
    "whitespace only": (b"  \n\t\n  ", "empty"),
    "a few words": (b"Council meets\n\nThe council met.", "too short"),
    "PDF": (b"%PDF-1.7\n1 0 obj<<>>endobj", "PDF"),
    "PNG": (b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG"),
    "ZIP": (b"PK\x03\x04" + bytes(100), "ZIP"),
    "deeply nested HTML": (NESTED.encode(), "no article text"),
    "HTML with no body": (b"<!DOCTYPE html><html><head><title>Head only</title></head></html>", "no article text"),
    "HTML with only scripts": (
        b"<!DOCTYPE html><html><body><script>go()</script><script>x()</script></body></html>",
        "no article text",
    ),
    "HTML frameset": (
        b"<!DOCTYPE html><html><frameset><frame src='a.html'><frame src='b.html'></frameset></html>",
        "no article text",
    ),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_refused_input(tmp_path, case: str) -> None:
    data, message = REFUSED[case]
    assert_one_line_error(score_file(tmp_path, data), message)


@pytest.mark.parametrize("suffix", [b"", b"<!DOCTYPE html><html><body><p>"])
def test_fifty_megabytes_are_refused_naming_the_limit_and_the_option(tmp_path, suffix: bytes) -> None:
    data = suffix + (ARTICLE.encode() * (FIFTY_MB // len(ARTICLE) + 1))
    result = score_file(tmp_path, data)
    assert_one_line_error(result, "20,000,000 bytes")
    assert "--max-bytes" in result.output


def test_the_limit_can_be_raised(tmp_path) -> None:
    data = ARTICLE.encode() * 40  # ~70 KB
    assert score_file(tmp_path, data, "--max-bytes", "10000").exit_code == EXIT_INPUT_ERROR
    assert score_file(tmp_path, data, "--max-bytes", "1000000").exit_code == 0


@pytest.mark.parametrize(
    "data",
    [
        ARTICLE.encode("utf-16"),
        ARTICLE.replace("—", "-").encode("latin-1"),
        ARTICLE.encode("utf-8") + b"\xff\xfe broken \xc3\x28 bytes",  # mixed and invalid UTF-8
        ARTICLE.replace(" the ", " the\x00 ").encode(),  # NUL bytes
        ("Headline\n\n" + " ".join(ARTICLE.split()) * 30).encode(),  # one endless line
    ],
    ids=["utf-16", "latin-1", "invalid-utf-8", "nul-bytes", "endless-line"],
)
def test_odd_but_readable_text_is_scored(tmp_path, data: bytes) -> None:
    result = score_file(tmp_path, data)
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert 0 <= report["score"] <= 100 and report["warnings"] == []


def test_an_article_in_another_language_says_so_instead_of_a_verdict(tmp_path) -> None:
    french = (
        "Le conseil municipal adopte le budget\n\nLe conseil municipal de la ville a adopté mardi soir un "
        "budget de quarante-huit millions d'euros pour la digue, après deux ans de débats. La maire a "
        "déclaré que les travaux commenceraient au printemps, tandis que l'opposition a dénoncé un coût "
        "trop élevé pour les habitants des quartiers les plus exposés aux crues de la rivière."
    )
    report = json.loads(score_file(tmp_path, french.encode()).output)
    assert report["band"] == "unknown"
    assert "does not look like English" in report["warnings"][0]


def test_batch_turns_every_hostile_record_into_an_error_row(tmp_path) -> None:
    source = tmp_path / "in.jsonl"
    good = json.dumps({"id": "good", "text": CONTENT_FARM_TEXT.read_text()})
    records = [
        good,
        json.dumps({"id": "empty", "text": ""}),
        json.dumps({"id": "nested", "html": NESTED}),
        json.dumps({"id": "frameset", "html": REFUSED["HTML frameset"][0].decode()}),
        json.dumps({"id": "huge", "text": ARTICLE * 20}),
        good.replace('"good"', '"last"')[:40],  # a truncated last line
    ]
    source.write_text("\n".join(records), encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["batch", str(source), "-o", str(tmp_path / "out.jsonl"), "--quiet", "--jobs", "1", "--max-bytes", "20000"]
    )
    assert result.exit_code == 5
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [row["id"] for row in rows] == ["good", "empty", "nested", "frameset", "huge", "line 6"]
    assert "score" in rows[0] and all("error" in row for row in rows[1:])
    assert "20,000 bytes" in rows[4]["error"] and "--max-bytes" in rows[4]["error"]
    assert "malformed JSON" in rows[5]["error"]


PATHOLOGICAL = {
    "endless line": "word " * 100_000,
    "names": "Alpha Beta Gamma Delta said " * 20_000,
    "dots": "." * 200_000,
    "unclosed quotes": '"' + "said the official " * 20_000,
    "unclosed curly quotes": "“ the truth " * 40_000,
    "embedded-post signatures on one line": "Read this pic.twitter.com/a1b2c3 now. " * 20_000,
    # A quote after a long paragraph ending in ':' must not read back to the start of the body.
    "colon introductions": ("word " * 100 + "he told the assembly:\n\n“We will not leave this place.”\n\n") * 2_000,
}


@pytest.mark.parametrize("case", sorted(PATHOLOGICAL))
def test_no_signal_backtracks_catastrophically(case: str) -> None:
    """A guard, not a benchmark: linear signals take well under a second here (bench/speed.py
    measures them); a quadratic one takes minutes. The bound is loose enough for any machine."""
    import time

    from scorer.plaintext import parse_plain_text
    from scorer.signals import SIGNALS
    from scorer.textviews import TextViews

    views = TextViews(parse_plain_text("Headline\n\n" + PATHOLOGICAL[case]))
    for signal in SIGNALS:
        started = time.monotonic()
        signal.detect(views)
        assert time.monotonic() - started < 20, signal.id
