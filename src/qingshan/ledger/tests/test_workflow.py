"""The plan and task workflows (``ledger/workflow.py``): every (state, action, role), refusals by code, one event
row per step, the status never writable past the transition service (API, admin, CLI)."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

from qingshan.core.access import SYSTEM_LIKE_ROLES, actor_for
from qingshan.core.errors import CoreError, DomainError
from qingshan.core.workflow import SYSTEM, states_of, table_rows, transition
from qingshan.ledger.errors import LedgerError
from qingshan.ledger.models import Plan, PlanEvent, TaskEvent
from qingshan.ledger.workflow import PLAN_FLOW, TASK_FLOW

pytestmark = pytest.mark.django_db

ROLES = ["office", "office_pds", "leader", "sthj", "fgw", "dongqu", "monitor", "enforce", "anonymous", "admin"]

# Who may take each action — written out by hand from the rule book, not derived from the code under test.
PLAN_MAY = {
    "confirm": {"office", "admin"},
    "withdraw": {"office", "admin"},
    "archive": {"office", "admin"},
    "supersede": set(),  # the platform only
}
TASK_MAY = {  # on 攀枝花's task 5, led by 市生态环境局 (sthj), 东区 bound to it implicitly
    "start": {"office", "admin", "sthj"},
    "complete": {"office", "admin"},
    "reopen": {"office", "admin"},
}
PLAN_TABLE = {
    ("draft", "confirm"): "confirmed",
    ("draft", "withdraw"): "withdrawn",
    ("confirmed", "supersede"): "superseded",
    ("confirmed", "archive"): "archived",
}
TASK_TABLE = {
    ("not_started", "start"): "in_progress",
    ("not_started", "complete"): "completed",
    ("in_progress", "complete"): "completed",
    ("completed", "reopen"): "in_progress",
}


def _actor(users, name):
    from django.contrib.auth.models import AnonymousUser

    return actor_for(AnonymousUser() if name == "anonymous" else users[name])


def test_the_tables_are_as_documented():
    assert {(s, a): t for s, a, t in table_rows(PLAN_FLOW)} == PLAN_TABLE
    assert {(s, a): t for s, a, t in table_rows(TASK_FLOW)} == TASK_TABLE
    assert set(states_of(PLAN_FLOW)) == {"draft", "confirmed", "superseded", "withdrawn", "archived"}


def _check_every_cell(flow, obj, table, may, states, role, actor, event_model) -> int:
    """Take every action from every state as ``actor``; returns the number of cells checked. Each cell runs in a
    savepoint that is rolled back, so the next starts from a clean record."""
    from django.db import transaction

    checked = 0
    for state in states:
        for action in sorted(may):
            expected = table.get((state, action))
            sid = transaction.savepoint()
            type(obj).objects.filter(pk=obj.pk).update(status=state)
            obj.refresh_from_db()
            events = event_model.objects.count()
            try:
                transition(flow, obj, action, actor, comment="理由")
            except DomainError as exc:
                if expected is None:
                    assert exc.code == CoreError.TRANSITION_NOT_ALLOWED and exc.http_status == 409
                else:
                    assert role not in may[action], (state, action, role, exc.code)
                    assert exc.code == CoreError.TRANSITION_FORBIDDEN and exc.http_status == 403
                obj.refresh_from_db()
                assert obj.status == state and event_model.objects.count() == events
            else:
                assert expected is not None and role in may[action], (state, action, role)
                obj.refresh_from_db()
                assert obj.status == expected
                event = event_model.objects.latest("pk")
                assert (event.from_state, event.to_state, event.action) == (state, expected, action)
                assert event.comment == "理由" and event.actor_id == actor.user_id
            transaction.savepoint_rollback(sid)
            checked += 1
    return checked


@pytest.mark.parametrize("role", ROLES)
def test_plan_every_state_action_role(users, ledger, role):
    states = ["draft", "confirmed", "superseded", "withdrawn", "archived"]
    n = _check_every_cell(PLAN_FLOW, ledger["plan"], PLAN_TABLE, PLAN_MAY, states, role, _actor(users, role),
                          PlanEvent)  # fmt: skip
    assert n == 5 * 4


@pytest.mark.parametrize("role", ROLES)
def test_task_every_state_action_role(users, ledger, role):
    states = ["not_started", "in_progress", "completed"]
    n = _check_every_cell(TASK_FLOW, ledger["t_sthj"], TASK_TABLE, TASK_MAY, states, role, _actor(users, role),
                          TaskEvent)  # fmt: skip
    assert n == 3 * 3


def test_reasons_are_required_to_withdraw_archive_and_reopen(users, ledger):
    office = actor_for(users["office"])
    with pytest.raises(DomainError) as err:
        transition(PLAN_FLOW, ledger["draft"], "withdraw", office, comment="  ")
    assert err.value.code == CoreError.COMMENT_REQUIRED and err.value.field == "comment"
    with pytest.raises(DomainError) as err:
        transition(PLAN_FLOW, ledger["plan"], "archive", office)
    assert err.value.code == CoreError.COMMENT_REQUIRED


def test_units_act_only_on_tasks_of_a_confirmed_plan(users, ledger):
    with pytest.raises(DomainError) as err:
        transition(TASK_FLOW, ledger["t_draft"], "start", actor_for(users["office"]))
    assert err.value.code == LedgerError.PLAN_NOT_CONFIRMED
    # and no page offers the buttons there (walkthrough: a draft's task offered Start, which always failed)
    office = actor_for(users["office"])
    assert TASK_FLOW.available(ledger["t_draft"], office) == []
    assert [t.action for t in TASK_FLOW.available(ledger["t_sthj"], office)] == ["start", "complete"]


def test_confirming_a_revision_supersedes_the_version_in_force_with_an_event(users, ledger):
    old = ledger["plan"]
    new = Plan.objects.create(title=old.title, division=old.division, revision_of=old)
    transition(PLAN_FLOW, new, "confirm", actor_for(users["office"]))
    old.refresh_from_db()
    assert old.status == "superseded"
    ev = old.events.latest("pk")
    assert ev.action == "supersede" and ev.actor is None and ev.actor_role == "system"
    assert Plan.objects.filter(division=old.division, status="confirmed", title=old.title).count() == 1
    assert SYSTEM.role == "system" and "system" in SYSTEM_LIKE_ROLES


def test_status_is_refused_through_the_api(client, users, ledger):
    client.force_login(users["office"])
    for url, value in (
        (f"/api/plans/{ledger['draft'].pk}/", "confirmed"),
        (f"/api/tasks/{ledger['t_sthj'].pk}/", "completed"),
    ):
        for method in ("patch", "put"):
            resp = getattr(client, method)(url, {"status": value, "title": "x", "number": "9", "text": "x",
                                                  "plan": ledger["plan"].pk, "division": ledger["plan"].division_id},
                                           content_type="application/json")  # fmt: skip
            assert resp.status_code == 400, (url, method)
            assert resp.json()["code"] == "core.status_read_only" and resp.json()["field"] == "status"
    ledger["draft"].refresh_from_db()
    assert ledger["draft"].status == "draft" and ledger["draft"].confirmed_at is None
    # The refusal is translated where it is shown.
    resp = client.patch(f"/api/plans/{ledger['draft'].pk}/", {"status": "confirmed"},
                        content_type="application/json", HTTP_ACCEPT_LANGUAGE="en")  # fmt: skip
    assert "流程" in resp.json()["detail"] or "workflow" in resp.json()["detail"]


@override_settings(ADMIN_FOR_STAFF=True)
def test_status_is_read_only_in_the_admin(client, users, ledger):
    client.force_login(users["admin"])
    plan = ledger["draft"]
    url = f"/admin/ledger/plan/{plan.pk}/change/"
    page = client.get(url)
    assert page.status_code == 200 and 'name="status"' not in page.content.decode()
    client.post(url, {"title": plan.title, "division": plan.division_id, "status": "confirmed",
                      "issuer": "", "doc_number": "", "source_text": "", "file_name": "", "title_hint": ""})  # fmt: skip
    plan.refresh_from_db()
    assert plan.status == "draft"


def test_cli_refuses_to_confirm_a_superseded_plan(ledger):
    Plan.objects.filter(pk=ledger["plan"].pk).update(status="superseded")
    with pytest.raises(CommandError, match="已被修订版替代|Superseded"):
        call_command("plan", "confirm", str(ledger["plan"].pk))
    assert Plan.objects.get(pk=ledger["plan"].pk).status == "superseded"
