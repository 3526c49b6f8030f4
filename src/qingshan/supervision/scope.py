"""Who sees which rectification items, notices and bulletins.

- The coordinating office, leaders, monitoring and enforcement: everything of their city (:func:`in_area`).
- A department: the items it leads, is responsible for, cooperates on or accepts; the notices addressed to it.
- A county (a people's government of a county or district): besides its own, every item and notice of its area.
- The public: items on public notice (公示中) and published bulletins, nothing else.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from qingshan.core.access import Actor, in_area
from qingshan.core.roles import Role
from qingshan.orgs.models import Division, Unit

from .models import Bulletin, EvidenceFile, Notice, NoticeFile, PublicObjection, Rectification


def county_of(actor: Actor) -> Division | None:
    """The county (or district, or zone) an actor's unit governs, if its unit is that area's government."""
    if actor.role != Role.UNIT or not actor.unit_id:
        return None
    unit = Unit.objects.select_related("division").filter(pk=actor.unit_id).first()
    if unit is None or unit.kind not in (Unit.Kind.GOVERNMENT, Unit.Kind.ZONE_COMMITTEE):
        return None
    return unit.division if unit.division.level != Division.Level.CITY else None


def _unit_q(actor: Actor, prefix: str = "") -> Q:
    return (
        Q(**{f"{prefix}units__unit_id": actor.unit_id}) | Q(**{f"{prefix}accepting_unit_id": actor.unit_id})
    )


def rectifications_visible(actor: Actor) -> QuerySet[Rectification]:
    qs = Rectification.objects.select_related("division", "area", "accepting_unit")
    if actor.is_public:
        return qs.filter(status=Rectification.Status.PUBLICITY)
    if actor.role == Role.UNIT:
        if not actor.unit_id:
            return qs.none()
        q = _unit_q(actor)
        county = county_of(actor)
        if county is not None:
            q |= Q(area_id__in=county.descendant_ids())
        return qs.filter(pk__in=Rectification.objects.filter(q).values("pk"))
    return in_area(qs, actor)


def rectifications_managed(actor: Actor) -> QuerySet[Rectification]:
    """Items the actor manages as the coordinating office (imports, notices, closing, objections)."""
    if not actor.is_office or actor.read_only:
        return Rectification.objects.none()
    return in_area(Rectification.objects.all(), actor)


def evidence_visible(actor: Actor) -> QuerySet[EvidenceFile]:
    if actor.is_public:
        return EvidenceFile.objects.none()
    return EvidenceFile.objects.filter(event__rectification__in=rectifications_visible(actor))


def objections_visible(actor: Actor) -> QuerySet[PublicObjection]:
    """Public objections: the office of the city and the item's units read them; the public never does (the
    objector's name and contact are not published)."""
    if actor.is_public:
        return PublicObjection.objects.none()
    return PublicObjection.objects.filter(rectification__in=rectifications_visible(actor))


def notices_visible(actor: Actor) -> QuerySet[Notice]:
    qs = Notice.objects.select_related("unit", "division", "task", "rectification")
    if actor.is_public:
        return qs.none()
    if actor.role == Role.UNIT:
        if not actor.unit_id:
            return qs.none()
        q = Q(unit_id=actor.unit_id)
        county = county_of(actor)
        if county is not None:
            q |= Q(unit__division_id__in=county.descendant_ids())
        return qs.filter(q)
    return in_area(qs, actor)


def notices_managed(actor: Actor) -> QuerySet[Notice]:
    if not actor.is_office or actor.read_only:
        return Notice.objects.none()
    return in_area(Notice.objects.all(), actor)


def notice_files_visible(actor: Actor) -> QuerySet[NoticeFile]:
    return NoticeFile.objects.filter(event__notice__in=notices_visible(actor))


def bulletins_visible(actor: Actor) -> QuerySet[Bulletin]:
    """Published bulletins are public; drafts are the office's and the leaders' of the city."""
    qs = Bulletin.objects.select_related("division")
    if actor.is_public or actor.role == Role.UNIT:
        return qs.filter(published=True)
    return in_area(qs, actor) | qs.filter(published=True)


def bulletins_managed(actor: Actor) -> QuerySet[Bulletin]:
    if not actor.is_office or actor.read_only:
        return Bulletin.objects.none()
    return in_area(Bulletin.objects.all(), actor)
