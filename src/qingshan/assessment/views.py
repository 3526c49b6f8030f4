"""Pages of the assessment: the scheme and the results with their ranking (office, leaders), a unit's own sheet and
its objections, manual scores."""

from __future__ import annotations

import json

from django.contrib import messages
from django.http import HttpResponseNotAllowed, JsonResponse
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from qingshan.core.access import actor_for
from qingshan.core.downloads import XLSX, download
from qingshan.core.errors import CoreError, DomainError, NotFound, add_to_form
from qingshan.core.history import changes_of
from qingshan.core.i18n import is_chinese
from qingshan.orgs.models import Unit
from qingshan.supervision.selectors import cities_for
from qingshan.supervision.views import action_forms, event_rows, file_download, take_action

from . import exports, scope, services
from .details import NOTES, RULE_LABELS, detail_text
from .forms import (
    DEMO_SOURCE,
    ComputeForm,
    ManualScoreForm,
    NewSchemeForm,
    ObjectionActionForm,
    ObjectionForm,
)
from .models import AssessmentRun, Objection, SchemeItem
from .workflow import OBJECTION_FLOW, RUN_FLOW


def _get(qs, pk: int):
    obj = qs.filter(pk=pk).first()
    if obj is None:
        raise NotFound(CoreError.NOT_FOUND)
    return obj


def record_url(rec: dict) -> str:
    """Where the record behind a line is shown."""
    kind, ref = rec.get("kind"), str(rec.get("ref", ""))
    try:
        if kind == "task":
            return reverse("ledger:task-detail", kwargs={"pk": int(ref)})
        if kind == "report":
            return reverse("ledger:task-detail", kwargs={"pk": int(ref.split(":")[0])})
        if kind == "target":
            return reverse("targets:detail", kwargs={"pk": int(ref)})
        if kind == "rectification":
            return reverse("supervision:item", kwargs={"pk": int(ref)})
        if kind == "notice":
            return reverse("supervision:notice", kwargs={"pk": int(ref)})
        if kind == "water":
            return reverse("water:section", kwargs={"pk": int(ref)})
        if kind == "air":
            return f"{reverse('air:overview')}?division={int(ref)}"
        if kind == "objection":
            return reverse("assessment:objection", kwargs={"pk": int(ref)})
    except (ValueError, NoReverseMatch):
        return ""
    return ""


def item_names(scheme) -> dict[str, str]:
    """Each item's name in the reader's language (a scheme's items carry a Chinese and an English name)."""
    english = not is_chinese()
    return {i.code: (i.name_en if english and i.name_en else i.name) for i in scheme.items.all()}


def _lines_for_page(lines: list[dict], names: dict[str, str]) -> list[dict]:
    out = []
    for it in lines:
        it = dict(it, name=names.get(it["code"], it["name"]))
        rows = [dict(ln, url=record_url(ln["record"]), rule_label=RULE_LABELS.get(ln["rule"], ln["rule"]),
                     record=dict(ln["record"], detail=detail_text(ln["record"].get("detail"))))
                for ln in it["lines"]]  # fmt: skip
        out.append(dict(it, rows=rows, note_label=NOTES.get(it.get("note"), ""), rule_label=RULE_LABELS.get(it["rule"], it["rule"])))
    return out


def home(request):
    actor = actor_for(request.user)
    if actor.role == "unit":
        sheets = scope.sheets_visible(actor).order_by("-run__scheme__year", "-run__computed_at")
        return render(request, "assessment/unit_home.html", {"sheets": sheets})
    schemes = scope.schemes_visible(actor)
    years = sorted({s.year for s in schemes}, reverse=True)
    year = int(request.GET["year"]) if request.GET.get("year", "").isdigit() else (years[0] if years else timezone.localdate().year)
    scheme = schemes.filter(year=year).order_by("-version").first()
    runs = scope.runs_visible(actor).filter(scheme__year=year)
    shown = runs.filter(status=AssessmentRun.Status.PUBLISHED).first() or runs.first()
    return render(
        request,
        "assessment/home.html",
        {
            "years": years,
            "year": year,
            "scheme": scheme,
            "runs": runs,
            "shown": shown,
            "ranking": _ranking(shown) if shown else None,
            "compute_form": ComputeForm(initial={"scheme": scheme.pk}) if scheme and actor.is_office and not actor.read_only else None,
            "new_form": _new_scheme_form(actor, year) if not scheme else None,
            "cities": cities_for(actor),
        },
    )


def _new_scheme_form(actor, year: int, data=None, files=None) -> NewSchemeForm | None:
    """The office's form to start a year's scheme (None for anyone else)."""
    if not actor.is_office or actor.read_only:
        return None
    sources = scope.schemes_managed(actor).order_by("-year", "-version")
    return NewSchemeForm(data, files, initial={"year": year, "source": str(sources[0].pk) if sources else ""},
                         sources=sources)  # fmt: skip


