"""The assessment on the database: schemes as versioned data, facts from the ledger, the rectification ledger and
the notices, results computed, published and superseded, objections (every state, action and role), who sees what,
and ``qingshan assess score``."""

from __future__ import annotations

import io
import json
from datetime import date, datetime, timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from qingshan.assessment import scope, services
from qingshan.assessment.demo import SCHEME
from qingshan.assessment.models import AssessmentRun, Objection, Scheme
from qingshan.assessment.workflow import OBJECTION_FLOW, RUN_FLOW
from qingshan.core.errors import DomainError
from qingshan.core.workflow import states_of
from qingshan.ledger.models import Task
from qingshan.orgs.models import Unit
from qingshan.supervision import services as sup
from qingshan.supervision.models import Rectification

pytestmark = pytest.mark.django_db
END = date(2024, 12, 31)


@pytest.fixture
def scheme(pzh):
    return services.load_scheme(SCHEME)


@pytest.fixture
def facts(ledger, item, actors):
    """市生态环境局 leads a task due 2024-06-30 still open and the rectification item due 2024-12-31 not accepted,
    and received one supervision letter in 2024."""
    # ledger["plan"] is confirmed by the fixture, with its reporting schedule
    Task.objects.filter(pk=ledger["t_sthj"].pk).update(due_date=date(2024, 6, 30))
    Rectification.objects.filter(pk=item.pk).update(created_at=timezone.make_aware(datetime(2024, 1, 10)))
    sthj = Unit.objects.get(name="攀枝花市生态环境局")
    sup.issue_notice(
        actors["office"], None, unit=sthj, subject="rectification", rectification=item, rung="letter",
        at=timezone.make_aware(datetime(2024, 5, 6, 10)),
    )  # fmt: skip
    return {"sthj": sthj}


def test_a_scheme_is_versioned_data(scheme, pzh):
    assert (scheme.version, scheme.items.count(), scheme.demo) == (1, 10, True)
    assert services.load_scheme(SCHEME) == scheme  # the same content changes nothing
    data = json.loads(SCHEME.read_text(encoding="utf-8"))
    data["items"][0]["points_each"] = 3
    v2 = services.load_scheme(data)
    assert v2.version == 2 and v2.items.get(code="tasks").points_each == 3
    assert services.scheme_for(pzh, 2024) == v2
    data["items"][1]["rule"] = "bribery"
    with pytest.raises(DomainError) as exc:
        services.load_scheme(data)
    assert exc.value.code.value == "assessment.scheme.unknown_rule"
    with pytest.raises(DomainError) as exc:
        services.load_scheme({"city": "攀枝花市", "items": []})
    assert exc.value.code.value == "assessment.scheme.file"
    assert Scheme.objects.count() == 2


def test_scores_from_the_records(scheme, facts, actors, users):
    item = scheme.items.get(code="work")
    services.set_manual_score(item, facts["sthj"], actors["office"], users["office"], points=8, reason="材料报送及时")
    with pytest.raises(DomainError) as exc:
        services.set_manual_score(item, facts["sthj"], actors["office"], None, points=11, reason="x")
    assert exc.value.code.value == "assessment.points_range"
    sheets, _facts = services.score(scheme, END)
    s = next(s for s in sheets if s.name == "攀枝花市生态环境局")
    got = {i.code: i.points for i in s.items}
    # tasks 25 − 2 (one overdue task); reports 10 (no reporting owed in 2024); targets 15 (no target lagging);
    # rectification 20 − 4 (the item due 2024-12-31 not accepted); letters 10 − 2; interviews 10; work 8
    assert got == {"tasks": 23, "reports": 10, "targets": 15, "rectification": 16, "letters": 8, "interviews": 10, "work": 8}
    assert s.total == 90
    assert s.item("tasks").lines[0].record.label.startswith("5 ")
    counties = [s for s in sheets if s.kind == "county"]
    assert {c.name for c in counties} >= {"东区人民政府", "西区人民政府", "米易县人民政府", "钒钛高新区管委会"}
    assert all(c.item("air_rank").note == "no_figure" for c in counties)  # no air stations in these counties


