from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from qingshan.core.access import actor_for
from qingshan.core.errors import CoreError, DomainError, Forbidden

from . import importer, scope, selectors, services
from .models import Alert
from .workflow import ALERT_FLOW


def enterprise_list(request):
    actor = actor_for(request.user)
    qs = scope.enterprises_visible(actor).prefetch_related("outlets")
    if (div := request.GET.get("division", "")).isdigit():
        qs = qs.filter(division_id=int(div))
    open_alerts = {}
    for a in scope.alerts_visible(actor).exclude(status=Alert.Status.CLOSED).values_list("enterprise_id", flat=True):
        open_alerts[a] = open_alerts.get(a, 0) + 1
    rows = [{"e": e, "open": open_alerts.get(e.pk, 0)} for e in qs]
    return render(request, "sources/enterprise_list.html", {
        "rows": rows, "can_import": actor.is_office and not actor.read_only,
        "synthetic": any(r["e"].synthetic for r in rows),
    })


def enterprise_detail(request, pk: int):
    actor = actor_for(request.user)
    enterprise = get_object_or_404(scope.enterprises_visible(actor), pk=pk)
    overview = selectors.enterprise_overview(enterprise)
    charts = [c for o in overview["outlets"] for c in o["charts"]]
    return render(request, "sources/enterprise_detail.html", {"e": enterprise, "outlets_charts": charts, **overview})


def alert_list(request):
    actor = actor_for(request.user)
    qs = scope.alerts_visible(actor)
    status = request.GET.get("status", "active")
    if status == "active":
        qs = qs.exclude(status=Alert.Status.CLOSED)
    elif status in Alert.Status.values:
        qs = qs.filter(status=status)
    if (kind := request.GET.get("kind", "")) in Alert.Kind.values:
        qs = qs.filter(kind=kind)
    page = Paginator(qs.select_related("enterprise", "outlet").order_by("-period_start", "-pk"), 100).get_page(
        request.GET.get("page")
    )
    return render(request, "sources/alert_list.html", {
        "alerts": page.object_list, "page": page, "status": status, "kind": kind,
        "statuses": Alert.Status.choices, "kinds": Alert.Kind.choices,
    })


def alert_detail(request, pk: int):
    actor = actor_for(request.user)
    alert = get_object_or_404(scope.alerts_visible(actor), pk=pk)
    return render(request, "sources/alert_detail.html", {
        "a": alert, "events": alert.events.select_related("actor"), "actions": ALERT_FLOW.available(alert, actor),
        "values": [(str(v[0])[:16].replace("T", " "), *v[1:]) for v in alert.evidence.get("values", [])],
    })


@require_POST
def alert_act(request, pk: int):
    actor = actor_for(request.user)
    alert = get_object_or_404(scope.alerts_visible(actor), pk=pk)
    try:
        services.act_on_alert(alert, request.POST.get("action", ""), actor, comment=request.POST.get("comment", ""),
                              note=request.POST.get("note", ""), inspection=request.POST.get("inspection", ""))
    except DomainError as exc:
        messages.error(request, exc.message)
    return redirect("sources:alert", pk=alert.pk)


def registry_import(request):
    actor = actor_for(request.user)
    if not actor.is_office:
        raise Forbidden(CoreError.OFFICE_ONLY)
    result = error = None
    if request.method == "POST" and request.FILES.get("file"):
        f = request.FILES["file"]
        try:
            result = importer.import_registry(f.name, raw=f.read(), name=f.name)
        except DomainError as exc:
            error = exc.message
    return render(request, "sources/import.html", {"result": result, "error": error})
