"""The one way a model reaches a process: its bytes read once, the trust rule applied to those
bytes, and only then unpickled, once per process.

Every engine uses it: `scorer score`, the local batch workers, the Dask shards and the Dask
collection API. The bytes travel to worker processes and cluster workers with their SHA-256, so
a worker unpickles exactly what the caller checked, whether or not the caller was the CLI.
"""

from __future__ import annotations

import hashlib
import io
import zlib
from pathlib import Path

from scorer.errors import ModelError
from scorer.model import SHIPPED_MODEL_PATH, ReliabilityModel
from scorer.model_trust import check_shipped_digest, check_trusted_digest

# Models this process has unpickled, by SHA-256: a worker loads each model once.
_loaded: dict[str, ReliabilityModel] = {}


def trusted_model_bytes(path: str | Path | None = None, trust: bool = False) -> tuple[bytes, str]:
    """The model file's bytes and SHA-256, once the trust rule allows them (ModelError if not).

    The shipped model must match the hash recorded in the package; any other must be in the
    trusted list, or `trust` must say the caller trusts it (scorer.model_trust).
    """
    path = Path(path) if path else SHIPPED_MODEL_PATH
    shipped = path.resolve() == SHIPPED_MODEL_PATH
    if not path.exists():
        if shipped:
            raise ModelError(f"the shipped model is missing from the installed package ({path}): reinstall scorer")
        raise ModelError(f"model file not found: {path}")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ModelError(f"model file {path} cannot be read ({error.strerror})") from error
    digest = hashlib.sha256(data).hexdigest()
    if shipped:
        check_shipped_digest(path, digest)
    else:
        check_trusted_digest(path, digest, trust)
    return data, digest


def model_from_bytes(data: bytes, digest: str, source: str = "the model") -> ReliabilityModel:
    """Unpickle checked bytes (from trusted_model_bytes), once per process: workers share it."""
    _check_digest(data, digest, source)  # cheap, and a cached model must not excuse other bytes
    model = _loaded.get(digest)
    if model is None:
        model = _loaded[digest] = unpickled(data, digest, source)
    return model


def _check_digest(data: bytes, digest: str, source: str) -> None:
    if hashlib.sha256(data).hexdigest() != digest:
        raise ModelError(f"{source}: the model's bytes do not match the SHA-256 that was checked")


def _decompressed(data: bytes, source: str) -> bytes:
    """The pickle inside a zlib-compressed joblib file, which must end where its stream ends.

    joblib's own reader loops forever on bytes after the stream (a file appended to, or two
    files concatenated): decompressing here turns that into a one-line error.
    """
    if not data.startswith(b"x"):  # not zlib: joblib reads it as it is
        return data
    decompressor = zlib.decompressobj()
    try:
        raw = decompressor.decompress(data)
    except zlib.error as error:
        raise ModelError(f"model file {source} is damaged: {error}") from error
    if not decompressor.eof or decompressor.unused_data:
        raise ModelError(f"model file {source} is damaged: truncated, or bytes follow its compressed data")
    return raw


def unpickled(data: bytes, digest: str, source: str = "the model") -> ReliabilityModel:
    """A new model object from checked bytes (load_model's: a caller may change its own copy)."""
    _check_digest(data, digest, source)
    import joblib

    pickled = _decompressed(data, source)
    try:
        model = joblib.load(io.BytesIO(pickled))
    except Exception as error:  # a truncated or foreign pickle fails in many ways
        raise ModelError(f"model file {source} could not be loaded: {type(error).__name__}: {error}") from error
    if not isinstance(model, ReliabilityModel):
        raise ModelError(f"{source} is not a scorer model")
    return model
