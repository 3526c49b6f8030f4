"""Sources: identifiers, the registry import, storage through the receiver's path, alerts, workflow, scoping of
pages and API (a county, enforcement, another city's office), CLI."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from django.utils import timezone, translation

from qingshan.core.access import actor_for
from qingshan.core.errors import DomainError
from qingshan.core.workflow import SYSTEM, states_of
from qingshan.hj212 import replies
from qingshan.sources import alerts, identifiers, importer
from qingshan.sources.models import (
    Alert,
    AlertEvent,
    Device,
    Enterprise,
    Outlet,
    OutletFactor,
    Packet,
    Reading,
)
from qingshan.sources.receiver.ingest import Registry, judge
from qingshan.sources.receiver.store import Store
from qingshan.sources.services import act_on_alert
from qingshan.sources.workflow import ALERT_FLOW

HEADER = "统一社会信用代码,单位名称,行政区,排放口编号,排放口名称,排放口类型,MN,密码,监测因子,排放限值,限值单位,均值周期,折算"


def csv_bytes(*rows: str) -> bytes:
    return ("\n".join([HEADER, *rows]) + "\n").encode("utf-8")


DONGQU = "91130200699229617X,演示东区钢铁,东区,DA001,烧结,废气,MNDONGQU0001,pw1,a21026,35,mg/m3,小时,是"
DONGQU_NOX = "91130200699229617X,演示东区钢铁,东区,DA001,烧结,废气,MNDONGQU0001,pw1,氮氧化物,50,mg/m3,小时,是"
XIQU = "91510403MA6DM0002H,演示西区污水厂,西区,DW001,总排口,废水,MNXIQU00001,pw2,011,50,mg/L,日,否"
PDS = "91410402MA6DM0009C,演示平顶山企业,新华区,DW001,总排口,废水,MNPDS000001,pw3,w01018,50,mg/L,日,否"


def test_credit_code_check_character_gb32100():
    """Worked examples of the governance notes §6: 91130200699229617X is valid (sum 1304 → X); the standard's own
    91350100M000100Y4Z fails (check would be 3); the pilot code 91350100M0001TGQXM fails but is legal (flagged)."""
    assert identifiers.WEIGHTS == [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    assert identifiers.check_character("91130200699229617") == "X"
    assert identifiers.credit_code_check_ok("91130200699229617X")
    assert identifiers.check_character("91350100M000100Y4") == "3"
    assert not identifiers.credit_code_check_ok("91350100M000100Y4Z")
    assert identifiers.credit_code_form_ok("91350100M0001TGQXM")
    assert not identifiers.credit_code_check_ok("91350100M0001TGQXM")
    assert not identifiers.credit_code_form_ok("91130200699229617I")  # I is not in the character set


def test_permit_numbers():
    assert identifiers.permit_number_ok("91130200699229617X001P")
    assert identifiers.permit_number_ok("91130200699229617X002P")
    assert not identifiers.permit_number_ok("91130200699229617X01P")
    assert identifiers.permit_number_ok("H9510400000000001a001P")


@pytest.fixture
def sources(registry):
    importer.import_registry("r.csv", raw=csv_bytes(DONGQU, DONGQU_NOX, XIQU, PDS), name="r.csv")
    return {e.division.name: e for e in Enterprise.objects.select_related("division")}


@pytest.mark.django_db
def test_import_registry_is_idempotent_and_maps_codes(sources):
    assert set(sources) == {"东区", "西区", "新华区"}
    f = OutletFactor.objects.get(outlet__enterprise=sources["西区"])
    assert (f.code, f.name, f.period, f.on_converted) == ("w01018", "化学需氧量", "day", False)  # 2005 code 011
    nox = OutletFactor.objects.get(outlet__enterprise=sources["东区"], code="a21002")
    assert nox.on_converted and nox.period == "hour" and nox.limit == 50
    assert Device.objects.get(mn="MNDONGQU0001").password == "pw1"
    assert not Device.objects.get(mn="MNDONGQU0001").accept_modbus_crc
    r = importer.import_registry("r.csv", raw=csv_bytes(DONGQU, DONGQU_NOX, XIQU, PDS), name="r.csv")
    assert r.created == 0 and r.updated == 0
    assert Enterprise.objects.count() == 3 and OutletFactor.objects.count() == 4


@pytest.mark.django_db
def test_pilot_credit_code_is_flagged_not_refused(registry):
    row = "91350100M0001TGQXM,演示试点企业,东区,DA001,排口,废气,MNPILOT,pw,a21026,35,mg/m3,小时,否"
    r = importer.import_registry("p.csv", raw=csv_bytes(row), name="p.csv")
    assert r.flagged_codes == ["91350100M0001TGQXM"]
    assert not Enterprise.objects.get(credit_code="91350100M0001TGQXM").credit_code_checked


@pytest.mark.django_db
def test_bad_rows_are_named_and_nothing_is_stored(registry):
    bad = [
        "9113020069922961,短代码,东区,DA001,排口,废气,MN1,pw,a21026,35,mg/m3,小时,否",
        "91130200699229617X,企业,火星区,DA001,排口,废气,MN2,pw,a21026,35,mg/m3,小时,否",
        "91130200699229617X,企业,东区,DA001,排口,烟囱,MN3,pw,a21026,35,mg/m3,小时,否",
        "91130200699229617X,企业,东区,DA001,排口,废气,MN4,pw,不存在的因子,35,mg/m3,小时,否",
        "91130200699229617X,企业,东区,DA001,排口,废气,MN5,pw,a21026,三十五,mg/m3,小时,否",
        "91130200699229617X,企业,东区,DA001,排口,废气,MN6,pw,a21026,35,mg/m3,每周,否",
        "91130200699229617X,企业,东区,DA002,排口,废气,MN7,pw,a21026,-5,mg/m3,小时,否",  # every reading would exceed it
    ]
    with pytest.raises(DomainError) as err, translation.override("en"):
        importer.import_registry("bad.csv", raw=csv_bytes(DONGQU, *bad), name="bad.csv")
    with translation.override("en"):
        text = str(err.value)
    for expected in ["row 3, 统一社会信用代码", "row 4, 行政区", "row 5, 排放口类型", "row 6, 监测因子", "row 7, 排放限值",
                     "row 8, 均值周期", "row 9, 排放限值"]:
        assert expected in text, expected
    assert err.value.code.value == "sources.import_rows"
    assert Enterprise.objects.count() == 0 and Device.objects.count() == 0
    with pytest.raises(DomainError) as err:
        importer.import_registry("x.csv", raw=b"a,b\n1,2\n", name="x.csv")
    assert err.value.code.value == "sources.import_columns"
    with pytest.raises(DomainError) as err:
        importer.import_registry("x.txt", raw=b"", name="x.txt")
    assert err.value.code.value == "sources.import_format"


@pytest.mark.django_db
def test_import_registry_cli_and_xlsx(registry, tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for line in [HEADER, DONGQU, XIQU]:
        ws.append(line.split(","))
    path = tmp_path / "名录.xlsx"
    wb.save(path)
    out = io.StringIO()
    call_command("sources", "import-registry", str(path), stdout=out)
    assert "2 个排污单位" in out.getvalue()
    bad = tmp_path / "bad.csv"
    bad.write_bytes(csv_bytes("X,企业,东区,DA001,排口,废气,MN,pw,a21026,35,mg/m3,小时,否"))
    with pytest.raises(CommandError, match="第 2 行"):
        call_command("sources", "import-registry", str(bad))


def _store(*frames: bytes) -> list[str]:
    reg = Registry()
    reg.load()
    records = []
    for f in frames:
        o = judge(f, reg, datetime.now(UTC))
        if o.kind == "store":
            records.append(o.record)
    return Store().write(records)


def _upload(mn, pw, cn, t, values, **kw):
    return replies.frame(replies.upload(mn=mn, pw=pw, cn=cn, st="31", data_time=t, values=values, **kw))


@pytest.mark.django_db
def test_storage_same_factor_under_another_pno(sources):
    """A message sent whole (PNO 0) and then split (PNO 1, 2) with the same factors: every packet is stored, each
    reading key once (the first one). On PostgreSQL the fast insert meets the readings' unique key and the batch is
    written again with the tolerant statement, whole: the packet of the same batch that conflicts with nothing is
    stored as well."""
    t = datetime(2024, 5, 1, 9, 0)
    whole = _upload("MNDONGQU0001", "pw1", "2011", t, [("a21026", {"Rtd": 12.5, "Flag": "N"}),
                                                       ("a21002", {"Rtd": 40.0, "Flag": "N"})])
    part1 = _upload("MNDONGQU0001", "pw1", "2011", t, [("a21026", {"Rtd": 99.0, "Flag": "N"})], flag=7, pnum=2,
                    pno=1)
    part2 = _upload("MNDONGQU0001", "pw1", "2011", t, [("a34013", {"Rtd": 6.0, "Flag": "N"})], flag=7, pnum=2,
                    pno=2)
    other = _upload("MNDONGQU0001", "pw1", "2011", t + timedelta(minutes=1), [("a21026", {"Rtd": 13.0})])
    assert _store(whole) == ["stored"]
    assert _store(part1, part2, other) == ["stored", "stored", "stored"]
    assert Packet.objects.count() == 4
    got = sorted(Reading.objects.values_list("data_time__minute", "code", "rtd"))
    assert got == [(0, "a21002", 40.0), (0, "a21026", 12.5), (0, "a34013", 6.0), (1, "a21026", 13.0)]
    assert _store(part1) == ["duplicate"]


@pytest.mark.django_db
def test_storage_dedup_and_readings_cli(sources):
    t = datetime(2024, 5, 1, 8, 0)
    a = _upload("MNDONGQU0001", "pw1", "2011", t, [("a21026", {"Rtd": 12.5, "ZsRtd": 14.0, "Flag": "N"})])
    h = _upload("MNDONGQU0001", "pw1", "2061", t, [("a21026", {"Min": 10, "Avg": 12, "Max": 14, "ZsAvg": 13.4,
                                                               "Flag": "N"})])
    assert _store(a, h, a) == ["stored", "stored", "duplicate"]
    assert _store(a) == ["duplicate"]
    assert Packet.objects.count() == 2 and Reading.objects.count() == 2
    # A new packet beside a duplicate: on PostgreSQL the straight COPY meets the packets' key, the batch is rolled
    # back and written again through the staging table; the new packet is stored, the duplicate's readings are not.
    b = _upload("MNDONGQU0001", "pw1", "2011", t + timedelta(hours=1), [("a21026", {"Rtd": 11.0, "Flag": "N"})])
    a2 = _upload("MNDONGQU0001", "pw1", "2011", t, [("a34013", {"Rtd": 5.0, "Flag": "N"})])  # same key as a
    assert _store(b, a2) == ["stored", "duplicate"]
    assert Packet.objects.count() == 3 and Reading.objects.count() == 3
    assert not Reading.objects.filter(code="a34013").exists()
    later = timezone.make_aware(t + timedelta(hours=1))
    Packet.objects.filter(data_time=later).delete()
    Reading.objects.filter(data_time=later).delete()
    out = io.StringIO()
    call_command("sources", "readings", "--mn", "MNDONGQU0001", "--format", "json", stdout=out)
    rows = json.loads(out.getvalue())
    assert [(r["cn"], r["data_time"], r["code"], r["value"], r["flag"]) for r in rows] == [
        (2011, "2024-05-01T08:00:00", "a21026", 12.5, "N"), (2061, "2024-05-01T08:00:00", "a21026", 12.0, "N"),
    ]
    out = io.StringIO()
    call_command("sources", "readings", "--mn", "MNDONGQU0001", "--cn", "2061", "--from", "20240501000000",
                 "--to", "2024-05-01T09:00", "--format", "csv", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("mn,cn,data_time,code,value,flag") and len(lines) == 2
    with pytest.raises(CommandError):
        call_command("sources", "readings", "--mn", "MNDONGQU0001", "--from", "yesterday")


def _hours(mn, pw, start, values_by_hour, code="a21026", key="ZsAvg", flag="N"):
    frames = []
    for k, v in enumerate(values_by_hour):
        t = start + timedelta(hours=k)
        frames.append(_upload(mn, pw, "2061", t, [(code, {"Avg": v / 1.25, key: v, "Flag": flag})]))
    return frames


@pytest.mark.django_db
def test_exceedance_on_converted_hourly_mean_counts_only_valid_flags(sources):
    start = datetime(2024, 5, 1, 0, 0)
    # 6 hours: 20, 20, 40 (over 35 on ZsAvg), 20, then 80 flagged M (maintenance: not counted), 20
    frames = _hours("MNDONGQU0001", "pw1", start, [20, 20, 40, 20])
    frames += _hours("MNDONGQU0001", "pw1", start + timedelta(hours=4), [80], flag="M")
    frames += _hours("MNDONGQU0001", "pw1", start + timedelta(hours=5), [20])
    _store(*frames)
    tz = timezone.get_default_timezone()
    made = alerts.evaluate(timezone.make_aware(start, tz) - timedelta(hours=1), timezone.make_aware(start, tz) +
                           timedelta(hours=7))
    ex = Alert.objects.filter(kind="exceedance")
    assert made.get("exceedance") == 1 and ex.count() == 1
    a = ex.get()
    assert (a.code, a.value, a.limit, a.on_converted) == ("a21026", 40.0, 35.0, True)
    assert timezone.localtime(a.period_start).hour == 2 and a.division.name == "东区"
    assert a.evidence["values"][0][1] == 40.0
    assert alerts.evaluate(timezone.make_aware(start, tz), timezone.make_aware(start, tz) + timedelta(hours=7)) \
        .get("exceedance") is None  # idempotent


@pytest.mark.django_db
def test_daily_mean_of_a_water_outlet_and_realtime_fallback(sources):
    start = datetime(2024, 5, 2, 0, 0)
    frames = [_upload("MNXIQU00001", "pw2", "2031", start, [("w01018", {"Avg": 62.0, "Flag": "N"})])]
    _store(*frames)
    tz = timezone.get_default_timezone()
    alerts.evaluate(timezone.make_aware(start, tz), timezone.make_aware(start, tz) + timedelta(days=1))
    a = Alert.objects.get(kind="exceedance")
    assert a.code == "w01018" and a.value == 62.0 and a.enterprise.division.name == "西区"
    # The hourly mean from real-time values when no hourly packet came (≥ 45 minutes of a 60 s interval).
    rows = [{"cn": 2011, "data_time": timezone.make_aware(start, tz) + timedelta(minutes=m), "rtd": 10.0 + m % 2,
             "zs_rtd": None, "avg": None, "zs_avg": None, "flag": "N", "code": "x"} for m in range(50)]
    means = alerts.hourly_means(rows, False, 60)
    assert list(means.values())[0][0] == pytest.approx(10.5)
    assert alerts.hourly_means(rows[:40], False, 60) == {}


@pytest.mark.django_db
def test_data_quality_alerts_constant_zero_missing_offline(sources):
    start = datetime(2024, 6, 1, 0, 0)
    frames = _hours("MNDONGQU0001", "pw1", start, [20.0] * 13, key="ZsAvg")
    frames += [_upload("MNDONGQU0001", "pw1", "2061", start + timedelta(hours=13 + k),
                       [("a21026", {"Avg": 0, "ZsAvg": 0, "Flag": "N"})]) for k in range(6)]
    _store(*frames)
    tz = timezone.get_default_timezone()
    s = timezone.make_aware(start, tz)
    made = alerts.evaluate(s, s + timedelta(days=1, hours=12))
    assert made["constant"] == 1 and made["zero"] == 1
    assert made["missing"] == 1  # a21002 is registered on the outlet and never sent
    assert made["offline"] == 1
    missing = Alert.objects.get(kind="missing")
    assert missing.code == "a21002"
    # A mistyped end years ahead is the present: no offline alert reaches into the future.
    alerts.evaluate(s, timezone.now() + timedelta(days=3 * 365))
    assert not Alert.objects.filter(period_end__gt=timezone.now()).exists()


@pytest.fixture
def alert(sources):
    e = sources["东区"]
    outlet = Outlet.objects.get(enterprise=e)
    return Alert.objects.create(kind="exceedance", enterprise=e, division=e.division, outlet=outlet, code="a21026",
                                period_start=timezone.now(), period_end=timezone.now(), value=40, limit=35)


def _actor(users, name):
    return actor_for(users[name])


ROLES = ["enforce", "office", "dongqu", "monitor", "leader", "fgw", "office_pds"]
ALLOWED = {  # who may take each action on an alert of 东区 (攀枝花)
    "acknowledge": {"enforce", "office"},
    "handle": {"enforce", "office"},
    "close": {"enforce", "office"},
    "reopen": {"office"},
}


@pytest.mark.django_db
@pytest.mark.parametrize("state", ["open", "acknowledged", "handled", "closed"])
@pytest.mark.parametrize("action", ["acknowledge", "handle", "close", "reopen"])
def test_alert_workflow_every_state_action_role(alert, users, state, action):
    """Every (state, action) × every role (the roles in one case: the fixtures are the costly part)."""
    t = ALERT_FLOW.find(state, action)
    kwargs = {"note": "已现场检查", "comment": "复核"}
    for role in ROLES:
        Alert.objects.filter(pk=alert.pk).update(status=state)
        alert.refresh_from_db()
        actor = _actor(users, role)
        if t is None:
            with pytest.raises(DomainError) as err:
                act_on_alert(alert, action, actor, **kwargs)
            assert err.value.code.value == "core.transition_not_allowed", role
        elif role not in ALLOWED[action]:
            with pytest.raises(DomainError) as err:
                act_on_alert(alert, action, actor, **kwargs)
            assert err.value.code.value == "core.transition_forbidden", role
        else:
            before = AlertEvent.objects.filter(alert=alert, action=action).count()
            act_on_alert(alert, action, actor, **kwargs)
            alert.refresh_from_db()
            assert alert.status == t.target, role
            assert AlertEvent.objects.filter(alert=alert, action=action).count() == before + 1


@pytest.mark.django_db
def test_alerts_await_the_enforcement_team_and_office_of_the_area(alert, users):
    """core.notices: an open alert waits for the enforcement team and the office of its area (acknowledge), an
    acknowledged one for its handling; units, leaders and another city's office are not told."""
    from qingshan.core.notices import notices_for

    today = timezone.localdate()

    def kinds(name):
        return [n.kind for n in notices_for(_actor(users, name), today)]

    assert "alert_open" in kinds("enforce") and "alert_open" in kinds("office")
    for name in ("dongqu", "leader", "fgw", "office_pds", "monitor"):
        assert not {"alert_open", "alert_acknowledged"} & set(kinds(name)), name
    act_on_alert(alert, "acknowledge", _actor(users, "enforce"))
    assert "alert_open" not in kinds("enforce") and "alert_acknowledged" in kinds("enforce")


