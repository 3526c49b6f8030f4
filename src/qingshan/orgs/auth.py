"""Signing in: password rules, lockout answers, expiring API tokens revoked on a password change.

Tokens: DRF's own ``authtoken`` (one token per user, ``Authorization: Token …``, ``POST /api/token/``) with an
expiry check and a revocation hook, rather than a second token library (django-rest-knox): the API, its clients
and the admin's token page stay as they are, and the two rules we need — a token older than ``TOKEN_TTL`` is
refused and deleted, and every token of a user is deleted when the password changes — are a dozen lines here.
"""

from __future__ import annotations

import re

from django.conf import settings
from django.contrib.auth import authenticate, get_user_model
from django.core.exceptions import ValidationError
from django.db.models.signals import pre_save
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.authtoken.models import Token
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from qingshan.core.errors import CoreError, DomainError
from qingshan.core.limits import SafeJSONParser, TokenRateThrottle

#: Words a password may not consist of (alone or repeated): the platform's and the demo users' names.
PLATFORM_WORDS = frozenset(
    {"qingshan", "青山", "admin", "office", "leader", "monitor", "enforce", "sthj", "fgw", "dongqu", "password"}
)


class PlatformWordsValidator:
    """Refuses passwords made of one platform word or the user name (``qingshan``, ``office-office``), and any
    password that is one short piece repeated (``20262026``, ``abcabc``)."""

    def validate(self, password: str, user=None) -> None:
        plain = re.sub(r"[\W_]+", "", password.lower())
        words = set(PLATFORM_WORDS)
        if user is not None and getattr(user, "username", ""):
            words.add(re.sub(r"[\W_]+", "", user.username.lower()))
        piece = _repeated_piece(plain)
        if plain in words or piece in words:
            raise ValidationError(_("This password is the platform's or the user's name."), code="platform_word")
        if piece != plain:
            raise ValidationError(_("This password repeats one short piece."), code="repeated")

    def get_help_text(self) -> str:
        return _("Your password cannot be the platform's name, your user name, or one piece repeated.")


def _repeated_piece(text: str) -> str:
    """The shortest piece whose repetition is ``text`` (``text`` itself when there is none)."""
    match = re.fullmatch(r"(.+?)\1+", text)
    return match.group(1) if match else text


def locked_out(request: HttpRequest, original_response=None, credentials=None) -> HttpResponse:
    """django-axes' answer to a locked-out sign-in: coded JSON on /api/, the login page with the message else."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    error = DomainError(CoreError.LOCKED_OUT, minutes=minutes)
    if request.path.startswith("/api/"):
        return JsonResponse(error.as_dict(), status=429)
    from django.contrib.auth.forms import AuthenticationForm

    form = AuthenticationForm(request)
    return render(request, "registration/login.html", {"form": form, "lockout": error.message}, status=429)


class TokenRequest(serializers.Serializer):
    username = serializers.CharField(max_length=150)
    password = serializers.CharField(max_length=128, trim_whitespace=False)


class ObtainToken(APIView):
    """``POST /api/token/`` with ``username`` and ``password``: a token valid for ``TOKEN_TTL`` (a new one when the
    old has expired). Throttled per address, locked out with the login page (django-axes), bounded JSON."""

    authentication_classes: list = []
    permission_classes: list = []
    throttle_classes = [TokenRateThrottle]
    parser_classes = [SafeJSONParser, FormParser, MultiPartParser]

    @extend_schema(
        request=TokenRequest,
        responses=inline_serializer("TokenResponse", {"token": serializers.CharField(),
                                                      "expires": serializers.DateTimeField()}),  # fmt: skip
    )
    def post(self, request):
        given = TokenRequest(data=request.data)
        given.is_valid(raise_exception=True)
        username, password = given.validated_data["username"], given.validated_data["password"]
        user = authenticate(request._request, username=username, password=password)
        if getattr(request._request, "axes_locked_out", False):
            minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
            return Response(DomainError(CoreError.LOCKED_OUT, minutes=minutes).as_dict(), status=429)
        if user is None or not user.is_active:
            raise DomainError(CoreError.BAD_CREDENTIALS)
        token, _created = Token.objects.get_or_create(user=user)
        if token.created < timezone.now() - settings.TOKEN_TTL:
            token.delete()
            token = Token.objects.create(user=user)
        return Response({"token": token.key, "expires": token.created + settings.TOKEN_TTL})


@receiver(pre_save, sender=get_user_model(), dispatch_uid="qingshan-revoke-tokens-on-password-change")
def revoke_tokens_on_password_change(sender, instance, raw=False, **kwargs) -> None:
    """A changed password revokes every API token of the user (sessions end by Django's session hash)."""
    if raw or instance.pk is None:
        return
    old = sender.objects.filter(pk=instance.pk).values_list("password", flat=True).first()
    if old is not None and old != instance.password:
        Token.objects.filter(user_id=instance.pk).delete()
