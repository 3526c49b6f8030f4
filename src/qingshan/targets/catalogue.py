"""The indicator catalogue (指标库) and the matching of a plan target's words to an indicator. Pure Python.

Matching, in order (the first that finds something wins):

1. the target's indicator text *is* a catalogue name or alias (after normalising numerals, dashes, brackets);
2. it *contains* one (the longest wins: "昭阳中心城市空气质量优良天数比率" → 空气质量优良天数比率);
3. an alias *begins with* it (4 characters or more: "化学需氧量" → 化学需氧量排放总量);
4. the clause of the target's text that holds the indicator text contains one ("PM2.5浓度力争达到…(年平均值35微克/
   立方米" → PM2.5浓度), not across a "、" (another list item), for indicator texts the reader cut short.

A person's link for an indicator text is remembered and applied before any of these (``services``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources

_ROMAN = str.maketrans({"Ⅰ": "I", "Ⅱ": "II", "Ⅲ": "III", "Ⅳ": "IV", "Ⅴ": "V", "（": "(", "）": ")", " ": ""})
_DASHES = re.compile(r"[—–~～\-至]+")
_CLAUSE = re.compile(r"[,;。,;!?!?]")


def normalise(text: str) -> str:
    return _DASHES.sub("-", (text or "").translate(_ROMAN)).upper()


@dataclass(frozen=True)
class IndicatorSpec:
    code: str
    name: str
    unit: str
    direction: str  # 'higher' | 'lower'
    period: str
    source: str  # 'computed' | 'reported'
    computed_by: str | None
    aliases: tuple[str, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def load_catalogue() -> list[IndicatorSpec]:
    raw = json.loads((resources.files("qingshan.targets") / "data" / "indicators.json").read_text("utf-8"))
    return [IndicatorSpec(c, n, u, d, p, s, by, tuple(a)) for c, n, u, d, p, s, by, a in raw["indicators"]]


@dataclass(frozen=True)
class Match:
    code: str
    how: str  # 'name' | 'name contains' | 'name begins' | 'text'
    matched: str


class Matcher:
    def __init__(self, catalogue: list[IndicatorSpec]):
        self.by_name: dict[str, str] = {}
        for spec in catalogue:
            for n in spec.names:
                self.by_name.setdefault(normalise(n), spec.code)
        # longest first, so that "劣V类水体比例" is tried before "劣V类水体"
        self.names = sorted(self.by_name, key=len, reverse=True)

    def match(self, indicator: str, text: str = "") -> Match | None:
        ind = normalise(indicator)
        if ind in self.by_name:
            return Match(self.by_name[ind], "name", indicator)
        for n in self.names:
            if n in ind:
                return Match(self.by_name[n], "name contains", n)
        if len(ind) >= 4:  # "化学需氧量" cut from "化学需氧量、氨氮排放量" → 化学需氧量排放量
            for n in self.names:
                if n.startswith(ind):
                    return Match(self.by_name[n], "name begins", n)
        if ind and text:
            norm = normalise(text)
            at = norm.find(ind)
            if at >= 0:
                start = max((m.end() for m in _CLAUSE.finditer(norm, 0, at)), default=0)
                nxt = _CLAUSE.search(norm, at)
                end = nxt.start() if nxt else len(norm)
                for n in self.names:
                    for m in re.finditer(re.escape(n), norm[start:end]):
                        a, b = start + m.start(), start + m.end()
                        between = norm[b:at] if b <= at else norm[at + len(ind) : a]
                        # not across "、": "农药化肥、畜禽粪污综合利用率" are two list items
                        if "、" not in between:
                            return Match(self.by_name[n], "text", n)
        return None
