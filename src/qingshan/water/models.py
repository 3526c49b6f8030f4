"""Surface water: sections, samples classified by GB 3838-2002, and the monthly results materialised from them.

Glossary: ``WaterSection`` ↔ 断面, ``WaterSample`` ↔ 水质监测数据(样品), ``WaterMonthly`` ↔ 月度评价结果,
``WaterImport`` ↔ 数据导入记录.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from qingshan.orgs.models import Division
from qingshan.standards import gb3838

CLASS_CHOICES = [(i + 1, name) for i, name in enumerate(gb3838.CLASS_ROMAN)]
TARGET_CHOICES = CLASS_CHOICES[:5]


class WaterSection(models.Model):
    class WaterType(models.TextChoices):
        RIVER = gb3838.RIVER, _("River")
        LAKE = gb3838.LAKE, _("Lake or reservoir")

    class ControlLevel(models.TextChoices):
        NATIONAL = "national", _("National control (国控)")
        PROVINCIAL = "provincial", _("Provincial control (省控)")
        CITY = "city", _("City control (市控)")

    code = models.CharField(_("code"), max_length=64, unique=True)
    name = models.CharField(_("name"), max_length=64)
    river = models.CharField(_("river or lake"), max_length=64, blank=True)
    basin = models.CharField(_("basin"), max_length=64, blank=True)
    province = models.CharField(_("province"), max_length=32, blank=True)
    water_type = models.CharField(
        _("water type"), max_length=8, choices=WaterType.choices, default=WaterType.RIVER
    )

    class TypeBasis(models.TextChoices):
        """Why a section has its type, strongest first: a person's decision is never redone by an import."""

        PERSON = "person", _("Set by a person")
        EVIDENCE = "evidence", _("Station measurements (reports algae density)")
        PUBLISHED = "published", _("The classes the national network published")
        NAME = "name", _("Name rule")
        REGISTERED = "registered", _("Registered with the section")

    type_guessed = models.BooleanField(
        _("type inferred, to be reviewed"),
        default=False,
        help_text=_("Set while the type comes from an import's inference rather than a person's decision."),
    )
    type_basis = models.CharField(
        _("type decided by"), max_length=16, choices=TypeBasis.choices, default=TypeBasis.REGISTERED
    )
    type_reason = models.CharField(_("why this type"), max_length=200, blank=True)
    type_set_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("type set by"),
    )
    type_set_at = models.DateTimeField(_("type set at"), null=True, blank=True)
    control_level = models.CharField(
        _("control level"), max_length=16, choices=ControlLevel.choices, default=ControlLevel.CITY
    )
    division = models.ForeignKey(
        Division,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="water_sections",
        verbose_name=_("county"),
    )
    target_class = models.PositiveSmallIntegerField(
        _("target class"), choices=TARGET_CHOICES, null=True, blank=True
    )
    drinking_source = models.BooleanField(_("drinking-water source"), default=False)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    synthetic = models.BooleanField(
        _("synthetic demo data"),
        default=False,
        help_text=_("The section and its samples are generated demo data, not measurements."),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("water section")
        verbose_name_plural = _("water sections")
        ordering = ["basin", "river", "name"]

    def __str__(self) -> str:
        return self.name


class WaterSample(models.Model):
    """One sample of a section: item values (GB 3838 Table 1 units) and its class, stored when classified."""

    class Kind(models.TextChoices):
        AUTO = "auto", _("Automatic station")
        MANUAL = "manual", _("Manual sampling")

    section = models.ForeignKey(WaterSection, on_delete=models.CASCADE, related_name="samples")
    time = models.DateTimeField(_("time"))
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices)
    values = models.JSONField(_("values"), default=dict)
    below_detection = models.JSONField(_("below detection limit"), default=list)
    published_class = models.PositiveSmallIntegerField(_("published class"), null=True, blank=True)
    station_status = models.CharField(_("station status"), max_length=32, blank=True)
    water_class = models.PositiveSmallIntegerField(_("class"), default=0)
    deciding_items = models.CharField(_("deciding items"), max_length=128, blank=True)
    exceedance = models.JSONField(_("exceedance multiples"), default=dict)

    class Meta:
        verbose_name = _("water sample")
        verbose_name_plural = _("water samples")
        constraints = [
            models.UniqueConstraint(fields=["section", "time", "kind"], name="water_sample_unique")
        ]
        indexes = [models.Index(fields=["section", "time"])]

    def __str__(self) -> str:
        return f"{self.section_id} {self.time:%Y-%m-%d %H:%M} {gb3838.class_name(self.water_class)}"


class WaterMonthly(models.Model):
    """A section-month: the mean of every item over the month's samples, classified (评价办法 §1.3, §2.1)."""

    section = models.ForeignKey(WaterSection, on_delete=models.CASCADE, related_name="months")
    month = models.DateField(_("month"))  # first day
    samples = models.PositiveIntegerField(_("samples"))
    means = models.JSONField(_("means"), default=dict)
    water_class = models.PositiveSmallIntegerField(_("class"), default=0)
    deciding_items = models.CharField(_("deciding items"), max_length=128, blank=True)
    exceedance = models.JSONField(_("exceedance multiples"), default=dict)
    target_class = models.PositiveSmallIntegerField(_("target class"), null=True)

    class Meta:
        verbose_name = _("monthly water result")
        verbose_name_plural = _("monthly water results")
        constraints = [models.UniqueConstraint(fields=["section", "month"], name="water_month_unique")]
        indexes = [models.Index(fields=["month"])]

    def __str__(self) -> str:
        return f"{self.section_id} {self.month:%Y-%m} {gb3838.class_name(self.water_class)}"

    @property
    def meets_target(self) -> bool | None:
        if not self.water_class or not self.target_class:
            return None
        return self.water_class <= self.target_class


class WaterImport(models.Model):
    class Format(models.TextChoices):
        """The layout the importer recognised (``formats.detect``)."""

        NATIONAL = "national", _("National automatic-station table")
        MANUAL = "manual", _("Monitoring table (manual sampling)")

    file_name = models.CharField(_("file"), max_length=256)
    sha256 = models.CharField(max_length=64)
    fmt = models.CharField(_("format"), max_length=16, choices=Format.choices)
    rows = models.PositiveIntegerField(_("rows"))
    created_rows = models.PositiveIntegerField(_("new samples"), default=0)
    updated_rows = models.PositiveIntegerField(_("changed samples"), default=0)
    compared = models.PositiveIntegerField(_("samples with a published class"), default=0)
    disagreements = models.JSONField(_("disagreements with the published class"), default=list)
    warnings = models.JSONField(_("warnings"), default=list)
    sections = models.ManyToManyField(
        WaterSection, related_name="imports", blank=True, verbose_name=_("sections in the file")
    )
    imported_at = models.DateTimeField(_("imported"), auto_now_add=True)

    class Meta:
        verbose_name = _("water data import")
        verbose_name_plural = _("water data imports")
        ordering = ["-imported_at"]

    def __str__(self) -> str:
        return f"{self.file_name} ({self.rows})"
