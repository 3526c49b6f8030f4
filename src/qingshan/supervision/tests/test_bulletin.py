"""The monthly bulletin: built on air data made here for 攀枝花's districts (2018 and 2019), opened with python-docx,
its figures compared with the leaders' dashboard's; statistics too thin for GB 3095 Table 4 are said to be so."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from django.core.management import call_command
from docx import Document

from qingshan.air.models import DailyAirQuality, Station
from qingshan.core.errors import DomainError
from qingshan.orgs.models import Division
from qingshan.supervision import bulletin as B
from qingshan.supervision import scope, services
from qingshan.supervision.models import Bulletin
from qingshan.targets import dashboard

pytestmark = pytest.mark.django_db
JUNE = date(2019, 6, 1)


def _days(start: date, end: date):
    d = start
    while d <= end:
        yield d
        d += timedelta(days=1)


@pytest.fixture
def air(pzh):
    """Three stations (东区, 西区, 仁和区) with daily values for 2018 and the first half of 2019; 仁和区 has only 20
    days in June 2019 (too few for a valid monthly statistic)."""
    rows = []
    for k, (code, district) in enumerate((("T-1", "东区"), ("T-2", "西区"), ("T-3", "仁和区"))):
        st = Station.objects.create(code=code, name=f"测试站{k}", division=Division.objects.get(name=district))
        for d in list(_days(date(2018, 1, 1), date(2018, 6, 30))) + list(_days(date(2019, 1, 1), date(2019, 6, 30))):
            if code == "T-3" and d.year == 2019 and d.month == 6 and d.day > 20:
                continue
            better = 0.9 if d.year == 2019 else 1.0  # 2019 is 10 % cleaner than 2018
            wave = (d.toordinal() % 11) * 4
            rows.append(
                DailyAirQuality(
                    station=st, date=d, version="2012", so2=12 + k, no2=25 + 3 * k, co=0.8, o3_1h_max=110,
                    o3_8h_max=(90 + wave + 10 * k) * better, pm10=(55 + wave + 5 * k) * better,
                    pm25=(28 + wave / 2 + 4 * k) * better,
                )
            )  # fmt: skip
    DailyAirQuality.objects.bulk_create(rows)


def _table_after(doc, heading_prefix: str):
    """The first table after the paragraph that starts with ``heading_prefix``."""
    body = doc.element.body
    seen = False
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p" and "".join(child.itertext()).startswith(heading_prefix):
            seen = True
        elif tag == "tbl" and seen:
            from docx.table import Table

            return Table(child, doc)
    raise AssertionError(heading_prefix)


def test_bulletin_figures_are_the_dashboards(air, pzh, actors, users, ledger, media, item):
    # ledger["plan"] is confirmed by the fixture, with its reporting schedule
    b = services.build_bulletin(pzh, JUNE, actors["office"], users["office"], issued_on=date(2019, 7, 5))
    assert b.number == 6 and b.data_stamp and b.figures["month"] == "2019-06"
    assert b.title == "攀枝花市2019年6月生态环境保护工作情况通报"
    doc = Document(io.BytesIO(b.file.read()))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "攀枝花市生态环境保护工作通报" in text and "2019年第6期" in text and "2019年7月5日" in text
    dash = dashboard.build(B.office_actor(pzh), pzh, date(2019, 6, 30))
    assert dash.air["year"] == 2019
    ytd = _table_after(doc, "（二）")
    header = [c.text for c in ytd.rows[0].cells]
    assert header[:2] == ["区域", "综合指数"]
    city = next(r for r in ytd.rows if r.cells[0].text == "攀枝花市")
    assert city.cells[1].text == f"{dash.air['composite']:.2f}"
    assert city.cells[4].text == f"{dash.air['pm25']:.1f}"
    assert city.cells[6].text == f"{dash.air['good_ratio']:.1f}"
    # the same figures in the text and in the stored figures
    stored = next(r for r in b.figures["air"]["rows"] if r["level"] == "city")
    assert stored["ytd"]["composite"] == round(dash.air["composite"], 2)
    assert f"综合指数为{stored['ytd']['composite']:.2f}" in text
    # 2019 is 10 % cleaner than 2018 in PM2.5: "下降10.0%" on the same period last year
    assert stored["change"]["ytd"]["pm25_pct"] == -10.0 and "下降10.0%" in city.cells[5].text
    # the month: 仁和区 has 20 days in June → its statistics are marked and the note says why
    month = _table_after(doc, "（一）")
    renhe = next(r for r in month.rows if r.cells[0].text == "仁和区")
    assert renhe.cells[1].text.endswith("*") and renhe.cells[4].text.endswith("*")
    assert "按GB 3095-2012表4（每月至少27天，2月至少25天）统计无效" in text
    ranks = {r.cells[0].text: r.cells[3].text for r in month.rows[1:]}
    assert sorted(ranks[n] for n in ("东区", "西区", "仁和区")) == ["1", "2", "3"] and ranks["东区"] == "1"
    assert "米易县" in text  # named among the areas without stations
    # tasks: the dashboard's counts
    counts = dash.task_counts
    total = sum(counts.get(k, 0) for k in ("completed", "in_progress", "not_started"))
    assert f"任务台账共{total}项任务" in text and f"逾期{dash.overdue_task_count}项" in text
    units = _table_after(doc, "三、")
    assert [c.text for c in units.rows[0].cells] == ["牵头单位", "任务数", "已完成", "推进中", "未开始", "逾期", "按时完成率（%）"]
    first = dash.unit_tasks[0]
    assert [c.text for c in units.rows[1].cells[:6]] == [
        first.name, str(first.total), str(first.completed), str(first.in_progress), str(first.not_started), str(first.overdue),
    ]  # fmt: skip
    # fonts of a government bulletin, with fallbacks named in the font table
    body = next(p for p in doc.paragraphs if p.text.startswith("现将"))
    rfonts = body.runs[0]._element.rPr.rFonts
    assert rfonts.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia") == "仿宋_GB2312"
    font_table = next(p for p in doc.part.package.iter_parts() if str(p.partname) == "/word/fontTable.xml").blob.decode()
    assert "方正小标宋简体" in font_table and 'w:altName w:val="仿宋"' in font_table
    assert len(doc.inline_shapes) >= 2  # the air and task charts, drawn offline
    # the demo-free month says nothing synthetic … except what it holds: none here
    assert b.contains_synthetic is False


def test_bulletins_are_stored_listed_and_published(air, pzh, actors, users, media):
    b = services.build_bulletin(pzh, JUNE, actors["office"], users["office"])
    assert not scope.bulletins_visible(actors["public"]).exists()
    assert scope.bulletins_visible(actors["leader"]).get() == b
    with pytest.raises(DomainError):
        services.publish_bulletin(b, actors["leader"])
    services.publish_bulletin(b, actors["office"])
    assert scope.bulletins_visible(actors["public"]).get() == b
    for role in ("sthj", "leader", "office"):
        with pytest.raises(DomainError) if role != "office" else _nothing():
            services.build_bulletin(pzh, JUNE, actors[role], None)
    assert Bulletin.objects.filter(month=JUNE).count() == 2


class _nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_months_and_cities_are_checked(pzh, actors):
    with pytest.raises(DomainError) as exc:
        B.parse_month("2019-13")
    assert exc.value.code.value == "supervision.bad_month"
    with pytest.raises(DomainError) as exc:
        services.build_bulletin(pzh, date(2099, 1, 1), actors["office"])
    assert exc.value.code.value == "supervision.future_month"
    with pytest.raises(DomainError) as exc:
        services.build_bulletin(pzh, JUNE, actors["office_pds"])
    assert exc.value.code.value == "core.office_only"
    with pytest.raises(DomainError) as exc:
        B.gather(Division.objects.get(name="东区"), JUNE)
    assert exc.value.code.value == "supervision.not_a_city"


def test_the_command_builds_a_bulletin(air, pzh, media, tmp_path):
    out = tmp_path / "bulletin.docx"
    text = io.StringIO()
    call_command("bulletin", "build", "--month", "2019-06", "--division", "攀枝花市", "-o", str(out), stdout=text)
    assert "2019年6月" in text.getvalue() and out.stat().st_size > 10_000
    assert Document(str(out)).paragraphs[0].text == "攀枝花市生态环境保护工作通报"
    en = tmp_path / "bulletin-en.docx"
    call_command("bulletin", "build", "--month", "2019-06", "--division", "攀枝花市", "-o", str(en), "--lang", "en",
                 stdout=io.StringIO())  # fmt: skip
    english = "\n".join(p.text for p in Document(str(en)).paragraphs)
    assert "eco-environmental protection work bulletin" in english and "通报" not in english.replace("攀枝花", "")
