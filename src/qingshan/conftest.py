"""Shared pytest fixtures: the organisation registry, demo users, a small ledger across two units, and the browser
(Debian's chromium through Playwright) for every app's browser tests."""

from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest

ARTIFACTS = Path(os.environ.get("QINGSHAN_ARTIFACTS", Path.cwd() / "test-artifacts"))
CHROMIUM = os.environ.get("QINGSHAN_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(autouse=True)
def _site_language():
    """Each test starts in the site's language, Chinese: a request of an earlier test leaves the language it
    negotiated active in the thread (LocaleMiddleware does not reset it), and a command's output would otherwise
    depend on the order the tests run in."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


def require_browser() -> None:
    """Skip a browser test module when there is no chromium — unless QINGSHAN_REQUIRE_BROWSER=1 (CI), where a
    missing browser fails the run. Call at module level in a browser test module."""
    if CHROMIUM:
        return
    if os.environ.get("QINGSHAN_REQUIRE_BROWSER") == "1":
        raise RuntimeError("QINGSHAN_REQUIRE_BROWSER=1 but no chromium found (apt-get install chromium)")
    pytest.skip(
        "no chromium on this machine (apt-get install chromium); browser tests skipped",
        allow_module_level=True,
    )


@pytest.fixture
def browser(live_server, monkeypatch):
    """Debian's chromium (never a downloaded browser) through Playwright, for one test.

    Playwright's sync API runs an event loop in the test's thread, so Django's async-safety check is turned off
    for the browser tests only (not for the rest of the suite)."""
    from playwright.sync_api import sync_playwright

    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()
        # Playwright's sync API runs the test inside its own greenlet, and Django's connections are per context:
        # the test body's database connection belongs to this one and would outlive the test (PostgreSQL then
        # refuses to drop the test database: "… is being accessed by other users"). Close it here.
        from django.db import connections

        connections.close_all()


@pytest.fixture
def page(browser):
    """A page of :func:`browser`, 1280×900, screenshots to ARTIFACTS."""
    pg = browser.new_page(viewport={"width": 1280, "height": 900})
    pg.set_default_timeout(20_000)
    return pg


@contextmanager
def committed():
    """Run what a block schedules with ``transaction.on_commit`` at its end, as a real commit would (pytest-django
    wraps each test in a transaction that never commits)."""
    from django.test import TestCase

    with TestCase.captureOnCommitCallbacks(execute=True):
        yield


def confirm(plan, publish: bool = False):
    """Confirm a plan through its workflow, with the hooks its commit runs (the reporting schedule)."""
    from qingshan.ledger.services import confirm_plan

    with committed():
        return confirm_plan(plan, publish=publish)


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _no_rate_limits(settings):
    """Tests send many requests from one address: API rates out of the way (the throttling tests set their own),
    and each test starts with an empty cache (DRF counts requests there)."""
    from django.core.cache import cache

    settings.API_RATES = {"user": "100000/min", "anon": "100000/min", "token": "100000/min"}
    cache.clear()


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
    """In 攀枝花: a confirmed plan (``plan``) with tasks led by 市生态环境局 and by 市发展改革委, a published plan
    (``public``) and a draft (``draft``, a task led by 市生态环境局 that units do not see yet); one confirmed plan in
    平顶山 (``other``). Confirmed through the plan workflow, each with its reporting schedule."""
    from qingshan.ledger.models import Plan, PlanTarget, Task, TaskAssignment
    from qingshan.orgs.models import Division, Unit

    pzh = Division.objects.get(name="攀枝花市")
    pds = Division.objects.get(name="平顶山市")
    sthj = Unit.objects.get(name="攀枝花市生态环境局")
    fgw = Unit.objects.get(name="攀枝花市发展和改革委员会")
    dongqu = Unit.objects.get(name="东区人民政府")
    pds_sthj = Unit.objects.get(name="平顶山市生态环境局")
    plan = Plan.objects.create(title="攀枝花测试方案", division=pzh)
    public = Plan.objects.create(title="攀枝花公开方案", division=pzh)
    other = Plan.objects.create(title="平顶山测试方案", division=pds)
    draft = Plan.objects.create(title="攀枝花草稿方案", division=pzh)
    t_draft = Task.objects.create(plan=draft, number="1", heading="草稿任务", text="尚未确认的任务")
    TaskAssignment.objects.create(task=t_draft, unit=sthj, role="lead")
    t_sthj = Task.objects.create(
        plan=plan, number="5", heading="深入打好蓝天保卫战", text="实施铁腕治气三年行动"
    )
    TaskAssignment.objects.create(task=t_sthj, unit=sthj, role="lead")
    TaskAssignment.objects.create(task=t_sthj, unit=dongqu, role="implicit")
    t_fgw = Task.objects.create(plan=plan, number="1.(1)", heading="节能降碳", text="提高能源利用效率")
    TaskAssignment.objects.create(task=t_fgw, unit=fgw, role="lead")
    TaskAssignment.objects.create(task=t_fgw, unit=sthj, role="cooperating")
    t_pub = Task.objects.create(plan=public, number="1", text="公开任务")
    TaskAssignment.objects.create(task=t_pub, unit=fgw, role="lead")
    t_pds = Task.objects.create(plan=other, number="1", text="平顶山任务")
    TaskAssignment.objects.create(task=t_pds, unit=pds_sthj, role="lead")
    g_sthj = PlanTarget.objects.create(
        plan=plan,
        task=t_sthj,
        indicator="空气质量优良天数比例",
        comparator=">=",
        value=97,
        unit="%",
        year=2024,
    )
    plan, public, other = confirm(plan), confirm(public, publish=True), confirm(other)
    return {
        "g_sthj": g_sthj,
        "plan": plan,
        "draft": draft,
        "t_draft": t_draft,
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

    from qingshan.core.access import actor_for
    from qingshan.dispatch.services import file_report

    settings.MEDIA_ROOT = tmp_path / "media"
    r = file_report(
        actor_for(users["sthj"]),
        task=ledger["t_sthj"],
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
    from qingshan.ledger.services import SEEDS_DIR, import_plan
    from qingshan.orgs.models import Division

    register_seed_stations()
    import_hourly(str(archive_subset(tmp_path / "pds.csv", PDS_STATIONS)))
    plan = confirm(import_plan(next(SEEDS_DIR.glob("003_*.txt")), Division.objects.get(name="平顶山市")))
    return {"plan": plan}
