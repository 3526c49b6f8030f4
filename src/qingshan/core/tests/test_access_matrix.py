"""Who may see what, proven for every registered route (pages and API).

Every URL pattern needs a rule (``core.access.RULES``); every route that takes a record id is classified as
*owned* (a unit's record: tasks, plans) or *reference* (registry and published data); a new route that is neither
fails here. A department user is then driven through every owned route, with every method, against another unit's
records: nothing is read, nothing changes.
"""

from __future__ import annotations

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from qingshan.core.access import NAMESPACE_RULES, RULES
from qingshan.dispatch.models import ProgressReport, ReportAttachment
from qingshan.ledger.models import Plan, PlanTarget, Task
from qingshan.supervision.tests import records as supervision_records

# Routes that take a record id, by the kind of record behind them.
OWNED_ROUTES = {
    "ledger:task-detail": Task,
    "ledger:task-edit": Task,
    "ledger:plan-detail": Plan,
    "api:task-detail": Task,
    "api:plan-detail": Plan,
    "api:target-detail": PlanTarget,
    "ledger:plan-review": Plan,
    "ledger:plan-action": Plan,
    "ledger:task-action": Task,
    "ledger:plan-edit": Plan,
    "ledger:plan-lineage": Plan,
    "ledger:task-add": Plan,
    "ledger:task-delete": Task,
    "ledger:task-split": Task,
    "ledger:task-merge": Task,
    "ledger:target-edit": PlanTarget,
    "ledger:target-delete": PlanTarget,
    "ledger:plan-export": Plan,
    "targets:detail": PlanTarget,
    "targets:link": PlanTarget,
    "dispatch:detail": ProgressReport,
    "dispatch:review": ProgressReport,
    "dispatch:attachment": ReportAttachment,
    "api:report-detail": ProgressReport,
    **supervision_records.owned_routes(),
}
REFERENCE_ROUTES = {
    # Office-only registry and user pages, scoped to the office's city (orgs/tests/test_registry_and_users.py
    # drives 平顶山's office against 攀枝花's units and users).
    "orgs:unit-edit",
    "orgs:unit-merge",
    "orgs:user-edit",
    "orgs:user-password",
    "orgs:unit-detail",
    "api:unit-detail",
    "api:division-detail",
    "api:air-station-detail",
    "api:air-daily-detail",
    "water:section",
    "api:water-section-detail",
    "api:water-sample-detail",
    "api:water-monthly-detail",
    *supervision_records.REFERENCE_ROUTES,
}

# Records scoped by area (a county its own, a city's roles their city): each app proves its routes against another
# city's office (office_pds, 平顶山) in its own tests — sources: sources/tests/test_sources.py::test_area_routes_*.
AREA_ROUTES = {
    "sources:enterprise",
    "sources:alert",
    "sources:alert-act",
    *{f"api:sources-{n}-detail" for n in ("enterprise", "permit", "outlet", "factor", "device", "alert")},
    "api:sources-alert-act",
}


def _walk(patterns, namespaces=()):
    for p in patterns:
        if isinstance(p, URLResolver):
            yield from _walk(p.url_patterns, namespaces + ((p.namespace,) if p.namespace else ()))
        elif isinstance(p, URLPattern):
            yield namespaces, p


def all_routes():
    return list(_walk(get_resolver().url_patterns))


def test_every_route_has_an_access_rule():
    missing = []
    for namespaces, pattern in all_routes():
        if namespaces and namespaces[0] in NAMESPACE_RULES:
            continue
        view_name = ":".join([*namespaces, pattern.name or "<unnamed>"])
        if view_name not in RULES:
            missing.append(f"{view_name} ({pattern.pattern})")
    assert not missing, f"routes without an access rule: {missing}"


def test_every_route_with_a_record_id_is_classified():
    unclassified = []
    for namespaces, pattern in all_routes():
        if namespaces and namespaces[0] in NAMESPACE_RULES:
            continue
        view_name = ":".join([*namespaces, pattern.name or ""])
        if (
            "pk" in pattern.pattern.converters
            or "<pk>" in str(pattern.pattern)
            or "(?P<pk>" in str(pattern.pattern)
        ):
            if view_name not in OWNED_ROUTES and view_name not in REFERENCE_ROUTES and view_name not in AREA_ROUTES:
                unclassified.append(view_name)
    assert not unclassified, f"routes with a record id but no owned/reference class: {unclassified}"


def test_unruled_route_is_refused(client, settings):
    """Fail closed: a route that is not in RULES answers 403 even to a superuser."""
    from qingshan.core import access

    saved = access.RULES.pop("portal:home")
    try:
        assert client.get("/").status_code == 403
    finally:
        access.RULES["portal:home"] = saved


