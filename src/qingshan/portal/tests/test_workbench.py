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
