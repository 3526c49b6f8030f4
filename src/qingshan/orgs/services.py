"""Loading the organisation registry (idempotent: loading twice changes nothing)."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from django.db import IntegrityError, transaction

from .models import Division, Profile, Unit, UnitAlias

REGISTRY = resources.files("qingshan.orgs") / "data" / "registry.json"


def _division(
    name: str, level: str, code: str = "", parent: Division | None = None, short: str = ""
) -> Division:
    div, _ = Division.objects.get_or_create(
        parent=parent, name=name, defaults={"level": level, "code": code, "short_name": short}
    )
    return div


def _unit(name: str, short: str, kind: str, division: Division, aliases: list[str]) -> Unit:
    unit, _ = Unit.objects.get_or_create(
        division=division, name=name, defaults={"short_name": short, "kind": kind}
    )
    for alias in aliases:
        if alias and alias not in (name, short):
            UnitAlias.objects.get_or_create(unit=unit, alias=alias)
    return unit


@transaction.atomic
def with_ancestors(divisions) -> set[int]:
    """Ids of the given divisions and of every division above them (for area pickers: a city over its
    counties that hold stations or sections)."""
    ids: set[int] = set()
    for div in divisions:
        ids.add(div.pk)
        ids.update(a.pk for a in div.ancestors())
    return ids


def load_registry(path: Path | None = None) -> dict[str, int]:
    """Create the divisions and units of the seed cities. Returns counts of what exists afterwards."""
    data = json.loads((Path(path) if path else REGISTRY).read_text(encoding="utf-8"))
    for city_spec in data["cities"]:
        pname, pcode = city_spec["province"]
        province = _division(pname, Division.Level.PROVINCE, pcode)
        parent = province
        if "prefecture" in city_spec:
            name, code, short = city_spec["prefecture"]
            parent = _division(name, Division.Level.CITY, code, province, short)
        cname, ccode, cshort = city_spec["city"]
        # A county-level city under a prefecture (禄丰市) is still the "city" of its own plan.
        level = Division.Level.COUNTY if "prefecture" in city_spec else Division.Level.CITY
        city = _division(cname, level, ccode, parent, cshort)

        for county_name, county_code in city_spec["counties"]:
            county = _division(county_name, Division.Level.COUNTY, county_code, city)
            _unit(f"{county_name}人民政府", f"{county_name}政府", Unit.Kind.GOVERNMENT, county, [])
        for zone_name in city_spec["zones"]:
            zone = _division(zone_name, Division.Level.ZONE, "", city)
            _unit(f"{zone_name}管委会", f"{zone_name}管委会", Unit.Kind.ZONE_COMMITTEE, zone, [])
        if city_spec.get("county_government_alias") and city_spec["counties"]:
            alias = city_spec["county_government_alias"]
            _unit(
                f"{cname}各县(区)人民政府", alias, Unit.Kind.GROUP, city, ["各县(区)政府", "各县区人民政府"]
            )
        for name, short, kind, aliases in city_spec["units"]:
            _unit(name, short, kind, city, aliases)
    return {"divisions": Division.objects.count(), "units": Unit.objects.count()}


# --- the office manages its city's registry and users (pages in orgs/views.py; audited by simple_history) ---


def require_office_of(actor, division: Division) -> None:
    from qingshan.core.errors import CoreError, Forbidden

    if not actor.is_office or actor.read_only or not actor.in_area(division.pk):
        raise Forbidden(CoreError.OUT_OF_AREA, field="division", what=division.name)


@transaction.atomic
def create_unit(actor, name: str, kind: str, division: Division, short_name: str = "",
                aliases: list[str] | None = None) -> Unit:  # fmt: skip
    """A new unit of the registry, in the office's own area; the same name twice in one division is refused."""
    from qingshan.core.errors import Conflict

    from .errors import OrgsError

    require_office_of(actor, division)
    name = name.strip()
    if Unit.objects.filter(division=division, name=name).exists():
        raise Conflict(OrgsError.UNIT_EXISTS, field="name", name=name, division=division.name)
    unit = Unit(name=name, short_name=short_name.strip(), kind=kind, division=division)
    unit.full_clean()
    unit.save()
    for alias in aliases or []:
        if alias.strip() and alias.strip() != name:
            UnitAlias.objects.get_or_create(unit=unit, alias=alias.strip()[:128])
    return unit


