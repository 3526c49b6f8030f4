"""Precision and recall of a parse against a hand annotation (used by the tests and ``bench/plan_parse.py``).

Targets match one to one when the found target's span covers the annotated quantity and value, upper value,
comparator and year are equal; assignments match as the set of (task number, role, unit as written).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .model import Plan
from .normalize import Normalized, drop_glosses, is_traditional, normalize, to_simplified

MARK_OPEN, MARK_CLOSE = "⟦", "⟧"


@dataclass
class Score:
    found: int
    expected: int
    matched: int
    missed: list[str] = field(default_factory=list)  # annotated, not found
    spurious: list[str] = field(default_factory=list)  # found, not annotated

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.found + other.found,
            self.expected + other.expected,
            self.matched + other.matched,
            self.missed + other.missed,
            self.spurious + other.spurious,
        )


def anchor_offset(norm: Normalized, anchor: str, source: str | None = None) -> int:
    """Source offset of the marked part of ``anchor``, which must occur exactly once in the normalised text (or,
    given the ``source`` as read, exactly once in it: an anchor written with the spaces normalisation drops)."""
    if source is not None:
        written = anchor.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")
        first = source.find(written)
        if first != -1 and source.find(written, first + 1) == -1:
            return first + anchor.index(MARK_OPEN)
    anchor = drop_glosses(anchor)
    plain = anchor.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")
    if norm.traditional:  # annotated as written; the reader reads it in simplified characters
        plain = to_simplified(plain)
    first = norm.text.find(plain)
    if first == -1 or norm.text.find(plain, first + 1) != -1:
        raise ValueError(f"anchor {anchor!r} occurs {'never' if first == -1 else 'more than once'}")
    return norm.orig[first + anchor.index(MARK_OPEN)]


def _num(x: float | None) -> float | None:
    return None if x is None else round(float(x), 6)


def score_targets(plan: Plan, annotated: Iterable[tuple]) -> Score:
    norm = normalize(plan.text)
    expected = []
    for anchor, comparator, value, value_max, year in annotated:
        expected.append((anchor_offset(norm, anchor, plan.text), comparator, _num(value), _num(value_max), year, anchor))
    candidates = [
        [
            i
            for i, t in enumerate(plan.targets)
            if t.span[0] <= off < t.span[1]
            and (t.comparator, _num(t.value), _num(t.value_max), t.year)
            == (comparator, value, value_max, year)
        ]
        for off, comparator, value, value_max, year, _anchor in expected
    ]
    owner = _match(candidates)
    used, found_for = set(owner), set(owner.values())
    matched = len(owner)
    missed = []
    for k, (off, comparator, value, value_max, year, anchor) in enumerate(expected):
        if k in found_for:
            continue
        near = [t for t in plan.targets if t.span[0] <= off < t.span[1]]
        got = ", ".join(f"{t.comparator} {t.value} {t.value_max} {t.year}" for t in near) or "nothing"
        missed.append(f"{anchor}: want {comparator} {value} {value_max} {year}, got {got}")
    spurious = [
        f"{t.text} → {t.comparator} {t.value} {t.year}" for i, t in enumerate(plan.targets) if i not in used
    ]
    return Score(len(plan.targets), len(expected), matched, missed, spurious)


def _match(candidates: list[list[int]]) -> dict[int, int]:
    """Maximum one-to-one matching of annotated items to found ones (Kuhn's augmenting paths; a greedy pass would
    let one found target that covers two annotated ones take the wrong one). Returns found index → annotated index."""
    owner: dict[int, int] = {}

    def assign(k: int, seen: set[int]) -> bool:
        for i in candidates[k]:
            if i in seen:
                continue
            seen.add(i)
            if i not in owner or assign(owner[i], seen):
                owner[i] = k
                return True
        return False

    for k in range(len(candidates)):
        assign(k, set())
    return owner


def score_assignments(plan: Plan, annotated: dict[str, tuple[list[str], list[str]]]) -> Score:
    """Assignments match as (task number, role, unit as written).

    One fact may be keyed two ways. A unit written once for a section ("(九)县公安局主要工作任务:" above items 1–3, or
    "责任单位:X" closing them) is given by the reader to every item of the section; an annotator may key it under the
    section instead. When the annotation keys the section, the reader's copies count as one assignment under the
    section, found and matched once; otherwise each item's copy counts as usual. A copy is the section's when one
    written unit (same role, text and span) stands on two or more items under one number prefix, or on a section's
    only item while written above that item's text, in the section's heading.

    Likewise, paragraphs without numbers under one heading ("(一)生态农业" over three paragraphs, each with its
    bracket) are line items to the reader, numbered by it ("一.(一).1", "一.(一).2"); an annotator may key their units
    together under the heading. When the annotation keys the heading and the reader has no task of that number, the
    line items' units count under the heading, each once (a unit that leads one of them counts as a lead only).
    """
    simple = to_simplified if is_traditional(plan.text) else str  # as normalize() decides, without normalising
    want = {
        (number, role, simple(drop_glosses(raw)))
        for number, (lead, coop) in annotated.items()
        for role, units in (("lead", lead), ("cooperating", coop))
        for raw in units
    }
    keyed = {t.number: t.number for t in plan.tasks}  # the number each task's units count under
    for t in plan.tasks:
        heading, _dot, own = t.number.rpartition(".")
        if heading in annotated and heading not in keyed and not _numbered_in_text(plan.text, t.span[0], own):
            keyed[t.number] = heading
    copies: dict[tuple, list] = {}
    for t in plan.tasks:
        for role, units in (("lead", t.lead), ("cooperating", t.cooperating)):
            for u in units:
                copies.setdefault((role, u.raw, u.span), []).append(t)
    got = set()
    for (role, raw, span), tasks in copies.items():
        section = _section_of(tasks, span)
        if section is not None and (section, role, raw) in want:
            got.add((section, role, raw))
        else:
            got.update((keyed[t.number], role, raw) for t in tasks)
    unioned = {heading for number, heading in keyed.items() if heading != number}
    got -= {(p, "cooperating", raw) for p, role, raw in got if p in unioned and role == "lead"}
    return Score(
        len(got),
        len(want),
        len(want & got),
        [" ".join(x) for x in sorted(want - got)],
        [" ".join(x) for x in sorted(got - want)],
    )


def _section_of(tasks: list, span: tuple[int, int] | None) -> str | None:
    """The number of the section that gave ``tasks`` one written unit, or None if they did not get it that way: the
    unit stands on two or more items under one number, or on a section's only item while written above it, in the
    section's heading ("(六)市场污染控制组" over "1、…")."""
    if span is None:
        return None
    if len(tasks) == 1:
        (task,) = tasks
        heading, _dot, _own = task.number.rpartition(".")
        return heading if heading and span[1] <= task.span[0] else None
    paths = [t.number.split(".") for t in tasks]
    common = []
    for parts in zip(*paths, strict=False):
        if len(set(parts)) != 1:
            break
        common.append(parts[0])
    if not common or any(len(p) <= len(common) for p in paths):
        return None
    return ".".join(common)


def _numbered_in_text(text: str, start: int, own: str) -> bool:
    """Whether the task starting at ``start`` carries its own number ``own`` in the text ("1.", "(1)", "一、"), or is
    a line item the reader numbered."""
    head = text[start : start + len(own) + 3].lstrip()
    return bool(own) and head.lstrip("(").startswith(own)
