"""Who may write what through the API (issue #18, findings 1 and 2), proven for every view-set of the router.

The matrix is generated from ``api_urls.router``: every registered view-set, every write method (POST on the list,
PUT/PATCH/DELETE on a record), every role of both cities (攀枝花 and 平顶山's office) and anonymous, against a
攀枝花 record and a 平顶山 record. A view-set added to the router without an entry in :data:`WRITERS` fails
``test_every_viewset_is_in_the_write_matrix``; a writable relation without a declared scope fails
``test_every_writable_relation_has_a_scope``. Each request runs in a transaction that is rolled back, so every
cell starts from the same data; a refused write must leave every table as it was.
"""

from __future__ import annotations

import json

import pytest
from django.db import transaction
from django.urls import reverse

from qingshan.api_urls import router

ROLES = ["anonymous", "admin", "office", "office_pds", "sthj", "fgw", "dongqu", "leader", "monitor", "enforce"]
PDS_WRITERS = {"admin", "office_pds"}

#: For each view-set basename: who may POST / PUT / PATCH / DELETE a 攀枝花 record (平顶山's: only its office and the
#: superuser, where 攀枝花's office may). ``None``: the view-set is read-only (405 for everyone signed in).
WRITERS: dict[str, dict[str, set[str]] | None] = {
    "plan": {"post": {"admin", "office"}, "put": {"admin", "office"}, "patch": {"admin", "office"},
             "delete": set()},  # a confirmed plan is archived through its workflow, never deleted
    "task": {"post": {"admin", "office"}, "put": {"admin", "office"},
             "patch": {"admin", "office", "sthj"},  # the lead unit: its progress note only
             "delete": set()},  # a confirmed ledger's task: nobody (finding 1: sthj deleted it)
    "target": {"post": {"admin", "office"}, "put": {"admin", "office"}, "patch": {"admin", "office"},
               "delete": set()},
    "unit": {"post": {"admin", "office"}, "put": {"admin", "office"}, "patch": {"admin", "office"},
             "delete": {"admin", "office"}},  # a unit nothing refers to
    "air-station": {m: {"admin", "office", "monitor"} for m in ("post", "put", "patch", "delete")},
    "water-section": {m: {"admin", "office", "monitor"} for m in ("post", "put", "patch", "delete")},
    # Pollution sources: the registry is the office's (enforcement acts on alerts through their workflow only).
    "sources-enterprise": {"post": {"admin", "office"}, "put": {"admin", "office"}, "patch": {"admin", "office"},
                           "delete": set()},  # it has outlets, devices and readings: never deleted through the API
    "sources-permit": {m: {"admin", "office"} for m in ("post", "put", "patch", "delete")},
    "sources-outlet": {"post": {"admin", "office"}, "put": {"admin", "office"}, "patch": {"admin", "office"},
                       "delete": set()},
    "sources-factor": {m: {"admin", "office"} for m in ("post", "put", "patch", "delete")},
    "sources-device": {"post": {"admin", "office"}, "put": {"admin", "office"}, "patch": {"admin", "office"},
                       "delete": set()},  # deactivated (``active``), never deleted: its packets stay attributable
    "sources-alert": None,
    "division": None,
    "air-daily": None,
    "water-sample": None,
    "water-monthly": None,
    "report": None,
}  # fmt: skip


def _dump(*models) -> list:
    return [list(m.objects.order_by("pk").values()) for m in models]


def snapshot():
    from qingshan.air.models import Station
    from qingshan.dispatch.models import ProgressReport, ReportAttachment, ReportedFigure
    from qingshan.ledger.models import Plan, PlanTarget, Task, TaskAssignment
    from qingshan.orgs.models import Division, Unit
    from qingshan.sources.models import Device, Enterprise, Outlet, OutletFactor, Permit
    from qingshan.water.models import WaterSection

    return _dump(Plan, Task, TaskAssignment, PlanTarget, ProgressReport, ReportAttachment, ReportedFigure, Unit,
                 Division, Station, WaterSection, Enterprise, Permit, Outlet, OutletFactor, Device)  # fmt: skip


def _credit_code(serial: int) -> str:
    """A unified social credit code with the right GB 32100 check character."""
    from qingshan.sources.identifiers import check_character

    first17 = f"9151040{serial:010d}"
    return first17 + check_character(first17)


