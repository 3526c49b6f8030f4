"""Issue #18 findings 5 (API side), 7 and 8: bounded input, logins, error answers, deployment settings — a probe of
the kind the issue describes, kept as tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

JSON = "application/json"


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.django_db
def test_page_size_is_capped(client, users, registry):
    from qingshan.orgs.models import Division

    assert Division.objects.count() > 10
    client.force_login(users["office"])
    for limit in ("1000000", "501"):
        resp = client.get("/api/divisions/", {"limit": limit})
        assert resp.status_code == 200 and len(resp.json()["results"]) <= 500
    from django.test import override_settings

    with override_settings(QINGSHAN_API_MAX_PAGE_SIZE=3):
        assert len(client.get("/api/divisions/", {"limit": "1000000"}).json()["results"]) == 3


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/api/token/", "/api/plans/"])
def test_deeply_nested_json_is_a_400_not_a_500(client, users, url):
    client.force_login(users["office"])
    for body in (_nested(100), _nested(100_000), json.dumps({"title": json.loads(_nested(40))})):
        resp = client.post(url, body, content_type=JSON)
        assert resp.status_code == 400, (url, resp.status_code)
        assert resp.json()["code"] == "core.json_too_deep"


@pytest.mark.django_db
def test_request_and_upload_sizes_are_bounded(client, users, settings):
    client.force_login(users["office"])
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    resp = client.post("/api/plans/", json.dumps({"title": "x" * 2000}), content_type=JSON)
    assert resp.status_code == 413 and resp.json()["code"] == "core.body_too_large"
    settings.QINGSHAN_MAX_REQUEST_BYTES = 5000
    resp = client.post("/api/plans/", json.dumps({"title": "x"}), content_type=JSON, CONTENT_LENGTH="999999")
    assert resp.status_code == 413 and resp.json()["code"] == "core.body_too_large"
    settings.QINGSHAN_MAX_REQUEST_BYTES = 64 * 1024 * 1024
    settings.QINGSHAN_MAX_UPLOAD_BYTES = 100_000
    big = SimpleUploadedFile("plan.txt", "攀枝花市方案\n".encode() * 20_000)
    resp = client.post("/ledger/plans/upload/", {"file": big})
    assert resp.status_code == 413
    assert "plan.txt" in resp.content.decode() and "<nav>" in resp.content.decode()  # the site's page, named file
    from qingshan.ledger.models import Plan

    assert not Plan.objects.exists()


@pytest.mark.django_db
def test_api_errors_are_json_with_a_code(client, users, settings):
    settings.DEBUG = False
    resp = client.get("/api/no-such-thing/")
    assert resp.status_code == 404 and resp.json()["code"] == "core.no_route"
    resp = client.get("/no-such-page/")
    assert resp.status_code == 404 and "<nav>" in resp.content.decode()


def test_server_error_answers_without_the_database(rf):
    """handler500 renders with no database: JSON on /api/, the site's page elsewhere, in the active language."""
    from django.utils import translation

    from qingshan.core.errorpages import server_error

    resp = server_error(rf.get("/api/plans/"))
    assert resp.status_code == 500 and json.loads(resp.content)["code"] == "core.server_error"
    with translation.override("zh-hans"):
        page = server_error(rf.get("/ledger/plans/")).content.decode()
    assert "服务器" in page and "<nav>" in page


@pytest.mark.django_db
def test_unhandled_error_under_a_real_handler_is_json_on_the_api(client, users, monkeypatch, settings):
    from qingshan.orgs import api as orgs_api

    def boom(request):
        raise RuntimeError("boom")

    client.raise_request_exception = False
    monkeypatch.setattr(orgs_api.DivisionViewSet, "list", lambda self, request: boom(request))
    client.force_login(users["office"])
    resp = client.get("/api/divisions/")
    assert resp.status_code == 500 and resp.json()["code"] == "core.server_error"


@pytest.mark.django_db
def test_database_busy_is_a_503_with_a_code(client, users, monkeypatch):
    from django.db import OperationalError

    from qingshan.orgs import api as orgs_api

    def locked(self, request):
        raise OperationalError("database is locked")

    monkeypatch.setattr(orgs_api.DivisionViewSet, "list", locked)
    client.force_login(users["office"])
    resp = client.get("/api/divisions/")
    assert resp.status_code == 503 and resp.json()["code"] == "core.database_busy"


@pytest.mark.django_db(transaction=True)
def test_sqlite_write_locked_login_answers_quickly(client, users, settings):
    """Finding 8: with SQLite write-locked a login waited 30 s and answered 500."""
    import sqlite3
    import time

    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("SQLite only")
    assert connection.settings_dict["OPTIONS"]["timeout"] <= 5
    connection.close()
    locker = sqlite3.connect(connection.settings_dict["NAME"], timeout=1)
    locker.execute("BEGIN IMMEDIATE")
    try:
        start = time.monotonic()
        resp = client.post("/accounts/login/", {"username": "office", "password": "qingshan-demo"})
        took = time.monotonic() - start
    finally:
        locker.rollback()
        locker.close()
    assert took < 12
    assert resp.status_code == 503 and "数据库" in resp.content.decode()