@transaction.atomic
def merge_units(actor, keep: Unit, duplicate: Unit) -> Unit:
    """Merge a duplicate into the unit kept: every assignment, report, member and child moves to ``keep``, the
    duplicate's names become aliases of ``keep``, and the duplicate is deleted (its history stays)."""
    from django.apps import apps

    from qingshan.core.errors import Conflict, DomainError

    from .errors import OrgsError

    require_office_of(actor, keep.division)
    require_office_of(actor, duplicate.division)
    if keep.pk == duplicate.pk:
        raise DomainError(OrgsError.MERGE_SAME, field="duplicate")
    for alias in {duplicate.name, duplicate.short_name, *duplicate.aliases.values_list("alias", flat=True)}:
        if alias and alias not in (keep.name, keep.short_name):
            UnitAlias.objects.get_or_create(unit=keep, alias=alias[:128])
    # Every foreign key to Unit, in every app, follows the merge (the registry does not know the apps above it).
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if getattr(field, "related_model", None) is Unit and field.many_to_one and field.concrete:
                if model is UnitAlias or model._meta.model_name.startswith("historical"):
                    continue
                for obj in model.objects.filter(**{field.name: duplicate}):
                    setattr(obj, field.name, keep)
                    try:
                        with transaction.atomic():
                            obj.save(update_fields=[field.name])
                    except IntegrityError:
                        # The kept unit already holds the same row. An assignment is the same fact twice: the
                        # duplicate's copy goes. Anything else (two reports for one period) a person must settle.
                        if model._meta.label != "ledger.TaskAssignment":
                            raise Conflict(OrgsError.MERGE_CLASH, record=f"{model._meta.verbose_name} {obj.pk}") from None
                        obj.delete()
    duplicate.aliases.all().delete()
    duplicate.delete()
    return keep


def city_users(actor):
    """The users of the office's city (profiles whose area or unit lies in it)."""
    from django.contrib.auth import get_user_model

    from .scope import profiles_visible

    return (
        get_user_model()
        .objects.filter(profile__in=profiles_visible(actor), is_superuser=False)
        .select_related("profile__unit", "profile__division")
        .order_by("username")
    )


def _check_profile_fields(actor, role: str, unit: Unit | None, division: Division | None) -> None:
    from qingshan.core.errors import DomainError
    from qingshan.core.roles import CITY_WIDE_ROLES, Role

    from .errors import OrgsError

    if role == Role.UNIT and unit is None:
        raise DomainError(OrgsError.ROLE_NEEDS_UNIT, field="unit")
    if unit is not None:
        require_office_of(actor, unit.division)
    if division is not None:
        require_office_of(actor, division)
    if role in CITY_WIDE_ROLES and division is None and unit is None:
        raise DomainError(OrgsError.ROLE_NEEDS_UNIT, field="division")


@transaction.atomic
def create_user(actor, username: str, password: str, role: str, unit: Unit | None, division: Division | None,
                full_name: str = ""):  # fmt: skip
    """A user of the office's city, with a role, a unit and an area; the password passes Django's validators."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.password_validation import validate_password

    from qingshan.core.errors import Conflict

    from .errors import OrgsError

    _check_profile_fields(actor, role, unit, division)
    User = get_user_model()
    if User.objects.filter(username=username).exists():
        raise Conflict(OrgsError.USERNAME_TAKEN, field="username", name=username)
    user = User(username=username, first_name=full_name[:150])
    validate_password(password, user)
    user.set_password(password)
    user.save()
    Profile.objects.create(user=user, role=role, unit=unit, division=division)
    return user


@transaction.atomic
def update_user(actor, user, role: str, unit: Unit | None, division: Division | None, active: bool, full_name: str = ""):
    from qingshan.core.errors import Forbidden

    from .errors import OrgsError

    if not city_users(actor).filter(pk=user.pk).exists():
        raise Forbidden(OrgsError.NOT_YOUR_USER)
    _check_profile_fields(actor, role, unit, division)
    user.is_active = active
    user.first_name = full_name[:150]
    user.save(update_fields=["is_active", "first_name"])
    profile = user.profile
    profile.role, profile.unit, profile.division = role, unit, division
    profile.full_clean()
    profile.save()
    return user


@transaction.atomic
def reset_password(actor, user) -> str:
    """A new temporary password, shown once to the office; the user's API tokens are revoked with the old one."""
    import secrets

    from qingshan.core.errors import Forbidden

    from .errors import OrgsError

    if not city_users(actor).filter(pk=user.pk).exists():
        raise Forbidden(OrgsError.NOT_YOUR_USER)
    temporary = "qs-" + secrets.token_urlsafe(9)
    user.set_password(temporary)
    user.save(update_fields=["password"])
    from rest_framework.authtoken.models import Token

    Token.objects.filter(user=user).delete()
    return temporary
