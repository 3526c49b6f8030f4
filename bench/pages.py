"""Every page under load: 5 concurrent signed-in users per page against a local gunicorn server on PostgreSQL with
the demo data. Bar (#12): every page's p95 < 300 ms warm (and < 1 s cold).

    .venv/bin/python bench/pages.py [--concurrency 5] [--requests 20] [--workers 3] [--reuse] [--user office]

It prepares the database ``qingshan_bench`` like ``bench/dashboard_load.py`` (migrate + ``qingshan demo``), starts
gunicorn, signs in, and finds the pages by walking the site from the workbench as that user: every same-site link of
an HTML page, two levels deep, one page per route (``/ledger/tasks/17/`` and ``/ledger/tasks/18/`` are one route).
Each page is fetched once cold (its first request after the server started) and then ``--requests`` times by
``--concurrency`` threads; it prints p50/p95 per page, slowest last, and ``worst_page_p95_ms=X`` as the last line.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import dashboard_load as base  # noqa: E402  (the database, server and sign-in steps are the same)

SKIP = re.compile(r"^/(static|vendor|admin|api|i18n|accounts/logout)|\.(xlsx|pdf|docx|json|csv|js|css|png)$|export|"
                  r"download|/file|attachment|/csv|format=")  # fmt: skip


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href") or ""
            if href.startswith("/") and not href.startswith("//"):
                self.hrefs.append(href.split("#")[0])


def route_of(url: str) -> str:
    path, _, query = url.partition("?")
    return re.sub(r"/\d+(?=/|$)", "/{id}", path) + ("?" + re.sub(r"=[^&]*", "=…", query) if query else "")


def fetch(url: str, sid: str) -> tuple[int, float, str, str]:
    req = urllib.request.Request(url, headers={"Cookie": f"sessionid={sid}"})
    t = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            body = resp.read()
            return resp.status, (time.perf_counter() - t) * 1000, resp.headers.get("Content-Type", ""), body.decode(
                errors="replace")
    except urllib.error.HTTPError as err:
        return err.code, (time.perf_counter() - t) * 1000, "", ""


def discover(base_url: str, sid: str, depth: int = 2) -> dict[str, tuple[str, float]]:
    """route → (one URL of it, its cold time in ms), walking links from the workbench."""
    pages: dict[str, tuple[str, float]] = {}
    frontier = ["/"]
    for _ in range(depth + 1):
        nxt = []
        for url in frontier:
            r = route_of(url)
            if r in pages or SKIP.search(url.split("?")[0]) or "format=" in url:
                continue
            status, ms, ctype, body = fetch(base_url + url, sid)
            if status != 200 or not ctype.startswith("text/html"):
                continue
            pages[r] = (url, ms)
            parser = Links()
            parser.feed(body)
            nxt += [h for h in parser.hrefs if route_of(h) not in pages]
        frontier = list(dict.fromkeys(nxt))
    return pages


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--concurrency", type=int, default=5)
    ap.add_argument("--requests", type=int, default=20)
    ap.add_argument("--workers", type=int, default=3)
    ap.add_argument("--reuse", action="store_true", help="keep an existing qingshan_bench database")
    ap.add_argument("--user", default="office")
    args = ap.parse_args()
    home = tempfile.mkdtemp(prefix="qingshan-bench-")
    env = {**os.environ, "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{base.DB}", "QINGSHAN_HOME": home,
           "DJANGO_SETTINGS_MODULE": "qingshan.settings"}  # fmt: skip
    base._prepare_database(env, args.reuse)
    port = base._free_port()
    root = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "qingshan.wsgi", "-b", f"127.0.0.1:{port}", "-w", str(args.workers),
         "--preload", "--log-level", "warning"], env=env,
    )  # fmt: skip
    rows = []
    try:
        base._wait(root + "/accounts/login/")
        base.USER = args.user
        sid = base._sign_in(root)
        pages = discover(root, sid)
        print(f"{len(pages)} pages found as {args.user}; each {args.requests}× by {args.concurrency} concurrent users")
        for route, (url, cold) in pages.items():
            with ThreadPoolExecutor(args.workers) as pool:  # every worker warm (its own per-process caches)
                list(pool.map(lambda _i, u=url: fetch(root + u, sid), range(args.workers * 2)))
            with ThreadPoolExecutor(args.concurrency) as pool:
                times = [ms for status, ms, _c, _b in pool.map(lambda _i, u=url: fetch(root + u, sid),
                                                             range(args.requests)) if status == 200]  # fmt: skip
            if not times:
                continue
            q = statistics.quantiles(times, n=20, method="inclusive")
            rows.append((q[18], statistics.median(times), cold, route))
    finally:
        server.terminate()
        server.wait(timeout=30)
    rows.sort()
    print(f"{'p50 ms':>8} {'p95 ms':>8} {'cold ms':>8}  page")
    for p95, p50, cold, route in rows:
        print(f"{p50:8.0f} {p95:8.0f} {cold:8.0f}  {route}")
    worst = rows[-1]
    slow_cold = [r for r in rows if r[2] >= 1000]
    print(f"bar: every page p95 < 300 ms warm → {'met' if worst[0] < 300 else 'NOT met'} (worst {worst[3]}); "
          f"cold < 1 s → {'met' if not slow_cold else 'NOT met: ' + ', '.join(r[3] for r in slow_cold)}")
    print(f"worst_page_p95_ms={worst[0]:.0f}")


if __name__ == "__main__":
    main()
