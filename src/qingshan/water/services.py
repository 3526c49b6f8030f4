"""Water services: import sample files (idempotent, all-or-nothing), classify by GB 3838, materialise monthly
results per section-month, and evaluate periods, counties and basins (评价办法)."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
from django.conf import settings
from django.db import IntegrityError, OperationalError, connection, transaction
from django.utils import timezone

from qingshan.core.errors import Conflict, DomainError
from qingshan.orgs.models import Division
from qingshan.standards import gb3838

from .errors import WaterError
from .formats import EARLIEST, ParsedWater, WaterImportError, read_samples
from .models import WaterImport, WaterMonthly, WaterSample, WaterSection

TZ = "Asia/Shanghai"
#: Every item key a sample can carry (classified items and the extra published quantities).
ALL_ITEMS = (*gb3838.ITEMS, *gb3838.EXTRA_QUANTITIES)


@dataclass
class ImportReport:
    file_name: str
    fmt: str
    rows: int
    created: int
    updated: int
    unchanged: int
    sections: list[str]
    new_sections: dict[str, str]  # name → guessed type and why
    compared: int
    disagreements: list[dict]
    warnings: list[tuple[int | None, str | None, str]] = field(default_factory=list)

    @property
    def agreement(self) -> float | None:
        return None if not self.compared else 1 - len(self.disagreements) / self.compared


@dataclass
class Classified:
    water_class: np.ndarray
    deciding: list[str]
    exceedance: list[dict[str, float]]


def classify_rows(
    values: dict[str, np.ndarray], water_type: np.ndarray | str, target: np.ndarray | int | None
) -> Classified:
    """Classify n rows (GB 3838 §7.1, 评价办法 §2.1) and spell out each row's deciding items and exceedances."""
    r = gb3838.classify(values, water_type, target)
    n = len(r.water_class)
    return Classified(
        r.water_class,
        [",".join(r.deciding(i)) for i in range(n)],
        [{k: round(v, 3) for k, v in r.exceeding(i).items()} for i in range(n)],
    )


def _clean(v: float) -> float | None:
    return None if v is None or np.isnan(v) else float(v)


@dataclass(frozen=True)
class TypeInference:
    water_type: str
    basis: str  # a WaterSection.TypeBasis value
    reason: str


def infer_types(parsed: ParsedWater, names: Iterable[str]) -> dict[str, TypeInference]:
    """Type (river or lake) of the named sections from this file, strongest evidence first (评价办法 §2.1 and
    GB 3838 Table 1 give lakes and reservoirs their own TP limits, so the type decides the class):

    1. evidence — the section reports algae density (藻密度) on any row: a lake or reservoir station
       (:func:`gb3838.evidence_water_type`; chlorophyll a alone is not proof);
    2. published classes — where the section's rows would be classed differently as a river and as a lake (TP
       between the two tables' limits) and at least 3 such rows carry a published class, the type under which the
       published classes agree at least twice as often;
    3. the name — outlet/inlet forms (出口, 入湖口, 入库, 坝下 …) are rivers, then lake and reservoir words
       (:func:`gb3838.name_water_type`).

    A person's decision (``TypeBasis.PERSON``) is applied by the caller and never redone.
    """
    names = list(names)
    if not names:
        return {}
    f = parsed.frame
    groups = f.groupby("section", sort=False).indices
    algae = f["algae"].notna().to_numpy() if "algae" in f else np.zeros(len(f), bool)
    chla = f["chla"].notna().to_numpy() if "chla" in f else np.zeros(len(f), bool)
    values = {k: f[k].to_numpy(dtype=float) for k in parsed.items}
    pub = f["published_class"].to_numpy()
    telling = np.zeros(len(f), bool)
    as_river = as_lake = pub
    if (pub > 0).any() and "TP" in values:
        as_river = gb3838.classify(values, gb3838.RIVER).water_class
        as_lake = gb3838.classify(values, gb3838.LAKE).water_class
        telling = (pub > 0) & (as_river != as_lake)
    out: dict[str, TypeInference] = {}
    for name in names:
        idx = groups[name]
        ev = gb3838.evidence_water_type(int(algae[idx].sum()), int(chla[idx].sum()))
        if ev:
            out[name] = TypeInference(ev[0], "evidence", ev[1])
            continue
        t = idx[telling[idx]]
        if len(t) >= 3:
            river_ok = int(np.sum(as_river[t] == pub[t]))
            lake_ok = int(np.sum(as_lake[t] == pub[t]))
            if lake_ok >= 2 * max(river_ok, 1):
                out[name] = TypeInference(
                    gb3838.LAKE, "published", f"lake limits agree on {lake_ok} of {len(t)} telling samples"
                )
                continue
            if river_ok >= 2 * max(lake_ok, 1):
                out[name] = TypeInference(
                    gb3838.RIVER, "published", f"river limits agree on {river_ok} of {len(t)} telling samples"
                )
                continue
        wtype, rule = gb3838.name_water_type(name)
        if chla[idx].any():
            rule += "; reports chlorophyll a but no algae density (not proof of a lake)"
        out[name] = TypeInference(wtype, "name", rule)
    return out


