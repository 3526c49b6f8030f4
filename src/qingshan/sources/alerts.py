"""Alerts on the stored readings: exceedances of an outlet's limits and data-quality problems.

**Exceedance.** A limit applies to a mean over its averaging period (``OutletFactor.period``, a setting per limit:
hourly for most air-source limits, daily for most water-source limits, or every real-time value) and, where the
limit is defined on the concentration converted to the reference oxygen (``on_converted``, 折算), to ZsAvg/ZsRtd
instead of Avg/Rtd. Only valid data count: flag N (normal) and T (above the analyser's range — the value is real
and high); F (stopped), M (maintenance), S (manual), D (fault), C (calibration) and B (communication fault) are left
out [R: the data-validity rules of HJ 75-2017 / HJ 356-2019, not checked against their texts here].

- hourly mean: the device's hourly packet (2061, Avg or ZsAvg) when it sent one with a valid flag; otherwise the
  mean of the hour's valid real-time values (2011), if they cover at least 45 minutes of its reporting interval;
- daily mean: the daily packet (2031) when valid, otherwise the mean of at least 20 valid hourly means;
- real-time: each valid 2011 value.

An alert is raised when the mean is above the limit; it carries the values behind it (time, value, flag).

**Data quality.** Constant values (the same valid value ≥ 12 hours, or ≥ 30 real-time values, in a row), zeros
(a concentration at 0 for ≥ 6 hours in a row), a missing factor (a registered factor absent from every packet a
device sent on a day), a device offline (no packet for more than ``QINGSHAN_SOURCES_OFFLINE_INTERVALS`` × its
reporting interval, default 10).

Alerts are idempotent (one per kind, outlet, device, factor and period start) and go to the enforcement team of
the enterprise's area (``Alert.division``).
"""

from __future__ import annotations

import os
from collections import defaultdict
from datetime import datetime, timedelta
from statistics import fmean

from django.db import transaction
from django.utils import timezone

from .models import Alert, Device, OutletFactor, Packet, Reading

VALID_FLAGS = frozenset({"N", "T", ""})
NOT_CONCENTRATION = frozenset({"a00000", "w00000", "a19001", "a01012", "a01011", "a01013", "a01014", "w01001",
                               "w01010", "a01001", "a01002", "a01006", "a01007", "a01008"})  # fmt: skip
CONSTANT_HOURS, CONSTANT_REALTIME, ZERO_HOURS = 12, 30, 6


def offline_intervals() -> int:
    return int(os.environ.get("QINGSHAN_SOURCES_OFFLINE_INTERVALS", "10"))


def _hour(t: datetime) -> datetime:
    return t.replace(minute=0, second=0, microsecond=0)


def _day(t: datetime) -> datetime:
    return t.replace(hour=0, minute=0, second=0, microsecond=0)


def hourly_means(rows: list[dict], converted: bool, interval: int) -> dict[datetime, tuple[float, list]]:
    """{hour start (local): (mean, evidence)} from a device's 2061 and 2011 readings of one factor."""
    stat, live = ("zs_avg", "zs_rtd") if converted else ("avg", "rtd")
    out: dict[datetime, tuple[float, list]] = {}
    realtime: dict[datetime, list] = defaultdict(list)
    for r in rows:
        if r["flag"] not in VALID_FLAGS:
            continue
        t = timezone.localtime(r["data_time"])
        if r["cn"] == 2061 and r[stat] is not None:
            out[_hour(t)] = (r[stat], [(t.isoformat(), r[stat], r["flag"] or "N", "2061")])
        elif r["cn"] == 2011 and r[live] is not None:
            realtime[_hour(t)].append((t.isoformat(), r[live], r["flag"] or "N", "2011"))
    needed = max(1, int(0.75 * 3600 / max(interval, 1)))
    for hour, values in realtime.items():
        if hour not in out and len(values) >= needed:
            out[hour] = (fmean(v[1] for v in values), values)
    return out


def daily_means(rows: list[dict], converted: bool, interval: int) -> dict[datetime, tuple[float, list]]:
    stat = "zs_avg" if converted else "avg"
    out = {}
    for r in rows:
        if r["cn"] == 2031 and r["flag"] in VALID_FLAGS and r[stat] is not None:
            t = timezone.localtime(r["data_time"])
            out[_day(t)] = (r[stat], [(t.isoformat(), r[stat], r["flag"] or "N", "2031")])
    by_day: dict[datetime, list] = defaultdict(list)
    for hour, (mean, _ev) in hourly_means(rows, converted, interval).items():
        by_day[_day(hour)].append((hour.isoformat(), round(mean, 4), "N", "hour"))
    for day, hours in by_day.items():
        if day not in out and len(hours) >= 20:
            out[day] = (fmean(h[1] for h in hours), hours)
    return out


def _raise(kind, device, outlet, code, start, end, **fields) -> bool:
    _obj, created = Alert.objects.get_or_create(
        kind=kind, outlet=outlet, device=device, code=code, period_start=start,
        defaults={"enterprise": outlet.enterprise, "division_id": outlet.enterprise.division_id, "period_end": end,
                  **fields},
    )
    return created


