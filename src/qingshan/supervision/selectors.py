"""Reads of the supervision app (no writes): the city's settings, the ledger with its filters, overdue items,
what a unit has open and what an office has to review — the small selectors other screens (the workbench, the
dashboard, the assessment) call."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from qingshan.core.access import Actor

from . import policy as P
from .models import CityPolicy, Notice, NoticeEvent, PublicObjection, Rectification, RectificationEvent


def policy_for(division_id: int | None) -> P.Policy:
    """The city's settings (``CityPolicy``), or the documented defaults when the city has set none."""
    if division_id is None:
        return P.DEFAULT
    row = CityPolicy.objects.filter(division_id=division_id).first()
    return row.as_policy() if row else P.DEFAULT


# --- rectification items -----------------------------------------------------------------------------------

S = Rectification.Status


def overdue_q(today: date) -> Q:
    """Items past their due date and not yet rectified (still 待整改 or 整改中); long-term items never are."""
    return (
        Q(due_date__lt=today, status__in=[S.PENDING, S.IN_PROGRESS])
        & ~Q(deadline_kind=Rectification.DeadlineKind.LONG_TERM)
    )


@dataclass
class LedgerFilter:
    source: str = ""
    round: str = ""
    unit: int | None = None
    status: str = ""
    overdue: bool = False
    q: str = ""


def ledger(qs: QuerySet[Rectification], f: LedgerFilter, today: date) -> QuerySet[Rectification]:
    """The ledger filtered by source, round, unit (any role), status, overdue and words of the problem."""
    if f.source:
        qs = qs.filter(source=f.source)
    if f.round:
        qs = qs.filter(round=f.round)
    if f.unit:
        qs = qs.filter(Q(units__unit_id=f.unit) | Q(accepting_unit_id=f.unit)).distinct()
    if f.status:
        qs = qs.filter(status=f.status)
    if f.overdue:
        qs = qs.filter(overdue_q(today))
    if f.q:
        qs = qs.filter(Q(problem__icontains=f.q) | Q(number=f.q) | Q(measures__icontains=f.q))
    return qs.prefetch_related("units__unit").order_by("division", "order", "pk")


def status_counts(qs: QuerySet[Rectification], today: date) -> dict[str, int]:
    counts = Counter(qs.values_list("status", flat=True))
    out = {s.value: counts.get(s.value, 0) for s in S}
    out["overdue"] = qs.filter(overdue_q(today)).count()
    out["long_term"] = qs.filter(deadline_kind=Rectification.DeadlineKind.LONG_TERM).count()
    out["total"] = sum(counts.values())
    return out


def rounds_of(qs: QuerySet[Rectification]) -> list[str]:
    return sorted({r for r in qs.values_list("round", flat=True) if r})


def long_term_report_due(item: Rectification, today: date) -> bool:
    """A long-term item whose last periodic report is older than the city's reporting interval."""
    if item.deadline_kind != Rectification.DeadlineKind.LONG_TERM or item.status == S.CLOSED:
        return False
    months = policy_for(item.division_id).long_term_report_months
    last = timezone.localdate(item.last_report_at or item.created_at)
    return (today.year - last.year) * 12 + today.month - last.month >= months


def states_as_of(items, when: date) -> dict[int, str]:
    """Each item's state at the end of ``when``, read from its events; an item without events (entered by hand)
    has its present state from the day it was created; an item created later is left out."""
    out: dict[int, str] = {}
    for rid, to_state in (
        RectificationEvent.objects.filter(rectification__in=items, at__date__lte=when)
        .order_by("at", "pk")
        .values_list("rectification_id", "to_state")
    ):
        out[rid] = to_state
    silent = items.filter(created_at__date__lte=when).exclude(events__isnull=False)
    for rid, status in silent.values_list("pk", "status"):
        out.setdefault(rid, status)
    return out


def publicity_items(qs: QuerySet[Rectification]) -> QuerySet[Rectification]:
    return qs.filter(status=S.PUBLICITY).prefetch_related("units__unit").order_by("publicity_end", "pk")


# --- for other screens (workbench, dashboard): small, scoped by the caller ----------------------------------


def open_items_of_unit(unit_id: int) -> QuerySet[Rectification]:
    """Items a unit leads or is responsible for that are not closed."""
    return (
        Rectification.objects.filter(units__unit_id=unit_id, units__role__in=["lead", "responsible"])
        .exclude(status=S.CLOSED)
        .distinct()
        .order_by("due_date", "pk")
    )


def open_notices_of_unit(unit_id: int) -> QuerySet[Notice]:
    """Notices addressed to a unit that wait for its reply."""
    return Notice.objects.filter(unit_id=unit_id, status=Notice.Status.ISSUED).order_by("reply_due", "pk")


