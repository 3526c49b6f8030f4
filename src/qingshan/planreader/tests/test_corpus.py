"""The reader on the layout corpus (``corpus/``): Word, Excel and PDF task tables, text tables, prose with and
without numbers, a target sheet, a covering notice with its plan, prose with an annex table — each scored against its
hand annotation (``corpus/spec.py``); the bar is F1 ≥ 0.9 for units and targets per layout. Each failure mode of
issue #14 is pinned by a test on these documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from qingshan.planreader import PlanReadError, parse_file
from qingshan.planreader.measure import Score, anchor_offset, score_assignments, score_targets
from qingshan.planreader.normalize import normalize

from .corpus import spec

CORPUS = Path(__file__).resolve().parent / "corpus"


def f1(s: Score) -> float:
    p, r = s.precision, s.recall
    return 2 * p * r / (p + r) if p + r else 0.0


@pytest.fixture(scope="module")
def plans():
    return {name: parse_file(CORPUS / name) for layout in spec.LAYOUTS.values() for name in layout}


def task(plan, number):
    return next(t for t in plan.tasks if t.number == number)


def raws(units):
    return [u.raw for u in units]


@pytest.mark.parametrize("layout", list(spec.LAYOUTS))
def test_layout_f1(plans, layout):
    targets = units = Score(0, 0, 0)
    for name in spec.LAYOUTS[layout]:
        targets += score_targets(plans[name], spec.TARGETS[name])
        units += score_assignments(plans[name], spec.ASSIGNMENTS[name])
    report = f"{layout}: missed {targets.missed + units.missed}, spurious {targets.spurious + units.spurious}"
    assert f1(targets) >= 0.9 and f1(units) >= 0.9, report


def test_anchors_are_unique(plans):
    for name, items in spec.TARGETS.items():
        norm = normalize(plans[name].text)
        assert len({anchor_offset(norm, a[0]) for a in items}) == len(items), name


def test_word_table_merged_cells_sections_and_page_split(plans):
    """A lead written once for three rows is carried down; a section row merged across the table is a section, not a
    task; the table's second part (header repeated on the next page) continues its numbering."""
    p = plans["word_table.docx"]
    assert [t.number for t in p.tasks] == [f"一.{n}" for n in range(1, 7)] + [f"二.{n}" for n in range(7, 13)]
    assert raws(task(p, "一.3").lead) == ["市发展改革委"] and raws(task(p, "二.12").lead) == ["市生态环境局"]
    assert task(p, "一.1").deadline == "2024年12月底前"
    assert not any("深化友好生态经济建设" in t.text for t in p.tasks)
    # the covering notice is kept apart from the plan
    assert (p.title, p.issuer, p.doc_number, p.date) == (
        "攀枝花市友好生态环境建设2024年度重点任务分解表",
        "攀枝花市人民政府办公室",
        "攀办函〔2024〕31号",
        "2024-06-12",
    )


def test_excel_category_column_and_marked_lead(plans):
    p = plans["excel_table.xlsx"]
    # a category column without numerals of its own over rows numbered straight through: each row is its 序号
    assert [t.number for t in p.tasks] == [str(n) for n in range(1, 13)]
    assert p.title == spec.EXCEL_TITLE and not p.title_doubtful  # a 分解表 is a kind of plan
    t = task(p, "5")  # "市生态环境局(牵头)、市工业和信息化局、…" in one 责任单位 column
    assert raws(t.lead) == ["市生态环境局"] and raws(t.cooperating) == [
        "市工业和信息化局",
        "市住房和城乡建设局",
    ]
    assert task(p, "9").deadline == "2025年底"  # merged down from row 5
    assert all(u.collective for u in task(p, "1").lead)  # 各县(市、区)政府, 市直相关部门


def test_pdf_table_reads_cells_not_lines(plans):
    p = plans["pdf_table.pdf"]
    assert raws(task(p, "二.5").lead) == [
        "州生态环境局禄丰分局"
    ]  # merged with the row above, wrapped in its cell
    assert raws(task(p, "一.1").cooperating) == ["州生态环境局禄丰分局", "林草局"]  # 责任单位 beside 牵头单位


