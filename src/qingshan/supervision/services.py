"""Writes of the supervision app: importing a ledger, moving items and notices through their workflows (with their
files), public objections, issuing notices, closing items whose public notice has ended."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db import transaction
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext as _

from qingshan.core import uploads
from qingshan.core.access import Actor
from qingshan.core.errors import Conflict, CoreError, DomainError, Forbidden, NotFound
from qingshan.core.workflow import SYSTEM, transition, transitioned
from qingshan.ledger.models import Task
from qingshan.ledger.services import registry_for
from qingshan.orgs.models import Division, Unit, UnitAlias

from . import policy as P
from .errors import SupervisionError
from .ledgerreader import LedgerRead, LedgerReadError, ParsedItem, read_ledger
from .models import (
    FILE_TYPES,
    Bulletin,
    EvidenceFile,
    LedgerImport,
    Notice,
    NoticeEvent,
    NoticeFile,
    PublicObjection,
    Rectification,
    RectificationEvent,
    RectificationUnit,
)
from .selectors import policy_for
from .workflow import NOTICE_FLOW, RECTIFICATION_FLOW

MAX_FILE_BYTES = 20 * 1024 * 1024


def city_of(division: Division) -> Division:
    return division.city() or division


# --- files -------------------------------------------------------------------------------------------------


def check_files(files) -> None:
    """Refuse a file of a type not accepted, larger than 20 MB, or whose content is not what its name says
    (``core.uploads``), naming it (before anything is stored)."""
    for f in files:
        ext = uploads.extension(f.name)
        if ext not in FILE_TYPES:
            raise DomainError(
                SupervisionError.FILE_REFUSED, field="files", name=f.name, ext=ext or "—", allowed=", ".join(FILE_TYPES)
            )
        if (f.size or 0) > MAX_FILE_BYTES:
            raise DomainError(SupervisionError.FILE_TOO_LARGE, field="files", name=f.name)
        if not uploads.content_matches(f, ext):
            raise DomainError(SupervisionError.FILE_CONTENT, field="files", name=f.name, ext=ext)


@receiver(transitioned, sender=Rectification)
def _attach_evidence(sender, obj, transition, event, actor, context, **kwargs) -> None:
    """The files of a transition belong to its event (inside the same transaction)."""
    for kind, f in context.get("files", ()):
        EvidenceFile.attach(event, f, kind=kind)


@receiver(transitioned, sender=Notice)
def _notice_event_details(sender, obj, transition, event, actor, context, **kwargs) -> None:
    event.rung = obj.rung
    event.save(update_fields=["rung"])
    for _kind, f in context.get("files", ()):
        NoticeFile.attach(event, f)


# --- rectification items -----------------------------------------------------------------------------------


def act_on_item(
    item: Rectification, action: str, actor: Actor, *, comment: str = "", files=(), progress: str = ""
) -> Rectification:
    """Take a workflow action on an item. ``files`` are (kind, uploaded file) pairs; they are stored with the
    event. Refusals are DomainErrors with codes (core.transition_*, supervision.*)."""
    files = list(files)
    check_files(f for _k, f in files)
    for kind, f in files:
        ext = uploads.extension(f.name)
        if kind == "photo" and ext not in uploads.PHOTO_TYPES:
            raise DomainError(SupervisionError.PHOTO_TYPE, field="files", name=f.name,
                              allowed=", ".join(uploads.PHOTO_TYPES))  # fmt: skip
    context = {"files": files, "comment": (comment or "").strip(), "progress": progress.strip()}
    return transition(RECTIFICATION_FLOW, item, action, actor, comment=comment, context=context)


def close_ended_notices(today: date | None = None) -> list[Rectification]:
    """Close every item whose public notice has ended without an open objection (the platform acts, ``SYSTEM``).
    Run daily (``qingshan supervision close-due``)."""
    today = today or timezone.localdate()
    closed = []
    due = Rectification.objects.filter(status=Rectification.Status.PUBLICITY, publicity_end__lte=today)
    for item in due:
        if item.objections.filter(answered_at__isnull=True).exists():
            continue
        closed.append(
            transition(RECTIFICATION_FLOW, item, "close", SYSTEM, comment=_("Public notice ended without objection."))
        )
    return closed


def raise_objection(item: Rectification, *, name: str, contact: str, text: str) -> PublicObjection:
    """A member of the public objects to an item on public notice (anonymous allowed)."""
    if not (text or "").strip():
        raise DomainError(SupervisionError.OBJECTION_EMPTY, field="text")
    with transaction.atomic():
        locked = Rectification.objects.select_for_update().get(pk=item.pk)
        if locked.status != Rectification.Status.PUBLICITY:
            raise Conflict(SupervisionError.NOT_ON_NOTICE)
        return PublicObjection.objects.create(
            rectification=locked, name=name.strip()[:64], contact=contact.strip()[:128], text=text.strip()[:4000]
        )


def answer_objection(objection: PublicObjection, actor: Actor, user, *, answer: str, upheld: bool) -> PublicObjection:
    """The office answers a public objection; an upheld one sends the item back to 整改中 (reopen, with the answer as
    the comment)."""
    item = objection.rectification
    if not (actor.is_office and not actor.read_only and actor.in_area(item.division_id)):
        raise Forbidden(CoreError.OFFICE_ONLY)
    if not (answer or "").strip():
        raise DomainError(CoreError.COMMENT_REQUIRED, field="answer", action=_("Answer"))
    with transaction.atomic():
        objection.answer = answer.strip()
        objection.upheld = upheld
        objection.answered_by = user
        objection.answered_at = timezone.now()
        objection.save()
        if upheld and item.status in (Rectification.Status.PUBLICITY, Rectification.Status.CLOSED):
            act_on_item(item, "reopen", actor, comment=_("Public objection upheld: %(answer)s") % {"answer": answer})
    return objection


# --- importing a ledger ------------------------------------------------------------------------------------


class LedgerImportFailed(DomainError):
    """An import refused: every problem of the file, translated (``messages``), the first in the message."""

    def __init__(self, exc: LedgerReadError):
        self.messages_list = [problem_message(p) for p in exc.problems]
        super().__init__(
            SupervisionError.IMPORT_FAILED, field="file", file=exc.name, count=len(exc.problems),
            first=self.messages_list[0] if self.messages_list else "",
        )


def problem_message(p) -> str:
    params = p.params()
    try:
        code = SupervisionError(p.code)
    except ValueError:
        return p.code
    try:
        return str(code.label) % params
    except (KeyError, ValueError, TypeError):
        return str(code.label)


def read_file(data: bytes, name: str, division: Division, today: date | None = None) -> LedgerRead:
    """Read a ledger for the city (units against its registry); refuses with every problem named."""
    city = city_of(division)
    pol = policy_for(city.pk)
    try:
        return read_ledger(
            data,
            name,
            registry_for(city),
            today=today or timezone.localdate(),
            status_words=pol.status_words,
            immediate_days=pol.immediate_days,
        )
    except LedgerReadError as exc:
        for p in exc.problems:
            if p.code in ("supervision.import.file_type", "supervision.import.unreadable",
                          "supervision.import.no_table", "supervision.import.no_header"):
                raise DomainError(SupervisionError(p.code), field="file", file=exc.name, **dict(p.extra)) from None
        raise LedgerImportFailed(exc) from None


_NORM = re.compile(r"[\s,，。.、;；:：()（）\"“”'‘’]")


def item_key(it: ParsedItem) -> str:
    """What identifies an item across imports: its source, round, batch and problem text (punctuation and spaces
    ignored) — not its number, which offices renumber."""
    basis = "|".join([it.source_text, it.round, it.batch, _NORM.sub("", it.problem)])
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()


@dataclass
class Preview:
    read: LedgerRead
    new: int
    existing: int
    suggestions: dict[str, list[Unit]]  # unknown name → registered units whose name contains or is contained


def preview(data: bytes, name: str, division: Division) -> Preview:
    """What an import would do (no writes): items new and known, and the units to map."""
    read = read_file(data, name, division)
    city = city_of(division)
    keys = {item_key(it) for it in read.items}
    known = set(Rectification.objects.filter(division=city, key__in=keys).values_list("key", flat=True))
    units = list(Unit.objects.filter(division_id__in=city.descendant_ids()))
    suggestions = {}
    for raw in read.unknown_units:
        core = raw.removeprefix(city.short_name or "").removeprefix("市")
        suggestions[raw] = [u for u in units if core and (core in u.name or u.name.endswith(core))][:5]
    return Preview(read, len(keys - known), len(keys & known), suggestions)


def _resolve(
    refs, by_name: dict[str, Unit], by_id: dict[int, Unit], mapping: dict[str, int | None]
) -> list[tuple[str, Unit | None]]:
    """(name as written, unit): a registered name, else the person's mapping (None: kept as written)."""
    out = []
    for r in refs:
        uid = mapping.get(r.raw)
        out.append((r.raw, by_name.get(r.name) if r.name else (by_id.get(uid) if uid else None)))
    return out


