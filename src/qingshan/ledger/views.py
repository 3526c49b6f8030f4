from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import HttpResponseNotAllowed, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from qingshan.core.access import actor_for
from qingshan.core.downloads import XLSX, as_attachment, download
from qingshan.core.errors import CoreError, DomainError, Forbidden, add_to_form
from qingshan.core.history import changes_of
from qingshan.core.panels import panels_for
from qingshan.core.workflow_views import take_action
from qingshan.orgs.models import Division
from qingshan.planreader import PlanReadError

from . import editing, lineage, scope, selectors, services
from .errors import LedgerError, read_error
from .forms import (
    LineageForm,
    MergeForm,
    PlanDetailsForm,
    PlanUploadForm,
    SplitForm,
    TargetForm,
    TaskOfficeForm,
    TaskProgressForm,
    UnitQuickForm,
)
from .highlight import highlight
from .models import Plan, PlanTarget, Task, TaskAssignment
from .workflow import PLAN_FLOW, TASK_FLOW


def plan_list(request):
    # the versions of one plan together, the newest first (they share their title and date)
    plans = scope.plans_visible(actor_for(request.user)).select_related("division").order_by(
        "-issued_on", "title", "-version"
    )
    # ?status=draft|confirmed|…: the workbench's cards link here (an unknown status shows every plan, never an error)
    status = request.GET.get("status", "")
    status_label = Plan.Status(status).label if status in Plan.Status.values else ""
    if status_label:
        plans = plans.filter(status=status)
    return render(request, "ledger/plan_list.html", {"plans": plans, "status_label": status_label})


def plan_detail(request, pk: int):
    actor = actor_for(request.user)
    plan = get_object_or_404(scope.plans_visible(actor), pk=pk)
    tasks = scope.tasks_visible(actor).filter(plan=plan).prefetch_related(_named_units())
    page = Paginator(tasks, 100).get_page(request.GET.get("page"))
    return render(
        request,
        "ledger/plan_detail.html",
        {
            "plan": plan,
            "page": page,
            "history": changes_of(plan),
            "targets": scope.targets_visible(actor).filter(plan=plan).select_related("task"),
            "editable": actor.is_office and plan.status in editing.EDITABLE,
            "in_force": plan.lineage.in_force if plan.lineage_id else None,
        },
    )


def task_detail(request, pk: int):
    actor = actor_for(request.user)
    task = get_object_or_404(scope.tasks_visible(actor).prefetch_related("assignments__unit"), pk=pk)
    can_edit = scope.tasks_editable(actor).filter(pk=pk).exists()
    return render(
        request,
        "ledger/task_detail.html",
        {"task": task, "can_edit": can_edit, "history": changes_of(task),
         "panels": panels_for("ledger.task", actor, task)},
    )  # fmt: skip


def _city_units(plan):
    from qingshan.orgs.models import Unit

    city = plan.division.city() or plan.division
    return Unit.objects.filter(division_id__in=city.descendant_ids()).prefetch_related("aliases").order_by(
        "division__code", "name"
    )


def _city_divisions(plan):
    city = plan.division.city() or plan.division
    return Division.objects.filter(pk__in=city.descendant_ids()).order_by("code", "name")


def task_edit(request, pk: int):
    """A lead unit edits its progress note; the office edits every field of the task and its units, and may add a
    unit to the registry on the way (``add_unit``)."""
    actor = actor_for(request.user)
    task = get_object_or_404(scope.tasks_visible(actor).select_related("plan__division"), pk=pk)
    if not scope.tasks_editable(actor).filter(pk=pk).exists():
        raise Forbidden(CoreError.FORBIDDEN)
    if not actor.is_office:
        form = TaskProgressForm(request.POST or None, instance=task)
        if request.method == "POST" and form.is_valid():
            form.save()
            messages.success(request, _("Task saved."))
            return redirect("ledger:task-detail", pk=task.pk)
        status = 400 if request.method == "POST" else 200
        return render(request, "ledger/task_form.html", {"task": task, "form": form}, status=status)
    return _office_task_form(request, actor, task.plan, task)


