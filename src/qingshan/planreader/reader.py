"""The plan reader: a plan document's text → :class:`~qingshan.planreader.model.Plan`.

Rules, in the order they run:

1. Normalise (full-width → ASCII; OCR page markers and in-sentence breaks removed, with an offset map).
2. Metadata: title (《…》 of a 关于印发 notice, or a 关于…意见/方案 line, or the first line), issuer, 文号, date.
3. The body: from the plan's own title line (or the first numbered heading) to the last line before site trailers
   (扫一扫, 相关政策, 打印本页 …).
4. The numbered hierarchy 一、 / (一) / 1. / (1), with the seeds' variants ("1 ." with spaces, OCR "H ." for 11,
   "(-)" for (一)); numbers must run in sequence inside their parent, which rejects stray matches.
5. Tasks: leaves of the hierarchy outside preface sections (指导思想, 基本原则, 目标 …), plus any item that names
   responsible units.
6. Units per task from the responsibility forms of the seeds; implicit units ("以下不再列出") apart.
7. Targets (``targets.py``).
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from .dates import due_date
from .document import Cell, Document, Table
from .loader import DEFAULT_LIMITS, Limits, PlanReadError, load_document
from .model import Plan, Task, UnitRef
from .normalize import Normalized, normalize
from .numerals import cn_numeral, cn_value
from .tables import (
    SECTION_NUMBER,
    UNIT_ROLES,
    Columns,
    column_role,
    find_bar_cell_tables,
    find_cell_line_tables,
    find_closed_bar_tables,
    find_columns,
    find_flat_tables,
    find_headerless_tables,
    find_indicator_text_tables,
    find_numbered_cell_tables,
    find_numbered_row_tables,
    find_text_tables,
    section_label,
)
from .targets import column_targets, find_targets, indicator_targets, matrix_targets
from .units import NOTE, UNIT_END, Registry, cut_note, ends_like_unit, find_implicit, split_units

logger = logging.getLogger(__name__)

KINDS = ("cn", "pcn", "word", "num", "pnum", "circ")
_HEAD_RE = {
    "cn": re.compile(r"([一二三四五六七八九十]{1,3})、"),
    "pcn": re.compile(r"\(([一二三四五六七八九十]{1,3})\)"),
    # "措施一:加快推进集中供热…", "任务二:": a measure numbered by a word and a numeral, its label as written
    "word": re.compile(r"(?:措施|任务|行动|工程)([一二三四五六七八九十]{1,3})(?=\s*:)"),
    "num": re.compile(r"(\d{1,2}|H)\s*(?:\.|、)(?!(?!20\d{2}\s*年)\d)"),  # not "1.5"; "2、2010年底前…" is an item
    "pnum": re.compile(r"\((\d{1,2})\)"),
    "circ": re.compile(r"([①-⑳])"),  # ①…⑳ under (1), or wherever a plan uses them
}
PREFACE = re.compile(
    r"^(?:指导思想|基本原则|总体目标|工作目标|主要目标|治理目标|目标要求|主要指标|目标(?![\u4e00-\u9fff]{3})|总体要求|工作原则|编制依据|适用范围)"
)
GUARANTEE = re.compile(r"^(?:组织保障|保障措施|组织实施|工作要求|工作保障)")
TRAILERS = re.compile(
    r"扫一扫|扫描二维码|二维码|公众号|本文链接|本文关键词|相关政策|相关链接|相关文件|打印本页|关闭窗口|【打印】|\[打印\]|"
    r"责任编辑|分享到|网站地图|上一篇|下一篇|的解读$"
)
PLAN_WORD = re.compile(
    r"(?:方案|意见|计划|规划|要点|措施|办法|任务|清单|纲要|分解表|任务表|计划表|台账|责任分工|任务分工|工作分工|目标|任务书|责任书)$|实施方案|工作方案"
)
R_SELF_NAMED = re.compile(
    r"(?:特|现)?制定\s?(?:如下|本)\s?(?:工作|实施|行动)?\s?(?:方案|计划|意见)"
    r"|特制定(?:实施)?[^。,;]{2,40}?(?:方案|计划|意见)(?:\(以下简称[^()]*\))?。"  # "特制定实施…三年行动方案(以下简称…)。"
)
PLAN_NAME = re.compile(r"[\u4e00-\u9fff]{4,40}?(?:工作实施方案|实施方案|工作方案|行动方案|实施意见|行动计划)")
CITIES = ("攀枝花", "禄丰", "昭通", "平顶山", "马鞍山")


@dataclass
class Node:
    kind: str
    value: int
    label: str  # as written in the number path: 二 / (一) / 1 / (1)
    start: int  # normalised offset of the number
    body_start: int  # after the number
    end: int = 0
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)

    def path(self) -> str:
        parts, node = [], self
        while node is not None:
            parts.append(node.label)
            node = node.parent
        return ".".join(reversed(parts))


def _value(kind: str, raw: str) -> int:
    if kind in ("cn", "pcn", "word"):
        return cn_value(raw)
    if kind == "circ":
        return ord(raw) - ord("①") + 1
    return 11 if raw == "H" else int(raw)


def _label(kind: str, value: int) -> str:
    return {
        "cn": cn_numeral(value),
        "pcn": f"({cn_numeral(value)})",
        "num": str(value),
        "pnum": f"({value})",
        "circ": chr(ord("①") + value - 1),
    }[kind]


R_HEADING_PREFIX = re.compile(r"\s*[一二三四五六七八九十]{1,3}、[\u4e00-\u9fff]{2,12}")  # "三、攻坚措施" before "1."


def find_headings(
    norm: Normalized, start: int, end: int, masked: list[tuple[int, int]] | None = None
) -> list[Node]:
    """Numbered items in [start, end) outside ``masked`` ranges (task tables), at line starts; an item number
    glued to the previous item's end ("…区人民政府)4.积极开展…", "…。2.加强…"); and, in OCR text, after a
    sentence or a closing bracket."""
    text = norm.text
    masked = masked or []
    few_lines = len(text) > 100 and text.strip().count("\n") <= 2
    cands: list[tuple[int, str, re.Match]] = []
    for kind, rx in _HEAD_RE.items():
        for m in rx.finditer(text, start, end):
            i = m.start()
            line_start = text.rfind("\n", 0, i) + 1
            at_line = _at_line(m)
            after = text[m.end() : m.end() + 1]
            cjk_after = "\u4e00" <= after <= "\u9fff"
            # OCR text runs headings into the previous sentence: accept a number anywhere when a CJK character
            # follows it; the sequence check in _build_tree rejects the strays.
            inline = norm.ocr and i > 0 and cjk_after
            before = text[max(i - 2, 0) : i].rstrip(" ")[-1:]
            glued = (
                # a copy that ran its lines into one: "…(责任单位:市经信委。) (二)优化能源结构", "…行动计划。 一、工作目标"
                kind in ("cn", "pcn") and cjk_after and text[i - 1 : i] == " " and before in (")", "。")
            ) or (
                kind == "num"
                and cjk_after
                and (
                    (before in (")", "。") and (m[0].endswith(".") or before == "。" or text[i - 1 : i] == " "))
                    # "…(责任单位:X) 7.加快…", "…2009年5月10日前。3、完成…", a copy that ran its lines into one:
                    # "…(牵头单位:市环保局,责任单位:市公安交管局) 28、加大…", "(四)加强…防治 27、新车…"
                    or (text[i - 1 : i] == " " and "\u4e00" <= before <= "\u9fff")
                )
            )
            # "1.坚决打赢蓝天保卫战役。(1)深入开展…": a sub-item after its heading's full stop, on the same line
            glued = glued or (kind == "pnum" and cjk_after and before == "。")
            # A copy that lost every line break ("…重度及以上污染天数清零。二、提升面源污染…水平(一)加强扬尘…"): a
            # section number after a sentence's end, a "(一)" anywhere; the sequence check in _build_tree rejects strays.
            if not glued and cjk_after and _run_on_line(text, i, few_lines):
                glued = (kind in ("cn", "num") and before in ("。", ";", ")", "”")) or kind == "pcn"
            # "三、攻坚措施1. 梳理分类": the first item of a list glued to its section's heading on the same line
            # "…(考核责任单位:省环保厅) 二、考核的组织实施 (一)考核工作…": the same in a copy that ran its lines into one
            segment = text[max(line_start, text.rfind("。", 0, i) + 1, text.rfind(")", 0, i) + 1) : i]
            after_heading = (
                kind in ("num", "pcn")
                and m[1] in ("1", "一")
                and (
                    R_HEADING_PREFIX.fullmatch(text[line_start:i]) is not None
                    or (text[i - 1 : i] == " " and R_HEADING_PREFIX.fullmatch(segment.rstrip(" ")) is not None)
                )
            )
            # "一、2022年度…", "2、2010年底前全面完成…": an item that opens with a year
            year_after = kind in ("cn", "pcn", "num") and re.match(r"20\d{2}\s*年", text[m.end() : m.end() + 6]) is not None
            if not (at_line or inline or glued or after_heading) or not after or (after in "0123456789%" and not year_after):
                continue  # "一、2022年度环境空气质量改善目标" is a heading; "1.5", "2、3" are not
            if kind == "num" and m[1] == "H" and not norm.ocr:
                continue
            cands.append((i, kind, m))
    # OCR: an item number that lost its dot right after the previous item's closing bracket ("…局)9持续提升"),
    # and a section number the scan lost inside its brackets ("()优化空间发展格局" for (三)), taken as the next one.
    if norm.ocr:
        # a section number whose "、" the scan lost, after a sentence and over its first "(一)" ("…13天。二重点任务(一)…")
        for m in re.finditer(r"(?<=[。;])([一二三四五六七八九十]{1,2})(?=[\u4e00-\u9fff]{2,12}\(一\))", text[:end]):
            if m.start() >= start:
                cands.append((m.start(), "cn", m))
        for m in re.finditer(r"\(()\)(?=[\u4e00-\u9fff])", text[:end]):
            if m.start() >= start:
                cands.append((m.start(), "pcn", m))
        for m in re.finditer(r"(?<=\))(\d{1,2})(?=[\u4e00-\u9fff])(?![号年月日时个天])", text[:end]):  # not "(2021)13号"
            if m.start() >= start:
                cands.append((m.start(), "num", m))
    cands = [c for c in cands if not any(a <= c[0] < b for a, b in masked)]
    cands.sort(key=lambda c: c[0])
    return _build_tree(cands)


def _run_on_line(text: str, i: int, few_lines: bool) -> bool:
    """Whether position ``i`` is in a line of more than 300 characters, or in a text of more than 100 characters on
    at most three lines (``few_lines``, worked out once per text): a copy that ran its lines into one."""
    start = text.rfind("\n", 0, i) + 1
    end = text.find("\n", i)
    return few_lines or (len(text) if end == -1 else end) - start > 300


def _build_tree(cands) -> list[Node]:
    roots: list[Node] = []
    rank: dict[str, int] = {}
    stack: list[Node] = []
    last_value: dict[tuple[int, str], int] = {}  # (id(parent), kind) → last number
    last_global: dict[str, int] = {}  # kind → last number anywhere (plans that number 1…28 across sections)
    started_inside = False
    for k, (pos, kind, m) in enumerate(cands):
        # A heading of a higher kind first seen past its first number, after items of a lower kind ("1.…" … "5.…"
        # then "(四)环境建设" then "1.…"): the text started inside a list whose heading it lost; the usual order holds.
        jumped_up = (
            kind not in rank
            and bool(rank)
            and m[1] != ""
            and _value(kind, m[1]) > 1
            and _opens(m)
            and KINDS.index(kind) < min(KINDS.index(x) for x in rank)
        )
        if jumped_up:
            started_inside = True
            rank = {x: KINDS.index(x) for x in rank}
        # Ranks by first appearance (a plan may number its top level "1."), except in a text that starts inside a
        # list, where the usual order holds: 一、 over (一) over 1. over (1).
        rank.setdefault(kind, KINDS.index(kind) if started_inside else len(rank))
        # Where would it attach? Pop to a parent of lower rank.
        trial = list(stack)
        while trial and rank[trial[-1].kind] >= rank[kind]:
            trial.pop()
        parent = trial[-1] if trial else None
        key = (id(parent), kind)
        expected = last_value.get(key, 0) + 1
        value = expected if m[1] == "" else _value(kind, m[1])  # "()" lost its number: the expected one
        continuing = kind in ("num", "pnum", "pcn") and value == last_global.get(kind, 0) + 1 and value > 1
        if k == 0 and value > 1 and m[1]:
            # The first numbered item of a text that starts inside a list (an excerpt, a continued page: "2.…",
            # "3.…", "(七)…", "(八)…"): taken as it is when the next item of its kind follows it in sequence, or
            # when at a line start and followed by a line-opening heading of another kind that starts inside its
            # list too ("(十)…" then "四、保障措施").
            nxt = next((c for c in cands[k + 1 :] if c[1] == kind), None)
            continuing = nxt is not None and nxt[2][1] != "" and _value(kind, nxt[2][1]) == value + 1
            other = next((c for c in cands[k + 1 :] if c[1] != kind), None)
            continuing = continuing or (
                _at_line(m)
                and other is not None
                and _opens(other[2])
                and other[2][1] != ""
                and (
                    _value(other[1], other[2][1]) > 1
                    # "二、主要任务" then "(一)…": the first item of a list under it
                    or (_value(other[1], other[2][1]) == 1 and KINDS.index(other[1]) > KINDS.index(kind))
                )
            )
            # A copy that starts at the item itself ("2、加快乡镇生活污水管网建设…" and nothing before it): its number.
            continuing = continuing or (_at_line(m) and not m.string[: m.start()].strip())
            started_inside = continuing
            if started_inside:
                rank = {kind: KINDS.index(kind)}
        elif value > 1 and started_inside and kind not in last_global and _opens(m) and m[1]:
            continuing = True  # the first heading of its kind in a text that started inside a list ("四、")
        if value == expected + 1 and m[1] and not continuing:
            # "(二)" where the copy lost "(一)": taken when "(三)" follows in sequence
            nxt = next((c for c in cands[k + 1 :] if c[1] == kind), None)
            continuing = nxt is not None and nxt[2][1] != "" and _value(kind, nxt[2][1]) == value + 1
            # "4.水利局负责…" then "6.农牧和科技局…" at the start of its line, the copy having lost item 5 (and, as
            # the list's last, nothing after it to confirm it)
            continuing = continuing or (expected > 1 and _at_line(m) and nxt is None)
        continuing = continuing or jumped_up
        if value != expected and not continuing:
            continue  # out of sequence: not an item (a stray "(3)" or a page marker)
        last_global[kind] = value
        label = m[0] if kind == "word" else _label(kind, value)
        node = Node(kind, value, label, pos, m.end(), parent=parent)
        last_value[key] = value
        for k in [k for k in last_value if k[0] == id(node)]:
            del last_value[k]
        (parent.children if parent else roots).append(node)
        stack = [*trial, node]
    return roots


def _line_before(m: re.Match) -> str:
    """The text of the match's line before it."""
    return _line_to(m.string, m.start())


