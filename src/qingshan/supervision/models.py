"""Supervision: the inspection-rectification ledger (督察整改台账, 验收销号), supervision notices (督办) and the monthly
bulletin (月通报).

Glossary (docs/glossary.md): ``CityPolicy`` ↔ 督察整改设置, ``LedgerImport`` ↔ 整改台账导入记录,
``Rectification`` ↔ 整改问题(督察反馈问题), ``RectificationUnit`` ↔ 整改责任分工, ``RectificationEvent`` ↔ 整改流转记录,
``EvidenceFile`` ↔ 佐证材料, ``PublicObjection`` ↔ 公示异议, ``Notice`` ↔ 督办(提醒/督办函/约谈),
``NoticeEvent`` ↔ 督办记录, ``NoticeFile`` ↔ 督办材料, ``Bulletin`` ↔ 月通报.
"""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.core.validators import FileExtensionValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from qingshan.core.workflow import TransitionEvent
from qingshan.ledger.models import Task
from qingshan.orgs.models import Division, Unit

from . import policy as P

FILE_TYPES = ["pdf", "doc", "docx", "xls", "xlsx", "csv", "txt", "jpg", "jpeg", "png", "zip", "ofd"]


class CityPolicy(models.Model):
    """A city's own settings for rectification and supervision (every default documented in ``policy.py``)."""

    division = models.OneToOneField(
        Division, on_delete=models.CASCADE, related_name="supervision_policy", verbose_name=_("city")
    )
    publicity_days = models.PositiveSmallIntegerField(
        _("public notice (days)"),
        default=P.DEFAULT.publicity_days,
        validators=[MaxValueValidator(90)],
        help_text=_("Days an accepted item stays on public notice before it is closed. Not found in national "
                    "rules: a placeholder default of 7 that the city sets."),
    )
    immediate_days = models.PositiveSmallIntegerField(
        _("days for an immediate (立行立改) item"),
        default=P.DEFAULT.immediate_days,
        validators=[MinValueValidator(1), MaxValueValidator(365)],
        help_text=_("Counted from the day the item is imported. Not found in national rules (placeholder 30)."),
    )
    long_term_report_months = models.PositiveSmallIntegerField(
        _("long-term items report every (months)"),
        default=P.DEFAULT.long_term_report_months,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
    )
    required_evidence = models.JSONField(
        _("evidence required to apply for closure"),
        default=list,
        blank=True,
        help_text=_("Evidence kinds (report, acceptance, photo); empty means the default: all three."),
    )
    office_accepts = models.BooleanField(
        _("the office may accept applications too"), default=P.DEFAULT.office_accepts
    )
    ladder = models.JSONField(
        _("escalation ladder of notices"),
        default=list,
        blank=True,
        help_text=_("Rungs in order, each {code, zh, en, reply_days, meeting}; empty means the default "
                    "提醒 → 督办函 → 约谈."),
    )
    status_words = models.JSONField(
        _("import: words of the status column"),
        default=dict,
        blank=True,
        help_text=_("State → words; empty means the default vocabulary."),
    )
    bulletin_issuer = models.CharField(
        _("bulletin issued by"),
        max_length=128,
        blank=True,
        help_text=_("Issuing office printed on the monthly bulletin; empty: the city's coordinating office."),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("supervision settings of a city")
        verbose_name_plural = _("supervision settings of cities")

    def __str__(self) -> str:
        return str(self.division)

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        bad = [k for k in self.required_evidence or [] if k not in P.EVIDENCE_KINDS]
        if bad:
            raise ValidationError(
                {"required_evidence": _("Unknown evidence kinds: %(kinds)s (use %(known)s).")
                 % {"kinds": ", ".join(map(str, bad)), "known": ", ".join(P.EVIDENCE_KINDS)}}
            )  # fmt: skip
        try:
            ladder = P.ladder_from(self.ladder)
        except (KeyError, TypeError, ValueError, AttributeError):
            raise ValidationError({"ladder": _("Each rung needs a code; reply_days is a number of days.")}) from None
        if len({r.code for r in ladder}) != len(ladder):
            raise ValidationError({"ladder": _("Each rung needs a code of its own.")})
        for state, words in (self.status_words or {}).items():
            if state not in ("pending", "in_progress", "closed") or not isinstance(words, list):
                raise ValidationError({"status_words": _("States are pending, in_progress and closed, each with a list of words.")})

    def as_policy(self) -> P.Policy:
        return P.Policy(
            publicity_days=self.publicity_days,
            immediate_days=self.immediate_days,
            long_term_report_months=self.long_term_report_months,
            required_evidence=tuple(self.required_evidence or P.DEFAULT.required_evidence),
            office_accepts=self.office_accepts,
            ladder=P.ladder_from(self.ladder),
            status_words=dict(self.status_words or P.DEFAULT.status_words),
        )


class LedgerImport(models.Model):
    """One imported ledger file: what it was, who imported it, what it changed."""

    division = models.ForeignKey(Division, on_delete=models.PROTECT, related_name="+", verbose_name=_("city"))
    file_name = models.CharField(_("file"), max_length=256)
    sha256 = models.CharField(max_length=64)
    layout = models.CharField(_("columns found"), max_length=512, blank=True)
    rows = models.PositiveIntegerField(_("problems read"), default=0)
    created_items = models.PositiveIntegerField(_("new problems"), default=0)
    updated_items = models.PositiveIntegerField(_("problems updated"), default=0)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    imported_at = models.DateTimeField(_("imported"), auto_now_add=True)

    class Meta:
        verbose_name = _("rectification ledger import")
        verbose_name_plural = _("rectification ledger imports")
        ordering = ["-imported_at"]

    def __str__(self) -> str:
        return self.file_name


class Rectification(models.Model):
    """A problem found by an inspection (督察反馈问题) and its rectification until it is closed (销号)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("To be rectified")  # 待整改
        IN_PROGRESS = "in_progress", _("Being rectified")  # 整改中
        APPLIED = "applied", _("Closure applied for")  # 申请销号 (awaiting 验收)
        PUBLICITY = "publicity", _("On public notice")  # 公示中
        CLOSED = "closed", pgettext_lazy("rectification", "Closed")  # 已销号

    class Source(models.TextChoices):
        CENTRAL = "central", _("Central eco-environmental inspection")  # 中央生态环境保护督察
        PROVINCIAL = "provincial", _("Provincial eco-environmental inspection")  # 省级督察
        WARNING_FILM = "warning_film", _("Yangtze Economic Belt warning film")  # 长江经济带警示片
        PETITION = "petition", _("Petition case assigned")  # 信访交办件
        OTHER = "other", _("Other source")

    class DeadlineKind(models.TextChoices):
        DATED = "dated", _("By a date")
        LONG_TERM = "long_term", _("Long-term (长期坚持)")
        IMMEDIATE = "immediate", _("Immediately (立行立改)")

    division = models.ForeignKey(
        Division, on_delete=models.PROTECT, related_name="rectifications", verbose_name=_("city")
    )
    area = models.ForeignKey(
        Division,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("county or district"),
        help_text=_("The county whose government is responsible, if any (counties see the items of their area)."),
    )
    imported_from = models.ForeignKey(
        LedgerImport, on_delete=models.SET_NULL, null=True, blank=True, related_name="items"
    )
    key = models.CharField(_("import key"), max_length=40, editable=False)
    number = models.CharField(_("number"), max_length=32, blank=True)
    order = models.PositiveIntegerField(_("order"), default=0)
    source = models.CharField(_("problem source"), max_length=16, choices=Source.choices, default=Source.OTHER)
    source_text = models.CharField(_("source as written"), max_length=256, blank=True)
    round = models.CharField(_("round"), max_length=32, blank=True)
    batch = models.CharField(_("batch"), max_length=32, blank=True)
    problem = models.TextField(_("problem"))
    goal = models.TextField(_("rectification goal"), blank=True)
    measures = models.TextField(_("measures"), blank=True)
    leader = models.CharField(_("responsible leader"), max_length=128, blank=True)
    accepting_unit = models.ForeignKey(
        Unit,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="rectifications_to_accept",
        verbose_name=_("accepting unit"),
        help_text=_("The department or county that checks and signs off the closure (验收)."),
    )
    deadline = models.CharField(_("deadline as written in the ledger"), max_length=64, blank=True)
    deadline_kind = models.CharField(
        _("kind of deadline"), max_length=12, choices=DeadlineKind.choices, default=DeadlineKind.DATED
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    progress = models.TextField(_("rectification progress"), blank=True)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PENDING)
    status_as_written = models.CharField(_("status in the imported ledger"), max_length=128, blank=True)
    applied_at = models.DateTimeField(_("closure applied for"), null=True, blank=True)
    publicity_start = models.DateField(_("public notice from"), null=True, blank=True)
    publicity_end = models.DateField(_("public notice until"), null=True, blank=True)
    closed_at = models.DateTimeField(pgettext_lazy("rectification", "closed on"), null=True, blank=True)
    last_report_at = models.DateTimeField(_("last progress report"), null=True, blank=True)
    demo = models.BooleanField(
        _("synthetic demo record"), default=False, help_text=_("Generated for the demo (演示), not a real problem.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("rectification item")
        verbose_name_plural = _("rectification items")
        ordering = ["division", "order", "pk"]
        constraints = [models.UniqueConstraint(fields=["division", "key"], name="rectification_unique_key")]
        indexes = [models.Index(fields=["status", "due_date"])]

    def __str__(self) -> str:
        return f"{self.number} {self.problem[:40]}"

    OPEN = (Status.PENDING, Status.IN_PROGRESS)

    def is_overdue(self, today: date) -> bool:
        """Past its due date and not yet rectified (not applied for closure); long-term items are never overdue."""
        return (
            self.deadline_kind != self.DeadlineKind.LONG_TERM
            and self.due_date is not None
            and today > self.due_date
            and self.status in self.OPEN
        )

    def days_overdue(self, today: date) -> int:
        return (today - self.due_date).days if self.is_overdue(today) else 0

    def units_in(self, *roles: str) -> list[RectificationUnit]:
        return [u for u in self.units.all() if not roles or u.role in roles]


class RectificationUnit(models.Model):
    """A unit named on an item: lead (牵头单位), responsible (责任单位) or cooperating (配合单位)."""

    class Role(models.TextChoices):
        LEAD = "lead", _("Lead unit")
        RESPONSIBLE = "responsible", _("Responsible unit")
        COOPERATING = "cooperating", _("Cooperating unit")

    rectification = models.ForeignKey(Rectification, on_delete=models.CASCADE, related_name="units")
    unit = models.ForeignKey(
        Unit,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="rectification_roles",
        verbose_name=_("unit"),
        help_text=_("Empty when the name is not in the registry (kept as written, to be mapped)."),
    )
    role = models.CharField(_("role on the item"), max_length=12, choices=Role.choices)
    raw_name = models.CharField(_("name as written"), max_length=128)

    class Meta:
        verbose_name = _("unit of a rectification item")
        verbose_name_plural = _("units of rectification items")
        constraints = [
            models.UniqueConstraint(
                fields=["rectification", "role", "raw_name"], name="rectification_unit_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_role_display()}: {self.unit or self.raw_name}"


class RectificationEvent(TransitionEvent):
    """Every step of an item: import, start, progress report, application, acceptance or return, public notice,
    closure, reopening — with actor, time, comment and files."""

    rectification = models.ForeignKey(Rectification, on_delete=models.CASCADE, related_name="events")

    class Meta(TransitionEvent.Meta):
        verbose_name = _("rectification event")
        verbose_name_plural = _("rectification events")


class EventFile(models.Model):
    """A file stored with a workflow event (evidence, a reply, an objection's material): the name as uploaded and
    its size. Concrete models add the event's foreign key and the file field with its folder."""

    name = models.CharField(_("name"), max_length=200)
    size = models.PositiveIntegerField(_("size (bytes)"), default=0)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.name

    @classmethod
    def attach(cls, event, upload, **fields):
        """Store an uploaded file with ``event`` (validated: file type)."""
        obj = cls(event=event, file=upload, name=upload.name[:200], size=upload.size or 0, **fields)
        obj.full_clean()
        obj.save()
        return obj


def _evidence_path(instance: EvidenceFile, filename: str) -> str:
    return f"rectification/{instance.event.rectification_id}/{instance.event_id}/{filename}"


class EvidenceFile(EventFile):
    KIND_CHOICES = [
        ("report", _("Rectification report")),
        ("acceptance", _("Acceptance material")),
        ("photo", _("Photos")),
        ("reply", _("Reply material")),
        ("other", _("Other files")),
    ]

    event = models.ForeignKey(RectificationEvent, on_delete=models.CASCADE, related_name="files")
    kind = models.CharField(_("kind"), max_length=12, choices=KIND_CHOICES, default="other")
    file = models.FileField(
        _("file"), upload_to=_evidence_path, validators=[FileExtensionValidator(FILE_TYPES)], max_length=300
    )

    class Meta:
        verbose_name = _("evidence file")
        verbose_name_plural = _("evidence files")


class PublicObjection(models.Model):
    """An objection a member of the public raises against an item on public notice (公示异议)."""

    rectification = models.ForeignKey(Rectification, on_delete=models.CASCADE, related_name="objections")
    name = models.CharField(_("name"), max_length=64, blank=True)
    contact = models.CharField(_("contact"), max_length=128, blank=True)
    text = models.TextField(_("objection"))
    submitted_at = models.DateTimeField(_("objection submitted"), auto_now_add=True)
    answer = models.TextField(_("answer"), blank=True)
    upheld = models.BooleanField(_("upheld"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("public objection")
        verbose_name_plural = _("public objections")
        ordering = ["-submitted_at"]

    def __str__(self) -> str:
        return f"{self.rectification_id}: {self.text[:30]}"

    @property
    def open(self) -> bool:
        return self.answered_at is None


class Notice(models.Model):
    """A supervision notice (督办) to a unit on a lagging task, report or rectification item, escalated along the
    city's ladder (提醒 → 督办函 → 约谈 by default)."""

    class Status(models.TextChoices):
        ISSUED = "issued", _("Issued, awaiting reply")
        REPLIED = "replied", _("Replied")
        CLOSED = "closed", _("Settled")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    class Subject(models.TextChoices):
        TASK = "task", _("Task")
        REPORT = "report", _("Progress report")
        RECTIFICATION = "rectification", _("Rectification item")
        OTHER = "other", _("Other matter")

    division = models.ForeignKey(Division, on_delete=models.PROTECT, related_name="notices", verbose_name=_("city"))
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="notices", verbose_name=_("unit"))
    subject = models.CharField(_("about"), max_length=16, choices=Subject.choices)
    task = models.ForeignKey(
        Task, on_delete=models.SET_NULL, null=True, blank=True, related_name="notices", verbose_name=_("task")
    )
    period_start = models.DateField(_("reporting period"), null=True, blank=True)
    rectification = models.ForeignKey(
        Rectification,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="notices",
        verbose_name=_("rectification item"),
    )
    rung = models.CharField(_("level"), max_length=16)
    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("notice text"))
    reply_due = models.DateField(_("reply due"), null=True, blank=True)
    meeting_at = models.DateTimeField(_("meeting held"), null=True, blank=True)
    meeting_record = models.TextField(_("meeting record"), blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.ISSUED)
    issued_at = models.DateTimeField(_("issued"))
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    demo = models.BooleanField(_("synthetic demo record"), default=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("supervision notice")
        verbose_name_plural = _("supervision notices")
        ordering = ["-issued_at", "-pk"]

    def __str__(self) -> str:
        return self.title

    def reply_overdue(self, today: date) -> bool:
        return self.status == self.Status.ISSUED and self.reply_due is not None and today > self.reply_due


class NoticeEvent(TransitionEvent):
    """Issue, reply, return, escalation, meeting, settlement: each an event, with the rung it happened at."""

    notice = models.ForeignKey(Notice, on_delete=models.CASCADE, related_name="events")
    rung = models.CharField(_("level"), max_length=16, blank=True)

    class Meta(TransitionEvent.Meta):
        verbose_name = _("notice event")
        verbose_name_plural = _("notice events")


def _notice_path(instance: NoticeFile, filename: str) -> str:
    return f"notices/{instance.event.notice_id}/{instance.event_id}/{filename}"


class NoticeFile(EventFile):
    event = models.ForeignKey(NoticeEvent, on_delete=models.CASCADE, related_name="files")
    file = models.FileField(
        _("file"), upload_to=_notice_path, validators=[FileExtensionValidator(FILE_TYPES)], max_length=300
    )

    class Meta:
        verbose_name = _("notice file")
        verbose_name_plural = _("notice files")


def _bulletin_path(instance: Bulletin, filename: str) -> str:
    return f"bulletins/{instance.division_id}/{filename}"


class Bulletin(models.Model):
    """A monthly bulletin (月通报) as built: the Word file, the figures it printed and the data stamp they came from."""

    division = models.ForeignKey(
        Division, on_delete=models.PROTECT, related_name="bulletins", verbose_name=_("city")
    )
    month = models.DateField(_("month"))
    number = models.PositiveSmallIntegerField(_("issue number"))
    title = models.CharField(_("title"), max_length=200)
    issuer = models.CharField(_("issued by"), max_length=128)
    language = models.CharField(_("language"), max_length=8, default="zh-hans")
    file = models.FileField(_("file"), upload_to=_bulletin_path, max_length=300)
    figures = models.JSONField(_("figures printed"), default=dict)
    data_stamp = models.JSONField(_("data stamp"), default=list)
    contains_synthetic = models.BooleanField(_("contains synthetic demo data"), default=False)
    built_at = models.DateTimeField(_("built"), auto_now_add=True)
    built_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    published = models.BooleanField(_("published to the portal"), default=False)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    history = HistoricalRecords(excluded_fields=["figures"])

    class Meta:
        verbose_name = _("monthly bulletin")
        verbose_name_plural = _("monthly bulletins")
        ordering = ["-month", "-number"]

    def __str__(self) -> str:
        return self.title