@pytest.mark.django_db
def test_handling_needs_a_note_or_an_inspection(alert, users):
    enforce = _actor(users, "enforce")
    act_on_alert(alert, "acknowledge", enforce)
    with pytest.raises(DomainError) as err:
        act_on_alert(alert, "handle", enforce)
    assert err.value.code.value == "sources.handling_required"
    act_on_alert(alert, "handle", enforce, inspection="攀环执〔2024〕12号")
    alert.refresh_from_db()
    assert alert.inspection == "攀环执〔2024〕12号" and alert.status == "handled"
    assert states_of(ALERT_FLOW) == ["open", "acknowledged", "handled", "closed"]
    assert SYSTEM.is_superuser


@pytest.mark.django_db
def test_pages_and_api_are_scoped(client, users, sources, alert):
    dongqu, xiqu, pds = sources["东区"], sources["西区"], sources["新华区"]
    # a county sees its own enterprises
    client.force_login(users["dongqu"])
    page = client.get(reverse("sources:list")).content.decode()
    assert dongqu.name in page and xiqu.name not in page and pds.name not in page
    assert client.get(reverse("sources:enterprise", args=[xiqu.pk])).status_code == 404
    ids = {e["id"] for e in client.get("/api/sources/enterprises/").json()["results"]}
    assert ids == {dongqu.pk}
    # enforcement sees its area (the city) and its alerts, and acts on them
    client.force_login(users["enforce"])
    page = client.get(reverse("sources:list")).content.decode()
    assert dongqu.name in page and xiqu.name in page and pds.name not in page
    assert client.get(reverse("sources:alert", args=[alert.pk])).status_code == 200
    resp = client.post(f"/api/sources/alerts/{alert.pk}/act/", {"action": "acknowledge"},
                       content_type="application/json")
    assert resp.status_code == 200 and resp.json()["status"] == "acknowledged"
    resp = client.post(reverse("sources:alert-act", args=[alert.pk]), {"action": "handle", "note": "已约谈企业"})
    assert resp.status_code == 302
    alert.refresh_from_db()
    assert alert.status == "handled" and alert.note == "已约谈企业"
    assert client.patch(f"/api/sources/alerts/{alert.pk}/", {"status": "closed"},
                        content_type="application/json").status_code in (403, 405)
    # another city's office sees nothing of 攀枝花's
    client.force_login(users["office_pds"])
    page = client.get(reverse("sources:list")).content.decode()
    assert dongqu.name not in page and xiqu.name not in page and pds.name in page
    for url in [reverse("sources:enterprise", args=[dongqu.pk]), reverse("sources:alert", args=[alert.pk]),
                f"/api/sources/enterprises/{dongqu.pk}/", f"/api/sources/alerts/{alert.pk}/"]:
        assert client.get(url).status_code == 404, url
    assert client.post(f"/api/sources/alerts/{alert.pk}/act/", {"action": "close"},
                       content_type="application/json").status_code == 404
    assert client.get("/api/sources/readings/?mn=MNDONGQU0001").status_code == 404
    assert client.patch(f"/api/sources/enterprises/{dongqu.pk}/", {"name": "x"},
                        content_type="application/json").status_code == 404
    # the public sees nothing
    client.logout()
    assert client.get("/api/sources/enterprises/").status_code in (401, 403)
    assert client.get(reverse("sources:list")).status_code == 302