def _line_to(text: str, i: int) -> str:
    """The text of position ``i``'s line before it."""
    return text[text.rfind("\n", 0, i) + 1 : i]


def _at_line(m: re.Match) -> bool:
    """Whether the match opens its line."""
    return _opens_line(m.string, m.start())


def _opens_line(text: str, i: int) -> bool:
    """Whether position ``i`` opens its line (a bullet or spaces before it aside)."""
    return _line_to(text, i).strip(" \t•·") == ""


def _opens(m: re.Match) -> bool:
    """Whether the match opens its line, follows a space in a copy that ran its lines into one, or follows its
    section's heading on the heading's line ("三、攻坚措施1. 梳理分类")."""
    line = _line_before(m)
    return line.strip(" \t•·") == "" or line.endswith(" ") or R_HEADING_PREFIX.fullmatch(line) is not None


def _walk(nodes: list[Node]):
    for n in nodes:
        yield n
        yield from _walk(n.children)


def _close(nodes: list[Node], end: int) -> None:
    for i, n in enumerate(nodes):
        n.end = nodes[i + 1].start if i + 1 < len(nodes) else end
        _close(n.children, n.end)


# --- responsibility forms -------------------------------------------------------------------------------------
# Labelled fields, in brackets "(牵头单位:X;配合单位:Y;完成时限:2025年底前)" or on lines of their own
# ("责任单位:A、B,C", "牵头单位:X\n配合单位:Y"); 001 runs a label into the previous list with no separator.
def _spaced(word: str) -> str:
    return r"\s*".join(word)  # OCR puts spaces inside labels ("牵 头单位")


ROLE_LABELS = {
    "lead": (
        "牵头单位",
        "主办单位",
        "主责单位",
        "牵头部门",
        "牵头责任单位",
        "牵头负责单位",
        "主办部门",
        "主责部门",
        "牵头单位及责任人",  # "牵头单位及责任人:市环保局陈添": each unit followed by its person's name
        "牵头部门及责任人",
        "牵头责任部门",
        "主要负责单位",
        "主办",
        "牵头",
    ),
    "duty": (
        "责任单位",
        "责任部门",
        "负责单位",
        "考核责任单位",
        "整改责任单位",
        "主要责任单位",
        "主体责任单位",
        "责任主体",
        "实施主体",
        "监管部门",
        "监管单位",
        "相关责任单位",  # "牵头单位:市环保局。\n相关责任单位:各市(区)政府…": beside a lead, they cooperate
        "其他责任单位",
        "责任单位及责任人",
        "具体责任单位",
        "直接责任单位",
        "落实单位",
        "实施单位",
        "责任科室",
        "责任股室",
    ),
    "cooperating": (
        "配合单位",
        "参与单位",
        "参加单位",
        "协办单位",
        "协同单位",
        "配合部门",
        "协办部门",
        "参与部门",
        "协同责任单位",
        "配合责任单位",
        "协作单位",
        "协作部门",
        "协助单位",
        "协助部门",
        "支持单位",
        "督导单位",  # a unit that oversees the work: listed with the task, never its lead
        "督办单位",
        "追责单位",  # 督察整改 lists: the unit that pursues accountability (with 督导单位), listed with the task
        "问责单位",
        "指导督办单位",
        "指导单位",
        "次要责任单位",
        "协同部门",
        "配合责任部门",
        "协调单位",
        "协办",
        "配合",
    ),
    "deadline": ("完成时限", "完成时间", "时间节点", "时限要求", "完成期限", "办结时限", "时限", "时间"),
    # People, not units: "(责任单位:市生态环境局,责任领导:张三)" — read so that they end the field before them.
    "person": ("责任领导", "牵头领导", "分管领导", "包保领导", "督办领导", "联系领导", "包联领导", "责任人", "联系人"),
}
LABEL_ROLE = {label: role for role, labels in ROLE_LABELS.items() for label in labels}
_LABELS = "|".join(_spaced(label) for label in sorted(LABEL_ROLE, key=len, reverse=True))
# "(市级责任单位:X;县级责任单位:Y)": a label may name the level it holds for
_LEVEL = r"(?:(?:省|市|县|区|乡镇|镇|乡)级)?"
R_LABEL = re.compile(_LEVEL + f"({_LABELS})" + r"\s*:")
_AT_LABEL = f"(?={_LEVEL}(?:{_LABELS})" + r"\s*:)"
R_FIELD_BLOCK = re.compile(
    r"\(\s*" + _AT_LABEL + r"([^()]*(?:\([^()]*\)[^()]*)*)\)"
    r"|[\[【〔]\s*" + _AT_LABEL + r"([^\[\]【】〔〕]*)[\]】〕]"  # "[牵头单位:X;配合单位:Y,各镇(办、区)]"
)
R_FIELD_LINES = re.compile(  # the labelled lines may stand apart, a blank line between them
    r"(?m)(?:^|(?<=[。;,]))[ \t]*" + _AT_LABEL + r"([^\n〔]+(?:\n\s*" + _AT_LABEL + r"[^\n〔]+)*)"
)
R_LOCAL_DUTY = re.compile(r"\s*((?:[^,;。()]|\([^()]*\)){2,60}?)(?:属地负责|按属地(?:原则)?负责|负责(?:本辖区)?(?:具体)?落实)[。;]?\s*$")
R_FIELDS_END = re.compile(r"。(?!\s*" + _AT_LABEL + ")")  # the fields end at a 。 that no label follows
# "(省发改委总牵头)", "(市林业局主责)", "(市农业农村局具体负责)", "(X牵头实施)", "(X与Y共同负责)", and a deadline
# after the unit: "(市住建局负责,2025年底前完成)"
_DEADLINE_AFTER = r"(?:[,;]\s*((?:到|在|于)?(?:20\d{2}年|\d{1,2}月)[^()]{0,12}?(?:前|底)(?:完成|到位|实现)?|长期坚持|持续推进))?"
R_LEADS = re.compile(
    r"\((?:具体)?由?([^()]{2,80}?)(?:分别|总|具体|共同|联合|按各自职责)?(?:牵头|负责|主责|主抓|负总责)(?:抓总|组织|实施|推进|督促(?:落实|检查)?|负责)?"
    + _DEADLINE_AFTER
    + r"\)"
)
# "(X牵头,Y配合)", also in 〔〕 or [] and with "Z负责落实" / "Z落实" after: Z cooperates too.
# In running text: "秸秆禁烧工作由街道生态环境组牵头,农业农村组、城市建管组等相关组线全力配合" — the list before
# "等…" cooperates; so do those who "complete it together": "由省环保厅、省发展改革委牵头,省财政厅…等相关部门和各市党委、
# 政府共同完成", and one that oversees it: "工作由区政府具体协调,市环保局督促检查".
R_BY_LEAD = re.compile(
    r"由([^,;。()由]{2,30}?)(?:牵头|负责|具体协调|具体组织实施)[,,]\s*([^,;。()]{2,80}?)(?:等(?:相关)?[^,;。()]{0,6}?)?"
    r"(?:(?:全力|积极|密切|共同|协同)?(?:配合|参与|协助)|共同(?:完成|推进|实施|负责)|督促检查|监督检查)"
)
# "具体工作由省环保厅、监察厅会同省发展改革委、经贸委、…、交警总队等部门负责": those before 会同 lead, those after
# it cooperate.
R_BY_WITH = re.compile(
    r"(?:由|(?<=\())([^,;。()由]{2,40}?)(?:会同|联合)([^,;。()]{2,120}?)(?:等(?:有关|相关)?(?:部门|单位))?(?:共同|联合)?(?:负责|组织|实施|开展)"
)
# The same as a sentence of its own, without 由: "厅内分工:规财处牵头,水处、环科院配合。"
R_LEAD_SENTENCE = re.compile(
    r"(?:^|(?<=[。;:\n]))\s*([^,;。()由:\n]{2,30}?)(?:牵头|负责)[,,]\s*((?:[^;。()\n]|\([^()]*\)){2,80}?)(?:按职责)?(?:配合|参与|协助)"
    r"(?:[,,]\s*((?:[^;。()\n]|\([^()]*\)){2,60}?)(?:具体|负责)?落实)?[。;]?"  # "…配合,各县(市、区)政府具体落实。"
)
# "市民政局牵头,与区级政府共同做好…": the lead, then those it works with
R_LEAD_WITH = re.compile(
    r"(?:^|(?<=[。;:\n]))\s*([^,;。()由:\n]{2,30}?)牵头[,,]\s*(?:与|会同|联合)((?:[^,;。()]|\([^()]*\)){2,40}?)(?:共同|一起|联合)"
)
# The unit that coordinates, then those responsible: "由X统筹,Y、Z负责" (X leads)
R_BY_COORDINATES = re.compile(r"由([^,;。()由]{2,30}?)统筹[,,]\s*((?:[^;。()]|\([^()]*\)|\[[^\[\]]*\]){2,160}?)负责")
PLACE_UNIT = re.compile(r"^[\u4e00-\u9fff]{1,6}[县区市旗镇乡]$|^[\u4e00-\u9fff]{1,6}街道$")  # "江川区", "澄江市": a place named as the unit
# A leader in charge, then the offices that carry it out: "由鲁国会、郑忠安副厅长分别负责,环境监测处、…分别落实" (the
# people are no units; the offices cooperate)
R_PERSON_THEN_UNITS = re.compile(
    r"由[^,;。()]{2,20}?(?:总工|总工程师|厅长|局长|主任|书记|组长|同志)(?:分别)?负责[,,]\s*([^;。()]{2,80}?)(?:分别|具体)?落实"
)
R_BY_LEAD_ALONE = re.compile(r"由([^,;。()由、]{2,30}?)(?:(?:负责)?牵头|负责)[,;。]")  # "2005年,由市城管局负责,确保…"
R_LEAD_COOP = re.compile(
    r"[(〔\[【](?:具体)?由?((?:[^()〔〕\[\]]|\([^()]*\)|\[[^\[\]()]*\]){2,80}?)\s*(?:具体)?(?:牵头|负责|指导|主抓|主责|负总责|主办|为责任主体)"
    r"(?:抓总|组织|实施|指导|统筹|协调|负责)?[,;、]\s*"  # "(X牵头抓总,Y具体落实)", "(X负总责,Y配合)"
    r"((?:[^()〔〕\[\]]|\([^()]*\)|\[[^\[\]()]*\]){2,80}?)"  # a name may hold its note: "各镇人民政府(街道办事处)"
    r"(?:等)?(?:共同|积极|密切|全力)?"
    r"(?:(?:按职责)?配合|参与|协助|协同|协办|(?:负责|按职责抓好|抓好)?(?:具体)?落实|按(?:各自)?职责(?:分工)?(?:负责|落实)|分工负责|共同负责"
    r"|(?:具体|组织|推动)实施|(?:负责)?督导|监督|指导|为责任主体)"  # "(X牵头;Y落实)": those who carry it out cooperate; "(X负责,Y督导)": Y oversees
    # ("(X牵头,Y、Z按各自职责分工落实)", "(X牵头,Y、Z推动实施)" too)
    r"(?:[,;]((?:[^()〔〕\[\]。]|\([^()]*\)|\[[^\[\]()]*\]){2,40}?)(?:(?:负责)?(?:本辖区)?(?:具体)?落实|(?:具体)?负责))?[。,;]?"
    r"(?:[^()〕\]】]|\((?:[^()]|\([^()]*\))*\))*?[)〕\]】]"  # a note in brackets inside: "(以下均需各县(市)区…不再列出)"
)
R_LEAD_THEN_DUTY = re.compile(r"[(〔\[【]([^()〔〕\[\]【】,;]{2,60}?)牵头[,;]\s*([^()〔〕\[\]【】]{2,80}?)(?:具体)?负责[)〕\]】]")
R_IS_LEAD_THEN = re.compile(
    r"[(〔\[【]([^()〔〕\[\]【】,;]{2,60}?)为牵头(?:单位|部门)[,;]\s*([^()〔〕\[\]【】]{2,80}?)为(?:配合|参与|协办|协作|责任)(?:单位|部门)"
    r"[)〕\]】]"
)
R_REPORT = re.compile(r"\(([^()]{2,40}?)报([^()]{2,40}?)落实\)")
R_PLAIN = re.compile(r"\(((?:[^()〔]|〔[^〕]*〕|\([^()]*\))*)\)\s*$")  # a unit may hold its own brackets
R_PLAIN_SQUARE = re.compile(r"[〔\[【]([^〔〕\[\]【】]{2,80})[〕\]】]\s*$")  # "…。[市住建局]", "〔X〕", "【X】"
R_WITH = re.compile(r"(.{2,40}?)会同(.{2,60}?)(?:共同)?(?:负责|落实|实施)?")
R_CARRY_OUT = re.compile(r"\s*(.{2,80}?)(?:具体|负责|依责|按职责|分别)?(?:组织)?落实\s*")
R_HELP_ONLY = re.compile(r"\s*(.{2,80}?)(?:按职责)?(?:共同|积极|密切|全力)?(?:配合|参与|协助|协同|协办)\s*")
R_FIRST_RULE = re.compile(
    r"(?:列|排|排名)(?:第一位|第一|首位|在第一位|在首位|在最前|在前面)(?:者|的)?(?:单位|部门)?为牵头(?:部门|单位)"
)
# 000's note: in its 责任单位 lists, units before the first comma lead and those after it cooperate.
R_COMMA_RULE = re.compile(r"逗号前为牵头单位")
# "〔责任单位:水利厅;省发展改革委、…〕(分号前为牵头单位,下同)": those before the semicolon lead
R_SEMICOLON_RULE = re.compile(r"分号前(?:的)?(?:为|是)牵头(?:单位|部门)")
# "X(牵头)", "X〔牵头〕", and "X★" (the star the lists of many plans put on their lead)
R_MARKED_LEAD = re.compile(r"(?:[(〔【\[](?:牵头|牵头单位)[)〕】\]]|(?<![★☆*※])\s*[★☆*※])$")


