"""Reading an office's rectification ledger (整改台账) from Excel (.xlsx), Word tables (.docx) or CSV — pure Python,
no Django.

Columns are found by their header names and synonyms (:data:`COLUMNS`): the header row is the row among the first
fifteen that names the most columns and names the problem; a second header row below it (责任单位 over 牵头单位 |
配合单位) refines the columns it names. Merged cells are carried to every cell they cover; a problem merged over
several rows (one problem, several measures or units) is read as one item. A row whose cells all hold one value (a
heading merged across the table, "一、中央生态环境保护督察反馈问题") sets the source of the rows below it.

Units are cut and matched by the plan reader (:func:`qingshan.planreader.units.split_units` against the
:class:`~qingshan.planreader.units.Registry` the platform builds from the organisation registry with its aliases);
names it does not know come back in :attr:`LedgerRead.unknown_units` for a person to map. Deadlines are dated by
:func:`qingshan.planreader.dates.due_date` ("2024年12月底前"); "长期坚持" and "立行立改" are kinds of their own.

Every problem is collected with its row and column before anything is stored: :func:`read_ledger` raises
:class:`LedgerReadError` with all of them (codes in ``supervision.errors.SupervisionError``).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from qingshan.planreader.dates import due_date
from qingshan.planreader.model import UnitRef
from qingshan.planreader.units import Registry, split_units

from .policy import DEFAULT_STATUS_WORDS, IMMEDIATE_WORDS, LONG_TERM_WORDS, status_for

#: Column key → header names, most specific first. A header matches a name exactly (after dropping spaces,
#: asterisks and bracketed notes), else — for short headers — contains it (the longest name it contains wins).
COLUMNS: dict[str, tuple[str, ...]] = {
    "number": ("序号", "编号", "问题编号", "序", "no.", "no"),
    "source": ("问题来源", "问题类别", "问题类型", "督察类别", "反馈来源", "来源", "类别", "source"),
    "round": ("督察轮次", "轮次", "round"),
    "batch": ("交办批次", "批次", "batch"),
    "problem": (
        "反馈问题",
        "问题描述",
        "具体问题",
        "督察反馈问题",
        "存在问题",
        "交办问题",
        "问题内容",
        "问题清单",
        "问题",
        "problem",
    ),
    "goal": ("整改目标", "目标", "rectificationgoal"),
    "measures": ("整改措施", "整改举措", "措施", "measures"),
    "leader": ("责任领导", "牵头领导", "责任市领导", "包案领导", "分管领导", "responsibleleader"),
    "lead": ("牵头单位", "牵头部门", "主办单位", "leadunit"),
    "responsible": ("责任单位", "责任部门", "整改责任单位", "责任主体", "responsibleunits"),
    "cooperating": ("配合单位", "配合部门", "协办单位", "cooperatingunits"),
    "accepting": ("验收单位", "验收部门", "acceptingunit"),
    "deadline": ("整改时限", "完成时限", "整改期限", "完成时间", "时限", "deadline"),
    "progress": ("整改进展", "进展情况", "整改情况", "工作进展", "推进情况", "progress"),
    "status": ("整改状态", "完成情况", "整改完成情况", "状态", "是否完成", "status"),
}
UNIT_KEYS = ("lead", "responsible", "cooperating", "accepting")
_BRACKETED = re.compile(r"[(（\[【][^)）\]】]*[)）\]】]")
_ROUND = re.compile(r"第[一二三四五六七八九十\d]+轮|回头看")
_BATCH = re.compile(r"第[一二三四五六七八九十百\d]+批")
HEADER_SCAN_ROWS = 15


class LedgerReadError(ValueError):
    """A ledger that cannot be imported: ``problems`` lists every :class:`Problem` (row, column, code)."""

    code = "supervision.import_failed"

    def __init__(self, name: str, problems: list[Problem]):
        self.name = name
        self.problems = problems
        super().__init__(f"{name}: " + "; ".join(p.code for p in problems[:5]))


@dataclass(frozen=True)
class Problem:
    code: str
    row: str | None = None
    column: str | None = None
    value: str = ""
    extra: tuple[tuple[str, str], ...] = ()

    def params(self) -> dict[str, str]:
        return {"row": self.row or "—", "column": self.column or "—", "value": self.value, **dict(self.extra)}


@dataclass
class Cell:
    value: str
    origin: tuple  # where the value comes from (a merged range's first cell), to tell merged cells apart
    continued: bool = False  # a merged range's cell below its first row


@dataclass
class Table:
    label: str  # sheet name or "table N"
    rows: list[list[Cell]]
    row_labels: list[str]


@dataclass
class ParsedItem:
    row: str
    number: str = ""
    source: str = "other"
    source_text: str = ""
    round: str = ""
    batch: str = ""
    problem: str = ""
    goal: str = ""
    measures: str = ""
    leader: str = ""
    units: dict[str, list[UnitRef]] = field(default_factory=dict)
    deadline: str = ""
    deadline_kind: str = "dated"
    due_date: date | None = None
    progress: str = ""
    status: str = "pending"
    status_text: str = ""
    origin: tuple | None = None

    def add_units(self, role: str, refs: Iterable[UnitRef]) -> None:
        have = self.units.setdefault(role, [])
        for r in refs:
            if all(r.raw != h.raw for h in have):
                have.append(r)


@dataclass
class LedgerRead:
    name: str
    items: list[ParsedItem]
    layout: dict[str, str]  # column key → header as written (first table)
    tables: list[str]
    unknown_units: dict[str, list[str]]  # name as written → rows naming it


# --- the grid of a file ------------------------------------------------------------------------------------


def _text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if hasattr(v, "strftime"):
        return f"{v:%Y年%m月%d日}"
    return str(v).replace("\r\n", "\n").strip()


def _xlsx_tables(data: bytes) -> list[Table]:
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(data), data_only=True)
    tables = []
    for ws in wb.worksheets:
        carried: dict[tuple[int, int], tuple[str, tuple]] = {}
        for rng in ws.merged_cells.ranges:
            top = _text(ws.cell(rng.min_row, rng.min_col).value)
            for r in range(rng.min_row, rng.max_row + 1):
                for c in range(rng.min_col, rng.max_col + 1):
                    carried[(r, c)] = (top, (ws.title, rng.min_row, rng.min_col))
        rows, labels = [], []
        width = ws.max_column or 0
        for r, values in enumerate(ws.iter_rows(max_col=width, values_only=True), start=1):
            row = []
            for c, v in enumerate(values, start=1):
                if (r, c) in carried:
                    value, origin = carried[(r, c)]
                    row.append(Cell(value, origin, continued=origin[1] < r))
                else:
                    row.append(Cell(_text(v), (ws.title, r, c)))
            rows.append(row)
            labels.append(str(r))
        tables.append(Table(ws.title, rows, labels))
    return tables


def _docx_tables(data: bytes) -> list[Table]:
    from docx import Document

    doc = Document(io.BytesIO(data))
    tables = []
    for t_index, table in enumerate(doc.tables, start=1):
        # Keyed by the cell's XML element itself, not id(): lxml makes a fresh proxy per access, and the id of a
        # proxy that has been freed is reused — a merged cell then looked like an unrelated one, now and then.
        seen: dict[object, tuple] = {}
        rows, labels = [], []
        n_cols = len(table.columns)
        for r in range(len(table.rows)):
            row = []
            for c in range(n_cols):
                try:
                    cell = table.cell(r, c)
                except IndexError:  # a row that ends early
                    row.append(Cell("", (t_index, r, c)))
                    continue
                origin = seen.setdefault(cell._tc, (t_index, r, c))
                row.append(Cell(_text(cell.text), origin, continued=origin[1] < r))
            rows.append(row)
            labels.append(str(r + 1))
        tables.append(Table(f"T{t_index}", rows, labels))
    return tables


def _csv_tables(data: bytes, name: str) -> list[Table]:
    for enc in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise LedgerReadError(name, [Problem("supervision.import.unreadable", extra=(("detail", "encoding"),))])
    reader = csv.reader(io.StringIO(text))
    rows = [[Cell(v.strip(), (0, i, j)) for j, v in enumerate(line)] for i, line in enumerate(reader)]
    width = max((len(r) for r in rows), default=0)
    for i, r in enumerate(rows):
        r.extend(Cell("", (0, i, j)) for j in range(len(r), width))
    return [Table("csv", rows, [str(i + 1) for i in range(len(rows))])]


def tables_of(data: bytes, name: str) -> list[Table]:
    """Every table of the file (sheets of a workbook, tables of a Word document, the CSV)."""
    lower = name.lower()
    try:
        if data[:2] == b"PK":
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                names = set(z.namelist())
            if "word/document.xml" in names:
                return _docx_tables(data)
            if "xl/workbook.xml" in names:
                return _xlsx_tables(data)
            raise LedgerReadError(name, [Problem("supervision.import.file_type")])
        if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" or lower.endswith((".xls", ".doc")):
            raise LedgerReadError(name, [Problem("supervision.import.file_type")])
        if lower.endswith((".csv", ".txt")):
            return _csv_tables(data, name)
    except LedgerReadError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise LedgerReadError(
            name, [Problem("supervision.import.unreadable", extra=(("detail", type(exc).__name__),))]
        ) from None
    raise LedgerReadError(name, [Problem("supervision.import.file_type")])


# --- columns -----------------------------------------------------------------------------------------------


def normalise_header(text: str) -> str:
    """Without spaces, asterisks, colons and bracketed notes; lower case (English headers of our own export)."""
    s = _BRACKETED.sub("", text or "")
    return re.sub(r"[\s*★※:：]", "", s).lower()


def column_key(header: str) -> str | None:
    """The column a header names: an exact name, else (for a short header) the longest name it contains."""
    h = normalise_header(header)
    if not h:
        return None
    for key, names in COLUMNS.items():
        if h in names:
            return key
    if len(h) > 12 or h.isascii():
        return None
    best: tuple[int, int, str] | None = None
    for order, (key, names) in enumerate(COLUMNS.items()):
        for n in names:
            if n in h and (best is None or len(n) > best[0] or (len(n) == best[0] and order < best[1])):
                best = (len(n), order, key)
    return best[2] if best else None


def _map_row(row: list[Cell]) -> dict[int, str]:
    out: dict[int, str] = {}
    taken: set[str] = set()
    for j, cell in enumerate(row):
        key = column_key(cell.value)
        if key and key not in taken:
            out[j] = key
            taken.add(key)
    return out


def find_header(table: Table) -> tuple[int, dict[int, str]] | None:
    """(index of the last header row, column index → key), or None when no row names the problem."""
    best: tuple[int, dict[int, str]] | None = None
    for i, row in enumerate(table.rows[:HEADER_SCAN_ROWS]):
        mapped = _map_row(row)
        if "problem" in mapped.values() and len(mapped) >= 2 and (best is None or len(mapped) > len(best[1])):
            best = (i, mapped)
    if best is None:
        return None
    i, mapped = best
    if i + 1 < len(table.rows):
        below = table.rows[i + 1]
        filled = [(j, c) for j, c in enumerate(below) if c.value]
        sub = {j: column_key(c.value) for j, c in filled}
        if filled and all(sub.values()) and any(sub[j] != mapped.get(j) for j in sub):
            # the sub-header names its columns; a parent header keeps the columns no sub-header names, once per key
            merged: dict[int, str] = {}
            for j in sorted(set(mapped) | set(sub)):
                key = sub.get(j) or mapped[j]
                if key in merged.values() and j not in sub:
                    continue
                merged = {k: v for k, v in merged.items() if v != key}
                merged[j] = key
            return i + 1, merged
    return i, mapped


# --- values ------------------------------------------------------------------------------------------------


def classify_source(text: str) -> str:
    s = text or ""
    if "警示片" in s:
        return "warning_film"
    if "信访" in s or "交办件" in s or "举报" in s:
        return "petition"
    if "中央" in s or "国家" in s:
        return "central"
    if "省" in s:
        return "provincial"
    return "other"


def round_of(text: str) -> str:
    m = _ROUND.search(text or "")
    return m.group(0) if m else ""


def batch_of(text: str) -> str:
    m = _BATCH.search(text or "")
    return m.group(0) if m else ""


def read_deadline(text: str, today: date, immediate_days: int) -> tuple[str, date | None] | None:
    """(kind, due date) of a 整改时限 cell; None when it cannot be read."""
    s = (text or "").strip()
    if any(w in s for w in IMMEDIATE_WORDS):
        return "immediate", today + timedelta(days=immediate_days)
    due = due_date(s, today.year)
    if due is not None:
        return "dated", due
    if any(w in s for w in LONG_TERM_WORDS):
        return "long_term", None
    return None


def _is_heading(row: list[Cell], cols: dict[int, str]) -> str | None:
    """The text of a heading row (one value across the row, or text in the first cells only and no problem)."""
    values = [c.value for c in row if c.value]
    if not values:
        return None
    if len(set(values)) == 1 and len(values) >= 2:
        return values[0]
    problem_col = next((j for j, k in cols.items() if k == "problem"), None)
    if problem_col is not None and not row[problem_col].value and len(set(values)) == 1:
        v = values[0]
        if not re.fullmatch(r"\d+(\.\d+)?", v):
            return v
    return None


# --- the reader --------------------------------------------------------------------------------------------


def read_ledger(
    data: bytes,
    name: str,
    registry: Registry,
    *,
    today: date,
    status_words: dict[str, list[str]] | None = None,
    immediate_days: int = 30,
) -> LedgerRead:
    """Read every item of the ledger; raise :class:`LedgerReadError` naming every bad row and column."""
    words = status_words or DEFAULT_STATUS_WORDS
    tables = tables_of(data, name)
    if not any(t.rows for t in tables):
        raise LedgerReadError(name, [Problem("supervision.import.no_table")])
    problems: list[Problem] = []
    items: list[ParsedItem] = []
    layout: dict[str, str] = {}
    used: list[str] = []
    many = sum(1 for t in tables if t.rows) > 1
    for table in tables:
        found = find_header(table)
        if found is None:
            continue
        head, cols = found
        used.append(table.label)
        if not layout:
            header_row = table.rows[head]
            layout = {key: header_row[j].value for j, key in cols.items()}
        header = {j: table.rows[head][j].value or key for j, key in cols.items()}
        col_of = {key: j for j, key in cols.items()}
        heading_text = table.label if classify_source(table.label) != "other" else ""
        for i in range(head + 1, len(table.rows)):
            row = table.rows[i]
            label = f"{table.label}!{table.row_labels[i]}" if many else table.row_labels[i]
            if not any(c.value for c in row):
                continue
            heading = _is_heading(row, cols)
            if heading is not None:
                heading_text = heading
                continue

            def get(key: str, row=row, col_of=col_of) -> str:
                j = col_of.get(key)
                return row[j].value if j is not None and j < len(row) else ""

            problem_cell = row[col_of["problem"]]
            prev = items[-1] if items else None
            if prev is not None and problem_cell.continued and problem_cell.origin == prev.origin:
                _continue_item(prev, get, registry)
                continue
            item = ParsedItem(row=label, origin=problem_cell.origin)
            item.number = get("number")
            item.source_text = get("source") or heading_text
            item.source = classify_source(item.source_text)
            item.round = get("round") or round_of(item.source_text)
            item.batch = get("batch") or batch_of(item.source_text)
            item.problem = get("problem")
            item.goal, item.measures, item.leader = get("goal"), get("measures"), get("leader")
            item.progress = get("progress")
            if not item.problem:
                problems.append(Problem("supervision.import.no_problem", label, header[col_of["problem"]]))
                continue
            _read_units(item, get, registry)
            if not (item.units.get("lead") or item.units.get("responsible")):
                problems.append(Problem("supervision.import.no_unit", label))
            item.deadline = get("deadline")
            if "deadline" not in col_of or not item.deadline:
                problems.append(
                    Problem("supervision.import.no_deadline", label, header.get(col_of.get("deadline", -1), ""))
                )
            else:
                read = read_deadline(item.deadline, today, immediate_days)
                if read is None:
                    problems.append(
                        Problem("supervision.import.bad_deadline", label, header[col_of["deadline"]], item.deadline)
                    )
                else:
                    item.deadline_kind, item.due_date = read
            item.status_text = get("status")
            if item.status_text:
                state = status_for(words, item.status_text)
                if state is None:
                    known = "、".join(w for ws in words.values() for w in ws[:3])
                    problems.append(
                        Problem(
                            "supervision.import.bad_status",
                            label,
                            header[col_of["status"]],
                            item.status_text,
                            (("known", known),),
                        )
                    )
                else:
                    item.status = state
            elif item.deadline_kind == "long_term":
                item.status = "in_progress"
            if item.deadline_kind == "long_term" and item.status == "closed":
                item.status = "in_progress"  # a long-term item is never closed
            items.append(item)
    if not used:
        raise LedgerReadError(name, [Problem("supervision.import.no_header")])
    if problems:
        raise LedgerReadError(name, problems)
    unknown: dict[str, list[str]] = {}
    for it in items:
        for refs in it.units.values():
            for r in refs:
                if r.name is None:
                    unknown.setdefault(r.raw, [])
                    if it.row not in unknown[r.raw]:
                        unknown[r.raw].append(it.row)
    return LedgerRead(name, items, layout, used, unknown)


def _read_units(item: ParsedItem, get, registry: Registry) -> None:
    for key in UNIT_KEYS:
        text = get(key)
        if not text:
            continue
        refs = split_units(text, registry)
        if key == "responsible":
            leads = [r for r in refs if "牵头" in r.raw]
            item.add_units("lead", [_clean_lead(r) for r in leads])
            refs = [r for r in refs if "牵头" not in r.raw]
        item.add_units(key, refs)
    if not item.units.get("lead") and item.units.get("responsible"):
        first, *rest = item.units["responsible"]
        item.units["lead"] = [first]
        item.units["responsible"] = rest


def _clean_lead(ref: UnitRef) -> UnitRef:
    raw = re.sub(r"[(（]?牵头[)）]?", "", ref.raw).strip()
    return UnitRef(raw, ref.name, ref.span)


def _continue_item(item: ParsedItem, get, registry: Registry) -> None:
    """A further row of a problem merged over several rows: its measures, units and progress join the item."""
    for key in ("goal", "measures", "progress"):
        v = get(key)
        if v and v not in getattr(item, key):
            setattr(item, key, f"{getattr(item, key)}\n{v}".strip())
    named = {r.raw for refs in item.units.values() for r in refs}
    extra = ParsedItem(row=item.row)
    _read_units(extra, get, registry)
    for role, refs in extra.units.items():
        # a unit carried down by a merged cell is already named; a new first unit is not a second lead
        target = role if role != "lead" or not item.units.get("lead") else "responsible"
        item.add_units(target, [r for r in refs if r.raw not in named])
