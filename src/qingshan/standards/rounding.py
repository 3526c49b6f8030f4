"""GB/T 8170-2008 数值修约规则 — rounding of concentrations before they are reported (HJ 633-2026 §4.2.2).

Rule 3.3 (进舍规则): a discarded part below half is dropped, above half rounds up; exactly half (the discarded
digits are 5 followed by nothing or zeros) rounds to the even neighbour ("四舍六入五成双"). numpy's ``round`` is
half-to-even on the *binary* value, so 2.675 (stored as 2.67499999…) would go down; this function decides "exactly
half" on the decimal value with a tolerance far below any measurement's resolution, so the rule holds for the decimal
numbers monitoring data are made of.
"""

from __future__ import annotations

import numpy as np

_HALF_TOLERANCE = 1e-9


def round_gbt8170(values: np.ndarray | float, decimals: int = 0) -> np.ndarray:
    """Round ``values`` to ``decimals`` places by GB/T 8170 §3.3 (NaN stays NaN)."""
    x = np.asarray(values, dtype=float) * (10.0**decimals)
    floor = np.floor(x)
    frac = x - floor
    is_half = np.abs(frac - 0.5) < _HALF_TOLERANCE * np.maximum(1.0, np.abs(x))
    up = np.where(is_half, np.mod(floor, 2) == 1, frac > 0.5)
    return (floor + up) / (10.0**decimals)