@pytest.mark.django_db
def test_device_password_is_never_shown_and_office_edits_its_area(client, users, sources):
    client.force_login(users["office"])
    devices = client.get("/api/sources/devices/").json()["results"]
    assert devices and all("password" not in d for d in devices)
    dongqu = sources["东区"]
    resp = client.patch(f"/api/sources/enterprises/{dongqu.pk}/", {"industry": "钢铁"}, content_type="application/json")
    assert resp.status_code == 200
    resp = client.post("/api/sources/enterprises/", {"credit_code": "91350100M0001TGQXM", "name": "演示试点",
                                                     "division": dongqu.division_id}, content_type="application/json")
    assert resp.status_code == 201 and resp.json()["credit_code_checked"] is False
    client.force_login(users["enforce"])
    assert client.patch(f"/api/sources/enterprises/{dongqu.pk}/", {"industry": "x"},
                        content_type="application/json").status_code in (403, 404)


@pytest.mark.django_db
def test_enterprise_page_shows_live_and_hourly_figures(client, users, sources):
    t = timezone.localtime().replace(tzinfo=None, minute=0, second=0, microsecond=0) - timedelta(hours=3)
    frames = _hours("MNDONGQU0001", "pw1", t, [20, 30, 50])
    frames.append(_upload("MNDONGQU0001", "pw1", "2011", t + timedelta(hours=2, minutes=30),
                          [("a21026", {"Rtd": 30, "ZsRtd": 41.5, "Flag": "N"})]))
    _store(*frames)
    client.force_login(users["office"])
    page = client.get(reverse("sources:enterprise", args=[sources["东区"].pk])).content.decode()
    assert "41.5" in page and 'class="off"' in page  # the live converted value over its limit is marked
    assert "vendor/plotly.min.js" in page and '"y": [20.0, 30.0, 50.0]' in page
    # The page's figures are cached; a newer reading shows at once.
    _store(_upload("MNDONGQU0001", "pw1", "2011", t + timedelta(hours=2, minutes=40),
                   [("a21026", {"Rtd": 31, "ZsRtd": 43.25, "Flag": "N"})]))
    page = client.get(reverse("sources:enterprise", args=[sources["东区"].pk])).content.decode()
    assert "43.25" in page


