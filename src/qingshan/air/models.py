"""Air-quality monitoring: stations, hourly observations, and the daily AQI table materialised from them.

Glossary: ``Station`` ↔ 监测站点, ``HourlyObservation`` ↔ 小时监测数据, ``DailyAirQuality`` ↔ 日报(AQI),
``AirImport`` ↔ 数据导入记录.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from qingshan.orgs.models import Division


class Station(models.Model):
    class ControlLevel(models.TextChoices):
        NATIONAL = "national", _("National control (国控)")
        PROVINCIAL = "provincial", _("Provincial control (省控)")
        CITY = "city", _("City control (市控)")
        COUNTY = "county", _("County station")

    code = models.CharField(_("code"), max_length=32, unique=True)
    name = models.CharField(_("name"), max_length=64)
    division = models.ForeignKey(
        Division,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="air_stations",
        verbose_name=_("division"),
    )
    control_level = models.CharField(
        _("control level"), max_length=16, choices=ControlLevel.choices, default=ControlLevel.CITY
    )
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    city_name = models.CharField(
        _("city (as listed)"),
        max_length=64,
        blank=True,
        help_text=_("The city the national station list names."),
    )
    background = models.BooleanField(
        _("background station"),
        default=False,
        help_text=_("A regional background station: left out of city and county figures (HJ 663)."),
    )
    started_on = models.DateField(_("in service from"), null=True, blank=True)
    closed_on = models.DateField(
        _("closed on"), null=True, blank=True, help_text=_("Its last day of data; later hours are refused.")
    )
    division_basis = models.CharField(_("how the county was assigned"), max_length=200, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("air monitoring station")
        verbose_name_plural = _("air monitoring stations")
        ordering = ["division__code", "name"]

    def __str__(self) -> str:
        return self.name


class HourlyObservation(models.Model):
    """One station-hour, wide: the six pollutants of HJ 633 (µg/m³; CO mg/m³). ``time`` is the hour's start (the
    network labels it by its end). Beside our real-time AQI (under the text in force that day) the values the file
    published are kept: AQI, primary pollutant(s) and the 24 h columns; ``aqi_differs`` marks an hour whose
    published AQI is not ours (the exceptions list)."""

    station = models.ForeignKey(Station, on_delete=models.CASCADE, related_name="hours")
    time = models.DateTimeField(_("hour (start)"))
    so2 = models.FloatField(null=True, blank=True)
    no2 = models.FloatField(null=True, blank=True)
    co = models.FloatField(null=True, blank=True)
    o3 = models.FloatField(null=True, blank=True)
    pm10 = models.FloatField(null=True, blank=True)
    pm25 = models.FloatField(null=True, blank=True)
    aqi = models.PositiveSmallIntegerField(_("AQI"), null=True, blank=True)
    primary_pollutants = models.CharField(_("primary pollutants"), max_length=40, blank=True)
    published_aqi = models.PositiveSmallIntegerField(_("published AQI"), null=True, blank=True)
    published_primary = models.CharField(_("published primary pollutants"), max_length=40, blank=True)
    so2_24h = models.FloatField(null=True, blank=True)
    no2_24h = models.FloatField(null=True, blank=True)
    co_24h = models.FloatField(null=True, blank=True)
    o3_24h = models.FloatField(null=True, blank=True)  # O₃ max 1h of the last 24 h, as published
    o3_8h = models.FloatField(null=True, blank=True)
    o3_8h_24h = models.FloatField(null=True, blank=True)
    pm10_24h = models.FloatField(null=True, blank=True)
    pm25_24h = models.FloatField(null=True, blank=True)
    aqi_differs = models.BooleanField(_("differs from the published AQI"), default=False)

    class Meta:
        verbose_name = _("hourly observation")
        verbose_name_plural = _("hourly observations")
        constraints = [models.UniqueConstraint(fields=["station", "time"], name="hour_unique_per_station")]
        indexes = [
            models.Index(
                fields=["station", "time"], condition=models.Q(aqi_differs=True), name="hour_aqi_differs"
            )
        ]

    def __str__(self) -> str:
        return f"{self.station_id} {self.time:%Y-%m-%d %H:00}"


class DailyAirQuality(models.Model):
    """Daily AQI of a station under one HJ 633 version, recomputed per station-month from the hourly data."""

    station = models.ForeignKey(Station, on_delete=models.CASCADE, related_name="days")
    date = models.DateField(_("date"))
    version = models.CharField(_("standard version"), max_length=8)  # "2012" | "2026"
    so2 = models.FloatField(null=True)
    no2 = models.FloatField(null=True)
    co = models.FloatField(null=True)
    o3_1h_max = models.FloatField(null=True)
    o3_8h_max = models.FloatField(null=True)
    pm10 = models.FloatField(null=True)
    pm25 = models.FloatField(null=True)
    iaqi = models.JSONField(_("IAQI per item"), default=dict)
    aqi = models.PositiveSmallIntegerField(_("AQI"), null=True)
    level = models.PositiveSmallIntegerField(_("level"), default=0)
    primary_pollutants = models.CharField(_("primary pollutants"), max_length=64, blank=True)
    invalid_items = models.CharField(_("invalid items"), max_length=128, blank=True)

    class Meta:
        verbose_name = _("daily air quality")
        verbose_name_plural = _("daily air quality")
        constraints = [
            models.UniqueConstraint(fields=["station", "date", "version"], name="daily_unique_per_version")
        ]
        indexes = [models.Index(fields=["version", "date"])]

    def __str__(self) -> str:
        return f"{self.station_id} {self.date} HJ 633-{self.version} AQI {self.aqi}"


class AirImport(models.Model):
    """A file imported: what it was, what it changed. One row per content (``sha256`` unique): the same content
    imported again, or twice at once, is told it is already imported (the second waits for the first)."""

    file_name = models.CharField(_("file"), max_length=256)
    sha256 = models.CharField(max_length=64, unique=True)
    fmt = models.CharField(_("format"), max_length=16)
    rows = models.PositiveIntegerField(_("rows"))
    created_rows = models.PositiveIntegerField(_("new hours"), default=0)
    updated_rows = models.PositiveIntegerField(_("changed hours"), default=0)
    differing_rows = models.PositiveIntegerField(_("hours differing from the published AQI"), default=0)
    imported_at = models.DateTimeField(_("imported"), auto_now_add=True)

    class Meta:
        verbose_name = _("air data import")
        verbose_name_plural = _("air data imports")
        ordering = ["-imported_at"]

    def __str__(self) -> str:
        return f"{self.file_name} ({self.rows})"


class AirSource(models.Model):
    """Where an area's air figures come from when it has no stations of its own registered: the stations of
    another area, optionally re-dated by whole years (空气数据来源(代用)). Every figure computed through it is
    labelled with ``note`` wherever it is shown. The demo uses none: each seed city has its own stations."""

    division = models.OneToOneField(
        Division, on_delete=models.CASCADE, related_name="air_source", verbose_name=_("area judged")
    )
    source = models.ForeignKey(
        Division, on_delete=models.PROTECT, related_name="+", verbose_name=_("area whose stations are used")
    )
    year_offset = models.SmallIntegerField(
        _("years added to the source's dates"),
        default=0,
        help_text=_("0 uses the data as dated; 9 reads 2016 data as 2025."),
    )
    note = models.CharField(_("label shown with every figure"), max_length=200)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("air data source (stand-in)")
        verbose_name_plural = _("air data sources (stand-in)")

    def __str__(self) -> str:
        return f"{self.division} ← {self.source} ({self.year_offset:+d})"