def import_ledger(
    data: bytes,
    name: str,
    division: Division,
    actor: Actor,
    user=None,
    *,
    mapping: dict[str, int | None] | None = None,
    remember: bool = True,
    demo: bool = False,
    today: date | None = None,
) -> LedgerImport:
    """Import a ledger for the city: all or nothing, idempotent (an item already stored — same source, round,
    batch and problem — has its descriptive fields updated, never its workflow state).

    ``mapping`` maps every unit name the registry does not know to a unit id, or to None to keep it as written
    (flagged for review). A name left out refuses the import. ``remember`` stores each mapping as an alias of the
    unit, so the next import knows the name."""
    city = city_of(division)
    if not (actor.is_office and not actor.read_only and actor.in_area(city.pk)):
        raise Forbidden(CoreError.OFFICE_ONLY)
    mapping = dict(mapping or {})
    read = read_file(data, name, division, today)
    unmapped = [raw for raw in read.unknown_units if raw not in mapping]
    if unmapped:
        raise DomainError(SupervisionError.UNKNOWN_UNITS, field="mapping", names="、".join(unmapped))
    units = {u.pk: u for u in Unit.objects.filter(division_id__in=city.descendant_ids())}
    for raw, uid in mapping.items():
        if uid is not None and uid not in units:
            raise DomainError(SupervisionError.BAD_MAPPING, field="mapping", value=raw, problem=_("no such unit in the city"))
    by_name = {u.name: u for u in units.values()}
    digest = hashlib.sha256(data).hexdigest()
    now = timezone.now()
    with transaction.atomic():
        record = LedgerImport.objects.create(
            division=city,
            file_name=name.rsplit("/", 1)[-1][:256],
            sha256=digest,
            layout="、".join(f"{v}" for v in read.layout.values())[:512],
            rows=len(read.items),
            imported_by=user,
        )
        created = updated = 0
        seen: set[str] = set()
        existing = {r.key: r for r in Rectification.objects.filter(division=city).prefetch_related("units")}
        platform_words = _platform_words()
        for order, it in enumerate(read.items):
            key = item_key(it)
            if key in seen:  # the same problem twice in one file: told apart by number
                key = hashlib.sha1(f"{key}|{it.number}|{order}".encode()).hexdigest()
            seen.add(key)
            roles = {role: _resolve(refs, by_name, units, mapping) for role, refs in it.units.items()}
            accepting = next((u for _raw, u in roles.pop("accepting", []) if u is not None), None)
            fields = {
                "number": it.number[:32],
                "order": order,
                "source": it.source,
                "source_text": it.source_text[:256],
                "round": it.round[:32],
                "batch": it.batch[:32],
                "problem": it.problem,
                "goal": it.goal,
                "measures": it.measures,
                "leader": it.leader[:128],
                "deadline": it.deadline[:64],
                "deadline_kind": it.deadline_kind,
                "due_date": it.due_date,
                "progress": it.progress,
                "status_as_written": it.status_text[:128],
                "accepting_unit": accepting,
                "area": _area_of(roles),
            }
            item = existing.get(key)
            if item is not None:
                if item.deadline_kind == Rectification.DeadlineKind.IMMEDIATE:
                    fields.pop("due_date")  # counted from the first import, not from each
                if it.status_text in platform_words:
                    fields.pop("status_as_written")  # our own export read back
                changed = [f for f, v in fields.items() if getattr(item, f) != v]
                units_changed = _unit_rows(roles) != _unit_rows_of(item)
                if changed or units_changed:
                    for f in changed:
                        setattr(item, f, fields[f])
                    item.imported_from = record
                    item.save()
                    if units_changed:
                        item.units.all().delete()
                        _store_units(item, roles)
                    updated += 1
                continue
            item = Rectification.objects.create(
                division=city, key=key, imported_from=record, status=it.status, demo=demo,
                closed_at=now if it.status == Rectification.Status.CLOSED else None, **fields,
            )  # fmt: skip
            _store_units(item, roles)
            RectificationEvent.objects.create(
                rectification=item,
                action="import",
                from_state="",
                to_state=item.status,
                actor_id=actor.user_id,
                actor_role=str(actor.role),
                comment=_("Imported from %(file)s, row %(row)s") % {"file": record.file_name, "row": it.row}
                + (f" ({it.status_text})" if it.status_text else ""),
            )
            created += 1
        record.created_items, record.updated_items = created, updated
        record.save()
        if remember:
            for raw, uid in mapping.items():
                if uid is not None and raw not in units[uid].all_names():
                    UnitAlias.objects.get_or_create(unit=units[uid], alias=raw[:128])
    return record


