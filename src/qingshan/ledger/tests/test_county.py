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
