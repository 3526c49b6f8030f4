"""Bad input: every write endpoint of the OpenAPI schema answers malformed payloads with a 4xx naming the field."""

from __future__ import annotations

import json

import pytest

WRITE_METHODS = ("post", "put", "patch")


def _schema(client) -> dict:
    resp = client.get("/api/schema/", {"format": "json"})
    assert resp.status_code == 200
    return json.loads(resp.content)


def _resolve(schema: dict, ref_or_schema: dict) -> dict:
    while "$ref" in ref_or_schema:
        name = ref_or_schema["$ref"].rsplit("/", 1)[-1]
        ref_or_schema = schema["components"]["schemas"][name]
    return ref_or_schema


def _bad_values(prop: dict) -> list[object]:
    """Values of the wrong type or out of range for a property's schema."""
    kind = prop.get("type")
    if "enum" in prop or "allOf" in prop or "oneOf" in prop:
        return ["not-a-choice-\u2603"]
    if kind == "integer":
        return ["twelve", 1.5, {"x": 1}]
    if kind == "number":
        return ["many", [1]]
    if kind == "boolean":
        return ["perhaps", [True]]
    if kind == "string" and prop.get("format") == "date":
        return ["2024-13-45", 20240101]
    if kind == "string" and prop.get("maxLength"):
        return ["x" * (prop["maxLength"] + 1), {"nested": "object"}]
    if kind == "string":
        return [{"nested": "object"}, ["list"]]
    return []


@pytest.mark.django_db
def test_every_write_endpoint_rejects_malformed_payloads(client, users, ledger):
    from qingshan.air.models import Station
    from qingshan.orgs.models import Division, Unit
    from qingshan.water.models import WaterSection

    client.force_login(users["office"])
    ids = {
        "task": ledger["t_sthj"].pk,
        "plan": ledger["plan"].pk,
        "target": ledger["g_sthj"].pk,
        "unit": Unit.objects.get(name="攀枝花市生态环境局").pk,
        "air-station": Station.objects.create(
            code="PZH01", name="攀枝花测试站", division=Division.objects.get(name="东区")
        ).pk,
        "water/section": WaterSection.objects.create(
            code="PZH-W01", name="测试断面", division=Division.objects.get(name="东区")
        ).pk,
    }
    ids.update(_sources_ids(Division.objects.get(name="东区")))
    schema = _schema(client)
    checked = 0
    for path, ops in schema["paths"].items():
        for method in WRITE_METHODS:
            if method not in ops or "requestBody" not in ops[method]:
                continue
            url = path
            if "{id}" in path:
                kind = next((k for k in ids if f"/{k.replace('air-', 'air/')}s/" in path), None)
                assert kind, f"no record to exercise {path}"
                url = path.replace("{id}", str(ids[kind]))
            content = ops[method]["requestBody"]["content"]
            body_schema = _resolve(
                schema, content.get("application/json", next(iter(content.values())))["schema"]
            )
            # Not JSON at all.
            resp = getattr(client, method)(url, "{not json", content_type="application/json")
            assert 400 <= resp.status_code < 500, (method, path, resp.status_code)
            # A list where an object is expected.
            resp = getattr(client, method)(url, "[1, 2]", content_type="application/json")
            assert 400 <= resp.status_code < 500, (method, path, resp.status_code)
            for field, prop in body_schema.get("properties", {}).items():
                prop = _resolve(schema, prop)
                if prop.get("readOnly"):
                    continue
                for bad in _bad_values(prop):
                    resp = getattr(client, method)(
                        url, json.dumps({field: bad}), content_type="application/json"
                    )
                    assert 400 <= resp.status_code < 500, (method, path, field, bad, resp.status_code)
                    assert field in resp.json(), (method, path, field, bad, resp.json())
                    checked += 1
    assert checked > 40


def _sources_ids(county) -> dict[str, int]:
    from django.utils import timezone

    from qingshan.sources.models import Alert, Device, Enterprise, Outlet, OutletFactor, Permit

    ent = Enterprise.objects.create(credit_code="91130200699229617X", name="演示测试企业", division=county)
    outlet = Outlet.objects.create(enterprise=ent, code="DA001", kind="gas")
    now = timezone.now()
    return {
        "sources/enterprise": ent.pk,
        "sources/permit": Permit.objects.create(enterprise=ent, number="91130200699229617X001P").pk,
        "sources/outlet": outlet.pk,
        "sources/factor": OutletFactor.objects.create(outlet=outlet, code="a21026", name="二氧化硫").pk,
        "sources/device": Device.objects.create(outlet=outlet, mn="MNTEST01", password="123456").pk,
        "sources/alert": Alert.objects.create(kind="exceedance", enterprise=ent, division=county, outlet=outlet,
                                              period_start=now, period_end=now).pk,
    }


@pytest.mark.django_db
def test_required_fields_are_named(client, users, ledger):
    client.force_login(users["office"])
    resp = client.post("/api/plans/", {}, content_type="application/json")
    assert resp.status_code == 400 and {"title", "division"} <= set(resp.json())


@pytest.mark.django_db
def test_malformed_page_form_is_a_400_naming_the_field(client, users, ledger):
    client.force_login(users["office"])
    resp = client.post(f"/ledger/tasks/{ledger['t_sthj'].pk}/edit/", {"due_date": "bogus", "number": ""})
    assert resp.status_code == 400
    assert "due_date" in resp.context["form"].errors and "number" in resp.context["form"].errors


@pytest.mark.django_db
def test_bad_query_parameters_are_named(client, db):
    resp = client.get("/api/air/daily/", {"start": "yesterday"})
    assert resp.status_code == 400
    assert resp.json()["code"] == "core.bad_date" and resp.json()["field"] == "start"
    resp = client.get("/api/air/daily/", {"version": "2019"})
    assert resp.status_code == 400 and "version" in resp.json()