@dataclass
class Duty:
    lead: list[UnitRef]
    cooperating: list[UnitRef]
    start: int  # normalised span of the responsibility expression
    end: int
    deadline: str | None = None


R_FIELD_LEAD_THEN = re.compile(r"(.{2,80}?)牵头[,;]\s*(.{2,80}?)(?:负责|配合|参与|协助|落实)")
# "责任单位:各设区市人民政府和平潭综合实验区管委会负责,省经信委、商务厅…配合。": the field's own lead and helpers
R_FIELD_DUTY_THEN = re.compile(r"(.{2,80}?)(?:负责)?[,;]\s*(.{2,80}?)(?:按职责)?(?:配合|参与|协助|协同)")
R_CARRY_OUT_AFTER = re.compile(r"[;;,]\s*([^;;,]{2,60}?)(?:负责)(?:本辖区)?(?:具体)?(?:组织)?落实\s*$")
R_CARRY_OUT_TAIL = re.compile(r"[;;]\s*([^;;]{2,60}?)(?:负责)?(?:本辖区)?(?:具体)?(?:组织)?落实\s*$")


R_PERSON_AFTER_UNIT = re.compile(
    r"(?<=局|委|办|厅|部|府|会|区|县|心|院|司|团|处|站|所|室|队)[\u4e00-\u9fff]{2,3}(?=\s*(?:[、,;,;]|$))"
)
R_DEADLINE_TAIL = re.compile(r"[,;]\s*((?:到|在|于)?(?:20\d{2}年|\d{1,2}月)[^,;()]{0,12}?(?:前|底)(?:完成|到位|实现)?)$")


def _fields(body: str, off: int, registry: Registry, list_rule: str) -> tuple[list, list, str | None]:
    """Units by role from labelled fields; ``off`` is the normalised offset of ``body``."""
    # 004: "…;均需各县区人民政府…负责落实,以下不再列出" is the implicit note, not this task's units.
    body = cut_note(body)  # the note's whole clause first, then what is left of a note without 不再列出
    if m := NOTE.search(body):
        body = body[: m.start()]
    if note := R_FIRST_RULE.search(body):
        # "责任单位:X,各市(州)负责落实(排在首位的为牵头单位,下同": the note on how lists read, not a unit
        opened = body.rfind("(", 0, note.start())
        body = body[: opened if opened != -1 else note.start()]
    labels = list(R_LABEL.finditer(body))
    fields: dict[str, list[UnitRef]] = {"lead": [], "duty": [], "cooperating": []}
    deadline = None
    duty_split: tuple[list[UnitRef], list[UnitRef]] | None = None
    for i, lab in enumerate(labels):
        role = LABEL_ROLE[re.sub(r"\s", "", lab[1])]
        value_end = labels[i + 1].start() if i + 1 < len(labels) else len(body)
        value = body[lab.end() : value_end]
        value_start = lab.end() + len(value) - len(value.lstrip())
        value = value.strip().rstrip(";,。 \n/")  # "(牵头单位:X/配合单位:Y)": a slash between fields
        if "责任人" in lab[1]:  # "市环保局陈添、东城区政府牛青山": the people's names go, one blank for one character
            value = R_PERSON_AFTER_UNIT.sub(lambda p: " " * len(p[0]), value)
        if role != "deadline" and (due := R_DEADLINE_TAIL.search(value)):  # "(责任单位:X,2024年底前完成)"
            deadline = deadline or due[1]
            value = value[: due.start()]
        if role != "deadline" and "。" in value:
            # "(负责单位:发展改革委、能源局。未明确牵头单位的,由所列负责单位按职责分工负责,下同)": a note follows.
            value = value.split("。", 1)[0]
        if role == "deadline":
            deadline = value or None
            continue
        if role == "person":
            continue
        if role == "duty" and (sep := {"comma": ",", "semicolon": ";"}.get(list_rule)) and sep in value:
            head, _sep, tail = value.partition(sep)
            duty_split = (
                split_units(head, registry, off + value_start),
                split_units(tail, registry, off + value_start + len(head) + 1),
            )
            continue
        if role in ("duty", "lead") and (
            split := R_FIELD_LEAD_THEN.fullmatch(value) or R_FIELD_DUTY_THEN.fullmatch(value)
        ):
            # "(责任单位:各镇人民政府牵头,区水产畜牧兽医局、环保钦南分局负责)": the field names its own lead
            fields["lead"] += split_units(split[1], registry, off + value_start)
            fields["cooperating"] += split_units(split[2], registry, off + value_start + split.start(2))
            continue
        carry_out: list[UnitRef] = []
        if tail := R_CARRY_OUT_TAIL.search(value) if role != "duty" else R_CARRY_OUT_AFTER.search(value):
            # "(牵头单位:X;各县(市、区)人民政府负责落实)", "(责任单位:X、Y,各市、县政府负责落实)", "(配合单位:Y;Z具体
            # 落实)": those who carry it out after the units named first cooperate, as in "(X牵头,Y配合;Z落实)"
            carry_out = split_units(tail[1], registry, off + value_start + tail.start(1))
            value = value[: tail.start()]
        fields[role] += split_units(value, registry, off + value_start)
        fields["cooperating"] += carry_out
    lead, coop = fields["lead"], fields["cooperating"]
    if duty_split:
        lead, coop = lead + duty_split[0], duty_split[1] + coop
    elif lead:
        coop = fields["duty"] + coop  # "(牵头单位:X;责任单位:Y、Z)": the others are responsible with the lead
    else:
        duty = fields["duty"]
        marked = [u for u in duty if R_MARKED_LEAD.search(u.raw)]
        if marked:  # "责任单位:市生态环境局(牵头)、市工业和信息化局"
            lead = [_unmark(u, registry) for u in marked]
            coop = [u for u in duty if u not in marked] + coop
        elif list_rule == "first":  # the plan's note: "排在首位的为牵头单位,下同"
            lead, coop = duty[:1], duty[1:] + coop
        else:
            lead = duty
    return lead, coop, deadline


def _unmark(u: UnitRef, registry: Registry) -> UnitRef:
    raw = R_MARKED_LEAD.sub("", u.raw)
    span = (u.span[0], u.span[0] + len(raw)) if u.span else None
    canonical = registry.canonical(raw)
    return UnitRef(raw, canonical, span, u.collective, registry.members(canonical))


def _unit_line_after(text: str, end: int) -> int | None:
    """Where the line after ``end`` ends, when it is nothing but a list of units (no label, no sentence)."""
    m = re.match(r"\n[ \t]*([^\n:。,]{2,60}?)[ \t]*(?=\n|$)", text[end:])
    if not m:
        return None
    pieces = [p.strip() for p in re.split(r"[、;]", m[1]) if p.strip()]
    unit_like = all(p.startswith("各") or ends_like_unit(p) for p in pieces)
    return end + m.end(1) if pieces and unit_like and not R_LABEL.search(m[1]) else None


def _together(parts: list[tuple[list[UnitRef], list[UnitRef]]]) -> tuple[list[UnitRef], list[UnitRef]]:
    """The (lead, cooperating) units of an item's several brackets: each name once, a lead in any of them leads."""
    lead: list[UnitRef] = []
    coop: list[UnitRef] = []
    seen: set[str] = set()
    for into, units in [(lead, p[0]) for p in parts] + [(coop, p[1]) for p in parts]:  # every lead before any other
        for u in units:
            if u.raw not in seen:
                seen.add(u.raw)
                into.append(u)
    return lead, coop


R_TAGGED_LABEL = re.compile(r"【(" + _LABELS + r")】")
_NAMES = r"((?:[^,;。()]|\([^()]*\)){2,60}?)"
# The units in a sentence of their own at the item's end: "责任单位为X(,配合单位为Y)。", "此项工作由X负责。", "…。——X"
R_DUTY_IS = re.compile(
    r"(?:责任|牵头)(?:单位|部门)(?:为|是)" + _NAMES + r"(?:[,;]\s*(?:配合|参与|协办)(?:单位|部门)(?:为|是)" + _NAMES
    + r")?[。;]?\s*$"
)
R_BY_AT_END = re.compile(r"由" + _NAMES + r"(?:牵头|具体)?负责[。;]?\s*$")
R_DASH_UNITS = re.compile(r"——\s*" + _NAMES + r"[。;]?\s*$")
R_ALONE_AT_END = re.compile(r"(?:^|(?<=[。;\n]))\s*" + _NAMES + r"(?:(?:牵头|具体)?负责|牵头)[。;]?\s*$")  # "…。市住建局负责。"
R_DUTY_THEN_FIELDS = re.compile(
    r"[(〔\[【]\s*([^()〔〕\[\]【】:。;]{2,80}?)(?:等)?(?:按职责分工|按职责|分别)?(?:牵头|负责)[。;,]\s*" + _AT_LABEL
)
_BRACKET_CLOSE = {"(": ")", "〔": "〕", "[": "]", "【": "】"}
_COOP_LABELS = "|".join(_spaced(label) for label in sorted(ROLE_LABELS["cooperating"], key=len, reverse=True))
R_LEAD_THEN_LABEL = re.compile(r"\(([^():]{2,40}?)牵头[;,]\s*(?:" + _COOP_LABELS + r")\s*:([^()]+)\)")


def _unit_like(u: UnitRef) -> bool:
    return bool(u.name or u.collective or ends_like_unit(u.raw))


R_UNCLOSED_DUTY = re.compile(r"\([^()]{2,120}?(?:牵头|负责)[^()]*$")


def find_duty(text: str, base: int, registry: Registry, list_rule: str = "") -> Duty | None:
    """The units of a task's text (``base`` = its normalised offset): its responsibility expression, and the units
    of any further ones after it, together (a lead in any of them leads): "…(省环保厅牵头)厅内分工:规财处牵头,水处、
    环科院配合。" names the province's division and the department's own."""
    first = _find_duty(text, base, registry, list_rule)
    if first is None and (opened := text.rfind("(")) > text.rfind(")") and R_UNCLOSED_DUTY.match(text, opened):
        # "…(省环境保护厅牵头,…配合,各市州、县级人民政府负责落实。" at the end of a copy that lost the bracket's close:
        # read as closed after its last full sentence (a duty's words in it; the offsets before it hold)
        stop = text.rfind("。", opened) + 1 or len(text.rstrip())
        first = _find_duty(text[:stop] + ")", base, registry, list_rule)
    if first is None:
        return None
    # An expression of a form read before this one may stand earlier in the text: "(省环保厅牵头)厅内分工:规财处牵头,…"
    while first.start > base and (pre := _find_duty(text[: first.start - base], base, registry, list_rule)):
        if not (pre.lead or pre.cooperating) or pre.end > first.start or pre.start >= first.start:
            break
        lead, coop = _together([(pre.lead, pre.cooperating), (first.lead, first.cooperating)])
        first = Duty(lead, coop, pre.start, first.end, pre.deadline or first.deadline)
    parts, last = [(first.lead, first.cooperating)], first
    while (at := last.end - base) < len(text) and (nxt := _find_duty(text[at:], base + at, registry, list_rule)):
        if nxt.end <= last.end or not (nxt.lead or nxt.cooperating) or R_ITEM_LINE.match(text, at):
            break  # (an item number right after the units: "…参与)5.强化…", an item the copy ran in)
        parts.append((nxt.lead, nxt.cooperating))
        last = nxt
    if last is first:
        return first
    lead, coop = _together(parts)
    return Duty(lead, coop, last.end, last.end, first.deadline or last.deadline)  # the text runs to the last units


