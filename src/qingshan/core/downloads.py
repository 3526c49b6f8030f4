"""File downloads: one place for the content types and the UTF-8 file name header (RFC 6266 ``filename*``), so
Chinese file names ("台账-3.xlsx", "目标清单-2026-11-23.xlsx") reach every browser intact."""

from __future__ import annotations

from urllib.parse import quote

from django.http import HttpResponse

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PDF = "application/pdf"


def as_attachment(resp: HttpResponse, name: str) -> HttpResponse:
    resp["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(name)}"
    return resp


def download(content: bytes, content_type: str, name: str) -> HttpResponse:
    return as_attachment(HttpResponse(content, content_type=content_type), name)
