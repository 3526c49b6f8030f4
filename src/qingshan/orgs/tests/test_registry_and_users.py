"""#12: the office manages its city's unit registry (add, correct, aliases, merge duplicates) and users (create,
deactivate, assign, reset password) through the pages, audited; nothing of another city."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from qingshan.ledger.models import TaskAssignment
from qingshan.orgs.models import Division, Unit

pytestmark = pytest.mark.django_db


def test_units_page_lists_the_own_city_only(client, users):
    client.force_login(users["sthj"])
    names = {u.name for u in client.get(reverse("orgs:unit-list")).context["units"]}
    assert "攀枝花市发展和改革委员会" in names and "平顶山市生态环境局" not in names


def test_office_adds_corrects_and_merges_units(client, users, ledger):
    client.force_login(users["office"])
    pzh = Division.objects.get(name="攀枝花市")
    resp = client.post(reverse("orgs:unit-add"), {"name": "攀枝花市发改委(重复)", "short_name": "", "kind": "department",
                                                  "division": pzh.pk, "aliases": "发改委重复\n"})  # fmt: skip
    assert resp.status_code == 302
    dup = Unit.objects.get(name="攀枝花市发改委(重复)")
    assert list(dup.aliases.values_list("alias", flat=True)) == ["发改委重复"]
    fgw = Unit.objects.get(name="攀枝花市发展和改革委员会")
    TaskAssignment.objects.create(task=ledger["t_pub"], unit=dup, role="cooperating", raw_name="市发改委(重复)")
    resp = client.post(reverse("orgs:unit-merge", args=[fgw.pk]), {"duplicate": dup.pk})
    assert resp.status_code == 302 and not Unit.objects.filter(pk=dup.pk).exists()
    assert set(fgw.aliases.values_list("alias", flat=True)) >= {"攀枝花市发改委(重复)", "发改委重复"}
    assert TaskAssignment.objects.filter(task=ledger["t_pub"], unit=fgw, role="cooperating").exists()
    # Another city's unit cannot be chosen as a parent, nor the unit itself.
    pds_unit = Unit.objects.get(name="平顶山市生态环境局")
    resp = client.post(reverse("orgs:unit-edit", args=[fgw.pk]), {"name": fgw.name, "kind": fgw.kind,
                                                                 "division": pzh.pk, "parent": pds_unit.pk})  # fmt: skip
    assert resp.status_code == 400 and "parent" in resp.context["form"].errors


def test_another_citys_office_cannot_touch_these_units_or_users(client, users):
    client.force_login(users["office_pds"])
    fgw = Unit.objects.get(name="攀枝花市发展和改革委员会")
    assert client.get(reverse("orgs:unit-edit", args=[fgw.pk])).status_code == 404
    assert client.post(reverse("orgs:unit-merge", args=[fgw.pk]), {"duplicate": fgw.pk}).status_code == 404
    sthj_user = users["sthj"]
    assert client.get(reverse("orgs:user-edit", args=[sthj_user.pk])).status_code == 404
    assert client.post(reverse("orgs:user-password", args=[sthj_user.pk])).status_code == 404
    names = [u.username for u in client.get(reverse("orgs:user-list")).context["people"]]
    assert "sthj" not in names and "office" not in names


def test_office_creates_deactivates_and_resets_users(client, users):
    client.force_login(users["office"])
    xiqu = Unit.objects.get(name="西区人民政府")
    resp = client.post(reverse("orgs:user-add"), {"username": "xiqu", "full_name": "西区联络员", "role": "unit",
                                                  "unit": xiqu.pk, "password": "20262026", "active": "on"})  # fmt: skip
    assert resp.status_code == 400 and "password" in resp.context["form"].errors  # a weak password is refused
    resp = client.post(reverse("orgs:user-add"), {"username": "xiqu", "full_name": "西区联络员", "role": "unit",
                                                  "unit": xiqu.pk, "password": "Xiqu-2026-lianluo", "active": "on"})  # fmt: skip
    assert resp.status_code == 302
    person = get_user_model().objects.get(username="xiqu")
    assert person.profile.unit == xiqu and person.check_password("Xiqu-2026-lianluo")
    pds_unit = Unit.objects.get(name="平顶山市生态环境局")
    resp = client.post(reverse("orgs:user-edit", args=[person.pk]), {"role": "unit", "unit": pds_unit.pk})
    assert resp.status_code == 400  # not a unit of this city
    resp = client.post(reverse("orgs:user-edit", args=[person.pk]), {"role": "unit", "unit": xiqu.pk, "full_name": "x"})
    person.refresh_from_db()
    assert resp.status_code == 302 and not person.is_active  # the checkbox was left empty: deactivated
    assert person.history.count() >= 2
    resp = client.post(reverse("orgs:user-password", args=[person.pk]), follow=True)
    page = resp.content.decode()
    import re

    temporary = re.search(r"(qs-[\w-]+)", page)[1]
    person.refresh_from_db()
    assert person.check_password(temporary)
