"""Importing plans into the ledger: drafts, unknown units kept and flagged, revisions, confirmation, exports,
the review page, and failed imports that store nothing."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from qingshan.ledger import services
from qingshan.ledger.models import Plan, PlanTarget, Task, TaskAssignment
from qingshan.planreader import PlanReadError

SEED_003 = next(services.SEEDS_DIR.glob("003_*.txt"))


@pytest.mark.django_db
def test_import_draft_then_confirm(registry):
    plan = services.import_plan(SEED_003)
    assert plan.status == "draft" and plan.division.name == "平顶山市" and plan.tasks.count() == 28
    t = plan.tasks.get(number="二.4")
    roles = {(a.role, a.unit.name if a.unit else None) for a in t.assignments.all()}
    assert ("lead", "平顶山市生态环境局") in roles and ("cooperating", "中共平顶山市委组织部") in roles
    assert plan.targets.filter(indicator__contains="PM2.5浓度", value=41, comparator="<", year=2025).exists()
    services.confirm_plan(plan)
    assert Plan.objects.get(pk=plan.pk).status == "confirmed"
    # Importing the same text again does not duplicate it.
    assert services.import_plan(SEED_003).pk == plan.pk and Plan.objects.count() == 1


@pytest.mark.django_db
def test_unknown_units_are_kept_and_flagged(registry):
    text = SEED_003.read_text(encoding="utf-8").replace("(市税务局牵头)", "(市新成立的碳汇管理中心牵头)")
    plan = services.import_plan("revised.txt", data=text.encode())
    a = TaskAssignment.objects.get(task__plan=plan, raw_name="市新成立的碳汇管理中心")
    assert a.unit is None and a.needs_review


@pytest.mark.django_db
def test_revision_shows_changes_and_supersedes(registry):
    first = services.confirm_plan(services.import_plan(SEED_003))
    text = SEED_003.read_text(encoding="utf-8").replace(
        "空气质量优良天数比例达到75%", "空气质量优良天数比例达到78%"
    )
    second = services.import_plan("v2.txt", data=text.encode())
    assert second.revision_of_id == first.pk and Plan.objects.count() == 2
    diff = services.diff_plans(first, second)
    assert any("78" in t for t in diff.targets_added) and any("75" in t for t in diff.targets_removed)
    services.confirm_plan(second)
    assert Plan.objects.get(pk=first.pk).status == "superseded"


@pytest.mark.django_db
def test_failed_import_stores_nothing(registry):
    with pytest.raises(PlanReadError, match="empty.txt: empty file"):
        services.import_plan("empty.txt", data=b"")
    with pytest.raises(PlanReadError, match="does not look like a plan") as err:
        services.import_plan("note.txt", data="会议通知:请准时参加。".encode())
    assert err.value.code == "not_a_plan"
    assert Plan.objects.count() == Task.objects.count() == PlanTarget.objects.count() == 0


def _image_only_pdf() -> bytes:
    from pypdf import PdfWriter

    writer, buf = PdfWriter(), io.BytesIO()
    writer.add_blank_page(width=595, height=842)
    writer.write(buf)
    return buf.getvalue()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("空.txt", b"  \n", "empty"),
        ("scan.bin", bytes(range(256)) * 8, "binary"),
        ("scan.pdf", _image_only_pdf(), "pdf_no_text_layer"),
        (
            "会议通知.txt",
            "关于召开会议的通知\n一、时间\n5月10日\n二、地点\n三楼会议室\n三、人员\n各县区分管负责同志\n".encode(),
            "not_a_plan",
        ),
    ],
)
def test_bad_files_name_the_file_and_store_nothing(registry, name, data, code):
    kept = services.import_plan(SEED_003)  # already stored: a failed import must not touch it
    before = (Plan.objects.count(), Task.objects.count(), TaskAssignment.objects.count())
    with pytest.raises(PlanReadError) as err:
        services.import_plan(name, data=data)
    assert err.value.code == code
    assert err.value.path == name and str(err.value).startswith(f"{name}: ")
    assert (Plan.objects.count(), Task.objects.count(), TaskAssignment.objects.count()) == before
    assert Plan.objects.get(pk=kept.pk).tasks.count() == 28


@pytest.mark.django_db
def test_import_failing_half_way_leaves_no_partial_plan(registry, monkeypatch):
    """A failure after some rows are written (here: the 10th task) rolls the whole import back."""
    real = Task.objects.create
    calls = {"n": 0}

    def flaky(**kwargs):
        calls["n"] += 1
        if calls["n"] == 10:
            raise RuntimeError("disk full")
        return real(**kwargs)

    monkeypatch.setattr(Task.objects, "create", flaky)
    with pytest.raises(RuntimeError, match="disk full"):
        services.import_plan(SEED_003)
    assert Plan.objects.count() == Task.objects.count() == TaskAssignment.objects.count() == 0
    assert PlanTarget.objects.count() == 0


@pytest.mark.django_db
def test_cli_parse_import_export(registry, tmp_path, capsys):
    call_command("plan", "parse", str(SEED_003), "--format", "json")
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"title", "issuer", "doc_number", "date", "implicit_units", "tasks", "targets"}
    assert set(data["tasks"][0]) == {
        "number",
        "heading",
        "text",
        "lead",
        "cooperating",
        "deadline",
        "recurrence",
        "span",
    }
    assert set(data["targets"][0]) == {
        "indicator",
        "comparator",
        "value",
        "value_max",
        "unit",
        "year",
        "baseline_year",
        "baseline_value",
        "scope",
        "aspirational",
        "task",
        "text",
        "span",
    }
    call_command("plan", "import", str(SEED_003), "--confirm")
    plan = Plan.objects.get()
    out = tmp_path / "ledger.xlsx"
    call_command("plan", "export", str(plan.pk), "-o", str(out))
    from openpyxl import load_workbook

    wb = load_workbook(out)
    ws = wb["任务台账"]
    assert [c.value for c in ws[3]] == [
        "序号",
        "任务编号",
        "任务内容",
        "牵头单位",
        "配合单位",
        "完成时限",
        "目标值",
    ]
    assert ws.max_row == 3 + 28 and "目标清单" in wb.sheetnames
    with pytest.raises(CommandError, match="no such file"):
        call_command("plan", "import", str(tmp_path / "missing.txt"))


@pytest.mark.django_db
def test_review_upload_confirm_pages(client, users):
    client.force_login(users["office_pds"])
    upload = io.BytesIO(SEED_003.read_bytes())
    upload.name = "平顶山.txt"
    resp = client.post(reverse("ledger:plan-upload"), {"file": upload})
    plan = Plan.objects.get()
    assert resp.status_code == 302 and resp["Location"] == reverse(
        "ledger:plan-review", kwargs={"pk": plan.pk}
    )
    page = client.get(resp["Location"]).content.decode()
    assert 'class="task"' in page and 'class="target' in page and "unit lead" in page
    client.post(reverse("ledger:plan-action", kwargs={"pk": plan.pk}), {"action": "confirm"})
    assert Plan.objects.get().status == "confirmed"
    resp = client.get(reverse("ledger:plan-export", kwargs={"pk": plan.pk, "fmt": "json"}))
    assert resp.status_code == 200 and len(json.loads(resp.content)["tasks"]) == 28
    # The 攀枝花 office may not review a 平顶山 plan; a bad upload is a 400 naming the file.
    client.force_login(users["office"])
    assert client.get(reverse("ledger:plan-review", kwargs={"pk": plan.pk})).status_code == 404
    bad = io.BytesIO(b"\x00\x01binary")
    bad.name = "scan.bin"
    resp = client.post(reverse("ledger:plan-upload"), {"file": bad})
    assert resp.status_code == 400 and "scan.bin" in resp.content.decode()
    assert Plan.objects.count() == 1


@pytest.mark.django_db
def test_demo_loads_five_confirmed_plans(registry):
    plans = services.load_seed_plans()
    assert len(plans) == 5 and all(p.status == "confirmed" for p in plans)
    assert {p.division.name for p in plans} == {"攀枝花市", "禄丰市", "昭通市", "平顶山市", "马鞍山市"}


@pytest.mark.django_db
def test_garbled_title_is_shown_for_correction(client, users):
    """004's OCR title names no kind of plan: the review page says so with the name the text gives itself, and a
    person's correction in the administration clears the doubt."""
    from qingshan.orgs.models import Division

    seed_004 = next(services.SEEDS_DIR.glob("004_*.txt"))
    plan = services.import_plan(seed_004, Division.objects.get(name="马鞍山市"))
    assert plan.title_doubtful and plan.title_hint == "马鞍山市创建国家生态文明建设示范市工作实施方案"
    client.force_login(users["admin"])
    page = client.get(reverse("ledger:plan-review", kwargs={"pk": plan.pk})).content.decode()
    assert 'id="title-doubt"' in page and plan.title_hint in page and "请对照原文核对" in page  # (no word of OCR: a .docx has none)
    url = reverse("admin:ledger_plan_change", args=[plan.pk])
    form = client.get(url).context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and k != "revision_of"}
    data.update(title="马鞍山市创建国家生态文明建设示范市工作方案", division=plan.division_id, status="draft")
    resp = client.post(url, data)
    assert resp.status_code == 302, resp.content.decode()[:2000]
    plan.refresh_from_db()
    assert plan.title == "马鞍山市创建国家生态文明建设示范市工作方案" and not plan.title_doubtful
    page = client.get(reverse("ledger:plan-review", kwargs={"pk": plan.pk})).content.decode()
    assert 'id="title-doubt"' not in page