def _find_duty(text: str, base: int, registry: Registry, list_rule: str = "") -> Duty | None:
    """The first responsibility expression of ``text`` (``base`` = its normalised offset)."""

    def group(m: re.Match, g: int) -> list[UnitRef]:  # the units a match's group names, at their offsets
        return split_units(m[g], registry, base + m.start(g)) if m[g] else []

    # "【牵头单位】X【配合单位】Y": a label in 【】 reads as "牵头单位:" (one character for one, so offsets hold)
    text = R_TAGGED_LABEL.sub(lambda m: ";" + m[1] + ":", text)
    if m := R_DUTY_THEN_FIELDS.search(text):
        # "〔市生态环境局、发展改革委…等按职责分工负责。责任单位:各县(市、区)人民政府。以下均需…不再列出。〕": the
        # departments named first lead; the units of the fields after them carry it out with them
        close = text.find(_BRACKET_CLOSE[m[0].lstrip()[0]], m.end())
        lead = group(m, 1)
        if close != -1 and lead and all(_unit_like(u) for u in lead):
            more_lead, more_coop, deadline = _fields(text[m.end() : close], base + m.end(), registry, list_rule)
            return Duty(lead, more_lead + more_coop, base + m.start(), base + close + 1, deadline)
    if m := R_LEAD_THEN_LABEL.search(text):  # "(市住建局牵头;配合单位:市城管局)"
        lead = group(m, 1)
        coop = group(m, 2)
        if lead and all(_unit_like(u) for u in lead + coop):
            return Duty(lead, coop, base + m.start(), base + m.end())
    for rx in (R_FIELD_BLOCK, R_FIELD_LINES):
        if m := rx.search(text):
            g = 2 if rx is R_FIELD_BLOCK and m[1] is None else 1  # the square-bracket alternative
            body = m[g] if rx is R_FIELD_BLOCK else R_FIELDS_END.split(m[1])[0]
            if rx is R_FIELD_LINES and body == m[1] and (more := _unit_line_after(text, m.end(1))):
                # "配合单位:县发改委、环保局\n各乡镇(街道)、黎阳建管办": the list goes on in a line of its own (the
                # line break read as 、, one character for one, so offsets hold)
                body = body + "、" + text[m.end(1) + 1 : more]
            lead, coop, deadline = _fields(body, base + m.start(g), registry, list_rule)
            if rx is R_FIELD_LINES and (lead or coop) and (
                local := R_LOCAL_DUTY.match(m[1], len(body) + 1) if len(body) < len(m[1]) else None
            ):
                # "牵头单位:X。参与单位:Y。各镇人民政府、街道办事处属地负责": those who answer for it where they are help
                here = split_units(local[1], registry, base + m.start(1) + local.start(1))
                if here and all(_unit_like(u) for u in here):
                    coop = coop + here
            if lead or coop:
                start, end = m.start(), m.end()
                if rx is R_FIELD_BLOCK:
                    # "一是…(责任单位:X);二是…(责任单位:Y)": one item, its parts' units in brackets of their own
                    parts = [(lead, coop)]
                    for more in rx.finditer(text, m.end()):
                        g2 = 2 if more[1] is None else 1
                        parts.append(_fields(more[g2], base + more.start(g2), registry, list_rule)[:2])
                        start = end = more.end()  # the task's text runs to its last part's units
                    lead, coop = _together(parts)
                return Duty(lead, coop, base + start, base + end, deadline)
    if matches := list(R_LEAD_COOP.finditer(text)):  # "(市农业农村局牵头,市公安局、市市场监管局配合)"
        # An item whose paragraphs each close with such a bracket has the units of them all (a lead in any leads);
        # a bracket with more text after it on its line is one item's, the rest another's the copy ran into it.
        # (a bracket that closes a sentence, "…)。将…", closes a part of one paragraph: "…抑尘措施(X牵头,Y参与)。将
        # 防治扬尘污染费用列入…(X牵头,Z参与)。")
        if not all(re.match(r"[。;.]?\s*(?:\n|$)|[。;]", text[x.end() :]) for x in matches):
            matches = matches[:1]
        parts = []
        for m in matches:
            coop = group(m, 2)
            if m[3] and not re.search(r"以下|均需|各项", m[3]):  # not the note "以下各项任务均需X落实,不再列出"
                coop += group(m, 3)
            parts.append((group(m, 1), coop))
        lead, coop = _together(parts)
        start = matches[0].start() if len(matches) == 1 else matches[-1].end()  # several: the text runs to the last
        return Duty(lead, coop, base + start, base + matches[-1].end())
    if m := R_BY_COORDINATES.search(text):  # "由市湖泊管理局统筹,江川区、澄江市、通海县和市直有关部门负责"
        lead = group(m, 1)
        coop = group(m, 2)
        if lead and coop and all(_unit_like(u) or PLACE_UNIT.search(u.raw) for u in lead + coop):
            return Duty(lead, coop, base + m.start(1), base + m.end())
    if m := R_PERSON_THEN_UNITS.search(text):  # "由金国兴总工负责,污染物排放总量控制处落实。"
        coop = group(m, 1)
        if coop and all(_unit_like(u) for u in coop):
            return Duty([], coop, base + m.start(), base + m.end())
    if m := R_LEAD_SENTENCE.search(text):  # "厅内分工:规财处牵头,水处、环科院配合。"
        lead = group(m, 1)
        coop = group(m, 2)
        coop += group(m, 3) if m[3] else []
        # (every lead like a unit; an abbreviation among the helpers — "人行中支" — may pass)
        if lead and coop and all(_unit_like(u) for u in lead) and 3 * sum(map(_unit_like, coop)) >= 2 * len(coop):
            return Duty(lead, coop, base + m.start(1), base + m.end())
    if m := R_LEAD_WITH.search(text):  # "市民政局牵头,与区级政府共同做好…"
        lead = group(m, 1)
        coop = group(m, 2)
        if lead and coop and all(_unit_like(u) for u in lead + coop):
            return Duty(lead, coop, base + m.start(1), base + m.end())
    if m := R_BY_LEAD.search(text):  # "工作由街道生态环境组牵头,农业农村组、城市建管组等相关组线全力配合"
        lead = group(m, 1)
        coop = group(m, 2)
        if lead and coop:
            return Duty(lead, coop, base + m.start(), base + m.end())
    if m := R_BY_WITH.search(text):
        lead = group(m, 1)
        coop = group(m, 2)
        if lead and coop and all(u.name or UNIT_END.search(u.raw) for u in lead):
            return Duty(lead, coop, base + m.start(), base + m.end())
    if m := R_REPORT.search(text):
        return Duty(
            group(m, 1),
            group(m, 2),
            base + m.start(),
            base + m.end(),
        )
    for rx in (R_LEAD_THEN_DUTY, R_IS_LEAD_THEN):
        # "(市生态环境局牵头,水利局负责)": those responsible after a lead help it; "(X为牵头单位,Y为配合单位)"
        if m := rx.search(text):
            lead = group(m, 1)
            coop = group(m, 2)
            if lead and coop and all(_unit_like(u) for u in lead + coop):
                return Duty(lead, coop, base + m.start(), base + m.end())
    if m := R_LEADS.search(text):
        return Duty(group(m, 1), [], base + m.start(), base + m.end(), m[2])
    if m := R_BY_LEAD_ALONE.search(text):  # "由领导小组办公室牵头,制定目标考核办法"
        units = group(m, 1)
        if units and all(u.name or UNIT_END.search(u.raw) or u.raw.endswith(("办公室", "小组")) for u in units):
            return Duty(units, [], base + m.start(1), base + m.end(1))
    for rx in (R_DUTY_IS, R_BY_AT_END, R_DASH_UNITS, R_ALONE_AT_END):  # "责任单位为X。", "此项工作由X负责。", "…。——X"
        if m := rx.search(text):
            lead = group(m, 1)
            coop = group(m, 2) if rx is R_DUTY_IS and m[2] else []
            if lead and all(_unit_like(u) for u in lead + coop):
                return Duty(lead, coop, base + m.start(1), base + m.end())
    tail = text.rstrip(" \n。")
    if m := R_PLAIN.search(tail) or R_PLAIN_SQUARE.search(tail):
        listed = m[1]
        if duty := _sentences_duty(cut_note(listed), base + m.start(1), registry):
            return Duty(duty.lead, duty.cooperating, base + m.start(), base + m.end())
        if w := R_WITH.fullmatch(listed):
            # "(市住建局会同市城管局)": the first leads, with the others
            lead = split_units(w[1], registry, base + m.start(1))
            coop = split_units(w[2], registry, base + m.start(1) + w.start(2))
            if lead and coop and all(_unit_like(u) for u in lead + coop):
                return Duty(lead, coop, base + m.start(), base + m.end())
        pieces = [(p.start(), p[1]) for p in re.finditer(r"((?:[^,;()]|\([^()]*\))+)", listed)]
        # "(市住建局负责推动供热整合工作,各县区政府负责燃煤锅炉淘汰工作)": each its own part, none named to lead — all lead
        own_parts = [R_OWN_PART.match(p) for _s, p in pieces]
        if len(pieces) >= 2 and all(own_parts):
            lead = [u for (start, _p), o in zip(pieces, own_parts, strict=True)
                    for u in split_units(o[1], registry, base + m.start(1) + start + o.start(1))]  # fmt: skip
            if lead and all(_unit_like(u) for u in lead):
                return Duty(lead, [], base + m.start(), base + m.end())
        carried = [R_CARRY_OUT.fullmatch(p) for _s, p in pieces]
        if pieces and all(carried):
            # "(各县(市、区)政府…具体落实,市环保局、市水利水产局依责落实)": units that carry it out, none leading
            coop = []
            for (start, _p), c in zip(pieces, carried, strict=True):
                coop += split_units(c[1], registry, base + m.start(1) + start)
            if coop and len(pieces) == 1 and re.search(r"负责(?:组织)?落实\s*$", pieces[0][1]):
                # "(县住建局、…、属地乡镇负责落实)": those the item names alone, who are responsible, lead it
                return Duty(coop, [], base + m.start(), base + m.end())
            if coop:
                return Duty([], coop, base + m.start(), base + m.end())
        if (helping := R_HELP_ONLY.fullmatch(listed)) and (coop := split_units(helping[1], registry, base + m.start(1))):
            # "(市城管局配合)" alone: helpers, with no lead written (in a unit's section, the section's unit leads)
            if all(u.name or ends_like_unit(u.raw) for u in coop):
                return Duty([], coop, base + m.start(), base + m.end())
        if note := R_FIRST_RULE.search(listed):  # "(省经信委、省发改委(省能源局)。列第一位者为牵头部门,下同)"
            listed = re.sub(r"[。;,\s]+$", "", listed[: note.start()])
        units = split_units(listed, registry, base + m.start(1))
        if units and all(u.name or ends_like_unit(R_MARKED_LEAD.sub("", u.raw)) for u in units):
            if marked := [u for u in units if R_MARKED_LEAD.search(u.raw)]:  # "(市生态环境局★、市公安局)"
                rest = [u for u in units if u not in marked]
                return Duty([_unmark(u, registry) for u in marked], rest, base + m.start(), base + m.end())
            if list_rule == "first":
                return Duty(units[:1], units[1:], base + m.start(), base + m.end())
            return Duty(units, [], base + m.start(), base + m.end())
    return None


R_OWN_PART = re.compile(r"\s*((?:[^,;()负]|\([^()]*\)){2,40}?)负责(?!人|同志|落实)[\u4e00-\u9fff]{2,}")


R_SENTENCE_LEADS = re.compile(r"\s*(.{2,80}?)(?:按职责分工|按职责|分别|共同)?(?:牵头|负责)(?:实施)?\s*")


def _sentences_duty(listed: str, base: int, registry: Registry) -> Duty | None:
    """"(市发展改革委、市生态环境局按职责分工负责。各县区政府负责落实,以下均需…不再列出)": a bracket of sentences, the
    first naming who is responsible (they lead), the next who carries it out (they cooperate); the note that binds
    units to every task is cut before (``cut_note``)."""
    parts = [(p.start(), p[0]) for p in re.finditer(r"[^。]+", listed) if p[0].strip()]
    if len(parts) < 2:
        return None
    first = R_SENTENCE_LEADS.fullmatch(parts[0][1])
    if first is None or R_CARRY_OUT.fullmatch(parts[0][1]):
        return None
    lead = split_units(first[1], registry, base + parts[0][0])
    coop: list[UnitRef] = []
    for at, sentence in parts[1:]:
        carried = R_CARRY_OUT.fullmatch(sentence) or R_HELP_ONLY.fullmatch(sentence)
        if carried is None:
            return None
        coop += split_units(carried[1], registry, base + at + carried.start(1))
    if lead and coop and all(_unit_like(u) for u in lead + coop):
        return Duty(lead, coop, base, base + len(listed))
    return None


