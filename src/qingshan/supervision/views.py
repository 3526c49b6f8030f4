"""Pages of the supervision app: the ledger and its items, the unit's own list, importing, the public notice,
supervision notices and the monthly bulletins. Views parse input, call a selector or a service, and render."""

from __future__ import annotations

from pathlib import Path
from uuid import uuid4

from django.conf import settings
from django.contrib import messages
from django.core import signing
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from qingshan.core.access import actor_for
from qingshan.core.downloads import XLSX, download
from qingshan.core.errors import CoreError, DomainError, NotFound, add_to_form
from qingshan.core.history import changes_of
from qingshan.core.roles import Role
from qingshan.ledger.models import Task
from qingshan.orgs.models import Division, Unit

from . import bulletin as B
from . import scope, selectors, services
from .exports import ledger_xlsx
from .forms import (
    AnswerForm,
    BulletinForm,
    ItemActionForm,
    LedgerFilterForm,
    MapUnitForm,
    NoticeActionForm,
    NoticeForm,
    ObjectionForm,
    UploadForm,
)
from .models import EvidenceFile, Notice, PublicObjection, Rectification
from .workflow import NOTICE_FLOW, RECTIFICATION_FLOW

PAGE = 50


def _get(qs, pk: int):
    obj = qs.filter(pk=pk).first()
    if obj is None:
        raise NotFound(CoreError.NOT_FOUND)
    return obj


def event_rows(events, workflow) -> list[tuple]:
    """(event, action, state before, state after) in the reader's language."""
    actions = {t.action: str(t.label) for t in workflow.transitions}
    actions.update({"import": _("Imported from a ledger"), "issue": _("Notice issued"), "file": _("Filed")})
    states = {str(v): str(label) for v, label in workflow.model._meta.get_field(workflow.field).flatchoices}
    rows = []
    for e in events:
        # who: the user, else the role that acted without one (the command line, the demo), else the platform
        e.by = e.actor.get_username() if e.actor else (str(Role(e.actor_role).label) if e.actor_role in Role.values else _("the platform"))
        rows.append((e, actions.get(e.action, e.action), states.get(e.from_state, ""), states.get(e.to_state, e.to_state)))
    return rows


def _name_rungs(notices) -> list[Notice]:
    """Each notice with its rung's name in the reader's language (``rung_name``)."""
    notices = list(notices)
    names: dict[int | None, dict[str, str]] = {}
    for n in notices:
        if n.division_id not in names:
            names[n.division_id] = {r.code: r.name(get_language()) for r in selectors.policy_for(n.division_id).ladder}
        n.rung_name = names[n.division_id].get(n.rung, n.rung)
    return notices


def action_forms(workflow, obj, actor, form_class, failed=None) -> list[tuple]:
    """(transition, form) for every action the actor may take on ``obj`` now; a form that failed keeps its input
    and errors."""
    return [
        (t, failed if failed is not None and failed.data.get("action") == t.action else form_class(initial={"action": t.action}))
        for t in workflow.available(obj, actor)
    ]


def file_download(f):
    """A stored file as an attachment under the name it was uploaded with."""
    try:
        return FileResponse(f.file.open("rb"), as_attachment=True, filename=f.name)
    except FileNotFoundError:
        raise Http404(_("The file is missing from storage.")) from None


def take_action(request, obj, form, act, done_url: str, render_failed):
    """The one shape of a workflow action posted from a page: a valid form goes to the service (``act(data)``);
    success shows the new state and goes back to the record, a refusal shows on the form (400)."""
    if form.is_valid():
        try:
            act(form.cleaned_data)
        except DomainError as exc:
            add_to_form(form, exc)
        else:
            messages.success(request, _("Done: %(state)s.") % {"state": obj.get_status_display()})
            return redirect(done_url)
    return render_failed(form)


def _mark_overdue(items, today) -> None:
    """Overdue days on each item shown (derived from its deadline, shown wherever the item is)."""
    for it in items:
        it.overdue_days = it.days_overdue(today)


def _ledger_filter(request, visible):
    units = Unit.objects.filter(rectification_roles__rectification__in=visible).distinct().order_by("name")
    form = LedgerFilterForm(request.GET or None, rounds=selectors.rounds_of(visible), units=units)
    f = selectors.LedgerFilter()
    if form.is_valid():
        d = form.cleaned_data
        f = selectors.LedgerFilter(d["source"], d["round"], d["unit"], d["status"], d["overdue"], d["q"])
    return form, f


