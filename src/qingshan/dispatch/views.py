"""Pages of the dispatch app: views parse input, call a selector or a service, render."""

from __future__ import annotations

from datetime import date

from django.contrib import messages
from django.http import FileResponse, Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from qingshan.core.access import actor_for
from qingshan.core.downloads import XLSX, download
from qingshan.core.errors import DomainError, Forbidden, add_to_form
from qingshan.core.roles import Role
from qingshan.ledger import scope as ledger_scope

from . import scope, selectors, services
from .errors import DispatchError
from .exports import reports_xlsx
from .forms import ReportForm, ReviewForm
from .models import ProgressReport, ReportAttachment


def report_list(request):
    """A unit: its tasks with the period due and its reports. The office: the reports waiting for review and all
    reports of its area."""
    actor = actor_for(request.user)
    reports = scope.reports_visible(actor).prefetch_related("figures__target", "attachments")
    status = request.GET.get("status", "")
    if status in ProgressReport.Status.values:
        reports = reports.filter(status=status)
    rows = selectors.unit_task_rows(actor, timezone.localdate()) if actor.role == Role.UNIT else []
    return render(
        request,
        "dispatch/report_list.html",
        {
            "rows": rows,
            "reports": reports[:200],
            "waiting": selectors.reports_awaiting_review(actor).count(),
            "status": status,
            "statuses": ProgressReport.Status.choices,
        },
    )


def file_report(request, task_pk: int):
    actor = actor_for(request.user)
    if actor.role != Role.UNIT or not actor.unit_id:
        raise Forbidden(DispatchError.UNIT_ONLY)
    task = get_object_or_404(ledger_scope.tasks_visible(actor).select_related("plan"), pk=task_pk)
    today = timezone.localdate()
    sch = selectors.schedule_of(task.plan)
    periods = selectors.periods(sch, today) or [selectors.period_for(sch, today)]
    # Filing again after a return (or correcting a report awaiting review): the form starts from that report.
    previous = selectors.report_to_refile(actor, task)
    form = ReportForm(
        request.POST or None,
        request.FILES or None,
        periods=periods,
        targets=task.targets.all(),
        year=today.year,
        initial=selectors.refile_initial(previous) if previous else None,
    )
    if request.method == "POST" and form.is_valid():
        try:
            report = services.file_report(
                actor,
                task=task,
                period_start=date.fromisoformat(form.cleaned_data["period"]),
                text=form.cleaned_data["text"],
                marks_complete=form.cleaned_data["marks_complete"],
                figures=form.figures(),
                files=form.cleaned_data["files"],
            )
        except DomainError as exc:
            add_to_form(form, exc)
        else:
            messages.success(request, _("Report filed; the coordinating office will review it."))
            return redirect("dispatch:detail", pk=report.pk)
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "dispatch/report_form.html",
        {"task": task, "form": form, "schedule": sch, "previous": previous},
        status=status,
    )


def _detail_context(actor, report: ProgressReport, review_form=None) -> dict:
    can_review = (
        scope.reports_reviewable(actor).filter(pk=report.pk, status=ProgressReport.Status.SUBMITTED).exists()
    )
    return {
        "r": report,
        "period": selectors.period_for(selectors.schedule_of(report.task.plan), report.period_start),
        "review_form": review_form or (ReviewForm() if can_review else None),
        "can_refile": scope.reports_editable(actor).filter(pk=report.pk).exists(),
        "events": report.events.select_related("actor"),
    }


def report_detail(request, pk: int):
    actor = actor_for(request.user)
    report = get_object_or_404(
        scope.reports_visible(actor).prefetch_related("figures__target", "attachments"), pk=pk
    )
    return render(request, "dispatch/report_detail.html", _detail_context(actor, report))


def report_review(request, pk: int):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    actor = actor_for(request.user)
    report = get_object_or_404(scope.reports_reviewable(actor), pk=pk)
    form = ReviewForm(request.POST)
    if form.is_valid():
        try:
            services.review_report(
                report, actor, form.cleaned_data["decision"] == "accept", form.cleaned_data["comment"]
            )
        except DomainError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, _("Review saved."))
        return redirect("dispatch:detail", pk=report.pk)
    return render(request, "dispatch/report_detail.html", _detail_context(actor, report, form), status=400)


def overdue(request):
    """Every report owed and not filed (or returned and not filed again) in the viewer's scope, as of today."""
    actor = actor_for(request.user)
    today = timezone.localdate()
    owed = selectors.overdue_reports(selectors.tasks_in_force(actor), today)
    if actor.role == Role.UNIT:
        owed = [o for o in owed if o.unit.pk == actor.unit_id]
    return render(request, "dispatch/overdue.html", {"owed": owed, "today": today})


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
    return download(reports_xlsx(reports), XLSX, f"{_('Progress reports')}-{timezone.localdate()}.xlsx")
