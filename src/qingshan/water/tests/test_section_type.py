"""Section type (river vs lake/reservoir): evidence, then published classes, then the name; a person's decision
wins, is recorded and survives re-import; a change re-classifies samples and months."""

from __future__ import annotations

import pytest

from qingshan.standards import gb3838
from qingshan.water import services
from qingshan.water.formats import read_samples
from qingshan.water.models import WaterMonthly, WaterSample, WaterSection

from .test_water import national


def row(name: str, tp: str, published: str, chla: str = "--", algae: str = "--", hour: int = 8) -> str:
    # CODMn 2.5 (II), NH3-N 0.12 (I), DO 8.0 (I): TP decides. TN 1.9 would be V for a lake if it were evaluated.
    return (
        f"江苏省,太湖流域,{name},2025-07-01 {hour:02d}:00,{published},25,8.0,8.0,500,20,2.5,0.12,{tp},1.9,"
        f"{chla},{algae},正常"
    )


@pytest.mark.parametrize(
    "name, expected",
    [
        ("东榆林水库出口", "river"),  # outlets are rivers although the name says 水库
        ("册田水库出口", "river"),
        ("出口(察尔森水库)", "river"),
        ("双桥河入湖口", "river"),
        ("某水库入库", "river"),
        ("某水库坝下", "river"),
        ("密云水库", "lake"),
        ("西半湖湖心", "lake"),
        ("新河入湖区", "lake"),  # the lake zone off a river mouth is not an inlet form
        ("锡东水厂", "river"),  # the name says nothing: evidence must decide (below)
        ("金沙江龙洞", "river"),
    ],
)
def test_name_rule_outlet_and_inlet_forms(name, expected):
    assert gb3838.name_water_type(name)[0] == expected


def test_evidence_algae_density_decides_before_the_name():
    # 锡东水厂, 拖山, 乌龟山南 are 太湖 lake stations whose names say nothing of a lake: they report algae density.
    rows = [row("锡东水厂", "0.0336", "Ⅲ", "0.0087", "1405977"), row("拖山", "--", "Ⅱ", "0.014", "2093605"),
            row("东榆林水库出口", "0.0566", "Ⅱ")]  # fmt: skip
    inf = services.infer_types(
        read_samples(national(*rows), name="t.csv"), ["锡东水厂", "拖山", "东榆林水库出口"]
    )
    assert (inf["锡东水厂"].water_type, inf["锡东水厂"].basis) == ("lake", "evidence")
    assert inf["拖山"].water_type == "lake" and "藻密度" in inf["拖山"].reason
    assert (inf["东榆林水库出口"].water_type, inf["东榆林水库出口"].basis) == ("river", "name")
    # chlorophyll a alone is not proof (淮河 戴楼衡阳(塔集): published with river limits)
    one = read_samples(national(row("戴楼衡阳(塔集)", "0.048", "Ⅱ", "0.0187", "--")), name="t.csv")
    inf = services.infer_types(one, ["戴楼衡阳(塔集)"])["戴楼衡阳(塔集)"]
    assert (inf.water_type, inf.basis) == ("river", "name") and "chlorophyll" in inf.reason
    assert gb3838.evidence_water_type(0, 5) is None and gb3838.evidence_water_type(1, 0)[0] == "lake"


def test_published_classes_decide_when_there_is_no_evidence():
    # TP 0.06 is II for a river but IV for a lake, and the network published IV four times: a lake.
    rows = [row("平台山", "0.06", "Ⅳ", hour=h) for h in (0, 4, 8, 12)]
    inf = services.infer_types(read_samples(national(*rows), name="t.csv"), ["平台山"])["平台山"]
    assert (inf.water_type, inf.basis) == ("lake", "published") and "4 of 4" in inf.reason
    # too little evidence: the name decides
    inf = services.infer_types(read_samples(national(*rows[:2]), name="t.csv"), ["平台山"])["平台山"]
    assert (inf.water_type, inf.basis) == ("river", "name")


