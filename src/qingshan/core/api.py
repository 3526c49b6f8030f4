"""Shared pieces of the JSON API (Django REST framework + drf-spectacular)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DEFAULT_DB_ALIAS, IntegrityError, router
from django.db.models import Model, ProtectedError, QuerySet, RestrictedError
from django.db.models.deletion import Collector
from django.utils.translation import gettext as _
from rest_framework import serializers, viewsets
from rest_framework.exceptions import Throttled, ValidationError
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from .access import Actor, actor_for, database_busy
from .errors import Conflict, CoreError, DomainError, Forbidden
from .limits import MaxLimitOffsetPagination
from .roles import Role
from .workflow import REGISTRY, workflow_field


def date_param(request, name: str) -> date | None:
    """The one date query parameter (pages and API): ``YYYY-MM-DD``, or None when absent; a malformed value is
    refused with ``core.bad_date`` naming the parameter (400), never silently replaced by a default."""
    params = getattr(request, "query_params", None) or request.GET
    raw = params.get(name)
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise DomainError(CoreError.BAD_DATE, field=name, name=name, value=raw[:40]) from None


def exception_handler(exc, context) -> Response | None:
    """The API's one exception handler: a :class:`DomainError` answers ``{code, detail, field}`` with its status;
    model-level errors become 400s that name the field, integrity errors and protected deletes 409s (never a
    500)."""
    if isinstance(exc, DomainError):
        return Response(exc.as_dict(), status=exc.http_status)
    busy = database_busy(exc)
    if busy is not None:
        return Response(busy.as_dict(), status=busy.http_status)
    if isinstance(exc, DjangoValidationError):
        detail = exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
        exc = ValidationError(detail)
    elif isinstance(exc, ProtectedError | RestrictedError):
        err = Conflict(CoreError.DELETE_CASCADES, what=_describe(exc.protected_objects if isinstance(
            exc, ProtectedError) else exc.restricted_objects))
        return Response(err.as_dict(), status=err.http_status)
    elif isinstance(exc, IntegrityError):
        err = Conflict(CoreError.CONFLICT)
        return Response(err.as_dict(), status=err.http_status)
    elif isinstance(exc, Throttled):
        err = DomainError(CoreError.THROTTLED, wait=int(exc.wait or 1))
        response = Response(err.as_dict(), status=429)
        if exc.wait:
            response["Retry-After"] = str(int(exc.wait) + 1)
        return response
    elif isinstance(exc, RecursionError):
        err = DomainError(CoreError.JSON_TOO_DEEP, depth=settings.QINGSHAN_API_MAX_JSON_DEPTH)
        return Response(err.as_dict(), status=err.http_status)
    response = drf_exception_handler(exc, context)
    if response is not None and isinstance(response.data, dict) and "detail" in response.data:
        # DRF's own refusals (401, 403, 404, 405, 406, 415, 429, parse errors) carry a code as ours do.
        code = getattr(response.data["detail"], "code", None)
        response.data.setdefault("code", f"api.{code}" if code else "api.error")
    return response


def _describe(objects) -> str:
    kinds: dict[str, int] = {}
    for obj in objects:
        name = str(obj._meta.verbose_name)
        kinds[name] = kinds.get(name, 0) + 1
    return ", ".join(f"{name} × {n}" for name, n in sorted(kinds.items()))


# --- The write side, scoped like the read side -------------------------------------------------------------------

#: Every field of the serializer (for :attr:`ScopedSerializer.Meta.writable_by`).
ALL = frozenset({"__all__"})


@dataclass(frozen=True)
class InScope:
    """Where a written foreign key may point: ``queryset(actor, attrs, instance)`` is the set of records this
    writer may name in this field (``attrs`` the other validated values, ``instance`` the record being changed or
    None). ``allow_null``: whether an empty value is allowed (a station without a division is outside every
    area but a superuser's, so only a superuser may leave it empty)."""

    queryset: Callable[[Actor, dict, Model | None], QuerySet]
    allow_null: bool = True


class ScopedSerializer(serializers.ModelSerializer):
    """The write side of a record, declared once on its serializer and enforced for every view-set that uses it.

    ``Meta`` declares:

    - ``writable_by``: per role (``core.roles.Role``), the fields that role may write (:data:`ALL` for every
      writable field). A role that is not listed writes nothing; a field outside the set is refused with
      ``core.field_read_only`` naming it. A superuser counts as the coordinating office.
    - ``creatable_by``: the roles that may create such a record (default: the coordinating office).
    - ``create_only``: fields fixed once the record exists (a plan's, unit's, station's or section's
      ``division``; a task's or target's ``plan``): changing them is refused with ``core.field_read_only``.
    - ``scopes``: for **every** writable relation, an :class:`InScope` — the records the writer may point it
      at. A writable relation without one is a configuration error (fail closed), and
      ``core/tests/test_access_matrix.py`` checks every serializer behind the router.
    """

    def _actor(self) -> Actor:
        request = self.context.get("request")
        return actor_for(request.user if request is not None else None)

    @classmethod
    def meta(cls, name: str, default=None):
        return getattr(cls.Meta, name, default)

    def writable_relations(self) -> list[str]:
        return [
            name
            for name, field in self.fields.items()
            if not field.read_only
            and isinstance(field, serializers.RelatedField | serializers.ManyRelatedField)
        ]

    def check_declared(self) -> None:
        """Fail closed: every writable relation has a declared scope."""
        scopes = self.meta("scopes", {})
        missing = [name for name in self.writable_relations() if name not in scopes]
        if missing:
            raise ImproperlyConfigured(f"{type(self).__name__}: writable relations without a scope: {missing}")

    def to_internal_value(self, data):
        if hasattr(data, "keys"):
            self._check_fields(self._actor(), set(data.keys()))
        return super().to_internal_value(data)

    def _check_fields(self, actor: Actor, sent: set[str]) -> None:
        role = Role.COORDINATOR if actor.is_superuser else actor.role
        if self.instance is None:
            if role not in self.meta("creatable_by", frozenset({Role.COORDINATOR})):
                raise Forbidden(CoreError.CREATE_FORBIDDEN, model=self.Meta.model._meta.verbose_name)
            return
        allowed = self.meta("writable_by", {Role.COORDINATOR: ALL}).get(role)
        if allowed is None:
            raise Forbidden(CoreError.FORBIDDEN)
        if allowed is not ALL:
            extra = sorted(name for name in sent if name in self.fields and name not in allowed)
            if extra:
                raise DomainError(CoreError.FIELD_READ_ONLY, field=extra[0], name=extra[0])

    def validate(self, attrs):
        attrs = super().validate(attrs)
        self.check_declared()
        actor = self._actor()
        if self.instance is not None:
            for name in self.meta("create_only", ()):
                if name in attrs and _pk(attrs[name]) != _pk(getattr(self.instance, name)):
                    raise DomainError(CoreError.FIELD_READ_ONLY, field=name, name=name)
        for name, rule in self.meta("scopes", {}).items():
            if name not in attrs and self.instance is not None:
                continue
            value = attrs.get(name)
            values = list(value) if isinstance(value, list | tuple | QuerySet) else [value]
            for item in values:
                if item is None:
                    if rule.allow_null or actor.area_ids is None:
                        continue
                    raise DomainError(CoreError.REQUIRED_FOR_SCOPE, field=name, name=name)
                if not rule.queryset(actor, attrs, self.instance).filter(pk=item.pk).exists():
                    raise Forbidden(CoreError.OUT_OF_SCOPE, field=name, name=name, what=str(item))
        if self.meta("clean_model", False):
            self._clean_model(attrs)
        return attrs

    def _clean_model(self, attrs: dict) -> None:
        """Run the model's own ``clean()`` (e.g. ``Unit.clean``: a parent in the same city, never itself) on the
        record as it would be saved, and answer its errors per field."""
        import copy

        model = self.Meta.model
        obj = copy.copy(self.instance) if self.instance is not None else model()
        for name, value in attrs.items():
            field = model._meta.get_field(name) if name in {f.name for f in model._meta.get_fields()} else None
            if field is not None and not field.many_to_many:
                setattr(obj, name, value)
        try:
            obj.clean()
        except DjangoValidationError as exc:
            raise ValidationError(exc.message_dict if hasattr(exc, "error_dict") else exc.messages) from None


def _pk(value):
    return value.pk if isinstance(value, Model) else value


class ScopedModelViewSet(viewsets.ModelViewSet):
    """A model view-set whose querysets always come from the app's scope functions.

    Subclasses set ``visible`` and ``editable`` (``Actor -> QuerySet``): reading uses ``visible``; changing an
    object needs it in ``editable`` as well. The serializer (a :class:`ScopedSerializer`) declares who writes which
    field and where each written relation may point. Deleting needs the record in ``deletable`` (default: none —
    records are withdrawn or archived through their workflow, keeping history) and is refused with
    ``core.delete_cascades`` when it would take any record other than the ones listed in ``delete_cascades``
    (the record's own parts) with it — never another unit's progress reports, evidence or measurements.
    """

    visible = None
    editable = None
    deletable = None
    delete_cascades: tuple[str, ...] = ()  # "app_label.Model" labels a delete may take along
    #: Query parameters that narrow a list to one related record by id ("?plan=7"); an unknown or non-numeric
    #: value is refused, never ignored (a walkthrough found "?plan=7" silently returning every plan's targets).
    filter_ids: tuple[str, ...] = ()
    pagination_class = MaxLimitOffsetPagination

    @property
    def actor(self) -> Actor:
        return actor_for(self.request.user)

    def get_queryset(self) -> QuerySet:
        qs = type(self).visible(self.actor)
        if self.action == "list":
            for name in self.filter_ids:
                if (value := self.request.query_params.get(name)) is not None:
                    if not value.isdigit():
                        raise DomainError(CoreError.BAD_PARAMETER, field=name, name=name, problem=_("not a record id"))
                    qs = qs.filter(**{f"{name}_id": int(value)})
        return qs

    def can_change(self, actor: Actor, obj) -> bool:
        if self.request.method == "DELETE":
            return self.deletable is not None and type(self).deletable(actor).filter(pk=obj.pk).exists()
        return type(self).editable(actor).filter(pk=obj.pk).exists()

    def perform_create(self, serializer) -> None:
        self.check_create(self.actor, serializer.validated_data)
        serializer.save()

    def check_create(self, actor: Actor, data: dict) -> None:
        """Further conditions on a new record (who may create, and where, is the serializer's)."""

    def perform_destroy(self, instance) -> None:
        collector = Collector(using=router.db_for_write(type(instance), instance=instance) or DEFAULT_DB_ALIAS)
        collector.collect([instance])
        own = type(instance)._meta.label
        taken = [
            obj
            for model, objs in collector.data.items()
            if model._meta.label != own and model._meta.label not in self.delete_cascades
            for obj in objs
        ]
        taken += [obj for qs in collector.fast_deletes for obj in qs if qs.model._meta.label != own
                  and qs.model._meta.label not in self.delete_cascades]  # fmt: skip
        if taken:
            raise Conflict(CoreError.DELETE_CASCADES, what=_describe(taken))
        instance.delete()


class StrictPrimaryKeyRelatedField(serializers.PrimaryKeyRelatedField):
    """A related id must be an integer: DRF's default would look up 1.5 as record 1."""

    def __init__(self, **kwargs):
        kwargs.setdefault("pk_field", serializers.IntegerField())
        super().__init__(**kwargs)


class ModelSerializer(ScopedSerializer):
    """The project's base serializer: strict related ids, the write side declared (:class:`ScopedSerializer`),
    and the status field of a model with a workflow (``core.workflow.REGISTRY``) always read-only — a client that
    sends it is refused with ``core.status_read_only`` instead of having it silently ignored."""

    serializer_related_field = StrictPrimaryKeyRelatedField

    def get_fields(self):
        fields = super().get_fields()
        name = workflow_field(self.Meta.model)
        if name and name in fields:
            fields[name].read_only = True
        return fields

    def to_internal_value(self, data):
        name = workflow_field(self.Meta.model)
        if name and hasattr(data, "keys") and name in data:
            wf = REGISTRY[self.Meta.model]
            raise DomainError(CoreError.STATUS_READ_ONLY, field=name, actions=", ".join(wf.actions))
        return super().to_internal_value(data)
