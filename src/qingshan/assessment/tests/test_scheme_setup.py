"""The office sets up a year's scheme in the pages: a copy of another year's, or a JSON file; another city's file
is refused, and nobody but the office may do it."""

from __future__ import annotations

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from qingshan.assessment import services
from qingshan.assessment.models import Scheme


def _data(city: str, year: int) -> dict:
    return {"city": city, "year": year, "title": f"{city}{year}年度考核细则", "basis": "test", "objection_days": 7,
            "items": [{"code": "TASK", "name": "任务完成", "max": 30, "rule": "overdue_task", "points_each": 2}]}  # fmt: skip


@pytest.mark.django_db
def test_office_copies_last_years_scheme_and_downloads_it(base_data, client, users):
    src = services.load_scheme(_data("攀枝花市", 2024))
    client.force_login(users["office"])
    page = client.get(reverse("assessment:home") + "?year=2031")
    assert page.status_code == 200 and b'id="new-scheme"' in page.content
    r = client.post(reverse("assessment:scheme-new"), {"year": 2031, "source": src.pk})
    made = Scheme.objects.get(division=src.division, year=2031)
    assert r.status_code == 302 and r["Location"] == reverse("assessment:scheme", args=[made.pk])
    assert made.title == "攀枝花市2031年度考核细则"
    assert [(i.code, i.max_points, i.rule) for i in made.items.all()] == [("TASK", 30.0, "overdue_task")]
    got = json.loads(client.get(reverse("assessment:scheme-json", args=[made.pk])).content)
    assert got["year"] == 2031 and got["items"][0]["points_each"] == 2


@pytest.mark.django_db
def test_a_file_of_another_city_or_a_bad_file_stores_nothing(base_data, client, users):
    client.force_login(users["office"])
    before = Scheme.objects.count()
    other = SimpleUploadedFile("s.json", json.dumps(_data("平顶山市", 2031), ensure_ascii=False).encode())
    r = client.post(reverse("assessment:scheme-new"), {"year": 2031, "file": other}, follow=True)
    assert "平顶山市" in r.content.decode() and Scheme.objects.count() == before
    bad = SimpleUploadedFile("s.json", b"{not json")
    r = client.post(reverse("assessment:scheme-new"), {"year": 2031, "file": bad}, follow=True)
    assert "s.json" in r.content.decode() and Scheme.objects.count() == before
    good = SimpleUploadedFile("s.json", json.dumps(_data("攀枝花市", 2031), ensure_ascii=False).encode())
    client.post(reverse("assessment:scheme-new"), {"year": 2031, "file": good})
    assert Scheme.objects.count() == before + 1


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["sthj", "dongqu", "leader"])
def test_only_the_office_sets_up_a_scheme(base_data, client, users, who):
    src = services.load_scheme(_data("攀枝花市", 2024))
    client.force_login(users[who])
    r = client.post(reverse("assessment:scheme-new"), {"year": 2031, "source": src.pk})
    assert r.status_code in (403, 404) and not Scheme.objects.filter(year=2031).exists()
    assert b'id="new-scheme"' not in client.get(reverse("assessment:home") + "?year=2031").content


@pytest.mark.django_db
def test_another_citys_office_cannot_read_the_scheme_file(base_data, client, users):
    src = services.load_scheme(_data("攀枝花市", 2024))
    client.force_login(users["office_pds"])
    assert client.get(reverse("assessment:scheme-json", args=[src.pk])).status_code == 404


@pytest.mark.django_db
def test_a_city_without_a_scheme_starts_from_the_demo_items(base_data, client, users):
    """Walkthrough finding: 平顶山's office, with no scheme at all, was told to run a shell command."""
    client.force_login(users["office_pds"])
    page = client.get(reverse("assessment:home")).content.decode()
    assert 'value="demo"' in page and "qingshan assess" not in page
    r = client.post(reverse("assessment:scheme-new"), {"year": 2026, "source": "demo"})
    made = Scheme.objects.get(division__name="平顶山市", year=2026)
    assert r.status_code == 302 and made.demo and made.title.startswith("平顶山市2026")
    assert made.items.count() == json.loads(services.DEMO_SCHEME.read_text(encoding="utf-8"))["items"].__len__()
