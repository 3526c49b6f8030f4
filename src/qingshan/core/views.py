from __future__ import annotations

from pathlib import Path

from django.http import FileResponse, Http404
from django.shortcuts import render
from django.views.decorators.cache import cache_control

from .access import actor_for


def home(request):
    """The portal for the public; a workbench for signed-in users."""
    from qingshan.ledger import scope as ledger_scope
    from qingshan.orgs.models import Division, Unit

    actor = actor_for(request.user)
    plans = ledger_scope.plans_visible(actor)
    tasks = ledger_scope.tasks_visible(actor)
    context = {
        "plans": plans[:10],
        "plan_count": plans.count(),
        "task_count": tasks.count(),
        "city_count": Division.objects.filter(level=Division.Level.CITY).count(),
        "unit_count": Unit.objects.count(),
    }
    if actor.unit_id:
        context["my_task_count"] = tasks.filter(assignments__unit_id=actor.unit_id).distinct().count()
    return render(request, "core/home.html", context)


@cache_control(max_age=86400, public=True)
def vendor_plotly(request):
    """Serve plotly.js from the installed ``plotly`` package: charts work offline, no CDN, no copy in the repo."""
    import plotly

    path = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    if not path.exists():
        raise Http404("plotly.min.js is not installed")
    return FileResponse(path.open("rb"), content_type="application/javascript")
