"""Benchmark: GB 3838-2002 single-factor classification of automatic-station samples, Qingshan's vectorised
library vs a plain per-sample implementation (the test suite's independent reference: no maintained package on
PyPI implements GB 3838, so that is the peer), in one run; then reading a national real-time table.

    .venv/bin/python bench/water_classify.py [--samples 1000000] [--realtime PATH ...] [--year 2026]

Then the agreement of our class with the class the national network published, on real readings in the national
real-time table's layout (国家地表水水质自动监测实时数据发布系统; the published 水质类别 is the truth): every CSV/XLSX
given by ``--realtime`` or ``$QINGSHAN_WATER_REALTIME`` (files or directories), else ``../shared/data/
cnemc-water-realtime`` beside the repository when present. No such table ships with the project: the public scrapes
found carry no licence (see ``docs/standards.md``). Printed: ``agreement_with_published=X`` (types inferred from
the file's evidence and names only) and the same with the published classes allowed to decide a type.

The last line is ``speedup_vs_scalar_reference=X``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from qingshan.standards import gb3838  # noqa: E402
from qingshan.water.tests import reference_gb3838 as ref  # noqa: E402

ITEMS = ("pH", "DO", "CODMn", "NH3N", "TP")


def synthetic(n: int, seed: int = 1) -> tuple[dict[str, np.ndarray], np.ndarray]:
    rng = np.random.default_rng(seed)
    values = {
        "pH": np.round(rng.normal(7.8, 0.5, n), 2),
        "DO": np.round(rng.gamma(9, 0.9, n), 2),
        "CODMn": np.round(rng.lognormal(1.0, 0.5, n), 2),
        "NH3N": np.round(rng.lognormal(-1.6, 0.9, n), 3),
        "TP": np.round(rng.lognormal(-2.4, 0.7, n), 3),
    }
    for k in values:
        values[k][rng.random(n) < 0.02] = np.nan
    types = np.where(rng.random(n) < 0.2, gb3838.LAKE, gb3838.RIVER)
    return values, types


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--samples", type=int, default=1_000_000)
    ap.add_argument("--reference-samples", type=int, default=50_000)
    ap.add_argument(
        "--realtime", nargs="*", default=None, help="national real-time tables (files or directories)"
    )
    ap.add_argument("--year", type=int, default=None, help="year of 监测时间 written without one")
    args = ap.parse_args()
    values, types = synthetic(args.samples)

    t = time.perf_counter()
    ours = gb3838.classify(values, types, target_class=3)
    t_ours = time.perf_counter() - t
    print(f"qingshan: {args.samples:,} samples classified (+ exceedances vs III) in {t_ours * 1000:.0f} ms")

    m = args.reference_samples
    rows = [
        (
            {k: (None if np.isnan(values[k][i]) else float(values[k][i])) for k in ITEMS},
            types[i] == gb3838.LAKE,
        )
        for i in range(m)
    ]
    t = time.perf_counter()
    expected = [ref.sample_class(v, lake) for v, lake in rows]
    t_ref = (time.perf_counter() - t) * args.samples / m
    agree = int(np.sum(ours.water_class[:m] == np.array(expected)))
    print(f"scalar reference: {m:,} samples in {t_ref * m / args.samples * 1000:.0f} ms "
          f"→ {t_ref:.1f} s for {args.samples:,} (extrapolated)")  # fmt: skip
    print(f"agreement on the first {m:,}: {agree}/{m}")

    import django

    django.setup()
    from qingshan.water import demo, formats

    raw = demo.national_csv().encode()
    t = time.perf_counter()
    parsed = formats.read_samples(raw, name="demo-national.csv")
    t_read = time.perf_counter() - t
    print(f"read + validate a national real-time table: {len(parsed.frame):,} rows in {t_read * 1000:.0f} ms")
    realtime_agreement(args.realtime, args.year)
    print(f"speedup_vs_scalar_reference={t_ref / t_ours:.0f}")


def _realtime_files(given: list[str] | None) -> list[Path]:
    import os

    roots = given or [p for p in os.environ.get("QINGSHAN_WATER_REALTIME", "").split(os.pathsep) if p]
    if not roots and (ROOT.parent / "shared/data/cnemc-water-realtime").is_dir():
        roots = [str(ROOT.parent / "shared/data/cnemc-water-realtime")]
    files: list[Path] = []
    for r in map(Path, roots):
        files += (
            sorted(x for x in r.rglob("*") if x.suffix in (".csv", ".xlsx", ".gz")) if r.is_dir() else [r]
        )
    return files


def realtime_agreement(given: list[str] | None, year: int | None) -> None:
    from qingshan.water import agreement

    files = _realtime_files(given)
    if not files:
        print("agreement with published classes: no real-time table given (--realtime PATH or "
              "$QINGSHAN_WATER_REALTIME) and none at ../shared/data/cnemc-water-realtime: skipped")  # fmt: skip
        return
    honest = agreement.measure_files(files, year=year)
    as_import = agreement.measure_files(files, year=year, use_published=True)
    print(f"real readings: {len(files)} file(s), {honest.compared:,} samples with a published class")
    for d in honest.disagreements[:20]:
        print(f"  differs: {d['section']} {d['time']} published {d['published']} ours {d['ours']} "
              f"({d['type']}: {d['why']})")  # fmt: skip
    print(f"agreement_with_published_as_imported={as_import.share:.4f}")
    print(f"agreement_with_published={honest.share:.4f}")


if __name__ == "__main__":
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "qingshan.settings")
    main()