@pytest.mark.django_db
def test_a_plan_nothing_could_be_read_from_is_imported_for_entry_by_hand(client, users):
    """A plan's title over a duty list run into plain text: imported as a draft with no tasks, and the review page
    says so with the ways to enter them (in Chinese by default)."""
    from qingshan.orgs.models import Division

    text = (
        "附件 某县2018年环境空气质量综合整治方案职责清单 工作任务和内容 责任单位 配合单位 完成时间 负责全县环境空气"
        "质量达标整治工作的舆论宣传. 县委宣传部 持续开展\n"
    )
    plan = services.import_plan("清单.txt", Division.objects.get(name="攀枝花市"), data=text.encode())
    assert plan.title == "某县2018年环境空气质量综合整治方案职责清单" and not plan.tasks.exists()
    client.force_login(users["admin"])
    page = client.get(reverse("ledger:plan-review", kwargs={"pk": plan.pk})).content.decode()
    assert 'id="nothing-read"' in page and reverse("ledger:task-add", args=[plan.pk]) in page


@pytest.mark.django_db
def test_unknown_units_show_on_the_plans_page(client, users):
    """A unit the registry does not know is shown on the plan's page as written, marked unknown (not left out)."""
    from qingshan.orgs.models import Division
    from qingshan.planreader.tests.test_reader import PIPE_TABLE

    plan = services.import_plan("计划表.txt", Division.objects.get(name="攀枝花市"), data=PIPE_TABLE.encode())
    client.force_login(users["admin"])
    page = client.get(reverse("ledger:plan-detail", args=[plan.pk])).content.decode()
    assert "甲镇人民政府" in page and "tag lead unknown" in page


