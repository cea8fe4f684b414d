"""scorer: reliability scores for news articles, with the sourcing evidence behind them."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
