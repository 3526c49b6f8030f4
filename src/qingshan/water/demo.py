"""Synthetic demo water data for 攀枝花市, **clearly labelled**: no real automatic-station readings are shipped
with the project (the national real-time system publishes them only on its site, without a licence to
redistribute), so the demo generates plausible samples and marks every section ``synthetic`` and every name
"(演示)". Every page that shows them says so.

The generator writes the national real-time publishing table and a manual-sampling table as CSV text and feeds them
through the same importer users use, so the demo exercises the real path (parse → classify → store → monthly).
"""

from __future__ import annotations

import io
from datetime import date

import numpy as np
import pandas as pd
from django.db import transaction
from rich.console import Console

from qingshan.orgs.models import Division

from .models import WaterSample, WaterSection
from .services import import_samples

START, END = date(2025, 1, 1), date(2026, 10, 31)
#: code, name, river, county, type, control level, target class, drinking source,
#: (DO, CODMn, NH3-N, TP, TN) typical values, seasonal swing (0–1)
SECTIONS = [
    ("DEMO-PZH-01", "金沙江入境(演示)", "金沙江", "西区", "river", "national", 2, False, (8.6, 1.7, 0.10, 0.055, 0.9), 0.3),
    ("DEMO-PZH-02", "金沙江出境(演示)", "金沙江", "仁和区", "river", "national", 2, False, (8.2, 2.1, 0.17, 0.075, 1.1), 0.35),
    ("DEMO-PZH-03", "雅砻江口(演示)", "雅砻江", "盐边县", "river", "national", 2, False, (8.8, 1.5, 0.08, 0.04, 0.7), 0.3),
    ("DEMO-PZH-04", "二滩水库坝前(演示)", "二滩水库", "盐边县", "lake", "provincial", 2, True, (8.4, 1.8, 0.09, 0.019, 0.6), 0.4),
    ("DEMO-PZH-05", "安宁河米易(演示)", "安宁河", "米易县", "river", "provincial", 3, False, (7.9, 2.7, 0.32, 0.11, 1.4), 0.4),
    ("DEMO-PZH-06", "三源河入江口(演示)", "三源河", "东区", "river", "city", 3, False, (6.9, 4.3, 0.75, 0.17, 2.2), 0.5),
    ("DEMO-PZH-07", "巴关河入江口(演示)", "巴关河", "仁和区", "river", "city", 3, False, (6.2, 5.2, 1.05, 0.21, 2.8), 0.6),
    ("DEMO-PZH-08", "大河仁和(演示)", "大河", "仁和区", "river", "city", 3, False, (7.4, 3.4, 0.45, 0.13, 1.6), 0.45),
]  # fmt: skip
BASIN = "长江流域"
NATIONAL_HEADER = (
    "省份,流域,断面名称,监测时间,水质类别,水温(℃),pH(无量纲),溶解氧(mg/L),电导率(μS/cm),浊度(NTU),"
    "高锰酸盐指数(mg/L),氨氮(mg/L),总磷(mg/L),总氮(mg/L),叶绿素α(mg/L),藻密度(cells/L),站点情况"
)


def _fmt(v: float, digits: int) -> str:
    return "--" if np.isnan(v) else f"{v:.{digits}f}"


def national_csv(seed: int = 20250101) -> str:
    """Four-hourly readings of every demo section in the national real-time table layout."""
    rng = np.random.default_rng(seed)
    times = pd.date_range(START, pd.Timestamp(END) + pd.Timedelta(hours=20), freq="4h")
    doy = times.day_of_year.to_numpy()
    season = np.sin(2 * np.pi * (doy - 100) / 365)  # +1 in early July (wet season: runoff, warm water)
    out = io.StringIO()
    out.write(NATIONAL_HEADER + "\n")
    for _code, name, _river, _county, wtype, _lvl, _t, _d, (do, codmn, nh3n, tp, tn), swing in SECTIONS:
        n = len(times)

        def series(base: float, sd: float, amp: float, n: int = n) -> np.ndarray:
            # log-normal noise around a seasonal mean, with slow multi-day drift (an AR(1) walk)
            drift = np.zeros(n)
            eps = rng.normal(0, sd, n)
            for i in range(1, n):
                drift[i] = 0.97 * drift[i - 1] + eps[i]
            return base * np.exp(amp * season + drift * 0.5)

        temp = 17 + 7 * season + rng.normal(0, 0.6, n)
        values = {
            "temp": temp,
            "pH": np.clip(7.9 + rng.normal(0, 0.15, n) - 0.1 * season, 6.3, 8.9),
            "DO": np.clip(do - 0.9 * season * swing * 2 + rng.normal(0, 0.35, n), 1.5, 13),
            "cond": 320 + 40 * season + rng.normal(0, 10, n),
            "turb": np.abs(series(15, 0.06, 1.2 * swing)),
            "CODMn": series(codmn, 0.05, 0.35 * swing),
            "NH3N": series(nh3n, 0.06, 0.45 * swing),
            "TP": series(tp, 0.05, 0.5 * swing),
            "TN": series(tn, 0.04, 0.3 * swing),
            "chla": series(0.004 if wtype == "lake" else 0.002, 0.05, 0.6),
            "algae": series(2.0e6 if wtype == "lake" else 6.0e5, 0.05, 0.8),
        }
        down = rng.random(n) < 0.015  # maintenance: no readings
        for k in values:
            values[k] = np.where(down, np.nan, values[k])
        if wtype != "lake":  # as in the national table: only lake and reservoir stations measure algae ("--")
            values["chla"][:] = np.nan
            values["algae"][:] = np.nan
        for i, t in enumerate(times):
            out.write(
                f"四川省,{BASIN},{name},{t:%Y-%m-%d %H:%M},--,{_fmt(values['temp'][i], 1)},"
                f"{_fmt(values['pH'][i], 2)},{_fmt(values['DO'][i], 2)},{_fmt(values['cond'][i], 1)},"
                f"{_fmt(values['turb'][i], 1)},{_fmt(values['CODMn'][i], 2)},{_fmt(values['NH3N'][i], 3)},"
                f"{_fmt(values['TP'][i], 3)},{_fmt(values['TN'][i], 2)},{_fmt(values['chla'][i], 4)},"
                f"{_fmt(values['algae'][i], 0)},{'维护' if down[i] else '正常'}\n"
            )
    return out.getvalue()


