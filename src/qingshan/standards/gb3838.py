"""GB 3838-2002 地表水环境质量标准 and the 地表水环境质量评价办法(试行) (环办〔2011〕22号). Vectorised over numpy
arrays: one call classifies any number of samples.

Clause map:

- Water classes I–V by function: GB 3838 §3.                                 → :data:`CLASSES`
- Basic-item limits, Table 1 (24 items; TP separate for lakes/reservoirs,
  TN for lakes/reservoirs only; DO "≥", pH 6–9 for every class):              → :data:`ITEMS`
- Single-factor evaluation — the worst evaluated item decides the class;
  worse than V is 劣V: GB 3838 §7.1 and 评价办法 §2.1.1.                        → :func:`classify`
- Items evaluated: 评价办法 §2.1.1 — the 21 basic items other than water
  temperature, TN and fecal coliform (TN of lakes is evaluated separately,
  §2.3; fecal coliform only for drinking sources).                             → :data:`EVALUATED`
- Status words per class: 评价办法 Table 1 (I–II 优, III 良好, IV 轻度污染,
  V 中度污染, 劣V 重度污染).                                                     → :data:`STATUS`
- Exceedance multiple (超标倍数) = (C − limit)/limit of the target class, not
  for DO or pH: 评价办法 §2.1.3.                                                → :func:`classify`
- Period result: the arithmetic mean of each item over the period, then
  classified (评价办法 §1.3, §2.1).                                             → :func:`period_means`
- River / basin (水系) status: fewer than 5 sections — classify the mean of
  every item over the sections; 5 or more — shares of I–III and 劣V sections
  (评价办法 §2.2, Table 2).                                                     → :func:`basin_status`

Which values are checked where (marks as in ``docs/standards.md``): the Table 1 limits were compared with two
independent reproductions of Table 1 (water800.com via g230.com and r-can.com.cn, both 2024 captures) and the project's
reference README: all 24 rows agree [3p×3]; no official scan of GB 3838 is in the repository. The basin bands are the
ones the Shenzhen ecology-environment bureau publishes for the 评价办法 (meeb.sz.gov.cn, post 2027052) [3p, official
site]. The status words and the half-detection-limit rule for values below the detection limit are [R].
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

#: Class codes: 1–5 are I–V, 6 is 劣V ("worse than V"); 0 means nothing was evaluated.
CLASSES = ("I", "II", "III", "IV", "V", "劣V")
CLASS_ROMAN = ("Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "劣Ⅴ")
WORSE_THAN_V = 6
#: 评价办法 Table 1: qualitative status of a section by its class.
STATUS = {1: "优", 2: "优", 3: "良好", 4: "轻度污染", 5: "中度污染", 6: "重度污染"}
STATUS_EN = {1: "excellent", 2: "excellent", 3: "good", 4: "lightly polluted", 5: "moderately polluted",
             6: "heavily polluted"}  # fmt: skip
#: Colours the national publishing platform uses for classes I … 劣V.
COLOURS = ("#44c5fd", "#51a5fd", "#73bb31", "#eebd15", "#f88e17", "#ee3b5b")

RIVER, LAKE = "river", "lake"


@dataclass(frozen=True)
class Item:
    key: str
    name_zh: str
    unit: str
    limits: tuple[float, float, float, float, float]  # class I … V
    lake_limits: tuple[float, float, float, float, float] | None = None
    higher_is_better: bool = False  # DO: the limits are minimums
    aliases: tuple[str, ...] = ()


# GB 3838-2002 Table 1, mg/L unless stated. pH has no per-class limits (6–9 for every class) and water temperature
# no fixed ones (a change caused by people, weekly mean ≤ 1 °C up, ≤ 2 °C down): both are listed with NaN limits.
_NAN5 = (np.nan,) * 5
ITEMS: dict[str, Item] = {
    it.key: it
    for it in [
        Item("temp", "水温", "℃", _NAN5, aliases=("水温", "温度", "WT")),
        Item("pH", "pH值", "无量纲", _NAN5, aliases=("pH", "PH", "ph", "pH值")),
        Item("DO", "溶解氧", "mg/L", (7.5, 6, 5, 3, 2), higher_is_better=True, aliases=("溶解氧", "DO")),
        Item("CODMn", "高锰酸盐指数", "mg/L", (2, 4, 6, 10, 15), aliases=("高锰酸盐指数", "CODMn", "CODmn")),
        Item(
            "COD", "化学需氧量", "mg/L", (15, 15, 20, 30, 40), aliases=("化学需氧量", "COD", "CODcr", "CODCr")
        ),
        Item("BOD5", "五日生化需氧量", "mg/L", (3, 3, 4, 6, 10), aliases=("五日生化需氧量", "BOD5", "BOD₅")),
        Item(
            "NH3N",
            "氨氮",
            "mg/L",
            (0.15, 0.5, 1.0, 1.5, 2.0),
            aliases=("氨氮", "NH3-N", "NH3N", "氨氮(NH3-N)"),
        ),
        Item(
            "TP",
            "总磷",
            "mg/L",
            (0.02, 0.1, 0.2, 0.3, 0.4),
            lake_limits=(0.01, 0.025, 0.05, 0.1, 0.2),
            aliases=("总磷", "TP", "总磷(以P计)"),
        ),
        Item("TN", "总氮", "mg/L", (0.2, 0.5, 1.0, 1.5, 2.0), aliases=("总氮", "TN", "总氮(以N计)")),
        Item("Cu", "铜", "mg/L", (0.01, 1.0, 1.0, 1.0, 1.0), aliases=("铜", "Cu")),
        Item("Zn", "锌", "mg/L", (0.05, 1.0, 1.0, 2.0, 2.0), aliases=("锌", "Zn")),
        Item("F", "氟化物", "mg/L", (1.0, 1.0, 1.0, 1.5, 1.5), aliases=("氟化物", "F", "氟化物(以F-计)")),
        Item("Se", "硒", "mg/L", (0.01, 0.01, 0.01, 0.02, 0.02), aliases=("硒", "Se")),
        Item("As", "砷", "mg/L", (0.05, 0.05, 0.05, 0.1, 0.1), aliases=("砷", "As")),
        Item("Hg", "汞", "mg/L", (0.00005, 0.00005, 0.0001, 0.001, 0.001), aliases=("汞", "Hg")),
        Item("Cd", "镉", "mg/L", (0.001, 0.005, 0.005, 0.005, 0.01), aliases=("镉", "Cd")),
        Item(
            "Cr6", "铬(六价)", "mg/L", (0.01, 0.05, 0.05, 0.05, 0.1), aliases=("铬(六价)", "六价铬", "Cr6+")
        ),
        Item("Pb", "铅", "mg/L", (0.01, 0.01, 0.05, 0.05, 0.1), aliases=("铅", "Pb")),
        Item("CN", "氰化物", "mg/L", (0.005, 0.05, 0.2, 0.2, 0.2), aliases=("氰化物", "CN")),
        Item("phenol", "挥发酚", "mg/L", (0.002, 0.002, 0.005, 0.01, 0.1), aliases=("挥发酚",)),
        Item("oil", "石油类", "mg/L", (0.05, 0.05, 0.05, 0.5, 1.0), aliases=("石油类",)),
        Item(
            "LAS", "阴离子表面活性剂", "mg/L", (0.2, 0.2, 0.2, 0.3, 0.3), aliases=("阴离子表面活性剂", "LAS")
        ),
        Item("S2", "硫化物", "mg/L", (0.05, 0.1, 0.2, 0.5, 1.0), aliases=("硫化物",)),
        Item(
            "fecal_coliform",
            "粪大肠菌群",
            "个/L",
            (200, 2000, 10000, 20000, 40000),
            aliases=("粪大肠菌群",),
        ),
    ]
}
#: 评价办法 §2.1.1: the items a section's class is decided by (not temperature, TN, fecal coliform).
EVALUATED = tuple(k for k in ITEMS if k not in ("temp", "TN", "fecal_coliform"))
#: Exceedance multiples are not computed for these (评价办法 §2.1.3).
NO_EXCEEDANCE = ("pH", "DO")
PH_RANGE = (6.0, 9.0)
#: Further quantities the automatic stations publish that GB 3838 does not classify (kept, never evaluated).
EXTRA_QUANTITIES = {
    "conductivity": ("电导率", "μS/cm"),
    "turbidity": ("浊度", "NTU"),
    "chla": ("叶绿素α", "mg/L"),
    "algae": ("藻密度", "cells/L"),
}


def class_name(code: int, roman: bool = False) -> str:
    """'I' … '劣V' (or 'Ⅰ' … '劣Ⅴ') for a class code 1–6; '' for 0 (not evaluated)."""
    if not code:
        return ""
    return (CLASS_ROMAN if roman else CLASSES)[int(code) - 1]


_CLASS_WORDS = {name: i + 1 for i, name in enumerate(CLASSES)}
_CLASS_WORDS.update({name: i + 1 for i, name in enumerate(CLASS_ROMAN)})
_CLASS_WORDS.update({"劣五": 6, "劣5": 6, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "1": 1, "2": 2, "3": 3,
                     "4": 4, "5": 5, "6": 6})  # fmt: skip


def parse_class(text: object) -> int | None:
    """Read a class as published: 'Ⅲ', 'III', 'Ⅲ类', '劣Ⅴ', '劣V类', '3' → 1–6; missing ('--', '') → None.

    Raises ValueError for anything else."""
    if text is None:
        return None
    s = str(text).strip().replace(" ", "").removesuffix("类").removeprefix("类")
    if s in ("", "--", "-", "—", "nan", "NaN", "None", "-1"):  # -1: the national table's "no class" code
        return None
    s = s.upper().replace("Ｖ", "V").replace("Ｉ", "I") if not s.startswith("劣") else "劣" + s[1:].upper()
    if s in _CLASS_WORDS:
        return _CLASS_WORDS[s]
    raise ValueError(f"not a water class: {text!r}")


def limits_for(key: str, water_type: str) -> np.ndarray:
    it = ITEMS[key]
    lim = it.lake_limits if (water_type == LAKE and it.lake_limits) else it.limits
    return np.asarray(lim, dtype=float)


def item_class(key: str, values: np.ndarray, water_type: np.ndarray | str = RIVER) -> np.ndarray:
    """Class code (1–6) of every value of one item; 0 where the value is missing (NaN).

    "≤" items: the first class whose limit the value does not exceed (a value equal to a limit meets it).
    DO: the first class whose minimum the value reaches. pH: inside 6–9 meets every class (1), outside is 劣V.
    ``water_type`` is 'river' or 'lake' (scalar, or one per value); only TP has lake limits.
    """
    v = np.asarray(values, dtype=float)
    out = np.zeros(v.shape, dtype=np.int8)
    present = ~np.isnan(v)
    if key == "pH":
        out[present] = np.where((v[present] >= PH_RANGE[0]) & (v[present] <= PH_RANGE[1]), 1, WORSE_THAN_V)
        return out
    it = ITEMS[key]
    if np.isnan(it.limits[0]):  # water temperature: no class
        return out

    def _one(lim: np.ndarray, x: np.ndarray) -> np.ndarray:
        if it.higher_is_better:  # limits descend: count the minimums the value fails to reach
            return 1 + np.sum(lim[None, :] > x[:, None], axis=1)
        return 1 + np.searchsorted(lim, x, side="left")

    wt = np.broadcast_to(np.asarray(water_type), v.shape)
    for t in (RIVER, LAKE):
        sel = present & (wt == t)
        if sel.any():
            out[sel] = _one(limits_for(key, t), v[sel])
    return out


@dataclass
class Classification:
    """Result of :func:`classify` for n samples."""

    water_class: np.ndarray  # int8 (n,), 0 = no evaluated item present
    item_classes: dict[str, np.ndarray]  # per evaluated item, int8 (n,)
    exceedance: dict[str, np.ndarray]  # per item, float (n,), NaN where within the target class
    target_class: np.ndarray  # int8 (n,), 0 = no target
    evaluated: list[str] = field(default_factory=list)

    def deciding(self, i: int) -> list[str]:
        """Items that decide sample i's class (pH only when outside 6–9); none when nothing was evaluated."""
        c = self.water_class[i]
        if c == 0:
            return []
        return [
            k for k in self.evaluated if self.item_classes[k][i] == c and (k != "pH" or c == WORSE_THAN_V)
        ]

    def exceeding(self, i: int) -> dict[str, float]:
        """{item: exceedance multiple} of sample i vs its target class (the items above the target)."""
        return {k: float(v[i]) for k, v in self.exceedance.items() if not np.isnan(v[i])}

    def meets_target(self) -> np.ndarray:
        """True where the class is at or better than the target, False where worse, and False without a target."""
        return (self.water_class > 0) & (self.target_class > 0) & (self.water_class <= self.target_class)


