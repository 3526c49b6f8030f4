"""Record pages: a page of a lower app links a record to the page an app above it gives that record, without importing
that app (the layers hold: ``ledger``'s plan page links each target to ``targets``' page of it).

An app registers in ``AppConfig.ready``::

    pages.register("ledger.PlanTarget", lambda target: reverse("targets:detail", args=[target.pk]))

and a template asks ``{{ target|record_page }}`` (``core_extras``): the URL, or "" when no app gives the record a page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_PAGES: dict[str, Callable[[Any], str]] = {}


def register(label: str, url_of: Callable[[Any], str]) -> None:
    """``label`` is the model's ``app_label.ModelName``."""
    _PAGES[label] = url_of


def page_of(obj: Any) -> str:
    meta = getattr(obj, "_meta", None)
    url_of = _PAGES.get(f"{meta.app_label}.{meta.object_name}") if meta else None
    return url_of(obj) if url_of else ""
