"""Monitoring-factor codes of HJ 212-2017 Appendix B and the HJ/T 212-2005 codes they replace.

``data/appendix_b.json`` is Appendix B's tables B.1 (water, from HJ 525-2009), B.2 (air, from HJ 524-2009) and B.3
(noise) transcribed from the standard's text: code, Chinese name, the 2005 code (原编码), default concentration
unit, emission unit and data type. A 2005 packet's numeric codes map to 2017 codes through the 原编码 column:
water codes are three digits (011 → w01018 COD, 060 → w21003 NH₃-N, B01 → w00000 flow), air codes two digits or
S0x (02 → a21026 SO₂, 03 → a21002 NOx, 01 → a34013 smoke, S01 → a19001 O₂, B02 → a00000 flow). The two tables
share no 2005 code, so the medium need not be known; the system code (ST) still decides when a code is ambiguous
in a later extension.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_DATA = Path(__file__).with_name("data") / "appendix_b.json"

#: System codes (ST) whose factors are air (B.2) or water (B.1) — Table 5.
AIR_SYSTEMS = frozenset({"22", "27", "31", "39", "51"})
WATER_SYSTEMS = frozenset({"21", "24", "32", "33", "52"})


@dataclass(frozen=True, slots=True)
class Factor:
    code: str
    name: str
    old_code: str
    unit: str
    emission_unit: str
    data_type: str

    @property
    def medium(self) -> str:
        return {"w": "water", "a": "air"}.get(self.code[0], "noise")


@cache
def factors() -> dict[str, Factor]:
    rows = json.loads(_DATA.read_text(encoding="utf-8"))["codes"]
    return {r[0]: Factor(*r) for r in rows}


@cache
def _old_to_new() -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for f in factors().values():
        if f.old_code:
            out[(f.medium, f.old_code)] = f.code
    return out


@cache
def _by_name() -> dict[str, str]:
    out = {}
    for f in factors().values():
        out.setdefault(f.name, f.code)
        out.setdefault(f.name.replace(" ", ""), f.code)
    return out


def to_2017(code: str, st: str | None = None) -> str | None:
    """The 2017 code for ``code`` (already a 2017 code, or a 2005 code mapped by Appendix B), else None."""
    table = factors()
    if code in table:
        return code
    old = _old_to_new()
    if st in AIR_SYSTEMS:
        order = ("air", "water")
    elif st in WATER_SYSTEMS:
        order = ("water", "air")
    else:
        order = ("water", "air") if len(code) == 3 else ("air", "water")
    for medium in order:
        if (medium, code) in old:
            return old[(medium, code)]
    return None


def lookup(code_or_name: str) -> Factor | None:
    """A factor by its 2017 code, its 2005 code or its Chinese name as Appendix B writes it."""
    text = code_or_name.strip()
    code = to_2017(text) or _by_name().get(text) or _by_name().get(text.replace(" ", ""))
    return factors().get(code) if code else None