def scheme_new(request):
    """The office starts a year's scheme from a copy of another year's or from a JSON file (POST)."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    actor = actor_for(request.user)
    form = _new_scheme_form(actor, timezone.localdate().year, request.POST, request.FILES)
    if form is None:
        raise DomainError(CoreError.OFFICE_ONLY)
    if not form.is_valid():
        for errors in form.errors.values():
            for e in errors:
                messages.error(request, e)
        return redirect(reverse("assessment:home") + f"?year={request.POST.get('year', '')}")
    cities = list(cities_for(actor))
    source, from_demo = None, form.cleaned_data["source"] == DEMO_SOURCE
    if form.cleaned_data["source"] and not from_demo:
        source = _get(scope.schemes_managed(actor), int(form.cleaned_data["source"]))
    city = source.division if source else (cities[0] if len(cities) == 1 else None)
    if city is None:  # a superuser: the file names its city
        raise DomainError(CoreError.OFFICE_ONLY)
    upload = form.cleaned_data.get("file")
    try:
        scheme = services.new_scheme(actor, city, form.cleaned_data["year"], source=source, from_demo=from_demo,
                                     upload=upload.read() if upload else None,
                                     name=upload.name if upload else "")  # fmt: skip
    except DomainError as exc:
        messages.error(request, exc.message)
        return redirect(reverse("assessment:home") + f"?year={form.cleaned_data['year']}")
    messages.success(request, _("Scheme “%(title)s” stored; check its items and points.") % {"title": scheme.title})
    return redirect("assessment:scheme", pk=scheme.pk)


def scheme_json(request, pk: int):
    """A scheme as the JSON file the office can edit and load again."""
    actor = actor_for(request.user)
    scheme = _get(scope.schemes_visible(actor), pk)
    body = json.dumps(services.scheme_data(scheme), ensure_ascii=False, indent=1).encode()
    return download(body, "application/json", f"{scheme.title}-v{scheme.version}.json")


def _ranking(run: AssessmentRun) -> dict:
    names = item_names(run.scheme)
    items = [{"code": i.code, "name": names[i.code]} for i in run.scheme.items.all()]
    groups = {"county": [], "department": []}
    for s in run.sheets.select_related("unit").order_by("kind", "rank", "unit__name"):
        points = {i["code"]: i["points"] for i in s.lines}
        groups[s.kind].append({"sheet": s, "cells": [points.get(i["code"]) for i in items]})
    return {"items": items, "county": groups["county"], "department": groups["department"]}


def compute(request):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    actor = actor_for(request.user)
    form = ComputeForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give a date as YYYY-MM-DD."))
        return redirect("assessment:home")
    scheme = _get(scope.schemes_managed(actor), form.cleaned_data["scheme"])
    run = services.compute_run(scheme, actor, request.user, form.cleaned_data["as_of"])
    messages.success(request, _("Results computed; check them, then publish."))
    return redirect("assessment:run", pk=run.pk)


def run_detail(request, pk: int):
    actor = actor_for(request.user)
    run = _get(scope.runs_visible(actor), pk)
    return render(
        request,
        "assessment/run.html",
        {
            "run": run,
            "ranking": _ranking(run),
            "actions": RUN_FLOW.available(run, actor),
            "objections": Objection.objects.filter(sheet__run=run).select_related("sheet__unit"),
            "events": event_rows(run.events.select_related("actor"), RUN_FLOW),
        },
    )


def run_publish(request, pk: int):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    actor = actor_for(request.user)
    run = _get(scope.runs_managed(actor), pk)
    services.publish_run(run, actor)
    messages.success(request, _("Published: each unit now sees its own sheet."))
    return redirect("assessment:run", pk=run.pk)


def run_export(request, pk: int, fmt: str):
    actor = actor_for(request.user)
    run = _get(scope.runs_visible(actor), pk)
    rows = exports.rows_from_sheets(run.sheets.select_related("unit").order_by("kind", "rank"))
    if fmt == "json":
        return JsonResponse(exports.result_json(run.scheme, run.as_of, rows), json_dumps_params={"ensure_ascii": False})
    name = f"考核结果-{run.scheme.division.name}-{run.scheme.year}-{run.pk}.xlsx"
    return download(exports.result_xlsx(run.scheme, run.as_of, rows), XLSX, name)


def sheet_detail(request, pk: int):
    actor = actor_for(request.user)
    sheet = _get(scope.sheets_visible(actor), pk)
    return render(request, "assessment/sheet.html", _sheet_context(actor, sheet))


def _sheet_context(actor, sheet, form: ObjectionForm | None = None) -> dict:
    run = sheet.run
    deadline = services.objection_deadline(run)
    can_object = (
        actor.role == "unit"
        and actor.unit_id == sheet.unit_id
        and run.status == AssessmentRun.Status.PUBLISHED
        and (deadline is None or timezone.localdate() <= deadline)
    )
    return {
        "sheet": sheet,
        "run": run,
        "items": _lines_for_page(sheet.lines, item_names(run.scheme)),
        "objections": sheet.objections.all(),
        "form": (form or ObjectionForm(items=_lines_for_page(sheet.lines, item_names(run.scheme)))) if can_object else None,
        "deadline": deadline,
    }


def sheet_object(request, pk: int):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    actor = actor_for(request.user)
    sheet = _get(scope.sheets_visible(actor), pk)
    form = ObjectionForm(request.POST, request.FILES, items=sheet.lines)
    if form.is_valid():
        try:
            obj = services.file_objection(
                sheet, actor, request.user, item_code=form.cleaned_data["item"], text=form.cleaned_data["text"],
                files=form.cleaned_data["files"],
            )  # fmt: skip
        except DomainError as exc:
            add_to_form(form, exc)
        else:
            messages.success(request, _("Objection filed; the office will answer it."))
            return redirect("assessment:objection", pk=obj.pk)
    return render(request, "assessment/sheet.html", _sheet_context(actor, sheet, form), status=400)


def objection_detail(request, pk: int):
    actor = actor_for(request.user)
    obj = _get(scope.objections_visible(actor), pk)
    return render(request, "assessment/objection.html", _objection_context(actor, obj))


def _objection_context(actor, obj, failed: ObjectionActionForm | None = None) -> dict:
    forms = action_forms(OBJECTION_FLOW, obj, actor, ObjectionActionForm, failed)
    item = next((i for i in obj.sheet.lines if i["code"] == obj.item_code), None)
    if item is not None:
        item = dict(item, name=item_names(obj.sheet.run.scheme).get(item["code"], item["name"]))
    return {
        "o": obj,
        "item": item,
        "actions": forms,
        "events": event_rows(obj.events.select_related("actor").prefetch_related("files"), OBJECTION_FLOW),
        "history": changes_of(obj),
    }


def objection_act(request, pk: int):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    actor = actor_for(request.user)
    obj = _get(scope.objections_visible(actor), pk)
    return take_action(
        request, obj, ObjectionActionForm(request.POST),
        lambda d: services.act_on_objection(obj, d["action"], actor, comment=d["comment"], adjustment=d["adjustment"]),
        reverse("assessment:objection", kwargs={"pk": obj.pk}),
        lambda form: render(request, "assessment/objection.html", _objection_context(actor, obj, form), status=400),
    )  # fmt: skip


def objection_file(request, pk: int):
    actor = actor_for(request.user)
    return file_download(_get(scope.objection_files_visible(actor), pk))


def scheme_detail(request, pk: int):
    actor = actor_for(request.user)
    scheme = _get(scope.schemes_visible(actor), pk)
    managed = scope.schemes_managed(actor).filter(pk=pk).exists()
    units = Unit.objects.filter(division_id__in=scheme.division.descendant_ids()).order_by("name")
    manual_items = [i for i in scheme.items.all() if i.rule == "manual"]
    return render(
        request,
        "assessment/scheme.html",
        {
            "scheme": scheme,
            "items": scheme.items.all(),
            "rule_labels": RULE_LABELS,
            "params": {i.pk: json.dumps(i.params, ensure_ascii=False) if i.params else "" for i in scheme.items.all()},
            "manual": [
                (i, ManualScoreForm(initial={"item": i.pk}, units=units, prefix=f"m{i.pk}") if managed else None,
                 scope.manual_scores_visible(actor).filter(item=i).select_related("unit"))
                for i in manual_items
            ],  # fmt: skip
        },
    )


def manual_score(request, pk: int):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    actor = actor_for(request.user)
    item = _get(SchemeItem.objects.filter(scheme__in=scope.schemes_managed(actor)), pk)
    units = Unit.objects.filter(division_id__in=item.scheme.division.descendant_ids())
    form = ManualScoreForm(request.POST, request.FILES, units=units, prefix=f"m{item.pk}")
    if form.is_valid():
        d = form.cleaned_data
        try:
            services.set_manual_score(
                item, units.get(pk=d["unit"]), actor, request.user, points=d["points"], reason=d["reason"],
                evidence=d["evidence"],
            )  # fmt: skip
        except DomainError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, _("Score saved; it counts when the results are computed again."))
    else:
        messages.error(request, "; ".join(f"{form.fields[k].label}: {' '.join(v)}" for k, v in form.errors.items() if k in form.fields))
    return redirect("assessment:scheme", pk=item.scheme_id)

