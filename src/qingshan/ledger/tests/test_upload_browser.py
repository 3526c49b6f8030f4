"""The upload page in a browser (Debian's chromium): an Excel task table becomes a draft to review; a workbook of air
data is refused with a message in the page's language that names the file — in Chinese and in English, at 1366 px
and 390 px. Screenshots go to test-artifacts/."""

from __future__ import annotations

from pathlib import Path

import pytest

from qingshan.conftest import ARTIFACTS, require_browser

require_browser()
CORPUS = Path(__file__).resolve().parents[2] / "planreader" / "tests" / "corpus"
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_upload_xlsx_and_refusal_in_both_languages(page, live_server, users):  # noqa: F811
    page.goto(live_server.url + "/accounts/login/?next=/ledger/plans/upload/")
    page.fill("#id_username", "office_pds")
    page.fill("#id_password", "qingshan-demo")
    page.click("#login-form button[type=submit]")
    page.wait_for_url(live_server.url + "/ledger/plans/upload/")
    for width in (1366, 390):
        page.set_viewport_size({"width": width, "height": 900})
        page.set_input_files("#id_file", str(CORPUS / "air_data.xlsx"))
        page.click("form.stacked button[type=submit]")
        error = page.locator(".errorlist").inner_text()
        assert "air_data.xlsx" in error and "不是实施方案" in error
        page.screenshot(path=str(ARTIFACTS / f"plan-upload-refused-zh-{width}.png"), full_page=True)
    with page.expect_navigation():
        page.select_option("#language-form select", "en")
    page.goto(live_server.url + "/ledger/plans/upload/")
    page.set_input_files("#id_file", str(CORPUS / "air_data.xlsx"))
    page.click("form.stacked button[type=submit]")
    error = page.locator(".errorlist").inner_text()
    assert "air_data.xlsx" in error and "not a plan" in error and "不是" not in error
    page.screenshot(path=str(ARTIFACTS / "plan-upload-refused-en-390.png"), full_page=True)
    page.set_viewport_size({"width": 1366, "height": 900})
    page.set_input_files("#id_file", str(CORPUS / "excel_table.xlsx"))
    page.click("form.stacked button[type=submit]")
    page.wait_for_url("**/review/")
    assert page.locator("text=开展城市空气质量提升进位行动").count() >= 1  # row 5 of the sheet, a task
    page.screenshot(path=str(ARTIFACTS / "plan-review-xlsx-en-1366.png"))
