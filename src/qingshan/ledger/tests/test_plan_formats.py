"""Plan documents beyond text (#14): Excel and Word task tables through the import, the CLI and the upload page;
collectives stored as one assignment per member unit; reader errors translated (ledger.read.*) and naming the file;
bounded input (#18 item 5): decompression bombs and over-long text refused fast, nothing stored."""

from __future__ import annotations

import io
import json
import time
import zipfile
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import translation

from qingshan.core.access import actor_for
from qingshan.ledger import scope, services
from qingshan.ledger.errors import LedgerError, read_error
from qingshan.ledger.models import Plan, TaskAssignment
from qingshan.orgs.models import Division, Unit
from qingshan.planreader import PlanReadError

CORPUS = Path(services.__file__).resolve().parents[1] / "planreader" / "tests" / "corpus"
SEED_000 = next(services.SEEDS_DIR.glob("000_*.txt"))


def _bomb(size: int = 100 * 1024 * 1024) -> bytes:
    """A .docx-looking zip whose one member declares (and holds) ``size`` zero bytes, a few hundred KB packed."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1 << 20)
            for _ in range(size >> 20):
                member.write(chunk)
    return buf.getvalue()


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return _bomb()


@pytest.mark.django_db
def test_county_collective_binds_each_county(registry, users):
    """000: "各项工作均需各县(区)政府、钒钛高新区管委会落实" binds every task to each county government and the zone
    committee (one assignment each, role implicit, the text as written kept); 东区 sees every task of the plan."""
    plan = services.import_plan(SEED_000)
    dongqu = Unit.objects.get(name="东区人民政府")
    tasks = plan.tasks.count()
    implicit = TaskAssignment.objects.filter(task__plan=plan, unit=dongqu, role="implicit")
    assert implicit.count() == tasks == 28 and set(implicit.values_list("raw_name", flat=True)) == {
        "各县(区)政府"
    }
    counties = {
        "东区人民政府",
        "西区人民政府",
        "仁和区人民政府",
        "米易县人民政府",
        "盐边县人民政府",
        "钒钛高新区管委会",
    }
    bound = set(
        TaskAssignment.objects.filter(task__plan=plan, role="implicit").values_list("unit__name", flat=True)
    )
    assert bound == counties
    services.confirm_plan(plan)
    visible = scope.tasks_visible(actor_for(users["dongqu"])).filter(plan=plan)
    assert visible.count() == 28


@pytest.mark.django_db
def test_registry_for_says_what_collectives_are(registry):
    city = Division.objects.get(name="攀枝花市")
    reg = services.registry_for(city)
    group = reg.canonical("各县市区")  # however the plan writes it
    assert group == "攀枝花市各县(区)人民政府"
    assert set(reg.members(group)) == {
        "东区人民政府",
        "西区人民政府",
        "仁和区人民政府",
        "米易县人民政府",
        "盐边县人民政府",
        "钒钛高新区管委会",
    }
    # a collective with member units of its own (Unit.parent) stands for exactly those
    members = Unit.objects.create(name="攀枝花市重污染天气应急指挥部各成员单位", kind="group", division=city)
    Unit.objects.filter(name__in=["攀枝花市生态环境局", "攀枝花市公安局"]).update(parent=members)
    assert set(services.registry_for(city).members(members.name)) == {"攀枝花市生态环境局", "攀枝花市公安局"}


@pytest.mark.django_db
def test_excel_task_table_imports_with_collectives(registry):
    pds = Division.objects.get(name="平顶山市")
    plan = services.import_plan(CORPUS / "excel_table.xlsx", pds)
    assert plan.tasks.count() == 12 and plan.title == "平顶山市2024年生态环境治理体系现代化建设重点任务分解表"
    t = plan.tasks.get(number="5")
    assert {(a.role, a.unit.name) for a in t.assignments.all()} >= {
        ("lead", "平顶山市生态环境局"),
        ("cooperating", "平顶山市工业和信息化局"),
    }
    # "各县(市、区)政府" leads task 1: each county government and zone committee of 平顶山 is bound as lead
    leads = TaskAssignment.objects.filter(
        task__plan=plan, task__number="1", role="lead", raw_name="各县(市、区)政府"
    )
    assert leads.count() == 12 and all(a.unit for a in leads)
    assert plan.targets.filter(value=41, comparator="<", year=2025).exists()


@pytest.mark.django_db
def test_cli_parses_and_imports_xlsx_and_docx(registry, capsys):
    call_command("plan", "parse", str(CORPUS / "excel_table.xlsx"))
    data = json.loads(capsys.readouterr().out)
    assert len(data["tasks"]) == 12 and data["tasks"][0]["lead"][0]["collective"] is True
    call_command("plan", "import", str(CORPUS / "word_table.docx"))
    assert Plan.objects.get().tasks.count() == 12


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "code"),
    [("air_data.xlsx", "spreadsheet_not_a_plan"), ("big5.txt", "encoding"), ("sjis.txt", "encoding")],
)
def test_cli_errors_are_the_ledgers_translated_messages(registry, tmp_path, name, code):
    path = CORPUS / name if name == "air_data.xlsx" else tmp_path / name
    if name == "big5.txt":
        path.write_bytes(
            "為深入貫徹落實黨中央關於生態環境保護的決策部署,加強大氣污染防治,制定本方案。".encode("big5")
        )
    elif name == "sjis.txt":
        path.write_bytes("環境基本計画に基づき、大気汚染の防止に関する取組を推進する。".encode("shift_jis"))
    with pytest.raises(PlanReadError) as err:
        services.import_plan(path, Division.objects.get(name="攀枝花市"))
    assert err.value.code == code
    with translation.override("zh-hans"):
        message = str(read_error(err.value))
    assert name in message and not any(w in message for w in ("does not", "spreadsheet", "looks like"))
    if name == "big5.txt":
        assert "Big5" in message
    if name == "sjis.txt":
        assert "Shift-JIS" in message
    with pytest.raises(CommandError, match=name):
        call_command("plan", "parse", str(path))


def test_every_reader_code_has_a_translated_message():
    from qingshan.planreader.loader import CODES

    read_codes = [c for c in LedgerError if c.value.startswith("ledger.read.")]
    assert {c.value.removeprefix("ledger.read.") for c in read_codes} >= CODES
    for code in LedgerError:
        with translation.override("en"):
            english = str(code.label)
        with translation.override("zh-hans"):
            chinese = str(code.label)
        assert chinese != english, code
        if code in read_codes:
            assert "%(file)s" in chinese, code


@pytest.mark.django_db
def test_decompression_bomb_is_refused_fast(registry, bomb):
    city = Division.objects.get(name="攀枝花市")
    t = time.perf_counter()
    with pytest.raises(PlanReadError) as err:
        services.import_plan("bomb.docx", city, data=bomb)
    elapsed = time.perf_counter() - t
    assert err.value.code == "too_large" and elapsed < 0.5, elapsed
    assert Plan.objects.count() == 0
    with translation.override("zh-hans"):
        assert "bomb.docx" in str(read_error(err.value))


@pytest.mark.django_db
def test_text_over_the_limit_is_refused(registry, settings):
    settings.PLAN_MAX_CHARS = 5000
    text = SEED_000.read_text(encoding="utf-8")
    with pytest.raises(PlanReadError) as err:
        services.import_plan("long.txt", data=text.encode())
    assert err.value.code == "too_long" and err.value.params["limit"] == 5000
    settings.PLAN_MAX_CHARS = 2_000_000
    settings.PLAN_MAX_ZIP_RATIO = 2  # a small limit catches even an honest .docx
    with pytest.raises(PlanReadError) as err:
        services.import_plan(CORPUS / "word_table.docx")
    assert err.value.code == "too_large"


@pytest.mark.django_db
def test_upload_page_takes_xlsx_and_refuses_in_chinese(client, users):
    client.force_login(users["office_pds"])
    upload = io.BytesIO((CORPUS / "excel_table.xlsx").read_bytes())
    upload.name = "分解表.xlsx"
    resp = client.post(reverse("ledger:plan-upload"), {"file": upload})
    assert resp.status_code == 302 and Plan.objects.get().tasks.count() == 12
    air = io.BytesIO((CORPUS / "air_data.xlsx").read_bytes())
    air.name = "空气.xlsx"
    resp = client.post(reverse("ledger:plan-upload"), {"file": air}, HTTP_ACCEPT_LANGUAGE="zh-hans")
    page = resp.content.decode()
    assert resp.status_code == 400 and "空气.xlsx" in page and "不是实施方案" in page
    assert "spreadsheet" not in page and Plan.objects.count() == 1


def test_a_unit_is_bound_once_per_role(registry):
    """Walkthrough finding: 钒钛高新区管委会 stood twice as 配合单位 and twice as 落实单位 on task 二.(一).1.(1) — named
    once on its own and once inside the collective 各县(区)政府."""
    from collections import Counter

    plan = services.import_plan(SEED_000)
    rows = Counter(TaskAssignment.objects.filter(task__plan=plan, unit__isnull=False).values_list("task", "unit", "role"))
    assert rows and max(rows.values()) == 1


@pytest.mark.django_db
def test_implicit_note_binds_its_task_and_those_after_it(registry, users, client):
    """A walkthrough found "以下均需各县(区)人民政府落实,不再列出" in task 二.2 binding 二.1 too, and the review page
    naming the bound units nowhere: "以下" binds the task it stands in and those after it; the review page names
    them and the tasks they bind."""
    text = (
        "攀枝花市2024年扬尘污染防治工作方案\n二、重点任务\n"
        "1.制定扬尘整治方案,明确职责分工。(责任单位:市住建局)\n"
        "2.加强施工工地扬尘管控,落实六个百分之百。(牵头单位:市住建局;配合单位:市生态环境局。"
        "以下均需各县(区)人民政府落实,不再列出)\n"
        "3.加强道路扬尘治理,提高机械化清扫率。(责任单位:市城市管理行政执法局)\n"
    )
    plan = services.import_plan("yangchen.txt", Division.objects.get(name="攀枝花市"), data=text.encode())
    bound = {
        t.number: set(t.assignments.filter(role="implicit").values_list("unit__name", flat=True))
        for t in plan.tasks.all()
    }
    assert bound["二.1"] == set() and "东区人民政府" in bound["二.2"] and bound["二.2"] == bound["二.3"]
    client.force_login(users["office"])
    with translation.override("zh-hans"):
        page = client.get(reverse("ledger:plan-review", args=[plan.pk]), HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert 'id="implicit"' in page and "东区人民政府" in page and "自 二.2 起" in page
    # Each bound task counts them on its row (a second walkthrough found them shown on no row), the first not.
    n = len(bound["二.2"])
    assert page.count(f"+{n} 个落实单位") == 2


@pytest.mark.django_db
def test_api_lists_narrow_to_a_plan(registry, users, client):
    """A walkthrough found /api/targets/?plan=7 returning every plan's targets: the list narrows to the plan (and
    task); a value that is no id is refused, naming the parameter."""
    first = services.import_plan(SEED_000)
    second = services.import_plan(CORPUS / "word_table.docx", Division.objects.get(name="攀枝花市"))
    client.force_login(users["office"])
    for plan in (first, second):
        rows = client.get(f"/api/targets/?plan={plan.pk}&limit=500").json()["results"]
        assert rows and {r["plan"] for r in rows} == {plan.pk}
        tasks = client.get(f"/api/tasks/?plan={plan.pk}&limit=500").json()["results"]
        assert len(tasks) == plan.tasks.count()
    bad = client.get("/api/targets/?plan=seven")
    assert bad.status_code == 400 and bad.json()["code"] == "core.bad_parameter" and bad.json()["field"] == "plan"
    schema = client.get("/api/schema/").content.decode()
    assert "only this plan's records" in schema


@pytest.mark.django_db
def test_review_page_suggests_registry_units_for_unknown_names(registry, users, client):
    """A walkthrough found "市城管局" flagged unknown with no hint that the registry holds 攀枝花市城市管理行政执法局:
    the review page names, for each unknown name, the registry's units it may shorten (never applied by itself)."""
    text = (
        "攀枝花市2024年扬尘污染防治工作方案\n二、重点任务\n"
        "1.加强道路扬尘治理,提高机械化清扫率。(责任单位:市城管局)\n"
        "2.加强施工工地扬尘管控。(责任单位:市住建局、市某某中心)\n"
    )
    plan = services.import_plan("yangchen.txt", Division.objects.get(name="攀枝花市"), data=text.encode())
    assert plan.tasks.get(number="二.1").assignments.get().unit is None  # still unknown: a hint, not a decision
    client.force_login(users["office"])
    page = client.get(reverse("ledger:plan-review", args=[plan.pk])).content.decode()
    hints = page[page.index('id="unknown-units"') :]
    assert "市城管局" in hints and "攀枝花市城市管理行政执法局" in hints
    assert "市某某中心" in hints and "单位名录中没有相近的单位" in hints
    # the count over the list is of names, not of the tasks bearing them (a walkthrough: "17" over 11 names)
    text = text.replace("(责任单位:市住建局、市某某中心)", "(责任单位:市城管局、市某某中心)")
    plan = services.import_plan("yangchen2.txt", Division.objects.get(name="攀枝花市"), data=text.encode())
    page = client.get(reverse("ledger:plan-review", args=[plan.pk])).content.decode()
    assert "有 2 个单位名称不在单位名录中" in page


