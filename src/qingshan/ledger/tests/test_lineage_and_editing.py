"""#12: one official ledger per plan lineage, the office corrects its ledger in the app, and a revision carries
forward what people did (reports, status, corrected units)."""

from __future__ import annotations

import io
from datetime import date

import pytest
from django.urls import reverse

from qingshan.conftest import committed, confirm
from qingshan.core.access import actor_for
from qingshan.core.errors import DomainError
from qingshan.ledger import editing, services
from qingshan.ledger.errors import LedgerError
from qingshan.ledger.models import Plan, PlanTarget, Task, TaskAssignment
from qingshan.orgs.models import Division, Unit

pytestmark = pytest.mark.django_db
SEED_000 = next(services.SEEDS_DIR.glob("000_*.txt"))
SEED_003 = next(services.SEEDS_DIR.glob("003_*.txt"))
WIDE = str.maketrans({",": "，", "(": "（", ")": "）", ":": "：", ";": "；"})


def as_docx(text: str) -> bytes:
    import docx

    d = docx.Document()
    for line in text.split("\n"):
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def upload(client, name: str, data: bytes, division: Division | None = None):
    f = io.BytesIO(data)
    f.name = name
    payload = {"file": f}
    if division is not None:
        payload["division"] = division.pk
    return client.post(reverse("ledger:plan-upload"), payload)


@pytest.fixture
def demo_000(users):
    """Seed 000 imported and confirmed, as the demo has it (plan 1)."""
    return confirm(services.import_plan(SEED_000), publish=True)


def test_one_official_ledger_per_lineage(client, users, demo_000):
    """Defect 1: a full-width draft, then the same plan as .docx (revising the draft); confirming the .docx must
    leave one confirmed ledger of 28 tasks, not two."""
    client.force_login(users["office"])
    text = SEED_000.read_text(encoding="utf-8")
    assert upload(client, "000-全角.txt", text.translate(WIDE).encode()).status_code == 302
    wide = Plan.objects.latest("pk")
    assert wide.lineage_id == demo_000.lineage_id and wide.version == 2 and wide.revision_of == demo_000
    assert upload(client, "000.docx", as_docx(text + "\n(此件公开发布)")).status_code == 302
    docx_plan = Plan.objects.latest("pk")
    assert docx_plan.lineage_id == demo_000.lineage_id and docx_plan.version == 3
    assert docx_plan.revision_of == demo_000  # the version in force, not the other draft
    with committed():
        client.post(reverse("ledger:plan-action", args=[docx_plan.pk]), {"action": "confirm"})
    demo_000.refresh_from_db()
    assert demo_000.status == "superseded"
    assert list(Plan.objects.filter(lineage=demo_000.lineage, status="confirmed")) == [docx_plan]
    dash = client.get("/targets/dashboard/").context["dash"]
    assert sum(dash.task_counts.get(s, 0) for s in ("not_started", "in_progress", "completed")) == 28
    # The office withdraws the leftover draft, with a reason kept in its history.
    client.post(reverse("ledger:plan-action", args=[wide.pk]), {"action": "withdraw", "comment": "重复上传"})
    wide.refresh_from_db()
    assert wide.status == "withdrawn" and wide.events.get(action="withdraw").comment == "重复上传"


