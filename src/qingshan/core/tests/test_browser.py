"""Browser tests: Debian's chromium driven by Playwright (never a browser download).

Skipped with a printed reason when no chromium is installed, unless QINGSHAN_REQUIRE_BROWSER=1 (CI sets it),
in which case a missing browser fails the run. Screenshots go to test-artifacts/.
"""

from __future__ import annotations

from datetime import date

import pytest

from qingshan.conftest import ARTIFACTS, require_browser

require_browser()
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_login_home_language_switch(page, live_server, users, ledger):
    page.goto(live_server.url + "/")
    assert page.locator("html").get_attribute("lang") == "zh-hans"
    page.click("text=登录")
    page.fill("#id_username", "office")
    page.fill("#id_password", "qingshan-demo")
    page.click("#login-form button[type=submit]")
    page.wait_for_url(live_server.url + "/")
    assert page.locator("h1").inner_text() == "工作台"
    assert page.locator("#task-count").inner_text() == "3"  # 攀枝花's tasks in force (not the draft), not 平顶山's
    page.screenshot(path=str(ARTIFACTS / "home-zh.png"), full_page=True)
    with page.expect_navigation():
        page.select_option("#language-form select", "en")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == "Workbench"
    page.screenshot(path=str(ARTIFACTS / "home-en.png"), full_page=True)


@pytest.mark.parametrize(("lang", "width"), [("zh-hans", 1366), ("en", 1366), ("zh-hans", 390)])
def test_air_page_draws_charts_and_map_offline(page, live_server, registry, tmp_path, lang, width):
    """攀枝花's real 2019 data: headline under both texts with Table 4 flags, the stations on a map without tiles,
    the county ranking, nothing fetched from outside; in both languages and on a phone."""
    from qingshan.air.demo import register_seed_stations
    from qingshan.air.services import import_hourly
    from qingshan.conftest import archive_subset
    from qingshan.orgs.models import Division

    register_seed_stations()
    import_hourly(str(archive_subset(tmp_path / "pzh.csv", ("1888A", "1889A", "1890A", "1891A", "2835A"))))
    pzh = Division.objects.get(name="攀枝花市")
    requests_outside = []
    page.on(
        "request", lambda r: None if r.url.startswith(live_server.url) else requests_outside.append(r.url)
    )
    page.set_viewport_size({"width": width, "height": 900})
    page.context.add_cookies([{"name": "django_language", "value": lang, "url": live_server.url}])
    page.goto(f"{live_server.url}/air/?division={pzh.pk}")
    page.wait_for_selector("#calendar .main-svg")
    page.wait_for_selector("#map .main-svg")
    assert "HJ 633-2026" in page.locator("#headline").inner_text()
    assert page.locator("#trend .main-svg").count() >= 1
    assert "弄弄坪 1888A" in page.locator("#map").inner_text()
    county = page.locator("#county-ranking").inner_text()
    assert "东区" in county and "仁和区" in county and "西区" in county
    invalid = page.locator('#headline tr[data-pollutant="PM2.5"] .validity').inner_text()
    assert ("无效" in invalid) if lang == "zh-hans" else ("invalid" in invalid)
    if lang == "en":
        assert page.locator("html").get_attribute("lang") == "en"
    page.screenshot(path=str(ARTIFACTS / f"air-overview-{lang}-{width}.png"), full_page=True)
    assert requests_outside == []  # no CDN, no map tiles, nothing from outside the server


def test_water_board_section_and_exceedances(page, live_server, users):
    """The synthetic water demo: the board says it is synthetic, the classes are drawn, a section's trends draw
    offline, and the office sees the exceedance list."""
    from qingshan.water import demo, services

    demo.register_demo_sections()
    # two months of the demo are enough for the page (the whole demo is 32,000 rows)
    text = demo.national_csv()
    head, *rows = text.splitlines()
    keep = [r for r in rows if ",2026-09-" in r or ",2026-10-" in r]
    services.import_samples(("\n".join([head, *keep]) + "\n").encode(), name="demo.csv", synthetic=True)
    requests_outside = []
    page.on(
        "request", lambda r: None if r.url.startswith(live_server.url) else requests_outside.append(r.url)
    )
    page.goto(live_server.url + "/water/?month=2026-10")
    assert "合成演示数据" in page.locator(".banner-synthetic").inner_text()
    table = page.locator("#sections").inner_text()
    assert "巴关河入江口(演示)" in table and "Ⅳ" in table
    assert "长江流域" in page.locator("#by-basin").inner_text()
    page.screenshot(path=str(ARTIFACTS / "water-board.png"), full_page=True)
    page.click("text=巴关河入江口(演示)")
    page.wait_for_selector("#chart-TP .main-svg")
    assert "总磷" in page.locator("#chart-TP").inner_text()
    page.screenshot(path=str(ARTIFACTS / "water-section.png"), full_page=True)
    page.goto(live_server.url + "/accounts/login/?next=/water/exceedances/")
    page.fill("#id_username", "office")
    page.fill("#id_password", "qingshan-demo")
    page.click("#login-form button[type=submit]")
    page.wait_for_selector("#exceedances")
    assert "巴关河入江口(演示)" in page.locator("#exceedances").inner_text()
    page.screenshot(path=str(ARTIFACTS / "water-exceedances.png"), full_page=True)
    assert requests_outside == []


def test_dashboard_statuses_with_their_figures(page, live_server, users, pds_2019):
    """平顶山's seed plan judged on its own 2019 data as of early 2020: the good-day figure under both HJ 633 texts,
    the Table 4 flag beside every verdict resting on the invalid 2019 year, no stand-in; a tile opens the target's
    history; a phone gets one column."""
    from qingshan.ledger.models import PlanTarget
    from qingshan.targets import status as S

    expected = next(
        s
        for s in S.evaluate(PlanTarget.objects.filter(plan=pds_2019["plan"]), date(2020, 3, 31))
        if s.indicator and s.indicator.code == "AIR_GOOD_RATIO"
    )
    page.goto(live_server.url + "/accounts/login/?next=/targets/dashboard/%3Fas_of%3D2020-03-31")
    page.fill("#id_username", "office_pds")
    page.fill("#id_password", "qingshan-demo")
    page.click("#login-form button[type=submit]")
    page.wait_for_selector("#air-good")
    good = page.locator("#air-good")
    assert f"{expected.figures.observations[2019].value:.1f}%" in good.locator(".num").inner_text()
    assert "HJ 633-2026" in good.inner_text() and "2019" in good.inner_text()
    assert good.locator(".status-chip").inner_text() == "进度滞后"
    assert good.locator("[data-caveat]").count() == 1  # flagged: 2019 misses GB 3095 Table 4
    assert "北京" not in page.content()
    tile = page.locator(f'.tile[href^="/targets/{expected.target.pk}/"]')
    assert "2019" in tile.inner_text()
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)
    tile.click()
    page.wait_for_selector("#history-chart .main-svg")  # drawn by the bundled plotly, offline
    assert "仅一年数据" in page.locator(".reason").inner_text()  # the rule, named in words
    assert page.locator("a.raw-data").get_attribute("href").startswith("/air/?division=")
    page.screenshot(path=str(ARTIFACTS / "target-detail.png"), full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/targets/dashboard/?as_of=2020-03-31")
    tiles = page.locator(".tile")
    first, second = tiles.nth(0).bounding_box(), tiles.nth(1).bounding_box()
    assert second["y"] > first["y"] and abs(second["x"] - first["x"]) < 2  # one column on a phone
    page.screenshot(path=str(ARTIFACTS / "dashboard-phone.png"), full_page=True)