def task_add(request, pk: int):
    actor = actor_for(request.user)
    plan = get_object_or_404(scope.plans_editable(actor), pk=pk)
    return _office_task_form(request, actor, plan, None)


def _office_task_form(request, actor, plan, task):
    from qingshan.orgs.services import create_unit

    units = _city_units(plan)
    instance = task or Task(plan=plan)
    unit_form = UnitQuickForm(divisions=_city_divisions(plan), prefix="unit")
    if request.method == "POST" and "add_unit" in request.POST:
        # Adding a unit to the registry while editing: the task is not saved; its form comes back as filled in.
        unit_form = UnitQuickForm(request.POST, divisions=_city_divisions(plan), prefix="unit")
        if unit_form.is_valid():
            try:
                unit = create_unit(actor, unit_form.cleaned_data["name"], unit_form.cleaned_data["kind"],
                                   unit_form.cleaned_data["division"])  # fmt: skip
            except DomainError as exc:
                add_to_form(unit_form, exc)
            else:
                messages.success(request, _("Unit %(name)s added to the registry.") % {"name": unit.name})
                unit_form = UnitQuickForm(divisions=_city_divisions(plan), prefix="unit")
        filled = {k: request.POST.getlist(k) if k.endswith(("_units", "_unknown")) else request.POST.get(k)
                  for k in TaskOfficeForm.base_fields}  # fmt: skip
        form = TaskOfficeForm(initial=filled, instance=instance, units=_city_units(plan))
        status = 400 if unit_form.errors else 200
        return render(request, "ledger/task_office_form.html",
                      {"task": task, "plan": plan, "form": form, "unit_form": unit_form}, status=status)  # fmt: skip
    form = TaskOfficeForm(request.POST or None, instance=instance, units=units)
    if request.method == "POST" and form.is_valid():
        fields = {
            k: v for k, v in form.cleaned_data.items() if k not in ("lead_units", "cooperating_units", "drop_unknown")
        }
        drop = frozenset(int(pk) for pk in form.cleaned_data.get("drop_unknown") or ())
        try:
            if task is None:
                saved = editing.add_task(actor, plan, fields, list(form.cleaned_data["lead_units"]),
                                         list(form.cleaned_data["cooperating_units"]))  # fmt: skip
            else:
                saved = editing.save_task(
                    actor, task, fields, list(form.cleaned_data["lead_units"]),
                    list(form.cleaned_data["cooperating_units"]), due_changed_by_hand="due_date" in form.changed_data,
                    drop_unknown=drop,
                )  # fmt: skip
        except DomainError as exc:
            add_to_form(form, exc)
        else:
            messages.success(request, _("Task saved."))
            return redirect("ledger:task-detail", pk=saved.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "ledger/task_office_form.html",
                  {"task": task, "plan": plan, "form": form, "unit_form": unit_form}, status=status)  # fmt: skip