def test_a_draft_revising_a_superseded_version_is_rebased_before_it_is_confirmed(client, users, demo_000):
    """Two drafts of one plan under review at once (a walkthrough left versions 2 and 3 both revising version 1):
    once 3 is confirmed, confirming 2 would undo 3 and carry its tasks from a version it never saw. It is refused
    with a code saying why; the review page says so; choosing the lineage again rebases 2 onto 3 (as version 4),
    and then it confirms and supersedes 3."""
    client.force_login(users["office"])
    text = SEED_000.read_text(encoding="utf-8")
    assert upload(client, "000-a.txt", text.replace("97%", "98%").encode()).status_code == 302
    first = Plan.objects.latest("pk")
    assert upload(client, "000-b.txt", text.replace("97%", "99%").encode()).status_code == 302
    second = Plan.objects.latest("pk")
    assert (first.version, second.version) == (2, 3) and first.revision_of == second.revision_of == demo_000
    # While both are under review, each review page names the other.
    assert client.get(reverse("ledger:plan-review", args=[first.pk])).context["parallel"] == [second]
    assert client.get(reverse("ledger:plan-review", args=[second.pk])).context["parallel"] == [first]
    with committed():
        client.post(reverse("ledger:plan-action", args=[second.pk]), {"action": "confirm"})
    second.refresh_from_db()
    assert second.status == "confirmed"
    # The older draft: its review page warns and offers no confirm button; confirming it anyway is refused, shown as
    # an error on the review page (where the lineage choice is), and nothing changes.
    page = client.get(reverse("ledger:plan-review", args=[first.pk]))
    assert page.context["stale"] == second and 'id="stale"' in page.content.decode()
    assert 'value="confirm"' not in page.content.decode() and 'value="withdraw"' in page.content.decode()
    refused_page = client.post(reverse("ledger:plan-action", args=[first.pk]), {"action": "confirm"}, follow=True)
    assert refused_page.redirect_chain[-1][0] == reverse("ledger:plan-review", args=[first.pk])
    assert '<li class="error">' in refused_page.content.decode()
    with pytest.raises(DomainError) as refused:
        services.confirm_plan(first, actor_for(users["office"]))
    assert refused.value.code == LedgerError.STALE_REVISION
    assert refused.value.params == {"version": 3, "base": 1}
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == "draft" and second.status == "confirmed"
    # The office chooses the plan again as it stands: the draft now revises version 3 and is version 4.
    client.post(reverse("ledger:plan-lineage", args=[first.pk]), {"lineage": demo_000.lineage_id})
    first.refresh_from_db()
    assert first.revision_of == second and first.version == 4
    assert client.get(reverse("ledger:plan-review", args=[first.pk])).context["stale"] is None
    with committed():
        client.post(reverse("ledger:plan-action", args=[first.pk]), {"action": "confirm"})
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == "confirmed" and second.status == "superseded"
    assert list(Plan.objects.filter(lineage=demo_000.lineage, status="confirmed")) == [first]
    # 东区's task list holds the tasks in force once, not once per version (a walkthrough saw each six times).
    client.force_login(users["dongqu"])
    listed = client.get(reverse("ledger:my-tasks")).context["page"].paginator.object_list
    assert {t.plan_id for t in listed} == {first.pk} and len(listed) == 28


def test_cross_city_upload_is_refused_in_the_form_not_a_500(client, users):
    """Defect 2: 攀枝花's office uploads 平顶山's plan as .docx with the area left blank."""
    client.force_login(users["office"])
    resp = upload(client, "平顶山.docx", as_docx(SEED_003.read_text(encoding="utf-8")))
    assert resp.status_code == 400
    assert "平顶山市,不在您负责的区域内" in resp.content.decode()
    assert not Plan.objects.exists()


def test_identical_reupload_says_it_is_stored(client, users, demo_000):
    client.force_login(users["office"])
    resp = upload(client, "again.txt", SEED_000.read_bytes())
    assert resp.status_code == 302 and resp["Location"] == reverse("ledger:plan-detail", args=[demo_000.pk])
    page = client.get(resp["Location"]).content.decode()
    assert "该文件已导入" in page and Plan.objects.count() == 1


def test_office_corrects_units_deadline_and_adds_a_unit_in_the_app(client, users, demo_000):
    """Defects 3 and 6: units through the task form (with a new unit added inline), 完成时限 re-dates the task."""
    client.force_login(users["office"])
    task = demo_000.tasks.get(number="二.(一).1.(1)")
    url = reverse("ledger:task-edit", args=[task.pk])
    page = client.get(url).content.decode()
    assert 'name="lead_units"' in page and "/admin/" not in page
    pzh = Division.objects.get(name="攀枝花市")
    resp = client.post(url, {"add_unit": "1", "unit-name": "攀枝花市碳达峰工作专班", "unit-kind": "other",
                             "unit-division": pzh.pk, "number": task.number, "text": task.text})  # fmt: skip
    assert resp.status_code == 200
    new_unit = Unit.objects.get(name="攀枝花市碳达峰工作专班")
    lead = Unit.objects.get(name="攀枝花市生态环境局")
    resp = client.post(url, {"number": task.number, "heading": task.heading, "text": task.text,
                             "deadline": "2025年6月底前", "recurrence": "", "progress_note": "",
                             "due_date": task.due_date.isoformat() if task.due_date else "",
                             "lead_units": [lead.pk], "cooperating_units": [new_unit.pk]})  # fmt: skip
    assert resp.status_code == 302
    task.refresh_from_db()
    assert task.due_date == date(2025, 6, 30)
    assert {(a.role, a.unit_id) for a in task.assignments.exclude(role="implicit")} == {
        ("lead", lead.pk), ("cooperating", new_unit.pk)}  # fmt: skip
    assert task.history.count() >= 2 and TaskAssignment.history.filter(task_id=task.pk).exists()
    # the due date is shown as every page writes it (walkthrough finding: zh-hans' input format gave "2025/06/30")
    page = client.get(url).content.decode()
    assert 'type="date" name="due_date" value="2025-06-30"' in page and "2025/06/30" not in page


