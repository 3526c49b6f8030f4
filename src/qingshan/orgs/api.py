from __future__ import annotations

from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers, viewsets
from rest_framework.decorators import api_view
from rest_framework.response import Response

from qingshan.core.access import actor_for
from qingshan.core.api import ScopedModelViewSet

from . import scope
from .serializers import DivisionSerializer, ProfileSerializer, UnitSerializer


class DivisionViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = DivisionSerializer

    def get_queryset(self):
        return scope.divisions_visible(actor_for(self.request.user))


class UnitViewSet(ScopedModelViewSet):
    """The unit registry: the office's, within its area. A unit named by a task, a report or a user is kept
    (protected: the delete answers ``core.delete_cascades``)."""

    serializer_class = UnitSerializer
    visible = staticmethod(scope.units_visible)
    editable = staticmethod(scope.units_editable)
    deletable = staticmethod(scope.units_editable)
    delete_cascades = ("orgs.UnitAlias",)


@extend_schema(
    responses=inline_serializer(
        "Me",
        {
            "username": serializers.CharField(allow_null=True),
            "role": serializers.CharField(),
            "unit": serializers.IntegerField(allow_null=True),
            "superuser": serializers.BooleanField(),
            "profile": ProfileSerializer(allow_null=True),
        },
    )
)
@api_view(["GET"])
def me(request):
    """The signed-in user's role, unit and area."""
    actor = actor_for(request.user)
    profile = getattr(request.user, "profile", None) if request.user.is_authenticated else None
    return Response(
        {
            "username": request.user.get_username() if request.user.is_authenticated else None,
            "role": actor.role,
            "unit": actor.unit_id,
            "superuser": actor.is_superuser,
            "profile": ProfileSerializer(profile).data if profile else None,
        }
    )