@pytest.mark.django_db
def test_registry_import_page_is_for_the_office(client, users, registry):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(users["enforce"])
    assert client.get(reverse("sources:import")).status_code == 403
    client.force_login(users["office"])
    resp = client.post(reverse("sources:import"), {"file": SimpleUploadedFile("名录.csv", csv_bytes(DONGQU))})
    assert resp.status_code == 200 and "import-result" in resp.content.decode()
    resp = client.post(reverse("sources:import"), {"file": SimpleUploadedFile("名录.csv", csv_bytes("x,y"))})
    assert "import-error" in resp.content.decode()


@pytest.mark.django_db
def test_stats_cli(db):
    out = io.StringIO()
    call_command("hj212", "stats", "--format", "json", stdout=out)
    stats = json.loads(out.getvalue())
    assert set(stats["rejected"]) >= {"crc", "length", "syntax", "unknown_mn", "password"}
    assert {"received", "stored", "duplicates"} <= set(stats)


@pytest.mark.django_db
def test_area_routes_refuse_another_citys_office_every_method(client, users, sources, alert):
    """Every sources route with a record id (core/tests/test_access_matrix.py AREA_ROUTES), every method, as
    平顶山's office against 攀枝花's records: nothing is read, nothing changes."""
    from qingshan.core.tests.test_access_matrix import AREA_ROUTES

    e = sources["东区"]
    objs = {"enterprise": e, "alert": alert, "permit": None, "outlet": Outlet.objects.get(enterprise=e),
            "factor": OutletFactor.objects.filter(outlet__enterprise=e).first(),
            "device": Device.objects.get(outlet__enterprise=e)}
    client.force_login(users["office_pds"])
    before = (list(Enterprise.objects.values()), list(Alert.objects.values()), list(Device.objects.values()))
    checked = 0
    for route in sorted(r for r in AREA_ROUTES if r.startswith(("sources:", "api:sources-"))):
        kind = "alert" if "alert" in route else route.split("-")[1] if route.startswith("api:") else "enterprise"
        obj = objs.get(kind)
        if obj is None:
            continue
        url = reverse(route, kwargs={"pk": obj.pk})
        for method in ["get", "post", "put", "patch", "delete"]:
            kwargs = {} if method == "get" else {"data": {"action": "acknowledge", "name": "x", "status": "closed"},
                                                 "content_type": "application/json"}
            resp = getattr(client, method)(url, **kwargs)
            assert resp.status_code in (403, 404, 405), (route, method, resp.status_code)
            checked += 1
    assert checked >= 40
    assert (list(Enterprise.objects.values()), list(Alert.objects.values()), list(Device.objects.values())) == before