def test_add_delete_split_merge_tasks_and_targets(client, users, demo_000):
    client.force_login(users["office"])
    office = actor_for(users["office"])
    n = demo_000.tasks.count()
    resp = client.post(reverse("ledger:task-add", args=[demo_000.pk]),
                       {"number": "19", "text": "新增的任务", "deadline": "2024年底前"})  # fmt: skip
    assert resp.status_code == 302
    added = demo_000.tasks.get(number="19")
    assert added.due_date == date(2024, 12, 31) and demo_000.tasks.count() == n + 1
    # 东区 and the other county governments are bound to the new task too (the plan's implicit clause).
    assert added.assignments.filter(role="implicit", unit__name="东区人民政府").exists()
    # A duplicate number is a field error, not a 500.
    resp = client.post(reverse("ledger:task-add", args=[demo_000.pk]), {"number": "19", "text": "重复"})
    assert resp.status_code == 400 and "number" in resp.context["form"].errors
    new = editing.split_task(office, added, 3, "19.2")
    assert (added.text, new.text) == ("新增的", "任务")
    editing.merge_tasks(office, added, new)
    assert not Task.objects.filter(pk=new.pk).exists() and "任务" in Task.objects.get(pk=added.pk).text
    resp = client.post(reverse("ledger:task-delete", args=[added.pk]))
    assert resp.status_code == 302 and demo_000.tasks.count() == n
    # Targets: add, edit, delete.
    resp = client.post(reverse("ledger:target-add", args=[demo_000.pk]),
                       {"indicator": "测试指标", "comparator": ">=", "value": "5", "unit": "%", "year": "2024"})  # fmt: skip
    assert resp.status_code == 302
    g = PlanTarget.objects.get(plan=demo_000, indicator="测试指标")
    resp = client.post(reverse("ledger:target-edit", args=[g.pk]),
                       {"indicator": "测试指标", "comparator": ">=", "value": "6", "unit": "%", "year": "99999"})  # fmt: skip
    assert resp.status_code == 400 and "year" in resp.context["form"].errors
    resp = client.post(reverse("ledger:target-edit", args=[g.pk]),
                       {"indicator": "改名的指标", "comparator": ">=", "value": "6", "unit": "%", "year": "2024",
                        "baseline_year": "2020", "baseline_value": "4.5"})  # fmt: skip
    assert resp.status_code == 302
    # the change is on the target's page, who and what (walkthrough: a target's edit left no trace on any page)
    page = client.get(reverse("targets:detail", args=[g.pk])).content.decode()
    assert "变更记录" in page and "测试指标 → 改名的指标" in page and "4.5" in page
    client.post(reverse("ledger:target-delete", args=[g.pk]))
    assert not PlanTarget.objects.filter(pk=g.pk).exists()


def test_a_task_with_reports_is_merged_not_deleted(users, demo_000):
    from qingshan.dispatch.services import file_report

    task = demo_000.tasks.get(number="二.(一).1.(1)")
    lead = task.assignments.filter(role="lead").first().unit
    unit_user = users["sthj"] if lead.name == "攀枝花市生态环境局" else None
    actor = actor_for(unit_user) if unit_user else None
    if actor is None:
        from qingshan.core.access import Actor

        actor = Actor(users["sthj"].pk, "unit", lead.pk, frozenset())
    file_report(actor, task=task, period_start=date.today(), text="进展")
    with pytest.raises(DomainError) as err:
        editing.delete_task(actor_for(users["office"]), task)
    assert err.value.code == LedgerError.TASK_HAS_REPORTS


def test_history_versions_cannot_be_edited(users, demo_000):
    Plan.objects.filter(pk=demo_000.pk).update(status="superseded")
    demo_000.refresh_from_db()
    with pytest.raises(DomainError) as err:
        editing.save_plan_details(actor_for(users["office"]), demo_000, {"title": "改"})
    assert err.value.code == LedgerError.VERSION_IS_HISTORY