# --- the ledger --------------------------------------------------------------------------------------------


def ledger(request):
    actor = actor_for(request.user)
    today = timezone.localdate()
    visible = scope.rectifications_visible(actor)
    form, f = _ledger_filter(request, visible)
    items = selectors.ledger(visible, f, today)
    page = Paginator(items, PAGE).get_page(request.GET.get("page"))
    _mark_overdue(page, today)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "supervision/ledger.html",
        {
            "form": form,
            "page": page,
            "today": today,
            "counts": selectors.status_counts(visible, today),
            "query": query.urlencode(),
            "demo": visible.filter(demo=True).exists(),
            "reviews": selectors.pending_reviews(actor, visible).count(),
            "objections": selectors.objections_open(scope.rectifications_managed(actor)),
            "can_import": actor.is_office and not actor.read_only,
        },
    )


def ledger_export(request):
    actor = actor_for(request.user)
    today = timezone.localdate()
    visible = scope.rectifications_visible(actor)
    _form, f = _ledger_filter(request, visible)
    cities = selectors.cities_for(actor)
    city = cities.first().name if cities.count() == 1 else ""
    return download(ledger_xlsx(selectors.ledger(visible, f, today), today, city), XLSX, f"整改台账-{today}.xlsx")


def item_detail(request, pk: int):
    actor = actor_for(request.user)
    item = _get(scope.rectifications_visible(actor).prefetch_related("units__unit"), pk)
    return render(request, "supervision/item.html", _item_context(request, actor, item))


def _item_context(request, actor, item, failed: ItemActionForm | None = None) -> dict:
    today = timezone.localdate()
    forms = action_forms(RECTIFICATION_FLOW, item, actor, ItemActionForm, failed)
    managed = scope.rectifications_managed(actor).filter(pk=item.pk).exists()
    unmapped = [u for u in item.units.all() if u.unit_id is None]
    city_units = Unit.objects.filter(division_id__in=item.division.descendant_ids()).order_by("name")
    return {
        "item": item,
        "today": today,
        "overdue": item.days_overdue(today),
        "report_due": selectors.long_term_report_due(item, today),
        "actions": forms,
        "required": [
            str(dict(EvidenceFile.KIND_CHOICES).get(k, k)) for k in selectors.policy_for(item.division_id).required_evidence
        ],
        "events": event_rows(item.events.select_related("actor").prefetch_related("files"), RECTIFICATION_FLOW),
        "can_notice": managed and item.status in Rectification.OPEN,
        "objections": item.objections.all() if managed or not actor.is_public else [],
        "answer_form": AnswerForm() if managed else None,
        "managed": managed,
        "unmapped": [(u, MapUnitForm(units=city_units, prefix=f"u{u.pk}")) for u in unmapped] if managed else [],
        "notices": scope.notices_visible(actor).filter(rectification=item),
        "history": changes_of(item),
    }


def item_act(request, pk: int):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    actor = actor_for(request.user)
    item = _get(scope.rectifications_visible(actor), pk)

    def failed(form):
        fresh = _get(scope.rectifications_visible(actor).prefetch_related("units__unit"), pk)
        return render(request, "supervision/item.html", _item_context(request, actor, fresh, failed=form), status=400)

    return take_action(
        request, item, ItemActionForm(request.POST, request.FILES),
        lambda d: services.act_on_item(item, d["action"], actor, comment=d["comment"], files=ItemActionForm.files_of(d)),
        reverse("supervision:item", kwargs={"pk": item.pk}), failed,
    )  # fmt: skip


def item_map_unit(request, pk: int, unit_pk: int):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    actor = actor_for(request.user)
    item = _get(scope.rectifications_managed(actor), pk)
    row = item.units.filter(pk=unit_pk, unit__isnull=True).first()
    if row is None:
        raise NotFound(CoreError.NOT_FOUND)
    units = Unit.objects.filter(division_id__in=item.division.descendant_ids())
    form = MapUnitForm(request.POST, units=units, prefix=f"u{row.pk}")
    if form.is_valid():
        services.map_unit(item, row, units.get(pk=form.cleaned_data["unit"]), actor, form.cleaned_data["remember"])
        messages.success(request, _("Unit mapped."))
    else:
        messages.error(request, _("Choose a registered unit."))
    return redirect("supervision:item", pk=item.pk)


