from django import template

register = template.Library()


@register.filter
def get_item(mapping, key):
    """``{{ mapping|get_item:"PM2.5" }}`` — dictionary keys with dots cannot be reached with template dots."""
    return mapping.get(key) if mapping else None


@register.inclusion_tag("core/_workflow_actions.html", takes_context=True)
def workflow_actions(context, obj, url: str):
    """Buttons for the workflow actions the viewer may take on ``obj`` now (``core.workflow``), each posting to
    ``url`` with ``action`` (and a reason where the transition needs one); a confirmation step before each."""
    from qingshan.core.access import actor_for
    from qingshan.core.workflow import REGISTRY

    wf = REGISTRY.get(type(obj))
    request = context.get("request")
    actor = actor_for(getattr(request, "user", None))
    actions = wf.available(obj, actor) if wf else []
    return {"actions": actions, "url": url, "obj": obj, "csrf_token": context.get("csrf_token")}
