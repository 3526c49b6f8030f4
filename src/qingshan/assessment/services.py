"""Writes of the assessment: loading a scheme (a new version when its content changes), manual scores, computing
and publishing results, objections."""

from __future__ import annotations

import hashlib
import json
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

from django.db import transaction
from django.dispatch import receiver
from django.utils import timezone

from qingshan.core import workflow as wf
from qingshan.core.access import Actor
from qingshan.core.errors import Conflict, CoreError, DomainError, Forbidden
from qingshan.core.workflow import SYSTEM, transitioned
from qingshan.orgs.models import Division, Unit
from qingshan.supervision.services import check_files

from . import facts as F
from . import rules as R
from .errors import AssessmentError
from .models import (
    AssessmentRun,
    ManualScore,
    Objection,
    ObjectionEvent,
    ObjectionFile,
    Scheme,
    SchemeItem,
    Sheet,
)
from .workflow import OBJECTION_FLOW, RUN_FLOW


def _office(actor: Actor, division_id: int) -> None:
    if not (actor.is_office and not actor.read_only and actor.in_area(division_id)):
        raise Forbidden(CoreError.OFFICE_ONLY)


# --- schemes -----------------------------------------------------------------------------------------------

#: The demo's scheme (synthetic, labelled 演示): loaded by the demo, and the starting point a city without a scheme
#: may copy.
DEMO_SCHEME = resources.files("qingshan.assessment") / "data" / "panzhihua-2024.json"

ITEM_KEYS = ("code", "name", "name_en", "max", "rule", "points_each", "applies_to", "params")


def _scheme_error(exc: R.SchemeError) -> DomainError:
    return DomainError(AssessmentError(exc.code), field="items", **exc.params)


def load_scheme(data: dict | str | Path, *, name: str = "") -> Scheme:
    """Store a scheme from its JSON data (``{"city", "year", "title", "basis", "demo", "objection_days", "items":
    [{code, name, name_en, max, rule, points_each, applies_to, params}]}``). The same content again changes
    nothing; changed content for the same city and year becomes its next version."""
    if not isinstance(data, dict):
        path = Path(data)
        name = name or path.name
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise DomainError(AssessmentError.SCHEME_FILE, file=name, detail=type(exc).__name__) from None
    try:
        city = Division.objects.get(name=data["city"], level=Division.Level.CITY)
        year = int(data["year"])
        raw_items = [{k: it.get(k) for k in ITEM_KEYS} for it in data["items"]]
        items = [
            R.Item(
                code=str(it["code"]),
                name=str(it["name"]),
                max_points=float(it["max"]),
                rule=str(it["rule"]),
                points_each=float(it.get("points_each") or 0),
                applies_to=str(it.get("applies_to") or "all"),
                params=tuple(sorted((it.get("params") or {}).items())),
            )
            for it in raw_items
        ]
    except (KeyError, TypeError, ValueError, Division.DoesNotExist) as exc:
        raise DomainError(AssessmentError.SCHEME_FILE, file=name or "scheme", detail=f"{type(exc).__name__}: {exc}") from None
    try:
        R.check_items(items)
    except R.SchemeError as exc:
        raise _scheme_error(exc) from None
    meta = {k: data.get(k) for k in ("title", "basis", "demo", "objection_days")}
    digest = hashlib.sha256(json.dumps([meta, raw_items], ensure_ascii=False, sort_keys=True).encode()).hexdigest()
    with transaction.atomic():
        latest = Scheme.objects.filter(division=city, year=year).order_by("-version").first()
        if latest is not None and latest.digest == digest:
            return latest
        scheme = Scheme.objects.create(
            division=city,
            year=year,
            version=(latest.version + 1) if latest else 1,
            title=str(data.get("title") or f"{city.name}{year}")[:200],
            basis=str(data.get("basis") or ""),
            demo=bool(data.get("demo")),
            objection_days=int(data.get("objection_days") or 7),
            digest=digest,
        )
        for order, it in enumerate(raw_items):
            SchemeItem.objects.create(
                scheme=scheme,
                code=it["code"],
                name=it["name"],
                name_en=it.get("name_en") or "",
                max_points=float(it["max"]),
                rule=it["rule"],
                points_each=float(it.get("points_each") or 0),
                applies_to=it.get("applies_to") or "all",
                params=it.get("params") or {},
                order=order,
            )
    return scheme


