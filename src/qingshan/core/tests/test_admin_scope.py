"""The admin: for administrators only (an office is sent nowhere near it), and — where a deployment opens it to staff
(``QINGSHAN_ADMIN_FOR_STAFF=1``) — every admin class scopes its records like the pages, so that another city's
office with every model permission lists none of 攀枝花's records."""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.contrib.auth.models import Permission
from django.test import override_settings

from qingshan.core.admin_base import REFERENCE, ScopedHistoryAdmin, SuperuserOnlyAdmin

pytestmark = pytest.mark.django_db


def test_every_admin_class_declares_its_scope():
    unscoped = []
    for model, model_admin in admin.site._registry.items():
        if isinstance(model_admin, SuperuserOnlyAdmin):
            continue
        if not isinstance(model_admin, ScopedHistoryAdmin) or type(model_admin).scope_visible is None:
            unscoped.append(model._meta.label)
    assert unscoped == [], f"admin classes without a scope: {unscoped}"


def test_the_admin_is_closed_to_offices_by_default(client, users):
    client.force_login(users["office"])
    resp = client.get("/admin/")
    assert resp.status_code == 302 and "/admin/login/" in resp["Location"]
    assert "/admin/" not in client.get("/").content.decode()  # no page sends the office there


def _city_of(obj):
    """The city a record belongs to, by the first division path it has (None for reference data)."""
    for path in ("division", "plan.division", "task.plan.division", "report.task.plan.division",
                 "target.plan.division", "unit.division", "section.division", "station.division"):  # fmt: skip
        node = obj
        for part in path.split("."):
            node = getattr(node, part, None)
            if node is None:
                break
        if node is not None:
            return node.city() or node
    return None


@override_settings(ADMIN_FOR_STAFF=True)
def test_another_citys_staff_lists_none_of_this_citys_records(client, users, ledger, reports):
    pds = users["office_pds"]
    pds.is_staff = True
    pds.save()
    pds.user_permissions.set(Permission.objects.all())
    client.force_login(pds)
    seen_scoped = 0
    for model, model_admin in admin.site._registry.items():
        meta = model._meta
        resp = client.get(f"/admin/{meta.app_label}/{meta.model_name}/")
        if isinstance(model_admin, SuperuserOnlyAdmin):
            assert resp.status_code == 403, meta.label
            continue
        assert resp.status_code == 200, (meta.label, resp.status_code)
        if type(model_admin).scope_visible == REFERENCE:
            continue
        seen_scoped += 1
        for obj in resp.context["cl"].result_list:
            city = _city_of(obj)
            assert city is None or city.name == "平顶山市", (meta.label, obj, city)
    assert seen_scoped >= 8
    # Nor can it open or change one of 攀枝花's records directly.
    assert client.get(f"/admin/ledger/plan/{ledger['plan'].pk}/change/").status_code in (302, 403, 404)
    assert client.get(f"/admin/dispatch/progressreport/{reports['r_sthj'].pk}/change/").status_code in (302, 403, 404)


def test_a_unit_cannot_be_its_own_parent_or_a_child_of_another_city(ledger):
    from django.core.exceptions import ValidationError

    from qingshan.orgs.models import Unit

    sthj = Unit.objects.get(name="攀枝花市生态环境局")
    sthj.parent = sthj
    with pytest.raises(ValidationError):
        sthj.full_clean()
    sthj.parent = Unit.objects.get(name="平顶山市生态环境局")
    with pytest.raises(ValidationError):
        sthj.full_clean()
