from django import template

register = template.Library()


@register.filter
def get_item(mapping, key):
    """``{{ mapping|get_item:"PM2.5" }}`` — dictionary keys with dots cannot be reached with template dots."""
    return mapping.get(key) if mapping else None
