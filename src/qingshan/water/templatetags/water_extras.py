from django import template
from django.utils.html import format_html

from qingshan.core.i18n import is_chinese
from qingshan.standards import gb3838

from ..selectors import item_name

register = template.Library()


@register.filter
def water_class(code):
    """A class code (1–6) as a coloured badge 'Ⅲ'; '—' when not evaluated."""
    if not code:
        return "—"
    code = int(code)
    return format_html(
        '<span class="wq wq{}" style="background:{}">{}</span>',
        code,
        gb3838.COLOURS[code - 1],
        gb3838.class_name(code, roman=True),
    )


#: GB 3838's water-quality status words (水质状况, 评价办法 Table 1) in English.
STATUS_EN = {1: "excellent", 2: "excellent", 3: "good", 4: "lightly polluted", 5: "moderately polluted",
             6: "heavily polluted"}  # fmt: skip


@register.filter
def water_status(code):
    code = int(code or 0)
    return gb3838.STATUS.get(code, "—") if is_chinese() else STATUS_EN.get(code, "—")


@register.filter
def item_label(key, labels):
    return labels.get(key, key) if labels else key


@register.filter
def pct(x):
    return "—" if x is None else f"{x * 100:.1f}%"


@register.filter
def items_zh(keys) -> str:
    """'CODMn,TP' → '高锰酸盐指数、总磷' ('permanganate index, total phosphorus' in English)."""
    return ("、" if is_chinese() else ", ").join(item_name(k) for k in str(keys or "").split(",") if k)


@register.filter
def exceedances_zh(mapping) -> str:
    """{'NH3N': 0.09, 'TP': 0.06} → '氨氮 0.09倍、总磷 0.06倍' (超标倍数; in English '… 0.09×')."""
    zh = is_chinese()
    return ("、" if zh else ", ").join(f"{item_name(k)} {v:.2f}{'倍' if zh else '×'}" for k, v in (mapping or {}).items())