def scheme_data(scheme: Scheme) -> dict:
    """A stored scheme as the JSON :func:`load_scheme` reads: the office downloads it, edits it, loads it again."""
    return {
        "city": scheme.division.name,
        "year": scheme.year,
        "title": scheme.title,
        "basis": scheme.basis,
        "demo": scheme.demo,
        "objection_days": scheme.objection_days,
        "items": [
            {"code": i.code, "name": i.name, "name_en": i.name_en, "max": i.max_points, "rule": i.rule,
             "points_each": i.points_each, "applies_to": i.applies_to, "params": i.params}
            for i in scheme.items.order_by("order", "pk")
        ],
    }  # fmt: skip


def new_scheme(actor: Actor, city: Division, year: int, *, source: Scheme | None = None, from_demo: bool = False,
               upload: bytes | None = None, name: str = "") -> Scheme:
    """The office starts a year's scheme from a file it uploads (the JSON of :func:`scheme_data`), from a copy of
    one of its city's schemes (another year's: the items and points carried over, the year changed), or from the
    demo scheme's items (a city with no scheme yet: a starting point to adapt, marked as demo like every copy of a
    demo scheme). A file naming another city is refused."""
    _office(actor, city.pk)
    if from_demo:
        data = json.loads(DEMO_SCHEME.read_text(encoding="utf-8"))
        data.update(city=city.name, year=year, demo=True,
                    title=f"{city.name}{year}年度生态环境保护工作考核细则（以演示细则为起点，待修改）")  # fmt: skip
        return load_scheme(data, name=name or "demo")
    if source is not None:
        if source.division_id != city.pk:
            raise Forbidden(CoreError.OUT_OF_AREA, what=source.title)
        data = scheme_data(source)
        data["year"] = year
        data["title"] = source.title.replace(str(source.year), str(year)) if str(source.year) in source.title else (
            f"{source.title} ({year})")
        return load_scheme(data, name=name or source.title)
    try:
        data = json.loads((upload or b"").decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise DomainError(AssessmentError.SCHEME_FILE, file=name or "scheme", detail=type(exc).__name__) from None
    if not isinstance(data, dict):
        raise DomainError(AssessmentError.SCHEME_FILE, file=name or "scheme", detail="not a JSON object")
    if data.get("city") != city.name:
        raise Forbidden(CoreError.OUT_OF_AREA, what=str(data.get("city") or "—"))
    data.setdefault("year", year)
    return load_scheme(data, name=name)


def scheme_for(city: Division, year: int) -> Scheme:
    scheme = Scheme.objects.filter(division=city, year=year).order_by("-version").first()
    if scheme is None:
        raise DomainError(AssessmentError.NO_SCHEME, field="year", city=city.name, year=year)
    return scheme


def set_manual_score(item: SchemeItem, unit: Unit, actor: Actor, user, *, points: float, reason: str,
                     evidence=None) -> ManualScore:  # fmt: skip
    """The office scores a manual item for a unit (points within the item's maximum, a reason, optional evidence)."""
    _office(actor, item.scheme.division_id)
    if item.rule != "manual":
        raise DomainError(AssessmentError.NOT_MANUAL, field="item", item=item.name)
    if not (0 <= points <= item.max_points):
        raise DomainError(AssessmentError.POINTS_RANGE, field="points", max=f"{item.max_points:g}")
    if not (reason or "").strip():
        raise DomainError(AssessmentError.REASON_REQUIRED, field="reason")
    if evidence is not None:
        check_files([evidence])
    score, _created = ManualScore.objects.update_or_create(
        item=item, unit=unit, defaults={"points": points, "reason": reason.strip(), "scored_by": user}
    )
    if evidence is not None:
        score.evidence.save(evidence.name, evidence, save=True)
    return score


# --- results -----------------------------------------------------------------------------------------------


def score(scheme: Scheme, as_of: date) -> tuple[list[R.Sheet], list[R.Facts]]:
    """Score the scheme as of a date (reads only): every unit's sheet, ranked within its kind."""
    facts = F.gather(scheme, as_of)
    try:
        return R.score(scheme.rule_items(), facts), facts
    except R.SchemeError as exc:
        raise _scheme_error(exc) from None


def compute_run(scheme: Scheme, actor: Actor, user=None, as_of: date | None = None) -> AssessmentRun:
    """Score the scheme and store the result as a draft for the office to check and publish."""
    from qingshan.supervision.services import data_stamp

    _office(actor, scheme.division_id)
    as_of = as_of or min(timezone.localdate(), date(scheme.year, 12, 31))
    sheets, _facts = score(scheme, as_of)
    units = {u.pk: u for u in Unit.objects.filter(pk__in=[s.unit_id for s in sheets])}
    manual_items = [i for i in scheme.rule_items() if i.rule == "manual"]
    missing = sum(1 for s in sheets for it in s.items if it.note == "not_scored")
    notes = [{"code": "manual_missing", "count": missing}] if manual_items and missing else []
    with transaction.atomic():
        run = AssessmentRun.objects.create(
            scheme=scheme, as_of=as_of, data_stamp=data_stamp(), notes=notes, computed_by=user
        )
        for s in sheets:
            maximum = sum(i.max_points for i in s.items)
            Sheet.objects.create(
                run=run, unit=units[s.unit_id], kind=s.kind, total=s.total, max_total=maximum, rank=s.rank,
                lines=R.sheet_json(s),
            )  # fmt: skip
    return run


def publish_run(run: AssessmentRun, actor: Actor) -> AssessmentRun:
    return wf.transition(RUN_FLOW, run, "publish", actor)


@receiver(transitioned, sender=AssessmentRun)
def _supersede_older(sender, obj, transition, event, actor, context, **kwargs) -> None:
    """Publishing a result supersedes the results of the same city and year published before it (the platform
    acts, inside the same transaction)."""
    if event.action != "publish":
        return
    older = AssessmentRun.objects.filter(
        scheme__division_id=obj.scheme.division_id, scheme__year=obj.scheme.year, status=AssessmentRun.Status.PUBLISHED
    ).exclude(pk=obj.pk)
    for run in older:
        wf.transition(RUN_FLOW, run, "supersede", SYSTEM)


# --- objections --------------------------------------------------------------------------------------------


def objection_deadline(run: AssessmentRun) -> date | None:
    if run.published_at is None:
        return None
    return timezone.localtime(run.published_at).date() + timedelta(days=run.scheme.objection_days)


def file_objection(sheet: Sheet, actor: Actor, user, *, item_code: str, text: str, files=()) -> Objection:
    """A unit objects to an item of its own published sheet, within the scheme's days after publication."""
    if actor.role != "unit" or actor.unit_id != sheet.unit_id or actor.read_only:
        raise Forbidden(AssessmentError.NOT_YOUR_SHEET)
    run = AssessmentRun.objects.select_related("scheme").get(pk=sheet.run_id)  # as stored now
    if run.status != AssessmentRun.Status.PUBLISHED:
        raise Conflict(AssessmentError.NOT_PUBLISHED)
    deadline = objection_deadline(run)
    if deadline and timezone.localdate() > deadline:
        raise Conflict(AssessmentError.WINDOW_CLOSED, date=deadline)
    if item_code not in {ln["code"] for ln in sheet.lines}:
        raise DomainError(AssessmentError.UNKNOWN_ITEM, field="item", item=item_code)
    if not (text or "").strip():
        raise DomainError(AssessmentError.TEXT_REQUIRED, field="text")
    if sheet.objections.filter(item_code=item_code, status=Objection.Status.FILED).exists():
        raise Conflict(AssessmentError.ALREADY_OPEN)
    files = list(files)
    check_files(files)
    with transaction.atomic():
        obj = Objection.objects.create(sheet=sheet, item_code=item_code, text=text.strip(), filed_by=user)
        event = ObjectionEvent.objects.create(
            objection=obj, action="file", from_state="", to_state=obj.status, actor_id=actor.user_id,
            actor_role=str(actor.role), comment=obj.text[:2000],
        )  # fmt: skip
        for f in files:
            ObjectionFile.attach(event, f)
    return obj


@receiver(transitioned, sender=Objection)
def _objection_files(sender, obj, transition, event, actor, context, **kwargs) -> None:
    for f in context.get("files", ()):
        ObjectionFile.attach(event, f)


def act_on_objection(obj: Objection, action: str, actor: Actor, *, comment: str = "", adjustment: float | None = None,
                     files=()) -> Objection:  # fmt: skip
    files = list(files)
    check_files(files)
    return wf.transition(
        OBJECTION_FLOW, obj, action, actor, comment=comment, context={"adjustment": adjustment, "files": files}
    )