METHODS = ["get", "post", "put", "patch", "delete"]


def _snapshot():
    return (
        list(Task.objects.order_by("pk").values()),
        list(Plan.objects.order_by("pk").values()),
        list(PlanTarget.objects.order_by("pk").values()),
        list(ProgressReport.objects.order_by("pk").values()),
    )


@pytest.mark.django_db
@pytest.mark.parametrize("route", sorted(OWNED_ROUTES))
def test_department_user_cannot_read_or_change_another_units_records(client, users, ledger, reports, route):
    """市发展改革委 (fgw) against records it has no part in: 东区/生态环境局's task, the 平顶山 plan and its task,
    生态环境局's rectification items, notices, assessment sheet and objections, an unpublished bulletin."""
    client.force_login(users["fgw"])
    model = OWNED_ROUTES[route]
    targets = {
        Task: [ledger["t_sthj"], ledger["t_pds"]],
        Plan: [ledger["other"]],
        PlanTarget: [ledger["g_sthj"]],
        ProgressReport: [reports["r_sthj"]],
        ReportAttachment: [reports["a_sthj"]],
    }.get(model) or supervision_records.records_of_sthj()[model]
    _assert_neither_read_nor_changed(client, route, targets)


def _assert_neither_read_nor_changed(client, route: str, records) -> None:
    """Every method on ``route`` for each record: refused or not found, nothing of the record shown, nothing
    changed."""
    before = _snapshot()
    for obj in records:
        route_kwargs = {"pk": obj.pk} if route != "ledger:plan-export" else {"pk": obj.pk, "fmt": "json"}
        route_kwargs.update(supervision_records.EXTRA_KWARGS.get(route, {}))
        url = reverse(route, kwargs=route_kwargs)
        for method in METHODS:
            resp = getattr(client, method)(url, **_write_kwargs(method))
            assert resp.status_code in (403, 404, 405), (route, method, obj, resp.status_code)
            if method == "get":  # refused or not found, and nothing of the record in the answer
                assert _marker(obj) not in _body(resp), (route, obj)
    assert _snapshot() == before


def _marker(obj) -> str:
    """A piece of text only this record shows (its title, text or name)."""
    for name in ("title", "text", "name"):
        value = getattr(obj, name, "")
        if value:
            return str(value)
    return f"never-shown-{obj.pk}-{obj.__class__.__name__}"


def _body(resp) -> str:
    if getattr(resp, "streaming", False):
        return b"".join(resp.streaming_content).decode(errors="replace")
    return resp.content.decode(errors="replace")


HIJACK = {
    "action": "complete", "decision": "accept", "status": "completed", "progress_note": "x", "text": "hijack",
    "title": "hijack", "comment": "x",
}  # fmt: skip


def _write_kwargs(method: str) -> dict:
    if method == "get":
        return {}
    if method == "post":  # pages take form posts
        return {"data": HIJACK}
    return {"data": HIJACK, "content_type": "application/json"}


@pytest.mark.django_db
@pytest.mark.parametrize("route", sorted(OWNED_ROUTES))
def test_another_citys_office_cannot_read_or_change_this_citys_records(client, users, ledger, reports, route):
    """平顶山's office (office_pds) against every 攀枝花 record behind every owned route, every method."""
    client.force_login(users["office_pds"])
    model = OWNED_ROUTES[route]
    targets = {
        Task: [ledger["t_sthj"], ledger["t_draft"]],
        Plan: [ledger["plan"], ledger["draft"]],
        PlanTarget: [ledger["g_sthj"]],
        ProgressReport: [reports["r_sthj"]],
        ReportAttachment: [reports["a_sthj"]],
    }.get(model) or supervision_records.records_of_sthj()[model]
    _assert_neither_read_nor_changed(client, route, targets)


@pytest.mark.django_db
def test_department_user_lists_only_its_own_tasks(client, users, ledger):
    client.force_login(users["fgw"])
    ids = {t["id"] for t in client.get("/api/tasks/").json()["results"]}
    assert ids == {ledger["t_fgw"].pk, ledger["t_pub"].pk}
    page = client.get(reverse("ledger:my-tasks")).content.decode()
    assert "节能降碳" in page and "深入打好蓝天保卫战" not in page and "平顶山任务" not in page
    plan_page = client.get(reverse("ledger:plan-detail", kwargs={"pk": ledger["plan"].pk})).content.decode()
    assert "节能降碳" in plan_page and "深入打好蓝天保卫战" not in plan_page


