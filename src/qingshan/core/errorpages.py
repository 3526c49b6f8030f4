"""The site's error answers: JSON ``{code, detail}`` on ``/api/`` (also under gunicorn, where Django's own error
pages are HTML), and on pages the site's own localized templates (``400.html``, ``403.html``, ``404.html``,
``500.html``, each extending ``base.html`` with the navigation). The 500 page renders without the database (no
session, no user lookup, no context processors): it must work when the database is what failed."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader

from .errors import CoreError, DomainError, TooLarge


def _is_api(request: HttpRequest) -> bool:
    return request.path.startswith("/api/")


def _answer(request: HttpRequest, template: str, error: DomainError, status: int) -> HttpResponse:
    if _is_api(request):
        return JsonResponse(error.as_dict(), status=status)
    return render(request, template, {"message": error.message, "code": error.code.value}, status=status)


def bad_request(request: HttpRequest, exception=None) -> HttpResponse:
    if isinstance(exception, DomainError):
        return _answer(request, "400.html", exception, exception.http_status)
    if isinstance(exception, RequestDataTooBig | TooManyFieldsSent | TooManyFilesSent):
        from django.conf import settings

        return _answer(
            request, "400.html", TooLarge(CoreError.BODY_TOO_LARGE, limit=settings.DATA_UPLOAD_MAX_MEMORY_SIZE), 413
        )
    return _answer(request, "400.html", DomainError(CoreError.BAD_REQUEST), 400)


def permission_denied(request: HttpRequest, exception=None) -> HttpResponse:
    return _answer(request, "403.html", DomainError(CoreError.FORBIDDEN), 403)


def page_not_found(request: HttpRequest, exception=None) -> HttpResponse:
    return _answer(request, "404.html", DomainError(CoreError.NOT_FOUND_ROUTE), 404)


def server_error(request: HttpRequest) -> HttpResponse:
    error = DomainError(CoreError.SERVER_ERROR)
    if _is_api(request):
        return JsonResponse(error.as_dict(), status=500)
    # No RequestContext: context processors and request.user would query the database.
    html = loader.get_template("500.html").render(
        {"message": error.message, "code": error.code.value, "user": AnonymousUser(), "request": request,
         "platform_name": _platform_name()}  # fmt: skip
    )
    return HttpResponse(html, status=500)


def _platform_name() -> str:
    from django.conf import settings

    return str(settings.PLATFORM_NAME)
