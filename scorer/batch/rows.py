"""One input record to one output row: the score, or the reason it could not be scored."""

from __future__ import annotations

from scorer.batch.inputs import InputRecord
from scorer.errors import ScorerError
from scorer.model import ReliabilityModel
from scorer.reading import MAX_INPUT_BYTES, article_from_text
from scorer.scoring import score_article

TOP_REASONS = 3
# A row's rendered report page travels under this key and is removed before the row is written.
REPORT_KEY = "_report"


def score_record(
    record: InputRecord,
    index: int,
    model: ReliabilityModel,
    explain: bool = False,
    max_bytes: int = MAX_INPUT_BYTES,
    report: bool = False,
) -> dict:
    """The output row for one record. Never raises for a bad record: the error goes in the row."""
    row: dict = {"index": index, "id": record.id}
    if record.error is not None:
        row["error"] = record.error
        return row
    text = record.text or ""
    if len(text) > max_bytes // 4 and len(text.encode("utf-8")) > max_bytes:
        row["error"] = f"record is larger than the limit of {max_bytes:,} bytes (raise it with --max-bytes)"
        return row
    try:
        article = article_from_text(record.text or "", url=record.url, html=record.is_html)
        result = score_article(article, model)
    except ScorerError as error:
        row["error"] = str(error)
        return row
    except RecursionError:
        row["error"] = "the page is nested too deeply to parse"
        return row
    data = result.to_dict()
    row.update(score=data["score"], band=data["band"], probability=data["probability"])
    if data["warnings"]:
        row["warnings"] = data["warnings"]
    if explain:
        row["reasons"] = data["reasons"]
    else:
        row["reasons"] = [
            {
                "signal": r["signal"],
                "impact": r["impact"],
                "message": r["message"],
                "evidence": r["evidence"][0]["text"] if r["evidence"] else None,
            }
            for r in data["reasons"][:TOP_REASONS]
        ]
    row["signals"] = data["signals"]
    row["words"] = data["article"]["words"]
    if report:
        # Rendered here, in the worker, where the article still is; the main process writes it.
        from scorer.report import render_page

        lowering = [r for r in result.reasons if r.impact < 0]
        row[REPORT_KEY] = {
            "html": render_page(article, result, source=record.id, back_href="../index.html"),
            "title": result.article.get("title") or "(no title)",
            "warning": lowering[0].message if lowering else "",
        }
    return row