@pytest.mark.django_db
def test_import_records_why_and_classifies_lakes_without_tn():
    rep = services.import_samples(national(row("锡东水厂", "0.0336", "Ⅲ", "0.0087", "1405977")), name="t.csv")
    sec = WaterSection.objects.get(name="锡东水厂")
    assert (sec.water_type, sec.type_basis, sec.type_guessed) == ("lake", "evidence", True)
    assert "藻密度" in sec.type_reason and "evidence" in rep.new_sections["锡东水厂"]
    # TP 0.0336 is III with the lake limits; TN 1.9 (V for a lake) is not evaluated (评价办法 §2.1.1)
    assert WaterSample.objects.get(section=sec).water_class == 3 and rep.disagreements == []


@pytest.mark.django_db
def test_later_evidence_upgrades_a_name_guess_and_reclassifies():
    services.import_samples(national(row("锡东水厂", "0.0336", "Ⅲ")), name="a.csv")  # no algae column values
    sec = WaterSection.objects.get(name="锡东水厂")
    assert (sec.water_type, sec.type_basis) == ("river", "name")
    assert WaterMonthly.objects.get(section=sec).water_class == 2
    services.import_samples(
        national(row("锡东水厂", "0.0336", "Ⅲ", "0.0087", "1405977", hour=9)), name="b.csv"
    )
    sec.refresh_from_db()
    assert (sec.water_type, sec.type_basis) == ("lake", "evidence")
    assert set(WaterSample.objects.filter(section=sec).values_list("water_class", flat=True)) == {3}
    assert WaterMonthly.objects.get(section=sec).water_class == 3


@pytest.mark.django_db
def test_persons_decision_wins_is_recorded_and_survives_reimport(client, users, registry):
    data = national(row("乌龟山南", "0.0526", "Ⅳ", "0.0052", "2708429"))
    services.import_samples(data, name="t.csv")
    sec = WaterSection.objects.get(name="乌龟山南")
    assert sec.water_type == "lake"
    from qingshan.orgs.models import Division

    sec.division = Division.objects.get(name="东区")
    sec.save()
    # a department may not set it; the monitoring centre of the area may, on the section's page
    client.force_login(users["fgw"])
    assert client.post(f"/water/sections/{sec.pk}/", {"water_type": "river"}).status_code == 403
    client.force_login(users["office_pds"])  # another city's office
    assert client.post(f"/water/sections/{sec.pk}/", {"water_type": "river"}).status_code == 403
    client.force_login(users["monitor"])
    resp = client.post(f"/water/sections/{sec.pk}/", {"water_type": "river", "note": "核对点位: 河道"})
    assert resp.status_code == 302
    sec.refresh_from_db()
    assert (sec.water_type, sec.type_basis, sec.type_guessed) == ("river", "person", False)
    assert sec.type_set_by == users["monitor"] and sec.type_set_at and sec.type_reason == "核对点位: 河道"
    assert WaterSample.objects.get(section=sec).water_class == 2  # TP 0.0526 is II for a river
    assert sec.history.first().type_basis == "person"  # audited
    html = client.get(f"/water/sections/{sec.pk}/").content.decode()
    assert "核对点位: 河道" in html and "monitor" in html
    # re-importing the file with its algae density does not redo the person's decision
    services.import_samples(data, name="t.csv")
    services.import_samples(
        national(row("乌龟山南", "0.0526", "Ⅳ", "0.0052", "2708429", hour=9)), name="u.csv"
    )
    sec.refresh_from_db()
    assert (sec.water_type, sec.type_basis) == ("river", "person")
    with pytest.raises(Exception) as exc:
        services.set_section_type(sec, "sea", users["monitor"])
    assert getattr(exc.value, "code", None) == "water.bad_type"


# --- the national site's own cells, and agreement on real-layout tables -------------------------------------------

