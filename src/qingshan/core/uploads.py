"""Is an uploaded file what its name says? Evidence files (progress reports, rectification closure material) are
accepted by extension *and* content: a random-bytes ``photo.jpg`` or a text file renamed ``.pdf`` is refused.

The content check uses ``filetype`` (a maintained, pure-Python library of file signatures). Office formats that
are ZIP containers (.docx, .xlsx, OFD) are accepted when the bytes are a ZIP archive; the old binary Office formats
(.doc, .xls) when they are an OLE compound file; .txt and .csv when they are text (no NUL byte, UTF-8 or GB18030).
"""

from __future__ import annotations

import filetype

#: The signature families each accepted extension may carry.
FAMILIES: dict[str, set[str]] = {
    "pdf": {"pdf"},
    "jpg": {"jpg"},
    "jpeg": {"jpg"},
    "png": {"png"},
    "zip": {"zip"},
    "docx": {"zip", "docx"},
    "xlsx": {"zip", "xlsx"},
    "ofd": {"zip"},
    "doc": {"ole", "doc"},
    "xls": {"ole", "xls"},
}
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
TEXT = {"txt", "csv"}
#: What a photo (照片) may be: a picture, or the documents offices put their photos in.
PHOTO_TYPES = ["jpg", "jpeg", "png", "pdf", "doc", "docx", "ofd", "zip"]


def extension(name: str) -> str:
    """A file name's extension, lower case, without the dot ("" when it has none)."""
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def _head(f, n: int = 8192) -> bytes:
    pos = f.tell() if hasattr(f, "tell") else 0
    f.seek(0)
    head = f.read(n)
    f.seek(pos)
    return head


def content_matches(f, ext: str) -> bool:
    """True when the file's bytes are of the kind its extension ``ext`` names (see the module's note)."""
    head = _head(f)
    if not head:
        return False
    if ext in TEXT:
        if b"\x00" in head:
            return False
        body = head[:-4] if len(head) == 8192 else head  # a multi-byte character may be cut at the end
        for enc in ("utf-8-sig", "gb18030"):
            try:
                text = body.decode(enc)
            except UnicodeDecodeError:
                continue
            return not any(ord(c) < 32 and c not in "\t\r\n\f" for c in text)
        return False
    kind = filetype.guess(head)
    found = {kind.extension} if kind else set()
    if head.startswith(OLE):
        found.add("ole")
    return bool(found & FAMILIES.get(ext, set()))