@pytest.mark.django_db
def test_a_fault_of_the_reader_is_a_refusal_not_a_500(client, users, monkeypatch):
    """Set 29's liuan once raised an IndexError inside the reader: whatever the reader's fault, the upload page
    answers with a translated refusal naming the file, logs it, and stores nothing."""
    from qingshan.planreader import reader

    def broken(*args, **kwargs):
        raise IndexError("list index out of range")

    monkeypatch.setattr(reader, "find_targets", broken)
    with pytest.raises(PlanReadError) as err:
        services.import_plan("清单.txt", data="某市大气污染防治工作方案\n一、任务\n1.加强扬尘管控。(市住建局牵头)\n".encode())
    assert err.value.code == "reader_failed" and "IndexError" in err.value.reason
    client.force_login(users["office_pds"])
    upload = io.BytesIO("某市大气污染防治工作方案\n一、任务\n1.加强扬尘管控。(市住建局牵头)\n".encode())
    upload.name = "清单.txt"
    resp = client.post(reverse("ledger:plan-upload"), {"file": upload}, HTTP_ACCEPT_LANGUAGE="zh-hans")
    page = resp.content.decode()
    assert resp.status_code == 400 and "清单.txt" in page and "方案读取程序" in page and "IndexError" not in page
    assert Plan.objects.count() == 0


