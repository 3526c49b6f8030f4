"""One shape for every workflow: a table of states and transitions, and one service that takes them.

Each app that has a workflow declares it in its own ``workflow.py``::

    PLAN_FLOW = Workflow(
        model=Plan, event_model=PlanEvent, event_fk="plan",
        transitions=[
            Transition(Plan.Status.DRAFT, "confirm", Plan.Status.CONFIRMED, office_of_record, _("Confirm")),
            ...
        ],
    )

and changes a record's status only through :func:`transition`, which

1. locks the row (``select_for_update``) inside a transaction,
2. finds (current state, action) in the table — or refuses with ``core.transition_not_allowed`` (409),
3. asks the transition's ``allowed(actor, obj)`` — or refuses with ``core.transition_forbidden`` (403),
4. checks the comment a transition requires, then runs the transition's ``guard`` (more refusals) and ``apply``
   (other fields changed with the status, inside the same transaction),
5. saves the record and writes one event row (from, to, action, actor, comment, time),
6. sends :data:`transitioned` inside the transaction (for subscribers that must change records atomically with it)
   and runs the transition's ``on_commit`` effects and :data:`committed` subscribers once the transaction commits
   (schedules, notifications, caches).

Why a plain table and not a library: django-fsm(-2) puts transitions on model methods guarded by decorators and
protects the field by refusing plain assignment, which breaks ``refresh_from_db``, fixtures and history rows; its
row locking, actor checks and event rows would still be ours to write (django-fsm-log logs, but does not lock or
check an actor). python-statemachine and viewflow's fsm model one object's machine in memory, not a locked row with
an audit row. What we need is a data table that tests can enumerate — every (state, action, role) — and one
function; that is this module. ``status`` fields of registered workflows are made read-only in every serializer
(``core.api.ModelSerializer``) and admin (``core.admin_base.ScopedHistoryAdmin``), and a test walks every form.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from dataclasses import field as dc_field
from functools import partial
from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.dispatch import Signal
from django.utils.translation import gettext_lazy as _

from .access import Actor
from .errors import Conflict, CoreError, DomainError, Forbidden

#: Sent inside the transaction after a transition is saved: ``sender`` = model, ``obj``, ``transition``, ``event``,
#: ``actor``, ``context``.
transitioned = Signal()
#: Sent after the transaction commits, same arguments.
committed = Signal()

Check = Callable[[Actor, Any], bool]


def anyone(actor: Actor, obj: Any) -> bool:
    return not actor.read_only


def nobody(actor: Actor, obj: Any) -> bool:
    """For transitions only the platform itself takes (``SYSTEM`` actor)."""
    return False


@dataclass(frozen=True)
class Transition:
    source: str | tuple[str, ...]
    action: str
    target: str
    allowed: Check
    label: Any = ""
    comment_required: bool = False
    #: ``guard(obj, actor, context)`` raises a DomainError to refuse for reasons of the record's content.
    guard: Callable[[Any, Actor, dict], None] | None = None
    #: ``apply(obj, actor, context)`` changes other fields with the status, before the save.
    apply: Callable[[Any, Actor, dict], None] | None = None
    #: ``on_commit(obj, event, actor, context)`` runs after the transaction commits.
    on_commit: Callable[[Any, Any, Actor, dict], None] | None = None
    #: ``offered(obj)``: whether a page offers the action now (a 销号 button is not shown while the public notice
    #: runs). Only what buttons show: the guard still decides when the action is taken.
    offered: Callable[[Any], bool] | None = None

    @property
    def sources(self) -> tuple[str, ...]:
        return self.source if isinstance(self.source, tuple) else (self.source,)


@dataclass
class Workflow:
    model: type[models.Model]
    event_model: type[models.Model]
    event_fk: str
    transitions: list[Transition]
    field: str = "status"
    #: Label of the first event written by ``record_created`` (e.g. "Filed"); "Created" when unset.
    initial_label: Any = None
    _index: dict[tuple[str, str], Transition] = dc_field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for t in self.transitions:
            for s in t.sources:
                key = (str(s), t.action)
                if key in self._index:
                    raise ValueError(f"{self.model.__name__}: two transitions for {key}")
                self._index[key] = t
        REGISTRY[self.model] = self

    @property
    def actions(self) -> list[str]:
        return sorted({t.action for t in self.transitions})

    def find(self, state: str, action: str) -> Transition | None:
        return self._index.get((str(state), action))

    def available(self, obj: Any, actor: Actor) -> list[Transition]:
        """The transitions ``actor`` may take on ``obj`` now (for buttons on a page)."""
        state = str(getattr(obj, self.field))
        return [
            t
            for (s, _a), t in self._index.items()
            if s == state and t.allowed(actor, obj) and (t.offered is None or t.offered(obj))
        ]

    def can(self, obj: Any, actor: Actor, action: str) -> bool:
        t = self.find(getattr(obj, self.field), action)
        return t is not None and t.allowed(actor, obj)


#: Every declared workflow by model: serializers and admin make these fields read-only.
REGISTRY: dict[type[models.Model], Workflow] = {}


def workflow_field(model: type[models.Model]) -> str | None:
    wf = REGISTRY.get(model)
    return wf.field if wf else None


def _state_label(obj: Any, field_name: str, state: str) -> str:
    choices = dict(obj._meta.get_field(field_name).flatchoices)
    return str(choices.get(state, state))


def transition(
    workflow: Workflow,
    obj: Any,
    action: str,
    actor: Actor,
    *,
    comment: str = "",
    context: dict | None = None,
) -> Any:
    """Take ``action`` on ``obj`` as ``actor``; returns the saved, locked copy. Raises a DomainError to refuse."""
    context = dict(context or {})
    comment = (comment or "").strip()
    context.setdefault("comment", comment)
    with transaction.atomic():
        locked = type(obj).objects.select_for_update().get(pk=obj.pk)
        state = str(getattr(locked, workflow.field))
        t = workflow.find(state, action)
        action_label = str(t.label) if t and t.label else _action_label(workflow, action)
        if t is None:
            raise Conflict(
                CoreError.TRANSITION_NOT_ALLOWED,
                action=action_label,
                state=_state_label(locked, workflow.field, state),
            )
        if not t.allowed(actor, locked):
            raise Forbidden(CoreError.TRANSITION_FORBIDDEN, action=action_label)
        if t.comment_required and not comment:
            raise DomainError(CoreError.COMMENT_REQUIRED, field="comment", action=action_label)
        if t.guard:
            t.guard(locked, actor, context)
        setattr(locked, workflow.field, t.target)
        if t.apply:
            t.apply(locked, actor, context)
        locked.save()
        event = workflow.event_model.objects.create(
            **{workflow.event_fk: locked},
            action=action,
            from_state=state,
            to_state=str(t.target),
            actor_id=actor.user_id,
            actor_role=str(actor.role),
            comment=comment,
        )
        kwargs = {"obj": locked, "transition": t, "event": event, "actor": actor, "context": context}
        transitioned.send(sender=type(obj), **kwargs)
        if t.on_commit:
            transaction.on_commit(partial(t.on_commit, locked, event, actor, context))
        transaction.on_commit(partial(committed.send, sender=type(obj), **kwargs))
    # Keep the caller's instance in step with the saved row.
    for f in locked._meta.concrete_fields:
        setattr(obj, f.attname, getattr(locked, f.attname))
    return locked


def record_created(workflow: Workflow, obj: Any, actor: Actor, action: str, comment: str = "") -> Any:
    """The event row of a record's first step (created in its initial state by a service, e.g. a report filed):
    from "" to the record's state. Call inside the service's transaction."""
    return workflow.event_model.objects.create(
        **{workflow.event_fk: obj},
        action=action,
        from_state="",
        to_state=str(getattr(obj, workflow.field)),
        actor_id=actor.user_id,
        actor_role=str(actor.role),
        comment=(comment or "").strip(),
    )


def _action_label(workflow: Workflow, action: str) -> str:
    for t in workflow.transitions:
        if t.action == action and t.label:
            return str(t.label)
    return action


#: The platform acting on its own (e.g. superseding the old version when a new one is confirmed).
SYSTEM = Actor(user_id=None, role="system", area_ids=None, is_superuser=True)


class TransitionEvent(models.Model):
    """Abstract event row of a workflow: concrete models add the foreign key to their record (``event_fk``)."""

    action = models.CharField(_("action"), max_length=32)
    from_state = models.CharField(_("from"), max_length=32)
    to_state = models.CharField(_("to"), max_length=32)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("by"),
    )
    actor_role = models.CharField(_("role"), max_length=16, blank=True)
    comment = models.TextField(_("comment"), blank=True)
    at = models.DateTimeField(_("time"), auto_now_add=True)

    class Meta:
        abstract = True
        ordering = ["at", "pk"]

    @property
    def action_label(self) -> str:
        """The action's label in the active language, from the workflow this event belongs to."""
        for wf in REGISTRY.values():
            if wf.event_model is type(self):
                if self.from_state == "":
                    return str(wf.initial_label or _("Created"))
                return _action_label(wf, self.action)
        return self.action


def states_of(workflow: Workflow) -> list[str]:
    return [str(v) for v, _label in workflow.model._meta.get_field(workflow.field).flatchoices]


def table_rows(workflow: Workflow) -> Iterable[tuple[str, str, str]]:
    """(from, action, to) of every transition, for docs and tests."""
    for t in workflow.transitions:
        for s in t.sources:
            yield str(s), t.action, str(t.target)


def events_stamp() -> tuple:
    """The latest event row of every registered workflow, in one query: it changes with every transition."""
    from django.db import connection

    tables = sorted({wf.event_model._meta.db_table for wf in REGISTRY.values()})
    if not tables:
        return ()
    with connection.cursor() as cur:
        cur.execute("SELECT " + ", ".join(f"(SELECT MAX(id) FROM {t})" for t in tables))
        return tuple(cur.fetchone())
