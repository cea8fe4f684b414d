"""Which model files may be loaded: a joblib file is a pickle, and loading one runs its code.

The shipped model must match the SHA-256 recorded in the package (scorer/shipped-model.sha256).
Any other model is loaded only if its SHA-256 is in the user's trusted list, or the user says
explicitly that they trust it (--trust-model). The hash is checked before a byte is unpickled.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from scorer.errors import ModelError

RECORDED_HASH_FILE = Path(__file__).resolve().parent / "shipped-model.sha256"
TRUSTED_LIST_ENV = "SCORER_TRUSTED_MODELS"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def recorded_shipped_hash() -> str | None:
    try:
        return RECORDED_HASH_FILE.read_text(encoding="utf-8").split()[0]
    except (OSError, IndexError):
        return None


def trusted_list_path() -> Path:
    configured = os.environ.get(TRUSTED_LIST_ENV)
    if configured:
        return Path(configured)
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "scorer" / "trusted-models.txt"


def trusted_hashes() -> set[str]:
    """Hashes in the trusted list: a SHA-256 first on each line (sha256sum's format works),
    '#' starts a comment."""
    hashes = set()
    shipped = recorded_shipped_hash()
    if shipped:
        hashes.add(shipped)
    try:
        lines = trusted_list_path().read_text(encoding="utf-8").splitlines()
    except OSError:
        lines = []
    for line in lines:
        words = line.split("#", 1)[0].split()
        if words:
            hashes.add(words[0].lower())
    return hashes


def check_shipped(path: Path) -> None:
    check_shipped_digest(path, file_sha256(path))


def check_trusted(path: Path, trust: bool) -> None:
    if not trust:
        check_trusted_digest(path, file_sha256(path), trust)


def check_shipped_digest(path: Path, actual: str) -> None:
    """The shipped model's bytes (their SHA-256) must be those recorded in the package."""
    recorded = recorded_shipped_hash()
    if recorded is None:
        raise ModelError(f"no SHA-256 is recorded for the shipped model ({RECORDED_HASH_FILE} is missing)")
    if actual != recorded:
        raise ModelError(
            f"the shipped model {path} does not match the SHA-256 recorded in the package "
            f"(got {actual[:16]}…, expected {recorded[:16]}…): it was changed or truncated; "
            "reinstall scorer (in a checkout: rebuild it, README.md 'Rebuild the model')"
        )


def check_trusted_digest(path: Path, actual: str, trust: bool) -> None:
    """Another model's SHA-256 must be in the trusted list, unless the caller trusts it."""
    if trust:
        return
    if actual not in trusted_hashes():
        raise ModelError(
            f"refusing to load {path}: its SHA-256 {actual} is not in the trusted list. A model file "
            "is a pickle and runs code when loaded: load it only if you trust where it came from, "
            f"with --trust-model, or add the hash to {trusted_list_path()}"
        )


def record_shipped_hash(path: Path) -> str:
    """Record a rebuilt shipped model's hash in the package (what `scorer train` does for it)."""
    digest = file_sha256(path)
    RECORDED_HASH_FILE.write_text(f"{digest}  models/{path.name}\n", encoding="utf-8")
    return digest
