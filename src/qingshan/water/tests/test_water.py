"""Surface water: reading files, bad input, import, classification stored and re-done, pages, API, CLI."""

from __future__ import annotations

import gzip
import json

import pandas as pd
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from qingshan.orgs.models import Division
from qingshan.water import formats, services
from qingshan.water.formats import WaterImportError, read_samples
from qingshan.water.models import WaterImport, WaterMonthly, WaterSample, WaterSection

HEADER = (
    "省份,流域,断面名称,监测时间,水质类别,水温(℃),pH(无量纲),溶解氧(mg/L),电导率(μS/cm),浊度(NTU),"
    "高锰酸盐指数(mg/L),氨氮(mg/L),总磷(mg/L),总氮(mg/L),叶绿素α(mg/L),藻密度(cells/L),站点情况"
)
# Hand-classified (GB 3838 Table 1): line 2 river — DO 8.1 I, CODMn 2.5 II, NH3-N 0.12 I, TP 0.05 II → II;
# line 3 same river, TP 0.21 → IV; line 4 a reservoir by its name: TP 0.05 is III for lakes (II for rivers);
# line 5 pH 9.3 → 劣V; line 6 maintenance, nothing measured → not evaluated.
ROWS = [
    "四川省,长江流域,金沙江龙洞,2025-07-01 08:00,Ⅱ,22.1,7.9,8.1,300,12,2.5,0.12,0.05*,1.2,--,--,正常",
    "四川省,长江流域,金沙江龙洞,2025-07-01 12:00,Ⅳ,22.5,7.8,7.6,301,13,2.6,0.13,0.21,1.3,--,--,正常",
    "四川省,长江流域,二滩水库坝前,2025-07-01 08:00,Ⅲ,21.0,8.1,8.3,280,3,1.8,0.09,0.05,0.6,0.004,2000000,正常",
    "四川省,长江流域,雅砻江口,2025-07-01 08:00,劣Ⅴ,20.0,9.3,8.8,290,5,1.5,0.08,0.04,0.7,--,--,正常",
    "四川省,长江流域,雅砻江口,2025-07-01 12:00,--,--,--,--,--,--,--,--,--,--,--,--,维护",
]


def national(*rows: str) -> bytes:
    return ("\n".join([HEADER, *rows]) + "\n").encode()


def test_read_national_layout():
    parsed = read_samples(national(*ROWS), name="rt.csv")
    f = parsed.frame
    assert parsed.fmt == "national"
    assert set(parsed.items) >= {
        "temp",
        "pH",
        "DO",
        "CODMn",
        "NH3N",
        "TP",
        "TN",
        "chla",
        "algae",
        "conductivity",
    }
    assert f["TP"].iloc[0] == 0.05  # the "*" mark is dropped
    assert f["published_class"].tolist() == [2, 4, 3, 6, 0]
    assert f["station_status"].iloc[4] == "维护"
    assert f[["pH", "DO", "TP"]].iloc[4].isna().all()  # "--" is missing, not zero
    assert str(f["time"].iloc[0]) == "2025-07-01 08:00:00"


def test_time_without_year():
    row = "四川省,长江流域,金沙江龙洞,07-01 08:00,Ⅱ,22,7.9,8.1,300,12,2.5,0.12,0.05,1.2,--,--,正常"
    f = read_samples(national(row), name="rt.csv", year=2025).frame
    assert str(f["time"].iloc[0]) == "2025-07-01 08:00:00"
    # Without --year: the latest year that does not put the reading in the future, with a warning.
    parsed = read_samples(national(row), name="rt.csv")
    now = pd.Timestamp.now()
    expected = (
        now.year if pd.Timestamp(f"{now.year}-07-01 08:00") <= now + pd.Timedelta(days=1) else now.year - 1
    )
    assert parsed.frame["time"].iloc[0].year == expected
    assert any(w[1] == "监测时间" and "no year" in w[2] for w in parsed.warnings)


def test_manual_layout_below_detection_limits():
    text = "断面名称,采样日期,pH,溶解氧,化学需氧量,汞,铅,镉\n金沙江龙洞,2025-07-10,7.6,8.0,4L,0.00004L,<0.002,ND\n"
    parsed = read_samples(text.encode(), name="manual.csv")
    f = parsed.frame
    assert parsed.fmt == "manual"
    assert f["COD"].iloc[0] == 2.0  # half the detection limit 4
    assert f["Hg"].iloc[0] == pytest.approx(0.00002)
    assert f["Pb"].iloc[0] == 0.001
    assert f["Cd"].isna().iloc[0]  # not detected, no limit given: not evaluated …
    assert f["below_detection"].iloc[0] == "COD,Hg,Pb,Cd"  # … but flagged
    assert any(w[1] == "镉" for w in parsed.warnings)


