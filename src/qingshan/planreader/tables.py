"""Task tables (任务分解表): the header's columns by name and synonym, rows into tasks.

A table is a task table when its header (one of its first rows, or two rows where a merged 责任单位 heads 牵头单位 |
配合单位) names a task column and a unit column. Columns are found by their header text, never by position:

- number 序号/编号; category 类别/领域 (a section); task 重点任务/工作任务/工作内容/具体措施/任务措施 …;
- lead 牵头单位/主办单位/牵头部门; cooperating 配合单位/协办单位/参与单位; 责任单位 cooperates beside a lead column
  and leads without one; deadline 完成时限/时间节点/完成时间; target 目标/预期目标/指标.

Rows: a row whose one cell spans the table (or stands alone with no task) is a section heading; a repeated header
row (a table split across pages) is skipped; a table without a header right after a task table with as many
columns continues it. Merged cells are carried down (``Cell.source``); in text tables, where merges are lost, an
empty lead cell takes the lead of the row above in the same section.

Text tables are lines whose columns are separated by tabs, by bars (a web page's table copied as text, Markdown) or
by two or more spaces, found from a header line; a table flattened into running text (single spaces, rows running
on over lines) is read from a header of three or more column names and what each row's cells hold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .document import Cell, Table
from .numerals import cn_numeral
from .units import COLLECTIVE, UNIT_END

SYNONYMS: dict[str, tuple[str, ...]] = {
    "number": ("序号", "编号", "序", "任务编号", "项目编号", "号"),
    "category": (
        "类别",
        "分类",
        "任务类别",
        "工作类别",
        "重点领域",
        "领域",
        "专项",
        "类型",
        "项目类别",
        "板块",
    ),
    "task": (
        "重点任务",
        "工作任务",
        "工作内容",
        "具体措施",
        "任务措施",
        "主要任务",
        "任务内容",
        "工作措施",
        "具体任务",
        "重点工作",
        "任务名称",
        "主要内容",
        "考核内容",
        "具体工作",
        "目标任务",
        "措施",
        "任务",
        "工作事项",
        "重点事项",
        "具体内容",
        "主要措施",
        "工作要求",
        "任务要求",
        "内容",
        "重点工作任务",
        "具体工作措施",
        "工作举措",
        "举措",
        "治理任务",
        "整改措施",
        "工作重点",
        "重点工作内容",
        "任务事项",
        "项目名称",
        "项目",
        "指标名称",  # an indicator list (主要指标清单): each row an indicator, its target columns and its lead
        "指标项",
        "主要指标",
    ),
    "lead": (
        "牵头单位",
        "主办单位",
        "牵头部门",
        "主责单位",
        "主责部门",
        "牵头责任单位",
        "责任牵头单位",
        "牵头",
        "牵头单位(部门)",
        "牵头责任部门",
    ),
    "duty": (
        "责任单位",
        "责任部门",
        "落实单位",
        "实施单位",
        "承办单位",
        "被考核单位",
        "考核对象",
        "责任主体",
        "责任单位(部门)",
        "具体责任单位",
        "负责部门",
        "负责单位",
        "责任领导及单位",
    ),
    "cooperating": (
        "配合单位",
        "协办单位",
        "参与单位",
        "配合部门",
        "协同单位",
        "参加单位",
        "协助单位",
        "配合",
        "协办部门",
        "参与部门",
        "协同部门",
        "配合责任单位",
    ),
    "deadline": (
        "完成时限",
        "时间节点",
        "完成时间",
        "时限",
        "时限要求",
        "完成期限",
        "进度安排",
        "时间安排",
        "完成时间节点",
        "时间进度",
        "完成时限要求",
        "整改时限",
        "整改期限",
        "完成期限要求",
        "期限",
    ),
    "target": (
        "目标",
        "预期目标",
        "指标",
        "目标值",
        "工作目标",
        "考核目标",
        "预期成效",
        "年度目标",
        "指标值",
    ),
    "other": (
        "现状值",  # an indicator's base value beside its targets
        "基期值",
        "基准值",
        "分值",
        "备注",
        "考核部门",
        "完成情况",
        "进展情况",
        "责任人",
        "责任领导",
        "联系人",
        "评分标准",
        "牵头领导",
        "分管领导",
        "包保领导",
        "牵头市领导",
        "责任市领导",
        "分管市领导",
        "牵头县领导",
        "责任县领导",
    ),
    # A rectification ledger's problem column (督察整改台账): the task, or the heading of the measures beside it.
    "issue": ("问题描述", "存在问题", "反馈问题", "整改问题", "突出问题", "具体问题", "问题清单", "问题"),
}
_BY_NAME = {name: role for role, names in SYNONYMS.items() for name in names}
_ORDERED = sorted(_BY_NAME, key=len, reverse=True)
UNIT_ROLES = ("lead", "duty", "cooperating")


def task_roles(roles: list[str | None]) -> list[str | None]:
    """A header's roles with a problem column (问题描述) read as a task column: the task alone, or the heading of the
    measures (整改措施) beside it."""
    return ["task" if r == "issue" else r for r in roles]


def column_role(header: str) -> str | None:
    h = re.sub(r"\s+", "", header).replace("(", "(").replace(")", ")")
    h = re.sub(r"^[*※]|[::]$", "", h)
    if not h or len(re.sub(r"\([^()]*\)$", "", h)) > 16:  # "PM2.5浓度目标(微克/立方米)": the unit does not count
        return None
    if h in _BY_NAME:
        return _BY_NAME[h]
    if re.fullmatch(r"20\d{2}年(?:度)?(?:目标|目标值|指标)", h):
        return "target"
    bare = re.sub(r"\([^()]*\)$", "", h)
    if bare in _BY_NAME:
        return _BY_NAME[bare]
    for name in _ORDERED:  # "重点任务及措施", "牵头单位/部门"
        if len(name) >= 2 and name in h:
            return _BY_NAME[name]
    return None


@dataclass
class Columns:
    roles: dict[int, str]  # column index → role
    header_rows: int  # rows the header takes
    header_texts: list[str] = field(default_factory=list)
    target_table: bool = False  # a target breakdown table: the task column is the row's label (a place, a unit)

    def of(self, role: str) -> list[int]:
        return [c for c, r in self.roles.items() if r == role]

    @property
    def is_task_table(self) -> bool:
        has_units = any(self.of(r) for r in UNIT_ROLES)
        return bool(self.of("task")) and (has_units or bool(self.of("deadline")))


def _row_roles(row: list[Cell]) -> dict[int, str]:
    roles = {}
    for c, cell in enumerate(row):
        if cell.origin is not None and cell.origin is not row[c - 1].source if c else False:
            continue
        role = column_role(cell.value) if cell.origin is None else None
        if role:
            roles[c] = role
    return roles


def find_columns(table: Table, max_rows: int = 8) -> tuple[int, Columns] | None:
    """(index of the header's first row, columns) of a task table, or None."""
    for r, row in enumerate(table.rows[:max_rows]):
        roles = _row_roles(row)
        if len([x for x in roles.values() if x != "other"]) < 2:
            continue
        rows = 1
        if r + 1 < len(table.rows):
            sub = _row_roles(table.rows[r + 1])
            if len([x for x in sub.values() if x != "other"]) >= 2 and not _looks_like_data(
                table.rows[r + 1]
            ):
                roles = {**roles, **sub}  # 责任单位 over 牵头单位 | 配合单位
                rows = 2
        if "duty" in roles.values() and any(x == "lead" for x in roles.values()):
            roles = {c: ("cooperating" if x == "duty" else x) for c, x in roles.items()}
        roles = dict(zip(roles, task_roles(list(roles.values())), strict=True))
        cols = Columns(roles, rows, [cell.value for cell in row])
        if not cols.is_task_table and cols.of("target") and any(cols.of(x) for x in UNIT_ROLES):
            # A target breakdown table (目标分解表): "县(市、区) | 碳强度下降目标 | 节能目标 | 责任部门", one row per
            # place or unit. Its first column without a role names the row: the row's task.
            label = next((c for c in range(len(row)) if c not in roles and row[c].value.strip()), None)
            if label is not None and label < min(cols.of("target")):
                cols.roles[label] = "task"
                cols.target_table = True
        if cols.is_task_table:
            return r, cols
    return None


def _looks_like_data(row: list[Cell]) -> bool:
    """A data row, not a header's second row: a long cell, a 序号 value, or a sentence's punctuation in a cell
    ("加强监管,落实措施" names 措施 but is no column name)."""
    return any(len(c.value) > 16 or re.fullmatch(r"\s*\d{1,3}\s*", c.value) or re.search(r"[,,。;;、]", c.value) for c in row)


SECTION_NUMBER = re.compile(
    r"^\s*(?:([一二三四五六七八九十]{1,3})[、.]|\(([一二三四五六七八九十]{1,3})\)|第([一二三四五六七八九十]{1,3})部分)"
)


def section_label(text: str, ordinal: int) -> str:
    """The section's own numeral (一、 → 一, (二) → (二)), else its place in the table as a Chinese numeral."""
    m = SECTION_NUMBER.match(text)
    if m:
        return m[1] or f"({m[2]})" if (m[1] or m[2]) else m[3]
    return cn_numeral(ordinal)


# --- text tables -------------------------------------------------------------------------------------------------
TAB = re.compile(r"\t")  # one tab, one column: empty cells are kept
# A web page's table copied as text, or a Markdown table: "1 | 六横镇…工程 | 新建 | … | 六横镇 |". One bar, one column
# (empty cells kept); a cell's own line break ends the line there ("六横镇 |" then "人民政府 | |||").
PIPE = re.compile(r"[ \t]*[|｜][ \t]*")
WIDE = re.compile(r" {2,}|\u3000+")
FIGURE = re.compile(r"[≥≤<>]?\d+(?:\.\d+)?\s*%?")
ANY_SPACE = re.compile(r"[ \t\u3000]+")


def find_text_tables(text: str, lo: int, hi: int, skip: list[tuple[int, int]]) -> list[Table]:
    """Tables written as text: a header line naming a task column (or target columns) and a unit column, its columns separated by tabs
    or wide spaces (or single spaces when every word of the line is a column name), and the lines after it with
    at least two columns. A line of one short column is a section heading; a longer one ends the table."""
    tables: list[Table] = []
    lines = [(lo + m.start(), lo + m.end()) for m in re.finditer(r"[^\n]+", text[lo:hi])]
    i = 0
    while i < len(lines):
        s, e = lines[i]
        if any(a <= s < b for a, b in skip):
            i += 1
            continue
        sep = _header_separator(text[s:e])
        if sep is None:
            i += 1
            continue
        header = _split_line(text, s, e, sep)
        if sep is PIPE:
            header = _trim(header)
        width = len(header)
        roles = task_roles([column_role(t) for t, _a, _b in header])
        task_col = roles.index("task") if "task" in roles else roles.index(None)  # or a breakdown table's label
        rows = [[Cell(a, b, t) for t, a, b in header]]
        # Bar-separated rows with fewer cells than the header (and not padded with empty ones, "| ||||"): the row
        # wrapped onto the next line (its line ends inside a cell, with no bar), or it lost a leading cell merged
        # down from a row above.
        short: dict[int, int] = {}  # row index → cells it lacks
        open_end = False  # the last row's line ended inside a cell
        j = i + 1
        while j < len(lines):
            s2, e2 = lines[j]
            if sep is PIPE and re.fullmatch(r"[\s|｜:\-]+", text[s2:e2]):
                j += 1  # Markdown's |---|---| under the header
                continue
            parts = _split_line(text, s2, e2, sep)
            if sep is PIPE:
                cells = len(parts)
                parts = _trim(parts)
                lacks = short.get(len(rows) - 1, 0)
                if (
                    lacks
                    and open_end
                    and len(parts) >= 2
                    and len(parts) - 1 <= lacks
                    and not SECTION_NUMBER.match(parts[0][0])
                ):
                    # "…| 市规划局 | 市国土资源局" + "市农牧林业局 | 2010年9月20日前 |": the row wrapped inside its last
                    # cell; the line's first part is more of that cell, the rest are the row's next cells.
                    _continue_cell(rows[-1], parts[0], text, "\n")
                    rows[-1] += [Cell(a, b, t) for t, a, b in parts[1:]]
                    short[len(rows) - 1] = lacks - (len(parts) - 1)
                    open_end = not re.search(r"[|｜]\s*$", text[s2:e2])
                    j += 1
                    continue
                if (
                    j == i + 1
                    and parts
                    and all(len(t) <= 10 for t, _a, _b in parts)
                    and not parts[0][0].isdigit()
                    and not any(FIGURE.fullmatch(t) for t, _a, _b in parts)  # "通川区 | 19% | 17% | …": a row
                ):
                    j += 1  # the header's second row under merged headings ("起 | 止 | (万元) | 年度投资(万元)")
                    continue
                if len(rows) > 1 and len(parts) >= 1 and not any(t for t, _a, _b in parts[1:]) and parts[0][0] \
                        and not SECTION_NUMBER.match(parts[0][0]) and not parts[0][0].isdigit() \
                        and not re.fullmatch(r"\(.*\)", parts[0][0]):  # (a note row "(…共14大类45项)" is no cell's rest)
                    _continue_cell(rows[-1], parts[0], text)  # the rest of the row's last cell
                    j += 1
                    continue
                if len(parts) > width:
                    rows.append([Cell(a, b, t) for t, a, b in parts])
                    j += 1
                    continue
            if len(parts) > width:  # spaces inside the task's text: the surplus belongs to it
                extra = len(parts) - width
                merged = parts[task_col : task_col + extra + 1]
                joined = (text[merged[0][1] : merged[-1][2]], merged[0][1], merged[-1][2])
                parts = [*parts[:task_col], joined, *parts[task_col + extra + 1 :]]
            if len(parts) >= 2:
                rows.append([Cell(a, b, t) for t, a, b in parts])
                # (a row with as many cells as the header, its last ones empty — "|1 |市建委 |…|2005年5月底以前 |  |" —
                # lacks none)
                if sep is PIPE and len(parts) < width and cells < width and cells - len(parts) <= 1:
                    short[len(rows) - 1] = width - len(parts)
                    open_end = not re.search(r"[|｜]\s*$", text[s2:e2])
            elif parts and (SECTION_NUMBER.match(parts[0][0]) or len(parts[0][0]) <= 20):
                rows.append([Cell(a, b, t) for t, a, b in parts])
            else:
                break
            j += 1
        for k, lacks in short.items():
            if lacks > 0 and len(rows[k]) + lacks <= width:  # a leading cell merged down from above (类别)
                rows[k][:0] = [Cell(rows[k][0].start, rows[k][0].start, "") for _ in range(lacks)]
        if len(rows) > 1:
            if sep is PIPE:
                _align_header(rows)
            tables.append(Table(rows, s, lines[j - 1][1], "text"))
        i = max(j, i + 1)
    return tables


BAR_LINE = re.compile(r"[ \t]*[|｜][ \t]*")


def find_cell_line_tables(text: str, lo: int, hi: int, skip: list[tuple[int, int]]) -> list[Table]:
    """Tables a web page's text gives one cell per line, each cell between lines holding only a bar, a row ending
    at two bar lines in a row::

        |
        序号
        |
        工作任务
        |
        ...
        |
        |
        1
        |

    A cell's text may run over several lines. Rows start with the header's; the table is a task table if its first
    row names the columns (``find_columns`` decides)."""
    lines, at = [], lo
    for line in text[lo:hi].split("\n"):
        lines.append((at, at + len(line)))
        at += len(line) + 1
    tables: list[Table] = []
    i, n = 0, len(lines)
    while i < n:
        s, e = lines[i]
        if not BAR_LINE.fullmatch(text[s:e]) or any(a <= s < b for a, b in skip):
            i += 1
            continue
        rows: list[list[Cell]] = []
        row: list[Cell] = []
        cell: list[tuple[int, int]] = []
        j, bars = i, 0
        while j < n:
            s2, e2 = lines[j]
            line = text[s2:e2]
            if BAR_LINE.fullmatch(line):
                if cell:
                    row.append(_lines_cell(text, cell))
                    cell = []
                bars += 1
                if bars == 2 and row:  # two bar lines: the row is over
                    rows.append(row)
                    row = []
            elif not line.strip():
                break  # a blank line ends the table
            else:
                bars = 0
                cell.append((s2 + len(line) - len(line.lstrip()), e2 - (len(line) - len(line.rstrip()))))
            j += 1
        if cell:
            row.append(_lines_cell(text, cell))
        if row:
            rows.append(row)
        if len(rows) >= 2 and len(rows[0]) >= 3:
            tables.append(Table(rows, lines[i][0], lines[j - 1][1], "text"))
        i = max(j, i + 1)
    return tables


R_CELL_SENTENCE = re.compile(r"[,;。]")
R_CATEGORY_HEADER = re.compile(r"类型|类别|分类|领域|类别名称|指标类型|指标类别")
# Words a column heading holds ("2027年目标", "现状值", "牵头单位"); a category's cell ("绿色" / "发展") holds none
R_HEADER_WORD = re.compile(
    r"序号|编号|名称|目标|单位|部门|时限|时间|期限|节点|值|指标|任务|措施|内容|备注|要求|标准|事项|项目|责任|牵头|配合|计划|年|"
    r"进度|考核|断面|河流|地点|区域|数量|规模|投资|主体|属性|类"
)


def _nonblank_lines(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(start, end) of each line of text[lo:hi] that holds anything, its surrounding blanks left out."""
    lines = []
    at = lo
    for line in text[lo:hi].split("\n"):
        stripped = line.strip()
        if stripped:
            a = at + len(line) - len(line.lstrip())
            lines.append((a, a + len(stripped)))
        at += len(line) + 1
    return lines


def _row_number(line: str) -> int | None:
    """The 序号 a stripped line holds alone ("3", "3.", "3、"), else None."""
    return int(line.rstrip(".、")) if ROW_NUMBER.fullmatch(line) else None


def find_numbered_cell_tables(text: str, lo: int, hi: int, skip: list[tuple[int, int]]) -> list[Table]:
    """Tables a web page's text gives one cell per line with no separator at all (blank lines between them or not),
    each row opening with its 序号 on a line of its own::

        序号 / 考核河流 / 考核断面 / 年度考核目标 / 责任单位 / 1 / 嘉陵江 / 大溪沟 / 水质保持或优于Ⅲ类。 / 渝中区人民政府 / 2 / …

    The header is a run of three or more short lines without punctuation, the first 序号 or 编号, at least one of them
    naming a unit column; a row runs from its number to the next number in sequence. A row with more cells than
    columns has the extra lines in its last column (two units on two lines); a row with fewer lacks its last columns:
    the merged cells of the row above, carried down (as a Word table's merged cells are). Why by hand: no library
    reads a table back from a page's text."""
    lines = _nonblank_lines(text, lo, hi)
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        s, e = lines[i]
        if text[s:e] not in ("序号", "编号") or any(a <= s < b for a, b in skip):
            i += 1
            continue
        j = i + 1
        while (
            j < len(lines)
            and _row_number(text[lines[j][0] : lines[j][1]]) is None
            # (short without its spaces: a header cell spaced out to its width, "目   标   与   任   务")
            and len(re.sub(r"\s", "", text[lines[j][0] : lines[j][1]])) <= 16
            and not R_CELL_SENTENCE.search(text[lines[j][0] : lines[j][1]])
        ):
            j += 1
        header = lines[i:j]
        # "序号 / 主要内容 / 牵头单位 / 责任单位 / 一、空气质量目标 / 主城区整体空气质量 / 1": the table's first section row
        # (and the category cell after it) is no column
        if cut := next((k for k, (a, b) in enumerate(header) if k > 2 and SECTION_NUMBER.match(text[a:b])), None):
            header, j = header[:cut], i + cut
        roles = [column_role(text[a:b]) for a, b in header]
        # "类型 / 序号 / 指标名称 / … / 牵头单位 / 绿色 / 发展 / 1 / …": a category column before 序号 has its merged cell
        # ("绿色发展", wrapped) between the header and the first row; those lines name no column
        if i > 0 and R_CATEGORY_HEADER.fullmatch(text[lines[i - 1][0] : lines[i - 1][1]]):
            while len(header) > 3 and roles[-1] is None and not R_HEADER_WORD.search(text[header[-1][0] : header[-1][1]]):
                header, roles = header[:-1], roles[:-1]
        if len(header) < 3 or not any(r in UNIT_ROLES for r in roles) or j >= len(lines):
            i += 1
            continue
        width = len(header)
        rows: list[list[Cell]] = [[Cell(a, b, text[a:b]) for a, b in header]]
        expected, end = 1, header[-1][1]
        while j < len(lines):
            line_j = text[lines[j][0] : lines[j][1]]
            if SECTION_NUMBER.match(line_j) and len(line_j) <= 30:
                rows.append([Cell(lines[j][0], lines[j][1], line_j)])  # "一、空气质量目标": a section row
                j += 1
                continue
            if _row_number(line_j) != expected:
                # a category column's cell ("主城区整体空气质量") before the row's number: no column of the header
                k2 = j
                while k2 < min(j + 3, len(lines)) and _row_number(text[lines[k2][0] : lines[k2][1]]) != expected:
                    if lines[k2][1] - lines[k2][0] > 16 or R_CELL_SENTENCE.search(text[lines[k2][0] : lines[k2][1]]):
                        break
                    k2 += 1
                if k2 == j or k2 >= len(lines) or _row_number(text[lines[k2][0] : lines[k2][1]]) != expected:
                    break
                j = k2
            k = j + 1
            while k < len(lines) and k - j - 1 < 2 * width:
                line = text[lines[k][0] : lines[k][1]]
                if _row_number(line) == expected + 1 or SECTION_NUMBER.match(line):
                    break
                if k - j >= width and not _unit_like(line):
                    break  # the last row over: only a unit's name may run past its columns
                k += 1
            cells = lines[j:k]
            row = [Cell(a, b, text[a:b]) for a, b in cells[:width]]
            if len(cells) > width:  # the extra lines belong to the last column ("江北区人民政府" / "南岸区人民政府")
                row[-1] = _lines_cell(text, cells[width - 1 :])
                units = 0
                while units < len(cells) - 1 and _unit_like(text[cells[-1 - units][0] : cells[-1 - units][1]]):
                    units += 1
                if roles[-1] in UNIT_ROLES and units and len(cells) - units > width - 1:
                    # "…完成省下达 / 目标任务 / 市水利局": a cell the page wrapped before the units' column; its lines
                    # join, the units stay apart
                    rest = cells[: len(cells) - units]
                    row = [Cell(a, b, text[a:b]) for a, b in rest[: width - 2]]
                    row += [_lines_cell(text, rest[width - 2 :]), _lines_cell(text, cells[len(cells) - units :])]
            prev = rows[-1]
            if len(row) < width and roles[-1] in UNIT_ROLES and len(row) > 2 and _unit_like(row[-1].value):
                # "1 / …比重(%) / 37.6 / 43 / 市发改委": a row that ends on its units lacks a cell before them (an empty
                # one the page dropped), not its units
                while len(row) < width:
                    row.insert(len(row) - 1, Cell(row[-1].start, row[-1].start, ""))
            while len(row) < width:  # a merged cell of the row above, carried down (none above the first row)
                above = prev[len(row)] if len(rows) > 1 else Cell(row[-1].end, row[-1].end, "")
                row.append(Cell(above.start, above.start, "", above.source))
            rows.append(row)
            end, j, expected = lines[k - 1][1], k, expected + 1
        # one row is a table when its units' cell names units (a copy cut after the first row of an annex's list)
        one_row = len(rows) == 2 and any(
            r in UNIT_ROLES and c < len(rows[1]) and _unit_like(rows[1][c].value) for c, r in enumerate(roles)
        )
        if len(rows) >= 3 or one_row:
            tables.append(Table(rows, s, end, "text"))
        i = max(j, i + 1)
    return tables


def _lines_cell(text: str, lines: list[tuple[int, int]]) -> Cell:
    """One cell of the (stripped) lines it is written on, joined; each line after the first is a piece."""
    joined, pieces = "", []
    for a, b in lines:
        if joined:
            pieces.append((len(joined), a))
        joined += text[a:b]
    return Cell(lines[0][0], lines[-1][1], joined, pieces=tuple(pieces))


def _trim(parts: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A bar-separated line without the empty cells after its last one (the rendering pads rows with "|||")."""
    while parts and not parts[-1][0]:
        parts = parts[:-1]
    return parts


def _continue_cell(row: list[Cell], part: tuple[str, int, int], text: str, joint: str = "") -> None:
    """Join a wrapped line ("人民政府") to the last filled cell of the row above ("六横镇" → "六横镇人民政府"). The
    cell's span covers both pieces; its text is the two joined, without the bar and line break between them (or
    with ``joint`` between them: a line break, where the wrapped line holds cells of its own)."""
    k = max(c for c, cell in enumerate(row) if cell.text)
    cell = row[k]
    joined = cell.text + joint
    row[k] = Cell(cell.start, part[2], joined + part[0], pieces=(*cell.pieces, (len(joined), part[1])))


def _align_header(rows: list[list[Cell]]) -> None:
    """Data rows wider than the header: headings merged over several columns (建设年限 over 起 | 止, 2020年计划 over
    three), whose second header row the text lost. The header's leading columns stay where they are; its trailing
    unit and deadline columns (责任单位 last) move right to the data's last columns, so they are found by name."""
    header = rows[0]
    widths = sorted(len(r) for r in rows[1:] if len(r) > 2)
    if not widths:
        return
    width = widths[len(widths) // 2]
    roles = [column_role(c.text) for c in header]
    tail = len(header)
    while tail > 0 and roles[tail - 1] in (*UNIT_ROLES, "deadline"):
        tail -= 1
    if width <= len(header) or tail == len(header):
        return
    at = header[tail].start
    rows[0] = header[:tail] + [Cell(at, at, "") for _ in range(width - len(header))] + header[tail:]


_HEADER_HINT = re.compile(r"单位|部门|牵头|配合|参与|责任")


def _header_separator(line: str) -> re.Pattern | None:
    if not _HEADER_HINT.search(line) or len(line) > 120:
        return None  # no unit column named: not a header (most lines of a plan; keeps the scan cheap)
    for sep in (PIPE, TAB, WIDE, ANY_SPACE):
        if (sep is TAB and "\t" not in line) or (sep is PIPE and not re.search("[|｜]", line)):
            continue
        words = [w.strip() for w in sep.split(line.strip()) if w.strip()]
        roles = task_roles([column_role(w) for w in words])
        named = [r for r in roles if r and r != "other"]
        # A task column, or target columns beside an unnamed label column (a target breakdown table)
        rows_named = "task" in named or ("target" in named and sep is not ANY_SPACE and None in roles)
        if len(words) < 3 or len(named) < 2 or not rows_named or not any(r in UNIT_ROLES for r in named):
            continue
        if sep is ANY_SPACE and not all(roles):
            continue  # single spaces only when every word is a column name
        return sep
    return None


def _split_line(text: str, s: int, e: int, sep: re.Pattern) -> list[tuple[str, int, int]]:
    out, start = [], s
    keep_empty = sep is TAB or sep is PIPE
    if sep is PIPE and (bar := re.match(r"[ \t]*[|｜]", text[s:e])):
        start = s + bar.end()  # Markdown's leading bar opens the first cell (no empty cell before it)
    for m in sep.finditer(text, start, e):
        if keep_empty or text[start : m.start()].strip():
            out.append((start, m.start()))
        start = m.end()
    if text[start:e].strip():
        out.append((start, e))
    res = []
    for a, b in out:
        seg = text[a:b]
        lead = len(seg) - len(seg.lstrip())
        res.append((seg.strip(), a + lead, a + lead + len(seg.strip())))
    return res


# --- tables flattened into running text --------------------------------------------------------------------------
# A web page's table whose cells lost their line and column breaks: the header's names and the cells follow one
# another with single spaces, the rows run on over lines that break anywhere ("…工作任务和内容 责任单位 配合单位 完成时间
# 负责全县…曝光. 县委宣传部 持续开展 负责…考核工作. 县委县政府 督查室 持续开展 …"). Empty cells are gone, so the row's
# cells are told apart by what they hold: the task's text, then unit names, then a deadline. No library reads this
# (it is not a table format at all), hence the hand-written reader.
TOKEN = re.compile(r"\S+")
_PLACE_HEAD = re.compile(r"[县市区省州盟旗镇乡各]")
_FRAGMENT_END = re.compile(r"(局|委|办|厅|部|室|政府|管委会|中心|院|会|所|站|队)$")
_DEADLINE = re.compile(r"持续|长期|常态|\d{1,2}月|[年月]底|年内|季度|上半年|下半年|每[年月季周]|\d{4}年|前完成|立即")
_SENTENCE = re.compile(r"[,，。;；:：!?？]|[.．](?!\d)")
_FLAT_ORDER = ("number", "category", "task")
ROW_NUMBER = re.compile(r"\d{1,3}[.、]?")


def _unit_like(word: str) -> bool:
    w = word.strip("。.;；,，")
    return (
        2 <= len(w) <= 40
        and not _SENTENCE.search(w.replace("、", ""))
        and (
            UNIT_END.search(w) is not None
            # "各县(市、区)", "各乡镇(街道)": a collective ends on a place or a kind of unit ("各区县(自治县)空气质量",
            # a category's cell, does not)
            or (COLLECTIVE.search(w) is not None and re.search(r"(?:[县区市镇乡州旗村]|街道|单位|部门|企业|\))$", w))
        )
    )


def _flat_role(word: str) -> str | None:
    """A word's column role in a flattened header: a short word without figures ("2024年扬尘整治任务清单", the table's
    title before its header, names 任务 but is no column)."""
    return column_role(word) if len(word) <= 8 and not re.search(r"\d", word) else None


def _flat_header(words: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """(first, end) word indices of a run of three or more column names naming a task and a unit column."""
    k = 0
    while k < len(words):
        j = k
        while j < len(words) and _flat_role(words[j][0]):
            j += 1
        roles = task_roles([_flat_role(w[0]) for w in words[k:j]])
        if j - k >= 3 and "task" in roles and any(r in UNIT_ROLES for r in roles):
            return k, j
        k = j + 1
    return None


def find_flat_tables(text: str, lo: int, hi: int, skip: list[tuple[int, int]]) -> list[Table]:
    """Task tables flattened into running text (see above). The header's columns must be (序号,) (类别,) the task,
    then unit columns, then (完成时限 and) any other: the order in which a row's cells can be told apart. The table
    runs to the next numbered heading at a line's start, or the text's end."""
    tables: list[Table] = []
    for m in re.finditer(r"[^\n]*(?:单位|部门)[^\n]*", text[lo:hi]):
        s = lo + m.start()
        if any(a <= s < b for a, b in skip) or (tables and s < tables[-1].end):
            continue
        line_words = [(w.group(), lo + m.start() + w.start(), lo + m.start() + w.end()) for w in TOKEN.finditer(m.group())]
        found = _flat_header(line_words)
        if found is None:
            continue
        header = line_words[found[0] : found[1]]
        roles = task_roles([_flat_role(w[0]) for w in header])
        units_at = [c for c, r in enumerate(roles) if r in UNIT_ROLES]
        task_at = roles.index("task")
        deadline_at = roles.index("deadline") if "deadline" in roles else None
        if any(r not in _FLAT_ORDER for r in roles[: units_at[0]]) or task_at > units_at[0]:
            continue
        if units_at != list(range(units_at[0], units_at[-1] + 1)):
            continue  # a unit column after the deadline: the cells cannot be told apart
        # The table's extent: to the next line opening with a section or item number, a 附件/附表 line, or the end.
        end = hi
        # (or a line that signs and dates the document: "东区人民政府办公室 2024年2月26日" was read as a deadline)
        for nxt in re.finditer(
            r"\n\s*(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|附[件表])"
            r"|\n[^\n]{0,30}?(?:20\d{2}|二[〇○零O0一二三四五六七八九]{3})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日\s*(?:\n|$)",
            text[header[-1][2] : hi],
        ):
            end = header[-1][2] + nxt.start()
            break
        words = [(w.group(), w.start(), w.end()) for w in TOKEN.finditer(text, header[-1][2], end)]
        rows = _flat_rows(text, words, roles, task_at, units_at, deadline_at)
        if len(rows) < 2:
            continue
        head_row = [Cell(a, b, t) for t, a, b in header]
        tables.append(Table([head_row, *rows], header[0][1], rows[-1][-1].end if rows[-1] else end, "text"))
    return tables


def _flat_rows(
    text: str,
    words: list[tuple[str, int, int]],
    roles: list[str | None],
    task_at: int,
    units_at: list[int],
    deadline_at: int | None,
) -> list[list[Cell]]:
    width = len(roles)
    rows: list[list[Cell]] = []
    i, n = 0, len(words)

    def cell(parts: list[tuple[str, int, int]]) -> Cell:
        return _joined_cell(text, parts[0][1], parts[-1][2])

    while i < n:
        task: list[tuple[str, int, int]] = []
        number: tuple[str, int, int] | None = None
        if roles[0] == "number" and ROW_NUMBER.fullmatch(words[i][0]):
            number, i = words[i], i + 1
        while i < n and not _unit_start(words, i):
            task.append(words[i])
            i += 1
        units: list[list[tuple[str, int, int]]] = []
        while i < n:
            w = words[i]
            if (
                units
                and len(w[0]) <= 5
                and not _PLACE_HEAD.match(w[0])
                and _FRAGMENT_END.search(w[0])
                and len(units[-1]) == 1
            ):
                units[-1].append(w)  # "县委县政府 督查室": a name the flattening cut at a space
                i += 1
                continue
            if not _unit_start(words, i):
                break
            if not _unit_like(w[0]):  # "县交通 运输局"
                units.append([w, words[i + 1]])
                i += 2
                continue
            units.append([w])
            i += 1
        deadline: list[tuple[str, int, int]] = []
        if deadline_at is not None:
            while i < n and (
                _DEADLINE.search(words[i][0])
                or (deadline and len(words[i][0]) <= 12 and not _SENTENCE.search(words[i][0]))
            ) and not _unit_start(words, i) and not (roles[0] == "number" and ROW_NUMBER.fullmatch(words[i][0])):
                deadline.append(words[i])
                i += 1
        if not task or not units:
            if task and not units and rows:
                break  # running text after the table
            continue
        row = [Cell(task[0][1], task[0][1], "") for _ in range(width)]
        if number:
            row[0] = cell([number])
        row[task_at] = cell(task)
        for k, parts in enumerate(units):
            c = units_at[min(k, len(units_at) - 1)]
            if row[c].text:  # more names than unit columns: the last column holds the rest
                row[c] = _joined_cell(text, row[c].start, parts[-1][2])
            else:
                row[c] = cell(parts)
        if deadline and deadline_at is not None:
            row[deadline_at] = cell(deadline)
        rows.append(row)
    return rows


def _joined_cell(text: str, a: int, b: int) -> Cell:
    """The cell text[a:b] with the line breaks the flattening put inside it dropped (pieces keep the offsets)."""
    lines, at = [], a
    for line in text[a:b].split("\n"):
        lines.append((at, at + len(line)))
        at += len(line) + 1
    return _lines_cell(text, lines)


def _unit_start(words: list[tuple[str, int, int]], i: int) -> bool:
    """Whether word ``i`` opens a unit name: it looks like one, or with the next word it does ("县交通 运输局")."""
    w = words[i][0]
    if _unit_like(w):
        return True
    return (
        i + 1 < len(words)
        and len(w) <= 8
        and _PLACE_HEAD.match(w) is not None
        and not _SENTENCE.search(w)
        and len(words[i + 1][0]) <= 8
        and _unit_like(w + words[i + 1][0])
    )


# --- indicator tables (主要指标表) ---------------------------------------------------------------------------------
# A plan's table of its indicators: "序号 | 指标 | 单位 | 2020年 | 2025年 | 指标属性", one row an indicator, a column a
# year (the base year's figure and the target year's). Read into targets by ``targets.indicator_targets``.
INDICATOR_HEADER = re.compile(r"(?:主要|具体|评价|考核)?指标(?:名称|内容|项)?|指标及单位")
YEAR_HEADER = re.compile(r"(20\d{2})\s*年?(?:底|末)?\s*(?:目标值?|目标|规划值|预期值|预期目标|现状值?|基准值?|基期值?)?")
MEASURE_HEADER = re.compile(r"(?:计量)?单位")


@dataclass
class IndicatorColumns:
    header: int  # the header's row
    indicator: int
    years: dict[int, int]  # column → year
    unit: int | None
    attribute: int | None = None  # 属性: 约束性 (binding) or 预期性 (indicative)


def indicator_columns(table: Table, max_rows: int = 4) -> IndicatorColumns | None:
    """The columns of an indicator table: an indicator column and two or more year columns (or one, "2025年目标")."""
    for r, row in enumerate(table.rows[:max_rows]):
        cells = [re.sub(r"\s+", "", c.value) for c in row]
        indicator = next((c for c, v in enumerate(cells) if INDICATOR_HEADER.fullmatch(v)), None)
        years = {c: int(m[1]) for c, v in enumerate(cells) if (m := YEAR_HEADER.fullmatch(v))}
        if indicator is None or not years:
            continue
        if len(years) == 1 and not re.search(r"目标|规划|预期", cells[next(iter(years))]):
            continue
        unit = next((c for c, v in enumerate(cells) if MEASURE_HEADER.fullmatch(v)), None)
        attribute = next((c for c, v in enumerate(cells) if re.fullmatch(r"(?:指标)?(?:属性|性质|类型)", v)), None)
        return IndicatorColumns(r, indicator, years, unit, attribute)
    return None


def find_indicator_text_tables(text: str, lo: int, hi: int, skip: list[tuple[int, int]]) -> list[Table]:
    """Indicator tables written as text (tabs, bars or wide spaces between the columns), from their header line."""
    tables: list[Table] = []
    lines = [(lo + m.start(), lo + m.end()) for m in re.finditer(r"[^\n]+", text[lo:hi])]
    i = 0
    while i < len(lines):
        s, e = lines[i]
        line = text[s:e]
        if "指标" not in line or not re.search(r"20\d{2}", line) or any(a <= s < b for a, b in skip):
            i += 1
            continue
        sep = next((x for x in (PIPE, TAB, WIDE) if (x is not PIPE or re.search("[|｜]", line)) and len(_split_line(text, s, e, x)) >= 3), None)
        if sep is None:
            i += 1
            continue
        header = _split_line(text, s, e, sep)
        if sep is PIPE:
            header = _trim(header)
        rows = [[Cell(a, b, t) for t, a, b in header]]
        if indicator_columns(Table(rows, s, e, "text")) is None:
            i += 1
            continue
        j = i + 1
        while j < len(lines):
            parts = _split_line(text, *lines[j], sep)
            if sep is PIPE:
                if re.fullmatch(r"[\s|｜:\-]+", text[lines[j][0] : lines[j][1]]):
                    j += 1
                    continue
                parts = _trim(parts)
            if len(parts) < 3:
                break
            rows.append([Cell(a, b, t) for t, a, b in parts])
            j += 1
        if len(rows) > 1:
            tables.append(Table(rows, s, lines[j - 1][1], "text"))
        i = max(j, i + 1)
    return tables


# --- tables without their header --------------------------------------------------------------------------------
R_DEADLINE_CELL = re.compile(
    r"\s*(?:20\d{2}\s*年(?:\d{1,2}\s*月)?(?:\d{1,2}\s*日)?(?:底|前|底前|年底前?|起)?|长期(?:坚持)?|持续(?:推进|实施)?|日常工作|常态化|"
    r"20\d{2}[-.—–~至]20\d{2}\s*年?|\d{1,2}\s*月(?:底|前|底前)?)\s*"
)
_HEADERLESS_NAMES = {"number": "序号", "task": "工作任务", "lead": "牵头单位", "cooperating": "配合单位", "duty": "责任单位", "deadline": "完成时限"}


def find_headerless_tables(text: str, lo: int, hi: int, skip: list[tuple[int, int]]) -> list[Table]:
    """Task tables whose header the copy does not hold (a page 2 that starts inside the table, a table copied without
    its first row): two or more lines split by tabs or bars into the same number of cells, three or more, the first
    a row number counting up by one, one column (or two) of unit names, one of longer text. The columns are told by
    what their cells hold — row numbers, units (the first such column leads, a second cooperates), deadlines
    ("2024年底", "长期"), the task (the longest text) — and named in a header row of zero width, so the table reads
    as any other. Why by hand: no library infers a table's columns from its cells."""
    tables: list[Table] = []
    lines = [(lo + m.start(), lo + m.end()) for m in re.finditer(r"[^\n]+", text[lo:hi])]
    i = 0
    while i < len(lines):
        s, e = lines[i]
        sep = TAB if "\t" in text[s:e] else PIPE if re.search(r"[|｜]", text[s:e]) else None
        if sep is None or any(a <= s < b for a, b in skip):
            i += 1
            continue
        run, j, expected = [], i, None
        while j < len(lines):
            s2, e2 = lines[j]
            parts = _split_line(text, s2, e2, sep)
            if sep is PIPE:
                parts = _trim(parts[1:] if parts and not parts[0][0].strip() else parts)
            number = re.fullmatch(r"\s*(\d{1,3})\s*", parts[0][0]) if parts else None
            if not number or len(parts) < 3 or (run and len(parts) != len(run[0])):
                break
            if expected is not None and int(number[1]) != expected:
                break
            run.append(parts)
            expected = int(number[1]) + 1
            j += 1
        if len(run) >= 2 and (roles := _roles_by_content(run)) is not None:
            start = lines[i][0]
            header = [Cell(start, start, _HEADERLESS_NAMES.get(r, "备注")) for r in roles]
            rows = [header] + [[Cell(a, b, t) for t, a, b in parts] for parts in run]
            tables.append(Table(rows, start, lines[j - 1][1], "text"))
            i = j
            continue
        i += 1
    return tables


def _roles_by_content(run: list[list[tuple[str, int, int]]]) -> list[str] | None:
    """Each column's role by what its cells hold, or None when the rows hold no task with units."""
    width = len(run[0])
    roles: list[str | None] = [None] * width
    roles[0] = "number"
    filled = {c: [row[c][0].strip() for row in run if row[c][0].strip()] for c in range(1, width)}
    unit_cols = [
        c
        for c in range(1, width)
        if filled[c] and all(all(_unit_like(w) for w in re.split(r"[、,;/\s]+", v) if w) for v in filled[c])
    ]
    for k, c in enumerate(unit_cols[:2]):
        roles[c] = ("lead", "cooperating")[k] if len(unit_cols) > 1 else "duty"
    for c in range(1, width):
        if roles[c] is None and filled[c] and all(R_DEADLINE_CELL.fullmatch(v) for v in filled[c]):
            roles[c] = "deadline"
    texts = [c for c in range(1, width) if roles[c] is None and filled[c]]
    if not unit_cols or not texts:
        return None
    task = max(texts, key=lambda c: sum(len(v) for v in filled[c]) / len(filled[c]))
    if sum(len(v) for v in filled[task]) / len(filled[task]) < 6:
        return None
    roles[task] = "task"
    return [r or "other" for r in roles]


# --- tables a page gave one cell per line, their header on an earlier page -------------------------------------
R_ROW_NUMBER_LINE = re.compile(r"\s*(\d{1,3})\s*")
R_DATE_ALONE = re.compile(r"\s*(?:20\d{2}|二[〇○零O0一二三四五六七八九]{3})年")


def _unit_line(line: str) -> bool:
    """A line that is nothing but unit names ("岳阳市、常德市、益阳市和望城区人民政府", "省农委"), as a table's unit cell."""
    line = line.strip()
    return len(line) <= 60 and _unit_like(line) and not re.search(r"[。:]", line)


def find_numbered_row_tables(text: str, lo: int, hi: int, skip: list[tuple[int, int]]) -> list[Table]:
    """A task table a page gave one cell per line, copied without its header (a later page of a long table): rows open
    with a bare number on a line of its own, counting up by one, and close with their unit cells, one a line::

        …(the tail of the row before) / 省环保厅 / 2 / 水产养殖污染 / …现象仍然存在。 / 到2020年底,…恢复到Ⅲ类以上。 /
        1、… / 6、…巩固成果。 / 岳阳市、常德市、益阳市和望城区人民政府 / 省农委

    The lines between a row's number and its units are its task (joined); its unit lines all lead, as a 责任单位 cell
    naming no 牵头 does. A run starts after the unit lines of a row before it (or at the text's start), so that a page
    number alone on its line is no row; a row whose units stand over a date is a signature, not a row. Why by hand: no
    library reads a table back from a page's text."""
    lines = _nonblank_lines(text, lo, hi)
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        s, e = lines[i]
        first = R_ROW_NUMBER_LINE.fullmatch(text[s:e])
        opens = i == 0 or _unit_line(text[lines[i - 1][0] : lines[i - 1][1]])
        if first is None or not opens or any(a <= s < b for a, b in skip):
            i += 1
            continue
        rows: list[list[Cell]] = []
        n, j = int(first[1]), i
        while j < len(lines) and (m := R_ROW_NUMBER_LINE.fullmatch(text[lines[j][0] : lines[j][1]])) and int(m[1]) == n:
            k = j + 1
            while k < len(lines) and not _unit_line(text[lines[k][0] : lines[k][1]]):
                if R_ROW_NUMBER_LINE.fullmatch(text[lines[k][0] : lines[k][1]]):
                    break
                k += 1
            u = k
            while u < len(lines) and _unit_line(text[lines[u][0] : lines[u][1]]):
                u += 1
            signed = u < len(lines) and R_DATE_ALONE.match(text[lines[u][0] : lines[u][1]])
            if k == j + 1 or u == k or signed or u - k > 3:
                break  # no task before the units, no units, or a signature over a date
            number = Cell(lines[j][0], lines[j][1], text[lines[j][0] : lines[j][1]].strip())
            rows.append([number, _lines_cell(text, lines[j + 1 : k]), _lines_cell(text, lines[k:u])])
            n, j = n + 1, u
        if rows:
            start = lines[i][0]
            header = [Cell(start, start, name) for name in ("序号", "工作任务", "责任单位")]
            tables.append(Table([header, *rows], start, lines[j - 1][1], "text"))
            i = j
            continue
        i += 1
    return tables


# --- tables a page gave one cell per line, each cell opening with a bar ------------------------------------------
def find_bar_cell_tables(text: str, lo: int, hi: int, skip: list[tuple[int, int]]) -> list[Table]:
    """Tables a page's text gives one cell a line, each cell opening with a bar and a line of a bare bar closing the
    row; a cell's further lines carry no bar (two units on two lines), a row's number may stand bare::

        序号 / | 项目内容 / | 工作要求 / | 责任单位 / | / 7 / | 污水处理厂… / | 完成…改造 / | 市建设局 / | / 8 / | …

    The header, when the copy holds it, is the first row; without it the columns are told by their cells, as
    :func:`find_headerless_tables` does. A row short of cells lacks those after its number (merged with the row
    above) when it ends on its units, else its last ones. Why by hand: no library reads a table back from a page's text."""
    lines = _nonblank_lines(text, lo, hi)
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        if not re.match(r"[|｜]", text[lines[i][0] : lines[i][1]]) or any(a <= lines[i][0] < b for a, b in skip):
            i += 1
            continue
        # the run starts at the line before the first bar when that line opens the row ("序号", "7")
        before = text[lines[i - 1][0] : lines[i - 1][1]] if i > 0 else ""
        start = i - 1 if re.fullmatch(r"序号|编号", before) or R_BARE_NUMBER.fullmatch(before) else i
        rows: list[list[list[tuple[int, int]]]] = [[]]
        j, ends = start, 0
        while j < len(lines):
            a, b = lines[j]
            line = text[a:b]
            bar = re.match(r"[|｜]\s*", line)
            if bar and not line[bar.end() :].strip():
                ends += 1
                rows.append([])  # "|": the row ends
            elif bar:
                rows[-1].append([(a + bar.end(), b)])
            elif not rows[-1]:
                rows[-1].append([(a, b)])  # the row's first cell without a bar: its number, or the header's 序号
            else:
                rows[-1][-1].append((a, b))  # a cell's further line
            j += 1
            if j < len(lines) and not rows[-1]:
                nxt = text[lines[j][0] : lines[j][1]]
                if not re.match(r"[|｜]", nxt) and not R_BARE_NUMBER.fullmatch(nxt):
                    break  # after a row's end, a line that opens no row ends the table
        rows = [r for r in rows if r]
        if ends < 2 or len(rows) < 2:
            i = j if j > i else i + 1
            continue
        cells = [[_lines_cell(text, c) for c in r] for r in rows]
        header = cells[0] if sum(column_role(c.text) not in (None, "other") for c in cells[0]) >= 2 else None
        data = cells[1:] if header else cells
        width = len(header) if header else max(len(r) for r in data)
        data = [_padded_bar_row(r, width) for r in data]
        if header is None:
            roles = _roles_by_content([[(c.text, c.start, c.end) for c in r] for r in data])
            if roles is None:
                i = j
                continue
            header = [Cell(data[0][0].start, data[0][0].start, _HEADERLESS_NAMES.get(r, "备注")) for r in roles]
        tables.append(Table([header, *data], lines[start][0], lines[j - 1][1], "text"))
        i = j
    return tables


R_BARE_NUMBER = re.compile(r"\d{1,3}")  # a row's number standing alone on its line, without a bar


def _padded_bar_row(row: list[Cell], width: int) -> list[Cell]:
    """A bar-cell table's row at the table's width: a short row that ends on its units lacks the cells after its
    number (merged with the row above); one that does not lacks its last cells (no unit named for it)."""
    if len(row) >= width:
        return row
    if _unit_like(row[-1].text):
        return row[:1] + [Cell(row[0].end, row[0].end, "")] * (width - len(row)) + row[1:]
    return row + [Cell(row[-1].end, row[-1].end, "")] * (width - len(row))


# --- tables a page gives one cell a line, each cell closed by a bar ------------------------------------------------
R_BAR_CLOSED = re.compile(r"[^\n]*?[|｜]\s*$")  # "责任单位 |", "84 |", and a row's end, "||||"
R_BARS_ONLY = re.compile(r"\s*(?:[|｜]\s*)+")


def find_closed_bar_tables(text: str, lo: int, hi: int, skip: list[tuple[int, int]]) -> list[Table]:
    """Tables a page's text gives one cell a line, each cell closed by a bar, a line of bars alone ending a row (the
    rows of a header over two or three levels end so too)::

        地区 / | 县市区 / | 约束性指标 / | 争取性指标 / | ||| / PM2.5(μg/m3) / | … / ||| / 离石区 / | 84 / | 3.4% / | ||

    A copy may drop a row's end between the header and its first row ("类别 | 序号 | … | 责任单位 | 坚决… | 1 | …"): the
    header then ends where the header's 序号 column lines up with the first bare row number. Why by hand: no library
    reads a table back from a page's text."""
    lines = _nonblank_lines(text, lo, hi)
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and R_BAR_CLOSED.fullmatch(text[lines[j][0] : lines[j][1]]):
            j += 1
        if j - i < 6 or any(a <= lines[i][0] < b for a, b in skip):
            i = max(j, i + 1)
            continue
        rows: list[list[Cell]] = [[]]
        for a, b in lines[i:j]:
            line = text[a:b]
            if R_BARS_ONLY.fullmatch(line):
                if rows[-1]:
                    rows.append([])
                continue
            body = re.sub(r"[\s|｜]+$", "", line)
            rows[-1].append(Cell(a, a + len(body), body))
        rows = [r for r in rows if r]
        rows = _split_first_row(rows)
        if len(rows) >= 2 and max(map(len, rows)) >= 3:
            tables.append(Table(rows, lines[i][0], lines[j - 1][1], "text"))
        i = j
    return tables


def _split_first_row(rows: list[list[Cell]]) -> list[list[Cell]]:
    """A first "row" that holds the header and the rows after it, the row ends lost: cut at the header's width, told by
    its 序号 column and the first bare number ("类别 | 序号 | … | 坚决… | 1 | …": the row starts one cell before the 1)."""
    first = rows[0]
    names = [re.sub(r"\s+", "", c.value) for c in first]
    if "序号" not in names:
        return rows
    at = names.index("序号")
    number = next((k for k in range(at + 1, len(first)) if R_BARE_NUMBER.fullmatch(names[k]) and k - at > at), None)
    if number is None:
        return rows
    width = number - at
    if width < 3:
        return rows
    cut = [first[k : k + width] for k in range(0, len(first), width)]
    return cut + rows[1:]