@pytest.mark.django_db
def test_the_unknown_unit_warning_asks_for_a_check_only_before_confirming(client, users):
    text = SEED_003.read_text(encoding="utf-8").replace("(市税务局牵头)", "(市新成立的碳汇管理中心牵头)")
    plan = services.import_plan("revised.txt", data=text.encode())
    client.force_login(users["office_pds"])
    review = reverse("ledger:plan-review", kwargs={"pk": plan.pk})
    assert "请在确认前核对" in client.get(review).content.decode()
    services.confirm_plan(plan)
    page = client.get(review).content.decode()
    assert "请在确认前核对" not in page and "仍有 1 个单位名称不在单位名录中" in page  # what to do now instead


@pytest.mark.django_db
def test_a_revision_that_only_renumbers_its_tasks(registry):
    """The same breakdown re-laid with other numbers ("附表1.1" → "1"; walkthrough: the diff proposed deleting every
    county row and adding it again) shows renumbered tasks, and their progress carries forward."""
    from qingshan.ledger import lineage

    rows = "".join(f"{k}.{name}落实大气污染防治任务。(责任单位:{name}人民政府)\n" for k, name in enumerate(["东区", "西区"], 1))
    first = services.confirm_plan(services.import_plan("v1.txt", data=("某市大气污染防治目标分解方案\n一、县区任务\n" + rows).encode()))
    second = services.import_plan("v2.txt", data=("某市大气污染防治目标分解方案\n二、县区任务\n" + rows).encode())
    assert second.revision_of_id == first.pk  # the same title and the same tasks under other numbers
    diff = services.diff_plans(first, second)
    assert not diff.added and not diff.removed
    assert sorted(diff.renumbered) == [("一.1", "二.1"), ("一.2", "二.2")]
    assert len(lineage.unchanged_tasks(first, second)) == 2