def test_manual_excel_workbook(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["断面名称", "采样日期", "溶解氧", "氨氮", "总磷"])
    ws.append(["金沙江龙洞", "2025-07-10", 6.5, 0.4, 0.12])
    path = tmp_path / "samples.xlsx"
    wb.save(path)
    f = read_samples(path).frame
    assert f[["DO", "NH3N", "TP"]].iloc[0].tolist() == [6.5, 0.4, 0.12]


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"a,b,c\n1,2,3\n", "line 1: unknown column layout"),
        (
            national(ROWS[0].replace("2.5,0.12", "abc,0.12")),
            "line 2, 高锰酸盐指数(mg/L): not a number: 'abc'",
        ),
        (
            national(ROWS[0].replace("2.5,0.12", "-2.5,0.12")),
            "line 2, 高锰酸盐指数(mg/L): negative concentration",
        ),
        (national(ROWS[0].replace(",7.9,", ",17.9,")), "line 2, pH(无量纲): pH '17.9' is outside 0–14"),
        (
            national(ROWS[0], ROWS[0].replace("2.5,0.12", "2.6,0.12")),
            "line 3: same section and time as line 2",
        ),
        (national(ROWS[0].replace("2025-07-01 08:00", "2025-13-45")), "line 2, 监测时间: not a date"),
        (national(ROWS[0].replace(",Ⅱ,", ",VII,")), "line 2, 水质类别: not a water class"),
        (b"", "empty file"),
        (b"\x1f\x8b\x08broken", "damaged gzip"),
    ],
)
def test_bad_input_names_the_line(content, expected):
    with pytest.raises(WaterImportError) as exc:
        read_samples(content, name="bad.csv")
    assert expected in str(exc.value)
    assert str(exc.value).startswith("bad.csv: ")


def test_identical_duplicate_rows_are_kept_once_with_a_warning():
    parsed = read_samples(national(ROWS[0], ROWS[0]), name="dup.csv")
    assert len(parsed.frame) == 1
    assert (3, None, "repeats line 2; kept once") in parsed.warnings


def test_conflicting_duplicates_are_a_warning_when_only_classifying():
    rows = (ROWS[0], ROWS[0].replace("2.5,0.12", "2.6,0.12"))
    parsed = read_samples(national(*rows), name="dup.csv", strict=False)
    assert len(parsed.frame) == 2
    assert (3, None, "same section and time as line 2 but other values") in parsed.warnings
    # the same section name in another province is another section
    other = ROWS[0].replace("四川省", "云南省").replace("2.5,0.12", "2.6,0.12")
    assert len(read_samples(national(ROWS[0], other), name="two.csv").frame) == 2


def test_minus_one_is_missing():
    parsed = read_samples(national(ROWS[0].replace(",0.12,", ",-1,")), name="m.csv")
    assert parsed.frame["NH3N"].isna().iloc[0]


def test_gzip_and_gb18030():
    raw = national(*ROWS).decode().encode("gb18030")
    assert len(read_samples(gzip.compress(raw), name="rt.csv.gz").frame) == 5


@pytest.mark.django_db
def test_import_classifies_compares_and_is_idempotent():
    rep = services.import_samples(national(*ROWS), name="rt.csv")
    assert rep.created == 5 and rep.fmt == "national"
    assert sorted(rep.new_sections) == ["二滩水库坝前", "金沙江龙洞", "雅砻江口"]
    lake = WaterSection.objects.get(name="二滩水库坝前")
    assert lake.water_type == "lake" and lake.type_guessed  # guessed from "水库", flagged
    assert WaterSection.objects.get(name="金沙江龙洞").water_type == "river"
    classes = dict(WaterSample.objects.values_list("section__name", "water_class").filter(time__hour=8))
    assert classes == {"金沙江龙洞": 2, "二滩水库坝前": 3, "雅砻江口": 6}
    assert WaterSample.objects.get(section__name="雅砻江口", water_class=6).deciding_items == "pH"
    assert WaterSample.objects.get(section__name="雅砻江口", water_class=0).station_status == "维护"
    # Published classes: 4 given, all agree with ours.
    assert rep.compared == 4 and rep.disagreements == []
    assert WaterMonthly.objects.count() == 3
    again = services.import_samples(national(*ROWS), name="rt.csv")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 5)
    assert WaterSample.objects.count() == 5
    assert WaterImport.objects.count() == 2


