"""The vectorised classification agrees with the independent scalar reference on random and edge-heavy samples."""

from __future__ import annotations

import numpy as np

from qingshan.standards import gb3838

from . import reference_gb3838 as ref


def test_vectorised_agrees_with_reference():
    rng = np.random.default_rng(3838)
    n = 4000
    items = [k for k in gb3838.EVALUATED]
    values = {}
    for k in items:
        if k == "pH":
            v = rng.uniform(5.5, 9.5, n)
        else:
            lims = np.array(gb3838.ITEMS[k].limits + (gb3838.ITEMS[k].lake_limits or ()), dtype=float)
            # half the values exactly on a limit (edges are where implementations differ), half in between
            on_edge = rng.choice(lims, n)
            between = rng.uniform(0, lims.max() * 1.3, n)
            v = np.where(rng.random(n) < 0.5, on_edge, np.round(between, 5))
        v[rng.random(n) < 0.1] = np.nan
        values[k] = v
    lake = rng.random(n) < 0.3
    got = gb3838.classify(values, np.where(lake, gb3838.LAKE, gb3838.RIVER)).water_class
    expected = [
        ref.sample_class(
            {k: (None if np.isnan(values[k][i]) else float(values[k][i])) for k in items}, bool(lake[i])
        )
        for i in range(n)
    ]
    assert got.tolist() == expected
