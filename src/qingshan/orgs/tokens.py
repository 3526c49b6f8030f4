"""Expiring API tokens (DRF ``authtoken``; why not a token library: ``orgs/auth.py``). A module of its own because
DRF imports the authentication classes while it loads its settings, before the views of ``orgs.auth`` can be."""

from __future__ import annotations

from django.conf import settings
from django.utils import timezone
from rest_framework.authentication import TokenAuthentication
from rest_framework.exceptions import AuthenticationFailed

from qingshan.core.errors import CoreError, DomainError


class ExpiringTokenAuthentication(TokenAuthentication):
    """DRF token authentication that refuses (and deletes) a token older than ``settings.TOKEN_TTL``."""

    def authenticate_credentials(self, key):
        user, token = super().authenticate_credentials(key)
        if token.created < timezone.now() - settings.TOKEN_TTL:
            token.delete()
            raise AuthenticationFailed(DomainError(CoreError.TOKEN_EXPIRED).message, code="token_expired")
        return user, token
