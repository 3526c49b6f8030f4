"""Reads of the sources app (never write)."""

from __future__ import annotations

import hashlib
from datetime import datetime

from django.db.models import Count, QuerySet
from django.utils.translation import gettext

from .models import Reading, ReceiverCounter

REJECT_REASONS = ("crc", "length", "syntax", "unknown_mn", "password", "garbage")


def receiver_stats() -> dict:
    """received, stored, duplicates, rejected by reason (crc, length, syntax, unknown_mn, password, garbage),
    quarantined, MODBUS-CRC packets refused (also under crc) and accepted (devices set to), other (notices,
    requests, device answers), timeouts — summed over every receiver process."""
    c = dict(ReceiverCounter.objects.values_list("name", "value"))
    return {
        "received": c.get("received", 0),
        "stored": c.get("stored", 0),
        "duplicates": c.get("duplicates", 0),
        "rejected": {r: c.get(f"rejected_{r}", 0) for r in REJECT_REASONS},
        "quarantined": c.get("quarantined", 0),
        "modbus_crc": {"refused": c.get("modbus_crc_refused", 0), "accepted": c.get("modbus_crc_accepted", 0)},
        "other": c.get("other", 0),
        "timeouts": c.get("timeouts", 0),
    }


def readings(mn: str, cn: int | None = None, start: datetime | None = None, end: datetime | None = None) -> QuerySet:
    qs = Reading.objects.filter(mn=mn)
    if cn:
        qs = qs.filter(cn=cn)
    if start:
        qs = qs.filter(data_time__gte=start)
    if end:
        qs = qs.filter(data_time__lte=end)
    return qs.order_by("data_time", "cn", "code")


def enterprise_overview(enterprise, days: int = 7) -> dict:
    """What the enterprise page shows: per outlet its devices, factors with limits, the latest real-time value of
    each, hourly means of the last ``days`` days (valid data) and the alerts."""


    from django.core.cache import cache
    from django.db.models import Max
    from django.utils.translation import get_language

    from .models import Device, OutletFactor

    # The outlets' figures (a week of readings folded into hourly means: the page's main cost) are kept until a
    # newer reading, a registry change or a minute has passed, per language (labels).
    mns = list(Device.objects.filter(outlet__enterprise=enterprise).values_list("mn", flat=True))
    newest = Reading.objects.filter(mn__in=mns).aggregate(t=Max("data_time"))["t"] if mns else None
    changed = (
        OutletFactor.history.filter(outlet__enterprise_id=enterprise.pk).aggregate(t=Max("history_date"))["t"],
        Device.history.filter(outlet__enterprise_id=enterprise.pk).aggregate(t=Max("history_date"))["t"],
    )
    stamp = hashlib.sha1(repr((newest, changed, mns)).encode()).hexdigest()
    key = f"sources.overview:{enterprise.pk}:{days}:{get_language()}:{stamp}"
    outlets = cache.get(key)
    if outlets is None:
        outlets = _outlet_figures(enterprise, days)
        cache.set(key, outlets, 60)
    return {"outlets": outlets, "permits": list(enterprise.permits.all()),
            "alerts": list(enterprise.alerts.select_related("outlet").order_by("-period_start")[:50])}


def _outlet_figures(enterprise, days: int) -> list[dict]:
    from datetime import timedelta

    from django.utils import timezone

    from . import alerts as alert_rules
    from .models import Device, OutletFactor

    outlets = []
    for outlet in enterprise.outlets.all().order_by("code"):
        devices = list(Device.objects.filter(outlet=outlet).order_by("mn"))
        factors = list(OutletFactor.objects.filter(outlet=outlet).order_by("code"))
        mns = [d.mn for d in devices]
        latest_rows = {}
        last = Reading.objects.filter(mn__in=mns, cn=2011).order_by("-data_time").values("data_time").first()
        if last:
            for r in Reading.objects.filter(mn__in=mns, cn=2011, data_time=last["data_time"]).values():
                latest_rows[r["code"]] = r
        end = last["data_time"] if last else timezone.now()
        since = end - timedelta(days=days)
        rows = list(Reading.objects.filter(mn__in=mns, data_time__gte=since, data_time__lte=end,
                                           cn__in=[2011, 2061]).values(
            "cn", "data_time", "code", "rtd", "avg", "zs_rtd", "zs_avg", "flag"))
        interval = devices[0].interval if devices else 60
        charts, live = [], []
        by_code: dict[str, list[dict]] = {}
        for r in rows:
            by_code.setdefault(r["code"], []).append(r)
        for f in factors:
            mine = by_code.get(f.code, [])
            means = alert_rules.hourly_means(mine, f.on_converted, interval)
            xs = sorted(means)
            charts.append({
                "key": f"{outlet.pk}-{f.code}", "label": f"{f.name} ({f.code})" + (f" · {gettext('converted')}" if f.on_converted else ""),
                "unit": f.unit, "limit": f.limit, "x": [t.isoformat() for t in xs],
                "y": [round(means[t][0], 3) for t in xs],
            })
            r = latest_rows.get(f.code)
            value = None
            if r:
                value = r["zs_rtd"] if f.on_converted and r["zs_rtd"] is not None else r["rtd"]
            live.append({"factor": f, "value": value, "flag": r["flag"] if r else "",
                         "over": value is not None and f.limit is not None and value > f.limit})
        outlets.append({"outlet": outlet, "devices": devices, "factors": factors, "live": live,
                        "live_time": timezone.localtime(last["data_time"]) if last else None, "charts": charts})
    return outlets


def alert_reminders(actor, today) -> list:
    """Cheap (two counts): for the enforcement team and the office of an area, the alerts that wait for them —
    open ones to acknowledge, acknowledged ones to handle (``sources.workflow``: who acts on an alert). Registered
    with ``core.notices``."""
    from django.urls import reverse

    from qingshan.core.notices import Notice
    from qingshan.core.roles import Role

    from . import scope
    from .models import Alert

    if actor.read_only or not (actor.is_superuser or actor.role in (Role.ENFORCEMENT, Role.COORDINATOR)):
        return []
    counts = dict(
        scope.alerts_visible(actor)
        .filter(status__in=[Alert.Status.OPEN, Alert.Status.ACKNOWLEDGED])
        .order_by()
        .values_list("status")
        .annotate(n=Count("pk"))
    )
    url = reverse("sources:alerts")
    out = []
    if n := counts.get(Alert.Status.OPEN):
        out.append(Notice("alert_open", gettext("%(n)s monitoring alerts await acknowledgement.") % {"n": n},
                          url + "?status=open", "action"))  # fmt: skip
    if n := counts.get(Alert.Status.ACKNOWLEDGED):
        out.append(Notice("alert_acknowledged", gettext("%(n)s acknowledged alerts await handling.") % {"n": n},
                          url + "?status=acknowledged", "action"))  # fmt: skip
    return out