@pytest.mark.django_db
def test_modbus_crc_devices_are_refused_unless_set_to_be_accepted(sources):
    data = replies.upload(mn="MNDONGQU0001", pw="pw1", cn="2011", st="31", data_time=datetime(2024, 9, 1),
                          values=[("a21026", {"Rtd": 1.0, "Flag": "N"})], qn="20240901000000000")
    frame = replies.frame(data, crc="modbus")
    reg = Registry()
    reg.load()
    refused = judge(frame, reg, datetime.now(UTC))
    assert (refused.kind, refused.reason, refused.detail) == ("reject", "crc", "modbus_crc")
    assert refused.answer_after_commit is None and refused.answer_now is None
    Device.objects.filter(mn="MNDONGQU0001").update(accept_modbus_crc=True)
    reg.load()
    accepted = judge(frame, reg, datetime.now(UTC))
    assert accepted.kind == "store" and accepted.record.crc_kind == "modbus"
    assert b"CN=9014" in accepted.answer_after_commit
    assert Store().write([accepted.record]) == ["stored"]


@pytest.mark.django_db
def test_requests_notices_and_bad_passwords_get_the_standards_answers(sources):
    reg = Registry()
    reg.load()
    now = datetime.now(UTC)
    req = judge(replies.frame("QN=20240101000000000;ST=31;CN=1062;PW=pw1;MN=MNDONGQU0001;Flag=5;"
                              "CP=&&RtdInterval=30&&"), reg, now)
    assert req.kind == "other" and b"CN=9011" in req.answer_now and b"QnRtn=2" in req.answer_now
    bad_pw = judge(replies.frame("QN=20240101000000000;ST=31;CN=1062;PW=nope;MN=MNDONGQU0001;Flag=5;"
                                 "CP=&&RtdInterval=30&&"), reg, now)
    assert bad_pw.reason == "password" and b"QnRtn=3" in bad_pw.answer_now
    unknown = judge(replies.frame("QN=20240101000000000;ST=31;CN=1062;PW=x;MN=NOBODY;Flag=5;CP=&&&&"), reg, now)
    assert unknown.reason == "unknown_mn" and b"QnRtn=4" in unknown.answer_now
    notice = judge(replies.frame("QN=20240101000000000;ST=31;CN=1013;PW=pw1;MN=MNDONGQU0001;Flag=5;"
                                 "CP=&&PolId=a21026&&"), reg, now)
    assert b"CN=9013" in notice.answer_now
    upload_bad_pw = judge(_upload("MNDONGQU0001", "nope", "2011", datetime(2024, 1, 1), [("a21026", {"Rtd": 1})]),
                          reg, now)
    assert upload_bad_pw.reason == "password" and upload_bad_pw.answer_now is None
    no_answer = judge(_upload("MNDONGQU0001", "pw1", "2011", datetime(2024, 1, 1), [("a21026", {"Rtd": 1})],
                              flag=4), reg, now)
    assert no_answer.kind == "store" and no_answer.answer_after_commit is None  # Flag without A: no 9014


