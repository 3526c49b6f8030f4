"""Codes of the dispatch app's refusals (see ``core.errors``)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class DispatchError(models.TextChoices):
    NOT_RESPONSIBLE = "dispatch.not_responsible", _("Your unit is not responsible for this task.")
    UNIT_ONLY = "dispatch.unit_only", _("Only a responsible unit files progress reports.")
    TEXT_REQUIRED = "dispatch.text_required", _("Please describe the progress.")
    ALREADY_ACCEPTED = "dispatch.already_accepted", _("The report for %(period)s has been accepted and is final.")
    TARGET_NOT_OF_TASK = "dispatch.target_not_of_task", _("Target %(target)s is not a target of this task.")
    PERIOD_OUTSIDE = (
        "dispatch.period_outside",
        _("%(period)s is not a reporting period of this plan (reporting runs %(start)s to %(end)s)."),
    )
    FIGURE_YEAR = "dispatch.figure_year", _("The figures' year %(year)s is not plausible for this target.")
