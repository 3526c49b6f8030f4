"""Issue #18 findings 1, 2, 8 (API side) and 10: each hijack of the probe, refused with its code, nothing changed."""

from __future__ import annotations

import pytest

from qingshan.core.tests.test_write_matrix import snapshot

JSON = "application/json"


def _login(client, users, name):
    client.force_login(users[name])
    return client


@pytest.mark.django_db
def test_department_cannot_delete_a_ledger_task_nor_its_reports(client, users, ledger, reports):
    """Finding 1: sthj's token, DELETE /api/tasks/<co-led task>/ answered 204 and took both units' reports."""
    from rest_framework.authtoken.models import Token

    from qingshan.dispatch.models import ProgressReport, ReportAttachment

    token = Token.objects.create(user=users["sthj"])
    before = snapshot()
    resp = client.delete(f"/api/tasks/{ledger['t_sthj'].pk}/", HTTP_AUTHORIZATION=f"Token {token.key}")
    assert resp.status_code == 403 and resp.json()["code"] == "core.delete_forbidden"
    assert snapshot() == before
    assert ProgressReport.objects.filter(pk=reports["r_sthj"].pk).exists()
    assert ReportAttachment.objects.filter(pk=reports["a_sthj"].pk).exists()


@pytest.mark.django_db
def test_nothing_moves_into_another_city(client, users, ledger):
    """Finding 2: PATCH division → 平顶山 moved plans, units, stations and sections between cities."""
    from qingshan.air.models import Station
    from qingshan.orgs.models import Division, Unit
    from qingshan.water.models import WaterSection

    dongqu, pds = Division.objects.get(name="东区"), Division.objects.get(name="平顶山市")
    station = Station.objects.create(code="S1", name="站", division=dongqu)
    section = WaterSection.objects.create(code="W1", name="断面", division=dongqu)
    unit = Unit.objects.get(name="攀枝花市生态环境局")
    _login(client, users, "office")
    before = snapshot()
    for url in (f"/api/plans/{ledger['plan'].pk}/", f"/api/units/{unit.pk}/", f"/api/air/stations/{station.pk}/",
                f"/api/water/sections/{section.pk}/"):  # fmt: skip
        resp = client.patch(url, {"division": pds.pk}, content_type=JSON)
        assert resp.status_code == 400, (url, resp.content)
        assert resp.json()["code"] == "core.field_read_only" and resp.json()["field"] == "division"
    client.force_login(users["monitor"])
    for url in (f"/api/air/stations/{station.pk}/", f"/api/water/sections/{section.pk}/"):
        resp = client.patch(url, {"division": pds.pk}, content_type=JSON)
        assert resp.status_code == 400 and resp.json()["code"] == "core.field_read_only"
    assert snapshot() == before


@pytest.mark.django_db
def test_a_target_points_only_at_a_task_of_its_own_plan(client, users, ledger):
    """Finding 2: POST /api/targets/ {plan: own, task: 平顶山's} answered 201; re-pointing by PATCH 200."""
    _login(client, users, "office")
    before = snapshot()
    body = {"plan": ledger["plan"].pk, "task": ledger["t_pds"].pk, "indicator": "x", "comparator": ">="}
    resp = client.post("/api/targets/", body, content_type=JSON)
    assert resp.status_code == 403 and resp.json() | {"detail": ""} == {
        "code": "core.out_of_scope", "field": "task", "detail": ""}  # fmt: skip
    url = f"/api/targets/{ledger['g_sthj'].pk}/"
    for task in (ledger["t_pds"], ledger["t_pub"]):  # another city's task; a task of another plan of this city
        resp = client.patch(url, {"task": task.pk}, content_type=JSON)
        assert resp.status_code == 403 and resp.json()["field"] == "task"
    resp = client.patch(url, {"plan": ledger["public"].pk}, content_type=JSON)
    assert resp.status_code == 400 and resp.json()["code"] == "core.field_read_only"
    resp = client.post("/api/plans/", {"title": "x", "division": ledger["other"].division_id}, content_type=JSON)
    assert resp.status_code == 403 and resp.json()["field"] == "division"
    resp = client.post("/api/tasks/", {"plan": ledger["other"].pk, "number": "9", "text": "x"}, content_type=JSON)
    assert resp.status_code == 403 and resp.json()["field"] == "plan"
    assert snapshot() == before
    # Inside its own plan the office re-points a target freely.
    resp = client.patch(url, {"task": ledger["t_fgw"].pk}, content_type=JSON)
    assert resp.status_code == 200 and resp.json()["task"] == ledger["t_fgw"].pk


@pytest.mark.django_db
def test_unit_parent_stays_in_the_city_and_is_never_itself(client, users, ledger):
    from qingshan.orgs.models import Unit

    unit = Unit.objects.get(name="攀枝花市生态环境局")
    _login(client, users, "office")
    resp = client.patch(f"/api/units/{unit.pk}/", {"parent": unit.pk}, content_type=JSON)
    assert resp.status_code == 400 and "parent" in resp.json()
    pds_unit = Unit.objects.get(name="平顶山市生态环境局")
    resp = client.patch(f"/api/units/{unit.pk}/", {"parent": pds_unit.pk}, content_type=JSON)
    assert resp.status_code == 403 and resp.json()["field"] == "parent"
    unit.refresh_from_db()
    assert unit.parent_id is None


