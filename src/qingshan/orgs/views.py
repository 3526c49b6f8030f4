from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from qingshan.core.access import actor_for, in_area
from qingshan.core.errors import CoreError, DomainError, Forbidden, add_to_form
from qingshan.core.history import changes_of
from qingshan.core.panels import panels_for

from . import scope, services
from .forms import MergeUnitForm, UnitForm, UserForm
from .models import Division, UnitAlias


def unit_list(request):
    actor = actor_for(request.user)
    units = scope.units_visible(actor).prefetch_related("aliases")
    q = request.GET.get("q", "")[:40]
    if q:
        units = units.filter(name__icontains=q) | units.filter(aliases__alias__icontains=q)
        units = units.distinct()
    return render(request, "orgs/unit_list.html", {"units": units, "q": q,
                                                     "can_add": actor.is_office and not actor.read_only})  # fmt: skip


def unit_detail(request, pk: int):
    actor = actor_for(request.user)
    unit = get_object_or_404(scope.units_visible(actor), pk=pk)
    return render(
        request,
        "orgs/unit_detail.html",
        {
            "unit": unit,
            "panels": panels_for("orgs.unit", actor, unit),
            "history": changes_of(unit),
            "can_edit": scope.units_editable(actor).filter(pk=unit.pk).exists(),
        },
    )


def _area(actor):
    """The divisions the office may place units and users in: its own area."""
    return in_area(Division.objects.order_by("code", "name"), actor, "pk")


def unit_form(request, pk: int | None = None):
    """The office adds or corrects a unit of its city: names, aliases, kind, division, parent."""
    actor = actor_for(request.user)
    unit = get_object_or_404(scope.units_editable(actor), pk=pk) if pk else None
    divisions = _area(actor)
    form = UnitForm(request.POST or None, instance=unit, divisions=divisions, units=scope.units_editable(actor))
    if request.method == "POST" and form.is_valid():
        try:
            if unit is None:
                d = form.cleaned_data
                saved = services.create_unit(actor, d["name"], d["kind"], d["division"], d["short_name"],
                                             form.alias_list())  # fmt: skip
                if d.get("parent"):
                    saved.parent = d["parent"]
                    saved.full_clean()
                    saved.save()
            else:
                saved = form.save()
                keep = set(form.alias_list())
                for a in saved.aliases.all():
                    if a.alias not in keep:
                        a.delete()
                for alias in keep:
                    UnitAlias.objects.get_or_create(unit=saved, alias=alias[:128])
        except DomainError as exc:
            add_to_form(form, exc)
        else:
            messages.success(request, _("Unit saved."))
            return redirect("orgs:unit-detail", pk=saved.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "orgs/unit_form.html", {"unit": unit, "form": form}, status=status)


def unit_merge(request, pk: int):
    actor = actor_for(request.user)
    unit = get_object_or_404(scope.units_editable(actor), pk=pk)
    form = MergeUnitForm(request.POST or None, units=scope.units_editable(actor).exclude(pk=unit.pk))
    if request.method == "POST" and form.is_valid():
        try:
            services.merge_units(actor, unit, form.cleaned_data["duplicate"])
        except DomainError as exc:
            add_to_form(form, exc)
        else:
            messages.success(request, _("Units merged."))
            return redirect("orgs:unit-detail", pk=unit.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "orgs/unit_merge.html", {"unit": unit, "form": form}, status=status)


def user_list(request):
    actor = actor_for(request.user)
    return render(request, "orgs/user_list.html", {"people": services.city_users(actor)})


def user_form(request, pk: int | None = None):
    """The office creates a user of its city or changes one's role, unit, area or activity."""
    actor = actor_for(request.user)
    person = get_object_or_404(services.city_users(actor), pk=pk) if pk else None
    initial = {}
    if person is not None:
        p = person.profile
        initial = {"username": person.username, "full_name": person.first_name, "role": p.role,
                   "unit": p.unit_id, "division": p.division_id, "active": person.is_active}  # fmt: skip
    form = UserForm(request.POST or None, initial=initial, units=scope.units_editable(actor), divisions=_area(actor),
                    editing=person is not None)  # fmt: skip
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            if person is None:
                person = services.create_user(actor, d["username"], d["password"], d["role"], d["unit"],
                                              d["division"], d["full_name"])  # fmt: skip
            else:
                services.update_user(actor, person, d["role"], d["unit"], d["division"], d["active"], d["full_name"])
        except DomainError as exc:
            add_to_form(form, exc)
        except ValidationError as exc:  # Django's password validators
            form.add_error("password", exc)
        else:
            messages.success(request, _("User %(name)s saved.") % {"name": person.username})
            return redirect("orgs:user-list")
    status = 400 if request.method == "POST" else 200
    return render(request, "orgs/user_form.html", {"person": person, "form": form,
                                                     "history": changes_of(person) if person else []}, status=status)  # fmt: skip


def user_reset_password(request, pk: int):
    actor = actor_for(request.user)
    if request.method != "POST":
        raise Forbidden(CoreError.FORBIDDEN)
    person = get_object_or_404(services.city_users(actor), pk=pk)
    temporary = services.reset_password(actor, person)
    messages.success(request, _("New temporary password for %(name)s: %(password)s — give it to them; it is shown once.")
                     % {"name": person.username, "password": temporary})  # fmt: skip
    return redirect("orgs:user-edit", pk=person.pk)
