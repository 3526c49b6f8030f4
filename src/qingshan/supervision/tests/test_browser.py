"""In Debian's chromium (Playwright): one problem from import to 已销号 with a return on the way, as the office,
the lead unit and the public; then the supervision and assessment pages as each role, in both languages, at 1366 px
and 390 px. Screenshots go to test-artifacts/ (looked at when the pages change)."""

from __future__ import annotations

import pytest

from qingshan.conftest import ARTIFACTS, require_browser

from . import ledgers

require_browser()

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "qingshan-demo"


@pytest.fixture
def registry(db):
    """Loaded for each test here: a transactional test empties the database after itself."""
    from qingshan.orgs.services import load_registry

    load_registry()


@pytest.fixture
def users(registry):
    from django.contrib.auth import get_user_model

    from qingshan.orgs.demo import create_demo_users

    create_demo_users()
    return {u.username: u for u in get_user_model().objects.all()}


def login(pg, base: str, username: str) -> None:
    pg.context.clear_cookies()
    pg.goto(f"{base}/accounts/login/?next=/supervision/")
    pg.fill("#id_username", username)
    pg.fill("#id_password", PASSWORD)
    pg.click("#login-form button[type=submit]")
    pg.wait_for_url(f"{base}/supervision/")


def shot(pg, name: str) -> None:
    pg.screenshot(path=str(ARTIFACTS / f"supervision-{name}.png"), full_page=True)


def test_one_problem_from_import_to_closed_with_a_return(page, live_server, users, settings, tmp_path):  # noqa: F811
    from qingshan.orgs.models import Division
    from qingshan.supervision.models import CityPolicy, Rectification

    settings.MEDIA_ROOT = tmp_path / "media"
    CityPolicy.objects.create(division=Division.objects.get(name="攀枝花市"), publicity_days=0)
    base = live_server.url
    ledger = tmp_path / "整改台账.xlsx"
    ledger.write_bytes(ledgers.layout_a())
    evidence = {}
    for name, data in (("整改报告.pdf", b"%PDF-1.4 report"), ("验收材料.docx", b"PK\x03\x04"), ("现场照片.jpg", b"\xff\xd8\xff")):
        evidence[name] = tmp_path / name
        evidence[name].write_bytes(data)
    outside = []
    page.on("request", lambda r: None if r.url.startswith(base) else outside.append(r.url))

    # the office imports the ledger
    login(page, base, "office")
    page.goto(base + "/supervision/import/")
    page.set_input_files("#id_file", str(ledger))
    page.click("#upload-form button[type=submit]")
    page.wait_for_selector("#preview")
    assert "金沙江攀枝花段部分排污口未完成整治" in page.locator("#preview").inner_text()
    shot(page, "1-import-preview")
    page.click("#confirm-form button[type=submit]")
    page.wait_for_selector("#ledger")
    assert page.locator("#ledger tbody tr").count() == 3
    assert page.locator("#overdue-count").inner_text() == "2"  # due 2023-06-30 and 2024-12-31, not rectified
    shot(page, "2-ledger")
    item = Rectification.objects.get(problem__startswith="金沙江")
    item_url = f"{base}/supervision/items/{item.pk}/"

    def act(action: str, comment: str = "", files=()) -> None:
        form = page.locator(f"#act-{action}")
        if comment:
            form.locator("textarea[name=comment]").fill(comment)
        for field, path in files:
            form.locator(f"input[name={field}]").set_input_files(str(path))
        form.locator("button[type=submit]").click()
        page.wait_for_load_state()

    # the lead unit applies for closure with its evidence
    login(page, base, "sthj")
    page.goto(item_url)
    assert page.locator("#item-status").inner_text() == "整改中"
    apply_files = [("report", evidence["整改报告.pdf"]), ("acceptance", evidence["验收材料.docx"]), ("photo", evidence["现场照片.jpg"])]
    act("apply", "排污口已全部规范整治", apply_files)
    assert page.locator("#item-status").inner_text() == "申请销号"
    shot(page, "3-applied")

    # the office returns it with a comment
    login(page, base, "office")
    page.goto(item_url)
    act("return", "缺少在线监测记录,请补充")
    assert page.locator("#item-status").inner_text() == "整改中"
    assert "缺少在线监测记录" in page.locator("#events").inner_text()
    shot(page, "4-returned")

    # the unit reports and applies again; the office accepts: public notice
    login(page, base, "sthj")
    page.goto(item_url)
    act("report", "已补充在线监测记录")
    act("apply", "补充材料后重新申请", apply_files)
    login(page, base, "office")
    page.goto(item_url)
    act("accept", "现场核查通过")
    assert page.locator("#item-status").inner_text() == "公示中"

    # the public sees it on the public notice
    page.context.clear_cookies()
    page.goto(base + "/supervision/publicity/")
    assert "金沙江攀枝花段部分排污口未完成整治" in page.locator("#publicity").inner_text()
    shot(page, "5-public-notice")
    page.set_viewport_size({"width": 390, "height": 844})
    page.click("text=详情与异议")
    page.wait_for_selector("#objection-form")
    shot(page, "6-public-item-390")
    page.set_viewport_size({"width": 1366, "height": 900})

    # the notice has ended (0 days in this city): the office closes it
    login(page, base, "office")
    page.goto(item_url)
    act("close")
    assert page.locator("#item-status").inner_text() == "已销号"
    events = page.locator("#events").inner_text()
    for step in ("导入", "申请销号", "退回整改", "报送进展", "验收通过", "销号"):
        assert step in events
    assert "整改报告.pdf" in events
    shot(page, "7-closed")
    assert outside == []


def test_pages_as_each_role_in_both_languages_and_widths(page, live_server, users, settings, tmp_path):  # noqa: F811
    from datetime import date

    from rich.console import Console

    from qingshan.assessment.demo import load_demo_assessment
    from qingshan.ledger.services import load_seed_plans
    from qingshan.supervision import demo

    settings.MEDIA_ROOT = tmp_path / "media"
    load_seed_plans()
    demo.load_demo_ledger()
    demo.load_demo_notices()
    from qingshan.orgs.models import Division
    from qingshan.supervision import services
    from qingshan.supervision.bulletin import office_actor

    city = Division.objects.get(name="攀枝花市")
    services.publish_bulletin(services.build_bulletin(city, date(2024, 12, 1), office_actor(city)), office_actor(city))
    load_demo_assessment(Console(quiet=True))
    base = live_server.url
    walks = {
        "office": ["/supervision/", "/supervision/notices/", "/supervision/bulletins/", "/assessment/"],
        "sthj": ["/supervision/mine/", "/assessment/"],
        "dongqu": ["/supervision/mine/"],
        "leader": ["/assessment/"],
    }
    for lang in ("zh-hans", "en"):
        for who, urls in walks.items():
            login(page, base, who)
            page.context.add_cookies([{"name": "django_language", "value": lang, "url": base}])
            for url in urls:
                for width in (1366, 390):
                    page.set_viewport_size({"width": width, "height": 900})
                    resp = page.goto(base + url)
                    assert resp.status == 200, (who, url)
                    name = f"{lang}-{who}-{url.strip('/').replace('/', '-')}-{width}"
                    shot(page, name)
                    # nothing wider than the screen but tables that scroll inside their box
                    over = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
                    assert over <= 1, (name, over)
    page.context.clear_cookies()
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(base + "/supervision/bulletins/")
    assert "攀枝花市2024年12月" in page.locator("#bulletins").inner_text()
    shot(page, "public-bulletins-390")