def guess_types(parsed: ParsedWater, names: Iterable[str]) -> dict[str, tuple[str, str]]:
    """{name: (type, why)} — :func:`infer_types` in short form (kept for callers that only need the type)."""
    return {n: (t.water_type, f"{t.basis}: {t.reason}") for n, t in infer_types(parsed, names).items()}


#: Bases an import may replace with stronger evidence (never a person's decision).
_RANK = {"registered": 0, "name": 1, "published": 2, "evidence": 3, "person": 4}


def _resolve_sections(
    parsed: ParsedWater, division: Division | None, synthetic: bool
) -> tuple[dict[str, WaterSection], dict[str, str]]:
    frame = parsed.frame
    found: dict[str, WaterSection] = {}
    unknown: list[str] = []
    for name in frame["section"].unique():
        sec = WaterSection.objects.filter(code=name).first() or WaterSection.objects.filter(name=name).first()
        if sec is None:
            unknown.append(name)
        else:
            found[name] = sec
    new: dict[str, str] = {}
    inferred = infer_types(parsed, [n for n in frame["section"].unique() if n in unknown or found[n].type_basis
                                    not in ("person", "evidence")])  # fmt: skip
    for name, inf in inferred.items():
        if name in found:
            # A registered section whose type came from a weaker rule takes stronger evidence from this file
            # (the save signal re-classifies its stored samples and months).
            sec = found[name]
            if _RANK[inf.basis] > _RANK.get(sec.type_basis, 0) and (
                inf.water_type != sec.water_type or inf.basis == "evidence"
            ):
                sec.water_type, sec.type_basis, sec.type_reason = inf.water_type, inf.basis, inf.reason[:200]
                sec.type_guessed = True
                sec.save()
            continue
        first = frame.loc[frame["section"] == name].iloc[0]
        found[name] = WaterSection.objects.create(
            code=name,
            name=name,
            basin=first["basin"],
            province=first["province"],
            water_type=inf.water_type,
            type_guessed=True,
            type_basis=inf.basis,
            type_reason=inf.reason[:200],
            division=division,
            synthetic=synthetic,
        )
        new[name] = f"{inf.water_type} (by {inf.basis}: {inf.reason})"
    return found, new


def import_samples(
    source: str | Path | bytes,
    name: str | None = None,
    year: int | None = None,
    division: Division | None = None,
    synthetic: bool = False,
) -> ImportReport:
    """Import one file of samples. Bad rows raise :class:`WaterImportError` naming their lines, and nothing is
    stored; re-importing the same data changes nothing; stored samples not in the file are kept. Unknown sections
    are registered with their type guessed from the name and flagged for review."""
    raw = source if isinstance(source, bytes) else Path(source).read_bytes()
    name = name or (str(source) if not isinstance(source, bytes) else "<upload>")
    parsed = read_samples(
        raw, name=name, year=year, earliest=getattr(settings, "WATER_EARLIEST_SAMPLE", EARLIEST)
    )
    try:
        with _import_lock(), transaction.atomic():
            return _store(parsed, raw, division, synthetic)
    except (IntegrityError, OperationalError) as exc:
        # Another import of the same rows got there first (the unique sample key), or SQLite's writer lock outlived
        # its timeout: nothing of this file was stored; say so instead of a traceback.
        if isinstance(exc, OperationalError) and "locked" not in str(exc):
            raise
        raise Conflict(WaterError.BUSY, file=Path(parsed.path).name) from None