@pytest.mark.django_db
def test_a_text_without_a_title_says_so(registry, users, client):
    """A walkthrough: a copy holding no title showed its file's name under a warning blaming OCR; it now says that no
    title was found and that the file's name stands in for it."""
    text = "(一)清河\n1.持续开展小水电分类整改。深入推进整改销号。〔责任单位:市生态环境局;市水利局〕(分号前为牵头单位,下同)\n"
    plan = services.import_plan("sichuan_hehu.txt", Division.objects.get(name="攀枝花市"), data=text.encode())
    assert plan.title == "sichuan_hehu" and plan.title_from_file
    client.force_login(users["office"])
    page = client.get(reverse("ledger:plan-review", args=[plan.pk])).content.decode()
    assert "文本中未找到标题" in page and "OCR" not in page
    assert 'id="no-targets"' in page  # an empty target list says so, not a bare table header


@pytest.mark.django_db
def test_target_figures_are_shown_as_written(registry, users, client):
    """A walkthrough: "43.0%" showed a precision the plan does not state; a figure reads as written (43%, 95.65)."""
    text = "攀枝花市2027年生态环境保护工作方案\n一、工作目标\n到2027年,优良天数比例达到43%,单位GDP用水量降至95.65立方米/万元。\n"
    plan = services.import_plan("goals.txt", Division.objects.get(name="攀枝花市"), data=text.encode())
    client.force_login(users["office"])
    for name in ("ledger:plan-review", "ledger:plan-detail"):
        page = client.get(reverse(name, args=[plan.pk])).content.decode()
        assert "≥ 43%" in page and "≤ 95.65立方米/万元" in page and "43.0" not in page
