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

import re
from dataclasses import dataclass, field
from pathlib import Path

from .loader import PlanReadError, load_text
from .model import Plan, Task, UnitRef
from .normalize import Normalized, normalize
from .targets import find_targets
from .units import Registry, split_units

CN_NUM = "一二三四五六七八九十"
KINDS = ("cn", "pcn", "num", "pnum")
_HEAD_RE = {
    "cn": re.compile(r"([一二三四五六七八九十]{1,3})、"),
    "pcn": re.compile(r"\(([一二三四五六七八九十]{1,3})\)"),
    "num": re.compile(r"(\d{1,2}|H)\s*\.(?!\d)"),
    "pnum": re.compile(r"\((\d{1,2})\)"),
}
PREFACE = re.compile(
    r"^(?:指导思想|基本原则|总体目标|工作目标|主要目标|治理目标|总体要求|工作原则|编制依据|适用范围)"
)
GUARANTEE = re.compile(r"^(?:组织保障|保障措施|组织实施|工作要求|工作保障)")
TRAILERS = re.compile(
    r"扫一扫|扫描二维码|二维码|公众号|本文链接|本文关键词|相关政策|相关链接|相关文件|打印本页|关闭窗口|【打印】|\[打印\]|"
    r"责任编辑|分享到|网站地图|上一篇|下一篇|的解读$"
)
PLAN_WORD = re.compile(r"(?:方案|意见|计划|规划|要点|措施|办法|任务|清单|纲要)$|实施方案|工作方案")
PLAN_NAME = re.compile(r"[\u4e00-\u9fff]{4,40}?(?:工作实施方案|实施方案|工作方案|行动方案|实施意见|行动计划)")
CITIES = ("攀枝花", "禄丰", "昭通", "平顶山", "马鞍山")


def cn_value(s: str) -> int:
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + CN_NUM.index(s[1]) + 1
    if len(s) == 2 and s[1] == "十":
        return (CN_NUM.index(s[0]) + 1) * 10
    if len(s) == 3 and s[1] == "十":
        return (CN_NUM.index(s[0]) + 1) * 10 + CN_NUM.index(s[2]) + 1
    return CN_NUM.index(s) + 1


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
    if kind in ("cn", "pcn"):
        return cn_value(raw)
    return 11 if raw == "H" else int(raw)