def _office_post(request, run, success, failure):
    """Run an editing service for a POST; a refusal is said on the page it came from."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        run()
    except DomainError as exc:
        messages.error(request, exc.message)
        return redirect(failure)
    return redirect(success)


def task_delete(request, pk: int):
    actor = actor_for(request.user)
    task = get_object_or_404(scope.tasks_editable(actor).filter(plan__in=scope.plans_editable(actor)), pk=pk)
    plan_url = reverse("ledger:plan-detail", args=[task.plan_id])
    messages_ok = _("Task %(number)s deleted.") % {"number": task.number}

    def run():
        editing.delete_task(actor, task)
        messages.success(request, messages_ok)

    return _office_post(request, run, plan_url, reverse("ledger:task-detail", args=[task.pk]))


def task_split(request, pk: int):
    actor = actor_for(request.user)
    task = get_object_or_404(scope.tasks_editable(actor).filter(plan__in=scope.plans_editable(actor)), pk=pk)
    form = SplitForm(request.POST or None, initial={"at": len(task.text) // 2})
    if request.method == "POST" and form.is_valid():
        try:
            new = editing.split_task(actor, task, form.cleaned_data["at"], form.cleaned_data["number"])
        except DomainError as exc:
            add_to_form(form, exc)
        else:
            messages.success(request, _("Task split: %(number)s added.") % {"number": new.number})
            return redirect("ledger:task-detail", pk=new.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "ledger/task_split.html", {"task": task, "form": form}, status=status)


def task_merge(request, pk: int):
    actor = actor_for(request.user)
    task = get_object_or_404(scope.tasks_editable(actor).filter(plan__in=scope.plans_editable(actor)), pk=pk)
    form = MergeForm(request.POST or None, task=task)
    if request.method == "POST" and form.is_valid():
        try:
            editing.merge_tasks(actor, task, form.cleaned_data["other"])
        except DomainError as exc:
            add_to_form(form, exc)
        else:
            messages.success(request, _("Tasks merged."))
            return redirect("ledger:task-detail", pk=task.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "ledger/task_merge.html", {"task": task, "form": form}, status=status)


def plan_edit(request, pk: int):
    actor = actor_for(request.user)
    plan = get_object_or_404(scope.plans_editable(actor), pk=pk)
    form = PlanDetailsForm(request.POST or None, instance=plan)
    if request.method == "POST" and form.is_valid():
        try:
            editing.save_plan_details(actor, plan, {f: form.cleaned_data[f] for f in form.changed_data})
        except DomainError as exc:
            add_to_form(form, exc)
        else:
            messages.success(request, _("Plan details saved."))
            return redirect("ledger:plan-detail", pk=plan.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "ledger/plan_edit.html", {"plan": plan, "form": form}, status=status)


def plan_lineage(request, pk: int):
    """The office says which plan this draft revises (or that it is a new plan)."""
    actor = actor_for(request.user)
    plan = get_object_or_404(scope.plans_editable(actor).filter(status=Plan.Status.DRAFT), pk=pk)
    form = LineageForm(request.POST or None, lineages=_other_lineages(plan))
    if request.method == "POST" and form.is_valid():
        lineage.reassign(plan, form.cleaned_data["lineage"])
        messages.success(request, _("Saved: this draft is version %(version)s.") % {"version": plan.version})
    return redirect("ledger:plan-review", pk=plan.pk)


def _other_lineages(plan):
    """The lineages a draft may revise: its city's that hold a confirmed version (or held one), its own included
    when it already revises it (a draft alone in its lineage is the "new plan" choice). Another draft's lineage is
    none: a draft revises what is or was in force."""
    from .models import PlanLineage

    stored = (Plan.Status.CONFIRMED, Plan.Status.SUPERSEDED, Plan.Status.ARCHIVED)
    qs = PlanLineage.objects.filter(division=plan.division, versions__status__in=stored).distinct()
    return qs if plan.revision_of_id else qs.exclude(pk=plan.lineage_id)


def target_form(request, pk: int | None = None, plan_pk: int | None = None):
    actor = actor_for(request.user)
    if pk is not None:
        target = get_object_or_404(scope.targets_editable(actor).select_related("plan"), pk=pk)
        plan = target.plan
    else:
        plan = get_object_or_404(scope.plans_editable(actor), pk=plan_pk)
        target = PlanTarget(plan=plan)
    form = TargetForm(request.POST or None, instance=target, plan=plan)
    if request.method == "POST" and form.is_valid():
        try:
            editing.save_target(actor, form.save(commit=False))
        except DomainError as exc:
            add_to_form(form, exc)
        else:
            messages.success(request, _("Target saved."))
            return redirect("ledger:plan-detail", pk=plan.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "ledger/target_form.html", {"plan": plan, "target": target, "form": form}, status=status)


def target_delete(request, pk: int):
    actor = actor_for(request.user)
    target = get_object_or_404(scope.targets_editable(actor).select_related("plan"), pk=pk)
    plan_url = reverse("ledger:plan-detail", args=[target.plan_id])

    def run():
        editing.delete_target(actor, target)
        messages.success(request, _("Target deleted."))

    return _office_post(request, run, plan_url, plan_url)


def city_ledger(request):
    """Every task of the plans in force the viewer may see, across plans (全市台账): filters by plan, unit, status,
    overdue and words; Excel export in the ledger's columns."""
    actor = actor_for(request.user)
    today = timezone.localdate()
    f = selectors.LedgerFilter.from_query(request.GET)
    tasks, choices = selectors.city_ledger(actor, f, today)
    if request.GET.get("format") == "xlsx":
        return download(services.ledger_xlsx(tasks, _("City ledger")), XLSX, f"{_('City ledger')}-{today}.xlsx")
    # The page shows each task's lead units only: prefetch those (a task carries a dozen assignments once the
    # counties' implicit ones are in; loading them all was most of the page's time).
    leads = TaskAssignment.objects.filter(role=TaskAssignment.Role.LEAD).select_related("unit")
    tasks = tasks.prefetch_related(None).prefetch_related(Prefetch("assignments", queryset=leads, to_attr="leads"))
    page = Paginator(tasks, 100).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "ledger/city_ledger.html", {"page": page, "f": f, "today": today, **choices,
                                                         "query": query.urlencode()})  # fmt: skip


