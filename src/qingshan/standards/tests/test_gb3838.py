"""GB 3838-2002 Table 1 and the 评价办法 pinned by hand-computed examples at every band edge."""

from __future__ import annotations

import numpy as np
import pytest

from qingshan.standards import gb3838
from qingshan.standards.gb3838 import LAKE, RIVER, basin_status, classify, item_class, parse_class


def one(key: str, value: float, water_type: str = RIVER) -> int:
    return int(item_class(key, np.array([value]), water_type)[0])


# Every "≤" item: a value equal to a class limit meets that class (Table 1 "≤"); a hair above falls to the next
# class whose limit it meets; above the V limit is 劣V (§7.1).
LE_ITEMS = [k for k in gb3838.EVALUATED if k not in ("pH", "DO")]


@pytest.mark.parametrize("key", LE_ITEMS)
def test_every_band_edge_of_every_le_item(key):
    limits = gb3838.ITEMS[key].limits
    for cls, lim in enumerate(limits, start=1):
        assert one(key, lim) == limits.index(lim) + 1, f"{key} = {lim} meets class {limits.index(lim) + 1}"
        above = lim * 1.0001
        expected = next((i + 1 for i, x in enumerate(limits) if above <= x), 6)
        assert one(key, above) == expected, f"{key} just above {lim} (class {cls} limit)"
    assert one(key, 0) == 1


def test_worked_le_examples():
    # Table 1: CODMn 2/4/6/10/15; NH3-N 0.15/0.5/1.0/1.5/2.0; COD 15/15/20/30/40 (I and II share 15)
    assert one("CODMn", 2.0) == 1
    assert one("CODMn", 2.1) == 2
    assert one("CODMn", 6.0) == 3
    assert one("CODMn", 15.0) == 5
    assert one("CODMn", 15.1) == 6
    assert one("NH3N", 0.151) == 2
    assert one("NH3N", 1.0) == 3
    assert one("NH3N", 2.01) == 6
    assert one("COD", 15) == 1
    assert one("COD", 16) == 3  # above the shared I/II limit 15, within III's 20
    assert one("Hg", 0.00005) == 1
    assert one("Hg", 0.00006) == 3
    assert one("Cd", 0.002) == 2
    assert one("fecal_coliform", 2001) == 3


def test_do_each_limit():
    # DO "≥": 7.5 (saturation 90 %) / 6 / 5 / 3 / 2; at a limit the class is met.
    assert [one("DO", x) for x in (7.5, 6, 5, 3, 2)] == [1, 2, 3, 4, 5]
    assert [one("DO", x) for x in (7.49, 5.99, 4.99, 2.99, 1.99)] == [2, 3, 4, 5, 6]
    assert one("DO", 12.3) == 1
    assert one("DO", 0) == 6


def test_ph_outside_6_9_is_worse_than_v():
    assert [one("pH", x) for x in (6.0, 7.2, 9.0)] == [1, 1, 1]
    assert [one("pH", x) for x in (5.99, 9.01, 3.0, 11.5)] == [6, 6, 6, 6]
    r = classify({"pH": np.array([9.2]), "DO": np.array([8.0]), "CODMn": np.array([1.5])})
    assert r.water_class[0] == 6
    assert r.deciding(0) == ["pH"]
    assert r.exceeding(0) == {}  # no exceedance multiple for pH (§2.1.3)


def test_tp_river_vs_lake():
    # TP river 0.02/0.1/0.2/0.3/0.4; lake and reservoir 0.01/0.025/0.05/0.1/0.2
    assert [one("TP", x, RIVER) for x in (0.02, 0.1, 0.2, 0.3, 0.4, 0.41)] == [1, 2, 3, 4, 5, 6]
    assert [one("TP", x, LAKE) for x in (0.01, 0.025, 0.05, 0.1, 0.2, 0.21)] == [1, 2, 3, 4, 5, 6]
    assert one("TP", 0.05, RIVER) == 2
    assert one("TP", 0.05, LAKE) == 3
    assert one("TP", 0.15, LAKE) == 5
    # per-sample types in one call
    got = item_class("TP", np.array([0.08, 0.08]), np.array([RIVER, LAKE]))
    assert got.tolist() == [2, 4]


