"""Organisations: administrative divisions (行政区划), units (单位) and the people who act for them.

Glossary (docs/glossary.md): ``Division`` ↔ 行政区划, ``Unit`` ↔ 单位, ``UnitAlias`` ↔ 单位别称,
``Profile`` ↔ 用户身份; ``Role`` ↔ 角色 lives in ``core.roles`` (re-exported here).
"""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import connection, models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from qingshan.core.roles import CITY_WIDE_ROLES, Role


class Division(models.Model):
    """An administrative division: province → city (prefecture) → county/district → township."""

    class Level(models.TextChoices):
        PROVINCE = "province", _("Province")
        CITY = "city", _("City (prefecture)")
        COUNTY = "county", _("County or district")
        TOWNSHIP = "township", _("Township")
        ZONE = "zone", _("Development zone")

    name = models.CharField(_("name"), max_length=64)
    short_name = models.CharField(_("short name"), max_length=32, blank=True)
    level = models.CharField(_("level"), max_length=16, choices=Level.choices)
    code = models.CharField(
        _("division code"),
        max_length=12,
        blank=True,
        help_text=_("National administrative division code (行政区划代码), six digits where known."),
        validators=[RegexValidator(r"^\d{6}(\d{3})?$", _("A division code has 6 (or 9) digits."))],
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent"),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("administrative division")
        verbose_name_plural = _("administrative divisions")
        ordering = ["code", "name"]
        constraints = [
            models.UniqueConstraint(fields=["parent", "name"], name="division_unique_name_in_parent"),
            models.UniqueConstraint(
                fields=["code"], condition=~models.Q(code=""), name="division_unique_code_when_known"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def ancestors(self) -> list[Division]:
        chain, node = [], self.parent
        while node is not None:
            chain.append(node)
            node = node.parent
        return chain

    def city(self) -> Division | None:
        """The city (prefecture) this division belongs to, or itself when it is one."""
        for node in [self, *self.ancestors()]:
            if node.level == self.Level.CITY:
                return node
        return None

    @staticmethod
    def names_of(ids) -> set[str]:
        """Every name and short name of the divisions ``ids``: what a plan writes as a target's scope ("东区")."""
        pairs = Division.objects.filter(pk__in=ids).values_list("name", "short_name")
        return {n for pair in pairs for n in pair if n}

    def descendant_ids(self) -> set[int]:
        """Ids of this division and every division below it, in one query (a recursive common table expression,
        which SQLite and PostgreSQL both run; the ORM has no recursive queries). Every signed-in request asks it to
        build the actor's area."""
        table = connection.ops.quote_name(Division._meta.db_table)
        with connection.cursor() as cur:
            cur.execute(
                f"WITH RECURSIVE d(id) AS (SELECT id FROM {table} WHERE id = %s "
                f"UNION SELECT c.id FROM {table} c JOIN d ON c.parent_id = d.id) SELECT id FROM d",
                [self.pk],
            )
            return {row[0] for row in cur.fetchall()}


class Unit(models.Model):
    """A unit that owns tasks: a department, a county government, a zone committee, a company …"""

    class Kind(models.TextChoices):
        DEPARTMENT = "department", _("Government department")
        GOVERNMENT = "government", _("People's government")
        ZONE_COMMITTEE = "zone", _("Development-zone committee")
        PARTY = "party", _("Party organ")
        ENTERPRISE = "enterprise", _("Enterprise")
        GROUP = "group", _("Collective (every unit of a kind)")
        OTHER = "other", _("Other organisation")

    name = models.CharField(_("canonical name"), max_length=128)
    short_name = models.CharField(_("short name"), max_length=64, blank=True)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.DEPARTMENT)
    division = models.ForeignKey(
        Division, on_delete=models.PROTECT, related_name="units", verbose_name=_("division")
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent unit"),
    )
    contact = models.CharField(_("contact"), max_length=128, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        ordering = ["division__code", "name"]
        constraints = [
            models.UniqueConstraint(fields=["division", "name"], name="unit_unique_name_in_division")
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        """A unit's parent is another unit of the same city (never itself, never a unit of another city)."""
        from django.core.exceptions import ValidationError

        if self.parent_id is None:
            return
        if self.parent_id == self.pk:
            raise ValidationError({"parent": _("A unit cannot be its own parent.")})
        own = self.division.city() if self.division_id else None
        theirs = self.parent.division.city()
        if own is not None and theirs is not None and own.pk != theirs.pk:
            raise ValidationError({"parent": _("The parent unit belongs to another city.")})
        node, seen = self.parent, {self.pk}
        while node is not None:
            if node.pk in seen:
                raise ValidationError({"parent": _("The parent chain would loop back to this unit.")})
            seen.add(node.pk)
            node = node.parent

    def all_names(self) -> list[str]:
        names = [self.name, *([self.short_name] if self.short_name else [])]
        names += [a.alias for a in self.aliases.all()]
        return names


class UnitAlias(models.Model):
    """Another name a document uses for a unit (市发展和改革委员会 → 市发展改革委, or the truncated 发展改革)."""

    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="aliases", verbose_name=_("unit"))
    alias = models.CharField(_("alias"), max_length=128)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("unit alias")
        verbose_name_plural = _("unit aliases")
        constraints = [models.UniqueConstraint(fields=["unit", "alias"], name="alias_unique_per_unit")]

    def __str__(self) -> str:
        return self.alias


class Profile(models.Model):
    """The role a user acts in, the unit it acts for and the area it covers."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile")
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.PUBLIC)
    unit = models.ForeignKey(
        Unit, on_delete=models.PROTECT, null=True, blank=True, related_name="members", verbose_name=_("unit")
    )
    division = models.ForeignKey(
        Division,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="members",
        verbose_name=_("area"),
        help_text=_("The area this user covers; for a unit user it defaults to the unit's division."),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("user profile")
        verbose_name_plural = _("user profiles")

    def __str__(self) -> str:
        return f"{self.user} ({self.get_role_display()})"

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        if self.role == Role.UNIT and self.unit_id is None:
            raise ValidationError({"unit": _("A department or county user must belong to a unit.")})
        if self.role in CITY_WIDE_ROLES and not (self.division_id or self.unit_id):
            raise ValidationError({"division": _("This role needs the area (city) it covers.")})

    def area(self) -> Division | None:
        if self.division_id:
            return self.division
        return self.unit.division if self.unit_id else None


__all__ = ["Division", "Profile", "Role", "Unit", "UnitAlias", "units_matching"]


def units_matching(name: str, within: Iterable[int] | None = None) -> models.QuerySet[Unit]:
    """Units whose canonical name, short name or an alias equals ``name`` (optionally within divisions)."""
    qs = Unit.objects.filter(models.Q(name=name) | models.Q(short_name=name) | models.Q(aliases__alias=name))
    if within is not None:
        qs = qs.filter(division_id__in=list(within))
    return qs.distinct()


# Who changed a user (activated, deactivated, renamed) is kept like every other record's history.
from django.contrib.auth import get_user_model  # noqa: E402
from simple_history import register as _register_history  # noqa: E402

if not hasattr(get_user_model(), "history"):
    _register_history(get_user_model(), app="qingshan.orgs", excluded_fields=["password", "last_login"])
