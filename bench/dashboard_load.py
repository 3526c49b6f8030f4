"""The leaders' dashboard under load: 20 concurrent signed-in clients against a local gunicorn server on PostgreSQL
with the demo data, measured with ApacheBench (``ab``, Debian's apache2-utils) — the bar is p95 < 300 ms.

    .venv/bin/python bench/dashboard_load.py [--requests 2000] [--concurrency 20] [--workers 4] [--reuse]

It creates (or with ``--reuse`` keeps) the database ``qingshan_bench`` on 127.0.0.1:5432, migrates it, loads the demo
(``qingshan demo``: five seed plans, the Beijing year as 平顶山's air stand-in, the water demo), starts gunicorn, signs
in as 平顶山's coordinating office, warms each worker once, and runs ``ab``. The last line is ``p95_ms=X``.
The dashboard is computed once per (viewer scope, area, date, data state) per worker and then answered from memory
until the data change; the first, cold request is timed and printed separately.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

DB = "qingshan_bench"
USER, PASSWORD = "office_pds", "qingshan-demo"
PATH = "/targets/dashboard/"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _django(env: dict, *args: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "qingshan.cli", *args], env=env, check=True, stdout=subprocess.DEVNULL
    )


def _prepare_database(env: dict, reuse: bool) -> None:
    import psycopg

    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DB,)).fetchone()
        if exists and not reuse:
            conn.execute(f"DROP DATABASE {DB} WITH (FORCE)")
        if not exists or not reuse:
            conn.execute(f"CREATE DATABASE {DB}")
    t = time.perf_counter()
    _django(env, "migrate", "--no-input", "-v0")
    _django(env, "demo")
    print(f"database ready (migrate + demo) in {time.perf_counter() - t:.1f} s")


def _wait(url: str, timeout: float = 60) -> None:
    end = time.time() + timeout
    while time.time() < end:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"server did not answer at {url}")


def _sign_in(base: str) -> str:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(base + "/accounts/login/").read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)[1]
    data = urllib.parse.urlencode(
        {"username": USER, "password": PASSWORD, "csrfmiddlewaretoken": token}
    ).encode()
    req = urllib.request.Request(
        base + "/accounts/login/", data=data, headers={"Referer": base + "/accounts/login/"}
    )
    opener.open(req)
    sid = next((c.value for c in jar if c.name == "sessionid"), None)
    if not sid:
        raise SystemExit("could not sign in as " + USER)
    return sid


def _get(url: str, sid: str) -> tuple[int, float, int]:
    req = urllib.request.Request(url, headers={"Cookie": f"sessionid={sid}"})
    t = time.perf_counter()
    with urllib.request.urlopen(req) as resp:
        body = resp.read()
        return resp.status, (time.perf_counter() - t) * 1000, len(body)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=20)
    ap.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1) + 1)
    ap.add_argument("--reuse", action="store_true", help="keep an existing qingshan_bench database")
    args = ap.parse_args()
    if not shutil.which("ab"):
        raise SystemExit("ApacheBench not found: apt-get install apache2-utils")
    home = tempfile.mkdtemp(prefix="qingshan-bench-")
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{DB}",
        "QINGSHAN_HOME": home,
        "DJANGO_SETTINGS_MODULE": "qingshan.settings",
    }
    _prepare_database(env, args.reuse)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "qingshan.wsgi", "-b", f"127.0.0.1:{port}", "-w", str(args.workers),
         "--log-level", "warning"],
        env=env,
    )  # fmt: skip
    try:
        _wait(base + "/accounts/login/")
        sid = _sign_in(base)
        status, cold_ms, size = _get(base + PATH, sid)
        if status != 200 or size < 5000:
            raise SystemExit(f"dashboard answered {status} with {size} bytes")
        print(f"cold dashboard (statuses computed): {cold_ms:.0f} ms, {size} bytes")
        for _ in range(args.workers * 3):  # each worker computes its own copy once
            _get(base + PATH, sid)
        out = subprocess.run(
            ["ab", "-q", "-n", str(args.requests), "-c", str(args.concurrency), "-C", f"sessionid={sid}",
             base + PATH],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
    finally:
        server.terminate()
        server.wait(timeout=30)
    pct = {int(m[1]): int(m[2]) for m in re.finditer(r"^\s+(\d+)%\s+(\d+)", out, re.M)}
    rps = float(re.search(r"Requests per second:\s+([\d.]+)", out)[1])
    failed = int(re.search(r"Failed requests:\s+(\d+)", out)[1])
    non2xx = re.search(r"Non-2xx responses:\s+(\d+)", out)
    if failed or non2xx:
        print(out)
        raise SystemExit("some requests failed")
    print(
        f"{args.requests} requests, {args.concurrency} concurrent, {args.workers} gunicorn workers, PostgreSQL: "
        f"{rps:.0f} req/s; p50 {pct[50]} ms, p90 {pct[90]} ms, p95 {pct[95]} ms, p99 {pct[99]} ms, max {pct[100]} ms"
    )
    print(f"bar: p95 < 300 ms → {'met' if pct[95] < 300 else 'NOT met'}")
    print(f"p95_ms={pct[95]}")


if __name__ == "__main__":
    main()