def test_worst_item_decides_and_exceedance_vs_target():
    values = {
        "pH": np.array([7.5, 7.5, np.nan]),
        "DO": np.array([8.1, 4.2, np.nan]),
        "CODMn": np.array([3.1, 7.0, np.nan]),
        "NH3N": np.array([0.12, 1.8, np.nan]),
        "TP": np.array([0.05, 0.45, np.nan]),
        "TN": np.array([5.0, 5.0, 5.0]),  # TN is not evaluated (评价办法 §2.1.1)
        "temp": np.array([20.0, 21.0, 22.0]),
    }
    r = classify(values, RIVER, target_class=3)
    assert r.water_class.tolist() == [2, 6, 0]
    assert r.deciding(0) == ["CODMn", "TP"]
    assert r.deciding(1) == ["TP"]
    assert r.deciding(2) == []
    # Sample 1 vs target III: CODMn (7-6)/6, NH3-N (1.8-1)/1, TP (0.45-0.2)/0.2; DO has no multiple.
    ex = r.exceeding(1)
    assert ex == pytest.approx({"CODMn": 1 / 6, "NH3N": 0.8, "TP": 1.25})
    assert r.exceeding(0) == {}
    assert r.meets_target().tolist() == [True, False, False]


def test_lake_exceedance_uses_lake_limit():
    r = classify({"TP": np.array([0.075])}, LAKE, target_class=3)
    assert r.water_class[0] == 4
    assert r.exceeding(0) == pytest.approx({"TP": 0.5})  # (0.075 - 0.05) / 0.05


def test_parse_class():
    assert [parse_class(x) for x in ("Ⅰ", "II", "Ⅲ类", "IV类", "Ⅴ", "劣Ⅴ", "劣V类", "劣v", "3")] == [
        1, 2, 3, 4, 5, 6, 6, 6, 3
    ]  # fmt: skip
    assert parse_class("--") is None
    assert parse_class("") is None
    with pytest.raises(ValueError):
        parse_class("VII")


def test_period_means():
    labels, means = gb3838.period_means(
        {"CODMn": np.array([2.0, 4.0, np.nan, 10.0]), "DO": np.array([np.nan, np.nan, np.nan, 5.0])},
        np.array(["2025-01", "2025-01", "2025-01", "2025-02"]),
    )
    assert labels.tolist() == ["2025-01", "2025-02"]
    assert means["CODMn"].tolist() == [3.0, 10.0]
    assert np.isnan(means["DO"][0]) and means["DO"][1] == 5.0


@pytest.mark.parametrize(
    "classes, status",
    [
        ([1, 2, 2, 3, 3, 2, 3, 3, 2, 3], "优"),  # 100 % I–III
        ([1, 2, 3, 3, 3, 3, 3, 3, 3, 4], "优"),  # 90 % exactly
        ([3, 3, 3, 4, 3, 3, 3, 3, 3, 4], "良好"),  # 80 %
        ([3, 3, 3, 4, 4, 4, 3, 4, 6, 3], "轻度污染"),  # 60 % I–III, 10 % 劣V
        ([3, 3, 3, 4, 4, 6, 6, 3, 3, 3], "中度污染"),  # 70 %, 劣V 20 % exactly
        ([3, 3, 6, 6, 6, 6, 4, 5, 3, 3], "重度污染"),  # 劣V 40 % exactly
    ],
)
def test_basin_status_by_shares(classes, status):
    got = basin_status(np.array(classes))
    assert got.method == "shares"
    assert got.status == status


def test_basin_status_fewer_than_five_sections_uses_mean_concentrations():
    # Two sections: CODMn 3 and 7 → mean 5 (III); NH3-N 0.4 and 0.8 → mean 0.6 (III). Section classes IV and II.
    got = basin_status(np.array([2, 4]), {"CODMn": 5.0, "NH3N": 0.6})
    assert got.method == "mean"
    assert got.mean_class == 3
    assert got.status == "良好"


def test_guess_water_type():
    assert gb3838.guess_water_type("二滩水库坝前") == LAKE
    assert gb3838.guess_water_type("太湖湖心") == LAKE
    assert gb3838.guess_water_type("白鹤滩库区") == LAKE
    assert gb3838.guess_water_type("金沙江龙洞") == RIVER