def pending_reviews(actor: Actor, scoped: QuerySet[Rectification]) -> QuerySet[Rectification]:
    """Applications for closure the actor may accept or return (its unit accepts them, or it is the office)."""
    from .workflow import RECTIFICATION_FLOW

    waiting = scoped.filter(status=S.APPLIED)
    return waiting.filter(pk__in=[i.pk for i in waiting if RECTIFICATION_FLOW.can(i, actor, "accept")])


def objections_open(qs: QuerySet[Rectification]) -> QuerySet[PublicObjection]:
    return PublicObjection.objects.filter(rectification__in=qs, answered_at__isnull=True).select_related(
        "rectification"
    )


def replies_waiting(notices: QuerySet[Notice]) -> QuerySet[Notice]:
    """Replies the office has to read (settle, return or escalate)."""
    return notices.filter(status=Notice.Status.REPLIED)


# --- notices -----------------------------------------------------------------------------------------------


def notices_in(qs: QuerySet[Notice], start: date, end: date) -> QuerySet[Notice]:
    """Notices issued, or escalated, between ``start`` and ``end`` (inclusive)."""
    moved = NoticeEvent.objects.filter(
        notice=OuterRef("pk"), action__in=["issue", "escalate"], at__date__gte=start, at__date__lte=end
    )
    return qs.filter(Exists(moved))


def rung_events(qs: QuerySet[Notice], start: date, end: date) -> QuerySet[NoticeEvent]:
    """Every issue and escalation in the period, each at the rung it reached (what the assessment counts)."""
    return (
        NoticeEvent.objects.filter(
            notice__in=qs, action__in=["issue", "escalate"], at__date__gte=start, at__date__lte=end
        )
        .exclude(notice__status=Notice.Status.WITHDRAWN)
        .select_related("notice__unit")
    )


# --- what lags (candidates for a notice) -------------------------------------------------------------------


@dataclass
class Lagging:
    subject: str  # Notice.Subject
    unit_id: int
    unit_name: str
    label: str
    due: date | None
    days: int
    task_id: int | None = None
    period_start: date | None = None
    rectification_id: int | None = None
    open_notice: Notice | None = None


def lagging(actor: Actor, city, today: date, limit: int = 60) -> list[Lagging]:
    """Overdue tasks, overdue progress reports and overdue rectification items of the city the actor sees, one row
    per responsible unit, with the notice already open on it (if any) — what the office may issue a notice on.

    Kept per person, city, day and language until a record behind it changes (the data stamp and the latest
    workflow event, as ``core.notices.cached_notices``), two minutes at most: the report periods of every task
    are the notices page's main cost."""
    from django.core.cache import cache
    from django.utils.translation import get_language

    from qingshan.core.stamps import change_stamp

    key = (f"supervision.lagging:{actor.user_id}:{city.pk}:{today}:{limit}:{get_language()}:"
           f"{change_stamp()}")  # fmt: skip
    rows = cache.get(key)
    if rows is None:
        rows = _lagging(actor, city, today, limit)
        cache.set(key, rows, 120)
    return rows


def _lagging(actor: Actor, city, today: date, limit: int) -> list[Lagging]:
    from qingshan.dispatch import selectors as dispatch
    from qingshan.ledger import scope as ledger_scope
    from qingshan.ledger.models import TaskAssignment

    from . import scope

    area = city.descendant_ids()
    tasks = ledger_scope.tasks_visible(actor).filter(plan__division_id__in=area, plan__status="confirmed")
    out: list[Lagging] = []
    overdue_tasks = list(dispatch.overdue_tasks(tasks, today)[:limit])
    leads = TaskAssignment.objects.filter(task__in=overdue_tasks, role="lead", unit__isnull=False).select_related(
        "unit", "task"
    )
    for a in leads:
        t = a.task
        out.append(
            Lagging(
                Notice.Subject.TASK, a.unit_id, a.unit.name, f"{t.number} {(t.heading or t.text)[:40]}",
                t.due_date, (today - t.due_date).days, task_id=t.pk,
            )
        )  # fmt: skip
    for o in dispatch.overdue_reports(tasks, today)[:limit]:
        out.append(
            Lagging(
                Notice.Subject.REPORT, o.unit.pk, o.unit.name, f"{o.task.number} · {o.period.label}",
                o.period.due, (today - o.period.due).days, task_id=o.task.pk, period_start=o.period.start,
            )
        )  # fmt: skip
    items = scope.rectifications_visible(actor).filter(overdue_q(today), division_id__in=area)[:limit]
    for item in items.prefetch_related("units__unit"):
        for u in item.units_in("lead"):
            if u.unit_id:
                out.append(
                    Lagging(
                        Notice.Subject.RECTIFICATION, u.unit_id, u.unit.name,
                        f"{item.number} {item.problem[:40]}", item.due_date, (today - item.due_date).days,
                        rectification_id=item.pk,
                    )
                )  # fmt: skip
    open_notices = Notice.objects.filter(
        division=city, status__in=[Notice.Status.ISSUED, Notice.Status.REPLIED]
    ).order_by("issued_at")
    by_key = {(n.unit_id, n.subject, n.task_id, n.period_start, n.rectification_id): n for n in open_notices}
    for row in out:
        row.open_notice = by_key.get(
            (row.unit_id, row.subject, row.task_id, row.period_start, row.rectification_id)
        )
    out.sort(key=lambda r: -r.days)
    return out