def evidence(request, pk: int):
    actor = actor_for(request.user)
    return file_download(_get(scope.evidence_visible(actor), pk))


def mine(request):
    """A unit's own page: its items, the applications it accepts, its notices."""
    actor = actor_for(request.user)
    today = timezone.localdate()
    visible = scope.rectifications_visible(actor)
    own = visible.none()
    notices = scope.notices_visible(actor)
    if actor.unit_id:
        own = visible.filter(pk__in=selectors.open_items_of_unit(actor.unit_id).values("pk"))
        notices = notices.filter(unit_id=actor.unit_id)
    items = list(own.prefetch_related("units__unit").order_by("due_date", "pk"))
    reviews = list(selectors.pending_reviews(actor, visible).prefetch_related("units__unit"))
    _mark_overdue(items + reviews, today)
    return render(
        request,
        "supervision/mine.html",
        {
            "today": today,
            "items": items,
            "reviews": reviews,
            "notices": _name_rungs(notices.order_by("-issued_at")[:100]),
            "open_notices": notices.filter(status=Notice.Status.ISSUED).count(),
            "counts": selectors.status_counts(own, today),
        },
    )


# --- importing ---------------------------------------------------------------------------------------------

STAGING = "import-staging"
_SALT = "qingshan.supervision.import"


def _stage(upload, user_id: int, division_id: int) -> str:
    folder = Path(settings.MEDIA_ROOT) / STAGING
    folder.mkdir(parents=True, exist_ok=True)
    cutoff = timezone.now().timestamp() - 86400
    for old in folder.iterdir():  # staged files are kept a day at most
        if old.stat().st_mtime < cutoff:
            old.unlink(missing_ok=True)
    token = uuid4().hex
    (folder / token).write_bytes(upload.read())
    return signing.dumps({"t": token, "u": user_id, "d": division_id, "n": upload.name[:200]}, salt=_SALT)


def _staged(value: str, user_id: int) -> tuple[bytes, str, int, Path]:
    try:
        data = signing.loads(value, salt=_SALT, max_age=86400)
    except signing.BadSignature:
        raise DomainError(CoreError.BAD_PARAMETER, field="staged", name="staged", problem=_("expired")) from None
    path = Path(settings.MEDIA_ROOT) / STAGING / data["t"]
    if data["u"] != user_id or not path.exists():
        raise DomainError(CoreError.BAD_PARAMETER, field="staged", name="staged", problem=_("expired"))
    return path.read_bytes(), data["n"], data["d"], path


def ledger_import(request):
    actor = actor_for(request.user)
    cities = selectors.cities_for(actor)
    form = UploadForm(request.POST or None, request.FILES or None, divisions=cities)
    context: dict = {"form": form}
    status = 200
    if request.method == "POST" and "staged" in request.POST:
        data, name, division_id, path = _staged(request.POST["staged"], request.user.pk)
        division = _get(cities, division_id)
        mapping = {}
        for key, value in request.POST.items():
            if key.startswith("map:") and value:  # "keep": as written; a name not chosen refuses the import
                mapping[key[4:]] = int(value) if value.isdigit() else None
        try:
            record = services.import_ledger(
                data, name, division, actor, request.user, mapping=mapping, remember="remember" in request.POST
            )
        except DomainError as exc:
            messages.error(request, exc.message)
            context.update(_preview_context(data, name, division, request.POST["staged"]))
            status = 400
        else:
            path.unlink(missing_ok=True)
            messages.success(
                request,
                _("%(file)s imported: %(new)s new items, %(updated)s updated.")
                % {"file": name, "new": record.created_items, "updated": record.updated_items},
            )
            return redirect("supervision:ledger")
    elif request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        division = _get(cities, form.cleaned_data["division"])
        staged = _stage(upload, request.user.pk, division.pk)
        data, name, _d, path = _staged(staged, request.user.pk)
        try:
            context.update(_preview_context(data, name, division, staged))
        except DomainError as exc:
            path.unlink(missing_ok=True)
            add_to_form(form, exc)
            context["problems"] = getattr(exc, "messages_list", [])
            status = 400
    elif request.method == "POST":
        status = 400
    return render(request, "supervision/import.html", context, status=status)


def _preview_context(data: bytes, name: str, division: Division, staged: str) -> dict:
    pv = services.preview(data, name, division)
    units = list(Unit.objects.filter(division_id__in=division.descendant_ids()).order_by("name"))
    return {"preview": pv, "staged": staged, "division": division, "units": units, "rows": pv.read.items[:200]}