def test_compute_publish_supersede_and_who_sees_what(scheme, facts, actors, users):
    first = services.compute_run(scheme, actors["office"], users["office"], END)
    sheet = first.sheets.get(unit=facts["sthj"])
    assert not scope.sheets_visible(actors["sthj"]).exists()  # a draft is the office's
    services.publish_run(first, actors["office"])
    assert first.status == "published" and first.published_at
    assert list(scope.sheets_visible(actors["sthj"])) == [sheet]
    assert not scope.sheets_visible(actors["fgw"]).filter(pk=sheet.pk).exists()
    for role in ("office_pds", "public"):
        assert not scope.sheets_visible(actors[role]).exists() and not scope.runs_visible(actors[role]).exists()
    assert scope.sheets_visible(actors["leader"]).filter(pk=sheet.pk).exists()
    second = services.compute_run(scheme, actors["office"], users["office"], END)
    services.publish_run(second, actors["office"])
    first.refresh_from_db()
    assert first.status == "superseded" and first.events.last().actor_role == "system"
    with pytest.raises(DomainError) as exc:
        services.compute_run(scheme, actors["leader"], None, END)
    assert exc.value.code.value == "core.office_only"


def test_an_upheld_objection_adjusts_the_next_result(scheme, facts, actors, users, media):
    run = services.compute_run(scheme, actors["office"], None, END)
    services.publish_run(run, actors["office"])
    sheet = run.sheets.get(unit=facts["sthj"])
    with pytest.raises(DomainError) as exc:
        services.file_objection(sheet, actors["fgw"], None, item_code="tasks", text="x")
    assert exc.value.code.value == "assessment.not_your_sheet"
    with pytest.raises(DomainError) as exc:
        services.file_objection(sheet, actors["sthj"], None, item_code="nope", text="x")
    assert exc.value.code.value == "assessment.unknown_item"
    obj = services.file_objection(sheet, actors["sthj"], users["sthj"], item_code="tasks", text="该任务已于6月完成,系系统未及时更新")
    with pytest.raises(DomainError) as exc:
        services.file_objection(sheet, actors["sthj"], None, item_code="tasks", text="again")
    assert exc.value.code.value == "assessment.already_open"
    services.act_on_objection(obj, "uphold", actors["office"], comment="经核实属实,加回2分", adjustment=2)
    assert obj.status == "upheld" and obj.adjustment == 2
    again = services.compute_run(scheme, actors["office"], None, END)
    lines = next(i for i in again.sheets.get(unit=facts["sthj"]).lines if i["code"] == "tasks")
    assert lines["points"] == 25 and lines["lines"][-1]["rule"] == "adjustment"


def test_objections_close_after_the_schemes_days(scheme, facts, actors):
    run = services.compute_run(scheme, actors["office"], None, END)
    services.publish_run(run, actors["office"])
    AssessmentRun.objects.filter(pk=run.pk).update(published_at=timezone.now() - timedelta(days=8))
    sheet = run.sheets.get(unit=facts["sthj"])
    with pytest.raises(DomainError) as exc:
        services.file_objection(sheet, actors["sthj"], None, item_code="tasks", text="x")
    assert exc.value.code.value == "assessment.window_closed"


OBJ_ROLES = ["office", "sthj", "fgw", "leader", "office_pds", "public"]
OBJ_ALLOWED = {"uphold": {"office"}, "reject": {"office"}, "withdraw": {"sthj"}}


@pytest.mark.parametrize("state", states_of(OBJECTION_FLOW))
@pytest.mark.parametrize("action", sorted(OBJ_ALLOWED))
def test_every_objection_state_action_role(scheme, facts, actors, state, action):
    run = services.compute_run(scheme, actors["office"], None, END)
    services.publish_run(run, actors["office"])
    obj = services.file_objection(run.sheets.get(unit=facts["sthj"]), actors["sthj"], None, item_code="tasks", text="x")
    for role in OBJ_ROLES:
        Objection.objects.filter(pk=obj.pk).update(status=state)
        obj.refresh_from_db()
        t = OBJECTION_FLOW.find(state, action)
        expected = "core.transition_not_allowed" if t is None else None if role in OBJ_ALLOWED[action] else "core.transition_forbidden"
        try:
            services.act_on_objection(obj, action, actors[role], comment="答复", adjustment=1)
        except DomainError as exc:
            assert exc.code.value == expected, (state, action, role)
            continue
        assert expected is None, (state, action, role)
        assert obj.status == str(t.target) and obj.events.last().action == action


