"""Ledger services (writes): import a plan document as a draft, confirm it through its workflow, export the 台账.

The ledger announces what it did (``ledger.signals``) and never imports the apps above it."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from django.conf import settings
from django.db import connection, transaction
from django.utils.translation import gettext as _

from qingshan.core import xlsx
from qingshan.core.access import ADMINISTRATOR, Actor
from qingshan.core.errors import DomainError, Forbidden
from qingshan.core.workflow import transition
from qingshan.orgs.models import Division, Unit
from qingshan.planreader import Registry
from qingshan.planreader.loader import Limits, load_document
from qingshan.planreader.normalize import normalize
from qingshan.planreader.reader import parse_document, read_metadata
from qingshan.planreader.units import COUNTY_COLLECTIVE

from . import lineage
from .errors import LedgerError
from .models import Plan, PlanTarget, Task, TaskAssignment
from .signals import plan_imported

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


# The place a document names itself by: its issuer's ("吕梁市人民政府", "中共东营市委", "通州区生态环境局") and its title's
# opening ("2016年乌鲁木齐市今冬明春…", "鸡西市打赢蓝天保卫战…", "关于加强平顶山市…"). A place is a name ending in 市/县/区/州/盟/旗 (省 is
# left out: a province's plan is often a city's to follow).
R_PLACE_OPENING = re.compile(
    r"^(?:中共)?(?:关于(?:进一步)?(?:加强|加快|深入|全面|做好|推进|开展|印发|实施|落实)?)?"
    r"(?:20\d{2}(?:年度?|—20\d{2}年|-20\d{2}年)?)?([\u4e00-\u9fff]{1,8}?(?:自治州|自治县|市|县|区|州|盟|旗))"
)
# words that end like a place and are none ("市区大气…", "全市", "城区…")
NOT_A_PLACE = {"市区", "城区", "全市", "全县", "全区", "本市", "我市", "各市", "各县", "各区", "园区", "新区", "城市", "都市",
               "景区", "社区", "辖区", "山区", "县区", "县市区", "地区", "片区", "库区", "湖区", "矿区", "牧区", "林区"}


def foreign_places(plan: Plan) -> list[str]:
    """The places the document's issuer and title name that lie outside the area it is filed under (walkthrough
    finding: another city's plan, uploaded by an office, was filed under the office's city without a word). A place is
    the area's when it is the name or short name of the plan's division, of one inside the city, or of one above it."""
    if plan.division_id is None:
        return []
    city = plan.division.city() or plan.division
    names = Division.names_of(city.descendant_ids() | {d.pk for d in city.ancestors()})
    return [p for p in named_places(plan.issuer, plan.title) if not _is_ours(p, names)]


def named_places(*sources: str | None) -> list[str]:
    """The places an issuer or title opens with ("吕梁市人民政府", "附件1 吕梁市2020年…计划目标"), each once."""
    found: list[str] = []
    for source in sources:
        m = R_PLACE_OPENING.match(re.sub(r"^\s*附件\s*\d*\s*[::]?\s*", "", source or ""))
        if m is not None and m[1] not in NOT_A_PLACE and m[1] not in found:
            found.append(m[1])
    return found


def _is_ours(place: str, names: set[str]) -> bool:
    stem = re.sub(r"(?:自治州|自治县|市|县|区|州|盟|旗)$", "", place)
    return (
        place in names
        or any(n.startswith(place) or place.startswith(n) for n in names if len(n) >= 2)
        or (len(stem) >= 2 and stem in names)
    )


@dataclass
class PlanDiff:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[tuple[str, list[str]]] = field(default_factory=list)
    renumbered: list[tuple[str, str]] = field(default_factory=list)  # (old number, new number), same task
    targets_added: list[str] = field(default_factory=list)
    targets_removed: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (
            self.added or self.removed or self.changed or self.renumbered or self.targets_added or self.targets_removed
        )


def _units_of(task: Task) -> set[tuple[str, str]]:
    return {(a.role, a.unit.name if a.unit else a.raw_name) for a in task.assignments.all()}


def diff_plans(old: Plan, new: Plan) -> PlanDiff:
    """What a revision changes: tasks by number (text and units), targets by indicator and value."""
    d = PlanDiff()
    old_tasks = {t.number: t for t in old.tasks.prefetch_related("assignments__unit")}
    new_tasks = {t.number: t for t in new.tasks.prefetch_related("assignments__unit")}
    d.added = [n for n in new_tasks if n not in old_tasks]
    d.removed = [n for n in old_tasks if n not in new_tasks]
    # A task the revision only numbers differently (a breakdown sheet re-laid as a Word table: "附表1.1" → "1") is the
    # same task, not one removed and one added.
    by_text = {lineage.task_identity(old_tasks[n]): n for n in d.removed}
    for n in list(d.added):
        m = by_text.pop(lineage.task_identity(new_tasks[n]), None)
        if m is not None:
            d.renumbered.append((m, n))
            d.added.remove(n)
            d.removed.remove(m)
    for n, t in new_tasks.items():
        if n in old_tasks:
            o = old_tasks[n]
            what = [  # as the page names the fields, in the reader's language
                str(Task._meta.get_field(f).verbose_name)
                for f in ("heading", "text", "deadline", "recurrence")
                if getattr(o, f) != getattr(t, f)
            ]
            if _units_of(o) != _units_of(t):
                what.append(str(_("units")))
            if what:
                d.changed.append((n, what))

    def key(g: PlanTarget) -> str:
        return goal_text(g)  # "东区 优良天数比例 ≥ 93%(2026年)", as the pages write a target

    old_t = {key(g) for g in old.targets.all()}
    new_t = {key(g) for g in new.targets.all()}
    d.targets_added = sorted(new_t - old_t)
    d.targets_removed = sorted(old_t - new_t)
    return d


def already_stored(text: str, division: Division) -> Plan | None:
    """A live version of the area with exactly this text (an identical re-upload)."""
    return (
        Plan.objects.filter(division=division, source_text=text)
        .exclude(status=Plan.Status.WITHDRAWN)
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

    The upload joins the lineage it most likely revises (``ledger.lineage.match``: 文号, title, tasks, issuer — shown
    on the review page, where the office may choose otherwise), pointing to the version it revises
    (``revision_of``); confirming it supersedes the version in force. Re-importing identical text returns the
    stored plan with ``plan.already_stored = True``.
    """
    name = str(path)
    doc = load_document(path, data, reader_limits())
    text = doc.text
    division = division or guess_division(text)
    if division is None:
        parsed = parse_document(doc, name=name)  # a document that is no plan says so before "which city?"
        known = Division.names_of(Division.objects.values("pk"))
        if foreign := [p for p in named_places(parsed.issuer, parsed.title) if not _is_ours(p, known)]:
            # another place's plan (吕梁's, uploaded in 攀枝花): say whose it looks like, not only "choose"
            raise DomainError(LedgerError.FOREIGN_DIVISION, field="division", file=Path(name).name, place=foreign[0])
        raise DomainError(LedgerError.NO_DIVISION, field="division", file=Path(name).name)
    if actor is not None and not actor.in_area(division.pk):
        parse_document(doc, name=name)  # a document that is no plan says so before "outside your area"
        raise Forbidden(LedgerError.OUT_OF_AREA, field="division", area=division.name)
    parsed = parse_document(doc, registry_for(division), name)  # bad input raises before anything is written
    hold_document(text, division)  # a second import of the same document waits here for the first
    stored = already_stored(text, division)
    if stored is not None:
        stored.already_stored = True
        return stored
    issued = date.fromisoformat(parsed.date) if parsed.date else None
    plan = Plan(
        title=(parsed.title or Path(name).stem)[:256],  # no title in the text: the file's name, flagged doubtful
        issuer=(parsed.issuer or "")[:128],
        doc_number=parsed.doc_number or "",
        issued_on=issued,
        division=division,
        source_text=text,
        file_name=Path(name).name[:256],
        title_doubtful=parsed.title_doubtful,
        title_hint=(parsed.title_hint or "")[:256],
    )
    found = lineage.match(
        parsed.title, parsed.doc_number, parsed.issuer, [(t.number, t.text) for t in parsed.tasks], division.pk
    )
    lineage.attach(plan, found)
    plan.save()
    city = division.city() or division
    units = {}
    for u in Unit.objects.filter(division_id__in=city.descendant_ids()):
        units.setdefault(u.name, u)
    by_number: dict[str, Task] = {}
    # Each task is written once, whole (its units as written and its due date with it): a save after the create
    # showed in the task's history as a change the uploader made (walkthrough finding).
    years = _due_years(plan.title, [g.year for g in parsed.targets], issued)
    for order, t in enumerate(parsed.tasks):
        # "以下均需…落实,不再列出" binds the task it stands in and those after it, not the ones before it.
        implicit = [r for r in parsed.implicit_units if r.span is None or r.span[0] < t.span[1]]
        by_role = (
            (TaskAssignment.Role.LEAD, t.lead),
            (TaskAssignment.Role.COOPERATING, t.cooperating),
            (TaskAssignment.Role.IMPLICIT, implicit),
        )
        deadline = (t.deadline or "")[:64]
        task = Task.objects.create(
            plan=plan,
            number=t.number[:32],
            heading=t.heading[:256],
            text=t.text,
            deadline=deadline,
            due_date=_due(deadline, *years),
            recurrence=(t.recurrence or "")[:64],
            order=order,
            span_start=t.span[0],
            span_end=t.span[1],
            units_written=sorted([str(role), ref.raw[:128]] for role, refs in by_role for ref in refs),
        )
        by_number[t.number] = task
        seen: set = set()
        for role, refs in by_role:
            for ref in refs:
                # A collective the registry defines binds each of its members, the text as written kept.
                targets = [units.get(m) for m in ref.members] if ref.members else []
                if not any(targets):
                    targets = [units.get(ref.name) if ref.name else None]
                for unit in targets:
                    if ref.members and unit is None:
                        continue
                    # One row per unit and role (a collective and a name of its own can both name a unit: "各县(区)
                    # 政府、钒钛高新区管委会" where the registry counts the zone among the county-level governments).
                    # An unresolved name is kept as written, once.
                    key = (unit.pk, role) if unit else (None, role, ref.raw)
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
            baseline_value=g.baseline_value,
            scope=(g.scope or "")[:64],
            aspirational=g.aspirational,
            text=g.text,
            span_start=g.span[0],
            span_end=g.span[1],
        )
    # The apps above (targets: link to the indicator catalogue) act inside this import's transaction.
    plan_imported.send(sender=Plan, plan=plan)
    return plan


