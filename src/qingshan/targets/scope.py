"""Which target records an actor may read or change: targets follow their plans (``ledger.scope``); the indicator
catalogue is reference data every signed-in user reads."""

from __future__ import annotations

from django.db.models import QuerySet

from qingshan.core.access import Actor
from qingshan.ledger import scope as ledger_scope

from .models import Indicator, TargetLink


def indicators_visible(actor: Actor) -> QuerySet[Indicator]:
    return Indicator.objects.all()


def links_visible(actor: Actor) -> QuerySet[TargetLink]:
    return TargetLink.objects.filter(target__in=ledger_scope.targets_visible(actor))


def links_editable(actor: Actor) -> QuerySet[TargetLink]:
    return TargetLink.objects.filter(target__in=ledger_scope.targets_editable(actor))