def _named_units() -> Prefetch:
    """The lead and cooperating units of each task, which the ledger tables show (``_task_rows.html``): not the
    implicit ones of every county, a dozen rows a task that no table shows."""
    return Prefetch("assignments", queryset=TaskAssignment.objects.exclude(role=TaskAssignment.Role.IMPLICIT)
                    .select_related("unit"))  # fmt: skip


def my_tasks(request):
    actor = actor_for(request.user)
    # The tasks in force: a superseded version's tasks are history (its plan page keeps them), not work to do — a
    # walkthrough found every task of a plan revised five times listed six times.
    tasks = (
        scope.tasks_visible(actor)
        .filter(plan__status=Plan.Status.CONFIRMED)
        .select_related("plan")
        .prefetch_related(_named_units())
    )
    if actor.unit_id:
        tasks = tasks.filter(assignments__unit_id=actor.unit_id).distinct()
    page = Paginator(tasks, 100).get_page(request.GET.get("page"))
    # Tasks of several plans in one list: each says its plan, and why the unit has it where only a note binds it.
    roles: dict[int, set[str]] = {}
    if actor.unit_id:
        held = TaskAssignment.objects.filter(task__in=page.object_list, unit_id=actor.unit_id)
        for task_id, role in held.values_list("task_id", "role"):
            roles.setdefault(task_id, set()).add(role)
    implicit = {task_id for task_id, held_as in roles.items() if held_as == {TaskAssignment.Role.IMPLICIT.value}}
    return render(request, "ledger/my_tasks.html", {"page": page, "show_plan": True, "implicit_ids": implicit})


