"""Shared pytest fixtures: the organisation registry, demo users, a small ledger across two units."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault(
    "DJANGO_ALLOW_ASYNC_UNSAFE", "true"
)  # Playwright's sync API runs an event loop in-thread


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def registry(db):
    from qingshan.orgs.services import load_registry

    load_registry()


@pytest.fixture
def users(registry):
    from django.contrib.auth import get_user_model

    from qingshan.orgs.demo import create_demo_users

    create_demo_users()
    return {u.username: u for u in get_user_model().objects.all()}


@pytest.fixture
def ledger(registry):
    """Two plans in 攀枝花: tasks led by 市生态环境局 and by 市发展改革委, and one published plan; one plan in 平顶山."""
    from qingshan.ledger.models import Plan, PlanTarget, Task, TaskAssignment
    from qingshan.orgs.models import Division, Unit

    pzh = Division.objects.get(name="攀枝花市")
    pds = Division.objects.get(name="平顶山市")
    sthj = Unit.objects.get(name="攀枝花市生态环境局")
    fgw = Unit.objects.get(name="攀枝花市发展和改革委员会")
    dongqu = Unit.objects.get(name="东区人民政府")
    pds_sthj = Unit.objects.get(name="平顶山市生态环境局")
    draft = Plan.objects.create(title="攀枝花测试方案", division=pzh)
    public = Plan.objects.create(title="攀枝花公开方案", division=pzh, status="confirmed", published=True)
    other = Plan.objects.create(title="平顶山测试方案", division=pds)
    t_sthj = Task.objects.create(
        plan=draft, number="5", heading="深入打好蓝天保卫战", text="实施铁腕治气三年行动"
    )
    TaskAssignment.objects.create(task=t_sthj, unit=sthj, role="lead")
    TaskAssignment.objects.create(task=t_sthj, unit=dongqu, role="implicit")
    t_fgw = Task.objects.create(plan=draft, number="1.(1)", heading="节能降碳", text="提高能源利用效率")
    TaskAssignment.objects.create(task=t_fgw, unit=fgw, role="lead")
    TaskAssignment.objects.create(task=t_fgw, unit=sthj, role="cooperating")
    t_pub = Task.objects.create(plan=public, number="1", text="公开任务")
    TaskAssignment.objects.create(task=t_pub, unit=fgw, role="lead")
    t_pds = Task.objects.create(plan=other, number="1", text="平顶山任务")
    TaskAssignment.objects.create(task=t_pds, unit=pds_sthj, role="lead")
    g_sthj = PlanTarget.objects.create(
        plan=draft,
        task=t_sthj,
        indicator="空气质量优良天数比例",
        comparator=">=",
        value=97,
        unit="%",
        year=2024,
    )
    return {
        "g_sthj": g_sthj,
        "draft": draft,
        "public": public,
        "other": other,
        "t_sthj": t_sthj,
        "t_fgw": t_fgw,
        "t_pub": t_pub,
        "t_pds": t_pds,
    }


@pytest.fixture
def reports(ledger, users, settings, tmp_path):
    """A report of 市生态环境局 on its task (with evidence), filed and waiting for review."""
    from datetime import date

    from django.core.files.uploadedfile import SimpleUploadedFile

    from qingshan.dispatch.services import file_report
    from qingshan.orgs.models import Unit

    settings.MEDIA_ROOT = tmp_path / "media"
    sthj = Unit.objects.get(name="攀枝花市生态环境局")
    r = file_report(
        task=ledger["t_sthj"],
        unit=sthj,
        user=users["sthj"],
        period_start=date(2024, 4, 1),
        text="完成燃煤锅炉淘汰12台",
        figures={ledger["g_sthj"]: (2024, 93.5)},
        files=[SimpleUploadedFile("台账.xlsx", b"PK\x03\x04 evidence")],
    )
    return {"r_sthj": r, "a_sthj": r.attachments.get()}


def archive_subset(path, stations, months=None):
    """Columns of the shipped 2019 archive (the network's wide layout) written to ``path``: a city's stations, and
    optionally only some months (``(1, 2)``), import in a second or two."""
    import pandas as pd

    from qingshan.air.demo import SEED_FILE

    frame = pd.read_csv(SEED_FILE, dtype={"date": str})
    frame = frame[["date", "hour", "type", *stations]]
    if months:
        frame = frame[frame["date"].str[4:6].astype(int).isin(months)]
    frame.to_csv(path, index=False)
    return path


PDS_STATIONS = ("1831A", "1832A", "1833A", "1834A", "3204A")


@pytest.fixture
def pds_2019(registry, tmp_path):
    """平顶山's seed plan (003), confirmed, and 平顶山's own five national stations with their real 2019 data."""
    from qingshan.air.demo import register_seed_stations
    from qingshan.air.services import import_hourly
    from qingshan.ledger.services import SEEDS_DIR, confirm_plan, import_plan
    from qingshan.orgs.models import Division

    register_seed_stations()
    import_hourly(str(archive_subset(tmp_path / "pds.csv", PDS_STATIONS)))
    plan = import_plan(next(SEEDS_DIR.glob("003_*.txt")), Division.objects.get(name="平顶山市"))
    confirm_plan(plan)
    return {"plan": plan}
