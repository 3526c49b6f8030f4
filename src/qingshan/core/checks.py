"""Deployment checks of our own (``qingshan check --deploy``)."""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def development_secret_key(app_configs, **kwargs) -> list:
    """The built-in development key is accepted only with DEBUG (settings refuse it otherwise); flag it here too."""
    if settings.SECRET_KEY == getattr(settings, "DEV_SECRET_KEY", None):
        return [
            Warning(
                "SECRET_KEY is the built-in development key.",
                hint="Set QINGSHAN_SECRET_KEY to a random key (or leave it unset: a key is made per data "
                "directory), and run without QINGSHAN_DEBUG.",
                id="qingshan.W001",
            )
        ]
    return []


@register(Tags.security, deploy=True)
def production_flag(app_configs, **kwargs) -> list:
    """Served to others without QINGSHAN_PRODUCTION=1: no secure cookies, no HSTS (Django warns on each)."""
    if not getattr(settings, "PRODUCTION", False) and not settings.DEBUG:
        return [
            Warning(
                "QINGSHAN_PRODUCTION is not set: cookies are not marked secure and HSTS is off.",
                hint="Behind TLS set QINGSHAN_PRODUCTION=1 (README, Settings).",
                id="qingshan.W002",
            )
        ]
    return []