@pytest.mark.django_db
def test_deletes_keep_what_others_depend_on(client, users, ledger, reports):
    """Deletes only of the office's own drafts and of records nothing depends on; never a cascade."""
    from qingshan.air.models import DailyAirQuality, Station
    from qingshan.ledger.models import Plan
    from qingshan.orgs.models import Division, Unit

    _login(client, users, "office")
    # A confirmed plan: archived through its workflow, not deleted.
    resp = client.delete(f"/api/plans/{ledger['plan'].pk}/")
    assert resp.status_code == 403 and resp.json()["code"] == "core.delete_forbidden"
    # A unit that tasks and reports name: kept (409, naming what would go).
    resp = client.delete(f"/api/units/{Unit.objects.get(name='攀枝花市生态环境局').pk}/")
    assert resp.status_code == 409 and resp.json()["code"] == "core.delete_cascades"
    # A station with measurements: kept.
    station = Station.objects.create(code="S9", name="站", division=Division.objects.get(name="东区"))
    DailyAirQuality.objects.create(station=station, date="2024-01-01", version="2012", aqi=50, level=1)
    resp = client.delete(f"/api/air/stations/{station.pk}/")
    assert resp.status_code == 409 and resp.json()["code"] == "core.delete_cascades"
    # The office's own draft: deleted with its parts.
    resp = client.delete(f"/api/plans/{ledger['draft'].pk}/")
    assert resp.status_code == 204 and not Plan.objects.filter(pk=ledger["draft"].pk).exists()
    # 平顶山's office cannot delete 攀枝花's draft tasks or anything else of 攀枝花.
    assert Plan.objects.filter(pk=ledger["plan"].pk).exists()


@pytest.mark.django_db
def test_monitoring_centre_adds_the_first_station_of_its_area_only(client, users, registry):
    """Finding 10: the monitoring centre could not add the first station of a city."""
    from qingshan.air.models import Station
    from qingshan.orgs.models import Division

    assert not Station.objects.exists()
    _login(client, users, "monitor")
    dongqu, pds = Division.objects.get(name="东区"), Division.objects.get(name="平顶山市")
    resp = client.post("/api/air/stations/", {"code": "M1", "name": "第一站", "division": dongqu.pk}, content_type=JSON)
    assert resp.status_code == 201, resp.content
    resp = client.post("/api/air/stations/", {"code": "M2", "name": "外站", "division": pds.pk}, content_type=JSON)
    assert resp.status_code == 403 and resp.json()["code"] == "core.out_of_scope"
    resp = client.post("/api/air/stations/", {"code": "M3", "name": "无区"}, content_type=JSON)
    assert resp.status_code == 400 and resp.json()["code"] == "core.required_for_scope"
    resp = client.post("/api/water/sections/", {"code": "M4", "name": "第一断面", "division": dongqu.pk},
                       content_type=JSON)  # fmt: skip
    assert resp.status_code == 201
    client.force_login(users["enforce"])
    resp = client.post("/api/air/stations/", {"code": "M5", "name": "x", "division": dongqu.pk}, content_type=JSON)
    assert resp.status_code == 403 and resp.json()["code"] == "core.create_forbidden"
    assert set(Station.objects.values_list("code", flat=True)) == {"M1"}


@pytest.mark.django_db
def test_duplicate_task_number_is_a_field_error(client, users, ledger):
    """Finding 8: a duplicate task number in the task form answered 500 (IntegrityError)."""
    _login(client, users, "office")
    resp = client.post(
        f"/ledger/tasks/{ledger['t_sthj'].pk}/edit/",
        {"number": ledger["t_fgw"].number, "heading": "h", "text": "t"},
    )
    assert resp.status_code == 400 and "number" in resp.context["form"].errors
    resp = client.patch(f"/api/tasks/{ledger['t_sthj'].pk}/", {"number": ledger["t_fgw"].number}, content_type=JSON)
    assert resp.status_code == 400 and "number" in resp.json(), resp.content
    resp = client.post("/api/tasks/", {"plan": ledger["plan"].pk, "number": ledger["t_fgw"].number, "text": "x"},
                       content_type=JSON)  # fmt: skip
    assert resp.status_code == 400 and "number" in resp.json()


@pytest.mark.django_db
def test_implausible_target_years(client, users, ledger):
    """Finding 8: year 99999 / 32767 made /targets/, its export and /api/target-status/ answer 500."""
    from qingshan.ledger.models import PlanTarget

    _login(client, users, "office")
    url = f"/api/targets/{ledger['g_sthj'].pk}/"
    for year in (99999, 32767, 1200):
        resp = client.patch(url, {"year": year}, content_type=JSON)
        assert resp.status_code == 400 and "year" in resp.json(), (year, resp.content)
    PlanTarget.objects.filter(pk=ledger["g_sthj"].pk).update(year=32767, baseline_year=32767)  # stored before
    assert client.get("/targets/").status_code == 200
    assert client.get("/targets/export.xlsx").status_code == 200
    resp = client.get("/api/target-status/")
    assert resp.status_code == 200
    row = next(t for t in resp.json()["targets"] if t["id"] == ledger["g_sthj"].pk)
    assert row["status"] == "no_data"


@pytest.mark.django_db
def test_monitoring_and_enforcement_read_no_reports_or_evidence(client, users, reports):
    """Finding 10: monitoring and enforcement read every unit's reports and evidence."""
    for name in ("monitor", "enforce"):
        client.force_login(users[name])
        assert client.get("/api/dispatch/reports/").json()["results"] == []
        assert client.get(f"/api/dispatch/reports/{reports['r_sthj'].pk}/").status_code == 404
        assert client.get(f"/dispatch/attachments/{reports['a_sthj'].pk}/").status_code == 404
        assert "完成燃煤锅炉淘汰12台" not in client.get("/dispatch/").content.decode()
    client.force_login(users["leader"])  # leaders keep reading their city's reports
    assert [r["id"] for r in client.get("/api/dispatch/reports/").json()["results"]] == [reports["r_sthj"].pk]