def classify(
    values: Mapping[str, np.ndarray],
    water_type: np.ndarray | str = RIVER,
    target_class: np.ndarray | int | None = None,
    items: tuple[str, ...] = EVALUATED,
) -> Classification:
    """Single-factor evaluation (GB 3838 §7.1, 评价办法 §2.1) of n samples.

    ``values``: {item key: array (n,)} in Table 1 units, NaN where not measured or missing. Items not in
    ``values`` were not measured. The class is decided by the evaluated items present; a sample with none gets 0.
    ``target_class`` (1–5, or 0/None for none) gives exceedance multiples (C − limit)/limit for the items worse
    than the target, except pH and DO.
    """
    keys = [k for k in items if k in values]
    n = len(next(iter(values.values()))) if values else 0
    wt = np.broadcast_to(np.asarray(water_type), (n,))
    tc = (
        np.zeros(n, dtype=np.int8)
        if target_class is None
        else np.broadcast_to(np.asarray(target_class, dtype=np.int8), (n,))
    )
    item_classes = {k: item_class(k, values[k], wt) for k in keys}
    water_class = (
        np.max(np.stack([item_classes[k] for k in keys]), axis=0).astype(np.int8)
        if keys
        else np.zeros(n, dtype=np.int8)
    )
    exceedance: dict[str, np.ndarray] = {}
    for k in keys:
        if k in NO_EXCEEDANCE:
            continue
        v = np.asarray(values[k], dtype=float)
        lim = np.full(n, np.nan)
        has_target = (tc >= 1) & (tc <= 5)
        for t in (RIVER, LAKE):
            sel = has_target & (wt == t)
            if sel.any():
                lim[sel] = limits_for(k, t)[tc[sel] - 1]
        over = item_classes[k] > np.where(has_target, tc, 99)
        with np.errstate(invalid="ignore", divide="ignore"):
            ex = np.where(over, (v - lim) / lim, np.nan)
        if (~np.isnan(ex)).any():
            exceedance[k] = ex
    return Classification(water_class, item_classes, exceedance, np.asarray(tc, dtype=np.int8), keys)