def _source_records(dongqu, pds) -> dict:
    from qingshan.sources.models import Device, Enterprise, Outlet, OutletFactor, Permit

    out = {k: {} for k in ("sources-enterprise", "sources-permit", "sources-outlet", "sources-factor",
                           "sources-device")}  # fmt: skip
    for i, (city, division) in enumerate((("pzh", dongqu), ("pds", pds))):
        e = Enterprise.objects.create(credit_code=_credit_code(800 + i), name=f"测试企业{city}", division=division)
        o = Outlet.objects.create(enterprise=e, code="DA001", kind="gas")
        out["sources-enterprise"][city] = e
        out["sources-permit"][city] = Permit.objects.create(enterprise=e, number=_credit_code(800 + i) + "001P")
        out["sources-outlet"][city] = o
        out["sources-factor"][city] = OutletFactor.objects.create(outlet=o, code="a21026", name="二氧化硫", limit=35)
        out["sources-device"][city] = Device.objects.create(outlet=o, mn=f"TESTMN{city}", password="123456")
    return out


@pytest.fixture
def world(users, ledger, reports):
    """One record of each writable kind in each city, and a valid new record (POST body) for each city."""
    from qingshan.air.models import Station
    from qingshan.orgs.models import Division, Unit
    from qingshan.water.models import WaterSection

    dongqu = Division.objects.get(name="东区")
    pds = Division.objects.get(name="平顶山市")
    pzh = Division.objects.get(name="攀枝花市")
    spare = {"pzh": Unit.objects.create(name="攀枝花测试单位", division=pzh),
             "pds": Unit.objects.create(name="平顶山测试单位", division=pds)}  # fmt: skip
    stations = {"pzh": Station.objects.create(code="PZH-T1", name="攀枝花测试站", division=dongqu),
                "pds": Station.objects.create(code="PDS-T1", name="平顶山测试站", division=pds)}  # fmt: skip
    sections = {"pzh": WaterSection.objects.create(code="PZH-S1", name="攀枝花测试断面", division=dongqu),
                "pds": WaterSection.objects.create(code="PDS-S1", name="平顶山测试断面", division=pds)}  # fmt: skip
    from qingshan.ledger.models import PlanTarget

    g_pds = PlanTarget.objects.create(plan=ledger["other"], task=ledger["t_pds"], indicator="PM2.5浓度",
                                      comparator="<=", value=35, year=2025)  # fmt: skip
    records = {
        "plan": {"pzh": ledger["plan"], "pds": ledger["other"]},
        "task": {"pzh": ledger["t_sthj"], "pds": ledger["t_pds"]},
        "target": {"pzh": ledger["g_sthj"], "pds": g_pds},
        "unit": spare,
        "air-station": stations,
        "water-section": sections,
        **_source_records(dongqu, pds),
    }
    new = {
        "plan": lambda c: {"title": "新方案", "division": {"pzh": pzh, "pds": pds}[c].pk},
        "task": lambda c: {"plan": records["plan"][c].pk, "number": "99", "text": "新任务"},
        "target": lambda c: {"plan": records["plan"][c].pk, "task": records["task"][c].pk, "indicator": "新指标",
                             "comparator": ">=", "value": 1, "year": 2025},
        "unit": lambda c: {"name": "新单位", "division": {"pzh": pzh, "pds": pds}[c].pk},
        "air-station": lambda c: {"code": f"NEW-{c}", "name": "新站", "division": {"pzh": dongqu, "pds": pds}[c].pk},
        "water-section": lambda c: {"code": f"NEW-{c}", "name": "新断面",
                                    "division": {"pzh": dongqu, "pds": pds}[c].pk},
        "sources-enterprise": lambda c: {"credit_code": _credit_code(900 + (c == "pds")), "name": "新企业",
                                         "division": {"pzh": dongqu, "pds": pds}[c].pk},
        "sources-permit": lambda c: {"enterprise": records["sources-enterprise"][c].pk,
                                     "number": _credit_code(910 + (c == "pds")) + "001P"},
        "sources-outlet": lambda c: {"enterprise": records["sources-enterprise"][c].pk, "code": "DA009", "kind": "gas"},
        "sources-factor": lambda c: {"outlet": records["sources-outlet"][c].pk, "code": "a21002", "name": "氮氧化物"},
        "sources-device": lambda c: {"outlet": records["sources-outlet"][c].pk, "mn": f"NEWMN{c}", "password": "123456"},
    }  # fmt: skip
    change = {"plan": {"title": "改名"}, "task": {"progress_note": "推进中"}, "target": {"text": "改写"},
              "unit": {"contact": "改"}, "air-station": {"name": "改名站"}, "water-section": {"name": "改名断面"},
              "sources-enterprise": {"address": "改址"}, "sources-permit": {"kind": "simplified"},
              "sources-outlet": {"name": "改名"}, "sources-factor": {"limit": 50},
              "sources-device": {"interval": 120, "password": "654321"}}  # fmt: skip
    return {"records": records, "new": new, "change": change, "users": users}


