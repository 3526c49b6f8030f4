"""The city ledger page (/ledger/tasks/)."""

from __future__ import annotations

from datetime import date


def _row(html: str, task_pk: int) -> str:
    return next(r for r in html.split("<tr>") if f"/ledger/tasks/{task_pk}/" in r)


def test_an_overdue_row_says_so_in_words(client, users, ledger):
    """Walkthrough finding: an overdue task's date was only coloured red. The row now says 逾期 beside it; a task
    completed, or one not yet due, does not."""
    task = ledger["t_sthj"]
    task.due_date = date(2024, 12, 31)
    task.save()
    client.force_login(users["office"])
    row = _row(client.get("/ledger/tasks/").content.decode(), task.pk)
    assert "2024-12-31" in row and 'class="tag overdue">逾期<' in row
    task.due_date = date(2999, 12, 31)
    task.save()
    row = _row(client.get("/ledger/tasks/").content.decode(), task.pk)
    assert "2999-12-31" in row and "逾期" not in row
    task.due_date = date(2024, 12, 31)
    task.save()
    type(task).objects.filter(pk=task.pk).update(status="completed")  # (a test's shortcut past the workflow)
    row = _row(client.get("/ledger/tasks/").content.decode(), task.pk)
    assert "2024-12-31" in row and "逾期" not in row


def test_the_task_page_and_my_tasks_say_overdue_too(client, users, ledger):
    """Walkthrough finding: only the city ledger marked an overdue task; the task's own page and the unit's list did
    not."""
    task = ledger["t_sthj"]
    task.due_date = date(2024, 12, 31)
    task.save()
    client.force_login(users["sthj"])
    assert 'class="tag overdue">逾期<' in client.get(f"/ledger/tasks/{task.pk}/").content.decode()
    row = _row(client.get("/ledger/my/").content.decode(), task.pk)
    assert 'class="tag overdue"' in row and (task.deadline or "2024-12-31") in row  # the date, not the badge alone
    task.due_date = date(2999, 12, 31)
    task.save()
    assert "tag overdue" not in client.get(f"/ledger/tasks/{task.pk}/").content.decode()


def test_a_department_is_told_the_ledger_shows_its_own_tasks(client, users, ledger):
    """Walkthrough finding: a department's city ledger said "every task of the plans in force" over its own tasks."""
    client.force_login(users["sthj"])
    html = client.get("/ledger/tasks/").content.decode()
    assert "本单位牵头、配合或落实" in html
    client.force_login(users["office"])
    assert "本单位牵头" not in client.get("/ledger/tasks/").content.decode()


def test_a_plans_targets_lead_to_their_pages(client, users, ledger):
    """Walkthrough finding: a plan's target rows were plain text; the target's page (figures, status, history) could be
    reached only from the targets list."""
    from qingshan.ledger.models import PlanTarget

    target = PlanTarget.objects.filter(plan__status="confirmed", plan__division__name="攀枝花市").first()
    client.force_login(users["office"])
    html = client.get(f"/ledger/plans/{target.plan_id}/").content.decode()
    assert f'href="/targets/{target.pk}/"' in html
