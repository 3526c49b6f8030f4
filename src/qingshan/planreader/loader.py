"""Read a plan document: plain text (UTF-8, GB18030/GBK or UTF-16, detected), Word .docx (python-docx: paragraphs and
tables in document order, merged cells), Excel .xlsx (openpyxl) and legacy .xls (xlrd), and PDFs with a text layer
(pdfplumber: text and ruled tables). Bad input raises :class:`PlanReadError` with a stable ``code`` and the file's
name; the platform translates the code (``ledger/errors.py``), so the reader's English reason is for logs and tests.

Input is bounded before it is parsed (:class:`Limits`): a .docx/.xlsx whose members declare more than
``max_unzipped`` bytes, or expand more than ``max_ratio`` times, is refused from the zip's directory alone — the
declared sizes bind the reader too, because :mod:`zipfile` stops at the declared size and fails the CRC check of a
member that lies — and text longer than ``max_chars`` characters is refused.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from .document import Builder, Document

# Every code a PlanReadError may carry (the platform translates each: ledger/errors.py).
CODES = frozenset(
    {
        "empty",
        "binary",
        "encoding",
        "office_unreadable",
        "docx_unreadable",
        "xlsx_unreadable",
        "pdf_unreadable",
        "pdf_no_text_layer",
        "legacy_office",
        "unsupported_format",
        "too_large",
        "too_long",
        "not_a_plan",
        "spreadsheet_not_a_plan",
        "unreadable",
        "reader_failed",
    }
)


class PlanReadError(ValueError):
    """A document that cannot be read as a plan. ``code`` is stable (one of :data:`CODES`), ``params`` fill the
    platform's translated message; ``reason`` is the English text for logs."""

    def __init__(self, path: str, reason: str, code: str = "unreadable", **params):
        if code not in CODES:
            raise ValueError(f"unknown PlanReadError code {code!r}")
        self.path, self.reason, self.code, self.params = path, reason, code, params
        super().__init__(f"{path}: {reason}")


@dataclass(frozen=True)
class Limits:
    max_unzipped: int = 50 * 1024 * 1024  # bytes a .docx/.xlsx may expand to
    max_ratio: float = 100.0  # expanded size / file size
    max_chars: int = 2_000_000  # characters of text


DEFAULT_LIMITS = Limits()

