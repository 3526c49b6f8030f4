"""Indicators and the links of plan targets to them.

Glossary: ``Indicator`` ↔ 指标, ``TargetLink`` ↔ 目标与指标的关联, ``RememberedLink`` ↔ 人工关联记忆.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from qingshan.ledger.models import PlanTarget


class Indicator(models.Model):
    class Direction(models.TextChoices):
        HIGHER = "higher", _("higher is better")
        LOWER = "lower", _("lower is better")

    class Source(models.TextChoices):
        COMPUTED = "computed", _("computed by the platform")
        REPORTED = "reported", _("reported by a unit")

    code = models.CharField(_("code"), max_length=48, unique=True)
    name = models.CharField(_("name"), max_length=64)
    aliases = models.JSONField(_("aliases"), default=list, blank=True)
    unit = models.CharField(_("unit"), max_length=16, blank=True)
    direction = models.CharField(_("direction"), max_length=8, choices=Direction.choices)
    period = models.CharField(_("period"), max_length=8, default="year")
    source = models.CharField(_("source"), max_length=10, choices=Source.choices)
    computed_by = models.CharField(_("computed by"), max_length=48, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"

    @property
    def display_name(self) -> str:
        """The name in the page's language: the catalogue's Chinese name, or its English one on English pages."""
        from qingshan.core.i18n import is_chinese

        from .names_en import NAMES_EN

        return self.name if is_chinese() else NAMES_EN.get(self.code, self.name)


class TargetLink(models.Model):
    class Method(models.TextChoices):
        NAME = "name", _("by name or alias")
        NAME_CONTAINS = "name contains", _("name contains an alias")
        NAME_BEGINS = "name begins", _("an alias begins with the name")
        TEXT = "text", _("alias in the target's clause")
        REMEMBERED = "remembered", _("a person's earlier link")
        MANUAL = "manual", _("linked by a person")

    target = models.OneToOneField(PlanTarget, on_delete=models.CASCADE, related_name="link")
    indicator = models.ForeignKey(Indicator, on_delete=models.PROTECT, related_name="links")
    method = models.CharField(_("method"), max_length=16, choices=Method.choices)
    matched = models.CharField(_("matched words"), max_length=128, blank=True)
    linked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("target link")
        verbose_name_plural = _("target links")

    def __str__(self) -> str:
        return f"{self.target_id} → {self.indicator.code}"


class RememberedLink(models.Model):
    """A person linked a target with this indicator text: the next plan's targets with the same words link alike."""

    indicator_text = models.CharField(_("indicator text (normalised)"), max_length=128, unique=True)
    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="remembered")
    linked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("remembered link")
        verbose_name_plural = _("remembered links")

    def __str__(self) -> str:
        return f"{self.indicator_text} → {self.indicator.code}"
