"""Normalisation that keeps a map back to the text as read.

Full-width punctuation becomes ASCII, a "." between Chinese words "。" and a text in traditional characters simplified
ones (one character for one, so offsets are kept); in OCR'd text the page markers
("5、" opening a page) and the line breaks and spaces the scan put inside sentences are removed, and so are pinyin
glosses a copy put after characters ("達(dá)州") — those change the length, so every normalised character remembers its offset in the original (``Normalized.orig``).
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
        # a table drawn with box-drawing characters ("┌──┬──┐" / "│序号│ 责任单位 │" / "├──┼──┤", as text copies of
        # Word tables and old law databases print them): its walls are bars, its rules blank
        **dict.fromkeys("│┃║", "|"),
        **dict.fromkeys("─━═┌┬┐├┼┤└┴┘┏┳┓┣╋┫┗┻┛╔╦╗╠╬╣╚╩╝╞╪╡╒╤╕╘╧╛╓╥╖╟╫╢╙╨╜", " "),
    }
)
_CJK = "\u4e00-\u9fff"
_CJK_STOP = re.compile(r"(?<=[\u4e00-\u9fff])(?<![一二三四五六七八九十])\.(?=[\u4e00-\u9fff])")
_PAGE_MARKER = re.compile(r"(?m)^(\d{1,3})、")
_SPACED_WORD = re.compile(
    "|".join(
        " ?".join(re.escape(c) for c in word)
        for word in ("微克/立方米", "毫克/立方米", "毫克/升", "立方米", "平方公里", "平方米", "百分点", "以上", "以下", "以内", "左右")
    )
)
_SENTENCE_END = "。;:!?)”；：！？）"
#: A pinyin gloss after a character, as content-farm copies of government pages print them ("達(dá)州", "區(qū)"): a
#: syllable with a tone mark in parentheses right after a Chinese character. Dropped (no document writes tone-marked
#: pinyin in parentheses inside a word; a parenthesised Latin word without a tone mark is kept).
_PINYIN_GLOSS = re.compile(
    f"(?<=[{_CJK}])[((][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zü]*[))]"
)


# Characters only traditional script has (與 們 這 國 發 區 縣 環 …): a text with many of them is a copy from a
# traditional-script mirror of the page, read in simplified characters.
#: A copy's page-continuation marks ("[接上页] 6.按全省…", "(转下页)"): not the text's, and in front of an item they
#: hide its number.
_CONTINUED = re.compile(
    r"[\[【(（〔]\s*(?:接上页|续上页|上接第?\s*\d*\s*页|转下页|下转第?\s*\d*\s*页)\s*[\]】)）〕][ \t\u3000]*"
)
#: A printed page's number run into the text of a copy ("…各县(市)—2—区人民政府…"): "—2—", "- 3 -" as Chinese
#: official documents number their pages; never a figure of the text (a range "2021—2025" has digits on both sides).
_PAGE_NUMBER = re.compile(
    r"(?<![\d—－―-])[—－―-][ \t]?\d{1,3}[ \t]?[—－―-](?![\d—－―-])"
    r"|^[ \t]*\d{1,3}[ \t]*[—－―][ \t]*$"  # a line of its own "1 ―": the number, then the bar
    r"|[ \t]*[—－―][ \t]*\n\s*\d{1,3}[ \t]*[—－―][ \t]?",  # "…焦化、 ―" / "2 ― 氮肥…": the mark broken over lines
    re.M,
)
_TRADITIONAL = re.compile("[與們這國發區縣環護體產業質經濟實動點標計劃單進門開關來時說對會無總項務條]")
_T2S = None


def to_simplified(text: str) -> str:
    """``text`` in simplified characters, one character for one (OpenCC's t2s, BYVoid/OpenCC — the maintained
    converter; a phrase conversion that would change the length falls back to converting character by character,
    so that offsets into the text as read still hold)."""
    global _T2S
    if _T2S is None:
        import opencc

        _T2S = opencc.OpenCC("t2s")
    out = _T2S.convert(text)
    if len(out) != len(text):
        out = "".join(c if len(x := _T2S.convert(c)) != 1 else x for c in text)
    return out


def drop_glosses(text: str) -> str:
    """``text`` without the pinyin glosses :func:`normalize` drops (for text compared with normalised text)."""
    return _PINYIN_GLOSS.sub("", text)


def is_traditional(text: str) -> bool:
    """Whether a text is written in traditional characters (at least 1 in 50 of its Chinese characters, and 10,
    are traditional-only: an OCR slip or a quoted name is not enough)."""
    hits = len(_TRADITIONAL.findall(text))
    if hits < 10:
        return False
    return hits * 50 >= len(re.findall(f"[{_CJK}]", text))


@dataclass
class Normalized:
    text: str
    orig: list[int]  # orig[i] = offset in the source of normalised character i (len(text) + 1 entries)
    ocr: bool
    traditional: bool = False  # the source is in traditional characters; ``text`` is in simplified ones

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Source span of the normalised range [start, end)."""
        if end <= start:
            return (self.orig[start], self.orig[start])
        return (self.orig[start], self.orig[end - 1] + 1)


def page_markers(text: str) -> list[re.Match]:
    """OCR page markers: line-opening "N、" whose numbers run 1, 2, 3 … (at least three in sequence), which open
    pages in the middle of a sentence. Items numbered "1、", "2、" (鄂州's task list) open lines too, but the line
    before each ends a sentence or a heading; a page marker follows a line the scan cut mid-sentence."""
    found, expected = [], 1
    for m in _PAGE_MARKER.finditer(text):
        if int(m[1]) == expected:
            found.append(m)
            expected += 1
    if len(found) < 3:
        return []
    cut = []
    for m in found[1:]:
        end = m.start()
        while end and text[end - 1].isspace():
            end -= 1
        line = text[text.rfind("\n", 0, end) + 1 : end]
        if len(line) >= 40 and line[-1:] not in _SENTENCE_END:  # a short line is a heading, not a page cut
            cut.append(m)
    return found if 2 * len(cut) > len(found) - 1 else []


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
    # A PDF-to-text copy scatters spaces inside words ("保持在 68 微克/ 立方米以 下"): those inside a unit of measure
    # or a comparator go (not every space between Chinese characters: a table flattened with spaces keeps its
    # columns apart with them).
    for m in _SPACED_WORD.finditer(source):
        for k, ch in enumerate(m[0]):
            if ch == " ":
                drop[m.start() + k] = True
    for m in _PINYIN_GLOSS.finditer(source):
        for i in range(m.start(), m.end()):
            drop[i] = True
    for m in _PAGE_NUMBER.finditer(source):
        for i in range(m.start(), m.end()):
            drop[i] = True
    for m in _CONTINUED.finditer(source):
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
    # "按职能负责" says what "按职责负责" says: read as that one wording (two characters for two)
    text = text.replace("按职能", "按职责")
    if ocr:
        text = text.replace("(-)", "(一)")  # OCR reads 一 as a hyphen inside the parentheses
    traditional = is_traditional(source)  # judged on the text as read (measure.score_assignments asks the same)
    if traditional:
        text = to_simplified(text)
    return Normalized(text, orig, ocr, traditional)
