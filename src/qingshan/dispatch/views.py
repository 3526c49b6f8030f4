from __future__ import annotations

from datetime import date

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpResponseForbidden, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from qingshan.core.access import actor_for
from qingshan.core.downloads import XLSX, download
from qingshan.core.roles import Role
from qingshan.ledger import scope as ledger_scope
from qingshan.orgs.models import Unit
from qingshan.targets.exports import reports_xlsx

from . import scope, services
from .forms import ReportForm, ReviewForm
from .models import ProgressReport, ReportAttachment


def report_list(request):
    """A unit: its tasks with the period due and its reports. The office: the reports waiting for review and all
    reports of its area."""
    actor = actor_for(request.user)
    today = timezone.localdate()
    reports = scope.reports_visible(actor).prefetch_related("figures__target", "attachments")
    status = request.GET.get("status", "")
    if status in ProgressReport.Status.values:
        reports = reports.filter(status=status)
    rows = []
    if actor.role == Role.UNIT and actor.unit_id:
        tasks = (
            ledger_scope.tasks_visible(actor)
            .filter(
                plan__status="confirmed",
                assignments__unit_id=actor.unit_id,
                assignments__role__in=["lead", "cooperating"],
            )
            .distinct()
            .select_related("plan__schedule")
        )
        mine = {(r.task_id, r.period_start): r for r in scope.reports_visible(actor)}
        overdue = {(o.task.pk, o.period.start) for o in services.overdue_reports(tasks, today)}
        for t in tasks:
            sch = services.schedule_for(t.plan)
            current = services.period_for(sch, today)
            ps = services.periods(sch, today)
            last_due = next((p for p in reversed(ps) if p.due < today), None)
            rows.append(
                {
                    "task": t,
                    "current": current,
                    "current_report": mine.get((t.pk, current.start)),
                    "last_due": last_due,
                    "last_report": mine.get((t.pk, last_due.start)) if last_due else None,
                    "overdue": sum(1 for k in overdue if k[0] == t.pk),
                }
            )
    return render(
        request,
        "dispatch/report_list.html",
        {
            "rows": rows,
            "reports": reports[:200],
            "waiting": scope.reports_reviewable(actor).filter(status=ProgressReport.Status.SUBMITTED).count(),
            "status": status,
            "statuses": ProgressReport.Status.choices,
        },
    )


def file_report(request, task_pk: int):
    actor = actor_for(request.user)
    if actor.role != Role.UNIT or not actor.unit_id:
        return HttpResponseForbidden(_("Only a responsible unit files progress reports."))
    task = get_object_or_404(ledger_scope.tasks_visible(actor).select_related("plan"), pk=task_pk)
    unit = get_object_or_404(Unit, pk=actor.unit_id)
    today = timezone.localdate()
    sch = services.schedule_for(task.plan)
    periods = services.periods(sch, today) or [services.period_for(sch, today)]
    form = ReportForm(
        request.POST or None,
        request.FILES or None,
        periods=periods,
        targets=task.targets.all(),
        year=today.year,
    )
    if request.method == "POST" and form.is_valid():
        try:
            report = services.file_report(
                task=task,
                unit=unit,
                user=request.user,
                period_start=date.fromisoformat(form.cleaned_data["period"]),
                text=form.cleaned_data["text"],
                marks_complete=form.cleaned_data["marks_complete"],
                figures=form.figures(),
                files=form.cleaned_data["files"],
            )
        except ValidationError as exc:
            for field, errs in exc.message_dict.items():
                form.add_error(field if field in form.fields else None, errs)
        else:
            messages.success(request, _("Report filed; the coordinating office will review it."))
            return redirect("dispatch:detail", pk=report.pk)
    status = 400 if request.method == "POST" else 200
    return render(
        request, "dispatch/report_form.html", {"task": task, "form": form, "schedule": sch}, status=status
    )


def report_detail(request, pk: int):
    actor = actor_for(request.user)
    report = get_object_or_404(
        scope.reports_visible(actor).prefetch_related("figures__target", "attachments"), pk=pk
    )
    can_review = (
        scope.reports_reviewable(actor).filter(pk=pk, status=ProgressReport.Status.SUBMITTED).exists()
    )
    sch = services.schedule_for(report.task.plan)
    return render(
        request,
        "dispatch/report_detail.html",
        {
            "r": report,
            "period": services.period_for(sch, report.period_start),
            "review_form": ReviewForm() if can_review else None,
            "can_refile": scope.reports_editable(actor).filter(pk=pk).exists(),
        },
    )


def report_review(request, pk: int):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    actor = actor_for(request.user)
    report = get_object_or_404(scope.reports_reviewable(actor), pk=pk)
    form = ReviewForm(request.POST)
    if form.is_valid():
        try:
            services.review_report(
                report, request.user, form.cleaned_data["decision"] == "accept", form.cleaned_data["comment"]
            )
        except ValidationError as exc:
            messages.error(request, "; ".join(exc.messages))
        else:
            messages.success(request, _("Review saved."))
        return redirect("dispatch:detail", pk=report.pk)
    sch = services.schedule_for(report.task.plan)
    return render(
        request,
        "dispatch/report_detail.html",
        {"r": report, "period": services.period_for(sch, report.period_start), "review_form": form},
        status=400,
    )


def attachment(request, pk: int):
    actor = actor_for(request.user)
    att = get_object_or_404(ReportAttachment.objects.filter(report__in=scope.reports_visible(actor)), pk=pk)
    try:
        return FileResponse(att.file.open("rb"), as_attachment=True, filename=att.name)
    except FileNotFoundError:
        raise Http404(_("The file is missing from storage.")) from None


def reports_export(request):
    actor = actor_for(request.user)
    reports = scope.reports_visible(actor).prefetch_related("figures__target", "attachments")
    return download(reports_xlsx(reports), XLSX, f"调度报告-{timezone.localdate()}.xlsx")