@transaction.atomic
def evaluate(start: datetime | None = None, end: datetime | None = None) -> dict[str, int]:
    """Raise the alerts of ``start``…``end`` (default: the last two days; an end in the future is the present — a
    mistyped year must not open offline alerts for years to come). Returns new alerts by kind."""
    now = timezone.now()
    end = min(end, now) if end else now
    start = start or end - timedelta(days=2)
    made: dict[str, int] = defaultdict(int)
    factors: dict[int, list[OutletFactor]] = defaultdict(list)
    for f in OutletFactor.objects.all():
        factors[f.outlet_id].append(f)
    for device in Device.objects.select_related("outlet__enterprise").filter(active=True):
        outlet = device.outlet
        rows = list(Reading.objects.filter(mn=device.mn, data_time__gte=start, data_time__lte=end).values(
            "cn", "data_time", "code", "rtd", "avg", "zs_rtd", "zs_avg", "flag"))
        by_code: dict[str, list] = defaultdict(list)
        for r in rows:
            by_code[r["code"]].append(r)
        for f in factors[outlet.id]:
            mine = by_code.get(f.code, [])
            if f.limit is not None:
                made["exceedance"] += _exceedances(device, f, mine)
            made["constant"] += _constant(device, f, mine)
            if f.code not in NOT_CONCENTRATION:
                made["zero"] += _zeros(device, f, mine)
        made["missing"] += _missing(device, factors[outlet.id], rows)
        made["offline"] += _offline(device, start, end)
    return {k: v for k, v in made.items() if v}


def _exceedances(device: Device, f: OutletFactor, rows: list[dict]) -> int:
    n = 0
    unit = f.unit
    if f.period == OutletFactor.Period.REALTIME:
        key = "zs_rtd" if f.on_converted else "rtd"
        for r in rows:
            if r["cn"] == 2011 and r["flag"] in VALID_FLAGS and r[key] is not None and r[key] > f.limit:
                t = timezone.localtime(r["data_time"])
                n += _raise(Alert.Kind.EXCEEDANCE, device, f.outlet, f.code, t, t, value=r[key], limit=f.limit,
                            unit=unit, on_converted=f.on_converted,
                            evidence={"period": "realtime", "values": [(t.isoformat(), r[key], r["flag"] or "N")]})
        return n
    if f.period == OutletFactor.Period.DAY:
        means, span = daily_means(rows, f.on_converted, device.interval), timedelta(days=1)
    else:
        means, span = hourly_means(rows, f.on_converted, device.interval), timedelta(hours=1)
    for t, (mean, evidence) in sorted(means.items()):
        if mean > f.limit:
            n += _raise(Alert.Kind.EXCEEDANCE, device, f.outlet, f.code, t, t + span, value=round(mean, 4),
                        limit=f.limit, unit=unit, on_converted=f.on_converted,
                        evidence={"period": f.period, "mean": round(mean, 4), "values": evidence[:200]})
    return n


def _runs(points: list[tuple[datetime, float]], same) -> list[list[tuple[datetime, float]]]:
    runs, cur = [], []
    for p in points:
        if cur and same(cur[-1][1], p[1]):
            cur.append(p)
        else:
            if cur:
                runs.append(cur)
            cur = [p]
    if cur:
        runs.append(cur)
    return runs


def _series(rows: list[dict]) -> tuple[list, list]:
    hourly = sorted((timezone.localtime(r["data_time"]), r["avg"]) for r in rows
                    if r["cn"] == 2061 and r["avg"] is not None and r["flag"] in VALID_FLAGS)
    live = sorted((timezone.localtime(r["data_time"]), r["rtd"]) for r in rows
                  if r["cn"] == 2011 and r["rtd"] is not None and r["flag"] in VALID_FLAGS)
    return hourly, live


def _constant(device: Device, f: OutletFactor, rows: list[dict]) -> int:
    n = 0
    hourly, live = _series(rows)
    for series, minimum, what in ((hourly, CONSTANT_HOURS, "2061"), (live, CONSTANT_REALTIME, "2011")):
        for run in _runs(series, lambda a, b: a == b):
            if len(run) >= minimum and run[0][1] != 0:
                n += _raise(Alert.Kind.CONSTANT, device, f.outlet, f.code, run[0][0], run[-1][0], value=run[0][1],
                            unit=f.unit, evidence={"cn": what, "count": len(run),
                                                   "values": [(t.isoformat(), v) for t, v in run[:50]]})
    return n


def _zeros(device: Device, f: OutletFactor, rows: list[dict]) -> int:
    n = 0
    hourly, _live = _series(rows)
    for run in _runs(hourly, lambda a, b: a == 0 and b == 0):
        if len(run) >= ZERO_HOURS and run[0][1] == 0:
            n += _raise(Alert.Kind.ZERO, device, f.outlet, f.code, run[0][0], run[-1][0], value=0.0, unit=f.unit,
                        evidence={"count": len(run), "values": [(t.isoformat(), v) for t, v in run[:50]]})
    return n


def _missing(device: Device, factors: list[OutletFactor], rows: list[dict]) -> int:
    seen: dict[datetime, set] = defaultdict(set)
    for r in rows:
        seen[_day(timezone.localtime(r["data_time"]))].add(r["code"])
    n = 0
    for day, codes in seen.items():
        for f in factors:
            if f.code not in codes:
                n += _raise(Alert.Kind.MISSING, device, f.outlet, f.code, day, day + timedelta(days=1),
                            unit=f.unit, evidence={"codes_received": sorted(codes)})
    return n


def _offline(device: Device, start: datetime, end: datetime) -> int:
    last = Packet.objects.filter(mn=device.mn, data_time__lte=end).order_by("-data_time").values_list(
        "data_time", flat=True).first()
    gap = timedelta(seconds=device.interval * offline_intervals())
    if last is None or end - last <= gap or last < start - timedelta(days=30):
        return 0
    return _raise(Alert.Kind.OFFLINE, device, device.outlet, "", timezone.localtime(last), end,
                  evidence={"last_packet": timezone.localtime(last).isoformat(),
                            "intervals": int((end - last) / timedelta(seconds=device.interval))})