def below_detection_value(detection_limit: np.ndarray) -> np.ndarray:
    """Value used for a result reported below its detection limit: half the limit [R], so a "未检出" is neither
    zero nor the limit itself. Callers keep the flag and report it."""
    return np.asarray(detection_limit, dtype=float) / 2


def period_means(
    values: Mapping[str, np.ndarray], groups: np.ndarray
) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Arithmetic mean of every item per group (a section-month, a section-year), NaN ignored (评价办法 §1.3).

    Returns (unique group labels, {item: means}). Vectorised with ``np.bincount``.
    """
    labels, inv = np.unique(np.asarray(groups), return_inverse=True)
    out = {}
    for k, v in values.items():
        v = np.asarray(v, dtype=float)
        ok = ~np.isnan(v)
        s = np.bincount(inv[ok], weights=v[ok], minlength=len(labels))
        c = np.bincount(inv[ok], minlength=len(labels))
        with np.errstate(invalid="ignore", divide="ignore"):
            out[k] = np.where(c > 0, s / np.maximum(c, 1), np.nan)
    return labels, out


@dataclass
class BasinStatus:
    sections: int
    share_i_iii: float | None  # 0–1
    share_worse_than_v: float | None
    status: str  # 评价办法 Table 2 wording, '' when no section was evaluated
    method: str  # 'shares' (≥ 5 sections) or 'mean' (< 5: class of the mean concentrations)
    mean_class: int = 0


def basin_status(
    section_classes: np.ndarray,
    mean_values: Mapping[str, float] | None = None,
    water_type: str = RIVER,
) -> BasinStatus:
    """Status of a river, basin or water system from its sections (评价办法 §2.2).

    Fewer than 5 evaluated sections: the class of the mean of every item over the sections (``mean_values``), and
    the status word of that class. 5 or more: by the share of I–III sections (≥ 90 % 优, 75–90 % 良好) and, below
    75 %, of 劣V sections (< 20 % 轻度污染, 20–40 % 中度污染, ≥ 40 % 重度污染).
    """
    c = np.asarray(section_classes)
    c = c[c > 0]
    n = len(c)
    if n == 0:
        return BasinStatus(0, None, None, "", "none")
    good = float(np.mean(c <= 3))
    bad = float(np.mean(c == WORSE_THAN_V))
    if n < 5:
        if mean_values:
            cls = classify({k: np.array([v]) for k, v in mean_values.items()}, water_type)
            mc = int(cls.water_class[0])
        else:
            mc = int(c.max())
        return BasinStatus(n, good, bad, STATUS.get(mc, ""), "mean", mc)
    if good >= 0.9:
        status = "优"
    elif good >= 0.75:
        status = "良好"
    elif bad < 0.2:
        status = "轻度污染"
    elif bad < 0.4:
        status = "中度污染"
    else:
        status = "重度污染"
    return BasinStatus(n, good, bad, status, "shares")


#: Words in a section's name that mark a lake or reservoir (for guessing the type of an unknown section).
LAKE_WORDS = ("湖", "水库", "库区", "库心", "库尾", "坝前", "湖心", "淀", "海子", "泊", "荡", "池", "库")
#: Outlet and inlet forms: a section named "X水库出口", "X湖出湖口", "X入湖口", "X入库", "X坝下" lies on the river
#: that leaves or enters the lake or reservoir, and is evaluated as a river (TP river limits) although its name
#: names the lake. "入湖区" (the lake zone off a river mouth, e.g. 巢湖 新河入湖区) is not one of them.
RIVER_FORMS = ("出口", "出湖", "出库", "入湖口", "入湖河口", "入库", "坝下", "闸下", "库下游", "湖下游")


def name_water_type(name: str) -> tuple[str, str]:
    """(type, rule) read from a section's name: an outlet/inlet form (:data:`RIVER_FORMS`) → river; else a lake or
    reservoir word (:data:`LAKE_WORDS`) → lake; else river. ``rule`` names the words that decided."""
    text = name or ""
    form = next((w for w in RIVER_FORMS if w in text), None)
    if form:
        return RIVER, f"outlet/inlet form “{form}”"
    word = next((w for w in LAKE_WORDS if w in text), None)
    if word:
        return LAKE, f"lake or reservoir word “{word}”"
    return RIVER, "no lake or reservoir word"


def guess_water_type(name: str) -> str:
    """'lake' or 'river' from the name alone (:func:`name_water_type`). A guess: the caller records why."""
    return name_water_type(name)[0]


def evidence_water_type(algae_samples: int, chla_samples: int) -> tuple[str, str] | None:
    """Type from what a station measures, or None when that says nothing.

    The national real-time table (国家地表水水质自动监测实时数据发布系统) carries 叶绿素α and 藻密度 for lake and
    reservoir stations and "--" for river stations: a station that has ever reported algae density is a lake or
    reservoir station. Chlorophyll a alone is not taken as proof: some river stations carry a chlorophyll probe
    without the algae analyser (淮河 戴楼衡阳(塔集) reports 叶绿素α, no 藻密度, and is published with the river TP
    limits — TP 0.048 published Ⅱ, which the lake limits would make Ⅲ), and lake stations report both.
    """
    if algae_samples > 0:
        return LAKE, f"reports algae density (藻密度) on {algae_samples} sample(s)"
    return None
