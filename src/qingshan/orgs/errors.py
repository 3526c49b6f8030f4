"""Codes of the organisation app's refusals (see ``core.errors``)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class OrgsError(models.TextChoices):
    UNIT_EXISTS = "orgs.unit_exists", _("%(division)s already has a unit called %(name)s.")
    MERGE_SAME = "orgs.merge_same", _("Choose a different unit to merge.")
    MERGE_CLASH = "orgs.merge_clash", _("Both units hold %(record)s: settle it before merging.")
    USERNAME_TAKEN = "orgs.username_taken", _("The user name %(name)s is taken.")
    ROLE_NEEDS_UNIT = "orgs.role_needs_unit", _("A department or county user belongs to a unit of your city.")
    NOT_YOUR_USER = "orgs.not_your_user", _("This user does not belong to your city.")
