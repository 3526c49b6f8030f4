"""An independent, deliberately plain implementation of GB 3838-2002 single-factor classification, used only to
cross-check the vectorised library (:mod:`qingshan.standards.gb3838`) and as the peer in ``bench/water_classify.py``
(no maintained package on PyPI implements GB 3838).

Its own copy of Table 1 (typed in again from the table, as text, compared exactly with ``Fraction``), scalar loops,
and no numpy.
"""

from __future__ import annotations

from fractions import Fraction

# item: limits of class I..V as written in Table 1 (≤ unless noted)
TABLE_1 = {
    "DO": "7.5 6 5 3 2",  # ≥
    "CODMn": "2 4 6 10 15",
    "COD": "15 15 20 30 40",
    "BOD5": "3 3 4 6 10",
    "NH3N": "0.15 0.5 1.0 1.5 2.0",
    "TP": "0.02 0.1 0.2 0.3 0.4",
    "TP_lake": "0.01 0.025 0.05 0.1 0.2",
    "Cu": "0.01 1.0 1.0 1.0 1.0",
    "Zn": "0.05 1.0 1.0 2.0 2.0",
    "F": "1.0 1.0 1.0 1.5 1.5",
    "Se": "0.01 0.01 0.01 0.02 0.02",
    "As": "0.05 0.05 0.05 0.1 0.1",
    "Hg": "0.00005 0.00005 0.0001 0.001 0.001",
    "Cd": "0.001 0.005 0.005 0.005 0.01",
    "Cr6": "0.01 0.05 0.05 0.05 0.1",
    "Pb": "0.01 0.01 0.05 0.05 0.1",
    "CN": "0.005 0.05 0.2 0.2 0.2",
    "phenol": "0.002 0.002 0.005 0.01 0.1",
    "oil": "0.05 0.05 0.05 0.5 1.0",
    "LAS": "0.2 0.2 0.2 0.3 0.3",
    "S2": "0.05 0.1 0.2 0.5 1.0",
}
LIMITS = {k: [Fraction(x) for x in v.split()] for k, v in TABLE_1.items()}


def item_class(item: str, value: float | None, lake: bool) -> int:
    if value is None:
        return 0
    v = Fraction(repr(float(value)))
    if item == "pH":
        return 1 if Fraction(6) <= v <= Fraction(9) else 6
    limits = LIMITS["TP_lake" if (item == "TP" and lake) else item]
    for cls in range(1, 6):
        ok = v >= limits[cls - 1] if item == "DO" else v <= limits[cls - 1]
        if ok:
            return cls
    return 6


def sample_class(values: dict[str, float | None], lake: bool) -> int:
    worst = 0
    for item, value in values.items():
        if item in ("temp", "TN", "fecal_coliform") or (item not in LIMITS and item != "pH"):
            continue
        worst = max(worst, item_class(item, value, lake))
    return worst