R_DEADLINE = re.compile(
    r"((?:到|在|于)?(?:20\d{2}年(?:底|年底|\d{1,2}月(?:底|\d{1,2}日)?)?前|20\d{2}年底|\d{1,2}月\d{1,2}日前|(?:到|至)20\d{2}年))"
)
R_RECUR = (  # by priority: a named reporting rhythm before a bare "每年"
    re.compile(r"(月通报、?季督查|月调度、?季通报|月通报|季通报|季督查)"),
    re.compile(r"(每(?:季度|月|周|半年|旬|\d+个?月)|每年)"),
    re.compile(r"(定期)"),
)


def parse_text(
    source: str,
    registry: Registry | None = None,
    name: str = "<text>",
    tables: list[Table] | None = None,
    kind: str = "text",
) -> Plan:
    """Read a plan from its text and, for Word, Excel and PDF documents, the tables the loader found in it (cells
    as spans of ``source``). Text tables are found in the text itself.

    A fault of the reader on a document whose form it has not met (set 29's liuan once raised an IndexError) is a
    refusal with its own code, ``reader_failed``, logged with its traceback: the person uploading gets a clear
    answer, never a server error, and nothing is stored."""
    try:
        return _parse_text(source, registry, name, tables, kind)
    except PlanReadError:
        raise
    except Exception as exc:  # noqa: BLE001 — any fault of the reader, refused by name rather than a 500
        logger.exception("plan reader failed on %s", name)
        raise PlanReadError(
            name, f"the plan reader failed on this document ({type(exc).__name__}: {exc})", code="reader_failed"
        ) from exc


def _parse_text(
    source: str,
    registry: Registry | None,
    name: str,
    tables: list[Table] | None,
    kind: str,
) -> Plan:
    norm = normalize(source)
    text = norm.text
    meta = read_metadata(text)
    if registry is None:
        registry = Registry.from_json(city=meta["city"])
    body_start, body_end = find_body(text, meta["title"])
    # A note on how the plan's unit lists read: units before the first comma lead (000), or the first unit leads
    # ("列第一位者为牵头部门,下同").
    list_rule = (
        "comma"
        if R_COMMA_RULE.search(text)
        else "semicolon"
        if R_SEMICOLON_RULE.search(text)
        else "first"
        if R_FIRST_RULE.search(text)
        else ""
    )
    doc_tables = [_norm_table(t, norm) for t in tables or []]  # the loader's tables, in the normalised text
    task_tables = _task_tables(norm, doc_tables)
    masked = [(t.start, t.end) for t, _r, _c in task_tables]
    roots = find_headings(norm, body_start, body_end, masked)
    _close(roots, body_end)
    nodes = list(_walk(roots))
    if len(nodes) < 3:
        # One or two numbers are strays, not a plan's hierarchy — unless they open their lines and either stand one
        # under the other (an excerpt's "(一)全面控制污染物排放" over "1.狠抓工业污染防治") or each states its units
        # ("2、加快乡镇生活污水管网建设。…(省住房城乡建设厅负责指导,…落实)").
        at_lines = all(_opens_line(norm.text, n.start) for n in nodes)
        duties = [find_duty(norm.text[n.body_start : n.end], n.body_start, registry, list_rule) for n in nodes]
        kept = at_lines and (
            (len(nodes) == 2 and nodes[1].parent is nodes[0])
            or all(duties)
            # "1.全面完成…调查。" then "2.推进…(省农业农村厅牵头)": two items of one list, one stating its units
            or (len(nodes) == 2 and nodes[0].kind == nodes[1].kind and nodes[0].parent is nodes[1].parent and any(duties))
            # "(七)开展勘界定标…" then "三、划定任务分工 …由X牵头,Y共同完成": a copy that starts inside a section, then
            # the next section, one of them stating its units
            or (len(nodes) == 2 and KINDS.index(nodes[1].kind) < KINDS.index(nodes[0].kind) and any(duties))
        )
        if not kept:
            roots = []
    tasks = _prose_tasks(norm, roots, body_start, body_end, masked, registry, list_rule)
    table_tasks = []
    walked = list(_walk(roots))
    for k, (table, header, cols) in enumerate(task_tables, start=1):
        prefix = f"附表{k}." if tasks or len(task_tables) > 1 else ""
        # A table under a numbered heading of the text ("(一)地表水考核目标表。" over it) numbers its rows under that
        # heading ("一.(一).1"); the heading, with nothing of its own but its title, is no task besides its rows.
        holder = next((n for n in reversed(walked) if n.body_start <= table.start < n.end), None)
        title = norm.text[holder.body_start : table.start].strip() if holder is not None else ""
        if holder is not None and "\n" not in title and len(title) <= 30 and "附" not in title:
            own = [t for t in tasks if t.number == holder.path()]
            if not any(t.lead or t.cooperating for t in own) and all(len(t.text) <= 30 for t in own):
                prefix = holder.path() + "."
                tasks = [t for t in tasks if t not in own]
        table_tasks += read_table(norm, table, header, cols, registry, prefix)
    tasks = _unique_numbers(sorted(tasks + table_tasks, key=lambda t: t.span[0]))
    implicit = find_implicit(text, registry)
    lo = min([body_start, *(t.start for t, _r, _c in task_tables)])
    hi = max([body_end, *(t.end for t, _r, _c in task_tables)])
    hints = [  # a task's 完成时限 dates a quantity in it that has no year of its own (table rows and prose items)
        (bisect.bisect_left(norm.orig, t.span[0]), bisect.bisect_left(norm.orig, t.span[1]), d.year)
        for t in tasks
        if (d := due_date(t.deadline))
    ]
    title_doubtful, hint = not PLAN_WORD.search(meta["title"] or ""), None
    issued = re.search(r"20\d{2}", meta["date"] or "") or re.search(r"(?<=[〔\[(])20\d{2}(?=[〕\])])", meta["doc_number"] or "")
    targets = find_targets(
        norm,
        lo,
        hi,
        tasks,
        meta["title"],
        hints,
        title_known=not title_doubtful,
        issued_year=int(issued[0]) if issued else None,
    )
    in_columns = column_targets(norm, _target_cells(task_tables), tasks, meta["title"])
    # A plan's indicator tables (主要指标表: 指标 | 单位 | 2020年 | 2025年), in its Word/Excel/PDF tables or as text.
    taken = [(t.start, t.end) for t, _r, _c in task_tables]
    indicator_tables = [t for t in doc_tables if (t.start, t.end) not in taken]
    indicator_tables += find_indicator_text_tables(
        norm.text, 0, len(norm.text), taken + [(t.start, t.end) for t in indicator_tables]
    )
    in_columns += indicator_targets(norm, indicator_tables, tasks, meta["title"])
    # A breakdown by place (分县目标: a row per county, a column per indicator), in the document's tables or as text.
    indicator_tables += find_closed_bar_tables(
        norm.text, 0, len(norm.text), taken + [(t.start, t.end) for t in indicator_tables]
    )
    in_columns += matrix_targets(norm, indicator_tables, tasks, meta["title"])
    if in_columns:
        # A figure of a target column is read from its column (header: indicator, comparator, year), not as text.
        cells = [t.span for t in in_columns]
        targets = sorted(
            [t for t in targets if not any(a < t.span[1] and t.span[0] < b for a, b in cells)] + in_columns,
            key=lambda t: t.span[0],
        )
    if meta["date"]:
        # A figure for a year before the document was issued ("到2015年底分别完成规划目标81%" in a notice of 2020)
        # reports what happened: a finding, not a target.
        issued = int(meta["date"][:4])
        targets = [t for t in targets if t.year is None or t.year >= issued]
    has_units = bool(implicit) or any(t.lead or t.cooperating for t in tasks)
    warnings: list[str] = []
    # A copy without its title that calls itself a plan in its preamble ("结合我区实际 制定如下 实施方案"): a plan.
    self_named = title_doubtful and R_SELF_NAMED.search(norm.text[:3000]) is not None
    if not tasks and not targets and (not title_doubtful or self_named) and kind not in ("xlsx", "xls"):
        # Its title names a plan ("监利县…整治方案职责清单"), but no item or target could be read (a table flattened
        # into running text, punctuation lost): still a plan, for people to enter by hand on the review page.
        warnings.append("no numbered items, task table or quantitative targets could be read: enter them on the review page")
    elif not tasks and not targets:
        if kind in ("xlsx", "xls"):
            raise PlanReadError(
                name,
                "no task table (序号, 重点任务, 牵头单位 …) and no targets: this spreadsheet is not a plan",
                "spreadsheet_not_a_plan",
            )
        raise PlanReadError(
            name,
            "no tasks and no targets found: this does not look like a plan (实施方案/意见/计划)",
            "not_a_plan",
        )
    if not has_units and not targets and title_doubtful and not self_named:
        raise PlanReadError(
            name,
            "numbered items but no responsible units, no quantitative targets and no plan title "
            "(方案/意见/计划/规划/要点): this does not look like a plan",
            "not_a_plan",
        )
    if title_doubtful:
        names = [
            re.sub(r"^(?:.*?(?:发布并实施|印发|制定|实施|落实))", "", c)
            for c in PLAN_NAME.findall(text[:4000])
        ]
        hint = next((c for c in names if len(c) >= 6), None)
        warnings.append(
            (
                f"title {meta['title']!r} names no kind of plan (方案/意见/计划…): "
                if meta["title"]
                else "no title found (the text starts at a preamble or an item): "
            )
            + ("garbled by OCR? " if norm.ocr and meta["title"] else "")
            + (f"the text calls itself {hint!r}; " if hint else "")
            + "correct it on the review page"
        )
    for u in implicit:
        if u.name is None:
            warnings.append(f"unknown implicit unit {u.raw!r}")
    for t in tasks:
        for u in [*t.lead, *t.cooperating]:
            if u.name is None:
                warnings.append(f"task {t.number}: unknown unit {u.raw!r} — kept for the reviewer")
    return Plan(
        title=meta["title"],
        issuer=meta["issuer"],
        doc_number=meta["doc_number"],
        date=meta["date"],
        body=norm.span(body_start, body_end),
        implicit_units=[_to_source(u, norm) for u in implicit],
        tasks=tasks,
        targets=targets,
        text=source,
        warnings=warnings,
        title_doubtful=title_doubtful,
        title_hint=hint,
    )


def _prose_tasks(
    norm: Normalized,
    roots: list[Node],
    body_start: int,
    body_end: int,
    masked: list[tuple[int, int]],
    registry: Registry,
    list_rule: str,
) -> list[Task]:
    """Tasks of the numbered hierarchy; items without numbers (one per line, each with its units) inside a leaf
    or, in a document without numbers, inside the body."""
    text = norm.text
    tasks: list[Task] = []
    if not roots:
        for start, end in _unmasked(body_start, body_end, masked):
            tasks += _line_items(norm, start, end, "", registry, list_rule)
        return tasks
    # Sections headed by the unit that carries out their items ("(三)闻喜县政府" over "1、…" … "7、…", a breakdown
    # plan's 分县任务): each item without units of its own is that unit's.
    unit_sections: dict[int, Duty] = {}
    for node in _walk(roots):
        top = node
        while top.parent is not None:
            top = top.parent
        task_end = node.children[0].start if node.children else node.end
        task_end = min([task_end, *(a for a, _b in masked if node.body_start <= a < task_end)])
        seg = text[node.body_start : task_end]
        section = text[top.body_start : top.body_start + 12].strip()
        if GUARANTEE.search(section):
            continue  # 保障措施: how the plan is carried out, not tasks of the ledger
        if not node.children and len(R_ITEM_HINT.findall(seg)) >= 2:
            items = _line_items(norm, node.body_start, task_end, node.path() + ".", registry, list_rule)
            if len(items) >= 2:
                tasks += items  # a leaf of several items, each its own line with its own units
                continue
        duty = find_duty(seg, node.body_start, registry, list_rule)
        heading = _heading(seg)
        if duty is None and heading and node.children and seg.strip() == heading:
            if section_unit := _unit_heading(heading, seg, node.body_start, registry, place=True):
                unit_sections[id(node)] = section_unit
                continue
        if duty is None and heading and not node.children:
            duty = _unit_heading(heading, seg, node.body_start, registry)
        if duty is None and not node.children:
            duty = (
                _bracketed_unit_head(seg, node.body_start, registry)
                or _unit_lead_in(seg, node.body_start, registry)
                or _prose_duty(seg, node.body_start, registry)
            )
        in_preface = bool(PREFACE.search(section)) or bool(node is not top and PREFACE.search(heading or ""))
        owner = node.parent
        while owner is not None and id(owner) not in unit_sections:
            owner = owner.parent
        if owner is not None and not node.children:
            section_unit = unit_sections[id(owner)]
            if duty is None:
                duty = _section_unit_duty(section_unit, seg, node.body_start, task_end, registry)
            elif not duty.lead:
                # "协助单位:交通局、…" under an item of a unit's section: helpers of the section's unit, which leads
                duty = Duty(section_unit.lead, duty.cooperating, duty.start, duty.end, duty.deadline)
        if node.children and not duty:
            continue
        if not duty and in_preface:
            continue
        if not duty and not node.children and len(seg.strip()) < 8:
            continue
        tasks.append(_task(norm, node.path(), heading, node.start, node.body_start, task_end, seg, duty))
    _share_closing_unit_line(tasks, text)
    return tasks