_CJK = re.compile(r"[\u4e00-\u9fff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")  # control characters but \t \n \f \r
_HAN = re.compile(r"[\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc / .xls (Compound File)


def decode_text(raw: bytes, name: str) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if _utf16(raw):  # Windows Notepad's "Unicode"
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise PlanReadError(name, "binary file: not a text, .docx or PDF document", "binary") from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    foreign = foreign_encoding(raw)
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if foreign and (text is None or _gb_plausibility(text) < 0.75):
        raise PlanReadError(
            name,
            f"the text looks like {foreign}, not UTF-8 or GB18030: save it as UTF-8",
            "encoding",
            encoding=foreign,
        )
    if text is None:
        raise PlanReadError(
            name,
            "binary file or unknown encoding: not text in UTF-8, GB18030/GBK or UTF-16",
            "encoding",
            encoding="?",
        )
    return text


def _gb_plausibility(text: str) -> float:
    """Share of the Chinese characters that are among the 3,755 common ones (GB 2312 level 1). Text really written
    in GB18030 scores near 1; Big5 or Shift-JIS bytes read as GB18030 turn into rare characters."""
    han = _HAN.findall(text)
    if len(han) < 10:
        return 1.0
    common = 0
    for ch in han:
        try:
            common += 0xB0 <= ch.encode("gb2312")[0] <= 0xD7
        except UnicodeEncodeError:
            pass
    return common / len(han)


def foreign_encoding(raw: bytes) -> str | None:
    """Big5 (traditional Chinese) or Shift-JIS (Japanese) when the bytes read well as one of them: mostly the
    frequent characters of Big5 (A440–C67E), or Japanese with kana. Written by hand because a general detector
    (charset-normalizer) needs long samples to tell Big5 from GBK, and a plan's first page is short."""
    sample = raw[:20000]
    try:
        text = sample.decode("shift_jis")
        han, kana = len(_HAN.findall(text)), len(_KANA.findall(text))
        if kana >= 10 and kana >= 0.2 * (han + kana):
            return "Shift-JIS"
    except UnicodeDecodeError:
        pass
    try:
        text = sample.decode("big5")
    except UnicodeDecodeError:
        return None
    han = _HAN.findall(text)
    if len(han) < 10:
        return None
    frequent = sum(0xA440 <= int.from_bytes(ch.encode("big5"), "big") <= 0xC67E for ch in han)
    return "Big5" if frequent / len(han) >= 0.9 else None


def _utf16(raw: bytes) -> bool:
    return raw[:2] in (b"\xff\xfe", b"\xfe\xff") and raw[:4] != b"\xff\xfe\x00\x00"  # (that is UTF-32)


def _no_control(text: str, name: str) -> str:
    """Text with more than 1 % control characters (other than tabs and line breaks) is a binary file that decoded
    by accident (GB18030 maps almost any byte sequence to characters)."""
    controls = len(_CONTROL.findall(text))
    if controls > max(1, len(text) // 100):
        raise PlanReadError(name, "binary file: not a text, .docx or PDF document", "binary")
    return text


def load_text(path: str | Path, data: bytes | None = None, limits: Limits = DEFAULT_LIMITS) -> str:
    """The document's text as read (spans in the parse refer to it)."""
    return load_document(path, data, limits).text


def load_document(path: str | Path, data: bytes | None = None, limits: Limits = DEFAULT_LIMITS) -> Document:
    """The document's text and tables."""
    name = str(path)
    raw = Path(path).read_bytes() if data is None else data
    if not raw.strip():
        raise PlanReadError(name, "empty file", "empty")
    if raw[:4] == b"PK\x03\x04":
        doc = _office(raw, name, limits)
    elif raw[:5] == b"%PDF-":
        doc = _pdf(raw, name)
    elif raw[:8] == OLE_MAGIC:
        doc = _xls(raw, name)
    else:
        if b"\x00" in raw[:4096] and not _utf16(raw):
            raise PlanReadError(name, "binary file: not a text, .docx or PDF document", "binary")
        if len(raw) > 4 * limits.max_chars:  # no encoding takes more than 4 bytes a character
            _too_long(name, len(raw) // 4, limits)
        if not _utf16(raw):
            _no_control(raw[:65536].decode("latin-1"), name)  # binary before any question of encoding
        text = _no_control(decode_text(raw, name), name)
        if not text.strip():
            raise PlanReadError(name, "empty file", "empty")
        doc = Document(text.replace("\r\n", "\n"), [], "text")
    if len(doc.text) > limits.max_chars:
        _too_long(name, len(doc.text), limits)
    return doc


def _too_long(name: str, chars: int, limits: Limits) -> None:
    raise PlanReadError(
        name,
        f"text of {chars:,} characters is longer than the limit of {limits.max_chars:,}",
        "too_long",
        chars=chars,
        limit=limits.max_chars,
    )


def check_zip(raw: bytes, name: str, limits: Limits) -> zipfile.ZipFile:
    """The archive, once its directory says it expands within the limits (nothing is decompressed here)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise PlanReadError(
            name, "not a readable .docx or .xlsx file (damaged zip)", "office_unreadable"
        ) from None
    size = sum(m.file_size for m in members)
    ratio = size / max(len(raw), 1)
    if size > limits.max_unzipped or ratio > limits.max_ratio:
        raise PlanReadError(
            name,
            f"expands to {size:,} bytes ({ratio:.0f} times its size; limits {limits.max_unzipped:,} bytes, "
            f"{limits.max_ratio:.0f} times): refused before reading",
            "too_large",
            size_mb=round(size / 1048576, 1),
            limit_mb=round(limits.max_unzipped / 1048576, 1),
            ratio=round(ratio),
            max_ratio=round(limits.max_ratio),
        )
    return archive


def _office(raw: bytes, name: str, limits: Limits) -> Document:
    archive = check_zip(raw, name, limits)
    names = set(archive.namelist())
    if "word/document.xml" in names:
        return _docx(raw, name)
    if "xl/workbook.xml" in names:
        return _xlsx(raw, name)
    raise PlanReadError(name, "a zip archive that is neither .docx nor .xlsx", "unsupported_format")


# --- Word ------------------------------------------------------------------------------------------------------
def _docx(raw: bytes, name: str) -> Document:
    import docx
    from docx.table import Table as DocxTable

    try:
        document = docx.Document(io.BytesIO(raw))
        b = Builder("docx")
        for block in document.iter_inner_content():
            if isinstance(block, DocxTable):
                b.table(_docx_grid(block))
            else:
                b.paragraph(block.text)
    except PlanReadError:
        raise
    except Exception as exc:  # noqa: BLE001 — python-docx raises many kinds for a damaged package
        raise PlanReadError(
            name, f"not a readable .docx file ({exc.__class__.__name__})", "docx_unreadable"
        ) from None
    doc = b.document()
    if not doc.text.strip():
        raise PlanReadError(name, ".docx file has no text", "empty")
    return doc


def _docx_grid(table) -> list[list[tuple[str, tuple[int, int] | None]]]:
    """Rows of (text, origin) on the table's grid: a horizontal merge (gridSpan) covers the cells to its right, a
    vertical merge (vMerge continue) is covered by the cell above."""
    from docx.table import _Cell

    rows: list[list[tuple[str, tuple[int, int] | None]]] = []
    for r, tr in enumerate(table._tbl.tr_lst):
        row: list[tuple[str, tuple[int, int] | None]] = []
        for tc in tr.tc_lst:
            c = len(row)
            if tc.vMerge == "continue" and r and c < len(rows[r - 1]):
                above = rows[r - 1][c][1] or (r - 1, c)
                row.append(("", above))
            else:
                cell = _Cell(tc, table)
                row.append(("\n".join(p.text for p in cell.paragraphs).strip(), None))
            for _ in range(max(tc.grid_span, 1) - 1):
                row.append(("", (r, c)))
        rows.append(row)
    return rows


# --- spreadsheets ----------------------------------------------------------------------------------------------
def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def _xlsx_text(cell) -> str:
    """A cell's text as the sheet shows it where the format changes the figure: 0.93 formatted "0.0%" is "93%"."""
    value = cell.value
    if isinstance(value, int | float) and not isinstance(value, bool) and "%" in (cell.number_format or ""):
        return f"{round(value * 100, 6):g}%"
    return _cell_text(value)


def _sheet_rows(values: list[list[str]], merges: list[tuple[int, int, int, int]]):
    """(text, origin) rows from a sheet's values and its merged ranges (0-based, inclusive), trimmed of empty
    rows and columns."""
    origin: dict[tuple[int, int], tuple[int, int]] = {}
    for r0, c0, r1, c1 in merges:
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    origin[(r, c)] = (r0, c0)
    width = max((c + 1 for row in values for c, v in enumerate(row) if v), default=0)
    keep = [r for r, row in enumerate(values) if any(row) or any((r, c) in origin for c in range(width))]
    index = {r: i for i, r in enumerate(keep)}
    rows = []
    for r in keep:
        row = []
        for c in range(width):
            v = values[r][c] if c < len(values[r]) else ""
            o = origin.get((r, c))
            if o is not None and o[0] in index and (o[0] == r or index[o[0]] < index[r]):
                row.append(("", (index[o[0]], o[1])))
            else:
                row.append((v, None))
        rows.append(row)
    return rows


def _xlsx(raw: bytes, name: str) -> Document:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(raw), data_only=True)
        sheets = []
        for ws in wb.worksheets:
            values = [[_xlsx_text(cell) for cell in row] for row in ws.iter_rows()]
            merges = [
                (m.min_row - 1, m.min_col - 1, m.max_row - 1, m.max_col - 1) for m in ws.merged_cells.ranges
            ]
            sheets.append((ws.title, values, merges))
    except Exception as exc:  # noqa: BLE001 — openpyxl raises many kinds for a damaged workbook
        raise PlanReadError(
            name, f"not a readable .xlsx file ({exc.__class__.__name__})", "xlsx_unreadable"
        ) from None
    return _sheets_document(sheets, "xlsx", name)


def _xls(raw: bytes, name: str) -> Document:
    try:
        import xlrd

        book = xlrd.open_workbook(file_contents=raw, formatting_info=True)
    except Exception as exc:  # noqa: BLE001 — not a workbook: a legacy Word .doc shares the container format
        raise PlanReadError(
            name,
            f"a legacy Office file (.doc or damaged .xls, {exc.__class__.__name__}): save it as .docx or .xlsx",
            "legacy_office",
        ) from None
    sheets = []
    for sh in book.sheets():
        values = [[_cell_text(sh.cell_value(r, c)) for c in range(sh.ncols)] for r in range(sh.nrows)]
        merges = [(r0, c0, r1 - 1, c1 - 1) for r0, r1, c0, c1 in sh.merged_cells]
        sheets.append((sh.name, values, merges))
    return _sheets_document(sheets, "xls", name)


def _sheets_document(sheets, kind: str, name: str) -> Document:
    b = Builder(kind)
    for title, values, merges in sheets:
        if any(any(row) for row in values):
            b.table(_sheet_rows(values, merges), name=title)
    doc = b.document()
    if not doc.text.strip():
        raise PlanReadError(name, "the workbook has no text", "empty")
    return doc


# --- PDF -------------------------------------------------------------------------------------------------------
def _pdf(raw: bytes, name: str) -> Document:
    import pdfplumber

    b = Builder("pdf")
    try:
        with pdfplumber.open(io.BytesIO(raw)) as pdf:
            for page in pdf.pages:
                _pdf_page(page, b)
    except Exception as exc:  # noqa: BLE001 — pdfminer raises many kinds for a damaged file
        raise PlanReadError(
            name, f"not a readable PDF ({exc.__class__.__name__})", "pdf_unreadable"
        ) from None
    doc = b.document()
    if len(_CJK.findall(doc.text)) < 20:
        raise PlanReadError(
            name, "PDF has no text layer (image-only scan): run OCR first", "pdf_no_text_layer"
        )
    return doc


def _pdf_page(page, b: Builder) -> None:
    """The page's text in bands between its ruled tables, each table in its place."""
    tables = sorted(page.find_tables(), key=lambda t: t.bbox[1])
    top = 0.0
    for t in tables:
        x0, t_top, x1, t_bottom = t.bbox
        if t_top > top:
            _pdf_text(page.crop((0, top, page.width, t_top)), b)
        rows = t.extract()
        grid: list[list[tuple[str, tuple[int, int] | None]]] = []
        for r, row in enumerate(rows):
            out: list[tuple[str, tuple[int, int] | None]] = []
            filled = [v for v in row if v is not None]
            for c, v in enumerate(row):
                if v is not None:
                    out.append((unwrap(v), None))
                elif len(filled) == 1 or (c and row[c - 1] is not None and r == 0):
                    left = next(k for k in range(c, -1, -1) if row[k] is not None) if filled else 0
                    out.append(("", (r, left)))  # a row merged across: a section heading
                elif r and c < len(grid[r - 1]):
                    out.append(("", grid[r - 1][c][1] or (r - 1, c)))  # merged with the cell above
                else:
                    out.append(("", None))
            grid.append(out)
        b.table(grid)
        top = max(top, t_bottom)
    if top < page.height:
        _pdf_text(page.crop((0, top, page.width, page.height)), b)


def unwrap(cell: str) -> str:
    """A PDF cell's lines are the width of its column: a break next to a Chinese character is a soft wrap."""
    cell = re.sub(r"\s*\n\s*(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])\s*\n\s*", "", cell.strip())
    return cell.replace("\n", " ")


def _pdf_text(region, b: Builder) -> None:
    text = region.extract_text() or ""
    for line in text.split("\n"):
        if line.strip():
            b.paragraph(line)
