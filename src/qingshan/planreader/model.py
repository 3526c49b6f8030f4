"""The typed structure the plan reader returns (the JSON contract of ``qingshan plan parse``)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class UnitRef:
    """A unit as written (``raw``) and the registry's canonical name (``name``; None when unknown — flagged)."""

    raw: str
    name: str | None
    span: tuple[int, int] | None = None
    collective: bool = False  # "各县(市、区)", "各成员单位", "有关部门": every unit of a kind
    members: list[str] = field(default_factory=list)  # what the registry says the collective stands for

    def to_json(self) -> dict:
        out: dict = {"raw": self.raw, "name": self.name}
        if self.collective:
            out["collective"] = True
            out["members"] = self.members
        return out


@dataclass
class Task:
    number: str  # number path, e.g. "二.(一).1.(2)"
    heading: str
    text: str
    lead: list[UnitRef] = field(default_factory=list)
    cooperating: list[UnitRef] = field(default_factory=list)
    deadline: str | None = None
    recurrence: str | None = None
    span: tuple[int, int] = (0, 0)

    def to_json(self) -> dict:
        return {
            "number": self.number,
            "heading": self.heading,
            "text": self.text,
            "lead": [u.to_json() for u in self.lead],
            "cooperating": [u.to_json() for u in self.cooperating],
            "deadline": self.deadline,
            "recurrence": self.recurrence,
            "span": list(self.span),
        }


@dataclass
class Target:
    indicator: str
    comparator: str  # >=, >, <=, <, =, reduce_by, increase_by, eliminate
    value: float | None
    value_max: float | None
    unit: str
    year: int | None
    baseline_year: int | None
    scope: str | None
    aspirational: bool
    task: str | None
    text: str
    span: tuple[int, int] = (0, 0)
    # the figure the plan states for the baseline year (an indicator table's 现状值/2020年 column), when it states one
    baseline_value: float | None = None

    def to_json(self) -> dict:
        d = asdict(self)
        d["span"] = list(self.span)
        return d


@dataclass
class Plan:
    title: str
    issuer: str | None
    doc_number: str | None
    date: str | None  # ISO date
    body: tuple[int, int]
    implicit_units: list[UnitRef]
    tasks: list[Task]
    targets: list[Target]
    text: str  # the document text as read; spans index into it
    warnings: list[str] = field(default_factory=list)
    title_doubtful: bool = False  # the title names no kind of plan (方案/意见/计划…): OCR may have garbled it
    title_hint: str | None = None  # the name the text gives itself ("…工作实施方案"), for the reviewer

    def to_json(self) -> dict:
        return {
            "title": self.title,
            "issuer": self.issuer,
            "doc_number": self.doc_number,
            "date": self.date,
            "body": list(self.body),
            "implicit_units": [u.to_json() for u in self.implicit_units],
            "tasks": [t.to_json() for t in self.tasks],
            "targets": [t.to_json() for t in self.targets],
            "warnings": self.warnings,
            "title_doubtful": self.title_doubtful,
            "title_hint": self.title_hint,
        }