def test_a_revision_carries_forward_reports_and_corrections_of_unchanged_tasks(client, users, demo_000):
    """Re-uploading the plan with one task changed: one plan in force; the report on an unchanged task, its
    status and the office's unit correction move to the new version; the changed task starts afresh."""
    from qingshan.dispatch.models import ProgressReport
    from qingshan.dispatch.services import file_report, review_report

    dongqu = actor_for(users["dongqu"])
    office = actor_for(users["office"])
    kept = demo_000.tasks.get(number="二.(一).3.(1)")
    changed = demo_000.tasks.get(number="二.(一).1.(1)")
    # 东区 is a cooperating unit of 3.(1) by the office's correction, and reports on it; the report is accepted.
    editing.set_units(kept, "cooperating", [*Unit.objects.filter(pk__in=kept.assignments.filter(
        role="cooperating").values("unit_id")), Unit.objects.get(name="东区人民政府")])  # fmt: skip
    report = file_report(dongqu, task=kept, period_start=date.today(), text="东区完成整治")
    review_report(report, office, accept=True)
    text = SEED_000.read_text(encoding="utf-8")
    first = changed.text[:12]
    revised = text.replace(first, first + "(修订)", 1)
    client.force_login(users["office"])
    assert upload(client, "000-修订.txt", revised.encode()).status_code == 302
    new_plan = Plan.objects.latest("pk")
    assert new_plan.revision_of == demo_000
    with committed():
        confirm_resp = client.post(reverse("ledger:plan-action", args=[new_plan.pk]), {"action": "confirm"})
    assert confirm_resp.status_code == 302
    assert list(Plan.objects.filter(status="confirmed", lineage=demo_000.lineage)) == [new_plan]
    new_kept = new_plan.tasks.get(number="二.(一).3.(1)")
    report.refresh_from_db()
    assert report.task_id == new_kept.pk and ProgressReport.objects.filter(task__plan=new_plan).count() == 1
    assert new_kept.status == "in_progress"
    assert new_kept.assignments.filter(role="cooperating", unit__name="东区人民政府").exists()
    assert new_plan.tasks.get(number="二.(一).1.(1)").status == "not_started"


def test_review_page_offers_the_lineage_the_draft_revises(client, users, demo_000):
    """Walkthrough finding: the review page said "version 2: it revises …" while its choice offered only "a new
    plan" (the draft's own lineage was left out), so saving it would have cut the revision loose."""
    client.force_login(users["office"])
    text = SEED_000.read_text(encoding="utf-8")
    assert upload(client, "000-rev.txt", text.replace("97%", "98%").encode()).status_code == 302
    draft = Plan.objects.latest("pk")
    assert draft.revision_of == demo_000 and draft.version == 2
    form = client.get(reverse("ledger:plan-review", args=[draft.pk])).context["lineage_form"]
    assert form["lineage"].value() == demo_000.lineage_id
    assert demo_000.lineage_id in [c[0].value for c in form.fields["lineage"].choices if c[0]]
    # Saving the choice as shown changes nothing.
    client.post(reverse("ledger:plan-lineage", args=[draft.pk]), {"lineage": demo_000.lineage_id})
    draft.refresh_from_db()
    assert draft.revision_of == demo_000 and draft.version == 2 and draft.lineage_id == demo_000.lineage_id
    listing = client.get(reverse("ledger:plan-list")).content.decode()
    assert "第 2 版" in listing
    # Another draft (a new plan, nothing in force) is no lineage to revise (a walkthrough found the 整改台账 draft
    # offered beside the plans in force).
    other = upload(client, "整改台账.txt", "攀枝花市督察反馈问题整改清单\n序号\t存在问题\t责任单位\t整改时限\n"
                   "1\t城区扬尘污染问题突出\t市住建局\t2024年底前\n2\t部分企业超标排放\t市生态环境局\t2024年底前\n".encode(),
                   Division.objects.get(name="攀枝花市"))
    assert other.status_code == 302
    other_draft = Plan.objects.latest("pk")
    form = client.get(reverse("ledger:plan-review", args=[draft.pk])).context["lineage_form"]
    offered = [c[0].value for c in form.fields["lineage"].choices if c[0]]
    assert demo_000.lineage_id in offered and other_draft.lineage_id not in offered
    # The lineage is offered under the title of the version in force, never a draft's (a second walkthrough saw a
    # draft's title there once the draft had joined the lineage).
    label = next(str(c[1]) for c in form.fields["lineage"].choices if c[0] and c[0].value == demo_000.lineage_id)
    assert demo_000.display_title in label and "第 1 版" in label


