"""No GET request writes to the database: every page and API route of the access matrix, for every kind of viewer,
is read with a hook on the database connection that fails on INSERT, UPDATE or DELETE (issue #13)."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.urls import URLPattern, reverse

from qingshan.core.tests.test_access_matrix import OWNED_ROUTES, all_routes

WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE)\b", re.IGNORECASE)
VIEWERS = ["anonymous", "office", "office_pds", "fgw", "dongqu", "leader", "monitor", "enforce", "admin"]


class WriteSpy:
    def __init__(self):
        self.writes: list[str] = []

    def __call__(self, execute, sql, params, many, context):
        if WRITE.match(sql):
            self.writes.append(sql[:160])
        return execute(sql, params, many, context)


def _records(ledger, reports):
    from qingshan.air.models import DailyAirQuality, Station
    from qingshan.orgs.models import Division, Unit
    from qingshan.water.models import WaterMonthly, WaterSample, WaterSection

    by_model = {m: [o] for m, o in (
        ("Task", ledger["t_sthj"]), ("Plan", ledger["plan"]), ("PlanTarget", ledger["g_sthj"]),
        ("ProgressReport", reports["r_sthj"]), ("ReportAttachment", reports["a_sthj"]),
    )}  # fmt: skip
    for model in (Unit, Division, Station, DailyAirQuality, WaterSection, WaterSample, WaterMonthly):
        first = model.objects.first()
        if first is not None:
            by_model[model.__name__] = [first]
    return by_model


REFERENCE_MODELS = {
    "orgs:unit-detail": "Unit", "api:unit-detail": "Unit", "api:division-detail": "Division",
    "api:air-station-detail": "Station", "api:air-daily-detail": "DailyAirQuality", "water:section": "WaterSection",
    "api:water-section-detail": "WaterSection", "api:water-sample-detail": "WaterSample",
    "api:water-monthly-detail": "WaterMonthly",
}  # fmt: skip


def _urls(records) -> list[str]:
    urls = []
    for namespaces, pattern in all_routes():
        if namespaces and namespaces[0] == "admin":
            continue
        assert isinstance(pattern, URLPattern)
        name = ":".join([*namespaces, pattern.name or ""])
        if not pattern.name or name.endswith("-format") or "format" in pattern.pattern.converters:
            continue
        kwargs_names = set(pattern.pattern.converters) | set(re.findall(r"\(\?P<(\w+)>", str(pattern.pattern)))
        if not kwargs_names:
            urls.append(reverse(name))
            continue
        model = OWNED_ROUTES.get(name)
        model_name = model.__name__ if model else REFERENCE_MODELS.get(name)
        if model_name is None or model_name not in records:
            continue
        for obj in records[model_name]:
            kwargs = {"pk": obj.pk}
            if "fmt" in kwargs_names:
                kwargs["fmt"] = "json"
            if "task_pk" in kwargs_names:
                kwargs = {"task_pk": obj.pk}
            urls.append(reverse(name, kwargs=kwargs))
    return urls


@pytest.mark.django_db
@pytest.mark.parametrize("viewer", VIEWERS)
def test_no_get_writes(client, users, ledger, reports, viewer):
    from qingshan.dispatch.models import ReportingSchedule
    from qingshan.water import demo as water_demo

    water_demo.register_demo_sections()
    # A confirmed plan whose schedule the confirmation hook has not stored yet: reads compute it, never store it.
    ReportingSchedule.objects.filter(plan=ledger["public"]).delete()
    if viewer != "anonymous":
        client.force_login(users[viewer])
    urls = _urls(_records(ledger, reports))
    assert len(urls) >= 30, urls  # the walk reaches the routes, not a handful
    spy = WriteSpy()
    with connection.execute_wrapper(spy):
        for url in urls:
            resp = client.get(url)
            assert resp.status_code < 500, (viewer, url, resp.status_code)
    assert spy.writes == [], (viewer, spy.writes)
    assert not ReportingSchedule.objects.filter(plan=ledger["public"]).exists()


def test_the_spy_sees_a_write(db):
    """The check above can fail: a write through the ORM is seen."""
    from qingshan.orgs.models import Division

    spy = WriteSpy()
    with connection.execute_wrapper(spy):
        Division.objects.create(name="测试区", level="county")
    assert spy.writes and spy.writes[0].upper().startswith("INSERT")