@pytest.mark.django_db
def test_login_lockout_on_pages_and_token(client, users, settings):
    """Finding 7: 100 wrong logins, then the right password still worked."""
    settings.AXES_FAILURE_LIMIT = 5
    for _ in range(6):
        client.post("/accounts/login/", {"username": "office", "password": "wrong-password"})
    resp = client.post("/accounts/login/", {"username": "office", "password": "qingshan-demo"})
    assert resp.status_code == 429 and "_auth_user_id" not in client.session
    for _ in range(6):
        client.post("/api/token/", {"username": "fgw", "password": "wrong"}, content_type=JSON)
    resp = client.post("/api/token/", {"username": "fgw", "password": "qingshan-demo"}, content_type=JSON)
    assert resp.status_code == 429 and resp.json()["code"] == "core.locked_out"
    # Another user from the same address is not locked out.
    resp = client.post("/api/token/", {"username": "sthj", "password": "qingshan-demo"}, content_type=JSON)
    assert resp.status_code == 200 and resp.json()["token"]


@pytest.mark.django_db
def test_token_endpoint_is_throttled(client, users, settings):
    settings.API_RATES = {**settings.API_RATES, "token": "3/min"}
    codes = [client.post("/api/token/", {"username": "x", "password": "y"}, content_type=JSON).status_code
             for _ in range(5)]  # fmt: skip
    assert codes[:3] == [400, 400, 400] and codes[3] == 429
    resp = client.post("/api/token/", {"username": "x", "password": "y"}, content_type=JSON)
    assert resp.json()["code"] == "core.throttled" and "Retry-After" in resp


@pytest.mark.django_db
def test_api_is_throttled_per_user(client, users, settings):
    settings.API_RATES = {**settings.API_RATES, "user": "5/min"}
    client.force_login(users["office"])
    codes = [client.get("/api/divisions/").status_code for _ in range(7)]
    assert codes[:5] == [200] * 5 and codes[5] == 429


@pytest.mark.django_db
def test_tokens_expire_and_are_revoked_on_password_change(client, users, settings):
    from django.utils import timezone
    from rest_framework.authtoken.models import Token

    resp = client.post("/api/token/", {"username": "fgw", "password": "qingshan-demo"}, content_type=JSON)
    key = resp.json()["token"]
    auth = {"HTTP_AUTHORIZATION": f"Token {key}"}
    assert client.get("/api/tasks/", **auth).status_code == 200
    Token.objects.filter(key=key).update(created=timezone.now() - settings.TOKEN_TTL - timedelta(minutes=1))
    assert client.get("/api/tasks/", **auth).status_code == 401
    assert not Token.objects.filter(key=key).exists()
    key = client.post("/api/token/", {"username": "fgw", "password": "qingshan-demo"},
                      content_type=JSON).json()["token"]  # fmt: skip
    user = users["fgw"]
    user.set_password("a-new-Passphrase-2026")
    user.save()
    assert client.get("/api/tasks/", HTTP_AUTHORIZATION=f"Token {key}").status_code == 401


@pytest.mark.django_db
def test_password_rules(users):
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    for weak in ("20262026", "qingshan", "office-office", "abcabcabc", "password"):
        with pytest.raises(ValidationError):
            validate_password(weak, users["office"])
    validate_password("qingshan-demo", users["office"])  # the demo password stays accepted
    validate_password("绿水青山-2026-scheme", users["office"])


@pytest.mark.django_db
def test_pages_send_security_headers_and_no_inline_script(client, users, ledger):
    import re

    client.force_login(users["office"])
    for url in ("/", "/ledger/plans/", "/air/", "/water/", "/orgs/units/", "/accounts/login/", "/api/docs/"):
        resp = client.get(url)
        assert resp.status_code == 200, url
        csp = resp["Content-Security-Policy"]
        script_src = csp.split("script-src")[1].split(";")[0]
        assert "'self'" in script_src and "unsafe" not in script_src, (url, csp)
        assert resp["X-Frame-Options"] == "DENY" and resp["X-Content-Type-Options"] == "nosniff"
        html = resp.content.decode()
        found = re.search(r"'nonce-([^']+)'", csp)
        nonce = found.group(1) if found else "no nonce in this page's policy"
        for tag in re.findall(r"<script\b[^>]*>", html):
            assert "src=" in tag or f'nonce="{nonce}"' in tag or "application/json" in tag, (url, tag)
        assert not re.search(r"\son[a-z]+=\"", html), url


def _qingshan(args: list[str], env: dict, timeout: float = 60) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("QINGSHAN_", "DATABASE_URL"))}
    return subprocess.run([sys.executable, "-m", "qingshan.cli", *args], env={**base, **env}, capture_output=True,
                          text=True, timeout=timeout)  # fmt: skip


def test_development_secret_key_is_refused_without_debug(tmp_path):
    from django.conf import settings

    env = {"QINGSHAN_HOME": str(tmp_path), "QINGSHAN_SECRET_KEY": settings.DEV_SECRET_KEY}
    out = _qingshan(["check"], env)
    assert out.returncode == 2 and "QINGSHAN_SECRET_KEY" in out.stderr and "Traceback" not in out.stderr
    out = _qingshan(["check", "--deploy"], {**env, "QINGSHAN_DEBUG": "1"})
    assert "qingshan.W001" in out.stderr + out.stdout


def test_check_deploy_with_production_settings_reports_nothing(tmp_path):
    env = {"QINGSHAN_HOME": str(tmp_path), "QINGSHAN_PRODUCTION": "1", "QINGSHAN_ALLOWED_HOSTS": "qingshan.example.org"}
    out = _qingshan(["check", "--deploy", "--fail-level", "WARNING"], env)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "no issues" in out.stdout


def test_serve_with_the_database_unreachable_says_so_and_exits(tmp_path):
    env = {"QINGSHAN_HOME": str(tmp_path), "DATABASE_URL": "postgres://postgres@127.0.0.1:1/none"}
    out = _qingshan(["serve", "127.0.0.1:0"], env)
    assert out.returncode == 1
    assert "database unreachable" in out.stderr and "Traceback" not in out.stderr
    assert "running" not in out.stdout
