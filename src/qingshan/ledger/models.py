"""The responsibility ledger (任务台账): plans, their numbered tasks and the units that own them.

Glossary: ``Plan`` ↔ 实施方案, ``Task`` ↔ 任务, ``TaskAssignment`` ↔ 任务分工,
``LeadUnit`` (role ``lead``) ↔ 牵头单位, ``CooperatingUnit`` (role ``cooperating``) ↔ 配合单位,
``ImplicitUnit`` (role ``implicit``) ↔ 落实单位(“以下不再列出”).
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from qingshan.core.validators import year_validators
from qingshan.core.workflow import TransitionEvent
from qingshan.orgs.models import Division, Unit


class PlanLineage(models.Model):
    """The versions of one plan (方案的各个版本): an upload that revises a plan joins its lineage; at most one
    version of a lineage is in force (confirmed) at a time."""

    division = models.ForeignKey(
        Division, on_delete=models.PROTECT, related_name="plan_lineages", verbose_name=_("area covered")
    )
    name = models.CharField(_("name"), max_length=256)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("plan lineage")
        verbose_name_plural = _("plan lineages")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.name

    @property
    def in_force(self) -> Plan | None:
        return self.versions.filter(status=Plan.Status.CONFIRMED).first()


class Plan(models.Model):
    class Status(models.TextChoices):
        """States of the plan workflow (``ledger/workflow.py``)."""

        DRAFT = "draft", _("Draft, under review")
        CONFIRMED = "confirmed", _("Confirmed ledger")
        SUPERSEDED = "superseded", _("Superseded by a revision")
        WITHDRAWN = "withdrawn", _("Withdrawn draft")
        ARCHIVED = "archived", _("Archived (no longer in force)")

    title = models.CharField(_("title"), max_length=256)
    issuer = models.CharField(_("issuer"), max_length=128, blank=True)
    doc_number = models.CharField(_("document number"), max_length=64, blank=True)
    issued_on = models.DateField(_("date issued"), null=True, blank=True)
    division = models.ForeignKey(
        Division, on_delete=models.PROTECT, related_name="plans", verbose_name=_("area covered")
    )
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.DRAFT)
    published = models.BooleanField(_("published to the public"), default=False)
    source_text = models.TextField(_("document text"), blank=True)
    file_name = models.CharField(_("file"), max_length=256, blank=True)
    revision_of = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="revisions",
        verbose_name=_("revision of"),
    )
    lineage = models.ForeignKey(
        PlanLineage,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="versions",
        verbose_name=_("plan lineage"),
    )
    version = models.PositiveSmallIntegerField(_("version"), default=1)
    lineage_basis = models.JSONField(
        _("why this lineage"),
        default=list,
        blank=True,
        help_text=_("What matched the upload to its lineage (文号, title, tasks), for the reviewer to check."),
    )
    title_doubtful = models.BooleanField(
        _("title to check"),
        default=False,
        help_text=_("The title read names no kind of plan (方案/意见/计划…): OCR may have garbled it."),
    )
    title_hint = models.CharField(_("title as the text gives it"), max_length=256, blank=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    history = HistoricalRecords(excluded_fields=["source_text"])

    class Meta:
        verbose_name = _("plan")
        verbose_name_plural = _("plans")
        ordering = ["-issued_on", "title"]

    def __str__(self) -> str:
        return self.title

    @property
    def display_title(self) -> str:
        """The title to show: the name the text gives itself where the title read is doubtful (OCR) and no person
        has corrected it yet."""
        return self.title_hint if self.title_doubtful and self.title_hint else self.title

    @property
    def title_from_file(self) -> bool:
        """No title was read from the text: the file's name stands in for it (the import's fallback)."""
        return bool(self.file_name) and self.title == self.file_name.rsplit(".", 1)[0][:256]

    def history_value(self, field: str, value: object) -> str | None:
        """The change history says why a version joined its lineage as the review page does ("same document
        number 攀府发〔2024〕3号", "chosen by a person"), and names the lineage, not its row number."""
        if field == "lineage" and value:
            lineage = PlanLineage.objects.filter(pk=value).first()
            return lineage.name if lineage else None
        if field != "lineage_basis" or not isinstance(value, list):
            return None
        words = []
        for pair in value:
            code, detail = (pair[0], pair[1]) if isinstance(pair, list | tuple) and len(pair) == 2 else (pair, None)
            if code == "doc_number":
                words.append(f"{_('same document number')} {detail}")
            elif code == "title":
                words.append(f"{_('similar title')} {detail}")
            elif code == "tasks" and isinstance(detail, int | float):
                words.append(f"{_('same tasks')} {detail * 100:.0f}%")
            elif code == "issuer":
                words.append(str(_("same issuer")))
            elif code == "chosen":
                words.append(str(_("chosen by a person")))
            else:
                words.append(str(code))
        return "; ".join(words)


class Task(models.Model):
    class Status(models.TextChoices):
        """States of the task workflow (``ledger/workflow.py``)."""

        NOT_STARTED = "not_started", _("Not started")
        IN_PROGRESS = "in_progress", _("In progress")
        COMPLETED = "completed", _("Completed")

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="tasks", verbose_name=_("plan"))
    number = models.CharField(_("number"), max_length=32, help_text=_("Number path, e.g. 二.(一).1.(2)"))
    heading = models.CharField(_("heading"), max_length=256, blank=True)
    text = models.TextField(_("task content"))
    deadline = models.CharField(_("deadline as written"), max_length=64, blank=True)
    due_date = models.DateField(_("due date"), null=True, blank=True)
    recurrence = models.CharField(_("recurring duty"), max_length=64, blank=True)
    order = models.PositiveIntegerField(_("order"), default=0)
    span_start = models.PositiveIntegerField(_("start in document"), null=True, blank=True)
    span_end = models.PositiveIntegerField(_("end in document"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.NOT_STARTED)
    progress_note = models.TextField(_("progress note"), blank=True)
    units_written = models.JSONField(
        _("units as the document writes them"),
        default=list,
        blank=True,
        help_text=_("[role, name as written] pairs read from the document; corrections of the units do not change it."),
    )
    units = models.ManyToManyField(
        Unit, through="TaskAssignment", related_name="tasks", verbose_name=_("units")
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("task")
        verbose_name_plural = _("tasks")
        ordering = ["plan", "order", "number"]
        constraints = [models.UniqueConstraint(fields=["plan", "number"], name="task_unique_number_in_plan")]

    def __str__(self) -> str:
        return f"{self.number} {self.heading or self.text[:30]}"

    @property
    def is_overdue(self) -> bool:
        """Past its due date and not completed (today in the site's time zone): pages mark it 逾期 in words."""
        from django.utils import timezone

        return bool(self.due_date and self.due_date < timezone.localdate() and self.status != self.Status.COMPLETED)

    def history_value(self, field: str, value: object) -> str | None:
        """The change history shows the units as the document writes them by role (牵头单位: A、B;配合单位: C)."""
        if field != "units_written" or not isinstance(value, list):
            return None
        by_role: dict[str, list[str]] = {}
        for pair in value:
            if isinstance(pair, list | tuple) and len(pair) == 2:
                by_role.setdefault(str(pair[0]), []).append(str(pair[1]))
        labels = dict(TaskAssignment.Role.choices)
        order = list(labels)
        roles = sorted(by_role, key=lambda r: order.index(r) if r in order else len(order))
        return "; ".join(f"{labels.get(role, role)}: {'、'.join(by_role[role])}" for role in roles)

    def clean(self) -> None:
        """A task number is unique within its plan: the office's form answers a duplicate on the number field
        (the form has no ``plan`` field, so Django's constraint check would skip it and the database would
        answer with an IntegrityError)."""
        from django.core.exceptions import ValidationError

        if self.plan_id and self.number:
            clash = Task.objects.filter(plan_id=self.plan_id, number=self.number).exclude(pk=self.pk)
            if clash.exists():
                raise ValidationError({"number": _("Another task of this plan has the number %(number)s.")
                                       % {"number": self.number}})  # fmt: skip


class TaskAssignment(models.Model):
    class Role(models.TextChoices):
        LEAD = "lead", _("Lead unit")
        COOPERATING = "cooperating", _("Cooperating unit")
        IMPLICIT = "implicit", _("Implementing unit (bound to every task)")

    task = models.ForeignKey(
        Task, on_delete=models.CASCADE, related_name="assignments", verbose_name=_("task")
    )
    unit = models.ForeignKey(
        Unit,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="assignments",
        verbose_name=_("unit"),
        help_text=_("Empty when the name is not in the registry: kept and flagged for the reviewer."),
    )
    role = models.CharField(_("role"), max_length=16, choices=Role.choices)
    raw_name = models.CharField(_("name as written"), max_length=128, blank=True)
    span_start = models.PositiveIntegerField(_("start in document"), null=True, blank=True)
    span_end = models.PositiveIntegerField(_("end in document"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("task assignment")
        verbose_name_plural = _("task assignments")
        constraints = [
            models.UniqueConstraint(fields=["task", "unit", "role", "raw_name"], name="assignment_unique")
        ]

    def __str__(self) -> str:
        return f"{self.task.number} · {self.get_role_display()} · {self.unit or self.raw_name}"

    @property
    def needs_review(self) -> bool:
        return self.unit_id is None


class PlanTarget(models.Model):
    """A quantitative target read from a plan (目标值), for people to review and confirm."""

    class Comparator(models.TextChoices):
        GE = ">=", "≥"
        GT = ">", ">"
        LE = "<=", "≤"
        LT = "<", "<"
        EQ = "=", "="
        REDUCE_BY = "reduce_by", _("reduce by")
        INCREASE_BY = "increase_by", _("increase by")
        ELIMINATE = "eliminate", _("eliminate")

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="targets", verbose_name=_("plan"))
    task = models.ForeignKey(
        Task, on_delete=models.SET_NULL, null=True, blank=True, related_name="targets", verbose_name=_("task")
    )
    indicator = models.CharField(_("indicator"), max_length=128)
    comparator = models.CharField(_("comparator"), max_length=16, choices=Comparator.choices)
    value = models.FloatField(_("value"), null=True, blank=True)
    value_max = models.FloatField(_("upper value"), null=True, blank=True)
    unit = models.CharField(_("unit as written"), max_length=32, blank=True)
    year = models.PositiveSmallIntegerField(
        _("target year"), null=True, blank=True, validators=year_validators()
    )
    baseline_year = models.PositiveSmallIntegerField(
        _("baseline year"), null=True, blank=True, validators=year_validators()
    )
    # What the plan states stood in the baseline year (an indicator table's 现状值): a reduction is measured from it
    # when the monitoring data hold no figure for that year (targets.rules).
    baseline_value = models.FloatField(_("baseline value (as stated)"), null=True, blank=True)
    scope = models.CharField(_("scope"), max_length=64, blank=True)
    aspirational = models.BooleanField(_("aspirational (力争)"), default=False)
    text = models.TextField(_("text"), blank=True)
    span_start = models.PositiveIntegerField(_("start in document"), null=True, blank=True)
    span_end = models.PositiveIntegerField(_("end in document"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("plan target")
        verbose_name_plural = _("plan targets")
        ordering = ["plan", "span_start"]

    def __str__(self) -> str:
        value = "" if self.value is None else f"{self.value:g}"
        return f"{self.indicator} {self.comparator} {value}{self.unit}"

    @property
    def label(self) -> str:
        """The indicator with the place it is set for, where the indicator does not already name it ("东区
        PM2.5平均浓度" for a target the office scoped to 东区)."""
        if self.scope and self.scope not in self.indicator:
            return f"{self.scope} {self.indicator}"
        return self.indicator


class PlanEvent(TransitionEvent):
    """One step of a plan's workflow (confirmed, superseded, withdrawn, archived): who, when, why."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="events", verbose_name=_("plan"))

    class Meta(TransitionEvent.Meta):
        verbose_name = _("plan event")
        verbose_name_plural = _("plan events")


class TaskEvent(TransitionEvent):
    """One step of a task's workflow (started, completed, reopened)."""

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="events", verbose_name=_("task"))

    class Meta(TransitionEvent.Meta):
        verbose_name = _("task event")
        verbose_name_plural = _("task events")
