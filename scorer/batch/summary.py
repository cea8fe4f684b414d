"""What a batch job did: counts, throughput, bands, mean score, the signals that fired most."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from scorer.signals import SIGNALS_BY_ID

TOP_SIGNALS = 10


@dataclass
class Summary:
    scored: int = 0
    failed: int = 0
    resumed_from: int = 0
    score_total: float = 0.0
    bands: Counter[str] = field(default_factory=Counter)
    fired: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)

    def add(self, row: dict) -> None:
        if "error" in row:
            self.failed += 1
            self.errors[row["error"].split(" (")[0][:80]] += 1
            return
        self.scored += 1
        self.score_total += row["score"]
        self.bands[row["band"]] += 1
        for signal_id, value in row["signals"].items():
            # Readability measures (grade level, length) are always "on": count what was found.
            signal = SIGNALS_BY_ID.get(signal_id)  # a resumed output may hold another version's signals
            if signal is not None and signal.family != "readability" and value > 0:
                self.fired[signal_id] += 1

    def merge(self, other: Summary) -> None:
        """Add another shard's summary to this one (the Dask engine sums its shards)."""
        self.scored += other.scored
        self.failed += other.failed
        self.resumed_from += other.resumed_from
        self.score_total += other.score_total
        self.bands.update(other.bands)
        self.fired.update(other.fired)
        self.errors.update(other.errors)

    def as_dict(self, seconds: float) -> dict:
        """The whole output: after --resume, the earlier run's rows count too (they were added
        first); the throughput is this run's."""
        records = self.scored + self.failed
        this_run = records - self.resumed_from
        return {
            "records": records,
            "scored": self.scored,
            "failed": self.failed,
            "resumed_after": self.resumed_from,
            "seconds": round(seconds, 2),
            "records_per_second": round(this_run / seconds, 2) if seconds > 0 else None,
            "bands": {band: self.bands.get(band, 0) for band in ("low", "mixed", "high", "unknown")},
            "mean_score": round(self.score_total / self.scored, 2) if self.scored else None,
            "signals_fired_most": [
                {"signal": signal_id, "records": count, "share": round(count / self.scored, 3)}
                for signal_id, count in self.fired.most_common(TOP_SIGNALS)
            ],
            "errors": dict(self.errors.most_common(TOP_SIGNALS)),
        }


def render_summary(summary: dict) -> str:
    lines = [
        f"scored {summary['scored']:,}, failed {summary['failed']:,} "
        f"({summary['records_per_second'] or 0:,.1f} records/s over {summary['seconds']:.1f}s)"
        + (f"; resumed after {summary['resumed_after']:,} records" if summary["resumed_after"] else ""),
        "bands: "
        + ", ".join(f"{band} {count:,}" for band, count in summary["bands"].items())
        + (f"; mean score {summary['mean_score']:.1f}" if summary["mean_score"] is not None else ""),
    ]
    if summary["signals_fired_most"]:
        lines.append(
            "signals that fired most: "
            + ", ".join(f"{row['signal']} {100 * row['share']:.0f}%" for row in summary["signals_fired_most"][:6])
        )
    for message, count in summary["errors"].items():
        lines.append(f"  {count:,} x {message}")
    return "\n".join(lines)
