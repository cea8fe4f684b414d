"""Errors a user can act on. The CLI prints their message on one line and exits non-zero."""

from __future__ import annotations


class ScorerError(Exception):
    """Base class: anything whose message is meant for the user, not a traceback."""


class InputError(ScorerError):
    """The article could not be read or is not something we can score."""


class ModelError(ScorerError):
    """The model file is missing, unreadable or does not fit this version of scorer."""


class OutputError(ScorerError):
    """An output file could not be written, or exists and may not be replaced."""
