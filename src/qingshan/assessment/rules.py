"""Scoring an annual assessment (考核) — rules people can read (pure Python, no Django).

A scheme (考核细则) is data: items, each with its maximum points, the rule that scores it, the points per record
and where it applies (every unit, departments only, counties only). The rules:

Deduction rules — the item starts at its maximum; each record behind it deducts ``points_each``; the item never
goes below 0 (扣完为止).

``overdue_task``
    Each task the unit leads that was due by the end of the period and was not completed by its due date (still
    open, or completed late within the year).
``overdue_report``
    Each progress report (调度) the unit owed as lead unit and did not file by its due date (or had returned).
``lagging_target``
    Each target of the unit's tasks judged **missed** or **off track** (``targets.rules``) as of the period's end.
``lagging_rectification``
    Each rectification item the unit leads that was due by the period's end and had not been accepted by then
    (still 待整改, 整改中 or 申请销号 — "overdue or not closed"). Long-term items (长期坚持) are never due.
``notice``
    Each supervision notice at the rung the item names (``params.rung``: ``letter`` for 督办函, ``interview`` for 约谈,
    ``reminder`` for 提醒) issued or escalated to the unit within the period (withdrawn notices do not count).
``water_compliance``
    Each water section in the county whose year-to-date class misses its target class.

Award rules — the item starts at 0 and never exceeds its maximum.

``air_rank``
    The county's rank among the city's counties by the year-to-date composite index (lower is better; equal
    indices share a rank): ``params.points_by_rank[rank − 1]`` points (0 beyond the list).
``air_improvement``
    ``points_each`` points per percent the composite index improved on the same period of the previous year
    (0 when it did not improve or a figure is missing).

Scored by people.

``manual``
    The office's score with a reason (and evidence), within [0, maximum]; an item not yet scored counts 0 and says so.

Every item may finally be adjusted by upheld objections (申诉): each adjustment adds its points (positive or
negative) and the item stays within [0, maximum]. The total is the sum of the items; units are ranked within their
kind (departments, counties), highest total first, equal totals sharing a rank.

Each :class:`Line` names the rule, the points (negative: deducted) and the :class:`Record` behind it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

DEDUCTION_RULES = (
    "overdue_task",
    "overdue_report",
    "lagging_target",
    "lagging_rectification",
    "notice",
    "water_compliance",
)
AWARD_RULES = ("air_rank", "air_improvement")
RULES = (*DEDUCTION_RULES, *AWARD_RULES, "manual")
APPLIES_TO = ("all", "department", "county")


class SchemeError(ValueError):
    """A scheme that cannot be scored; ``code`` names the problem (``assessment.scheme.*``)."""

    def __init__(self, error: str, /, **params):
        self.code = error
        self.params = params
        super().__init__(f"{error} {params}")


@dataclass(frozen=True)
class Record:
    """The record behind a line: what it is, its id and how people name it."""

    kind: str  # task | report | target | rectification | notice | air | water | manual | objection
    ref: str
    label: str
    detail: str = ""


@dataclass(frozen=True)
class Item:
    code: str
    name: str
    max_points: float
    rule: str
    points_each: float = 0.0
    applies_to: str = "all"
    params: tuple[tuple[str, Any], ...] = ()

    def param(self, key: str, default=None):
        return dict(self.params).get(key, default)


@dataclass(frozen=True)
class NoticeFact:
    rung: str
    record: Record


@dataclass(frozen=True)
class AirFact:
    composite: float | None
    composite_prev: float | None
    record: Record
    valid: bool = True


@dataclass(frozen=True)
class WaterFact:
    meets: bool | None
    record: Record


@dataclass(frozen=True)
class Scored:
    """A manual score or an objection's adjustment of one item."""

    item: str
    points: float
    record: Record


@dataclass(frozen=True)
class Facts:
    unit_id: int
    name: str
    kind: str  # "department" | "county"
    overdue_tasks: tuple[Record, ...] = ()
    overdue_reports: tuple[Record, ...] = ()
    lagging_targets: tuple[Record, ...] = ()
    lagging_rectifications: tuple[Record, ...] = ()
    notices: tuple[NoticeFact, ...] = ()
    air: AirFact | None = None
    water: tuple[WaterFact, ...] = ()
    manual: tuple[Scored, ...] = ()
    adjustments: tuple[Scored, ...] = ()


@dataclass(frozen=True)
class Line:
    rule: str
    points: float  # negative: deducted
    record: Record
    why: dict = field(default_factory=dict)  # figures behind it (rank, percent, …)


@dataclass(frozen=True)
class ItemScore:
    code: str
    name: str
    max_points: float
    rule: str
    points: float
    lines: tuple[Line, ...]
    note: str = ""  # not_scored | no_figure | floored | capped


@dataclass(frozen=True)
class Sheet:
    unit_id: int
    name: str
    kind: str
    items: tuple[ItemScore, ...]
    total: float
    rank: int = 0

    def item(self, code: str) -> ItemScore | None:
        return next((i for i in self.items if i.code == code), None)


def check_items(items: list[Item]) -> None:
    """Refuse a scheme that cannot be scored (unknown rule, bad points, repeated code, rank table missing)."""
    seen = set()
    for it in items:
        if it.code in seen:
            raise SchemeError("assessment.scheme.duplicate_code", item=it.code)
        seen.add(it.code)
        if it.rule not in RULES:
            raise SchemeError("assessment.scheme.unknown_rule", item=it.code, rule=it.rule)
        if it.applies_to not in APPLIES_TO:
            raise SchemeError("assessment.scheme.bad_applies_to", item=it.code, value=it.applies_to)
        if not (it.max_points > 0) or it.points_each < 0 or math.isnan(it.points_each):
            raise SchemeError("assessment.scheme.bad_points", item=it.code)
        if it.rule == "air_rank" and not it.param("points_by_rank"):
            raise SchemeError("assessment.scheme.no_rank_points", item=it.code)
        if it.rule == "notice" and not it.param("rung"):
            raise SchemeError("assessment.scheme.no_rung", item=it.code)


