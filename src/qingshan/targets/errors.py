"""Codes of the targets app's refusals (see ``core.errors``)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class TargetsError(models.TextChoices):
    NO_AREA = "targets.no_area", _("No confirmed plan of your area yet: the dashboard fills in once the office confirms one.")
    UNKNOWN_INDICATOR = "targets.unknown_indicator", _("Unknown indicator code: %(indicator_code)s")
    KIND_MISMATCH = (
        "targets.kind_mismatch",
        _("%(indicator)s is measured in %(unit)s, the target in %(target_unit)s: confirm the link if it is right."),
    )