@pytest.mark.django_db
def test_another_places_document_is_named_on_the_review_page(client, users):
    """Walkthrough finding: 攀枝花's office uploaded 吕梁's plan; it was filed under 攀枝花 without a word. The review page
    names the place the issuer and title give when it lies outside the draft's area; its own plans (the seeds, a county's
    issuer) raise nothing."""
    from qingshan.orgs.models import Division

    pzh = Division.objects.get(name="攀枝花市")
    text = (
        "吕梁市农村生活垃圾治理工作方案\n一、工作目标\n到2025年,农村生活垃圾收运处置体系覆盖率达到95%。\n"
        "二、重点任务\n(一)开展排查。(责任单位:市住建局)\n吕梁市人民政府办公室\n2025年6月4日\n"
    )
    plan = services.import_plan("lvliang.txt", pzh, data=text.encode())
    assert services.foreign_places(plan) == ["吕梁市"]
    client.force_login(users["office"])
    page = client.get(reverse("ledger:plan-review", args=[plan.pk])).content.decode()
    assert 'id="foreign-place"' in page and "指向吕梁市,不在本草稿归属的攀枝花市范围内" in page
    for seed in services.SEEDS_DIR.glob("0*.txt"):
        assert services.foreign_places(services.import_plan(seed)) == [], seed.name
    own = text.replace("吕梁市人民政府办公室", "攀枝花市东区人民政府").replace("吕梁市农村", "东区农村")
    assert services.foreign_places(services.import_plan("dongqu.txt", pzh, data=own.encode())) == []
    # an annex's caption as the title ("附件1 吕梁市2020年…目标", walkthrough: no warning), and no area chosen: the
    # refusal says whose the plan looks like
    annex = "附件1 吕梁市2020年蓝天保卫战决战计划目标\n" + text.split("\n", 1)[1].replace("吕梁市人民政府办公室\n", "")
    assert services.foreign_places(services.import_plan("annex.txt", pzh, data=annex.encode())) == ["吕梁市"]
    from qingshan.core.errors import DomainError

    with pytest.raises(DomainError) as refused:
        services.import_plan("lvliang.txt", None, data=text.replace("农村", "乡村").encode())
    assert refused.value.code == "ledger.foreign_division" and refused.value.params["place"] == "吕梁市"


@pytest.mark.django_db
def test_an_import_writes_each_task_once(client, users):
    """Walkthrough finding: a task's history showed the uploader changing its units and due date right after the import
    created it (two saves after the create). A task is written once, whole; its due date as before."""
    client.force_login(users["office_pds"])
    upload = io.BytesIO(SEED_003.read_bytes())
    upload.name = "平顶山.txt"
    client.post(reverse("ledger:plan-upload"), {"file": upload})
    plan = Plan.objects.get()
    for task in plan.tasks.all():
        assert [h.history_type for h in task.history.all()] == ["+"], task.number
    assert all(t.due_date for t in plan.tasks.all()) and plan.tasks.exclude(units_written=[]).exists()