@pytest.mark.django_db
def test_readings_api_is_scoped(client, users, sources):
    _store(_upload("MNDONGQU0001", "pw1", "2061", datetime(2024, 5, 1, 8), [("a21026", {"Avg": 12.0, "Flag": "N"})]))
    client.force_login(users["enforce"])
    rows = client.get("/api/sources/readings/", {"mn": "MNDONGQU0001", "cn": "2061"}).json()
    assert [(r["code"], r["value"], r["flag"]) for r in rows] == [("a21026", 12.0, "N")]
    assert client.get("/api/sources/readings/", {"mn": "MNDONGQU0001", "cn": "9999"}).status_code == 400
    assert client.get("/api/sources/readings/", {"mn": "MNDONGQU0001", "from": "soon"}).json()["field"] == "from"
    client.force_login(users["dongqu"])
    assert client.get("/api/sources/readings/", {"mn": "MNXIQU00001"}).status_code == 404


def test_the_alert_list_pages_instead_of_cutting_off(client, users, sources, alert):
    """More alerts than a page holds are paged (the list used to stop at 500 without a word)."""
    from datetime import timedelta

    e, now = sources["东区"], timezone.now()
    Alert.objects.bulk_create([
        Alert(kind="exceedance", enterprise=e, division=e.division, outlet=alert.outlet, code="a21026",
              period_start=now - timedelta(hours=k), period_end=now - timedelta(hours=k), value=40, limit=35)
        for k in range(1, 150)
    ])  # fmt: skip
    client.force_login(users["enforce"])
    first = client.get(reverse("sources:alerts"))
    assert len(first.context["alerts"]) == 100 and first.context["page"].paginator.count == 150
    second = client.get(reverse("sources:alerts") + "?status=active&page=2")
    assert len(second.context["alerts"]) == 50 and "2 / 2" in second.content.decode()
