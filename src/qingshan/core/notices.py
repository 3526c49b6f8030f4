"""What awaits a person (待办与提醒): every app registers providers of notices for an actor; the workbench and the
notifications page show them, the header shows how many need action. Derived from the records each time (a
returned report, a report due within a week, an overdue task, reports awaiting review) — never stored, so they
can never disagree with the records and a read never writes.

    notices.register(provider, cheap=True)   # provider(actor, today) -> list[Notice]

``cheap`` providers (a query or two) also feed the count in the header on every page; the rest only the pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from .access import Actor


@dataclass(frozen=True)
class Notice:
    kind: str  # a stable code: "report_returned", "report_due", "report_overdue", "task_overdue", "review" …
    text: str  # translated when made (providers run inside the request's language)
    url: str
    level: str = "info"  # "action" (someone must act), "warning" (overdue), "info"
    when: date | None = None


Provider = Callable[[Actor, date], list[Notice]]
_PROVIDERS: list[tuple[Provider, bool]] = []


def register(provider: Provider, cheap: bool = False) -> None:
    if all(p is not provider for p, _c in _PROVIDERS):
        _PROVIDERS.append((provider, cheap))


def notices_for(actor: Actor, today: date, cheap_only: bool = False) -> list[Notice]:
    if actor.user_id is None and not actor.is_superuser:
        return []
    out: list[Notice] = []
    for provider, cheap in _PROVIDERS:
        if cheap or not cheap_only:
            out.extend(provider(actor, today))
    order = {"action": 0, "warning": 1, "info": 2}
    return sorted(out, key=lambda n: (order.get(n.level, 3), n.when or today))


def cached_notices(actor: Actor, today: date) -> list[Notice]:
    """:func:`notices_for`, kept per person, day and language, keyed by the data stamp and the latest event of every
    workflow (``core.workflow.events_stamp``: a status change always writes one), for two minutes at most (alerts
    and due dates also move without a history row or an event). The workbench, ``/notifications/`` and the header
    count read the same list, so they agree, and a page does not compute it twice."""
    from django.core.cache import cache
    from django.utils.translation import get_language

    from .stamps import change_stamp

    if actor.user_id is None and not actor.is_superuser:
        return []
    key = f"qingshan:notices:{actor.user_id}:{today}:{get_language()}:{change_stamp()}"
    found = cache.get(key)
    if found is None:
        found = notices_for(actor, today)
        cache.set(key, found, 120)
    return found
