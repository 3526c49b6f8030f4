from django import template

register = template.Library()


@register.filter
def get_item(mapping, key):
    """``{{ mapping|get_item:"PM2.5" }}`` — dictionary keys with dots cannot be reached with template dots."""
    return mapping.get(key) if mapping else None


@register.filter
def figure(value: float | None) -> str:
    """A target's figure as the plan writes it: "43" not "43.0", "95.65" (the ``:g`` form the target exports use)."""
    return "" if value is None else f"{value:g}"


#: Units of measure as plans write them, and as an English page writes them (the number stays; a unit not here is
#: shown as written).
UNITS_EN = {
    "微克/立方米": "µg/m³", "微克每立方米": "µg/m³", "毫克/立方米": "mg/m³", "毫克/升": "mg/L", "天": " days",
    "吨": " t", "万吨": "×10⁴ t", "公里": " km", "千米": " km", "平方公里": " km²", "平方米": " m²", "万亩": "×10⁴ mu",
    "亩": " mu", "公顷": " ha", "个": "", "座": "", "家": "", "条": "", "处": "", "项": "", "辆": " vehicles",
    "万元": "×10⁴ yuan", "亿元": "×10⁸ yuan", "个百分点": " percentage points",
}


@register.filter
def unit_display(unit: str | None) -> str:
    """A unit of measure in the page's language: 微克/立方米 on Chinese pages, µg/m³ on English ones."""
    from qingshan.core.i18n import is_chinese

    unit = unit or ""
    return unit if is_chinese() else UNITS_EN.get(unit.strip(), unit)


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
