"""Codes of the ledger's refusals (see ``core.errors``)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class LedgerError(models.TextChoices):
    OUT_OF_AREA = "ledger.out_of_area", _("The plan belongs to %(area)s, outside your area.")
    NO_DIVISION = (
        "ledger.no_division",
        _("%(file)s: cannot tell which city or county the plan belongs to; choose it."),
    )
    PLAN_NOT_CONFIRMED = (
        "ledger.plan_not_confirmed",
        _("The plan is not the confirmed ledger (it is “%(status)s”): nothing can be reported on its tasks."),
    )
    NOT_LEAD = "ledger.not_lead", _("Only the task's lead unit or the coordinating office may do this.")
