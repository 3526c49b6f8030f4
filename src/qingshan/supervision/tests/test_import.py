"""Importing rectification ledgers: three column layouts built from the synonyms (with merged cells), units
through the registry and its aliases, unknown units mapped and remembered, bad rows named by row and column, all or
nothing, idempotent."""

from __future__ import annotations

import io
from datetime import date

import pytest
from openpyxl import Workbook, load_workbook

from qingshan.core.errors import DomainError
from qingshan.orgs.models import Unit, UnitAlias
from qingshan.planreader.units import Registry
from qingshan.supervision import services
from qingshan.supervision.exports import ledger_xlsx
from qingshan.supervision.ledgerreader import column_key, read_ledger
from qingshan.supervision.models import LedgerImport, Rectification

from . import ledgers

pytestmark = pytest.mark.django_db
TODAY = date(2024, 5, 1)
REG = Registry.from_json(city="攀枝花市")


def _units(it, role):
    return [(u.raw, u.name) for u in it.units.get(role, [])]


def test_headers_and_synonyms():
    assert column_key("反馈问题") == column_key("问题描述") == column_key("具体问题") == "problem"
    assert column_key("问题来源/类别") == "source"
    assert column_key("整改时限") == column_key("完成时限") == column_key(" 完成\n时限 ") == "deadline"
    assert column_key("整改状态") == column_key("完成情况") == column_key("整改完成情况") == "status"
    assert column_key("责任单位/配合单位") == "responsible"
    assert column_key("整改进展情况") == "progress"
    assert column_key("序号") == "number" and column_key("整改时限(年月)") == "deadline"
    assert column_key("攀枝花市部分尾矿库环境风险隐患较大,存在问题") is None  # data, not a header


def test_layout_a_merged_source_and_a_problem_over_two_rows():
    read = read_ledger(ledgers.layout_a(), "a.xlsx", REG, today=TODAY)
    assert [it.row for it in read.items] == ["3", "5", "6"]
    first, second, third = read.items
    assert first.source == second.source == "central" and first.round == "第二轮"  # merged B3:B5
    assert first.measures == "开展排查,分类整治\n建立排污口动态管理台账"
    assert _units(first, "lead") == [("市生态环境局", "攀枝花市生态环境局")]
    assert [n for _r, n in _units(first, "cooperating")] == ["东区人民政府", "西区人民政府", "仁和区人民政府"]
    assert (first.deadline_kind, first.due_date, first.status) == ("dated", date(2024, 12, 31), "in_progress")
    assert (second.due_date, second.status) == (date(2023, 6, 30), "pending")
    assert third.source == "provincial" and third.deadline_kind == "long_term" and third.due_date is None
    assert _units(third, "cooperating") == [("东区政府", "东区人民政府")]  # an alias of the registry
    assert read.unknown_units == {}


def test_layout_b_two_row_header_and_heading_rows():
    read = read_ledger(ledgers.layout_b(), "b.xlsx", REG, today=TODAY)
    assert read.layout["lead"] == "牵头单位" and read.layout["cooperating"] == "配合单位"
    a, b, c = read.items
    assert (a.source, a.round, a.batch) == ("central", "第二轮", "第一批")
    assert a.source_text == "一、中央生态环境保护督察反馈问题"
    assert b.deadline_kind == "immediate" and b.due_date == date(2024, 5, 31)  # 立行立改: 30 days by default
    assert c.source == "warning_film" and c.status == "closed" and c.batch == "第三批"


def test_layout_c_word_table_with_vertical_merge_and_an_unknown_unit():
    read = read_ledger(ledgers.layout_c(), "c.docx", REG, today=TODAY)
    a, b, c = read.items
    assert a.source == b.source == "petition" and b.batch == "第一批"  # the merged category carries down
    assert _units(a, "lead") == [("仁和区人民政府", "仁和区人民政府")]  # "(牵头)" marks the lead
    assert _units(a, "responsible") == [("市农业农村局", "攀枝花市农业农村局")]
    assert _units(a, "accepting") == [("市生态环境局", "攀枝花市生态环境局")]
    assert b.status == "in_progress" and b.status_text == "已完成"  # complete in the ledger, not closed here
    assert read.unknown_units == {"钒钛园区工委": ["4"]}