def _due_years(title: str, target_years: list[int | None], issued: date | None) -> tuple[int | None, int | None]:
    """The year a plan ends (its title's, else its targets' usual year) and the year a deadline without one falls in."""
    from qingshan.planreader.dates import plan_end_year

    end_year = plan_end_year(title, target_years)
    return end_year, end_year or (issued.year if issued else None)


def _due(deadline: str, end_year: int | None, default_year: int | None) -> date | None:
    """A task's due date: its deadline as written dated (``planreader.dates``), else the plan's end."""
    from qingshan.planreader.dates import due_date

    return due_date(deadline, default_year) or (date(end_year, 12, 31) if end_year else None)


def confirm_plan(plan: Plan, actor: Actor = ADMINISTRATOR, publish: bool = False) -> Plan:
    """A confirmed plan becomes the official ledger; the version in force of its lineage is superseded
    (``ledger.workflow.PLAN_FLOW``). Reporting (调度) starts once it commits (``dispatch`` subscribes)."""
    from .workflow import PLAN_FLOW

    return transition(PLAN_FLOW, plan, "confirm", actor, context={"publish": publish})


def ledger_columns(with_plan: bool = False) -> list[str]:
    """The 台账's customary columns, in the reader's language."""
    cols = [_("No."), _("Task number"), _("Task content"), _("Lead unit"), _("Cooperating unit"), _("Completion deadline"),
            _("Target values")]  # fmt: skip
    if with_plan:
        cols.insert(1, _("Plan"))
    return [str(c) for c in cols]