@pytest.mark.parametrize("state", states_of(RUN_FLOW))
def test_every_result_state_action_role(scheme, facts, actors, state):
    run = services.compute_run(scheme, actors["office"], None, END)
    from qingshan.core.workflow import SYSTEM

    for action, allowed in (("publish", {"office", "system"}), ("supersede", {"system"})):
        for role in [*OBJ_ROLES, "system"]:
            AssessmentRun.objects.filter(pk=run.pk).update(status=state)
            run.refresh_from_db()
            actor = SYSTEM if role == "system" else actors[role]
            t = RUN_FLOW.find(state, action)
            expected = "core.transition_not_allowed" if t is None else None if role in allowed else "core.transition_forbidden"
            try:
                from qingshan.core.workflow import transition

                transition(RUN_FLOW, run, action, actor)
            except DomainError as exc:
                assert exc.code.value == expected, (state, action, role)
                continue
            assert expected is None, (state, action, role)


def test_the_command_scores_a_year_as_json_and_xlsx(scheme, facts, tmp_path):
    out = io.StringIO()
    call_command("assess", "score", "--year", "2024", "--division", "攀枝花市", "--format", "json", "--as-of", "2024-12-31", stdout=out)
    data = json.loads(out.getvalue())
    assert data["scheme"]["demo"] is True and data["as_of"] == "2024-12-31"
    sthj = next(u for u in data["units"] if u["unit"] == "攀枝花市生态环境局")
    assert sthj["total"] == 82 and sthj["kind"] == "department"  # no manual score here: work 0
    tasks = next(i for i in sthj["items"] if i["code"] == "tasks")
    assert tasks["lines"][0]["record"]["kind"] == "task" and tasks["lines"][0]["points"] == -2
    path = tmp_path / "score.xlsx"
    call_command("assess", "score", "--year", "2024", "--division", "攀枝花市", "--format", "xlsx", "-o", str(path),
                 "--as-of", "2024-12-31", stdout=io.StringIO())  # fmt: skip
    wb = load_workbook(path)
    ranking, records = wb.worksheets
    rows = {r[2]: r for r in ranking.iter_rows(min_row=4, values_only=True)}
    assert rows["攀枝花市生态环境局"][3] == 82
    from qingshan.assessment.details import RULE_LABELS

    rule = str(RULE_LABELS["overdue_task"])  # worded in the site's language, not the code
    assert rule != "overdue_task"
    assert any(r[0] == "攀枝花市生态环境局" and r[2] == rule for r in records.iter_rows(values_only=True))
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="2023"):
        call_command("assess", "score", "--year", "2023", "--division", "攀枝花市", stdout=io.StringIO())


def test_details_are_worded_in_the_readers_language(scheme, facts, actors, users, client):
    """A run computed by someone reading Chinese reads in English for an English reader: details are stored as
    message parts ("task_open", date) and worded when shown, on the sheet page and in the workbook."""
    from django.utils import translation

    from qingshan.assessment.details import detail_text

    with translation.override("zh-hans"):
        run = services.compute_run(scheme, actors["office"], users["office"], END)
    sheet = run.sheets.get(unit=facts["sthj"])
    details = [ln["record"]["detail"] for it in sheet.lines for ln in it["lines"]]
    parts = [d for d in details if isinstance(d, list)]
    assert parts and all(isinstance(d[0], str) and "%" not in d[0] for d in parts)  # keys, not worded text
    with translation.override("en"):
        english = [detail_text(d) for d in parts]
    with translation.override("zh-hans"):
        chinese = [detail_text(d) for d in parts]
    assert any(t.startswith("due ") for t in english) and not any(t.startswith("due ") for t in chinese)
    client.force_login(users["office"])
    client.cookies["django_language"] = "en"
    page = client.get(reverse("assessment:sheet", args=[sheet.pk])).content.decode()
    assert english[0] in page