def _area_of(roles: dict[str, list[tuple[str, Unit | None]]]) -> Division | None:
    for role in ("lead", "responsible"):
        for _raw, u in roles.get(role, []):
            if u is not None and u.kind in (Unit.Kind.GOVERNMENT, Unit.Kind.ZONE_COMMITTEE):
                if u.division.level != Division.Level.CITY:
                    return u.division
    return None


def _unit_rows(roles) -> set[tuple]:
    """Who is named in which role: a registered unit by id (however the ledger spells it), else the name."""
    return {(role, u.pk if u else raw) for role, pairs in roles.items() for raw, u in pairs}


def _unit_rows_of(item: Rectification) -> set[tuple]:
    return {(u.role, u.unit_id or u.raw_name) for u in item.units.all()}


def _platform_words() -> set[str]:
    """The state names the platform itself writes in an export (both languages): not the office's own words."""
    from django.utils import translation

    words = set()
    for lang in ("zh-hans", "en"):
        with translation.override(lang):
            words |= {str(label) for _v, label in Rectification.Status.choices}
    return words


def _store_units(item: Rectification, roles) -> None:
    seen = set()
    for role in ("lead", "responsible", "cooperating"):
        for raw, unit in roles.get(role, []):
            if (role, raw) in seen:
                continue
            seen.add((role, raw))
            RectificationUnit.objects.create(rectification=item, unit=unit, role=role, raw_name=raw[:128])


