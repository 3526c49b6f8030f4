"""A county's year, in Debian's chromium (#12): the office uploads seed 000 as a Word document, corrects a unit and
confirms; 东区 files a report with a figure and evidence; the office returns it; 东区 files it again; the office
accepts; the target's status and the county's dashboard change; the office re-uploads the plan with one task changed
and confirms: one plan in force, the report carried over. A screenshot of every step goes to
test-artifacts/county-year-*.png."""

from __future__ import annotations

import pytest

from qingshan.conftest import ARTIFACTS, require_browser

require_browser()
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "qingshan-demo"


def _docx(text: str, path):
    import docx

    d = docx.Document()
    for line in text.split("\n"):
        d.add_paragraph(line)
    d.save(path)
    return path


def _login(page, base, user):
    page.context.clear_cookies()
    page.goto(base + "/accounts/login/")
    page.fill("#id_username", user)
    page.fill("#id_password", PASSWORD)
    page.click("#login-form button[type=submit]")
    page.wait_for_url(base + "/")


def _shot(page, n, name):
    page.screenshot(path=str(ARTIFACTS / f"county-year-{n:02d}-{name}.png"), full_page=True)


def test_a_county_year(page, live_server, users, tmp_path):
    from qingshan.dispatch.models import ProgressReport
    from qingshan.ledger.models import Plan, PlanTarget, Task
    from qingshan.ledger.services import SEEDS_DIR
    from qingshan.targets.services import load_indicators

    load_indicators()
    base = live_server.url
    page.on("dialog", lambda d: d.accept())  # the confirmation steps
    seed = next(SEEDS_DIR.glob("000_*.txt")).read_text(encoding="utf-8")

    # 1. The office uploads seed 000 as .docx with the area left blank; it lands on the review page.
    _login(page, base, "office")
    page.goto(base + "/ledger/plans/upload/")
    page.set_input_files("input[name=file]", str(_docx(seed, tmp_path / "攀枝花2024方案.docx")))
    page.click("form.stacked button[type=submit]")
    page.wait_for_url("**/review/")
    plan = Plan.objects.get()
    assert plan.division.name == "攀枝花市" and plan.tasks.count() == 28
    _shot(page, 1, "review")

    # 2. It corrects a unit: 东区 becomes a cooperating unit of the livestock-manure task (二.(一).3.(1)).
    task = plan.tasks.get(text__contains="畜禽粪污综合利用率达到80%")
    page.goto(f"{base}/ledger/tasks/{task.pk}/edit/")
    dongqu_option = page.locator("select[name=cooperating_units] option", has_text="东区人民政府").first
    value = dongqu_option.get_attribute("value")
    current = page.eval_on_selector("select[name=cooperating_units]",
                                    "s => Array.from(s.selectedOptions).map(o => o.value)")  # fmt: skip
    page.select_option("select[name=cooperating_units]", [*current, value])
    _shot(page, 2, "correct-unit")
    page.click("#task-form button[name=save]")
    page.wait_for_url(f"**/ledger/tasks/{task.pk}/")
    assert task.assignments.filter(role="cooperating", unit__name="东区人民政府").exists()

    # 3. It confirms the ledger (a confirmation step first).
    page.goto(f"{base}/ledger/plans/{plan.pk}/review/")
    page.click("#action-confirm")
    page.wait_for_url(f"**/ledger/plans/{plan.pk}/")
    plan.refresh_from_db()
    assert plan.status == "confirmed"
    _shot(page, 3, "confirmed")
    target = PlanTarget.objects.get(plan=plan, indicator__contains="畜禽粪污综合利用率")
    page.goto(f"{base}/targets/{target.pk}/")
    before = page.locator(".status-chip").first.inner_text()
    assert before == "无数据"

    # 4. 东区 files a report on it with the figure and an evidence file.
    _login(page, base, "dongqu")
    page.goto(base + "/dispatch/")
    _shot(page, 4, "dongqu-reports")
    page.goto(f"{base}/dispatch/tasks/{task.pk}/file/")
    page.fill("textarea[name=text]", "东区完成养殖场粪污治理设施配套")
    page.fill(f"input[name=figure_{target.pk}]", "85.5")
    evidence = tmp_path / "粪污治理台账.xlsx"
    evidence.write_bytes(b"PK\x03\x04 evidence")
    page.set_input_files("input[name=files]", str(evidence))
    page.click("form.stacked button[type=submit]")
    page.wait_for_url("**/dispatch/reports/*/")
    report = ProgressReport.objects.get()
    assert report.figures.get().year == 2024 and report.attachments.count() == 1
    _shot(page, 5, "filed")

    # 5. The office returns it with a reason.
    _login(page, base, "office")
    page.goto(f"{base}/dispatch/reports/{report.pk}/")
    page.select_option("select[name=decision]", "return")
    page.fill("textarea[name=comment]", "请补充验收照片")
    page.click("form.stacked button[type=submit]")
    page.wait_for_selector("#report-status")
    assert "退回" in page.locator("#report-status").inner_text()
    _shot(page, 6, "returned")

    # 6. 东区 sees it on its workbench, files it again from the prefilled form.
    _login(page, base, "dongqu")
    assert "请补充验收照片" in page.locator("#notices").inner_text()
    page.goto(f"{base}/dispatch/tasks/{task.pk}/file/")
    assert "请补充验收照片" in page.locator("#previous-report").inner_text()
    assert page.input_value("textarea[name=text]") == "东区完成养殖场粪污治理设施配套"
    page.fill("textarea[name=text]", "东区完成养殖场粪污治理设施配套,已补充验收照片")
    photo = tmp_path / "验收照片.jpg"
    photo.write_bytes(b"\xff\xd8\xff photo")
    page.set_input_files("input[name=files]", str(photo))
    _shot(page, 7, "refile")
    page.click("form.stacked button[type=submit]")
    page.wait_for_url("**/dispatch/reports/*/")

    # 7. The office accepts: the target is achieved, the county's dashboard shows it.
    _login(page, base, "office")
    page.goto(f"{base}/dispatch/reports/{report.pk}/")
    page.select_option("select[name=decision]", "accept")
    page.click("form.stacked button[type=submit]")
    page.wait_for_selector("#report-status")
    assert "采纳" in page.locator("#report-status").inner_text()
    assert "请补充验收照片" in page.locator(".events").inner_text()  # the return's reason is kept
    page.goto(f"{base}/targets/{target.pk}/")
    assert page.locator(".status-chip").first.inner_text() == "已达成"
    _shot(page, 8, "target-achieved")
    _login(page, base, "dongqu")
    page.goto(base + "/targets/dashboard/")
    assert "东区" in page.locator("h1, .dash-head").first.inner_text()
    assert f'/targets/{target.pk}/' in page.content()
    _shot(page, 9, "county-dashboard")

    # 8. The office re-uploads the plan with one task changed and confirms: one plan in force, the report carried.
    _login(page, base, "office")
    other = plan.tasks.exclude(pk=task.pk).order_by("order").first()
    revised = seed.replace(other.text[:20], other.text[:20] + "(2024年7月修订)", 1)
    page.goto(base + "/ledger/plans/upload/")
    page.set_input_files("input[name=file]", str(_docx(revised, tmp_path / "攀枝花2024方案-修订.docx")))
    page.click("form.stacked button[type=submit]")
    page.wait_for_url("**/review/")
    assert "第 2 版" in page.locator("#lineage").inner_text()
    _shot(page, 10, "revision-review")
    page.click("#action-confirm")
    page.wait_for_url("**/ledger/plans/*/")
    in_force = Plan.objects.filter(status="confirmed")
    assert in_force.count() == 1 and in_force.get().version == 2
    report.refresh_from_db()
    assert report.task.plan_id == in_force.get().pk
    new_task = Task.objects.get(pk=report.task_id)
    assert new_task.assignments.filter(role="cooperating", unit__name="东区人民政府").exists()  # the correction too
    _shot(page, 11, "revision-confirmed")
    page.goto(f"{base}/dispatch/reports/{report.pk}/")
    assert "采纳" in page.locator("#report-status").inner_text()
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(base + "/")
    _shot(page, 12, "workbench-phone")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 392, width