def goal_text(g: PlanTarget) -> str:
    """A target as a reader says it: 空气质量优良天数比例 ≥ 97%(2024年) — comparators in words, not ">=" or "eliminate"."""
    if g.comparator == PlanTarget.Comparator.ELIMINATE:
        return f"{_('eliminate')} {g.label}"
    value = "" if g.value is None else f"{g.value:g}"
    if g.value_max is not None:
        value += f"—{g.value_max:g}"
    text = f"{g.label} {g.get_comparator_display()} {value}{g.unit}"
    return text + (_("(%(year)s)") % {"year": g.year} if g.year else "")


def _unit_names(t: Task, roles) -> str:
    names = [a.unit.name if a.unit else f"{a.raw_name}({_('to check')})" for a in t.assignments.all() if a.role in roles]
    return "、".join(dict.fromkeys(names))  # each unit once, in the order written


def ledger_rows(tasks, with_plan: bool = False) -> list[list[str]]:
    rows = []
    for i, t in enumerate(tasks, start=1):
        lead = _unit_names(t, (TaskAssignment.Role.LEAD,))
        leads = set(lead.split("、"))
        coop = "、".join(
            n for n in _unit_names(t, (TaskAssignment.Role.COOPERATING, TaskAssignment.Role.IMPLICIT)).split("、")
            if n and n not in leads
        )
        goals = ";".join(goal_text(g) for g in t.targets.all())
        content = f"{t.heading}:{t.text}" if t.heading and not t.text.startswith(t.heading) else t.text
        row = [str(i), t.number, content, lead, coop, t.deadline, goals]
        if with_plan:
            row.insert(1, t.plan.display_title)
        rows.append(row)
    return rows