def map_unit(item: Rectification, row: RectificationUnit, unit: Unit, actor: Actor, remember: bool = True) -> None:
    """The office maps a name kept as written to a registered unit (and remembers the name as its alias)."""
    if not (actor.is_office and not actor.read_only and actor.in_area(item.division_id)):
        raise Forbidden(CoreError.OFFICE_ONLY)
    if unit.division_id not in city_of(item.division).descendant_ids():
        raise DomainError(SupervisionError.BAD_MAPPING, field="unit", value=row.raw_name, problem=_("no such unit in the city"))
    with transaction.atomic():
        row.unit = unit
        row.save()
        if item.area_id is None:
            item.area = _area_of({row.role: [(row.raw_name, unit)]})
            item.save()
        if remember and row.raw_name not in unit.all_names():
            UnitAlias.objects.get_or_create(unit=unit, alias=row.raw_name[:128])


# --- notices -----------------------------------------------------------------------------------------------


def issue_notice(
    actor: Actor,
    user,
    *,
    unit: Unit,
    subject: str,
    task: Task | None = None,
    period_start: date | None = None,
    rectification: Rectification | None = None,
    rung: str | None = None,
    title: str = "",
    text: str = "",
    files=(),
    demo: bool = False,
    at: datetime | None = None,
) -> Notice:
    """The office issues a notice to a unit on a lagging task, report or rectification item, at the first rung of
    the city's ladder unless another is named."""
    city = city_of(unit.division)
    if not (actor.is_office and not actor.read_only):
        raise Forbidden(CoreError.OFFICE_ONLY)
    if not actor.in_area(city.pk):
        raise Forbidden(SupervisionError.NOTICE_OUTSIDE)
    what = _subject_label(subject)
    if subject in (Notice.Subject.TASK, Notice.Subject.REPORT):
        if task is None or (subject == Notice.Subject.REPORT and period_start is None):
            raise DomainError(SupervisionError.NOTICE_SUBJECT, field="task")
        if not task.assignments.filter(unit=unit).exists():
            raise DomainError(SupervisionError.NOTICE_UNIT, field="unit", unit=unit.name, what=what)
    elif subject == Notice.Subject.RECTIFICATION:
        if rectification is None:
            raise DomainError(SupervisionError.NOTICE_SUBJECT, field="rectification")
        if not rectification.units.filter(unit=unit).exists():
            raise DomainError(SupervisionError.NOTICE_UNIT, field="unit", unit=unit.name, what=what)
    elif not (text or "").strip():
        raise DomainError(SupervisionError.NOTICE_SUBJECT, field="text")
    pol = policy_for(city.pk)
    step = pol.rung(rung) if rung else pol.ladder[0]
    if step is None:
        raise DomainError(CoreError.BAD_PARAMETER, field="rung", name="rung", problem=rung)
    files = list(files)
    check_files(files)
    when = at or timezone.now()
    reply_due = (timezone.localtime(when).date() + timedelta(days=step.reply_days)) if step.reply_days else None
    with transaction.atomic():
        notice = Notice.objects.create(
            division=city,
            unit=unit,
            subject=subject,
            task=task,
            period_start=period_start,
            rectification=rectification,
            rung=step.code,
            title=(title or default_title(step, subject, task, rectification))[:200],
            text=(text or "").strip() or default_title(step, subject, task, rectification),
            reply_due=reply_due,
            issued_at=when,
            issued_by=user,
            demo=demo,
        )
        event = NoticeEvent.objects.create(
            notice=notice, action="issue", from_state="", to_state=notice.status, rung=step.code,
            actor_id=actor.user_id, actor_role=str(actor.role), comment=notice.text[:2000],
        )  # fmt: skip
        if at is not None:
            NoticeEvent.objects.filter(pk=event.pk).update(at=at)
        for f in files:
            NoticeFile.attach(event, f)
    return notice