def cities_for(actor: Actor):
    """The cities an actor works in (the office's own; every city for a superuser)."""
    from qingshan.orgs.models import Division

    qs = Division.objects.filter(level=Division.Level.CITY).order_by("code", "name")
    if actor.area_ids is None:
        return qs
    return qs.filter(pk__in=actor.area_ids)


def summary_for(actor: Actor, today: date) -> dict[str, int]:
    """What the workbench (or the dashboard) can show of supervision for an actor, scoped: a unit's open and
    overdue items and the notices awaiting its reply; the applications it may accept; for the office also the
    replies to read and the public objections to answer. A hook for the portal/workbench (``core`` does not import
    this app)."""
    from . import scope

    visible = scope.rectifications_visible(actor)
    out = {"applications_to_accept": pending_reviews(actor, visible).count()}
    if actor.unit_id:
        own = visible.filter(pk__in=open_items_of_unit(actor.unit_id).values("pk"))
        out.update(
            open_items=own.count(),
            overdue_items=own.filter(overdue_q(today)).count(),
            notices_to_reply=open_notices_of_unit(actor.unit_id).count(),
        )
    if actor.is_office and not actor.read_only:
        out.update(
            overdue_items=visible.filter(overdue_q(today)).count(),
            replies_to_read=replies_waiting(scope.notices_managed(actor)).count(),
            objections_to_answer=objections_open(scope.rectifications_managed(actor)).count(),
        )
    return out


# --- what awaits a person (core.notices providers) ----------------------------------------------------------


def reminders_for(actor: Actor, today: date) -> list:
    """Cheap (a query or two, for the header count too): a unit's supervision notices awaiting its reply (each,
    with its deadline); for the office, replies to read and public objections to answer. Registered with
    ``core.notices``."""
    from django.urls import reverse
    from django.utils.translation import gettext as _
    from django.utils.translation import ngettext

    from qingshan.core.notices import Notice as Reminder

    from . import scope

    if actor.read_only:
        return []
    out: list[Reminder] = []
    if actor.unit_id:
        for n in open_notices_of_unit(actor.unit_id)[:20]:
            late = n.reply_due is not None and n.reply_due < today
            text = (
                _("Supervision notice to answer: %(title)s — reply by %(due)s")
                % {"title": n.title, "due": f"{n.reply_due:%Y-%m-%d}"}
                if n.reply_due
                else _("Supervision notice to answer: %(title)s") % {"title": n.title}
            )
            out.append(Reminder("notice_to_reply", text, reverse("supervision:notice", args=[n.pk]),
                                "warning" if late else "action", n.reply_due))  # fmt: skip
    if actor.is_office:
        n = replies_waiting(scope.notices_managed(actor)).count()
        if n:
            out.append(Reminder("notice_replied", ngettext("%(n)s reply to a supervision notice awaits your reading.",
                                         "%(n)s replies to supervision notices await your reading.", n) % {"n": n},
                                reverse("supervision:notices") + "?status=replied", "action"))  # fmt: skip
        n = objections_open(scope.rectifications_managed(actor)).count()
        if n:
            out.append(Reminder("objection_open", ngettext("%(n)s public objection awaits your answer.", "%(n)s public objections await your answer.",
                                         n) % {"n": n},
                                reverse("supervision:publicity"), "action"))  # fmt: skip
    return out


def item_reminders(actor: Actor, today: date) -> list:
    """For the pages only (a few queries and a workflow check per waiting item): a unit's overdue rectification
    items and the applications for closure (销号) the actor may accept. Registered with ``core.notices``."""
    from django.urls import reverse
    from django.utils.translation import ngettext

    from qingshan.core.notices import Notice as Reminder

    from . import scope

    if actor.read_only:
        return []
    out: list[Reminder] = []
    visible = scope.rectifications_visible(actor)
    if actor.unit_id:
        own = visible.filter(pk__in=open_items_of_unit(actor.unit_id).values("pk"))
        late_items = own.filter(overdue_q(today)).count()
        if late_items:
            out.append(Reminder("rectification_overdue",
                                ngettext("%(n)s rectification item of your unit is past its deadline.",
                                         "%(n)s rectification items of your unit are past their deadline.",
                                         late_items) % {"n": late_items},
                                reverse("supervision:mine"), "warning"))  # fmt: skip
    n = pending_reviews(actor, visible).count()
    if n:
        out.append(Reminder("rectification_review",
                            ngettext("%(n)s application for closure (销号) awaits your acceptance.",
                                     "%(n)s applications for closure (销号) await your acceptance.", n) % {"n": n},
                            reverse("supervision:ledger") + "?status=applied", "action"))  # fmt: skip
    return out
