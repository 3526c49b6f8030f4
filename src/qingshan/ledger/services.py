"""Ledger services (writes): import a plan document as a draft, confirm it through its workflow, export the 台账.

The ledger announces what it did (``ledger.signals``) and never imports the apps above it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from django.db import connection, transaction
from django.db.models import Q

from qingshan.core import xlsx
from qingshan.core.access import ADMINISTRATOR, Actor
from qingshan.core.errors import DomainError, Forbidden
from qingshan.core.workflow import transition
from qingshan.orgs.models import Division, Unit
from qingshan.planreader import Plan as ParsedPlan
from qingshan.planreader import Registry, load_text, parse_text
from qingshan.planreader.normalize import normalize
from qingshan.planreader.reader import read_metadata

from .errors import LedgerError
from .models import Plan, PlanTarget, Task, TaskAssignment
from .signals import plan_imported

SEEDS_DIR = Path(__file__).resolve().parent / "data" / "seeds"


def registry_for(division: Division | None) -> Registry:
    """The reader's registry from the database: every unit of the division's city, with short names and aliases."""
    units = Unit.objects.prefetch_related("aliases")
    if division is not None:
        city = division.city() or division
        units = units.filter(division_id__in=city.descendant_ids())
    return Registry.from_names([(u.name, [u.short_name, *[a.alias for a in u.aliases.all()]]) for u in units])


def guess_division(text: str) -> Division | None:
    """The city or county a plan document belongs to, from its title, issuer and opening text."""
    meta = read_metadata(normalize(text).text)
    head = f"{meta['title']} {meta['issuer'] or ''} {text[:3000]}"
    for div in Division.objects.filter(level__in=[Division.Level.CITY, Division.Level.COUNTY]).order_by(
        "level"
    ):
        short = div.short_name or div.name.rstrip("市县区")
        if div.name in head or (len(short) >= 2 and short in head):
            return div
    return None


@dataclass
class PlanDiff:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[tuple[str, list[str]]] = field(default_factory=list)
    targets_added: list[str] = field(default_factory=list)
    targets_removed: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.targets_added or self.targets_removed)


def _units_of(task: Task) -> set[tuple[str, str]]:
    return {(a.role, a.unit.name if a.unit else a.raw_name) for a in task.assignments.all()}


def diff_plans(old: Plan, new: Plan) -> PlanDiff:
    """What a revision changes: tasks by number (text and units), targets by indicator and value."""
    d = PlanDiff()
    old_tasks = {t.number: t for t in old.tasks.prefetch_related("assignments__unit")}
    new_tasks = {t.number: t for t in new.tasks.prefetch_related("assignments__unit")}
    d.added = [n for n in new_tasks if n not in old_tasks]
    d.removed = [n for n in old_tasks if n not in new_tasks]
    for n, t in new_tasks.items():
        if n in old_tasks:
            o = old_tasks[n]
            what = [
                f for f in ("heading", "text", "deadline", "recurrence") if getattr(o, f) != getattr(t, f)
            ]
            if _units_of(o) != _units_of(t):
                what.append("units")
            if what:
                d.changed.append((n, what))

    def key(g: PlanTarget) -> str:
        return (
            f"{g.indicator} {g.comparator} {g.value if g.value is not None else ''}{g.unit} ({g.year or '—'})"
        )

    old_t = {key(g) for g in old.targets.all()}
    new_t = {key(g) for g in new.targets.all()}
    d.targets_added = sorted(new_t - old_t)
    d.targets_removed = sorted(old_t - new_t)
    return d


def previous_version(parsed: ParsedPlan, division: Division) -> Plan | None:
    q = Q(title=parsed.title)
    if parsed.doc_number:
        q |= Q(doc_number=parsed.doc_number)
    return (
        Plan.objects.filter(q, division=division)
        .exclude(status=Plan.Status.SUPERSEDED)
        .order_by("-created_at")
        .first()
    )


def hold_document(text: str, division: Division) -> None:
    """Two imports of one document never both store it. PostgreSQL: a transaction-level advisory lock keyed by
    the document and its area — a second import waits for the first to commit, then finds the stored plan with
    the same text (``previous_version``) and returns it. SQLite: every transaction takes the write lock when it
    begins (settings: ``transaction_mode`` IMMEDIATE), so the second import starts after the first committed."""
    if connection.vendor == "postgresql":
        digest = hashlib.sha256(f"{division.pk}:{text}".encode()).digest()
        with connection.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", [int.from_bytes(digest[:8], "big", signed=True)])


@transaction.atomic
def import_plan(
    path: str | Path, division: Division | None = None, data: bytes | None = None, actor: Actor | None = None
) -> Plan:
    """Read a plan document and store it as a draft for review. Raises PlanReadError (nothing stored) on bad input,
    a DomainError when the area cannot be told (``ledger.no_division``) or lies outside ``actor``'s area
    (``ledger.out_of_area``) — both before anything is written.

    A revised version of a plan already stored (same 文号 or title) is stored as a draft that points to it
    (``revision_of``); confirming it supersedes the old one. Re-importing identical text returns the existing plan.
    """
    name = str(path)
    text = load_text(path, data)
    division = division or guess_division(text)
    if division is None:
        parse_text(text, name=name)  # a document that is no plan says so before "which city?"
        raise DomainError(LedgerError.NO_DIVISION, field="division", file=Path(name).name)
    if actor is not None and not actor.in_area(division.pk):
        raise Forbidden(LedgerError.OUT_OF_AREA, field="division", area=division.name)
    parsed = parse_text(
        text, registry_for(division), name=name
    )  # bad input raises before anything is written
    hold_document(text, division)
    previous = previous_version(parsed, division)
    if previous is not None and previous.source_text == text:
        return previous
    issued = date.fromisoformat(parsed.date) if parsed.date else None
    plan = Plan.objects.create(
        title=parsed.title[:256],
        issuer=(parsed.issuer or "")[:128],
        doc_number=parsed.doc_number or "",
        issued_on=issued,
        division=division,
        source_text=text,
        file_name=Path(name).name[:256],
        revision_of=previous,
        title_doubtful=parsed.title_doubtful,
        title_hint=(parsed.title_hint or "")[:256],
    )
    city = division.city() or division
    units = {}
    for u in Unit.objects.filter(division_id__in=city.descendant_ids()):
        units.setdefault(u.name, u)
    by_number: dict[str, Task] = {}
    for order, t in enumerate(parsed.tasks):
        task = Task.objects.create(
            plan=plan,
            number=t.number[:32],
            heading=t.heading[:256],
            text=t.text,
            deadline=(t.deadline or "")[:64],
            recurrence=(t.recurrence or "")[:64],
            order=order,
            span_start=t.span[0],
            span_end=t.span[1],
        )
        by_number[t.number] = task
        seen = set()
        for role, refs in (
            (TaskAssignment.Role.LEAD, t.lead),
            (TaskAssignment.Role.COOPERATING, t.cooperating),
            (TaskAssignment.Role.IMPLICIT, parsed.implicit_units),
        ):
            for ref in refs:
                unit = units.get(ref.name) if ref.name else None
                key = (unit.pk if unit else None, role, ref.raw)
                if key in seen:
                    continue
                seen.add(key)
                span = ref.span or (None, None)
                TaskAssignment.objects.create(
                    task=task,
                    unit=unit,
                    role=role,
                    raw_name=ref.raw[:128],
                    span_start=span[0],
                    span_end=span[1],
                )
    for g in parsed.targets:
        PlanTarget.objects.create(
            plan=plan,
            task=by_number.get(g.task) if g.task else None,
            indicator=g.indicator[:128],
            comparator=g.comparator,
            value=g.value,
            value_max=g.value_max,
            unit=g.unit[:32],
            year=g.year,
            baseline_year=g.baseline_year,
            scope=(g.scope or "")[:64],
            aspirational=g.aspirational,
            text=g.text,
            span_start=g.span[0],
            span_end=g.span[1],
        )
    assign_due_dates(plan)
    # The apps above (targets: link to the indicator catalogue) act inside this import's transaction.
    plan_imported.send(sender=Plan, plan=plan)
    return plan


def assign_due_dates(plan: Plan, overwrite: bool = False) -> int:
    """Date every task's deadline as written (``planreader.dates``); a task without one is due when the plan ends
    (the year its title sets, else its targets' usual year). Returns the number of tasks dated."""
    from qingshan.planreader.dates import due_date, plan_end_year

    end_year = plan_end_year(plan.title, list(plan.targets.values_list("year", flat=True)))
    default_year = end_year or (plan.issued_on.year if plan.issued_on else None)
    n = 0
    for task in plan.tasks.all():
        if task.due_date and not overwrite:
            continue
        due = due_date(task.deadline, default_year) or (date(end_year, 12, 31) if end_year else None)
        if due != task.due_date:
            task.due_date = due
            task.save(update_fields=["due_date"])
            n += 1
    return n


def confirm_plan(plan: Plan, actor: Actor = ADMINISTRATOR, publish: bool = False) -> Plan:
    """A confirmed plan becomes the official ledger; the version in force of its lineage is superseded
    (``ledger.workflow.PLAN_FLOW``). Reporting (调度) starts once it commits (``dispatch`` subscribes)."""
    from .workflow import PLAN_FLOW

    return transition(PLAN_FLOW, plan, "confirm", actor, context={"publish": publish})


LEDGER_COLUMNS = ["序号", "任务编号", "任务内容", "牵头单位", "配合单位", "完成时限", "目标值"]


def ledger_rows(plan: Plan, tasks) -> list[list[str]]:
    rows = []
    for i, t in enumerate(tasks, start=1):
        lead = "、".join(
            a.unit.name if a.unit else f"{a.raw_name}(待核)" for a in t.assignments.all() if a.role == TaskAssignment.Role.LEAD
        )
        coop = "、".join(
            a.unit.name if a.unit else f"{a.raw_name}(待核)"
            for a in t.assignments.all()
            if a.role in (TaskAssignment.Role.COOPERATING, TaskAssignment.Role.IMPLICIT)
        )
        goals = ";".join(str(g) + (f"({g.year}年)" if g.year else "") for g in t.targets.all())
        content = f"{t.heading}:{t.text}" if t.heading and not t.text.startswith(t.heading) else t.text
        rows.append([str(i), t.number, content, lead, coop, t.deadline, goals])
    return rows


def export_xlsx(plan: Plan, tasks) -> bytes:
    """The 台账 in its customary layout (序号, 任务内容, 牵头单位, 配合单位, 完成时限, 目标值), openpyxl."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "任务台账"
    xlsx.append(ws, [f"{plan.title} 任务台账"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(LEDGER_COLUMNS))
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    xlsx.append(ws, [f"{plan.issuer} {plan.doc_number} {plan.issued_on or ''}".strip()])
    xlsx.append(ws, LEDGER_COLUMNS)
    for cell in ws[3]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D7EEDF")
    for row in ledger_rows(plan, tasks):
        xlsx.append(ws, row)
    widths = [6, 14, 80, 30, 40, 16, 40]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    for row in ws.iter_rows(min_row=4):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A4"
    tg = wb.create_sheet("目标清单")
    xlsx.append(
        tg,
        [
            "序号",
            "指标",
            "比较",
            "目标值",
            "上限",
            "单位",
            "目标年",
            "基准年",
            "范围",
            "力争",
            "任务编号",
            "原文",
        ]
    )
    for i, g in enumerate(plan.targets.select_related("task"), start=1):
        xlsx.append(
            tg,
            [
                i,
                g.indicator,
                g.comparator,
                g.value,
                g.value_max,
                g.unit,
                g.year,
                g.baseline_year,
                g.scope,
                "是" if g.aspirational else "",
                g.task.number if g.task else "",
                g.text,
            ]
        )
    return xlsx.to_bytes(wb)


def _units_json(task: Task, role: str) -> list[dict]:
    return [
        {"raw": a.raw_name, "name": a.unit.name if a.unit else None}
        for a in task.assignments.all()
        if a.role == role
    ]


def plan_json(plan: Plan, tasks) -> dict:
    return {
        "title": plan.title,
        "issuer": plan.issuer,
        "doc_number": plan.doc_number,
        "date": plan.issued_on.isoformat() if plan.issued_on else None,
        "status": plan.status,
        "tasks": [
            {
                "number": t.number,
                "heading": t.heading,
                "text": t.text,
                "deadline": t.deadline or None,
                "recurrence": t.recurrence or None,
                **{str(role): _units_json(t, role) for role in TaskAssignment.Role},
            }
            for t in tasks
        ],
        "targets": [
            {
                "indicator": g.indicator,
                "comparator": g.comparator,
                "value": g.value,
                "value_max": g.value_max,
                "unit": g.unit,
                "year": g.year,
                "baseline_year": g.baseline_year,
                "scope": g.scope or None,
                "aspirational": g.aspirational,
                "task": g.task.number if g.task else None,
                "text": g.text,
            }
            for g in plan.targets.select_related("task")
        ],
    }


def load_seed_plans(confirm: bool = True) -> list[Plan]:
    """The demo: the five seed plans shipped with the project, imported and confirmed."""
    plans = []
    for path in sorted(SEEDS_DIR.glob("0*.txt")):
        plan = import_plan(path)
        if confirm and plan.status == Plan.Status.DRAFT:
            plan = confirm_plan(plan, publish=True)
        plans.append(plan)
    return plans