_PROCESS_LOCK = threading.Lock()
#: pg_advisory_xact_lock key of water imports ("QSWA"): imports run one at a time, the next one waits.
_PG_LOCK_KEY = 0x51535741


@contextmanager
def _import_lock():
    """Imports one at a time: on PostgreSQL a transaction-level advisory lock (a second import — another process,
    the same file or another — waits for the first to commit and then finds its rows stored: idempotent, no
    duplicate-key error); within one process also a thread lock (SQLite has no advisory locks and lets one writer
    in at a time)."""
    with _PROCESS_LOCK:
        yield


def _store(parsed: ParsedWater, raw: bytes, division: Division | None, synthetic: bool) -> ImportReport:
    if connection.vendor == "postgresql":
        with connection.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", [_PG_LOCK_KEY])
    frame = parsed.frame
    kind = WaterSample.Kind.AUTO if parsed.fmt == "national" else WaterSample.Kind.MANUAL
    sections, new_sections = _resolve_sections(parsed, division, synthetic)
    frame = frame.assign(
        section_id=frame["section"].map({k: s.pk for k, s in sections.items()}),
        time=frame["time"].dt.tz_localize(TZ),
    )
    types = frame["section"].map({k: s.water_type for k, s in sections.items()}).to_numpy()
    targets = frame["section"].map({k: s.target_class or 0 for k, s in sections.items()}).to_numpy()
    values = {k: frame[k].to_numpy(dtype=float) for k in parsed.items}
    cls = classify_rows(values, types, targets.astype(np.int8))
    created = updated = 0
    months: dict[int, set[tuple[int, int]]] = {}
    rows_values = [
        {k: _clean(v) for k, v in zip(parsed.items, vals, strict=True) if not np.isnan(v)}
        for vals in (np.column_stack([values[k] for k in parsed.items]) if parsed.items else [])
    ]
    # Plain Python lists: per-row pandas access costs more than the whole classification.
    times = list(frame["time"].dt.to_pydatetime())
    bdls = [[x for x in b.split(",") if x] for b in frame["below_detection"].tolist()]
    pubs = [int(p) or None for p in frame["published_class"].tolist()]
    statuses = frame["station_status"].tolist()
    for sec_id, idx in frame.groupby("section_id").indices.items():
        existing = (
            {
                row[0]: row[1:]
                for row in WaterSample.objects.filter(
                    section_id=sec_id, kind=kind, time__gte=times[idx.min()], time__lte=times[idx.max()]
                ).values_list("time", "id", "values", "below_detection", "published_class", "station_status")
            }
            if len(idx)
            else {}
        )
        new_objs, changed = [], []
        for i in idx:
            t = times[i]
            old = existing.get(t)
            if old is not None and list(old[1:]) == [rows_values[i], bdls[i], pubs[i], statuses[i]]:
                continue
            obj = WaterSample(
                id=None if old is None else old[0],
                section_id=sec_id,
                time=t,
                kind=kind,
                values=rows_values[i],
                below_detection=bdls[i],
                published_class=pubs[i],
                station_status=statuses[i],
                water_class=int(cls.water_class[i]),
                deciding_items=cls.deciding[i],
                exceedance=cls.exceedance[i],
            )
            (new_objs if old is None else changed).append(obj)
            months.setdefault(int(sec_id), set()).add((t.year, t.month))
        WaterSample.objects.bulk_create(new_objs, batch_size=2000)
        WaterSample.objects.bulk_update(
            changed,
            [
                "values",
                "below_detection",
                "published_class",
                "station_status",
                "water_class",
                "deciding_items",
                "exceedance",
            ],
            batch_size=2000,
        )
        created += len(new_objs)
        updated += len(changed)
    for sec_id, ms in sorted(months.items()):
        materialise_months(sec_id, ms)
    pub = frame["published_class"].to_numpy()
    compared = pub > 0
    disagree = compared & (pub != cls.water_class)
    disagreements = [
        {
            "line": int(frame["line"].iat[i]),
            "section": frame["section"].iat[i],
            "time": frame["time"].iat[i].strftime("%Y-%m-%d %H:%M"),
            "published": gb3838.class_name(int(pub[i])),
            "ours": gb3838.class_name(int(cls.water_class[i])),
            "deciding": cls.deciding[i],
            "water_type": types[i],
        }
        for i in np.flatnonzero(disagree)
    ]
    record = WaterImport.objects.create(
        file_name=Path(parsed.path).name,
        sha256=hashlib.sha256(raw).hexdigest(),
        fmt=parsed.fmt,
        rows=len(frame),
        created_rows=created,
        updated_rows=updated,
        compared=int(compared.sum()),
        disagreements=disagreements[:500],
        warnings=[list(w) for w in parsed.warnings[:200]],
    )
    record.sections.set([s.pk for s in sections.values()])
    return ImportReport(
        Path(parsed.path).name,
        parsed.fmt,
        len(frame),
        created,
        updated,
        len(frame) - created - updated,
        sorted(sections),
        new_sections,
        int(compared.sum()),
        disagreements,
        parsed.warnings,
    )


