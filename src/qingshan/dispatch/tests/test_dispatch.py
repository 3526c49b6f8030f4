"""Progress reports (调度): filing with evidence, review, overdue flags, ranking, and who sees what."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from qingshan.conftest import confirm
from qingshan.core.access import actor_for
from qingshan.core.errors import CoreError, DomainError
from qingshan.dispatch import selectors, services
from qingshan.dispatch.errors import DispatchError
from qingshan.dispatch.models import ProgressReport, ReportingSchedule
from qingshan.ledger.models import Task
from qingshan.orgs.models import Unit

pytestmark = pytest.mark.django_db


def file(user, **kwargs):
    return services.file_report(actor_for(user), **kwargs)


def review(report, user, accept, comment=""):
    return services.review_report(report, actor_for(user), accept, comment)


@pytest.fixture
def confirmed(ledger):
    sch = ledger["plan"].schedule
    sch.starts_on, sch.every_months, sch.due_days = date(2024, 1, 1), 3, 5
    sch.save()
    Task.objects.filter(pk=ledger["t_sthj"].pk).update(due_date=date(2024, 12, 31))
    return ledger


def test_cadence_is_read_from_the_plan_text():
    assert selectors.guess_cadence("领导小组办公室每个月研究调度一次工作")[0] == 1
    assert selectors.guess_cadence("实行月通报、季督查")[0] == 1
    assert selectors.guess_cadence("各责任单位每季度报送工作进展")[0] == 3
    assert selectors.guess_cadence("各单位于12月1日前将年度工作总结报送")[0] == 3  # default, said so
    assert "by default" in selectors.guess_cadence("")[1]


def test_periods_are_calendar_quarters_and_due_after_five_days(confirmed):
    sch = confirmed["plan"].schedule
    ps = selectors.periods(sch, date(2024, 7, 20))
    assert [(p.start, p.end, p.due) for p in ps] == [
        (date(2024, 1, 1), date(2024, 3, 31), date(2024, 4, 5)),
        (date(2024, 4, 1), date(2024, 6, 30), date(2024, 7, 5)),
        (date(2024, 7, 1), date(2024, 9, 30), date(2024, 10, 5)),
    ]
    assert ps[0].label == "2024年第1季度"


def test_overdue_reports_and_tasks(confirmed, users):
    tasks = Task.objects.filter(plan=confirmed["plan"])
    owed = selectors.overdue_reports(tasks, date(2024, 7, 20))
    # Two quarters past due, for each task's lead unit (市生态环境局 on 5, 市发展改革委 on 1.(1)).
    assert sorted((o.task.number, o.period.start.month) for o in owed) == [
        ("1.(1)", 1), ("1.(1)", 4), ("5", 1), ("5", 4),
    ]  # fmt: skip
    r = file(users["sthj"], task=confirmed["t_sthj"], period_start=date(2024, 2, 1), text="进展")
    owed = selectors.overdue_reports(tasks, date(2024, 7, 20))
    assert ("5", 1) not in {(o.task.number, o.period.start.month) for o in owed}
    review(r, users["office"], accept=False, comment="缺少佐证材料")
    owed = selectors.overdue_reports(tasks, date(2024, 7, 20))
    back = [o for o in owed if o.task.number == "5" and o.period.start.month == 1]
    assert back and back[0].returned
    assert list(selectors.overdue_tasks(tasks, date(2025, 1, 2))) == [confirmed["t_sthj"]]
    assert list(selectors.overdue_tasks(tasks, date(2024, 12, 31))) == []


def test_accepting_a_complete_report_completes_the_task_and_counts_on_time(confirmed, users):
    sthj = Unit.objects.get(name="攀枝花市生态环境局")
    r = file(
        users["sthj"], task=confirmed["t_sthj"], period_start=date(2024, 10, 1), text="全部完成",
        marks_complete=True,
    )  # fmt: skip
    ProgressReport.objects.filter(pk=r.pk).update(submitted_at=timezone.make_aware(datetime(2024, 12, 20)))
    r.refresh_from_db()
    with pytest.raises(DomainError) as err:
        review(r, users["office"], accept=False, comment="  ")  # a return needs a reason
    assert err.value.code == CoreError.COMMENT_REQUIRED and err.value.field == "comment"
    review(r, users["office"], accept=True)
    task = Task.objects.get(pk=confirmed["t_sthj"].pk)
    assert task.status == Task.Status.COMPLETED
    ranking = selectors.unit_ranking(Task.objects.filter(plan=confirmed["plan"]), date(2025, 1, 10))
    first = ranking[0]
    assert first.unit == sthj and first.tasks_due == 1 and first.tasks_on_time == 1
    with pytest.raises(DomainError) as err:  # an accepted report is final
        file(users["sthj"], task=task, period_start=date(2024, 11, 1), text="改")
    assert err.value.code == DispatchError.ALREADY_ACCEPTED
    # The return's comment is not lost when the report is later accepted: both are events.


def test_bad_input_is_named_and_nothing_is_stored(client, users, confirmed):
    client.force_login(users["sthj"])
    url = f"/dispatch/tasks/{confirmed['t_sthj'].pk}/file/"
    assert client.get(url).status_code == 200
    resp = client.post(url, {"period": "2024-01-01", "text": ""})
    assert resp.status_code == 400 and "text" in resp.context["form"].errors
    bad = SimpleUploadedFile("virus.exe", b"MZ")
    resp = client.post(url, {"period": "2024-01-01", "text": "进展", "files": [bad]})
    assert resp.status_code == 400 and "virus.exe" in str(resp.context["form"].errors["files"])
    resp = client.post(url, {"period": "1999-01-01", "text": "进展"})
    assert resp.status_code == 400 and "period" in resp.context["form"].errors
    assert not ProgressReport.objects.exists()
    assert not ProgressReport.objects.exists()
    # A unit with no part in a task does not file on it; an implementing unit (东区 on every task) does.
    with pytest.raises(DomainError) as err:
        file(users["fgw"], task=confirmed["t_sthj"], period_start=date(2024, 1, 1), text="x")
    assert err.value.code == DispatchError.NOT_RESPONSIBLE
    assert file(users["dongqu"], task=confirmed["t_sthj"], period_start=date(2024, 1, 1), text="东区已落实").pk


def test_file_review_and_scoping_through_pages_and_api(client, users, confirmed, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(users["sthj"])
    url = f"/dispatch/tasks/{confirmed['t_sthj'].pk}/file/"
    g = confirmed["g_sthj"]
    evidence = SimpleUploadedFile("淘汰锅炉清单.xlsx", b"PK\x03\x04 list")
    resp = client.post(
        url,
        {"period": "2024-04-01", "text": "淘汰燃煤锅炉12台", f"figure_{g.pk}": "95.2", f"figure_{g.pk}_year": "2024",
         "files": [evidence]},
    )  # fmt: skip
    assert resp.status_code == 302
    report = ProgressReport.objects.get()
    assert report.figures.get().value == 95.2 and report.attachments.get().name == "淘汰锅炉清单.xlsx"
    att = report.attachments.get()
    resp = client.get(f"/dispatch/attachments/{att.pk}/")
    assert resp.status_code == 200 and b"".join(resp.streaming_content) == b"PK\x03\x04 list"
    # The department sees its own report, page and API; it cannot review it.
    assert client.get(f"/dispatch/reports/{report.pk}/").status_code == 200
    assert [r["id"] for r in client.get("/api/dispatch/reports/").json()["results"]] == [report.pk]
    assert client.post(f"/dispatch/reports/{report.pk}/review/", {"decision": "accept"}).status_code == 403
    # Another department sees nothing of it.
    client.force_login(users["fgw"])
    assert client.get(f"/dispatch/reports/{report.pk}/").status_code == 404
    assert client.get(f"/dispatch/attachments/{att.pk}/").status_code == 404
    assert client.get(f"/api/dispatch/reports/{report.pk}/").status_code == 404
    assert client.get("/api/dispatch/reports/").json()["results"] == []
    assert report.pk not in [r.pk for r in client.get("/dispatch/").context["reports"]]
    assert client.get(f"/dispatch/tasks/{confirmed['t_sthj'].pk}/file/").status_code == 404  # not its task
    # fgw's own list of tasks to report on holds its own tasks only (1.(1) here, 1 of the published plan).
    rows = client.get("/dispatch/").context["rows"]
    assert {(r.task.plan_id, r.task.number) for r in rows} == {
        (confirmed["plan"].pk, "1.(1)"), (confirmed["public"].pk, "1"),
    }  # fmt: skip
    # The 平顶山 office does not see 攀枝花's reports.
    client.force_login(users["office_pds"])
    assert client.get(f"/dispatch/reports/{report.pk}/").status_code == 404
    # 攀枝花's office reviews: a return must say why, then an accept.
    client.force_login(users["office"])
    resp = client.post(f"/dispatch/reports/{report.pk}/review/", {"decision": "return", "comment": ""})
    assert resp.status_code == 400 and "comment" in resp.context["review_form"].errors
    resp = client.post(f"/dispatch/reports/{report.pk}/review/", {"decision": "accept", "comment": "同意"})
    report.refresh_from_db()
    assert report.status == ProgressReport.Status.ACCEPTED and report.reviewed_by == users["office"]
    # The office's Excel export holds it, in the 台账 columns.
    from openpyxl import load_workbook

    ws = load_workbook(io.BytesIO(client.get("/dispatch/export.xlsx").content))["调度报告"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert (
        len(rows) == 1
        and rows[0][6] == "淘汰燃煤锅炉12台"
        and "95.2" in rows[0][7]
        and rows[0][10] == "已采纳"
    )


def test_schedule_created_when_the_confirmation_commits(ledger):
    from qingshan.ledger.models import Plan
    from qingshan.ledger.services import confirm_plan

    plan = ledger["draft"]
    confirm_plan(plan)  # inside the test's transaction: nothing committed, so no schedule yet …
    assert not ReportingSchedule.objects.filter(plan=plan).exists()
    # … and a read computes the default without writing it.
    assert selectors.schedule_of(plan).pk is None and not ReportingSchedule.objects.filter(plan=plan).exists()
    monthly = Plan.objects.create(
        title="月调度方案", division=plan.division, source_text="各责任单位每月调度一次工作进展。"
    )
    confirm(monthly)  # the hook runs when the confirmation commits
    sch = ReportingSchedule.objects.get(plan=monthly)
    assert sch.starts_on == timezone.localdate().replace(day=1) and sch.every_months == 1
    assert sch.basis == "The plan asks for monthly reports"


def test_department_sees_only_its_own_on_the_dashboard_and_target_list(client, users, confirmed):
    sthj = Unit.objects.get(name="攀枝花市生态环境局")
    client.force_login(users["sthj"])
    dash = client.get("/targets/dashboard/", {"as_of": "2025-01-10"}).context["dash"]
    assert [s.target.pk for s in dash.statuses] == [confirmed["g_sthj"].pk]
    assert [u.unit_id for u in dash.unit_tasks] == [sthj.pk]
    assert [r.unit for r in dash.ranking] == [sthj] and all(o.unit == sthj for o in dash.overdue_reports)
    assert [t["id"] for t in client.get("/api/target-status/").json()["targets"]] == [confirmed["g_sthj"].pk]
    client.force_login(users["fgw"])
    dash = client.get("/targets/dashboard/", {"as_of": "2025-01-10"}).context["dash"]
    assert confirmed["g_sthj"].pk not in [s.target.pk for s in dash.statuses]
    assert client.get(f"/targets/{confirmed['g_sthj'].pk}/").status_code == 404
    assert confirmed["g_sthj"].pk not in [
        t["id"] for t in client.get("/api/target-status/").json()["targets"]
    ]
    # A county's report list offers the tasks it is bound to by the implicit clause too.
    client.force_login(users["dongqu"])
    assert [r.task.pk for r in client.get("/dispatch/").context["rows"]] == [confirmed["t_sthj"].pk]



def test_evidence_whose_content_is_not_its_type_is_refused(client, users, confirmed):
    """Walkthrough finding: a 45-byte text renamed .pdf was accepted as evidence."""
    client.force_login(users["sthj"])
    url = f"/dispatch/tasks/{confirmed['t_sthj'].pk}/file/"
    fake = SimpleUploadedFile("验收报告.pdf", b"this is a text file renamed to look like PDF")
    resp = client.post(url, {"period": "2024-01-01", "text": "进展", "files": [fake]})
    assert resp.status_code == 400 and "验收报告.pdf" in str(resp.context["form"].errors["files"])


def test_a_unit_files_its_report_from_the_task_page(client, users, confirmed):
    """Walkthrough finding: the task page offered no way to report progress; units looked for it there."""
    task = confirmed["t_sthj"]
    client.force_login(users["sthj"])
    page = client.get(f"/ledger/tasks/{task.pk}/").content.decode()
    assert 'id="task-reports"' in page and f"/dispatch/tasks/{task.pk}/file/" in page
    client.force_login(users["fgw"])  # not named on this task: no filing link
    page = client.get(f"/ledger/tasks/{task.pk}/")
    assert page.status_code in (200, 404) and f"/dispatch/tasks/{task.pk}/file/" not in page.content.decode()


def test_the_office_sees_the_reports_panel_and_the_tasks_actions_above_it(client, users, confirmed):
    """Walkthrough finding: the office's task page had no reports panel when nothing was filed, and the task's own
    workflow buttons ("Start") stood under a unit's reports heading."""
    task = confirmed["t_sthj"]
    client.force_login(users["office"])
    page = client.get(f"/ledger/tasks/{task.pk}/").content.decode()
    assert 'id="task-reports"' in page and "该任务尚未报送进展。" in page
    assert page.index('id="task-actions"') < page.index('id="task-reports"')