def _sheet(rows) -> bytes:
    wb = Workbook()
    for r in rows:
        wb.active.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_bad_rows_are_named_and_nothing_is_stored(pzh, actors):
    data = _sheet(
        [
            ["序号", "反馈问题", "牵头单位", "整改时限", "整改状态"],
            ["1", "问题甲", "市生态环境局", "2024年底前", "整改中"],
            ["2", "", "市生态环境局", "2024年底前", "整改中"],
            ["3", "问题丙", "", "2024年底前", "整改中"],
            ["4", "问题丁", "市生态环境局", "尽快", "整改中"],
            ["5", "问题戊", "市生态环境局", "2024年底前", "看情况"],
            ["6", "问题己", "市生态环境局", "", "整改中"],
        ]
    )
    with pytest.raises(DomainError) as exc:
        services.import_ledger(data, "台账.xlsx", pzh, actors["office"])
    msgs = exc.value.messages_list
    assert exc.value.code.value == "supervision.import_failed" and "台账.xlsx" in str(exc.value)
    assert msgs == [
        "第 3 行，反馈问题：问题内容为空。",
        "第 4 行：没有牵头单位或责任单位。",
        "第 5 行，整改时限：“尽快”不是整改时限（应为日期如 2024年12月底前，或长期坚持、立行立改）。",
        msgs[3],
        "第 7 行，整改时限：没有整改时限。",
    ]
    assert msgs[3].startswith("第 6 行，整改状态：“看情况”不是可识别的整改状态")
    assert not Rectification.objects.exists() and not LedgerImport.objects.exists()


@pytest.mark.parametrize(
    "data, name, code",
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 old excel", "台账.xls", "supervision.import.file_type"),
        (b"PK\x03\x04 broken", "台账.xlsx", "supervision.import.unreadable"),
        ("序号,名称\n1,甲\n".encode(), "台账.csv", "supervision.import.no_header"),
    ],
)
def test_files_that_are_no_ledger(pzh, actors, data, name, code):
    with pytest.raises(DomainError) as exc:
        services.import_ledger(data, name, pzh, actors["office"])
    assert exc.value.code.value == code and name in str(exc.value)
    assert not Rectification.objects.exists()


def test_import_all_three_layouts_map_unknown_unit_and_reimport(pzh, actors, users):
    office = actors["office"]
    a = services.import_ledger(ledgers.layout_a(), "a.xlsx", pzh, office, users["office"], today=TODAY)
    b = services.import_ledger(ledgers.layout_b(), "b.xlsx", pzh, office, users["office"], today=TODAY)
    assert (a.created_items, b.created_items) == (3, 3)
    with pytest.raises(DomainError) as exc:
        services.import_ledger(ledgers.layout_c(), "c.docx", pzh, office, today=TODAY)
    assert exc.value.code.value == "supervision.import.unknown_units" and "钒钛园区工委" in str(exc.value)
    assert Rectification.objects.count() == 6
    zone = Unit.objects.get(name="钒钛高新区管委会")
    c = services.import_ledger(
        ledgers.layout_c(), "c.docx", pzh, office, users["office"], mapping={"钒钛园区工委": zone.pk}, today=TODAY
    )
    assert c.created_items == 3
    assert UnitAlias.objects.filter(unit=zone, alias="钒钛园区工委").exists()  # remembered for the next import
    item = Rectification.objects.get(problem="某工业园区环境监测能力不足")
    assert item.units.get(role="lead").unit == zone and item.area.name == "钒钛高新区"
    assert item.accepting_unit.name == "攀枝花市生态环境局"
    ev = item.events.get()
    assert ev.action == "import" and ev.actor_id == users["office"].pk and "c.docx" in ev.comment
    closed = Rectification.objects.get(problem="盐边县某砂石厂违规堆放")
    assert closed.status == "closed" and closed.closed_at and closed.area.name == "盐边县"
    # The same files again: nothing new, nothing changed (the alias now resolves the unit by itself).
    again = [
        services.import_ledger(f(), n, pzh, office, today=TODAY)
        for f, n in ((ledgers.layout_a, "a.xlsx"), (ledgers.layout_b, "b.xlsx"), (ledgers.layout_c, "c.docx"))
    ]
    assert [(r.created_items, r.updated_items) for r in again] == [(0, 0)] * 3
    assert Rectification.objects.count() == 9
    # A later ledger with new progress updates the text, never the workflow state.
    item = Rectification.objects.get(problem="钒钛高新区部分企业无组织排放问题突出")
    services.act_on_item(item, "start", office, comment="已启动")
    wb = load_workbook(io.BytesIO(ledgers.layout_a()))
    wb.active["J5"] = "完成 3 家企业深度治理"
    wb.active["K5"] = "未启动"
    buf = io.BytesIO()
    wb.save(buf)
    later = services.import_ledger(buf.getvalue(), "a-6月.xlsx", pzh, office, today=TODAY)
    assert (later.created_items, later.updated_items) == (0, 1)
    item.refresh_from_db()
    assert item.progress == "完成 3 家企业深度治理" and item.status == "in_progress"