HTML_HEADER = (
    "省份,流域,断面名称,监测时间,水质类别,水温<br/><span class='unit'>(℃)</span>,pH<br/><span class='unit'>(无量纲)"
    "</span>,溶解氧<br/><span class='unit'>(mg/L)</span>,高锰酸盐指数<br/><span class='unit'>(mg/L)</span>,"
    "氨氮<br/><span class='unit'>(mg/L)</span>,总磷<br/><span class='unit'>(mg/L)</span>,叶绿素α<br/>"
    "<span class='unit'>(mg/L)</span>,藻密度<br/><span class='unit'>(cells/L)</span>"
)


def _cell(raw: str, shown: str) -> str:
    return f"<span title='原始值：{raw}'>{shown}</span>"


def test_html_cells_take_the_unrounded_value_and_class_minus_one_is_missing():
    # A lake station's TP shown as 0.010 (I for a lake) is 0.0104 unrounded (II): the network classifies on the
    # unrounded value and published II.
    qc = "<span data-toggle='tooltip' data-placement='right' title='当天质控不合格'>--</span>"
    rows = [
        f"安徽省,巢湖流域,靠近大坝,02-25 09:00,2,{_cell('9.22', '9.2')},{_cell('6.709', '6.71')},"
        f"{_cell('11.0458', '11.05')},{_cell('1.505', '1.50')},{_cell('0.0038', '0.004')},"
        f"{_cell('0.0104', '0.010')},{_cell('0.00232', '0.002')},{_cell('625691.3', '625691')}",
        f"天津市,海河流域,沧浪渠出境,02-25 08:00,-1,--,--,--,--,{qc},--,--,--",
    ]
    parsed = read_samples(("\n".join([HTML_HEADER, *rows]) + "\n").encode(), name="site.csv", year=2026)
    f = parsed.frame
    assert {"temp", "pH", "DO", "CODMn", "NH3N", "TP", "chla", "algae"} <= set(parsed.items)
    assert f["TP"].iloc[0] == 0.0104 and f["algae"].iloc[0] == 625691.3
    assert f["published_class"].tolist() == [2, 0] and f["NH3N"].isna().iloc[1]
    from qingshan.water import agreement

    a = agreement.measure(parsed)
    assert (a.compared, a.agreeing) == (1, 1)  # lake by evidence, II on the unrounded TP


def test_agreement_counts_disagreements():
    rows = [
        row("锡东水厂", "0.0336", "Ⅲ", "0.0087", "1405977"),
        row("东榆林水库出口", "0.0566", "Ⅱ"),
        row("某河", "0.05", "Ⅰ"),
    ]  # fmt: skip  (the last published class is wrong on purpose: II)
    from qingshan.water import agreement

    a = agreement.measure(read_samples(national(*rows), name="t.csv"))
    assert (a.compared, a.agreeing) == (3, 2) and a.disagreements[0]["section"] == "某河"


def _realtime_tables() -> list:
    import os
    from pathlib import Path

    roots = [p for p in os.environ.get("QINGSHAN_WATER_REALTIME", "").split(os.pathsep) if p]
    shared = Path(__file__).resolve().parents[4] / ".." / "shared" / "data" / "cnemc-water-realtime"
    roots += [str(shared)] if shared.is_dir() else []
    files = []
    for r in map(Path, roots):
        files += sorted(r.glob("*.csv")) if r.is_dir() else [r]
    return files


@pytest.mark.skipif(
    not _realtime_tables(),
    reason="no real-time table at $QINGSHAN_WATER_REALTIME or "
    "../shared/data/cnemc-water-realtime (the public scrapes carry no licence; not shipped)",
)
def test_agreement_on_real_readings_at_least_98_percent():
    from qingshan.water import agreement

    a = agreement.measure_files(_realtime_tables(), year=2026)
    assert a.compared >= 100 and a.share >= 0.98, a.disagreements[:10]