def _subject_label(subject: str) -> str:
    return str(dict(Notice.Subject.choices).get(subject, subject))


def default_title(step: P.Rung, subject: str, task: Task | None, item: Rectification | None) -> str:
    if item is not None:
        thing = f"{item.number} {item.problem[:30]}".strip()
    elif task is not None:
        thing = f"{task.number} {(task.heading or task.text)[:30]}".strip()
    else:
        thing = _subject_label(subject)
    return _("On “%(thing)s”") % {"thing": thing}  # the level shows beside it, and changes as it escalates


def act_on_notice(
    notice: Notice, action: str, actor: Actor, *, comment: str = "", files=(), meeting_at: datetime | None = None
) -> Notice:
    files = list(files)
    check_files(files)
    context = {"files": [("reply", f) for f in files], "comment": (comment or "").strip(), "meeting_at": meeting_at}
    return transition(NOTICE_FLOW, notice, action, actor, comment=comment, context=context)


def get_visible(qs, pk: int):
    obj = qs.filter(pk=pk).first()
    if obj is None:
        raise NotFound(CoreError.NOT_FOUND)
    return obj


# --- bulletins ---------------------------------------------------------------------------------------------


def data_stamp() -> list[str]:
    """What a bulletin's figures depend on: the dashboard's stamp (imports, reports, targets, tasks, plans) and the
    latest change to rectification items and notices."""
    from django.db.models import Max

    from qingshan.targets.status import data_stamp as dashboard_stamp

    mine = [
        RectificationEvent.objects.aggregate(m=Max("pk"))["m"],
        NoticeEvent.objects.aggregate(m=Max("pk"))["m"],
        Rectification.history.aggregate(m=Max("history_date"))["m"],
    ]
    return [str(x) if x is not None else "" for x in (*dashboard_stamp(), *mine)]