def test_text_tables(plans):
    """Failure mode 1: a tab-separated scoring table gives one task per row with its unit (not one task per
    section without units); a breakdown plan in wide-space columns (failure mode 2) is read, not refused."""
    p = plans["tab_table.txt"]
    assert len(p.tasks) == 8 and all(len(t.lead) == 1 for t in p.tasks)
    assert raws(task(p, "1").lead) == ["县委农工部"]  # a party committee's department is one unit
    q = plans["wide_table.txt"]
    assert len(q.tasks) == 7 and raws(task(q, "二.4").cooperating) == ["市重污染天气应急指挥部各成员单位"]


def test_scope_counts_are_not_targets(plans):
    """Failure mode 3: "27个…断面优良率达到96.3%" is one target (96.3 %), not also "≥ 27 个"; a count of work done
    is a target (failure mode 6: "查处非法捕捞案件10例以上")."""
    p = plans["prose_glued.txt"]
    values = [g.value for g in p.targets]
    assert 96.3 in values and not {27, 44, 18} & set(values)
    assert next(g for g in p.targets if g.value == 96.3).indicator == "省级及以上地表水监测断面优良率"
    assert any(g.value == 10 and g.unit == "例" for g in p.targets)
    assert 7 not in [g.value for g in plans["plan_signed.txt"].targets]


def test_unit_lists_notes_and_collectives(plans):
    """Failure mode 4: "(责任单位:市生态环境局,各县市区。以下均需各县市区落实,不再单独列出)" gives the two units and
    the implicit unit; "…指挥部各成员单位" is one collective unit."""
    p = plans["prose_glued.txt"]
    assert raws(task(p, "二.(一).1").lead) == ["市生态环境局", "各县市区"]
    assert raws(p.implicit_units) == ["各县市区"] and p.implicit_units[0].collective
    t = task(p, "二.(二).6")
    assert raws(t.lead)[1] == "市突发环境事件应急指挥部各成员单位" and t.lead[1].collective
    assert raws(plans["plan_signed.txt"].implicit_units) == ["各县区政府"]


def test_glued_item_splits_off(plans):
    """Failure mode 5: "…市生态环境局)4.积极开展燃煤锅炉整治" starts item 4; item 3 keeps only its own units."""
    p = plans["prose_glued.txt"]
    assert raws(task(p, "二.(一).3").lead) == ["市工业和信息化局", "市生态环境局"]
    assert task(p, "二.(一).4").heading == "积极开展燃煤锅炉整治"


def test_documents_without_numbers(plans):
    """Failure mode 2: a target sheet without tasks is a plan; items without numbers are tasks."""
    p = plans["target_sheet.txt"]
    assert p.tasks == [] and len(p.targets) == 12
    q = plans["prose_unnumbered.docx"]
    assert [t.number for t in q.tasks] == [f"二.{n}" for n in range(1, 7)]


def test_metadata_of_notices_and_signed_plans(plans):
    """Failure mode 7: site boilerplate is no title; 〈〉 is removed; the notice's 文号, issuer and date are kept
    apart from the plan's title; a quoted plan is not the title; the issuer over the closing date is found."""
    p = plans["notice_plan.txt"]
    assert (p.title, p.issuer, p.doc_number, p.date) == (
        "延安市2024年大气污染防治实施方案",
        "延安市人民政府办公室",
        "延政办发〔2024〕12号",
        "2024-03-15",
    )
    q = plans["plan_signed.txt"]
    assert (q.title, q.issuer, q.date) == ("宝鸡市2024年水污染防治工作方案", "宝鸡市人民政府", "2024-04-02")


def test_mixed_prose_and_annex_table(plans):
    p = plans["mixed_annex.docx"]
    assert [t.number for t in p.tasks][:3] == ["二.1", "二.2", "二.3"]
    assert [t.number for t in p.tasks][3:] == ["附表1.1", "附表1.2", "附表1.3", "附表1.4"]


def test_a_spreadsheet_of_air_data_is_not_a_plan():
    with pytest.raises(PlanReadError) as err:
        parse_file(CORPUS / "air_data.xlsx")
    assert err.value.code == "spreadsheet_not_a_plan" and "air_data.xlsx" in str(err.value)


def test_legacy_xls_reads_as_the_xlsx(plans):
    """The same task sheet saved as legacy .xls (xlrd, merged 类别 cells) reads into the same ledger."""
    xls = parse_file(CORPUS / "excel_legacy.xls")
    xlsx = plans["excel_table.xlsx"]
    assert xls.title == xlsx.title
    assert [(t.number, raws(t.lead), raws(t.cooperating)) for t in xls.tasks] == [
        (t.number, raws(t.lead), raws(t.cooperating)) for t in xlsx.tasks
    ]