def sample_frame(
    section_ids: Iterable[int], start: date | None = None, end: date | None = None
) -> pd.DataFrame:
    """Samples of the sections as a frame: ``section_id``, ``time`` (naive local), ``kind``, ``water_class``,
    one column per item (NaN where not measured)."""
    qs = WaterSample.objects.filter(section_id__in=list(section_ids))
    if start:
        qs = qs.filter(time__gte=pd.Timestamp(start).tz_localize(TZ))
    if end:
        qs = qs.filter(time__lt=(pd.Timestamp(end) + pd.Timedelta(days=1)).tz_localize(TZ))
    rows = list(
        qs.order_by("section_id", "time").values_list("section_id", "time", "kind", "water_class", "values")
    )
    frame = pd.DataFrame(
        {
            "section_id": [r[0] for r in rows],
            "time": pd.to_datetime([r[1] for r in rows], utc=True).tz_convert(TZ).tz_localize(None)
            if rows
            else pd.to_datetime([]),
            "kind": [r[2] for r in rows],
            "water_class": [r[3] for r in rows],
        }
    )
    vals = pd.DataFrame.from_records([r[4] for r in rows], columns=list(ALL_ITEMS)) if rows else None
    for k in ALL_ITEMS:
        frame[k] = vals[k].astype(float).to_numpy() if vals is not None else np.array([], dtype=float)
    return frame