def cn_numeral(value: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 23 → 二十三 (the inverse of :func:`cn_value`)."""
    tens, ones = divmod(value, 10)
    head = ("" if tens == 1 else CN_NUM[tens - 1]) + "十" if tens else ""
    return head + (CN_NUM[ones - 1] if ones else "")


def _label(kind: str, value: int) -> str:
    return {
        "cn": cn_numeral(value),
        "pcn": f"({cn_numeral(value)})",
        "num": str(value),
        "pnum": f"({value})",
    }[kind]


def find_headings(norm: Normalized, start: int, end: int) -> list[Node]:
    """Numbered items in [start, end), at line starts (and, in OCR text, after a sentence or a closing bracket)."""
    text = norm.text
    cands: list[tuple[int, str, re.Match]] = []
    for kind, rx in _HEAD_RE.items():
        for m in rx.finditer(text, start, end):
            i = m.start()
            line_start = text.rfind("\n", 0, i) + 1
            at_line = text[line_start:i].strip(" \t•·") == ""
            after = text[m.end() : m.end() + 1]
            # OCR text runs headings into the previous sentence: accept a number anywhere when a CJK character
            # follows it; the sequence check in _build_tree rejects the strays.
            inline = norm.ocr and i > 0 and ("\u4e00" <= after <= "\u9fff")
            if not (at_line or inline) or not after or after in "0123456789%":
                continue
            if kind == "num" and m[1] == "H" and not norm.ocr:
                continue
            cands.append((i, kind, m))
    # OCR: an item number that lost its dot right after the previous item's closing bracket ("…局)9持续提升"),
    # and a section number the scan lost inside its brackets ("()优化空间发展格局" for (三)), taken as the next one.
    if norm.ocr:
        for m in re.finditer(r"\(()\)(?=[\u4e00-\u9fff])", text[:end]):
            if m.start() >= start:
                cands.append((m.start(), "pcn", m))
        for m in re.finditer(r"(?<=\))(\d{1,2})(?=[\u4e00-\u9fff])", text[:end]):
            if m.start() >= start:
                cands.append((m.start(), "num", m))
    cands.sort(key=lambda c: c[0])
    return _build_tree(cands)


def _build_tree(cands) -> list[Node]:
    roots: list[Node] = []
    rank: dict[str, int] = {}
    stack: list[Node] = []
    last_value: dict[tuple[int, str], int] = {}  # (id(parent), kind) → last number
    last_global: dict[str, int] = {}  # kind → last number anywhere (plans that number 1…28 across sections)
    for pos, kind, m in cands:
        rank.setdefault(kind, len(rank))
        # Where would it attach? Pop to a parent of lower rank.
        trial = list(stack)
        while trial and rank[trial[-1].kind] >= rank[kind]:
            trial.pop()
        parent = trial[-1] if trial else None
        key = (id(parent), kind)
        expected = last_value.get(key, 0) + 1
        value = expected if m[1] == "" else _value(kind, m[1])  # "()" lost its number: the expected one
        continuing = kind in ("num", "pnum") and value == last_global.get(kind, 0) + 1 and value > 1
        if value != expected and not continuing:
            continue  # out of sequence: not an item (a stray "(3)" or a page marker)
        last_global[kind] = value
        node = Node(kind, value, _label(kind, value), pos, m.end(), parent=parent)
        last_value[key] = value
        for k in [k for k in last_value if k[0] == id(node)]:
            del last_value[k]
        (parent.children if parent else roots).append(node)
        stack = [*trial, node]
    return roots


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
    "lead": ("牵头单位", "主办单位", "主责单位", "牵头部门"),
    "duty": ("责任单位", "责任部门"),
    "cooperating": ("配合单位", "参与单位", "协办单位", "协同单位", "配合部门"),
    "deadline": ("完成时限", "完成时间", "时间节点", "时限要求"),
}
LABEL_ROLE = {label: role for role, labels in ROLE_LABELS.items() for label in labels}
_LABELS = "|".join(_spaced(label) for label in LABEL_ROLE)
R_LABEL = re.compile(f"({_LABELS})" + r"\s*:")
_AT_LABEL = f"(?=(?:{_LABELS})" + r"\s*:)"
R_FIELD_BLOCK = re.compile(r"\(\s*" + _AT_LABEL + r"([^()]*(?:\([^()]*\)[^()]*)*)\)")
R_FIELD_LINES = re.compile(
    r"(?m)(?:^|(?<=[。;]))[ \t]*" + _AT_LABEL + r"([^\n〔]+(?:\n[ \t]*" + _AT_LABEL + r"[^\n〔]+)*)"
)
R_LEADS = re.compile(r"\(([^()]{2,80}?)(?:分别)?(?:牵头|负责)\)")
R_REPORT = re.compile(r"\(([^()]{2,40}?)报([^()]{2,40}?)落实\)")
R_PLAIN = re.compile(r"\(([^()]*(?:〔[^〕]*〕[^()]*)*)\)\s*$")
R_IMPLICIT = re.compile(r"(?:各项工作)?均需([^,;]+?)(?:负责)?落实,?以下不再列出")
# 000's note: in its 责任单位 lists, units before the first comma lead and those after it cooperate.
R_COMMA_RULE = re.compile(r"逗号前为牵头单位")
R_MARKED_LEAD = re.compile(r"\((?:牵头|牵头单位)\)$")
UNIT_END = re.compile(r"(局|委|办|部|政府|管委会|公司|集团|中心|院|会|分行|部门|单位|企业)(〔[^〕]*〕)?$")


@dataclass
class Duty:
    lead: list[UnitRef]
    cooperating: list[UnitRef]
    start: int  # normalised span of the responsibility expression
    end: int
    deadline: str | None = None


def _fields(body: str, off: int, registry: Registry, comma_rule: bool) -> tuple[list, list, str | None]:
    """Units by role from labelled fields; ``off`` is the normalised offset of ``body``."""
    # 004: "…;均需各县区人民政府…负责落实,以下不再列出" is the implicit note, not this task's units.
    body = re.split(r";?\s*均需", body)[0]
    labels = list(R_LABEL.finditer(body))
    fields: dict[str, list[UnitRef]] = {"lead": [], "duty": [], "cooperating": []}
    deadline = None
    duty_split: tuple[list[UnitRef], list[UnitRef]] | None = None
    for i, lab in enumerate(labels):
        role = LABEL_ROLE[re.sub(r"\s", "", lab[1])]
        value_end = labels[i + 1].start() if i + 1 < len(labels) else len(body)
        value = body[lab.end() : value_end]
        value_start = lab.end() + len(value) - len(value.lstrip())
        value = value.strip().rstrip(";,。 \n")
        if role == "deadline":
            deadline = value or None
            continue
        if role == "duty" and comma_rule and "," in value:
            head, _sep, tail = value.partition(",")
            duty_split = (
                split_units(head, registry, off + value_start),
                split_units(tail, registry, off + value_start + len(head) + 1),
            )
            continue
        fields[role] += split_units(value, registry, off + value_start)
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
        else:
            lead = duty
    return lead, coop, deadline


def _unmark(u: UnitRef, registry: Registry) -> UnitRef:
    raw = R_MARKED_LEAD.sub("", u.raw)
    span = (u.span[0], u.span[0] + len(raw)) if u.span else None
    return UnitRef(raw, registry.canonical(raw), span)


def find_duty(text: str, base: int, registry: Registry, comma_rule: bool = False) -> Duty | None:
    """The responsibility expression of a task's text (``base`` = its normalised offset)."""
    for rx in (R_FIELD_BLOCK, R_FIELD_LINES):
        if m := rx.search(text):
            body = m[1] if rx is R_FIELD_BLOCK else re.split(r"。", m[1])[0]
            lead, coop, deadline = _fields(body, base + m.start(1), registry, comma_rule)
            if lead or coop:
                return Duty(lead, coop, base + m.start(), base + m.end(), deadline)
    if m := R_REPORT.search(text):
        return Duty(
            split_units(m[1], registry, base + m.start(1)),
            split_units(m[2], registry, base + m.start(2)),
            base + m.start(),
            base + m.end(),
        )
    if m := R_LEADS.search(text):
        return Duty(split_units(m[1], registry, base + m.start(1)), [], base + m.start(), base + m.end())
    tail = text.rstrip(" \n。")
    if m := R_PLAIN.search(tail):
        units = split_units(m[1], registry, base + m.start(1))
        if units and all(u.name or UNIT_END.search(u.raw) for u in units):
            return Duty(units, [], base + m.start(), base + m.end())
    return None


R_DEADLINE = re.compile(
    r"((?:到|在|于)?(?:20\d{2}年(?:底|年底|\d{1,2}月(?:底|\d{1,2}日)?)?前|20\d{2}年底|\d{1,2}月\d{1,2}日前|(?:到|至)20\d{2}年))"
)
R_RECUR = (  # by priority: a named reporting rhythm before a bare "每年"
    re.compile(r"(月通报、?季督查|月调度、?季通报|月通报|季通报|季督查)"),
    re.compile(r"(每(?:季度|月|周|半年|旬|\d+个?月)|每年)"),
    re.compile(r"(定期)"),
)


def parse_text(source: str, registry: Registry | None = None, name: str = "<text>") -> Plan:
    norm = normalize(source)
    text = norm.text
    meta = read_metadata(text)
    if registry is None:
        registry = Registry.from_json(city=meta["city"])
    body_start, body_end = find_body(text, meta["title"])
    roots = find_headings(norm, body_start, body_end)
    if not roots or sum(1 for _ in _walk(roots)) < 3:
        raise PlanReadError(
            name, "no numbered tasks found: this does not look like a plan (实施方案/意见/计划)"
        )
    _close(roots, body_end)
    warnings: list[str] = []
    implicit: list[UnitRef] = []
    if m := R_IMPLICIT.search(text, body_start, body_end):
        implicit = split_units(m[1], registry, m.start(1))
    comma_rule = bool(R_COMMA_RULE.search(text))
    tasks: list[Task] = []
    for node in _walk(roots):
        top = node
        while top.parent is not None:
            top = top.parent
        seg = text[node.body_start : node.children[0].start if node.children else node.end]
        duty = find_duty(seg, node.body_start, registry, comma_rule)
        heading = _heading(seg)
        section = text[top.body_start : top.body_start + 12].strip()
        if GUARANTEE.search(section):
            continue  # 保障措施: how the plan is carried out, not tasks of the ledger
        in_preface = bool(PREFACE.search(section)) or bool(node is not top and PREFACE.search(heading or ""))
        if node.children and not duty:
            continue
        if not duty and in_preface:
            continue
        if not duty and not node.children and len(seg.strip()) < 8:
            continue
        task_end = node.children[0].start if node.children else node.end
        content_end = duty.start if duty else task_end
        body_text = text[node.body_start : content_end].strip()
        dl = R_DEADLINE.search(seg)
        deadline = duty.deadline if duty and duty.deadline else (dl[1] if dl else None)
        rc = next((m for rx in R_RECUR if (m := rx.search(seg))), None)
        tasks.append(
            Task(
                number=node.path(),
                heading=heading,
                text=body_text,
                lead=[_to_source(u, norm) for u in (duty.lead if duty else [])],
                cooperating=[_to_source(u, norm) for u in (duty.cooperating if duty else [])],
                deadline=deadline,
                recurrence=rc[1] if rc else None,
                span=norm.span(node.start, task_end),
            )
        )
    targets = find_targets(norm, body_start, body_end, tasks, meta["title"])
    has_units = bool(implicit) or any(t.lead or t.cooperating for t in tasks)
    title_doubtful, hint = not PLAN_WORD.search(meta["title"] or ""), None
    if not has_units and not targets and title_doubtful:
        raise PlanReadError(
            name,
            "numbered items but no responsible units, no quantitative targets and no plan title "
            "(方案/意见/计划/规划/要点): this does not look like a plan",
        )
    if title_doubtful:
        names = [
            re.sub(r"^(?:.*?(?:发布并实施|印发|制定|实施|落实))", "", c)
            for c in PLAN_NAME.findall(text[:4000])
        ]
        hint = next((c for c in names if len(c) >= 6), None)
        warnings.append(
            f"title {meta['title']!r} names no kind of plan (方案/意见/计划…): "
            + ("garbled by OCR? " if norm.ocr else "")
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


def _to_source(u: UnitRef, norm: Normalized) -> UnitRef:
    return UnitRef(u.raw, u.name, norm.span(*u.span) if u.span else None)


def _heading(seg: str) -> str:
    """A short first sentence or line is the heading ("推进工业绿色升级"); a long one is text."""
    first_line = seg.strip().split("\n", 1)[0].strip()
    m = re.match(r"([^。\n]{1,40}?)(?:。|$)", first_line)
    if m and (len(m[1]) <= 30 or "\n" in seg.strip()[: len(first_line) + 1]):
        return m[1].strip()
    return ""


R_TITLE_NOTICE = re.compile(r"关于印发[《<]?([^》>\n]+?)[》>]?的通知")
R_TITLE_LINE = re.compile(
    r"^([^\n。,]{0,40}?)(关于[^\n。,]{4,80}?(?:实施意见|意见|方案|计划|规划|通知))\s*$", re.M
)
R_DOCNO = re.compile(r"([\u4e00-\u9fff]{1,8}[〔\[][12]\d{3}[〕\]]\d{1,4}号)")
R_DATE_LINE = re.compile(r"^\s*(20\d{2})年(\d{1,2})月(\d{1,2})日\s*$", re.M)
R_DATE_FIELD = re.compile(r"(?:成文日期|发文日期)\s*[:]?\s*(20\d{2})[年-](\d{1,2})[月-](\d{1,2})")


def read_metadata(text: str) -> dict:
    head = text[:6000]
    title = issuer = None
    if m := R_TITLE_NOTICE.search(head):
        title = m[1]
        line_start = head.rfind("\n", 0, m.start()) + 1
        prefix = head[line_start : m.start()].strip()
        if prefix:
            issuer = prefix
        else:
            prev = [ln.strip() for ln in head[:line_start].split("\n") if ln.strip()]
            issuer = prev[-1] if prev else None
    elif m := R_TITLE_LINE.search(head):
        title = m[2].strip()
        issuer = m[1].strip() or None
    if title is None:
        first = next((ln.strip() for ln in text.split("\n") if ln.strip()), "")
        title = re.split(r"为深入|为加快|为进一步|为全面|为贯彻", first)[0][:60].strip(" 、,")
    if issuer and ("号" in issuer or len(issuer) > 30):
        issuer = None
    if issuer:
        issuer = re.sub(
            r"^(中共\S+?委)(?=\S+人民政府)", r"\1、", issuer
        )  # joint issuers: 中共X市委、X市人民政府
    docno = next((d for d in R_DOCNO.finditer(head) if head[d.start() - 1 : d.start()] not in "(《"), None)
    date = None
    if m := R_DATE_FIELD.search(head):
        date = f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}"
    elif m := R_DATE_LINE.search(text):
        date = f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}"
    city = next((c for c in CITIES if c in (title or "") + (issuer or "") + head[:2000]), None)
    return {
        "title": title,
        "issuer": issuer,
        "doc_number": docno[1] if docno else None,
        "date": date,
        "city": city,
    }


def find_body(text: str, title: str | None) -> tuple[int, int]:
    first_cn = re.search(r"(?m)^\s*一、|一、", text)
    anchor = first_cn.start() if first_cn else 0
    start = 0
    if title:
        # The plan's own title line, the last standalone occurrence before the first heading.
        # (the line may open with the issuer: "平顶山市人民政府办公室关于…的实施意见").
        for m in re.finditer(
            r"(?m)^\s*[^\n。,]{0,30}?" + re.escape(title) + r"\s*$", text[:anchor] if anchor else text
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


def parse_file(path: str | Path, registry: Registry | None = None) -> Plan:
    return parse_text(load_text(path), registry, str(path))