def issuer_of(city: Division) -> str:
    from .models import CityPolicy

    row = CityPolicy.objects.filter(division=city).first()
    if row and row.bulletin_issuer:
        return row.bulletin_issuer
    office = Unit.objects.filter(division=city, name__contains="生态环境委员会办公室").first()
    return office.name if office else f"{city.name}生态环境局"


def build_bulletin(city: Division, first: date, actor: Actor, user=None, *, language: str = "zh-hans",
                   issued_on: date | None = None) -> Bulletin:  # fmt: skip
    """Gather the month's figures, write the Word document and store it with the figures and the data stamp."""
    from django.core.files.base import ContentFile
    from django.utils import translation

    from . import bulletin as B
    from . import bulletin_docx

    if not (actor.is_office and not actor.read_only and actor.in_area(city.pk)):
        raise Forbidden(CoreError.OFFICE_ONLY)
    today = timezone.localdate()
    if B.month_end(first) >= today:
        raise DomainError(SupervisionError.FUTURE_MONTH, field="month", value=f"{first:%Y-%m}")
    stamp = data_stamp()
    with translation.override(language):
        figs = B.gather(city, first, B.office_actor(city))
        number = first.month  # a monthly bulletin: issue N of the year is the bulletin of month N
        issuer = issuer_of(city)
        title = _("%(city)s: eco-environmental work in %(year)s-%(month)02d") % {
            "city": city.name, "year": first.year, "month": first.month,
        }
        labels = {s.value: str(s.label) for s in Rectification.Status}
        data = bulletin_docx.render(
            figs, title=title, issuer=issuer, number=number, issued_on=issued_on or today, state_labels=labels
        )
    b = Bulletin(
        division=city, month=first, number=number, title=title[:200], issuer=issuer, language=language,
        figures=figs, data_stamp=stamp, contains_synthetic=bool(figs["synthetic"]), built_by=user,
    )  # fmt: skip
    b.file.save(f"bulletin-{city.pk}-{first:%Y-%m}-{timezone.now():%Y%m%d%H%M%S}.docx", ContentFile(data), save=False)
    b.save()
    return b


def publish_bulletin(b, actor: Actor):
    if not (actor.is_office and not actor.read_only and actor.in_area(b.division_id)):
        raise Forbidden(CoreError.OFFICE_ONLY)
    b.published = True
    b.published_at = timezone.now()
    b.save(update_fields=["published", "published_at"])
    return b
