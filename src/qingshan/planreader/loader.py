"""Read a plan document into text: plain text (UTF-8 or GB18030/GBK, detected), .docx (python-docx) or a PDF with
a text layer (pypdf). Bad input raises :class:`PlanReadError` naming the file and the reason."""

from __future__ import annotations

import io
import re
from pathlib import Path


class PlanReadError(ValueError):
    def __init__(self, path: str, reason: str):
        self.path, self.reason = path, reason
        super().__init__(f"{path}: {reason}")


_CJK = re.compile(r"[\u4e00-\u9fff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")  # control characters but \t \n \f \r


def decode_text(raw: bytes, name: str) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if _utf16(raw):  # Windows Notepad's "Unicode"
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise PlanReadError(name, "binary file: not a text, .docx or PDF document") from None
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    raise PlanReadError(name, "binary file or unknown encoding: not text in UTF-8, GB18030/GBK or UTF-16")


def _utf16(raw: bytes) -> bool:
    return raw[:2] in (b"\xff\xfe", b"\xfe\xff") and raw[:4] != b"\xff\xfe\x00\x00"  # (that is UTF-32)


def _no_control(text: str, name: str) -> str:
    """Text with more than 1 % control characters (other than tabs and line breaks) is a binary file that decoded
    by accident (GB18030 maps almost any byte sequence to characters)."""
    controls = len(_CONTROL.findall(text))
    if controls > max(1, len(text) // 100):
        raise PlanReadError(name, "binary file: not a text, .docx or PDF document")
    return text


def load_text(path: str | Path, data: bytes | None = None) -> str:
    """The document's text as read (spans in the parse refer to it)."""
    name = str(path)
    raw = Path(path).read_bytes() if data is None else data
    if not raw.strip():
        raise PlanReadError(name, "empty file")
    if raw[:4] == b"PK\x03\x04":
        return _docx(raw, name)
    if raw[:5] == b"%PDF-":
        return _pdf(raw, name)
    if b"\x00" in raw[:4096] and not _utf16(raw):
        raise PlanReadError(name, "binary file: not a text, .docx or PDF document")
    text = _no_control(decode_text(raw, name), name)
    if not text.strip():
        raise PlanReadError(name, "empty file")
    return text


def _docx(raw: bytes, name: str) -> str:
    import docx

    try:
        document = docx.Document(io.BytesIO(raw))
    except Exception as exc:  # noqa: BLE001 — python-docx raises many kinds for a damaged package
        raise PlanReadError(name, f"not a readable .docx file ({exc.__class__.__name__})") from None
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append("\t".join(cell.text for cell in row.cells))
    text = "\n".join(lines)
    if not text.strip():
        raise PlanReadError(name, ".docx file has no text")
    return text


def _pdf(raw: bytes, name: str) -> str:
    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(raw))
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as exc:  # noqa: BLE001 — pypdf raises many kinds for a damaged file
        raise PlanReadError(name, f"not a readable PDF ({exc.__class__.__name__})") from None
    text = "\n".join(pages)
    if len(_CJK.findall(text)) < 20:
        raise PlanReadError(name, "PDF has no text layer (image-only scan): run OCR first")
    return text
