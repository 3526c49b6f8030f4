"""The water pages in chromium at 1366 px and 390 px, in both languages, as the public and as the office: nothing
wider than the screen (#12: the section page was 1,580 px wide on a 1,366 px screen). Screenshots in
test-artifacts/."""

from __future__ import annotations

import pytest

from qingshan.conftest import ARTIFACTS, require_browser

require_browser()
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _demo_months() -> None:
    from qingshan.water import demo, services

    demo.register_demo_sections()
    head, *rows = demo.national_csv().splitlines()
    keep = [r for r in rows if ",2026-09-" in r or ",2026-10-" in r]
    services.import_samples(("\n".join([head, *keep]) + "\n").encode(), name="demo.csv", synthetic=True)


def _width(pg) -> int:
    return pg.evaluate("Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)")


def test_water_pages_fit_1366_and_390(page, live_server, users):  # noqa: F811
    from qingshan.water.models import WaterSection

    _demo_months()
    sec = WaterSection.objects.get(name="巴关河入江口(演示)")
    page.goto(live_server.url + "/accounts/login/")
    page.fill("#id_username", "office")
    page.fill("#id_password", "qingshan-demo")
    page.click("#login-form button[type=submit]")
    page.wait_for_url(live_server.url + "/")
    for lang in ("zh", "en"):
        if lang == "en":
            page.goto(live_server.url + "/water/")
            with page.expect_navigation():
                page.select_option("#language-form select", "en")
        for width in (1366, 390):
            page.set_viewport_size({"width": width, "height": 900})
            for name, url in (
                ("board", "/water/?month=2026-10"),
                ("section", f"/water/sections/{sec.pk}/"),
                ("exceedances", "/water/exceedances/"),
            ):
                page.goto(live_server.url + url)
                if name == "section":
                    page.wait_for_selector("#chart-TP .main-svg")
                    assert page.locator("#water-type form").count() == 1  # the office may set the type
                page.screenshot(path=str(ARTIFACTS / f"water-{name}-{lang}-{width}.png"), full_page=True)
                assert _width(page) <= width, f"{name} {lang} is {_width(page)} px wide at {width} px"
    page.goto(live_server.url + f"/water/sections/{sec.pk}/")
    text = page.locator("#water-type").inner_text()
    assert "Name rule" in text or "Registered" in text
