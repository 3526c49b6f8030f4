from __future__ import annotations

from django.shortcuts import render
from django.utils import timezone

from qingshan.core.access import actor_for

from .selectors import all_notices, home_context


def home(request):
    """The portal for the public; a workbench for signed-in users."""
    return render(request, "portal/home.html", home_context(actor_for(request.user), timezone.localdate()))


def notifications(request):
    """Everything that awaits the signed-in person: returned reports, reports due within a week, overdue reports
    and tasks, reviews and drafts for the office."""
    return render(
        request, "portal/notifications.html", {"notices": all_notices(actor_for(request.user), timezone.localdate())}
    )
