"""Ledger services: import a plan document as a draft, compare a revision, confirm, export the 台账."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from qingshan.orgs.models import Division, Unit
from qingshan.planreader import Plan as ParsedPlan
from qingshan.planreader import PlanReadError, Registry
from qingshan.planreader.loader import Limits, load_document
from qingshan.planreader.normalize import normalize
from qingshan.planreader.reader import parse_document, read_metadata
from qingshan.planreader.units import COUNTY_COLLECTIVE

from .models import Plan, PlanTarget, Task, TaskAssignment

SEEDS_DIR = Path(__file__).resolve().parent / "data" / "seeds"


def reader_limits() -> Limits:
    """The reader's input bounds from the settings (``PLAN_MAX_UNZIPPED_BYTES``, ``PLAN_MAX_ZIP_RATIO``,
    ``PLAN_MAX_CHARS``)."""
    default = Limits()
    return Limits(
        max_unzipped=getattr(settings, "PLAN_MAX_UNZIPPED_BYTES", default.max_unzipped),
        max_ratio=getattr(settings, "PLAN_MAX_ZIP_RATIO", default.max_ratio),
        max_chars=getattr(settings, "PLAN_MAX_CHARS", default.max_chars),
    )


def registry_for(division: Division | None) -> Registry:
    """The reader's registry from the database: every unit of the division's city, with short names and aliases,
    and what each collective stands for — its member units (``Unit.parent``) or, for the collective of the county
    governments (各县(区)人民政府), the governments of the city's counties and its development-zone committees."""
    units = list(Unit.objects.prefetch_related("aliases").select_related("division"))
    if division is not None:
        city = division.city() or division
        area = city.descendant_ids()
        units = [u for u in units if u.division_id in area]
    entries = [(u.name, [u.short_name, *[a.alias for a in u.aliases.all()]]) for u in units]
    groups: dict[str, list[str]] = {}
    for g in (u for u in units if u.kind == Unit.Kind.GROUP):
        members = [u.name for u in units if u.parent_id == g.pk]
        if not members and any(COUNTY_COLLECTIVE.match(n) for n in [g.short_name, *g.all_names()] if n):
            members = [
                u.name
                for u in units
                if (u.kind == Unit.Kind.GOVERNMENT and u.division.level == Division.Level.COUNTY)
                or (u.kind == Unit.Kind.ZONE_COMMITTEE and u.division.level == Division.Level.ZONE)
                if u.division.parent_id == g.division_id
            ]
        if members:
            groups[g.name] = members
    return Registry.from_names(entries, groups)


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


@transaction.atomic
def import_plan(path: str | Path, division: Division | None = None, data: bytes | None = None) -> Plan:
    """Read a plan document and store it as a draft for review. Raises PlanReadError (nothing stored) on bad input.

    A revised version of a plan already stored (same 文号 or title) is stored as a draft that points to it
    (``revision_of``); confirming it supersedes the old one. Re-importing identical text returns the existing plan.
    """
    name = str(path)
    doc = load_document(path, data, reader_limits())
    text = doc.text
    division = division or guess_division(text)
    if division is None:
        parse_document(doc, name=name)  # a document that is no plan says so before "which city?"
        raise PlanReadError(
            name,
            "cannot tell which city or county the plan belongs to; name it with --division",
            "no_division",
        )
    parsed = parse_document(doc, registry_for(division), name)  # bad input raises before anything is written
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
            ("lead", t.lead),
            ("cooperating", t.cooperating),
            ("implicit", parsed.implicit_units),
        ):
            for ref in refs:
                # A collective the registry defines binds each of its members, the text as written kept.
                targets = [units.get(m) for m in ref.members] if ref.members else []
                if not any(targets):
                    targets = [units.get(ref.name) if ref.name else None]
                for unit in targets:
                    if ref.members and unit is None:
                        continue
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
    # Link the new targets to the indicator catalogue (remembered links of people first), inside this import.
    from qingshan.targets.services import link_targets

    link_targets(plan.targets.all())
    assign_due_dates(plan)
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


@transaction.atomic
def confirm_plan(plan: Plan) -> Plan:
    """A confirmed plan becomes the official ledger; the version it revises is superseded."""
    if plan.revision_of_id:
        Plan.objects.filter(pk=plan.revision_of_id).update(status=Plan.Status.SUPERSEDED)
    plan.status = Plan.Status.CONFIRMED
    plan.confirmed_at = timezone.now()
    plan.save()
    from qingshan.dispatch.services import schedule_for  # reporting (调度) starts with the confirmed ledger

    schedule_for(plan)
    return plan


LEDGER_COLUMNS = ["序号", "任务编号", "任务内容", "牵头单位", "配合单位", "完成时限", "目标值"]


def ledger_rows(plan: Plan, tasks) -> list[list[str]]:
    rows = []
    for i, t in enumerate(tasks, start=1):
        lead = "、".join(
            a.unit.name if a.unit else f"{a.raw_name}(待核)" for a in t.assignments.all() if a.role == "lead"
        )
        coop = "、".join(
            a.unit.name if a.unit else f"{a.raw_name}(待核)"
            for a in t.assignments.all()
            if a.role in ("cooperating", "implicit")
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
    ws.append([f"{plan.title} 任务台账"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(LEDGER_COLUMNS))
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append([f"{plan.issuer} {plan.doc_number} {plan.issued_on or ''}".strip()])
    ws.append(LEDGER_COLUMNS)
    for cell in ws[3]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D7EEDF")
    for row in ledger_rows(plan, tasks):
        ws.append(row)
    widths = [6, 14, 80, 30, 40, 16, 40]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    for row in ws.iter_rows(min_row=4):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A4"
    tg = wb.create_sheet("目标清单")
    tg.append(
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
        tg.append(
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
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


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
                "lead": _units_json(t, "lead"),
                "cooperating": _units_json(t, "cooperating"),
                "implicit": _units_json(t, "implicit"),
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
            plan.published = True
            confirm_plan(plan)
        plans.append(plan)
    return plans
