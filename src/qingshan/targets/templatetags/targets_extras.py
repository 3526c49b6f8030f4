from django import template

from qingshan.targets.rules import render

register = template.Library()


@register.filter
def msgs(parts) -> str:
    """``{{ parts|msgs }}`` — message parts (template, params) rendered in the reader's language."""
    return render(list(parts or []))