def materialise_months(section_id: int, months: Iterable[tuple[int, int]]) -> int:
    """Recompute partitions (section-months) of the monthly results: the mean of each item over the month's
    samples, classified (评价办法 §1.3, §2.1). One read and one vectorised classification for all the months."""
    sec = WaterSection.objects.get(pk=section_id)
    months = sorted(set(months))
    if not months:
        return 0
    starts = [date(y, m, 1) for y, m in months]
    WaterMonthly.objects.filter(section_id=section_id, month__in=starts).delete()
    end = (pd.Timestamp(starts[-1]) + pd.offsets.MonthEnd(0)).date()
    frame = sample_frame([section_id], starts[0], end)
    if frame.empty:
        return 0
    label = frame["time"].dt.year.to_numpy() * 100 + frame["time"].dt.month.to_numpy()
    wanted = np.isin(label, [y * 100 + m for y, m in months])
    frame, label = frame[wanted], label[wanted]
    present = [k for k in ALL_ITEMS if frame[k].notna().any()]
    labels, means = gb3838.period_means({k: frame[k].to_numpy() for k in present}, label)
    counts = np.unique(label, return_counts=True)[1]
    cls = classify_rows(means, sec.water_type, sec.target_class or 0)
    objs = []
    for j, lab in enumerate(labels):
        objs.append(
            WaterMonthly(
                section_id=section_id,
                month=date(int(lab) // 100, int(lab) % 100, 1),
                samples=int(counts[j]),
                means={k: float(f"{means[k][j]:.6g}") for k in present if not np.isnan(means[k][j])},
                water_class=int(cls.water_class[j]),
                deciding_items=cls.deciding[j],
                exceedance=cls.exceedance[j],
                target_class=sec.target_class,
            )
        )
    WaterMonthly.objects.bulk_create(objs)
    return len(objs)


def mark_type_set_by_person(section: WaterSection, user, note: str = "") -> None:
    """Record on ``section`` (not saved) that a person decided its type: who, when and why. Imports never redo it."""
    section.type_basis = WaterSection.TypeBasis.PERSON
    section.type_reason = (note or "").strip()[:200]
    section.type_set_by = user if getattr(user, "pk", None) else None
    section.type_set_at = timezone.now()
    section.type_guessed = False


@transaction.atomic
def set_section_type(section: WaterSection, water_type: str, user, note: str = "") -> WaterSection:
    """A person sets a section's type (the office or the monitoring centre, within their area — the caller takes
    ``section`` from ``scope.sections_editable``). Kept with who and when in the section's history; its samples and
    months are classified again (``signals``) when the type changed."""
    if water_type not in WaterSection.WaterType.values:
        raise DomainError(WaterError.BAD_TYPE, field="water_type", value=water_type)
    section = WaterSection.objects.select_for_update().get(pk=section.pk)
    section.water_type = water_type
    mark_type_set_by_person(section, user, note)
    section.save()
    return section


@transaction.atomic
def reclassify_section(section: WaterSection) -> int:
    """Re-run the classification of every sample and month of a section (after its type or target changed)."""
    samples = list(section.samples.all())
    if samples:
        keys = sorted({k for s in samples for k in s.values})
        values = {k: np.array([s.values.get(k, np.nan) for s in samples], dtype=float) for k in keys}
        cls = classify_rows(values, section.water_type, section.target_class or 0)
        for i, s in enumerate(samples):
            s.water_class = int(cls.water_class[i])
            s.deciding_items = cls.deciding[i]
            s.exceedance = cls.exceedance[i]
        WaterSample.objects.bulk_update(
            samples, ["water_class", "deciding_items", "exceedance"], batch_size=2000
        )
    materialise_months(
        section.pk, {(m.year, m.month) for m in section.months.values_list("month", flat=True)}
    )
    return len(samples)


def read_only_classify(
    source: str | Path | bytes,
    year: int | None = None,
    water_type: str | None = None,
    target: int | None = None,
) -> tuple[ParsedWater, Classified, np.ndarray, np.ndarray]:
    """Classify a file without storing it. Section type and target come from the registered sections, else from
    ``water_type``/``target``, else the type is guessed (:func:`guess_types`) and there is no target."""
    parsed = read_samples(source, year=year, strict=False)
    names = parsed.frame["section"].unique()
    known = {s.name: s for s in WaterSection.objects.filter(name__in=names)}
    known.update({s.code: s for s in WaterSection.objects.filter(code__in=names)})
    guessed = guess_types(parsed, [n for n in names if n not in known]) if water_type is None else {}
    types = np.array(
        [
            known[n].water_type if n in known else (water_type or guessed[n][0])
            for n in parsed.frame["section"]
        ]
    )
    targets = np.array(
        [(known[n].target_class or 0) if n in known else (target or 0) for n in parsed.frame["section"]],
        dtype=np.int8,
    )
    values = {k: parsed.frame[k].to_numpy(dtype=float) for k in parsed.items}
    return parsed, classify_rows(values, types, targets), types, targets


__all__ = ["WaterImportError", "import_samples", "reclassify_section", "materialise_months", "sample_frame"]
