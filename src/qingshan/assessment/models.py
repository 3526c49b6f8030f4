"""The annual assessment (考核): schemes as versioned data, the office's manual scores, results per unit and the
units' objections.

Glossary (docs/glossary.md): ``Scheme`` ↔ 考核细则, ``SchemeItem`` ↔ 考核项目, ``ManualScore`` ↔ 人工评分,
``AssessmentRun`` ↔ 考核结果(一次计算), ``Sheet`` ↔ 考核得分表, ``Objection`` ↔ 申诉, ``ObjectionEvent`` ↔ 申诉处理记录,
``ObjectionFile`` ↔ 申诉材料.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import FileExtensionValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from qingshan.core.workflow import TransitionEvent
from qingshan.orgs.models import Division, Unit
from qingshan.supervision.models import FILE_TYPES, EventFile

from . import rules as R


class Scheme(models.Model):
    """A city's scoring scheme for a year (考核细则), one version of it. Loaded from data, never from code."""

    division = models.ForeignKey(Division, on_delete=models.PROTECT, related_name="schemes", verbose_name=_("city"))
    year = models.PositiveSmallIntegerField(_("assessment year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)])
    version = models.PositiveSmallIntegerField(_("version"), default=1)
    title = models.CharField(_("title"), max_length=200)
    basis = models.TextField(_("basis"), blank=True, help_text=_("Where the scheme comes from (document, meeting)."))
    objection_days = models.PositiveSmallIntegerField(
        _("days to object after publication"),
        default=7,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
        help_text=_("National rules set no period (not found); 7 days is a placeholder the city sets."),
    )
    demo = models.BooleanField(_("synthetic demo scheme"), default=False)
    digest = models.CharField(_("content digest"), max_length=64, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("assessment scheme")
        verbose_name_plural = _("assessment schemes")
        ordering = ["division", "-year", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["division", "year", "version"], name="scheme_unique_version")
        ]

    def __str__(self) -> str:
        return f"{self.title} (v{self.version})"

    def rule_items(self) -> list[R.Item]:
        return [i.as_rule() for i in self.items.all()]

    @property
    def max_total(self) -> float:
        return sum(i.max_points for i in self.items.all())


class SchemeItem(models.Model):
    class AppliesTo(models.TextChoices):
        ALL = "all", _("Every unit")
        DEPARTMENT = "department", _("Departments")
        COUNTY = "county", _("Counties and districts")

    RULE_CHOICES = [
        ("overdue_task", _("Each overdue task")),
        ("overdue_report", _("Each overdue progress report")),
        ("lagging_target", _("Each target missed or off track")),
        ("lagging_rectification", _("Each rectification item overdue or not accepted")),
        ("notice", _("Each supervision notice at a level")),
        ("water_compliance", _("Each water section missing its target")),
        ("air_rank", _("Points by air-quality rank")),
        ("air_improvement", _("Points per percent of air-quality improvement")),
        ("manual", _("Scored by the office")),
    ]

    scheme = models.ForeignKey(Scheme, on_delete=models.CASCADE, related_name="items")
    code = models.SlugField(_("code"), max_length=32)
    name = models.CharField(_("name"), max_length=128)
    name_en = models.CharField(_("English name"), max_length=128, blank=True)
    max_points = models.FloatField(_("maximum points"), validators=[MinValueValidator(0.01)])
    rule = models.CharField(_("scoring rule"), max_length=24, choices=RULE_CHOICES)
    points_each = models.FloatField(_("points each"), default=0, validators=[MinValueValidator(0)])
    applies_to = models.CharField(_("applies to"), max_length=12, choices=AppliesTo.choices, default=AppliesTo.ALL)
    params = models.JSONField(_("parameters"), default=dict, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("assessment item")
        verbose_name_plural = _("assessment items")
        ordering = ["scheme", "order", "pk"]
        constraints = [models.UniqueConstraint(fields=["scheme", "code"], name="scheme_item_unique_code")]

    def __str__(self) -> str:
        return f"{self.name} ({self.max_points:g})"

    def as_rule(self) -> R.Item:
        return R.Item(
            code=self.code,
            name=self.name,
            max_points=float(self.max_points),
            rule=self.rule,
            points_each=float(self.points_each),
            applies_to=self.applies_to,
            params=tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in (self.params or {}).items())),
        )


def _evidence_path(instance: ManualScore, filename: str) -> str:
    return f"assessment/manual/{instance.item_id}/{instance.unit_id}/{filename}"


class ManualScore(models.Model):
    """The office's score of a manual item for a unit, with its reason and evidence."""

    item = models.ForeignKey(SchemeItem, on_delete=models.CASCADE, related_name="manual_scores")
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="+", verbose_name=_("unit"))
    points = models.FloatField(_("points"))
    reason = models.TextField(_("reason"))
    evidence = models.FileField(
        _("evidence"), upload_to=_evidence_path, blank=True, validators=[FileExtensionValidator(FILE_TYPES)],
        max_length=300,
    )  # fmt: skip
    scored_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    scored_at = models.DateTimeField(_("scored"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("manual score")
        verbose_name_plural = _("manual scores")
        constraints = [models.UniqueConstraint(fields=["item", "unit"], name="manual_score_unique")]

    def __str__(self) -> str:
        return f"{self.item.code} {self.unit}: {self.points:g}"


class AssessmentRun(models.Model):
    """One computation of a scheme's results as of a date; the office publishes it (a newer publication
    supersedes it)."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Made public")
        SUPERSEDED = "superseded", _("Superseded")

    scheme = models.ForeignKey(Scheme, on_delete=models.PROTECT, related_name="runs", verbose_name=_("scheme"))
    as_of = models.DateField(_("figures as of"))
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.DRAFT)
    data_stamp = models.JSONField(_("data stamp"), default=list)
    notes = models.JSONField(_("notes"), default=list)
    computed_at = models.DateTimeField(_("computed"), auto_now_add=True)
    computed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("assessment result")
        verbose_name_plural = _("assessment results")
        ordering = ["-computed_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.scheme} · {self.as_of}"

    @property
    def division_id(self) -> int:
        return self.scheme.division_id


class RunEvent(TransitionEvent):
    run = models.ForeignKey(AssessmentRun, on_delete=models.CASCADE, related_name="events")

    class Meta(TransitionEvent.Meta):
        verbose_name = _("assessment result event")
        verbose_name_plural = _("assessment result events")


class Sheet(models.Model):
    """A unit's result: its total, its rank within its kind and each item with the records behind its points."""

    class Kind(models.TextChoices):
        DEPARTMENT = "department", _("Department")
        COUNTY = "county", _("County or district")

    run = models.ForeignKey(AssessmentRun, on_delete=models.CASCADE, related_name="sheets")
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="assessment_sheets", verbose_name=_("unit"))
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    total = models.FloatField(_("total"))
    max_total = models.FloatField(_("maximum"))
    rank = models.PositiveSmallIntegerField(_("rank"))
    lines = models.JSONField(_("items"), default=list)

    class Meta:
        verbose_name = _("assessment sheet")
        verbose_name_plural = _("assessment sheets")
        ordering = ["run", "kind", "rank", "unit__name"]
        constraints = [models.UniqueConstraint(fields=["run", "unit"], name="sheet_unique_unit")]

    def __str__(self) -> str:
        return f"{self.unit} {self.total:g}"

    @property
    def division_id(self) -> int:
        return self.run.scheme.division_id


class Objection(models.Model):
    """A unit's objection (申诉) to an item of its published sheet; the office upholds it (with an adjustment of
    the item's points, counted when the results are computed again) or rejects it, with a comment."""

    class Status(models.TextChoices):
        FILED = "filed", _("Filed, awaiting an answer")
        UPHELD = "upheld", _("Upheld")
        REJECTED = "rejected", _("Rejected")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    sheet = models.ForeignKey(Sheet, on_delete=models.CASCADE, related_name="objections")
    item_code = models.CharField(_("item"), max_length=32)
    text = models.TextField(_("objection"))
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.FILED)
    adjustment = models.FloatField(_("points adjustment"), null=True, blank=True)
    filed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    filed_at = models.DateTimeField(_("filed"), auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("objection")
        verbose_name_plural = _("objections")
        ordering = ["-filed_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.sheet.unit} · {self.item_code}"

    @property
    def division_id(self) -> int:
        return self.sheet.run.scheme.division_id

    @property
    def unit_id(self) -> int:
        return self.sheet.unit_id


class ObjectionEvent(TransitionEvent):
    objection = models.ForeignKey(Objection, on_delete=models.CASCADE, related_name="events")

    class Meta(TransitionEvent.Meta):
        verbose_name = _("objection event")
        verbose_name_plural = _("objection events")


def _objection_path(instance: ObjectionFile, filename: str) -> str:
    return f"assessment/objections/{instance.event.objection_id}/{instance.event_id}/{filename}"


class ObjectionFile(EventFile):
    event = models.ForeignKey(ObjectionEvent, on_delete=models.CASCADE, related_name="files")
    file = models.FileField(
        _("file"), upload_to=_objection_path, validators=[FileExtensionValidator(FILE_TYPES)], max_length=300
    )

    class Meta:
        verbose_name = _("objection file")
        verbose_name_plural = _("objection files")
