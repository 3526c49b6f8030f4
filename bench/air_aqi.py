"""Benchmark: daily AQI (HJ 633-2012), Qingshan vs python-aqi's ``mep`` algorithm, in one run; the hourly AQI
against the AQI the network published; the import of the 5-city year on SQLite; a synthetic 1,000-station year.

    .venv/bin/python bench/air_aqi.py [--data DIR] [--stations 1000]

Inputs: the Beijing benchmark year — the full UCI "Beijing Multi-Site Air-Quality" files (CC BY 4.0) in
../shared/data/beijing-multisite-aq when present (it is no longer shipped: the demo runs on the seed cities' own
data) — else the network's 2019 year of the five seed cities shipped with the project. The last line is
``speedup_vs_python_aqi=X``.
"""

from __future__ import annotations

import argparse
import glob
import json
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
SHARED = next(
    (p / "shared" / "data" / "beijing-multisite-aq" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").is_dir()),
    ROOT.parent / "shared" / "data" / "beijing-multisite-aq",
)


def best_of(fn, repeat: int = 5) -> tuple[float, object]:
    best, out = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return best, out


def python_aqi_daily(conc: dict[str, np.ndarray]) -> tuple[np.ndarray, Counter]:
    """python-aqi 0.6.1 ``mep`` on the same seven daily items (its SO₂/NO₂/CO 24h tables, O₃ 1h and 8h)."""
    import aqi
    from aqi import constants as c

    from qingshan.standards import hj633

    mapping = [
        (hj633.SO2_24H, c.POLLUTANT_SO2_24H),
        (hj633.NO2_24H, c.POLLUTANT_NO2_24H),
        (hj633.PM10_24H, c.POLLUTANT_PM10),
        (hj633.CO_24H, c.POLLUTANT_CO_24H),
        (hj633.O3_1H, c.POLLUTANT_O3_1H),
        (hj633.O3_8H, c.POLLUTANT_O3_8H),
        (hj633.PM25_24H, c.POLLUTANT_PM25),
    ]
    n = len(conc[hj633.PM25_24H])
    cols = [(name, conc[item]) for item, name in mapping]
    out = np.full(n, np.nan)
    failures: Counter = Counter()
    for i in range(n):
        try:
            out[i] = float(aqi.to_aqi([(name, repr(float(v[i]))) for name, v in cols], algo=aqi.ALGO_MEP))
        except Exception as exc:  # noqa: BLE001 — python-aqi raises bare errors above its tables
            failures[type(exc).__name__] += 1
    return out, failures


def explain_differences(conc: dict[str, np.ndarray], ours: np.ndarray, theirs: np.ndarray) -> Counter:
    """Why python-aqi differs, per station-day (first cause found)."""
    from qingshan.standards import hj633

    reasons: Counter = Counter()
    diff = np.flatnonzero(~((ours == theirs) | (np.isnan(ours) & np.isnan(theirs))))
    for i in diff:
        if np.isnan(theirs[i]):
            reasons["python-aqi crashed (value above its table)"] += 1
            continue
        a, b = ours[i], theirs[i]
        item = max(hj633.HJ633_2012.daily_items, key=lambda it: hj633.iaqi(it, conc[it][i : i + 1])[0])
        c = conc[item][i]
        if item == hj633.CO_24H and c != np.floor(c):
            reasons["python-aqi truncates CO to an integer"] += 1
        elif b == a - 1:
            reasons["python-aqi rounds to nearest (half-to-even) instead of up (§6.2 进位取整)"] += 1
        else:
            reasons["python-aqi's gapped breakpoints (e.g. PM2.5 35→36 jumps to 51)"] += 1
    return reasons


def pipeline(files: list[str]) -> dict:
    from qingshan.air import compute
    from qingshan.air.formats import read_hourly

    t0 = time.perf_counter()
    frame = pd.concat([read_hourly(f).frame for f in files], ignore_index=True)
    t_read = time.perf_counter() - t0
    out = {}
    for v in ("2012", "2026"):
        table = compute.daily_table(frame, v)
        out[v] = int(table["AQI"].notna().sum())
    years = sorted(frame["time"].dt.year.unique())
    evals = 0
    for _st, part in frame.groupby("station"):
        for y in years:
            compute.evaluate(part, "2012", pd.Timestamp(y, 1, 1).date(), pd.Timestamp(y, 12, 31).date())
            evals += 1
    return {
        "rows": len(frame),
        "read_validate_s": round(t_read, 3),
        "total_s": round(time.perf_counter() - t0, 3),
        "station_years_evaluated": evals,
        "daily_aqi_days": out,
    }


def network_hourly(path: str) -> dict:
    """The real-time AQI of every station-hour of the network's archive against the AQI it published."""
    from qingshan.air import compute
    from qingshan.air.formats import read_hourly

    t0 = time.perf_counter()
    frame = read_hourly(path).frame
    t_read = time.perf_counter() - t0
    t1 = time.perf_counter()
    table = compute.hourly_table(frame, "2012")
    t_aqi = time.perf_counter() - t1
    pub = table["published_AQI"].notna()
    full = pub & table[["SO2", "NO2", "CO", "O3", "PM10", "PM2.5"]].notna().all(axis=1)
    return {
        "station_hours": len(table),
        "read_s": round(t_read, 2),
        "hourly_aqi_s": round(t_aqi, 3),
        "published_complete": int(full.sum()),
        "equal_complete": int((table["AQI"][full] == table["published_AQI"][full]).sum()),
        "published_all": int(pub.sum()),
        "equal_all": int((table["AQI"][pub] == table["published_AQI"][pub]).sum()),
    }


def import_seconds() -> dict:
    """The 5-city year imported into an empty SQLite database (a fresh process: migrate, register, import)."""
    import tempfile

    home = tempfile.mkdtemp()
    code = (
        "import os, time, django; os.environ['DJANGO_SETTINGS_MODULE']='qingshan.settings'; django.setup();"
        "from django.core.management import call_command; call_command('migrate', verbosity=0);"
        "from qingshan.orgs.services import load_registry; load_registry();"
        "from qingshan.air.demo import register_seed_stations, SEED_FILE; register_seed_stations();"
        "from qingshan.air.services import import_hourly; t=time.perf_counter(); r=import_hourly(str(SEED_FILE));"
        "a=time.perf_counter()-t; t=time.perf_counter(); r2=import_hourly(str(SEED_FILE));"
        "print(r.rows, r.created, round(a, 2), round(time.perf_counter()-t, 2), bool(r2.already))"
    )
    env = {**__import__("os").environ, "QINGSHAN_HOME": home}
    env.pop("DATABASE_URL", None)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    rows, created, first, again, already = out.stdout.split()
    return {"rows": int(rows), "created": int(created), "import_s": float(first), "again_s": float(again),
            "second_is_already_imported": already == "True"}  # fmt: skip


def synthetic(stations: int) -> dict:
    """1,000 stations × 1 year of hourly data, generated, then validate-shape → daily → AQI → annual statistics."""
    from qingshan.air import compute
    from qingshan.air.formats import POLLUTANTS

    rng = np.random.default_rng(42)
    hours = pd.date_range("2025-01-01", periods=365 * 24, freq="h")
    n = stations * len(hours)
    t0 = time.perf_counter()
    frame = pd.DataFrame(
        {
            "station": np.repeat(np.array([f"S{i:04d}" for i in range(stations)], dtype=object), len(hours)),
            "time": np.tile(hours.to_numpy(), stations),
        }
    )
    scale = {"SO2": 10, "NO2": 35, "CO": 0.8, "O3": 70, "PM10": 70, "PM2.5": 40}
    for pol in POLLUTANTS:
        v = rng.gamma(2.0, scale[pol] / 2.0, n)
        v[rng.random(n) < 0.03] = np.nan  # 3% missing hours
        frame[pol] = v
    t_gen = time.perf_counter() - t0
    t1 = time.perf_counter()
    index, values = compute.daily_values(frame)
    del frame
    from qingshan.standards import hj633, hj663

    res = hj633.daily_aqi({it: values[it] for it in hj633.HJ633_2012.daily_items}, "2012")
    days = pd.to_datetime(index["date"]).to_numpy().astype("datetime64[D]")
    codes = pd.factorize(index["station"])[0]
    order = np.argsort(codes, kind="stable")
    bounds = np.flatnonzero(np.diff(codes[order])) + 1
    for sel in np.split(order, bounds):  # one partition per station-year
        sub = hj633.AqiResult(
            res.version,
            res.items,
            {k: v[sel] for k, v in res.concentrations.items()},
            {k: v[sel] for k, v in res.iaqi.items()},
            res.aqi[sel],
            res.level[sel],
            res.complete[sel],
            {k: v[sel] for k, v in res.above_range.items()},
        )
        hj663.period_stats({k: v[sel] for k, v in values.items()}, sub, days[sel])
    return {
        "stations": stations,
        "hours": n,
        "generate_s": round(t_gen, 2),
        "compute_s": round(time.perf_counter() - t1, 2),
        "peak_rss_gb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024**2, 2),
    }


def main() -> None:
    sys.path.insert(0, str(ROOT / "src"))
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(SHARED))
    ap.add_argument("--stations", type=int, default=1000)
    ap.add_argument("--synthetic-only", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.synthetic_only:
        print(json.dumps(synthetic(args.stations)))
        return

    from qingshan.air import compute
    from qingshan.air.formats import SEED_FILE
    from qingshan.standards import hj633

    files = sorted(glob.glob(str(Path(args.data) / "*.csv")))
    source = f"{len(files)} UCI files in {args.data}" if files else f"the shipped 2019 archive {SEED_FILE}"
    files = files or [str(SEED_FILE)]
    frame = pd.concat(
        [__import__("qingshan.air.formats", fromlist=["x"]).read_hourly(f).frame for f in files]
    )
    index, values = compute.daily_values(frame)
    items = hj633.HJ633_2012.daily_items
    complete = np.all([~np.isnan(values[it]) for it in items], axis=0)
    conc = {it: values[it][complete] for it in items}
    n = int(complete.sum())
    print(f"data: {source}; {len(frame)} station-hours → {len(index)} station-days, {n} with all 7 items")

    t_ours, res = best_of(lambda: hj633.daily_aqi(conc, "2012"))
    t_peer, (theirs, failures) = best_of(lambda: python_aqi_daily(conc), repeat=1)
    ours = res.aqi
    same = ours == theirs
    print(f"qingshan  daily AQI (HJ 633-2012): {t_ours * 1e3:8.2f} ms  {n / t_ours:12,.0f} station-days/s")
    print(f"python-aqi mep                   : {t_peer * 1e3:8.2f} ms  {n / t_peer:12,.0f} station-days/s")
    print(f"identical: {int(same.sum())}/{n} ({same.mean():.2%}); python-aqi failures: {dict(failures)}")
    for reason, count in explain_differences(conc, ours, theirs).most_common():
        print(f"  differs ({count}): {reason} — Qingshan follows HJ 633-2012 Table 1, formula (1) and §6.2")
    t26, _ = best_of(lambda: hj633.daily_aqi({it: values[it] for it in hj633.HJ633_2026.daily_items}, "2026"))
    print(
        f"qingshan  daily AQI (HJ 633-2026): {t26 * 1e3:8.2f} ms for {len(index)} station-days (python-aqi has no 2026 tables)"
    )

    h = network_hourly(str(SEED_FILE))
    print(
        f"network hourly AQI (2019, 5 cities): {json.dumps(h)}  [bar: ≥ 99.9 % of complete published hours → "
        f"{h['equal_complete'] / h['published_complete']:.4%}]"
    )
    imp = import_seconds()
    print(f"import of the 5-city year on SQLite: {json.dumps(imp)}  [bar: < 10 s → {'ok' if imp['import_s'] < 10 else 'SLOW'}]")
    p = pipeline(files)
    print(
        f"pipeline (read → validate → daily AQI both versions → annual evaluation): {json.dumps(p)}"
        f"  [bar: < 3 s → {'ok' if p['total_s'] < 3 else 'SLOW'}]"
    )
    proc = subprocess.run(
        [sys.executable, __file__, "--synthetic-only", "--stations", str(args.stations)],
        capture_output=True,
        text=True,
        check=True,
    )
    s = json.loads(proc.stdout.strip().splitlines()[-1])
    print(
        f"synthetic: {json.dumps(s)}  [bar: < 15 s and < 3 GB → "
        f"{'ok' if s['compute_s'] + s['generate_s'] < 15 and s['peak_rss_gb'] < 3 else 'OVER'}]"
    )
    print(f"speedup_vs_python_aqi={t_peer / t_ours:.1f}")


if __name__ == "__main__":
    main()
