"""Normalisation that keeps a map back to the text as read.

Full-width punctuation becomes ASCII and a "." between Chinese words "。" (one character for one, so offsets are
kept); in OCR'd text the page markers
("5、" opening a page) and the line breaks and spaces the scan put inside sentences are removed — those change the
length, so every normalised character remembers its offset in the original (``Normalized.orig``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FULL_TO_ASCII = str.maketrans(
    {
        "，": ",",
        "（": "(",
        "）": ")",
        "：": ":",
        "；": ";",
        "．": ".",
        "！": "!",
        "？": "?",
        "～": "~",
        "％": "%",
        "／": "/",
        "　": " ",
        **{chr(0xFF10 + i): str(i) for i in range(10)},
    }
)
_CJK = "\u4e00-\u9fff"
_CJK_STOP = re.compile(r"(?<=[\u4e00-\u9fff])(?<![一二三四五六七八九十])\.(?=[\u4e00-\u9fff])")
_PAGE_MARKER = re.compile(r"(?m)^(\d{1,3})、")


@dataclass
class Normalized:
    text: str
    orig: list[int]  # orig[i] = offset in the source of normalised character i (len(text) + 1 entries)
    ocr: bool

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Source span of the normalised range [start, end)."""
        if end <= start:
            return (self.orig[start], self.orig[start])
        return (self.orig[start], self.orig[end - 1] + 1)


def page_markers(text: str) -> list[re.Match]:
    """OCR page markers: line-opening "N、" whose numbers run 1, 2, 3 … (at least three in sequence)."""
    found, expected = [], 1
    for m in _PAGE_MARKER.finditer(text):
        if int(m[1]) == expected:
            found.append(m)
            expected += 1
    return found if len(found) >= 3 else []


def normalize(source: str) -> Normalized:
    markers = page_markers(source)
    ocr = bool(markers)
    drop = [False] * len(source)
    if ocr:
        for m in markers:
            for i in range(m.start(), m.end()):
                drop[i] = True
            if m.start() > 0 and source[m.start() - 1] == "\n":
                drop[m.start() - 1] = True
        # Line breaks and spaces the scan put inside sentences.
        for m in re.finditer(r"[ \t\r\n]+", source):
            before = source[m.start() - 1] if m.start() else ""
            after = source[m.end()] if m.end() < len(source) else ""
            if not (before.isascii() and before.isalnum() and after.isascii() and after.isalnum()):
                for i in range(m.start(), m.end()):
                    drop[i] = True
    chars, orig = [], []
    for i, ch in enumerate(source):
        if not drop[i]:
            chars.append(ch)
            orig.append(i)
    orig.append(len(source))
    text = "".join(chars).translate(FULL_TO_ASCII)
    # A PDF's text layer writes the full stop as "." between Chinese words ("消除劣Ⅴ类断面.全市…"): a sentence end,
    # one character for one. Not after a numeral ("二.主要任务" is a heading's number).
    text = _CJK_STOP.sub("。", text)
    if ocr:
        text = text.replace("(-)", "(一)")  # OCR reads 一 as a hyphen inside the parentheses
    return Normalized(text, orig, ocr)