# --- the public notice (公示) --------------------------------------------------------------------------------


def publicity(request):
    actor = actor_for(request.user)
    items = list(selectors.publicity_items(scope.rectifications_visible(actor)))
    return render(request, "supervision/publicity.html", {"items": items, "demo": any(i.demo for i in items)})


def publicity_item(request, pk: int):
    """An item on public notice, and the form to object to it (anyone, no account needed)."""
    item = _get(Rectification.objects.filter(status=Rectification.Status.PUBLICITY).prefetch_related("units__unit"), pk)
    form = ObjectionForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid() and not form.cleaned_data["website"]:
            try:
                services.raise_objection(
                    item, name=form.cleaned_data["name"], contact=form.cleaned_data["contact"],
                    text=form.cleaned_data["text"],
                )  # fmt: skip
            except DomainError as exc:
                add_to_form(form, exc)
                status = 400
            else:
                messages.success(request, _("Thank you. Your objection was received; the office will answer it."))
                return redirect("supervision:publicity-item", pk=item.pk)
        else:
            status = 400
    return render(request, "supervision/publicity_item.html", {"item": item, "form": form}, status=status)


def objection_answer(request, pk: int):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    actor = actor_for(request.user)
    objection = _get(
        PublicObjection.objects.filter(rectification__in=scope.rectifications_managed(actor)), pk
    )
    form = AnswerForm(request.POST)
    if form.is_valid():
        try:
            services.answer_objection(
                objection, actor, request.user, answer=form.cleaned_data["answer"], upheld=form.cleaned_data["upheld"]
            )
        except DomainError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, _("Answer saved."))
    else:
        messages.error(request, _("Write the answer and choose a decision."))
    return redirect("supervision:item", pk=objection.rectification_id)


# --- notices (督办) ------------------------------------------------------------------------------------------


def notices(request):
    actor = actor_for(request.user)
    today = timezone.localdate()
    visible = scope.notices_visible(actor)
    status = request.GET.get("status", "")
    rung = request.GET.get("rung", "")
    listed = visible
    if status in Notice.Status.values:
        listed = listed.filter(status=status)
    if rung:
        listed = listed.filter(rung=rung)
    cities = selectors.cities_for(actor)
    lag = []
    if actor.is_office and not actor.read_only and cities.count() == 1:
        lag = selectors.lagging(actor, cities.first(), today)
    city = cities.first()
    ladder = selectors.policy_for(city.pk if city else None).ladder
    return render(
        request,
        "supervision/notices.html",
        {
            "notices": _name_rungs(listed.order_by("-issued_at")[:200]),
            "lagging": lag,
            "today": today,
            "status": status,
            "rung": rung,
            "statuses": Notice.Status.choices,
            "ladder": ladder,
            "rung_names": {r.code: r.name(get_language()) for r in ladder},
            "replies": selectors.replies_waiting(scope.notices_managed(actor)).count(),
            "can_issue": actor.is_office and not actor.read_only,
        },
    )


def notice_new(request):
    actor = actor_for(request.user)
    cities = selectors.cities_for(actor)
    city = cities.first()
    units = Unit.objects.filter(division_id__in=city.descendant_ids()).order_by("name") if city else Unit.objects.none()
    ladder = selectors.policy_for(city.pk if city else None).ladder
    rungs = [(r.code, r.name(get_language())) for r in ladder]
    form = NoticeForm(request.POST or None, request.FILES or None, units=units, rungs=rungs, initial=request.GET.dict())
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            d = form.cleaned_data
            try:
                notice = services.issue_notice(
                    actor,
                    request.user,
                    unit=units.get(pk=d["unit"]),
                    subject=d["subject"],
                    task=Task.objects.filter(pk=d["task"]).first() if d["task"] else None,
                    period_start=d["period_start"],
                    rectification=(
                        scope.rectifications_managed(actor).filter(pk=d["rectification"]).first()
                        if d["rectification"]
                        else None
                    ),
                    rung=d["rung"],
                    title=d["title"],
                    text=d["text"],
                    files=d["files"],
                )
            except DomainError as exc:
                add_to_form(form, exc)
            else:
                messages.success(request, _("Notice issued to %(unit)s.") % {"unit": notice.unit.name})
                return redirect("supervision:notice", pk=notice.pk)
    subject_text = _subject_text(request.GET if request.method == "GET" else request.POST)
    return render(request, "supervision/notice_new.html", {"form": form, "subject_text": subject_text}, status=status)


