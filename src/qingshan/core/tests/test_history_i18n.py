"""Audit trail (who, when, before, after — visible on the record's page) and Chinese-first pages."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest
from django.urls import reverse


@pytest.mark.django_db
def test_change_keeps_who_when_before_and_after_and_shows_it(client, users, ledger):
    task = ledger["t_fgw"]
    client.force_login(users["fgw"])
    resp = client.patch(
        f"/api/tasks/{task.pk}/", {"progress_note": "已完成初稿"}, content_type="application/json"
    )
    assert resp.status_code == 200
    latest = task.history.first()
    assert latest.history_user == users["fgw"] and latest.history_type == "~"
    delta = latest.diff_against(latest.prev_record)
    assert {c.field: (c.old, c.new) for c in delta.changes}["progress_note"] == ("", "已完成初稿")
    # The status changes through the task's workflow action, recorded in the same trail and as an event.
    resp = client.post(reverse("ledger:task-action", kwargs={"pk": task.pk}), {"action": "start"})
    assert resp.status_code == 302
    page = client.get(reverse("ledger:task-detail", kwargs={"pk": task.pk})).content.decode()
    assert "变更记录" in page and "fgw" in page
    assert "状态</b>: 未开始 → 推进中" in page and "已完成初稿" in page
    assert "流程记录" in page and "开始" in page


@pytest.mark.django_db
def test_pages_are_chinese_by_default_and_english_on_request(client, ledger):
    page = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert 'lang="zh-hans"' in page and "实施方案" in page and "登录" in page
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    page = client.get("/").content.decode()
    assert 'lang="en"' in page and "Plans" in page and "Log in" in page


@pytest.mark.django_db
def test_api_errors_are_chinese_by_default(client, users):
    client.force_login(users["office"])
    resp = client.post("/api/plans/", {}, content_type="application/json")
    assert "该字段是必填项" in resp.json()["title"][0]


def test_compiled_translations_match_the_catalogue():
    """The committed .mo (read at run time; users need no gettext tools) carries every entry of the .po."""
    base = Path(__file__).resolve().parents[2] / "locale" / "zh_Hans" / "LC_MESSAGES"
    po = polib.pofile(str(base / "django.po"))
    mo = {(e.msgctxt, e.msgid): e.msgstr for e in polib.mofile(str(base / "django.mo"))}  # one msgid, two contexts
    untranslated = [e.msgid for e in po if not (e.msgstr or any(e.msgstr_plural.values())) and not e.obsolete]
    assert not untranslated, f"untranslated: {untranslated}"
    stale = [
        e.msgid
        for e in po
        if not e.obsolete and not e.msgid_plural and "fuzzy" not in e.flags and mo.get((e.msgctxt, e.msgid)) != e.msgstr
    ]
    assert not stale, f".mo is out of date for: {stale[:5]} (recompile: python -m qingshan.core.i18n)"
