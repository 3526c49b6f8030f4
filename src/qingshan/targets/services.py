"""Load the indicator catalogue and link plan targets to indicators (automatically, or by a person, remembered)."""

from __future__ import annotations

from collections import Counter

from django.db import transaction
from django.db.models import QuerySet

from qingshan.ledger.models import PlanTarget

from .catalogue import IndicatorSpec, Matcher, load_catalogue, normalise
from .models import Indicator, RememberedLink, TargetLink


@transaction.atomic
def load_indicators() -> int:
    """Create or update the catalogue's indicators (idempotent)."""
    for spec in load_catalogue():
        Indicator.objects.update_or_create(
            code=spec.code,
            defaults={
                "name": spec.name,
                "aliases": list(spec.aliases),
                "unit": spec.unit,
                "direction": spec.direction,
                "period": spec.period,
                "source": spec.source,
                "computed_by": spec.computed_by or "",
            },
        )
    return Indicator.objects.count()


def _matcher() -> Matcher:
    specs = [
        IndicatorSpec(
            i.code, i.name, i.unit, i.direction, i.period, i.source, i.computed_by or None, tuple(i.aliases)
        )
        for i in Indicator.objects.all()
    ]
    return Matcher(specs)


@transaction.atomic
def link_targets(targets: QuerySet[PlanTarget] | None = None) -> Counter:
    """Link every target that a person has not linked: a remembered link for its words first, then the catalogue
    (:class:`catalogue.Matcher`). Returns counts per method, and 'unlinked'."""
    if not Indicator.objects.exists():
        load_indicators()
    matcher = _matcher()
    by_code = {i.code: i for i in Indicator.objects.all()}
    remembered = {r.indicator_text: r.indicator for r in RememberedLink.objects.select_related("indicator")}
    counts: Counter = Counter()
    qs = (targets if targets is not None else PlanTarget.objects.all()).select_related("link")
    for t in qs:
        existing = getattr(t, "link", None)
        if existing is not None and existing.method == TargetLink.Method.MANUAL:
            counts["manual"] += 1
            continue
        key = normalise(t.indicator)
        if key in remembered:
            indicator, method, matched = remembered[key], TargetLink.Method.REMEMBERED, t.indicator
        # An elimination names exactly one thing; its sentence may name others ("劣V类水体和…黑臭水体基本消除").
        elif m := matcher.match(t.indicator, "" if t.comparator == "eliminate" else t.text):
            indicator, method, matched = by_code[m.code], m.how, m.matched
        else:
            if existing is not None:
                existing.delete()
            counts["unlinked"] += 1
            continue
        TargetLink.objects.update_or_create(
            target=t, defaults={"indicator": indicator, "method": method, "matched": matched[:128]}
        )
        counts[method] += 1
    return counts


@transaction.atomic
def link_manually(target: PlanTarget, indicator: Indicator, user=None) -> TargetLink:
    """A person links a target; the link is remembered for targets with the same words in later plans."""
    link, _ = TargetLink.objects.update_or_create(
        target=target,
        defaults={
            "indicator": indicator,
            "method": TargetLink.Method.MANUAL,
            "matched": "",
            "linked_by": user,
        },
    )
    RememberedLink.objects.update_or_create(
        indicator_text=normalise(target.indicator)[:128], defaults={"indicator": indicator, "linked_by": user}
    )
    return link


def unlinked(targets: QuerySet[PlanTarget] | None = None) -> QuerySet[PlanTarget]:
    return (targets if targets is not None else PlanTarget.objects.all()).filter(link__isnull=True)


def on_plan_committed(sender, obj, transition, context, **kwargs) -> None:
    """A confirmed revision keeps the links people made on the version it superseded (same indicator words)."""
    if transition.action != "confirm" or not context.get("superseded"):
        return
    manual = TargetLink.objects.filter(
        target__plan_id__in=context["superseded"], method=TargetLink.Method.MANUAL
    ).select_related("target", "indicator")
    for link in manual:
        for t in obj.targets.filter(indicator=link.target.indicator).exclude(link__method=TargetLink.Method.MANUAL):
            link_manually(t, link.indicator, link.linked_by)


def on_plan_imported(sender, plan, **kwargs) -> None:
    """Link a newly imported plan's targets (people's remembered links first) — ``ledger.signals.plan_imported``."""
    link_targets(plan.targets.all())


_PERCENT = {"%", "％", "百分比"}


#: One unit written several ways (plans write 微克/立方米, the catalogue µg/m³): compared as one.
_UNIT_SPELLINGS = {
    "微克/立方米": "µg/m³", "微克每立方米": "µg/m³", "μg/m3": "µg/m³", "µg/m3": "µg/m³", "ug/m3": "µg/m³", "μg/m³": "µg/m³",
    "毫克/立方米": "mg/m³", "mg/m3": "mg/m³", "毫克/升": "mg/L", "毫克每升": "mg/L",
}


def kind_mismatch(target: PlanTarget, indicator: Indicator) -> str:
    """Why ``indicator`` looks like another kind of measure than ``target`` ("" when it does not): a different unit
    (a share against a count, µg/m³ against 天), or a direction the target's comparator contradicts."""
    from django.utils.translation import gettext as _

    reasons = []
    tu, iu = (target.unit or "").strip(), (indicator.unit or "").strip()
    if tu and iu and _UNIT_SPELLINGS.get(tu, tu) != _UNIT_SPELLINGS.get(iu, iu) and not ({tu, iu} <= _PERCENT):
        reasons.append(_("the indicator is measured in %(iu)s, the target in %(tu)s") % {"iu": iu, "tu": tu})
    higher = target.comparator in (">=", ">", "increase_by")
    lower = target.comparator in ("<=", "<", "reduce_by", "eliminate")
    if (higher and indicator.direction == "lower") or (lower and indicator.direction == "higher"):
        reasons.append(_("the target asks for the opposite direction of what the indicator counts as better"))
    return ";".join(reasons)
