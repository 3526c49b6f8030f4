"""Bounded input: request bodies, uploaded files and JSON, each with a configurable limit and a coded refusal.

Settings (environment variables in parentheses, see README "Settings"):

- ``QINGSHAN_MAX_REQUEST_BYTES`` (``QINGSHAN_MAX_REQUEST_MB``, default 64 MB): the whole body of any request,
  refused from its ``Content-Length`` before anything is read (413, ``core.body_too_large``).
- ``QINGSHAN_MAX_UPLOAD_BYTES`` (``QINGSHAN_MAX_UPLOAD_MB``, default 20 MB): each uploaded file (plan documents,
  evidence), refused while it streams in — nothing past the limit is written to disk (413,
  ``core.upload_too_large``).
- ``DATA_UPLOAD_MAX_MEMORY_SIZE`` (Django; default 2.5 MB): a form or JSON body without files. Django checks it for
  forms; :class:`qingshan.core.api.SafeJSONParser` applies it to JSON, which DRF reads past Django's check.
- ``QINGSHAN_API_MAX_JSON_DEPTH`` (default 32) and ``QINGSHAN_API_MAX_PAGE_SIZE`` (default 500).
"""

from __future__ import annotations

import json

from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.core.files.uploadhandler import FileUploadHandler
from django.http import HttpRequest, HttpResponse
from rest_framework import throttling
from rest_framework.exceptions import ParseError
from rest_framework.pagination import LimitOffsetPagination
from rest_framework.parsers import JSONParser

from .errors import CoreError, DomainError, TooLarge


class BodyTooLarge(TooLarge, SuspiciousOperation):
    """Also a ``SuspiciousOperation``: raised while Django's CSRF middleware reads the form (before any view), it
    reaches ``handler400`` (:func:`qingshan.core.errorpages.bad_request`), which answers it with its own 413."""


def body_limit() -> int:
    return settings.DATA_UPLOAD_MAX_MEMORY_SIZE or settings.QINGSHAN_MAX_REQUEST_BYTES


class RequestSizeMiddleware:
    """Refuse a request whose declared body exceeds ``QINGSHAN_MAX_REQUEST_BYTES`` before reading it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        limit = settings.QINGSHAN_MAX_REQUEST_BYTES
        if length > limit:
            from .access import refuse

            return refuse(request, BodyTooLarge(CoreError.BODY_TOO_LARGE, limit=limit))
        return self.get_response(request)


class LimitedUploadHandler(FileUploadHandler):
    """First in ``FILE_UPLOAD_HANDLERS``: counts each file's bytes as they stream in and stops the upload at
    ``QINGSHAN_MAX_UPLOAD_BYTES`` with a coded refusal (shown on the page or as JSON by the access middleware)."""

    def new_file(self, field_name, file_name, *args, **kwargs):
        self._name, self._seen = file_name, 0
        return super().new_file(field_name, file_name, *args, **kwargs)

    def receive_data_chunk(self, raw_data, start):
        self._seen += len(raw_data)
        limit = settings.QINGSHAN_MAX_UPLOAD_BYTES
        if self._seen > limit:
            raise BodyTooLarge(CoreError.UPLOAD_TOO_LARGE, field=self.field_name if hasattr(self, "field_name") else None,
                           name=self._name, limit=limit // (1024 * 1024))  # fmt: skip
        return raw_data

    def file_complete(self, file_size):
        return None


# --- Request rates --------------------------------------------------------------------------------------------


class _SettingsRate:
    """Rates from ``settings.API_RATES`` read per request (DRF binds its rate table when the class is defined, so
    a deployment's or a test's setting would otherwise be ignored)."""

    def get_rate(self):
        return settings.API_RATES.get(self.scope)


class UserRateThrottle(_SettingsRate, throttling.UserRateThrottle):
    pass


class AnonRateThrottle(_SettingsRate, throttling.AnonRateThrottle):
    pass


class TokenRateThrottle(_SettingsRate, throttling.AnonRateThrottle):
    """``/api/token/``: a few attempts per minute per address (django-axes locks a user name out as well)."""

    scope = "token"


# --- Bounded input ---------------------------------------------------------------------------------------------


class MaxLimitOffsetPagination(LimitOffsetPagination):
    """Limit/offset pages whose size is capped (``QINGSHAN_API_MAX_PAGE_SIZE``, default 500): ``?limit=1000000``
    answers one page of at most that many records, never the whole table."""

    @property
    def max_limit(self) -> int:  # read per request so that a deployment (or a test) may change the setting
        return settings.QINGSHAN_API_MAX_PAGE_SIZE


class SafeJSONParser(JSONParser):
    """JSON bodies bounded in size and depth.

    DRF reads a JSON body straight from the request stream, so Django's ``DATA_UPLOAD_MAX_MEMORY_SIZE`` (checked
    only by ``HttpRequest.body``) does not apply: this parser reads at most that many bytes and refuses more with
    ``core.body_too_large`` (413). Python's ``json`` raises ``RecursionError`` on deeply nested input (a 500);
    nesting deeper than ``QINGSHAN_API_MAX_JSON_DEPTH`` (default 32) is refused with ``core.json_too_deep`` (400).
    """

    def parse(self, stream, media_type=None, parser_context=None):
        limit = body_limit()
        raw = stream.read(limit + 1) if stream is not None else b""
        if len(raw) > limit:
            raise BodyTooLarge(CoreError.BODY_TOO_LARGE, limit=limit)
        encoding = (parser_context or {}).get("encoding", settings.DEFAULT_CHARSET)
        try:
            data = json.loads(raw.decode(encoding), parse_constant=_refuse_constant)
        except RecursionError:
            raise DomainError(CoreError.JSON_TOO_DEEP, depth=settings.QINGSHAN_API_MAX_JSON_DEPTH) from None
        except (ValueError, UnicodeDecodeError) as exc:
            raise ParseError(f"JSON parse error - {exc}") from None
        if _depth(data) > settings.QINGSHAN_API_MAX_JSON_DEPTH:
            raise DomainError(CoreError.JSON_TOO_DEEP, depth=settings.QINGSHAN_API_MAX_JSON_DEPTH)
        return data


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not a JSON number")


def _depth(data) -> int:
    """Nesting depth of parsed JSON, iteratively (no recursion limit of our own to hit)."""
    deepest, stack = 0, [(data, 1)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, dict | list):
            deepest = max(deepest, level)
            stack.extend((child, level + 1) for child in (node.values() if isinstance(node, dict) else node))
    return deepest
