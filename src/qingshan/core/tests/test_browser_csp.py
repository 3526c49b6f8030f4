"""The Content-Security-Policy in a real browser: the charts draw, the selects still submit, the API docs load,
and chromium reports no violation (issue #18, finding 7)."""

from __future__ import annotations

import pytest

from qingshan.conftest import ARTIFACTS, require_browser

require_browser()
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_pages_work_under_the_policy_without_violations(page, live_server, users, tmp_path):
    from qingshan.air.demo import register_seed_stations
    from qingshan.air.services import import_hourly
    from qingshan.conftest import PDS_STATIONS, archive_subset

    register_seed_stations()
    import_hourly(str(archive_subset(tmp_path / "pds.csv", PDS_STATIONS, months=[1])))
    violations = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    from qingshan.orgs.models import Division

    pds = Division.objects.get(name="平顶山市")
    page.goto(f"{live_server.url}/air/?division={pds.pk}&year=2019")
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
