"""Roles: what a signed-in person may do. The bottom layer owns them so that every app can ask about roles
without importing the organisation app (``orgs`` stores a user's role on its ``Profile``)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    """Glossary: ``Role`` ↔ 角色."""

    COORDINATOR = "coordinator", _("Coordinating office")  # 市生态环境委员会办公室
    UNIT = "unit", _("Department or county user")
    MONITORING = "monitoring", _("Monitoring centre")
    ENFORCEMENT = "enforcement", _("Enforcement team")
    LEADER = "leader", _("Leader (read-only)")
    PUBLIC = "public", _("Public")


#: Roles that cover a whole city from the area of their profile.
CITY_WIDE_ROLES = frozenset({Role.COORDINATOR, Role.LEADER, Role.MONITORING, Role.ENFORCEMENT})
#: Roles that may read but never write.
READ_ONLY_ROLES = frozenset({Role.LEADER, Role.PUBLIC})
