"""Evidence files are what their names say (walkthrough finding: a .txt of random bytes was accepted as a photo, a
45-byte text renamed .pdf as a report)."""

from __future__ import annotations

import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from qingshan.core.uploads import content_matches

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"


@pytest.mark.parametrize(
    ("name", "data", "ok"),
    [
        ("a.pdf", b"%PDF-1.7\n...", True),
        ("a.pdf", b"this is not a pdf at all, only text", False),
        ("a.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF", True),
        ("a.jpg", os.urandom(64).replace(b"\xff", b"\x00"), False),
        ("a.png", PNG, True),
        ("a.png", b"%PDF-1.4", False),
        ("a.docx", b"PK\x03\x04\x14\x00", True),
        ("a.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504, True),
        ("a.doc", b"PK\x03\x04", False),
        ("a.txt", "整改报告:已完成。".encode("gb18030"), True),
        ("a.csv", "序号,问题\n1,扬尘\n".encode(), True),
        ("a.txt", b"\x00\x01\x02binary", False),
        ("a.pdf", b"", False),
    ],
)
def test_content_matches_extension(name, data, ok):
    f = SimpleUploadedFile(name, data)
    assert content_matches(f, name.rsplit(".", 1)[1]) is ok
    assert f.tell() == 0  # the file is left where it was, for the storage to read it whole
