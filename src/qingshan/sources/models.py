"""Pollution sources: the enterprise registry, discharge permits, outlets and their monitored factors, monitoring
devices, the readings their HJ 212 packets carry, and the alerts raised on them.

Glossary (docs/glossary.md): ``Enterprise`` ↔ 排污单位, ``Permit`` ↔ 排污许可证, ``Outlet`` ↔ 排放口,
``OutletFactor`` ↔ 监测因子(排放限值), ``Device`` ↔ 监测设备(数采仪), ``Packet`` ↔ 数据包, ``Reading`` ↔ 监测数据,
``Quarantined`` ↔ 隔离数据包, ``ReceiverCounter`` ↔ 接收统计, ``Alert`` ↔ 报警, ``AlertEvent`` ↔ 报警处置记录.

``Packet`` and ``Reading`` are written by the receiver in batches with SQL of its own (``receiver/store.py``);
their tables are made by migration 0002 — partitioned by month on PostgreSQL (declarative partitioning), plain on
SQLite — so the models here are ``managed = False`` views of them for reading.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from qingshan.core.workflow import TransitionEvent
from qingshan.orgs.models import Division


class Enterprise(models.Model):
    """排污单位."""

    credit_code = models.CharField(_("unified social credit code"), max_length=18, unique=True)
    credit_code_checked = models.BooleanField(
        _("check character verified"),
        default=True,
        help_text=_(
            "False when the code's 18th character is not the GB 32100-2015 check character: kept (early pilot "
            "codes are legal), flagged for review."
        ),
    )
    name = models.CharField(_("name"), max_length=128)
    division = models.ForeignKey(
        Division, on_delete=models.PROTECT, related_name="enterprises", verbose_name=_("division")
    )
    industry = models.CharField(_("industry"), max_length=64, blank=True)
    address = models.CharField(_("address"), max_length=200, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    key_water = models.BooleanField(_("key discharger: water"), default=False)
    key_air = models.BooleanField(_("key discharger: air"), default=False)
    key_soil = models.BooleanField(_("key discharger: soil"), default=False)
    key_noise = models.BooleanField(_("key discharger: noise"), default=False)
    synthetic = models.BooleanField(
        _("demo (synthetic)"), default=False, help_text=_("A fictitious demo enterprise, labelled 演示 everywhere.")
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("enterprise")
        verbose_name_plural = _("enterprises")
        ordering = ["division__code", "name"]

    def __str__(self) -> str:
        return self.name

    @property
    def key_media_text(self) -> str:
        from django.utils.translation import get_language

        return (", " if (get_language() or "").startswith("en") else "、").join(self.key_media)

    @property
    def key_media(self) -> list[str]:
        out = []
        for flag, label in (
            (self.key_water, _("water")),
            (self.key_air, _("air")),
            (self.key_soil, _("soil")),
            (self.key_noise, _("noise")),
        ):
            if flag:
                out.append(str(label))
        return out


class Permit(models.Model):
    """排污许可证 (排污许可管理条例: a number from the national platform, valid five years)."""

    class Kind(models.TextChoices):
        KEY = "key", _("Key management")
        SIMPLIFIED = "simplified", _("Simplified management")
        REGISTRATION = "registration", _("Registration")

    enterprise = models.ForeignKey(
        Enterprise, on_delete=models.CASCADE, related_name="permits", verbose_name=_("enterprise")
    )
    number = models.CharField(_("permit number"), max_length=32, unique=True)
    kind = models.CharField(_("management class"), max_length=16, choices=Kind.choices, default=Kind.KEY)
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(_("valid until"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("discharge permit")
        verbose_name_plural = _("discharge permits")
        ordering = ["enterprise", "-valid_to"]

    def __str__(self) -> str:
        return self.number


class Outlet(models.Model):
    """排放口: DA001… (废气) or DW001… (废水)."""

    class Kind(models.TextChoices):
        GAS = "gas", _("Waste gas")
        WATER = "water", _("Waste water")

    enterprise = models.ForeignKey(
        Enterprise, on_delete=models.CASCADE, related_name="outlets", verbose_name=_("enterprise")
    )
    code = models.CharField(_("outlet code"), max_length=16)
    name = models.CharField(_("name"), max_length=64, blank=True)
    kind = models.CharField(_("type"), max_length=8, choices=Kind.choices)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("outlet")
        verbose_name_plural = _("outlets")
        ordering = ["enterprise", "code"]
        constraints = [models.UniqueConstraint(fields=["enterprise", "code"], name="outlet_unique_code")]

    def __str__(self) -> str:
        return f"{self.enterprise} {self.code}"


class OutletFactor(models.Model):
    """A monitored factor of an outlet with its emission limit."""

    class Period(models.TextChoices):
        HOUR = "hour", _("Hourly mean")
        DAY = "day", _("Daily mean")
        REALTIME = "realtime", _("Each real-time value")

    outlet = models.ForeignKey(Outlet, on_delete=models.CASCADE, related_name="factors", verbose_name=_("outlet"))
    code = models.CharField(_("HJ 212 code"), max_length=8)
    name = models.CharField(_("factor"), max_length=64)
    limit = models.FloatField(_("emission limit"), null=True, blank=True)
    unit = models.CharField(_("unit"), max_length=24, blank=True)
    period = models.CharField(
        _("averaging period"),
        max_length=8,
        choices=Period.choices,
        default=Period.HOUR,
        help_text=_("The period the limit applies to: hourly mean for most air limits, daily for most water ones."),
    )
    standard = models.CharField(_("standard"), max_length=100, blank=True)
    on_converted = models.BooleanField(
        _("limit on converted value"),
        default=False,
        help_text=_("The limit applies to the concentration converted to the reference oxygen (ZsRtd/ZsAvg)."),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("monitored factor")
        verbose_name_plural = _("monitored factors")
        ordering = ["outlet", "code"]
        constraints = [models.UniqueConstraint(fields=["outlet", "code"], name="factor_unique_code")]

    def __str__(self) -> str:
        return f"{self.outlet} {self.code}"


class Device(models.Model):
    """A monitoring device (数采仪) identified by its MN."""

    outlet = models.ForeignKey(Outlet, on_delete=models.CASCADE, related_name="devices", verbose_name=_("outlet"))
    mn = models.CharField(_("MN"), max_length=64, unique=True)
    password = models.CharField(_("access password"), max_length=32)
    interval = models.PositiveIntegerField(
        _("reporting interval (s)"), default=60, help_text=_("Seconds between real-time uploads (2011).")
    )
    accept_modbus_crc = models.BooleanField(
        _("accept MODBUS CRC"),
        default=False,
        help_text=_("Some devices send a MODBUS CRC instead of the HJ 212 one; accept their packets."),
    )
    active = models.BooleanField(_("active"), default=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("monitoring device")
        verbose_name_plural = _("monitoring devices")
        ordering = ["mn"]

    def __str__(self) -> str:
        return self.mn


class Packet(models.Model):
    """One stored HJ 212 packet (a part of a multi-packet message is one packet, ``pno`` > 0)."""

    pk = models.CompositePrimaryKey("mn", "cn", "data_time", "pno")
    mn = models.CharField(max_length=64)
    cn = models.IntegerField()
    data_time = models.DateTimeField()
    pno = models.IntegerField(default=0)
    st = models.CharField(max_length=3)
    qn = models.CharField(max_length=20, blank=True)
    flag = models.IntegerField(null=True)
    device_id = models.BigIntegerField()
    received_at = models.DateTimeField()
    crc_kind = models.CharField(max_length=8)
    raw = models.TextField()

    class Meta:
        managed = False
        db_table = "sources_packet"
        verbose_name = _("packet")
        verbose_name_plural = _("packets")

    def __str__(self) -> str:
        return f"{self.mn} {self.cn} {self.data_time}"


class Reading(models.Model):
    """One factor of one stored packet: Rtd (real-time) or Min/Avg/Max/Cou (statistics), converted values, flag."""

    pk = models.CompositePrimaryKey("mn", "cn", "data_time", "code")
    mn = models.CharField(max_length=64)
    cn = models.IntegerField()
    data_time = models.DateTimeField()
    code = models.CharField(max_length=16)
    rtd = models.FloatField(null=True)
    avg = models.FloatField(null=True)
    min = models.FloatField(null=True)
    max = models.FloatField(null=True)
    cou = models.FloatField(null=True)
    zs_rtd = models.FloatField(null=True)
    zs_avg = models.FloatField(null=True)
    flag = models.CharField(max_length=4, blank=True)

    class Meta:
        managed = False
        db_table = "sources_reading"
        verbose_name = _("reading")
        verbose_name_plural = _("readings")

    def __str__(self) -> str:
        return f"{self.mn} {self.cn} {self.data_time} {self.code}"

    @property
    def value(self) -> float | None:
        return self.rtd if self.cn == 2011 else self.avg


class Quarantined(models.Model):
    """A well-formed packet from an MN no device is registered with: kept for review, never counted."""

    mn = models.CharField(_("MN"), max_length=64, db_index=True)
    cn = models.CharField(_("CN"), max_length=4)
    received_at = models.DateTimeField(_("received"))
    peer = models.CharField(_("from"), max_length=64, blank=True)
    raw = models.TextField(_("packet"))

    class Meta:
        verbose_name = _("quarantined packet")
        verbose_name_plural = _("quarantined packets")
        ordering = ["-received_at"]

    def __str__(self) -> str:
        return f"{self.mn} {self.received_at}"


class ReceiverCounter(models.Model):
    """Counters of the receivers (received, stored, duplicates, rejected by reason), summed over processes."""

    name = models.CharField(max_length=32, primary_key=True)
    value = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = _("receiver counter")
        verbose_name_plural = _("receiver counters")

    def __str__(self) -> str:
        return f"{self.name}={self.value}"


class Alert(models.Model):
    """An exceedance or data-quality alert for the enforcement team of the enterprise's area."""

    class Kind(models.TextChoices):
        EXCEEDANCE = "exceedance", _("Exceedance")
        CONSTANT = "constant", _("Constant values")
        ZERO = "zero", _("Zero values")
        MISSING = "missing", _("Missing factor")
        OFFLINE = "offline", _("Device offline")

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        ACKNOWLEDGED = "acknowledged", _("Acknowledged")
        HANDLED = "handled", _("Handled")
        CLOSED = "closed", _("Closed")

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.OPEN)
    enterprise = models.ForeignKey(
        Enterprise, on_delete=models.CASCADE, related_name="alerts", verbose_name=_("enterprise")
    )
    division = models.ForeignKey(Division, on_delete=models.PROTECT, related_name="+", verbose_name=_("area"))
    outlet = models.ForeignKey(
        Outlet, on_delete=models.CASCADE, null=True, blank=True, related_name="alerts", verbose_name=_("outlet")
    )
    device = models.ForeignKey(
        Device, on_delete=models.SET_NULL, null=True, blank=True, related_name="alerts", verbose_name=_("device")
    )
    code = models.CharField(_("factor"), max_length=16, blank=True)
    period_start = models.DateTimeField(_("from"))
    period_end = models.DateTimeField(_("until"))
    value = models.FloatField(_("measured value"), null=True, blank=True)
    limit = models.FloatField(_("limit"), null=True, blank=True)
    unit = models.CharField(_("unit"), max_length=24, blank=True)
    on_converted = models.BooleanField(_("on converted value"), default=False)
    evidence = models.JSONField(_("data behind the alert"), default=dict)
    note = models.TextField(_("handling note"), blank=True)
    inspection = models.CharField(_("inspection (link or number)"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("raised"), auto_now_add=True)

    class Meta:
        verbose_name = _("alert")
        verbose_name_plural = _("alerts")
        ordering = ["-period_start", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "outlet", "device", "code", "period_start"], name="alert_unique_per_period"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.enterprise} {self.code}"

    @property
    def factor_name(self) -> str:
        """The factor's Chinese name from HJ 212-2017 Appendix B (data, shown in both languages), or the code."""
        from qingshan.hj212.codes import factors

        f = factors().get(self.code)
        return f"{f.name} {self.code}" if f else self.code

    @property
    def multiple(self) -> float | None:
        """Exceedance multiple (value − limit) / limit."""
        if self.value is None or not self.limit:
            return None
        return (self.value - self.limit) / self.limit


class AlertEvent(TransitionEvent):
    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="events")

    class Meta(TransitionEvent.Meta):
        verbose_name = _("alert event")
        verbose_name_plural = _("alert events")


__all__ = [
    "Alert", "AlertEvent", "Device", "Enterprise", "Outlet", "OutletFactor", "Packet", "Permit", "Quarantined",
    "Reading", "ReceiverCounter",
]
