"""The one page handler of workflow actions: a POST with ``action`` (and ``comment``) on a record the view has
already fetched through its scope; the transition service decides and refuses (``core.workflow``)."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from .access import actor_for
from .errors import DomainError
from .workflow import Workflow, transition


def take_action(request: HttpRequest, workflow: Workflow, obj, success_url: str, context: dict | None = None,
                failure_url: str | None = None) -> HttpResponse:  # fmt: skip
    """Take the action; success goes to ``success_url``, a refusal (shown as an error) to ``failure_url`` — the page
    where the person can do what the refusal asks — else to ``success_url`` too."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    action = request.POST.get("action", "")
    try:
        transition(
            workflow, obj, action, actor_for(request.user), comment=request.POST.get("comment", ""),
            context=context,
        )  # fmt: skip
    except DomainError as exc:
        messages.error(request, exc.message)
        return redirect(failure_url or success_url)
    else:
        label = next((str(x.label) for x in workflow.transitions if x.action == action), action)
        messages.success(request, _("Done: %(action)s.") % {"action": label})
    return redirect(success_url)
