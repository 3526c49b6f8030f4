"""The sources pages in Debian's chromium (Playwright): as enforcement, the city's office and a county, in Chinese and
English, at 1366 px and 390 px; charts drawn offline (every request outside the test server is refused); an alert
acknowledged and handled through the page. Screenshots go to test-artifacts/sources-*.png."""

from __future__ import annotations

import pytest

from qingshan.conftest import ARTIFACTS, require_browser

require_browser()
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(users):
    from rich.console import Console

    from qingshan.sources.demo import load_demo_sources

    load_demo_sources(Console(quiet=True))


def _page(browser, live_server, width, user, lang):
    ctx = browser.new_context(viewport={"width": width, "height": 900})
    outside = []

    def guard(route):
        if route.request.url.startswith(live_server.url):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    ctx.route("**/*", guard)
    page = ctx.new_page()
    page.set_default_timeout(30_000)
    page.goto(live_server.url + "/accounts/login/")
    page.fill("#id_username", user)
    page.fill("#id_password", "qingshan-demo")
    page.click("#login-form button[type=submit]")
    page.wait_for_load_state()
    if lang == "en":
        with page.expect_navigation():
            page.select_option("#language-form select", "en")
    return page, outside


@pytest.mark.parametrize("width", [1366, 390])
@pytest.mark.parametrize("lang", ["zh-hans", "en"])
def test_enterprise_and_alert_pages(browser, live_server, demo, width, lang):
    from qingshan.sources.models import Alert, Enterprise

    page, outside = _page(browser, live_server, width, "enforce", lang)
    page.goto(live_server.url + "/sources/")
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator("#enterprises tbody tr").count() == 5
    banner = page.locator(".banner-synthetic").inner_text()
    assert ("演示" in banner) if lang == "zh-hans" else ("Demo" in banner and "fictitious" in banner)
    page.screenshot(path=str(ARTIFACTS / f"sources-list-{lang}-{width}.png"), full_page=True)
    steel = Enterprise.objects.get(name__contains="钒钛钢铁")
    page.goto(live_server.url + f"/sources/enterprises/{steel.pk}/")
    page.wait_for_selector(".js-plotly-plot .main-svg")
    assert page.locator(".js-plotly-plot").count() >= 3
    text = page.locator("main").inner_text()
    assert ("排放口" in text and "限值" in text) if lang == "zh-hans" else ("Limit" in text and "Outlet" in text)
    page.screenshot(path=str(ARTIFACTS / f"sources-enterprise-{lang}-{width}.png"), full_page=True)
    alert = Alert.objects.filter(enterprise=steel, kind="exceedance", status="open").order_by("-value").first()
    page.goto(live_server.url + f"/sources/alerts/{alert.pk}/")
    assert page.locator("#evidence tbody tr").count() >= 1
    page.screenshot(path=str(ARTIFACTS / f"sources-alert-{lang}-{width}.png"), full_page=True)
    if width == 1366 and lang == "zh-hans":
        page.click("button:has-text('确认')")
        page.fill("#note", "已电话核实，企业说明为脱硫系统故障")
        page.click("button:has-text('登记处置')")
        page.wait_for_load_state()
        alert.refresh_from_db()
        assert alert.status == "handled" and "脱硫" in alert.note
    page.goto(live_server.url + "/sources/alerts/")
    page.screenshot(path=str(ARTIFACTS / f"sources-alerts-{lang}-{width}.png"), full_page=True)
    assert outside == [], f"requests outside the platform: {outside[:3]}"


def test_county_and_other_city_in_the_browser(browser, live_server, demo):
    page, _ = _page(browser, live_server, 1366, "dongqu", "zh-hans")
    page.goto(live_server.url + "/sources/")
    names = page.locator("#enterprises tbody tr").all_inner_texts()
    assert len(names) == 1 and "钒钛钢铁" in names[0]
    page, _ = _page(browser, live_server, 1366, "office_pds", "zh-hans")
    page.goto(live_server.url + "/sources/")
    assert page.locator("#enterprises").count() == 0
    page.screenshot(path=str(ARTIFACTS / "sources-list-office_pds.png"), full_page=True)
