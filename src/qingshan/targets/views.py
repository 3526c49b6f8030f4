from __future__ import annotations

import hashlib
import json
from datetime import date

from django.contrib import messages
from django.core.cache import cache
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from qingshan.core.access import actor_for
from qingshan.core.api import date_param
from qingshan.core.downloads import PDF, XLSX, download
from qingshan.core.errors import DomainError, NotFound
from qingshan.core.history import changes_of
from qingshan.ledger import scope as ledger_scope
from qingshan.ledger.models import Plan

from . import dashboard as D
from . import exports
from . import status as S
from .errors import TargetsError
from .models import Indicator
from .rules import SEVERITY, Status, figure_rows, status_label
from .rules import render as render_parts
from .services import kind_mismatch, link_manually


def as_of_param(request) -> date:
    """?as_of=YYYY-MM-DD (evaluate as of that date), default today; a malformed date is refused (400, naming the
    parameter) by the one date parser, ``core.api.date_param``."""
    return date_param(request, "as_of") or timezone.localdate()


def _statuses(request):
    actor = actor_for(request.user)
    as_of = as_of_param(request)
    targets = ledger_scope.targets_visible(actor)
    plans = ledger_scope.plans_visible(actor).order_by("-issued_on")
    plan_id = request.GET.get("plan", "")
    if plan_id.isdigit():
        targets = targets.filter(plan_id=int(plan_id))
    else:  # the plans in force; a draft's or a superseded version's targets when that plan is chosen
        targets = targets.filter(plan__status=Plan.Status.CONFIRMED)
    statuses = S.evaluate(targets, as_of)
    wanted = request.GET.get("status", "")
    if wanted in Status.__members__.values():
        statuses = [s for s in statuses if s.status == wanted]
    if request.GET.get("linked") == "no":
        statuses = [s for s in statuses if s.indicator is None]
    return actor, as_of, plans, plan_id, statuses


def target_list(request):
    actor, as_of, plans, plan_id, statuses = _statuses(request)
    return render(
        request,
        "targets/target_list.html",
        {
            "as_of": as_of,
            "plans": plans,
            "plan_id": plan_id,
            "statuses": statuses,
            "status_choices": [(s.value, status_label(s)) for s in SEVERITY],
            "status_filter": request.GET.get("status", ""),
            "counts": S.counts(statuses),
            "indicators": Indicator.objects.all() if actor.is_office else [],
            "query": request.GET.urlencode(),
        },
    )


def targets_export(request):
    _actor, as_of, _plans, _plan_id, statuses = _statuses(request)
    return download(exports.targets_xlsx(statuses, as_of), XLSX, f"{_('Target list')}-{as_of}.xlsx")


def target_detail(request, pk: int):
    actor = actor_for(request.user)
    as_of = as_of_param(request)
    target = get_object_or_404(ledger_scope.targets_visible(actor), pk=pk)
    st = S.evaluate(ledger_scope.targets_visible(actor).filter(pk=pk), as_of)[0]
    series = st.series
    chart = {
        "years": [y for y, _, _ in series],
        "values": [v for _, v, _ in series],
        "complete": [c for _, _, c in series],
        "threshold": st.verdict.figures.get("threshold"),
        "unit": target.unit,
        "by_version": {
            str(y): o.detail.get("by_version")
            for y, o in st.figures.observations.items()
            if o.detail.get("by_version")
        },
    }
    return render(
        request,
        "targets/target_detail.html",
        {
            "t": target,
            "st": st,
            "as_of": as_of,
            "chart": chart,
            "figures_json": json.dumps(st.verdict.figures, ensure_ascii=False, indent=1, default=str),
            "figure_rows": figure_rows(st.verdict.figures),
            "observations": [
                (o, figure_rows(o.detail), "" if o.valid else render_parts(list(o.validity)))
                for o in sorted(st.figures.observations.values(), key=lambda o: o.year)
            ],
            "indicators": Indicator.objects.all() if actor.is_office else [],
            "can_link": ledger_scope.targets_editable(actor).filter(pk=pk).exists(),
            # the target's own changes (walkthrough: an office's edit of a target left no trace on any page)
            "history": changes_of(target) if actor.user_id is not None else [],
        },
    )


def target_link(request, pk: int):
    """The office links a target to an indicator. An indicator of another kind than the target (its unit, or a
    direction the comparator contradicts) is linked only once the office confirms it (``confirm=1``)."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    actor = actor_for(request.user)
    target = get_object_or_404(ledger_scope.targets_editable(actor), pk=pk)
    code = request.POST.get("indicator", "")
    indicator = Indicator.objects.filter(code=code).first()
    nxt = request.POST.get("next", "")
    back = nxt if nxt.startswith("/targets/") else None  # back to the list the person came from (same site only)
    if indicator is None:
        messages.error(request, DomainError(TargetsError.UNKNOWN_INDICATOR, indicator_code=code or "—").message)
        return redirect(back) if back else redirect("targets:detail", pk=target.pk)
    mismatch = kind_mismatch(target, indicator)
    if mismatch and request.POST.get("confirm") != "1":
        return render(request, "targets/link_confirm.html",
                      {"t": target, "indicator": indicator, "mismatch": mismatch, "next": nxt}, status=409)  # fmt: skip
    link_manually(target, indicator, request.user)
    messages.success(request, _("Linked to %(name)s; targets with the same words in later plans will link alike.")
                     % {"name": indicator.name})  # fmt: skip
    if back:
        return redirect(back)
    return redirect("targets:detail", pk=target.pk)


def _dashboard(request):
    actor = actor_for(request.user)
    as_of = as_of_param(request)
    scope, stamp = D.viewer_scope(actor), S.data_stamp()  # one stamp for the whole request
    divisions = D.cached_divisions(scope, stamp)
    if not divisions:
        raise NotFound(TargetsError.NO_AREA)
    chosen = request.GET.get("division", "")
    division = next((d for d in divisions if str(d.pk) == chosen), None)
    if division is None:
        division = D.default_division(actor, divisions)
    key = (scope, division.pk, as_of, stamp)
    return key, as_of, divisions, D.cached_build(*key)


def dashboard(request):
    """The body is rendered once per (viewer's scope, area, date, data state, language) and kept in the cache;
    it holds no per-user token (its forms are GET forms), so it is safe to share within that key."""
    key, as_of, divisions, dash = _dashboard(request)
    cache_key = "dashboard:" + hashlib.sha1(repr((key, get_language())).encode()).hexdigest()
    body = cache.get(cache_key)
    if body is None:
        body = render_to_string(
            "targets/_dashboard_body.html", {"dash": dash, "divisions": divisions, "as_of": as_of}
        )
        cache.set(cache_key, body, 3600)
    return render(request, "targets/dashboard.html", {"dash": dash, "body": mark_safe(body)})


def dashboard_pdf(request):
    _key, as_of, _divisions, dash = _dashboard(request)
    return download(exports.dashboard_pdf(dash), PDF, f"{_('Dashboard')}-{dash.division.name}-{as_of}.pdf")
