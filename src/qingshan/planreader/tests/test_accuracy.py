"""The reader against the hand annotation of the five seeds (``annotations.py``): targets (value, comparator, year)
and unit assignments (task × role × unit as written), as written and with full-width punctuation; the bar is
precision and recall ≥ 0.95 over the five plans, and no plan may fall below 0.9."""

from __future__ import annotations

from pathlib import Path

import pytest

from qingshan.planreader import parse_text
from qingshan.planreader.measure import Score, anchor_offset, score_assignments, score_targets
from qingshan.planreader.normalize import FULL_TO_ASCII, normalize

from .annotations import ASSIGNMENTS, TARGETS

SEEDS = Path(__file__).resolve().parents[2] / "ledger" / "data" / "seeds"
TO_WIDE = str.maketrans({v: k for k, v in FULL_TO_ASCII.items() if v in ",():;"})


def seed_text(prefix: str, wide: bool) -> str:
    text = next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
    return text.translate(TO_WIDE) if wide else text


@pytest.fixture(scope="module", params=[False, True], ids=["ascii", "full-width"])
def scores(request):
    out = {}
    for prefix in sorted(TARGETS):
        plan = parse_text(seed_text(prefix, request.param))
        out[prefix] = (score_targets(plan, TARGETS[prefix]), score_assignments(plan, ASSIGNMENTS[prefix]))
    return out


def _report(kind: str, per_plan: dict[str, Score]) -> str:
    lines = [
        f"{kind}: " + ", ".join(f"{p} P {s.precision:.3f} R {s.recall:.3f}" for p, s in per_plan.items())
    ]
    for p, s in per_plan.items():
        lines += [f"  {p} missed: {m}" for m in s.missed] + [f"  {p} spurious: {m}" for m in s.spurious]
    return "\n".join(lines)


@pytest.mark.parametrize("kind", ["targets", "assignments"])
def test_precision_and_recall(scores, kind):
    per_plan = {p: s[0 if kind == "targets" else 1] for p, s in scores.items()}
    total = sum(per_plan.values(), Score(0, 0, 0))
    report = _report(kind, per_plan)
    print(report)
    assert total.precision >= 0.95 and total.recall >= 0.95, report
    assert all(s.precision >= 0.9 and s.recall >= 0.9 for s in per_plan.values()), report


def test_annotation_anchors_are_unique():
    """Every anchor names one place in its document (else the measurement would be loose)."""
    for prefix, items in TARGETS.items():
        norm = normalize(seed_text(prefix, False))
        offsets = [anchor_offset(norm, a[0]) for a in items]
        assert len(set(offsets)) == len(offsets), prefix


def test_the_measure_counts_misses_and_strays():
    """The measure itself: a wrong comparator is both a miss and a stray; an unannotated target is a stray."""
    plan = parse_text(
        "测试市生态环境实施方案\n一、任务\n1.抓好大气。到2025年,PM2.5浓度低于30微克/立方米,优良天数比例达到80%。"
        "(市生态环境局牵头)\n2.抓好水。(市水利局牵头)\n3.抓好土。(市自然资源和规划局牵头)\n"
    )
    s = score_targets(plan, [("PM2.5浓度低于⟦30微克/立方米⟧", "<=", 30, None, 2025)])
    assert (s.matched, s.found, s.expected) == (0, 2, 1)
    s = score_targets(plan, [("PM2.5浓度低于⟦30微克/立方米⟧", "<", 30, None, 2025)])
    assert (s.matched, s.precision, s.recall) == (1, 0.5, 1.0)
    a = score_assignments(plan, {"一.1": (["市生态环境局"], []), "一.2": ([], ["市水利局"])})
    assert (a.matched, a.found, a.expected) == (1, 3, 2)


def test_the_measure_takes_a_section_unit_keyed_either_way():
    """A unit written over a section stands on each of its items in the parse. An annotation that keys it under the
    section matches it once; one that keys each item matches each copy; a unit an item writes itself stays its own."""
    plan = parse_text(
        "测试市大气污染防治工作分工方案\n一、分工\n(一)市公安局主要工作任务:\n1.加强机动车管理。\n2.严查渣土车。\n"
        "(二)市住建局主要工作任务:\n1.控制扬尘。(市城管局配合)\n2.推进集中供热。\n"
    )
    police, housing = [[u.raw for u in t.lead] for t in plan.tasks if t.number.startswith("一.(")][::2]
    assert (police, housing) == (["市公安局"], ["市住建局"])
    by_section = {"一.(一)": (["市公安局"], []), "一.(二)": (["市住建局"], []), "一.(二).1": ([], ["市城管局"])}
    a = score_assignments(plan, by_section)
    assert (a.matched, a.found, a.expected) == (3, 3, 3)
    by_item = {f"一.({s}).{i}": ([u], []) for s, u in (("一", "市公安局"), ("二", "市住建局")) for i in (1, 2)}
    by_item["一.(二).1"][1].append("市城管局")
    a = score_assignments(plan, by_item)
    assert (a.matched, a.found, a.expected) == (5, 5, 5)
    a = score_assignments(plan, {"一.(一)": (["市住建局"], [])})  # the wrong unit for the section: no credit
    assert (a.matched, a.found) == (0, 5)
    # a section of one item, its unit in the heading (heldout46's "(六)市场污染控制组" over "1、…"): either keying too; a
    # unit the only item writes itself stays the item's
    plan = parse_text("测试市冬季大气污染整治百日行动方案\n(五)市场污染控制组\n1、整治商品交易市场燃煤污染。\n"
                      "(六)交通整治\n1、整治渣土车。(市城管局负责)\n")
    got = [(t.number, [u.raw for u in t.lead], [u.raw for u in t.cooperating]) for t in plan.tasks]
    assert got == [("(五).1", ["市场污染控制组"], []), ("(六).1", ["市城管局"], [])]
    a = score_assignments(plan, {"(五)": (["市场污染控制组"], []), "(六).1": (["市城管局"], [])})
    assert (a.matched, a.found, a.expected) == (2, 2, 2)
    a = score_assignments(plan, {"(五).1": (["市场污染控制组"], []), "(六)": (["市城管局"], [])})
    assert (a.matched, a.found, a.expected) == (1, 2, 2)


