"""An independent, deliberately plain implementation of daily AQI (HJ 633-2012 and HJ 633-2026, with the HJ 663 /
GB 3095 Table 4 validity rules), written straight from the texts for cross-checking the vectorised library.

It shares no code with ``qingshan.standards``: scalar loops, exact rational arithmetic (``fractions.Fraction``),
its own copy of the tables, Python's exact ``round`` of a Fraction for GB/T 8170 (half to even) and ``math.ceil``
for rounding up. Slow on purpose; used by the agreement test and by ``bench/air_aqi.py``.
"""

from __future__ import annotations

import csv
import gzip
import math
from collections import defaultdict
from fractions import Fraction

LEVELS = [0, 50, 100, 150, 200, 300, 400, 500]
T2012 = {
    "SO2": [0, 50, 150, 475, 800, 1600, 2100, 2620],
    "NO2": [0, 40, 80, 180, 280, 565, 750, 940],
    "PM10": [0, 50, 150, 250, 350, 420, 500, 600],
    "CO": [0, 2, 4, 14, 24, 36, 48, 60],
    "O3_1h": [0, 160, 200, 300, 400, 800, 1000, 1200],
    "O3_8h": [0, 100, 160, 215, 265, 800],
    "PM2.5": [0, 35, 75, 115, 150, 250, 350, 500],
}
T2026 = dict(
    T2012, **{"PM10": [0, 50, 120, 250, 350, 420, 500, 600], "PM2.5": [0, 35, 60, 115, 150, 250, 350, 500]}
)


def sub_index(table: list[int], c: Fraction) -> int:
    if c <= 0:
        return 0
    for k in range(1, len(table)):
        if c <= table[k]:
            lo, hi = table[k - 1], table[k]
            return math.ceil(Fraction(LEVELS[k] - LEVELS[k - 1], hi - lo) * (c - lo) + LEVELS[k - 1])
    return 500


def day_values(hours: dict[int, dict[str, Fraction | None]]) -> dict[str, Fraction | None]:
    out: dict[str, Fraction | None] = {}
    for pol in ("SO2", "NO2", "CO", "PM10", "PM2.5"):
        vals = [hours[h][pol] for h in range(24) if h in hours and hours[h][pol] is not None]
        out[pol] = sum(vals, Fraction(0)) / len(vals) if len(vals) >= 20 else None
    o3 = [hours[h]["O3"] if h in hours else None for h in range(24)]
    present = [v for v in o3 if v is not None]
    mx1 = max(present) if present else None
    out["O3_1h"] = mx1 if present and (len(present) >= 20 or mx1 > 200) else None
    windows = []
    for end in range(8, 25):
        vals = [v for v in o3[end - 8 : end] if v is not None]
        if len(vals) >= 6:
            windows.append(sum(vals, Fraction(0)) / len(vals))
    mx8 = max(windows) if windows else None
    out["O3_8h"] = mx8 if windows and (len(windows) >= 14 or mx8 > 160) else None
    return out


def day_aqi(values: dict[str, Fraction | None], version: str) -> int | None:
    table = T2012 if version == "2012" else T2026
    items = ["SO2", "NO2", "PM10", "CO", "O3_8h", "PM2.5"] + (["O3_1h"] if version == "2012" else [])
    subs: dict[str, int] = {}
    for it in items:
        c = values[it]
        if c is None:
            continue
        if version == "2026":
            c = Fraction(round(c, 1)) if it == "CO" else Fraction(round(c))
        if it == "O3_8h" and c > 800:
            if version == "2026":
                subs[it] = 300
            elif values["O3_1h"] is not None:
                subs[it] = sub_index(table["O3_1h"], values["O3_1h"])
            continue
        subs[it] = sub_index(table[it], c)
    if not subs:
        return None
    aqi = max(subs.values())
    if len(subs) < len(items) and aqi <= 100:
        return None
    return max(aqi, 1) if version == "2026" else aqi


def read_uci(path: str) -> dict[tuple[str, str], dict[int, dict[str, Fraction | None]]]:
    opener = gzip.open if path.endswith(".gz") else open
    days: dict[tuple[str, str], dict[int, dict[str, Fraction | None]]] = defaultdict(dict)
    with opener(path, "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            key = (row["station"], f"{int(row['year']):04d}-{int(row['month']):02d}-{int(row['day']):02d}")
            vals: dict[str, Fraction | None] = {}
            for pol in ("SO2", "NO2", "CO", "O3", "PM10", "PM2.5"):
                raw = row[pol]
                vals[pol] = None if raw in ("NA", "") else Fraction(raw)
            if vals["CO"] is not None:
                vals["CO"] /= 1000
            days[key][int(row["hour"])] = vals
    return days


def daily_aqi_file(path: str, version: str) -> dict[tuple[str, str], int | None]:
    return {key: day_aqi(day_values(hours), version) for key, hours in read_uci(path).items()}


# --- the network's archive (wide daily files), read with the csv module --------------------------------------

ARCHIVE_POLLUTANTS = ("SO2", "NO2", "CO", "O3", "PM10", "PM2.5")


def read_archive(path: str) -> dict[tuple[str, str, int], dict[str, Fraction | None]]:
    """(station, label date YYYY-MM-DD, label hour) → the hour's six 1h values and the published AQI (key
    ``AQI``), straight from the rows ``date,hour,type,<codes>``."""
    opener = gzip.open if path.endswith(".gz") else open
    hours: dict[tuple[str, str, int], dict[str, Fraction | None]] = defaultdict(dict)
    with opener(path, "rt", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        codes = header[3:]
        for row in reader:
            typ = row[2]
            if typ not in ARCHIVE_POLLUTANTS and typ != "AQI":
                continue
            day = f"{row[0][:4]}-{row[0][4:6]}-{row[0][6:8]}"
            h = int(row[1])
            for code, raw in zip(codes, row[3:], strict=True):
                if raw != "":
                    hours[(code, day, h)][typ] = Fraction(raw)
    return hours


def hour_aqi(values: dict[str, Fraction | None], version: str) -> int | None:
    """Real-time AQI as the network publishes it: SO₂, NO₂, CO, O₃ 1h values on the 1h columns, PM2.5 and PM10
    1h values on the 24h columns; an hour with items missing: the AQI of the rest (2012 practice), or NA unless
    above 100 (2026 §5.3.1). SO₂ above 800 is left out here (it never occurs in the seed cities' data)."""
    table = T2012 if version == "2012" else T2026
    one_hour = {
        "SO2": [0, 150, 500, 650, 800],
        "NO2": [0, 100, 200, 700, 1200, 2340, 3090, 3840],
        "CO": [0, 5, 10, 35, 60, 90, 120, 150],
        "O3": table["O3_1h"],
        "PM10": table["PM10"],
        "PM2.5": table["PM2.5"],
    }
    subs = {}
    for pol, bps in one_hour.items():
        c = values.get(pol)
        if c is None:
            continue
        if version == "2026":
            c = Fraction(round(c, 1)) if pol == "CO" else Fraction(round(c))
        subs[pol] = sub_index(bps, c)
    if not subs:
        return None
    aqi = max(subs.values())
    if version == "2026" and len(subs) < 6 and aqi <= 100:
        return None
    return max(aqi, 1) if version == "2026" else aqi