def manual_csv(seed: int = 20250110) -> str:
    """Monthly manual samples (the 10th of each month) with the laboratory items automatic stations do not
    measure; metals mostly below their detection limits, written as the laboratories write them ("0.00004L")."""
    rng = np.random.default_rng(seed)
    cols = ["断面名称", "采样日期", "pH", "溶解氧", "高锰酸盐指数", "化学需氧量", "五日生化需氧量", "氨氮", "总磷",
            "总氮", "铜", "锌", "氟化物", "砷", "汞", "镉", "铬(六价)", "铅", "氰化物", "挥发酚", "石油类",
            "阴离子表面活性剂", "硫化物", "粪大肠菌群"]  # fmt: skip
    rows = [",".join(cols)]
    months = pd.date_range(START, END, freq="MS")
    for _code, name, _river, _county, _w, _lvl, _t, _d, (do, codmn, nh3n, tp, tn), _swing in SECTIONS:
        for m in months:
            f = float(np.exp(rng.normal(0, 0.15)))
            cod = codmn * 3.2 * f
            rows.append(
                ",".join(
                    [
                        name,
                        f"{m.year}-{m.month:02d}-10",
                        f"{7.8 + rng.normal(0, 0.15):.2f}",
                        f"{do + rng.normal(0, 0.3):.1f}",
                        f"{codmn * f:.1f}",
                        f"{cod:.0f}" if cod >= 4 else "4L",
                        f"{codmn * 0.7 * f:.1f}",
                        f"{nh3n * f:.3f}",
                        f"{tp * f:.3f}",
                        f"{tn * f:.2f}",
                        "0.001L",
                        f"{0.01 * f:.3f}",
                        f"{0.25 * f:.2f}",
                        "0.0003L",
                        "0.00004L",
                        "0.0001L",
                        "0.004L",
                        "0.001L",
                        "0.004L",
                        "0.0003L",
                        f"{0.01 * f:.2f}" if nh3n > 0.5 else "0.01L",
                        "0.05L",
                        "0.01L",
                        f"{int(800 * f * (1 + 5 * nh3n))}",
                    ]
                )
            )
    return "\n".join(rows) + "\n"


@transaction.atomic
def register_demo_sections() -> list[WaterSection]:
    city = Division.objects.get(name="攀枝花市")
    counties = {d.name: d for d in Division.objects.filter(parent=city)}
    out = []
    for code, name, river, county, wtype, level, target, drinking, _base, _swing in SECTIONS:
        sec, _ = WaterSection.objects.update_or_create(
            code=code,
            defaults={
                "name": name,
                "river": river,
                "basin": BASIN,
                "province": "四川省",
                "water_type": wtype,
                "type_guessed": False,
                "control_level": level,
                "division": counties[county],
                "target_class": target,
                "drinking_source": drinking,
                "synthetic": True,
            },
        )
        out.append(sec)
    return out


def load_demo_water(console: Console) -> str:
    sections = register_demo_sections()
    if WaterSample.objects.filter(section__in=sections).count() >= 20_000:
        return "[green]✓[/] 地表水演示数据 synthetic water demo already loaded"
    with console.status("生成并导入合成地表水演示数据 generating and importing synthetic water demo data…"):
        auto = import_samples(national_csv().encode(), name="demo-national-realtime.csv", synthetic=True)
        manual = import_samples(manual_csv().encode(), name="demo-manual-monthly.csv", synthetic=True)
    return (
        f"[green]✓[/] 地表水演示数据(合成) synthetic water demo: {auto.rows} automatic readings, "
        f"{manual.rows} manual samples, {len(sections)} sections of 攀枝花市 marked 演示"
    )