def _r(x: float) -> float:
    return round(x + 0.0, 2)


def _deductions(item: Item, records) -> list[Line]:
    return [Line(item.rule, -item.points_each, r) for r in records]


def _records_of(item: Item, f: Facts) -> list[Line]:
    rule = item.rule
    if rule == "overdue_task":
        return _deductions(item, f.overdue_tasks)
    if rule == "overdue_report":
        return _deductions(item, f.overdue_reports)
    if rule == "lagging_target":
        return _deductions(item, f.lagging_targets)
    if rule == "lagging_rectification":
        return _deductions(item, f.lagging_rectifications)
    if rule == "notice":
        rung = item.param("rung")
        return _deductions(item, [n.record for n in f.notices if n.rung == rung])
    if rule == "water_compliance":
        return _deductions(item, [w.record for w in f.water if w.meets is False])
    raise SchemeError("assessment.scheme.unknown_rule", item=item.code, rule=rule)


def ranks(values: dict[int, float], lower_is_better: bool) -> dict[int, int]:
    """Competition ranks (1, 2, 2, 4): equal values share a rank."""
    ordered = sorted(values.items(), key=lambda kv: kv[1] if lower_is_better else -kv[1])
    out, rank, last = {}, 0, None
    for i, (key, v) in enumerate(ordered, start=1):
        if v != last:
            rank, last = i, v
        out[key] = rank
    return out


def score_item(item: Item, f: Facts, air_ranks: dict[int, int], counties: int) -> ItemScore:
    lines: list[Line] = []
    note = ""
    if item.rule in DEDUCTION_RULES:
        lines = _records_of(item, f)
        raw = item.max_points + sum(ln.points for ln in lines)
        points = max(raw, 0.0)
        note = "floored" if raw < 0 else ""
    elif item.rule == "air_rank":
        rank = air_ranks.get(f.unit_id)
        table = list(item.param("points_by_rank", ()))
        if rank is None or f.air is None:
            points, note = 0.0, "no_figure"
        else:
            got = float(table[rank - 1]) if rank <= len(table) else 0.0
            points = min(got, item.max_points)
            note = "capped" if got > item.max_points else ""
            lines = [Line(item.rule, points, f.air.record, {"rank": rank, "of": counties, "composite": f.air.composite})]
    elif item.rule == "air_improvement":
        a = f.air
        if a is None or a.composite is None or not a.composite_prev:
            points, note = 0.0, "no_figure"
        else:
            pct = 100 * (a.composite_prev - a.composite) / a.composite_prev
            got = max(pct, 0.0) * item.points_each
            points = min(got, item.max_points)
            note = "capped" if got > item.max_points else ""
            lines = [
                Line(item.rule, _r(points), a.record,
                     {"percent": _r(pct), "composite": a.composite, "previous": a.composite_prev})
            ]  # fmt: skip
    elif item.rule == "manual":
        mine = [m for m in f.manual if m.item == item.code]
        if not mine:
            points, note = 0.0, "not_scored"
        else:
            m = mine[-1]
            points = min(max(m.points, 0.0), item.max_points)
            lines = [Line("manual", points, m.record)]
    else:
        raise SchemeError("assessment.scheme.unknown_rule", item=item.code, rule=item.rule)
    for adj in (a for a in f.adjustments if a.item == item.code):
        lines.append(Line("adjustment", adj.points, adj.record))
        points = min(max(points + adj.points, 0.0), item.max_points)
    return ItemScore(item.code, item.name, item.max_points, item.rule, _r(points), tuple(lines), note)


def applies(item: Item, kind: str) -> bool:
    return item.applies_to == "all" or item.applies_to == kind


def score(items: list[Item], facts: list[Facts]) -> list[Sheet]:
    """Every unit's sheet, ranked within its kind."""
    check_items(items)
    county_air = {
        f.unit_id: f.air.composite
        for f in facts
        if f.kind == "county" and f.air is not None and f.air.composite is not None
    }
    air_ranks = ranks(county_air, lower_is_better=True)
    sheets = []
    for f in facts:
        scored = tuple(score_item(it, f, air_ranks, len(county_air)) for it in items if applies(it, f.kind))
        sheets.append(Sheet(f.unit_id, f.name, f.kind, scored, _r(sum(s.points for s in scored))))
    out = []
    for kind in ("county", "department"):
        group = [s for s in sheets if s.kind == kind]
        r = ranks({s.unit_id: s.total for s in group}, lower_is_better=False)
        out.extend(
            sorted(
                (Sheet(s.unit_id, s.name, s.kind, s.items, s.total, r[s.unit_id]) for s in group),
                key=lambda s: (s.rank, s.name),
            )
        )
    return out


def sheet_json(sheet: Sheet) -> list[dict]:
    """A sheet's items as stored and exported."""
    return [
        {
            "code": i.code,
            "name": i.name,
            "max": i.max_points,
            "rule": i.rule,
            "points": i.points,
            "note": i.note,
            "lines": [
                {
                    "rule": ln.rule,
                    "points": _r(ln.points),
                    "record": {"kind": ln.record.kind, "ref": ln.record.ref, "label": ln.record.label,
                               "detail": ln.record.detail},
                    "why": ln.why,
                }  # fmt: skip
                for ln in i.lines
            ],
        }
        for i in sheet.items
    ]
