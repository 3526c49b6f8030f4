"""Readers of surface-water sample files (pandas; no Django), returning one normalised frame or clear errors.

Two layouts, CSV (UTF-8 or GB18030, optionally gzipped) or Excel (.xlsx):

- ``national`` — the national automatic-station real-time publishing table (国家地表水水质自动监测实时数据发布系统):
  ``省份, 流域, 断面名称, 监测时间, 水质类别, 水温, pH, 溶解氧, 电导率, 浊度, 高锰酸盐指数, 氨氮, 总磷, 总氮, 叶绿素α,
  藻密度[, 站点情况]``; headers may carry units (``溶解氧(mg/L)``); ``--`` is missing; values may carry a ``*``
  mark; ``监测时间`` may lack the year (``11-23 08:00``), which the caller then supplies (or, if not, the latest year that is not in the future, with a warning).
- ``manual`` — manual (monthly) sampling: one row per section × date, ``断面名称`` (or ``断面``/``点位名称``), a date
  column (``采样日期``/``监测日期``/``采样时间``/``日期``) and item columns named as in GB 3838 Table 1 (Chinese
  name or code: ``化学需氧量``/``COD``, ``铅``/``Pb`` …).

Values: blank, ``--``, ``-``, ``/`` and the marker ``-1`` are missing (never zero); ``0.01L`` or ``<0.01`` is below
the detection limit 0.01 and enters at half the limit (flagged); ``ND``/``未检出`` without a limit is missing and
flagged; any other text, a negative value, or pH outside 0–14 is an error naming line and column.

Normalised frame: ``line``, ``section``, ``basin``, ``province``, ``time`` (naive local), ``published_class``
(1–6 or 0), ``station_status``, ``below_detection`` (comma-separated item keys), and one float column per item key
of :mod:`qingshan.standards.gb3838` (``ITEMS`` and ``EXTRA_QUANTITIES``) present in the file.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from qingshan.standards import gb3838
from qingshan.tabular import FileErrors, read_bytes, read_csv

MISSING = {"", "--", "—", "-", "/", "nan", "NaN", "NA", "-1", "-1.0", "None"}
NOT_DETECTED = {"ND", "nd", "未检出", "<DL", "<dl"}
SECTION_COLUMNS = ("断面名称", "断面", "点位名称", "断面(点位)名称", "监测断面", "站点名称")
TIME_COLUMNS = ("监测时间", "采样日期", "监测日期", "采样时间", "日期", "时间")
META_COLUMNS = {
    "省份": "province",
    "流域": "basin",
    "水质类别": "published_class",
    "站点情况": "station_status",
}
NATIONAL_SIGNATURE = {"断面名称", "监测时间", "水质类别"}
_BDL = re.compile(r"^(?:<\s*([0-9.]+)|([0-9.]+)\s*[Ll])$")
_NO_YEAR = re.compile(r"^\d{1,2}-\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?$")
_UNIT_SUFFIX = re.compile(r"[(（][^()（）]*[)）]$")
_TAG = re.compile(r"<[^>]*>")
_RAW_VALUE = re.compile(r"原始值\s*[:：]\s*([^'\"<>]+)")
#: Plausibility ceilings (mg/L unless stated): values above them are not surface-water readings but typing or unit
#: errors (a missing decimal point, µg/L for mg/L, a sentinel such as 999999). Each is orders of magnitude above the
#: class V limit of GB 3838 Table 1 and above anything the national network publishes (its most saline estuary
#: sections reach ~50,000 µS/cm). A value above its ceiling is refused with the line and column.
CEILINGS = {
    "temp": 50.0, "DO": 30.0, "CODMn": 1000.0, "COD": 10000.0, "BOD5": 10000.0, "NH3N": 1000.0, "TP": 100.0,
    "TN": 1000.0, "Cu": 100.0, "Zn": 100.0, "F": 100.0, "Se": 10.0, "As": 10.0, "Hg": 1.0, "Cd": 10.0,
    "Cr6": 100.0, "Pb": 100.0, "CN": 100.0, "phenol": 100.0, "oil": 1000.0, "LAS": 1000.0, "S2": 100.0,
    "fecal_coliform": 1e10, "conductivity": 200000.0, "turbidity": 100000.0, "chla": 10.0, "algae": 1e12,
}  # fmt: skip
#: The earliest sample date accepted by default (``earliest`` of :func:`read_samples`).
EARLIEST = pd.Timestamp("2000-01-01")


def _unhtml(df: pd.DataFrame) -> pd.DataFrame:
    """Tables scraped from the national site keep its HTML: headers ``水温<br/><span class='unit'>(℃)</span>``
    and cells ``<span title='原始值：0.0104'>0.010</span>`` (the title carries the unrounded value the network
    classifies on; the text is rounded for display) or ``<span title='当天质控不合格'>--</span>``. Take the
    unrounded value where given, else the text without tags."""
    df.columns = [_TAG.sub("", str(c)).strip() for c in df.columns]
    for c in df.columns:
        col = df[c].astype(str)
        html = col.str.contains("<", regex=False)
        if html.any():
            raw = col[html].str.extract(_RAW_VALUE)[0].str.strip()
            df.loc[html, c] = raw.fillna(col[html].str.replace(_TAG, "", regex=True).str.strip())
    return df


class WaterImportError(FileErrors):
    """A file that cannot be imported; ``errors`` lists (line, column, message)."""


@dataclass
class ParsedWater:
    path: str
    fmt: str
    frame: pd.DataFrame
    items: list[str]
    warnings: list[tuple[int | None, str | None, str]] = field(default_factory=list)


def _alias_map() -> dict[str, str]:
    out: dict[str, str] = {}
    for key, it in gb3838.ITEMS.items():
        for name in (key, it.name_zh, *it.aliases):
            out[name] = key
    for key, (zh, _unit) in gb3838.EXTRA_QUANTITIES.items():
        out[zh] = key
        out[key] = key
    out["叶绿素a"] = "chla"
    out["叶绿素"] = "chla"
    return out


ALIASES = _alias_map()


def item_of(column: str) -> str | None:
    """The item key a column header names ('溶解氧(mg/L)' → 'DO', '总磷(以P计)' → 'TP'), or None."""
    c = column.strip().replace(" ", "")
    if c in ALIASES:
        return ALIASES[c]
    bare = _UNIT_SUFFIX.sub("", c)
    return ALIASES.get(bare)


def _read_table(source: str | Path | bytes, name: str | None) -> tuple[pd.DataFrame, str]:
    raw, name = read_bytes(source, name, WaterImportError)
    if raw[:4] == b"PK\x03\x04":  # .xlsx (a zip)
        try:
            _check_formulas(raw, name)
            df = pd.read_excel(io.BytesIO(raw), dtype=str, keep_default_na=False, engine="openpyxl")
        except WaterImportError:
            raise
        except Exception as exc:  # openpyxl raises many types for a damaged workbook
            raise WaterImportError(name, [(None, None, f"not a readable Excel workbook: {exc}")]) from None
        df.columns = [str(c).strip() for c in df.columns]
        return _unhtml(df), name
    if b"\x00" in raw[:4096]:
        raise WaterImportError(name, [(None, None, "binary file, not a CSV table or .xlsx workbook")])
    return _unhtml(read_csv(raw, name, WaterImportError, dtype=str, keep_default_na=False)), name


def _check_formulas(raw: bytes, name: str) -> None:
    """A formula cell whose value was never computed (a workbook written by a program, not saved by Excel) would
    read as empty — a missing value that is not missing. Name such cells instead of reading them."""
    from openpyxl import load_workbook

    formulas = load_workbook(io.BytesIO(raw), read_only=True, data_only=False).worksheets[0]
    cells = [
        (cell.row, cell.coordinate)
        for row in formulas.iter_rows()
        for cell in row
        if isinstance(cell.value, str) and cell.value.startswith("=")
    ]
    if not cells:
        return
    values = load_workbook(io.BytesIO(raw), read_only=False, data_only=True).worksheets[0]
    uncomputed = [(r, coord) for r, coord in cells if values[coord].value is None]
    if uncomputed:
        raise WaterImportError(
            name,
            [
                (r, coord, "a formula without a computed value: enter the value itself")
                for r, coord in uncomputed
            ],
        )


def _values(
    text: pd.Series, col: str, key: str, lines: np.ndarray, errors: list, warnings: list
) -> tuple[np.ndarray, np.ndarray]:
    """(float values, below-detection mask) of one item column. Plain numbers take the fast path; only the
    other cells (marks, missing markers, detection limits, errors) are looked at as text."""
    num = pd.to_numeric(text, errors="coerce").to_numpy(dtype=float, copy=True)
    num[num == -1] = np.nan  # the "-1" missing marker
    n = len(text)
    missing, nd, bdl, bad = (np.zeros(n, bool) for _ in range(4))
    dl = np.full(n, np.nan)
    rest = np.flatnonzero(np.isnan(num))
    if len(rest):
        s = (
            text.iloc[rest]
            .astype(str)
            .str.strip()
            .str.replace("*", "", regex=False)
            .str.replace(" ", "", regex=False)
        )
        missing[rest] = s.isin(MISSING).to_numpy()
        nd[rest] = s.isin(NOT_DETECTED).to_numpy()
        m = s.str.extract(_BDL)
        dl[rest] = pd.to_numeric(m[0].fillna(m[1]), errors="coerce").to_numpy(dtype=float)
        bdl[rest] = ~np.isnan(dl[rest])
        other = ~(missing[rest] | nd[rest] | bdl[rest])
        num[rest[other]] = pd.to_numeric(s[other], errors="coerce").to_numpy(dtype=float)
        bad[rest[other]] = np.isnan(num[rest[other]])
        num[num == -1] = np.nan
    for ln in lines[bad][:20]:
        errors.append((int(ln), col, f"not a number: {text.iloc[ln - 2]!r}"))
    neg = num < 0
    for ln in lines[neg][:20]:
        errors.append((int(ln), col, f"negative concentration {text.iloc[ln - 2]!r}"))
    infinite = np.isinf(num)
    for ln in lines[infinite][:20]:
        errors.append((int(ln), col, f"not a finite number: {text.iloc[ln - 2]!r}"))
    if key == "pH":
        out_of_scale = (num > 14) | (num < 0)
        for ln in lines[out_of_scale & ~neg & ~infinite][:20]:
            errors.append((int(ln), col, f"pH {text.iloc[ln - 2]!r} is outside 0–14"))
    elif key in CEILINGS:
        ceiling = CEILINGS[key]
        for ln in lines[(num > ceiling) & ~infinite][:20]:
            errors.append((int(ln), col, f"{text.iloc[ln - 2]!r} is implausible (above {ceiling:g})"))
    for ln in lines[nd][:5]:
        warnings.append((int(ln), col, "not detected, no detection limit given: not evaluated"))
    values = np.where(bdl, gb3838.below_detection_value(dl), num)
    return values, bdl | nd


def _times(
    text: pd.Series,
    col: str,
    lines: np.ndarray,
    year: int | None,
    errors: list,
    warnings: list,
    earliest: pd.Timestamp = EARLIEST,
) -> pd.Series:
    s = text.astype(str).str.strip().str.replace("/", "-", regex=False)
    no_year = s.str.match(_NO_YEAR).to_numpy()
    if no_year.any():
        if year is not None:
            s = s.where(~no_year, f"{year}-" + s)
        else:
            # The national site shows its latest readings without the year: take the latest year that does not put
            # the reading in the future, and say so (``year`` overrides).
            now = pd.Timestamp.now()
            this = pd.to_datetime(f"{now.year}-" + s[no_year], errors="coerce", format="mixed")
            future = (this > now + pd.Timedelta(days=1)).to_numpy()
            years = np.where(future, now.year - 1, now.year)
            s.loc[no_year] = [f"{y}-{t}" for y, t in zip(years, s[no_year], strict=True)]
            ln = int(lines[no_year][0])
            warnings.append(
                (ln, col, f"{text.iloc[ln - 2]!r} has no year: assumed the latest year not in the future "
                 f"({years[0]}); give --year to set it")
            )  # fmt: skip
    when = pd.to_datetime(s, errors="coerce", format="mixed")
    for ln in lines[when.isna().to_numpy()][:20]:
        errors.append((int(ln), col, f"not a date and time: {text.iloc[ln - 2]!r}"))
    latest = pd.Timestamp.now().normalize() + pd.Timedelta(days=1)  # a sample is taken today at the latest
    for ln in lines[(when < earliest).to_numpy()][:20]:
        errors.append((int(ln), col, f"{text.iloc[ln - 2]!r} is before {earliest:%Y-%m-%d}"))
    for ln in lines[(when >= latest).to_numpy()][:20]:
        errors.append((int(ln), col, f"{text.iloc[ln - 2]!r} is in the future"))
    return when


def detect(columns: list[str]) -> tuple[str | None, str | None, str | None]:
    """(format, section column, time column) of a header, or Nones."""
    cols = set(columns)
    sc = next((c for c in SECTION_COLUMNS if c in cols), None)
    tc = next((c for c in TIME_COLUMNS if c in cols), None)
    if sc is None or tc is None:
        return None, sc, tc
    return ("national" if NATIONAL_SIGNATURE <= cols else "manual"), sc, tc


def read_samples(
    source: str | Path | bytes,
    name: str | None = None,
    year: int | None = None,
    strict: bool = True,
    earliest: str | pd.Timestamp = EARLIEST,
) -> ParsedWater:
    """Read and validate one file (a path, or its bytes named by ``name``). Raises :class:`WaterImportError`
    naming lines and columns; never half-reads. ``year`` completes a ``监测时间`` written without one.

    Rows are keyed by (省份, 流域, 断面名称, 监测时间): the same section name may exist in two provinces. A repeated
    identical row is kept once with a warning; a repeated key with other values is an error when ``strict``
    (importing: which one is true?) and a warning otherwise (classifying: every row is classified as written).
    Sample times before ``earliest`` or after today, infinite values and values above the item's plausibility
    ceiling (:data:`CEILINGS`) are errors; so is a table with a header and no rows."""
    df, name = _read_table(source, name)
    fmt, sc, tc = detect(list(df.columns))
    item_cols = {c: item_of(c) for c in df.columns}
    item_cols = {c: k for c, k in item_cols.items() if k}
    if fmt is None or not item_cols:
        raise WaterImportError(
            name,
            [
                (
                    1,
                    None,
                    "unknown column layout; expected the national real-time table (省份, 流域, 断面名称, 监测时间, "
                    "水质类别, 水温, pH, 溶解氧, …) or manual samples (断面名称, 采样日期, and item columns named "
                    f"as in GB 3838 Table 1); found {', '.join(df.columns[:12])}",
                )
            ],
        )
    if df.empty:
        raise WaterImportError(name, [(2, None, "the table has a header but no data rows")])
    dup_items = pd.Series(list(item_cols.values())).duplicated()
    if dup_items.any():
        key = list(item_cols.values())[int(np.argmax(dup_items.to_numpy()))]
        cols = [c for c, k in item_cols.items() if k == key]
        raise WaterImportError(name, [(1, ", ".join(cols), f"two columns for the same item {key}")])
    lines = np.arange(2, len(df) + 2)
    errors: list[tuple[int | None, str | None, str]] = []
    warnings: list[tuple[int | None, str | None, str]] = []
    ignored = [c for c in df.columns if c not in item_cols and c not in (sc, tc) and c not in META_COLUMNS]
    if ignored:
        warnings.append((1, ", ".join(ignored), "columns not recognised, ignored"))
    out = pd.DataFrame({"line": lines})
    out["section"] = df[sc].astype(str).str.strip()
    for ln in lines[out["section"].isin(["", "nan"]).to_numpy()][:20]:
        errors.append((int(ln), sc, "section name is empty"))
    out["time"] = _times(df[tc], tc, lines, year, errors, warnings, pd.Timestamp(earliest))
    out["basin"] = df["流域"].astype(str).str.strip() if "流域" in df else ""
    out["province"] = df["省份"].astype(str).str.strip() if "省份" in df else ""
    out["station_status"] = df["站点情况"].astype(str).str.strip() if "站点情况" in df else ""
    published = np.zeros(len(df), dtype=np.int8)
    if "水质类别" in df:
        codes, uniques = pd.factorize(df["水质类别"])
        for j, raw in enumerate(uniques):
            try:
                published[codes == j] = gb3838.parse_class(raw) or 0
            except ValueError as exc:
                for ln in lines[codes == j][:20]:
                    errors.append((int(ln), "水质类别", str(exc)))
    out["published_class"] = published
    bdl_flags = []
    for col, key in item_cols.items():
        values, bdl = _values(df[col], col, key, lines, errors, warnings)
        out[key] = values
        bdl_flags.append(np.where(bdl, key, ""))
    flagged = np.flatnonzero(np.any([f != "" for f in bdl_flags], axis=0)) if bdl_flags else []
    below = np.full(len(df), "", dtype=object)
    for i in flagged:
        below[i] = ",".join(f[i] for f in bdl_flags if f[i])
    out["below_detection"] = below
    if not errors:
        keys = ["province", "basin", "section", "time"]
        dup = out.duplicated(keys, keep="first").to_numpy()
        if dup.any():
            first_line = out.groupby(keys, sort=False)["line"].transform("first").to_numpy()
            same = out.drop(columns=["line"]).duplicated(keep="first").to_numpy()
            for i in np.flatnonzero(dup & same)[:20]:
                warnings.append((int(lines[i]), None, f"repeats line {first_line[i]}; kept once"))
            conflicting = np.flatnonzero(dup & ~same)
            report = errors if strict else warnings  # an error: nothing of the file is used
            for i in conflicting[:20]:
                report.append(
                    (int(lines[i]), None, f"same section and time as line {first_line[i]} but other values")
                )
            out = out[~(dup & same)].reset_index(drop=True)
    if errors:
        errors.sort(key=lambda e: e[0] or 0)
        raise WaterImportError(name, errors)
    return ParsedWater(name, fmt, out, list(item_cols.values()), warnings)