@pytest.mark.django_db
def test_lead_unit_updates_progress_but_not_other_fields(client, users, ledger):
    client.force_login(users["fgw"])
    url = f"/api/tasks/{ledger['t_fgw'].pk}/"
    assert client.patch(url, {"progress_note": "推进中"}, content_type="application/json").status_code == 200
    resp = client.patch(url, {"status": "in_progress"}, content_type="application/json")
    assert resp.status_code == 400 and resp.json()["code"] == "core.status_read_only"
    resp = client.patch(url, {"text": "改写"}, content_type="application/json")
    assert resp.status_code == 400 and resp.json()["code"] == "core.field_read_only"
    assert resp.json()["field"] == "text"
    ledger["t_fgw"].refresh_from_db()
    assert ledger["t_fgw"].status == "not_started" and ledger["t_fgw"].text == "提高能源利用效率"
    assert ledger["t_fgw"].progress_note == "推进中"
    # A cooperating unit reads the task but may not change it.
    client.force_login(users["sthj"])
    assert client.get(url).status_code == 200
    assert client.patch(url, {"progress_note": "x"}, content_type="application/json").status_code == 403


@pytest.mark.django_db
def test_county_user_sees_tasks_bound_to_it(client, users, ledger):
    client.force_login(users["dongqu"])
    ids = {t["id"] for t in client.get("/api/tasks/").json()["results"]}
    assert ledger["t_sthj"].pk in ids and ledger["t_fgw"].pk not in ids


@pytest.mark.django_db
def test_coordinator_sees_its_city_only(client, users, ledger):
    client.force_login(users["office"])
    ids = {t["id"] for t in client.get("/api/tasks/").json()["results"]}
    assert {ledger["t_sthj"].pk, ledger["t_fgw"].pk, ledger["t_pub"].pk} <= ids and ledger[
        "t_pds"
    ].pk not in ids
    assert client.get(f"/api/tasks/{ledger['t_pds'].pk}/").status_code == 404
    resp = client.patch(
        f"/api/tasks/{ledger['t_sthj'].pk}/", {"text": "修订"}, content_type="application/json"
    )
    assert resp.status_code == 200


@pytest.mark.django_db
def test_leader_reads_everything_in_city_and_changes_nothing(client, users, ledger):
    client.force_login(users["leader"])
    assert client.get(f"/api/tasks/{ledger['t_sthj'].pk}/").status_code == 200
    before = _snapshot()
    for method in ("post", "put", "patch", "delete"):
        resp = getattr(client, method)(
            f"/api/tasks/{ledger['t_sthj'].pk}/", {"status": "completed"}, content_type="application/json"
        )
        assert resp.status_code in (403, 405)
    assert (
        client.post(
            reverse("ledger:task-edit", kwargs={"pk": ledger["t_sthj"].pk}), {"status": "completed"}
        ).status_code
        == 403
    )
    assert _snapshot() == before


@pytest.mark.django_db
def test_public_sees_only_published(client, ledger):
    ids = {t["id"] for t in client.get("/api/tasks/").json()["results"]}
    assert ids == {ledger["t_pub"].pk}
    assert client.get(reverse("ledger:task-detail", kwargs={"pk": ledger["t_sthj"].pk})).status_code == 404
    assert client.get(reverse("ledger:task-detail", kwargs={"pk": ledger["t_pub"].pk})).status_code == 200
    assert client.get(reverse("orgs:unit-list")).status_code == 302  # to the login page
    assert client.get("/api/units/").status_code in (401, 403)
    assert client.post("/api/plans/", {"title": "x"}, content_type="application/json").status_code in (
        401,
        403,
    )


@pytest.mark.django_db
def test_token_authentication_applies_the_same_rules(client, users, ledger):
    from rest_framework.authtoken.models import Token

    token = Token.objects.create(user=users["fgw"])
    auth = {"HTTP_AUTHORIZATION": f"Token {token.key}"}
    ids = {t["id"] for t in client.get("/api/tasks/", **auth).json()["results"]}
    assert ids == {ledger["t_fgw"].pk, ledger["t_pub"].pk}
    assert client.get(f"/api/tasks/{ledger['t_sthj'].pk}/", **auth).status_code == 404


@pytest.mark.django_db
def test_a_refusal_page_leads_back_home(client, users):
    """Walkthrough finding: the page a department got on an office-only route ("无权访问") had no way back."""
    client.force_login(users["sthj"])
    resp = client.get(reverse("ledger:plan-upload"))
    assert resp.status_code == 403 and 'href="/"' in resp.content.decode() and "返回首页" in resp.content.decode()
