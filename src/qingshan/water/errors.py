"""Refusal codes of the water app (``core.errors.DomainError``)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class WaterError(models.TextChoices):
    BAD_TYPE = "water.bad_type", _("Not a section type: %(value)s (river or lake).")
    NOT_EDITABLE = "water.not_editable", _("Only the coordinating office or the monitoring centre of the section's area may set its type.")  # fmt: skip
    BUSY = (
        "water.import_busy",
        _("%(file)s is already being imported; try again when that import has finished."),
    )
