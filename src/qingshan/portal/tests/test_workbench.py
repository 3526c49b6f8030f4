"""The workbench counts what is the viewer's (walkthrough finding: 攀枝花's office saw 5 cities and every city's 159
units as if they were its own)."""

from __future__ import annotations

from qingshan.orgs.models import Division, Unit


def test_counts_are_of_the_viewers_area(client, users):
    pzh = Division.objects.get(name="攀枝花市")
    own = Unit.objects.filter(division_id__in=pzh.descendant_ids()).count()
    assert 0 < own < Unit.objects.count()
    client.force_login(users["office"])
    ctx = client.get("/").context
    assert ctx["unit_count"] == own and ctx["city_count"] is None
    client.logout()
    ctx = client.get("/").context
    assert ctx["unit_count"] == Unit.objects.count() and ctx["city_count"] == Division.objects.filter(level="city").count()


def test_the_office_counts_confirmed_plans_and_drafts_apart(client, users, ledger):
    """Walkthrough finding: the office's card read "1 plan" over a list of five, its drafts among them. The card counts
    confirmed plans and says so; the office's drafts have a card of their own; a department sees no drafts."""
    client.force_login(users["office"])
    page = client.get("/")
    ctx = page.context
    listed = list(ctx["plans"])
    assert ctx["plan_count"] == sum(p.status == "confirmed" for p in listed) == 2  # 攀枝花's two, not 平顶山's
    assert ctx["draft_count"] == sum(p.status == "draft" for p in listed) == 1
    html = page.content.decode()
    assert "已确认的实施方案" in html and "待审核的草稿" in html
    client.force_login(users["sthj"])
    ctx = client.get("/").context
    assert ctx["draft_count"] is None and all(p.status == "confirmed" for p in ctx["plans"])


def test_an_overdue_task_says_its_due_date_once(client, users, ledger):
    """Walkthrough finding: "任务自 2024-12-31 起逾期:… 2024-12-31" — the date stood twice, and a cut text had no "…"."""
    from datetime import date

    task = ledger["t_sthj"]
    task.due_date = date(2024, 12, 31)
    task.heading = ""
    task.text = "实施铁腕治气三年行动,全面推进工业炉窑、挥发性有机物和移动源综合治理"
    task.save()
    client.force_login(users["sthj"])
    html = client.get("/").content.decode()
    item = next(line for line in html.split("<li") if "task_overdue" in line)
    assert item.count("2024-12-31") == 1 and "任务已过完成期限" in item and "…" in item


def test_the_cards_lead_to_what_they_count(client, users, ledger):
    """Walkthrough finding: the workbench's cards were not links. Each count leads to the list it counts, and that list
    holds as many rows as the card says."""
    client.force_login(users["office"])
    page = client.get("/")
    html, ctx = page.content.decode(), page.context
    for href in ("/ledger/plans/?status=confirmed", "/ledger/plans/?status=draft", "/ledger/tasks/", "/orgs/units/"):
        assert f'class="card link" href="{href}"' in html
    for status, count in (("confirmed", ctx["plan_count"]), ("draft", ctx["draft_count"])):
        listed = client.get(f"/ledger/plans/?status={status}").context["plans"]
        assert len(listed) == count and {p.status for p in listed} == {status}
    assert client.get("/ledger/plans/?status=nonsense").status_code == 200  # every plan, never an error
    client.force_login(users["sthj"])
    assert 'class="card link" href="/ledger/my/"' in client.get("/").content.decode()
    # a county's card counts the units its list shows (walkthrough: 东区's card said 1 over a list of 38)
    client.force_login(users["dongqu"])
    assert client.get("/").context["unit_count"] == len(client.get("/orgs/units/").context["units"])
    client.logout()
    html = client.get("/").content.decode()
    assert 'href="/ledger/tasks/"' not in html and 'href="/orgs/units/"' not in html  # (pages that ask a login)
