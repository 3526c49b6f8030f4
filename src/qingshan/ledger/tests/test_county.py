"""#12 defect 4: a county government sees the tasks the plan binds it to ("各项工作均需各县(区)政府、钒钛高新区管委会
落实"), has its workbench, files reports, and has a county dashboard — and sees nothing of other counties' units."""

from __future__ import annotations

import pytest

from qingshan.conftest import confirm
from qingshan.ledger import services

pytestmark = pytest.mark.django_db
SEED_000 = next(services.SEEDS_DIR.glob("000_*.txt"))


@pytest.fixture
def plan_000(users):
    return confirm(services.import_plan(SEED_000), publish=True)


def test_dongqu_sees_its_tasks_workbench_and_dashboard(client, users, plan_000):
    client.force_login(users["dongqu"])
    assert client.get("/ledger/my/").context["page"].paginator.count == 28
    home = client.get("/")
    assert home.status_code == 200 and home.context["my_task_count"] == 28
    rows = client.get("/dispatch/").context["rows"]
    assert len(rows) == 28  # it may report on every task it is bound to
    dash = client.get("/targets/dashboard/")
    assert dash.status_code == 200
    d = dash.context["dash"]
    assert d.division.name == "东区"
    assert [u.name for u in d.unit_tasks] == ["东区政府"] and d.unit_tasks[0].total == 28
    # Nothing of another county's row.
    assert all(r.unit.name == "东区人民政府" for r in d.ranking)


def test_a_county_with_no_plan_gets_a_page_not_an_english_404(client, users):
    client.force_login(users["dongqu"])
    resp = client.get("/targets/dashboard/")
    assert resp.status_code == 404
    page = resp.content.decode()
    assert 'id="language-form"' in page and "Not Found" not in page


def test_a_county_exports_only_the_targets_it_may_see(client, users, plan_000):
    """The plan's Excel and JSON exports hold the targets the reader may see on the pages (the walkthrough found a
    county's export listing every target of the plan, other counties' rows included, while the pages showed none)."""
    import io
    import json

    from openpyxl import load_workbook

    from qingshan.core.access import actor_for
    from qingshan.ledger import scope

    visible = scope.targets_visible(actor_for(users["dongqu"])).filter(plan=plan_000)
    assert 0 < visible.count() < plan_000.targets.count()
    client.force_login(users["dongqu"])
    data = json.loads(client.get(f"/ledger/plans/{plan_000.pk}/export.json").content)
    assert sorted(g["text"] for g in data["targets"]) == sorted(visible.values_list("text", flat=True))
    wb = load_workbook(io.BytesIO(client.get(f"/ledger/plans/{plan_000.pk}/export.xlsx").content))
    assert wb.worksheets[1].max_row - 1 == visible.count()
    client.force_login(users["office"])
    data = json.loads(client.get(f"/ledger/plans/{plan_000.pk}/export.json").content)
    assert len(data["targets"]) == plan_000.targets.count()


def test_a_target_scoped_to_a_county_names_it(plan_000):
    """A target the office adds for one county ("PM2.5平均浓度 ≤ 30, scope 东区") says so wherever it is shown; the
    reader's own breakdown rows already name the place in the indicator and are not named twice; a unit the
    registry does not know is marked 待核对 in a Chinese ledger, not "to check"."""
    from django.utils import translation

    from qingshan.ledger.models import PlanTarget

    manual = PlanTarget(plan=plan_000, indicator="PM2.5平均浓度", comparator="<=", value=30, unit="微克/立方米", scope="东区")
    read = PlanTarget(plan=plan_000, indicator="东区 优良天数比例", comparator=">=", value=93, unit="%", scope="东区")
    assert manual.label == "东区 PM2.5平均浓度" and read.label == "东区 优良天数比例"
    with translation.override("zh-hans"):
        assert services.goal_text(manual).startswith("东区 PM2.5平均浓度 ")
        task = plan_000.tasks.first()
        task.assignments.create(role="cooperating", raw_name="市城市管理局", unit=None)
        rows = services.ledger_rows(plan_000.tasks.filter(pk=task.pk).prefetch_related("assignments__unit", "targets"))
        assert "市城市管理局(待核对)" in rows[0][4] or "市城市管理局(待核对)" in rows[0][3]


def test_my_tasks_say_their_plan_and_why_a_county_has_them(client, users, plan_000):
    """/ledger/my/ holds tasks of several plans: each row names its plan, and a task the county has only through
    the plan's note ("各项工作均需各县(区)政府…落实") says so (walkthrough)."""
    client.force_login(users["dongqu"])
    page = client.get("/ledger/my/").content.decode()
    assert page.count(plan_000.display_title[:20]) >= 28
    assert 'class="tag implicit"' in page


def test_a_target_the_office_sets_for_a_county_is_the_countys(client, users, plan_000):
    """A target scoped to 东区 without a task (added by hand, or a breakdown row) is 东区's to see — and not 西区's
    or a city department's (walkthrough: 东区 got 404 on it)."""
    from qingshan.core.access import actor_for
    from qingshan.ledger import scope
    from qingshan.ledger.models import PlanTarget

    t = PlanTarget.objects.create(plan=plan_000, indicator="PM10平均浓度", comparator="<=", value=50,
                                  unit="微克/立方米", scope="东区")  # fmt: skip
    assert scope.targets_visible(actor_for(users["dongqu"])).filter(pk=t.pk).exists()
    assert not scope.targets_visible(actor_for(users["fgw"])).filter(pk=t.pk).exists()
    client.force_login(users["dongqu"])
    assert client.get(f"/targets/{t.pk}/").status_code == 200


def test_the_county_dashboard_holds_the_targets_set_for_it(client, users, plan_000):
    from datetime import date

    from qingshan.core.access import actor_for
    from qingshan.ledger.models import PlanTarget
    from qingshan.orgs.models import Division
    from qingshan.targets import dashboard

    t = PlanTarget.objects.create(plan=plan_000, indicator="PM10平均浓度", comparator="<=", value=50,
                                  unit="微克/立方米", scope="东区")  # fmt: skip
    for who in ("office", "dongqu"):
        dash = dashboard.build(actor_for(users[who]), Division.objects.get(name="东区"), date(2026, 11, 30))
        assert t.pk in {st.target.pk for st in dash.statuses}, who