_WITH_NAME = r"[^,;。()、]{1,15}?(?:局|委|办|厅|政府|管委会|中心|部门|单位|公司|站|所)"
# "会同市农委、科技局、财政局,拟定…", "会同市太湖办上半年组织完成…": the names after 会同, each ending as a unit's does
R_WITH_OTHERS = re.compile(r"\s*会同(" + _WITH_NAME + r"(?:[、和及]" + _WITH_NAME + r")*)")
R_HELPS = re.compile(r"\s*(?:积极|全力|协助|主动)?配合")


def _section_unit_duty(section_unit: Duty, seg: str, base: int, end: int, registry: Registry) -> Duty:
    """The units of an item in a unit's section ("一、市发展和改革委员会" over "1.…" … "8.…"): the section's unit leads,
    with those it works with when the item opens "会同市农委、科技局、财政局,…"; an item that opens "配合做好…" is one the
    section's unit helps with, not leads."""
    if R_HELPS.match(seg):
        return Duty([], section_unit.lead + section_unit.cooperating, end, end)
    if (m := R_WITH_OTHERS.match(seg)) and (units := split_units(m[1], registry, base + m.start(1))):
        if all(_unit_like(u) for u in units):
            return Duty(section_unit.lead, section_unit.cooperating + units, end, end)
    return Duty(section_unit.lead, section_unit.cooperating, end, end)


def _share_closing_unit_line(tasks: list[Task], text: str) -> None:
    """"十八、…\n1.…\n2.…\n3.…\n\n责任单位:市生态环境局": a labelled unit line after the last item of a section whose
    other items name no unit is the section's — every item gets it (as items under a section headed by its unit)."""
    groups: dict[str, list[Task]] = {}
    for t in tasks:
        if "." in t.number:
            groups.setdefault(t.number.rsplit(".", 1)[0], []).append(t)
    for items in groups.values():
        *others, last = items
        if not others or any(t.lead or t.cooperating for t in others) or not (last.lead or last.cooperating):
            continue
        first = min(u.span[0] for u in last.lead + last.cooperating if u.span)
        line_start = text.rfind("\n", 0, first) + 1
        if not R_LABEL.match(text, line_start + len(text[line_start:first]) - len(text[line_start:first].lstrip())):
            continue
        if line_start <= last.span[0]:
            continue  # the labelled line opens the item: its own units
        for t in others:
            t.lead, t.cooperating = list(last.lead), list(last.cooperating)


