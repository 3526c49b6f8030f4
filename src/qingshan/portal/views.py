from __future__ import annotations

from django.shortcuts import render

from qingshan.core.access import actor_for

from .selectors import home_context


def home(request):
    """The portal for the public; a workbench for signed-in users."""
    return render(request, "portal/home.html", home_context(actor_for(request.user)))