def _subject_text(params) -> str:
    if params.get("rectification", "").isdigit():
        item = Rectification.objects.filter(pk=int(params["rectification"])).first()
        return f"{item.number} {item.problem[:60]}" if item else ""
    if params.get("task", "").isdigit():
        task = Task.objects.filter(pk=int(params["task"])).first()
        return f"{task.number} {(task.heading or task.text)[:60]}" if task else ""
    return ""


def notice_detail(request, pk: int):
    actor = actor_for(request.user)
    notice = _get(scope.notices_visible(actor), pk)
    return render(request, "supervision/notice.html", _notice_context(actor, notice))


def _notice_context(actor, notice, failed: NoticeActionForm | None = None) -> dict:
    pol = selectors.policy_for(notice.division_id)
    forms = action_forms(NOTICE_FLOW, notice, actor, NoticeActionForm, failed)
    rung = pol.rung(notice.rung)
    return {
        "notice": notice,
        "rung": rung.name(get_language()) if rung else notice.rung,
        "rung_names": {r.code: r.name(get_language()) for r in pol.ladder},
        "next_rung": pol.next_rung(notice.rung),
        "actions": forms,
        "events": event_rows(notice.events.select_related("actor").prefetch_related("files"), NOTICE_FLOW),
        "overdue": notice.reply_overdue(timezone.localdate()),
        "history": changes_of(notice, display={"rung": lambda code: pol.rung(code).name(get_language())
                                               if pol.rung(code) else code}),
    }


def notice_act(request, pk: int):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    actor = actor_for(request.user)
    notice = _get(scope.notices_visible(actor), pk)
    return take_action(
        request, notice, NoticeActionForm(request.POST, request.FILES),
        lambda d: services.act_on_notice(notice, d["action"], actor, comment=d["comment"], files=d["files"],
                                         meeting_at=d["meeting_at"]),
        reverse("supervision:notice", kwargs={"pk": notice.pk}),
        lambda form: render(request, "supervision/notice.html", _notice_context(actor, notice, form), status=400),
    )  # fmt: skip


def notice_file(request, pk: int):
    actor = actor_for(request.user)
    return file_download(_get(scope.notice_files_visible(actor), pk))


# --- bulletins (月通报) --------------------------------------------------------------------------------------


def bulletins(request):
    actor = actor_for(request.user)
    cities = selectors.cities_for(actor) if actor.is_office and not actor.read_only else Division.objects.none()
    form = BulletinForm(divisions=cities, initial={"month": B.last_month(timezone.localdate())})
    return render(
        request,
        "supervision/bulletins.html",
        {"bulletins": scope.bulletins_visible(actor), "form": form if cities else None},
    )


def bulletin_build(request):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    actor = actor_for(request.user)
    cities = selectors.cities_for(actor)
    form = BulletinForm(request.POST, divisions=cities)
    if form.is_valid():
        try:
            b = services.build_bulletin(
                _get(cities, form.cleaned_data["division"]), B.parse_month(form.cleaned_data["month"]), actor,
                request.user, language=get_language(),
            )  # fmt: skip
        except DomainError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, _("Bulletin built: %(title)s.") % {"title": b.title})
            return redirect("supervision:bulletin", pk=b.pk)
    else:
        messages.error(request, _("Give the month as YYYY-MM."))
    return redirect("supervision:bulletins")


def bulletin_detail(request, pk: int):
    actor = actor_for(request.user)
    b = _get(scope.bulletins_visible(actor), pk)
    return render(
        request,
        "supervision/bulletin.html",
        {"b": b, "f": b.figures, "can_publish": scope.bulletins_managed(actor).filter(pk=pk, published=False).exists()},
    )


def bulletin_download(request, pk: int):
    actor = actor_for(request.user)
    b = _get(scope.bulletins_visible(actor), pk)
    try:
        return FileResponse(b.file.open("rb"), as_attachment=True, filename=Path(b.file.name).name)
    except FileNotFoundError:
        raise Http404(_("The file is missing from storage.")) from None


def bulletin_publish(request, pk: int):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    actor = actor_for(request.user)
    b = _get(scope.bulletins_managed(actor), pk)
    services.publish_bulletin(b, actor)
    messages.success(request, _("Published to the portal."))
    return redirect(reverse("supervision:bulletin", kwargs={"pk": b.pk}))
