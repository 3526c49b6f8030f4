"""The progress-report workflow (``dispatch/workflow.py``): every (state, action, role), the review history kept as
events, a report's status never writable past the transition service."""

from __future__ import annotations

from datetime import date

import pytest
from django.test import override_settings

from qingshan.core.access import actor_for
from qingshan.core.errors import CoreError, DomainError
from qingshan.core.workflow import table_rows
from qingshan.dispatch.models import ProgressReport, ReportEvent
from qingshan.dispatch.services import file_report, review_report
from qingshan.dispatch.workflow import REPORT_FLOW
from qingshan.ledger.tests.test_workflow import ROLES, _actor, _check_every_cell

pytestmark = pytest.mark.django_db

REPORT_TABLE = {
    ("submitted", "accept"): "accepted",
    ("submitted", "return"): "returned",
    ("returned", "resubmit"): "submitted",
}
REPORT_MAY = {  # 市生态环境局 (sthj) filed the report on its task of 攀枝花's plan
    "accept": {"office", "admin"},
    "return": {"office", "admin"},
    "resubmit": {"sthj"},
}


def test_the_table_is_as_documented():
    assert {(s, a): t for s, a, t in table_rows(REPORT_FLOW)} == REPORT_TABLE


@pytest.mark.parametrize("role", ROLES)
def test_report_every_state_action_role(users, ledger, reports, role):
    n = _check_every_cell(REPORT_FLOW, reports["r_sthj"], REPORT_TABLE, REPORT_MAY,
                          ["submitted", "accepted", "returned"], role, _actor(users, role), ReportEvent)  # fmt: skip
    assert n == 3 * 3


def test_the_review_history_is_never_overwritten(users, ledger, reports):
    r = reports["r_sthj"]
    office, sthj = actor_for(users["office"]), actor_for(users["sthj"])
    review_report(r, office, accept=False, comment="缺少佐证材料")
    file_report(sthj, task=r.task, period_start=date(2024, 4, 1), text="补充了佐证")
    review_report(ProgressReport.objects.get(pk=r.pk), office, accept=True, comment="同意")
    rows = list(r.events.values_list("action", "from_state", "to_state", "comment"))
    assert rows == [
        ("submit", "", "submitted", ""),
        ("return", "submitted", "returned", "缺少佐证材料"),
        ("resubmit", "returned", "submitted", ""),
        ("accept", "submitted", "accepted", "同意"),
    ]
    r.refresh_from_db()
    assert r.status == "accepted" and r.text == "补充了佐证"


def test_a_return_needs_a_reason(users, reports):
    with pytest.raises(DomainError) as err:
        review_report(reports["r_sthj"], actor_for(users["office"]), accept=False, comment=" ")
    assert err.value.code == CoreError.COMMENT_REQUIRED


def test_units_cannot_file_on_a_draft(users, ledger):
    from qingshan.ledger.errors import LedgerError

    with pytest.raises(DomainError) as err:
        file_report(actor_for(users["sthj"]), task=ledger["t_draft"], period_start=date(2026, 1, 1), text="x")
    assert err.value.code == LedgerError.PLAN_NOT_CONFIRMED


@override_settings(ADMIN_FOR_STAFF=True)
def test_status_is_read_only_in_the_admin(client, users, reports):
    client.force_login(users["admin"])
    r = reports["r_sthj"]
    page = client.get(f"/admin/dispatch/progressreport/{r.pk}/change/").content.decode()
    assert 'name="status"' not in page


def test_reports_api_is_read_only(client, users, reports):
    client.force_login(users["office"])
    url = f"/api/dispatch/reports/{reports['r_sthj'].pk}/"
    assert client.patch(url, {"status": "accepted"}, content_type="application/json").status_code == 405
    assert ProgressReport.objects.get(pk=reports["r_sthj"].pk).status == "submitted"


def test_the_form_to_file_again_starts_from_the_returned_report_and_shows_why(client, users, reports):
    """#12 defect 8: after a return, the unit's form holds its report and the office's comment; the figure's year
    defaults to the target's year."""
    r = reports["r_sthj"]
    review_report(r, actor_for(users["office"]), accept=False, comment="请补充锅炉淘汰清单")
    client.force_login(users["sthj"])
    page = client.get(f"/dispatch/tasks/{r.task_id}/file/")
    html = page.content.decode()
    assert "请补充锅炉淘汰清单" in html and "完成燃煤锅炉淘汰12台" in html
    form = page.context["form"]
    g = r.figures.get().target
    assert form.initial[f"figure_{g.pk}"] == 93.5 and form.initial["period"] == "2024-04-01"
    assert form.fields[f"figure_{g.pk}_year"].initial == g.year