def test_the_history_says_why_a_version_joined_its_lineage():
    """The change history showed 版本匹配依据: [["chosen", true]] and a lineage's row number (walkthrough)."""
    from django.utils import translation

    from qingshan.ledger.models import Plan

    plan = Plan(title="某方案")
    with translation.override("en"):
        assert plan.history_value("lineage_basis", [["doc_number", "攀府发〔2024〕3号"], ["tasks", 0.8], ["chosen", True]]) == (
            "same document number 攀府发〔2024〕3号; same tasks 80%; chosen by a person"
        )
    assert plan.history_value("title", "x") is None


def test_saving_a_task_keeps_names_the_registry_does_not_know(client, users, demo_000):
    """A name as written that the registry does not know is not in the unit pickers; saving the task form used to
    drop it silently (walkthrough). It stays until the office ticks it for removal."""
    client.force_login(users["office"])
    task = demo_000.tasks.get(number="二.(一).1.(1)")
    unknown = TaskAssignment.objects.create(task=task, role="cooperating", raw_name="市城市管理局", unit=None)
    url = reverse("ledger:task-edit", args=[task.pk])
    assert "市城市管理局" in client.get(url).content.decode()
    lead = Unit.objects.get(name="攀枝花市生态环境局")
    data = {"number": task.number, "heading": task.heading, "text": task.text, "deadline": task.deadline,
            "recurrence": "", "progress_note": "", "due_date": task.due_date.isoformat() if task.due_date else "",
            "lead_units": [lead.pk], "cooperating_units": []}  # fmt: skip
    assert client.post(url, data).status_code == 302
    assert TaskAssignment.objects.filter(pk=unknown.pk).exists()
    assert client.post(url, {**data, "drop_unknown": [str(unknown.pk)]}).status_code == 302
    assert not TaskAssignment.objects.filter(pk=unknown.pk).exists()


def test_task_page_names_its_targets_and_the_plan_page_marks_archive_as_destructive(client, users, demo_000):
    """A second walkthrough: a target linked to a task did not show on the task's page, and 废止 (archive) stood as the
    page's green primary button."""
    client.force_login(users["office"])
    target = demo_000.targets.exclude(task=None).select_related("task").first()
    page = client.get(reverse("ledger:task-detail", args=[target.task_id])).content.decode()
    assert 'id="task-targets"' in page and target.label in page
    plan_page = client.get(reverse("ledger:plan-detail", args=[demo_000.pk])).content.decode()
    assert 'class="danger" id="action-archive"' in plan_page


def test_review_page_marks_a_unit_written_in_a_row_above(client, users):
    """A second walkthrough: a table row whose unit cell the copy lost took the row above's unit and nobody was told.
    The review page marks such a unit (↑, with a tooltip saying why)."""
    client.force_login(users["office"])
    text = (
        "攀枝花市2025年水污染防治目标任务分解\n一、考核目标\n(一)地表水考核目标表。\n\n序号\n\n考核河流\n\n考核断面\n\n年度考核目标\n\n"
        "责任单位\n\n1\n\n金沙江\n\n倮果\n\n水质保持或优于Ⅱ类。\n\n东区人民政府\n\n2\n\n雅砻江\n\n雅砻江口\n\n水质保持或优于Ⅱ类。\n\n"
        "西区人民政府\n\n3\n\n安宁河\n\n湾滩电站\n\n水质保持或优于Ⅲ类。\n"
    )
    assert upload(client, "考核目标.txt", text.encode(), Division.objects.get(name="攀枝花市")).status_code == 302
    plan = Plan.objects.latest("pk")
    page = client.get(reverse("ledger:plan-review", args=[plan.pk]))
    rows = {t.number: [a for a in t.assignments.all() if a.role != "implicit"] for t in page.context["tasks"]}
    assert [a.from_above for a in rows["一.(一).2"]] == [False]
    assert [a.from_above for a in rows["一.(一).3"]] == [True]  # 安宁河's cell is missing: 西区's, from the row above
    assert "↑ " in page.content.decode()


def test_a_unit_sees_its_edit_link_as_the_progress_note(client, users, demo_000):
    """A second walkthrough: a department saw "编辑" beside "报送进展" and could not tell which one reports progress.
    A unit's link says it edits the progress note; the office keeps "Edit"."""
    from django.utils import translation

    task = demo_000.tasks.filter(assignments__unit__name="攀枝花市生态环境局", assignments__role="lead").first()
    client.force_login(users["sthj"])
    with translation.override("zh-hans"):
        page = client.get(reverse("ledger:task-detail", args=[task.pk]), HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert "修改进展备注" in page.content.decode()
    client.force_login(users["office"])
    assert "修改进展备注" not in client.get(reverse("ledger:task-detail", args=[task.pk])).content.decode()
