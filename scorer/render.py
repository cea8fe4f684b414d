"""How a score reads in a terminal."""

from __future__ import annotations

import textwrap

import click

from scorer.scoring import Reason, ScoreResult

_BAND_COLOURS = {"low": "red", "mixed": "yellow", "high": "green", "unknown": "magenta"}
_QUOTE_CHARS = 110


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _QUOTE_CHARS else text[: _QUOTE_CHARS - 1] + "…"


def _reason_lines(reason: Reason, max_quotes: int) -> list[str]:
    colour = "green" if reason.impact > 0 else "red"
    points = click.style(f"{reason.impact:+5.1f}", fg=colour, bold=True)
    wrapped = textwrap.wrap(reason.message, width=88, subsequent_indent=" " * 8)
    lines = [f"  {points}  {wrapped[0]}"] + [f"  {line}" for line in wrapped[1:]]
    lines[0] += click.style(f"  [{reason.signal}]", dim=True)
    for evidence in reason.evidence[:max_quotes]:
        location = click.style(f"(chars {evidence.start}-{evidence.end})", dim=True)
        lines.append(f"          “{_quote(evidence.text)}” {location}")
    extra = len(reason.evidence) - max_quotes
    if extra > 0:
        lines.append(click.style(f"          … and {extra} more", dim=True))
    return lines


def render_terminal(result: ScoreResult, source: str, max_reasons: int = 8, max_quotes: int = 3) -> str:
    band = click.style(f"{result.band.upper()} reliability", fg=_BAND_COLOURS[result.band], bold=True)
    title = result.article.get("title") or "(no title)"
    lines = [
        f"{click.style(f'{result.score}/100', bold=True)}  {band}   {source}",
        f"“{_quote(str(title))}” ({result.article.get('format')}, {result.article.get('words')} words)",
    ]
    kind = result.article.get("type")
    if isinstance(kind, dict):
        cue = f"  “{_quote(kind['evidence'][0]['text'])}”" if kind.get("evidence") else ""
        lines.append(click.style(f"type: {kind['name']}: {kind['note']}", dim=True) + cue)
    lines.append("")
    for warning in result.warnings:
        lines += [click.style(f"warning: {warning}", fg="magenta", bold=True), ""]
    lowering = [r for r in result.reasons if r.impact < 0][:max_reasons]
    raising = [r for r in result.reasons if r.impact > 0][:max_reasons]
    for heading, reasons in (("What lowers the score", lowering), ("What raises the score", raising)):
        if not reasons:
            continue
        lines.append(click.style(heading, bold=True, underline=True))
        for reason in reasons:
            lines.extend(_reason_lines(reason, max_quotes))
        lines.append("")
    lines.append(
        click.style(
            f"model {result.model['name']} {result.model['version']}; "
            "impacts are score points; --format json gives every signal",
            dim=True,
        )
    )
    return "\n".join(lines)
