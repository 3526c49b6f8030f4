"""Who may see what — enforced on the server for every page and API route.

Two layers:

1. **Route rules.** Every URL pattern has a rule in :data:`RULES` (registered by each app's ``urls.py`` through
   :func:`register`). A route without a rule is refused (fail closed), and ``core/tests/test_access_matrix.py``
   fails when a new route has none.
2. **Record scoping.** Views and API view-sets never use ``Model.objects.all()`` for business records; they ask
   the app's ``scope`` module for the queryset an :class:`Actor` may read or change (a department sees only its own
   unit's tasks, a county only its area, the public only what is published). Area filters go through
   :func:`in_area`.

This module is the bottom layer: it knows roles (:mod:`core.roles`) but not the organisation app. ``orgs``
registers how a user becomes an :class:`Actor` (:func:`set_actor_resolver`, from its ``AppConfig.ready``).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.auth.views import redirect_to_login
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import ResolverMatch
from rest_framework.permissions import SAFE_METHODS, BasePermission

from .errors import CoreError, DomainError, Forbidden, Unavailable
from .roles import CITY_WIDE_ROLES, READ_ONLY_ROLES, Role


class Access(enum.StrEnum):
    PUBLIC = "public"  # anyone, signed in or not (the disclosure portal, login, language switch)
    LOGIN = "login"  # any signed-in user; records are scoped per actor by the view
    OFFICE = "office"  # coordinating office (and superusers) only
    ADMIN = "admin"  # Django admin: its own staff/permission checks apply


RULES: dict[str, Access] = {}
NAMESPACE_RULES: dict[str, Access] = {"admin": Access.ADMIN}


def register(namespace: str, rules: dict[str, Access]) -> None:
    """Declare the rule of each named route of ``namespace`` (call from the app's urls.py)."""
    for name, rule in rules.items():
        RULES[f"{namespace}:{name}" if namespace else name] = rule


def rule_for(match: ResolverMatch | None) -> Access | None:
    if match is None:
        return None
    for ns in match.namespaces[:1]:
        if ns in NAMESPACE_RULES:
            return NAMESPACE_RULES[ns]
    return RULES.get(match.view_name)


@dataclass(frozen=True)
class Actor:
    """The person behind a request, reduced to what access decisions need."""

    user_id: int | None
    role: str
    unit_id: int | None = None
    area_ids: frozenset[int] | None = frozenset()  # None: every division (superuser)
    is_superuser: bool = False

    @property
    def is_public(self) -> bool:
        return self.role == Role.PUBLIC

    @property
    def read_only(self) -> bool:
        return self.role in READ_ONLY_ROLES and not self.is_superuser

    @property
    def is_office(self) -> bool:
        return self.is_superuser or self.role == Role.COORDINATOR

    @property
    def manages_monitoring(self) -> bool:
        """May change monitoring records (stations, sections, air sources): the office or the monitoring centre."""
        return not self.read_only and (self.is_office or self.role == Role.MONITORING)

    def in_area(self, division_id: int | None) -> bool:
        return self.area_ids is None or (division_id is not None and division_id in self.area_ids)


ANONYMOUS = Actor(user_id=None, role=Role.PUBLIC)
#: Roles that are not people's (the platform acting on its own, ``core.workflow.SYSTEM``).
SYSTEM_LIKE_ROLES = frozenset({"system"})
#: A person at the command line (``qingshan plan confirm``, the demo): every area, the office's rights — but not
#: the platform's own transitions (``core.workflow.SYSTEM``).
ADMINISTRATOR = Actor(user_id=None, role=Role.COORDINATOR, area_ids=None, is_superuser=True)


def in_area(qs: QuerySet, actor: Actor, field: str = "division") -> QuerySet:
    """The one area filter: records whose ``field`` (a division foreign key, or a path to one such as
    ``plan__division``) lies in the actor's area. A superuser's area is everything; an actor without an area sees
    nothing."""
    if actor.area_ids is None:
        return qs
    return qs.filter(**{f"{field}__in": actor.area_ids})


def monitoring_editable(actor: Actor, qs: QuerySet) -> QuerySet:
    """Monitoring records (``division``-keyed) the actor may change: those of its area, if it manages monitoring."""
    if not actor.manages_monitoring:
        return qs.none()
    return in_area(qs, actor)


def _no_resolver(user) -> Actor:
    raise RuntimeError("no actor resolver registered: is qingshan.orgs installed?")


_resolver: Callable[[object], Actor] = _no_resolver


def set_actor_resolver(resolver: Callable[[object], Actor]) -> None:
    """Register how a signed-in, non-superuser user becomes an :class:`Actor` (``orgs`` does, from profiles)."""
    global _resolver
    _resolver = resolver


def actor_for(user) -> Actor:
    """Build (and cache on the user object) the :class:`Actor` for ``user``."""
    if user is None or not user.is_authenticated:
        return ANONYMOUS
    cached = getattr(user, "_qingshan_actor", None)
    if cached is not None:
        return cached
    if user.is_superuser:
        actor = Actor(user.pk, Role.COORDINATOR, None, None, True)
    else:
        actor = _resolver(user)
    user._qingshan_actor = actor
    return actor


def city_wide(role: str) -> bool:
    """Roles whose area is the whole city of their profile's division."""
    return role in CITY_WIDE_ROLES


def _is_api(request: HttpRequest) -> bool:
    return request.path.startswith("/api/")


def refuse(request: HttpRequest, exc: DomainError) -> HttpResponse:
    """The one way a page or API route answers a refusal: JSON ``{code, detail, field}`` on ``/api/``, else the
    site's error page (with its navigation) in the user's language, with the error's HTTP status."""
    if _is_api(request):
        return JsonResponse(exc.as_dict(), status=exc.http_status)
    from django.shortcuts import render

    return render(
        request, "core/denied.html", {"message": exc.message, "code": exc.code.value}, status=exc.http_status
    )


class AccessPolicyMiddleware:
    """Applies the route rule of every request before its view runs, and turns a :class:`DomainError` raised by a
    view into :func:`refuse`'s answer."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        try:
            self.check(request)
        except _LoginRequired:
            return redirect_to_login(request.get_full_path())
        except DomainError as exc:
            return refuse(request, exc)
        return None

    def process_exception(self, request: HttpRequest, exception: Exception):
        if isinstance(exception, DomainError):
            return refuse(request, exception)
        busy = database_busy(exception)
        if busy is not None:
            return refuse(request, busy)
        return None

    @staticmethod
    def check(request: HttpRequest) -> None:
        match = request.resolver_match
        rule = rule_for(match)
        if rule is None:
            raise Forbidden(CoreError.NO_RULE)
        if _is_api(request):
            # API routes authenticate by session or token inside DRF; ApiAccessPolicy applies the rule there.
            return
        if rule in (Access.PUBLIC, Access.ADMIN):
            return
        if not request.user.is_authenticated:
            raise _LoginRequired
        actor = actor_for(request.user)
        if rule == Access.OFFICE and not actor.is_office:
            raise Forbidden(CoreError.OFFICE_ONLY)
        if request.method not in SAFE_METHODS and actor.read_only:
            raise Forbidden(CoreError.READ_ONLY)


def database_busy(exception: Exception) -> DomainError | None:
    """A database that is write-locked past the busy timeout (SQLite) or unreachable answers 503 with a coded
    message instead of a 500 traceback."""
    from django.db import InterfaceError, OperationalError

    if not isinstance(exception, OperationalError | InterfaceError):
        return None
    text = str(exception).lower()
    if "locked" in text or "busy" in text:
        return Unavailable(CoreError.DATABASE_BUSY)
    if "connect" in text or "server closed" in text or "terminating connection" in text:
        return Unavailable(CoreError.DATABASE_UNAVAILABLE)
    return None


class _LoginRequired(Exception):
    """An anonymous visitor on a signed-in page: sent to the login page, not refused."""


class ApiAccessPolicy(BasePermission):
    """DRF side of the same rules; object-level checks ask the view's ``can_change(actor, obj)``."""

    message = CoreError.FORBIDDEN.label

    def has_permission(self, request, view) -> bool:
        rule = rule_for(request.resolver_match)
        if rule is None:
            return False
        if rule == Access.PUBLIC and request.method in SAFE_METHODS:
            return True
        if not (request.user and request.user.is_authenticated):
            return False
        actor = actor_for(request.user)
        if rule == Access.OFFICE and not actor.is_office:
            raise Forbidden(CoreError.OFFICE_ONLY)
        if request.method not in SAFE_METHODS and actor.read_only:
            raise Forbidden(CoreError.READ_ONLY)
        return True

    def has_object_permission(self, request, view, obj) -> bool:
        if request.method in SAFE_METHODS:
            return True  # reading is decided by the view's scoped queryset
        can_change = getattr(view, "can_change", None)
        if can_change and can_change(actor_for(request.user), obj):
            return True
        raise Forbidden(CoreError.DELETE_FORBIDDEN if request.method == "DELETE" else CoreError.FORBIDDEN)


class ChineseFirstLocaleMiddleware:
    """Chinese first: pages are zh-hans unless the user chose another language (cookie or URL), whatever the
    browser's Accept-Language says. Placed before Django's LocaleMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.META.pop("HTTP_ACCEPT_LANGUAGE", None)
        return self.get_response(request)