def plan_review(request, pk: int):
    """The document with every extracted item highlighted beside the ledger; the office corrects and confirms."""
    actor = actor_for(request.user)
    plan = get_object_or_404(scope.plans_editable(actor), pk=pk)
    tasks = list(plan.tasks.prefetch_related("assignments__unit", "targets"))
    for t in tasks:  # the units the plan's note binds to it, counted on its row (its own are listed)
        t.implicit_names = [
            a.unit.name if a.unit else a.raw_name for a in t.assignments.all() if a.role == TaskAssignment.Role.IMPLICIT
        ]
        for a in t.assignments.all():
            # A unit written outside the task's own text — a table cell merged over the rows below, or a text table's
            # missing cell read as the row above's: said on the row, for the reviewer to check.
            a.from_above = (
                a.role != TaskAssignment.Role.IMPLICIT
                and None not in (a.span_start, t.span_start, t.span_end)
                and a.span_start < t.span_start
            )
    assignments = [a for t in tasks for a in t.assignments.all()]
    targets = plan.targets.select_related("task")
    diff = services.diff_plans(plan.revision_of, plan) if plan.revision_of_id else None
    # The units the plan's note binds ("以下均需…落实,不再列出"): named once above the ledger, with the tasks they
    # bind, since the units column lists only each task's own.
    implicit_names = list(dict.fromkeys(n for t in tasks for n in t.implicit_names))
    implicit_tasks = [t.number for t in tasks if t.implicit_names]
    # Names the registry does not know, each with the known units it may shorten ("市城管局" → …城市管理行政执法局)
    unresolved = [a for a in assignments if a.unit_id is None]
    unknown_names = list(dict.fromkeys(a.raw_name for a in unresolved))
    registry = services.registry_for(plan.division) if unknown_names else None
    unknown = [(name, registry.suggest(name)) for name in unknown_names] if registry else []
    return render(
        request,
        "ledger/plan_review.html",
        {
            "plan": plan,
            "implicit_names": implicit_names,
            "unknown": unknown,
            "implicit_tasks": implicit_tasks,
            "tasks": tasks,
            "targets": targets,
            "diff": diff,
            "document": highlight(plan.source_text, tasks, assignments, targets),
            "flagged": len(unknown_names),  # names, as the list under it (not the tasks that bear them)
            "stale": lineage.stale_base(plan),
            "foreign": services.foreign_places(plan) if plan.status == Plan.Status.DRAFT else [],
            # other drafts revising the same plan: whichever is confirmed first, the other must then be rebased
            "parallel": list(plan.lineage.versions.filter(status=Plan.Status.DRAFT).exclude(pk=plan.pk).order_by("version"))
            if plan.lineage_id and plan.status == Plan.Status.DRAFT
            else [],
            "lineage_form": LineageForm(lineages=_other_lineages(plan),
                                        initial={"lineage": plan.lineage_id if plan.revision_of_id else None})
            if plan.status == Plan.Status.DRAFT
            else None,
        },
    )


def plan_action(request, pk: int):
    """A workflow action on a plan (confirm, withdraw, archive): ``ledger.workflow.PLAN_FLOW`` decides."""
    plan = get_object_or_404(scope.plans_editable(actor_for(request.user)), pk=pk)
    # a draft refused goes back to its review page, where what the refusal asks is done (the lineage choice)
    back = reverse("ledger:plan-review", args=[plan.pk]) if plan.status == Plan.Status.DRAFT else None
    return take_action(request, PLAN_FLOW, plan, reverse("ledger:plan-detail", args=[plan.pk]), failure_url=back)


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
            if getattr(plan, "already_stored", False):  # an identical re-upload opens what is stored, and says so
                messages.info(request, DomainError(LedgerError.ALREADY_STORED, title=plan.display_title,
                                                   version=plan.version, status=plan.get_status_display()).message)  # fmt: skip
                return redirect("ledger:plan-detail", pk=plan.pk)
            return redirect("ledger:plan-review", pk=plan.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "ledger/plan_upload.html", {"form": form}, status=status)


def plan_export(request, pk: int, fmt: str):
    actor = actor_for(request.user)
    plan = get_object_or_404(scope.plans_visible(actor), pk=pk)
    tasks = scope.tasks_visible(actor).filter(plan=plan).prefetch_related("assignments__unit", "targets")
    targets = scope.targets_visible(actor).filter(plan=plan)  # a county or unit: only the targets it may see
    stem = f"{_('Task ledger')}-{plan.pk}"
    if fmt == "xlsx":
        return download(services.export_xlsx(plan, tasks, targets), XLSX, f"{stem}.xlsx")
    resp = JsonResponse(
        services.plan_json(plan, tasks, targets), json_dumps_params={"ensure_ascii": False, "indent": 1}
    )
    return as_attachment(resp, f"{stem}.json")
