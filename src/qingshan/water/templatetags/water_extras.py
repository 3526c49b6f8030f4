from django import template
from django.utils.html import format_html

from qingshan.standards import gb3838

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


@register.filter
def water_status(code):
    return gb3838.STATUS.get(int(code or 0), "—")


@register.filter
def item_label(key, labels):
    return labels.get(key, key) if labels else key


@register.filter
def pct(x):
    return "—" if x is None else f"{x * 100:.1f}%"


def _name(key: str) -> str:
    it = gb3838.ITEMS.get(key)
    return it.name_zh if it else gb3838.EXTRA_QUANTITIES.get(key, (key,))[0]


@register.filter
def items_zh(keys) -> str:
    """'CODMn,TP' → '高锰酸盐指数、总磷'."""
    return "、".join(_name(k) for k in str(keys or "").split(",") if k)


@register.filter
def exceedances_zh(mapping) -> str:
    """{'NH3N': 0.09, 'TP': 0.06} → '氨氮 0.09倍、总磷 0.06倍' (超标倍数)."""
    return "、".join(f"{_name(k)} {v:.2f}倍" for k, v in (mapping or {}).items())
