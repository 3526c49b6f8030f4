from django import template

register = template.Library()


@register.filter
def percent(value, digits: int = 1) -> str:
    """0.8933 → '89.3%'; missing → '—'."""
    if value is None or value != value:
        return "—"
    return f"{float(value) * 100:.{int(digits)}f}%"
