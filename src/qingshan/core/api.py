"""Shared pieces of the JSON API (Django REST framework + drf-spectacular)."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError
from django.db.models import QuerySet
from rest_framework import serializers, viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from .access import Actor, actor_for
from .errors import Conflict, CoreError, DomainError, Forbidden
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
    model-level errors become 400s that name the field and integrity errors 409s (never a 500)."""
    if isinstance(exc, DomainError):
        return Response(exc.as_dict(), status=exc.http_status)
    if isinstance(exc, DjangoValidationError):
        detail = exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
        exc = ValidationError(detail)
    elif isinstance(exc, IntegrityError):
        err = Conflict(CoreError.CONFLICT)
        return Response(err.as_dict(), status=err.http_status)
    return drf_exception_handler(exc, context)


class ScopedModelViewSet(viewsets.ModelViewSet):
    """A model view-set whose querysets always come from the app's scope functions.

    Subclasses set ``visible`` and ``editable`` (``Actor -> QuerySet``). Reading uses ``visible``; changing an
    object needs it in ``editable`` as well, checked by ``ApiAccessPolicy.has_object_permission``.
    """

    visible = None
    editable = None

    @property
    def actor(self) -> Actor:
        return actor_for(self.request.user)

    def get_queryset(self) -> QuerySet:
        return type(self).visible(self.actor)

    def can_change(self, actor: Actor, obj) -> bool:
        return type(self).editable(actor).filter(pk=obj.pk).exists()

    def perform_create(self, serializer) -> None:
        self.check_create(self.actor, serializer.validated_data)
        serializer.save()

    def check_create(self, actor: Actor, data: dict) -> None:
        if not actor.is_office:
            raise Forbidden(CoreError.OFFICE_ONLY)


class StrictPrimaryKeyRelatedField(serializers.PrimaryKeyRelatedField):
    """A related id must be an integer: DRF's default would look up 1.5 as record 1."""

    def __init__(self, **kwargs):
        kwargs.setdefault("pk_field", serializers.IntegerField())
        super().__init__(**kwargs)


class ModelSerializer(serializers.ModelSerializer):
    """The project's base serializer: strict related ids, and the status field of a model with a workflow
    (``core.workflow.REGISTRY``) always read-only — a client that sends it is refused with
    ``core.status_read_only`` instead of having it silently ignored."""

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
