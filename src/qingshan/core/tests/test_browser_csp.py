"""The Content-Security-Policy in a real browser: the charts draw, the selects still submit, the API docs load,
and chromium reports no violation (issue #18, finding 7)."""

from __future__ import annotations

import pytest

from qingshan.conftest import ARTIFACTS, require_browser

require_browser()
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_pages_work_under_the_policy_without_violations(page, live_server, users):
    from qingshan.air.demo import register_beijing_stations
    from qingshan.air.services import import_hourly

    register_beijing_stations()
    csv = ARTIFACTS / "csp-dongsi.csv"
    lines = ["No,year,month,day,hour,PM2.5,PM10,SO2,NO2,CO,O3,station"]
    n = 0
    for day in range(1, 8):
        for hour in range(24):
            n += 1
            lines.append(f"{n},2016,1,{day},{hour},{40 + day},{70 + day},8,40,900,{30 + hour},Dongsi")
    csv.parent.mkdir(parents=True, exist_ok=True)
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    import_hourly(str(csv))
    violations = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto(live_server.url + "/air/")
    page.wait_for_selector("#calendar .main-svg")
    page.screenshot(path=str(ARTIFACTS / "csp-air.png"), full_page=True)
    # A select submits its form through site.js (no inline handler): the language switch.
    with page.expect_navigation():
        page.select_option("select[name=language]", "en")
    assert page.locator("html").get_attribute("lang") == "en"
    page.goto(live_server.url + "/api/docs/")
    page.wait_for_selector(".swagger-ui .info", timeout=20_000)
    page.screenshot(path=str(ARTIFACTS / "csp-api-docs.png"))
    page.goto(live_server.url + "/no-such-page/")
    assert "Page not found" in page.content() or "页面不存在" in page.content()
    assert violations == [], "\n".join(violations)
