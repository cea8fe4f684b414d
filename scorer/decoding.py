"""Bytes to text: refuse binary files, decode text whatever its encoding."""

from __future__ import annotations

import codecs
import re

from scorer.errors import InputError

# Magic numbers of the binary formats people most often pass by mistake.
_BINARY_SIGNATURES = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\x1f\x8b": "a gzip file",
    b"\x7fELF": "an executable",
}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


# Characters no article contains and libxml2 refuses ("All strings must be XML compatible"):
# C0 controls but tab and line breaks, DEL, lone surrogates, and the two non-characters.
_CONTROL_CHARS_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def strip_control_characters(text: str) -> str:
    return _CONTROL_CHARS_RE.sub(" ", text)


def decode_bytes(data: bytes) -> str:
    """Decode an article's bytes to text, or raise InputError if they are not text."""
    for signature, what in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise InputError(f"input is {what}, not an article (plain text or HTML)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if _looks_like_bomless_utf16(data):
        return data.decode("utf-16-le" if data[1:2] == b"\x00" else "utf-16-be", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _control_byte_share(data) > 0.05:
        raise InputError("input looks like a binary file, not an article (plain text or HTML)")
    return _decode_legacy(data)


def _looks_like_bomless_utf16(data: bytes) -> bool:
    """ASCII-range text saved as UTF-16 has a NUL in every other byte."""
    sample = data[:2000]
    if len(sample) < 4:
        return False
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    return max(even_nuls, odd_nuls) > 0.4 and min(even_nuls, odd_nuls) < 0.05


def _control_byte_share(data: bytes) -> float:
    sample = data[:8000]
    if not sample:
        return 0.0
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(sample)


def _decode_legacy(data: bytes) -> str:
    """Most non-UTF-8 news text is cp1252/Latin-1; let charset-normalizer decide otherwise."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    encoding = best.encoding if best is not None else "cp1252"
    try:
        return data.decode(encoding, errors="replace")
    except LookupError:
        return data.decode("cp1252", errors="replace")
