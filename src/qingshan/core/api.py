"""Shared pieces of the JSON API (Django REST framework + drf-spectacular)."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError
from django.db.models import QuerySet
from rest_framework import serializers, viewsets
from rest_framework.exceptions import PermissionDenied, ValidationError
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from .access import Actor, actor_for


def date_param(request, name: str) -> date | None:
    """A ``YYYY-MM-DD`` query parameter, or None when absent; a 400 naming the parameter when malformed."""
    raw = request.query_params.get(name)
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise ValidationError({name: [f"not a date (YYYY-MM-DD): {raw!r}"]}) from None


def exception_handler(exc, context) -> Response | None:
    """DRF's handler, plus model-level errors turned into 400s that name the field (never a 500)."""
    if isinstance(exc, DjangoValidationError):
        detail = exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
        exc = ValidationError(detail)
    elif isinstance(exc, IntegrityError):
        exc = ValidationError({"non_field_errors": [f"The record conflicts with an existing one: {exc}"]})
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
            raise PermissionDenied("Only the coordinating office may create these records.")


class StrictPrimaryKeyRelatedField(serializers.PrimaryKeyRelatedField):
    """A related id must be an integer: DRF's default would look up 1.5 as record 1."""

    def __init__(self, **kwargs):
        kwargs.setdefault("pk_field", serializers.IntegerField())
        super().__init__(**kwargs)


class ModelSerializer(serializers.ModelSerializer):
    """The project's base serializer: strict related ids."""

    serializer_related_field = StrictPrimaryKeyRelatedField
