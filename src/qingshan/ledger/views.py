from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from qingshan.core.access import actor_for
from qingshan.core.history import changes_of

from . import scope
from .forms import TaskOfficeForm, TaskProgressForm


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
        return HttpResponseForbidden(_("You may not change this task."))
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