@pytest.mark.django_db
def test_disagreement_with_published_class_is_listed():
    row = ROWS[0].replace(",Ⅱ,", ",Ⅰ,")
    rep = services.import_samples(national(row), name="rt.csv")
    assert rep.compared == 1
    assert rep.disagreements[0]["published"] == "I" and rep.disagreements[0]["ours"] == "II"
    assert rep.disagreements[0]["line"] == 2
    assert WaterImport.objects.get().disagreements[0]["deciding"] == "CODMn,TP"


@pytest.mark.django_db
def test_failed_import_stores_nothing_and_keeps_what_was_there():
    services.import_samples(national(ROWS[0]), name="good.csv")
    before = list(WaterSample.objects.values())
    bad = national(ROWS[1], ROWS[2].replace("1.8,0.09", "x,0.09"))
    with pytest.raises(WaterImportError):
        services.import_samples(bad, name="bad.csv")
    assert list(WaterSample.objects.values()) == before
    assert not WaterSection.objects.filter(name="二滩水库坝前").exists()
    assert WaterImport.objects.count() == 1


@pytest.mark.django_db
def test_changed_value_updates_sample_and_month():
    services.import_samples(national(ROWS[0]), name="a.csv")
    assert WaterMonthly.objects.get().water_class == 2
    services.import_samples(national(ROWS[0].replace(",0.05*,", ",0.35,")), name="b.csv")
    s = WaterSample.objects.get()
    assert s.water_class == 5 and s.deciding_items == "TP"
    assert WaterMonthly.objects.get().water_class == 5


@pytest.mark.django_db
def test_changing_type_or_target_reclassifies():
    services.import_samples(national(ROWS[0]), name="a.csv")
    sec = WaterSection.objects.get()
    s = WaterSample.objects.get()
    assert s.water_class == 2 and s.exceedance == {}
    sec.water_type = "lake"  # TP 0.05 is III for a lake
    sec.save()
    s.refresh_from_db()
    assert s.water_class == 3
    sec.target_class = 2
    sec.save()
    s.refresh_from_db()
    m = WaterMonthly.objects.get()
    assert s.exceedance == {"TP": 1.0}  # (0.05 − 0.025) / 0.025
    assert m.target_class == 2 and m.meets_target is False


@pytest.mark.django_db
def test_board_and_trend_caches_follow_edits_and_imports(registry):
    """The board and the trend charts are cached per process by ``water_stamp()``: a section's new target and a
    new import show at once."""
    from qingshan.core.access import ADMINISTRATOR
    from qingshan.water import selectors

    pzh = Division.objects.get(name="攀枝花市")
    services.import_samples(national(ROWS[0]), name="a.csv", division=pzh)
    sec = WaterSection.objects.get()
    month = WaterMonthly.objects.get().month
    first = selectors.board(ADMINISTRATOR, sec.division, month)
    assert first["rows"][0].meets_target is None
    stamp = selectors.water_stamp()
    sec.target_class = 2
    sec.water_type = "lake"
    sec.save()
    assert selectors.water_stamp() != stamp
    again = selectors.board(ADMINISTRATOR, sec.division, month)
    assert again["rows"][0].meets_target is False and again["rows"][0].section.target_class == 2
    trend = selectors.trend_series(sec, month.year)
    tp = next(c for c in trend if c["key"] == "TP")
    assert tp["limit"] == 0.025  # the lake limit of class II (GB 3838 Table 1)
    services.import_samples(national(ROWS[0].replace(",0.05*,", ",0.35,")), name="b.csv", division=pzh)
    tp = next(c for c in selectors.trend_series(sec, month.year) if c["key"] == "TP")
    assert tp["y"][-1] == 0.35