def test_the_measure_takes_line_items_keyed_under_their_heading():
    """Paragraphs without numbers under "(一)生态农业" are line items "一.(一).1", "一.(一).2" to the reader; an
    annotation that keys their units together under "一.(一)" matches each unit once. Numbered items ("1." in the text)
    are not merged so, and an annotation that keys the line items matches them as they are."""
    plan = parse_text(
        "测试省生态省建设任务分工方案\n一、加快生态经济发展\n(一)生态农业\n推进生态农业试点县建设。(责任单位:省农业厅、财政厅)\n"
        "推广立体生态种养模式。(责任单位:省农业厅、林业厅)\n(二)生态工业\n1.推进园区循环化改造。(责任单位:省经信委)\n"
        "2.推行清洁生产审核制度。(责任单位:省环保厅)\n"
    )
    assert [t.number for t in plan.tasks] == ["一.(一).1", "一.(一).2", "一.(二).1", "一.(二).2"]
    a = score_assignments(plan, {"一.(一)": (["省农业厅", "财政厅", "林业厅"], [])})
    assert (a.matched, a.found, a.expected) == (3, 5, 3)  # 省农业厅 once; the two items of (二) as they are
    a = score_assignments(plan, {"一.(一).1": (["省农业厅", "财政厅"], []), "一.(一).2": (["省农业厅", "林业厅"], [])})
    assert (a.matched, a.found, a.expected) == (4, 6, 4)
    a = score_assignments(plan, {"一.(二)": (["省经信委", "省环保厅"], [])})  # numbered items keep their numbers
    assert (a.matched, a.found) == (0, 6)
    # a unit that leads one line item and helps in another is, unioned under the heading, a lead only
    plan = parse_text(
        "测试市斧头湖水污染防治攻坚方案\n一、重点任务\n(一)控源截污\n推进沿湖截污管网建设。(牵头单位:市城发集团;责任单位:咸安区人民政府)\n"
        "推进入湖河港综合整治。(牵头单位:咸安区人民政府)\n"
    )
    a = score_assignments(plan, {"一.(一)": (["市城发集团", "咸安区人民政府"], [])})
    assert (a.matched, a.found, a.expected) == (2, 2, 2)


def test_every_full_width_form_reads_the_same():
    """Full-width digits, ％ and ／ too (some Word documents), not only the punctuation of the bar."""
    every = str.maketrans({v: k for k, v in FULL_TO_ASCII.items() if v != " "})
    for prefix in ("000", "003"):
        plain, wide = (
            parse_text(seed_text(prefix, False)),
            parse_text(seed_text(prefix, False).translate(every)),
        )
        assert [(g.value, g.comparator, g.year, g.unit) for g in wide.targets] == [
            (g.value, g.comparator, g.year, g.unit) for g in plain.targets
        ]
        assert score_targets(wide, TARGETS[prefix]).recall == score_targets(plain, TARGETS[prefix]).recall


def test_the_measure_matches_one_to_one_whatever_the_order():
    """Two eliminations in one sentence: the first's span covers both names, the second's only its own. Whichever
    annotation comes first, both match (a greedy pass would give the wide span to the wrong one)."""
    plan = parse_text(
        "测试市水污染防治实施方案\n一、任务\n1.治水。到2025年,劣V类水体和城市建成区黑臭水体基本消除。"
        "(市生态环境局牵头)\n2.抓好水。(市水利局牵头)\n3.抓好土。(市自然资源和规划局牵头)\n"
    )
    items = [
        ("城市建成区⟦黑臭水体⟧基本消除", "eliminate", None, None, 2025),
        ("⟦劣V类水体⟧和", "eliminate", None, None, 2025),
    ]
    for order in (items, items[::-1]):
        s = score_targets(plan, order)
        assert (s.matched, s.precision, s.recall) == (2, 1.0, 1.0), s.missed
