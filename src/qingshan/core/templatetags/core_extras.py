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


#: Units of measure as plans write them, and as an English page writes them (the number stays): every unit the plan
#: reader reads (planreader.targets.UNITS). A Chinese measure word names what is counted (家 firms, 处 sites, 项 items,
#: 台 machines…): English needs the noun, else "≥ 90 (2024)" reads as nothing counted (walkthrough finding); 个, 座, 条
#: and 户 (households, or firms: "科技型中小企业200户") say only "one of them" and stay bare. A unit not here (a
#: table's own, "标台") is shown as written.
UNITS_EN = {
    "微克/立方米": "µg/m³", "微克每立方米": "µg/m³", "μg/m3": "µg/m³", "µg/m³": "µg/m³", "µg/m3": "µg/m³",
    "μg/m³": "µg/m³", "ug/m3": "µg/m³", "毫克/立方米": "mg/m³", "毫克每立方米": "mg/m³", "mg/m3": "mg/m³",
    "mg/m³": "mg/m³", "毫克/升": "mg/L", "毫克每升": "mg/L", "mg/L": "mg/L", "天": " days",
    "吨": " t", "万吨": "×10⁴ t", "公里": " km", "千米": " km", "平方公里": " km²", "平方米": " m²", "万平方米": "×10⁴ m²",
    "万亩": "×10⁴ mu", "亩": " mu", "公顷": " ha", "立方米": " m³", "万立方米": "×10⁴ m³", "亿立方米": "×10⁸ m³",
    "万千瓦": "×10⁴ kW", "千瓦": " kW", "万吨/日": "×10⁴ t/d", "吨/日": " t/d", "万立方米/日": "×10⁴ m³/d",
    "立方米/日": " m³/d", "吨/平方公里·月": " t/(km²·month)", "吨/平方公里•月": " t/(km²·month)",
    "吨/平方公里.月": " t/(km²·month)", "吨/平方公里月": " t/(km²·month)", "分贝": " dB",
    "立方米/万元": " m³ per 10⁴ yuan", "吨/万元": " t per 10⁴ yuan", "吨二氧化碳/万元": " t CO₂ per 10⁴ yuan", "吨标准煤/万元": " tce per 10⁴ yuan",
    "吨标煤/万元": " tce per 10⁴ yuan", "亩/亿元": " mu per 10⁸ yuan", "克标准煤/千瓦时": " gce/kWh",
    "个": "", "座": "", "条": "", "家": " firms", "处": " sites", "项": " items", "所": " institutions",
    "辆": " vehicles", "台": " units", "套": " sets", "户": "", "株": " trees", "万株": "×10⁴ trees",
    "次": " times", "人次": " person-times", "批": " batches", "例": " cases", "起": " cases", "件": " cases",
    "宗": " cases", "倍": "×", "岁": " years", "/10万": " per 100,000", "头": " head", "万头": "×10⁴ head",
    "m2/km": " m²/km", "m²/km": " m²/km",
    "万元": "×10⁴ yuan", "亿元": "×10⁸ yuan", "个百分点": " percentage points",
}


@register.filter
def unit_display(unit: str | None) -> str:
    """A unit of measure in the page's language: 微克/立方米 on Chinese pages, µg/m³ on English ones."""
    from qingshan.core.i18n import is_chinese

    unit = unit or ""
    return unit if is_chinese() else UNITS_EN.get(unit.strip(), unit)


@register.filter
def record_page(obj) -> str:
    """The page an app above gives the record (``core.pages``), or ""."""
    from qingshan.core.pages import page_of

    return page_of(obj)


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