@pytest.mark.django_db
def test_classify_command_csv_and_json(tmp_path, capsys):
    path = tmp_path / "rt.csv"
    path.write_bytes(national(*ROWS))
    call_command("water", "classify", str(path), "--target", "III")
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("section,time,type,class,status,deciding_items,target_class,exceedances")
    assert out[2].startswith("金沙江龙洞,2025-07-01 12:00,river,IV,轻度污染,TP,III,TP:0.05")
    assert out[3].startswith("二滩水库坝前,2025-07-01 08:00,lake,III,")
    call_command("water", "classify", str(path), "--format", "json")
    rows = json.loads(capsys.readouterr().out)
    assert rows[3]["class"] == "劣V" and rows[3]["deciding_items"] == ["pH"]
    assert rows[4]["class"] is None
    assert WaterSample.objects.count() == 0  # classify stores nothing
    bad = tmp_path / "bad.csv"
    bad.write_text("x,y\n1,2\n")
    with pytest.raises(CommandError, match="unknown column layout"):
        call_command("water", "classify", str(bad))


@pytest.fixture
def water(db, registry):
    services.import_samples(national(*ROWS), name="rt.csv")
    dongqu = Division.objects.get(name="东区")
    renhe = Division.objects.get(name="仁和区")
    WaterSection.objects.filter(name="金沙江龙洞").update(division=dongqu, target_class=2, synthetic=True)
    WaterSection.objects.filter(name__in=["雅砻江口", "二滩水库坝前"]).update(division=renhe, target_class=2)
    for sec in WaterSection.objects.all():
        services.reclassify_section(sec)
    return WaterSection.objects.all()


@pytest.mark.django_db
def test_board_and_section_pages_are_public(client, water):
    resp = client.get("/water/")
    assert resp.status_code == 200
    html = resp.content.decode()
    assert "金沙江龙洞" in html and "合成演示数据" in html
    sec = water.get(name="金沙江龙洞")
    resp = client.get(f"/water/sections/{sec.pk}/")
    assert resp.status_code == 200
    assert "chart-TP" in resp.content.decode()


@pytest.mark.django_db
def test_exceedance_list_is_for_staff_and_scoped_to_their_area(client, users, water):
    assert client.get("/water/exceedances/").status_code == 302  # to the login page
    client.force_login(users["office"])
    html = client.get("/water/exceedances/").content.decode()
    assert "雅砻江口" in html and "金沙江龙洞" in html  # the city sees its counties
    client.force_login(users["dongqu"])
    html = client.get("/water/exceedances/").content.decode()
    assert "金沙江龙洞" in html and "雅砻江口" not in html  # 东区 sees only 东区


@pytest.mark.django_db
def test_another_citys_office_sees_none_of_this_citys_lists_or_files(client, users, water):
    client.force_login(users["office"])
    html = client.get("/water/exceedances/").content.decode()
    assert "rt.csv" in html  # 攀枝花's office sees its import files
    client.force_login(users["office_pds"])  # 平顶山's office
    html = client.get("/water/exceedances/").content.decode()
    for name in ("金沙江龙洞", "雅砻江口", "二滩水库坝前", "rt.csv"):
        assert name not in html
    from qingshan.core.access import actor_for
    from qingshan.water import scope

    pds = actor_for(users["office_pds"])
    assert not scope.imports_visible(pds).exists() and not scope.sections_in_area(pds).exists()
    assert scope.imports_visible(actor_for(users["office"])).exists()


@pytest.mark.django_db
def test_api_sections_samples_and_who_may_change(client, users, water):
    sec = water.get(name="二滩水库坝前")
    resp = client.get(f"/api/water/samples/?section={sec.pk}")
    assert resp.status_code == 200 and resp.json()["results"][0]["class_name"] == "III"
    assert client.get("/api/water/monthly/?year=20x5").status_code == 400
    client.force_login(users["fgw"])
    resp = client.patch(
        f"/api/water/sections/{sec.pk}/", {"water_type": "river"}, content_type="application/json"
    )
    assert resp.status_code in (403, 404)
    client.force_login(users["monitor"])
    resp = client.patch(
        f"/api/water/sections/{sec.pk}/", {"water_type": "river"}, content_type="application/json"
    )
    assert resp.status_code == 200, resp.content
    assert WaterSample.objects.get(section=sec).water_class == 2  # TP 0.05 is II for a river


def test_demo_generator_output_reads_cleanly():
    from qingshan.water import demo

    parsed = formats.read_samples(demo.manual_csv().encode(), name="demo-manual.csv")
    assert parsed.fmt == "manual" and len(parsed.frame) == len(demo.SECTIONS) * 22
    head = "\n".join(demo.national_csv().splitlines()[:500]).encode()
    assert read_samples(head, name="demo-national.csv").fmt == "national"
