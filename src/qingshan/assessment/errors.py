"""Refusals of the assessment app (codes stable, messages translated where shown)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class AssessmentError(models.TextChoices):
    NO_SCHEME = "assessment.no_scheme", _("No assessment scheme for %(city)s in %(year)s.")
    SCHEME_FILE = "assessment.scheme.file", _("%(file)s: not a scheme (%(detail)s).")
    DUPLICATE_CODE = "assessment.scheme.duplicate_code", _("Item code “%(item)s” appears twice.")
    UNKNOWN_RULE = "assessment.scheme.unknown_rule", _("Item “%(item)s”: unknown rule “%(rule)s”.")
    BAD_APPLIES_TO = "assessment.scheme.bad_applies_to", _("Item “%(item)s”: applies_to must be all, department or county.")
    BAD_POINTS = "assessment.scheme.bad_points", _("Item “%(item)s”: the maximum must be above 0 and the points each not negative.")
    NO_RANK_POINTS = "assessment.scheme.no_rank_points", _("Item “%(item)s”: an air-rank item needs points_by_rank.")
    NO_RUNG = "assessment.scheme.no_rung", _("Item “%(item)s”: a notice item names the level it counts (rung).")
    NOT_MANUAL = "assessment.not_manual", _("“%(item)s” is not scored by the office.")
    POINTS_RANGE = "assessment.points_range", _("Points must be between 0 and %(max)s.")
    REASON_REQUIRED = "assessment.reason_required", _("Give the reason for the score.")
    NOT_PUBLISHED = "assessment.not_published", _("Objections are filed against published results only.")
    WINDOW_CLOSED = "assessment.window_closed", _("The time to object ended on %(date)s.")
    NOT_YOUR_SHEET = "assessment.not_your_sheet", _("A unit objects to its own sheet only.")
    UNKNOWN_ITEM = "assessment.unknown_item", _("No item “%(item)s” on this sheet.")
    ALREADY_OPEN = "assessment.already_open", _("An objection to this item is already awaiting an answer.")
    TEXT_REQUIRED = "assessment.text_required", _("Say what you object to.")
