"""Who sees which assessment records: the office and leaders of a city everything of it; a unit its own sheets
once the results are published (and the scheme it is assessed by); the public nothing."""

from __future__ import annotations

from django.db.models import QuerySet

from qingshan.core.access import Actor, in_area
from qingshan.core.roles import Role

from .models import AssessmentRun, ManualScore, Objection, ObjectionFile, Scheme, Sheet

_PUBLISHED = (AssessmentRun.Status.PUBLISHED, AssessmentRun.Status.SUPERSEDED)


def schemes_visible(actor: Actor) -> QuerySet[Scheme]:
    """A scheme is read by everyone it assesses: the office and leaders of the city, and every unit of the city
    (a county's area is only the county, so a unit's city comes from its unit)."""
    qs = Scheme.objects.select_related("division")
    if actor.is_public:
        return qs.none()
    if actor.role == Role.UNIT:
        from qingshan.orgs.models import Unit

        unit = Unit.objects.select_related("division").filter(pk=actor.unit_id).first()
        city = unit.division.city() if unit else None
        return qs.filter(division=city) if city else qs.none()
    return in_area(qs, actor)


def schemes_managed(actor: Actor) -> QuerySet[Scheme]:
    if not actor.is_office or actor.read_only:
        return Scheme.objects.none()
    return in_area(Scheme.objects.all(), actor)


def runs_visible(actor: Actor) -> QuerySet[AssessmentRun]:
    qs = AssessmentRun.objects.select_related("scheme__division")
    if actor.is_public:
        return qs.none()
    if actor.role == Role.UNIT:  # a unit reads its own sheet, never the whole result
        return qs.none()
    return in_area(qs, actor, "scheme__division")


def runs_managed(actor: Actor) -> QuerySet[AssessmentRun]:
    if not actor.is_office or actor.read_only:
        return AssessmentRun.objects.none()
    return in_area(AssessmentRun.objects.select_related("scheme"), actor, "scheme__division")


def sheets_visible(actor: Actor) -> QuerySet[Sheet]:
    qs = Sheet.objects.select_related("unit", "run__scheme__division")
    if actor.is_public:
        return qs.none()
    if actor.role == Role.UNIT:
        return qs.filter(unit_id=actor.unit_id, run__status__in=_PUBLISHED)
    return in_area(qs, actor, "run__scheme__division")


def objections_visible(actor: Actor) -> QuerySet[Objection]:
    return Objection.objects.filter(sheet__in=sheets_visible(actor)).select_related("sheet__unit", "sheet__run__scheme")


def objection_files_visible(actor: Actor) -> QuerySet[ObjectionFile]:
    return ObjectionFile.objects.filter(event__objection__in=objections_visible(actor))


def manual_scores_visible(actor: Actor) -> QuerySet[ManualScore]:
    if actor.is_public or actor.role == Role.UNIT:
        return ManualScore.objects.none()
    return in_area(ManualScore.objects.all(), actor, "item__scheme__division")
