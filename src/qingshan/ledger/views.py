from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from qingshan.core.access import actor_for
from qingshan.core.downloads import XLSX, as_attachment, download
from qingshan.core.errors import CoreError, DomainError, Forbidden, add_to_form
from qingshan.core.history import changes_of
from qingshan.core.workflow_views import take_action
from qingshan.orgs.models import Division
from qingshan.planreader import PlanReadError

from . import scope, services
from .errors import read_error
from .forms import PlanUploadForm, TaskOfficeForm, TaskProgressForm
from .highlight import highlight
from .models import TaskAssignment
from .workflow import PLAN_FLOW, TASK_FLOW


def plan_list(request):
    plans = scope.plans_visible(actor_for(request.user)).select_related("division")
    return render(request, "ledger/plan_list.html", {"plans": plans})


def plan_detail(request, pk: int):
    actor = actor_for(request.user)
    plan = get_object_or_404(scope.plans_visible(actor), pk=pk)
    tasks = scope.tasks_visible(actor).filter(plan=plan).prefetch_related("assignments__unit")
    page = Paginator(tasks, 100).get_page(request.GET.get("page"))
    return render(
        request, "ledger/plan_detail.html", {"plan": plan, "page": page, "history": changes_of(plan)}
    )


def task_detail(request, pk: int):
    actor = actor_for(request.user)
    task = get_object_or_404(scope.tasks_visible(actor).prefetch_related("assignments__unit"), pk=pk)
    can_edit = scope.tasks_editable(actor).filter(pk=pk).exists()
    return render(
        request, "ledger/task_detail.html", {"task": task, "can_edit": can_edit, "history": changes_of(task)}
    )


def task_edit(request, pk: int):
    actor = actor_for(request.user)
    task = get_object_or_404(scope.tasks_visible(actor), pk=pk)
    if not scope.tasks_editable(actor).filter(pk=pk).exists():
        raise Forbidden(CoreError.FORBIDDEN)
    form_class = TaskOfficeForm if actor.is_office else TaskProgressForm
    form = form_class(request.POST or None, instance=task)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Task saved."))
        return redirect("ledger:task-detail", pk=task.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "ledger/task_form.html", {"task": task, "form": form}, status=status)


def my_tasks(request):
    actor = actor_for(request.user)
    tasks = scope.tasks_visible(actor).prefetch_related("assignments__unit")
    if actor.unit_id:
        tasks = tasks.filter(assignments__unit_id=actor.unit_id).distinct()
    page = Paginator(tasks, 100).get_page(request.GET.get("page"))
    return render(request, "ledger/my_tasks.html", {"page": page})


def plan_review(request, pk: int):
    """The document with every extracted item highlighted beside the ledger; the office corrects and confirms."""
    actor = actor_for(request.user)
    plan = get_object_or_404(scope.plans_editable(actor), pk=pk)
    tasks = plan.tasks.prefetch_related("assignments__unit", "targets")
    assignments = TaskAssignment.objects.filter(task__plan=plan)
    targets = plan.targets.select_related("task")
    diff = services.diff_plans(plan.revision_of, plan) if plan.revision_of_id else None
    return render(
        request,
        "ledger/plan_review.html",
        {
            "plan": plan,
            "tasks": tasks,
            "targets": targets,
            "diff": diff,
            "document": highlight(plan.source_text, tasks, assignments, targets),
            "flagged": assignments.filter(unit__isnull=True).count(),
        },
    )


def plan_action(request, pk: int):
    """A workflow action on a plan (confirm, withdraw, archive): ``ledger.workflow.PLAN_FLOW`` decides."""
    plan = get_object_or_404(scope.plans_editable(actor_for(request.user)), pk=pk)
    return take_action(request, PLAN_FLOW, plan, reverse("ledger:plan-detail", args=[plan.pk]))


def task_action(request, pk: int):
    """A workflow action on a task (start, complete, reopen): ``ledger.workflow.TASK_FLOW`` decides."""
    task = get_object_or_404(scope.tasks_visible(actor_for(request.user)), pk=pk)
    return take_action(request, TASK_FLOW, task, reverse("ledger:task-detail", args=[task.pk]))


def plan_upload(request):
    actor = actor_for(request.user)
    divisions = Division.objects.filter(level__in=[Division.Level.CITY, Division.Level.COUNTY])
    if actor.area_ids is not None:
        divisions = divisions.filter(pk__in=actor.area_ids)
    form = PlanUploadForm(request.POST or None, request.FILES or None, divisions=divisions)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        division = form.cleaned_data["division"]
        try:
            # The area is checked before anything is written (ledger.out_of_area).
            plan = services.import_plan(upload.name, division, data=upload.read(), actor=actor)
        except PlanReadError as exc:
            add_to_form(form, read_error(exc))  # translated, naming the file
        except DomainError as exc:
            add_to_form(form, exc)
        else:
            return redirect("ledger:plan-review", pk=plan.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "ledger/plan_upload.html", {"form": form}, status=status)


def plan_export(request, pk: int, fmt: str):
    actor = actor_for(request.user)
    plan = get_object_or_404(scope.plans_visible(actor), pk=pk)
    tasks = scope.tasks_visible(actor).filter(plan=plan).prefetch_related("assignments__unit", "targets")
    stem = f"台账-{plan.pk}"
    if fmt == "xlsx":
        return download(services.export_xlsx(plan, tasks), XLSX, f"{stem}.xlsx")
    resp = JsonResponse(
        services.plan_json(plan, tasks), json_dumps_params={"ensure_ascii": False, "indent": 1}
    )
    return as_attachment(resp, f"{stem}.json")