def ledger_xlsx(tasks, title: str) -> bytes:
    """The city ledger across plans (全市台账): the 台账 columns with the plan's title."""
    from openpyxl import Workbook

    wb = Workbook()
    cols = ledger_columns(with_plan=True)
    ws = xlsx.new_sheet(wb, str(title), list(zip(cols, [6, 30, 14, 70, 28, 36, 16, 40], strict=True)), first=True)
    for row in ledger_rows(tasks, with_plan=True):
        xlsx.append(ws, row)
    xlsx.wrap(ws)
    return xlsx.to_bytes(wb)


def export_xlsx(plan: Plan, tasks, targets=None) -> bytes:
    """The 台账 in its customary layout (序号, 任务内容, 牵头单位, 配合单位, 完成时限, 目标值), openpyxl; ``tasks`` and
    ``targets`` (default: all the plan's) are what the reader may see."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    cols = ledger_columns()
    wb = Workbook()
    ws = wb.active
    ws.title = str(_("Task ledger"))
    xlsx.append(ws, [f"{plan.display_title} {_('Task ledger')}"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(cols))
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    xlsx.append(ws, [f"{plan.issuer} {plan.doc_number} {plan.issued_on or ''}".strip()])
    xlsx.append(ws, cols)
    for cell in ws[3]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D7EEDF")
    for row in ledger_rows(tasks):
        xlsx.append(ws, row)
    widths = [6, 14, 80, 30, 40, 16, 40]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    for row in ws.iter_rows(min_row=4):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A4"
    tg = xlsx.new_sheet(wb, str(_("Targets")), [
        (_("No."), 6), (_("indicator"), 28), (_("comparator"), 8), (_("value"), 10), (_("upper value"), 10),
        (_("unit as written"), 8), (_("target year"), 8), (_("baseline year"), 8),
        (_("baseline value (as stated)"), 10), (_("scope"), 14),
        (_("aspirational (力争)"), 8), (_("Task number"), 12), (_("text"), 60)])  # fmt: skip
    targets = plan.targets.all() if targets is None else targets
    for i, g in enumerate(targets.select_related("task").order_by("span_start", "pk"), start=1):
        xlsx.append(tg, [
            i, g.indicator, g.get_comparator_display(), g.value, g.value_max, g.unit, g.year, g.baseline_year,
            g.baseline_value, g.scope, _("yes") if g.aspirational else "", g.task.number if g.task else "", g.text])  # fmt: skip
    return xlsx.to_bytes(wb)


def _units_json(task: Task, role: str) -> list[dict]:
    return [
        {"raw": a.raw_name, "name": a.unit.name if a.unit else None}
        for a in task.assignments.all()
        if a.role == role
    ]


def plan_json(plan: Plan, tasks, targets=None) -> dict:
    targets = plan.targets.all() if targets is None else targets
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
                "baseline_value": g.baseline_value,
                "scope": g.scope or None,
                "aspirational": g.aspirational,
                "task": g.task.number if g.task else None,
                "text": g.text,
            }
            for g in targets.select_related("task").order_by("span_start", "pk")
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
