"""HTML reports that show an editor where the evidence is.

``render_page`` gives one article's self-contained page; ``write_batch_report`` writes a page
per article and an index sorted by score.
"""

from __future__ import annotations

from scorer.report.batch import write_batch_report
from scorer.report.page import render_page

__all__ = ["render_page", "write_batch_report"]