def test_only_the_office_of_the_city_imports(pzh, actors):
    for role in ("sthj", "leader", "office_pds", "public"):
        with pytest.raises(DomainError) as exc:
            services.import_ledger(ledgers.layout_a(), "a.xlsx", pzh, actors[role], today=TODAY)
        assert exc.value.http_status == 403
    assert not Rectification.objects.exists()


def test_export_in_the_office_layout_reads_back(pzh, actors):
    services.import_ledger(ledgers.layout_a(), "a.xlsx", pzh, actors["office"], today=TODAY)
    data = ledger_xlsx(Rectification.objects.all(), TODAY, "攀枝花市")
    ws = load_workbook(io.BytesIO(data)).active
    header = [c.value for c in ws[3]]
    assert header[:4] == ["序号", "问题来源", "轮次", "批次"] and "整改时限" in header and "是否逾期" in header
    assert ws["E4"].value == "金沙江攀枝花段部分排污口未完成整治"
    # the export is itself a ledger the importer reads: importing it adds nothing
    again = services.import_ledger(data, "export.xlsx", pzh, actors["office"], today=TODAY)
    assert (again.created_items, again.updated_items) == (0, 0)


def test_the_command_imports_exports_and_closes(pzh, tmp_path, media):
    import io as _io

    from django.core.management import call_command
    from django.core.management.base import CommandError

    path = tmp_path / "c.docx"
    path.write_bytes(ledgers.layout_c())
    out = _io.StringIO()
    call_command("supervision", "import", str(path), "--division", "攀枝花市", "--dry-run", stdout=out)
    assert "3 problems (3 new, 0 already stored)" in out.getvalue() and "钒钛园区工委" in out.getvalue()
    with pytest.raises(CommandError, match="钒钛园区工委"):
        call_command("supervision", "import", str(path), "--division", "攀枝花市", stdout=_io.StringIO())
    with pytest.raises(CommandError, match="--map"):
        call_command("supervision", "import", str(path), "--division", "攀枝花市", "--map", "钒钛园区工委=无此单位",
                     stdout=_io.StringIO())  # fmt: skip
    out = _io.StringIO()
    call_command("supervision", "import", str(path), "--division", "攀枝花市", "--map", "钒钛园区工委=钒钛高新区管委会",
                 "--user", "office", stdout=out)  # fmt: skip
    assert "imported: 3 new, 0 updated" in out.getvalue()
    assert Rectification.objects.get(number="3").events.get().actor.username == "office"
    xlsx = tmp_path / "ledger.xlsx"
    call_command("supervision", "export", "--division", "攀枝花市", "-o", str(xlsx), stdout=_io.StringIO())
    assert load_workbook(xlsx).active["E4"].value == "仁和区某养殖场粪污直排"
    Rectification.objects.filter(number="1").update(status="publicity", publicity_end=date(2020, 1, 1))
    out = _io.StringIO()
    call_command("supervision", "close-due", stdout=out)
    assert "closed 1 item(s)" in out.getvalue() and Rectification.objects.get(number="1").status == "closed"
    with pytest.raises(CommandError, match="no city"):
        call_command("supervision", "export", "--division", "东区", "-o", str(xlsx), stdout=_io.StringIO())