def _unmasked(start: int, end: int, masked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out, pos = [], start
    for a, b in sorted(masked):
        if b <= pos or a >= end:
            continue
        if a > pos:
            out.append((pos, a))
        pos = max(pos, b)
    if pos < end:
        out.append((pos, end))
    return out


def _task(
    norm: Normalized,
    number: str,
    heading: str,
    start: int,
    body_start: int,
    end: int,
    seg: str,
    duty: Duty | None,
) -> Task:
    text = norm.text
    content_end = duty.start if duty and duty.start > body_start else end
    while content_end > body_start and text[content_end - 1] in "【[〔(":
        content_end -= 1  # "…扬尘管控。【牵头单位】…": the bracket that opens the units is not the task's text
    dl = R_DEADLINE.search(seg)
    rc = next((m for rx in R_RECUR if (m := rx.search(seg))), None)
    return Task(
        number=number,
        heading=heading,
        text=text[body_start:content_end].strip(),
        lead=[_to_source(u, norm) for u in (duty.lead if duty else [])],
        cooperating=[_to_source(u, norm) for u in (duty.cooperating if duty else [])],
        deadline=duty.deadline if duty and duty.deadline else (dl[1] if dl else None),
        recurrence=rc[1] if rc else None,
        span=norm.span(start, end),
    )


R_ITEM_HINT = re.compile(r"\)\s*[。.;]?\s*$|单位\s*:", re.M)  # lines that may close an item with its units
R_ITEM_END = re.compile(r"[。;.)]\s*$")


def _line_items(
    norm: Normalized, start: int, end: int, prefix: str, registry: Registry, list_rule: str
) -> list[Task]:
    """Items without numbers: each line that states its units (in brackets at its end, or on the line(s) of
    labelled fields after it) is a task; a short line without units before them is their heading."""
    text = norm.text
    lines = [(start + m.start(), start + m.end()) for m in re.finditer(r"[^\n]+", text[start:end])]
    items: list[Task] = []
    heading = ""
    k = 0
    i = 0
    while i < len(lines):
        s, e = lines[i]
        line = text[s:e]
        stripped = line.strip()
        if R_FIELD_LINES.match(line) or not stripped:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and R_FIELD_LINES.match(text[lines[j][0] : lines[j][1]]):
            j += 1  # the labelled-field lines that follow belong to this item
        item_end = lines[j - 1][1]
        seg = text[s:item_end]
        duty = find_duty(seg, s, registry, list_rule)
        if duty and duty.start - s >= 8:
            k += 1
            first = _heading(stripped)
            items.append(_task(norm, f"{prefix}{k}", first or heading, s, s, item_end, seg, duty))
        elif len(stripped) <= 30 and not R_ITEM_END.search(stripped):
            heading = stripped.strip(" :")
        i = j
    return items


def _unique_numbers(tasks: list[Task]) -> list[Task]:
    seen: dict[str, int] = {}
    for t in tasks:
        if t.number in seen:
            seen[t.number] += 1
            t.number = f"{t.number}#{seen[t.number]}"
        else:
            seen[t.number] = 1
    return tasks


# --- tables -------------------------------------------------------------------------------------------------------
def _norm_table(table: Table, norm: Normalized) -> Table:
    """The loader's table (source offsets) in normalised offsets, merges kept."""
    mapped: dict[int, Cell] = {}

    def pos(i: int) -> int:
        return bisect.bisect_left(norm.orig, i)

    rows = []
    for row in table.rows:
        out = []
        for cell in row:
            a, b = pos(cell.start), pos(cell.end)
            new = Cell(a, b, norm.text[a:b])
            mapped[id(cell)] = new
            out.append(new)
        rows.append(out)
    for row, out in zip(table.rows, rows, strict=True):
        for cell, new in zip(row, out, strict=True):
            if cell.origin is not None:
                new.origin = mapped.get(id(cell.origin))
    return Table(rows, pos(table.start), pos(table.end), table.kind, table.name)


def _task_tables(norm: Normalized, doc_tables: list[Table]) -> list[tuple[Table, int, Columns]]:
    """Task tables with the row their header starts on (-1: continues the table before, header not repeated), from the
    document's tables (in normalised offsets) and the text's own."""
    ntables = list(doc_tables)
    ntables += find_cell_line_tables(norm.text, 0, len(norm.text), [(t.start, t.end) for t in ntables])
    ntables += find_numbered_cell_tables(norm.text, 0, len(norm.text), [(t.start, t.end) for t in ntables])
    ntables += find_text_tables(norm.text, 0, len(norm.text), [(t.start, t.end) for t in ntables])
    ntables += find_flat_tables(norm.text, 0, len(norm.text), [(t.start, t.end) for t in ntables])
    ntables += find_bar_cell_tables(norm.text, 0, len(norm.text), [(t.start, t.end) for t in ntables])
    ntables += find_closed_bar_tables(norm.text, 0, len(norm.text), [(t.start, t.end) for t in ntables])
    ntables += find_headerless_tables(norm.text, 0, len(norm.text), [(t.start, t.end) for t in ntables])
    ntables += find_numbered_row_tables(norm.text, 0, len(norm.text), [(t.start, t.end) for t in ntables])
    ntables.sort(key=lambda t: t.start)
    out: list[tuple[Table, int, Columns]] = []
    for t in ntables:
        found = find_columns(t)
        prev = out[-1] if out else None
        between = norm.text[prev[0].end : t.start] if prev else ""
        same_width = prev is not None and max(map(len, t.rows)) == max(map(len, prev[0].rows))
        continues = (
            prev is not None
            and t.kind != "text"
            and same_width
            and len(between.strip()) <= 2  # nothing but a page break between the parts
            and (found is None or found[1].header_texts == prev[2].header_texts)
        )
        if continues:  # a table split across pages, its header repeated or not: one table
            table, header, cols = prev
            out[-1] = (Table(table.rows + t.rows, table.start, t.end, table.kind, table.name), header, cols)
        elif found:
            out.append((t, found[0], found[1]))
    return out


def _target_cells(task_tables: list[tuple[Table, int, Columns]]) -> list[tuple[int, int, str, str]]:
    """(start, end, header, row label) of the cells of target columns (目标/指标 …) below their header."""
    out = []
    for table, header, cols in task_tables:
        targets = cols.of("target")
        if not targets:
            continue
        label_col = (cols.of("task") or [None])[0]
        start = header + cols.header_rows if header >= 0 else 0
        for row in table.rows[start:]:
            values = [c.value for c in row]
            if values[: len(cols.header_texts)] == cols.header_texts[: len(values)]:
                continue  # the header repeated on the next page
            label = row[label_col].value.strip() if label_col is not None and label_col < len(row) else ""
            for c in targets:
                if c < len(row) and row[c].origin is None and c < len(cols.header_texts):
                    out.append((row[c].start, row[c].end, cols.header_texts[c].strip(), label))
    return out


def read_table(
    norm: Normalized, table: Table, header: int, cols: Columns, registry: Registry, prefix: str = ""
) -> list[Task]:
    """One task per row with a task; section rows and the category column number them (一.1, 一.2 …)."""
    tasks: list[Task] = []
    number_col = (cols.of("number") or [None])[0]
    task_cols = cols.of("task")
    category_col = (cols.of("category") or [None])[0]
    deadline_col = (cols.of("deadline") or [None])[0]
    section, sections, ordinal, top = "", 0, 0, ""
    last_category: Cell | None = None
    last_number: tuple[str, int] | None = None
    above_lead: list[UnitRef] = []
    header_values = cols.header_texts
    start_row = header + cols.header_rows if header >= 0 else 0

    def value(row: list[Cell], c: int | None) -> str:
        return row[c].value if c is not None and c < len(row) else ""

    numbers = [value(r, number_col).strip(" .、") for r in table.rows[start_row:]] if number_col is not None else []
    numbers = [n for n in numbers if n.isdigit()]
    numbered_through = bool(numbers) and len(set(numbers)) == len(numbers)

    for row in table.rows[start_row:]:
        values = [c.value for c in row]
        if values[: len(header_values)] == header_values[: len(values)] and len(values) > 1:
            continue  # the header repeated on the next page
        if sum(column_role(v) not in (None, "other") for v in values if v.strip()) >= 3:
            continue  # the header of a second part, its columns shifted ("分类 | 序号 | 工作任务 | 具体工作要求 | 责任部门")
        sources = {id(c.source): c.source for c in row if c.value}
        tasks_text = [value(row, c) for c in task_cols]
        if len(sources) == 1 and (len(row) == 1 or not any(tasks_text) or _spans_row(row)):
            sections += 1
            section = top = section_label(next(iter(sources.values())).value, sections) + "."
            ordinal, above_lead, last_number = 0, [], None
            continue
        if (
            category_col is not None
            and row[category_col].value
            and row[category_col].source is not last_category
        ):
            last_category = row[category_col].source
            sections += 1
            # A category without a numeral of its own ("坚决优化调整产业结构和布局") over rows numbered straight through
            # the table: the row's 序号 alone names it ("1"), as people cite it; numbers that start again under each
            # category need the category's place ("二.1").
            own = SECTION_NUMBER.match(last_category.value) is not None
            section = section_label(last_category.value, sections) + "." if own or not numbered_through else ""
            ordinal, above_lead, last_number = 0, [], None
        if not any(R_CJK.search(t) for t in tasks_text):
            continue  # no task, or only figures: a totals row ("总计 | 109988 | 51536")
        numeral = value(row, number_col).strip()
        if number_col is not None and R_SECTION_NUMERAL.fullmatch(numeral) and not any(_row_units(row, cols, registry)):
            # "一 | 水环境质量提升" then "(一) | 打造品质河道": sections numbered in the number column, nested.
            label = numeral.rstrip("、.")
            if label.startswith("("):
                section = top + label + "."
            else:
                top = section = label + "."
            ordinal, above_lead, last_number = 0, [], None
            continue
        ordinal += 1
        raw_number = value(row, number_col).strip(" .、") if number_col is not None else ""
        if raw_number and number_col is not None:
            if last_number and last_number[0] == raw_number and row[number_col].origin is not None:
                last_number = (raw_number, last_number[1] + 1)
                raw_number = f"{raw_number}-{last_number[1]}"  # one number merged over several rows
            else:
                last_number = (raw_number, 1)
        number = prefix + section + (raw_number or str(ordinal))
        task_cells = [row[c].source for c in task_cols if c < len(row) and row[c].value]
        first = task_cells[0]
        content = task_cells[-1]
        lead, coop = _row_units(row, cols, registry)
        if not lead and not coop:
            duty = find_duty(content.text, content.start, registry)
            if duty:
                lead, coop = duty.lead, duty.cooperating
        if table.kind == "text" and not lead and above_lead and cols.of("lead") + cols.of("duty"):
            lead = above_lead  # a merged lead cell, lost in text: the lead of the row above
        above_lead = lead
        heading = _heading(first.text) if len(task_cells) == 1 else first.text.strip()
        deadline = value(row, deadline_col) or None
        rc = next(
            (
                m
                for rx in R_RECUR
                if (m := rx.search(content.text)) or (deadline and (m := rx.search(deadline)))
            ),
            None,
        )
        row_start = (
            min(c.start for c in row if c.end > c.start)
            if any(c.end > c.start for c in row)
            else row[0].start
        )
        row_end = max(c.end for c in row)
        text = content.text.strip()
        if cols.target_table:
            # A target table's row is its label and what it must reach: "金沙江 倮果 水质保持或优于Ⅱ类。", not the river's
            # name alone (a walkthrough: the county could not tell what it had to achieve)
            skip = {number_col, deadline_col, *(c for r in UNIT_ROLES for c in cols.of(r))}
            text = " ".join(
                v for c in range(len(row)) if c not in skip and (v := row[c].source.text.strip())
            )
        tasks.append(
            Task(
                number=number,
                heading=heading,
                text=text,
                lead=[_to_source(u, norm) for u in lead],
                cooperating=[_to_source(u, norm) for u in coop],
                deadline=deadline,
                recurrence=rc[1] if rc else None,
                span=norm.span(row_start, row_end),
            )
        )
    return tasks


R_CJK = re.compile(r"[\u4e00-\u9fff]")
R_SECTION_NUMERAL = re.compile(r"[一二三四五六七八九十]{1,3}[、.]?|\([一二三四五六七八九十]{1,3}\)")


def _spans_row(row: list[Cell]) -> bool:
    first = row[0].source
    return all(c.source is first or not c.value for c in row) and sum(c.source is first for c in row) >= 2


def _row_units(row: list[Cell], cols: Columns, registry: Registry) -> tuple[list[UnitRef], list[UnitRef]]:
    """Lead and cooperating units of a row: a lead column leads and 责任单位 beside it cooperates; 责任单位 alone
    leads, unless it marks its lead ("X(牵头)", "X牵头,Y配合")."""
    found: dict[str, tuple[list[UnitRef], list[UnitRef], list[UnitRef]]] = {}
    for role in UNIT_ROLES:
        lead, coop, plain = [], [], []
        for c in cols.of(role):
            if c < len(row) and row[c].value:
                parts = _cell_units(row[c].source, registry)
                lead, coop, plain = lead + parts[0], coop + parts[1], plain + parts[2]
        found[role] = (lead, coop, plain)
    lead_col, duty, coop_col = found["lead"], found["duty"], found["cooperating"]
    coop_all = duty[0] + duty[1] + duty[2] + coop_col[0] + coop_col[1] + coop_col[2]
    if any(lead_col):
        return lead_col[0] + lead_col[2], lead_col[1] + coop_all
    marked = [u for u in duty[2] if R_MARKED_LEAD.search(u.raw)]
    if marked:
        rest = [u for u in duty[2] if u not in marked]
        return duty[0] + [_unmark(u, registry) for u in marked], duty[1] + rest + coop_col[2]
    if duty[0] or duty[1]:
        return duty[0], duty[1] + duty[2] + coop_col[2]
    return duty[2], coop_col[0] + coop_col[1] + coop_col[2]


R_CELL_ROLES = re.compile(r"^(?P<lead>.+?)(?:牵头|负责)[,;,;\s]*(?P<coop>.+?)(?:配合|参与|协助|协同)?[。.]?$")


def _cell_units(cell: Cell, registry: Registry) -> tuple[list[UnitRef], list[UnitRef], list[UnitRef]]:
    """(marked lead, marked cooperating, plain) units of a cell: labelled fields ("牵头单位:X 配合单位:Y"),
    "X牵头,Y配合", or a plain list. A cell written over several lines of a text table gets spans in its pieces."""
    found = _cell_units_read(cell, registry)
    if not cell.pieces:
        return found
    return tuple([_rejoined(u, cell) for u in units] for units in found)  # type: ignore[return-value]


def _rejoined(u: UnitRef, cell: Cell) -> UnitRef:
    if u.span is None:
        return u
    a, b = u.span[0] - cell.start, u.span[1] - cell.start
    span = (cell.offset(a), cell.offset(b - 1) + 1) if b > a else (cell.offset(a), cell.offset(a))
    return UnitRef(u.raw, u.name, span, u.collective, u.members)


def _cell_units_read(cell: Cell, registry: Registry) -> tuple[list[UnitRef], list[UnitRef], list[UnitRef]]:
    text = cell.text
    if R_LABEL.search(text):
        lead, coop, _deadline = _fields(text, cell.start, registry, False)
        return lead, coop, []
    stripped = text.strip()
    m = R_CELL_ROLES.match(stripped)
    if m and "牵头" in stripped and "(牵头)" not in stripped:
        off = cell.start + len(text) - len(text.lstrip())
        lead = split_units(m["lead"], registry, off + m.start("lead"))
        coop = split_units(m["coop"], registry, off + m.start("coop"))
        return lead, coop, []
    return [], [], split_units(text, registry, cell.start)


def _to_source(u: UnitRef, norm: Normalized) -> UnitRef:
    return UnitRef(u.raw, u.name, norm.span(*u.span) if u.span else None, u.collective, u.members)


R_WORK_VERB = re.compile(
    r"(?:取缔|推进|加强|开展|实施|完成|建设|严格|强化|深化|加快|推动|落实|整治|提升|建立|健全|做好|抓好|规范|淘汰|关停|"
    r"治理|保护|提高|优化|调整|控制|防治|创建|培育|打造|清理|排查|督促|指导|组织|协调|配合|负责|全面|持续|积极|大力|深入)"
)


# "县公安局主要工作任务:", "茄子河区政府负责:"
R_DUTIES_OF = re.compile(r"(?:的)?(?:主要|重点)?(?:工作)?(?:任务|职责)(?:分工)?\s*[::]?$|负责\s*[::]?$")


def _unit_heading(heading: str, seg: str, base: int, registry: Registry, place: bool = False) -> Duty | None:
    """An item headed by the unit it is for ("三、任务分工 / 1、区住建局。排查生活污水直排污染源…", "(九)县公安局主要工作
    任务:"): that unit leads. With ``place``, a section headed by a county or district alone ("一、溧阳市" over "(一)…",
    a task book's 分县任务) is its government's."""
    heading = R_DUTIES_OF.sub("", heading)
    if (
        len(heading) > 16
        or not re.fullmatch(r"(?:[\u4e00-\u9fff]|\([\u4e00-\u9fff、]{1,8}\))+", heading)  # "县(市、区)污染控制组" too
        or re.search(r"单位$|部门$", heading)  # "二、整改责任单位": a label, not a unit
        or "的" in heading
        or R_WORK_VERB.match(heading)  # "取缔不符合产业政策的工业企业": work, not who does it
    ):
        return None
    units = split_units(heading, registry, base + seg.find(heading))
    if len(units) == 1 and units[0].raw == heading and (
        units[0].name or UNIT_END.search(heading) or (place and PLACE_UNIT.search(heading))
    ):
        return Duty(units, [], units[0].span[0], units[0].span[1])
    return None


R_BRACKET_HEAD = re.compile(r"\s*[【\[(]([^【】\[\]()]{2,60})[】\])]")  # "1.【X、Y】…", "1.(X)…"


def _bracketed_unit_head(seg: str, base: int, registry: Registry) -> Duty | None:
    """An item that opens with its units in 【】 ("1.【市住建局、市城管局】加强扬尘管控…"): they lead, the first of them
    when the plan's own note says so."""
    m = R_BRACKET_HEAD.match(seg)
    if m is None:
        return None
    units = split_units(m[1], registry, base + m.start(1))
    if units and all(_unit_like(u) for u in units):
        return Duty(units, [], base + m.start(1), base + m.end(1))
    return None


R_UNIT_LEAD_IN = re.compile(r"\s*((?:[^,。;:()、]|\([^()]*\)|、){2,60}?)(?:负责(?!人|同志)|\s*:)")  # "1.市住建局:…" too


def _unit_lead_in(seg: str, base: int, registry: Registry) -> Duty | None:
    """An item that opens with the units doing it ("1.生态环境分局负责排查工矿企业。", "6.农牧和科技局、农机服务中心
    (农机监理站)负责排查…", "1.市住建局:加强扬尘管控…"): they lead. The item's text stays whole."""
    m = R_UNIT_LEAD_IN.match(seg)
    if m is None:
        return None
    units = split_units(m[1], registry, base + m.start(1))
    if units and all(u.name or ends_like_unit(u.raw) for u in units):
        end = base + len(seg.rstrip())
        return Duty(units, [], end, end)
    return None


# Sentences of running prose that open with the units they charge (plans' 责任主体/职责分工 paragraphs): "市辖三区、市经开
# 区管委会承担…属地治理责任", "市辖各区负责在各自辖区内…", "市住建局作为牵头单位,…" lead; "市城管执法局、市环保局提供执法
# 支持", "市商务局…根据各自职责配合" help. A sentence names its units only before its verb, every one like a unit.
_SENTENCE_UNITS = r"(?:^|(?<=[。;\n]))[ \t]*(?:由)?((?:[^,。;:()\n]|\([^()]*\)){2,80}?)"
R_SENTENCE_LEAD = re.compile(
    _SENTENCE_UNITS + r"(?:负责(?!人|的|同志|领导)|牵头(?!单位|部门)|承担[^,。;]{0,30}?(?:主体|属地|治理|监管)责任"
    r"|作为(?:牵头|主办)(?:单位|部门))"
)  # (not "各镇是…工作责任主体": a principle of who answers for the work, which annotators leave out — heldout26)
R_SENTENCE_HELP = re.compile(
    _SENTENCE_UNITS + r"(?:提供[^,。;]{0,12}?支持|(?:要)?(?:根据|按照?)(?:各自)?职责(?:分工)?(?:做好|积极|密切)?配合|(?:积极|密切|全力)?(?:配合|协助))"
)


# "…,促进环境质量全面达标,市环保局要牵头制定…办法": a clause after a comma that opens with a unit and 牵头 (with or without
# 要) charges it as a sentence does (heldout47's dongying); other verbs after a comma stay prose ("市内各区要加强…").
R_CLAUSE_LEAD = re.compile(r"(?<=,)[ \t]*((?:[^,。;:()\n由]|\([^()]*\)){2,40}?)(?:要|应)?牵头(?!单位|部门)")


def _prose_duty(seg: str, base: int, registry: Registry) -> Duty | None:
    """The units of an item written only in its sentences (see :data:`R_SENTENCE_LEAD`): every sentence opening with
    units and a lead's or a helper's verb, together (a unit named twice counts once, as a lead if it ever leads)."""
    parts: list[tuple[list[UnitRef], list[UnitRef]]] = []
    for rx, leads in ((R_SENTENCE_LEAD, True), (R_CLAUSE_LEAD, True), (R_SENTENCE_HELP, False)):
        for m in rx.finditer(seg):
            units = split_units(m[1], registry, base + m.start(1))
            if units and all(_unit_like(u) for u in units):
                parts.append((units, []) if leads else ([], units))
    if not parts:
        return None
    lead, coop = _together(parts)
    return Duty(lead, coop, base + len(seg.rstrip()), base + len(seg.rstrip()))


def _heading(seg: str) -> str:
    """A short first sentence or line is the heading ("推进工业绿色升级"); a long one is text."""
    first_line = seg.strip().split("\n", 1)[0].strip()
    m = re.match(r"([^。\n]{1,40}?)(?:。|$)", first_line)
    if m and (len(m[1]) <= 30 or "\n" in seg.strip()[: len(first_line) + 1]):
        return m[1].strip()
    return ""


R_TITLE_RUN_ON = re.compile(
    r"(?:附件\s*\d*[::]?\s*)?([^\s。,;:]{4,60}?(?:方案|意见|计划|规划|要点|清单|分解表|任务表|计划表|台账)"
    r"(?:\((?:征求意见稿|送审稿|草案|试行|修订稿|[^()]{0,6}20\d{2}[^()]{0,12})\))?)(?=\s|为|根据|按照)"
)
R_ITEM_LINE = re.compile(r"[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+[.、]")  # a numbered item
R_TITLE_NOTICE = re.compile(r"关于印发[《<〈]?([^》>〉\n]+?)[》>〉]?的通知")
R_FORWARD = re.compile(
    r"(?m)现将[《〈]([^》〉\n]{4,80})[》〉](?:印发|转发|下发|予以印发)"
    r"|^\s*[《〈]([^》〉\n]{4,80})[》〉]已经[^\n。]{0,20}同意"  # "《…实施计划》已经区人民政府同意,现印发给你们"
)  # the notice names its plan
# A document-sharing site's wrapper ("《….docx》由会员分享,可在线阅读…"): never the title.
BOILERPLATE = re.compile(
    r"由会员分享|可在线阅读|请在\S*上搜索|文库|原创力文档|道客巴巴|豆丁网|下载积分|\.docx?》|\.pdf》"
)
R_RESTART_TITLE = re.compile(
    r"(?m)^(?:([^\n。,;:、]{4,40})\n)?([^\n。,;:、]{2,60}(?:方案|意见|计划|规划|要点|清单))[ \t]*\n\s*一、"
)
R_DRAFT_MARK = re.compile(r"[((](?:草案|征求意见稿|送审稿|试行|修订稿|代拟稿)[))]")
R_TITLE_KIND_LINE = re.compile(r"(?:(?:实\s*施|工\s*作|行\s*动|攻\s*坚|专\s*项)\s*){0,2}(?:方\s*案|计\s*划|意\s*见)")  # "工作实施方案" too
R_SIGNATURE = re.compile(r"(?:人民政府|办公室|办公厅|委员会|管委会|指挥部|领导小组|局|委|厅)$")
R_TITLE_LINE = re.compile(
    r"^([^\n。,]{0,40}?)(关于[^\n。,]{4,80}?(?:实施意见|意见|方案|计划|规划|通知))\s*$", re.M
)
R_DOCNO = re.compile(r"([\u4e00-\u9fff]{1,8}[〔\[][12]\d{3}[〕\]]\d{1,4}号)")
# The closing date on a line of its own, in Arabic numerals (GB/T 9704-2012) or in Chinese ones ("二〇二三年五月八日",
# as documents before 2012 and many since write it).
R_DATE_LINE = re.compile(  # the issuer may stand before it on the same line ("东区人民政府办公室 2024年2月26日")
    r"^\s*(?:(?P<sig>[^\n。,;:\d]{2,30}?(?:人民政府|办公室|办公厅|委员会|管委会|指挥部|领导小组|局|委|厅))[ \t\u3000]+)?"
    r"(?:(20\d{2})年(\d{1,2})月(\d{1,2})日"
    r"|(二[〇○零O0一二三四五六七八九]{3})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日)\s*$",
    re.M,
)
R_DATE_FIELD = re.compile(r"(?:成文日期|发文日期|印发日期)\s*[:]?\s*(20\d{2})[年-](\d{1,2})[月-](\d{1,2})")
R_PUBLISHED = re.compile(r"发布日期\s*[:]?\s*(20\d{2})[年-](\d{1,2})[月-](\d{1,2})")  # the web page's, last
_CN_YEAR_DIGIT = {c: str(k) for k, cs in enumerate(["〇○零O0", "一", "二", "三", "四", "五", "六", "七", "八", "九"]) for c in cs}


def _date_of(m: re.Match) -> str:
    """ISO date of an :data:`R_DATE_LINE` or :data:`R_DATE_FIELD` match."""
    g = 1 if "sig" in m.re.groupindex else 0  # R_DATE_LINE's first group is the signature before the date
    if m[1 + g]:
        return f"{int(m[1 + g]):04d}-{int(m[2 + g]):02d}-{int(m[3 + g]):02d}"
    year = "".join(_CN_YEAR_DIGIT[c] for c in m[4 + g])
    return f"{year}-{cn_value(m[5 + g]):02d}-{cn_value(m[6 + g]):02d}"


def read_metadata(text: str) -> dict:
    head = _join_notice_title("\n".join("" if BOILERPLATE.search(ln) else ln for ln in text[:6000].split("\n")))
    title = issuer = None
    notices = [
        n
        for n in R_TITLE_NOTICE.finditer(head)
        if head.rfind("《", 0, n.start()) <= head.rfind("》", 0, n.start())
    ]
    if m := (notices[0] if notices else None):
        # "关于印发2021年全省湾长制工作要点和3个省级海湾污染整治指导意见的通知": the first of the documents issued
        title = re.split(r"和(?:\d+|[两二三四五六七八九十])个", m[1])[0]
        line_start = head.rfind("\n", 0, m.start()) + 1
        prefix = head[line_start : m.start()].strip()
        if prefix:
            issuer = prefix
        else:
            prev = [ln.strip() for ln in head[:line_start].split("\n") if ln.strip()]
            issuer = prev[-1] if prev else None
    elif m := R_FORWARD.search(head):
        title = m[1] or m[2]
        notice = R_TITLE_LINE.search(head, 0, m.start())
        issuer = notice[1].strip() or None if notice else None
    elif m := R_TITLE_LINE.search(head):
        title = m[2].strip()
        issuer = m[1].strip() or None
    if title is None:
        # A standalone line naming a kind of plan ("普陀区2020年“五水共治”项目实施计划表" under a notice that
        # starts with its addressees "各镇人民政府、…:"), else the first line that is not an address.
        lines = [ln.strip() for ln in head.split("\n") if ln.strip()]
        # "房县2022年度大气污染防治攻坚行动" over "实 施 方 案": a title set on two lines, its kind spaced out
        for i in range(1, len(lines)):
            joined = lines[i].startswith("暨") and PLAN_WORD.search(lines[i]) is not None  # "…重点整治" / "暨…行动方案"
            if (R_TITLE_KIND_LINE.fullmatch(lines[i]) or joined) and not re.search(r"[。,;:]", lines[i - 1]) and len(lines[i - 1]) <= 50:
                # (a draft's mark on the line after stays with it: "…工作实施方案" / "(草案)")
                draft = lines[i + 1] if i + 1 < len(lines) and R_DRAFT_MARK.fullmatch(lines[i + 1]) else ""
                lines[i - 1 : i + 1 + bool(draft)] = ["", lines[i - 1] + re.sub(r"\s+", "", lines[i]) + draft]
                break
        lines = [ln for ln in lines if ln]
        before_items = lines[: next((i for i, ln in enumerate(lines) if R_ITEM_LINE.match(ln)), len(lines))]
        named = (
            ln
            for ln in before_items
            if len(ln) <= 60
            and not re.search(r"[。,;:]", ln)
            # (the kind named outside a cited title: "37 号) 、《湖南省…节能减排综合工作方案》 (湘政发〔2017〕", a line of
            # a preamble a PDF broke, is no title)
            and PLAN_WORD.search(re.sub(r"《[^》]*(?:》|$)|[^《]*》", "", ln))
        )
        title = next(named, None)
    if title is None:
        first = next((ln for ln in lines if not ln.endswith(":")), "")
        if len(first) > 60 and (named_plan := R_TITLE_RUN_ON.match(first)):
            # "杭州市土壤污染防治工作方案为切实加大…", "附件 监利县…整治方案职责清单 工作任务和内容 …": the title run
            # into the text after it.
            first = named_plan[1]
        title = re.split(r"为深入|为加快|为进一步|为全面|为贯彻", first)[0][:60].strip(" 、,")
        if len(first) > 60 and re.match(r"根据|按照|依据|为了?|经", first) and "。" in first:
            title = ""  # a notice's first paragraph ("根据省政府下达我市的《…》,2018年,…。"): no title
        if re.match(r"\s*\d+\s*号\s*\)|[^《]*》", first) or R_DOCNO.fullmatch(first.strip()):
            # (a document number on a line of its own, "东政办字[2004]74号", is the notice's, not a title)
            title = ""  # the broken tail of a line before ("37 号) 、《…》", "2018 年度 实施方案》 的通知"): no title
        if R_ITEM_LINE.match(title) or R_LABEL.match(title.lstrip("([【〔")):
            # a text that starts at an item ("(七)市级园林单位创建", a page of a longer list) or at the units closing
            # the item before ("牵头单位:市生态环境局", "(牵头单位:市林业局;责任单位:…)") has no title
            title = ""
            # A plan's own title further on, over its "一、" (a copy that starts in the notice's last items, "五、加强
            # 督促检查…", then "贯彻落实《…》重点工作分工方案" on one or two lines, then "一、…")
            if restart := R_RESTART_TITLE.search(head):
                title = (restart[1] or "") + restart[2]
    title = title.replace("〈", "").replace("〉", "").strip() if title else title
    if title and (annex := re.match(r"附件\s*\d{0,2}\s*[::]?\s*(?=\S{4})", title)):
        title = title[annex.end() :]  # "附件1 吕梁市2020年…计划目标": the annex's caption, not part of its title
    if title:
        title = re.sub(r"\s*[((]续表?[))]$", "", title)  # "…任务分解表(续)": a page that continues the table
    if issuer and ("号" in issuer or len(issuer) > 30):
        issuer = None
    signed = _signature(text)
    if issuer is None and signed:
        issuer = signed[0]
    if issuer:
        issuer = re.sub(
            r"^(中共[^、\s]+?委)(?=[^、\s]+人民政府)", r"\1、", issuer
        )  # joint issuers: 中共X市委、X市人民政府
    docno = next(
        (
            d
            for d in R_DOCNO.finditer(head)
            if d.start() == 0  # (the text's first line: "" is in every string)
            or head[d.start() - 1] not in "(《"
            # "(渝办发〔2010〕278号)" on a line of its own under the title: the document's own number, bracketed
            or re.fullmatch(r"\s*\(\s*", head[head.rfind("\n", 0, d.start()) + 1 : d.start()])
            and re.match(r"\s*\)\s*(?:\n|$)", head[d.end() :])
        ),
        None,
    )
    date = None
    if m := R_DATE_FIELD.search(head) or R_DATE_LINE.search(text) or R_PUBLISHED.search(head):
        date = _date_of(m)  # the document's own date, else the date a web page published it
    city = next((c for c in CITIES if c in (title or "") + (issuer or "") + head[:2000]), None)
    return {
        "title": title,
        "issuer": issuer,
        "doc_number": docno[1] if docno else None,
        "date": date,
        "city": city,
    }


def _join_notice_title(head: str) -> str:
    """A notice's title set over several lines ("…办公室关于印发" / "加快建设…美丽六安" / "主要指标等三个清单的通知"),
    joined on its first line, so that the notice and the plan's title in it are read."""
    lines = head.split("\n")
    for i, line in enumerate(lines[:40]):
        first = line.strip()
        if "关于" not in first or first.endswith("通知") or re.search(r"[。,;:、]", first) or len(first) > 40:
            continue
        start = i
        if len(first.split("关于")[0]) <= 4 and i > 0 and (above := lines[i - 1].strip()) and len(above) <= 30:
            if not re.search(r"[。,;:、]", above):  # "…领导小组" / "办公室关于印发…": the issuer's name broke too
                first, start = above + first, i - 1
        parts, j = [first], i + 1
        while j < len(lines) and len(parts) < 4:
            nxt = lines[j].strip()
            j += 1
            if not nxt:
                continue
            if re.search(r"[。,;:]", nxt) or len(nxt) > 40:
                break
            parts.append(nxt)
            if nxt.endswith("的通知"):
                return "\n".join([*lines[:start], "".join(parts), *([""] * (j - start - 1)), *lines[j:]])
        break
    return head


def _signature(text: str) -> tuple[str, re.Match] | None:
    """The issuer a plan signs at its end: the short line naming an organ over the closing date."""
    dates = list(R_DATE_LINE.finditer(text, max(0, len(text) - 3000)))
    if not dates:
        return None
    m = dates[-1]
    if m["sig"]:
        return m["sig"].strip(), m
    prev = [ln.strip() for ln in text[: m.start()].split("\n")[-3:] if ln.strip()]

    def organ(line: str) -> bool:
        return len(line) <= 30 and R_SIGNATURE.search(line) is not None and not re.search(r"[。,;:]", line)

    if prev and organ(prev[-1]):
        if len(prev) >= 2 and organ(prev[-2]):
            # "中共湖南省委办公厅" / "湖南省人民政府办公厅" over the date: joint issuers, both
            return f"{prev[-2]}、{prev[-1]}", m
        return prev[-1], m
    return None


def find_body(text: str, title: str | None) -> tuple[int, int]:
    first_cn = re.search(r"(?m)^\s*一、|一、", text)
    anchor = first_cn.start() if first_cn else 0
    start = 0
    if title:
        # The plan's own title line, the last standalone occurrence before the first heading.
        # (the line may open with the issuer: "平顶山市人民政府办公室关于…的实施意见").
        for m in re.finditer(  # the title may break over two lines ("…经济\n社会…分工方案")
            r"(?m)^\s*[^\n。,]{0,30}?" + "\n?".join(map(re.escape, title)) + r"\s*$", text[:anchor] if anchor else text
        ):
            start = m.start() + len(m[0]) - len(m[0].lstrip())
    end = len(text)
    for m in TRAILERS.finditer(text, max(anchor, start)):
        # Site chrome stands on short lines of its own; the same words inside a sentence are the plan's.
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        if len(text[line_start : line_end if line_end != -1 else len(text)].strip()) <= 40:
            end = line_start
            break
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def parse_document(doc: Document, registry: Registry | None = None, name: str = "<document>") -> Plan:
    return parse_text(doc.text, registry, name, doc.tables, doc.kind)


def parse_file(path: str | Path, registry: Registry | None = None, limits: Limits = DEFAULT_LIMITS) -> Plan:
    return parse_document(load_document(path, limits=limits), registry, str(path))