def _full(client_admin, url: str, change: dict) -> dict:
    """A PUT body: the record as the API shows it, read-only parts left out, with ``change`` applied."""
    body = client_admin.get(url).json()
    for key in ("id", "status", "assignments", "aliases", "synthetic", "type_guessed", "type_basis", "type_set_by",
                "type_set_at"):  # fmt: skip
        body.pop(key, None)
    return {k: v for k, v in {**body, **change}.items() if v is not None}


def _request(client, method: str, url: str, body: dict | None):
    with transaction.atomic():
        resp = getattr(client, method)(url, json.dumps(body) if body is not None else None,
                                       content_type="application/json")  # fmt: skip
        transaction.set_rollback(True)
    return resp


def test_every_viewset_is_in_the_write_matrix():
    registered = {basename for _prefix, _viewset, basename in router.registry}
    assert registered == set(WRITERS), f"declare who writes: {registered ^ set(WRITERS)}"


def test_every_writable_relation_has_a_scope():
    """Fail closed: a serializer behind the router that writes a relation without a declared scope."""
    from rest_framework.test import APIRequestFactory

    from qingshan.core.api import ScopedSerializer

    request = APIRequestFactory().get("/")
    for _prefix, viewset, basename in router.registry:
        if not hasattr(viewset, "update"):  # a read-only view-set writes nothing
            continue
        serializer_class = viewset.serializer_class
        assert issubclass(serializer_class, ScopedSerializer), basename
        serializer_class(context={"request": request}).check_declared()


@pytest.mark.django_db
@pytest.mark.parametrize("basename", sorted(WRITERS))
def test_write_matrix(client, world, basename):
    from django.test import Client

    admin = Client()
    admin.force_login(world["users"]["admin"])
    writers = WRITERS[basename]
    before = snapshot()
    cells = 0
    for role in ROLES:
        c = Client()
        if role != "anonymous":
            c.force_login(world["users"][role])
        for city in ("pzh", "pds"):
            record = world["records"].get(basename, {}).get(city)
            list_url = reverse(f"api:{basename}-list")
            if writers is None:
                detail = reverse(f"api:{basename}-detail", kwargs={"pk": 1})
                for method, url in (("post", list_url), ("put", detail), ("patch", detail), ("delete", detail)):
                    resp = _request(c, method, url, {"x": 1})
                    assert resp.status_code in (401, 403, 405), (basename, role, method, resp.status_code)
                    cells += 1
                continue
            detail = reverse(f"api:{basename}-detail", kwargs={"pk": record.pk})
            bodies = {
                "post": (list_url, world["new"][basename](city)),
                "put": (detail, _full(admin, detail, world["change"][basename])),
                "patch": (detail, world["change"][basename]),
                "delete": (detail, None),
            }
            for method, (url, body) in bodies.items():
                if city == "pzh":
                    allowed = role in writers[method]
                else:  # 平顶山's records: its own office (where 攀枝花's office may write 攀枝花's) and the superuser
                    allowed = role in PDS_WRITERS and "office" in writers[method]
                resp = _request(c, method, url, body)
                if allowed:
                    assert 200 <= resp.status_code < 300, (basename, role, city, method, resp.status_code,
                                                           resp.content[:300])  # fmt: skip
                else:
                    assert resp.status_code in (400, 401, 403, 404, 405), (
                        basename, role, city, method, resp.status_code, resp.content[:300])
                    if resp.status_code in (400, 403) and resp.get("Content-Type", "").startswith("application/json"):
                        assert "code" in resp.json(), (basename, role, method, resp.json())
                assert snapshot() == before, (basename, role, city, method)
                cells += 1
    assert cells >= len(ROLES) * 2 * 4
